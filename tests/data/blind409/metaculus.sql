-- Metaculus (metaculus.com), the forecasting platform and tournament site: forecasters' accounts (login,
-- names, e-mail, bio, occupation, location, links to their profiles on other forecasting platforms, notification
-- and newsletter choices, bot accounts and their owners, API access tiers), campaign (tournament) registrations,
-- spam-detection records, API keys; posts and their questions, conditional questions, projects / tournaments,
-- co-authors, post subscriptions, per-user post snapshots with private notes, votes, activity boosts; forecasts
-- and community aggregates, forecast-expiry notifications; project permissions and subscriptions; per-question
-- scores, leaderboards, leaderboard entries with medals and prizes, global rank entries, medal exclusions;
-- comments, comment edits, votes, "changed my mind" reactions, key factors and their votes; in-app / e-mail
-- notifications; bulletins and who dismissed them; data-access grants; coherence links between questions.
-- Upstream: github.com/Metaculus/metaculus, commit 100c4088f3d37ab0720d987ee70bc59e0514692e (BSD-2-Clause,
-- LICENSE). Django on PostgreSQL: the 181 migrations of the apps authentication, users, posts, questions,
-- projects, scoring, comments, notifications, misc and coherence (`<app>/migrations/*.py`) were replayed in
-- Django's dependency order by a small script that parses them (CreateModel, AddField, AlterField, RemoveField,
-- RenameField, RenameModel, DeleteModel, unique_together and UniqueConstraint), so column order is the order the
-- migrations give the database (CreateModel order, added fields last); the result was checked against the
-- fields of each kept model in `<app>/models.py` (none missing, none extra but modeltranslation's per-language
-- columns `<field>_cs/_en/_es/_original/_zh/_pt/_zh_TW`). Table names are Django's (`<app>_<model>`; the
-- implicit many-to-many tables `posts_post_coauthors`, `posts_post_projects`, `scoring_leaderboard_user_list`).
-- Written as MySQL / MariaDB: BigAutoField / AutoField -> bigint / int AUTO_INCREMENT, CharField(n) ->
-- varchar(n) (varchar(2000) titles -> text, MySQL's row-size limit; CharField without max_length -> text),
-- TextField -> text, EmailField -> varchar(254), ImageField -> varchar(100), timestamp with time zone ->
-- datetime(6), boolean -> tinyint(1), JSONField -> json, ArrayField, pgvector VectorField and SearchVectorField
-- -> text, DurationField -> bigint (as Django stores it on MySQL), FloatField -> double. Django keeps defaults
-- in Python, so there are no column defaults. Primary keys, unique fields / one-to-one fields, unique_together
-- and unconditional UniqueConstraints are upstream's; the conditional / expression unique constraints
-- (users_user unique_primary_bot_per_bot_owner, posts_postsubscription postsubscription_unique_type_user_post,
-- coherence_coherencelink unique_user_question_pair) and all plain indexes are left out. Foreign keys are
-- upstream's where both tables are kept; the two that close a cycle (questions_question.post_id,
-- scoring_leaderboard.project_id) are added by ALTER TABLE at the end. 39 of the 52 tables these apps define
-- (49 models and three implicit many-to-many tables) are kept; left out:
-- posts_notebook, questions_groupofquestions, projects_projectindex, projects_projectindexpost,
-- comments_keyfactordriver, comments_keyfactorbaserate, comments_keyfactornews, comments_commentsoftheweekentry,
-- comments_commentsoftheweeknotification, misc_itnarticle, misc_postarticle, misc_adtile, misc_sidebaritem
-- (and Django's / third-party tables: users_user_groups, users_user_user_permissions, auth_*, django_session,
-- social_auth_*); their foreign keys from kept tables (posts_post.notebook_id and group_of_questions_id,
-- questions_question.group_id, projects_project.index_id, comments_keyfactor.driver_id / base_rate_id /
-- news_id) are kept as plain columns.

CREATE TABLE `users_user` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6),
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `bio` text NOT NULL,
  `is_bot` tinyint(1) NOT NULL,
  `old_usernames` json NOT NULL,
  `website` varchar(100),
  `twitter` varchar(100),
  `linkedin` varchar(100),
  `facebook` varchar(100),
  `github` varchar(100),
  `good_judgement_open` varchar(100),
  `kalshi` varchar(100),
  `manifold` varchar(100),
  `infer` varchar(100),
  `hypermind` varchar(100),
  `occupation` varchar(100),
  `location` varchar(100),
  `profile_picture` varchar(100),
  `unsubscribed_mailing_tags` text NOT NULL,
  `hide_community_prediction` tinyint(1) NOT NULL,
  `is_onboarding_complete` tinyint(1) NOT NULL,
  `is_spam` tinyint(1) NOT NULL,
  `prediction_expiration_percent` int,
  `check_for_spam` tinyint(1) NOT NULL,
  `newsletter_optin` tinyint(1),
  `app_theme` varchar(32),
  `interface_type` varchar(32) NOT NULL,
  `language` varchar(32),
  `metadata` json,
  `api_access_tier` varchar(32) NOT NULL,
  `is_primary_bot` tinyint(1) NOT NULL,
  `bot_owner_id` bigint,
  `auth_revoked_at` datetime(6),
  `automatically_follow_on_predict` tinyint(1) NOT NULL,
  `follow_notify_comments_frequency` int,
  `follow_notify_cp_change_threshold` double,
  `follow_notify_milestone_step` double,
  `follow_notify_on_status_change` tinyint(1) NOT NULL,
  `api_forecasting_access` varchar(32) NOT NULL,
  `allow_public_comments` tinyint(1) NOT NULL,
  `exclude_from_aggregations` tinyint(1) NOT NULL,
  `username_set_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_username_key` (`username`),
  CONSTRAINT `users_user_bot_owner_id_fkey` FOREIGN KEY (`bot_owner_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_usercampaignregistration` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `details` json NOT NULL,
  `key` varchar(200) NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_usercampaignregistration_user_id_key_key` (`user_id`, `key`),
  CONSTRAINT `users_usercampaignregistration_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_userspamactivity` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `reason` text NOT NULL,
  `confidence` double NOT NULL,
  `content_type` varchar(200) NOT NULL,
  `content_id` int,
  `text` text NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_userspamactivity_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentication_apikey` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_used_at` datetime(6),
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `authentication_apikey_user_id_key` (`user_id`),
  CONSTRAINT `authentication_apikey_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questions_question` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `type` varchar(20) NOT NULL,
  `resolution` text,
  `include_bots_in_aggregates` tinyint(1) NOT NULL,
  `title` text NOT NULL,
  `description` text NOT NULL,
  `resolution_criteria` text NOT NULL,
  `fine_print` text NOT NULL,
  `open_time` datetime(6),
  `scheduled_close_time` datetime(6),
  `scheduled_resolve_time` datetime(6),
  `actual_resolve_time` datetime(6),
  `resolution_set_time` datetime(6),
  `actual_close_time` datetime(6),
  `cp_reveal_time` datetime(6),
  `range_max` double,
  `range_min` double,
  `zero_point` double,
  `open_upper_bound` tinyint(1),
  `open_lower_bound` tinyint(1),
  `options` text,
  `possibilities` json,
  `label` text NOT NULL,
  `group_id` bigint,
  `question_weight` double NOT NULL,
  `content_last_md5` varchar(32),
  `content_original_lang` varchar(16),
  `description_cs` text,
  `description_en` text,
  `description_es` text,
  `description_original` text,
  `description_zh` text,
  `fine_print_cs` text,
  `fine_print_en` text,
  `fine_print_es` text,
  `fine_print_original` text,
  `fine_print_zh` text,
  `label_cs` text,
  `label_en` text,
  `label_es` text,
  `label_original` text,
  `label_zh` text,
  `resolution_criteria_cs` text,
  `resolution_criteria_en` text,
  `resolution_criteria_es` text,
  `resolution_criteria_original` text,
  `resolution_criteria_zh` text,
  `title_cs` text,
  `title_en` text,
  `title_es` text,
  `title_original` text,
  `title_zh` text,
  `description_pt` text,
  `fine_print_pt` text,
  `label_pt` text,
  `resolution_criteria_pt` text,
  `title_pt` text,
  `group_variable` text NOT NULL,
  `is_automatically_translated` tinyint(1) NOT NULL,
  `unit` varchar(25) NOT NULL,
  `group_rank` int,
  `spot_scoring_time` datetime(6),
  `inbound_outcome_count` int,
  `open_time_triggered` tinyint(1) NOT NULL,
  `movement` double,
  `description_zh_TW` text,
  `fine_print_zh_TW` text,
  `label_zh_TW` text,
  `resolution_criteria_zh_TW` text,
  `title_zh_TW` text,
  `default_score_type` varchar(20) NOT NULL,
  `default_aggregation_method` varchar(20) NOT NULL,
  `post_id` bigint,
  `options_history` json,
  `cp_reveal_time_triggered` tinyint(1) NOT NULL,
  `options_order` varchar(12) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questions_conditional` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `condition_id` bigint NOT NULL,
  `condition_child_id` bigint NOT NULL,
  `question_no_id` bigint NOT NULL,
  `question_yes_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `questions_conditional_question_no_id_key` (`question_no_id`),
  UNIQUE KEY `questions_conditional_question_yes_id_key` (`question_yes_id`),
  CONSTRAINT `questions_conditional_condition_id_fkey` FOREIGN KEY (`condition_id`) REFERENCES `questions_question` (`id`),
  CONSTRAINT `questions_conditional_condition_child_id_fkey` FOREIGN KEY (`condition_child_id`) REFERENCES `questions_question` (`id`),
  CONSTRAINT `questions_conditional_question_no_id_fkey` FOREIGN KEY (`question_no_id`) REFERENCES `questions_question` (`id`),
  CONSTRAINT `questions_conditional_question_yes_id_fkey` FOREIGN KEY (`question_yes_id`) REFERENCES `questions_question` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scoring_leaderboard` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `name` varchar(200),
  `score_type` varchar(200) NOT NULL,
  `start_time` datetime(6),
  `end_time` datetime(6),
  `finalize_time` datetime(6),
  `project_id` bigint,
  `finalized` tinyint(1) NOT NULL,
  `prize_pool` decimal(15,2),
  `bot_status` varchar(32),
  `minimum_prize_amount` decimal(15,2) NOT NULL,
  `display_config` json,
  `bot_exclusion_status` int NOT NULL,
  `human_exclusion_status` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_project` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `type` varchar(32) NOT NULL,
  `name` varchar(200) NOT NULL,
  `slug` varchar(200),
  `subtitle` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `header_image` varchar(100),
  `header_logo` varchar(100),
  `emoji` varchar(10) NOT NULL,
  `order` int NOT NULL,
  `prize_pool` decimal(15,2),
  `start_date` datetime(6),
  `close_date` datetime(6),
  `sign_up_fields` json NOT NULL,
  `default_permission` text,
  `created_by_id` bigint,
  `primary_leaderboard_id` bigint,
  `show_on_homepage` tinyint(1) NOT NULL,
  `followers_count` int NOT NULL,
  `content_last_md5` varchar(32),
  `content_original_lang` varchar(16),
  `description_cs` text,
  `description_en` text,
  `description_es` text,
  `description_original` text,
  `description_zh` text,
  `name_cs` varchar(200),
  `name_en` varchar(200),
  `name_es` varchar(200),
  `name_original` varchar(200),
  `name_zh` varchar(200),
  `subtitle_cs` varchar(255),
  `subtitle_en` varchar(255),
  `subtitle_es` varchar(255),
  `subtitle_original` varchar(255),
  `subtitle_zh` varchar(255),
  `description_pt` text,
  `name_pt` varchar(200),
  `subtitle_pt` varchar(255),
  `visibility` text NOT NULL,
  `is_automatically_translated` tinyint(1) NOT NULL,
  `forecasting_end_date` datetime(6),
  `description_zh_TW` text,
  `name_zh_TW` varchar(200),
  `subtitle_zh_TW` varchar(255),
  `forecasts_flow_enabled` tinyint(1) NOT NULL,
  `bot_leaderboard_status` varchar(32) NOT NULL,
  `forecasters_count` int NOT NULL,
  `forecasts_count` int NOT NULL,
  `show_on_services_page` tinyint(1) NOT NULL,
  `html_metadata_json` json,
  `index_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `projects_project_index_id_key` (`index_id`),
  UNIQUE KEY `projects_unique_type_slug` (`type`, `slug`),
  CONSTRAINT `projects_project_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `projects_project_primary_leaderboard_id_fkey` FOREIGN KEY (`primary_leaderboard_id`) REFERENCES `scoring_leaderboard` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts_post` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `curation_status` varchar(20) NOT NULL,
  `curation_status_updated_at` datetime(6),
  `title` text NOT NULL,
  `published_at` datetime(6),
  `scheduled_close_time` datetime(6),
  `scheduled_resolve_time` datetime(6),
  `actual_close_time` datetime(6),
  `resolved` tinyint(1) NOT NULL,
  `embedding_vector` text,
  `preview_image_generated_at` datetime(6),
  `movement` double,
  `hotness` double NOT NULL,
  `forecasts_count` int NOT NULL,
  `author_id` bigint NOT NULL,
  `conditional_id` bigint,
  `curated_last_by_id` bigint,
  `default_project_id` bigint NOT NULL,
  `group_of_questions_id` bigint,
  `notebook_id` bigint,
  `question_id` bigint,
  `comment_count` int NOT NULL,
  `forecasters_count` int NOT NULL,
  `vote_score` int NOT NULL,
  `show_on_homepage` tinyint(1) NOT NULL,
  `open_time` datetime(6),
  `content_last_md5` varchar(32),
  `content_original_lang` varchar(16),
  `title_cs` text,
  `title_en` text,
  `title_es` text,
  `title_original` text,
  `title_zh` text,
  `title_pt` text,
  `is_automatically_translated` tinyint(1) NOT NULL,
  `short_title` text NOT NULL,
  `short_title_cs` text,
  `short_title_en` text,
  `short_title_es` text,
  `short_title_original` text,
  `short_title_pt` text,
  `short_title_zh` text,
  `short_title_zh_TW` text,
  `title_zh_TW` text,
  `html_metadata_json` json,
  `actual_resolve_time` datetime(6),
  `published_at_triggered` tinyint(1) NOT NULL,
  `news_hotness` double NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `posts_post_conditional_id_key` (`conditional_id`),
  UNIQUE KEY `posts_post_group_of_questions_id_key` (`group_of_questions_id`),
  UNIQUE KEY `posts_post_notebook_id_key` (`notebook_id`),
  UNIQUE KEY `posts_post_question_id_key` (`question_id`),
  CONSTRAINT `posts_post_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `posts_post_conditional_id_fkey` FOREIGN KEY (`conditional_id`) REFERENCES `questions_conditional` (`id`),
  CONSTRAINT `posts_post_curated_last_by_id_fkey` FOREIGN KEY (`curated_last_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `posts_post_default_project_id_fkey` FOREIGN KEY (`default_project_id`) REFERENCES `projects_project` (`id`),
  CONSTRAINT `posts_post_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `questions_question` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts_post_coauthors` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `post_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `posts_post_coauthors_post_id_user_id_key` (`post_id`, `user_id`),
  CONSTRAINT `posts_post_coauthors_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts_post` (`id`),
  CONSTRAINT `posts_post_coauthors_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts_post_projects` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `post_id` bigint NOT NULL,
  `project_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `posts_post_projects_post_id_project_id_key` (`post_id`, `project_id`),
  CONSTRAINT `posts_post_projects_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts_post` (`id`),
  CONSTRAINT `posts_post_projects_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts_postsubscription` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `type` text NOT NULL,
  `last_sent_at` datetime(6),
  `next_trigger_value` double,
  `next_trigger_datetime` datetime(6),
  `comments_frequency` smallint,
  `recurrence_interval` bigint,
  `milestone_step` double,
  `cp_change_threshold` double,
  `is_global` tinyint(1) NOT NULL,
  `post_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `posts_postsubscription_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts_post` (`id`),
  CONSTRAINT `posts_postsubscription_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts_postusersnapshot` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `last_forecast_date` datetime(6),
  `comments_count` int NOT NULL,
  `viewed_at` datetime(6) NOT NULL,
  `divergence` double,
  `post_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `private_note` text NOT NULL,
  `private_note_updated_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `postusersnapshot_unique_user_post` (`user_id`, `post_id`),
  CONSTRAINT `posts_postusersnapshot_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts_post` (`id`),
  CONSTRAINT `posts_postusersnapshot_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts_vote` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `direction` smallint NOT NULL,
  `post_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `votes_unique_user_question` (`user_id`, `post_id`),
  CONSTRAINT `posts_vote_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts_post` (`id`),
  CONSTRAINT `posts_vote_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts_postactivityboost` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `score` int NOT NULL,
  `post_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `posts_postactivityboost_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts_post` (`id`),
  CONSTRAINT `posts_postactivityboost_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questions_forecast` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `start_time` datetime(6) NOT NULL,
  `end_time` datetime(6),
  `continuous_cdf` text,
  `probability_yes` double,
  `probability_yes_per_category` text,
  `author_id` bigint NOT NULL,
  `post_id` bigint,
  `question_id` bigint NOT NULL,
  `source` varchar(30),
  `distribution_input` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `questions_forecast_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `questions_forecast_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts_post` (`id`),
  CONSTRAINT `questions_forecast_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `questions_question` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questions_aggregateforecast` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `method` varchar(200) NOT NULL,
  `start_time` datetime(6) NOT NULL,
  `end_time` datetime(6),
  `forecast_values` text NOT NULL,
  `forecaster_count` int,
  `interval_lower_bounds` text,
  `centers` text,
  `interval_upper_bounds` text,
  `means` text,
  `histogram` text,
  `question_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `questions_aggregateforecast_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `questions_question` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questions_userforecastnotification` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `trigger_time` datetime(6) NOT NULL,
  `email_sent` tinyint(1) NOT NULL,
  `forecast_id` bigint NOT NULL,
  `question_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `questions_userforecastnotification_user_id_question_id_key` (`user_id`, `question_id`),
  CONSTRAINT `questions_userforecastnotification_forecast_id_fkey` FOREIGN KEY (`forecast_id`) REFERENCES `questions_forecast` (`id`),
  CONSTRAINT `questions_userforecastnotification_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `questions_question` (`id`),
  CONSTRAINT `questions_userforecastnotification_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_projectuserpermission` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `permission` text NOT NULL,
  `project_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `projectuserpermission_unique_user_id_project_id` (`user_id`, `project_id`),
  CONSTRAINT `projects_projectuserpermission_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`),
  CONSTRAINT `projects_projectuserpermission_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_projectsubscription` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `project_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `follow_questions` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `projectsubscription_unique_user_project` (`user_id`, `project_id`),
  CONSTRAINT `projects_projectsubscription_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`),
  CONSTRAINT `projects_projectsubscription_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scoring_score` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `aggregation_method` varchar(200),
  `score` double NOT NULL,
  `coverage` double NOT NULL,
  `score_type` varchar(200) NOT NULL,
  `question_id` bigint NOT NULL,
  `user_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `scoring_score_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `questions_question` (`id`),
  CONSTRAINT `scoring_score_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scoring_archivedscore` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `aggregation_method` varchar(200),
  `score` double NOT NULL,
  `coverage` double NOT NULL,
  `score_type` varchar(200) NOT NULL,
  `question_id` bigint NOT NULL,
  `user_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `scoring_archivedscore_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `questions_question` (`id`),
  CONSTRAINT `scoring_archivedscore_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scoring_leaderboard_user_list` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `leaderboard_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `scoring_leaderboard_user_list_leaderboard_id_user_id_key` (`leaderboard_id`, `user_id`),
  CONSTRAINT `scoring_leaderboard_user_list_leaderboard_id_fkey` FOREIGN KEY (`leaderboard_id`) REFERENCES `scoring_leaderboard` (`id`),
  CONSTRAINT `scoring_leaderboard_user_list_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scoring_leaderboardentry` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `aggregation_method` varchar(200),
  `score` double NOT NULL,
  `take` double,
  `rank` int,
  `excluded` tinyint(1) NOT NULL,
  `medal` varchar(200),
  `percent_prize` double,
  `prize` double,
  `coverage` double,
  `contribution_count` int NOT NULL,
  `calculated_on` datetime(6) NOT NULL,
  `leaderboard_id` bigint,
  `user_id` bigint,
  `show_when_excluded` tinyint(1) NOT NULL,
  `ci_lower` double,
  `ci_upper` double,
  `exclusion_status` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `scoring_leaderboardentry_leaderboard_id_fkey` FOREIGN KEY (`leaderboard_id`) REFERENCES `scoring_leaderboard` (`id`),
  CONSTRAINT `scoring_leaderboardentry_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scoring_leaderboardsranksentry` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `points` double NOT NULL,
  `rank_type` varchar(200) NOT NULL,
  `rank` int NOT NULL,
  `rank_total` int NOT NULL,
  `rank_timestamp` datetime(6) NOT NULL,
  `best_rank` int,
  `best_rank_total` int,
  `best_rank_timestamp` datetime(6),
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `scoring_leaderboardsranksentry_user_id_rank_type_key` (`user_id`, `rank_type`),
  CONSTRAINT `scoring_leaderboardsranksentry_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scoring_medalexclusionrecord` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `start_time` datetime(6),
  `end_time` datetime(6),
  `exclusion_type` varchar(200) NOT NULL,
  `project_id` bigint,
  `user_id` bigint NOT NULL,
  `leaderboard_id` bigint,
  `notes` text,
  `show_anyway` tinyint(1) NOT NULL,
  `exclusion_status` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `scoring_medalexclusionrecord_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`),
  CONSTRAINT `scoring_medalexclusionrecord_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `scoring_medalexclusionrecord_leaderboard_id_fkey` FOREIGN KEY (`leaderboard_id`) REFERENCES `scoring_leaderboard` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments_comment` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `is_soft_deleted` tinyint(1) NOT NULL,
  `text` text NOT NULL,
  `is_private` tinyint(1) NOT NULL,
  `edit_history` json NOT NULL,
  `author_id` bigint NOT NULL,
  `included_forecast_id` bigint,
  `on_post_id` bigint,
  `on_project_id` bigint,
  `parent_id` bigint,
  `root_id` bigint,
  `content_last_md5` varchar(32),
  `content_original_lang` varchar(16),
  `text_cs` text,
  `text_en` text,
  `text_es` text,
  `text_original` text,
  `text_zh` text,
  `text_pt` text,
  `text_edited_at` datetime(6),
  `is_pinned` tinyint(1) NOT NULL,
  `is_automatically_translated` tinyint(1) NOT NULL,
  `text_zh_TW` text,
  `cmm_count` int NOT NULL,
  `text_original_search_vector` text,
  `vote_score` int NOT NULL,
  `key_factor_votes_score` double NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `comments_comment_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `comments_comment_included_forecast_id_fkey` FOREIGN KEY (`included_forecast_id`) REFERENCES `questions_forecast` (`id`),
  CONSTRAINT `comments_comment_on_post_id_fkey` FOREIGN KEY (`on_post_id`) REFERENCES `posts_post` (`id`),
  CONSTRAINT `comments_comment_on_project_id_fkey` FOREIGN KEY (`on_project_id`) REFERENCES `projects_project` (`id`),
  CONSTRAINT `comments_comment_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `comments_comment` (`id`),
  CONSTRAINT `comments_comment_root_id_fkey` FOREIGN KEY (`root_id`) REFERENCES `comments_comment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments_commentdiff` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `text_diff` text NOT NULL,
  `author_id` bigint NOT NULL,
  `comment_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `comments_commentdiff_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `comments_commentdiff_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comments_comment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments_commentvote` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `direction` smallint NOT NULL,
  `comment_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `votes_unique_user_comment` (`user_id`, `comment_id`),
  CONSTRAINT `comments_commentvote_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comments_comment` (`id`),
  CONSTRAINT `comments_commentvote_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments_changedmymindentry` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `forecast_id` bigint,
  `user_id` bigint NOT NULL,
  `comment_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comments_changedmymindentry_user_id_comment_id_key` (`user_id`, `comment_id`),
  CONSTRAINT `comments_changedmymindentry_forecast_id_fkey` FOREIGN KEY (`forecast_id`) REFERENCES `questions_forecast` (`id`),
  CONSTRAINT `comments_changedmymindentry_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `comments_changedmymindentry_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comments_comment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments_keyfactor` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `votes_score` double NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `comment_id` bigint NOT NULL,
  `driver_id` bigint,
  `question_id` bigint,
  `question_option` varchar(32) NOT NULL,
  `base_rate_id` bigint,
  `news_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comments_keyfactor_driver_id_key` (`driver_id`),
  UNIQUE KEY `comments_keyfactor_base_rate_id_key` (`base_rate_id`),
  UNIQUE KEY `comments_keyfactor_news_id_key` (`news_id`),
  CONSTRAINT `comments_keyfactor_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comments_comment` (`id`),
  CONSTRAINT `comments_keyfactor_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `questions_question` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments_keyfactorvote` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `score` smallint NOT NULL,
  `key_factor_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `vote_type` varchar(20) NOT NULL,
  `vote_reason` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `votes_unique_user_key_factor` (`user_id`, `key_factor_id`),
  CONSTRAINT `comments_keyfactorvote_key_factor_id_fkey` FOREIGN KEY (`key_factor_id`) REFERENCES `comments_keyfactor` (`id`),
  CONSTRAINT `comments_keyfactorvote_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications_notification` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `type` text NOT NULL,
  `params` json NOT NULL,
  `read_at` datetime(6),
  `email_sent` tinyint(1) NOT NULL,
  `recipient_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_notification_recipient_id_fkey` FOREIGN KEY (`recipient_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misc_bulletin` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `bulletin_start` datetime(6) NOT NULL,
  `bulletin_end` datetime(6) NOT NULL,
  `text` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misc_bulletinviewedby` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `bulletin_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `misc_bulletinviewedby_bulletin_id_fkey` FOREIGN KEY (`bulletin_id`) REFERENCES `misc_bulletin` (`id`),
  CONSTRAINT `misc_bulletinviewedby_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `misc_userdataaccess` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `api_access_tier` varchar(32) NOT NULL,
  `view_user_data` tinyint(1) NOT NULL,
  `view_deanonymized_data` tinyint(1) NOT NULL,
  `notes` text,
  `user_id` bigint NOT NULL,
  `project_id` bigint,
  `post_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `misc_userdataaccess_user_id_project_id_post_id_key` (`user_id`, `project_id`, `post_id`),
  CONSTRAINT `misc_userdataaccess_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `misc_userdataaccess_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`),
  CONSTRAINT `misc_userdataaccess_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts_post` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `coherence_coherencelink` (
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `id` int NOT NULL AUTO_INCREMENT,
  `direction` int NOT NULL,
  `strength` int NOT NULL,
  `type` varchar(16) NOT NULL,
  `question1_id` bigint NOT NULL,
  `question2_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `coherence_coherencelink_question1_id_fkey` FOREIGN KEY (`question1_id`) REFERENCES `questions_question` (`id`),
  CONSTRAINT `coherence_coherencelink_question2_id_fkey` FOREIGN KEY (`question2_id`) REFERENCES `questions_question` (`id`),
  CONSTRAINT `coherence_coherencelink_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `coherence_aggregatecoherencelink` (
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `id` bigint NOT NULL AUTO_INCREMENT,
  `type` varchar(16) NOT NULL,
  `question1_id` bigint NOT NULL,
  `question2_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `aggregate_unique_question_pair` (`question1_id`, `question2_id`),
  CONSTRAINT `coherence_aggregatecoherencelink_question1_id_fkey` FOREIGN KEY (`question1_id`) REFERENCES `questions_question` (`id`),
  CONSTRAINT `coherence_aggregatecoherencelink_question2_id_fkey` FOREIGN KEY (`question2_id`) REFERENCES `questions_question` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `coherence_aggregatecoherencelinkvote` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `edited_at` datetime(6),
  `score` smallint NOT NULL,
  `aggregation_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_aggregate_coherence_link_votes_unique_user` (`user_id`, `aggregation_id`),
  CONSTRAINT `coherence_aggregatecoherencelinkvote_aggregation_id_fkey` FOREIGN KEY (`aggregation_id`) REFERENCES `coherence_aggregatecoherencelink` (`id`),
  CONSTRAINT `coherence_aggregatecoherencelinkvote_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `questions_question` ADD CONSTRAINT `questions_question_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts_post` (`id`);
ALTER TABLE `scoring_leaderboard` ADD CONSTRAINT `scoring_leaderboard_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`);

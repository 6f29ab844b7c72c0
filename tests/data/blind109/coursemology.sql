-- Coursemology (github.com/Coursemology/coursemology2), MIT.
-- db/schema.rb at commit 6a98b34c49403e1fdc29a88c2be7ff72d5c32f36 (schema version 2026_08_04_222525),
-- Rails schema (PostgreSQL) written as MySQL/MariaDB DDL: 44 of its 176 tables, indexes and check constraints
-- left out, upstream's foreign keys between kept tables kept.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `activities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `actor_id` int NOT NULL,
  `object_id` int NOT NULL,
  `object_type` varchar(255) NOT NULL,
  `event` varchar(255) NOT NULL,
  `notifier_type` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `attachment_references` (
  `id` char(36) NOT NULL,
  `attachable_id` int,
  `attachable_type` varchar(255),
  `attachment_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `expires_at` datetime,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`attachment_id`) REFERENCES `attachments` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `attachments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `file_upload` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `course_achievements` (
  `id` int NOT NULL AUTO_INCREMENT,
  `course_id` int NOT NULL,
  `title` varchar(255) NOT NULL,
  `description` text,
  `badge` text,
  `weight` int NOT NULL,
  `published` tinyint(1) NOT NULL,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `satisfiability_type` int DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_announcements` (
  `id` int NOT NULL AUTO_INCREMENT,
  `course_id` int NOT NULL,
  `title` varchar(255) NOT NULL,
  `content` text,
  `sticky` tinyint(1) NOT NULL DEFAULT 0,
  `start_at` datetime NOT NULL,
  `end_at` datetime NOT NULL,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `opening_reminder_token` float,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_assessment_answer_programming_files` (
  `id` int NOT NULL AUTO_INCREMENT,
  `answer_id` int NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content` text NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `course_assessment_answer_text_responses` (
  `id` int NOT NULL AUTO_INCREMENT,
  `answer_text` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `course_assessment_answers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `actable_id` int,
  `actable_type` varchar(255),
  `submission_id` int NOT NULL,
  `question_id` int NOT NULL,
  `workflow_state` varchar(255) NOT NULL,
  `submitted_at` datetime,
  `grade` decimal(4,1),
  `correct` tinyint(1),
  `grader_id` int,
  `graded_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `current_answer` tinyint(1) NOT NULL DEFAULT 0,
  `last_session_id` varchar(255),
  `client_version` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`submission_id`) REFERENCES `course_assessment_submissions` (`id`),
  FOREIGN KEY (`grader_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_assessment_categories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `course_id` int NOT NULL,
  `title` varchar(255) NOT NULL,
  `weight` int NOT NULL,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_assessment_submission_logs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `submission_id` int NOT NULL,
  `request` json,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`submission_id`) REFERENCES `course_assessment_submissions` (`id`)
);

CREATE TABLE `course_assessment_submissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `assessment_id` int NOT NULL,
  `workflow_state` varchar(255) NOT NULL,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `publisher_id` int,
  `published_at` datetime,
  `session_id` varchar(255),
  `submitted_at` datetime,
  `last_graded_time` datetime DEFAULT '2021-11-09 00:08:09',
  `unsubmitted_at` datetime,
  `force_submit_scheduled_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assessment_id`) REFERENCES `course_assessments` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`publisher_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_assessments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tab_id` int NOT NULL,
  `autograded` tinyint(1) NOT NULL,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `session_password` varchar(255),
  `tabbed_view` tinyint(1) NOT NULL DEFAULT 0,
  `skippable` tinyint(1) DEFAULT 0,
  `delayed_grade_publication` tinyint(1) DEFAULT 0,
  `show_private` tinyint(1) DEFAULT 0,
  `show_evaluation` tinyint(1) DEFAULT 0,
  `view_password` varchar(255),
  `use_public` tinyint(1) DEFAULT 1,
  `use_private` tinyint(1) DEFAULT 1,
  `use_evaluation` tinyint(1) DEFAULT 0,
  `allow_partial_submission` tinyint(1) DEFAULT 0,
  `randomization` int,
  `show_mcq_answer` tinyint(1) DEFAULT 1,
  `show_mcq_mrq_solution` tinyint(1) DEFAULT 1,
  `block_student_viewing_after_submitted` tinyint(1) DEFAULT 0,
  `satisfiability_type` int DEFAULT 0,
  `monitor_id` bigint,
  `time_limit` int,
  `koditsu_assessment_id` varchar(255),
  `is_koditsu_enabled` tinyint(1),
  `is_synced_with_koditsu` tinyint(1) NOT NULL DEFAULT 0,
  `show_rubric_to_students` tinyint(1),
  `ssid_folder_id` char(36),
  `linkable_tree_id` int NOT NULL DEFAULT 0,
  `is_late_submission_allowed` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_discussion_post_votes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `post_id` int NOT NULL,
  `vote_flag` tinyint(1) NOT NULL,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`post_id`) REFERENCES `course_discussion_posts` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_discussion_posts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `parent_id` int,
  `topic_id` int NOT NULL,
  `title` varchar(255),
  `text` text,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `answer` tinyint(1) DEFAULT 0,
  `is_delayed` tinyint(1) NOT NULL DEFAULT 0,
  `workflow_state` varchar(255) DEFAULT 'published',
  `is_anonymous` tinyint(1) NOT NULL DEFAULT 0,
  `is_ai_generated` tinyint(1) NOT NULL DEFAULT 0,
  `original_text` varchar(255),
  `faithfulness_score` float NOT NULL DEFAULT 0.0,
  `answer_relevance_score` float NOT NULL DEFAULT 0.0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`parent_id`) REFERENCES `course_discussion_posts` (`id`),
  FOREIGN KEY (`topic_id`) REFERENCES `course_discussion_topics` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_discussion_topics` (
  `id` int NOT NULL AUTO_INCREMENT,
  `actable_id` int,
  `actable_type` varchar(255),
  `course_id` int NOT NULL,
  `pending_staff_reply` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`)
);

CREATE TABLE `course_enrol_requests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `course_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `creator_id` bigint NOT NULL,
  `updater_id` bigint NOT NULL,
  `workflow_state` varchar(255) NOT NULL,
  `confirmed_at` datetime,
  `confirmer_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`),
  FOREIGN KEY (`confirmer_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_experience_points_records` (
  `id` int NOT NULL AUTO_INCREMENT,
  `actable_id` int,
  `actable_type` varchar(255),
  `points_awarded` int,
  `course_user_id` int NOT NULL,
  `reason` varchar(255),
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `draft_points_awarded` int,
  `awarded_at` datetime,
  `awarder_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_user_id`) REFERENCES `course_users` (`id`),
  FOREIGN KEY (`awarder_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_external_assessment_grades` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `external_assessment_id` bigint NOT NULL,
  `course_user_id` bigint NOT NULL,
  `grade` decimal(5,2),
  `imported_identifier` varchar(255),
  `creator_id` bigint NOT NULL,
  `updater_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_user_id`) REFERENCES `course_users` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_forum_topic_views` (
  `id` int NOT NULL AUTO_INCREMENT,
  `topic_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`topic_id`) REFERENCES `course_forum_topics` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_forum_topics` (
  `id` int NOT NULL AUTO_INCREMENT,
  `forum_id` int NOT NULL,
  `title` varchar(255) NOT NULL,
  `slug` varchar(255),
  `locked` tinyint(1) DEFAULT 0,
  `hidden` tinyint(1) DEFAULT 0,
  `topic_type` int DEFAULT 0,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `resolved` tinyint(1) NOT NULL DEFAULT 0,
  `latest_post_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`forum_id`) REFERENCES `course_forums` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_forums` (
  `id` int NOT NULL AUTO_INCREMENT,
  `course_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255),
  `description` text,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `forum_topics_auto_subscribe` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_group_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL,
  `course_user_id` int NOT NULL,
  `role` int NOT NULL,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `course_groups` (`id`),
  FOREIGN KEY (`course_user_id`) REFERENCES `course_users` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `description` text,
  `group_category_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_learning_rate_records` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `course_user_id` bigint NOT NULL,
  `learning_rate` float NOT NULL,
  `effective_min` float NOT NULL,
  `effective_max` float NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_user_id`) REFERENCES `course_users` (`id`)
);

CREATE TABLE `course_levels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `course_id` int NOT NULL,
  `experience_points_threshold` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`)
);

CREATE TABLE `course_monitoring_heartbeats` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `session_id` bigint NOT NULL,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` varchar(255),
  `generated_at` datetime NOT NULL,
  `stale` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `seb_payload` json,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`session_id`) REFERENCES `course_monitoring_sessions` (`id`)
);

CREATE TABLE `course_monitoring_sessions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `monitor_id` bigint NOT NULL,
  `status` int NOT NULL DEFAULT 0,
  `creator_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `misses` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_personal_times` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `course_user_id` bigint NOT NULL,
  `lesson_plan_item_id` bigint NOT NULL,
  `start_at` datetime NOT NULL,
  `bonus_end_at` datetime,
  `end_at` datetime,
  `fixed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_user_id`) REFERENCES `course_users` (`id`)
);

CREATE TABLE `course_survey_answers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `question_id` int NOT NULL,
  `response_id` int NOT NULL,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `text_response` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`response_id`) REFERENCES `course_survey_responses` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_survey_responses` (
  `id` int NOT NULL AUTO_INCREMENT,
  `survey_id` int NOT NULL,
  `submitted_at` datetime,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`survey_id`) REFERENCES `course_surveys` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_surveys` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `anonymous` tinyint(1) NOT NULL DEFAULT 0,
  `allow_modify_after_submit` tinyint(1) NOT NULL DEFAULT 0,
  `closing_reminded_at` datetime,
  `allow_response_after_end` tinyint(1) NOT NULL DEFAULT 0,
  `satisfiability_type` int DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_user_achievements` (
  `id` int NOT NULL AUTO_INCREMENT,
  `course_user_id` int,
  `achievement_id` int,
  `obtained_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`achievement_id`) REFERENCES `course_achievements` (`id`),
  FOREIGN KEY (`course_user_id`) REFERENCES `course_users` (`id`)
);

CREATE TABLE `course_user_email_unsubscriptions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `course_user_id` bigint NOT NULL,
  `course_settings_email_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_user_id`) REFERENCES `course_users` (`id`)
);

CREATE TABLE `course_user_invitations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `invitation_key` varchar(32) NOT NULL,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `sent_at` datetime,
  `course_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `confirmed_at` datetime,
  `confirmer_id` int,
  `role` int NOT NULL DEFAULT 0,
  `phantom` tinyint(1) NOT NULL DEFAULT 0,
  `timeline_algorithm` int,
  `is_retryable` tinyint(1) NOT NULL DEFAULT 1,
  `external_id` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`),
  FOREIGN KEY (`confirmer_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `course_id` int NOT NULL,
  `user_id` int NOT NULL,
  `role` int NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL,
  `phantom` tinyint(1) NOT NULL DEFAULT 0,
  `last_active_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `reference_timeline_id` bigint,
  `timeline_algorithm` int NOT NULL DEFAULT 0,
  `deleted_at` datetime,
  `is_suspended` tinyint(1) NOT NULL DEFAULT 0,
  `external_id` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `course_video_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `session_id` int NOT NULL,
  `event_type` int NOT NULL,
  `sequence_num` int NOT NULL,
  `video_time` int NOT NULL,
  `event_time` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `playback_rate` float,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`session_id`) REFERENCES `course_video_sessions` (`id`)
);

CREATE TABLE `course_video_sessions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `submission_id` int NOT NULL,
  `session_start` datetime NOT NULL,
  `session_end` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `creator_id` int,
  `updater_id` int,
  `last_video_time` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `courses` (
  `id` int NOT NULL AUTO_INCREMENT,
  `instance_id` int NOT NULL,
  `title` varchar(255) NOT NULL,
  `description` text,
  `logo` text,
  `registration_key` varchar(16),
  `settings` text,
  `start_at` datetime NOT NULL,
  `end_at` datetime NOT NULL,
  `creator_id` int NOT NULL,
  `updater_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `gamified` tinyint(1) NOT NULL DEFAULT 1,
  `published` tinyint(1) NOT NULL DEFAULT 0,
  `enrollable` tinyint(1) NOT NULL DEFAULT 0,
  `time_zone` varchar(255),
  `show_personalized_timeline_features` tinyint(1) NOT NULL DEFAULT 0,
  `conditional_satisfiability_evaluation_time` datetime DEFAULT '2021-11-09 00:08:09',
  `default_timeline_algorithm` int NOT NULL DEFAULT 0,
  `koditsu_workspace_id` varchar(255),
  `ssid_folder_id` char(36),
  `enrol_auto_approve` tinyint(1) NOT NULL DEFAULT 0,
  `user_suspension_message` text,
  `is_suspended` tinyint(1) NOT NULL DEFAULT 0,
  `course_suspension_message` text,
  `preview` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`instance_id`) REFERENCES `instances` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `instance_user_role_requests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `instance_id` int NOT NULL,
  `user_id` int NOT NULL,
  `role` int NOT NULL,
  `organization` varchar(255),
  `designation` varchar(255),
  `reason` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `creator_id` bigint NOT NULL,
  `updater_id` bigint NOT NULL,
  `workflow_state` varchar(255) NOT NULL,
  `confirmed_at` datetime,
  `confirmer_id` bigint,
  `rejection_message` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`instance_id`) REFERENCES `instances` (`id`),
  FOREIGN KEY (`confirmer_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`updater_id`) REFERENCES `users` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `instance_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `instance_id` int NOT NULL,
  `user_id` int NOT NULL,
  `role` int NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `last_active_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`instance_id`) REFERENCES `instances` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `instances` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `host` varchar(255) NOT NULL,
  `settings` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_emails` (
  `id` int NOT NULL AUTO_INCREMENT,
  `primary` tinyint(1) NOT NULL DEFAULT 0,
  `user_id` int,
  `email` varchar(255) NOT NULL,
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_identities` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `provider` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `role` int NOT NULL DEFAULT 0,
  `time_zone` varchar(255),
  `profile_photo` text,
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(45),
  `last_sign_in_ip` varchar(45),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `locale` varchar(255) NOT NULL DEFAULT 'en',
  `session_id` varchar(255),
  PRIMARY KEY (`id`)
);


-- Pupilfirst LMS: a selection of tables of `db/schema.rb` (ActiveRecord::Schema[7.1], version 2024_08_07_110658,
-- PostgreSQL) of github.com/pupilfirst/pupilfirst, commit 001ec461da8042f94d31288931a434898fc29a2a, MIT. Written as MySQL
-- DDL: the implicit `id` (bigint, or int for `id: :serial`) spelled out as AUTO_INCREMENT primary key; string -> varchar(255),
-- citext -> varchar(255), json/jsonb and arrays -> json, datetime (precision nil) -> datetime, datetime (Rails 7 default
-- precision 6) -> datetime(6). Unique indexes kept; the schema's add_foreign_key declarations between the tables kept here are
-- kept (column `<singular>_id` unless `column:` is given), except those from a bigint column to an int (`id: :serial`)
-- primary key, which MariaDB refuses: those are written as a comment above their table; other indexes left out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255),
  `login_token` varchar(255),
  `remember_created_at` datetime,
  `sign_in_count` int DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `remember_token` varchar(255),
  `sign_out_at_next_request` boolean,
  `confirmed_at` datetime,
  `login_token_generated_at` datetime,
  `name` varchar(255),
  `title` varchar(255),
  `about` text,
  `school_id` bigint,
  `preferences` json NOT NULL DEFAULT '{"daily_digest":true}',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `affiliation` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `time_zone` varchar(255) NOT NULL DEFAULT 'Asia/Kolkata',
  `delete_account_token_digest` varchar(255),
  `delete_account_sent_at` datetime,
  `account_deletion_notification_sent_at` datetime,
  `api_token_digest` varchar(255),
  `locale` varchar(255) DEFAULT 'en',
  `webpush_subscription` json DEFAULT '{}',
  `login_token_digest` varchar(255),
  `last_seen_at` datetime,
  `preferred_name` varchar(255),
  `update_email_token` varchar(255),
  `update_email_token_sent_at` datetime,
  `new_email` varchar(255),
  `organisation_id` bigint,
  `discord_user_id` varchar(255),
  `discord_tag` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_api_token_digest` (`api_token_digest`),
  UNIQUE KEY `index_users_on_delete_account_token_digest` (`delete_account_token_digest`),
  UNIQUE KEY `index_users_on_email_and_school_id` (`email`,`school_id`),
  UNIQUE KEY `index_users_on_login_token_digest` (`login_token_digest`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  CONSTRAINT `fk_users_organisation_id` FOREIGN KEY (`organisation_id`) REFERENCES `organisations` (`id`),
  CONSTRAINT `fk_users_school_id` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `students` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `auth_token` varchar(255),
  `roles` varchar(255),
  `user_id` int,
  `excluded_from_leaderboard` boolean DEFAULT 0,
  `dropped_out_at` datetime,
  `cohort_id` bigint,
  `team_id` bigint,
  `completed_at` datetime,
  `github_repository` varchar(255),
  `metadata` json NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_students_cohort_id` FOREIGN KEY (`cohort_id`) REFERENCES `cohorts` (`id`),
  CONSTRAINT `fk_students_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  CONSTRAINT `fk_students_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `faculty` (
  `id` int NOT NULL AUTO_INCREMENT,
  `category` varchar(255),
  `sort_index` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `token` varchar(255),
  `current_commitment` varchar(255),
  `commitment` varchar(255),
  `compensation` varchar(255),
  `user_id` bigint,
  `public` boolean DEFAULT 0,
  `connect_link` varchar(255),
  `notify_for_submission` boolean DEFAULT 0,
  `exited` boolean DEFAULT 0,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applicants` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255),
  `name` varchar(255),
  `login_token` varchar(255),
  `login_mail_sent_at` datetime,
  `course_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `email_verified` boolean DEFAULT 0,
  `login_token_digest` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_applicants_on_email_and_course_id` (`email`,`course_id`),
  UNIQUE KEY `index_applicants_on_login_token` (`login_token`),
  UNIQUE KEY `index_applicants_on_login_token_digest` (`login_token_digest`),
  CONSTRAINT `fk_applicants_course_id` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `username` varchar(255),
  `fullname` varchar(255),
  `user_id` int,
  `email` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_admin_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "school_admins", "users", column: "user_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `school_admins` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_school_admins_on_user_id` (`user_id`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "course_authors", "users", column: "user_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `course_authors` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint,
  `course_id` bigint,
  `exited` boolean,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_course_authors_course_id` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "organisation_admins", "users", column: "user_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `organisation_admins` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `organisation_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_organisation_admins_organisation_id` FOREIGN KEY (`organisation_id`) REFERENCES `organisations` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `coach_notes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `author_id` bigint,
  `student_id` bigint,
  `note` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `archived_at` datetime,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "timeline_events", "faculty", column: "reviewer_id" (not written: bigint -> int id, which MariaDB refuses)
-- upstream: add_foreign_key "timeline_events", "users", column: "hidden_by_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `timeline_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `image` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `target_id` int,
  `score` decimal(2,1),
  `evaluator_id` int,
  `passed_at` datetime,
  `quiz_score` varchar(255),
  `evaluated_at` datetime,
  `checklist` json DEFAULT '[]',
  `reviewer_id` bigint,
  `reviewer_assigned_at` datetime,
  `archived_at` datetime,
  `anonymous` boolean DEFAULT 0,
  `pinned` boolean DEFAULT 0,
  `hidden_at` datetime(6),
  `hidden_by_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_timeline_events_evaluator_id` FOREIGN KEY (`evaluator_id`) REFERENCES `faculty` (`id`),
  CONSTRAINT `fk_timeline_events_target_id` FOREIGN KEY (`target_id`) REFERENCES `targets` (`id`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "timeline_event_owners", "students", column: "student_id" (not written: bigint -> int id, which MariaDB refuses)
-- upstream: add_foreign_key "timeline_event_owners", "timeline_events", column: "timeline_event_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `timeline_event_owners` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `timeline_event_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `latest` boolean DEFAULT 0,
  `student_id` bigint,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `timeline_event_grades` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `timeline_event_id` bigint,
  `evaluation_criterion_id` bigint,
  `grade` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `by_timeline_event_criterion` (`timeline_event_id`,`evaluation_criterion_id`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "timeline_event_files", "users", column: "user_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `timeline_event_files` (
  `id` int NOT NULL AUTO_INCREMENT,
  `timeline_event_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `title` varchar(255),
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_timeline_event_files_timeline_event_id` FOREIGN KEY (`timeline_event_id`) REFERENCES `timeline_events` (`id`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "submission_comments", "timeline_events", column: "submission_id" (not written: bigint -> int id, which MariaDB refuses)
-- upstream: add_foreign_key "submission_comments", "users", column: "user_id" (not written: bigint -> int id, which MariaDB refuses)
-- upstream: add_foreign_key "submission_comments", "users", column: "hidden_by_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `submission_comments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `comment` text,
  `user_id` bigint NOT NULL,
  `submission_id` bigint NOT NULL,
  `hidden_by_id` bigint,
  `hidden_at` datetime(6),
  `archived_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "submission_reports", "timeline_events", column: "submission_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `submission_reports` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `status` varchar(255) DEFAULT 'queued',
  `conclusion` varchar(255),
  `started_at` datetime,
  `completed_at` datetime,
  `submission_id` bigint,
  `report` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `reporter` varchar(255) NOT NULL,
  `target_url` varchar(255),
  `heading` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_submission_reports_on_submission_id_and_reporter` (`submission_id`,`reporter`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `startup_feedback` (
  `id` int NOT NULL AUTO_INCREMENT,
  `feedback` text,
  `reference_url` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `sent_at` datetime,
  `faculty_id` int,
  `activity_type` varchar(255),
  `attachment` varchar(255),
  `timeline_event_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_startup_feedback_faculty_id` FOREIGN KEY (`faculty_id`) REFERENCES `faculty` (`id`),
  CONSTRAINT `fk_startup_feedback_timeline_event_id` FOREIGN KEY (`timeline_event_id`) REFERENCES `timeline_events` (`id`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "issued_certificates", "users", column: "user_id" (not written: bigint -> int id, which MariaDB refuses)
-- upstream: add_foreign_key "issued_certificates", "users", column: "issuer_id" (not written: bigint -> int id, which MariaDB refuses)
-- upstream: add_foreign_key "issued_certificates", "users", column: "revoker_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `issued_certificates` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `certificate_id` bigint NOT NULL,
  `user_id` bigint,
  `name` varchar(255) NOT NULL,
  `serial_number` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `issuer_id` bigint,
  `revoker_id` bigint,
  `revoked_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_issued_certificates_on_serial_number` (`serial_number`),
  CONSTRAINT `fk_issued_certificates_certificate_id` FOREIGN KEY (`certificate_id`) REFERENCES `certificates` (`id`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "leaderboard_entries", "students", column: "student_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `leaderboard_entries` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `period_from` datetime NOT NULL,
  `period_to` datetime NOT NULL,
  `score` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `student_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_leaderboard_on_student_id_and_period_from_and_to` (`student_id`,`period_from`,`period_to`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "page_reads", "students", column: "student_id" (not written: bigint -> int id, which MariaDB refuses)
-- upstream: add_foreign_key "page_reads", "targets", column: "target_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `page_reads` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `target_id` bigint NOT NULL,
  `student_id` bigint NOT NULL,
  `created_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_page_reads_on_student_id_and_target_id` (`student_id`,`target_id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `topic_id` bigint,
  `creator_id` bigint,
  `editor_id` bigint,
  `archiver_id` bigint,
  `archived_at` datetime,
  `reply_to_post_id` bigint,
  `post_number` int NOT NULL,
  `body` text,
  `solution` boolean DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `edit_reason` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_posts_on_post_number_and_topic_id` (`post_number`,`topic_id`),
  CONSTRAINT `fk_posts_reply_to_post_id` FOREIGN KEY (`reply_to_post_id`) REFERENCES `posts` (`id`),
  CONSTRAINT `fk_posts_topic_id` FOREIGN KEY (`topic_id`) REFERENCES `topics` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_likes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `post_id` bigint,
  `user_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_post_likes_on_post_id_and_user_id` (`post_id`,`user_id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `topic_subscriptions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `topic_id` bigint,
  `user_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_topic_subscriptions_on_topic_id_and_user_id` (`topic_id`,`user_id`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "reactions", "users", column: "user_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `reactions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `reaction_value` varchar(255),
  `user_id` bigint NOT NULL,
  `reactionable_type` varchar(255) NOT NULL,
  `reactionable_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_reactions_on_user_and_reactionable` (`user_id`,`reactionable_type`,`reactionable_id`,`reaction_value`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "moderation_reports", "users", column: "user_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `moderation_reports` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `reason` text,
  `user_id` bigint NOT NULL,
  `reportable_type` varchar(255) NOT NULL,
  `reportable_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_moderation_reports_on_user_and_reportable` (`user_id`,`reportable_type`,`reportable_id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `actor_id` bigint,
  `recipient_id` bigint,
  `notifiable_type` varchar(255),
  `notifiable_id` bigint,
  `read_at` datetime,
  `message` text,
  `event` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "user_standings", "users", column: "user_id" (not written: bigint -> int id, which MariaDB refuses)
-- upstream: add_foreign_key "user_standings", "users", column: "archiver_id" (not written: bigint -> int id, which MariaDB refuses)
-- upstream: add_foreign_key "user_standings", "users", column: "creator_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `user_standings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `standing_id` bigint NOT NULL,
  `reason` text,
  `creator_id` bigint NOT NULL,
  `archiver_id` bigint,
  `archived_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_user_standings_standing_id` FOREIGN KEY (`standing_id`) REFERENCES `standings` (`id`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "discord_messages", "users", column: "user_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `discord_messages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `author_uuid` varchar(255) NOT NULL,
  `channel_uuid` varchar(255),
  `message_uuid` varchar(255) NOT NULL,
  `server_uuid` varchar(255) NOT NULL,
  `content` varchar(255),
  `timestamp` datetime,
  `user_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentication_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `token_type` varchar(255) NOT NULL,
  `purpose` varchar(255) NOT NULL,
  `authenticatable_type` varchar(255),
  `authenticatable_id` bigint,
  `expires_at` datetime(6),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_auth_tokens_on_token_and_authenticable` (`token`,`authenticatable_type`,`authenticatable_id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bounce_reports` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `bounce_type` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_bounce_reports_on_email` (`email`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "course_ratings", "users", column: "user_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `course_ratings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rating` int NOT NULL,
  `course_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_course_ratings_on_user_id_and_course_id` (`user_id`,`course_id`),
  CONSTRAINT `fk_course_ratings_course_id` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "faculty_student_enrollments", "faculty", column: "faculty_id" (not written: bigint -> int id, which MariaDB refuses)
-- upstream: add_foreign_key "faculty_student_enrollments", "students", column: "student_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `faculty_student_enrollments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `faculty_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `student_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_faculty_student_enrollments_on_faculty_id_and_student_id` (`faculty_id`,`student_id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schools` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `about` text,
  `configuration` json NOT NULL DEFAULT '{}',
  `beckn_enabled` boolean NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organisations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `school_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_organisations_school_id` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `courses` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `school_id` bigint,
  `description` varchar(255),
  `enable_leaderboard` boolean DEFAULT 0,
  `public_signup` boolean DEFAULT 0,
  `about` text,
  `featured` boolean DEFAULT 1,
  `can_connect` boolean DEFAULT 1,
  `progression_behavior` varchar(255),
  `progression_limit` int,
  `archived_at` datetime,
  `public_preview` boolean DEFAULT 0,
  `processing_url` varchar(255),
  `highlights` json DEFAULT '[]',
  `default_cohort_id` bigint,
  `discord_account_required` boolean DEFAULT 0,
  `github_team_id` int,
  `sort_index` int DEFAULT 0,
  `beckn_enabled` boolean NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_courses_default_cohort_id` FOREIGN KEY (`default_cohort_id`) REFERENCES `cohorts` (`id`),
  CONSTRAINT `fk_courses_school_id` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cohorts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` varchar(255),
  `ends_at` datetime,
  `course_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `discord_role_ids` json DEFAULT '[]',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_cohorts_on_name_and_course_id` (`name`,`course_id`),
  CONSTRAINT `fk_cohorts_course_id` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `cohort_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_teams_cohort_id` FOREIGN KEY (`cohort_id`) REFERENCES `cohorts` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `levels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` text,
  `number` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `unlock_at` datetime,
  `course_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_levels_on_number_and_course_id` (`number`,`course_id`),
  CONSTRAINT `fk_levels_course_id` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `targets` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `description` text,
  `resource_url` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `slideshow_embed` text,
  `days_to_complete` int,
  `target_action_type` varchar(255),
  `target_group_id` int,
  `sort_index` int DEFAULT 999,
  `session_at` datetime,
  `video_embed` text,
  `last_session_at` datetime,
  `link_to_complete` varchar(255),
  `archived` boolean DEFAULT 0,
  `youtube_video_id` varchar(255),
  `feedback_asked_at` datetime,
  `call_to_action` varchar(255),
  `rubric_description` text,
  `resubmittable` boolean DEFAULT 1,
  `visibility` varchar(255),
  `review_checklist` json DEFAULT '[]',
  `action_config` text,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `evaluation_criteria` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `name` varchar(255),
  `course_id` bigint,
  `max_grade` int,
  `grade_labels` json,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `certificates` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `course_id` bigint NOT NULL,
  `qr_corner` varchar(255) NOT NULL,
  `qr_scale` int NOT NULL,
  `name_offset_top` int NOT NULL,
  `font_size` int NOT NULL,
  `margin` int NOT NULL,
  `active` boolean NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_certificates_course_id` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `standings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `color` varchar(255),
  `description` text,
  `default` boolean NOT NULL DEFAULT 0,
  `archived_at` datetime(6),
  `school_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_standings_on_name_and_school_id` (`name`,`school_id`),
  CONSTRAINT `fk_standings_school_id` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
) DEFAULT CHARSET=utf8mb4;

-- upstream: add_foreign_key "topics", "users", column: "locked_by_id" (not written: bigint -> int id, which MariaDB refuses)
CREATE TABLE `topics` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `community_id` bigint,
  `target_id` bigint,
  `last_activity_at` datetime,
  `archived` boolean NOT NULL DEFAULT 0,
  `title` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `views` int DEFAULT 0,
  `topic_category_id` bigint,
  `locked_at` datetime,
  `locked_by_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_topics_community_id` FOREIGN KEY (`community_id`) REFERENCES `communities` (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `communities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `target_linkable` boolean DEFAULT 0,
  `school_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `discord_channel_id` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_communities_school_id` FOREIGN KEY (`school_id`) REFERENCES `schools` (`id`)
) DEFAULT CHARSET=utf8mb4;

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
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
-- ClassroomIO: a selection of tables of the PostgreSQL schema built by the Drizzle migrations
-- `packages/db/src/migrations/0000_shocking_carmella_unuscione.sql` .. `0006_add_reply_to_comment_id_to_course_newsfeed_comment.sql`
-- (final state as in `packages/db/src/migrations/meta/0006_snapshot.json`) of github.com/classroomio/classroomio,
-- commit 045c25084baf837cbf427ed86beba0dd6eaf7947, AGPL-3.0. Written as MySQL DDL: uuid -> char(36), unbounded varchar ->
-- varchar(255), jsonb/json and arrays -> json, timestamp with time zone -> timestamp, timestamp -> datetime, identity ->
-- AUTO_INCREMENT, PostgreSQL enums -> ENUM; now() -> CURRENT_TIMESTAMP, gen_random_uuid() defaults dropped. Foreign keys
-- between the tables kept here are kept (names over 63 characters cut as PostgreSQL cuts them); other indexes left out.
SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `user` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `email` text NOT NULL,
  `email_verified` boolean NOT NULL DEFAULT 0,
  `image` text,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `role` text,
  `banned` boolean DEFAULT 0,
  `ban_reason` text,
  `ban_expires` datetime,
  `is_anonymous` boolean,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_email_unique` (`email`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account` (
  `id` char(36) NOT NULL,
  `account_id` text NOT NULL,
  `provider_id` text NOT NULL,
  `user_id` char(36) NOT NULL,
  `access_token` text,
  `refresh_token` text,
  `id_token` text,
  `access_token_expires_at` datetime,
  `refresh_token_expires_at` datetime,
  `scope` text,
  `password` text,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `account_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session` (
  `id` char(36) NOT NULL,
  `expires_at` datetime NOT NULL,
  `token` text NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL,
  `ip_address` text,
  `user_agent` text,
  `user_id` char(36) NOT NULL,
  `impersonated_by` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `session_token_unique` (`token`),
  CONSTRAINT `session_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verification` (
  `id` char(36) NOT NULL,
  `identifier` text NOT NULL,
  `value` text NOT NULL,
  `expires_at` datetime NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile` (
  `id` char(36) NOT NULL,
  `fullname` text NOT NULL,
  `username` text NOT NULL,
  `avatar_url` text,
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `email` varchar(255),
  `can_add_course` boolean DEFAULT 1,
  `role` varchar(255),
  `goal` varchar(255),
  `source` varchar(255),
  `metadata` json,
  `telegram_chat_id` bigint,
  `is_email_verified` boolean DEFAULT 0,
  `verified_at` timestamp,
  `locale` enum('en','hi','fr','pt','de','vi','ru','es','pl','da') DEFAULT 'en',
  `is_restricted` boolean NOT NULL DEFAULT 0,
  `settings` json DEFAULT '{}',
  PRIMARY KEY (`id`),
  UNIQUE KEY `profile_username_key` (`username`),
  UNIQUE KEY `profile_email_key` (`email`),
  CONSTRAINT `profile_id_fkey` FOREIGN KEY (`id`) REFERENCES `user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `siteName` text,
  `avatar_url` text,
  `settings` json DEFAULT '{}',
  `landingpage` json DEFAULT '{}',
  `theme` text DEFAULT 'blue',
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `customization` json NOT NULL DEFAULT '{"apps":{"poll":true,"comments":true},"course":{"grading":true,"newsfeed":true},"dashboard":{"exercise":true,"community":true,"bannerText":"","bannerImage":""}}',
  `is_restricted` boolean NOT NULL DEFAULT 0,
  `customCode` text,
  `customDomain` text,
  `favicon` text,
  `isCustomDomainVerified` boolean DEFAULT 0,
  `disable_signup` boolean DEFAULT 0,
  `disable_signup_message` text,
  `disable_email_password` boolean DEFAULT 0,
  `disable_google_auth` boolean DEFAULT 0,
  `parent_organization_id` char(36),
  `read_only_until` timestamp,
  `ai_tutor_settings` json NOT NULL DEFAULT '{"enabled":true,"persona":"encouraging","customPersona":"","responseLength":"medium","welcomeMessage":"","disclaimerFooter":"I am an AI tutor, not your instructor.","thingsToSay":"","thingsNotToSay":"","forbiddenTopics":[],"groundingScope":"course","requireCitations":true,"assessmentMode":"hint_only","revealSolutionsAfterAttempts":3,"codePolicy":"hints_only","blockOffTopic":true,"profanityFilter":true,"escalation":{"enabled":false,"email":""}}',
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_siteName_key` (`siteName`),
  UNIQUE KEY `organization_customDomain_key` (`customDomain`),
  CONSTRAINT `organization_parent_organization_id_fkey` FOREIGN KEY (`parent_organization_id`) REFERENCES `organization` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizationmember` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `organization_id` char(36) NOT NULL,
  `role_id` bigint NOT NULL,
  `profile_id` char(36),
  `email` text,
  `verified` boolean DEFAULT 0,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `organizationmember_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `organizationmember_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `organizationmember_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizationmember_email_notifications` (
  `organization_member_id` bigint NOT NULL,
  `new_student` boolean NOT NULL DEFAULT 1,
  `new_submission` boolean NOT NULL DEFAULT 1,
  `grading_result` boolean NOT NULL DEFAULT 1,
  `newsfeed` boolean NOT NULL DEFAULT 1,
  `quiz_assigned` boolean NOT NULL DEFAULT 1,
  `cohort_reminder` boolean NOT NULL DEFAULT 1,
  `session` boolean NOT NULL DEFAULT 1,
  `course_completion` boolean NOT NULL DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`organization_member_id`),
  CONSTRAINT `organizationmember_email_notifications_organization_member_id_f` FOREIGN KEY (`organization_member_id`) REFERENCES `organizationmember` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role` (
  `type` varchar(255) NOT NULL,
  `description` varchar(255),
  `id` bigint NOT NULL AUTO_INCREMENT,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text,
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `organization_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `group_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groupmember` (
  `id` char(36) NOT NULL,
  `group_id` char(36) NOT NULL,
  `role_id` bigint NOT NULL,
  `profile_id` char(36),
  `email` varchar(255),
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `assigned_student_id` varchar(255),
  `certificate_earned_at` timestamp,
  `certification_email_sent_at` timestamp,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_entries` (`group_id`,`profile_id`,`email`),
  UNIQUE KEY `unique_group_email` (`group_id`,`email`),
  UNIQUE KEY `unique_group_profile` (`group_id`,`profile_id`),
  CONSTRAINT `groupmember_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `group` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `groupmember_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `groupmember_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course` (
  `title` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `overview` varchar(255) DEFAULT 'Welcome to this amazing course 🚀 ',
  `id` char(36) NOT NULL,
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `group_id` char(36),
  `is_template` boolean DEFAULT 1,
  `logo` text NOT NULL DEFAULT '',
  `slug` varchar(255),
  `metadata` json NOT NULL DEFAULT '{"goals":"","description":"","requirements":""}',
  `cost` bigint DEFAULT '0',
  `currency` varchar(255) NOT NULL DEFAULT 'USD',
  `banner_image` text,
  `is_published` boolean DEFAULT 0,
  `certificate` json DEFAULT '{}',
  `compliance` json,
  `status` text NOT NULL DEFAULT 'ACTIVE',
  `type` enum('SELF_PACED','LIVE_CLASS','COMPLIANCE','PUBLIC') DEFAULT 'SELF_PACED',
  `callout` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `course_slug_key` (`slug`),
  CONSTRAINT `course_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `group` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lesson` (
  `note` varchar(255),
  `video_url` varchar(255),
  `slide_url` varchar(255),
  `course_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `title` varchar(255) NOT NULL,
  `public` boolean DEFAULT 0,
  `lesson_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `teacher_id` char(36),
  `is_complete` boolean DEFAULT 0,
  `call_url` text,
  `order` bigint,
  `is_unlocked` boolean DEFAULT 0,
  `completion_policy` varchar(255) NOT NULL DEFAULT 'manual',
  `video_watch_threshold` int DEFAULT 95,
  `videos` json DEFAULT '[]',
  `documents` json DEFAULT '[]',
  `section_id` char(36),
  `slug` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `lesson_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `course` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `lesson_teacher_id_fkey` FOREIGN KEY (`teacher_id`) REFERENCES `profile` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_attendance` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `course_id` char(36),
  `student_id` char(36),
  `is_present` boolean DEFAULT 0,
  `lesson_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `group_attendance_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `course` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `group_attendance_student_id_fkey` FOREIGN KEY (`student_id`) REFERENCES `groupmember` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lesson_completion` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `lesson_id` char(36),
  `profile_id` char(36),
  `is_complete` boolean DEFAULT 0,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_lesson_profile` (`lesson_id`,`profile_id`),
  CONSTRAINT `lesson_completion_lesson_id_fkey` FOREIGN KEY (`lesson_id`) REFERENCES `lesson` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `lesson_completion_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lesson_comment` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `lesson_id` char(36),
  `groupmember_id` char(36),
  `comment` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `lesson_comment_groupmember_id_fkey` FOREIGN KEY (`groupmember_id`) REFERENCES `groupmember` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `lesson_comment_lesson_id_fkey` FOREIGN KEY (`lesson_id`) REFERENCES `lesson` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lesson_video_progress` (
  `id` char(36) NOT NULL,
  `lesson_id` char(36) NOT NULL,
  `profile_id` char(36) NOT NULL,
  `asset_id` text NOT NULL,
  `duration_seconds` int,
  `watched_seconds` int NOT NULL DEFAULT 0,
  `furthest_seconds` int NOT NULL DEFAULT 0,
  `last_position_seconds` int NOT NULL DEFAULT 0,
  `is_complete` boolean NOT NULL DEFAULT 0,
  `completed_at` timestamp,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lesson_video_progress_lesson_profile_asset_unique` (`lesson_id`,`profile_id`,`asset_id`),
  CONSTRAINT `lesson_video_progress_lesson_id_fkey` FOREIGN KEY (`lesson_id`) REFERENCES `lesson` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `lesson_video_progress_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exercise` (
  `title` varchar(255) NOT NULL,
  `description` varchar(255),
  `lesson_id` char(36),
  `course_id` char(36),
  `section_id` char(36),
  `order` bigint,
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `id` char(36) NOT NULL,
  `is_unlocked` boolean DEFAULT 1,
  `due_by` datetime,
  `allow_multiple_attempts` boolean NOT NULL DEFAULT 0,
  `section_display_mode` varchar(255) DEFAULT 'one_question',
  `completion_policy` varchar(255) NOT NULL DEFAULT 'submitted',
  `pass_threshold` int,
  `slug` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `exercise_lesson_id_fkey` FOREIGN KEY (`lesson_id`) REFERENCES `lesson` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `exercise_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `course` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `question` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `question_type_id` bigint NOT NULL,
  `title` varchar(255) NOT NULL,
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `exercise_id` char(36) NOT NULL,
  `exercise_section_id` char(36),
  `name` char(36),
  `points` double,
  `settings` json DEFAULT '{}',
  `order` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `question_exercise_id_fkey` FOREIGN KEY (`exercise_id`) REFERENCES `exercise` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `question_question_type_id_fkey` FOREIGN KEY (`question_type_id`) REFERENCES `question_type` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `question_type` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `label` varchar(255) NOT NULL,
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `typename` varchar(255),
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `option` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `label` varchar(255) NOT NULL,
  `is_correct` boolean NOT NULL DEFAULT 0,
  `settings` json DEFAULT '{}',
  `question_id` bigint NOT NULL,
  `value` char(36),
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `option_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `question` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission` (
  `id` char(36) NOT NULL,
  `reviewer_id` bigint,
  `status_id` bigint DEFAULT '1',
  `grading_state` varchar(255) NOT NULL DEFAULT 'queued',
  `overall_status` varchar(255) NOT NULL DEFAULT 'manual_required',
  `total` bigint DEFAULT '0',
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `exercise_id` char(36) NOT NULL,
  `submitted_by` char(36),
  `course_id` char(36),
  `feedback` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `submission_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `course` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `submission_exercise_id_fkey` FOREIGN KEY (`exercise_id`) REFERENCES `exercise` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `submission_status_id_fkey` FOREIGN KEY (`status_id`) REFERENCES `submissionstatus` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `submission_submitted_by_fkey` FOREIGN KEY (`submitted_by`) REFERENCES `groupmember` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submissionstatus` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `label` varchar(255) NOT NULL,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `question_answer` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `answer_data` json,
  `answers` json,
  `open_answer` text,
  `question_id` bigint NOT NULL,
  `group_member_id` char(36) NOT NULL,
  `submission_id` char(36),
  `point` bigint DEFAULT '0',
  PRIMARY KEY (`id`),
  CONSTRAINT `question_answer_group_member_id_fkey` FOREIGN KEY (`group_member_id`) REFERENCES `groupmember` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `question_answer_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `question` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `question_answer_submission_id_fkey` FOREIGN KEY (`submission_id`) REFERENCES `submission` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_completion_record` (
  `id` char(36) NOT NULL,
  `course_id` char(36) NOT NULL,
  `group_member_id` char(36) NOT NULL,
  `profile_id` char(36) NOT NULL,
  `cycle_number` int NOT NULL DEFAULT 1,
  `status` varchar(255) NOT NULL DEFAULT 'not_started',
  `due_date` timestamp NOT NULL,
  `started_at` timestamp,
  `completed_at` timestamp,
  `valid_until` timestamp,
  `expired_at` timestamp,
  `score` int,
  `attempts` int DEFAULT 0,
  `time_spent_minutes` int DEFAULT 0,
  `waived_by` char(36),
  `waiver_reason` text,
  `waiver_expires_at` timestamp,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `course_completion_record_course_profile_cycle_key` (`course_id`,`profile_id`,`cycle_number`),
  CONSTRAINT `course_completion_record_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `course` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `course_completion_record_group_member_id_fkey` FOREIGN KEY (`group_member_id`) REFERENCES `groupmember` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `course_completion_record_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `course_completion_record_waived_by_fkey` FOREIGN KEY (`waived_by`) REFERENCES `profile` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_certificate_issue` (
  `id` char(36) NOT NULL,
  `course_id` char(36) NOT NULL,
  `profile_id` char(36) NOT NULL,
  `course_completion_record_id` char(36) NOT NULL,
  `cycle_number` int NOT NULL,
  `issued_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `expires_at` timestamp NOT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'valid',
  `file_url` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `course_certificate_issue_record_id_key` (`course_completion_record_id`),
  CONSTRAINT `course_certificate_issue_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `course` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `course_certificate_issue_profile_id_fkey` FOREIGN KEY (`profile_id`) REFERENCES `profile` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `course_certificate_issue_record_id_fkey` FOREIGN KEY (`course_completion_record_id`) REFERENCES `course_completion_record` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_newsfeed` (
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `author_id` char(36),
  `content` text,
  `id` char(36) NOT NULL,
  `course_id` char(36),
  `reaction` json DEFAULT '{"clap":[],"smile":[],"thumbsup":[],"thumbsdown":[]}',
  `is_pinned` boolean NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `course_newsfeed_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `groupmember` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `course_newsfeed_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `course` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_newsfeed_comment` (
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `author_id` char(36),
  `content` text,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `course_newsfeed_id` char(36),
  `parent_id` bigint,
  `reply_to_comment_id` bigint,
  PRIMARY KEY (`id`),
  CONSTRAINT `course_newsfeed_comment_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `groupmember` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `course_newsfeed_comment_course_newsfeed_id_fkey` FOREIGN KEY (`course_newsfeed_id`) REFERENCES `course_newsfeed` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `course_newsfeed_comment_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `course_newsfeed_comment` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `course_newsfeed_comment_reply_to_comment_id_fkey` FOREIGN KEY (`reply_to_comment_id`) REFERENCES `course_newsfeed_comment` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `community_question` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `title` varchar(255),
  `body` text,
  `author_id` bigint,
  `votes` bigint DEFAULT '0',
  `organization_id` char(36),
  `slug` text,
  `author_profile_id` char(36),
  `course_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `community_question_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `organizationmember` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `community_question_author_profile_id_fkey` FOREIGN KEY (`author_profile_id`) REFERENCES `profile` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `community_question_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `course` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `community_question_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `community_answer` (
  `id` char(36) NOT NULL,
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `question_id` bigint,
  `body` varchar(255),
  `author_id` bigint,
  `votes` bigint,
  `author_profile_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `community_answer_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `organizationmember` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `community_answer_author_profile_id_fkey` FOREIGN KEY (`author_profile_id`) REFERENCES `profile` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `community_answer_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `community_question` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `apps_poll` (
  `id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `question` text,
  `authorId` char(36),
  `isPublic` boolean,
  `status` varchar(255) DEFAULT 'draft',
  `expiration` timestamp,
  `courseId` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `apps_poll_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `groupmember` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `apps_poll_courseId_fkey` FOREIGN KEY (`courseId`) REFERENCES `course` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `apps_poll_submission` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `poll_option_id` bigint,
  `selected_by_id` char(36),
  `poll_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `apps_poll_submission_poll_id_fkey` FOREIGN KEY (`poll_id`) REFERENCES `apps_poll` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `apps_poll_submission_selected_by_id_fkey` FOREIGN KEY (`selected_by_id`) REFERENCES `groupmember` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_login_events` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `logged_in_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `logged_in_date` date NOT NULL DEFAULT (CURRENT_DATE),
  PRIMARY KEY (`id`),
  UNIQUE KEY `analytics_login_events_user_id_date_unique` (`user_id`,`logged_in_date`),
  CONSTRAINT `analytics_login_events_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_page_event` (
  `id` char(36) NOT NULL,
  `occurred_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `org_id` char(36),
  `session_id` text NOT NULL,
  `user_id` char(36),
  `event_type` text NOT NULL,
  `course_id` char(36),
  `path` text,
  `referrer_host` text,
  `utm_source` text,
  `utm_medium` text,
  `utm_campaign` text,
  `country` varchar(2),
  `device_type` varchar(16),
  `locale` varchar(8),
  `props` json NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_contacts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `email` text,
  `phone` text,
  `name` text,
  `message` text,
  `organization_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `organization_contacts_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_emaillist` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `email` text,
  `organization_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `organization_emaillist_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_invite` (
  `id` char(36) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `role_id` bigint NOT NULL,
  `type` enum('EMAIL','LINK') NOT NULL DEFAULT 'EMAIL',
  `email` text,
  `token_hash` text NOT NULL,
  `created_by_profile_id` char(36) NOT NULL,
  `accepted_by_profile_id` char(36),
  `accepted_at` timestamp,
  `revoked_by_profile_id` char(36),
  `revoked_at` timestamp,
  `expires_at` timestamp NOT NULL,
  `is_revoked` boolean NOT NULL DEFAULT 0,
  `metadata` json NOT NULL DEFAULT '{}',
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_invite_token_hash_key` (`token_hash`),
  CONSTRAINT `organization_invite_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `organization_invite_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `organization_invite_created_by_profile_id_fkey` FOREIGN KEY (`created_by_profile_id`) REFERENCES `profile` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `organization_invite_accepted_by_profile_id_fkey` FOREIGN KEY (`accepted_by_profile_id`) REFERENCES `profile` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `organization_invite_revoked_by_profile_id_fkey` FOREIGN KEY (`revoked_by_profile_id`) REFERENCES `profile` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_invite_audit` (
  `id` char(36) NOT NULL,
  `invite_id` char(36) NOT NULL,
  `course_id` char(36) NOT NULL,
  `event_type` enum('CREATED','REVOKED','PREVIEWED','ACCEPTED','EMAIL_SENT','EMAIL_FAILED','ABUSE_BLOCKED') NOT NULL,
  `actor_profile_id` char(36),
  `target_email` varchar(255),
  `ip_address` text,
  `user_agent` text,
  `metadata` json NOT NULL DEFAULT '{}',
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `course_invite_audit_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `course` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `course_invite_audit_actor_profile_id_fkey` FOREIGN KEY (`actor_profile_id`) REFERENCES `profile` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waitinglist` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `constraint_name` (`email`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_chat_conversation` (
  `id` char(36) NOT NULL,
  `course_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `title` text DEFAULT 'New conversation',
  `messages` json NOT NULL DEFAULT '[]',
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `ai_chat_conversation_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `course` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_plan` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `activated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `org_id` char(36),
  `plan_name` enum('EARLY_ADOPTER','ENTERPRISE','BASIC'),
  `is_active` boolean,
  `deactivated_at` timestamp,
  `updated_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `payload` json,
  `triggered_by` bigint,
  `provider` text DEFAULT 'lmz',
  `subscription_id` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_plan_subscription_id_key` (`subscription_id`),
  CONSTRAINT `organization_plan_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organization` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `organization_plan_triggered_by_fkey` FOREIGN KEY (`triggered_by`) REFERENCES `organizationmember` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `currency` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` timestamp DEFAULT CURRENT_TIMESTAMP,
  `name` varchar(255),
  PRIMARY KEY (`id`)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_api_key` (
  `id` char(36) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `created_by_profile_id` char(36) NOT NULL,
  `type` enum('mcp','api','zapier') NOT NULL,
  `label` varchar(120) NOT NULL,
  `secret_prefix` varchar(32) NOT NULL,
  `secret_hash` text NOT NULL,
  `scopes` json NOT NULL DEFAULT '[]',
  `last_used_at` timestamp,
  `expires_at` timestamp,
  `revoked_at` timestamp,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `organization_api_key_organization_id_organization_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `organization_api_key_created_by_profile_id_profile_id_fk` FOREIGN KEY (`created_by_profile_id`) REFERENCES `profile` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;
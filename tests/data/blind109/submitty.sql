-- Submitty (github.com/Submitty/Submitty), BSD-3-Clause.
-- Master database: migration/migrator/data/submitty_db.sql; course database: migration/migrator/data/course_tables.sql
-- (pg_dump schemas at commit 427a3a3858d5fba82d1ea56b31b81469c2e8ca62), converted from PostgreSQL to MySQL/MariaDB.
-- Tables 1-9 come from the master database "submitty", the others from a course database "submitty_<term>_<course>".
-- The course database's own copy of `users` is left out (its name clashes with the master `users`); the course
-- tables' foreign keys to it point at the master `users` here.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `courses` (
  `term` varchar(255) NOT NULL,
  `course` varchar(255) NOT NULL,
  `status` smallint NOT NULL DEFAULT 1,
  `group_name` varchar(255) NOT NULL,
  `owner_name` varchar(255) NOT NULL,
  `self_registration_type` smallint DEFAULT 0,
  `default_section_id` varchar(255),
  `unarchivable` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`term`, `course`),
  FOREIGN KEY (`term`) REFERENCES `terms` (`term_id`) ON UPDATE CASCADE
);

CREATE TABLE `courses_users` (
  `term` varchar(255) NOT NULL,
  `course` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `user_group` int NOT NULL,
  `registration_section` varchar(255),
  `registration_type` varchar(255) DEFAULT 'graded',
  `manual_registration` tinyint(1) DEFAULT 0,
  `previous_registration_section` varchar(255),
  PRIMARY KEY (`term`, `course`, `user_id`),
  FOREIGN KEY (`term`, `course`) REFERENCES `courses` (`term`, `course`) ON UPDATE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE
);

CREATE TABLE `emails` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` varchar(255),
  `subject` text NOT NULL,
  `body` text NOT NULL,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6),
  `error` text NOT NULL,
  `email_address` varchar(255) NOT NULL DEFAULT '',
  `term` text,
  `course` text,
  `to_name` text,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `saml_mapped_users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `saml_id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `saml_mapped_users_saml_id_user_id_key` (`saml_id`, `user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `sessions` (
  `session_id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `csrf_token` varchar(255) NOT NULL,
  `session_expires` datetime NOT NULL,
  `session_created` datetime DEFAULT NULL,
  `browser_name` varchar(50) DEFAULT 'Unknown',
  `browser_version` varchar(15) DEFAULT '',
  `platform` varchar(50) DEFAULT 'Unknown',
  PRIMARY KEY (`session_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `terms` (
  `term_id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  PRIMARY KEY (`term_id`)
);

CREATE TABLE `unverified_users` (
  `user_id` varchar(50) NOT NULL,
  `user_givenname` text NOT NULL,
  `user_password` text,
  `user_familyname` text NOT NULL,
  `user_email` text NOT NULL,
  `verification_code` varchar(40),
  `verification_expiration` datetime(6) DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE `users` (
  `user_id` varchar(255) NOT NULL,
  `user_numeric_id` text,
  `user_password` text,
  `user_givenname` text NOT NULL,
  `user_preferred_givenname` text,
  `user_familyname` text NOT NULL,
  `user_preferred_familyname` text,
  `user_access_level` int NOT NULL DEFAULT 3,
  `user_email` text NOT NULL,
  `user_updated` tinyint(1) NOT NULL DEFAULT 0,
  `instructor_updated` tinyint(1) NOT NULL DEFAULT 0,
  `last_updated` datetime(6),
  `api_key` varchar(255) NOT NULL,
  `time_zone` text NOT NULL,
  `display_image_state` text NOT NULL,
  `user_email_secondary` varchar(255) NOT NULL DEFAULT '',
  `user_email_secondary_notify` tinyint(1) DEFAULT 0,
  `user_pronouns` varchar(255) DEFAULT '',
  `user_last_initial_format` int NOT NULL DEFAULT 0,
  `enforce_single_session` tinyint(1) DEFAULT 0,
  `display_name_order` varchar(255) NOT NULL DEFAULT 'GIVEN_F',
  `display_pronouns` tinyint(1) DEFAULT 0,
  `user_preferred_locale` text,
  `date_format` varchar(3) DEFAULT 'YMD',
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `users_api_key_key` (`api_key`)
);

CREATE TABLE `vcs_auth_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` varchar(255) NOT NULL,
  `token` text NOT NULL,
  `name` text NOT NULL,
  `expiration` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `categories_list` (
  `category_id` int NOT NULL AUTO_INCREMENT,
  `category_desc` varchar(255) NOT NULL,
  `rank` int,
  `color` text NOT NULL,
  `visible_date` date,
  PRIMARY KEY (`category_id`),
  UNIQUE KEY `category_unique` (`category_desc`)
);

CREATE TABLE `chatroom_messages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `chatroom_id` int NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `display_name` text,
  `role` text,
  `content` text NOT NULL,
  `timestamp` datetime NOT NULL,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `course_materials` (
  `id` int NOT NULL AUTO_INCREMENT,
  `path` varchar(255),
  `type` smallint NOT NULL,
  `release_date` datetime(6),
  `hidden_from_students` tinyint(1),
  `priority` double NOT NULL,
  `url` text,
  `title` varchar(255),
  `uploaded_by` varchar(255) DEFAULT NULL,
  `uploaded_date` datetime(6),
  `last_edit_by` varchar(255) DEFAULT NULL,
  `last_edit_date` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `course_materials_path_key` (`path`),
  FOREIGN KEY (`last_edit_by`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`uploaded_by`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `course_materials_access` (
  `id` int NOT NULL AUTO_INCREMENT,
  `course_material_id` int NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  KEY (`id`),
  FOREIGN KEY (`course_material_id`) REFERENCES `course_materials` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `electronic_gradeable` (
  `g_id` varchar(255) NOT NULL,
  `eg_config_path` varchar(1024) NOT NULL,
  `eg_is_repository` tinyint(1) NOT NULL,
  `eg_vcs_partial_path` varchar(1024) NOT NULL,
  `eg_vcs_host_type` int NOT NULL DEFAULT 0,
  `eg_team_assignment` tinyint(1) NOT NULL,
  `eg_max_team_size` int NOT NULL,
  `eg_team_lock_date` datetime(6) NOT NULL,
  `eg_use_ta_grading` tinyint(1) NOT NULL,
  `eg_student_download` tinyint(1) NOT NULL DEFAULT 0,
  `eg_student_view` tinyint(1) NOT NULL,
  `eg_student_view_after_grades` tinyint(1) NOT NULL DEFAULT 0,
  `eg_student_submit` tinyint(1) NOT NULL,
  `eg_submission_open_date` datetime(6) NOT NULL,
  `eg_submission_due_date` datetime(6) NOT NULL,
  `eg_has_due_date` tinyint(1) NOT NULL DEFAULT 1,
  `eg_late_days` int NOT NULL DEFAULT -1,
  `eg_allow_late_submission` tinyint(1) NOT NULL DEFAULT 1,
  `eg_precision` decimal(65,30) NOT NULL,
  `eg_grade_inquiry_allowed` tinyint(1) NOT NULL DEFAULT 1,
  `eg_grade_inquiry_per_component_allowed` tinyint(1) NOT NULL DEFAULT 0,
  `eg_grade_inquiry_due_date` datetime(6) NOT NULL,
  `eg_thread_ids` json NOT NULL,
  `eg_has_discussion` tinyint(1) NOT NULL DEFAULT 0,
  `eg_limited_access_blind` int DEFAULT 1,
  `eg_peer_blind` int DEFAULT 3,
  `eg_grade_inquiry_start_date` datetime(6) NOT NULL,
  `eg_hidden_files` varchar(1024),
  `eg_depends_on` varchar(255) DEFAULT NULL,
  `eg_depends_on_points` int,
  `eg_has_release_date` tinyint(1) NOT NULL DEFAULT 1,
  `eg_vcs_subdirectory` varchar(1024) NOT NULL DEFAULT '',
  `eg_using_subdirectory` tinyint(1) NOT NULL DEFAULT 0,
  `eg_instructor_blind` int DEFAULT 1,
  `eg_release_notifications_sent` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`g_id`),
  FOREIGN KEY (`g_id`) REFERENCES `gradeable` (`g_id`) ON DELETE CASCADE,
  FOREIGN KEY (`eg_depends_on`) REFERENCES `electronic_gradeable` (`g_id`)
);

CREATE TABLE `electronic_gradeable_data` (
  `g_id` varchar(255) NOT NULL,
  `user_id` varchar(255),
  `team_id` varchar(255),
  `g_version` int NOT NULL,
  `autograding_non_hidden_non_extra_credit` decimal(65,30) NOT NULL DEFAULT 0,
  `autograding_non_hidden_extra_credit` decimal(65,30) NOT NULL DEFAULT 0,
  `autograding_hidden_non_extra_credit` decimal(65,30) NOT NULL DEFAULT 0,
  `autograding_hidden_extra_credit` decimal(65,30) NOT NULL DEFAULT 0,
  `submission_time` datetime(6) NOT NULL,
  `autograding_complete` tinyint(1) NOT NULL DEFAULT 0,
  UNIQUE KEY `egd_g_user_team_id_unique` (`g_id`, `user_id`, `team_id`, `g_version`),
  FOREIGN KEY (`g_id`) REFERENCES `gradeable` (`g_id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`team_id`) REFERENCES `gradeable_teams` (`team_id`) ON UPDATE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE
);

CREATE TABLE `grade_inquiries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `g_id` varchar(255) NOT NULL,
  `timestamp` datetime NOT NULL,
  `user_id` varchar(255),
  `team_id` varchar(255),
  `status` int NOT NULL DEFAULT 0,
  `gc_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gradeable_team_gc_id` (`team_id`, `g_id`, `gc_id`),
  UNIQUE KEY `gradeable_user_gc_id` (`user_id`, `g_id`, `gc_id`),
  FOREIGN KEY (`g_id`) REFERENCES `gradeable` (`g_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`team_id`) REFERENCES `gradeable_teams` (`team_id`),
  FOREIGN KEY (`gc_id`) REFERENCES `gradeable_component` (`gc_id`)
);

CREATE TABLE `grade_inquiry_discussion` (
  `id` int NOT NULL AUTO_INCREMENT,
  `grade_inquiry_id` int NOT NULL,
  `timestamp` datetime NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `content` text,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `gc_id` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`grade_inquiry_id`) REFERENCES `grade_inquiries` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`grade_inquiry_id`) REFERENCES `grade_inquiries` (`id`) ON UPDATE CASCADE
);

CREATE TABLE `grade_override` (
  `user_id` varchar(255) NOT NULL,
  `g_id` varchar(255) NOT NULL,
  `marks` double NOT NULL,
  `comment` text,
  PRIMARY KEY (`user_id`, `g_id`),
  FOREIGN KEY (`g_id`) REFERENCES `gradeable` (`g_id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE
);

CREATE TABLE `gradeable` (
  `g_id` varchar(255) NOT NULL,
  `g_title` varchar(255) NOT NULL,
  `g_instructions_url` text NOT NULL,
  `g_overall_ta_instructions` text NOT NULL,
  `g_gradeable_type` int NOT NULL,
  `g_grader_assignment_method` int NOT NULL,
  `g_ta_view_start_date` datetime(6) NOT NULL,
  `g_grade_start_date` datetime(6) NOT NULL,
  `g_grade_due_date` datetime(6) NOT NULL,
  `g_grade_released_date` datetime(6) NOT NULL,
  `g_min_grading_group` int NOT NULL,
  `g_syllabus_bucket` varchar(255) NOT NULL,
  `g_allowed_minutes` int,
  `g_allow_custom_marks` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`g_id`)
);

CREATE TABLE `gradeable_access` (
  `id` int NOT NULL AUTO_INCREMENT,
  `g_id` varchar(255) NOT NULL,
  `user_id` varchar(255),
  `team_id` varchar(255),
  `accessor_id` varchar(255),
  `timestamp` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`g_id`) REFERENCES `gradeable` (`g_id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE,
  FOREIGN KEY (`team_id`) REFERENCES `gradeable_teams` (`team_id`),
  FOREIGN KEY (`accessor_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `gradeable_anon` (
  `user_id` varchar(255) NOT NULL,
  `g_id` varchar(255) NOT NULL,
  `anon_id` varchar(255) NOT NULL,
  PRIMARY KEY (`g_id`, `anon_id`),
  FOREIGN KEY (`g_id`) REFERENCES `gradeable` (`g_id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE
);

CREATE TABLE `gradeable_component` (
  `gc_id` int NOT NULL AUTO_INCREMENT,
  `g_id` varchar(255) NOT NULL,
  `gc_title` varchar(255) NOT NULL,
  `gc_ta_comment` text NOT NULL,
  `gc_student_comment` text NOT NULL,
  `gc_lower_clamp` decimal(65,30) NOT NULL,
  `gc_default` decimal(65,30) NOT NULL,
  `gc_max_value` decimal(65,30) NOT NULL,
  `gc_upper_clamp` decimal(65,30) NOT NULL,
  `gc_is_text` tinyint(1) NOT NULL,
  `gc_is_peer` tinyint(1) NOT NULL,
  `gc_order` int NOT NULL,
  `gc_page` int NOT NULL,
  `gc_is_itempool_linked` tinyint(1) NOT NULL DEFAULT 0,
  `gc_itempool` varchar(100) NOT NULL DEFAULT '',
  PRIMARY KEY (`gc_id`),
  FOREIGN KEY (`g_id`) REFERENCES `gradeable` (`g_id`) ON DELETE CASCADE
);

CREATE TABLE `gradeable_component_data` (
  `gc_id` int NOT NULL,
  `gd_id` int NOT NULL,
  `gcd_score` decimal(65,30) NOT NULL,
  `gcd_component_comment` text NOT NULL,
  `gcd_grader_id` varchar(255) NOT NULL,
  `gcd_graded_version` int,
  `gcd_grade_time` datetime(6) NOT NULL,
  `gcd_verifier_id` varchar(255),
  `gcd_verify_time` datetime(6),
  PRIMARY KEY (`gc_id`, `gd_id`, `gcd_grader_id`),
  FOREIGN KEY (`gc_id`) REFERENCES `gradeable_component` (`gc_id`) ON DELETE CASCADE,
  FOREIGN KEY (`gcd_grader_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE,
  FOREIGN KEY (`gd_id`) REFERENCES `gradeable_data` (`gd_id`) ON DELETE CASCADE,
  FOREIGN KEY (`gcd_verifier_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `gradeable_component_mark` (
  `gcm_id` int NOT NULL AUTO_INCREMENT,
  `gc_id` int NOT NULL,
  `gcm_points` decimal(65,30) NOT NULL,
  `gcm_note` text NOT NULL,
  `gcm_publish` tinyint(1) DEFAULT 0,
  `gcm_order` int NOT NULL,
  PRIMARY KEY (`gcm_id`),
  FOREIGN KEY (`gc_id`) REFERENCES `gradeable_component` (`gc_id`) ON DELETE CASCADE
);

CREATE TABLE `gradeable_component_mark_data` (
  `gc_id` int NOT NULL,
  `gd_id` int NOT NULL,
  `gcd_grader_id` varchar(255) NOT NULL,
  `gcm_id` int NOT NULL,
  PRIMARY KEY (`gcm_id`, `gc_id`, `gd_id`, `gcd_grader_id`),
  FOREIGN KEY (`gcm_id`) REFERENCES `gradeable_component_mark` (`gcm_id`) ON DELETE CASCADE,
  FOREIGN KEY (`gd_id`, `gc_id`, `gcd_grader_id`) REFERENCES `gradeable_component_data` (`gd_id`, `gc_id`, `gcd_grader_id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `gradeable_data` (
  `gd_id` int NOT NULL AUTO_INCREMENT,
  `g_id` varchar(255) NOT NULL,
  `gd_user_id` varchar(255),
  `gd_team_id` varchar(255),
  `gd_user_viewed_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`gd_id`),
  UNIQUE KEY `g_id_gd_team_id_unique` (`g_id`, `gd_team_id`),
  UNIQUE KEY `gradeable_unqiue` (`g_id`, `gd_user_id`),
  FOREIGN KEY (`g_id`) REFERENCES `gradeable` (`g_id`) ON DELETE CASCADE,
  FOREIGN KEY (`gd_team_id`) REFERENCES `gradeable_teams` (`team_id`) ON UPDATE CASCADE,
  FOREIGN KEY (`gd_user_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE
);

CREATE TABLE `gradeable_data_overall_comment` (
  `goc_id` int NOT NULL AUTO_INCREMENT,
  `g_id` varchar(255) NOT NULL,
  `goc_user_id` varchar(255),
  `goc_team_id` varchar(255),
  `goc_grader_id` varchar(255) NOT NULL,
  `goc_overall_comment` text NOT NULL,
  PRIMARY KEY (`goc_id`),
  UNIQUE KEY `gradeable_data_overall_comment_team_unique` (`g_id`, `goc_team_id`, `goc_grader_id`),
  UNIQUE KEY `gradeable_data_overall_comment_user_unique` (`g_id`, `goc_user_id`, `goc_grader_id`),
  FOREIGN KEY (`g_id`) REFERENCES `gradeable` (`g_id`) ON DELETE CASCADE,
  FOREIGN KEY (`goc_grader_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE,
  FOREIGN KEY (`goc_team_id`) REFERENCES `gradeable_teams` (`team_id`) ON DELETE CASCADE,
  FOREIGN KEY (`goc_user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `gradeable_teams` (
  `team_id` varchar(255) NOT NULL,
  `g_id` varchar(255) NOT NULL,
  `anon_id` varchar(255),
  `registration_section` varchar(255),
  `rotating_section` int,
  `team_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`team_id`),
  UNIQUE KEY `anon_id_unique` (`anon_id`),
  FOREIGN KEY (`g_id`) REFERENCES `gradeable` (`g_id`) ON DELETE CASCADE,
  FOREIGN KEY (`registration_section`) REFERENCES `sections_registration` (`sections_registration_id`)
);

CREATE TABLE `late_day_exceptions` (
  `user_id` varchar(255) NOT NULL,
  `g_id` varchar(255) NOT NULL,
  `late_day_exceptions` int NOT NULL,
  `reason_for_exception` varchar(255) DEFAULT '',
  PRIMARY KEY (`g_id`, `user_id`),
  FOREIGN KEY (`g_id`) REFERENCES `gradeable` (`g_id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE
);

CREATE TABLE `late_days` (
  `user_id` varchar(255) NOT NULL,
  `allowed_late_days` int NOT NULL,
  `since_timestamp` date NOT NULL,
  PRIMARY KEY (`user_id`, `since_timestamp`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE
);

CREATE TABLE `migrations_course` (
  `id` varchar(100) NOT NULL,
  `commit_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `status` decimal(1,0) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `notification_settings` (
  `user_id` varchar(255) NOT NULL,
  `merge_threads` tinyint(1) NOT NULL DEFAULT 0,
  `all_new_threads` tinyint(1) NOT NULL DEFAULT 0,
  `all_new_posts` tinyint(1) NOT NULL DEFAULT 0,
  `all_modifications_forum` tinyint(1) NOT NULL DEFAULT 0,
  `reply_in_post_thread` tinyint(1) NOT NULL DEFAULT 0,
  `team_invite` tinyint(1) NOT NULL DEFAULT 1,
  `team_joined` tinyint(1) NOT NULL DEFAULT 1,
  `team_member_submission` tinyint(1) NOT NULL DEFAULT 1,
  `self_notification` tinyint(1) NOT NULL DEFAULT 0,
  `merge_threads_email` tinyint(1) NOT NULL DEFAULT 0,
  `all_new_threads_email` tinyint(1) NOT NULL DEFAULT 0,
  `all_new_posts_email` tinyint(1) NOT NULL DEFAULT 0,
  `all_modifications_forum_email` tinyint(1) NOT NULL DEFAULT 0,
  `reply_in_post_thread_email` tinyint(1) NOT NULL DEFAULT 0,
  `team_invite_email` tinyint(1) NOT NULL DEFAULT 1,
  `team_joined_email` tinyint(1) NOT NULL DEFAULT 1,
  `team_member_submission_email` tinyint(1) NOT NULL DEFAULT 1,
  `self_notification_email` tinyint(1) NOT NULL DEFAULT 0,
  `self_registration_email` tinyint(1) NOT NULL DEFAULT 1,
  `all_released_grades` tinyint(1) NOT NULL DEFAULT 1,
  `all_released_grades_email` tinyint(1) NOT NULL DEFAULT 1,
  `all_gradeable_releases` tinyint(1) NOT NULL DEFAULT 1,
  `all_gradeable_releases_email` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE
);

CREATE TABLE `notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `component` varchar(255) NOT NULL,
  `metadata` text NOT NULL,
  `content` text NOT NULL,
  `from_user_id` varchar(255),
  `to_user_id` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `seen_at` datetime,
  `gradeable_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`from_user_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE,
  FOREIGN KEY (`to_user_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE
);

CREATE TABLE `peer_feedback` (
  `grader_id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `g_id` varchar(255) NOT NULL,
  `feedback` varchar(255),
  PRIMARY KEY (`g_id`, `grader_id`, `user_id`),
  FOREIGN KEY (`g_id`) REFERENCES `gradeable` (`g_id`) ON DELETE CASCADE,
  FOREIGN KEY (`grader_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE
);

CREATE TABLE `poll_responses` (
  `poll_id` int NOT NULL,
  `student_id` varchar(255) NOT NULL,
  `option_id` int NOT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`poll_id`) REFERENCES `polls` (`poll_id`),
  FOREIGN KEY (`student_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `polls` (
  `poll_id` int NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `question` text NOT NULL,
  `release_date` date NOT NULL,
  `image_path` text,
  `question_type` varchar(35) DEFAULT 'single-response-multiple-correct',
  `release_histogram` varchar(10) DEFAULT 'never',
  `release_answer` varchar(10) DEFAULT 'never',
  `duration` int DEFAULT 0,
  `end_time` datetime(6),
  `is_visible` tinyint(1) NOT NULL DEFAULT 0,
  `allows_custom` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`poll_id`)
);

CREATE TABLE `posts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `thread_id` int NOT NULL,
  `parent_id` int DEFAULT -1,
  `author_user_id` varchar(255) NOT NULL,
  `content` text NOT NULL,
  `timestamp` datetime NOT NULL,
  `anonymous` tinyint(1) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `endorsed_by` text,
  `type` int NOT NULL,
  `has_attachment` tinyint(1) NOT NULL,
  `render_markdown` tinyint(1) NOT NULL DEFAULT 0,
  `version_id` int DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`thread_id`) REFERENCES `threads` (`id`),
  FOREIGN KEY (`author_user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `queue` (
  `entry_id` int NOT NULL AUTO_INCREMENT,
  `current_state` text NOT NULL,
  `removal_type` text,
  `queue_code` text NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `time_in` datetime(6) NOT NULL,
  `time_out` datetime(6),
  `added_by` varchar(255) NOT NULL,
  `help_started_by` varchar(255),
  `removed_by` varchar(255),
  `contact_info` text,
  `last_time_in_queue` datetime(6),
  `time_help_start` datetime(6),
  `paused` tinyint(1) NOT NULL DEFAULT 0,
  `time_paused` int NOT NULL DEFAULT 0,
  `time_paused_start` datetime(6),
  `star_type` varchar(16) DEFAULT 'none',
  PRIMARY KEY (`entry_id`),
  FOREIGN KEY (`added_by`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`help_started_by`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`removed_by`) REFERENCES `users` (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);

CREATE TABLE `queue_settings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `open` tinyint(1) NOT NULL,
  `code` text NOT NULL,
  `token` text,
  `regex_pattern` text,
  `contact_information` tinyint(1) NOT NULL DEFAULT 1,
  `message` varchar(400) DEFAULT NULL,
  `message_sent_time` datetime(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `sections_registration` (
  `sections_registration_id` varchar(255) NOT NULL,
  `course_section_id` varchar(255) DEFAULT '',
  PRIMARY KEY (`sections_registration_id`)
);

CREATE TABLE `teams` (
  `team_id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `state` int NOT NULL,
  `last_viewed_time` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`team_id`, `user_id`),
  FOREIGN KEY (`team_id`) REFERENCES `gradeable_teams` (`team_id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON UPDATE CASCADE
);

CREATE TABLE `thread_categories` (
  `thread_id` int NOT NULL,
  `category_id` int NOT NULL,
  UNIQUE KEY `thread_and_category_unique` (`thread_id`, `category_id`),
  FOREIGN KEY (`thread_id`) REFERENCES `threads` (`id`),
  FOREIGN KEY (`category_id`) REFERENCES `categories_list` (`category_id`)
);

CREATE TABLE `threads` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` text NOT NULL,
  `created_by` text NOT NULL,
  `pinned` tinyint(1) NOT NULL DEFAULT 0,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `merged_thread_id` int DEFAULT -1,
  `merged_post_id` int DEFAULT -1,
  `is_visible` tinyint(1) NOT NULL,
  `status` int NOT NULL DEFAULT 0,
  `lock_thread_date` datetime(6),
  `pinned_expiration` datetime(6) NOT NULL DEFAULT '1900-01-01 00:00:00',
  `announced` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `viewed_responses` (
  `thread_id` int NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `timestamp` datetime NOT NULL,
  PRIMARY KEY (`thread_id`, `user_id`),
  FOREIGN KEY (`thread_id`) REFERENCES `threads` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`)
);


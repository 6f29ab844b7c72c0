-- Autolab (github.com/autolab/Autolab), Apache-2.0.
-- db/schema.rb at commit 9cc857f00ed80aed57193e0cf9743f99865cde42 (schema version 2024_04_06_174050),
-- Rails schema written as MySQL/MariaDB DDL: the whole schema (33 tables), indexes left out, upstream's two
-- foreign keys kept.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `active_storage_attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `blob_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `active_storage_blobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255),
  `metadata` text,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `service_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `active_storage_variant_records` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `blob_id` bigint NOT NULL,
  `variation_digest` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `annotations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `submission_id` int,
  `filename` varchar(255),
  `position` int,
  `line` int,
  `created_at` datetime,
  `updated_at` datetime,
  `submitted_by` varchar(255),
  `comment` text,
  `value` float,
  `problem_id` int,
  `coordinate` varchar(255),
  `shared_comment` tinyint(1) DEFAULT 0,
  `global_comment` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `announcements` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `description` text,
  `start_date` datetime,
  `end_date` datetime,
  `course_user_datum_id` int,
  `course_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `persistent` tinyint(1) NOT NULL DEFAULT 0,
  `system` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `assessment_user_data` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `course_user_datum_id` int NOT NULL,
  `assessment_id` int NOT NULL,
  `latest_submission_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `grade_type` int NOT NULL DEFAULT 0,
  `group_id` int,
  `membership_status` tinyint DEFAULT 0,
  `version_number` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `assessments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `due_at` datetime,
  `end_at` datetime,
  `start_at` datetime,
  `name` varchar(255),
  `description` text,
  `created_at` datetime,
  `updated_at` datetime,
  `course_id` int,
  `display_name` varchar(255),
  `handin_filename` varchar(255),
  `handin_directory` varchar(255),
  `max_grace_days` int DEFAULT 0,
  `handout` varchar(255),
  `writeup` varchar(255),
  `allow_unofficial` tinyint(1),
  `max_submissions` int DEFAULT -1,
  `disable_handins` tinyint(1),
  `exam` tinyint(1) DEFAULT 0,
  `max_size` int DEFAULT 2,
  `version_threshold` int,
  `late_penalty_id` int,
  `version_penalty_id` int,
  `quiz` tinyint(1) DEFAULT 0,
  `quizData` text,
  `remote_handin_path` varchar(255),
  `category_name` varchar(255),
  `group_size` int DEFAULT 1,
  `embedded_quiz_form_data` text,
  `embedded_quiz` tinyint(1),
  `github_submission_enabled` tinyint(1) DEFAULT 1,
  `allow_student_assign_group` tinyint(1) DEFAULT 1,
  `is_positive_grading` tinyint(1) DEFAULT 0,
  `disable_network` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `filename` varchar(255),
  `mime_type` varchar(255),
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `course_id` int,
  `assessment_id` int,
  `category_name` varchar(255) DEFAULT 'General',
  `release_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `slug` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `authentications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `provider` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `user_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `autograders` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `assessment_id` int,
  `autograde_timeout` int,
  `autograde_image` varchar(255),
  `release_score` tinyint(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `course_user_data` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `lecture` varchar(255),
  `section` varchar(255) DEFAULT '',
  `grade_policy` varchar(255) DEFAULT '',
  `course_id` int NOT NULL,
  `created_at` datetime,
  `updated_at` datetime,
  `instructor` tinyint(1) DEFAULT 0,
  `dropped` tinyint(1) DEFAULT 0,
  `nickname` varchar(255),
  `course_assistant` tinyint(1) DEFAULT 0,
  `tweak_id` int,
  `user_id` int NOT NULL,
  `course_number` varchar(255) DEFAULT '',
  PRIMARY KEY (`id`)
);

CREATE TABLE `courses` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `semester` varchar(255),
  `late_slack` int,
  `grace_days` int,
  `display_name` varchar(255),
  `start_date` date,
  `end_date` date,
  `disabled` tinyint(1) DEFAULT 0,
  `exam_in_progress` tinyint(1) DEFAULT 0,
  `version_threshold` int NOT NULL DEFAULT -1,
  `late_penalty_id` int,
  `version_penalty_id` int,
  `cgdub_dependencies_updated_at` datetime,
  `gb_message` text,
  `website` varchar(255),
  `access_code` varchar(255),
  `disable_on_end` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `extensions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `course_user_datum_id` int,
  `assessment_id` int,
  `days` int,
  `infinite` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `friendly_id_slugs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `slug` varchar(255) NOT NULL,
  `sluggable_id` int NOT NULL,
  `sluggable_type` varchar(50),
  `scope` varchar(255),
  `created_at` datetime,
  PRIMARY KEY (`id`)
);

CREATE TABLE `github_integrations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `oauth_state` varchar(255),
  `access_token_ciphertext` text,
  `user_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `lti_course_data` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `context_id` varchar(255),
  `course_id` int,
  `last_synced` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `membership_url` varchar(255),
  `platform` varchar(255),
  `auto_sync` tinyint(1) DEFAULT 0,
  `drop_missing_students` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `module_data` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `field_id` int,
  `data_id` int,
  `data` blob,
  PRIMARY KEY (`id`)
);

CREATE TABLE `module_fields` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_module_id` int,
  `name` varchar(255),
  `data_type` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `oauth_access_grants` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `resource_owner_id` int NOT NULL,
  `application_id` int NOT NULL,
  `token` varchar(255) NOT NULL,
  `expires_in` int NOT NULL,
  `redirect_uri` text NOT NULL,
  `created_at` datetime NOT NULL,
  `revoked_at` datetime,
  `scopes` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `oauth_access_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `resource_owner_id` int,
  `application_id` int,
  `token` varchar(255) NOT NULL,
  `refresh_token` varchar(255),
  `expires_in` int,
  `revoked_at` datetime,
  `created_at` datetime NOT NULL,
  `scopes` varchar(255),
  `previous_refresh_token` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
);

CREATE TABLE `oauth_applications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `redirect_uri` text NOT NULL,
  `scopes` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `confidential` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `oauth_device_flow_requests` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `application_id` int NOT NULL,
  `scopes` varchar(255) NOT NULL DEFAULT '',
  `device_code` varchar(255) NOT NULL,
  `user_code` varchar(255) NOT NULL,
  `requested_at` datetime NOT NULL,
  `resolution` int NOT NULL DEFAULT 0,
  `resolved_at` datetime,
  `resource_owner_id` int,
  `access_code` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `problems` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` text,
  `assessment_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `max_score` float DEFAULT 0.0,
  `optional` tinyint(1) DEFAULT 0,
  `starred` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `risk_conditions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `condition_type` int,
  `parameters` text,
  `version` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `course_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `scheduler` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `action` varchar(255),
  `next` datetime,
  `interval` int,
  `course_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `until` datetime DEFAULT CURRENT_TIMESTAMP,
  `disabled` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `score_adjustments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `kind` int NOT NULL,
  `value` float NOT NULL,
  `type` varchar(255) NOT NULL DEFAULT 'Tweak',
  PRIMARY KEY (`id`)
);

CREATE TABLE `scoreboards` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `assessment_id` int,
  `banner` text,
  `colspec` text,
  `include_instructors` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `scores` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `submission_id` int,
  `score` float,
  `feedback` mediumtext,
  `problem_id` int,
  `created_at` datetime,
  `updated_at` datetime,
  `released` tinyint(1) DEFAULT 0,
  `grader_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `submissions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` int,
  `course_user_datum_id` int,
  `assessment_id` int,
  `filename` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `notes` varchar(255) DEFAULT '',
  `mime_type` varchar(255),
  `special_type` int DEFAULT 0,
  `submitted_by_id` int,
  `autoresult` text,
  `detected_mime_type` varchar(255),
  `submitter_ip` varchar(40),
  `tweak_id` int,
  `ignored` tinyint(1) NOT NULL DEFAULT 0,
  `dave` varchar(255),
  `embedded_quiz_form_answer` text,
  `submitted_by_app_id` int,
  `group_key` varchar(255) DEFAULT '',
  `jobid` int,
  `missing_problems` text,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `first_name` varchar(255) NOT NULL DEFAULT '',
  `last_name` varchar(255) NOT NULL DEFAULT '',
  `administrator` tinyint(1) NOT NULL DEFAULT 0,
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `school` varchar(255),
  `major` varchar(255),
  `year` varchar(255),
  `hover_assessment_date` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `watchlist_configurations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `category_blocklist` json,
  `assessment_blocklist` json,
  `course_id` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `allow_ca` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `watchlist_instances` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `course_user_datum_id` int,
  `course_id` int,
  `risk_condition_id` int,
  `status` int DEFAULT 0,
  `archived` tinyint(1) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `violation_info` json,
  PRIMARY KEY (`id`)
);


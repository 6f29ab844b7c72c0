-- PrairieLearn (Community Edition), github.com/PrairieLearn/PrairieLearn commit 88fb8556a7a1768e2082736be9095241b11238d7,
-- database/tables/*.pg and database/enums/*.pg (upstream's human-readable description of the PostgreSQL schema that the
-- migrations in apps/prairielearn/src/migrations/ build; columns in the order those files list them). PostgreSQL written
-- as MySQL. AGPL-3.0 (parts MIT).

CREATE TABLE `authn_providers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `institutions` (
  `course_instance_enrollment_limit` INT NOT NULL,
  `default_authn_provider_id` BIGINT NULL,
  `display_timezone` TEXT NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `long_name` VARCHAR(255) NOT NULL,
  `short_name` VARCHAR(255) NOT NULL,
  `uid_regexp` TEXT NULL,
  `yearly_enrollment_limit` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `institutions_long_name_key` (`long_name`),
  UNIQUE KEY `institutions_short_name_key` (`short_name`),
  CONSTRAINT `institutions_default_authn_provider_id_fkey` FOREIGN KEY (`default_authn_provider_id`) REFERENCES `authn_providers` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `institution_authn_providers` (
  `authn_provider_id` BIGINT NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `institution_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `institution_authn_providers_institution_id_authn_provider_i_key` (`institution_id`, `authn_provider_id`),
  CONSTRAINT `institution_authn_providers_authn_provider_id_fkey` FOREIGN KEY (`authn_provider_id`) REFERENCES `authn_providers` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `institution_authn_providers_institution_id_fkey` FOREIGN KEY (`institution_id`) REFERENCES `institutions` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `saml_providers` (
  `certificate` TEXT NOT NULL,
  `email_attribute` TEXT NULL,
  `family_name_attribute` TEXT NULL,
  `given_name_attribute` TEXT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `institution_id` BIGINT NOT NULL,
  `issuer` TEXT NOT NULL,
  `name_attribute` TEXT NULL,
  `private_key` TEXT NOT NULL,
  `public_key` TEXT NOT NULL,
  `sso_login_url` TEXT NOT NULL,
  `uid_attribute` TEXT NULL,
  `uin_attribute` TEXT NULL,
  `validate_audience` TINYINT(1) NOT NULL,
  `want_assertions_signed` TINYINT(1) NOT NULL,
  `want_authn_response_signed` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `saml_providers_institution_id_key` (`institution_id`),
  CONSTRAINT `saml_providers_institution_id_fkey` FOREIGN KEY (`institution_id`) REFERENCES `institutions` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti13_instances` (
  `access_token_expires_at` DATETIME(6) NULL,
  `access_tokenset` JSON NULL,
  `client_params` JSON NULL,
  `created_at` DATETIME(6) NOT NULL,
  `custom_fields` JSON NULL,
  `deleted_at` DATETIME(6) NULL,
  `email_attribute` TEXT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `institution_id` BIGINT NOT NULL,
  `issuer_params` JSON NULL,
  `keystore` JSON NULL,
  `name` TEXT NOT NULL,
  `name_attribute` TEXT NULL,
  `platform` TEXT NOT NULL,
  `require_linked_lti_user` TINYINT(1) NULL,
  `roster_sync_allowed` TINYINT(1) NOT NULL,
  `tool_platform_name` TEXT NULL,
  `uid_attribute` TEXT NULL,
  `uin_attribute` TEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `lti13_instances_institution_id_fkey` FOREIGN KEY (`institution_id`) REFERENCES `institutions` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `courses` (
  `ai_grading_free_credit_redemptions_used` INT NOT NULL,
  `announcement_color` TEXT NULL,
  `announcement_html` TEXT NULL,
  `branch` TEXT NOT NULL,
  `commit_hash` TEXT NULL,
  `course_instance_enrollment_limit` INT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `deleted_at` DATETIME(6) NULL,
  `display_timezone` TEXT NOT NULL,
  `draft_number` INT NOT NULL,
  `example_course` TINYINT(1) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `institution_id` BIGINT NOT NULL,
  `json_comment` JSON NULL,
  `options` JSON NOT NULL,
  `path` TEXT NOT NULL,
  `questions_receive_user_data` TINYINT(1) NOT NULL,
  `repository` TEXT NULL,
  `sharing_name` VARCHAR(255) NULL,
  `sharing_token` VARCHAR(255) NOT NULL,
  `short_name` TEXT NULL,
  `show_getting_started` TINYINT(1) NOT NULL,
  `sync_errors` TEXT NULL,
  `sync_job_sequence_id` BIGINT NULL,
  `sync_warnings` TEXT NULL,
  `template_course` TINYINT(1) NOT NULL,
  `title` TEXT NULL,
  `yearly_enrollment_limit` INT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `courses_sharing_name_key` (`sharing_name`),
  UNIQUE KEY `courses_sharing_token_key` (`sharing_token`),
  CONSTRAINT `courses_institution_id_fkey` FOREIGN KEY (`institution_id`) REFERENCES `institutions` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_instances` (
  `ai_grading_use_custom_api_keys` TINYINT(1) NOT NULL,
  `assessments_group_by` ENUM('Set', 'Module') NOT NULL,
  `course_id` BIGINT NOT NULL,
  `credit_non_transferable_milli_dollars` BIGINT NOT NULL,
  `credit_transferable_milli_dollars` BIGINT NOT NULL,
  `deleted_at` DATETIME(6) NULL,
  `display_timezone` TEXT NOT NULL,
  `enrollment_code` VARCHAR(255) NOT NULL,
  `enrollment_limit` INT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `json_comment` JSON NULL,
  `long_name` TEXT NULL,
  `modern_publishing` TINYINT(1) NOT NULL,
  `publishing_end_date` DATETIME(6) NULL,
  `publishing_start_date` DATETIME(6) NULL,
  `self_enrollment_enabled` TINYINT(1) NULL,
  `self_enrollment_enabled_before_date` DATETIME(6) NULL,
  `self_enrollment_restrict_to_institution` TINYINT(1) NULL,
  `self_enrollment_use_enrollment_code` TINYINT(1) NULL,
  `share_source_publicly` TINYINT(1) NOT NULL,
  `short_name` TEXT NOT NULL,
  `sync_errors` TEXT NULL,
  `sync_job_sequence_id` BIGINT NULL,
  `sync_warnings` TEXT NULL,
  `uuid` CHAR(36) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `course_instances_course_id_uuid_key` (`course_id`, `uuid`),
  UNIQUE KEY `course_instances_enrollment_code_key` (`enrollment_code`),
  CONSTRAINT `course_instances_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assessment_sets` (
  `abbreviation` TEXT NOT NULL,
  `color` TEXT NOT NULL,
  `course_id` BIGINT NOT NULL,
  `heading` TEXT NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `implicit` TINYINT(1) NOT NULL,
  `json_comment` JSON NULL,
  `name` VARCHAR(255) NOT NULL,
  `number` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `assessment_sets_course_id_name_key` (`course_id`, `name`),
  CONSTRAINT `assessment_sets_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `topics` (
  `color` TEXT NOT NULL,
  `course_id` BIGINT NOT NULL,
  `description` TEXT NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `implicit` TINYINT(1) NOT NULL,
  `json_comment` JSON NULL,
  `name` VARCHAR(255) NOT NULL,
  `number` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `topics_course_id_name_key` (`course_id`, `name`),
  CONSTRAINT `topics_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assessments` (
  `advance_score_perc` DOUBLE NULL,
  `allow_issue_reporting` TINYINT(1) NULL,
  `allow_personal_notes` TINYINT(1) NOT NULL,
  `assessment_module_id` BIGINT NULL,
  `assessment_set_id` BIGINT NULL,
  `auto_close` TINYINT(1) NULL,
  `config` JSON NULL,
  `constant_question_value` TINYINT(1) NULL,
  `course_instance_id` BIGINT NOT NULL,
  `deleted_at` DATETIME(6) NULL,
  `duration_stat_hist` JSON NOT NULL,
  `duration_stat_max` VARCHAR(64) NOT NULL,
  `duration_stat_mean` VARCHAR(64) NOT NULL,
  `duration_stat_median` VARCHAR(64) NOT NULL,
  `duration_stat_min` VARCHAR(64) NOT NULL,
  `duration_stat_thresholds` JSON NOT NULL,
  `honor_code` TEXT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `json_allow_real_time_grading` TINYINT(1) NULL,
  `json_can_submit` JSON NULL,
  `json_can_view` JSON NULL,
  `json_comment` JSON NULL,
  `json_grade_rate_minutes` DOUBLE NULL,
  `max_bonus_points` DOUBLE NULL,
  `max_points` DOUBLE NULL,
  `modern_access_control` TINYINT(1) NOT NULL,
  `multiple_instance` TINYINT(1) NOT NULL,
  `number` TEXT NOT NULL,
  `obj` JSON NULL,
  `order_by` INT NULL,
  `require_honor_code` TINYINT(1) NULL,
  `score_stat_hist` JSON NOT NULL,
  `score_stat_max` DOUBLE NOT NULL,
  `score_stat_mean` DOUBLE NOT NULL,
  `score_stat_median` DOUBLE NOT NULL,
  `score_stat_min` DOUBLE NOT NULL,
  `score_stat_n_hundred` INT NOT NULL,
  `score_stat_n_hundred_perc` DOUBLE NOT NULL,
  `score_stat_n_zero` INT NOT NULL,
  `score_stat_n_zero_perc` DOUBLE NOT NULL,
  `score_stat_number` INT NOT NULL,
  `score_stat_std` DOUBLE NOT NULL,
  `share_source_publicly` TINYINT(1) NOT NULL,
  `show_question_titles` TINYINT(1) NOT NULL,
  `shuffle_questions` TINYINT(1) NULL,
  `statistics_last_updated_at` DATETIME(6) NOT NULL,
  `stats_last_updated` DATETIME(6) NULL,
  `sync_errors` TEXT NULL,
  `sync_job_sequence_id` BIGINT NULL,
  `sync_warnings` TEXT NULL,
  `team_work` TINYINT(1) NOT NULL,
  `text` TEXT NULL,
  `tid` TEXT NULL,
  `title` TEXT NULL,
  `type` ENUM('Exam', 'RetryExam', 'Basic', 'Game', 'Homework') NOT NULL,
  `uuid` CHAR(36) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `assessments_course_instance_id_uuid_key` (`course_instance_id`, `uuid`),
  CONSTRAINT `assessments_assessment_set_id_fkey` FOREIGN KEY (`assessment_set_id`) REFERENCES `assessment_sets` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `assessments_course_instance_id_fkey` FOREIGN KEY (`course_instance_id`) REFERENCES `course_instances` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `email` VARCHAR(255) NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `institution_id` BIGINT NOT NULL,
  `lti_context_id` TEXT NULL,
  `lti_course_instance_id` BIGINT NULL,
  `lti_user_id` TEXT NULL,
  `name` TEXT NULL,
  `stripe_customer_id` TEXT NULL,
  `terms_accepted_at` DATETIME(6) NULL,
  `uid` VARCHAR(255) NOT NULL,
  `uin` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_uid_key` (`uid`),
  UNIQUE KEY `users_uin_institution_id_key` (`uin`, `institution_id`),
  CONSTRAINT `users_institution_id_fkey` FOREIGN KEY (`institution_id`) REFERENCES `institutions` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `users_lti_course_instance_id_fkey` FOREIGN KEY (`lti_course_instance_id`) REFERENCES `course_instances` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `administrators` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `administrators_user_id_key` (`user_id`),
  CONSTRAINT `administrators_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `institution_administrators` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `institution_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `institution_administrators_user_id_institution_id_key` (`user_id`, `institution_id`),
  CONSTRAINT `institution_administrators_institution_id_fkey` FOREIGN KEY (`institution_id`) REFERENCES `institutions` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `institution_administrators_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_permissions` (
  `course_id` BIGINT NOT NULL,
  `course_role` ENUM('None', 'Previewer', 'Viewer', 'Editor', 'Owner') NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `course_permissions_user_id_course_id_key` (`user_id`, `course_id`),
  CONSTRAINT `course_permissions_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `course_permissions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_instance_permissions` (
  `course_instance_id` BIGINT NOT NULL,
  `course_instance_role` ENUM('None', 'Student Data Viewer', 'Student Data Editor') NULL,
  `course_permission_id` BIGINT NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `course_instance_permissions_course_permission_id_course_ins_key` (`course_permission_id`, `course_instance_id`),
  CONSTRAINT `course_instance_permissions_course_instance_id_fkey` FOREIGN KEY (`course_instance_id`) REFERENCES `course_instances` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `course_instance_permissions_course_permission_id_fkey` FOREIGN KEY (`course_permission_id`) REFERENCES `course_permissions` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enrollments` (
  `course_instance_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NULL,
  `first_joined_at` DATETIME(6) NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `is_guest` TINYINT(1) NOT NULL,
  `pending_email` TEXT NULL,
  `pending_lti13_course_instance_id` BIGINT NULL,
  `pending_lti13_sub` VARCHAR(255) NULL,
  `pending_name` TEXT NULL,
  `pending_uid` VARCHAR(255) NULL,
  `pending_uin` VARCHAR(255) NULL,
  `status` ENUM('invited', 'joined', 'left', 'removed', 'rejected', 'blocked', 'lti13_pending') NOT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `enrollments_course_instance_id_pending_uin_key` (`course_instance_id`, `pending_uin`),
  UNIQUE KEY `enrollments_pending_lti13_ciid_sub_course_instance_id_key` (`pending_lti13_course_instance_id`, `pending_lti13_sub`, `course_instance_id`),
  UNIQUE KEY `enrollments_pending_uid_course_instance_id_key` (`pending_uid`, `course_instance_id`),
  UNIQUE KEY `enrollments_user_id_course_instance_id_key` (`user_id`, `course_instance_id`),
  CONSTRAINT `enrollments_course_instance_id_fkey` FOREIGN KEY (`course_instance_id`) REFERENCES `course_instances` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `enrollments_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `student_labels` (
  `color` TEXT NOT NULL,
  `course_instance_id` BIGINT NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `student_labels_course_instance_id_name_key` (`course_instance_id`, `name`),
  UNIQUE KEY `student_labels_course_instance_id_uuid_key` (`course_instance_id`, `uuid`),
  CONSTRAINT `student_labels_course_instance_id_fkey` FOREIGN KEY (`course_instance_id`) REFERENCES `course_instances` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `student_label_enrollments` (
  `enrollment_id` BIGINT NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `student_label_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `student_label_enrollments_enrollment_id_student_label_id_key` (`enrollment_id`, `student_label_id`),
  CONSTRAINT `student_label_enrollments_enrollment_id_fkey` FOREIGN KEY (`enrollment_id`) REFERENCES `enrollments` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `student_label_enrollments_student_label_id_fkey` FOREIGN KEY (`student_label_id`) REFERENCES `student_labels` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti13_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `lti13_instance_id` BIGINT NOT NULL,
  `sub` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lti13_users_lti13_instance_id_sub_key` (`lti13_instance_id`, `sub`),
  UNIQUE KEY `lti13_users_user_id_lti13_instance_id_key` (`user_id`, `lti13_instance_id`),
  CONSTRAINT `lti13_users_lti13_instance_id_fkey` FOREIGN KEY (`lti13_instance_id`) REFERENCES `lti13_instances` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `lti13_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_credentials` (
  `consumer_key` TEXT NULL,
  `course_instance_id` BIGINT NULL,
  `created_at` DATETIME(6) NULL,
  `deleted_at` DATETIME(6) NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `secret` TEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `lti_credentials_course_instance_id_fkey` FOREIGN KEY (`course_instance_id`) REFERENCES `course_instances` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_outcomes` (
  `assessment_id` BIGINT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `lis_outcome_service_url` TEXT NULL,
  `lis_result_sourcedid` TEXT NULL,
  `lti_credential_id` BIGINT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lti_outcomes_user_id_assessment_id_key` (`user_id`, `assessment_id`),
  CONSTRAINT `lti_outcomes_assessment_id_fkey` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `lti_outcomes_lti_credential_id_fkey` FOREIGN KEY (`lti_credential_id`) REFERENCES `lti_credentials` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `lti_outcomes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `course_instance_id` BIGINT NOT NULL,
  `date` DATETIME(6) NULL,
  `deleted_at` DATETIME(6) NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `join_code` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `team_config_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `teams_course_instance_id_fkey` FOREIGN KEY (`course_instance_id`) REFERENCES `course_instances` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_users` (
  `team_config_id` BIGINT NOT NULL,
  `team_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`team_id`, `user_id`),
  UNIQUE KEY `team_users_user_id_team_config_id_key` (`user_id`, `team_config_id`),
  CONSTRAINT `team_users_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `team_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_logs` (
  `action` TEXT NULL,
  `authn_user_id` BIGINT NULL,
  `date` DATETIME(6) NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `roles` JSON NULL,
  `team_id` BIGINT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_sessions` (
  `created_at` DATETIME(6) NOT NULL,
  `data` JSON NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `revoked_at` DATETIME(6) NULL,
  `session_id` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_sessions_session_id_key` (`session_id`),
  CONSTRAINT `user_sessions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_fingerprints` (
  `accept_language` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ip_address` VARCHAR(49) NOT NULL,
  `user_agent` VARCHAR(255) NULL,
  `user_id` BIGINT NULL,
  `user_session_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_fingerprints_user_id_user_session_id_ip_address_user_key` (`user_id`, `user_session_id`, `ip_address`, `user_agent`, `accept_language`),
  CONSTRAINT `client_fingerprints_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `client_fingerprints_user_session_id_fkey` FOREIGN KEY (`user_session_id`) REFERENCES `user_sessions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assessment_instances` (
  `assessment_id` BIGINT NOT NULL,
  `auth_user_id` BIGINT NULL,
  `auto_close` TINYINT(1) NULL,
  `client_fingerprint_id_change_count` INT NOT NULL,
  `closed_at` DATETIME(6) NULL,
  `date` DATETIME(6) NULL,
  `date_limit` DATETIME(6) NULL,
  `duration` VARCHAR(64) NULL,
  `grading_needed` TINYINT(1) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `include_in_statistics` TINYINT(1) NOT NULL,
  `last_client_fingerprint_id` BIGINT NULL,
  `max_bonus_points` DOUBLE NULL,
  `max_points` DOUBLE NULL,
  `mode` ENUM('Public', 'Exam', 'SEB') NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `number` INT NOT NULL,
  `open` TINYINT(1) NULL,
  `points` DOUBLE NULL,
  `score_perc` DOUBLE NULL,
  `score_perc_pending` DOUBLE NOT NULL,
  `team_id` BIGINT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `assessment_instances_assessment_id_team_id_number_key` (`assessment_id`, `team_id`, `number`),
  UNIQUE KEY `assessment_instances_assessment_id_user_id_number_key` (`assessment_id`, `user_id`, `number`),
  CONSTRAINT `assessment_instances_assessment_id_fkey` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `assessment_instances_auth_user_id_fkey` FOREIGN KEY (`auth_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `assessment_instances_last_client_fingerprint_id_fkey` FOREIGN KEY (`last_client_fingerprint_id`) REFERENCES `client_fingerprints` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `assessment_instances_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `assessment_instances_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instance_questions` (
  `ai_instance_question_group_id` BIGINT NULL,
  `assessment_instance_id` BIGINT NOT NULL,
  `assessment_question_id` BIGINT NOT NULL,
  `assigned_grader` BIGINT NULL,
  `authn_user_id` BIGINT NULL,
  `auto_points` DOUBLE NULL,
  `average_submission_score` DOUBLE NULL,
  `created_at` DATETIME(6) NULL,
  `current_value` DOUBLE NULL,
  `duration` VARCHAR(64) NULL,
  `first_duration` VARCHAR(64) NULL,
  `first_submission_score` DOUBLE NULL,
  `highest_submission_score` DOUBLE NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `incremental_submission_points_array` JSON NULL,
  `incremental_submission_score_array` JSON NULL,
  `is_ai_graded` TINYINT(1) NOT NULL,
  `last_grader` BIGINT NULL,
  `last_submission_score` DOUBLE NULL,
  `manual_instance_question_group_id` BIGINT NULL,
  `manual_points` DOUBLE NULL,
  `max_submission_score` DOUBLE NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `number` INT NULL,
  `number_attempts` INT NOT NULL,
  `open` TINYINT(1) NULL,
  `order_by` INT NULL,
  `points` DOUBLE NULL,
  `points_list` JSON NULL,
  `points_list_original` JSON NULL,
  `requires_manual_grading` TINYINT(1) NOT NULL,
  `score_perc` DOUBLE NULL,
  `some_nonzero_submission` TINYINT(1) NULL,
  `some_perfect_submission` TINYINT(1) NULL,
  `some_submission` TINYINT(1) NULL,
  `status` ENUM('complete', 'unanswered', 'saved', 'correct', 'incorrect', 'grading', 'invalid') NULL,
  `submission_score_array` JSON NULL,
  `used_for_grade` TINYINT(1) NULL,
  `variants_points_list` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `instance_questions_assessment_question_id_assessment_instan_key` (`assessment_question_id`, `assessment_instance_id`),
  CONSTRAINT `instance_questions_assessment_instance_id_fkey` FOREIGN KEY (`assessment_instance_id`) REFERENCES `assessment_instances` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `instance_questions_assigned_grader_fkey` FOREIGN KEY (`assigned_grader`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `instance_questions_authn_user_id_fkey` FOREIGN KEY (`authn_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `instance_questions_last_grader_fkey` FOREIGN KEY (`last_grader`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `variants` (
  `authn_user_id` BIGINT NOT NULL,
  `broken` TINYINT(1) NULL,
  `broken_at` DATETIME(6) NULL,
  `broken_by` BIGINT NULL,
  `client_fingerprint_id` BIGINT NULL,
  `course_id` BIGINT NOT NULL,
  `course_instance_id` BIGINT NULL,
  `date` DATETIME(6) NULL,
  `duration` VARCHAR(64) NULL,
  `first_duration` VARCHAR(64) NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `instance_question_id` BIGINT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `num_tries` INT NOT NULL,
  `number` INT NULL,
  `open` TINYINT(1) NULL,
  `options` JSON NULL,
  `params` JSON NULL,
  `preferences` JSON NOT NULL,
  `question_id` BIGINT NOT NULL,
  `team_id` BIGINT NULL,
  `true_answer` JSON NULL,
  `user_id` BIGINT NULL,
  `variant_seed` TEXT NOT NULL,
  `workspace_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `variants_instance_question_id_number_key` (`instance_question_id`, `number`),
  CONSTRAINT `variants_authn_user_id_fkey` FOREIGN KEY (`authn_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `variants_broken_by_fkey` FOREIGN KEY (`broken_by`) REFERENCES `users` (`id`),
  CONSTRAINT `variants_client_fingerprint_id_fkey` FOREIGN KEY (`client_fingerprint_id`) REFERENCES `client_fingerprints` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `variants_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `variants_course_instance_id_fkey` FOREIGN KEY (`course_instance_id`) REFERENCES `course_instances` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `variants_instance_question_id_fkey` FOREIGN KEY (`instance_question_id`) REFERENCES `instance_questions` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `variants_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `variants_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rubrics` (
  `created_at` DATETIME(6) NOT NULL,
  `deleted_at` DATETIME(6) NULL,
  `grader_guidelines` TEXT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `max_extra_points` DOUBLE NOT NULL,
  `min_points` DOUBLE NOT NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `replace_auto_points` TINYINT(1) NOT NULL,
  `starting_points` DOUBLE NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rubric_gradings` (
  `adjust_points` DOUBLE NOT NULL,
  `computed_points` DOUBLE NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `max_extra_points` DOUBLE NOT NULL,
  `min_points` DOUBLE NOT NULL,
  `rubric_id` BIGINT NOT NULL,
  `starting_points` DOUBLE NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `rubric_gradings_rubric_id_fkey` FOREIGN KEY (`rubric_id`) REFERENCES `rubrics` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submissions` (
  `auth_user_id` BIGINT NULL,
  `broken` TINYINT(1) NULL,
  `client_fingerprint_id` BIGINT NULL,
  `correct` TINYINT(1) NULL,
  `credit` INT NULL,
  `date` DATETIME(6) NULL,
  `duration` VARCHAR(64) NULL,
  `feedback` JSON NULL,
  `format_errors` JSON NULL,
  `gradable` TINYINT(1) NULL,
  `graded_at` DATETIME(6) NULL,
  `grading_requested_at` DATETIME(6) NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `is_ai_graded` TINYINT(1) NOT NULL,
  `manual_rubric_grading_id` BIGINT NULL,
  `mode` ENUM('Public', 'Exam', 'SEB') NULL,
  `modified_at` DATETIME(6) NOT NULL,
  `override_score` DOUBLE NULL,
  `params` JSON NULL,
  `partial_scores` JSON NULL,
  `raw_submitted_answer` JSON NULL,
  `regradable` TINYINT(1) NULL,
  `score` DOUBLE NULL,
  `submitted_answer` JSON NULL,
  `true_answer` JSON NULL,
  `v2_score` DOUBLE NULL,
  `variant_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `submissions_auth_user_id_fkey` FOREIGN KEY (`auth_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `submissions_client_fingerprint_id_fkey` FOREIGN KEY (`client_fingerprint_id`) REFERENCES `client_fingerprints` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `submissions_manual_rubric_grading_id_fkey` FOREIGN KEY (`manual_rubric_grading_id`) REFERENCES `rubric_gradings` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `submissions_variant_id_fkey` FOREIGN KEY (`variant_id`) REFERENCES `variants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grading_jobs` (
  `auth_user_id` BIGINT NULL,
  `auto_points` DOUBLE NULL,
  `correct` TINYINT(1) NULL,
  `date` DATETIME(6) NULL,
  `deleted_at` DATETIME(6) NULL,
  `deleted_by` BIGINT NULL,
  `feedback` JSON NULL,
  `gradable` TINYINT(1) NULL,
  `graded_at` DATETIME(6) NULL,
  `graded_by` BIGINT NULL,
  `grading_finished_at` DATETIME(6) NULL,
  `grading_method` ENUM('Internal', 'External', 'Manual', 'AI') NULL,
  `grading_received_at` DATETIME(6) NULL,
  `grading_request_canceled_at` DATETIME(6) NULL,
  `grading_request_canceled_by` BIGINT NULL,
  `grading_requested_at` DATETIME(6) NULL,
  `grading_started_at` DATETIME(6) NULL,
  `grading_submitted_at` DATETIME(6) NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `manual_points` DOUBLE NULL,
  `manual_rubric_grading_id` BIGINT NULL,
  `output` TEXT NULL,
  `partial_scores` JSON NULL,
  `s3_bucket` TEXT NULL,
  `s3_root_key` TEXT NULL,
  `score` DOUBLE NULL,
  `submission_id` BIGINT NOT NULL,
  `v2_score` DOUBLE NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `grading_jobs_auth_user_id_fkey` FOREIGN KEY (`auth_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `grading_jobs_deleted_by_fkey` FOREIGN KEY (`deleted_by`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `grading_jobs_graded_by_fkey` FOREIGN KEY (`graded_by`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `grading_jobs_grading_request_canceled_by_fkey` FOREIGN KEY (`grading_request_canceled_by`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `grading_jobs_manual_rubric_grading_id_fkey` FOREIGN KEY (`manual_rubric_grading_id`) REFERENCES `rubric_gradings` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `grading_jobs_submission_id_fkey` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rubric_items` (
  `always_show_to_students` TINYINT(1) NOT NULL,
  `deleted_at` DATETIME(6) NULL,
  `description` VARCHAR(100) NOT NULL,
  `explanation` TEXT NULL,
  `grader_note` TEXT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key_binding` VARCHAR(30) NULL,
  `number` INT NOT NULL,
  `points` DOUBLE NOT NULL,
  `rubric_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `rubric_items_rubric_id_fkey` FOREIGN KEY (`rubric_id`) REFERENCES `rubrics` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rubric_grading_items` (
  `description` VARCHAR(100) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `points` DOUBLE NOT NULL,
  `rubric_grading_id` BIGINT NOT NULL,
  `rubric_item_id` BIGINT NOT NULL,
  `score` DOUBLE NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rubric_grading_items_rubric_grading_id_rubric_item_id_key` (`rubric_grading_id`, `rubric_item_id`),
  CONSTRAINT `rubric_grading_items_rubric_grading_id_fkey` FOREIGN KEY (`rubric_grading_id`) REFERENCES `rubric_gradings` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `rubric_grading_items_rubric_item_id_fkey` FOREIGN KEY (`rubric_item_id`) REFERENCES `rubric_items` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assessment_score_logs` (
  `assessment_instance_id` BIGINT NOT NULL,
  `auth_user_id` BIGINT NULL,
  `date` DATETIME(6) NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `max_points` DOUBLE NULL,
  `points` DOUBLE NULL,
  `score_perc` DOUBLE NULL,
  `score_perc_pending` DOUBLE NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `assessment_score_logs_assessment_instance_id_fkey` FOREIGN KEY (`assessment_instance_id`) REFERENCES `assessment_instances` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `assessment_score_logs_auth_user_id_fkey` FOREIGN KEY (`auth_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assessment_state_logs` (
  `assessment_instance_id` BIGINT NOT NULL,
  `auth_user_id` BIGINT NULL,
  `client_fingerprint_id` BIGINT NULL,
  `date` DATETIME(6) NULL,
  `date_limit` DATETIME(6) NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `open` TINYINT(1) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `assessment_state_logs_assessment_instance_id_fkey` FOREIGN KEY (`assessment_instance_id`) REFERENCES `assessment_instances` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `assessment_state_logs_auth_user_id_fkey` FOREIGN KEY (`auth_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `assessment_state_logs_client_fingerprint_id_fkey` FOREIGN KEY (`client_fingerprint_id`) REFERENCES `client_fingerprints` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `question_score_logs` (
  `auth_user_id` BIGINT NULL,
  `auto_points` DOUBLE NULL,
  `date` DATETIME(6) NULL,
  `grading_job_id` BIGINT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `instance_question_id` BIGINT NOT NULL,
  `manual_points` DOUBLE NULL,
  `max_auto_points` DOUBLE NULL,
  `max_manual_points` DOUBLE NULL,
  `max_points` DOUBLE NULL,
  `points` DOUBLE NULL,
  `score_perc` DOUBLE NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `question_score_logs_auth_user_id_fkey` FOREIGN KEY (`auth_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `question_score_logs_grading_job_id_fkey` FOREIGN KEY (`grading_job_id`) REFERENCES `grading_jobs` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `question_score_logs_instance_question_id_fkey` FOREIGN KEY (`instance_question_id`) REFERENCES `instance_questions` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_logs` (
  `action` TEXT NULL,
  `authn_user_id` BIGINT NULL,
  `column_name` TEXT NULL,
  `course_id` BIGINT NULL,
  `course_instance_id` BIGINT NULL,
  `date` DATETIME(6) NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `institution_id` BIGINT NULL,
  `new_state` JSON NULL,
  `old_state` JSON NULL,
  `parameters` JSON NULL,
  `row_id` BIGINT NULL,
  `table_name` TEXT NULL,
  `team_id` BIGINT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_events` (
  `action` ENUM('insert', 'update', 'delete') NOT NULL,
  `action_detail` TEXT NULL,
  `agent_authn_user_id` BIGINT NULL,
  `agent_user_id` BIGINT NULL,
  `assessment_id` BIGINT NULL,
  `assessment_instance_id` BIGINT NULL,
  `assessment_question_id` BIGINT NULL,
  `context` JSON NOT NULL,
  `course_id` BIGINT NULL,
  `course_instance_id` BIGINT NULL,
  `date` DATETIME(6) NULL,
  `enrollment_id` BIGINT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `institution_id` BIGINT NULL,
  `new_row` JSON NULL,
  `old_row` JSON NULL,
  `row_id` BIGINT NOT NULL,
  `subject_user_id` BIGINT NULL,
  `table_name` TEXT NOT NULL,
  `team_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `audit_events_agent_authn_user_id_fkey` FOREIGN KEY (`agent_authn_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `audit_events_agent_user_id_fkey` FOREIGN KEY (`agent_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `audit_events_assessment_id_fkey` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `audit_events_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `audit_events_course_instance_id_fkey` FOREIGN KEY (`course_instance_id`) REFERENCES `course_instances` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `audit_events_enrollment_id_fkey` FOREIGN KEY (`enrollment_id`) REFERENCES `enrollments` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `audit_events_institution_id_fkey` FOREIGN KEY (`institution_id`) REFERENCES `institutions` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `audit_events_subject_user_id_fkey` FOREIGN KEY (`subject_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `audit_events_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `page_view_logs` (
  `assessment_id` BIGINT NULL,
  `assessment_instance_id` BIGINT NULL,
  `authn_user_id` BIGINT NOT NULL,
  `client_fingerprint_id` BIGINT NULL,
  `course_instance_id` BIGINT NULL,
  `date` DATETIME(6) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `page_type` TEXT NULL,
  `path` TEXT NULL,
  `question_id` BIGINT NULL,
  `user_id` BIGINT NOT NULL,
  `variant_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `page_view_logs_assessment_id_fkey` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `page_view_logs_assessment_instance_id_fkey` FOREIGN KEY (`assessment_instance_id`) REFERENCES `assessment_instances` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `page_view_logs_authn_user_id_fkey` FOREIGN KEY (`authn_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `page_view_logs_client_fingerprint_id_fkey` FOREIGN KEY (`client_fingerprint_id`) REFERENCES `client_fingerprints` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `page_view_logs_course_instance_id_fkey` FOREIGN KEY (`course_instance_id`) REFERENCES `course_instances` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `page_view_logs_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `page_view_logs_variant_id_fkey` FOREIGN KEY (`variant_id`) REFERENCES `variants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `last_accesses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `last_access` DATETIME(6) NULL,
  `team_id` BIGINT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `last_accesses_team_id_key` (`team_id`),
  UNIQUE KEY `last_accesses_user_id_key` (`user_id`),
  CONSTRAINT `last_accesses_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `last_accesses_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `current_pages` (
  `assessment_id` BIGINT NULL,
  `assessment_instance_id` BIGINT NULL,
  `authn_user_id` BIGINT NOT NULL,
  `course_instance_id` BIGINT NULL,
  `date` DATETIME(6) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `page_type` TEXT NULL,
  `path` TEXT NULL,
  `question_id` BIGINT NULL,
  `user_id` BIGINT NOT NULL,
  `variant_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `current_pages_user_id_key` (`user_id`),
  CONSTRAINT `current_pages_assessment_id_fkey` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `current_pages_assessment_instance_id_fkey` FOREIGN KEY (`assessment_instance_id`) REFERENCES `assessment_instances` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `current_pages_authn_user_id_fkey` FOREIGN KEY (`authn_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `current_pages_course_instance_id_fkey` FOREIGN KEY (`course_instance_id`) REFERENCES `course_instances` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `current_pages_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `current_pages_variant_id_fkey` FOREIGN KEY (`variant_id`) REFERENCES `variants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_tokens` (
  `created_at` DATETIME(6) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `last_used_at` DATETIME(6) NULL,
  `name` TEXT NOT NULL,
  `token` TEXT NULL,
  `token_hash` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `access_tokens_token_hash_key` (`token_hash`),
  CONSTRAINT `access_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issues` (
  `assessment_id` BIGINT NULL,
  `authn_user_id` BIGINT NULL,
  `course_caused` TINYINT(1) NULL,
  `course_data` JSON NULL,
  `course_id` BIGINT NULL,
  `course_instance_id` BIGINT NULL,
  `date` DATETIME(6) NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `instance_question_id` BIGINT NULL,
  `instructor_message` TEXT NULL,
  `manually_reported` TINYINT(1) NULL,
  `open` TINYINT(1) NULL,
  `question_id` BIGINT NULL,
  `student_message` TEXT NULL,
  `system_data` JSON NULL,
  `user_id` BIGINT NULL,
  `variant_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `issues_assessment_id_fkey` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `issues_authn_user_id_fkey` FOREIGN KEY (`authn_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `issues_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `issues_course_instance_id_fkey` FOREIGN KEY (`course_instance_id`) REFERENCES `course_instances` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `issues_instance_question_id_fkey` FOREIGN KEY (`instance_question_id`) REFERENCES `instance_questions` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `issues_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `issues_variant_id_fkey` FOREIGN KEY (`variant_id`) REFERENCES `variants` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_requests` (
  `approved_by` BIGINT NULL,
  `approved_status` ENUM('pending', 'approved', 'denied', 'creating', 'failed') NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `first_name` TEXT NULL,
  `github_user` TEXT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `institution` TEXT NULL,
  `last_name` TEXT NULL,
  `note` TEXT NULL,
  `referral_source` TEXT NULL,
  `short_name` TEXT NOT NULL,
  `title` TEXT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `work_email` TEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `course_requests_approved_by_fkey` FOREIGN KEY (`approved_by`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `course_requests_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stripe_checkout_sessions` (
  `agent_user_id` BIGINT NULL,
  `completed_at` DATETIME(6) NULL,
  `course_instance_id` BIGINT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `data` JSON NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `plan_grants_created` TINYINT(1) NOT NULL,
  `plan_names` JSON NOT NULL,
  `stripe_object_id` VARCHAR(255) NOT NULL,
  `subject_user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `stripe_checkout_sessions_stripe_object_id_key` (`stripe_object_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plan_grants` (
  `course_instance_id` BIGINT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `institution_id` BIGINT NULL,
  `plan_name` VARCHAR(255) NOT NULL,
  `type` ENUM('trial', 'stripe', 'invoice', 'gift') NOT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `plan_grants_institution_course_instance_user_name_idx` (`institution_id`, `course_instance_id`, `user_id`, `plan_name`),
  CONSTRAINT `plan_grants_course_instance_id_fkey` FOREIGN KEY (`course_instance_id`) REFERENCES `course_instances` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `plan_grants_institution_id_fkey` FOREIGN KEY (`institution_id`) REFERENCES `institutions` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `plan_grants_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_settings` (
  `enable_single_key_shortcuts` TINYINT(1) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `user_settings_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `news_items` (
  `categories` JSON NOT NULL,
  `fetched_at` DATETIME(6) NOT NULL,
  `guid` VARCHAR(255) NOT NULL,
  `hidden_at` DATETIME(6) NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `link` TEXT NOT NULL,
  `managed_by` ENUM('admin', 'sync') NULL,
  `pub_date` DATETIME(6) NOT NULL,
  `title` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `news_items_guid_key` (`guid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `news_item_read_states` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `last_read_news_item_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `news_item_read_states_user_id_key` (`user_id`),
  CONSTRAINT `news_item_read_states_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pt_centers` (
  `cheating_reports_enabled` TINYINT(1) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pt_locations` (
  `center_id` BIGINT NULL,
  `filter_networks` TINYINT(1) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `lockdown_browser_enabled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `pt_locations_center_id_fkey` FOREIGN KEY (`center_id`) REFERENCES `pt_centers` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pt_courses` (
  `cheating_reports_enabled` TINYINT(1) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` TEXT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pt_exams` (
  `course_id` BIGINT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` TEXT NULL,
  `uuid` CHAR(36) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `pt_exams_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `pt_courses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pt_sessions` (
  `date` DATETIME(6) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `location_id` BIGINT NULL,
  `lockdown_browser_enabled` TINYINT(1) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `pt_sessions_location_id_fkey` FOREIGN KEY (`location_id`) REFERENCES `pt_locations` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pt_enrollments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `pt_enrollments_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pt_reservations` (
  `access_end` DATETIME(6) NULL,
  `access_start` DATETIME(6) NULL,
  `checked_in` DATETIME(6) NULL,
  `enrollment_id` BIGINT NOT NULL,
  `exam_id` BIGINT NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `session_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `pt_reservations_enrollment_id_fkey` FOREIGN KEY (`enrollment_id`) REFERENCES `pt_enrollments` (`id`),
  CONSTRAINT `pt_reservations_exam_id_fkey` FOREIGN KEY (`exam_id`) REFERENCES `pt_exams` (`id`),
  CONSTRAINT `pt_reservations_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `pt_sessions` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_instance_usages` (
  `cost_ai_grading` DOUBLE NOT NULL,
  `cost_ai_question_generation` DOUBLE NOT NULL,
  `course_id` BIGINT NOT NULL,
  `course_instance_id` BIGINT NULL,
  `date` DATETIME(6) NOT NULL,
  `duration` VARCHAR(64) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `include_in_statistics` TINYINT(1) NOT NULL,
  `institution_id` BIGINT NOT NULL,
  `type` ENUM('Submission', 'External grading', 'Workspace', 'AI grading', 'AI question generation') NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `course_instance_usages_date_type_course_id_course_instance__key` (`date`, `type`, `course_id`, `course_instance_id`, `user_id`),
  CONSTRAINT `course_instance_usages_course_id_fkey` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `course_instance_usages_course_instance_id_fkey` FOREIGN KEY (`course_instance_id`) REFERENCES `course_instances` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `course_instance_usages_institution_id_fkey` FOREIGN KEY (`institution_id`) REFERENCES `institutions` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `course_instance_usages_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migrations` (
  `applied_at` DATETIME(6) NULL,
  `filename` TEXT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `index` INT NULL,
  `project` VARCHAR(255) NULL,
  `timestamp` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `migrations_project_index_key` (`project`, `index`),
  UNIQUE KEY `migrations_project_timestamp_key` (`project`, `timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `named_locks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `named_locks_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cron_jobs` (
  `date` DATETIME(6) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `succeeded_at` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cron_jobs_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `server_loads` (
  `average_jobs` DOUBLE NOT NULL,
  `date` DATETIME(6) NOT NULL,
  `group_name` TEXT NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `instance_id` VARCHAR(255) NOT NULL,
  `job_type` VARCHAR(255) NOT NULL,
  `max_jobs` DOUBLE NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `server_loads_instance_id_job_type_key` (`instance_id`, `job_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

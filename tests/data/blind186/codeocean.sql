-- CodeOcean (openHPI/codeocean) — educational programming-exercise platform with auto-grading (run on openHPI's MOOC
-- platforms and in university courses): LTI learners and internal teachers, exercises, submissions, test runs, scores, feedback,
-- requests for comments, study and programming groups, learning-analytics interventions, WebAuthn credentials.
-- Upstream: github.com/openHPI/codeocean db/schema.rb (Rails 8.0, PostgreSQL), commit
-- 392b7638f122c8c61a1c359f93a621d34726426f (BSD-3-Clause).
-- Made by converting schema.rb into PostgreSQL DDL (create_table/t.<type>/t.index unique/add_foreign_key), loading it
-- into a scratch PostgreSQL 15 and writing each table back as MySQL DDL from the catalog: all 53 tables, columns in
-- upstream order, primary keys, unique indexes, foreign keys (tables reordered so that referenced tables come first).
-- Types: string -> VARCHAR(255), datetime -> DATETIME(6), jsonb and PostgreSQL arrays -> JSON, uuid -> CHAR(36),
-- interval -> VARCHAR(64), boolean -> TINYINT(1); gen_random_uuid() defaults dropped; integer/bigint foreign keys
-- given the referenced column's type. Non-unique (and GIN trigram) indexes and check constraints are left out.

CREATE TABLE `exercise_collections` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `use_anomaly_detection` TINYINT(1) DEFAULT 0,
  `user_id` INT,
  `user_type` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exercises` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `description` TEXT,
  `execution_environment_id` INT,
  `title` VARCHAR(255),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `user_id` INT,
  `instructions` TEXT,
  `public` TINYINT(1),
  `user_type` VARCHAR(255),
  `token` VARCHAR(255),
  `hide_file_tree` TINYINT(1),
  `allow_file_creation` TINYINT(1),
  `allow_auto_completion` TINYINT(1) DEFAULT 0,
  `expected_difficulty` INT DEFAULT 1,
  `uuid` CHAR(36),
  `unpublished` TINYINT(1) DEFAULT 0,
  `submission_deadline` DATETIME(6),
  `late_submission_deadline` DATETIME(6),
  `internal_title` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `anomaly_notifications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contributor_id` INT NOT NULL,
  `contributor_type` VARCHAR(255) NOT NULL,
  `exercise_id` INT NOT NULL,
  `exercise_collection_id` INT NOT NULL,
  `reason` JSON,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `anomaly_notifications_exercise_collection_id_fkey` FOREIGN KEY (`exercise_collection_id`) REFERENCES `exercise_collections` (`id`),
  CONSTRAINT `anomaly_notifications_exercise_id_fkey` FOREIGN KEY (`exercise_id`) REFERENCES `exercises` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `study_groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `external_id` VARCHAR(255),
  `consumer_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_study_groups_on_external_id_and_consumer_id` (`external_id`, `consumer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authentication_tokens` (
  `id` CHAR(36) NOT NULL,
  `shared_secret` VARCHAR(255) NOT NULL,
  `user_type` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `expire_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `study_group_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_authentication_tokens_on_shared_secret` (`shared_secret`),
  CONSTRAINT `authentication_tokens_study_group_id_fkey` FOREIGN KEY (`study_group_id`) REFERENCES `study_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `codeharbor_links` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `api_key` VARCHAR(255),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `user_id` INT,
  `push_url` VARCHAR(255),
  `check_uuid_url` VARCHAR(255),
  `user_type` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `file_id` INT,
  `user_type` VARCHAR(255),
  `row` INT,
  `column` INT,
  `text` TEXT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `community_solutions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `exercise_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `community_solutions_exercise_id_fkey` FOREIGN KEY (`exercise_id`) REFERENCES `exercises` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `community_solution_locks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `community_solution_id` BIGINT NOT NULL,
  `user_type` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `locked_until` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_community_solution_locks_until` (`community_solution_id`, `locked_until`),
  CONSTRAINT `community_solution_locks_community_solution_id_fkey` FOREIGN KEY (`community_solution_id`) REFERENCES `community_solutions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `community_solution_contributions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `community_solution_id` BIGINT NOT NULL,
  `study_group_id` BIGINT,
  `user_type` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `community_solution_lock_id` BIGINT NOT NULL,
  `proposed_changes` TINYINT(1) NOT NULL,
  `timely_contribution` TINYINT(1) NOT NULL,
  `autosave` TINYINT(1) NOT NULL,
  `working_time` VARCHAR(64) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `community_solution_contribution_community_solution_lock_id_fkey` FOREIGN KEY (`community_solution_lock_id`) REFERENCES `community_solution_locks` (`id`),
  CONSTRAINT `community_solution_contributions_community_solution_id_fkey` FOREIGN KEY (`community_solution_id`) REFERENCES `community_solutions` (`id`),
  CONSTRAINT `community_solution_contributions_study_group_id_fkey` FOREIGN KEY (`study_group_id`) REFERENCES `study_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `consumers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `oauth_key` VARCHAR(255),
  `oauth_secret` VARCHAR(255),
  `rfc_visibility` SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `error_template_attributes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255),
  `regex` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `description` TEXT,
  `important` TINYINT(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `error_template_attributes_templates` (
  `error_template_id` INT NOT NULL,
  `error_template_attribute_id` INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `error_templates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `execution_environment_id` INT,
  `name` VARCHAR(255),
  `signature` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `description` TEXT,
  `hint` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `programming_groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `exercise_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `programming_groups_exercise_id_fkey` FOREIGN KEY (`exercise_id`) REFERENCES `exercises` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `category` VARCHAR(255),
  `data` VARCHAR(255),
  `user_id` INT,
  `user_type` VARCHAR(255),
  `exercise_id` INT,
  `file_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `programming_group_id` BIGINT,
  `study_group_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `events_programming_group_id_fkey` FOREIGN KEY (`programming_group_id`) REFERENCES `programming_groups` (`id`),
  CONSTRAINT `events_study_group_id_fkey` FOREIGN KEY (`study_group_id`) REFERENCES `study_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `content` TEXT,
  `context_id` INT,
  `context_type` VARCHAR(255),
  `file_id` INT,
  `file_type_id` INT,
  `hidden` TINYINT(1),
  `name` VARCHAR(255),
  `read_only` TINYINT(1),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `native_file` VARCHAR(255),
  `role` VARCHAR(255),
  `hashed_content` VARCHAR(255),
  `feedback_message` VARCHAR(255),
  `weight` DOUBLE,
  `path` VARCHAR(255),
  `file_template_id` INT,
  `hidden_feedback` TINYINT(1) NOT NULL DEFAULT 0,
  `xml_id_path` JSON DEFAULT '[]',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_synchronized_editor` (
  `id` CHAR(36) NOT NULL,
  `programming_group_id` BIGINT NOT NULL,
  `study_group_id` BIGINT NOT NULL,
  `user_type` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `action` SMALLINT NOT NULL DEFAULT 0,
  `status` SMALLINT,
  `file_id` INT,
  `editor_action` SMALLINT,
  `range_start_row` INT,
  `range_start_column` INT,
  `range_end_row` INT,
  `range_end_column` INT,
  `lines` JSON,
  `data` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `session_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `events_synchronized_editor_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `files` (`id`),
  CONSTRAINT `events_synchronized_editor_programming_group_id_fkey` FOREIGN KEY (`programming_group_id`) REFERENCES `programming_groups` (`id`),
  CONSTRAINT `events_synchronized_editor_study_group_id_fkey` FOREIGN KEY (`study_group_id`) REFERENCES `study_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `execution_environments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `docker_image` VARCHAR(255),
  `name` VARCHAR(255),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `run_command` VARCHAR(255),
  `test_command` VARCHAR(255),
  `testing_framework` VARCHAR(255),
  `help` TEXT,
  `permitted_execution_time` INT,
  `user_id` INT,
  `user_type` VARCHAR(255),
  `pool_size` INT,
  `file_type_id` INT,
  `memory_limit` INT,
  `network_enabled` TINYINT(1),
  `cpu_limit` INT NOT NULL DEFAULT 20,
  `exposed_ports` JSON DEFAULT '[]',
  `privileged_execution` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exercise_collection_items` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `exercise_collection_id` INT,
  `exercise_id` INT,
  `position` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exercise_tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `exercise_id` INT,
  `tag_id` INT,
  `factor` INT DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_types` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `editor_mode` VARCHAR(255),
  `file_extension` VARCHAR(255),
  `indent_size` INT,
  `name` VARCHAR(255),
  `user_id` INT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `executable` TINYINT(1),
  `renderable` TINYINT(1),
  `user_type` VARCHAR(255),
  `binary` TINYINT(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tips` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `description` TEXT,
  `example` TEXT,
  `file_type_id` INT,
  `user_type` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tips_file_type_id_fkey` FOREIGN KEY (`file_type_id`) REFERENCES `file_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exercise_tips` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `exercise_id` INT NOT NULL,
  `tip_id` BIGINT NOT NULL,
  `rank` INT NOT NULL,
  `parent_exercise_tip_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `exercise_tips_exercise_id_fkey` FOREIGN KEY (`exercise_id`) REFERENCES `exercises` (`id`),
  CONSTRAINT `exercise_tips_parent_exercise_tip_id_fkey` FOREIGN KEY (`parent_exercise_tip_id`) REFERENCES `exercise_tips` (`id`),
  CONSTRAINT `exercise_tips_tip_id_fkey` FOREIGN KEY (`tip_id`) REFERENCES `tips` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exercises_proxy_exercises` (
  `proxy_exercise_id` INT,
  `exercise_id` INT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `consumer_id` INT,
  `email` VARCHAR(255),
  `external_id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `platform_admin` TINYINT(1) NOT NULL DEFAULT 0,
  `webauthn_user_id` VARCHAR(255),
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_external_users_on_external_id_and_consumer_id` (`external_id`, `consumer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_templates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `content` TEXT,
  `file_type_id` INT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `internal_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `consumer_id` INT,
  `email` VARCHAR(255),
  `name` VARCHAR(255),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `crypted_password` VARCHAR(255),
  `salt` VARCHAR(255),
  `failed_logins_count` INT DEFAULT 0,
  `lock_expires_at` DATETIME(6),
  `unlock_token` VARCHAR(255),
  `remember_me_token` VARCHAR(255),
  `remember_me_token_expires_at` DATETIME(6),
  `reset_password_token` VARCHAR(255),
  `reset_password_token_expires_at` DATETIME(6),
  `reset_password_email_sent_at` DATETIME(6),
  `activation_state` VARCHAR(255),
  `activation_token` VARCHAR(255),
  `activation_token_expires_at` DATETIME(6),
  `platform_admin` TINYINT(1) NOT NULL DEFAULT 0,
  `webauthn_user_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_internal_users_on_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `interventions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `markup` TEXT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `linter_check_runs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `linter_check_id` BIGINT NOT NULL,
  `scope` VARCHAR(255),
  `line` INT,
  `result` TEXT,
  `testrun_id` BIGINT NOT NULL,
  `file_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `linter_checks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `severity` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_parameters` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_user_id` INT NOT NULL,
  `exercise_id` INT NOT NULL,
  `lti_parameters` JSON NOT NULL DEFAULT '{}',
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `study_group_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_lti_params_on_external_user_and_study_group_and_exercise` (`external_user_id`, `study_group_id`, `exercise_id`),
  CONSTRAINT `lti_parameters_exercise_id_fkey` FOREIGN KEY (`exercise_id`) REFERENCES `exercises` (`id`),
  CONSTRAINT `lti_parameters_external_user_id_fkey` FOREIGN KEY (`external_user_id`) REFERENCES `external_users` (`id`),
  CONSTRAINT `lti_parameters_study_group_id_fkey` FOREIGN KEY (`study_group_id`) REFERENCES `study_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `exercise_id` INT,
  `score` DOUBLE,
  `contributor_id` INT NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `cause` VARCHAR(255),
  `contributor_type` VARCHAR(255) NOT NULL,
  `study_group_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `submissions_study_group_id_fkey` FOREIGN KEY (`study_group_id`) REFERENCES `study_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pair_programming_exercise_feedbacks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `exercise_id` INT NOT NULL,
  `submission_id` INT NOT NULL,
  `user_type` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `programming_group_id` BIGINT,
  `study_group_id` BIGINT NOT NULL,
  `difficulty` INT,
  `user_estimated_worktime` INT,
  `reason_work_alone` INT,
  `normalized_score` DOUBLE,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `pair_programming_exercise_feedbacks_exercise_id_fkey` FOREIGN KEY (`exercise_id`) REFERENCES `exercises` (`id`),
  CONSTRAINT `pair_programming_exercise_feedbacks_programming_group_id_fkey` FOREIGN KEY (`programming_group_id`) REFERENCES `programming_groups` (`id`),
  CONSTRAINT `pair_programming_exercise_feedbacks_study_group_id_fkey` FOREIGN KEY (`study_group_id`) REFERENCES `study_groups` (`id`),
  CONSTRAINT `pair_programming_exercise_feedbacks_submission_id_fkey` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pair_programming_waiting_users` (
  `id` CHAR(36) NOT NULL,
  `user_type` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `exercise_id` INT NOT NULL,
  `programming_group_id` BIGINT,
  `status` SMALLINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `pair_programming_waiting_users_exercise_id_fkey` FOREIGN KEY (`exercise_id`) REFERENCES `exercises` (`id`),
  CONSTRAINT `pair_programming_waiting_users_programming_group_id_fkey` FOREIGN KEY (`programming_group_id`) REFERENCES `programming_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `programming_group_memberships` (
  `id` CHAR(36) NOT NULL,
  `programming_group_id` BIGINT NOT NULL,
  `user_type` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `programming_group_memberships_programming_group_id_fkey` FOREIGN KEY (`programming_group_id`) REFERENCES `programming_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proxy_exercises` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(255),
  `description` VARCHAR(255),
  `token` VARCHAR(255),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `user_type` VARCHAR(255),
  `user_id` BIGINT,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  `algorithm` SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `remote_evaluation_mappings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `exercise_id` INT NOT NULL,
  `validation_token` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `user_type` VARCHAR(255),
  `study_group_id` BIGINT,
  `programming_group_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `remote_evaluation_mappings_programming_group_id_fkey` FOREIGN KEY (`programming_group_id`) REFERENCES `programming_groups` (`id`),
  CONSTRAINT `remote_evaluation_mappings_study_group_id_fkey` FOREIGN KEY (`study_group_id`) REFERENCES `study_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `request_for_comments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `exercise_id` INT NOT NULL,
  `file_id` INT NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `user_type` VARCHAR(255),
  `question` TEXT,
  `solved` TINYINT(1) DEFAULT 0,
  `submission_id` INT,
  `thank_you_note` TEXT,
  `full_score_reached` TINYINT(1) DEFAULT 0,
  `times_featured` INT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `runners` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `runner_id` VARCHAR(255) NOT NULL,
  `execution_environment_id` INT NOT NULL,
  `contributor_type` VARCHAR(255) NOT NULL,
  `contributor_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `reserved_until` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_on_execution_environment_id_contributor_id_cont_74611ea4a2` (`execution_environment_id`, `contributor_id`, `contributor_type`),
  UNIQUE KEY `index_runners_on_runner_id` (`runner_id`),
  CONSTRAINT `runners_execution_environment_id_fkey` FOREIGN KEY (`execution_environment_id`) REFERENCES `execution_environments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `searches` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `exercise_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `user_type` VARCHAR(255) NOT NULL,
  `search` VARCHAR(255),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `structured_errors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `error_template_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `submission_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `structured_errors_error_template_id_fkey` FOREIGN KEY (`error_template_id`) REFERENCES `error_templates` (`id`),
  CONSTRAINT `structured_errors_submission_id_fkey` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `structured_error_attributes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `structured_error_id` INT,
  `error_template_attribute_id` INT,
  `value` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `match` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `structured_error_attributes_error_template_attribute_id_fkey` FOREIGN KEY (`error_template_attribute_id`) REFERENCES `error_template_attributes` (`id`),
  CONSTRAINT `structured_error_attributes_structured_error_id_fkey` FOREIGN KEY (`structured_error_id`) REFERENCES `structured_errors` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `study_group_memberships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `study_group_id` BIGINT,
  `user_type` VARCHAR(255),
  `user_id` BIGINT,
  `role` SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `user_type` VARCHAR(255),
  `request_for_comment_id` INT,
  `subscription_type` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `deleted` TINYINT(1),
  `study_group_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `subscriptions_study_group_id_fkey` FOREIGN KEY (`study_group_id`) REFERENCES `study_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `testruns` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `passed` TINYINT(1),
  `output` TEXT,
  `file_id` INT,
  `submission_id` INT NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `cause` VARCHAR(255),
  `container_execution_time` VARCHAR(64),
  `waiting_for_container_time` VARCHAR(64),
  `exit_code` SMALLINT,
  `status` SMALLINT NOT NULL DEFAULT 0,
  `user_type` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `testruns_submission_id_fkey` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `testrun_execution_environments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `testrun_id` INT NOT NULL,
  `execution_environment_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `testrun_execution_environments_execution_environment_id_fkey` FOREIGN KEY (`execution_environment_id`) REFERENCES `execution_environments` (`id`),
  CONSTRAINT `testrun_execution_environments_testrun_id_fkey` FOREIGN KEY (`testrun_id`) REFERENCES `testruns` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `testrun_messages` (
  `id` CHAR(36) NOT NULL,
  `testrun_id` INT NOT NULL,
  `timestamp` VARCHAR(64) NOT NULL DEFAULT '00:00:00',
  `cmd` SMALLINT NOT NULL DEFAULT 1,
  `stream` SMALLINT,
  `log` TEXT,
  `data` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `testrun_messages_testrun_id_fkey` FOREIGN KEY (`testrun_id`) REFERENCES `testruns` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_exercise_feedbacks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `exercise_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `user_type` VARCHAR(255) NOT NULL,
  `difficulty` INT,
  `working_time_seconds` INT,
  `feedback_text` VARCHAR(255),
  `user_estimated_worktime` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `normalized_score` DOUBLE,
  `submission_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_exercise_feedbacks_submission_id_fkey` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_exercise_interventions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contributor_id` INT NOT NULL,
  `contributor_type` VARCHAR(255) NOT NULL,
  `exercise_id` INT NOT NULL,
  `intervention_id` INT NOT NULL,
  `accumulated_worktime_s` INT,
  `reason` TEXT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `user_exercise_interventions_exercise_id_fkey` FOREIGN KEY (`exercise_id`) REFERENCES `exercises` (`id`),
  CONSTRAINT `user_exercise_interventions_intervention_id_fkey` FOREIGN KEY (`intervention_id`) REFERENCES `interventions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_proxy_exercise_exercises` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `user_type` VARCHAR(255) NOT NULL,
  `proxy_exercise_id` INT NOT NULL,
  `exercise_id` INT NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `reason` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_on_user_id_user_type_proxy_exercise_id_50cfc18ee8` (`user_id`, `user_type`, `proxy_exercise_id`),
  CONSTRAINT `user_proxy_exercise_exercises_exercise_id_fkey` FOREIGN KEY (`exercise_id`) REFERENCES `exercises` (`id`),
  CONSTRAINT `user_proxy_exercise_exercises_proxy_exercise_id_fkey` FOREIGN KEY (`proxy_exercise_id`) REFERENCES `proxy_exercises` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webauthn_credentials` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `external_id` VARCHAR(255) NOT NULL,
  `public_key` VARCHAR(255) NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  `sign_count` BIGINT NOT NULL DEFAULT 0,
  `transports` JSON DEFAULT '[]',
  `user_type` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `last_used_at` DATETIME,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_webauthn_credentials_on_external_id` (`external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- CMS, the Contest Management System (cms-dev/cms: the IOI's contest system — contests and contest groups, users,
-- teams (delegations), participations, admins, announcements, messages and questions, tasks, datasets, test cases,
-- statements, attachments, managers, submissions, files, tokens, submission results, evaluations and executables,
-- user tests and their results, file-store objects), version 1.6.dev0 (database schema version 48), commit
-- c3659b810cfd1fab37904f6c6148d460f2854eff (AGPL-3.0-or-later). Upstream's SQLAlchemy 1.3 models (`cms/db/*.py`)
-- were compiled with SQLAlchemy's PostgreSQL dialect (CreateTable / CreateIndex of every table of cms.db.metadata,
-- in its dependency order) and written as MySQL DDL: SERIAL -> INT AUTO_INCREMENT; unbounded VARCHAR -> TEXT, or
-- VARCHAR(255) where it is part of a key; the CODENAME / FILENAME / FILENAME_SCHEMA / DIGEST domains -> VARCHAR(255)
-- (CODENAME's regular-expression check not kept); VARCHAR[] / CIDR[] / FILENAME_SCHEMA_ARRAY arrays and JSONB -> JSON;
-- INTERVAL -> TIME(6) (checks against '0 seconds' kept as '00:00:00'); TIMESTAMP -> DATETIME(6); FLOAT -> DOUBLE;
-- OID -> INT UNSIGNED; BOOLEAN -> TINYINT(1); the PostgreSQL enum types -> ENUM with the same values. Column order,
-- primary, unique and foreign keys, indexes and checks as the models; unnamed constraints named PostgreSQL-style.
-- The two use_alter foreign keys come last as ALTER TABLE; fk_active_dataset_id (tasks (id, active_dataset_id) ->
-- datasets (task_id, id), ON DELETE/UPDATE SET NULL) is written with its column pairs in the order of datasets'
-- unique key and without the SET NULL actions, which MariaDB refuses on the NOT NULL tasks.id. All 27 tables.

CREATE TABLE `admins` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `authentication` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `permission_all` TINYINT(1) NOT NULL,
  `permission_messaging` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `admins_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contests` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `allowed_localizations` JSON NOT NULL,
  `languages` JSON NOT NULL,
  `submissions_download_allowed` TINYINT(1) NOT NULL,
  `allow_questions` TINYINT(1) NOT NULL,
  `allow_user_tests` TINYINT(1) NOT NULL,
  `allow_unofficial_submission_before_analysis_mode` TINYINT(1) NOT NULL,
  `block_hidden_participations` TINYINT(1) NOT NULL,
  `allow_password_authentication` TINYINT(1) NOT NULL,
  `allow_registration` TINYINT(1) NOT NULL,
  `ip_restriction` TINYINT(1) NOT NULL,
  `ip_autologin` TINYINT(1) NOT NULL,
  `token_mode` ENUM('disabled', 'finite', 'infinite') NOT NULL,
  `token_max_number` INT,
  `token_min_interval` TIME(6) NOT NULL,
  `token_gen_initial` INT NOT NULL,
  `token_gen_number` INT NOT NULL,
  `token_gen_interval` TIME(6) NOT NULL,
  `token_gen_max` INT,
  `timezone` TEXT,
  `max_submission_number` INT,
  `max_user_test_number` INT,
  `min_submission_interval` TIME(6),
  `min_submission_interval_grace_period` TIME(6),
  `min_user_test_interval` TIME(6),
  `score_precision` INT NOT NULL,
  `main_group_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contests_name_key` (`name`),
  KEY `ix_contests_main_group_id` (`main_group_id`),
  CONSTRAINT `contests_token_max_number_check` CHECK (token_max_number > 0),
  CONSTRAINT `contests_token_min_interval_check` CHECK (token_min_interval >= '00:00:00'),
  CONSTRAINT `contests_token_gen_initial_check` CHECK (token_gen_initial >= 0),
  CONSTRAINT `contests_token_gen_number_check` CHECK (token_gen_number >= 0),
  CONSTRAINT `contests_token_gen_interval_check` CHECK (token_gen_interval > '00:00:00'),
  CONSTRAINT `contests_token_gen_max_check` CHECK (token_gen_max > 0),
  CONSTRAINT `contests_max_submission_number_check` CHECK (max_submission_number > 0),
  CONSTRAINT `contests_max_user_test_number_check` CHECK (max_user_test_number > 0),
  CONSTRAINT `contests_min_submission_interval_check` CHECK (min_submission_interval > '00:00:00'),
  CONSTRAINT `contests_min_submission_interval_grace_period_check` CHECK (min_submission_interval_grace_period > '00:00:00'),
  CONSTRAINT `contests_min_user_test_interval_check` CHECK (min_user_test_interval > '00:00:00'),
  CONSTRAINT `contests_score_precision_check` CHECK (score_precision >= 0),
  CONSTRAINT `contests_check` CHECK (`token_gen_initial` <= `token_gen_max`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fsobjects` (
  `digest` VARCHAR(255) NOT NULL,
  `loid` INT UNSIGNED NOT NULL,
  `description` TEXT,
  PRIMARY KEY (`digest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `teams_code_key` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `first_name` TEXT NOT NULL,
  `last_name` TEXT NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `password` TEXT NOT NULL,
  `email` TEXT,
  `timezone` TEXT,
  `preferred_languages` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `announcements` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `timestamp` DATETIME(6) NOT NULL,
  `subject` TEXT NOT NULL,
  `text` TEXT NOT NULL,
  `contest_id` INT NOT NULL,
  `admin_id` INT,
  PRIMARY KEY (`id`),
  KEY `ix_announcements_admin_id` (`admin_id`),
  KEY `ix_announcements_contest_id` (`contest_id`),
  CONSTRAINT `announcements_contest_id_fkey` FOREIGN KEY (`contest_id`) REFERENCES `contests` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `announcements_admin_id_fkey` FOREIGN KEY (`admin_id`) REFERENCES `admins` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `start` DATETIME(6) NOT NULL,
  `stop` DATETIME(6) NOT NULL,
  `analysis_enabled` TINYINT(1) NOT NULL,
  `analysis_start` DATETIME(6) NOT NULL,
  `analysis_stop` DATETIME(6) NOT NULL,
  `per_user_time` TIME(6),
  `contest_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `groups_contest_id_name_key` (`contest_id`, `name`),
  UNIQUE KEY `groups_id_contest_id_key` (`id`, `contest_id`),
  KEY `ix_groups_contest_id` (`contest_id`),
  CONSTRAINT `groups_per_user_time_check` CHECK (per_user_time >= '00:00:00'),
  CONSTRAINT `groups_check` CHECK (`start` <= `stop`),
  CONSTRAINT `groups_check2` CHECK (`stop` <= `analysis_start`),
  CONSTRAINT `groups_check3` CHECK (`analysis_start` <= `analysis_stop`),
  CONSTRAINT `groups_contest_id_fkey` FOREIGN KEY (`contest_id`) REFERENCES `contests` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `num` INT,
  `contest_id` INT,
  `name` VARCHAR(255) NOT NULL,
  `title` TEXT NOT NULL,
  `submission_format` JSON NOT NULL,
  `primary_statements` JSON NOT NULL,
  `allowed_languages` JSON,
  `token_mode` ENUM('disabled', 'finite', 'infinite') NOT NULL,
  `token_max_number` INT,
  `token_min_interval` TIME(6) NOT NULL,
  `token_gen_initial` INT NOT NULL,
  `token_gen_number` INT NOT NULL,
  `token_gen_interval` TIME(6) NOT NULL,
  `token_gen_max` INT,
  `max_submission_number` INT,
  `max_user_test_number` INT,
  `min_submission_interval` TIME(6),
  `min_user_test_interval` TIME(6),
  `feedback_level` ENUM('full', 'restricted', 'oi_restricted') NOT NULL,
  `score_precision` INT NOT NULL,
  `score_mode` ENUM('max_tokened_last', 'max', 'max_subtask') NOT NULL,
  `active_dataset_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tasks_contest_id_num_key` (`contest_id`, `num`),
  UNIQUE KEY `tasks_contest_id_name_key` (`contest_id`, `name`),
  UNIQUE KEY `tasks_name_key` (`name`),
  KEY `ix_tasks_contest_id` (`contest_id`),
  CONSTRAINT `tasks_token_max_number_check` CHECK (token_max_number > 0),
  CONSTRAINT `tasks_token_min_interval_check` CHECK (token_min_interval >= '00:00:00'),
  CONSTRAINT `tasks_token_gen_initial_check` CHECK (token_gen_initial >= 0),
  CONSTRAINT `tasks_token_gen_number_check` CHECK (token_gen_number >= 0),
  CONSTRAINT `tasks_token_gen_interval_check` CHECK (token_gen_interval > '00:00:00'),
  CONSTRAINT `tasks_token_gen_max_check` CHECK (token_gen_max > 0),
  CONSTRAINT `tasks_max_submission_number_check` CHECK (max_submission_number > 0),
  CONSTRAINT `tasks_max_user_test_number_check` CHECK (max_user_test_number > 0),
  CONSTRAINT `tasks_min_submission_interval_check` CHECK (min_submission_interval > '00:00:00'),
  CONSTRAINT `tasks_min_user_test_interval_check` CHECK (min_user_test_interval > '00:00:00'),
  CONSTRAINT `tasks_score_precision_check` CHECK (score_precision >= 0),
  CONSTRAINT `tasks_check` CHECK (`token_gen_initial` <= `token_gen_max`),
  CONSTRAINT `tasks_contest_id_fkey` FOREIGN KEY (`contest_id`) REFERENCES `contests` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `digest` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `attachments_task_id_filename_key` (`task_id`, `filename`),
  KEY `ix_attachments_task_id` (`task_id`),
  CONSTRAINT `attachments_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `datasets` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `autojudge` TINYINT(1) NOT NULL,
  `time_limit` DOUBLE,
  `memory_limit` BIGINT,
  `task_type` TEXT NOT NULL,
  `task_type_parameters` JSON NOT NULL,
  `score_type` TEXT NOT NULL,
  `score_type_parameters` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `datasets_task_id_description_key` (`task_id`, `description`),
  UNIQUE KEY `datasets_id_task_id_key` (`id`, `task_id`),
  CONSTRAINT `datasets_time_limit_check` CHECK (time_limit > 0),
  CONSTRAINT `datasets_memory_limit_check` CHECK (memory_limit > 0),
  CONSTRAINT `datasets_memory_limit_check1` CHECK (MOD(memory_limit, 1048576) = 0),
  CONSTRAINT `datasets_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `participations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `ip` JSON,
  `starting_time` DATETIME(6),
  `delay_time` TIME(6) NOT NULL,
  `extra_time` TIME(6) NOT NULL,
  `password` TEXT,
  `hidden` TINYINT(1) NOT NULL,
  `unrestricted` TINYINT(1) NOT NULL,
  `contest_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  `team_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `participations_contest_id_user_id_key` (`contest_id`, `user_id`),
  KEY `ix_participations_user_id` (`user_id`),
  KEY `ix_participations_group_id` (`group_id`),
  KEY `ix_participations_contest_id` (`contest_id`),
  CONSTRAINT `participations_delay_time_check` CHECK (delay_time >= '00:00:00'),
  CONSTRAINT `participations_extra_time_check` CHECK (extra_time >= '00:00:00'),
  CONSTRAINT `participations_group_id_contest_id_fkey` FOREIGN KEY (`group_id`, `contest_id`) REFERENCES `groups` (`id`, `contest_id`),
  CONSTRAINT `participations_contest_id_fkey` FOREIGN KEY (`contest_id`) REFERENCES `contests` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `participations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `participations_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `participations_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statements` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task_id` INT NOT NULL,
  `language` VARCHAR(255) NOT NULL,
  `digest` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `statements_task_id_language_key` (`task_id`, `language`),
  KEY `ix_statements_task_id` (`task_id`),
  CONSTRAINT `statements_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `managers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `dataset_id` INT NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `digest` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `managers_dataset_id_filename_key` (`dataset_id`, `filename`),
  KEY `ix_managers_dataset_id` (`dataset_id`),
  CONSTRAINT `managers_dataset_id_fkey` FOREIGN KEY (`dataset_id`) REFERENCES `datasets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `timestamp` DATETIME(6) NOT NULL,
  `subject` TEXT NOT NULL,
  `text` TEXT NOT NULL,
  `participation_id` INT NOT NULL,
  `admin_id` INT,
  PRIMARY KEY (`id`),
  KEY `ix_messages_admin_id` (`admin_id`),
  KEY `ix_messages_participation_id` (`participation_id`),
  CONSTRAINT `messages_participation_id_fkey` FOREIGN KEY (`participation_id`) REFERENCES `participations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `messages_admin_id_fkey` FOREIGN KEY (`admin_id`) REFERENCES `admins` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `question_timestamp` DATETIME(6) NOT NULL,
  `subject` TEXT NOT NULL,
  `text` TEXT NOT NULL,
  `reply_timestamp` DATETIME(6),
  `ignored` TINYINT(1) NOT NULL,
  `reply_subject` TEXT,
  `reply_text` TEXT,
  `participation_id` INT NOT NULL,
  `admin_id` INT,
  PRIMARY KEY (`id`),
  KEY `ix_questions_participation_id` (`participation_id`),
  KEY `ix_questions_admin_id` (`admin_id`),
  CONSTRAINT `questions_participation_id_fkey` FOREIGN KEY (`participation_id`) REFERENCES `participations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `questions_admin_id_fkey` FOREIGN KEY (`admin_id`) REFERENCES `admins` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submissions` (
  `opaque_id` BIGINT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `participation_id` INT NOT NULL,
  `task_id` INT NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `language` TEXT,
  `comment` TEXT NOT NULL,
  `official` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `participation_opaque_unique` (`participation_id`, `opaque_id`),
  KEY `ix_submissions_participation_id` (`participation_id`),
  KEY `ix_submissions_task_id` (`task_id`),
  CONSTRAINT `submissions_participation_id_fkey` FOREIGN KEY (`participation_id`) REFERENCES `participations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `submissions_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `testcases` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `dataset_id` INT NOT NULL,
  `codename` VARCHAR(255) NOT NULL,
  `public` TINYINT(1) NOT NULL,
  `input` VARCHAR(255) NOT NULL,
  `output` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `testcases_dataset_id_codename_key` (`dataset_id`, `codename`),
  KEY `ix_testcases_dataset_id` (`dataset_id`),
  CONSTRAINT `testcases_dataset_id_fkey` FOREIGN KEY (`dataset_id`) REFERENCES `datasets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_tests` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `participation_id` INT NOT NULL,
  `task_id` INT NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `language` TEXT,
  `input` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_user_tests_task_id` (`task_id`),
  KEY `ix_user_tests_participation_id` (`participation_id`),
  CONSTRAINT `user_tests_participation_id_fkey` FOREIGN KEY (`participation_id`) REFERENCES `participations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_tests_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `submission_id` INT NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `digest` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_submission_id_filename_key` (`submission_id`, `filename`),
  KEY `ix_files_submission_id` (`submission_id`),
  CONSTRAINT `files_submission_id_fkey` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_results` (
  `submission_id` INT NOT NULL,
  `dataset_id` INT NOT NULL,
  `compilation_outcome` ENUM('ok', 'fail'),
  `compilation_text` JSON NOT NULL,
  `compilation_tries` INT NOT NULL,
  `compilation_stdout` TEXT,
  `compilation_stderr` TEXT,
  `compilation_time` DOUBLE,
  `compilation_wall_clock_time` DOUBLE,
  `compilation_memory` BIGINT,
  `compilation_shard` INT,
  `compilation_sandbox_paths` JSON,
  `compilation_sandbox_digests` JSON,
  `evaluation_outcome` ENUM('ok'),
  `evaluation_tries` INT NOT NULL,
  `score` DOUBLE,
  `score_details` JSON,
  `scored_at` DATETIME(6),
  `public_score` DOUBLE,
  `public_score_details` JSON,
  `ranking_score_details` JSON,
  PRIMARY KEY (`submission_id`, `dataset_id`),
  UNIQUE KEY `submission_results_submission_id_dataset_id_key` (`submission_id`, `dataset_id`),
  CONSTRAINT `submission_results_submission_id_fkey` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `submission_results_dataset_id_fkey` FOREIGN KEY (`dataset_id`) REFERENCES `datasets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `submission_id` INT NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tokens_submission_id_key` (`submission_id`),
  KEY `ix_tokens_submission_id` (`submission_id`),
  CONSTRAINT `tokens_submission_id_fkey` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_test_files` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_test_id` INT NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `digest` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_test_files_user_test_id_filename_key` (`user_test_id`, `filename`),
  KEY `ix_user_test_files_user_test_id` (`user_test_id`),
  CONSTRAINT `user_test_files_user_test_id_fkey` FOREIGN KEY (`user_test_id`) REFERENCES `user_tests` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_test_managers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_test_id` INT NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `digest` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_test_managers_user_test_id_filename_key` (`user_test_id`, `filename`),
  KEY `ix_user_test_managers_user_test_id` (`user_test_id`),
  CONSTRAINT `user_test_managers_user_test_id_fkey` FOREIGN KEY (`user_test_id`) REFERENCES `user_tests` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_test_results` (
  `user_test_id` INT NOT NULL,
  `dataset_id` INT NOT NULL,
  `output` VARCHAR(255),
  `compilation_outcome` TEXT,
  `compilation_text` JSON NOT NULL,
  `compilation_tries` INT NOT NULL,
  `compilation_stdout` TEXT,
  `compilation_stderr` TEXT,
  `compilation_time` DOUBLE,
  `compilation_wall_clock_time` DOUBLE,
  `compilation_memory` BIGINT,
  `compilation_shard` INT,
  `compilation_sandbox_paths` JSON,
  `compilation_sandbox_digests` JSON,
  `evaluation_outcome` TEXT,
  `evaluation_text` JSON NOT NULL,
  `evaluation_tries` INT NOT NULL,
  `execution_time` DOUBLE,
  `execution_wall_clock_time` DOUBLE,
  `execution_memory` BIGINT,
  `evaluation_shard` INT,
  `evaluation_sandbox_paths` JSON,
  `evaluation_sandbox_digests` JSON,
  PRIMARY KEY (`user_test_id`, `dataset_id`),
  UNIQUE KEY `user_test_results_user_test_id_dataset_id_key` (`user_test_id`, `dataset_id`),
  CONSTRAINT `user_test_results_user_test_id_fkey` FOREIGN KEY (`user_test_id`) REFERENCES `user_tests` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_test_results_dataset_id_fkey` FOREIGN KEY (`dataset_id`) REFERENCES `datasets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `evaluations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `submission_id` INT NOT NULL,
  `dataset_id` INT NOT NULL,
  `testcase_id` INT NOT NULL,
  `outcome` TEXT,
  `text` JSON NOT NULL,
  `admin_text` TEXT,
  `execution_time` DOUBLE,
  `execution_wall_clock_time` DOUBLE,
  `execution_memory` BIGINT,
  `evaluation_shard` INT,
  `evaluation_sandbox_paths` JSON,
  `evaluation_sandbox_digests` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `evaluations_submission_id_dataset_id_testcase_id_key` (`submission_id`, `dataset_id`, `testcase_id`),
  KEY `ix_evaluations_submission_id` (`submission_id`),
  KEY `ix_evaluations_testcase_id` (`testcase_id`),
  KEY `ix_evaluations_dataset_id` (`dataset_id`),
  CONSTRAINT `evaluations_submission_id_dataset_id_fkey` FOREIGN KEY (`submission_id`, `dataset_id`) REFERENCES `submission_results` (`submission_id`, `dataset_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `evaluations_submission_id_fkey` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `evaluations_dataset_id_fkey` FOREIGN KEY (`dataset_id`) REFERENCES `datasets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `evaluations_testcase_id_fkey` FOREIGN KEY (`testcase_id`) REFERENCES `testcases` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `executables` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `submission_id` INT NOT NULL,
  `dataset_id` INT NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `digest` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `executables_submission_id_dataset_id_filename_key` (`submission_id`, `dataset_id`, `filename`),
  KEY `ix_executables_submission_id` (`submission_id`),
  KEY `ix_executables_dataset_id` (`dataset_id`),
  CONSTRAINT `executables_submission_id_dataset_id_fkey` FOREIGN KEY (`submission_id`, `dataset_id`) REFERENCES `submission_results` (`submission_id`, `dataset_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `executables_submission_id_fkey` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `executables_dataset_id_fkey` FOREIGN KEY (`dataset_id`) REFERENCES `datasets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_test_executables` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_test_id` INT NOT NULL,
  `dataset_id` INT NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `digest` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_test_executables_user_test_id_dataset_id_filename_key` (`user_test_id`, `dataset_id`, `filename`),
  KEY `ix_user_test_executables_dataset_id` (`dataset_id`),
  KEY `ix_user_test_executables_user_test_id` (`user_test_id`),
  CONSTRAINT `user_test_executables_user_test_id_dataset_id_fkey` FOREIGN KEY (`user_test_id`, `dataset_id`) REFERENCES `user_test_results` (`user_test_id`, `dataset_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_test_executables_user_test_id_fkey` FOREIGN KEY (`user_test_id`) REFERENCES `user_tests` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_test_executables_dataset_id_fkey` FOREIGN KEY (`dataset_id`) REFERENCES `datasets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `contests` ADD CONSTRAINT `fk_contest_main_group_id` FOREIGN KEY (`main_group_id`) REFERENCES `groups` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `tasks` ADD CONSTRAINT `fk_active_dataset_id` FOREIGN KEY (`active_dataset_id`, `id`) REFERENCES `datasets` (`id`, `task_id`);

-- MarkUs (MarkUsProject/Markus) — online course-work submission and grading for universities (University of Toronto).
-- Upstream: github.com/MarkUsProject/Markus db/structure.sql (Rails, schema_format :sql, PostgreSQL dump),
-- commit 4401041cde7e11b738f9949e122ea9d287840c47 (MIT License).
-- Made by loading upstream's db/structure.sql into a scratch PostgreSQL 15 and writing each table back as MySQL DDL
-- from the catalog: all 63 tables, columns in upstream order with upstream names, primary keys, unique constraints
-- and indexes, and foreign keys (tables reordered so that referenced tables come first). Types: boolean -> TINYINT(1),
-- character varying -> VARCHAR(255), timestamp -> DATETIME(6)/DATETIME, numeric -> DECIMAL(65,30), interval ->
-- VARCHAR(64), bytea -> LONGBLOB, json -> JSON, text in a key -> VARCHAR(255). Where a foreign key joins an integer to a
-- bigint column, the referencing column takes the referenced column's type (MariaDB requires equal types).
-- Functions, sequences and non-unique indexes are left out.

CREATE TABLE `autotest_settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `url` VARCHAR(255) NOT NULL,
  `api_key` VARCHAR(255) NOT NULL,
  `schema` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `courses` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `is_hidden` TINYINT(1) NOT NULL DEFAULT 1,
  `display_name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `autotest_setting_id` BIGINT,
  `max_file_size` BIGINT NOT NULL DEFAULT 5000000,
  `start_at` DATETIME(6),
  `end_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_courses_on_name` (`name`),
  CONSTRAINT `fk_rails_a850991350` FOREIGN KEY (`autotest_setting_id`) REFERENCES `autotest_settings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assessments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `short_identifier` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `message` TEXT NOT NULL DEFAULT '',
  `due_date` DATETIME,
  `is_hidden` TINYINT(1) NOT NULL DEFAULT 1,
  `show_total` TINYINT(1) NOT NULL DEFAULT 0,
  `parent_assessment_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `course_id` BIGINT NOT NULL,
  `visible_on` DATETIME(6),
  `visible_until` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_assessments_on_parent_assessment_id` (`parent_assessment_id`),
  UNIQUE KEY `index_assessments_on_short_identifier_and_course_id` (`short_identifier`, `course_id`),
  CONSTRAINT `fk_rails_79e107ee61` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`),
  CONSTRAINT `fk_rails_b2750d590e` FOREIGN KEY (`parent_assessment_id`) REFERENCES `assessments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `criteria` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL DEFAULT '',
  `position` INT NOT NULL,
  `max_mark` DECIMAL(10,1) NOT NULL,
  `assigned_groups_count` INT NOT NULL DEFAULT 0,
  `ta_visible` TINYINT(1) NOT NULL DEFAULT 1,
  `peer_visible` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `assessment_id` INT NOT NULL,
  `bonus` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_criteria_on_assessment_id_and_name` (`assessment_id`, `name`),
  CONSTRAINT `fk_rails_f39ad88be1` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `annotation_categories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `annotation_category_name` VARCHAR(255) NOT NULL,
  `position` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `assessment_id` INT NOT NULL,
  `flexible_criterion_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_annotation_categories_on_assessment_id_and_name` (`assessment_id`, `annotation_category_name`),
  CONSTRAINT `fk_annotation_categories_assignments` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_2a311146ea` FOREIGN KEY (`flexible_criterion_id`) REFERENCES `criteria` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `first_name` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `api_key` VARCHAR(255),
  `email` VARCHAR(255),
  `id_number` VARCHAR(255),
  `display_name` VARCHAR(255) NOT NULL,
  `locale` VARCHAR(255) NOT NULL DEFAULT 'en',
  `theme` INT NOT NULL DEFAULT 1,
  `time_zone` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_api_key` (`api_key`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_id_number` (`id_number`),
  UNIQUE KEY `index_users_on_user_name` (`user_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sections` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `course_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_sections_on_name_and_course_id` (`name`, `course_id`),
  CONSTRAINT `fk_rails_20b1e5de46` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `course_id` BIGINT NOT NULL,
  `section_id` INT,
  `type` VARCHAR(255) NOT NULL,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `grace_credits` INT NOT NULL DEFAULT 0,
  `receives_results_emails` TINYINT(1) NOT NULL DEFAULT 0,
  `receives_invite_emails` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_roles_on_user_id_and_course_id` (`user_id`, `course_id`),
  CONSTRAINT `fk_rails_ab35d699f0` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_c0c49c15d4` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`),
  CONSTRAINT `fk_rails_de26433d35` FOREIGN KEY (`section_id`) REFERENCES `sections` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `annotation_texts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `content` TEXT,
  `annotation_category_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `creator_id` BIGINT,
  `last_editor_id` BIGINT,
  `deduction` DOUBLE,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_annotation_labels_annotation_categories` FOREIGN KEY (`annotation_category_id`) REFERENCES `annotation_categories` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_113a699958` FOREIGN KEY (`creator_id`) REFERENCES `roles` (`id`),
  CONSTRAINT `fk_rails_30b7e34fef` FOREIGN KEY (`last_editor_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group_name` VARCHAR(255) NOT NULL,
  `repo_name` VARCHAR(255),
  `course_id` BIGINT NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_groups_on_group_name_and_course_id` (`group_name`, `course_id`),
  CONSTRAINT `fk_rails_0dbb68deda` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groupings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `instructor_approved` TINYINT(1) NOT NULL DEFAULT 0,
  `is_collected` TINYINT(1) NOT NULL DEFAULT 0,
  `criteria_coverage_count` INT DEFAULT 0,
  `test_tokens` INT NOT NULL DEFAULT 0,
  `assessment_id` INT NOT NULL,
  `start_time` DATETIME,
  `starter_file_changed` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `groupings_u1` (`assessment_id`, `group_id`),
  CONSTRAINT `fk_groupings_assignments` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`),
  CONSTRAINT `fk_groupings_groups` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `grouping_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `submission_version` INT,
  `submission_version_used` TINYINT(1) NOT NULL DEFAULT 0,
  `revision_identifier` TEXT,
  `revision_timestamp` DATETIME,
  `remark_request` TEXT,
  `remark_request_timestamp` DATETIME,
  `is_empty` TINYINT(1) NOT NULL DEFAULT 1,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_357336692c` FOREIGN KEY (`grouping_id`) REFERENCES `groupings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_files` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `submission_id` INT NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `path` VARCHAR(255) NOT NULL DEFAULT '/',
  `is_converted` TINYINT(1) NOT NULL DEFAULT 0,
  `error_converting` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_submission_files_submissions` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `results` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `submission_id` INT NOT NULL,
  `marking_state` VARCHAR(255) NOT NULL,
  `overall_comment` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `released_to_students` TINYINT(1) NOT NULL DEFAULT 0,
  `remark_request_submitted_at` DATETIME,
  `view_token` VARCHAR(255) NOT NULL,
  `view_token_expiry` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_results_on_view_token` (`view_token`),
  CONSTRAINT `fk_results_submissions` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `annotations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `line_start` INT,
  `line_end` INT,
  `annotation_text_id` INT NOT NULL,
  `submission_file_id` INT NOT NULL,
  `x1` INT,
  `x2` INT,
  `y1` INT,
  `y2` INT,
  `type` VARCHAR(255),
  `annotation_number` INT NOT NULL,
  `is_remark` TINYINT(1) NOT NULL DEFAULT 0,
  `page` INT,
  `column_start` INT,
  `column_end` INT,
  `creator_type` VARCHAR(255),
  `creator_id` INT,
  `result_id` INT NOT NULL,
  `start_node` VARCHAR(255),
  `end_node` VARCHAR(255),
  `start_offset` INT,
  `end_offset` INT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_annotations_annotation_texts` FOREIGN KEY (`annotation_text_id`) REFERENCES `annotation_texts` (`id`),
  CONSTRAINT `fk_annotations_submission_files` FOREIGN KEY (`submission_file_id`) REFERENCES `submission_files` (`id`),
  CONSTRAINT `fk_rails_da86df1ca6` FOREIGN KEY (`result_id`) REFERENCES `results` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ar_internal_metadata` (
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assessment_section_properties` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `due_date` DATETIME,
  `section_id` INT NOT NULL,
  `assessment_id` INT NOT NULL,
  `start_time` DATETIME,
  `is_hidden` TINYINT(1),
  `visible_on` DATETIME(6),
  `visible_until` DATETIME(6),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_1d7f406bed` FOREIGN KEY (`section_id`) REFERENCES `sections` (`id`),
  CONSTRAINT `fk_rails_a1281a0028` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assignment_files` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `filename` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `assessment_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_assignment_files_on_assessment_id_and_filename` (`assessment_id`, `filename`),
  CONSTRAINT `fk_assignment_files_assignments` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `starter_file_groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `assessment_id` INT NOT NULL,
  `entry_rename` VARCHAR(255) NOT NULL DEFAULT '',
  `use_rename` TINYINT(1) NOT NULL DEFAULT 0,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_starter_file_groups_on_assessment_id_and_name` (`assessment_id`, `name`),
  CONSTRAINT `fk_rails_dc9506afeb` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assignment_properties` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `assessment_id` INT NOT NULL,
  `group_min` INT NOT NULL DEFAULT 1,
  `group_max` INT NOT NULL DEFAULT 1,
  `student_form_groups` TINYINT(1) NOT NULL DEFAULT 0,
  `group_name_autogenerated` TINYINT(1) NOT NULL DEFAULT 1,
  `repository_folder` VARCHAR(255) NOT NULL,
  `allow_web_submits` TINYINT(1) NOT NULL DEFAULT 1,
  `section_groups_only` TINYINT(1) NOT NULL DEFAULT 0,
  `section_due_dates_type` TINYINT(1) NOT NULL DEFAULT 0,
  `display_grader_names_to_students` TINYINT(1) NOT NULL DEFAULT 0,
  `enable_test` TINYINT(1) NOT NULL DEFAULT 0,
  `assign_graders_to_criteria` TINYINT(1) NOT NULL DEFAULT 0,
  `tokens_per_period` INT NOT NULL DEFAULT 0,
  `allow_remarks` TINYINT(1) NOT NULL DEFAULT 0,
  `remark_due_date` DATETIME,
  `remark_message` TEXT,
  `unlimited_tokens` TINYINT(1) NOT NULL DEFAULT 0,
  `only_required_files` TINYINT(1) NOT NULL DEFAULT 0,
  `vcs_submit` TINYINT(1) NOT NULL DEFAULT 0,
  `token_start_date` DATETIME,
  `token_period` DOUBLE,
  `has_peer_review` TINYINT(1) NOT NULL DEFAULT 0,
  `enable_student_tests` TINYINT(1) NOT NULL DEFAULT 0,
  `non_regenerating_tokens` TINYINT(1) NOT NULL DEFAULT 0,
  `scanned_exam` TINYINT(1) NOT NULL DEFAULT 0,
  `display_median_to_students` TINYINT(1) NOT NULL DEFAULT 0,
  `anonymize_groups` TINYINT(1) NOT NULL DEFAULT 0,
  `hide_unassigned_criteria` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `duration` VARCHAR(64),
  `start_time` DATETIME,
  `is_timed` TINYINT(1) NOT NULL DEFAULT 0,
  `starter_file_type` VARCHAR(255) NOT NULL DEFAULT 'simple',
  `starter_file_updated_at` DATETIME,
  `default_starter_file_group_id` BIGINT,
  `remote_autotest_settings_id` INT,
  `starter_files_after_due` TINYINT(1) NOT NULL DEFAULT 1,
  `url_submit` TINYINT(1) NOT NULL DEFAULT 0,
  `autotest_settings` JSON,
  `api_submit` TINYINT(1) NOT NULL DEFAULT 0,
  `release_with_urls` TINYINT(1) NOT NULL DEFAULT 0,
  `token_end_date` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_assignment_properties_on_assessment_id` (`assessment_id`),
  CONSTRAINT `fk_rails_aa46f38276` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_faee0a10b7` FOREIGN KEY (`default_starter_file_group_id`) REFERENCES `starter_file_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `criteria_assignment_files_joins` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `criterion_id` BIGINT NOT NULL,
  `assignment_file_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_29afc881e6` FOREIGN KEY (`assignment_file_id`) REFERENCES `assignment_files` (`id`),
  CONSTRAINT `fk_rails_b60e5e1ad7` FOREIGN KEY (`criterion_id`) REFERENCES `criteria` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `criterion_ta_associations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `ta_id` BIGINT NOT NULL,
  `criterion_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `assessment_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_7a0d4fe2f5` FOREIGN KEY (`ta_id`) REFERENCES `roles` (`id`),
  CONSTRAINT `fk_rails_8ce5f38173` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`),
  CONSTRAINT `fk_rails_f2f5f90ba7` FOREIGN KEY (`criterion_id`) REFERENCES `criteria` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exam_templates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `filename` VARCHAR(255) NOT NULL,
  `num_pages` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `cover_fields` VARCHAR(255) NOT NULL DEFAULT '',
  `automatic_parsing` TINYINT(1) NOT NULL DEFAULT 0,
  `crop_x` DECIMAL(65,30),
  `crop_y` DECIMAL(65,30),
  `crop_width` DECIMAL(65,30),
  `crop_height` DECIMAL(65,30),
  `assessment_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_exam_templates_on_assessment_id_and_name` (`assessment_id`, `name`),
  CONSTRAINT `fk_rails_735ea14f87` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `extensions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `time_delta` VARCHAR(64) NOT NULL,
  `apply_penalty` TINYINT(1) NOT NULL DEFAULT 0,
  `grouping_id` INT NOT NULL,
  `note` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_extensions_on_grouping_id` (`grouping_id`),
  CONSTRAINT `fk_rails_fa7e3b1bbd` FOREIGN KEY (`grouping_id`) REFERENCES `groupings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `extra_marks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `result_id` INT NOT NULL,
  `description` VARCHAR(255),
  `extra_mark` DOUBLE,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `unit` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_extra_marks_results` FOREIGN KEY (`result_id`) REFERENCES `results` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `test_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `display_output` INT NOT NULL DEFAULT 0,
  `criterion_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `assessment_id` INT NOT NULL,
  `autotest_settings` JSON NOT NULL DEFAULT '{}',
  `position` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_20f798f1b3` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`),
  CONSTRAINT `fk_rails_c147c92aff` FOREIGN KEY (`criterion_id`) REFERENCES `criteria` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `test_batches` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `course_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_4d07755b5f` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `test_runs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `test_batch_id` INT,
  `grouping_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `submission_id` INT,
  `revision_identifier` TEXT,
  `problems` TEXT,
  `autotest_test_id` INT,
  `status` INT NOT NULL,
  `role_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_3c9d686a0f` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`),
  CONSTRAINT `fk_rails_8d1eefeaa6` FOREIGN KEY (`grouping_id`) REFERENCES `groupings` (`id`),
  CONSTRAINT `fk_rails_bb3bcd4524` FOREIGN KEY (`test_batch_id`) REFERENCES `test_batches` (`id`),
  CONSTRAINT `fk_rails_f712000ed8` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `test_group_results` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `test_group_id` INT NOT NULL,
  `marks_earned` DOUBLE NOT NULL DEFAULT 0.0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `time` BIGINT NOT NULL,
  `marks_total` DOUBLE NOT NULL DEFAULT 0.0,
  `test_run_id` INT NOT NULL,
  `extra_info` TEXT,
  `error_type` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_5ad5ab0a6d` FOREIGN KEY (`test_group_id`) REFERENCES `test_groups` (`id`),
  CONSTRAINT `fk_rails_848004f82a` FOREIGN KEY (`test_run_id`) REFERENCES `test_runs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedback_files` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `filename` VARCHAR(255) NOT NULL,
  `file_content` LONGBLOB NOT NULL,
  `mime_type` VARCHAR(255) NOT NULL,
  `submission_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `test_group_result_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_55b6a53fc7` FOREIGN KEY (`test_group_result_id`) REFERENCES `test_group_results` (`id`),
  CONSTRAINT `fk_rails_fad793dc3e` FOREIGN KEY (`submission_id`) REFERENCES `submissions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberships` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `membership_status` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `grouping_id` INT NOT NULL,
  `type` VARCHAR(255),
  `role_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_memberships_groupings` FOREIGN KEY (`grouping_id`) REFERENCES `groupings` (`id`),
  CONSTRAINT `fk_rails_ab987c7623` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grace_period_deductions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `membership_id` INT,
  `deduction` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_a425869910` FOREIGN KEY (`membership_id`) REFERENCES `memberships` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grade_entry_items` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `out_of` DOUBLE NOT NULL,
  `position` INT NOT NULL,
  `bonus` TINYINT(1) NOT NULL DEFAULT 0,
  `assessment_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_grade_entry_items_on_assessment_id_and_name` (`assessment_id`, `name`),
  CONSTRAINT `fk_rails_f80c7b41a3` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grade_entry_students` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `released_to_student` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `assessment_id` INT NOT NULL,
  `role_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_grade_entry_students_on_role_id_and_assessment_id` (`role_id`, `assessment_id`),
  CONSTRAINT `fk_rails_ae72733e62` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`),
  CONSTRAINT `fk_rails_ec5b13f7ac` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grade_entry_students_tas` (
  `grade_entry_student_id` INT NOT NULL,
  `ta_id` BIGINT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_grade_entry_students_tas` (`grade_entry_student_id`, `ta_id`),
  CONSTRAINT `fk_rails_57182dc786` FOREIGN KEY (`ta_id`) REFERENCES `roles` (`id`),
  CONSTRAINT `fk_rails_eb93ffce42` FOREIGN KEY (`grade_entry_student_id`) REFERENCES `grade_entry_students` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grader_permissions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `manage_submissions` TINYINT(1) NOT NULL DEFAULT 0,
  `manage_assessments` TINYINT(1) NOT NULL DEFAULT 0,
  `run_tests` TINYINT(1) NOT NULL DEFAULT 0,
  `role_id` BIGINT NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_grader_permissions_on_role_id` (`role_id`),
  CONSTRAINT `fk_rails_c40f429065` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grades` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `grade_entry_item_id` INT NOT NULL,
  `grade_entry_student_id` INT NOT NULL,
  `grade` DOUBLE,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `last_updated_by_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_grades_on_grade_entry_item_id_and_grade_entry_student_id` (`grade_entry_item_id`, `grade_entry_student_id`),
  CONSTRAINT `fk_rails_4b76d9331b` FOREIGN KEY (`grade_entry_student_id`) REFERENCES `grade_entry_students` (`id`),
  CONSTRAINT `fk_rails_ad0732ef40` FOREIGN KEY (`grade_entry_item_id`) REFERENCES `grade_entry_items` (`id`),
  CONSTRAINT `fk_rails_e487def1ef` FOREIGN KEY (`last_updated_by_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `starter_file_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `starter_file_group_id` BIGINT NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_93b2f88720` FOREIGN KEY (`starter_file_group_id`) REFERENCES `starter_file_groups` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grouping_starter_file_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `grouping_id` INT NOT NULL,
  `starter_file_entry_id` BIGINT NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_grouping_starter_file_entries_on_grouping_and_entry` (`grouping_id`, `starter_file_entry_id`),
  CONSTRAINT `fk_rails_00e856bc0c` FOREIGN KEY (`starter_file_entry_id`) REFERENCES `starter_file_entries` (`id`),
  CONSTRAINT `fk_rails_6764550634` FOREIGN KEY (`grouping_id`) REFERENCES `groupings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groupings_tags` (
  `tag_id` INT NOT NULL,
  `grouping_id` INT NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  UNIQUE KEY `index_groupings_tags_on_tag_id_and_grouping_id` (`tag_id`, `grouping_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `job_messengers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `job_id` VARCHAR(255),
  `status` VARCHAR(255),
  `message` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `key_pairs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `public_key` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_07749372b3` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `levels` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `criterion_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `mark` DOUBLE NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_7d6e4d7d84` FOREIGN KEY (`criterion_id`) REFERENCES `criteria` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_clients` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `client_id` VARCHAR(255) NOT NULL,
  `host` VARCHAR(255) NOT NULL,
  `course_id` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_lti_clients_on_host_and_client_id` (`host`, `client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_deployments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `lti_client_id` BIGINT NOT NULL,
  `course_id` BIGINT,
  `external_deployment_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `lms_course_id` INT NOT NULL,
  `lms_course_name` VARCHAR(255) NOT NULL,
  `resource_link_id` VARCHAR(255),
  `lms_term_name` VARCHAR(255),
  `lms_course_sourcedid` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_lti_deployments_on_lti_client_id_and_lms_course_id` (`lti_client_id`, `lms_course_id`),
  CONSTRAINT `fk_rails_0587f17288` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`),
  CONSTRAINT `fk_rails_700ad4f1c1` FOREIGN KEY (`lti_client_id`) REFERENCES `lti_clients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_line_items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `lti_line_item_id` VARCHAR(255) NOT NULL,
  `assessment_id` INT NOT NULL,
  `lti_deployment_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_lti_line_items_on_lti_deployment_id_and_assessment_id` (`lti_deployment_id`, `assessment_id`),
  CONSTRAINT `fk_rails_0ca6350bd4` FOREIGN KEY (`lti_deployment_id`) REFERENCES `lti_deployments` (`id`),
  CONSTRAINT `fk_rails_4ed33e5462` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_services` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `lti_deployment_id` BIGINT NOT NULL,
  `service_type` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_lti_services_on_lti_deployment_id_and_service_type` (`lti_deployment_id`, `service_type`),
  CONSTRAINT `fk_rails_bc988f7ae6` FOREIGN KEY (`lti_deployment_id`) REFERENCES `lti_deployments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lti_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `lti_client_id` BIGINT NOT NULL,
  `user_id` INT NOT NULL,
  `lti_user_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_lti_users_on_lti_client_id_and_lti_user_id` (`lti_client_id`, `lti_user_id`),
  UNIQUE KEY `index_lti_users_on_user_id_and_lti_client_id` (`user_id`, `lti_client_id`),
  CONSTRAINT `fk_rails_8c221c7d3d` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_rails_f4e2e2b28c` FOREIGN KEY (`lti_client_id`) REFERENCES `lti_clients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `marking_schemes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `course_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_marking_schemes_on_course_id_and_name` (`course_id`, `name`),
  CONSTRAINT `fk_rails_66abcf9f61` FOREIGN KEY (`course_id`) REFERENCES `courses` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `marking_weights` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `marking_scheme_id` INT NOT NULL,
  `weight` DECIMAL(65,30),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `assessment_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_15c421fa93` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`),
  CONSTRAINT `fk_rails_207b1ceb94` FOREIGN KEY (`marking_scheme_id`) REFERENCES `marking_schemes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `marks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `result_id` INT NOT NULL,
  `criterion_id` BIGINT NOT NULL,
  `mark` DOUBLE,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `override` TINYINT(1) NOT NULL DEFAULT 0,
  `last_updated_by_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_marks_on_result_id_and_criterion_id` (`result_id`, `criterion_id`),
  CONSTRAINT `fk_marks_results` FOREIGN KEY (`result_id`) REFERENCES `results` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_rails_91ca4ab40c` FOREIGN KEY (`last_updated_by_id`) REFERENCES `roles` (`id`),
  CONSTRAINT `fk_rails_d7d7e253ac` FOREIGN KEY (`criterion_id`) REFERENCES `criteria` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `notes_message` TEXT NOT NULL,
  `creator_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `noteable_type` VARCHAR(255) NOT NULL,
  `noteable_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_5d4a723a34` FOREIGN KEY (`creator_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `peer_reviews` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `result_id` INT NOT NULL,
  `reviewer_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_peer_reviews_on_result_id_and_reviewer_id` (`result_id`, `reviewer_id`),
  CONSTRAINT `fk_rails_1e5d815725` FOREIGN KEY (`result_id`) REFERENCES `results` (`id`),
  CONSTRAINT `fk_rails_89cf1ffcc5` FOREIGN KEY (`reviewer_id`) REFERENCES `groupings` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `periods` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `submission_rule_id` INT NOT NULL,
  `deduction` DOUBLE,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `hours` DOUBLE,
  `interval` DOUBLE,
  `submission_rule_type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schema_migrations` (
  `version` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `section_starter_file_groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `section_id` INT NOT NULL,
  `starter_file_group_id` BIGINT NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_d988dc43a3` FOREIGN KEY (`starter_file_group_id`) REFERENCES `starter_file_groups` (`id`),
  CONSTRAINT `fk_rails_e17dbd98da` FOREIGN KEY (`section_id`) REFERENCES `sections` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `session_id` VARCHAR(255) NOT NULL,
  `data` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `split_pdf_logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uploaded_when` DATETIME,
  `error_description` VARCHAR(255),
  `filename` VARCHAR(255) NOT NULL,
  `num_groups_in_complete` INT NOT NULL,
  `num_groups_in_incomplete` INT NOT NULL,
  `num_pages_qr_scan_error` INT NOT NULL,
  `original_num_pages` INT NOT NULL,
  `qr_code_found` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `exam_template_id` INT NOT NULL,
  `role_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_a3bcef9f4d` FOREIGN KEY (`exam_template_id`) REFERENCES `exam_templates` (`id`),
  CONSTRAINT `fk_rails_e47d20d30f` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `split_pages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `raw_page_number` INT,
  `exam_page_number` INT,
  `filename` VARCHAR(255),
  `status` VARCHAR(255),
  `split_pdf_log_id` INT NOT NULL,
  `group_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_5d57914eb6` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`),
  CONSTRAINT `fk_rails_9ea6507e1b` FOREIGN KEY (`split_pdf_log_id`) REFERENCES `split_pdf_logs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `submission_rules` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255) DEFAULT 'NoLateSubmissionRule',
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `assessment_id` INT NOT NULL,
  `penalty_type` VARCHAR(255) DEFAULT 'percentage',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_submission_rules_on_assessment_id` (`assessment_id`),
  CONSTRAINT `fk_rails_94ce06df92` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `assessment_id` INT,
  `role_id` BIGINT NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_4562903764` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`),
  CONSTRAINT `fk_rails_7b5dd1aabc` FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `template_divisions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `exam_template_id` INT NOT NULL,
  `start` INT NOT NULL,
  `end` INT NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `assignment_file_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_template_divisions_on_exam_template_id_and_label` (`exam_template_id`, `label`),
  CONSTRAINT `fk_rails_2e45bc5c86` FOREIGN KEY (`assignment_file_id`) REFERENCES `assignment_files` (`id`),
  CONSTRAINT `fk_rails_c03e161c7f` FOREIGN KEY (`exam_template_id`) REFERENCES `exam_templates` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `test_results` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `status` TEXT NOT NULL,
  `marks_earned` DOUBLE NOT NULL DEFAULT 0.0,
  `output` TEXT NOT NULL DEFAULT '',
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `marks_total` DOUBLE NOT NULL DEFAULT 0.0,
  `time` BIGINT,
  `test_group_result_id` INT NOT NULL,
  `position` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_test_results_on_test_group_result_id_and_name` (`test_group_result_id`, `name`),
  CONSTRAINT `fk_rails_706edea285` FOREIGN KEY (`test_group_result_id`) REFERENCES `test_group_results` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `openstax_accounts_accounts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `openstax_uid` INT,
  `username` VARCHAR(255),
  `access_token` VARCHAR(255),
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `full_name` VARCHAR(255),
  `title` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `faculty_status` INT NOT NULL DEFAULT 0,
  `salesforce_contact_id` VARCHAR(255),
  `uuid` CHAR(36) NOT NULL,
  `role` INT NOT NULL DEFAULT 0,
  `support_identifier` VARCHAR(255),
  `is_test` TINYINT(1),
  `school_type` INT NOT NULL DEFAULT 0,
  `is_kip` TINYINT(1),
  `school_location` INT NOT NULL DEFAULT 0,
  `grant_tutor_access` TINYINT(1),
  `is_administrator` TINYINT(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_profiles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `account_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `ui_settings` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `openstax_accounts_accounts` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_administrators` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_profile_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_profile_id`) REFERENCES `user_profiles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_content_analysts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_profile_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_profile_id`) REFERENCES `user_profiles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_customer_services` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_profile_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_profile_id`) REFERENCES `user_profiles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_researchers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_profile_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_profile_id`) REFERENCES `user_profiles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_suggestions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `content` TEXT NOT NULL,
  `topic` INT NOT NULL DEFAULT 0,
  `user_profile_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_roles` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `role_type` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `research_identifier` VARCHAR(255) NOT NULL,
  `user_profile_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_profile_id`) REFERENCES `user_profiles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `school_district_districts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `school_district_schools` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `school_district_district_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`school_district_district_id`) REFERENCES `school_district_districts` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `catalog_offerings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `salesforce_book_name` VARCHAR(255) NOT NULL,
  `content_ecosystem_id` INT,
  `is_tutor` TINYINT(1) NOT NULL DEFAULT 0,
  `is_concept_coach` TINYINT(1) NOT NULL DEFAULT 0,
  `description` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `default_course_name` VARCHAR(255),
  `appearance_code` VARCHAR(255),
  `is_available` TINYINT(1) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `number` INT NOT NULL,
  `does_cost` TINYINT(1) NOT NULL DEFAULT 0,
  `is_preview_available` TINYINT(1) NOT NULL,
  `preview_message` TEXT,
  `deleted_at` DATETIME,
  `subject` VARCHAR(255),
  `os_book_id` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_profile_courses` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `school_district_school_id` INT,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `is_concept_coach` TINYINT(1) NOT NULL,
  `teach_token` VARCHAR(255) NOT NULL,
  `catalog_offering_id` INT,
  `appearance_code` VARCHAR(255),
  `is_college` TINYINT(1),
  `starts_at` DATETIME NOT NULL,
  `ends_at` DATETIME NOT NULL,
  `term` INT NOT NULL,
  `year` INT NOT NULL,
  `cloned_from_id` INT,
  `is_preview` TINYINT(1) NOT NULL,
  `is_excluded_from_salesforce` TINYINT(1) NOT NULL DEFAULT 0,
  `uuid` CHAR(36) NOT NULL,
  `is_test` TINYINT(1) NOT NULL DEFAULT 0,
  `does_cost` TINYINT(1) NOT NULL DEFAULT 0,
  `estimated_student_count` INT,
  `preview_claimed_at` DATETIME,
  `is_preview_ready` TINYINT(1) NOT NULL DEFAULT 0,
  `deleted_at` DATETIME,
  `is_lms_enabled` TINYINT(1),
  `is_lms_enabling_allowed` TINYINT(1) NOT NULL DEFAULT 0,
  `is_access_switchable` TINYINT(1) NOT NULL DEFAULT 1,
  `last_lms_scores_push_job_id` VARCHAR(255),
  `creator_campaign_member_id` VARCHAR(255),
  `latest_adoption_decision` VARCHAR(255),
  `homework_weight` DOUBLE NOT NULL DEFAULT 0.5,
  `reading_weight` DOUBLE NOT NULL DEFAULT 0.5,
  `timezone` VARCHAR(255) NOT NULL,
  `past_due_unattempted_ungraded_wrq_are_zero` TINYINT(1) NOT NULL DEFAULT 1,
  `environment_id` BIGINT NOT NULL,
  `code` VARCHAR(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`catalog_offering_id`) REFERENCES `catalog_offerings` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`cloned_from_id`) REFERENCES `course_profile_courses` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`school_district_school_id`) REFERENCES `school_district_schools` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_membership_periods` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `course_profile_course_id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `enrollment_code` VARCHAR(255) NOT NULL,
  `archived_at` DATETIME,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_profile_course_id`) REFERENCES `course_profile_courses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_membership_students` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `course_profile_course_id` INT NOT NULL,
  `entity_role_id` INT NOT NULL,
  `dropped_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `student_identifier` VARCHAR(255),
  `uuid` CHAR(36) NOT NULL,
  `first_paid_at` DATETIME,
  `is_paid` TINYINT(1) NOT NULL DEFAULT 0,
  `is_comped` TINYINT(1) NOT NULL DEFAULT 0,
  `payment_due_at` DATETIME NOT NULL,
  `is_refund_pending` TINYINT(1) NOT NULL DEFAULT 0,
  `refund_survey_response` LONGTEXT,
  `course_membership_period_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_profile_course_id`) REFERENCES `course_profile_courses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`entity_role_id`) REFERENCES `entity_roles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_membership_teachers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `course_profile_course_id` INT NOT NULL,
  `entity_role_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `deleted_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_profile_course_id`) REFERENCES `course_profile_courses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`entity_role_id`) REFERENCES `entity_roles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_membership_teacher_students` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `course_profile_course_id` INT NOT NULL,
  `course_membership_period_id` INT NOT NULL,
  `entity_role_id` INT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `deleted_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_membership_period_id`) REFERENCES `course_membership_periods` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`course_profile_course_id`) REFERENCES `course_profile_courses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`entity_role_id`) REFERENCES `entity_roles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_membership_enrollments` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `course_membership_period_id` INT NOT NULL,
  `course_membership_student_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `sequence_number` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_membership_period_id`) REFERENCES `course_membership_periods` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`course_membership_student_id`) REFERENCES `course_membership_students` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `course_membership_enrollment_changes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_profile_id` INT NOT NULL,
  `course_membership_enrollment_id` INT,
  `course_membership_period_id` INT NOT NULL,
  `status` INT NOT NULL DEFAULT 0,
  `requires_enrollee_approval` TINYINT(1) NOT NULL DEFAULT 1,
  `enrollee_approved_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `course_membership_conflicting_enrollment_id` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_membership_enrollment_id`) REFERENCES `course_membership_enrollments` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  FOREIGN KEY (`course_membership_period_id`) REFERENCES `course_membership_periods` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`user_profile_id`) REFERENCES `user_profiles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_grading_templates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `course_profile_course_id` BIGINT NOT NULL,
  `task_plan_type` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `completion_weight` DOUBLE NOT NULL,
  `correctness_weight` DOUBLE NOT NULL,
  `auto_grading_feedback_on` INT NOT NULL,
  `manual_grading_feedback_on` INT NOT NULL,
  `late_work_penalty` DOUBLE NOT NULL,
  `late_work_penalty_applied` INT NOT NULL,
  `default_open_time` VARCHAR(255) NOT NULL,
  `default_due_time` VARCHAR(255) NOT NULL,
  `default_due_date_offset_days` INT NOT NULL,
  `default_close_date_offset_days` INT NOT NULL,
  `deleted_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `cloned_from_id` BIGINT,
  `allow_auto_graded_multiple_attempts` TINYINT(1) NOT NULL DEFAULT 0,
  `shuffle_answer_choices` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cloned_from_id`) REFERENCES `tasks_grading_templates` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_task_plans` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tasks_assistant_id` INT NOT NULL,
  `course_profile_course_id` INT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `settings` TEXT NOT NULL,
  `publish_last_requested_at` DATETIME,
  `first_published_at` DATETIME,
  `publish_job_uuid` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `content_ecosystem_id` INT NOT NULL,
  `withdrawn_at` DATETIME,
  `last_published_at` DATETIME,
  `cloned_from_id` INT,
  `is_preview` TINYINT(1) DEFAULT 0,
  `tasks_grading_template_id` INT,
  `ungraded_step_count` INT NOT NULL DEFAULT 0,
  `wrq_count` INT NOT NULL DEFAULT 0,
  `gradable_step_count` INT NOT NULL DEFAULT 0,
  `updated_by_instructor_at` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cloned_from_id`) REFERENCES `tasks_task_plans` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_tasking_plans` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `target_type` VARCHAR(255) NOT NULL,
  `target_id` INT NOT NULL,
  `tasks_task_plan_id` INT NOT NULL,
  `opens_at_ntz` DATETIME NOT NULL,
  `due_at_ntz` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `closes_at_ntz` DATETIME NOT NULL,
  `gradable_step_count` INT NOT NULL DEFAULT 0,
  `ungraded_step_count` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tasks_task_plan_id`) REFERENCES `tasks_task_plans` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_tasks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tasks_task_plan_id` INT,
  `task_type` INT NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `opens_at_ntz` DATETIME,
  `due_at_ntz` DATETIME,
  `last_worked_at` DATETIME,
  `steps_count` INT NOT NULL DEFAULT 0,
  `completed_steps_count` INT NOT NULL DEFAULT 0,
  `core_steps_count` INT NOT NULL DEFAULT 0,
  `completed_core_steps_count` INT NOT NULL DEFAULT 0,
  `exercise_steps_count` INT NOT NULL DEFAULT 0,
  `completed_exercise_steps_count` INT NOT NULL DEFAULT 0,
  `recovered_exercise_steps_count` INT NOT NULL DEFAULT 0,
  `correct_exercise_steps_count` INT NOT NULL DEFAULT 0,
  `placeholder_steps_count` INT NOT NULL DEFAULT 0,
  `placeholder_exercise_steps_count` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `spy` TEXT NOT NULL,
  `correct_on_time_exercise_steps_count` INT NOT NULL DEFAULT 0,
  `completed_on_time_exercise_steps_count` INT NOT NULL DEFAULT 0,
  `completed_on_time_steps_count` INT NOT NULL DEFAULT 0,
  `hidden_at` DATETIME,
  `uuid` CHAR(36) NOT NULL,
  `content_ecosystem_id` INT NOT NULL,
  `spes_are_assigned` TINYINT(1) NOT NULL DEFAULT 0,
  `pes_are_assigned` TINYINT(1) NOT NULL DEFAULT 0,
  `core_placeholder_exercise_steps_count` INT NOT NULL DEFAULT 0,
  `pe_calculation_uuid` CHAR(36),
  `pe_ecosystem_matrix_uuid` CHAR(36),
  `spe_calculation_uuid` CHAR(36),
  `spe_ecosystem_matrix_uuid` CHAR(36),
  `closes_at_ntz` DATETIME,
  `core_page_ids` TEXT NOT NULL,
  `core_steps_completed_at` DATETIME,
  `grades_last_published_at` DATETIME,
  `course_profile_course_id` BIGINT NOT NULL,
  `role_book_part_job_id` INT,
  `period_book_part_job_id` INT,
  `ungraded_step_count` INT NOT NULL DEFAULT 0,
  `gradable_step_count` INT NOT NULL DEFAULT 0,
  `available_points` DOUBLE NOT NULL DEFAULT 0.0,
  `published_points_before_due` DOUBLE NOT NULL,
  `published_points_after_due` DOUBLE NOT NULL,
  `is_provisional_score_before_due` TINYINT(1) NOT NULL DEFAULT 0,
  `is_provisional_score_after_due` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tasks_task_plan_id`) REFERENCES `tasks_task_plans` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_taskings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `entity_role_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `tasks_task_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`entity_role_id`) REFERENCES `entity_roles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`tasks_task_id`) REFERENCES `tasks_tasks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_task_steps` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tasks_task_id` INT NOT NULL,
  `tasked_id` INT NOT NULL,
  `tasked_type` VARCHAR(255) NOT NULL,
  `number` INT NOT NULL,
  `first_completed_at` DATETIME,
  `last_completed_at` DATETIME,
  `group_type` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `related_exercise_ids` TEXT NOT NULL,
  `labels` TEXT NOT NULL,
  `spy` TEXT NOT NULL,
  `content_page_id` INT,
  `fragment_index` INT,
  `is_core` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tasks_task_id`) REFERENCES `tasks_tasks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_tasked_exercises` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `content_exercise_id` INT NOT NULL,
  `url` VARCHAR(255),
  `title` VARCHAR(255),
  `free_response` TEXT,
  `answer_id` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `correct_answer_id` VARCHAR(255),
  `is_in_multipart` TINYINT(1) NOT NULL DEFAULT 0,
  `question_id` VARCHAR(255) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `question_index` INT NOT NULL,
  `response_validation` LONGTEXT,
  `content` TEXT,
  `context` TEXT,
  `answer_ids` TEXT NOT NULL,
  `grader_points` DOUBLE,
  `grader_comments` TEXT,
  `last_graded_at` DATETIME,
  `published_grader_points` DOUBLE,
  `published_comments` TEXT,
  `attempt_number` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_extensions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `tasks_task_plan_id` BIGINT NOT NULL,
  `entity_role_id` BIGINT NOT NULL,
  `due_at_ntz` DATETIME NOT NULL,
  `closes_at_ntz` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_practice_questions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `tasks_tasked_exercise_id` BIGINT NOT NULL,
  `content_exercise_id` BIGINT NOT NULL,
  `entity_role_id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_previous_attempts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `tasks_tasked_exercise_id` BIGINT NOT NULL,
  `number` INT NOT NULL,
  `attempted_at` DATETIME NOT NULL,
  `free_response` TEXT,
  `answer_id` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_performance_report_exports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `course_profile_course_id` INT NOT NULL,
  `entity_role_id` INT NOT NULL,
  `export` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_profile_course_id`) REFERENCES `course_profile_courses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`entity_role_id`) REFERENCES `entity_roles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `content_notes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `content_page_id` INT NOT NULL,
  `entity_role_id` INT NOT NULL,
  `anchor` TEXT NOT NULL,
  `annotation` TEXT,
  `contents` LONGTEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`entity_role_id`) REFERENCES `entity_roles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fine_print_contracts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `version` INT,
  `title` VARCHAR(255) NOT NULL,
  `content` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fine_print_signatures` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `contract_id` INT NOT NULL,
  `user_type` VARCHAR(255) NOT NULL,
  `user_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `is_implicit` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lms_apps` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner_type` VARCHAR(255) NOT NULL,
  `owner_id` INT NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lms_contexts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `lti_id` VARCHAR(255) NOT NULL,
  `lms_tool_consumer_id` INT NOT NULL,
  `course_profile_course_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `app_type` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_profile_course_id`) REFERENCES `course_profile_courses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lms_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `lti_user_id` VARCHAR(255) NOT NULL,
  `openstax_accounts_accounts_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_applications` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `uid` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `scopes` VARCHAR(255) NOT NULL DEFAULT '',
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `owner_id` INT,
  `owner_type` VARCHAR(255),
  `confidential` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `resource_owner_id` INT,
  `application_id` INT,
  `token` VARCHAR(255) NOT NULL,
  `refresh_token` VARCHAR(255),
  `expires_in` INT,
  `revoked_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `scopes` VARCHAR(255),
  `previous_refresh_token` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `research_studies` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `activate_at` DATETIME,
  `deactivate_at` DATETIME,
  `last_activated_at` DATETIME,
  `last_deactivated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `research_cohorts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `research_study_id` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `cohort_members_count` INT NOT NULL DEFAULT 0,
  `is_accepting_members` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`research_study_id`) REFERENCES `research_studies` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `research_cohort_members` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `research_cohort_id` INT NOT NULL,
  `course_membership_student_id` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`course_membership_student_id`) REFERENCES `course_membership_students` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  FOREIGN KEY (`research_cohort_id`) REFERENCES `research_cohorts` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `payment_codes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(255),
  `redeemed_at` DATETIME,
  `course_membership_student_id` BIGINT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `openstax_salesforce_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `uid` VARCHAR(255) NOT NULL,
  `oauth_token` VARCHAR(255) NOT NULL,
  `refresh_token` VARCHAR(255) NOT NULL,
  `instance_url` VARCHAR(255) NOT NULL,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `var` VARCHAR(255) NOT NULL,
  `value` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `__drizzle_migrations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `hash` text NOT NULL,
  `created_at` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `company` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `website` varchar(500),
  `phone` varchar(50),
  `address` text,
  `description` text,
  `logo_url` varchar(1000),
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `departments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `company_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `departments_company_id_name_unique` (`company_id`,`name`),
  FOREIGN KEY (`company_id`) REFERENCES `company` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `asgardeo_user_id` varchar(255) NOT NULL,
  `first_name` varchar(100) NOT NULL,
  `last_name` varchar(100) NOT NULL,
  `email` varchar(255) NOT NULL,
  `avatar_url` varchar(1000),
  `role` enum('super_admin','hiring_manager','interviewer') NOT NULL DEFAULT 'interviewer',
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_asgardeo_user_id_unique` (`asgardeo_user_id`),
  UNIQUE KEY `users_email_unique` (`email`)
) ENGINE=InnoDB;

CREATE TABLE `templates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `type` enum('offer','rejection','assessment_invite','general') NOT NULL,
  `subject` varchar(500) NOT NULL,
  `body_json` json NOT NULL DEFAULT '[]',
  `created_by` int NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `job_skills` (
  `id` int NOT NULL AUTO_INCREMENT,
  `job_id` int NOT NULL,
  `skill` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `job_skills_job_id_skill_unique` (`job_id`,`skill`),
  FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `jobs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `slug` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `department_id` int NOT NULL,
  `employment_type` enum('full_time','part_time','contract','internship','freelance') NOT NULL,
  `location` varchar(255),
  `description` text,
  `salary_type` enum('range','fixed'),
  `currency` varchar(3),
  `pay_frequency` enum('hourly','daily','weekly','monthly','yearly'),
  `salary_fixed` decimal(12,2),
  `salary_min` decimal(12,2),
  `salary_max` decimal(12,2),
  `status` enum('draft','inactive','published','closed','archived') NOT NULL DEFAULT 'draft',
  `created_by` int NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `jobs_slug_unique` (`slug`),
  CONSTRAINT `chk_salary_range` CHECK (`salary_type` != 'range' OR (`salary_min` IS NOT NULL AND `salary_max` IS NOT NULL)),
  CONSTRAINT `chk_salary_fixed` CHECK (`salary_type` != 'fixed' OR `salary_fixed` IS NOT NULL),
  CONSTRAINT `chk_salary_currency` CHECK (`salary_type` IS NULL OR `currency` IS NOT NULL),
  CONSTRAINT `chk_salary_min_max` CHECK (`salary_min` IS NULL OR `salary_max` IS NULL OR `salary_max` >= `salary_min`),
  FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`) ON DELETE NO ACTION,
  FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `job_hiring_team` (
  `id` int NOT NULL AUTO_INCREMENT,
  `job_id` int NOT NULL,
  `user_id` int NOT NULL,
  `added_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `job_hiring_team_job_id_user_id_unique` (`job_id`,`user_id`),
  FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `job_pipeline_stages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `job_id` int NOT NULL,
  `name` varchar(100) NOT NULL,
  `position` int NOT NULL,
  `stage_type` enum('none','source','assessment','interview','offer','rejection') NOT NULL DEFAULT 'none',
  `offer_template_id` int,
  `offer_mode` enum('auto_draft','auto_send'),
  `offer_expiry_days` int,
  `rejection_template_id` int,
  `source_template_id` int,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `job_pipeline_stages_job_id_position_unique` (`job_id`,`position`),
  FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`offer_template_id`) REFERENCES `templates` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`rejection_template_id`) REFERENCES `templates` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`source_template_id`) REFERENCES `pipeline_stage_templates` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE `pipeline_stage_templates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `position` int NOT NULL,
  `stage_type` enum('none','source','assessment','interview','offer','rejection') NOT NULL DEFAULT 'none',
  `is_deletable` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pipeline_stage_templates_name_unique` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `assessment_question_options` (
  `id` int NOT NULL AUTO_INCREMENT,
  `question_id` int NOT NULL,
  `label` varchar(500) NOT NULL,
  `is_correct` tinyint(1) NOT NULL DEFAULT 0,
  `position` int NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`question_id`) REFERENCES `assessment_questions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `assessment_questions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `assessment_id` int NOT NULL,
  `title` varchar(500) NOT NULL,
  `description` text,
  `question_type` enum('short_answer','long_answer','checkbox','radio','multiple_choice') NOT NULL,
  `points` decimal(6,2) NOT NULL DEFAULT 1,
  `position` int NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `assessments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `description` text,
  `time_limit` int NOT NULL,
  `pass_score` decimal(5,2) NOT NULL,
  `created_by` int NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `job_assessment_attachments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `job_id` int NOT NULL,
  `assessment_id` int NOT NULL,
  `trigger_stage_id` int NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `job_assessment_attachments_job_id_trigger_stage_id_unique` (`job_id`,`trigger_stage_id`),
  FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`trigger_stage_id`) REFERENCES `job_pipeline_stages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `job_custom_question_options` (
  `id` int NOT NULL AUTO_INCREMENT,
  `question_id` int NOT NULL,
  `label` varchar(500) NOT NULL,
  `is_correct` tinyint(1) NOT NULL DEFAULT 0,
  `position` int NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`question_id`) REFERENCES `job_custom_questions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `job_custom_questions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `job_id` int NOT NULL,
  `title` varchar(500) NOT NULL,
  `question_type` enum('short_answer','long_answer','checkbox','radio','multiple_choice') NOT NULL,
  `is_required` tinyint(1) NOT NULL DEFAULT 0,
  `position` int NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `candidate_assessment_answer_selections` (
  `id` int NOT NULL AUTO_INCREMENT,
  `answer_id` int NOT NULL,
  `option_id` int NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`answer_id`,`option_id`),
  FOREIGN KEY (`answer_id`) REFERENCES `candidate_assessment_answers` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`option_id`) REFERENCES `assessment_question_options` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `candidate_assessment_answers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `attempt_id` int NOT NULL,
  `question_id` int NOT NULL,
  `answer_text` text,
  `points_earned` decimal(6,2),
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `candidate_assessment_answers_attempt_id_question_id_unique` (`attempt_id`,`question_id`),
  FOREIGN KEY (`attempt_id`) REFERENCES `candidate_assessment_attempts` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`question_id`) REFERENCES `assessment_questions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `candidate_assessment_attempts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `candidate_id` int NOT NULL,
  `assessment_id` int NOT NULL,
  `token` varchar(255) NOT NULL,
  `status` enum('pending','started','completed','expired') NOT NULL DEFAULT 'pending',
  `expires_at` datetime NOT NULL,
  `started_at` datetime,
  `completed_at` datetime,
  `score_raw` decimal(8,2),
  `score_total` decimal(8,2),
  `score_percentage` decimal(5,2),
  `passed` tinyint(1),
  `candidate_name_input` varchar(255),
  `candidate_email_input` varchar(255),
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `candidate_assessment_attempts_token_unique` (`token`),
  FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`assessment_id`) REFERENCES `assessments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `candidate_custom_answer_selections` (
  `id` int NOT NULL AUTO_INCREMENT,
  `candidate_id` int NOT NULL,
  `question_id` int NOT NULL,
  `option_id` int NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`candidate_id`,`question_id`,`option_id`),
  FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`question_id`) REFERENCES `job_custom_questions` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`option_id`) REFERENCES `job_custom_question_options` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `candidate_custom_answers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `candidate_id` int NOT NULL,
  `question_id` int NOT NULL,
  `answer_text` text,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `candidate_custom_answers_candidate_id_question_id_unique` (`candidate_id`,`question_id`),
  FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`question_id`) REFERENCES `job_custom_questions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `candidate_cv_analysis` (
  `id` int NOT NULL AUTO_INCREMENT,
  `candidate_id` int NOT NULL,
  `job_id` int NOT NULL,
  `match_score` decimal(5,2),
  `matched_skills` json,
  `missing_skills` json,
  `extracted_text` text,
  `status` enum('pending','done','failed') NOT NULL DEFAULT 'pending',
  `error_message` text,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `candidate_cv_analysis_candidate_id_unique` (`candidate_id`),
  FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `candidate_stage_history` (
  `id` int NOT NULL AUTO_INCREMENT,
  `candidate_id` int NOT NULL,
  `stage_id` int NOT NULL,
  `moved_by` int,
  `moved_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`stage_id`) REFERENCES `job_pipeline_stages` (`id`) ON DELETE RESTRICT,
  FOREIGN KEY (`moved_by`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE `candidates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(100) NOT NULL,
  `last_name` varchar(100) NOT NULL,
  `email` varchar(255) NOT NULL,
  `phone` varchar(50),
  `resume_url` varchar(1000),
  `job_id` int NOT NULL,
  `current_stage_id` int,
  `applied_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE RESTRICT,
  FOREIGN KEY (`current_stage_id`) REFERENCES `job_pipeline_stages` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE `offers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `candidate_id` int NOT NULL,
  `job_id` int NOT NULL,
  `template_id` int,
  `status` enum('draft','sent','pending','accepted','declined','withdrawn') NOT NULL DEFAULT 'draft',
  `salary` decimal(12,2),
  `currency` varchar(3),
  `pay_frequency` enum('hourly','daily','weekly','monthly','yearly'),
  `start_date` date,
  `expiry_date` date,
  `rendered_html` text,
  `sent_at` datetime,
  `created_by` int NOT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE RESTRICT,
  FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE NO ACTION
) ENGINE=InnoDB;

CREATE TABLE `email_messages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `candidate_id` int NOT NULL,
  `sent_by` int,
  `template_id` int,
  `subject` varchar(500) NOT NULL,
  `body_html` text NOT NULL,
  `recipient_email` varchar(255) NOT NULL,
  `sent_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`sent_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE `job_chat_messages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `job_id` int NOT NULL,
  `sender_id` int NOT NULL,
  `message` text,
  `reply_to_id` int,
  `sent_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `is_system_message` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`sender_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`reply_to_id`) REFERENCES `job_chat_messages` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE `candidate_chat_messages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `candidate_id` int NOT NULL,
  `sender_id` int NOT NULL,
  `message` text,
  `reply_to_id` int,
  `sent_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `is_system_message` tinyint(1) NOT NULL DEFAULT 0,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`candidate_id`) REFERENCES `candidates` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`sender_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`reply_to_id`) REFERENCES `candidate_chat_messages` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;

-- User Office Project, user-office-core (ESS, STFC ISIS and ELI user office: proposals, calls, facility access
-- panels, reviews, experiments, visits, samples, experiment safety, shipments, feedback),
-- github.com/UserOfficeProject/user-office-core, commit 1d2adc672d58d2445d4036875e79ab12be5d8247 (BSD-3-Clause).
-- apps/backend/db_patches/*.sql (PostgreSQL) replayed in file-name order into PostgreSQL 15 (seeds not run), all
-- 81 tables written as MySQL DDL from the catalogue (see useroffice.md).

CREATE TABLE `api_permissions` (
  `access_token_id` VARCHAR(64) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `access_token` VARCHAR(512) NOT NULL,
  `access_permissions` JSON,
  PRIMARY KEY (`access_token_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `countries` (
  `country_id` INT NOT NULL AUTO_INCREMENT,
  `country` VARCHAR(100),
  PRIMARY KEY (`country_id`),
  UNIQUE KEY `countries_country_id_key` (`country_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `db_patches` (
  `patch_id` VARCHAR(100) NOT NULL,
  `author` VARCHAR(50) NOT NULL,
  `purpose` VARCHAR(600),
  `created_at` DATETIME(6) NOT NULL,
  `applied_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`patch_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `faps` (
  `fap_id` INT NOT NULL AUTO_INCREMENT,
  `description` TEXT,
  `code` TEXT,
  `number_ratings_required` INT,
  `active` TINYINT(1),
  `grade_guide` TEXT,
  `custom_grade_guide` TINYINT(1),
  `files` JSON,
  PRIMARY KEY (`fap_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `features` (
  `feature_id` VARCHAR(128) NOT NULL,
  `is_enabled` TINYINT(1),
  `description` VARCHAR(500) NOT NULL,
  PRIMARY KEY (`feature_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `file_id` CHAR(36) NOT NULL,
  `file_name` VARCHAR(512) NOT NULL,
  `size_in_bytes` INT,
  `mime_type` VARCHAR(256),
  `oid` INT,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`file_id`),
  UNIQUE KEY `files_oid_key` (`oid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `institutions` (
  `institution_id` INT NOT NULL AUTO_INCREMENT,
  `institution` VARCHAR(100),
  `country_id` INT,
  `ror_id` VARCHAR(100),
  PRIMARY KEY (`institution_id`),
  UNIQUE KEY `institutions_institution_id_key` (`institution_id`),
  CONSTRAINT `country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `countries` (`country_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `old_files` (
  `file_id` BIGINT NOT NULL,
  `file_name` VARCHAR(512) NOT NULL,
  `size_in_bytes` INT,
  `mime_type` VARCHAR(256),
  `oid` INT,
  `created_at` DATETIME(6) NOT NULL,
  `file_uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`file_id`),
  UNIQUE KEY `old_files_oid_key` (`oid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pagetext` (
  `pagetext_id` INT NOT NULL AUTO_INCREMENT,
  `content` TEXT,
  PRIMARY KEY (`pagetext_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `quantities` (
  `quantity_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`quantity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `question_datatypes` (
  `question_datatype_id` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`question_datatype_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `role_id` INT NOT NULL AUTO_INCREMENT,
  `short_code` VARCHAR(60) NOT NULL,
  `title` VARCHAR(60) NOT NULL,
  `description` TEXT,
  PRIMARY KEY (`role_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `settings_id` VARCHAR(128) NOT NULL,
  `settings_value` TEXT,
  `description` VARCHAR(500) NOT NULL,
  PRIMARY KEY (`settings_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status_actions` (
  `status_action_id` INT NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `description` TEXT,
  `type` VARCHAR(512) NOT NULL,
  UNIQUE KEY `proposal_status_actions_proposal_status_action_id_key` (`status_action_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statuses` (
  `status_id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `description` VARCHAR(200) NOT NULL,
  `is_default` TINYINT(1),
  `short_code` VARCHAR(50) NOT NULL,
  `entity_type` ENUM('PROPOSAL','EXPERIMENT') NOT NULL,
  PRIMARY KEY (`status_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag` (
  `tag_id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  `short_code` VARCHAR(20) NOT NULL,
  PRIMARY KEY (`tag_id`),
  UNIQUE KEY `tag_short_code_key` (`short_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `techniques` (
  `technique_id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  `short_code` VARCHAR(20) NOT NULL,
  `description` TEXT NOT NULL,
  PRIMARY KEY (`technique_id`),
  UNIQUE KEY `techniques_short_code_key` (`short_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `template_categories` (
  `template_category_id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`template_category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questions` (
  `question_id` VARCHAR(64) NOT NULL,
  `data_type` VARCHAR(64) NOT NULL,
  `question` VARCHAR(256) NOT NULL,
  `default_config` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `natural_key` VARCHAR(128),
  `category_id` INT NOT NULL,
  PRIMARY KEY (`question_id`),
  UNIQUE KEY `questions_natural_key_key` (`natural_key`),
  CONSTRAINT `questions_category_id_fkey` FOREIGN KEY (`category_id`) REFERENCES `template_categories` (`template_category_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `questions_data_type_fkey` FOREIGN KEY (`data_type`) REFERENCES `question_datatypes` (`question_datatype_id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `template_groups` (
  `template_group_id` VARCHAR(50) NOT NULL,
  `category_id` INT,
  PRIMARY KEY (`template_group_id`),
  CONSTRAINT `template_groups_category_id_fkey` FOREIGN KEY (`category_id`) REFERENCES `template_categories` (`template_category_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `templates` (
  `template_id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  `description` TEXT,
  `is_archived` TINYINT(1),
  `group_id` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`template_id`),
  CONSTRAINT `templates_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `template_groups` (`template_group_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_templates` (
  `template_id` INT NOT NULL,
  `group_id` VARCHAR(50) NOT NULL,
  UNIQUE KEY `active_templates_group_id_key` (`group_id`),
  CONSTRAINT `active_templates_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `template_groups` (`template_group_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `active_templates_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `templates` (`template_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `topics` (
  `topic_id` INT NOT NULL AUTO_INCREMENT,
  `topic_title` VARCHAR(32) NOT NULL,
  `is_enabled` TINYINT(1),
  `sort_order` INT NOT NULL,
  `template_id` INT NOT NULL,
  PRIMARY KEY (`topic_id`),
  CONSTRAINT `topics_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `templates` (`template_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `templates_has_questions` (
  `question_id` VARCHAR(64) NOT NULL,
  `template_id` INT NOT NULL,
  `topic_id` INT NOT NULL,
  `sort_order` INT NOT NULL,
  `config` JSON NOT NULL,
  `dependencies_operator` VARCHAR(64),
  PRIMARY KEY (`template_id`, `question_id`),
  CONSTRAINT `templates_has_questions_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `questions` (`question_id`) ON DELETE NO ACTION ON UPDATE CASCADE,
  CONSTRAINT `templates_has_questions_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `templates` (`template_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `templates_has_questions_topic_id_fkey` FOREIGN KEY (`topic_id`) REFERENCES `topics` (`topic_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `question_dependencies` (
  `question_dependency_id` INT NOT NULL AUTO_INCREMENT,
  `template_id` INT NOT NULL,
  `question_id` VARCHAR(64) NOT NULL,
  `dependency_question_id` VARCHAR(64),
  `dependency_condition` JSON,
  PRIMARY KEY (`question_dependency_id`),
  CONSTRAINT `question_dependencies_dependency_question_id_fkey` FOREIGN KEY (`dependency_question_id`) REFERENCES `questions` (`question_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `question_dependencies_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `questions` (`question_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `question_dependencies_template_id_dependency_question_id_fkey` FOREIGN KEY (`template_id`, `dependency_question_id`) REFERENCES `templates_has_questions` (`template_id`, `question_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `question_dependencies_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `templates` (`template_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `units` (
  `unit_id` VARCHAR(255) NOT NULL,
  `unit` VARCHAR(255) NOT NULL,
  `quantity` VARCHAR(255) NOT NULL,
  `symbol` VARCHAR(255),
  `si_conversion_formula` VARCHAR(255),
  PRIMARY KEY (`unit_id`),
  CONSTRAINT `units_quantity_fkey` FOREIGN KEY (`quantity`) REFERENCES `quantities` (`quantity_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `user_id` INT NOT NULL AUTO_INCREMENT,
  `user_title` VARCHAR(15),
  `firstname` VARCHAR(100) NOT NULL,
  `lastname` VARCHAR(100) NOT NULL,
  `preferredname` VARCHAR(100),
  `oidc_sub` VARCHAR(100),
  `oauth_refresh_token` TEXT,
  `email` VARCHAR(100),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `institution_id` INT,
  `placeholder` TINYINT(1),
  `oauth_issuer` VARCHAR(512),
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `unique_oidc_sub` (`oidc_sub`),
  UNIQUE KEY `users_email_key` (`email`),
  CONSTRAINT `users_organisation_fkey` FOREIGN KEY (`institution_id`) REFERENCES `institutions` (`institution_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `changed_by` INT,
  `event_type` TEXT,
  `row_data` TEXT,
  `event_tstamp` DATETIME(6) NOT NULL,
  `changed_object_id` TEXT,
  `description` TEXT NOT NULL,
  `impersonating_user_id` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_logs_changed_by_fkey` FOREIGN KEY (`changed_by`) REFERENCES `users` (`user_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiment_safety_pdf_templates` (
  `experiment_safety_pdf_template_id` INT NOT NULL AUTO_INCREMENT,
  `template_id` INT,
  `template_data` TEXT NOT NULL,
  `template_header` TEXT NOT NULL,
  `template_footer` TEXT NOT NULL,
  `template_sample_declaration` TEXT NOT NULL,
  `dummy_data` TEXT NOT NULL,
  `creator_id` INT,
  `created_at` DATETIME(6),
  PRIMARY KEY (`experiment_safety_pdf_template_id`),
  CONSTRAINT `experiment_safety_pdf_templates_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `experiment_safety_pdf_templates_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `templates` (`template_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fap_chairs` (
  `user_id` INT NOT NULL,
  `fap_id` INT NOT NULL,
  PRIMARY KEY (`user_id`, `fap_id`),
  CONSTRAINT `fap_chairs_fap_id_fkey` FOREIGN KEY (`fap_id`) REFERENCES `faps` (`fap_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `fap_chairs_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fap_reviewers` (
  `user_id` INT NOT NULL,
  `fap_id` INT NOT NULL,
  PRIMARY KEY (`user_id`, `fap_id`),
  CONSTRAINT `fap_reviewers_fap_id_fkey` FOREIGN KEY (`fap_id`) REFERENCES `faps` (`fap_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `fap_reviewers_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fap_secretaries` (
  `user_id` INT NOT NULL,
  `fap_id` INT NOT NULL,
  PRIMARY KEY (`user_id`, `fap_id`),
  CONSTRAINT `fap_secretaries_fap_id_fkey` FOREIGN KEY (`fap_id`) REFERENCES `faps` (`fap_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `fap_secretaries_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instruments` (
  `instrument_id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(200) NOT NULL,
  `short_code` VARCHAR(20) NOT NULL,
  `description` TEXT,
  `manager_user_id` INT NOT NULL,
  `selectable` TINYINT(1),
  `multiple_tech_reviews_enabled` TINYINT(1),
  PRIMARY KEY (`instrument_id`),
  CONSTRAINT `instruments_manager_user_id_fkey` FOREIGN KEY (`manager_user_id`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instrument_has_scientists` (
  `instrument_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`instrument_id`, `user_id`),
  CONSTRAINT `instrument_has_scientists_instrument_id_fkey` FOREIGN KEY (`instrument_id`) REFERENCES `instruments` (`instrument_id`) ON DELETE NO ACTION ON UPDATE CASCADE,
  CONSTRAINT `instrument_has_scientists_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invites` (
  `invite_id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(12) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `created_by` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `claimed_by` INT,
  `claimed_at` DATETIME(6),
  `is_email_sent` TINYINT(1),
  `expires_at` DATETIME(6),
  `template_id` VARCHAR(255),
  PRIMARY KEY (`invite_id`),
  UNIQUE KEY `invite_codes_code_key` (`code`),
  CONSTRAINT `invite_codes_claimed_by_fkey` FOREIGN KEY (`claimed_by`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `invite_codes_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `predefined_messages` (
  `predefined_message_id` INT NOT NULL AUTO_INCREMENT,
  `title` TEXT,
  `key` VARCHAR(20) NOT NULL,
  `message` TEXT,
  `date_modified` DATETIME(6) NOT NULL,
  `last_modified_by` INT,
  PRIMARY KEY (`predefined_message_id`),
  CONSTRAINT `predefined_messages_last_modified_by_fkey` FOREIGN KEY (`last_modified_by`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proposal_pdf_templates` (
  `proposal_pdf_template_id` INT NOT NULL AUTO_INCREMENT,
  `template_id` INT NOT NULL,
  `template_data` TEXT NOT NULL,
  `creator_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `template_header` TEXT NOT NULL,
  `template_footer` TEXT NOT NULL,
  `template_sample_declaration` TEXT NOT NULL,
  `dummy_data` TEXT NOT NULL,
  PRIMARY KEY (`proposal_pdf_template_id`),
  UNIQUE KEY `pdf_templates_template_id_key` (`template_id`),
  CONSTRAINT `pdf_templates_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `proposal_pdf_templates_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `templates` (`template_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `questionaries` (
  `questionary_id` INT NOT NULL AUTO_INCREMENT,
  `template_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `creator_id` INT,
  PRIMARY KEY (`questionary_id`),
  CONSTRAINT `questionaries_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `questionaries_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `templates` (`template_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `answers` (
  `answer_id` INT NOT NULL,
  `questionary_id` INT NOT NULL,
  `question_id` VARCHAR(64) NOT NULL,
  `answer` JSON,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`questionary_id`, `question_id`),
  UNIQUE KEY `answers_answer_id_key` (`answer_id`),
  CONSTRAINT `answers_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `questions` (`question_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `answers_questionary_id_fkey` FOREIGN KEY (`questionary_id`) REFERENCES `questionaries` (`questionary_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_claims` (
  `role_claim_id` INT NOT NULL AUTO_INCREMENT,
  `invite_id` INT NOT NULL,
  `role_id` INT NOT NULL,
  PRIMARY KEY (`role_claim_id`),
  CONSTRAINT `role_invites_invite_code_id_fkey` FOREIGN KEY (`invite_id`) REFERENCES `invites` (`invite_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `role_invites_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `roles` (`role_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_user` (
  `role_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `role_user_id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`role_user_id`),
  UNIQUE KEY `user_role_unique_idx` (`user_id`, `role_id`),
  CONSTRAINT `role_user_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `roles` (`role_id`) ON DELETE NO ACTION ON UPDATE CASCADE,
  CONSTRAINT `role_user_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_instrument` (
  `tag_id` INT NOT NULL,
  `instrument_id` INT NOT NULL,
  PRIMARY KEY (`tag_id`, `instrument_id`),
  CONSTRAINT `tag_instrument_instrument_id_fkey` FOREIGN KEY (`instrument_id`) REFERENCES `instruments` (`instrument_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `tag_instrument_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`tag_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `technique_has_instruments` (
  `technique_id` INT NOT NULL,
  `instrument_id` INT NOT NULL,
  PRIMARY KEY (`technique_id`, `instrument_id`),
  CONSTRAINT `technique_has_instruments_instrument_id_fkey` FOREIGN KEY (`instrument_id`) REFERENCES `instruments` (`instrument_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `technique_has_instruments_technique_id_fkey` FOREIGN KEY (`technique_id`) REFERENCES `techniques` (`technique_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `technique_has_scientists` (
  `technique_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`technique_id`, `user_id`),
  CONSTRAINT `technique_has_scientists_technique_id_fkey` FOREIGN KEY (`technique_id`) REFERENCES `techniques` (`technique_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `technique_has_scientists_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `topic_completenesses` (
  `questionary_id` INT NOT NULL,
  `topic_id` INT NOT NULL,
  `is_complete` TINYINT(1) NOT NULL,
  PRIMARY KEY (`questionary_id`, `topic_id`),
  CONSTRAINT `topic_completenesses_questionary_id_fkey` FOREIGN KEY (`questionary_id`) REFERENCES `questionaries` (`questionary_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `topic_completenesses_topic_id_fkey` FOREIGN KEY (`topic_id`) REFERENCES `topics` (`topic_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflows` (
  `workflow_id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(50) NOT NULL,
  `description` VARCHAR(200) NOT NULL,
  `entity_type` ENUM('PROPOSAL','EXPERIMENT') NOT NULL,
  `connection_line_type` VARCHAR(50),
  PRIMARY KEY (`workflow_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call` (
  `call_id` INT NOT NULL AUTO_INCREMENT,
  `call_short_code` VARCHAR(20) NOT NULL,
  `start_call` DATETIME(6) NOT NULL,
  `end_call` DATETIME(6) NOT NULL,
  `start_review` DATETIME(6) NOT NULL,
  `end_review` DATETIME(6) NOT NULL,
  `start_notify` DATETIME(6) NOT NULL,
  `end_notify` DATETIME(6) NOT NULL,
  `cycle_comment` VARCHAR(100) NOT NULL,
  `survey_comment` VARCHAR(100) NOT NULL,
  `template_id` INT,
  `start_cycle` DATETIME(6) NOT NULL,
  `end_cycle` DATETIME(6) NOT NULL,
  `proposal_workflow_id` INT,
  `call_ended` TINYINT(1),
  `call_review_ended` TINYINT(1),
  `start_fap_review` DATETIME(6),
  `end_fap_review` DATETIME(6),
  `call_fap_review_ended` TINYINT(1),
  `reference_number_format` VARCHAR(64),
  `proposal_sequence` INT,
  `allocation_time_unit` VARCHAR(10) NOT NULL,
  `title` VARCHAR(100),
  `description` TEXT,
  `esi_template_id` INT,
  `submission_message` TEXT,
  `is_active` TINYINT(1),
  `proposal_pdf_template_id` INT,
  `end_call_internal` DATETIME(6),
  `call_ended_internal` TINYINT(1),
  `fap_review_template_id` INT,
  `technical_review_template_id` INT,
  `experiment_workflow_id` INT,
  `experiment_safety_pdf_template_id` INT,
  `sort_order` INT,
  PRIMARY KEY (`call_id`),
  CONSTRAINT `call_esi_template_id_fkey` FOREIGN KEY (`esi_template_id`) REFERENCES `templates` (`template_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `call_experiment_safety_pdf_template_id_fkey` FOREIGN KEY (`experiment_safety_pdf_template_id`) REFERENCES `templates` (`template_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `call_experiment_workflow_id_fkey` FOREIGN KEY (`experiment_workflow_id`) REFERENCES `workflows` (`workflow_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `call_fap_review_template_id_fkey` FOREIGN KEY (`fap_review_template_id`) REFERENCES `templates` (`template_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `call_pdf_template_id_fkey` FOREIGN KEY (`proposal_pdf_template_id`) REFERENCES `templates` (`template_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `call_proposal_workflow_id_fkey` FOREIGN KEY (`proposal_workflow_id`) REFERENCES `workflows` (`workflow_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `call_technical_review_template_id_fkey` FOREIGN KEY (`technical_review_template_id`) REFERENCES `templates` (`template_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `call_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `templates` (`template_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_has_faps` (
  `call_id` INT NOT NULL,
  `fap_id` INT NOT NULL,
  PRIMARY KEY (`call_id`, `fap_id`),
  CONSTRAINT `call_has_faps_call_id_fkey` FOREIGN KEY (`call_id`) REFERENCES `call` (`call_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `call_has_faps_fap_id_fkey` FOREIGN KEY (`fap_id`) REFERENCES `faps` (`fap_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `call_has_instruments` (
  `call_id` INT NOT NULL,
  `instrument_id` INT NOT NULL,
  `availability_time` INT,
  `fap_id` INT,
  PRIMARY KEY (`call_id`, `instrument_id`),
  CONSTRAINT `call_has_instrument_call_id_fkey` FOREIGN KEY (`call_id`) REFERENCES `call` (`call_id`) ON DELETE NO ACTION ON UPDATE CASCADE,
  CONSTRAINT `call_has_instrument_instrument_id_fkey` FOREIGN KEY (`instrument_id`) REFERENCES `instruments` (`instrument_id`) ON DELETE NO ACTION ON UPDATE CASCADE,
  CONSTRAINT `call_has_instruments_fap_id_fkey` FOREIGN KEY (`fap_id`) REFERENCES `faps` (`fap_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proposals` (
  `proposal_pk` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(350),
  `abstract` TEXT,
  `status_id` INT NOT NULL,
  `proposer_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `proposal_id` VARCHAR(16) NOT NULL,
  `final_status` INT,
  `call_id` INT NOT NULL,
  `questionary_id` INT NOT NULL,
  `comment_for_management` TEXT,
  `comment_for_user` TEXT,
  `notified` TINYINT(1),
  `submitted` TINYINT(1),
  `management_decision_submitted` TINYINT(1),
  `reference_number_sequence` INT,
  `submitted_date` DATETIME(6),
  `file_id` CHAR(36),
  `experiment_sequence` INT,
  PRIMARY KEY (`proposal_pk`),
  UNIQUE KEY `proposals_short_code_key` (`proposal_id`),
  UNIQUE KEY `proposals_short_code_idx` (`proposal_id`),
  CONSTRAINT `proposals_call_id_fkey` FOREIGN KEY (`call_id`) REFERENCES `call` (`call_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `proposals_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `files` (`file_id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `proposals_proposal_statuses_id_fkey` FOREIGN KEY (`status_id`) REFERENCES `statuses` (`status_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `proposals_proposer_id_fkey` FOREIGN KEY (`proposer_id`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `proposals_questionary_id_fkey` FOREIGN KEY (`questionary_id`) REFERENCES `questionaries` (`questionary_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `co_proposer_claims` (
  `invite_id` INT NOT NULL,
  `proposal_pk` INT NOT NULL,
  PRIMARY KEY (`invite_id`, `proposal_pk`),
  CONSTRAINT `co_proposer_invites_invite_code_id_fkey` FOREIGN KEY (`invite_id`) REFERENCES `invites` (`invite_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `co_proposer_invites_proposal_pk_fkey` FOREIGN KEY (`proposal_pk`) REFERENCES `proposals` (`proposal_pk`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_access_user_has_proposal` (
  `proposal_pk` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`proposal_pk`, `user_id`),
  CONSTRAINT `data_access_user_has_proposal_proposal_pk_fkey` FOREIGN KEY (`proposal_pk`) REFERENCES `proposals` (`proposal_pk`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `data_access_user_has_proposal_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiments` (
  `experiment_pk` INT NOT NULL AUTO_INCREMENT,
  `experiment_id` VARCHAR(20) NOT NULL,
  `starts_at` DATETIME(6) NOT NULL,
  `ends_at` DATETIME(6) NOT NULL,
  `scheduled_event_id` INT NOT NULL,
  `proposal_pk` INT NOT NULL,
  `status` VARCHAR(30) NOT NULL,
  `local_contact_id` INT,
  `instrument_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `reference_number_sequence` INT,
  PRIMARY KEY (`experiment_pk`),
  UNIQUE KEY `experiments_experiment_id_key` (`experiment_id`),
  CONSTRAINT `experiments_instrument_id_fkey` FOREIGN KEY (`instrument_id`) REFERENCES `instruments` (`instrument_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `experiments_local_contact_id_fkey` FOREIGN KEY (`local_contact_id`) REFERENCES `users` (`user_id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `experiments_proposal_pk_fkey` FOREIGN KEY (`proposal_pk`) REFERENCES `proposals` (`proposal_pk`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiment_safety` (
  `experiment_safety_pk` INT NOT NULL AUTO_INCREMENT,
  `experiment_pk` INT NOT NULL,
  `esi_questionary_id` INT NOT NULL,
  `esi_questionary_submitted_at` DATETIME(6),
  `created_by` INT NOT NULL,
  `safety_review_questionary_id` INT,
  `reviewed_by` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `instrument_scientist_decision` INT,
  `instrument_scientist_decision_comment` TEXT,
  `experiment_safety_reviewer_decision` INT,
  `experiment_safety_reviewer_decision_comment` TEXT,
  `status_id` INT,
  PRIMARY KEY (`experiment_safety_pk`),
  UNIQUE KEY `experiment_safety_experiment_pk_idx` (`experiment_pk`),
  CONSTRAINT `experiment_safety_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `experiment_safety_esi_questionary_id_fkey` FOREIGN KEY (`esi_questionary_id`) REFERENCES `questionaries` (`questionary_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `experiment_safety_experiment_pk_fkey` FOREIGN KEY (`experiment_pk`) REFERENCES `experiments` (`experiment_pk`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `experiment_safety_reviewed_by_fkey` FOREIGN KEY (`reviewed_by`) REFERENCES `users` (`user_id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `experiment_safety_safety_review_questionary_id_fkey` FOREIGN KEY (`safety_review_questionary_id`) REFERENCES `questionaries` (`questionary_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `experiment_safety_status_id_fkey` FOREIGN KEY (`status_id`) REFERENCES `statuses` (`status_id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiment_safety_events` (
  `experiment_pk` INT NOT NULL,
  `experiment_safety_management_decision_submitted_by_is` TINYINT(1),
  `experiment_safety_management_decision_submitted_by_esr` TINYINT(1),
  `experiment_esf_submitted` TINYINT(1),
  `experiment_esf_approved_by_is` TINYINT(1),
  `experiment_esf_rejected_by_is` TINYINT(1),
  `experiment_esf_approved_by_esr` TINYINT(1),
  `experiment_esf_rejected_by_esr` TINYINT(1),
  `experiment_safety_status_changed_by_workflow` TINYINT(1),
  `experiment_safety_status_changed_by_user` TINYINT(1),
  PRIMARY KEY (`experiment_pk`),
  CONSTRAINT `experiment_safety_events_experiment_pk_fkey` FOREIGN KEY (`experiment_pk`) REFERENCES `experiments` (`experiment_pk`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fap_meeting_decisions` (
  `proposal_pk` INT NOT NULL,
  `comment_for_management` VARCHAR(500),
  `comment_for_user` VARCHAR(500),
  `rank_order` INT,
  `recommendation` INT,
  `submitted` TINYINT(1),
  `submitted_by` INT,
  `instrument_id` INT NOT NULL,
  `fap_id` INT,
  PRIMARY KEY (`proposal_pk`, `instrument_id`),
  CONSTRAINT `fap_meeting_decisions_fap_id_fkey` FOREIGN KEY (`fap_id`) REFERENCES `faps` (`fap_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `fap_meeting_decisions_instrument_id_fkey` FOREIGN KEY (`instrument_id`) REFERENCES `instruments` (`instrument_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `fap_meeting_decisions_proposal_pk_fkey` FOREIGN KEY (`proposal_pk`) REFERENCES `proposals` (`proposal_pk`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `fap_meeting_decisions_submitted_by_fkey` FOREIGN KEY (`submitted_by`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedback_requests` (
  `feedback_request_id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `experiment_pk` INT NOT NULL,
  PRIMARY KEY (`feedback_request_id`),
  CONSTRAINT `feedback_requests_experiment_pk_fkey` FOREIGN KEY (`experiment_pk`) REFERENCES `experiments` (`experiment_pk`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedbacks` (
  `feedback_id` INT NOT NULL AUTO_INCREMENT,
  `status` VARCHAR(20) NOT NULL,
  `questionary_id` INT NOT NULL,
  `creator_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `submitted_at` DATETIME(6),
  `experiment_pk` INT NOT NULL,
  PRIMARY KEY (`feedback_id`),
  CONSTRAINT `feedbacks_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `feedbacks_experiment_pk_fkey` FOREIGN KEY (`experiment_pk`) REFERENCES `experiments` (`experiment_pk`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `feedbacks_questionary_id_fkey` FOREIGN KEY (`questionary_id`) REFERENCES `questionaries` (`questionary_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `generic_templates` (
  `generic_template_id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(500) NOT NULL,
  `proposal_pk` INT,
  `questionary_id` INT,
  `creator_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `question_id` VARCHAR(64),
  PRIMARY KEY (`generic_template_id`),
  CONSTRAINT `generic_templates_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `generic_templates_proposal_pk_fkey` FOREIGN KEY (`proposal_pk`) REFERENCES `proposals` (`proposal_pk`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `generic_templates_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `questions` (`question_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `generic_templates_questionary_id_fkey` FOREIGN KEY (`questionary_id`) REFERENCES `questionaries` (`questionary_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instrument_has_proposals` (
  `instrument_id` INT NOT NULL,
  `proposal_pk` INT NOT NULL,
  `instrument_has_proposals_id` INT NOT NULL,
  `management_time_allocation` INT,
  PRIMARY KEY (`instrument_id`, `proposal_pk`),
  UNIQUE KEY `instrument_has_proposals_instrument_has_proposals_id_key` (`instrument_has_proposals_id`),
  CONSTRAINT `instrument_has_proposals_instrument_id_fkey` FOREIGN KEY (`instrument_id`) REFERENCES `instruments` (`instrument_id`) ON DELETE NO ACTION ON UPDATE CASCADE,
  CONSTRAINT `instrument_has_proposals_proposal_id_fkey` FOREIGN KEY (`proposal_pk`) REFERENCES `proposals` (`proposal_pk`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fap_proposals` (
  `proposal_pk` INT NOT NULL,
  `fap_id` INT,
  `date_assigned` DATETIME(6) NOT NULL,
  `call_id` INT,
  `fap_time_allocation` INT,
  `instrument_id` INT,
  `fap_meeting_instrument_submitted` TINYINT(1),
  `fap_proposal_id` INT NOT NULL AUTO_INCREMENT,
  `instrument_has_proposals_id` INT,
  PRIMARY KEY (`fap_proposal_id`),
  UNIQUE KEY `fap_proposals_fap_proposal_id_key` (`fap_proposal_id`),
  CONSTRAINT `fap_proposals_fap_id_fkey` FOREIGN KEY (`fap_id`) REFERENCES `faps` (`fap_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fap_proposals_instrument_has_proposals_id_fkey` FOREIGN KEY (`instrument_has_proposals_id`) REFERENCES `instrument_has_proposals` (`instrument_has_proposals_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fap_proposals_instrument_id_fkey` FOREIGN KEY (`instrument_id`) REFERENCES `instruments` (`instrument_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fap_proposals_proposal_pk_fkey` FOREIGN KEY (`proposal_pk`) REFERENCES `proposals` (`proposal_pk`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fap_reviews` (
  `review_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `proposal_pk` INT NOT NULL,
  `comment` TEXT,
  `grade` VARCHAR(30),
  `status` INT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `fap_id` INT NOT NULL,
  `notification_email_sent` TINYINT(1),
  `fap_proposal_id` INT NOT NULL,
  `questionary_id` INT,
  `date_assigned` DATETIME(6) NOT NULL,
  `reassigned` TINYINT(1),
  `date_reassigned` DATETIME(6),
  `email_sent` TINYINT(1),
  `rank` INT,
  PRIMARY KEY (`proposal_pk`, `user_id`, `fap_id`),
  CONSTRAINT `fap_reviews_fap_id_fkey` FOREIGN KEY (`fap_id`) REFERENCES `faps` (`fap_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fap_reviews_fap_proposal_id_fkey` FOREIGN KEY (`fap_proposal_id`) REFERENCES `fap_proposals` (`fap_proposal_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fap_reviews_proposal_pk_fkey` FOREIGN KEY (`proposal_pk`) REFERENCES `proposals` (`proposal_pk`) ON DELETE NO ACTION ON UPDATE CASCADE,
  CONSTRAINT `fap_reviews_questionary_id_fkey` FOREIGN KEY (`questionary_id`) REFERENCES `questionaries` (`questionary_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fap_reviews_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proposal_events` (
  `proposal_pk` INT NOT NULL,
  `proposal_created` TINYINT(1),
  `proposal_submitted` TINYINT(1),
  `call_ended` TINYINT(1),
  `proposal_faps_selected` TINYINT(1),
  `proposal_instruments_selected` TINYINT(1),
  `proposal_feasibility_review_submitted` TINYINT(1),
  `proposal_sample_review_submitted` TINYINT(1),
  `proposal_all_fap_reviewers_selected` TINYINT(1),
  `proposal_fap_review_submitted` TINYINT(1),
  `proposal_fap_meeting_submitted` TINYINT(1),
  `proposal_fap_meeting_instrument_submitted` TINYINT(1),
  `proposal_accepted` TINYINT(1),
  `proposal_rejected` TINYINT(1),
  `proposal_notified` TINYINT(1),
  `call_review_ended` TINYINT(1),
  `call_fap_review_ended` TINYINT(1),
  `proposal_feasibility_review_feasible` TINYINT(1),
  `proposal_sample_safe` TINYINT(1),
  `proposal_management_decision_submitted` TINYINT(1),
  `proposal_all_fap_reviews_submitted` TINYINT(1),
  `proposal_fap_review_updated` TINYINT(1),
  `proposal_feasibility_review_updated` TINYINT(1),
  `proposal_management_decision_updated` TINYINT(1),
  `proposal_feasibility_review_unfeasible` TINYINT(1),
  `proposal_status_updated` TINYINT(1),
  `proposal_fap_meeting_saved` TINYINT(1),
  `proposal_fap_meeting_ranking_overwritten` TINYINT(1),
  `proposal_fap_meeting_reorder` TINYINT(1),
  `proposal_reserved` TINYINT(1),
  `proposal_booking_time_slot_added` TINYINT(1),
  `proposal_booking_time_slots_removed` TINYINT(1),
  `proposal_booking_time_activated` TINYINT(1),
  `proposal_booking_time_updated` TINYINT(1),
  `proposal_booking_time_completed` TINYINT(1),
  `proposal_booking_time_reopened` TINYINT(1),
  `proposal_status_changed_by_user` TINYINT(1),
  `proposal_status_changed_by_workflow` TINYINT(1),
  `proposal_updated` TINYINT(1),
  `call_ended_internal` TINYINT(1),
  `proposal_deleted` TINYINT(1),
  `proposal_cloned` TINYINT(1),
  `proposal_status_action_executed` TINYINT(1),
  `proposal_all_feasibility_reviews_submitted` TINYINT(1),
  `proposal_all_feasibility_reviews_feasible` TINYINT(1),
  `proposal_faps_removed` TINYINT(1),
  `proposal_fap_meeting_instrument_unsubmitted` TINYINT(1),
  `proposal_all_fap_meetings_submitted` TINYINT(1),
  `proposal_all_reviews_submitted_for_all_faps` TINYINT(1),
  `proposal_all_fap_meeting_instrument_submitted` TINYINT(1),
  `fap_reviewer_notified` TINYINT(1),
  PRIMARY KEY (`proposal_pk`),
  CONSTRAINT `proposal_events_proposal_id_fkey` FOREIGN KEY (`proposal_pk`) REFERENCES `proposals` (`proposal_pk`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proposal_internal_comments` (
  `comment_id` INT NOT NULL,
  `proposal_pk` INT NOT NULL,
  `comment` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`comment_id`, `proposal_pk`),
  CONSTRAINT `proposal_internal_comments_proposal_pk_fkey` FOREIGN KEY (`proposal_pk`) REFERENCES `proposals` (`proposal_pk`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `proposal_user` (
  `proposal_pk` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`proposal_pk`, `user_id`),
  CONSTRAINT `proposal_user_proposal_id_fkey` FOREIGN KEY (`proposal_pk`) REFERENCES `proposals` (`proposal_pk`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `proposal_user_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `samples` (
  `sample_id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(100),
  `creator_id` INT,
  `questionary_id` INT,
  `safety_status` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `safety_comment` TEXT,
  `proposal_pk` INT NOT NULL,
  `question_id` VARCHAR(64) NOT NULL,
  `shipment_id` INT,
  `is_post_proposal_submission` TINYINT(1),
  PRIMARY KEY (`sample_id`),
  UNIQUE KEY `samples_questionary_id_key` (`questionary_id`),
  CONSTRAINT `samples_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `samples_proposal_id_fkey` FOREIGN KEY (`proposal_pk`) REFERENCES `proposals` (`proposal_pk`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `samples_question_id_fkey` FOREIGN KEY (`question_id`) REFERENCES `questions` (`question_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `samples_questionary_id_fkey` FOREIGN KEY (`questionary_id`) REFERENCES `questionaries` (`questionary_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `samples_shipment_id_fkey` FOREIGN KEY (`shipment_id`) REFERENCES `template_categories` (`template_category_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiment_has_samples` (
  `experiment_pk` INT NOT NULL,
  `sample_id` INT NOT NULL,
  `is_esi_submitted` TINYINT(1) NOT NULL,
  `sample_esi_questionary_id` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`experiment_pk`, `sample_id`),
  CONSTRAINT `experiment_has_samples_experiment_pk_fkey` FOREIGN KEY (`experiment_pk`) REFERENCES `experiments` (`experiment_pk`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `experiment_has_samples_sample_esi_questionary_id_fkey` FOREIGN KEY (`sample_esi_questionary_id`) REFERENCES `questionaries` (`questionary_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `experiment_has_samples_sample_id_fkey` FOREIGN KEY (`sample_id`) REFERENCES `samples` (`sample_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shipments` (
  `shipment_id` INT NOT NULL AUTO_INCREMENT,
  `title` VARCHAR(500) NOT NULL,
  `proposal_pk` INT,
  `status` VARCHAR(20) NOT NULL,
  `external_ref` VARCHAR(200),
  `questionary_id` INT,
  `creator_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `experiment_pk` INT NOT NULL,
  PRIMARY KEY (`shipment_id`),
  CONSTRAINT `shipments_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `shipments_experiment_pk_fkey` FOREIGN KEY (`experiment_pk`) REFERENCES `experiments` (`experiment_pk`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `shipments_proposal_id_fkey` FOREIGN KEY (`proposal_pk`) REFERENCES `proposals` (`proposal_pk`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `shipments_questionary_id_fkey` FOREIGN KEY (`questionary_id`) REFERENCES `questionaries` (`questionary_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shipments_has_samples` (
  `shipment_id` INT NOT NULL,
  `sample_id` INT NOT NULL,
  PRIMARY KEY (`shipment_id`, `sample_id`),
  CONSTRAINT `shipments_has_samples_sample_id_fkey` FOREIGN KEY (`sample_id`) REFERENCES `samples` (`sample_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `shipments_has_samples_shipment_id_fkey` FOREIGN KEY (`shipment_id`) REFERENCES `shipments` (`shipment_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_call` (
  `tag_id` INT NOT NULL,
  `call_id` INT NOT NULL,
  PRIMARY KEY (`tag_id`, `call_id`),
  CONSTRAINT `tag_call_call_id_fkey` FOREIGN KEY (`call_id`) REFERENCES `call` (`call_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `tag_call_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`tag_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `technical_review` (
  `technical_review_id` INT NOT NULL AUTO_INCREMENT,
  `proposal_pk` INT,
  `comment` TEXT,
  `time_allocation` INT,
  `status` INT,
  `public_comment` TEXT,
  `submitted` TINYINT(1),
  `reviewer_id` INT NOT NULL,
  `files` JSON,
  `technical_review_assignee_id` INT,
  `instrument_id` INT NOT NULL,
  `instrument_has_proposals_id` INT,
  `questionary_id` INT,
  PRIMARY KEY (`technical_review_id`),
  CONSTRAINT `technical_review_instrument_has_proposals_id_fkey` FOREIGN KEY (`instrument_has_proposals_id`) REFERENCES `instrument_has_proposals` (`instrument_has_proposals_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `technical_review_instrument_id_fkey` FOREIGN KEY (`instrument_id`) REFERENCES `instruments` (`instrument_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `technical_review_proposal_id_fkey` FOREIGN KEY (`proposal_pk`) REFERENCES `proposals` (`proposal_pk`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `technical_review_questionary_id_fkey` FOREIGN KEY (`questionary_id`) REFERENCES `questionaries` (`questionary_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `technical_review_reviewer_id_fkey` FOREIGN KEY (`reviewer_id`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `technical_review_technical_review_assignee_id_fkey` FOREIGN KEY (`technical_review_assignee_id`) REFERENCES `users` (`user_id`) ON DELETE SET NULL ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `internal_reviews` (
  `internal_review_id` INT NOT NULL AUTO_INCREMENT,
  `title` TEXT,
  `comment` TEXT,
  `files` JSON,
  `reviewer_id` INT,
  `technical_review_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `assigned_by` INT,
  PRIMARY KEY (`internal_review_id`),
  CONSTRAINT `internal_reviews_assigned_by_fkey` FOREIGN KEY (`assigned_by`) REFERENCES `users` (`user_id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `internal_reviews_reviewer_id_fkey` FOREIGN KEY (`reviewer_id`) REFERENCES `users` (`user_id`) ON DELETE SET NULL ON UPDATE NO ACTION,
  CONSTRAINT `internal_reviews_technical_review_id_fkey` FOREIGN KEY (`technical_review_id`) REFERENCES `technical_review` (`technical_review_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `technique_has_proposals` (
  `technique_id` INT NOT NULL,
  `proposal_id` INT NOT NULL,
  PRIMARY KEY (`technique_id`, `proposal_id`),
  CONSTRAINT `technique_has_proposals_proposal_id_fkey` FOREIGN KEY (`proposal_id`) REFERENCES `proposals` (`proposal_pk`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `technique_has_proposals_technique_id_fkey` FOREIGN KEY (`technique_id`) REFERENCES `techniques` (`technique_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `visits` (
  `visit_id` INT NOT NULL AUTO_INCREMENT,
  `proposal_pk` INT,
  `creator_id` INT,
  `created_at` DATETIME(6) NOT NULL,
  `team_lead_user_id` INT NOT NULL,
  `experiment_pk` INT NOT NULL,
  PRIMARY KEY (`visit_id`),
  CONSTRAINT `visitations_proposal_id_fkey` FOREIGN KEY (`proposal_pk`) REFERENCES `proposals` (`proposal_pk`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `visitations_visitor_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `visits_experiment_pk_fkey` FOREIGN KEY (`experiment_pk`) REFERENCES `experiments` (`experiment_pk`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `visits_team_lead_user_id_fkey` FOREIGN KEY (`team_lead_user_id`) REFERENCES `users` (`user_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `visit_registration_claims` (
  `invite_id` INT NOT NULL,
  `visit_id` INT NOT NULL,
  UNIQUE KEY `visit_registration_claims_invite_id_visit_id_key` (`invite_id`, `visit_id`),
  UNIQUE KEY `visit_registration_unique` (`invite_id`, `visit_id`),
  CONSTRAINT `visit_registration_claims_invite_id_fkey` FOREIGN KEY (`invite_id`) REFERENCES `invites` (`invite_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `visit_registration_claims_visit_id_fkey` FOREIGN KEY (`visit_id`) REFERENCES `visits` (`visit_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `visits_has_users` (
  `visit_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `registration_questionary_id` INT,
  `starts_at` DATETIME(6),
  `ends_at` DATETIME(6),
  `status` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`visit_id`, `user_id`),
  CONSTRAINT `visitations_has_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`user_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `visitations_has_users_visitation_id_fkey` FOREIGN KEY (`visit_id`) REFERENCES `visits` (`visit_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `visits_has_users_registration_questionary_id_fkey` FOREIGN KEY (`registration_questionary_id`) REFERENCES `questionaries` (`questionary_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_connections` (
  `workflow_connection_id` INT NOT NULL AUTO_INCREMENT,
  `workflow_id` INT NOT NULL,
  `status_id` INT NOT NULL,
  `next_status_id` INT,
  `prev_status_id` INT,
  `sort_order` INT NOT NULL,
  `droppable_group_id` VARCHAR(50),
  `parent_droppable_group_id` VARCHAR(50),
  `pos_x` INT,
  `pos_y` INT,
  `prev_connection_id` INT,
  PRIMARY KEY (`workflow_connection_id`),
  CONSTRAINT `proposal_workflow_connections_next_proposal_status_id_fkey` FOREIGN KEY (`next_status_id`) REFERENCES `statuses` (`status_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `proposal_workflow_connections_prev_proposal_status_id_fkey` FOREIGN KEY (`prev_status_id`) REFERENCES `statuses` (`status_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `proposal_workflow_connections_proposal_status_id_fkey` FOREIGN KEY (`status_id`) REFERENCES `statuses` (`status_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `proposal_workflow_connections_proposal_workflow_id_fkey` FOREIGN KEY (`workflow_id`) REFERENCES `workflows` (`workflow_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `workflow_connections_prev_connection_id_fkey` FOREIGN KEY (`prev_connection_id`) REFERENCES `workflow_connections` (`workflow_connection_id`) ON DELETE SET NULL ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status_changing_events` (
  `status_changing_event_id` INT NOT NULL AUTO_INCREMENT,
  `workflow_connection_id` INT,
  `status_changing_event` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`status_changing_event_id`),
  UNIQUE KEY `unique_connection_event` (`workflow_connection_id`, `status_changing_event`),
  CONSTRAINT `next_status_events_proposal_workflow_connection_id_fkey` FOREIGN KEY (`workflow_connection_id`) REFERENCES `workflow_connections` (`workflow_connection_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_connection_has_actions` (
  `connection_id` INT NOT NULL,
  `action_id` INT NOT NULL,
  `workflow_id` INT,
  `config` JSON,
  PRIMARY KEY (`connection_id`, `action_id`),
  CONSTRAINT `proposal_workflow_connection_has_actions_action_id_fkey` FOREIGN KEY (`action_id`) REFERENCES `status_actions` (`status_action_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `proposal_workflow_connection_has_actions_connection_id_fkey` FOREIGN KEY (`connection_id`) REFERENCES `workflow_connections` (`workflow_connection_id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `proposal_workflow_connection_has_actions_workflow_id_fkey` FOREIGN KEY (`workflow_id`) REFERENCES `workflows` (`workflow_id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status_actions_logs` (
  `status_actions_log_id` INT NOT NULL AUTO_INCREMENT,
  `connection_id` INT NOT NULL,
  `action_id` INT NOT NULL,
  `email_status_action_recipient` TEXT,
  `status_actions_successful` TINYINT(1),
  `status_actions_message` TEXT,
  `status_actions_tstamp` DATETIME(6) NOT NULL,
  PRIMARY KEY (`status_actions_log_id`),
  CONSTRAINT `status_actions_logs_connection_id_action_id_fkey` FOREIGN KEY (`connection_id`, `action_id`) REFERENCES `workflow_connection_has_actions` (`connection_id`, `action_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status_actions_log_has_proposals` (
  `status_actions_log_id` INT,
  `proposal_pk` INT,
  CONSTRAINT `status_actions_log_has_proposals_proposal_pk_fkey` FOREIGN KEY (`proposal_pk`) REFERENCES `proposals` (`proposal_pk`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `status_actions_log_has_proposals_status_actions_log_id_fkey` FOREIGN KEY (`status_actions_log_id`) REFERENCES `status_actions_logs` (`status_actions_log_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

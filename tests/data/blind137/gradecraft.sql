-- GradeCraft (University of Michigan USE Lab, gamified gradebook) -- upstream db/schema.rb (Rails, PostgreSQL)
-- written as MySQL DDL; upstream: github.com/UM-USElab/GradeCraft, commit 9a611eac323b8164517f22b3f48f3b2e823f279e (AGPL-3.0)
-- all 31 tables; Rails' implicit integer primary key `id` spelled out; indexes left out; upstream declares no foreign keys.

CREATE TABLE `assignment_submissions` (
  id INT NOT NULL AUTO_INCREMENT,
  `assignment_id` INT,
  `user_id` INT,
  `feedback` VARCHAR(255),
  `comment` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `attachment_file_name` VARCHAR(255),
  `attachment_content_type` VARCHAR(255),
  `attachment_file_size` INT,
  `attachment_updated_at` DATETIME,
  `link` VARCHAR(255),
  `submittable_id` INT,
  `submittable_type` VARCHAR(255),
  `text_feedback` TEXT,
  `text_comment` TEXT,
  PRIMARY KEY (id)
);

CREATE TABLE `assignment_types` (
  id INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `point_setting` VARCHAR(255),
  `levels` TINYINT(1),
  `points_predictor_display` VARCHAR(255),
  `resubmission` INT,
  `max_value` INT,
  `percentage_course` INT,
  `predictor_description` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `course_id` INT,
  `universal_point_value` INT,
  `minimum_score` INT,
  `step_value` INT DEFAULT 1,
  `grade_scheme_id` INT,
  `due_date_present` TINYINT(1),
  `order_placement` INT,
  `mass_grade` TINYINT(1),
  `mass_grade_type` VARCHAR(255),
  `student_weightable` TINYINT(1),
  PRIMARY KEY (id)
);

CREATE TABLE `assignments` (
  id INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` TEXT,
  `point_total` INT,
  `due_date` DATETIME,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `level` VARCHAR(255),
  `present` TINYINT(1),
  `course_id` INT,
  `assignment_type_id` INT,
  `grade_scheme_id` INT,
  `grade_scope` VARCHAR(255),
  `visible` VARCHAR(255),
  `close_time` DATETIME,
  `open_time` DATETIME,
  `required` TINYINT(1),
  `has_assignment_submissions` TINYINT(1),
  `student_logged` TINYINT(1),
  `student_logged_button_text` VARCHAR(255),
  `badge_set_id` INT,
  `release_necessary` TINYINT(1),
  `open_date` DATETIME,
  PRIMARY KEY (id)
);

CREATE TABLE `badge_sets` (
  id INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `notes` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE `badge_sets_courses` (
  `course_id` INT,
  `badge_set_id` INT
);

CREATE TABLE `badges` (
  id INT NOT NULL AUTO_INCREMENT,
  `assignment_id` INT,
  `name` VARCHAR(255),
  `description` TEXT,
  `icon` VARCHAR(255),
  `visible` BLOB,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `image_file_name` VARCHAR(255),
  `image_content_type` VARCHAR(255),
  `image_file_size` INT,
  `image_updated_at` DATETIME,
  `occurrence` VARCHAR(255),
  `badge_set_id` INT,
  `value` INT,
  `multiplier` INT,
  PRIMARY KEY (id)
);

CREATE TABLE `challenge_grades` (
  id INT NOT NULL AUTO_INCREMENT,
  `challenge_id` INT,
  `score` INT,
  `feedback` VARCHAR(255),
  `status` TINYINT(1),
  `team_id` INT,
  `final_score` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE `challenges` (
  id INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `point_total` INT,
  `due_date` DATETIME,
  `course_id` INT,
  `points_predictor_display` VARCHAR(255),
  `visible` TINYINT(1),
  `has_challenge_submissions` TINYINT(1),
  `release_necessary` TINYINT(1),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE `course_badge_sets` (
  id INT NOT NULL AUTO_INCREMENT,
  `course_id` INT,
  `badge_set_id` INT,
  PRIMARY KEY (id)
);

CREATE TABLE `course_grade_scheme_elements` (
  id INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `letter_grade` VARCHAR(255),
  `low_range` INT,
  `high_range` INT,
  `course_grade_scheme_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE `course_grade_schemes` (
  id INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE `course_memberships` (
  id INT NOT NULL AUTO_INCREMENT,
  `course_id` INT,
  `user_id` INT,
  `sortable_score` INT,
  `shared_badges` VARCHAR(255),
  PRIMARY KEY (id)
);

CREATE TABLE `courses` (
  id INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `courseno` VARCHAR(255),
  `year` VARCHAR(255),
  `semester` VARCHAR(255),
  `theme_id` VARCHAR(255),
  `course_grade_scheme_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `badge_setting` TINYINT(1) DEFAULT 1,
  `team_setting` TINYINT(1) DEFAULT 0,
  `user_term` VARCHAR(255),
  `team_term` VARCHAR(255),
  `homepage_message` VARCHAR(255),
  `status` TINYINT(1) DEFAULT 1,
  `group_setting` TINYINT(1),
  `badge_set_id` INT,
  `total_student_weight` INT NOT NULL,
  `max_student_assignment_type_weight` INT,
  `student_weight_close_date` DATETIME,
  `team_roles` TINYINT(1),
  `section_leader_term` VARCHAR(255),
  `group_term` VARCHAR(255),
  `student_weight_type` VARCHAR(255),
  `has_assignment_submissions` TINYINT(1),
  `teams_visible` TINYINT(1),
  `badge_use_scope` VARCHAR(255),
  `multiplier_default` DECIMAL,
  `multiplier_term` VARCHAR(255),
  `predictor_setting` TINYINT(1),
  `badges_value` TINYINT(1),
  `max_group_size` INT,
  `min_group_size` INT,
  `shared_badges` TINYINT(1),
  `graph_display` TINYINT(1),
  PRIMARY KEY (id)
);

CREATE TABLE `criteria` (
  id INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `rubric_id` INT,
  `description` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE `criteria_levels` (
  id INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `criteria_id` INT,
  `description` TEXT,
  `value` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE `dashboards` (
  id INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  PRIMARY KEY (id)
);

CREATE TABLE `earned_badges` (
  id INT NOT NULL AUTO_INCREMENT,
  `badge_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `feedback` VARCHAR(255),
  `earnable_id` INT,
  `earnable_type` VARCHAR(255),
  `text_feedback` TEXT,
  `shared` TINYINT(1),
  `grade_id` INT,
  PRIMARY KEY (id)
);

CREATE TABLE `elements` (
  id INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `badge_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE `faqs` (
  id INT NOT NULL AUTO_INCREMENT,
  `question` VARCHAR(255),
  `answer` TEXT,
  `order` INT,
  `category` VARCHAR(255),
  `audience` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE `grade_scheme_elements` (
  id INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `low_range` INT,
  `letter_grade` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `grade_scheme_id` INT,
  `description` VARCHAR(255),
  `high_range` INT,
  PRIMARY KEY (id)
);

CREATE TABLE `grade_schemes` (
  id INT NOT NULL AUTO_INCREMENT,
  `assignment_id` INT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `course_id` INT,
  `name` VARCHAR(255),
  PRIMARY KEY (id)
);

CREATE TABLE `grades` (
  id INT NOT NULL AUTO_INCREMENT,
  `raw_score` INT,
  `assignment_id` INT,
  `feedback` TEXT,
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `complete` TINYINT(1),
  `semis` TINYINT(1),
  `finals` TINYINT(1),
  `type` VARCHAR(255),
  `status` VARCHAR(255),
  `attempted` TINYINT(1),
  `substantial` TINYINT(1),
  `gradeable_id` INT,
  `gradeable_type` VARCHAR(255),
  `final_score` INT,
  `assignment_submission_id` INT,
  PRIMARY KEY (id)
);

CREATE TABLE `group_memberships` (
  id INT NOT NULL AUTO_INCREMENT,
  `group_id` INT,
  `user_id` INT,
  `accepted` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE `groups` (
  id INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `assignment_id` INT,
  `course_id` INT,
  `approved` VARCHAR(255),
  `proposal` VARCHAR(255),
  `text_proposal` TEXT,
  PRIMARY KEY (id)
);

CREATE TABLE `rubrics` (
  id INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `assignment_id` INT,
  `description` TEXT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE `score_levels` (
  id INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `value` INT,
  `assignment_type_id` INT,
  `assignment_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE `student_assignment_type_weights` (
  id INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `student_id` INT,
  `assignment_type_id` INT,
  `weight` INT NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE `team_memberships` (
  id INT NOT NULL AUTO_INCREMENT,
  `team_id` INT,
  `user_id` INT,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE `teams` (
  id INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `banner_file_name` VARCHAR(255),
  `banner_content_type` VARCHAR(255),
  `banner_file_size` INT,
  `banner_updated_at` DATETIME,
  `sortable_score` INT,
  `rank` INT,
  `course_id` INT,
  PRIMARY KEY (id)
);

CREATE TABLE `themes` (
  id INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `filename` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE `users` (
  id INT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255),
  `crypted_password` VARCHAR(255),
  `salt` VARCHAR(255),
  `created_at` DATETIME,
  `updated_at` DATETIME,
  `reset_password_token` VARCHAR(255),
  `reset_password_token_expires_at` DATETIME,
  `reset_password_email_sent_at` DATETIME,
  `remember_me_token` VARCHAR(255),
  `remember_me_token_expires_at` DATETIME,
  `avatar_file_name` VARCHAR(255),
  `avatar_content_type` VARCHAR(255),
  `avatar_file_size` INT,
  `avatar_updated_at` DATETIME,
  `role` VARCHAR(255) DEFAULT 'student',
  `first_name` VARCHAR(255),
  `last_name` VARCHAR(255),
  `rank` INT,
  `display_name` VARCHAR(255),
  `private_display` TINYINT(1) DEFAULT 0,
  `default_course_id` INT,
  `final_grade` VARCHAR(255),
  `visit_count` INT,
  `predictor_views` INT,
  `page_views` INT,
  `team_role` VARCHAR(255),
  `last_login_at` DATETIME,
  `last_logout_at` DATETIME,
  `last_activity_at` DATETIME,
  PRIMARY KEY (id)
);

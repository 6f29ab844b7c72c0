-- Quiz and Survey Master (QSM) 11.1.1 (ExpressTech; WordPress quiz, exam and survey plugin),
-- github.com/QuizandSurveyMaster/quiz_master_next commit bc7a03a5f5250acb26baac8a9037221ae1fd5959 (GPL-2.0):
-- php/classes/class-qsm-install.php install() and update() (CREATE TABLE statements, the 9.1.3 `linked_question`
-- column of mlw_questions and the two result foreign keys it adds), prefix `wp_`; with the WordPress core tables
-- QSM keeps quiz posts and its users in (github.com/WordPress/wordpress-develop src/wp-admin/includes/schema.php
-- wp_get_db_schema(), commit 01501ab4, GPL-2.0-or-later).

CREATE TABLE `wp_users` (
  ID bigint(20) unsigned NOT NULL auto_increment,
  user_login varchar(60) NOT NULL default '',
  user_pass varchar(255) NOT NULL default '',
  user_nicename varchar(50) NOT NULL default '',
  user_email varchar(100) NOT NULL default '',
  user_url varchar(100) NOT NULL default '',
  user_registered datetime NOT NULL default '0000-00-00 00:00:00',
  user_activation_key varchar(255) NOT NULL default '',
  user_status int(11) NOT NULL default '0',
  display_name varchar(250) NOT NULL default '',
  PRIMARY KEY  (ID),
  KEY user_login_key (user_login),
  KEY user_nicename (user_nicename),
  KEY user_email (user_email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_usermeta` (
  umeta_id bigint(20) unsigned NOT NULL auto_increment,
  user_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) default NULL,
  meta_value longtext,
  PRIMARY KEY  (umeta_id),
  KEY user_id (user_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_posts` (
  ID bigint(20) unsigned NOT NULL auto_increment,
  post_author bigint(20) unsigned NOT NULL default '0',
  post_date datetime NOT NULL default '0000-00-00 00:00:00',
  post_date_gmt datetime NOT NULL default '0000-00-00 00:00:00',
  post_content longtext NOT NULL,
  post_title text NOT NULL,
  post_excerpt text NOT NULL,
  post_status varchar(20) NOT NULL default 'publish',
  comment_status varchar(20) NOT NULL default 'open',
  ping_status varchar(20) NOT NULL default 'open',
  post_password varchar(255) NOT NULL default '',
  post_name varchar(200) NOT NULL default '',
  to_ping text NOT NULL,
  pinged text NOT NULL,
  post_modified datetime NOT NULL default '0000-00-00 00:00:00',
  post_modified_gmt datetime NOT NULL default '0000-00-00 00:00:00',
  post_content_filtered longtext NOT NULL,
  post_parent bigint(20) unsigned NOT NULL default '0',
  guid varchar(255) NOT NULL default '',
  menu_order int(11) NOT NULL default '0',
  post_type varchar(20) NOT NULL default 'post',
  post_mime_type varchar(100) NOT NULL default '',
  comment_count bigint(20) NOT NULL default '0',
  PRIMARY KEY  (ID),
  KEY post_name (post_name(191)),
  KEY type_status_date (post_type,post_status,post_date,ID),
  KEY post_parent (post_parent),
  KEY post_author (post_author)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_postmeta` (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  post_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) default NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY post_id (post_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_options` (
  option_id bigint(20) unsigned NOT NULL auto_increment,
  option_name varchar(191) NOT NULL default '',
  option_value longtext NOT NULL,
  autoload varchar(20) NOT NULL default 'yes',
  PRIMARY KEY  (option_id),
  UNIQUE KEY option_name (option_name),
  KEY autoload (autoload)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_mlw_quizzes` (
  quiz_id mediumint(9) NOT NULL AUTO_INCREMENT,
  quiz_name TEXT NOT NULL,
  message_before TEXT NOT NULL,
  message_after LONGTEXT NOT NULL,
  message_comment TEXT NOT NULL,
  message_end_template TEXT NOT NULL,
  user_email_template LONGTEXT NOT NULL,
  admin_email_template TEXT NOT NULL,
  submit_button_text TEXT NOT NULL,
  name_field_text TEXT NOT NULL,
  business_field_text TEXT NOT NULL,
  email_field_text TEXT NOT NULL,
  phone_field_text TEXT NOT NULL,
  comment_field_text TEXT NOT NULL,
  email_from_text TEXT NOT NULL,
  question_answer_template TEXT NOT NULL,
  leaderboard_template TEXT NOT NULL,
  quiz_system INT NOT NULL,
  randomness_order INT NOT NULL,
  loggedin_user_contact INT NOT NULL,
  show_score INT NOT NULL,
  send_user_email INT NOT NULL,
  send_admin_email INT NOT NULL,
  contact_info_location INT NOT NULL,
  user_name INT NOT NULL,
  user_comp INT NOT NULL,
  user_email INT NOT NULL,
  user_phone INT NOT NULL,
  admin_email TEXT NOT NULL,
  comment_section INT NOT NULL,
  question_from_total INT NOT NULL,
  total_user_tries INT NOT NULL,
  total_user_tries_text TEXT NOT NULL,
  certificate_template TEXT NOT NULL,
  social_media INT NOT NULL,
  social_media_text TEXT NOT NULL,
  pagination INT NOT NULL,
  pagination_text TEXT NOT NULL,
  timer_limit INT NOT NULL,
  quiz_stye TEXT NOT NULL,
  question_numbering INT NOT NULL,
  quiz_settings TEXT NOT NULL,
  theme_selected TEXT NOT NULL,
  last_activity DATETIME NOT NULL,
  require_log_in INT NOT NULL,
  require_log_in_text TEXT NOT NULL,
  limit_total_entries INT NOT NULL,
  limit_total_entries_text TEXT NOT NULL,
  scheduled_timeframe TEXT NOT NULL,
  scheduled_timeframe_text TEXT NOT NULL,
  disable_answer_onselect INT NOT NULL,
  ajax_show_correct INT NOT NULL,
  quiz_views INT NOT NULL,
  quiz_taken INT NOT NULL,
  deleted INT NOT NULL,
  quiz_author_id INT NOT NULL,
  PRIMARY KEY  (quiz_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_mlw_questions` (
  question_id mediumint(9) NOT NULL AUTO_INCREMENT,
  quiz_id INT NOT NULL,
  question_name TEXT NOT NULL,
  answer_array TEXT NOT NULL,
  answer_one TEXT NOT NULL,
  answer_one_points INT NOT NULL,
  answer_two TEXT NOT NULL,
  answer_two_points INT NOT NULL,
  answer_three TEXT NOT NULL,
  answer_three_points INT NOT NULL,
  answer_four TEXT NOT NULL,
  answer_four_points INT NOT NULL,
  answer_five TEXT NOT NULL,
  answer_five_points INT NOT NULL,
  answer_six TEXT NOT NULL,
  answer_six_points INT NOT NULL,
  correct_answer INT NOT NULL,
  question_answer_info TEXT NOT NULL,
  comments INT NOT NULL,
  hints TEXT NOT NULL,
  question_order INT NOT NULL,
  question_type INT NOT NULL,
  question_type_new TEXT NOT NULL,
  question_settings TEXT NOT NULL,
  category TEXT NOT NULL,
  linked_question TEXT NULL DEFAULT '',
  deleted INT NOT NULL,
  deleted_question_bank INT NOT NULL,
  PRIMARY KEY  (question_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_mlw_results` (
  result_id mediumint(9) NOT NULL AUTO_INCREMENT,
  quiz_id INT NOT NULL,
  quiz_name TEXT NOT NULL,
  quiz_system INT NOT NULL,
  point_score FLOAT NOT NULL,
  correct_score INT NOT NULL,
  correct INT NOT NULL,
  total INT NOT NULL,
  name TEXT NOT NULL,
  business TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT NOT NULL,
  user INT NOT NULL,
  user_ip TEXT NOT NULL,
  time_taken TEXT NOT NULL,
  time_taken_real DATETIME NOT NULL,
  quiz_results LONGTEXT NOT NULL,
  deleted INT NOT NULL,
  unique_id varchar(100) NOT NULL,
  form_type INT NOT NULL,
  page_name varchar(255) NOT NULL,
  page_url varchar(255) NOT NULL,
  UNIQUE KEY (unique_id),
  PRIMARY KEY  (result_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_mlw_qm_audit_trail` (
  trail_id mediumint(9) NOT NULL AUTO_INCREMENT,
  action_user TEXT NOT NULL,
  action TEXT NOT NULL,
  quiz_id TEXT NOT NULL,
  quiz_name TEXT NOT NULL,
  form_data TEXT NOT NULL,
  time TEXT NOT NULL,
  PRIMARY KEY  (trail_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_mlw_question_terms` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `question_id` int(11) DEFAULT '0',
  `quiz_id` int(11) DEFAULT '0',
  `term_id` int(11) DEFAULT '0',
  `taxonomy` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `question_id` (`question_id`),
  KEY `quiz_id` (`quiz_id`),
  KEY `term_id` (`term_id`),
  KEY `taxonomy` (`taxonomy`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_mlw_themes` (
  id mediumint(9) NOT NULL AUTO_INCREMENT,
  theme TEXT NOT NULL,
  theme_name TEXT NOT NULL,
  default_settings TEXT NOT NULL,
  theme_active BOOLEAN NOT NULL,
  PRIMARY KEY  (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_mlw_quiz_theme_settings` (
  id mediumint(9) NOT NULL AUTO_INCREMENT,
  theme_id mediumint(9) NOT NULL,
  quiz_id mediumint(9) NOT NULL,
  quiz_theme_settings TEXT NOT NULL,
  active_theme BOOLEAN NOT NULL,
  PRIMARY KEY  (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_mlw_quiz_output_templates` (
  id BIGINT(20) UNSIGNED AUTO_INCREMENT,
  template_name VARCHAR(255) DEFAULT NULL,
  template_type VARCHAR(50) DEFAULT 'result',
  template_content LONGTEXT DEFAULT NULL,
  created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_qsm_results_questions` (
  `id` BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  `result_id` MEDIUMINT(9) NOT NULL,
  `quiz_id` MEDIUMINT(9) NOT NULL,
  `question_id` MEDIUMINT(9) NOT NULL,
  `question_title` TEXT,
  `question_description` LONGTEXT,
  `question_comment` TEXT,
  `question_type` VARCHAR(50),
  `answer_type` VARCHAR(50) DEFAULT 'text',
  `correct_answer` TEXT,
  `user_answer` TEXT,
  `user_answer_comma` TEXT,
  `correct_answer_comma` TEXT,
  `points` FLOAT DEFAULT 0,
  `correct` TINYINT(1) DEFAULT 0,
  `category` TEXT,
  `multicategories` TEXT,
  `other_settings` TEXT,
  PRIMARY KEY (`id`),
  KEY `result_id` (`result_id`),
  KEY `question_id` (`question_id`),
  KEY `quiz_id` (`quiz_id`),
  KEY `result_question` (`result_id`, `question_id`),
  CONSTRAINT `qsm_fk_results_questions_result_id` FOREIGN KEY (`result_id`) REFERENCES `wp_mlw_results` (`result_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_qsm_results_meta` (
  `meta_id` BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  `result_id` MEDIUMINT(9) NOT NULL,
  `meta_key` VARCHAR(191) NOT NULL,
  `meta_value` LONGTEXT,
  PRIMARY KEY (`meta_id`),
  KEY `result_id` (`result_id`),
  KEY `meta_key` (`meta_key`),
  CONSTRAINT `qsm_fk_results_meta_result_id` FOREIGN KEY (`result_id`) REFERENCES `wp_mlw_results` (`result_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

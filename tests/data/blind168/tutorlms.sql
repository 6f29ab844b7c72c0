-- Tutor LMS 4.0.2 (Themeum, WordPress LMS plugin), github.com/themeum/tutor commit 49db94d147891f9f0e84064a22372061dc666c7a
-- (GPL-3.0): classes/Tutor.php create_database(), classes/Upgrader.php (upgrade_to_3_8_0, install_gradebook,
-- install_tutor_email_queue) and GDPR/DB/{LegalConsents,Logs,UserConsents}.php, with the WordPress core tables Tutor
-- keeps its courses, enrolments, lessons, Q&A, reviews and profiles in (github.com/WordPress/wordpress-develop
-- src/wp-admin/includes/schema.php wp_get_db_schema(), commit 01501ab4, GPL-2.0-or-later). Prefix `wp_`.

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

CREATE TABLE `wp_terms` (
  term_id bigint(20) unsigned NOT NULL auto_increment,
  name varchar(200) NOT NULL default '',
  slug varchar(200) NOT NULL default '',
  term_group bigint(10) NOT NULL default 0,
  PRIMARY KEY  (term_id),
  KEY slug (slug(191)),
  KEY name (name(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_term_taxonomy` (
  term_taxonomy_id bigint(20) unsigned NOT NULL auto_increment,
  term_id bigint(20) unsigned NOT NULL default 0,
  taxonomy varchar(32) NOT NULL default '',
  description longtext NOT NULL,
  parent bigint(20) unsigned NOT NULL default 0,
  count bigint(20) NOT NULL default 0,
  PRIMARY KEY  (term_taxonomy_id),
  UNIQUE KEY term_id_taxonomy (term_id,taxonomy),
  KEY taxonomy (taxonomy)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_commentmeta` (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  comment_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) default NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY comment_id (comment_id),
  KEY meta_key (meta_key(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_comments` (
  comment_ID bigint(20) unsigned NOT NULL auto_increment,
  comment_post_ID bigint(20) unsigned NOT NULL default '0',
  comment_author tinytext NOT NULL,
  comment_author_email varchar(100) NOT NULL default '',
  comment_author_url varchar(200) NOT NULL default '',
  comment_author_IP varchar(100) NOT NULL default '',
  comment_date datetime NOT NULL default '0000-00-00 00:00:00',
  comment_date_gmt datetime NOT NULL default '0000-00-00 00:00:00',
  comment_content text NOT NULL,
  comment_karma int(11) NOT NULL default '0',
  comment_approved varchar(20) NOT NULL default '1',
  comment_agent varchar(255) NOT NULL default '',
  comment_type varchar(20) NOT NULL default 'comment',
  comment_parent bigint(20) unsigned NOT NULL default '0',
  user_id bigint(20) unsigned NOT NULL default '0',
  PRIMARY KEY  (comment_ID),
  KEY comment_post_ID (comment_post_ID),
  KEY comment_approved_date_gmt (comment_approved,comment_date_gmt),
  KEY comment_date_gmt (comment_date_gmt),
  KEY comment_parent (comment_parent),
  KEY comment_author_email (comment_author_email(10))
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

CREATE TABLE `wp_postmeta` (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  post_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) default NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY post_id (post_id),
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

CREATE TABLE `wp_tutor_quiz_attempts` (
  attempt_id bigint(20) NOT NULL AUTO_INCREMENT,
  course_id bigint(20) DEFAULT NULL,
  quiz_id bigint(20) DEFAULT NULL,
  user_id bigint(20) DEFAULT NULL,
  total_questions int(11) DEFAULT NULL,
  total_answered_questions int(11) DEFAULT NULL,
  total_marks decimal(9,2) DEFAULT NULL,
  earned_marks decimal(9,2) DEFAULT NULL,
  attempt_info text,
  attempt_status varchar(50) DEFAULT NULL,
  attempt_ip varchar(250) DEFAULT NULL,
  attempt_started_at datetime DEFAULT NULL,
  attempt_ended_at datetime DEFAULT NULL,
  is_manually_reviewed int(1) DEFAULT NULL,
  manually_reviewed_at datetime DEFAULT NULL,
  result varchar(10) DEFAULT NULL,
  PRIMARY KEY  (attempt_id),
  INDEX (course_id),
  INDEX (quiz_id),
  INDEX (user_id),
  INDEX (result)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_quiz_attempt_answers` (
  attempt_answer_id bigint(20) NOT NULL AUTO_INCREMENT,
  user_id bigint(20) DEFAULT NULL,
  quiz_id bigint(20) DEFAULT NULL,
  question_id bigint(20) DEFAULT NULL,
  quiz_attempt_id bigint(20) DEFAULT NULL,
  given_answer longtext,
  question_mark decimal(8,2) DEFAULT NULL,
  achieved_mark decimal(8,2) DEFAULT NULL,
  minus_mark decimal(8,2) DEFAULT NULL,
  is_correct tinyint(4) DEFAULT NULL,
  PRIMARY KEY  (attempt_answer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_quiz_questions` (
  question_id bigint(20) NOT NULL AUTO_INCREMENT,
  quiz_id bigint(20) DEFAULT NULL,
  question_title text,
  question_description longtext,
  answer_explanation longtext DEFAULT '',
  question_type varchar(50) DEFAULT NULL,
  question_mark decimal(9,2) DEFAULT NULL,
  question_settings longtext,
  question_order int(11) DEFAULT NULL,
  PRIMARY KEY (question_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_quiz_question_answers` (
  answer_id bigint(20) NOT NULL AUTO_INCREMENT,
  belongs_question_id bigint(20) DEFAULT NULL,
  belongs_question_type varchar(250) DEFAULT NULL,
  answer_title text,
  is_correct tinyint(4) DEFAULT NULL,
  image_id bigint(20) DEFAULT NULL,
  answer_two_gap_match text,
  answer_view_format varchar(250) DEFAULT NULL,
  answer_settings text,
  answer_order int(11) DEFAULT '0',
  PRIMARY KEY (answer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_earnings` (
  earning_id bigint(20) NOT NULL AUTO_INCREMENT,
  user_id bigint(20) DEFAULT NULL,
  course_id bigint(20) DEFAULT NULL,
  order_id bigint(20) DEFAULT NULL,
  order_status varchar(50) DEFAULT NULL,
  course_price_total decimal(16,2) DEFAULT NULL,
  course_price_grand_total decimal(16,2) DEFAULT NULL,
  instructor_amount decimal(16,2) DEFAULT NULL,
  instructor_rate decimal(16,2) DEFAULT NULL,
  admin_amount decimal(16,2) DEFAULT NULL,
  admin_rate decimal(16,2) DEFAULT NULL,
  commission_type varchar(20) DEFAULT NULL,
  deduct_fees_amount decimal(16,2) DEFAULT NULL,
  deduct_fees_name varchar(250) DEFAULT NULL,
  deduct_fees_type varchar(20) DEFAULT NULL,
  process_by varchar(20) DEFAULT NULL,
  created_at datetime DEFAULT NULL,
  PRIMARY KEY (earning_id),
  INDEX (user_id),
  INDEX (course_id),
  INDEX (order_id),
  INDEX (process_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_withdraws` (
  withdraw_id bigint(20) NOT NULL AUTO_INCREMENT,
  user_id bigint(20) DEFAULT NULL,
  amount decimal(16,2) DEFAULT NULL,
  method_data text DEFAULT NULL,
  status varchar(50) DEFAULT NULL,
  updated_at datetime DEFAULT NULL,
  created_at datetime DEFAULT NULL,
  PRIMARY KEY (withdraw_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_orders` (
  id BIGINT(20) UNSIGNED AUTO_INCREMENT,
  parent_id BIGINT(20) UNSIGNED DEFAULT 0,
  transaction_id VARCHAR(255) COMMENT 'Transaction id from payment gateway',
  user_id BIGINT(20) UNSIGNED NOT NULL,
  order_type VARCHAR(50) NOT NULL,
  order_status VARCHAR(50) NOT NULL,
  payment_status VARCHAR(50) NOT NULL,
  subtotal_price DECIMAL(13, 2) NOT NULL,
  pre_tax_price DECIMAL(13, 2) NOT NULL,
  tax_type VARCHAR(50),
  tax_rate DECIMAL(13, 2) COMMENT 'Tax percentage',
  tax_amount DECIMAL(13, 2),
  total_price DECIMAL(13, 2) NOT NULL,
  net_payment DECIMAL(13, 2) NOT NULL,
  coupon_code VARCHAR(255),
  coupon_amount DECIMAL(13, 2),
  discount_type ENUM('percentage', 'flat') DEFAULT NULL,
  discount_amount DECIMAL(13, 2),
  discount_reason TEXT,
  fees DECIMAL(13, 2),
  earnings DECIMAL(13, 2),
  refund_amount DECIMAL(13, 2),
  payment_method VARCHAR(255),
  payment_payloads LONGTEXT,
  note TEXT,
  created_at_gmt DATETIME NOT NULL,
  created_by BIGINT(20) UNSIGNED NOT NULL,
  updated_at_gmt DATETIME,
  updated_by BIGINT(20) UNSIGNED NOT NULL,
  PRIMARY KEY (id),
  KEY user_id (user_id),
  KEY order_type (order_type),
  KEY payment_status (payment_status),
  KEY order_status (order_status),
  KEY transaction_id (transaction_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_ordermeta` (
  id BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  order_id BIGINT(20) UNSIGNED NOT NULL,
  meta_key VARCHAR(255) NOT NULL,
  meta_value LONGTEXT NOT NULL,
  created_at_gmt DATETIME NOT NULL,
  created_by BIGINT(20) UNSIGNED NOT NULL,
  updated_at_gmt DATETIME,
  updated_by BIGINT(20) UNSIGNED NOT NULL,
  PRIMARY KEY (id),
  KEY order_id (order_id),
  KEY meta_key (meta_key),
  CONSTRAINT fk_tutor_ordermeta_order_id FOREIGN KEY (order_id) REFERENCES wp_tutor_orders(id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_order_items` (
  id BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  order_id BIGINT(20) UNSIGNED NOT NULL,
  item_id BIGINT(20) UNSIGNED NOT NULL,
  regular_price DECIMAL(13, 2) NOT NULL,
  sale_price VARCHAR(13) DEFAULT NULL,
  discount_price VARCHAR(13) DEFAULT NULL,
  coupon_code VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY order_id (order_id),
  KEY item_id (item_id),
  CONSTRAINT fk_tutor_order_item_order_id FOREIGN KEY (order_id) REFERENCES wp_tutor_orders(id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_coupons` (
  id BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  coupon_status VARCHAR(50),
  coupon_type VARCHAR(100) DEFAULT 'code',
  coupon_code VARCHAR(50) NOT NULL,
  coupon_title VARCHAR(255) NOT NULL,
  coupon_description TEXT,
  discount_type ENUM('percentage', 'flat') NOT NULL,
  discount_amount DECIMAL(13, 2) NOT NULL,
  applies_to VARCHAR(100) DEFAULT 'all_courses_and_bundles',
  total_usage_limit INT(10) UNSIGNED DEFAULT NULL,
  per_user_usage_limit TINYINT(4) UNSIGNED DEFAULT NULL,
  purchase_requirement VARCHAR(50) DEFAULT 'no_minimum',
  purchase_requirement_value DECIMAL(13, 2),
  start_date_gmt DATETIME NOT NULL,
  expire_date_gmt DATETIME DEFAULT NULL,
  created_at_gmt DATETIME NOT NULL,
  created_by BIGINT(20) UNSIGNED NOT NULL,
  updated_at_gmt DATETIME,
  updated_by BIGINT(20) UNSIGNED NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY coupon_code (coupon_code),
  KEY start_date_gmt (start_date_gmt),
  KEY expire_date_gmt (expire_date_gmt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_coupon_applications` (
  coupon_code VARCHAR(50) NOT NULL,
  reference_id BIGINT(20) UNSIGNED NOT NULL,
  KEY coupon_code (coupon_code),
  KEY reference_id (reference_id),
  CONSTRAINT fk_tutor_coupon_application_coupon_code FOREIGN KEY (coupon_code) REFERENCES wp_tutor_coupons(coupon_code) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_coupon_usages` (
  id BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  coupon_code VARCHAR(50) NOT NULL,
  user_id BIGINT(20) UNSIGNED NOT NULL,
  PRIMARY KEY (id),
  KEY coupon_code (coupon_code),
  KEY user_id (user_id),
  CONSTRAINT fk_tutor_coupon_usage_coupon_code FOREIGN KEY (coupon_code) REFERENCES wp_tutor_coupons(coupon_code) ON DELETE CASCADE,
  CONSTRAINT fk_tutor_coupon_usage_user_id FOREIGN KEY (user_id) REFERENCES wp_users(ID) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_carts` (
  id BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id BIGINT(20) UNSIGNED DEFAULT NULL,
  coupon_code VARCHAR(50) DEFAULT NULL,
  created_at_gmt DATETIME NOT NULL,
  updated_at_gmt DATETIME,
  PRIMARY KEY (id),
  KEY user_id (user_id),
  KEY coupon_code (coupon_code),
  CONSTRAINT fk_tutor_cart_user_id FOREIGN KEY (user_id) REFERENCES wp_users(ID) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_cart_items` (
  id BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  cart_id BIGINT(20) UNSIGNED NOT NULL,
  course_id BIGINT(20) UNSIGNED NOT NULL,
  item_type VARCHAR(255),
  item_details JSON,
  PRIMARY KEY (id),
  KEY cart_id (cart_id),
  KEY course_id (course_id),
  CONSTRAINT fk_tutor_cart_item_cart_id FOREIGN KEY (cart_id) REFERENCES wp_tutor_carts(id) ON DELETE CASCADE,
  CONSTRAINT fk_tutor_cart_item_course_id FOREIGN KEY (course_id) REFERENCES wp_posts(ID) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_customers` (
  id BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id BIGINT(20) UNSIGNED DEFAULT NULL,
  billing_first_name VARCHAR(255) NOT NULL,
  billing_last_name VARCHAR(255) NOT NULL,
  billing_email VARCHAR(255) NOT NULL,
  billing_phone VARCHAR(20) NOT NULL,
  billing_zip_code VARCHAR(20) NOT NULL,
  billing_address TEXT NOT NULL,
  billing_country VARCHAR(100) NOT NULL,
  billing_state VARCHAR(100) NOT NULL,
  billing_city VARCHAR(100) NOT NULL,
  PRIMARY KEY (id),
  KEY user_id (user_id),
  KEY billing_email (billing_email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_scheduler` (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  type VARCHAR(50) NOT NULL COMMENT 'Type of schedule, e.g., gift, email, reminder',
  reference_id VARCHAR(255) NOT NULL COMMENT 'Unique reference id, token, etc',
  scheduled_at_gmt DATETIME NOT NULL COMMENT 'When the action should be executed',
  status VARCHAR(255) NOT NULL DEFAULT 'processing',
  payload LONGTEXT,
  created_at_gmt DATETIME,
  updated_at_gmt DATETIME,
  scheduled_by BIGINT UNSIGNED COMMENT 'User who scheduled the action',
  scheduled_for BIGINT UNSIGNED COMMENT 'Target user of the scheduled action',
  PRIMARY KEY (id),
  KEY idx_context_status (type, status),
  KEY idx_status (status),
  KEY idx_scheduled_at_gmt (scheduled_at_gmt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_order_itemmeta` (
  id BIGINT(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  item_id BIGINT(20) UNSIGNED NOT NULL,
  meta_key VARCHAR(255) NOT NULL,
  meta_value LONGTEXT NOT NULL,
  PRIMARY KEY (id),
  KEY item_id (item_id),
  KEY meta_key (meta_key),
  CONSTRAINT fk_tutor_itemmeta FOREIGN KEY (item_id) REFERENCES wp_tutor_order_items(id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_gradebooks` (
  gradebook_id bigint(20) NOT NULL AUTO_INCREMENT,
  grade_name varchar(50) DEFAULT NULL,
  grade_point varchar(20) DEFAULT NULL,
  grade_point_to varchar(20) DEFAULT NULL,
  percent_from int(3) DEFAULT NULL,
  percent_to int(3) DEFAULT NULL,
  grade_config longtext,
  PRIMARY KEY (gradebook_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_gradebooks_results` (
  gradebook_result_id bigint(20) NOT NULL AUTO_INCREMENT,
  user_id bigint(20) DEFAULT NULL,
  course_id bigint(20) DEFAULT NULL,
  quiz_id bigint(20) DEFAULT NULL,
  assignment_id bigint(20) DEFAULT NULL,
  gradebook_id bigint(20) DEFAULT NULL,
  result_for varchar(50) DEFAULT NULL,
  grade_name varchar(50) DEFAULT NULL,
  grade_point varchar(20) DEFAULT NULL,
  earned_grade_point varchar(20) DEFAULT NULL,
  earned_percent int(3) DEFAULT NULL,
  generate_date datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  update_date datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (gradebook_result_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_email_queue` (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  mail_to varchar(255) NOT NULL,
  subject text NOT NULL,
  message text NOT NULL,
  headers text NOT NULL,
  batch varchar(50) NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_legal_consents` (
  id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  consent_title VARCHAR(255) NOT NULL,
  display_on TEXT NOT NULL,
  consent_message TEXT NOT NULL,
  consent_map JSON,
  version VARCHAR(20) NOT NULL,
  consent_method VARCHAR(255) NOT NULL,
  is_active TINYINT(1) DEFAULT 1,
  settings JSON,
  created_at_gmt DATETIME NOT NULL,
  updated_at_gmt DATETIME,
  INDEX (consent_title),
  INDEX (is_active)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_legal_consent_logs` (
  id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  legal_consent_id BIGINT UNSIGNED NOT NULL,
  action VARCHAR(50),
  old_data JSON NULL,
  new_data JSON NULL,
  created_at_gmt DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_tutor_user_consents` (
  id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  user_id BIGINT UNSIGNED NULL,
  user_email VARCHAR(190) NOT NULL,
  consent_title VARCHAR(100) NOT NULL,
  label_snapshot TEXT NOT NULL,
  links_snapshot JSON,
  version VARCHAR(20) NOT NULL,
  consent_method VARCHAR(255) NOT NULL,
  ip_address VARCHAR(45),
  user_agent TEXT,
  source VARCHAR(50),
  created_at_gmt DATETIME NOT NULL,
  INDEX (user_id),
  INDEX (consent_title),
  INDEX (created_at_gmt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

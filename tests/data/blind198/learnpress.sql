-- LearnPress 4.3.2.8 (ThimPress; WordPress LMS plugin), github.com/LearnPress/learnpress commit
-- 01111719c8e864791b1a72796c1206996c41c8b5 (GPL-3.0): config/table/tables-v4.php (the CREATE TABLE statements the
-- installer runs), table names from inc/Databases/class-lp-db.php, prefix `wp_`; with the WordPress core tables
-- LearnPress keeps courses, lessons, quizzes, orders and reviews in (github.com/WordPress/wordpress-develop
-- src/wp-admin/includes/schema.php wp_get_db_schema(), commit 01501ab4, GPL-2.0-or-later).

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

CREATE TABLE `wp_commentmeta` (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  comment_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) default NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY comment_id (comment_id),
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

CREATE TABLE `wp_learnpress_order_items` (
      order_item_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
      order_item_name longtext NOT NULL,
      order_id bigint(20) unsigned NOT NULL DEFAULT 0,
      item_id bigint(20) unsigned NOT NULL DEFAULT 0,
      item_type varchar(45) NOT NULL DEFAULT '',
      PRIMARY KEY (order_item_id),
        KEY order_id (order_id),
        KEY item_id (item_id),
        KEY item_type (item_type)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_learnpress_order_itemmeta` (
      meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
      learnpress_order_item_id bigint(20) unsigned NOT NULL DEFAULT '0',
      meta_key varchar(255) NOT NULL DEFAULT '',
      meta_value varchar(255) NULL,
      extra_value longtext,
      PRIMARY KEY (meta_id),
          KEY learnpress_order_item_id (learnpress_order_item_id),
          KEY meta_key (meta_key(191)),
          KEY meta_value (meta_value(191))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_learnpress_question_answers` (
      question_answer_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
      question_id bigint(20) unsigned NOT NULL DEFAULT '0',
      title text NOT NULL,
      `value` varchar(32) NOT NULL,
      `order` bigint(20) unsigned NOT NULL DEFAULT '1',
      is_true varchar(3),
      PRIMARY KEY (question_answer_id),
      KEY question_id (question_id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_learnpress_question_answermeta` (
      meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
      learnpress_question_answer_id bigint(20) unsigned NOT NULL,
      meta_key varchar(255) NOT NULL DEFAULT '',
      meta_value longtext NULL,
      PRIMARY KEY (meta_id),
      KEY question_answer_meta (learnpress_question_answer_id, meta_key(150))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_learnpress_quiz_questions` (
      quiz_question_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
      quiz_id bigint(20) unsigned NOT NULL DEFAULT '0',
      question_id bigint(20) unsigned NOT NULL DEFAULT '0',
      question_order bigint(20) unsigned NOT NULL DEFAULT '1',
      PRIMARY KEY (quiz_question_id),
      KEY quiz_id (quiz_id),
      KEY question_id (question_id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_learnpress_section_items` (
      section_item_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
      section_id bigint(20) unsigned NOT NULL DEFAULT '0',
      item_id bigint(20) unsigned NOT NULL DEFAULT '0',
      item_order bigint(20) unsigned NOT NULL DEFAULT '0',
      item_type varchar(45),
      PRIMARY KEY (section_item_id),
      KEY section_item (`section_id`, `item_id`)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_learnpress_sections` (
      section_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
      section_name varchar(255) NOT NULL DEFAULT '',
      section_course_id bigint(20) unsigned NOT NULL DEFAULT '0',
      section_order bigint(10) unsigned NOT NULL DEFAULT '1',
      section_description longtext NOT NULL,
      PRIMARY KEY (section_id),
      KEY section_course_id (section_course_id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_learnpress_sessions` (
      session_id bigint(20) NOT NULL AUTO_INCREMENT,
      session_key char(32) NOT NULL,
      session_value longtext NOT NULL,
      session_expiry bigint(20) NOT NULL,
      UNIQUE KEY session_id (session_id),
      PRIMARY KEY (session_key)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_learnpress_user_items` (
      user_item_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
      user_id bigint(20) unsigned NOT NULL DEFAULT '0',
      item_id bigint(20) unsigned NOT NULL DEFAULT '0',
      start_time datetime NULL DEFAULT NULL,
      end_time datetime NULL DEFAULT NULL,
      item_type varchar(45) NOT NULL DEFAULT '',
      status varchar(45) NOT NULL DEFAULT '',
      graduation varchar(20) NULL DEFAULT NULL,
      access_level int(3) NOT NULL DEFAULT 50,
      ref_id bigint(20) unsigned NOT NULL DEFAULT '0',
      ref_type varchar(45) DEFAULT '',
      parent_id bigint(20) unsigned NOT NULL DEFAULT '0',
      PRIMARY KEY (user_item_id),
      KEY parent_id (parent_id),
      KEY user_id (user_id),
      KEY item_id (item_id),
      KEY item_type (item_type),
      KEY ref_id (ref_id),
      KEY ref_type (ref_type),
      KEY status (status)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_learnpress_user_itemmeta` (
      meta_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
      learnpress_user_item_id bigint(20) unsigned NOT NULL,
      meta_key varchar(255) NOT NULL DEFAULT '',
      meta_value varchar(255) NULL,
      extra_value longtext NULL,
      PRIMARY KEY (meta_id),
      KEY learnpress_user_item_id (learnpress_user_item_id),
            KEY meta_key (meta_key(191)),
            KEY meta_value (meta_value(191))
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_learnpress_user_item_results` (
      id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
      user_item_id bigint(20) unsigned NOT NULL,
      result longtext NULL,
      PRIMARY KEY (id),
      KEY user_item_id (user_item_id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_learnpress_files` (
      file_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
      file_name varchar(191) NOT NULL DEFAULT '',
      file_type varchar(10) NOT NULL DEFAULT '',
      item_id bigint(20) unsigned NOT NULL DEFAULT '0',
      item_type varchar(100) NOT NULL DEFAULT '',
      method varchar(10) NOT NULL DEFAULT 'upload' CHECK ( method IN ( 'upload', 'external' ) ),
      file_path varchar(255) NOT NULL DEFAULT '',
      orders int(4) NOT NULL DEFAULT '0',
      created_at datetime NULL DEFAULT NULL,
      PRIMARY KEY (file_id),
      KEY file_name (file_name),
      KEY item_id (item_id),
      KEY item_type (item_type)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_learnpress_courses` (
      ID bigint(20) unsigned NOT NULL,
      json LONGTEXT NOT NULL,
      price_to_sort FLOAT,
      is_sale int(1) default 0,
      post_author bigint unsigned,
      post_date_gmt datetime,
      post_content LONGTEXT,
      post_title text not null,
      post_status varchar(20) default 'publish' not null,
      post_name varchar(200) default '',
      menu_order int default 0,
      lang varchar(20),
      PRIMARY KEY (ID),
      KEY post_title (post_title(191)),
      KEY post_status (post_status),
      KEY post_name (post_name(191)),
      KEY id_status (ID, post_status)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_thim_cache` (
      key_cache VARCHAR (100) NOT NULL UNIQUE,
      value LONGTEXT NOT NULL,
      expiration VARCHAR (50),
      PRIMARY KEY (key_cache)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

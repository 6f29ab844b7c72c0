-- Site Reviews 8.2.0 (Paul Ryley / Gemini Labs; WordPress plugin to receive, moderate and display reviews and
-- star ratings, `wp_glsr_` tables beside WordPress core), github.com/pryley/site-reviews (GPL-3.0),
-- commit 90be841870a6c51fd11cd2015516f39994f9d034: the six tables of plugin/Database/Tables.php::tables()
-- (structure() of plugin/Database/Tables/Table{Ratings,AssignedPosts,AssignedTerms,AssignedUsers,Stats,Tmp}.php;
-- TableFields is commented out upstream and not created), with `{$this->tablename}` -> wp_glsr_<name> and
-- `{$this->db->get_charset_collate()}` -> DEFAULT CHARSET=utf8mb4, and the foreign keys each table's
-- addForeignConstraints() adds on InnoDB (named glsr_<table>_<column>_foreign, ON DELETE CASCADE).
-- Reviews themselves are WordPress posts of type `site-review` (content, title, author, date, status) with their
-- submission in post meta, so the single-site WordPress core tables are included, from wp_get_db_schema() of
-- github.com/WordPress/wordpress-develop src/wp-admin/includes/schema.php, commit
-- 01501ab4787d053da5eb1425696ec3363d3adf4c (GPL-2.0-or-later), `$wpdb->` -> wp_, $max_index_length -> 191.
-- Left out: WordPress's multisite tables (blogs, blogmeta, registration_log, site, sitemeta, signups).

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

CREATE TABLE `wp_termmeta` (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  term_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) default NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY term_id (term_id),
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

CREATE TABLE `wp_term_relationships` (
  object_id bigint(20) unsigned NOT NULL default 0,
  term_taxonomy_id bigint(20) unsigned NOT NULL default 0,
  term_order int(11) NOT NULL default 0,
  PRIMARY KEY  (object_id,term_taxonomy_id),
  KEY term_taxonomy_id (term_taxonomy_id)
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

CREATE TABLE `wp_links` (
  link_id bigint(20) unsigned NOT NULL auto_increment,
  link_url varchar(255) NOT NULL default '',
  link_name varchar(255) NOT NULL default '',
  link_image varchar(255) NOT NULL default '',
  link_target varchar(25) NOT NULL default '',
  link_description varchar(255) NOT NULL default '',
  link_visible varchar(20) NOT NULL default 'Y',
  link_owner bigint(20) unsigned NOT NULL default '1',
  link_rating int(11) NOT NULL default '0',
  link_updated datetime NOT NULL default '0000-00-00 00:00:00',
  link_rel varchar(255) NOT NULL default '',
  link_notes mediumtext NOT NULL,
  link_rss varchar(255) NOT NULL default '',
  PRIMARY KEY  (link_id),
  KEY link_visible (link_visible)
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

CREATE TABLE `wp_glsr_ratings` (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  review_id bigint(20) unsigned NOT NULL,
  rating int(11) NOT NULL DEFAULT '0',
  type varchar(20) DEFAULT 'local',
  is_approved tinyint(1) NOT NULL DEFAULT '0',
  is_pinned tinyint(1) NOT NULL DEFAULT '0',
  is_flagged tinyint(1) NOT NULL DEFAULT '0',
  is_verified tinyint(1) NOT NULL DEFAULT '0',
  name varchar(250) DEFAULT NULL,
  email varchar(100) DEFAULT NULL,
  avatar varchar(200) DEFAULT NULL,
  ip_address varchar(100) DEFAULT NULL,
  url varchar(250) DEFAULT NULL,
  terms tinyint(1) NOT NULL DEFAULT '1',
  score int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY  (ID),
  UNIQUE KEY glsr_ratings_review_id_unique (review_id),
  KEY glsr_ratings_rating_type_is_pinned_index (rating,type,is_pinned),
  KEY glsr_ratings_rating_type_is_approved_index (rating,type,is_approved),
  KEY glsr_ratings_ip_address_index (ip_address),
  KEY glsr_ratings_is_flagged_index (is_flagged),
  CONSTRAINT glsr_ratings_review_id_foreign FOREIGN KEY (review_id) REFERENCES wp_posts (ID) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_glsr_assigned_posts` (
  rating_id bigint(20) unsigned NOT NULL,
  post_id bigint(20) unsigned NOT NULL,
  is_published tinyint(1) NOT NULL DEFAULT '1',
  PRIMARY KEY  (rating_id,post_id),
  CONSTRAINT glsr_assigned_posts_rating_id_foreign FOREIGN KEY (rating_id) REFERENCES wp_glsr_ratings (ID) ON DELETE CASCADE,
  CONSTRAINT glsr_assigned_posts_post_id_foreign FOREIGN KEY (post_id) REFERENCES wp_posts (ID) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_glsr_assigned_terms` (
  rating_id bigint(20) unsigned NOT NULL,
  term_id bigint(20) unsigned NOT NULL,
  PRIMARY KEY  (rating_id,term_id),
  CONSTRAINT glsr_assigned_terms_rating_id_foreign FOREIGN KEY (rating_id) REFERENCES wp_glsr_ratings (ID) ON DELETE CASCADE,
  CONSTRAINT glsr_assigned_terms_term_id_foreign FOREIGN KEY (term_id) REFERENCES wp_terms (term_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_glsr_assigned_users` (
  rating_id bigint(20) unsigned NOT NULL,
  user_id bigint(20) unsigned NOT NULL,
  PRIMARY KEY  (rating_id,user_id),
  CONSTRAINT glsr_assigned_users_rating_id_foreign FOREIGN KEY (rating_id) REFERENCES wp_glsr_ratings (ID) ON DELETE CASCADE,
  CONSTRAINT glsr_assigned_users_user_id_foreign FOREIGN KEY (user_id) REFERENCES wp_users (ID) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_glsr_stats` (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  rating_id bigint(20) unsigned NOT NULL,
  continent varchar(10) NOT NULL,
  country varchar(10) NOT NULL,
  region varchar(10) NOT NULL,
  city varchar(250) NOT NULL,
  PRIMARY KEY  (ID),
  UNIQUE KEY glsr_stats_rating_id_unique (rating_id),
  CONSTRAINT glsr_stats_rating_id_foreign FOREIGN KEY (rating_id) REFERENCES wp_glsr_ratings (ID) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_glsr_tmp` (
  ID bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  type varchar(20) NOT NULL,
  data longtext NOT NULL,
  PRIMARY KEY  (ID),
  KEY type (type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

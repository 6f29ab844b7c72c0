-- GlotPress 4.0.1 (the WordPress plug-in that runs translate.wordpress.org; database version 980),
-- github.com/GlotPress/GlotPress commit 0de4f9656a954132becffbccca8cc336143c93e2 (GPL-2.0-or-later),
-- gp-includes/schema.php (gp_schema_get(), the CREATE TABLE statements GlotPress passes to dbDelta), with the
-- WordPress core tables of the same database, in which GlotPress keeps its translators (users, user meta) —
-- github.com/WordPress/wordpress-develop src/wp-admin/includes/schema.php (wp_get_db_schema(), single-site
-- tables), commit 42b3b9046c4ccdb8bdbb9a006a07a5df55f7d54c (GPL-2.0-or-later).
-- Upstream's text unchanged except: $wpdb->prefix written as WordPress's default wp_ (GlotPress's tables as
-- wp_gp_*), $charset_collate as DEFAULT CHARSET=utf8mb4, and the computed index-prefix lengths of utf8mb4
-- ($max_index_length 191; GlotPress's 180, 181, 63, 159 and 157) written as numbers.
-- Left out: WordPress multisite's global tables (blogs, blogmeta, registration_log, site, sitemeta, signups), which a
-- single-site installation does not create. Upstream declares no foreign keys.

CREATE TABLE wp_users (
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
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_usermeta (
  umeta_id bigint(20) unsigned NOT NULL auto_increment,
  user_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) default NULL,
  meta_value longtext,
  PRIMARY KEY  (umeta_id),
  KEY user_id (user_id),
  KEY meta_key (meta_key(191))
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_termmeta (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  term_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) default NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY term_id (term_id),
  KEY meta_key (meta_key(191))
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_terms (
  term_id bigint(20) unsigned NOT NULL auto_increment,
  name varchar(200) NOT NULL default '',
  slug varchar(200) NOT NULL default '',
  term_group bigint(10) NOT NULL default 0,
  PRIMARY KEY  (term_id),
  KEY slug (slug(191)),
  KEY name (name(191))
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_term_taxonomy (
  term_taxonomy_id bigint(20) unsigned NOT NULL auto_increment,
  term_id bigint(20) unsigned NOT NULL default 0,
  taxonomy varchar(32) NOT NULL default '',
  description longtext NOT NULL,
  parent bigint(20) unsigned NOT NULL default 0,
  count bigint(20) NOT NULL default 0,
  PRIMARY KEY  (term_taxonomy_id),
  UNIQUE KEY term_id_taxonomy (term_id,taxonomy),
  KEY taxonomy (taxonomy)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_term_relationships (
  object_id bigint(20) unsigned NOT NULL default 0,
  term_taxonomy_id bigint(20) unsigned NOT NULL default 0,
  term_order int(11) NOT NULL default 0,
  PRIMARY KEY  (object_id,term_taxonomy_id),
  KEY term_taxonomy_id (term_taxonomy_id)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_commentmeta (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  comment_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) default NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY comment_id (comment_id),
  KEY meta_key (meta_key(191))
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_comments (
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
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_links (
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
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_options (
  option_id bigint(20) unsigned NOT NULL auto_increment,
  option_name varchar(191) NOT NULL default '',
  option_value longtext NOT NULL,
  autoload varchar(20) NOT NULL default 'yes',
  PRIMARY KEY  (option_id),
  UNIQUE KEY option_name (option_name),
  KEY autoload (autoload)
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_postmeta (
  meta_id bigint(20) unsigned NOT NULL auto_increment,
  post_id bigint(20) unsigned NOT NULL default '0',
  meta_key varchar(255) default NULL,
  meta_value longtext,
  PRIMARY KEY  (meta_id),
  KEY post_id (post_id),
  KEY meta_key (meta_key(191))
) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_posts (
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
  KEY type_status_post_date_gmt (post_type,post_status,post_date_gmt),
  KEY type_status_modified_date_gmt (post_type,post_status,post_modified_gmt),
  KEY post_parent (post_parent),
  KEY post_author (post_author)
) DEFAULT CHARSET=utf8mb4;
CREATE TABLE wp_gp_translations (
    id int(10) NOT NULL auto_increment,
    original_id int(10) DEFAULT NULL,
    translation_set_id int(10) DEFAULT NULL,
    translation_0 text NOT NULL,
    translation_1 text DEFAULT NULL,
    translation_2 text DEFAULT NULL,
    translation_3 text DEFAULT NULL,
    translation_4 text DEFAULT NULL,
    translation_5 text DEFAULT NULL,
    user_id bigint(20) DEFAULT NULL,
    user_id_last_modified bigint(20) DEFAULT NULL,
    status varchar(20) NOT NULL default 'waiting',
    date_added datetime DEFAULT NULL,
    date_modified datetime DEFAULT NULL,
    warnings text DEFAULT NULL,
    PRIMARY KEY  (id),
    KEY original_id (original_id),
    KEY user_id (user_id),
    KEY translation_set_id (translation_set_id),
    KEY translation_set_id_status (translation_set_id,status),
    KEY original_id_translation_set_id_status (original_id,translation_set_id,status),
    KEY date_added (date_added),
    KEY warnings (warnings(1))
  ) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_gp_translation_sets (
    id int(10) NOT NULL auto_increment,
    name varchar(255) NOT NULL,
    slug varchar(255) NOT NULL,
    project_id int(10) DEFAULT NULL,
    locale varchar(10) DEFAULT NULL,
    PRIMARY KEY  (id),
    UNIQUE KEY project_id_slug_locale (project_id,slug(180),locale),
    KEY locale_slug (locale,slug(181))
  ) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_gp_originals (
    id int(10) NOT NULL auto_increment,
    project_id int(10) DEFAULT NULL,
    context varchar(255) DEFAULT NULL,
    singular text NOT NULL,
    plural text DEFAULT NULL,
    `references` text DEFAULT NULL,
    comment text DEFAULT NULL,
    status varchar(20) NOT NULL DEFAULT '+active',
    priority tinyint(4) NOT NULL DEFAULT 0,
    date_added datetime DEFAULT NULL,
    PRIMARY KEY  (id),
    KEY project_id_status (project_id,status),
    KEY singular_plural_context (singular(63),plural(63),context(63)),
    KEY project_id_status_priority_date_added (project_id,status,priority,date_added)
  ) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_gp_glossary_entries (
    id int(10) unsigned NOT NULL auto_increment,
    glossary_id int(10) unsigned NOT NULL,
    term varchar(255) NOT NULL,
    part_of_speech varchar(255) DEFAULT NULL,
    comment text DEFAULT NULL,
    translation varchar(255) DEFAULT NULL,
    date_modified datetime NOT NULL,
    last_edited_by bigint(20) NOT NULL,
    PRIMARY KEY  (id)
  ) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_gp_glossaries (
    id int(10) unsigned NOT NULL auto_increment,
    translation_set_id int(10)  NOT NULL,
    description text DEFAULT NULL,
    PRIMARY KEY  (id)
  ) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_gp_projects (
    id int(10) NOT NULL auto_increment,
    name varchar(255) NOT NULL,
    slug varchar(255) NOT NULL,
    path varchar(255) NOT NULL,
    description text NOT NULL,
    parent_project_id int(10) DEFAULT NULL,
    source_url_template varchar(255) DEFAULT '',
    active tinyint(4) DEFAULT 0,
    PRIMARY KEY  (id),
    KEY path (path),
    KEY parent_project_id (parent_project_id)
  ) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_gp_meta (
    meta_id bigint(20) NOT NULL auto_increment,
    object_type varchar(32) NOT NULL default 'gp_option',
    object_id bigint(20) NOT NULL default 0,
    meta_key varchar(255) DEFAULT NULL,
    meta_value longtext DEFAULT NULL,
    PRIMARY KEY  (meta_id),
    KEY object_type__meta_key (object_type,meta_key(159)),
    KEY object_type__object_id__meta_key (object_type,object_id,meta_key(157))
  ) DEFAULT CHARSET=utf8mb4;

CREATE TABLE wp_gp_permissions (
    id int(10) NOT NULL AUTO_INCREMENT,
    user_id bigint(20) DEFAULT NULL,
    action varchar(60) DEFAULT NULL,
    object_type varchar(255) DEFAULT NULL,
    object_id varchar(255) DEFAULT NULL,
    PRIMARY KEY  (id),
    KEY user_id_action (user_id,action)
  ) DEFAULT CHARSET=utf8mb4;

-- Blog2Social 8.9.3 (Blog2Social / ADENION GmbH, WordPress plugin "Social Media Auto Post & Scheduler"),
-- with the WordPress core tables it works on
-- Sources:
--   Blog2Social: github.com/WordPressBugBounty/plugins-blog2social (mirror of the wordpress.org plugin),
--     `blog2social/includes/Loader.php` `activatePlugin()`, commit 31eaa563fe38bd5d0aac31e43c57411fb3ea685e (GPL-3.0);
--   WordPress core: `src/wp-admin/includes/schema.php` `wp_get_db_schema()`, github.com/WordPress/wordpress-develop
--     commit 01501ab4787d053da5eb1425696ec3363d3adf4c (GPL-2.0-or-later).
-- WordPress core: single-site users table, prefix wp_, $charset_collate dropped, $max_index_length = 191;
-- wp_links (legacy link manager) and the multisite tables left out.
-- Blog2Social: the twelve CREATE TABLE IF NOT EXISTS statements that activatePlugin() runs on a new install, in
-- source order, with {$wpdb->prefix} = wp_ and the table options (charset, AUTO_INCREMENT=1) dropped. The
-- ALTER TABLE ... ADD statements that follow them only add columns a new install already has (upgrades of old
-- installs); of the "safety auto-increment" ALTERs at the end only the one on wp_b2s_user_contact changes a column
-- (`id` int(5) -> INT(11)), applied here. No foreign keys upstream.

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
);
CREATE TABLE wp_usermeta (
	umeta_id bigint(20) unsigned NOT NULL auto_increment,
	user_id bigint(20) unsigned NOT NULL default '0',
	meta_key varchar(255) default NULL,
	meta_value longtext,
	PRIMARY KEY  (umeta_id),
	KEY user_id (user_id),
	KEY meta_key (meta_key(191))
);
CREATE TABLE wp_termmeta (
	meta_id bigint(20) unsigned NOT NULL auto_increment,
	term_id bigint(20) unsigned NOT NULL default '0',
	meta_key varchar(255) default NULL,
	meta_value longtext,
	PRIMARY KEY  (meta_id),
	KEY term_id (term_id),
	KEY meta_key (meta_key(191))
);
CREATE TABLE wp_terms (
 term_id bigint(20) unsigned NOT NULL auto_increment,
 name varchar(200) NOT NULL default '',
 slug varchar(200) NOT NULL default '',
 term_group bigint(10) NOT NULL default 0,
 PRIMARY KEY  (term_id),
 KEY slug (slug(191)),
 KEY name (name(191))
);
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
);
CREATE TABLE wp_term_relationships (
 object_id bigint(20) unsigned NOT NULL default 0,
 term_taxonomy_id bigint(20) unsigned NOT NULL default 0,
 term_order int(11) NOT NULL default 0,
 PRIMARY KEY  (object_id,term_taxonomy_id),
 KEY term_taxonomy_id (term_taxonomy_id)
);
CREATE TABLE wp_commentmeta (
	meta_id bigint(20) unsigned NOT NULL auto_increment,
	comment_id bigint(20) unsigned NOT NULL default '0',
	meta_key varchar(255) default NULL,
	meta_value longtext,
	PRIMARY KEY  (meta_id),
	KEY comment_id (comment_id),
	KEY meta_key (meta_key(191))
);
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
);
CREATE TABLE wp_options (
	option_id bigint(20) unsigned NOT NULL auto_increment,
	option_name varchar(191) NOT NULL default '',
	option_value longtext NOT NULL,
	autoload varchar(20) NOT NULL default 'yes',
	PRIMARY KEY  (option_id),
	UNIQUE KEY option_name (option_name),
	KEY autoload (autoload)
);
CREATE TABLE wp_postmeta (
	meta_id bigint(20) unsigned NOT NULL auto_increment,
	post_id bigint(20) unsigned NOT NULL default '0',
	meta_key varchar(255) default NULL,
	meta_value longtext,
	PRIMARY KEY  (meta_id),
	KEY post_id (post_id),
	KEY meta_key (meta_key(191))
);
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
	KEY post_parent (post_parent),
	KEY post_author (post_author)
);

CREATE TABLE IF NOT EXISTS `wp_b2s_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `blog_user_id` int(11) NOT NULL,
  `feature` TINYINT(2) NOT NULL,
  `state_url` TINYINT(2) NOT NULL,
  `register_date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id`), INDEX `blog_user_id` (`blog_user_id`), INDEX `token` (`token`), INDEX `feature` (`feature`)
);

CREATE TABLE IF NOT EXISTS `wp_b2s_user_tool` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `create_date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  `blog_user_id` int(11) NOT NULL,
  `tool_id` TINYINT NOT NULL DEFAULT '1',
  `access_token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`), INDEX `access_token` (`access_token`), INDEX `blog_user_id` (`blog_user_id`), INDEX `tool_id` (`tool_id`)
);

CREATE TABLE IF NOT EXISTS `wp_b2s_posts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `post_id` int(11) NOT NULL,
  `blog_user_id` int(11) NOT NULL,
  `last_edit_blog_user_id` int(11) NOT NULL,
  `user_timezone` TINYINT NOT NULL DEFAULT '0',
  `sched_details_id` INT NOT NULL,
  `sched_type` TINYINT NOT NULL DEFAULT '0',
  `sched_date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  `sched_date_utc` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  `publish_date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  `publish_link` varchar(255) NOT NULL,
  `publish_error_code` varchar(100) NOT NULL,
  `network_details_id` int(11) NOT NULL,
  `post_format` TINYINT DEFAULT NULL,
  `display_post_format`  varchar(10) NOT NULL DEFAULT 'wp',
  `post_for_relay` TINYINT NOT NULL DEFAULT '0',
  `post_for_approve` TINYINT NOT NULL DEFAULT '0',
  `relay_primary_post_id` int(11) NOT NULL DEFAULT '0',
  `relay_delay_min` int(11) NOT NULL DEFAULT '0',
  `upload_video_token` varchar(255) NOT NULL,
  `hook_action` TINYINT NOT NULL DEFAULT '0',
  `hide` TINYINT NOT NULL DEFAULT '0',
  `v2_id` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`), INDEX `post_id` (`post_id`), INDEX `blog_user_id` (`blog_user_id`) , INDEX `sched_details_id` (`sched_details_id`),
  INDEX `sched_date` (`sched_date`), INDEX `sched_date_utc` (`sched_date_utc`), INDEX `publish_date` (`publish_date`) , INDEX `relay_primary_post_id` (`relay_primary_post_id`) ,
  INDEX `hook_action` (`hook_action`), INDEX `hide` (`hide`), INDEX `post_format` (`post_format`), INDEX `upload_video_token` (`upload_video_token`)
);

CREATE TABLE IF NOT EXISTS `wp_b2s_posts_sched_details` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sched_data` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `image_url` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE IF NOT EXISTS `wp_b2s_posts_network_details` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `owner_blog_user_id` int(11) NOT NULL,
  `network_id` TINYINT NOT NULL,
  `network_type` TINYINT NOT NULL,
  `network_auth_id` int(11) NOT NULL,
  `network_display_name` varchar(100) NOT NULL,
  `data` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
  PRIMARY KEY (`id`)
);

CREATE TABLE IF NOT EXISTS `wp_b2s_user_contact`(
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `blog_user_id` int(11)  NOT  NULL ,
  `name_mandant` varchar(100)  NOT  NULL ,
  `created` datetime NOT  NULL DEFAULT  '0000-00-00 00:00:00',
  `name_presse` varchar(100)  NOT  NULL ,
  `anrede_presse` enum('0','1','2')  NOT  NULL DEFAULT  '0' COMMENT  '0=Frau,1=Herr 2=keine Angabe',
  `vorname_presse` varchar(50)  NOT  NULL ,
  `nachname_presse` varchar(50)  NOT  NULL ,
  `strasse_presse` varchar(100)  NOT  NULL ,
  `nummer_presse` varchar(5)  NOT  NULL DEFAULT  '',
  `plz_presse` varchar(10)  NOT  NULL ,
  `ort_presse` varchar(75)  NOT  NULL ,
  `land_presse` varchar(3)  NOT  NULL DEFAULT  'DE',
  `email_presse` varchar(75)  NOT  NULL ,
  `telefon_presse` varchar(30)  NOT  NULL ,
  `fax_presse` varchar(30)  NOT  NULL ,
  `url_presse` varchar(150)  NOT  NULL ,
  PRIMARY  KEY (`id`) ,
  KEY `blog_user_id`(`blog_user_id`)
);

CREATE TABLE IF NOT EXISTS `wp_b2s_user_network_settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `blog_user_id` int(11) NOT NULL,
  `mandant_id` int(11) NOT NULL,
  `network_auth_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `blog_user_id` (`blog_user_id`), INDEX `mandant_id` (`mandant_id`)
);

CREATE TABLE IF NOT EXISTS `wp_b2s_posts_drafts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `last_save_date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  `blog_user_id` int(11) NOT NULL,
  `post_id` int(11) NOT NULL,
  `save_origin` tinyint(4) NOT NULL DEFAULT 0,
  `data` MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `blog_user_id` (`blog_user_id`), INDEX `post_id` (`post_id`)
);

CREATE TABLE IF NOT EXISTS `wp_b2s_ai_template` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `blog_user_id` int(11) NOT NULL,
  `network_id` int(11) NOT NULL,
  `type_id` tinyint(4) NOT NULL,
  `payload` TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `blog_user_id` (`blog_user_id`), INDEX `network_id` (`network_id`), INDEX `type_id` (`type_id`)
);

CREATE TABLE IF NOT EXISTS `wp_b2s_posts_favorites` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `blog_user_id` int(11) NOT NULL,
  `post_id` int(11) NOT NULL,
  `save_date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id`),
  INDEX `blog_user_id` (`blog_user_id`), INDEX `post_id` (`post_id`)
);

CREATE TABLE IF NOT EXISTS `wp_b2s_posts_insights` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `blog_user_id` int(11) NOT NULL,
  `b2s_posts_id` int(11) NOT NULL,
  `network_post_id` varchar(50) NOT NULL,
  `b2s_posts_network_details_id` int(11) NOT NULL,
  `insight` MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `last_update` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  `active` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  INDEX `blog_user_id` (`blog_user_id`), INDEX `b2s_posts_id` (`b2s_posts_id`)
);

CREATE TABLE IF NOT EXISTS `wp_b2s_network_insights` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `blog_user_id` int(11) NOT NULL,
  `b2s_posts_network_details_id` int(11) NOT NULL,
  `insight` MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  `create_date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id`),
  INDEX `b2s_posts_network_details_id` (`b2s_posts_network_details_id`)
);

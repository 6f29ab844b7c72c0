-- URL Shortify 2.3.0 (KaizenCoders; WordPress link shortener / link cloaker with click tracking, link groups
-- and tags, custom domains, UTM presets, tracking pixels, link rotation, auto-linking keywords, REST API keys)
--   github.com/WordPressBugBounty/plugins-url-shortify (mirror of the wordpress.org plugin) commit
--   5995670172d4a26cf2c1ea34fe92d8cc248d2fe4 (GPL-3.0-or-later)
--   Plugin tables: url-shortify/lite/includes/Install.php, Install::get_schema() — the twelve get_*_schema()
--   dbDelta strings a new install runs, in that order, text as upstream with `{$wpdb->prefix}` = wp_ and
--   `$collate` dropped (a new install is stamped with the current DB version, so the upgrade-only ALTER of
--   update 2.2.0 that adds `r_index` to kc_us_clicks_rotations on old installs is not applied).
--   Action Scheduler 3.9.3, bundled in url-shortify/libs/action-scheduler (GPL-3.0; used for the e-mail
--   reports): classes/schema/ActionScheduler_StoreSchema.php and ActionScheduler_LoggerSchema.php
--   get_table_definition(), with DEFAULT_DATE = '0000-00-00 00:00:00' and $max_index_length = 191.
--   WordPress core: src/wp-admin/includes/schema.php wp_get_db_schema() of github.com/WordPress/wordpress-develop
--   commit 01501ab4787d053da5eb1425696ec3363d3adf4c (GPL-2.0-or-later), single-site tables, prefix wp_,
--   $charset_collate dropped, $max_index_length = 191; wp_links (legacy link manager, hidden since WordPress
--   3.5) and the multisite tables left out. No foreign keys are declared upstream.

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

CREATE TABLE `wp_kc_us_links` (
	`id` int(10) NOT NULL AUTO_INCREMENT,
	`slug` varchar(255) DEFAULT NULL,
	`name` varchar(255) DEFAULT NULL,
	`url` text DEFAULT NULL,
	`description` text DEFAULT NULL,
	`nofollow` tinyint(1) DEFAULT 0,
	`track_me` tinyint(1) DEFAULT 1,
	`sponsored` tinyint(1) DEFAULT 0,
	`params_forwarding` tinyint(1) DEFAULT 0,
	`params_structure` varchar(255) DEFAULT NULL,
	`redirect_type` varchar(255) DEFAULT '307',
	`status` tinyint(1) DEFAULT 1,
	`type` varchar(30) DEFAULT 'direct',
	`type_id` int(11) DEFAULT NULL,
	`password` varchar(255) DEFAULT NULL,
	`expires_at` datetime DEFAULT NULL,
	`total_clicks` int(11) DEFAULT null,
	`unique_clicks` int(11) DEFAULT null,
	`cpt_id` int(11) DEFAULT 0,
	`cpt_type` varchar(20) DEFAULT NULL,
	`broken_link_status` varchar(20) DEFAULT NULL,
	`rules` text DEFAULT NULL,
	`created_at` datetime DEFAULT NULL,
	`created_by_id` int(11) DEFAULT NULL,
	`updated_at` datetime DEFAULT NULL,
	`updated_by_id` int(11) DEFAULT NULL,
	PRIMARY KEY  (id),
	KEY cpt_id (cpt_id),
	KEY type_id (type_id),
	KEY status (status),
	KEY nofollow (nofollow),
	KEY track_me (track_me),
	KEY sponsored (sponsored),
	KEY params_forwarding (params_forwarding),
	KEY redirect_type (redirect_type(191)),
	KEY slug (slug(191)),
	KEY expires_at (expires_at),
	KEY created_at (created_at),
	KEY updated_at (updated_at)
);

CREATE TABLE `wp_kc_us_clicks` (
	`id` int(11) NOT NULL AUTO_INCREMENT,
	`link_id` int(11) DEFAULT NULL,
	`uri` varchar(255) DEFAULT NULL,
	`host` varchar(255) DEFAULT NULL,
	`referer` varchar(255) DEFAULT NULL,
	`is_first_click` tinyint(1) DEFAULT 0,
	`is_robot` tinyint(1) DEFAULT 0,
	`user_agent` text DEFAULT NULL,
	`os` varchar(255) DEFAULT NULL,
	`device` varchar(255) DEFAULT NULL,
	`browser_type` varchar(255) DEFAULT NULL,
	`browser_version` varchar(255) DEFAULT NULL,
	`visitor_id` varchar(25) default NULL,
	`country` varchar(50) DEFAULT NULL,
	`ip` varchar(255) DEFAULT NULL,
	`created_at` DATETIME NOT NULL,
	PRIMARY KEY  (id),
	KEY link_id (link_id),
	KEY ip (ip(191)),
	KEY browser_type (browser_type(191)),
	KEY browser_version (browser_version(191)),
	KEY os (os(191)),
	KEY device (device(191)),
	KEY country (country(50)),
	KEY referer (referer(191)),
	KEY host (host(191)),
	KEY uri (uri(191)),
	KEY is_robot (is_robot),
	KEY is_first_click (is_first_click),
	KEY visitor_id (visitor_id)
);

CREATE TABLE `wp_kc_us_groups` (
	`id` int(10) NOT NULL AUTO_INCREMENT,
	`name` varchar(255) DEFAULT NULL,
	`description` text DEFAULT NULL,
	`created_by_id` int(11) DEFAULT NULL,
	`created_at` datetime DEFAULT NULL,
	`updated_by_id` int(11) DEFAULT NULL,
	`updated_at` datetime DEFAULT NULL,
	PRIMARY KEY  (id),
	KEY created_at (created_at),
	KEY updated_at (updated_at)
);

CREATE TABLE `wp_kc_us_links_groups` (
	`id` int(10) NOT NULL AUTO_INCREMENT,
	`link_id` int(10) NOT NULL,
	`group_id` int(10) NOT NULL,
	`created_by_id` int(11) DEFAULT NULL,
	`created_at` datetime DEFAULT NULL,
	PRIMARY KEY  (id),
	KEY link_id (link_id),
	KEY group_id (group_id),
	KEY created_by_id (created_by_id),
	KEY created_at (created_at)
);

CREATE TABLE `wp_kc_us_domains` (
	`id` int(10) NOT NULL AUTO_INCREMENT,
	`host` varchar(255) DEFAULT NULL,
	`status` tinyint(1) DEFAULT 1,
	`created_by_id` int(11) DEFAULT NULL,
	`created_at` datetime DEFAULT NULL,
	`updated_by_id` int(11) DEFAULT NULL,
	`updated_at` datetime DEFAULT NULL,
	PRIMARY KEY  (id),
	KEY created_at (created_at),
	KEY updated_at (updated_at)
);

CREATE TABLE `wp_kc_us_utm_presets` (
	`id` int(10) NOT NULL AUTO_INCREMENT,
	`name` varchar(255) DEFAULT NULL,
	`description` text DEFAULT NULL,
	`utm_id` varchar(255) DEFAULT NULL,
	`utm_source` varchar(255) DEFAULT NULL,
	`utm_medium` varchar(255) DEFAULT NULL,
	`utm_campaign` varchar(255) DEFAULT NULL,
	`utm_term` varchar(255) DEFAULT NULL,
	`utm_content` varchar(255) DEFAULT NULL,
	`created_by_id` int(11) DEFAULT NULL,
	`created_at` datetime DEFAULT NULL,
	`updated_by_id` int(11) DEFAULT NULL,
	`updated_at` datetime DEFAULT NULL,
	PRIMARY KEY  (id),
	KEY created_at (created_at),
	KEY updated_at (updated_at)
);

CREATE TABLE `wp_kc_us_tracking_pixels` (
	`id` int(10) NOT NULL AUTO_INCREMENT,
	`name` varchar(80) DEFAULT NULL,
	`type` varchar(40) DEFAULT NULL,
	`pixel_id` varchar(191) DEFAULT NULL,
	`head_code` text DEFAULT NULL,
	`body_code` text DEFAULT NULL,
	`created_by_id` int(11) DEFAULT NULL,
	`created_at` datetime DEFAULT NULL,
	`updated_by_id` int(11) DEFAULT NULL,
	`updated_at` datetime DEFAULT NULL,
	PRIMARY KEY  (id),
	KEY created_at (created_at),
	KEY updated_at (updated_at)
);

CREATE TABLE `wp_kc_us_clicks_rotations` (
	`id` int(11) NOT NULL AUTO_INCREMENT,
	`click_id` int(11) NOT NULL,
	`link_id` int(11) NOT NULL,
	`url` text NOT NULL,
	PRIMARY KEY  (id),
	KEY click_id (click_id),
	KEY link_id (link_id)
);

CREATE TABLE `wp_kc_us_api_keys` (
	`id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
	`user_id` bigint(20) unsigned NOT NULL,
	`description` varchar(200) DEFAULT NULL,
	`permissions` varchar(10) NOT NULL,
	`consumer_key` char(64) NOT NULL,
	`consumer_secret` char(43) NOT NULL,
	`truncated_key` char(7) NOT NULL,
	`last_access` datetime DEFAULT NULL,
	`created_at` datetime DEFAULT NULL,
	`created_by_id` int(11) DEFAULT NULL,
	`updated_at` datetime DEFAULT NULL,
	`updated_by_id` int(11) DEFAULT NULL,
	PRIMARY KEY (`id`),
	KEY `consumer_key` (`consumer_key`),
	KEY `consumer_secret` (`consumer_secret`),
	KEY created_at (created_at),
	KEY updated_at (updated_at)
);

CREATE TABLE `wp_kc_us_tags` (
	`id` int(10) NOT NULL AUTO_INCREMENT,
	`name` varchar(255) DEFAULT NULL,
	`description` text DEFAULT NULL,
	`color` varchar(20) DEFAULT '#6366f1' NOT NULL,
	`created_by_id` int(11) DEFAULT NULL,
	`created_at` datetime DEFAULT NULL,
	`updated_by_id` int(11) DEFAULT NULL,
	`updated_at` datetime DEFAULT NULL,
	PRIMARY KEY  (id)
);

CREATE TABLE `wp_kc_us_links_tags` (
	`id` int(10) NOT NULL AUTO_INCREMENT,
	`link_id` int(10) NOT NULL,
	`tag_id` int(10) NOT NULL,
	`created_by_id` int(11) DEFAULT NULL,
	`created_at` datetime DEFAULT NULL,
	PRIMARY KEY  (id),
	KEY link_id (link_id),
	KEY tag_id (tag_id)
);

CREATE TABLE `wp_kc_us_favorites_links` (
	`id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
	`user_id` bigint(20) unsigned NOT NULL,
	`link_id` bigint(20) unsigned NOT NULL,
	`created_at` datetime DEFAULT CURRENT_TIMESTAMP,
	PRIMARY KEY  (id),
	UNIQUE KEY user_link (user_id, link_id),
	KEY user_id (user_id),
	KEY link_id (link_id)
);

CREATE TABLE `wp_kc_us_auto_link_keywords` (
	`id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
	`keyword` text NOT NULL,
	`link_id` bigint(20) unsigned NOT NULL DEFAULT 0,
	`post_types` text DEFAULT NULL,
	`open_new_tab` tinyint(1) DEFAULT 0,
	`nofollow` tinyint(1) DEFAULT 0,
	`case_sensitive` tinyint(1) DEFAULT 0,
	`status` tinyint(1) DEFAULT 1,
	`created_at` datetime DEFAULT NULL,
	`updated_at` datetime DEFAULT NULL,
	PRIMARY KEY  (id),
	KEY keyword (keyword(191)),
	KEY link_id (link_id),
	KEY status (status)
);

CREATE TABLE `wp_kc_us_linkmeta` (
	`meta_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
	`link_id` bigint(20) unsigned NOT NULL DEFAULT 0,
	`meta_key` varchar(255) DEFAULT NULL,
	`meta_value` longtext DEFAULT NULL,
	PRIMARY KEY  (meta_id),
	KEY link_id (link_id),
	KEY meta_key (meta_key(191))
);

CREATE TABLE `wp_actionscheduler_actions` (
	action_id bigint(20) unsigned NOT NULL auto_increment,
	hook varchar(191) NOT NULL,
	status varchar(20) NOT NULL,
	scheduled_date_gmt datetime NULL default '0000-00-00 00:00:00',
	scheduled_date_local datetime NULL default '0000-00-00 00:00:00',
	priority tinyint unsigned NOT NULL default '10',
	args varchar(191),
	schedule longtext,
	group_id bigint(20) unsigned NOT NULL default '0',
	attempts int(11) NOT NULL default '0',
	last_attempt_gmt datetime NULL default '0000-00-00 00:00:00',
	last_attempt_local datetime NULL default '0000-00-00 00:00:00',
	claim_id bigint(20) unsigned NOT NULL default '0',
	extended_args varchar(8000) DEFAULT NULL,
	PRIMARY KEY  (action_id),
	KEY hook_status_scheduled_date_gmt (hook(163), status, scheduled_date_gmt),
	KEY status_scheduled_date_gmt (status, scheduled_date_gmt),
	KEY scheduled_date_gmt (scheduled_date_gmt),
	KEY args (args(191)),
	KEY group_id (group_id),
	KEY last_attempt_gmt (last_attempt_gmt),
	KEY `claim_id_status_priority_scheduled_date_gmt` (`claim_id`,`status`,`priority`,`scheduled_date_gmt`),
	KEY `status_last_attempt_gmt` (`status`,`last_attempt_gmt`),
	KEY `status_claim_id` (`status`,`claim_id`)
);

CREATE TABLE `wp_actionscheduler_claims` (
	claim_id bigint(20) unsigned NOT NULL auto_increment,
	date_created_gmt datetime NULL default '0000-00-00 00:00:00',
	PRIMARY KEY  (claim_id),
	KEY date_created_gmt (date_created_gmt)
);

CREATE TABLE `wp_actionscheduler_groups` (
	group_id bigint(20) unsigned NOT NULL auto_increment,
	slug varchar(255) NOT NULL,
	PRIMARY KEY  (group_id),
	KEY slug (slug(191))
);

CREATE TABLE `wp_actionscheduler_logs` (
	log_id bigint(20) unsigned NOT NULL auto_increment,
	action_id bigint(20) unsigned NOT NULL,
	message text NOT NULL,
	log_date_gmt datetime NULL default '0000-00-00 00:00:00',
	log_date_local datetime NULL default '0000-00-00 00:00:00',
	PRIMARY KEY  (log_id),
	KEY action_id (action_id),
	KEY log_date_gmt (log_date_gmt)
);

-- FluentBooking 2.0.0 (WPManageNinja; WordPress meeting scheduler in the manner of Calendly: hosts' booking
-- pages (calendars) with event types, one-to-one, group and round-robin / team meetings, bookings by guests with
-- their contact details, hosts, booking meta and activity, remote calendar settings), with the WordPress core
-- tables a FluentBooking site keeps its users (the hosts, and guests who are logged in), pages and options in.
-- Upstream: github.com/WPManageNinja/fluent-booking, commit c2f7fb25c483bf9bf386126ff5bf181e03e64737,
-- `database/Migrations/*Migrator.php` (the seven CREATE TABLE strings passed to dbDelta() by
-- `database/DBMigrator.php`; the one ALTER of BookingMigrator only re-adds `utm_content` to older installs) and the
-- bundled Action Scheduler 3.7.0 `vendor/woocommerce/action-scheduler/classes/schema/*Schema.php` (schema version
-- 7 of the store, its four tables), GPL-2.0-or-later; and github.com/WordPress/wordpress-develop commit
-- 42b3b9046c4ccdb8bdbb9a006a07a5df55f7d54c, `src/wp-admin/includes/schema.php` wp_get_db_schema() (single-site
-- tables), GPL-2.0-or-later.
-- Written with the `wp_` prefix, $max_index_length = 191 and $charset_collate as
-- "DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"; columns, types, defaults, keys and upstream's
-- own comments as upstream writes them ({$indexPrefix} and Action Scheduler's {$default_date} substituted).
-- Left out: wp_links (legacy link manager) and the multisite tables. Upstream declares no foreign keys.

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
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE wp_usermeta (
	umeta_id bigint(20) unsigned NOT NULL auto_increment,
	user_id bigint(20) unsigned NOT NULL default '0',
	meta_key varchar(255) default NULL,
	meta_value longtext,
	PRIMARY KEY  (umeta_id),
	KEY user_id (user_id),
	KEY meta_key (meta_key(191))
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE wp_termmeta (
	meta_id bigint(20) unsigned NOT NULL auto_increment,
	term_id bigint(20) unsigned NOT NULL default '0',
	meta_key varchar(255) default NULL,
	meta_value longtext,
	PRIMARY KEY  (meta_id),
	KEY term_id (term_id),
	KEY meta_key (meta_key(191))
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE wp_terms (
 term_id bigint(20) unsigned NOT NULL auto_increment,
 name varchar(200) NOT NULL default '',
 slug varchar(200) NOT NULL default '',
 term_group bigint(10) NOT NULL default 0,
 PRIMARY KEY  (term_id),
 KEY slug (slug(191)),
 KEY name (name(191))
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

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
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE wp_term_relationships (
 object_id bigint(20) unsigned NOT NULL default 0,
 term_taxonomy_id bigint(20) unsigned NOT NULL default 0,
 term_order int(11) NOT NULL default 0,
 PRIMARY KEY  (object_id,term_taxonomy_id),
 KEY term_taxonomy_id (term_taxonomy_id)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE wp_commentmeta (
	meta_id bigint(20) unsigned NOT NULL auto_increment,
	comment_id bigint(20) unsigned NOT NULL default '0',
	meta_key varchar(255) default NULL,
	meta_value longtext,
	PRIMARY KEY  (meta_id),
	KEY comment_id (comment_id),
	KEY meta_key (meta_key(191))
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

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
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE wp_options (
	option_id bigint(20) unsigned NOT NULL auto_increment,
	option_name varchar(191) NOT NULL default '',
	option_value longtext NOT NULL,
	autoload varchar(20) NOT NULL default 'yes',
	PRIMARY KEY  (option_id),
	UNIQUE KEY option_name (option_name),
	KEY autoload (autoload)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE wp_postmeta (
	meta_id bigint(20) unsigned NOT NULL auto_increment,
	post_id bigint(20) unsigned NOT NULL default '0',
	meta_key varchar(255) default NULL,
	meta_value longtext,
	PRIMARY KEY  (meta_id),
	KEY post_id (post_id),
	KEY meta_key (meta_key(191))
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

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
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;


CREATE TABLE wp_fcal_calendars (
  `id` BIGINT(20) UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `hash` VARCHAR(192) NULL,
  `user_id` BIGINT(20) UNSIGNED NOT NULL,
  `account_id` BIGINT(20) UNSIGNED NULL,
  `parent_id` BIGINT(20) UNSIGNED NULL,
  `title` VARCHAR(192) NOT NULL,
  `slug` VARCHAR(192) NOT NULL,
  `media_id` BIGINT(20) UNSIGNED,
  `description` LONGTEXT NULL,
  `settings` LONGTEXT NULL,
  `status` VARCHAR(20) NOT NULL DEFAULT 'active',
  `type` VARCHAR(20) NOT NULL DEFAULT 'simple',
  `event_type` VARCHAR(20) NOT NULL DEFAULT 'scheduling',
  `account_type` VARCHAR(20) NOT NULL DEFAULT 'free',
  `visibility` VARCHAR(20) NOT NULL DEFAULT 'public',
  `author_timezone` VARCHAR(192) NULL DEFAULT 'UTC',
  `max_book_per_slot` INT(10) UNSIGNED NOT NULL DEFAULT 1,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  KEY `fcal_c_user_id` (`user_id`),
  KEY `fcal_c_hash` (`hash`),
  KEY `fcal_c_status` (`status`),
  KEY `fcal_c_slug` (`slug`),
  KEY `fcal_c_event_type` (`event_type`),
  KEY `fcal_c_type` (`type`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE wp_fcal_calendar_events (
  `id` BIGINT(20) UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `hash` VARCHAR(192) NULL,
  `user_id` BIGINT(20) UNSIGNED NOT NULL,
  `calendar_id` BIGINT(20) UNSIGNED NOT NULL,
  `duration` INT(11) UNSIGNED NOT NULL,
  `title` VARCHAR(192) NOT NULL,
  `slug` VARCHAR(192) NOT NULL,
  `media_id` BIGINT(20) UNSIGNED,
  `description` LONGTEXT NULL,
  `settings` LONGTEXT NULL,
  `availability_type` VARCHAR(192) DEFAULT 'custom',
  `availability_id` BIGINT(20) UNSIGNED,
  `status` VARCHAR(20) NOT NULL DEFAULT 'active',
  `type` VARCHAR(20) NOT NULL DEFAULT 'free',
  `color_schema` VARCHAR(100) NOT NULL DEFAULT 'default',
  `location_type` VARCHAR(100) NOT NULL DEFAULT '',
  `location_heading` TEXT NULL,
  `location_settings` LONGTEXT NULL,
  `event_type` VARCHAR(20) NOT NULL DEFAULT 'single',
  `is_display_spots` BOOLEAN NOT NULL DEFAULT 0,
  `max_book_per_slot` INT(10) UNSIGNED NOT NULL DEFAULT 1,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  KEY `fcal_cs_user_id` (`user_id`),
  KEY `fcal_cs_hash` (`hash`),
  KEY `fcal_cs_status` (`status`),
  KEY `fcal_cs_slug` (`slug`),
  KEY `fcal_cs_type` (`type`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE wp_fcal_bookings (
  `id` BIGINT(20) UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `hash` VARCHAR(192) NULL,
  `calendar_id` BIGINT(20) UNSIGNED NOT NULL,
  `event_id` BIGINT(20) UNSIGNED NOT NULL,
  `group_id` BIGINT(20) UNSIGNED NULL,
  `fcrm_id` BIGINT(20) UNSIGNED NULL,
  `parent_id` BIGINT(20) UNSIGNED NULL,
  `host_user_id` BIGINT(20) UNSIGNED NULL,
  `person_user_id` BIGINT(20) UNSIGNED NULL,
  `person_contact_id` BIGINT(20) UNSIGNED NULL,
  `person_time_zone` VARCHAR(100) NULL,
  `start_time` TIMESTAMP NULL,
  `end_time` TIMESTAMP NULL,
  `slot_minutes` INT(11) UNSIGNED NOT NULL,
  `first_name` VARCHAR(192) NULL,
  `last_name` VARCHAR(192) NULL,
  `email` VARCHAR(192) NULL,
  `message` TEXT NULL,
  `internal_note` TEXT NULL,
  `phone` VARCHAR(100) NULL,
  `country` VARCHAR(100) NULL,
  `ip_address` VARCHAR(192) NULL,
  `browser` VARCHAR(192) NULL,
  `device` VARCHAR(192) NULL,
  `other_info` LONGTEXT NULL,
  `location_details` LONGTEXT NULL,
  `cancelled_by` BIGINT(20) UNSIGNED NULL,
  `status` VARCHAR(20) NOT NULL DEFAULT 'scheduled',
  `source` VARCHAR(20) NOT NULL DEFAULT 'web',
  `booking_type` VARCHAR(20) NOT NULL DEFAULT 'scheduling',
  `event_type` VARCHAR(20) NOT NULL DEFAULT 'single', /* singe|group */
  `payment_status` VARCHAR(20) NULL, /* pending|paid */
  `payment_method` VARCHAR(20) NULL,
  `source_url` TEXT NULL,
  `source_id` BIGINT(20) UNSIGNED NULL,
  `utm_source` VARCHAR(192) NULL DEFAULT '',
  `utm_medium` VARCHAR(192) NULL DEFAULT '',
  `utm_campaign` VARCHAR(192) NULL DEFAULT '',
  `utm_term` VARCHAR(192) NULL DEFAULT '',
  `utm_content` VARCHAR(192) NULL DEFAULT '',
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  KEY `fcal_b_parent_id` (`parent_id`),
  KEY `fcal_b_hash` (`hash`),
  KEY `fcal_b_calendar_id` (`calendar_id`),
  KEY `fcal_b_fcrm_id` (`fcrm_id`),
  KEY `fcal_b_event_id` (`event_id`),
  KEY `fcal_b_booking_type` (`booking_type`),
  KEY `fcal_b_start_time` (`start_time`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE wp_fcal_booking_meta (
  `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `booking_id` BIGINT NULL,
  `meta_key` VARCHAR(192) NOT NULL,
  `value` LONGTEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  INDEX `wp_fcal_bmt__bmto_id_idx` (`booking_id` ),
  INDEX `wp_fcal_bmt__bmto_id_key` (`meta_key` )
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE wp_fcal_booking_hosts (
  `id` BIGINT(20) UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `booking_id` BIGINT(20) UNSIGNED NOT NULL,
  `user_id` BIGINT(20) UNSIGNED NOT NULL,
  `status` VARCHAR(20) NOT NULL DEFAULT 'confirmed',
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  KEY `fcal_bu_booking_id` (`booking_id`),
  KEY `fcal_bu_user_id` (`user_id`),
  KEY `fcal_bu_status` (`status`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE wp_fcal_meta (
  `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `object_type` VARCHAR(50) NOT NULL,
  `object_id` BIGINT NULL,
  `key` VARCHAR(192) NOT NULL,
  `value` LONGTEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  INDEX `wp_fcal_mt__mt_idx` (`object_type` ASC),
  INDEX `wp_fcal_mt__mto_id_idx` (`object_id` ASC),
  INDEX `wp_fcal_mt__mto_id_key` (`key` )
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE wp_fcal_booking_activity (
  `id` BIGINT UNSIGNED NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `booking_id` BIGINT UNSIGNED NOT NULL,
  `parent_id` BIGINT UNSIGNED NULL,
  `created_by` BIGINT UNSIGNED NULL,
  `status` VARCHAR(50) DEFAULT 'open',
  `type` VARCHAR(50) DEFAULT 'activity',
  `title` VARCHAR(192) NULL,
  `description` LONGTEXT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  INDEX `wp_fcal_ba__mt_idx` (`booking_id`),
  INDEX `wp_fcal_ba__mto_type` (`type`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE wp_actionscheduler_actions (
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
  KEY `claim_id_status_scheduled_date_gmt` (`claim_id`, `status`, `scheduled_date_gmt`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE wp_actionscheduler_claims (
  claim_id bigint(20) unsigned NOT NULL auto_increment,
  date_created_gmt datetime NULL default '0000-00-00 00:00:00',
  PRIMARY KEY  (claim_id),
  KEY date_created_gmt (date_created_gmt)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE wp_actionscheduler_groups (
  group_id bigint(20) unsigned NOT NULL auto_increment,
  slug varchar(255) NOT NULL,
  PRIMARY KEY  (group_id),
  KEY slug (slug(191))
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

CREATE TABLE wp_actionscheduler_logs (
  log_id bigint(20) unsigned NOT NULL auto_increment,
  action_id bigint(20) unsigned NOT NULL,
  message text NOT NULL,
  log_date_gmt datetime NULL default '0000-00-00 00:00:00',
  log_date_local datetime NULL default '0000-00-00 00:00:00',
  PRIMARY KEY  (log_id),
  KEY action_id (action_id),
  KEY log_date_gmt (log_date_gmt)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;

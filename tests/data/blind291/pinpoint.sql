-- Pinpoint Booking System 2.9.9.6.4 (DOTonPAPER / PINPOINT.WORLD, WordPress plugin `booking-system`: booking calendars for
--   accommodation — holiday rentals, apartments, B&Bs — with Airbnb / Google calendar sync, and other bookable services)
--   github.com/WordPressBugBounty/plugins-booking-system (mirror of the wordpress.org plugin) commit
--   35175404e51c4f4478865cd327852e172702f7cc (GPL-2.0-or-later, readme.txt)
--   booking-system/includes/class-database.php (dbDelta CREATE TABLE strings, defaults from its config() method) and
--   booking-system/addons/woocommerce/includes/class-woocommerce-database.php; table prefix wp_, COLLATE clauses dropped,
--   the per-language translation table written once as wp_dopbsp_translation_en; `FLOAT UNSIGNED` of
--   wp_dopbsp_availability_price.price written as FLOAT (sqlglot, used to load it in SQLite, cannot parse it);
--   wp_dopbsp_days.year defaults to date('Y') at install time, written as 2026.
-- Core tables: src/wp-admin/includes/schema.php, github.com/WordPress/wordpress-develop commit
--   42b3b9046c4ccdb8bdbb9a006a07a5df55f7d54c (GPL-2.0-or-later), the same text as closed exams blind164 and blind199
--   ($charset_collate dropped; $max_index_length = 191; wp_links and multisite tables left out).

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
	KEY type_status_post_date_gmt (post_type,post_status,post_date_gmt),
	KEY type_status_modified_date_gmt (post_type,post_status,post_modified_gmt),
	KEY post_parent (post_parent),
	KEY post_author (post_author)
);

CREATE TABLE wp_dopbsp_api_keys (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  api_key VARCHAR(128) DEFAULT '' NOT NULL,
  UNIQUE KEY id (id),
  KEY user_id (user_id)
);

CREATE TABLE wp_dopbsp_availability (
  calendar_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  date_start DATETIME DEFAULT '0000-00-00 00:00:00' NOT NULL,
  date_end DATETIME DEFAULT '9999-01-01 00:00:00' NOT NULL,
  KEY calendar_id (calendar_id),
  KEY date_start (date_start),
  KEY date_end (date_end)
);

CREATE TABLE wp_dopbsp_availability_no (
  calendar_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  no_available INT UNSIGNED DEFAULT '2' NOT NULL,
  date_start DATETIME DEFAULT '0000-00-00 00:00:00' NOT NULL,
  date_end DATETIME DEFAULT '9999-01-01 00:00:00' NOT NULL,
  KEY calendar_id (calendar_id),
  KEY no_available (no_available),
  KEY date_start (date_start),
  KEY date_end (date_end)
);

CREATE TABLE wp_dopbsp_availability_price (
  calendar_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  price FLOAT DEFAULT '0' NOT NULL,
  date_start DATETIME DEFAULT '0000-00-00 00:00:00' NOT NULL,
  date_end DATETIME DEFAULT '9999-01-01 00:00:00' NOT NULL,
  KEY calendar_id (calendar_id),
  KEY price (price),
  KEY date_start (date_start),
  KEY date_end (date_end)
);

CREATE TABLE wp_dopbsp_calendars (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  post_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  name VARCHAR(128) DEFAULT '' NOT NULL,
  max_year INT UNSIGNED DEFAULT 0 NOT NULL,
  hours_enabled VARCHAR(6) DEFAULT 'false' NOT NULL,
  hours_interval_enabled VARCHAR(6) DEFAULT 'false' NOT NULL,
  min_available FLOAT DEFAULT 0 NOT NULL,
  price_min FLOAT DEFAULT 0 NOT NULL,
  price_max FLOAT DEFAULT 0 NOT NULL,
  rating FLOAT DEFAULT 0 NOT NULL,
  address VARCHAR(512) DEFAULT '' NOT NULL,
  address_en VARCHAR(512) DEFAULT '' NOT NULL,
  address_alt VARCHAR(512) DEFAULT '' NOT NULL,
  address_alt_en VARCHAR(512) DEFAULT '' NOT NULL,
  default_availability TEXT NOT NULL,
  last_update_google DATETIME DEFAULT '0000-00-00 00:00:00' NOT NULL,
  last_update_airbnb DATETIME DEFAULT '0000-00-00 00:00:00' NOT NULL,
  coordinates TEXT NOT NULL,
  UNIQUE KEY id (id),
  KEY user_id (user_id),
  KEY post_id (post_id),
  KEY min_available (min_available),
  KEY price_min (price_min),
  KEY price_max (price_max)
);

CREATE TABLE wp_dopbsp_coupons (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  name VARCHAR(128) DEFAULT '' NOT NULL,
  code VARCHAR(16) DEFAULT '' NOT NULL,
  start_date VARCHAR(16) DEFAULT '' NOT NULL,
  end_date VARCHAR(16) DEFAULT '' NOT NULL,
  start_hour VARCHAR(16) DEFAULT '' NOT NULL,
  end_hour VARCHAR(16) DEFAULT '' NOT NULL,
  no_coupons VARCHAR(16) DEFAULT '' NOT NULL,
  operation VARCHAR(1) DEFAULT '+' NOT NULL,
  price FLOAT DEFAULT '0' NOT NULL,
  price_type VARCHAR(8) DEFAULT 'fixed' NOT NULL,
  price_by VARCHAR(8) DEFAULT 'once' NOT NULL,
  translation TEXT NOT NULL,
  UNIQUE KEY id (id),
  KEY user_id (user_id)
);

CREATE TABLE wp_dopbsp_days (
  unique_key VARCHAR(32) NOT NULL,
  calendar_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  day VARCHAR(16) DEFAULT '' NOT NULL,
  year SMALLINT UNSIGNED DEFAULT 2026 NOT NULL,
  data TEXT NOT NULL,
  min_available FLOAT DEFAULT '0' NOT NULL,
  price_min FLOAT DEFAULT '0' NOT NULL,
  price_max FLOAT DEFAULT '0' NOT NULL,
  UNIQUE KEY id (unique_key),
  KEY calendar_id (calendar_id),
  KEY day (day),
  KEY year (year),
  KEY min_available (min_available),
  KEY price_min (price_min),
  KEY price_max (price_max)
);

CREATE TABLE wp_dopbsp_discounts (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  name VARCHAR(128) DEFAULT '' NOT NULL,
  extras VARCHAR(6) DEFAULT 'false' NOT NULL,
  UNIQUE KEY id (id),
  KEY user_id (user_id)
);

CREATE TABLE wp_dopbsp_discounts_items (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  discount_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  position INT UNSIGNED DEFAULT 0 NOT NULL,
  start_time_lapse VARCHAR(8) DEFAULT '' NOT NULL,
  end_time_lapse VARCHAR(8) DEFAULT '' NOT NULL,
  operation VARCHAR(1) DEFAULT '-' NOT NULL,
  price FLOAT DEFAULT '0' NOT NULL,
  price_type VARCHAR(8) DEFAULT 'percent' NOT NULL,
  price_by VARCHAR(8) DEFAULT 'once' NOT NULL,
  translation TEXT NOT NULL,
  UNIQUE KEY id (id),
  KEY discount_id (discount_id)
);

CREATE TABLE wp_dopbsp_discounts_items_rules (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  discount_item_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  position INT UNSIGNED DEFAULT 0 NOT NULL,
  start_date VARCHAR(16) DEFAULT '' NOT NULL,
  end_date VARCHAR(16) DEFAULT '' NOT NULL,
  start_hour VARCHAR(16) DEFAULT '' NOT NULL,
  end_hour VARCHAR(16) DEFAULT '' NOT NULL,
  operation VARCHAR(1) DEFAULT '-' NOT NULL,
  price FLOAT DEFAULT '0' NOT NULL,
  price_type VARCHAR(8) DEFAULT 'percent' NOT NULL,
  price_by VARCHAR(8) DEFAULT 'once' NOT NULL,
  UNIQUE KEY id (id),
  KEY discount_item_id (discount_item_id)
);

CREATE TABLE wp_dopbsp_emails (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  name VARCHAR(128) DEFAULT '' NOT NULL,
  UNIQUE KEY id (id),
  KEY user_id (user_id)
);

CREATE TABLE wp_dopbsp_emails_translation (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  email_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  template VARCHAR(64) DEFAULT '' NOT NULL,
  subject TEXT NOT NULL,
  message LONGTEXT NOT NULL,
  UNIQUE KEY id (id),
  KEY email_id (email_id),
  KEY template (template)
);

CREATE TABLE wp_dopbsp_extras (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  name VARCHAR(128) DEFAULT '' NOT NULL,
  UNIQUE KEY id (id),
  KEY user_id (user_id)
);

CREATE TABLE wp_dopbsp_extras_groups (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  extra_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  position INT UNSIGNED DEFAULT 0 NOT NULL,
  multiple_select VARCHAR(6) DEFAULT 'false' NOT NULL,
  required VARCHAR(6) DEFAULT 'false' NOT NULL,
  no_items_multiply VARCHAR(6) DEFAULT 'true' NOT NULL,
  translation TEXT NOT NULL,
  UNIQUE KEY id (id),
  KEY extra_id (extra_id)
);

CREATE TABLE wp_dopbsp_extras_groups_items (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  group_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  position INT UNSIGNED DEFAULT 0 NOT NULL,
  operation VARCHAR(1) DEFAULT '+' NOT NULL,
  price FLOAT DEFAULT '0' NOT NULL,
  price_type VARCHAR(8) DEFAULT 'fixed' NOT NULL,
  price_by VARCHAR(8) DEFAULT 'once' NOT NULL,
  default_value VARCHAR(3) DEFAULT 'no' NOT NULL,
  translation TEXT NOT NULL,
  UNIQUE KEY id (id),
  KEY group_id (group_id)
);

CREATE TABLE wp_dopbsp_fees (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  name VARCHAR(128) DEFAULT '' NOT NULL,
  operation VARCHAR(1) DEFAULT '+' NOT NULL,
  price FLOAT DEFAULT '0' NOT NULL,
  price_type VARCHAR(8) DEFAULT 'fixed' NOT NULL,
  price_by VARCHAR(8) DEFAULT 'once' NOT NULL,
  included VARCHAR(6) DEFAULT 'true' NOT NULL,
  extras VARCHAR(6) DEFAULT 'true' NOT NULL,
  cart VARCHAR(6) DEFAULT 'true' NOT NULL,
  translation TEXT NOT NULL,
  UNIQUE KEY id (id),
  KEY user_id (user_id)
);

CREATE TABLE wp_dopbsp_forms (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  name VARCHAR(128) DEFAULT '' NOT NULL,
  UNIQUE KEY id (id),
  KEY user_id (user_id)
);

CREATE TABLE wp_dopbsp_forms_fields (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  form_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  type VARCHAR(20) DEFAULT '' NOT NULL,
  position INT UNSIGNED DEFAULT 0 NOT NULL,
  multiple_select VARCHAR(6) DEFAULT 'false' NOT NULL,
  allowed_characters TEXT NOT NULL,
  size INT UNSIGNED DEFAULT 0 NOT NULL,
  is_email VARCHAR(6) DEFAULT 'false' NOT NULL,
  is_phone VARCHAR(6) DEFAULT 'false' NOT NULL,
  default_country VARCHAR(2) DEFAULT 'US' NOT NULL,
  required VARCHAR(6) DEFAULT 'false' NOT NULL,
  add_to_day_hour_info VARCHAR(6) DEFAULT 'false' NOT NULL,
  add_to_day_hour_body VARCHAR(6) DEFAULT 'false' NOT NULL,
  translation TEXT NOT NULL,
  UNIQUE KEY id (id),
  KEY form_id (form_id)
);

CREATE TABLE wp_dopbsp_forms_select_options (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  field_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  position INT UNSIGNED DEFAULT 0 NOT NULL,
  translation TEXT NOT NULL,
  UNIQUE KEY id (id),
  KEY field_id (field_id)
);

CREATE TABLE wp_dopbsp_languages (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(128) DEFAULT '' NOT NULL,
  code VARCHAR(2) DEFAULT '' NOT NULL,
  enabled VARCHAR(6) DEFAULT false NOT NULL,
  UNIQUE KEY id (id),
  KEY code (code),
  KEY enabled (enabled)
);

CREATE TABLE wp_dopbsp_locations (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  name VARCHAR(128) DEFAULT '' NOT NULL,
  address VARCHAR(512) DEFAULT '' NOT NULL,
  address_en VARCHAR(512) DEFAULT '' NOT NULL,
  address_alt VARCHAR(512) DEFAULT '' NOT NULL,
  address_alt_en VARCHAR(512) DEFAULT '' NOT NULL,
  coordinates TEXT NOT NULL,
  calendars TEXT NOT NULL,
  link VARCHAR(512) DEFAULT '' NOT NULL,
  image VARCHAR(512) DEFAULT '' NOT NULL,
  businesses TEXT NOT NULL,
  businesses_other TEXT NOT NULL,
  languages TEXT NOT NULL,
  email VARCHAR(512) DEFAULT '' NOT NULL,
  UNIQUE KEY id (id),
  KEY user_id (user_id)
);

CREATE TABLE wp_dopbsp_reservations (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  calendar_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  language VARCHAR(8) DEFAULT 'en' NOT NULL,
  currency VARCHAR(32) DEFAULT '$' NOT NULL,
  currency_code VARCHAR(8) DEFAULT 'USD' NOT NULL,
  check_in VARCHAR(16) DEFAULT '' NOT NULL,
  check_out VARCHAR(16) DEFAULT '' NOT NULL,
  start_hour VARCHAR(16) DEFAULT '' NOT NULL,
  end_hour VARCHAR(16) DEFAULT '' NOT NULL,
  no_items INT UNSIGNED DEFAULT 1 NOT NULL,
  price FLOAT DEFAULT 0 NOT NULL,
  price_total FLOAT DEFAULT 0 NOT NULL,
  refund FLOAT DEFAULT 0 NOT NULL,
  extras TEXT NOT NULL,
  extras_price FLOAT DEFAULT 0 NOT NULL,
  discount TEXT NOT NULL,
  discount_price FLOAT DEFAULT 0 NOT NULL,
  coupon TEXT NOT NULL,
  coupon_price FLOAT DEFAULT 0 NOT NULL,
  fees TEXT NOT NULL,
  fees_price FLOAT DEFAULT 0 NOT NULL,
  deposit TEXT NOT NULL,
  deposit_price FLOAT DEFAULT 0 NOT NULL,
  days_hours_history TEXT NOT NULL,
  form TEXT NOT NULL,
  address_billing TEXT NOT NULL,
  address_shipping TEXT NOT NULL,
  email VARCHAR(128) DEFAULT '' NOT NULL,
  stripe_user VARCHAR(128) DEFAULT '' NOT NULL,
  phone VARCHAR(32) DEFAULT '' NOT NULL,
  status VARCHAR(16) DEFAULT 'pending' NOT NULL,
  payment_method VARCHAR(32) DEFAULT 'default' NOT NULL,
  payment_status VARCHAR(32) DEFAULT 'pending' NOT NULL,
  transaction_id VARCHAR(128) DEFAULT '' NOT NULL,
  reservation_from VARCHAR(32) DEFAULT 'pinpoint' NOT NULL,
  uid VARCHAR(75) NOT NULL,
  token VARCHAR(128) DEFAULT '' NOT NULL,
  ip VARCHAR(32) DEFAULT '' NOT NULL,
  date_created TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
  UNIQUE KEY id (id),
  KEY calendar_id (calendar_id),
  KEY check_in (check_in),
  KEY check_out (check_out),
  KEY start_hour (end_hour),
  KEY status (status),
  KEY payment_method (payment_method),
  KEY transaction_id (transaction_id),
  KEY uid (uid),
  KEY token (token)
);

CREATE TABLE wp_dopbsp_rules (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  name VARCHAR(128) DEFAULT '' NOT NULL,
  time_lapse_min FLOAT DEFAULT '0' NOT NULL,
  time_lapse_max FLOAT DEFAULT '0' NOT NULL,
  UNIQUE KEY id (id),
  KEY user_id (user_id)
);

CREATE TABLE wp_dopbsp_searches (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  name VARCHAR(128) DEFAULT '' NOT NULL,
  calendars_excluded TEXT NOT NULL,
  currency VARCHAR(128) DEFAULT 'USD' NOT NULL,
  currency_position VARCHAR(32) DEFAULT 'before' NOT NULL,
  hours_enabled VARCHAR(6) DEFAULT 'false' NOT NULL,
  UNIQUE KEY id (id),
  KEY user_id (user_id)
);

CREATE TABLE wp_dopbsp_settings (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(128) DEFAULT '' NOT NULL,
  value TEXT NOT NULL,
  KEY id (id),
  KEY name (name)
);

CREATE TABLE wp_dopbsp_settings_calendar (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  calendar_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  name VARCHAR(128) DEFAULT '' NOT NULL,
  value TEXT NOT NULL,
  KEY id (id),
  KEY calendar_id (calendar_id),
  KEY name (name)
);

CREATE TABLE wp_dopbsp_settings_notifications (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  calendar_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  name VARCHAR(128) DEFAULT '' NOT NULL,
  value TEXT NOT NULL,
  KEY id (id),
  KEY calendar_id (calendar_id),
  KEY name (name)
);

CREATE TABLE wp_dopbsp_settings_payment (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  calendar_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  name VARCHAR(128) DEFAULT '' NOT NULL,
  value TEXT NOT NULL,
  KEY id (id),
  KEY calendar_id (calendar_id),
  KEY name (name)
);

CREATE TABLE wp_dopbsp_settings_search (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  search_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  name VARCHAR(128) DEFAULT '' NOT NULL,
  value TEXT NOT NULL,
  KEY id (id),
  KEY search_id (search_id),
  KEY name (name)
);

CREATE TABLE wp_dopbsp_smses (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  name VARCHAR(128) DEFAULT '' NOT NULL,
  UNIQUE KEY id (id),
  KEY user_id (user_id)
);

CREATE TABLE wp_dopbsp_smses_translation (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  sms_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  template VARCHAR(64) DEFAULT '' NOT NULL,
  message LONGTEXT NOT NULL,
  UNIQUE KEY id (id),
  KEY sms_id (sms_id),
  KEY template (template)
);

CREATE TABLE wp_dopbsp_translation_en (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  key_data VARCHAR(128) DEFAULT '' NOT NULL,
  parent_key VARCHAR(128) DEFAULT '' NOT NULL,
  text_data TEXT NOT NULL,
  translation TEXT NOT NULL,
  location VARCHAR(32) DEFAULT 'backend' NOT NULL,
  UNIQUE KEY id (id),
  KEY key_data (key_data)
);

CREATE TABLE wp_dopbsp_woocommerce (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  cart_item_key VARCHAR(64) DEFAULT '' NOT NULL,
  token VARCHAR(64) DEFAULT '' NOT NULL,
  order_item_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  product_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  calendar_id BIGINT UNSIGNED DEFAULT 0 NOT NULL,
  language VARCHAR(8) DEFAULT '' NOT NULL,
  currency VARCHAR(32) DEFAULT '' NOT NULL,
  currency_code VARCHAR(8) DEFAULT '' NOT NULL,
  data TEXT NOT NULL,
  date_created TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
  UNIQUE KEY id (id),
  KEY cart_item_key (cart_item_key),
  KEY token (token),
  KEY order_item_id (order_item_id),
  KEY product_id (product_id),
  KEY date_created (date_created)
);

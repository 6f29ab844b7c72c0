-- WP eCommerce (WP e-Commerce, formerly wp-shopping-cart; WordPress plug-in), its last development head.
-- Source: github.com/wp-e-commerce/WP-e-Commerce commit dc9c20a57a7c85a0cfd6b3e98eb33b2a4d166df4 (2020-08-17);
-- GPL-2.0 (license.txt). The plug-in's own tables are the array $wpsc_database_template of
-- wpsc-updates/database_template.php, written as CREATE TABLE the way wpsc_create_or_update_tables()
-- (wpsc-core/wpsc-installer.php) assembles them: columns and index clauses in array order, ENGINE=MyISAM
-- CHARSET=utf8; table names from wpsc-core/wpsc-constants.php with the default WordPress prefix wp_. Products are
-- WordPress posts (post type wpsc-product), customers WordPress users or anonymous visitors, so the core tables
-- it uses are added. No foreign keys upstream.

-- ===== WordPress core tables WP eCommerce keeps its products (wpsc-product posts), customers and settings in:
-- github.com/WordPress/wordpress-develop src/wp-admin/includes/schema.php wp_get_db_schema(), commit
-- 42b3b9046c4ccdb8bdbb9a006a07a5df55f7d54c (GPL-2.0-or-later); single-site users table, $max_index_length = 191,
-- charset clause written as WordPress's get_charset_collate() gives it for utf8mb4.

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
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `wp_usermeta` (
	umeta_id bigint(20) unsigned NOT NULL auto_increment,
	user_id bigint(20) unsigned NOT NULL default '0',
	meta_key varchar(255) default NULL,
	meta_value longtext,
	PRIMARY KEY  (umeta_id),
	KEY user_id (user_id),
	KEY meta_key (meta_key(191))
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `wp_options` (
	option_id bigint(20) unsigned NOT NULL auto_increment,
	option_name varchar(191) NOT NULL default '',
	option_value longtext NOT NULL,
	autoload varchar(20) NOT NULL default 'yes',
	PRIMARY KEY  (option_id),
	UNIQUE KEY option_name (option_name),
	KEY autoload (autoload)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `wp_postmeta` (
	meta_id bigint(20) unsigned NOT NULL auto_increment,
	post_id bigint(20) unsigned NOT NULL default '0',
	meta_key varchar(255) default NULL,
	meta_value longtext,
	PRIMARY KEY  (meta_id),
	KEY post_id (post_id),
	KEY meta_key (meta_key(191))
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

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
	KEY type_status_post_date_gmt (post_type,post_status,post_date_gmt),
	KEY type_status_modified_date_gmt (post_type,post_status,post_modified_gmt),
	KEY post_parent (post_parent),
	KEY post_author (post_author)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;


-- ===== WP eCommerce: wpsc-updates/database_template.php (table names from wpsc-core/wpsc-constants.php) =====

CREATE TABLE `wp_wpsc_also_bought` (
  `id` bigint(20) unsigned NOT NULL auto_increment,
  `selected_product` bigint(20) unsigned NOT NULL DEFAULT '0',
  `associated_product` bigint(20) unsigned NOT NULL DEFAULT '0',
  `quantity` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY  ( `id` )
) ENGINE=MyISAM CHARSET=utf8;

CREATE TABLE `wp_wpsc_cart_contents` (
  `id` bigint(20) unsigned NOT NULL auto_increment,
  `prodid` bigint(20) unsigned NOT NULL DEFAULT '0',
  `name` varchar(255) NOT NULL DEFAULT '',
  `purchaseid` bigint(20) unsigned NOT NULL DEFAULT '0',
  `price` decimal(11,2) NOT NULL DEFAULT '0',
  `pnp` decimal(11,2) NOT NULL DEFAULT '0',
  `tax_charged` decimal(11,2) NOT NULL DEFAULT '0',
  `gst` decimal(11,2) NOT NULL DEFAULT '0',
  `quantity` int(10) unsigned NOT NULL DEFAULT '0',
  `donation` varchar(1) NOT NULL DEFAULT '0',
  `no_shipping` varchar(1) NOT NULL DEFAULT '0',
  `custom_message` text NOT NULL,
  `files` text NOT NULL,
  `meta` longtext NULL,
  PRIMARY KEY ( `id` )
) ENGINE=MyISAM CHARSET=utf8;

CREATE TABLE `wp_wpsc_meta` (
  `meta_id` bigint(20) NOT NULL auto_increment,
  `object_type` varchar(24) NOT NULL default 'cart_Item',
  `object_id` bigint(20) NOT NULL default '0',
  `meta_key` varchar(255) default NULL,
  `meta_value` longtext,
  PRIMARY KEY  (`meta_id`),
  KEY `object_type__meta_key` (`object_type`,`meta_key`),
  KEY `object_type__object_id__meta_key` (`object_type`,`object_id`,`meta_key`)
) ENGINE=MyISAM CHARSET=utf8;

CREATE TABLE `wp_wpsc_checkout_forms` (
  `id` bigint(20) unsigned NOT NULL auto_increment,
  `name` text NOT NULL,
  `type` varchar(64) NOT NULL DEFAULT '',
  `mandatory` varchar(1) NOT NULL DEFAULT '0',
  `display_log` char(1) NOT NULL DEFAULT '0',
  `default` varchar(128) NOT NULL DEFAULT '0',
  `active` varchar(1) NOT NULL DEFAULT '1',
  `checkout_order` int(10) unsigned NOT NULL DEFAULT '0',
  `unique_name` varchar(255) NOT NULL DEFAULT '',
  `options` longtext,
  `checkout_set` VARCHAR( 64 ) NOT NULL DEFAULT '0',
  PRIMARY KEY  ( `id` ),
  KEY `checkout_order` ( `checkout_order` ),
  KEY `unique_name` ( `unique_name` )
) ENGINE=MyISAM CHARSET=utf8;

CREATE TABLE `wp_wpsc_currency_list` (
  `id` bigint(20) unsigned NOT NULL auto_increment,
  `country` varchar(255) NOT NULL DEFAULT '',
  `isocode` char(2) NULL DEFAULT '',
  `currency` varchar(255) NOT NULL DEFAULT '',
  `symbol` varchar(10) NOT NULL DEFAULT '',
  `symbol_html` varchar(10) NOT NULL DEFAULT '',
  `code` char(3) NOT NULL DEFAULT '',
  `has_regions` char(1) NOT NULL DEFAULT '0',
  `tax` varchar(8) NOT NULL DEFAULT '',
  `continent` varchar(20) NOT NULL DEFAULT '',
  `visible` varchar(1) NOT NULL DEFAULT '1',
  PRIMARY KEY  ( `id` )
) ENGINE=MyISAM CHARSET=utf8;

CREATE TABLE `wp_wpsc_download_status` (
  `id` bigint(20) unsigned NOT NULL auto_increment,
  `product_id` bigint(20) unsigned NULL,
  `fileid` bigint(20) unsigned NOT NULL DEFAULT '0',
  `purchid` bigint(20) unsigned NOT NULL DEFAULT '0',
  `cartid` bigint(20) unsigned NULL,
  `uniqueid` varchar(64) NULL DEFAULT '',
  `downloads` int(11) NOT NULL DEFAULT '0',
  `ip_number` varchar(255) NOT NULL DEFAULT '',
  `active` varchar(1) NOT NULL DEFAULT '0',
  `datetime` datetime NOT NULL,
  PRIMARY KEY  ( `id` ),
  KEY `product_id` ( `product_id` ),
  UNIQUE KEY `uniqueid` ( `uniqueid` )
) ENGINE=MyISAM CHARSET=utf8;

CREATE TABLE `wp_wpsc_product_rating` (
  `id` bigint(20) unsigned NOT NULL auto_increment,
  `ipnum` varchar(30) NOT NULL DEFAULT '',
  `productid` bigint(20) unsigned NOT NULL DEFAULT '0',
  `rated` tinyint(1) NOT NULL DEFAULT '0',
  `time` bigint(20) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY  ( `id` )
) ENGINE=MyISAM CHARSET=utf8;

CREATE TABLE `wp_wpsc_purchase_logs` (
  `id` bigint(20) unsigned NOT NULL auto_increment,
  `totalprice` decimal(11,2) NOT NULL DEFAULT '0',
  `statusno` smallint(6) NOT NULL DEFAULT '0',
  `sessionid` varchar(255) NOT NULL DEFAULT '',
  `transactid` varchar(255) NOT NULL DEFAULT '',
  `authcode` varchar(255) NOT NULL DEFAULT '',
  `processed` bigint(20) unsigned NOT NULL DEFAULT '1',
  `user_ID` bigint(20) unsigned NULL DEFAULT '0',
  `date` varchar(255) NOT NULL DEFAULT '',
  `gateway` varchar(64) NOT NULL DEFAULT '',
  `billing_country` char(6) NOT NULL DEFAULT '',
  `shipping_country` char(6) NOT NULL DEFAULT '',
  `base_shipping` decimal(11,2) NOT NULL DEFAULT '0',
  `email_sent` char(1) NOT NULL DEFAULT '0',
  `stock_adjusted` char(1) NOT NULL DEFAULT '0',
  `discount_value` decimal(11,2) NOT NULL DEFAULT '0',
  `discount_data` text NULL,
  `track_id` varchar(50) NULL DEFAULT '',
  `billing_region` char(6) NOT NULL DEFAULT '',
  `shipping_region` char(6) NOT NULL DEFAULT '',
  `find_us` varchar(255) NOT NULL DEFAULT '',
  `engravetext` varchar(255) NULL DEFAULT '',
  `shipping_method` VARCHAR(64) NULL,
  `shipping_option` VARCHAR(128) NULL,
  `affiliate_id` VARCHAR(32) NULL,
  `plugin_version` VARCHAR(32) NULL,
  `notes` text NULL,
  `wpec_taxes_total` decimal(11,2),
  `wpec_taxes_rate` decimal(11,2),
  PRIMARY KEY  ( `id` ),
  UNIQUE KEY `sessionid` ( `sessionid` ),
  KEY `gateway` ( `gateway` )
) ENGINE=MyISAM CHARSET=utf8;

CREATE TABLE `wp_wpsc_region_tax` (
  `id` bigint(20) unsigned NOT NULL auto_increment,
  `country_id` bigint(20) unsigned NOT NULL DEFAULT '0',
  `name` varchar(64) NOT NULL DEFAULT '',
  `code` char(2) NOT NULL DEFAULT '',
  `tax` float NOT NULL DEFAULT '0',
  PRIMARY KEY  ( `id` ),
  KEY `country_id` ( `country_id` )
) ENGINE=MyISAM CHARSET=utf8;

CREATE TABLE `wp_wpsc_submited_form_data` (
  `id` bigint(20) unsigned NOT NULL auto_increment,
  `log_id` bigint(20) unsigned NOT NULL DEFAULT '0',
  `form_id` bigint(20) unsigned NOT NULL DEFAULT '0',
  `value` longtext,
  PRIMARY KEY  ( `id` ),
  KEY `log_id` ( `log_id`, `form_id` )
) ENGINE=MyISAM CHARSET=utf8;

CREATE TABLE `wp_wpsc_coupon_codes` (
  `id` bigint(20) unsigned NOT NULL auto_increment,
  `coupon_code` varchar(255) NULL DEFAULT '',
  `value` decimal(11,2) NOT NULL DEFAULT '0',
  `is-percentage` char(1) NOT NULL DEFAULT '0',
  `use-once` char(1) NOT NULL DEFAULT '0',
  `is-used` char(1) NOT NULL DEFAULT '0',
  `active` char(1) NOT NULL DEFAULT '1',
  `every_product` varchar(255) NOT NULL DEFAULT '',
  `start` datetime NOT NULL,
  `expiry` datetime NOT NULL,
  `condition` text NULL,
  PRIMARY KEY  ( `id` ),
  KEY `coupon_code` ( `coupon_code` ),
  KEY `active` ( `active` ),
  KEY `start` ( `start` ),
  KEY `expiry` ( `expiry` )
) ENGINE=MyISAM CHARSET=utf8;

CREATE TABLE `wp_wpsc_claimed_stock` (
  `product_id` bigint(20) UNSIGNED NOT NULL DEFAULT '0',
  `variation_stock_id` bigint(20) UNSIGNED NOT NULL DEFAULT '0',
  `stock_claimed` FLOAT NOT NULL,
  `last_activity` DATETIME NOT NULL,
  `cart_id` VARCHAR( 255 ) NOT NULL DEFAULT '0',
  `cart_submitted` VARCHAR( 1 ) NOT NULL DEFAULT '0',
  UNIQUE KEY `unique_key` ( `product_id`,`variation_stock_id`,`cart_id`),
  KEY `last_activity` ( `last_activity` ),
  KEY `cart_submitted` ( `cart_submitted` )
) ENGINE=MyISAM CHARSET=utf8;

CREATE TABLE `wp_wpsc_cart_item_meta` (
  `meta_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `wpsc_cart_item_id` bigint(20) unsigned NOT NULL DEFAULT '0',
  `meta_key` varchar(255) default NULL,
  `meta_value` longtext,
  `meta_timestamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY  ( `meta_id` ),
  KEY `meta_key` ( `meta_key`(191) ),
  KEY `meta_value` ( `meta_value`(20) ),
  KEY `meta_key_and_value` ( `meta_key`(191), `meta_value`(32) ),
  KEY meta_timestamp_index (meta_timestamp),
  KEY wpsc_cart_item_id ( `wpsc_cart_item_id` )
) ENGINE=MyISAM CHARSET=utf8;

CREATE TABLE `wp_wpsc_purchase_meta` (
  `meta_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `wpsc_purchase_id` bigint(20) unsigned NOT NULL DEFAULT '0',
  `meta_key` varchar(255) default NULL,
  `meta_value` longtext,
  `meta_timestamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY  ( `meta_id` ),
  KEY `meta_key` ( `meta_key`(191) ),
  KEY `meta_value` ( `meta_value`(20) ),
  KEY `meta_key_and_value` ( `meta_key`(191), `meta_value`(32) ),
  KEY meta_timestamp_index (meta_timestamp),
  KEY wpsc_purchase_id ( `wpsc_purchase_id` )
) ENGINE=MyISAM CHARSET=utf8;

CREATE TABLE `wp_wpsc_visitors` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `last_active` timestamp NULL DEFAULT NULL,
  `expires` timestamp NULL DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY  ( `id` ),
  KEY `user_id` ( `user_id` ),
  KEY last_active ( `last_active` ),
  KEY expires ( `expires` ),
  KEY created ( `created` )
) ENGINE=MyISAM CHARSET=utf8;

CREATE TABLE `wp_wpsc_visitor_meta` (
  `meta_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `wpsc_visitor_id` bigint(20) unsigned NOT NULL DEFAULT '0',
  `meta_key` varchar(255) default NULL,
  `meta_value` longtext,
  `meta_timestamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY  ( `meta_id` ),
  KEY `meta_key` ( `meta_key`(191) ),
  KEY `meta_value` ( `meta_value`(20) ),
  KEY `meta_key_and_value` ( `meta_key`(191), `meta_value`(32) ),
  KEY meta_timestamp_index (meta_timestamp),
  KEY wpsc_visitor_id ( `wpsc_visitor_id` )
) ENGINE=MyISAM CHARSET=utf8;

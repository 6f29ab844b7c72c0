-- MultiVendorX 5.0.14 (WooCommerce multivendor marketplace plugin for WordPress)
-- Upstream: github.com/multivendorx/multivendorx, commit 5e4432c0ce7d6611716b83a772ad2ec2ccb9a8cc (GPL-2.0-or-later)
--   plugins/multivendorx/classes/Install.php, create_database_table(): the 14 plugin tables, in upstream's order,
--   with the placeholders filled in: $wpdb->prefix = wp_, Utill::TABLES names from classes/Utill.php,
--   $max_index_length = 191, $collate = WordPress's default utf8mb4 collation. Upstream declares no foreign keys.
-- Plus the WordPress core tables the plugin keeps its people and settings in (users, user meta, options), from
--   github.com/WordPress/wordpress-develop src/wp-admin/includes/schema.php wp_get_db_schema(), commit
--   01501ab4787d053da5eb1425696ec3363d3adf4c (GPL-2.0-or-later), single-site flavour of wp_users.
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
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_usermeta` (
	umeta_id bigint(20) unsigned NOT NULL auto_increment,
	user_id bigint(20) unsigned NOT NULL default '0',
	meta_key varchar(255) default NULL,
	meta_value longtext,
	PRIMARY KEY  (umeta_id),
	KEY user_id (user_id),
	KEY meta_key (meta_key(191))
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_options` (
	option_id bigint(20) unsigned NOT NULL auto_increment,
	option_name varchar(191) NOT NULL default '',
	option_value longtext NOT NULL,
	autoload varchar(20) NOT NULL default 'yes',
	PRIMARY KEY  (option_id),
	UNIQUE KEY option_name (option_name),
	KEY autoload (autoload)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_multivendorx_commissions` (
            `ID` bigint(20) NOT NULL AUTO_INCREMENT,
            `order_id` bigint(20) NOT NULL,
            `store_id` bigint(20) NOT NULL,
            `facilitator_id` bigint(20) NOT NULL DEFAULT 0,
            `customer_id` bigint(20) NOT NULL,
            `total_order_value` float(10, 2) NOT NULL DEFAULT 0,
            `net_items_cost` float(10, 2) NOT NULL DEFAULT 0,
            `marketplace_commission` float(20, 2) NOT NULL DEFAULT 0,
            `store_earning` float(20, 2) NOT NULL DEFAULT 0,
            `facilitator_fee` float(20, 2) NOT NULL DEFAULT 0,
            `gateway_fee` float(20, 2) NOT NULL DEFAULT 0,
            `platform_fee` float(20, 2) NOT NULL DEFAULT 0,
            `store_shipping` float(20, 2) NOT NULL DEFAULT 0,
            `store_tax` float(20, 2) NOT NULL DEFAULT 0,
            `store_shipping_tax` float(20, 2) NOT NULL DEFAULT 0,
            `marketplace_tax` float(20, 2) NOT NULL DEFAULT 0,
            `marketplace_shipping_tax` float(20, 2) NOT NULL DEFAULT 0,
            `store_discount` float(20, 2) NOT NULL DEFAULT 0,
            `admin_discount` float(20, 2) NOT NULL DEFAULT 0,
            `store_payable` float(20, 2) NOT NULL DEFAULT 0,
            `marketplace_payable` float(20, 2) NOT NULL DEFAULT 0,
            `store_refunded` float(20, 2) NOT NULL DEFAULT 0,
            `marketplace_refunded` float(20, 2) NOT NULL DEFAULT 0,
            `currency` varchar(10) NOT NULL,
            `status` enum('unpaid', 'paid','refunded','partially_refunded','cancelled') DEFAULT 'unpaid',
            `commission_note`  longtext NULL,
            `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
            `updated_at` TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
            `rules_applied` LONGTEXT,
            PRIMARY KEY (`ID`)
        ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_multivendorx_stores` (
            `ID` bigint(20) NOT NULL AUTO_INCREMENT,
            `status` varchar(20) DEFAULT NULL,
            `name` varchar(100) NOT NULL,
            `slug` varchar(100) NOT NULL,
            `description` TEXT DEFAULT NULL,
            `who_created` bigint(20) DEFAULT NULL,
            `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
            PRIMARY KEY (`ID`)
        ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_multivendorx_store_users` (
            `ID` bigint(20) NOT NULL AUTO_INCREMENT,
            `store_id` bigint(20) NOT NULL,
            `user_id` bigint(20) NOT NULL,
            `role_id` varchar(50) DEFAULT NULL,
            `primary_owner` bigint(20) DEFAULT NULL,
            PRIMARY KEY (`ID`)
        ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_multivendorx_store_meta` (
            `ID` bigint(20) NOT NULL AUTO_INCREMENT,
            `store_id` bigint(20) NOT NULL,
            `meta_key` VARCHAR(255) DEFAULT NULL,
            `meta_value` LONGTEXT,
            PRIMARY KEY (`ID`)
        ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_multivendorx_transactions` (
            `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
            `store_id` bigint(20) unsigned NOT NULL,
            `order_id` bigint(20) unsigned DEFAULT NULL,
            `commission_id` bigint(20) unsigned DEFAULT NULL,
            `entry_type` enum('Dr','Cr') NOT NULL,
            `transaction_type` enum('Commission','Withdrawal','Refund','Reversed', 'COD received') NOT NULL,
            `amount` float(20,2) NOT NULL,
            `balance` float(20,2) NOT NULL,
            `locking_balance` float(20,2) NOT NULL,
            `currency` varchar(10) NOT NULL,
            `payment_method` varchar(50) DEFAULT NULL,
            `narration` text NOT NULL,
            `status` enum('Upcoming','Processed','Completed', 'Failed') DEFAULT 'Upcoming',
            `available_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
            `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
            PRIMARY KEY (`id`),
            KEY `idx_store` (`store_id`),
            KEY `idx_order` (`order_id`),
            KEY `idx_commission` (`commission_id`),
            KEY `idx_type` (`transaction_type`)
        ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_multivendorx_customer_queries` (
            `id` INT NOT NULL AUTO_INCREMENT,
            `product_id` INT NOT NULL,
            `store_id` INT NOT NULL,
            `question_text` TEXT NOT NULL,
            `question_by` INT NOT NULL,
            `question_date` DATETIME NOT NULL,
            `answer_text` TEXT,
            `answer_by` INT,
            `answer_date` DATETIME,
            `total_votes` INT DEFAULT 0,
            `voters` TEXT,
            `question_visibility` VARCHAR(50) DEFAULT 'public',
            `created_at` TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
            `updated_at` TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
            PRIMARY KEY (`id`)
        ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_multivendorx_report_abuse` (
            `ID` bigint(20) NOT NULL AUTO_INCREMENT,
            `store_id` bigint(20) NOT NULL,
            `product_id` bigint(20) NOT NULL,
            `name` VARCHAR(255) DEFAULT NULL,
            `email` VARCHAR(255) DEFAULT NULL,
            `message` LONGTEXT DEFAULT NULL,
            `created_at` TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
            `updated_at` TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
            PRIMARY KEY (`ID`)
        ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_multivendorx_shared_listing_mapping` (
            `ID` bigint(20) NOT NULL AUTO_INCREMENT,
            `listing_products` VARCHAR(255) NOT NULL DEFAULT '',
            `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
            PRIMARY KEY (`ID`)
        ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_multivendorx_store_reviews` (
            `review_id` BIGINT(20) NOT NULL AUTO_INCREMENT,
            `store_id` BIGINT(20) NOT NULL,
            `customer_id` BIGINT(20) NOT NULL,
            `order_id` BIGINT(20) NULL DEFAULT NULL,
            `overall_rating` DECIMAL(3,2) NOT NULL DEFAULT 0.00,
            `review_title` VARCHAR(255) NULL DEFAULT NULL,
            `review_content` TEXT NULL DEFAULT NULL,
            `review_images` LONGTEXT NULL DEFAULT NULL,
            `status` ENUM('pending','approved','rejected') NOT NULL DEFAULT 'pending',
            `user_ip` TEXT NULL DEFAULT NULL,
            `reply` TEXT NULL DEFAULT NULL,
            `reply_date` DATETIME NULL DEFAULT NULL,
            `reported` TINYINT(1) NOT NULL DEFAULT 0,
            `date_created` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
            `date_modified` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
            PRIMARY KEY (`review_id`)
        ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_multivendorx_store_review_ratings` (
            `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
            `review_id` BIGINT(20) NOT NULL,
            `parameter` VARCHAR(100) NOT NULL,
            `rating_value` TINYINT(1) NOT NULL DEFAULT 0,
            PRIMARY KEY (`id`)
        ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_multivendorx_store_activity_notifications` (
            `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
            `store_id` BIGINT(20) DEFAULT NULL,
            `category` ENUM('activity', 'notification') NOT NULL DEFAULT 'activity',
            `type` TEXT NOT NULL,
            `title` VARCHAR(255) NOT NULL,
            `message` TEXT NOT NULL,
            `is_read` BOOLEAN DEFAULT 0,
            `is_dismissed` BOOLEAN DEFAULT 0,
            `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
            `expires_at` DATETIME NULL,
            PRIMARY KEY (`id`)
        ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_multivendorx_system_events` (
            `id` BIGINT(20) NOT NULL AUTO_INCREMENT,
            `event_name` VARCHAR(255) NOT NULL,
            `description` TEXT NULL,
            `category` ENUM('activity', 'notification') NOT NULL DEFAULT 'activity',
            `tag` TEXT NOT NULL,
            `admin_enabled` BOOLEAN DEFAULT FALSE,
            `customer_enabled` BOOLEAN DEFAULT FALSE,
            `store_enabled` BOOLEAN DEFAULT FALSE,
            `sms_enabled` BOOLEAN DEFAULT FALSE,
            `email_enabled` BOOLEAN DEFAULT FALSE,
            `system_enabled` BOOLEAN DEFAULT FALSE,
            `custom_emails` JSON NULL,
            `email_subject` VARCHAR(255) NULL,
            `email_body` TEXT NULL,
            `sms_content` VARCHAR(500) NULL,
            `system_message` TEXT NULL,
            `system_action` VARCHAR(255) NULL,
            `available_placeholders` VARCHAR(255) NULL,
            `status` ENUM('active', 'inactive') DEFAULT 'active',
            `created_at` TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
            `updated_at` TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
            PRIMARY KEY (`id`)
        ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_multivendorx_visitors_stats` (
            `ID` bigint(20) NOT NULL AUTO_INCREMENT,
            `store_id` BIGINT UNSIGNED NOT NULL DEFAULT 0,
            `user_id` BIGINT UNSIGNED NOT NULL DEFAULT 0,
            `user_cookie` varchar(255) NOT NULL,
            `session_id` varchar(191) NOT NULL,
            `ip` varchar(60) NOT NULL,
            `lat` varchar(60) NOT NULL,
            `lon` varchar(60) NOT NULL,
            `city` text NOT NULL,
            `zip` varchar(20) NOT NULL,
            `regionCode` text NOT NULL,
            `region` text NOT NULL,
            `countryCode` text NOT NULL,
            `country` text NOT NULL,
            `isp` text NOT NULL,
            `timezone` varchar(255) NOT NULL,
            `created` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
            PRIMARY KEY (`ID`),
            CONSTRAINT visitor UNIQUE (store_id, session_id),
            KEY store_id (store_id),
            KEY user_id (user_id),
            KEY user_cookie (user_cookie(191)),
            KEY session_id (session_id(191)),
            KEY ip (ip)
        ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_multivendorx_activity_logs` (
            `ID` bigint(20) NOT NULL AUTO_INCREMENT,
            `store_id` BIGINT UNSIGNED NOT NULL DEFAULT 0,
            `message` text NOT NULL,
            `tag` varchar(50) DEFAULT NULL,
            `date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
            PRIMARY KEY (`ID`)
        ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

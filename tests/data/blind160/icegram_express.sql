-- Icegram Express (formerly Email Subscribers & Newsletters) 5.9.33, WordPress plugin: the CREATE TABLE statements of
-- email-subscribers/lite/includes/class-es-install.php (get_ig_es_*_schema, run through dbDelta), with {$wpdb->prefix} = wp_
-- and $collate = DEFAULT CHARSET=utf8mb4; read from github.com/WordPressBugBounty/plugins-email-subscribers
-- (a mirror of the wordpress.org plugin), commit c06e8f26eecefca83584c10a67e168fc6e3076f5 (GPL-3.0).

CREATE TABLE `wp_ig_campaigns` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `slug` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `type` varchar(50) DEFAULT NULL,
  `parent_id` int(10) unsigned DEFAULT NULL,
  `parent_type` varchar(50) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `body` longtext DEFAULT NULL,
  `from_name` varchar(250) DEFAULT NULL,
  `from_email` varchar(150) DEFAULT NULL,
  `reply_to_name` varchar(250) DEFAULT NULL,
  `reply_to_email` varchar(150) DEFAULT NULL,
  `categories` text,
  `list_ids` text NOT NULL,
  `base_template_id` int(10) NOT NULL,
  `status` tinyint(4) NOT NULL,
  `meta` longtext DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  KEY `type` (type),
  KEY `status` (status),
  KEY `base_template_id` (base_template_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_contacts` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `wp_user_id` int(10) NOT NULL DEFAULT '0',
  `first_name` varchar(50) DEFAULT NULL,
  `last_name` varchar(50) DEFAULT NULL,
  `email` varchar(50) NOT NULL,
  `source` varchar(50) DEFAULT NULL,
  `ip_address` varchar(50) DEFAULT NULL,
  `country_code` varchar(50) DEFAULT NULL,
  `bounce_status` enum('0','1','2') NOT NULL DEFAULT '0',
  `timezone` varchar(255) NULL DEFAULT NULL,
  `form_id` int(10) NOT NULL DEFAULT '0',
  `status` varchar(10) DEFAULT NULL,
  `reference_site` varchar(255) NULL DEFAULT NULL,
  `unsubscribed` tinyint(1) NOT NULL DEFAULT '0',
  `hash` varchar(50) DEFAULT NULL,
  `engagement_score` float DEFAULT NULL,
  `average_opened_at` TIME DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `is_verified` tinyint(1) DEFAULT '0',
  `is_disposable` tinyint(1) DEFAULT '0',
  `is_rolebased` tinyint(1) DEFAULT '0',
  `is_webmail` tinyint(1) DEFAULT '0',
  `is_deliverable` tinyint(1) DEFAULT '0',
  `is_sendsafely` tinyint(1) DEFAULT '0',
  `meta` longtext CHARACTER SET utf8,
  PRIMARY KEY  (id),
  KEY `wp_user_id` (wp_user_id),
  KEY `email` (email),
  KEY `status` (status),
  KEY `form_id` (form_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_contacts_ips` (
  ip varchar(45) NOT NULL,
  created_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY  (created_on, ip),
  KEY ip (ip)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_blocked_emails` (
  id int(10) NOT NULL AUTO_INCREMENT,
  email varchar(50) DEFAULT NULL,
  ip varchar(45) DEFAULT NULL,
  created_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY  (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_forms` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `body` longtext,
  `settings` longtext,
  `styles` longtext,
  `preview_image` mediumtext DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL,
  `af_id` int(10) NOT NULL DEFAULT '0',
  PRIMARY KEY  (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_lists` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `slug` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `hash` varchar(12) NOT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `deleted_at` datetime DEFAULT NULL,
  PRIMARY KEY  (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_lists_contacts` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `list_id` int(10) NOT NULL,
  `contact_id` int(10) NOT NULL,
  `status` varchar(50) NOT NULL,
  `optin_type` tinyint(4) NOT NULL,
  `subscribed_at` datetime DEFAULT NULL,
  `subscribed_ip` varchar(45) DEFAULT NULL,
  `unsubscribed_at` datetime DEFAULT NULL,
  `unsubscribed_ip` varchar(45) DEFAULT NULL,
  PRIMARY KEY  (id),
  KEY `contact_id` (contact_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_mailing_queue` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `hash` varchar(50) NOT NULL,
  `campaign_id` int(10) NOT NULL DEFAULT '0',
  `subject` text DEFAULT '',
  `body` longtext,
  `count` int(10) UNSIGNED NOT NULL DEFAULT '0',
  `status` varchar(10) NOT NULL,
  `start_at` datetime DEFAULT NULL,
  `finish_at` datetime DEFAULT NULL,
  `meta` longtext DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  KEY `campaign_id` (campaign_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_sending_queue` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `mailing_queue_id` int(10) NOT NULL DEFAULT '0',
  `mailing_queue_hash` varchar(50) DEFAULT NULL,
  `campaign_id` int(10) NOT NULL DEFAULT '0',
  `contact_id` int(10) NOT NULL DEFAULT '0',
  `contact_hash` varchar(255) DEFAULT NULL,
  `email` varchar(50) DEFAULT NULL,
  `status` varchar(50) DEFAULT NULL,
  `links` longtext,
  `opened` int(1) DEFAULT NULL,
  `send_at` DATETIME NULL DEFAULT NULL,
  `sent_at` datetime DEFAULT NULL,
  `opened_at` datetime DEFAULT NULL,
  PRIMARY KEY  (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_contact_meta` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `contact_id` bigint(10) unsigned NOT NULL,
  `meta_key` varchar(255) DEFAULT NULL,
  `meta_value` longtext,
  PRIMARY KEY  (id),
  KEY `contact_id` (contact_id),
  KEY `meta_ley` (meta_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_contactmeta` (
  `meta_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `contact_id` bigint(20) unsigned NOT NULL,
  `meta_key` varchar(255) DEFAULT NULL,
  `meta_value` longtext DEFAULT NULL,
  PRIMARY KEY  (meta_id),
  KEY `contact_id` (contact_id),
  KEY `meta_ley` (meta_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_queue` (
  `contact_id` bigint(20) unsigned NOT NULL DEFAULT 0,
  `campaign_id` bigint(20) unsigned NOT NULL DEFAULT 0,
  `requeued` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `added` int(11) unsigned NOT NULL DEFAULT 0,
  `timestamp` int(11) unsigned NOT NULL DEFAULT 0,
  `sent_at` int(11) unsigned NOT NULL DEFAULT 0,
  `priority` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `count` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `error` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `ignore_status` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `options` varchar(191) NOT NULL DEFAULT '',
  `tags` longtext NOT NULL,
  UNIQUE KEY `id` (`contact_id`,`campaign_id`,`requeued`,`options`),
  KEY `contact_id` (`contact_id`),
  KEY `campaign_id` (`campaign_id`),
  KEY `requeued` (`requeued`),
  KEY `timestamp` (`timestamp`),
  KEY `priority` (`priority`),
  KEY `count` (`count`),
  KEY `error` (`error`),
  KEY `ignore_status` (`ignore_status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_actions` (
  `id` bigint(20) UNSIGNED NOT NULL AUTO_INCREMENT,
  `contact_id` bigint(20) UNSIGNED DEFAULT NULL,
  `message_id` bigint(20) UNSIGNED DEFAULT NULL,
  `campaign_id` bigint(20) UNSIGNED DEFAULT NULL,
  `type` tinyint(1) NOT NULL DEFAULT 0,
  `count` int(11) UNSIGNED NOT NULL DEFAULT 0,
  `link_id` bigint(20) UNSIGNED NOT NULL DEFAULT 0,
  `list_id` int(11) UNSIGNED NOT NULL DEFAULT 0,
  `ip` varchar(50) DEFAULT NULL,
  `country` varchar(50) DEFAULT NULL,
  `device` varchar(50) DEFAULT NULL,
  `browser` varchar(50) DEFAULT NULL,
  `email_client` varchar(50) DEFAULT NULL,
  `os` varchar(50) DEFAULT NULL,
  `created_at` int(11) UNSIGNED NOT NULL DEFAULT 0,
  `updated_at` int(11) UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY `id` (`contact_id`,`message_id`, `campaign_id`,`type`,`link_id`, `list_id`),
  KEY `contact_id` (`contact_id`),
  KEY `message_id` (`message_id`),
  KEY `campaign_id` (`campaign_id`),
  KEY `type` (`type`),
  KEY `idx_updated_type_contact` (`updated_at`, `type`, `contact_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_links` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `message_id` int(10) unsigned NOT NULL,
  `campaign_id` int(10) unsigned NOT NULL,
  `link` varchar(2083) NOT NULL,
  `hash` varchar(20) NOT NULL,
  `i` tinyint(1) unsigned NOT NULL,
  `created_at` datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  KEY `campaign_id` (campaign_id),
  KEY `message_id` (message_id),
  KEY `link` (link(100))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_workflows` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `trigger_name` varchar(250) NOT NULL,
  `trigger_options` longtext NOT NULL,
  `rules` longtext NOT NULL,
  `actions` longtext NOT NULL,
  `status` tinyint(4) NOT NULL,
  `type` tinyint(4) NOT NULL,
  `priority` int(11) DEFAULT 0,
  `meta` longtext NOT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_workflows_queue` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `workflow_id` bigint(20) DEFAULT NULL,
  `failed` int(1) NOT NULL DEFAULT 0,
  `failure_code` int(3) NOT NULL DEFAULT 0,
  `meta` longtext NOT NULL,
  `scheduled_at` datetime DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_wc_cart` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` varchar(100) NOT NULL default '',
  `user_id` bigint(20) NOT NULL default 0,
  `guest_id` bigint(20) NOT NULL default 0,
  `last_modified` datetime NULL,
  `created` datetime NULL,
  `items` longtext NOT NULL default '',
  `coupons` longtext NOT NULL default '',
  `fees` longtext NOT NULL default '',
  `shipping_tax_total` double DEFAULT 0 NOT NULL,
  `shipping_total` double DEFAULT 0 NOT NULL,
  `total` double DEFAULT 0 NOT NULL,
  `token` varchar(32) NOT NULL default '',
  `currency` varchar(8) NOT NULL default '',
  PRIMARY KEY  (id),
  KEY `status` (`status`),
  KEY `user_id` (`user_id`),
  KEY `guest_id` (`guest_id`),
  KEY `last_modified` (`last_modified`),
  KEY `created` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_wc_guests` (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  email varchar(255) NOT NULL default '',
  tracking_key varchar(32) NOT NULL default '',
  created datetime NULL,
  last_active datetime NULL,
  meta longtext NOT NULL,
  language varchar(10) NOT NULL default '',
  most_recent_order bigint(20) NOT NULL DEFAULT 0,
  version bigint(20) NOT NULL default 0,
  PRIMARY KEY  (id),
  KEY tracking_key (tracking_key),
  KEY email (email(191)),
  KEY most_recent_order (most_recent_order),
  KEY version (version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_temp_import` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `data` longtext NOT NULL,
  `identifier` char(13) NOT NULL,
  PRIMARY KEY (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_unsubscribe_feedback` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `contact_id` int(10) unsigned NOT NULL,
  `list_id` int(10) unsigned NOT NULL,
  `campaign_id` int(10) unsigned NOT NULL,
  `mailing_queue_id` int(10) unsigned NOT NULL,
  `feedback_slug` varchar(50) NOT NULL,
  `feedback_text` varchar(500) NOT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `meta` longtext DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wp_ig_custom_fields` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `slug` varchar(100) NOT NULL,
  `label` varchar(100) NOT NULL,
  `type` varchar(50) NOT NULL,
  `meta` longtext DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Local Exchange UK 1.01 (LETS and time-bank software: members and their persons, offers and wants listings,
-- trades of local currency or hours, pending trades and invoices, feedback, income sharing, admin log)
-- Upstream: github.com/cdmweb/Local-Exchange-UK (Chris Macdonald, co-maintainer of the UK edition of Local Exchange),
-- commit 988fce72f14d1ae0641ae578510ab93155d51741 (GPL; README "licensed under the GPL (see GPL.txt)", version 2)
-- Built by running upstream's installer create_db.php (its CREATE TABLE and ALTER TABLE statements, with the table
-- names of includes/inc.global.php and ENGINE syntax of includes/inc.config.php) against MariaDB 10.11 in a session
-- with sql_mode='' (as the MySQL 5 servers it was written for), then reading every table back with SHOW CREATE TABLE.
-- All 16 tables; upstream declares no foreign keys.

CREATE TABLE `admin_activity` (
  `log_id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `log_date` timestamp NOT NULL,
  `admin_id` varchar(15) NOT NULL DEFAULT '',
  `category` char(1) NOT NULL DEFAULT '',
  `action` char(1) NOT NULL DEFAULT '',
  `ref_id` varchar(15) NOT NULL DEFAULT '',
  `note` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`log_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `categories` (
  `category_id` smallint(4) unsigned NOT NULL AUTO_INCREMENT,
  `parent_id` smallint(4) unsigned DEFAULT NULL,
  `description` varchar(30) NOT NULL DEFAULT '',
  PRIMARY KEY (`category_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `cdm_pages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` int(30) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `body` text DEFAULT NULL,
  `active` int(1) DEFAULT 1,
  `permission` int(2) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `feedback` (
  `feedback_id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `feedback_date` timestamp NOT NULL,
  `status` char(1) NOT NULL DEFAULT '',
  `member_id_author` varchar(15) NOT NULL DEFAULT '',
  `member_id_about` varchar(15) NOT NULL DEFAULT '',
  `trade_id` mediumint(8) unsigned NOT NULL DEFAULT 0,
  `rating` char(1) NOT NULL DEFAULT '',
  `comment` text DEFAULT NULL,
  PRIMARY KEY (`feedback_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `feedback_rebuttal` (
  `rebuttal_id` mediumint(6) unsigned NOT NULL AUTO_INCREMENT,
  `rebuttal_date` timestamp NOT NULL,
  `feedback_id` mediumint(8) unsigned DEFAULT NULL,
  `member_id` varchar(15) NOT NULL DEFAULT '',
  `comment` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`rebuttal_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `income_ties` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` varchar(15) DEFAULT NULL,
  `tie_id` varchar(15) DEFAULT NULL,
  `percent` int(3) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `listings` (
  `title` varchar(60) NOT NULL DEFAULT '',
  `description` text DEFAULT NULL,
  `category_code` smallint(4) unsigned NOT NULL DEFAULT 0,
  `member_id` varchar(15) NOT NULL DEFAULT '',
  `rate` varchar(30) DEFAULT NULL,
  `status` char(1) NOT NULL DEFAULT '',
  `posting_date` timestamp NOT NULL,
  `expire_date` date DEFAULT NULL,
  `reactivate_date` date DEFAULT NULL,
  `type` char(1) NOT NULL DEFAULT '',
  PRIMARY KEY (`title`,`category_code`,`member_id`,`type`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `logins` (
  `member_id` varchar(15) NOT NULL DEFAULT '',
  `total_failed` mediumint(6) unsigned NOT NULL DEFAULT 0,
  `consecutive_failures` mediumint(3) unsigned NOT NULL DEFAULT 0,
  `last_failed_date` timestamp NOT NULL,
  `last_success_date` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`member_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `member` (
  `member_id` varchar(15) NOT NULL DEFAULT '',
  `password` varchar(50) NOT NULL DEFAULT '',
  `member_role` char(1) NOT NULL DEFAULT '',
  `security_q` varchar(25) DEFAULT NULL,
  `security_a` varchar(15) DEFAULT NULL,
  `status` char(1) NOT NULL DEFAULT '',
  `member_note` varchar(100) DEFAULT NULL,
  `admin_note` text DEFAULT NULL,
  `join_date` date NOT NULL DEFAULT '0000-00-00',
  `expire_date` date DEFAULT NULL,
  `away_date` date DEFAULT NULL,
  `account_type` char(1) NOT NULL DEFAULT '',
  `email_updates` int(3) unsigned NOT NULL DEFAULT 0,
  `balance` decimal(8,2) NOT NULL DEFAULT 0.00,
  `confirm_payments` int(1) DEFAULT 0,
  `restriction` int(1) DEFAULT NULL,
  PRIMARY KEY (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `news` (
  `news_id` mediumint(6) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL DEFAULT '',
  `description` text NOT NULL,
  `sequence` decimal(6,4) NOT NULL DEFAULT 0.0000,
  `expire_date` date DEFAULT NULL,
  PRIMARY KEY (`news_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `person` (
  `person_id` mediumint(6) unsigned NOT NULL AUTO_INCREMENT,
  `member_id` varchar(15) NOT NULL DEFAULT '',
  `primary_member` char(1) NOT NULL DEFAULT '',
  `directory_list` char(1) NOT NULL DEFAULT '',
  `first_name` varchar(20) NOT NULL DEFAULT '',
  `last_name` varchar(30) NOT NULL DEFAULT '',
  `mid_name` varchar(20) DEFAULT NULL,
  `dob` date DEFAULT NULL,
  `mother_mn` varchar(30) DEFAULT NULL,
  `email` varchar(40) DEFAULT NULL,
  `phone1_area` char(5) DEFAULT NULL,
  `phone1_number` varchar(30) DEFAULT NULL,
  `phone1_ext` varchar(4) DEFAULT NULL,
  `phone2_area` char(5) DEFAULT NULL,
  `phone2_number` varchar(30) DEFAULT NULL,
  `phone2_ext` varchar(4) DEFAULT NULL,
  `fax_area` char(3) DEFAULT NULL,
  `fax_number` varchar(30) DEFAULT NULL,
  `fax_ext` varchar(4) DEFAULT NULL,
  `address_street1` varchar(50) DEFAULT NULL,
  `address_street2` varchar(50) DEFAULT NULL,
  `address_city` varchar(50) NOT NULL DEFAULT '',
  `address_state_code` char(50) NOT NULL DEFAULT '',
  `address_post_code` varchar(20) NOT NULL DEFAULT '',
  `address_country` varchar(50) NOT NULL DEFAULT '',
  `about_me` text DEFAULT NULL,
  `age` varchar(20) DEFAULT NULL,
  `sex` varchar(1) DEFAULT NULL,
  PRIMARY KEY (`person_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `session` (
  `id` char(32) NOT NULL,
  `data` text DEFAULT NULL,
  `ts` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ts` (`ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `typ` varchar(10) DEFAULT NULL,
  `current_value` text DEFAULT NULL,
  `options` varchar(255) DEFAULT NULL,
  `default_value` text DEFAULT NULL,
  `max_length` varchar(5) DEFAULT '99999',
  `descrip` text DEFAULT NULL,
  `section` int(1) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `trades` (
  `trade_id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `trade_date` timestamp NOT NULL,
  `status` char(1) DEFAULT NULL,
  `member_id_from` varchar(15) NOT NULL DEFAULT '',
  `member_id_to` varchar(15) NOT NULL DEFAULT '',
  `amount` decimal(8,2) NOT NULL DEFAULT 0.00,
  `category` smallint(4) unsigned NOT NULL DEFAULT 0,
  `description` varchar(255) DEFAULT NULL,
  `type` char(1) NOT NULL DEFAULT '',
  PRIMARY KEY (`trade_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `trades_pending` (
  `id` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `trade_date` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `member_id_from` varchar(15) NOT NULL DEFAULT '',
  `member_id_to` varchar(15) NOT NULL DEFAULT '',
  `amount` decimal(8,2) NOT NULL DEFAULT 0.00,
  `category` smallint(4) unsigned NOT NULL DEFAULT 0,
  `description` varchar(255) DEFAULT NULL,
  `typ` varchar(1) DEFAULT NULL,
  `status` varchar(1) DEFAULT 'O',
  `member_to_decision` varchar(2) DEFAULT '1',
  `member_from_decision` varchar(2) DEFAULT '1',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `uploads` (
  `upload_id` mediumint(6) unsigned NOT NULL AUTO_INCREMENT,
  `upload_date` timestamp NOT NULL,
  `title` varchar(100) NOT NULL DEFAULT '',
  `type` char(1) NOT NULL DEFAULT '',
  `filename` varchar(100) DEFAULT NULL,
  `note` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`upload_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


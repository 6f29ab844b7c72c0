-- FreenetIS (information system for community and small ISPs: members, users, contacts, devices, interfaces,
-- links, VLANs, subnets and IP addresses, fees and tariffs, double-entry accounts, transfers, bank statements,
-- invoices, phone (mobile operator) invoices, VoIP SIP accounts, SMS and e-mail queues, redirection messages,
-- connection requests, work reports and requests with approvals, comments, login and action logs, traffic).
-- Upstream: github.com/freenetis/freenetis, commit 8bfb18b83b9028f6d1e12074d3e81aeaeed18d6a (GPL-3.0).
-- Made by replaying the SQL of db_upgrades/upgrade_1.0.0~rc1.php, upgrade_1.0.0~rc9.php (with the traffic tables
-- its after-hook creates from application/models/members_traffic.php), upgrade_1.0.0.php, upgrade_1.1.0.php (and
-- its after-hook's ALTER TABLE members DROP qos_ceil, qos_rate), upgrade_1.1.22.php and upgrade_1.1.23.php, in the
-- order application/libraries/Version.php applies them on a fresh installation, plus the `logs` table of
-- application/models/log.php, into MariaDB 10.11, then dumped with mysqldump --no-data.
-- Changes: the GPS columns (`point`, `linestring`, `polygon`) are written as TEXT (the exam's SQLite loader does not
-- parse spatial types); partitioning of the traffic and log tables and AUTO_INCREMENT counters left out; foreign
-- keys to tables left out dropped. Tables left out: translations, the phpGACL tables acl, aco, aco_map,
-- aro_groups_map, axo, axo_map, axo_sections, and device_active_links_map, clouds_subnets.
-- members.user_id and users.member_id refer to each other, hence FOREIGN_KEY_CHECKS=0 while loading.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `account_attributes` (
  `id` int(11) NOT NULL DEFAULT 0,
  `name` varchar(230) DEFAULT NULL,
  `type` tinyint(4) DEFAULT NULL COMMENT 'aktivní, pasivní, daňový, nedaňový',
  `kind` tinyint(4) DEFAULT NULL COMMENT 'rozvahový, výsledovkový, závěrkový, podrozvahový',
  `activity` tinyint(4) DEFAULT NULL COMMENT 'hlavní/hospodářská činnost',
  `track_balance` tinyint(4) DEFAULT NULL COMMENT 'true, false',
  `line` tinyint(4) DEFAULT NULL COMMENT 'řádek plné výsledovky',
  `line_short` tinyint(4) DEFAULT NULL COMMENT 'řádek zkrácené výsledovky',
  `line_credits` tinyint(4) DEFAULT NULL COMMENT 'řádek pasiv',
  `line_credits_short` tinyint(4) DEFAULT NULL COMMENT 'řádek zkrácených pasiv ',
  `comment` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `accounts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) DEFAULT NULL,
  `name` varchar(100) DEFAULT NULL,
  `account_attribute_id` int(11) NOT NULL,
  `balance` double DEFAULT 0 COMMENT 'Account balance, value is updated with respect to transfers of account',
  `comment` varchar(254) DEFAULT NULL,
  `comments_thread_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `is_owned_by` (`member_id`),
  KEY `comments_thread_id` (`comments_thread_id`),
  KEY `account_attribute_id` (`account_attribute_id`),
  KEY `balance` (`balance`),
  CONSTRAINT `accounts_ibfk_1` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE SET NULL,
  CONSTRAINT `accounts_ibfk_2` FOREIGN KEY (`account_attribute_id`) REFERENCES `account_attributes` (`id`),
  CONSTRAINT `accounts_ibfk_3` FOREIGN KEY (`comments_thread_id`) REFERENCES `comments_threads` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `accounts_bank_accounts` (
  `account_id` int(11) NOT NULL,
  `bank_account_id` int(11) NOT NULL,
  PRIMARY KEY (`account_id`,`bank_account_id`),
  KEY `bank_account_id` (`bank_account_id`),
  CONSTRAINT `accounts_bank_accounts_ibfk_1` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `accounts_bank_accounts_ibfk_2` FOREIGN KEY (`bank_account_id`) REFERENCES `bank_accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `address_points` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `country_id` smallint(6) NOT NULL,
  `town_id` int(11) NOT NULL,
  `street_id` int(11) DEFAULT NULL,
  `street_number` varchar(50) DEFAULT NULL,
  `gps` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `street_id` (`street_id`),
  KEY `town_id` (`town_id`),
  KEY `country_id` (`country_id`),
  CONSTRAINT `address_points_ibfk_1` FOREIGN KEY (`street_id`) REFERENCES `streets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `address_points_ibfk_2` FOREIGN KEY (`town_id`) REFERENCES `towns` (`id`) ON DELETE CASCADE,
  CONSTRAINT `address_points_ibfk_3` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `allowed_subnets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) NOT NULL,
  `subnet_id` int(11) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `last_update` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `member_id` (`member_id`),
  KEY `subnet_id` (`subnet_id`),
  CONSTRAINT `allowed_subnets_ibfk_1` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE CASCADE,
  CONSTRAINT `allowed_subnets_ibfk_2` FOREIGN KEY (`subnet_id`) REFERENCES `subnets` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `allowed_subnets_counts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) NOT NULL,
  `count` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `member_id` (`member_id`),
  CONSTRAINT `allowed_subnets_counts_ibfk_1` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `approval_template_items` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `approval_template_id` int(11) DEFAULT NULL,
  `approval_type_id` int(11) NOT NULL,
  `priority` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `approval_template_id` (`approval_template_id`),
  KEY `approval_type_id` (`approval_type_id`),
  CONSTRAINT `approval_template_items_ibfk_1` FOREIGN KEY (`approval_template_id`) REFERENCES `approval_templates` (`id`) ON DELETE SET NULL,
  CONSTRAINT `approval_template_items_ibfk_2` FOREIGN KEY (`approval_type_id`) REFERENCES `approval_types` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `approval_templates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `comment` mediumtext NOT NULL,
  `state` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `approval_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `comment` mediumtext NOT NULL,
  `type` int(11) NOT NULL,
  `majority_percent` int(11) NOT NULL,
  `aro_group_id` int(11) NOT NULL,
  `interval` datetime NOT NULL,
  `default_vote` tinyint(1) DEFAULT NULL,
  `min_suggest_amount` int(11) NOT NULL,
  `one_vote` tinyint(4) NOT NULL DEFAULT 0 COMMENT 'Only one vote (approve/reject) required to end voting.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `aro_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parent_id` int(11) NOT NULL DEFAULT 0,
  `lft` int(11) NOT NULL DEFAULT 0,
  `rgt` int(11) NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  PRIMARY KEY (`id`,`value`),
  UNIQUE KEY `value_aro_groups` (`value`),
  KEY `parent_id_aro_groups` (`parent_id`),
  KEY `lft_rgt_aro_groups` (`lft`,`rgt`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `bank_accounts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(254) NOT NULL,
  `member_id` int(11) DEFAULT NULL,
  `account_nr` varchar(254) DEFAULT NULL,
  `bank_nr` varchar(20) DEFAULT NULL,
  `type` int(11) NOT NULL DEFAULT 0,
  `settings` text DEFAULT NULL COMMENT 'JSON',
  `IBAN` varchar(254) DEFAULT NULL,
  `SWIFT` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `member_id` (`member_id`),
  CONSTRAINT `bank_accounts_ibfk_1` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `bank_accounts_automatical_downloads` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `bank_account_id` int(11) NOT NULL,
  `type` smallint(6) NOT NULL,
  `attribute` varchar(255) DEFAULT NULL,
  `email_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `sms_enabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `bank_account_id_fk` (`bank_account_id`),
  CONSTRAINT `bank_account_id_fk` FOREIGN KEY (`bank_account_id`) REFERENCES `bank_accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `bank_statements` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `bank_account_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `statement_number` int(11) DEFAULT NULL,
  `type` varchar(40) DEFAULT NULL,
  `from` datetime DEFAULT NULL,
  `to` datetime DEFAULT NULL,
  `opening_balance` double DEFAULT NULL,
  `closing_balance` double DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bank_account_id` (`bank_account_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `bank_statements_ibfk_1` FOREIGN KEY (`bank_account_id`) REFERENCES `bank_accounts` (`id`),
  CONSTRAINT `bank_statements_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `bank_transfers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `origin_id` int(11) DEFAULT NULL COMMENT 'id of the origin bank account in bank_accounts table',
  `destination_id` int(11) DEFAULT NULL COMMENT 'id of the destination bank account in bank_accounts table',
  `transfer_id` int(11) DEFAULT NULL,
  `bank_statement_id` int(11) DEFAULT NULL,
  `transaction_code` bigint(20) DEFAULT NULL,
  `number` int(11) DEFAULT NULL COMMENT 'Line number or number of the bank listing item',
  `variable_symbol` bigint(20) DEFAULT NULL,
  `constant_symbol` bigint(20) DEFAULT NULL,
  `specific_symbol` bigint(20) DEFAULT NULL,
  `comment` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `origin_id` (`origin_id`),
  KEY `destination_id` (`destination_id`),
  KEY `transfer_id` (`transfer_id`),
  KEY `number` (`number`,`variable_symbol`),
  KEY `bank_statement_id` (`bank_statement_id`),
  CONSTRAINT `bank_transfers_ibfk_1` FOREIGN KEY (`origin_id`) REFERENCES `bank_accounts` (`id`) ON DELETE SET NULL,
  CONSTRAINT `bank_transfers_ibfk_2` FOREIGN KEY (`destination_id`) REFERENCES `bank_accounts` (`id`) ON DELETE SET NULL,
  CONSTRAINT `bank_transfers_ibfk_3` FOREIGN KEY (`transfer_id`) REFERENCES `transfers` (`id`) ON DELETE SET NULL,
  CONSTRAINT `bank_transfers_ibfk_4` FOREIGN KEY (`bank_statement_id`) REFERENCES `bank_statements` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `cash` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) NOT NULL,
  `transfer_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `member_id` (`member_id`),
  KEY `transfer_id` (`transfer_id`),
  CONSTRAINT `cash_ibfk_1` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE CASCADE,
  CONSTRAINT `cash_ibfk_2` FOREIGN KEY (`transfer_id`) REFERENCES `transfers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='implements cash deposits and withdrawals ';

CREATE TABLE `clouds` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `clouds_users` (
  `cloud_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`cloud_id`,`user_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `clouds_users_ibfk_1` FOREIGN KEY (`cloud_id`) REFERENCES `clouds` (`id`) ON DELETE CASCADE,
  CONSTRAINT `clouds_users_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='Join table between users and clouds.';

CREATE TABLE `comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `comments_thread_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `text` text NOT NULL,
  `datetime` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `comments_thread_id` (`comments_thread_id`),
  CONSTRAINT `comments_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `comments_ibfk_2` FOREIGN KEY (`comments_thread_id`) REFERENCES `comments_threads` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `comments_threads` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `config` (
  `name` varchar(100) NOT NULL,
  `value` text NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `connection_requests` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) NOT NULL COMMENT 'Owner of the connection',
  `added_user_id` int(11) DEFAULT NULL COMMENT 'Who made request',
  `decided_user_id` int(11) DEFAULT NULL COMMENT 'User who approve/reject this connection request.',
  `state` int(11) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `decided_at` datetime DEFAULT NULL,
  `ip_address` varchar(39) NOT NULL,
  `subnet_id` int(11) NOT NULL,
  `mac_address` varchar(17) NOT NULL,
  `device_id` int(11) DEFAULT NULL COMMENT 'ID of the device that was created from this connection request or null.',
  `device_type_id` int(11) DEFAULT NULL,
  `device_template_id` int(11) DEFAULT NULL,
  `comment` text DEFAULT NULL COMMENT 'Comment of user who made request',
  `comments_thread_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `member_id_fk` (`member_id`),
  KEY `added_user_id_fk` (`added_user_id`),
  KEY `decided_user_id_fk` (`decided_user_id`),
  KEY `subnet_id_fk` (`subnet_id`),
  KEY `device_id_fk` (`device_id`),
  KEY `device_type_id_fk` (`device_type_id`),
  KEY `device_template_id_fk` (`device_template_id`),
  KEY `comments_thread_id_fk` (`comments_thread_id`),
  CONSTRAINT `added_user_id_fk` FOREIGN KEY (`added_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `comments_thread_id_fk` FOREIGN KEY (`comments_thread_id`) REFERENCES `comments_threads` (`id`) ON DELETE SET NULL,
  CONSTRAINT `decided_user_id_fk` FOREIGN KEY (`decided_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `device_id_fk` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE SET NULL,
  CONSTRAINT `device_template_id_fk` FOREIGN KEY (`device_template_id`) REFERENCES `device_templates` (`id`) ON DELETE SET NULL,
  CONSTRAINT `device_type_id_fk` FOREIGN KEY (`device_type_id`) REFERENCES `enum_types` (`id`) ON DELETE SET NULL,
  CONSTRAINT `member_id_fk` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE CASCADE,
  CONSTRAINT `subnet_id_fk` FOREIGN KEY (`subnet_id`) REFERENCES `subnets` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `contacts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` int(11) NOT NULL,
  `value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `type` (`type`),
  KEY `value` (`value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `contacts_countries` (
  `contact_id` int(11) NOT NULL,
  `country_id` smallint(6) NOT NULL,
  PRIMARY KEY (`contact_id`,`country_id`),
  KEY `country_id` (`country_id`),
  CONSTRAINT `contacts_countries_ibfk_1` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `contacts_countries_ibfk_2` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`) ON DELETE CASCADE,
  CONSTRAINT `contacts_countries_ibfk_3` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`) ON DELETE CASCADE,
  CONSTRAINT `contacts_countries_ibfk_4` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='Relation between phone number in contacts to countries.';

CREATE TABLE `countries` (
  `id` smallint(6) NOT NULL AUTO_INCREMENT,
  `country_name` varchar(100) NOT NULL COMMENT 'Country name in english',
  `country_iso` char(3) NOT NULL COMMENT 'ISO 3166-1 alpha-3',
  `country_code` varchar(4) NOT NULL COMMENT 'Telefone prefix of country',
  `enabled` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `device_active_links` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url_pattern` varchar(255) NOT NULL,
  `name` varchar(50) NOT NULL,
  `title` varchar(50) NOT NULL,
  `show_in_user_grid` tinyint(4) NOT NULL,
  `show_in_grid` tinyint(4) NOT NULL,
  `as_form` tinyint(4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `device_admins` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `device_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `device_id` (`device_id`),
  CONSTRAINT `device_admins_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `device_admins_ibfk_2` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `device_engineers` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `device_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `device_id` (`device_id`),
  CONSTRAINT `device_engineers_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `device_engineers_ibfk_2` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `device_templates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `enum_type_id` int(11) NOT NULL,
  `name` varchar(80) NOT NULL,
  `values` text NOT NULL,
  `default` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `device_templates_category_id` (`enum_type_id`),
  CONSTRAINT `device_templates_ibfk_enum_type` FOREIGN KEY (`enum_type_id`) REFERENCES `enum_types` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `devices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `address_point_id` int(11) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `type` int(11) NOT NULL,
  `trade_name` varchar(50) DEFAULT NULL,
  `operating_system` tinyint(4) DEFAULT NULL,
  `PPPoE_logging_in` tinyint(4) DEFAULT NULL,
  `login` varchar(30) DEFAULT NULL,
  `password` varchar(30) DEFAULT NULL,
  `access_time` datetime DEFAULT NULL,
  `price` double DEFAULT NULL,
  `payment_rate` double DEFAULT NULL,
  `buy_date` date DEFAULT NULL,
  `comment` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `address_point_id` (`address_point_id`),
  CONSTRAINT `devices_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `devices_ibfk_2` FOREIGN KEY (`address_point_id`) REFERENCES `address_points` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `email_queues` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `from` varchar(255) NOT NULL,
  `to` varchar(255) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `body` text NOT NULL,
  `state` tinyint(4) NOT NULL,
  `access_time` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `from` (`from`,`to`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `enum_type_names` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `enum_types` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type_id` int(11) NOT NULL,
  `value` varchar(254) DEFAULT NULL,
  `read_only` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `type_id` (`type_id`),
  CONSTRAINT `enum_types_ibfk_1` FOREIGN KEY (`type_id`) REFERENCES `enum_type_names` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `fees` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `readonly` tinyint(1) NOT NULL,
  `fee` double NOT NULL,
  `from` date NOT NULL,
  `to` date NOT NULL,
  `type_id` int(11) NOT NULL,
  `name` varchar(100) DEFAULT NULL COMMENT 'Optional name for fee, useable as tariff name in case of regular member fee',
  `special_type_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `type_id` (`type_id`),
  CONSTRAINT `fees_ibfk_1` FOREIGN KEY (`type_id`) REFERENCES `enum_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `filter_queries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `values` text NOT NULL,
  `default` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `groups_aro_map` (
  `group_id` int(11) NOT NULL DEFAULT 0,
  `aro_id` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`group_id`,`aro_id`),
  KEY `aro_id` (`aro_id`),
  CONSTRAINT `groups_aro_map_ibfk_1` FOREIGN KEY (`aro_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `groups_aro_map_ibfk_2` FOREIGN KEY (`group_id`) REFERENCES `aro_groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `ifaces` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` int(11) NOT NULL,
  `device_id` int(11) NOT NULL,
  `link_id` int(11) DEFAULT NULL,
  `mac` varchar(20) DEFAULT NULL,
  `name` varchar(254) DEFAULT NULL,
  `number` int(11) DEFAULT NULL,
  `wireless_mode` int(11) DEFAULT NULL,
  `wireless_antenna` int(11) DEFAULT NULL,
  `port_mode` int(11) DEFAULT NULL,
  `comment` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `device_iface` (`device_id`),
  KEY `segment_iface` (`link_id`),
  KEY `type` (`type`),
  CONSTRAINT `ifaces_ibfk_1` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ifaces_ibfk_2` FOREIGN KEY (`link_id`) REFERENCES `links` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `ifaces_relationships` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parent_iface_id` int(11) NOT NULL,
  `iface_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `parent_iface_id` (`iface_id`),
  KEY `iface_id` (`iface_id`),
  KEY `parent_iface_id_2` (`parent_iface_id`),
  CONSTRAINT `ifaces_relationships_ibfk_1` FOREIGN KEY (`parent_iface_id`) REFERENCES `ifaces` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ifaces_relationships_ibfk_2` FOREIGN KEY (`iface_id`) REFERENCES `ifaces` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `ifaces_vlans` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `iface_id` int(11) NOT NULL,
  `vlan_id` int(11) NOT NULL,
  `tagged` tinyint(1) DEFAULT NULL,
  `port_vlan` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `iface_id` (`iface_id`),
  KEY `vlan_id` (`vlan_id`),
  CONSTRAINT `ifaces_vlans_ibfk_1` FOREIGN KEY (`iface_id`) REFERENCES `ifaces` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ifaces_vlans_ibfk_2` FOREIGN KEY (`vlan_id`) REFERENCES `vlans` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `invoice_items` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `invoice_id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `code` varchar(100) NOT NULL,
  `quantity` double NOT NULL,
  `author_fee` double NOT NULL,
  `contractual_increase` double NOT NULL,
  `service` tinyint(1) NOT NULL,
  `price` double NOT NULL,
  `vat` double NOT NULL,
  PRIMARY KEY (`id`),
  KEY `invoice_id` (`invoice_id`),
  CONSTRAINT `invoice_items_ibfk_1` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `invoice_templates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `invoices` varchar(255) DEFAULT NULL,
  `sup_company` text DEFAULT NULL,
  `sup_name` text DEFAULT NULL,
  `sup_street` varchar(255) DEFAULT NULL,
  `sup_street_number` varchar(255) DEFAULT NULL,
  `sup_town` varchar(255) DEFAULT NULL,
  `sup_zip_code` varchar(255) DEFAULT NULL,
  `sup_country` varchar(255) DEFAULT NULL,
  `sup_organization_identifier` varchar(255) DEFAULT NULL,
  `sup_vat_organization_identifier` varchar(255) DEFAULT NULL,
  `sup_phone_number` varchar(255) DEFAULT NULL,
  `sup_email` varchar(255) DEFAULT NULL,
  `cus_company` text DEFAULT NULL,
  `cus_name` text DEFAULT NULL,
  `cus_street` varchar(255) DEFAULT NULL,
  `cus_street_number` varchar(255) DEFAULT NULL,
  `cus_town` varchar(255) DEFAULT NULL,
  `cus_zip_code` varchar(255) DEFAULT NULL,
  `cus_country` varchar(255) DEFAULT NULL,
  `cus_organization_identifier` varchar(255) DEFAULT NULL,
  `cus_phone_number` varchar(255) DEFAULT NULL,
  `cus_email` varchar(255) DEFAULT NULL,
  `org_id` varchar(255) DEFAULT NULL,
  `invoice_nr` varchar(255) DEFAULT NULL,
  `invoice_type` varchar(255) DEFAULT NULL,
  `invoice_type_issued` varchar(255) DEFAULT NULL,
  `account_nr` text DEFAULT NULL,
  `var_sym` varchar(255) DEFAULT NULL,
  `con_sym` varchar(255) DEFAULT NULL,
  `date_inv` varchar(255) DEFAULT NULL,
  `date_due` varchar(255) DEFAULT NULL,
  `date_vat` varchar(255) DEFAULT NULL,
  `vat` varchar(255) DEFAULT NULL,
  `order_nr` varchar(255) DEFAULT NULL,
  `price` text DEFAULT NULL,
  `price_vat` text DEFAULT NULL,
  `currency` varchar(255) DEFAULT NULL,
  `note` varchar(255) DEFAULT NULL,
  `items` varchar(255) DEFAULT NULL,
  `item_name` varchar(255) DEFAULT NULL,
  `item_code` varchar(255) DEFAULT NULL,
  `item_quantity` varchar(255) DEFAULT NULL,
  `item_price` varchar(255) DEFAULT NULL,
  `item_vat` varchar(255) DEFAULT NULL,
  `charset` varchar(100) DEFAULT NULL,
  `namespace` text DEFAULT NULL,
  `vat_variables` text DEFAULT NULL,
  `type` tinyint(1) NOT NULL,
  `begin_tag` varchar(100) DEFAULT NULL,
  `end_tag` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `invoices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) DEFAULT NULL,
  `partner_company` varchar(100) DEFAULT NULL,
  `partner_name` varchar(100) DEFAULT NULL,
  `partner_street` varchar(30) DEFAULT NULL,
  `partner_street_number` varchar(50) DEFAULT NULL,
  `partner_town` varchar(50) DEFAULT NULL,
  `partner_zip_code` varchar(10) DEFAULT NULL,
  `partner_country` varchar(100) DEFAULT NULL,
  `organization_identifier` varchar(20) DEFAULT NULL,
  `vat_organization_identifier` varchar(30) DEFAULT NULL,
  `phone_number` varchar(15) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `invoice_nr` double NOT NULL,
  `invoice_type` tinyint(1) NOT NULL,
  `account_nr` varchar(254) DEFAULT NULL,
  `var_sym` double NOT NULL,
  `con_sym` double DEFAULT NULL,
  `date_inv` date NOT NULL,
  `date_due` date NOT NULL,
  `date_vat` date NOT NULL,
  `vat` tinyint(1) NOT NULL,
  `order_nr` double DEFAULT NULL,
  `currency` varchar(3) NOT NULL,
  `note` varchar(240) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `member_id` (`member_id`),
  CONSTRAINT `invoices_ibfk_1` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `ip_addresses` (
  `iface_id` int(11) DEFAULT NULL,
  `subnet_id` int(11) DEFAULT NULL,
  `member_id` int(11) DEFAULT NULL,
  `ip_address` varchar(15) DEFAULT NULL,
  `dhcp` tinyint(4) DEFAULT NULL,
  `gateway` tinyint(4) DEFAULT NULL,
  `service` tinyint(4) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  KEY `member_id` (`member_id`),
  KEY `ip_addresses_key_iface_id` (`iface_id`),
  KEY `ip_addresses_key_subnet_id` (`subnet_id`),
  KEY `ip_address` (`ip_address`),
  CONSTRAINT `ip_addresses_ibfk_1` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE SET NULL,
  CONSTRAINT `ip_addresses_ibfk_5` FOREIGN KEY (`iface_id`) REFERENCES `ifaces` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ip_addresses_ibfk_6` FOREIGN KEY (`subnet_id`) REFERENCES `subnets` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `ip_addresses_traffics` (
  `ip_address` varchar(15) NOT NULL,
  `upload` int(11) unsigned NOT NULL,
  `download` int(11) unsigned NOT NULL,
  `local_upload` int(11) NOT NULL,
  `local_download` int(11) NOT NULL,
  `member_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`ip_address`),
  KEY `member_id` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `job_reports` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `added_by_id` int(11) DEFAULT NULL,
  `transfer_id` int(11) DEFAULT NULL,
  `approval_template_id` int(11) NOT NULL,
  `description` text NOT NULL,
  `type` char(7) DEFAULT NULL COMMENT 'If null then type is gouped report, else type is monthly report and should contains date string in form ''YYYY-mm''',
  `price_per_hour` double NOT NULL COMMENT 'Price per hour for each work in report.',
  `price_per_km` double NOT NULL COMMENT 'Price per kilometre for each work in report.',
  `concept` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Concept is displayed only to owner',
  `payment_type` tinyint(4) NOT NULL DEFAULT 0 COMMENT 'Specified payment, 0 is credit payment, 1 is cash payment, see model for more details',
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `approval_template_id` (`approval_template_id`),
  KEY `transfer_id` (`transfer_id`),
  KEY `added_by_id` (`added_by_id`),
  CONSTRAINT `job_reports_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `job_reports_ibfk_2` FOREIGN KEY (`approval_template_id`) REFERENCES `approval_templates` (`id`),
  CONSTRAINT `job_reports_ibfk_4` FOREIGN KEY (`added_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `job_reports_ibfk_5` FOREIGN KEY (`transfer_id`) REFERENCES `transfers` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `jobs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `job_report_id` int(11) DEFAULT NULL COMMENT 'belongs to job report',
  `user_id` int(11) NOT NULL,
  `previous_rejected_work_id` int(11) DEFAULT NULL,
  `added_by_id` int(11) DEFAULT NULL,
  `approval_template_id` int(11) DEFAULT NULL,
  `description` mediumtext DEFAULT NULL,
  `suggest_amount` int(11) NOT NULL COMMENT 'suggest amount by user',
  `date` date NOT NULL,
  `create_date` datetime NOT NULL COMMENT 'date of creation of work in IS',
  `hours` float DEFAULT NULL,
  `km` int(11) NOT NULL,
  `state` tinyint(1) NOT NULL,
  `transfer_id` int(11) DEFAULT NULL,
  `comments_thread_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `commited_by` (`user_id`),
  KEY `transfer_salary` (`transfer_id`),
  KEY `comments_thread_id` (`comments_thread_id`),
  KEY `job_report_id` (`job_report_id`),
  KEY `added_by_id` (`added_by_id`),
  KEY `approval_template_id` (`approval_template_id`),
  KEY `previous_rejected_work_id` (`previous_rejected_work_id`),
  CONSTRAINT `jobs_ibfk_1` FOREIGN KEY (`job_report_id`) REFERENCES `job_reports` (`id`) ON DELETE CASCADE,
  CONSTRAINT `jobs_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `jobs_ibfk_3` FOREIGN KEY (`added_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `jobs_ibfk_4` FOREIGN KEY (`approval_template_id`) REFERENCES `approval_templates` (`id`) ON DELETE SET NULL,
  CONSTRAINT `jobs_ibfk_5` FOREIGN KEY (`transfer_id`) REFERENCES `transfers` (`id`) ON DELETE SET NULL,
  CONSTRAINT `jobs_ibfk_6` FOREIGN KEY (`comments_thread_id`) REFERENCES `comments_threads` (`id`) ON DELETE SET NULL,
  CONSTRAINT `jobs_ibfk_7` FOREIGN KEY (`previous_rejected_work_id`) REFERENCES `jobs` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `links` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) DEFAULT NULL,
  `medium` int(11) NOT NULL,
  `bitrate` bigint(20) DEFAULT NULL,
  `duplex` tinyint(4) DEFAULT NULL,
  `wireless_ssid` varchar(255) DEFAULT NULL,
  `wireless_norm` int(11) DEFAULT NULL,
  `wireless_frequency` int(11) DEFAULT NULL,
  `wireless_channel` int(11) DEFAULT NULL,
  `wireless_channel_width` int(11) DEFAULT NULL,
  `wireless_polarization` int(11) DEFAULT NULL,
  `comment` varchar(254) DEFAULT NULL,
  `gps` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `local_subnets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `network_address` varchar(15) DEFAULT NULL,
  `netmask` varchar(15) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `network_address_2` (`network_address`),
  KEY `network_address` (`network_address`),
  KEY `netmask` (`netmask`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `log_queues` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` smallint(6) NOT NULL,
  `state` smallint(6) NOT NULL,
  `created_at` datetime NOT NULL,
  `closed_by_user_id` int(11) DEFAULT NULL,
  `closed_at` datetime DEFAULT NULL,
  `description` text NOT NULL,
  `exception_backtrace` text DEFAULT NULL,
  `comments_thread_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `closed_by_user_id_fk` (`closed_by_user_id`),
  KEY `log_queues_comments_thread_id_fk` (`comments_thread_id`),
  CONSTRAINT `closed_by_user_id_fk` FOREIGN KEY (`closed_by_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `log_queues_comments_thread_id_fk` FOREIGN KEY (`comments_thread_id`) REFERENCES `comments_threads` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `login_logs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `time` datetime NOT NULL,
  `IP_address` varchar(15) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `time` (`time`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `login_logs_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci ROW_FORMAT=COMPACT;

CREATE TABLE `logs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `table_name` varchar(255) NOT NULL,
  `values` text DEFAULT NULL,
  `time` datetime NOT NULL,
  `action` tinyint(2) NOT NULL DEFAULT 1,
  `object_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `mail_messages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `from_id` int(11) NOT NULL,
  `to_id` int(11) NOT NULL,
  `subject` varchar(150) NOT NULL,
  `body` text NOT NULL,
  `time` datetime NOT NULL,
  `readed` tinyint(1) NOT NULL DEFAULT 0,
  `from_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `to_deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `from_id` (`from_id`),
  KEY `to_id` (`to_id`),
  CONSTRAINT `mail_messages_ibfk_1` FOREIGN KEY (`from_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mail_messages_ibfk_2` FOREIGN KEY (`to_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `members` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL COMMENT 'id of user who added member',
  `registration` tinyint(1) NOT NULL,
  `name` varchar(100) NOT NULL,
  `address_point_id` int(11) NOT NULL,
  `type` tinyint(4) DEFAULT NULL,
  `external_type` tinyint(4) DEFAULT NULL,
  `organization_identifier` varchar(20) DEFAULT NULL,
  `vat_organization_identifier` varchar(30) DEFAULT NULL,
  `speed_class_id` int(11) DEFAULT NULL,
  `entrance_fee` double DEFAULT NULL,
  `debt_payment_rate` double DEFAULT NULL,
  `entrance_fee_left` double DEFAULT NULL,
  `entrance_fee_date` date DEFAULT NULL,
  `entrance_date` date DEFAULT NULL,
  `entrance_form_received` date DEFAULT NULL,
  `entrance_form_accepted` date DEFAULT NULL,
  `leaving_date` date NOT NULL,
  `applicant_registration_datetime` datetime DEFAULT NULL COMMENT 'Used only for members who were registered by registration form by them self.',
  `applicant_connected_from` date DEFAULT NULL,
  `locked` tinyint(4) NOT NULL DEFAULT 0,
  `voip_billing_limit` int(11) NOT NULL DEFAULT 0,
  `voip_billing_type` varchar(10) NOT NULL DEFAULT 'prepaid',
  `comment` varchar(250) DEFAULT NULL,
  `notification_by_redirection` tinyint(4) NOT NULL DEFAULT 1,
  `notification_by_email` tinyint(4) NOT NULL DEFAULT 1,
  `notification_by_sms` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `address_point_id` (`address_point_id`),
  KEY `user_id` (`user_id`),
  KEY `speed_class_id_fk` (`speed_class_id`),
  CONSTRAINT `members_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `members_ibfk_2` FOREIGN KEY (`address_point_id`) REFERENCES `address_points` (`id`),
  CONSTRAINT `speed_class_id_fk` FOREIGN KEY (`speed_class_id`) REFERENCES `speed_classes` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `members_domiciles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) NOT NULL,
  `address_point_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `member_id` (`member_id`,`address_point_id`),
  KEY `address_point_id` (`address_point_id`),
  CONSTRAINT `members_domiciles_ibfk_1` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE CASCADE,
  CONSTRAINT `members_domiciles_ibfk_2` FOREIGN KEY (`address_point_id`) REFERENCES `address_points` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `members_fees` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `fee_id` int(11) NOT NULL,
  `member_id` int(11) NOT NULL,
  `activation_date` date NOT NULL DEFAULT '0000-00-00',
  `deactivation_date` date DEFAULT NULL,
  `priority` int(11) NOT NULL DEFAULT 1,
  `comment` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `member_id` (`member_id`),
  KEY `fee_id` (`fee_id`),
  KEY `activation_date` (`activation_date`,`deactivation_date`),
  CONSTRAINT `members_fees_ibfk_1` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE CASCADE,
  CONSTRAINT `members_fees_ibfk_2` FOREIGN KEY (`fee_id`) REFERENCES `fees` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci COMMENT='Junction table between fees and members, used primarily for different tariffs';

CREATE TABLE `members_traffics_daily` (
  `member_id` int(11) NOT NULL,
  `upload` bigint(20) unsigned NOT NULL,
  `download` bigint(20) unsigned NOT NULL,
  `local_upload` bigint(20) unsigned NOT NULL,
  `local_download` bigint(20) unsigned NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `date` date NOT NULL,
  PRIMARY KEY (`member_id`,`date`),
  KEY `member_id` (`member_id`),
  KEY `date` (`date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `members_traffics_monthly` (
  `member_id` int(11) NOT NULL,
  `upload` bigint(20) unsigned NOT NULL,
  `download` bigint(20) unsigned NOT NULL,
  `local_upload` bigint(20) unsigned NOT NULL,
  `local_download` bigint(20) unsigned NOT NULL,
  `date` date NOT NULL,
  PRIMARY KEY (`member_id`,`date`),
  KEY `member_id` (`member_id`),
  KEY `date` (`date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `members_traffics_yearly` (
  `member_id` int(11) NOT NULL,
  `upload` bigint(20) unsigned NOT NULL,
  `download` bigint(20) unsigned NOT NULL,
  `local_upload` bigint(20) unsigned NOT NULL,
  `local_download` bigint(20) unsigned NOT NULL,
  `date` date NOT NULL,
  PRIMARY KEY (`member_id`,`date`),
  KEY `member_id` (`member_id`),
  KEY `date` (`date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `members_whitelists` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) NOT NULL,
  `permanent` tinyint(1) NOT NULL,
  `since` date NOT NULL,
  `until` date NOT NULL,
  `comment` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `since_index` (`since`),
  KEY `until` (`until`),
  KEY `members_whitelists_member_id_fk` (`member_id`),
  CONSTRAINT `members_whitelists_member_id_fk` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='Redirection member white list.';

CREATE TABLE `membership_interrupts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `member_id` int(11) NOT NULL,
  `members_fee_id` int(11) DEFAULT NULL,
  `comment` varchar(255) DEFAULT NULL,
  `end_after_interrupt_end` smallint(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `member_id` (`member_id`),
  KEY `members_fee_id` (`members_fee_id`),
  CONSTRAINT `membership_interrupts_ibfk_1` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE CASCADE,
  CONSTRAINT `membership_interrupts_ibfk_2` FOREIGN KEY (`members_fee_id`) REFERENCES `members_fees` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `membership_transfers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `from_member_id` int(11) NOT NULL,
  `to_member_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `from_member_id` (`from_member_id`),
  KEY `to_member_id` (`to_member_id`),
  CONSTRAINT `from_member_id_fk` FOREIGN KEY (`from_member_id`) REFERENCES `members` (`id`) ON DELETE CASCADE,
  CONSTRAINT `to_member_id_fk` FOREIGN KEY (`to_member_id`) REFERENCES `members` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `messages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL COMMENT 'Name of the redirection message',
  `text` text DEFAULT NULL COMMENT 'Content of message, can contain HTML code.',
  `email_text` text DEFAULT NULL,
  `sms_text` varchar(760) DEFAULT NULL,
  `type` tinyint(4) DEFAULT NULL COMMENT 'Types of messages are saved in Mesage_Model.',
  `self_cancel` tinyint(4) DEFAULT NULL COMMENT 'Possibility of self-canceling of redirection message.',
  `ignore_whitelist` tinyint(4) DEFAULT 0 COMMENT 'If set, than IP address in whitelist are also redirected.',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='messages used for redirection';

CREATE TABLE `messages_automatical_activations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_id` int(11) NOT NULL,
  `type` smallint(6) NOT NULL,
  `attribute` varchar(255) DEFAULT NULL,
  `redirection_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `email_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `sms_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `send_activation_to_email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `message_id_fk` (`message_id`),
  CONSTRAINT `message_id_fk` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `messages_ip_addresses` (
  `message_id` int(11) NOT NULL COMMENT 'redirection message',
  `ip_address_id` int(11) NOT NULL COMMENT 'redirected ip address',
  `user_id` int(11) DEFAULT NULL COMMENT 'user id of admin who redirects',
  `comment` text DEFAULT NULL COMMENT 'personal comment from admin for redirected user',
  `datetime` datetime NOT NULL COMMENT 'Date and time of setting redirection',
  PRIMARY KEY (`message_id`,`ip_address_id`),
  KEY `user_id` (`user_id`),
  KEY `ip_address_id` (`ip_address_id`),
  CONSTRAINT `messages_ip_addresses_ibfk_1` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `messages_ip_addresses_ibfk_2` FOREIGN KEY (`ip_address_id`) REFERENCES `ip_addresses` (`id`) ON DELETE CASCADE,
  CONSTRAINT `messages_ip_addresses_ibfk_3` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `messages_ip_addresses_ibfk_4` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `messages_ip_addresses_ibfk_5` FOREIGN KEY (`ip_address_id`) REFERENCES `ip_addresses` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='junction table between redirected ip address and message of redirection';

CREATE TABLE `monitor_hosts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `device_id` int(11) NOT NULL,
  `state` tinyint(1) NOT NULL,
  `state_changed` tinyint(1) NOT NULL,
  `state_changed_date` datetime NOT NULL,
  `last_attempt_date` datetime NOT NULL,
  `last_notification_date` datetime DEFAULT NULL,
  `latency_current` float DEFAULT NULL,
  `latency_min` float DEFAULT NULL,
  `latency_max` float DEFAULT NULL,
  `latency_avg` float DEFAULT NULL,
  `polls_total` bigint(11) NOT NULL,
  `polls_failed` bigint(11) NOT NULL,
  `availability` float NOT NULL,
  `priority` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `device_id` (`device_id`),
  CONSTRAINT `monitor_hosts_ibfk_1` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `phone_calls` (
  `phone_invoice_user_id` int(11) NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `datetime` datetime NOT NULL COMMENT 'Call started at',
  `price` float NOT NULL,
  `length` time NOT NULL,
  `number` varchar(15) NOT NULL COMMENT 'Called',
  `period` varchar(100) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `private` tinyint(1) DEFAULT 1 COMMENT 'Was call private?',
  PRIMARY KEY (`id`),
  KEY `phone_invoice_users_id` (`phone_invoice_user_id`),
  KEY `datetime` (`datetime`),
  KEY `number` (`number`),
  CONSTRAINT `phone_calls_ibfk_1` FOREIGN KEY (`phone_invoice_user_id`) REFERENCES `phone_invoice_users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `phone_calls_ibfk_2` FOREIGN KEY (`phone_invoice_user_id`) REFERENCES `phone_invoice_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='Table of call service of phone invoice';

CREATE TABLE `phone_connections` (
  `phone_invoice_user_id` int(11) NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `datetime` datetime NOT NULL COMMENT 'Connection started at',
  `price` float NOT NULL,
  `transfered` int(11) NOT NULL COMMENT 'In kB',
  `period` varchar(100) DEFAULT NULL,
  `apn` varchar(100) DEFAULT NULL,
  `private` tinyint(1) DEFAULT 1 COMMENT 'Was it private?',
  PRIMARY KEY (`id`),
  KEY `phone_invoice_users_id` (`phone_invoice_user_id`),
  KEY `datetime` (`datetime`),
  CONSTRAINT `phone_connections_ibfk_1` FOREIGN KEY (`phone_invoice_user_id`) REFERENCES `phone_invoice_users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `phone_connections_ibfk_2` FOREIGN KEY (`phone_invoice_user_id`) REFERENCES `phone_invoice_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='Table of data service(internet connection) of phone invoice';

CREATE TABLE `phone_fixed_calls` (
  `phone_invoice_user_id` int(11) NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `datetime` datetime NOT NULL COMMENT 'Call started at',
  `price` float NOT NULL,
  `length` time NOT NULL,
  `number` varchar(15) NOT NULL COMMENT 'Called',
  `period` varchar(100) DEFAULT NULL,
  `destiny` varchar(200) DEFAULT NULL,
  `private` tinyint(1) DEFAULT 1 COMMENT 'Was fised call private?',
  PRIMARY KEY (`id`),
  KEY `phone_invoice_users_id` (`phone_invoice_user_id`),
  KEY `datetime` (`datetime`),
  KEY `number` (`number`),
  CONSTRAINT `phone_fixed_calls_ibfk_1` FOREIGN KEY (`phone_invoice_user_id`) REFERENCES `phone_invoice_users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `phone_fixed_calls_ibfk_2` FOREIGN KEY (`phone_invoice_user_id`) REFERENCES `phone_invoice_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='Table of fixed call service of phone invoice';

CREATE TABLE `phone_invoice_users` (
  `user_id` int(11) DEFAULT NULL COMMENT 'ID of user or NULL if user was not assigned yet',
  `phone_invoice_id` int(11) NOT NULL,
  `transfer_id` int(11) DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `phone_number` varchar(15) NOT NULL COMMENT 'Phone nuber with prefix with leading plus',
  `locked` tinyint(1) unsigned NOT NULL COMMENT 'User locked his invoice as filled in.',
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`,`phone_invoice_id`),
  KEY `phone_invoice_id` (`phone_invoice_id`),
  KEY `phone_number` (`phone_number`),
  KEY `transfer_id` (`transfer_id`),
  CONSTRAINT `phone_invoice_users_ibfk_1` FOREIGN KEY (`phone_invoice_id`) REFERENCES `phone_invoices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `phone_invoice_users_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `phone_invoice_users_ibfk_3` FOREIGN KEY (`phone_invoice_id`) REFERENCES `phone_invoices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `phone_invoice_users_ibfk_4` FOREIGN KEY (`transfer_id`) REFERENCES `transfers` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='Table of user invoices for phone';

CREATE TABLE `phone_invoices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_of_issuance` date NOT NULL,
  `billing_period_from` date NOT NULL,
  `billing_period_to` date NOT NULL,
  `variable_symbol` bigint(11) NOT NULL,
  `specific_symbol` bigint(11) NOT NULL,
  `total_price` float NOT NULL COMMENT 'Price without taxes',
  `tax` float NOT NULL COMMENT 'DPH',
  `tax_rate` smallint(6) NOT NULL COMMENT 'DPH in percents',
  `locked` tinyint(1) DEFAULT 0 COMMENT 'Indicate if invoice is locked for editing from users (not admin)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='Table of phone invoices';

CREATE TABLE `phone_operator_prefixes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `phone_operator_id` int(11) NOT NULL,
  `prefix` varchar(4) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `prefix` (`prefix`),
  KEY `phone_operator_id` (`phone_operator_id`),
  CONSTRAINT `phone_operator_prefixes_ibfk_1` FOREIGN KEY (`phone_operator_id`) REFERENCES `phone_operators` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `phone_operators` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `country_id` smallint(6) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `phone_number_length` smallint(2) DEFAULT 6,
  `sms_enabled` tinyint(1) DEFAULT 0 COMMENT 'Allows SMS sendind for this operator?',
  PRIMARY KEY (`id`),
  KEY `country_id` (`country_id`),
  CONSTRAINT `phone_operators_ibfk_1` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `phone_pays` (
  `phone_invoice_user_id` int(11) NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `datetime` datetime NOT NULL COMMENT 'Payed at',
  `price` float NOT NULL,
  `number` varchar(15) NOT NULL COMMENT 'Pay to',
  `description` varchar(200) DEFAULT NULL,
  `private` tinyint(4) DEFAULT 1 COMMENT 'Was pay private?',
  PRIMARY KEY (`id`),
  KEY `phone_invoice_users_id` (`phone_invoice_user_id`),
  KEY `datetime` (`datetime`),
  KEY `number` (`number`),
  CONSTRAINT `phone_pays_ibfk_1` FOREIGN KEY (`phone_invoice_user_id`) REFERENCES `phone_invoice_users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `phone_pays_ibfk_2` FOREIGN KEY (`phone_invoice_user_id`) REFERENCES `phone_invoice_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='Table of pays of phone invoice';

CREATE TABLE `phone_roaming_sms_messages` (
  `phone_invoice_user_id` int(11) NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `datetime` datetime NOT NULL COMMENT 'Message send at',
  `price` float NOT NULL,
  `roaming_zone` varchar(200) DEFAULT NULL,
  `private` tinyint(4) DEFAULT 1 COMMENT 'Was message private?',
  PRIMARY KEY (`id`),
  KEY `phone_invoice_users_id` (`phone_invoice_user_id`),
  KEY `datetime` (`datetime`),
  CONSTRAINT `phone_roaming_sms_messages_ibfk_1` FOREIGN KEY (`phone_invoice_user_id`) REFERENCES `phone_invoice_users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `phone_roaming_sms_messages_ibfk_2` FOREIGN KEY (`phone_invoice_user_id`) REFERENCES `phone_invoice_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='Table of sms messages service of phone invoice';

CREATE TABLE `phone_sms_messages` (
  `phone_invoice_user_id` int(11) NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `datetime` datetime NOT NULL COMMENT 'Message send at',
  `price` float NOT NULL,
  `number` varchar(15) NOT NULL COMMENT 'Send to',
  `period` varchar(100) DEFAULT NULL,
  `description` varchar(200) DEFAULT NULL,
  `private` tinyint(4) DEFAULT 1 COMMENT 'Was message private?',
  PRIMARY KEY (`id`),
  KEY `phone_invoice_users_id` (`phone_invoice_user_id`),
  KEY `datetime` (`datetime`),
  KEY `number` (`number`),
  CONSTRAINT `phone_sms_messages_ibfk_1` FOREIGN KEY (`phone_invoice_user_id`) REFERENCES `phone_invoice_users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `phone_sms_messages_ibfk_2` FOREIGN KEY (`phone_invoice_user_id`) REFERENCES `phone_invoice_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='Table of sms messages service of phone invoice';

CREATE TABLE `phone_vpn_calls` (
  `phone_invoice_user_id` int(11) NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `datetime` datetime NOT NULL COMMENT 'Call started at',
  `price` float NOT NULL,
  `length` time NOT NULL,
  `number` varchar(15) NOT NULL COMMENT 'Called to',
  `period` varchar(100) DEFAULT NULL,
  `group` varchar(200) DEFAULT NULL,
  `private` tinyint(1) DEFAULT 1 COMMENT 'Was call private?',
  PRIMARY KEY (`id`),
  KEY `phone_invoice_users_id` (`phone_invoice_user_id`),
  KEY `datetime` (`datetime`),
  KEY `number` (`number`),
  CONSTRAINT `phone_vpn_calls_ibfk_1` FOREIGN KEY (`phone_invoice_user_id`) REFERENCES `phone_invoice_users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `phone_vpn_calls_ibfk_2` FOREIGN KEY (`phone_invoice_user_id`) REFERENCES `phone_invoice_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='Table of vpn call service of phone invoice';

CREATE TABLE `private_users_contacts` (
  `id` int(10) NOT NULL AUTO_INCREMENT,
  `user_id` int(10) NOT NULL COMMENT 'User who has private contact',
  `contact_id` int(10) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`,`contact_id`),
  KEY `private_users_contacts_ibfk_2` (`contact_id`),
  CONSTRAINT `private_users_contacts_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `private_users_contacts_ibfk_2` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='Private address book of each user';

CREATE TABLE `requests` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `approval_template_id` int(11) DEFAULT NULL,
  `type` smallint(6) NOT NULL DEFAULT 0,
  `description` mediumtext DEFAULT NULL,
  `suggest_amount` int(11) NOT NULL COMMENT 'suggest amount by user',
  `date` date NOT NULL,
  `state` tinyint(1) NOT NULL,
  `comments_thread_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `comments_thread_id` (`comments_thread_id`),
  KEY `approval_template_id` (`approval_template_id`),
  CONSTRAINT `requests_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `requests_ibfk_2` FOREIGN KEY (`approval_template_id`) REFERENCES `approval_templates` (`id`) ON DELETE SET NULL,
  CONSTRAINT `requests_ibfk_3` FOREIGN KEY (`comments_thread_id`) REFERENCES `comments` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `sms_messages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `sms_message_id` int(11) DEFAULT NULL,
  `stamp` datetime NOT NULL,
  `send_date` datetime NOT NULL,
  `text` varchar(800) NOT NULL,
  `sender` varchar(14) NOT NULL,
  `receiver` varchar(14) NOT NULL,
  `driver` tinyint(4) NOT NULL,
  `type` tinyint(4) NOT NULL,
  `state` tinyint(4) NOT NULL,
  `message` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `sms_message_id` (`sms_message_id`),
  KEY `sender` (`sender`),
  KEY `receiver` (`receiver`),
  CONSTRAINT `sms_messages_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `sms_messages_ibfk_2` FOREIGN KEY (`sms_message_id`) REFERENCES `sms_messages` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `speed_classes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `d_ceil` bigint(11) NOT NULL COMMENT 'QoS download ceil in bytes',
  `d_rate` bigint(11) NOT NULL COMMENT 'QoS download rate in bytes',
  `u_ceil` bigint(11) NOT NULL COMMENT 'QoS upload ceil in bytes',
  `u_rate` bigint(11) NOT NULL COMMENT 'QoS upload rate in bytes',
  `regular_member_default` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Is this class default for regular members?',
  `applicant_default` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Is this class default for applicants?',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='Defines speed classes for QoS';

CREATE TABLE `streets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `town_id` int(11) DEFAULT NULL,
  `street` varchar(30) NOT NULL,
  `gps` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `street` (`street`),
  KEY `town_id` (`town_id`),
  CONSTRAINT `streets_ibfk_1` FOREIGN KEY (`town_id`) REFERENCES `towns` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `subnets` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `OSPF_area_id` int(11) DEFAULT NULL,
  `name` varchar(254) DEFAULT NULL,
  `network_address` varchar(15) DEFAULT NULL,
  `netmask` varchar(15) DEFAULT NULL,
  `redirect` tinyint(4) DEFAULT NULL COMMENT 'Bit mask for types of redirect',
  `dhcp` tinyint(1) NOT NULL DEFAULT 0,
  `dhcp_expired` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'If DHCP is enabled on this subnet, this value indicates if any of its record was updated and not synchronized to DHCP server.',
  `dns` tinyint(1) NOT NULL DEFAULT 0,
  `qos` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `name` (`name`),
  KEY `network_address` (`network_address`),
  KEY `netmask` (`netmask`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `subnets_owners` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subnet_id` int(11) NOT NULL,
  `member_id` int(11) NOT NULL,
  `redirect` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `redirect` (`redirect`),
  KEY `subnet_id` (`subnet_id`),
  KEY `member_id` (`member_id`),
  CONSTRAINT `subnets_owners_ibfk_1` FOREIGN KEY (`subnet_id`) REFERENCES `subnets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `subnets_owners_ibfk_2` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `towns` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `zip_code` varchar(10) NOT NULL,
  `town` varchar(50) NOT NULL,
  `quarter` varchar(50) DEFAULT NULL,
  `gps` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `town` (`town`),
  KEY `zip_code` (`zip_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `transfers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `origin_id` int(11) DEFAULT NULL,
  `destination_id` int(11) DEFAULT NULL,
  `previous_transfer_id` int(11) DEFAULT NULL,
  `member_id` int(11) DEFAULT NULL COMMENT 'id of the member, to whom the transaction is assigned',
  `user_id` int(11) DEFAULT NULL COMMENT 'id of user, who added transfer',
  `type` tinyint(4) DEFAULT NULL,
  `datetime` datetime NOT NULL,
  `creation_datetime` datetime NOT NULL,
  `text` varchar(254) DEFAULT NULL,
  `amount` double NOT NULL,
  PRIMARY KEY (`id`),
  KEY `member_id` (`member_id`),
  KEY `datetime` (`datetime`,`text`),
  KEY `origin_id` (`origin_id`),
  KEY `destination_id` (`destination_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `transfers_ibfk_1` FOREIGN KEY (`origin_id`) REFERENCES `accounts` (`id`) ON DELETE SET NULL,
  CONSTRAINT `transfers_ibfk_2` FOREIGN KEY (`destination_id`) REFERENCES `accounts` (`id`) ON DELETE SET NULL,
  CONSTRAINT `transfers_ibfk_3` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE SET NULL,
  CONSTRAINT `transfers_ibfk_4` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `ulog2_ct` (
  `_ct_id` tinyint(4) DEFAULT NULL,
  `orig_ip_saddr` int(10) unsigned DEFAULT NULL,
  `orig_ip_daddr` int(10) unsigned DEFAULT NULL,
  `orig_ip_protocol` tinyint(3) unsigned DEFAULT NULL,
  `orig_l4_sport` smallint(5) unsigned DEFAULT NULL,
  `orig_l4_dport` smallint(5) unsigned DEFAULT NULL,
  `orig_raw_pktlen` bigint(20) DEFAULT 0,
  `orig_raw_pktcount` int(10) unsigned DEFAULT 0,
  `reply_ip_daddr` int(10) unsigned DEFAULT NULL,
  `reply_l4_dport` smallint(5) unsigned DEFAULT NULL,
  `reply_raw_pktlen` bigint(20) DEFAULT 0,
  `reply_raw_pktcount` int(10) unsigned DEFAULT 0,
  `icmp_code` tinyint(3) DEFAULT NULL,
  `icmp_type` tinyint(3) DEFAULT NULL,
  `flow_start_sec` int(10) DEFAULT 0,
  `flow_end_sec` int(10) DEFAULT 0,
  KEY `ct_tuple` (`flow_start_sec`,`orig_ip_daddr`,`orig_l4_dport`,`reply_l4_dport`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

CREATE TABLE `user_favourite_pages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(30) NOT NULL,
  `title` varchar(50) NOT NULL,
  `page` varchar(255) NOT NULL,
  `default_page` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `user_favourite_pages_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `users` (
  `member_id` int(11) NOT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `login` varchar(50) DEFAULT NULL,
  `password` varchar(50) DEFAULT NULL,
  `password_request` varchar(10) DEFAULT NULL,
  `name` varchar(30) DEFAULT NULL,
  `middle_name` varchar(30) DEFAULT NULL,
  `surname` varchar(60) DEFAULT NULL,
  `pre_title` varchar(40) DEFAULT NULL,
  `post_title` varchar(30) DEFAULT NULL,
  `birthday` date DEFAULT NULL,
  `type` tinyint(4) NOT NULL,
  `comment` varchar(250) DEFAULT NULL,
  `application_password` varchar(50) NOT NULL,
  `settings` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `login` (`login`),
  KEY `name` (`name`),
  KEY `surname` (`surname`),
  KEY `member_id` (`member_id`),
  CONSTRAINT `users_ibfk_1` FOREIGN KEY (`member_id`) REFERENCES `members` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `users_contacts` (
  `user_id` int(10) NOT NULL,
  `contact_id` int(10) NOT NULL,
  `mail_redirection` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'In condition that this contact is an e-mail, this indicator specifies whether the inner system mail is redirected to this user''s e-mail box.',
  PRIMARY KEY (`user_id`,`contact_id`),
  KEY `users_contacts_ibfk_2` (`contact_id`),
  CONSTRAINT `users_contacts_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `users_contacts_ibfk_2` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci COMMENT='Pivot table';

CREATE TABLE `users_keys` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `key` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `users_keys_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `variable_symbols` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `account_id` int(11) NOT NULL,
  `variable_symbol` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `variable_symbol` (`variable_symbol`),
  KEY `account_id` (`account_id`),
  CONSTRAINT `variable_symbols_ibfk_1` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `vlans` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(254) DEFAULT NULL,
  `tag_802_1q` int(11) DEFAULT NULL,
  `comment` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tag_802_1q` (`tag_802_1q`),
  KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `voip_sips` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `name` varchar(80) NOT NULL,
  `accountcode` varchar(20) DEFAULT NULL,
  `amaflags` varchar(13) DEFAULT NULL,
  `callgroup` varchar(10) DEFAULT NULL,
  `callerid` varchar(80) NOT NULL,
  `canreinvite` char(3) DEFAULT 'no',
  `context` varchar(80) DEFAULT 'internal',
  `defaultip` varchar(15) DEFAULT NULL,
  `dtmfmode` varchar(7) DEFAULT NULL,
  `fromuser` varchar(80) DEFAULT NULL,
  `fromdomain` varchar(80) DEFAULT NULL,
  `fullcontact` varchar(80) DEFAULT NULL,
  `host` varchar(31) NOT NULL DEFAULT 'dynamic',
  `insecure` varchar(4) DEFAULT NULL,
  `language` char(2) DEFAULT 'cz',
  `mailbox` varchar(50) NOT NULL,
  `md5secret` varchar(80) DEFAULT NULL,
  `nat` varchar(5) NOT NULL DEFAULT 'yes',
  `deny` varchar(95) DEFAULT NULL,
  `permit` varchar(95) DEFAULT NULL,
  `mask` varchar(95) DEFAULT NULL,
  `pickupgroup` varchar(10) DEFAULT NULL,
  `port` varchar(5) DEFAULT NULL,
  `qualify` char(3) DEFAULT NULL,
  `restrictcid` char(1) DEFAULT NULL,
  `rtptimeout` char(3) DEFAULT NULL,
  `rtpholdtimeout` char(3) DEFAULT NULL,
  `secret` varchar(80) NOT NULL,
  `type` varchar(6) NOT NULL DEFAULT 'friend',
  `username` varchar(80) NOT NULL,
  `disallow` varchar(100) DEFAULT NULL,
  `allow` varchar(100) DEFAULT NULL,
  `musiconhold` varchar(100) DEFAULT NULL,
  `regseconds` int(11) NOT NULL DEFAULT 0,
  `ipaddr` varchar(15) NOT NULL,
  `regexten` varchar(80) NOT NULL,
  `cancallforward` char(3) DEFAULT 'yes',
  `setvar` varchar(100) NOT NULL,
  `auth` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `voip_sips_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci ROW_FORMAT=DYNAMIC;

CREATE TABLE `voip_voicemail_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_id` int(11) NOT NULL,
  `active` tinyint(4) NOT NULL DEFAULT 1,
  `context` varchar(50) NOT NULL,
  `mailbox` varchar(10) NOT NULL DEFAULT '0',
  `password` varchar(4) NOT NULL DEFAULT '0',
  `fullname` varchar(50) NOT NULL,
  `email` varchar(50) NOT NULL,
  `pager` varchar(50) NOT NULL,
  `stamp` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `customer_id` (`customer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `votes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL COMMENT 'id of voter',
  `type` int(11) NOT NULL COMMENT 'type of vote',
  `fk_id` int(11) NOT NULL COMMENT 'id of foreign key',
  `aro_group_id` int(11) NOT NULL,
  `priority` int(11) NOT NULL,
  `vote` tinyint(1) DEFAULT NULL COMMENT 'value of user vote',
  `time` datetime NOT NULL,
  `comment` mediumtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `fk_id` (`fk_id`),
  KEY `aro_group_id` (`aro_group_id`),
  CONSTRAINT `votes_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `votes_ibfk_3` FOREIGN KEY (`aro_group_id`) REFERENCES `aro_groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

CREATE TABLE `watchers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `type` int(11) NOT NULL,
  `fk_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`,`type`,`fk_id`),
  CONSTRAINT `watchers_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_czech_ci;

SET FOREIGN_KEY_CHECKS=1;

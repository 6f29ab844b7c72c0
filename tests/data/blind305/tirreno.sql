-- tirreno — open-source fraud prevention / security analytics framework (event ingestion, per-user risk scores,
-- rule engine, review queue and blacklist, field audit trail)
-- Upstream: github.com/tirrenotechnologies/tirreno, commit f82383595181f6cfeda0f3fc98cc7eb518dcc649 (AGPL-3.0)
-- Source: install/install.sql (PostgreSQL) run into PostgreSQL 15, then upstream's schema updates
-- app/Updates/Update001.php … Update009.php (v0.9.5 onwards) applied in order with their own statements;
-- read back from the catalog and written as MySQL/MariaDB DDL by a script: column names and order as PostgreSQL
-- holds them; text, character varying and citext -> TEXT (VARCHAR(255) where the column is in a key), varchar(n)
-- kept, the `email` domain -> its base type, jsonb/json -> JSON, inet -> VARCHAR(45), uuid -> CHAR(36),
-- timestamp -> DATETIME(6), boolean -> TINYINT(1), real -> FLOAT, PostgreSQL enums -> ENUM; serial ids that are
-- keys -> AUTO_INCREMENT; primary keys, unique constraints / plain unique indexes and foreign keys kept; defaults,
-- partial and expression indexes, other indexes, triggers and functions left out. All 44 tables are kept.

CREATE TABLE `countries` (
  `iso` VARCHAR(64) NOT NULL,
  `value` VARCHAR(64) NOT NULL,
  `id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `countries_value_uidx` (`value`),
  UNIQUE KEY `countries_iso_uidx` (`iso`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dshb_logs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `text` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dshb_message` (
  `id` BIGINT NOT NULL,
  `text` TEXT,
  `title` TEXT,
  `created_at` DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dshb_operators` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `password` TEXT,
  `firstname` TEXT,
  `lastname` TEXT,
  `city` TEXT,
  `state` TEXT,
  `zip` TEXT,
  `country` TEXT,
  `company` TEXT,
  `vat` TEXT,
  `is_active` SMALLINT,
  `activation_key` VARCHAR(255),
  `created_at` DATETIME(6),
  `street` TEXT,
  `is_closed` SMALLINT,
  `timezone` TEXT NOT NULL,
  `review_queue_cnt` INT,
  `review_queue_updated_at` DATETIME(6),
  `last_event_time` DATETIME(6),
  `unreviewed_items_reminder_freq` ENUM('daily','weekly','off') NOT NULL,
  `last_unreviewed_items_reminder` DATETIME(6),
  `blacklist_users_cnt` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dshb_operators_activation_key_uidx` (`activation_key`),
  UNIQUE KEY `dshb_operators_email_uidx` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dshb_operators_forgot_password` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `operator_id` BIGINT NOT NULL,
  `renew_key` VARCHAR(255) NOT NULL,
  `status` ENUM('unused','used','invalidated') NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dshb_operators_forgot_password_renew_key_key` (`renew_key`),
  CONSTRAINT `dshb_operators_forgot_password_operator_id_fkey` FOREIGN KEY (`operator_id`) REFERENCES `dshb_operators` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dshb_pages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `value` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dshb_permissions` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `value` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dshb_roles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `value` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dshb_roles_permissions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `role` BIGINT NOT NULL,
  `permission` SMALLINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dshb_roles_permissions_role_permission_uidx` (`role`, `permission`),
  CONSTRAINT `dshb_roles_permissions_permission_fkey` FOREIGN KEY (`permission`) REFERENCES `dshb_permissions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `dshb_roles_permissions_role_fkey` FOREIGN KEY (`role`) REFERENCES `dshb_roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dshb_rules` (
  `validated` TINYINT(1) NOT NULL,
  `uid` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `descr` TEXT NOT NULL,
  `attributes` JSON NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `missing` TINYINT(1),
  PRIMARY KEY (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dshb_sessions` (
  `session_id` VARCHAR(255) NOT NULL,
  `data` TEXT,
  `ip` VARCHAR(45),
  `agent` VARCHAR(300),
  `stamp` INT,
  PRIMARY KEY (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_error_type` (
  `id` SMALLINT NOT NULL,
  `value` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_http_method` (
  `id` SMALLINT NOT NULL,
  `value` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_incorrect` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `payload` JSON NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `errors` JSON,
  `traceid` VARCHAR(36),
  `key` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_payload` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` SMALLINT NOT NULL,
  `created` DATETIME(6),
  `payload` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_session_stat` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `session_id` BIGINT NOT NULL,
  `key` SMALLINT NOT NULL,
  `created` DATETIME(6),
  `updated` DATETIME(6),
  `duration` INT,
  `ip_count` INT,
  `device_count` INT,
  `event_count` INT,
  `country_count` INT,
  `new_ip_count` INT,
  `new_device_count` INT,
  `http_codes` JSON,
  `http_methods` JSON,
  `event_types` JSON,
  `completed` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_session_stat_session_id_uidx` (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_type` (
  `id` SMALLINT NOT NULL,
  `value` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migrations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `queue_new_events_cursor` (
  `last_event_id` BIGINT NOT NULL,
  `locked` TINYINT(1) NOT NULL,
  `updated` DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dshb_api` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `quote` INT NOT NULL,
  `creator` BIGINT NOT NULL,
  `created_at` DATETIME(6),
  `skip_enriching_attributes` JSON NOT NULL,
  `retention_policy` SMALLINT NOT NULL,
  `skip_blacklist_sync` TINYINT(1) NOT NULL,
  `token` TEXT,
  `last_call_reached` TINYINT(1),
  `blacklist_threshold` INT,
  `review_queue_threshold` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dshb_api_key_key` (`key`),
  UNIQUE KEY `dshb_api_key_uidx` (`key`),
  CONSTRAINT `dshb_api_creator_fkey` FOREIGN KEY (`creator`) REFERENCES `dshb_operators` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dshb_api_co_owners` (
  `operator` BIGINT NOT NULL,
  `api` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`operator`, `api`),
  UNIQUE KEY `dshb_api_co_owners_operator_key` (`operator`),
  CONSTRAINT `dshb_api_co_owners_api_fkey` FOREIGN KEY (`api`) REFERENCES `dshb_api` (`id`) ON DELETE CASCADE,
  CONSTRAINT `dshb_api_co_owners_operator_fkey` FOREIGN KEY (`operator`) REFERENCES `dshb_operators` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dshb_manual_check_history` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `operator` BIGINT NOT NULL,
  `type` TEXT NOT NULL,
  `search_query` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `dshb_manual_check_history_operator_fkey` FOREIGN KEY (`operator`) REFERENCES `dshb_operators` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dshb_operators_roles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `operator` BIGINT NOT NULL,
  `role` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dshb_operators_roles_operator_role_uidx` (`operator`, `role`),
  CONSTRAINT `dshb_operators_roles_operator_fkey` FOREIGN KEY (`operator`) REFERENCES `dshb_operators` (`id`) ON DELETE CASCADE,
  CONSTRAINT `dshb_operators_roles_role_fkey` FOREIGN KEY (`role`) REFERENCES `dshb_roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dshb_operators_rules` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `value` INT,
  `created_at` DATETIME(6),
  `key` INT,
  `proportion` FLOAT,
  `proportion_updated_at` DATETIME(6),
  `rule_uid` VARCHAR(255),
  `set` SMALLINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dshb_operators_rules_key_rule_uid_set_key` (`key`, `rule_uid`, `set`),
  CONSTRAINT `dshb_operators_rules_rule_uid_fkey` FOREIGN KEY (`rule_uid`) REFERENCES `dshb_rules` (`uid`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dshb_pages_permissions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `role_permission` BIGINT NOT NULL,
  `page` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dshb_pages_permissions_role_permission_page_uidx` (`role_permission`, `page`),
  CONSTRAINT `dshb_pages_permissions_page_fkey` FOREIGN KEY (`page`) REFERENCES `dshb_pages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `dshb_pages_permissions_role_permission_fkey` FOREIGN KEY (`role_permission`) REFERENCES `dshb_roles_permissions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_account` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `userid` VARCHAR(100) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `key` INT,
  `lastip` VARCHAR(45),
  `lastseen` DATETIME(6) NOT NULL,
  `fullname` TEXT,
  `is_important` TINYINT(1) NOT NULL,
  `firstname` VARCHAR(100),
  `middlename` VARCHAR(100),
  `lastname` VARCHAR(100),
  `total_visit` INT,
  `total_country` INT,
  `total_ip` INT,
  `total_device` INT,
  `score_updated_at` DATETIME(6),
  `score` INT,
  `score_details` JSON,
  `lastemail` INT,
  `lastphone` INT,
  `total_shared_ip` INT,
  `total_shared_phone` INT,
  `reviewed` TINYINT(1),
  `fraud` TINYINT(1),
  `latest_decision` DATETIME(6),
  `score_recalculate` TINYINT(1),
  `session_id` BIGINT,
  `updated` DATETIME(6) NOT NULL,
  `added_to_review` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_account_userid_key_key` (`userid`, `key`),
  UNIQUE KEY `event_account_id_uidx` (`id`),
  UNIQUE KEY `event_account_id_key_uidx` (`id`, `key`),
  CONSTRAINT `event_account_key_fkey` FOREIGN KEY (`key`) REFERENCES `dshb_api` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_account_score` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account` BIGINT NOT NULL,
  `set` SMALLINT NOT NULL,
  `score` SMALLINT NOT NULL,
  `rules` JSON,
  `key` INT NOT NULL,
  `lastseen` DATETIME(6) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_account_score_account_set_uidx` (`account`, `set`),
  CONSTRAINT `event_account_score_account_key_fkey` FOREIGN KEY (`account`, `key`) REFERENCES `event_account` (`id`, `key`) ON DELETE CASCADE,
  CONSTRAINT `event_account_score_key_fkey` FOREIGN KEY (`key`) REFERENCES `dshb_api` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_country` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` INT NOT NULL,
  `country` INT NOT NULL,
  `total_visit` INT,
  `total_ip` INT,
  `total_account` INT,
  `lastseen` DATETIME(6),
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_country_country_key_key` (`country`, `key`),
  CONSTRAINT `event_country_key_fkey` FOREIGN KEY (`key`) REFERENCES `dshb_api` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_domain` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` INT NOT NULL,
  `domain` VARCHAR(255),
  `ip` VARCHAR(45),
  `geo_ip` VARCHAR(9),
  `geo_html` VARCHAR(9),
  `web_server` VARCHAR(36),
  `hostname` TEXT,
  `emails` TEXT,
  `phone` VARCHAR(19),
  `discovery_date` DATETIME(6),
  `blockdomains` TINYINT(1),
  `disposable_domains` TINYINT(1),
  `total_visit` INT,
  `total_account` INT,
  `lastseen` DATETIME(6) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `free_email_provider` TINYINT(1),
  `tranco_rank` INT,
  `creation_date` DATETIME(6),
  `expiration_date` DATETIME(6),
  `return_code` INT,
  `closest_snapshot` TEXT,
  `checked` TINYINT(1),
  `mx_record` TINYINT(1),
  `disabled` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_domain_key_domain_key` (`key`, `domain`),
  CONSTRAINT `event_domain_key_fkey` FOREIGN KEY (`key`) REFERENCES `dshb_api` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_email` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `email` VARCHAR(255),
  `lastseen` DATETIME(6) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `key` INT NOT NULL,
  `checked` TINYINT(1),
  `data_breach` TINYINT(1),
  `profiles` INT,
  `blockemails` TINYINT(1),
  `domain_contact_email` TINYINT(1),
  `domain` BIGINT,
  `fraud_detected` TINYINT(1) NOT NULL,
  `hash` TEXT,
  `alert_list` TINYINT(1),
  `data_breaches` INT,
  `earliest_breach` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_email_account_id_email_key` (`account_id`, `email`),
  CONSTRAINT `event_email_account_id_key_fkey` FOREIGN KEY (`account_id`, `key`) REFERENCES `event_account` (`id`, `key`) ON DELETE CASCADE,
  CONSTRAINT `event_email_domain_fkey` FOREIGN KEY (`domain`) REFERENCES `event_domain` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_field_audit` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` INT NOT NULL,
  `field_id` VARCHAR(255) NOT NULL,
  `field_name` TEXT,
  `lastseen` DATETIME(6) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6),
  `total_visit` INT,
  `total_account` INT,
  `total_edit` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_field_audit_field_id_key_key` (`field_id`, `key`),
  CONSTRAINT `event_field_audit_key_fkey` FOREIGN KEY (`key`) REFERENCES `dshb_api` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_field_audit_trail` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `key` INT NOT NULL,
  `created` DATETIME(6),
  `event_id` BIGINT,
  `field_name` TEXT,
  `old_value` TEXT,
  `new_value` TEXT,
  `parent_id` TEXT,
  `parent_name` TEXT,
  `field_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_field_audit_trail_account_id_key_fkey` FOREIGN KEY (`account_id`, `key`) REFERENCES `event_account` (`id`, `key`) ON DELETE CASCADE,
  CONSTRAINT `event_field_audit_trail_field_id_fkey` FOREIGN KEY (`field_id`) REFERENCES `event_field_audit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_isp` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` INT NOT NULL,
  `asn` INT NOT NULL,
  `name` TEXT,
  `description` TEXT,
  `total_visit` INT,
  `total_account` INT,
  `lastseen` DATETIME(6),
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `total_ip` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_isp_key_asn_key` (`key`, `asn`),
  CONSTRAINT `event_isp_key_fkey` FOREIGN KEY (`key`) REFERENCES `dshb_api` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_logbook` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ended` DATETIME(3) NOT NULL,
  `key` INT NOT NULL,
  `ip` VARCHAR(45),
  `event` BIGINT,
  `error_type` SMALLINT NOT NULL,
  `error_text` TEXT,
  `raw` TEXT,
  `started` DATETIME(3),
  `endpoint` TEXT,
  UNIQUE KEY `event_logbook_id_uidx` (`id`),
  CONSTRAINT `event_logbook_error_type_fkey` FOREIGN KEY (`error_type`) REFERENCES `event_error_type` (`id`),
  CONSTRAINT `event_logbook_key_fkey` FOREIGN KEY (`key`) REFERENCES `dshb_api` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_phone` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `key` INT NOT NULL,
  `phone_number` VARCHAR(19) NOT NULL,
  `calling_country_code` INT,
  `national_format` TEXT,
  `country_code` SMALLINT,
  `validation_errors` JSON,
  `mobile_country_code` SMALLINT,
  `mobile_network_code` SMALLINT,
  `carrier_name` VARCHAR(128),
  `type` VARCHAR(32),
  `lastseen` DATETIME(6) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `checked` TINYINT(1),
  `shared` SMALLINT,
  `fraud_detected` TINYINT(1) NOT NULL,
  `hash` TEXT,
  `alert_list` TINYINT(1),
  `profiles` INT,
  `iso_country_code` VARCHAR(8),
  `invalid` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_phone_key_account_id_phone_number_key` (`key`, `account_id`, `phone_number`),
  CONSTRAINT `event_phone_account_id_key_fkey` FOREIGN KEY (`account_id`, `key`) REFERENCES `event_account` (`id`, `key`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_referer` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` INT NOT NULL,
  `referer` VARCHAR(255),
  `lastseen` DATETIME(6) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_referer_referer_key_key` (`referer`, `key`),
  CONSTRAINT `event_referer_key_fkey` FOREIGN KEY (`key`) REFERENCES `dshb_api` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_session` (
  `id` BIGINT NOT NULL,
  `key` INT NOT NULL,
  `account_id` BIGINT NOT NULL,
  `total_visit` INT,
  `total_device` INT,
  `total_ip` INT,
  `total_country` INT,
  `lastseen` DATETIME(3) NOT NULL,
  `created` DATETIME(3) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  UNIQUE KEY `event_session_id_uidx` (`id`),
  CONSTRAINT `event_session_id_key_fkey` FOREIGN KEY (`account_id`, `key`) REFERENCES `event_account` (`id`, `key`) ON DELETE CASCADE,
  CONSTRAINT `event_session_key_fkey` FOREIGN KEY (`key`) REFERENCES `dshb_api` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_ua_parsed` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `device` TEXT,
  `browser_name` TEXT,
  `browser_version` TEXT,
  `os_name` TEXT,
  `os_version` TEXT,
  `ua` VARCHAR(255),
  `uuid` CHAR(36),
  `modified` TINYINT(1),
  `checked` TINYINT(1) NOT NULL,
  `key` INT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_ua_parsed_ua_key_key` (`ua`, `key`),
  CONSTRAINT `event_ua_parsed_key_fkey` FOREIGN KEY (`key`) REFERENCES `dshb_api` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_url` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` INT NOT NULL,
  `url` VARCHAR(255),
  `lastseen` DATETIME(6) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `title` TEXT,
  `total_visit` INT,
  `total_ip` INT,
  `total_device` INT,
  `total_account` INT,
  `total_country` INT,
  `http_code` SMALLINT,
  `total_edit` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_url_url_key_key` (`url`, `key`),
  CONSTRAINT `event_url_key_fkey` FOREIGN KEY (`key`) REFERENCES `dshb_api` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_url_query` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` INT NOT NULL,
  `url` BIGINT NOT NULL,
  `query` VARCHAR(255),
  `lastseen` DATETIME(6) NOT NULL,
  `created` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_url_query_key_url_query_key` (`key`, `url`, `query`),
  CONSTRAINT `event_url_query_key_fkey` FOREIGN KEY (`key`) REFERENCES `dshb_api` (`id`) ON DELETE CASCADE,
  CONSTRAINT `event_url_query_url_fkey` FOREIGN KEY (`url`) REFERENCES `event_url` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `queue_account_operation` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `event_account` BIGINT,
  `key` INT NOT NULL,
  `action` ENUM('blacklist','delete','calculate_risk_score','enrichment') NOT NULL,
  `status` ENUM('waiting','executing','completed','failed') NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `queue_account_operation_event_account_fkey` FOREIGN KEY (`event_account`) REFERENCES `event_account` (`id`) ON DELETE CASCADE,
  CONSTRAINT `queue_account_operation_key_fkey` FOREIGN KEY (`key`) REFERENCES `dshb_api` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_device` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `key` INT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `lastseen` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `user_agent` BIGINT NOT NULL,
  `lang` VARCHAR(255),
  `total_visit` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_device_account_id_key_user_agent_lang_key` (`account_id`, `key`, `user_agent`, `lang`),
  CONSTRAINT `event_device_account_id_key_fkey` FOREIGN KEY (`account_id`, `key`) REFERENCES `event_account` (`id`, `key`) ON DELETE CASCADE,
  CONSTRAINT `event_device_user_agent_fkey` FOREIGN KEY (`user_agent`) REFERENCES `event_ua_parsed` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_ip` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ip` VARCHAR(45) NOT NULL,
  `key` INT NOT NULL,
  `country` SMALLINT NOT NULL,
  `cidr` TEXT,
  `data_center` TINYINT(1),
  `tor` TINYINT(1),
  `vpn` TINYINT(1),
  `checked` TINYINT(1),
  `relay` TINYINT(1),
  `lastseen` DATETIME(6) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `lastcheck` DATETIME(6),
  `total_visit` INT,
  `blocklist` TINYINT(1),
  `isp` BIGINT,
  `shared` SMALLINT,
  `domains_count` JSON,
  `fraud_detected` TINYINT(1) NOT NULL,
  `hash` TEXT,
  `alert_list` TINYINT(1),
  `starlink` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_ip_key_ip` (`key`, `ip`),
  CONSTRAINT `event_ip_isp_fkey` FOREIGN KEY (`isp`) REFERENCES `event_isp` (`id`),
  CONSTRAINT `event_ip_key_fkey` FOREIGN KEY (`key`) REFERENCES `dshb_api` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` INT NOT NULL,
  `account` BIGINT NOT NULL,
  `ip` BIGINT NOT NULL,
  `url` BIGINT NOT NULL,
  `device` BIGINT NOT NULL,
  `time` DATETIME(3) NOT NULL,
  `query` BIGINT,
  `traceid` VARCHAR(36),
  `referer` BIGINT,
  `type` SMALLINT NOT NULL,
  `email` BIGINT,
  `phone` BIGINT,
  `http_code` SMALLINT,
  `http_method` SMALLINT,
  `session_id` BIGINT NOT NULL,
  `payload` BIGINT,
  UNIQUE KEY `event_id_uidx` (`id`),
  CONSTRAINT `event_account_fkey` FOREIGN KEY (`account`) REFERENCES `event_account` (`id`),
  CONSTRAINT `event_device_fkey` FOREIGN KEY (`device`) REFERENCES `event_device` (`id`),
  CONSTRAINT `event_email_fkey` FOREIGN KEY (`email`) REFERENCES `event_email` (`id`),
  CONSTRAINT `event_http_method_fkey` FOREIGN KEY (`http_method`) REFERENCES `event_http_method` (`id`),
  CONSTRAINT `event_ip_fkey` FOREIGN KEY (`ip`) REFERENCES `event_ip` (`id`),
  CONSTRAINT `event_key_fkey` FOREIGN KEY (`key`) REFERENCES `dshb_api` (`id`) ON DELETE CASCADE,
  CONSTRAINT `event_payload_fkey` FOREIGN KEY (`payload`) REFERENCES `event_payload` (`id`),
  CONSTRAINT `event_phone_fkey` FOREIGN KEY (`phone`) REFERENCES `event_phone` (`id`),
  CONSTRAINT `event_query_fkey` FOREIGN KEY (`query`) REFERENCES `event_url_query` (`id`),
  CONSTRAINT `event_referer_fkey` FOREIGN KEY (`referer`) REFERENCES `event_referer` (`id`),
  CONSTRAINT `event_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `event_session` (`id`),
  CONSTRAINT `event_type_fkey` FOREIGN KEY (`type`) REFERENCES `event_type` (`id`),
  CONSTRAINT `event_url_fkey` FOREIGN KEY (`url`) REFERENCES `event_url` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- PowerDNS-Admin (web interface for the PowerDNS authoritative server, with accounts, per-user zone access and API keys),
-- github.com/PowerDNS-Admin/PowerDNS-Admin commit 742dd103e63d2e57e387e3487980c01d290e1cc2 (MIT).
-- Flask-SQLAlchemy models of powerdnsadmin/models/*.py written as the MySQL DDL SQLAlchemy emits for them:
-- Integer -> int(11), BigInteger -> bigint(20), SmallInteger -> smallint(6), String(n) -> varchar(n), Text -> text,
-- Boolean -> tinyint(1), DateTime -> datetime; index=True -> KEY ix_<table>_<column>, unique -> UNIQUE KEY;
-- tables in dependency order. The optional Flask-Session `sessions` table (a library's, not the app's) is left out.

CREATE TABLE `role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) DEFAULT NULL,
  `description` varchar(128) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_role_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `description` varchar(128) DEFAULT NULL,
  `contact` varchar(128) DEFAULT NULL,
  `mail` varchar(128) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_account_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(64) DEFAULT NULL,
  `password` varchar(64) DEFAULT NULL,
  `firstname` varchar(64) DEFAULT NULL,
  `lastname` varchar(64) DEFAULT NULL,
  `email` varchar(128) DEFAULT NULL,
  `otp_secret` varchar(16) DEFAULT NULL,
  `otp_last_used` bigint(20) DEFAULT NULL,
  `confirmed` smallint(6) NOT NULL,
  `role_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_user_username` (`username`),
  CONSTRAINT `user_ibfk_1` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `account_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `account_user_ibfk_1` FOREIGN KEY (`account_id`) REFERENCES `account` (`id`),
  CONSTRAINT `account_user_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `master` varchar(128) DEFAULT NULL,
  `type` varchar(8) NOT NULL,
  `serial` bigint(20) DEFAULT NULL,
  `notified_serial` bigint(20) DEFAULT NULL,
  `last_check` int(11) DEFAULT NULL,
  `dnssec` int(11) DEFAULT NULL,
  `account_id` int(11) DEFAULT NULL,
  `catalog` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_domain_name` (`name`),
  KEY `ix_domain_catalog` (`catalog`),
  CONSTRAINT `domain_ibfk_1` FOREIGN KEY (`account_id`) REFERENCES `account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `domain_user_ibfk_1` FOREIGN KEY (`domain_id`) REFERENCES `domain` (`id`),
  CONSTRAINT `domain_user_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain_setting` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain_id` int(11) DEFAULT NULL,
  `setting` varchar(255) NOT NULL,
  `value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `domain_setting_ibfk_1` FOREIGN KEY (`domain_id`) REFERENCES `domain` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain_template` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_domain_template_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain_template_record` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `type` varchar(64) DEFAULT NULL,
  `ttl` int(11) DEFAULT NULL,
  `data` text,
  `comment` text,
  `status` tinyint(1) DEFAULT NULL,
  `template_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `domain_template_record_ibfk_1` FOREIGN KEY (`template_id`) REFERENCES `domain_template` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `history` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `msg` varchar(256) DEFAULT NULL,
  `detail` text,
  `created_by` varchar(128) DEFAULT NULL,
  `created_on` datetime DEFAULT NULL,
  `domain_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_history_created_on` (`created_on`),
  CONSTRAINT `history_ibfk_1` FOREIGN KEY (`domain_id`) REFERENCES `domain` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `setting` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) DEFAULT NULL,
  `value` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_setting_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `apikey` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  CONSTRAINT `apikey_ibfk_1` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain_apikey` (
  `domain_id` int(11) DEFAULT NULL,
  `apikey_id` int(11) DEFAULT NULL,
  KEY `ix_domain_apikey_apikey_id_domain_id` (`apikey_id`, `domain_id`),
  CONSTRAINT `domain_apikey_ibfk_1` FOREIGN KEY (`domain_id`) REFERENCES `domain` (`id`),
  CONSTRAINT `domain_apikey_ibfk_2` FOREIGN KEY (`apikey_id`) REFERENCES `apikey` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `apikey_account` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `apikey_id` int(11) NOT NULL,
  `account_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_apikey_account` (`apikey_id`, `account_id`),
  CONSTRAINT `apikey_account_ibfk_1` FOREIGN KEY (`apikey_id`) REFERENCES `apikey` (`id`),
  CONSTRAINT `apikey_account_ibfk_2` FOREIGN KEY (`account_id`) REFERENCES `account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dnssec_rollover` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain_id` int(11) NOT NULL,
  `rollover_type` varchar(16) NOT NULL,
  `keytype` varchar(8) NOT NULL,
  `state` varchar(32) NOT NULL,
  `old_key_ids` text NOT NULL,
  `new_key_ids` text NOT NULL,
  `algorithm` varchar(32) NOT NULL,
  `bits` int(11) NOT NULL,
  `started_by` varchar(128) NOT NULL,
  `started_at` datetime NOT NULL,
  `not_before` datetime DEFAULT NULL,
  `parent_ds_confirmed_at` datetime DEFAULT NULL,
  `completed_at` datetime DEFAULT NULL,
  `error` text,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_dnssec_rollover_domain_id` (`domain_id`),
  KEY `ix_dnssec_rollover_state` (`state`),
  KEY `ix_dnssec_rollover_active` (`active`),
  CONSTRAINT `dnssec_rollover_ibfk_1` FOREIGN KEY (`domain_id`) REFERENCES `domain` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dnssec_rollover_key` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `rollover_id` int(11) NOT NULL,
  `role` varchar(8) NOT NULL,
  `backend_key_id` int(11) DEFAULT NULL,
  `fingerprint` varchar(64) NOT NULL,
  `key_tag` int(11) NOT NULL,
  `keytype` varchar(8) NOT NULL,
  `algorithm` varchar(32) NOT NULL,
  `bits` int(11) DEFAULT NULL,
  `dnskey` text NOT NULL,
  `ds` text NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_dnssec_rollover_key_identity` (`rollover_id`, `role`, `fingerprint`),
  KEY `ix_dnssec_rollover_key_rollover_id` (`rollover_id`),
  KEY `ix_dnssec_rollover_key_backend_key_id` (`backend_key_id`),
  KEY `ix_dnssec_rollover_key_fingerprint` (`fingerprint`),
  CONSTRAINT `dnssec_rollover_key_ibfk_1` FOREIGN KEY (`rollover_id`) REFERENCES `dnssec_rollover` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

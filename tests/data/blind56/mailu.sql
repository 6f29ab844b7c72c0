-- Mailu (Docker mail server: Postfix, Dovecot, Rspamd, admin UI) — admin database, whole schema, for the blind
-- exam (tests/data/blind56/).
-- Upstream: github.com/Mailu/Mailu, commit bbb1c206f9c8e438bb7f7193bdd8eea2ed09d7fd (MIT licence, LICENSE.md).
-- Written by hand as MySQL DDL from core/admin/mailu/models.py (Flask-SQLAlchemy models: IdnaDomain = String(80),
-- IdnaEmail = String(255), CommaSeparatedList = String(4096), JSONEncoded = String(255); Base adds created_at,
-- updated_at, comment to every model), checked against the Alembic migrations in core/admin/migrations/versions
-- (column types, the `manager` association table, domain_access and the anonymous-alias columns of 31f40da48c01).
-- Mailu has only these 11 tables (with alembic_version), so the whole schema is kept.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `alembic_version` (
  `version_num` varchar(32) NOT NULL,
  PRIMARY KEY (`version_num`)
);

CREATE TABLE `config` (
  `created_at` date NOT NULL,
  `updated_at` date DEFAULT NULL,
  `comment` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`name`)
);

CREATE TABLE `domain` (
  `created_at` date NOT NULL,
  `updated_at` date DEFAULT NULL,
  `comment` varchar(255) DEFAULT NULL,
  `name` varchar(80) NOT NULL,
  `max_users` int NOT NULL,
  `max_aliases` int NOT NULL,
  `max_quota_bytes` bigint NOT NULL DEFAULT 0,
  `signup_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `anonmail_enabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`name`)
);

CREATE TABLE `alternative` (
  `created_at` date NOT NULL,
  `updated_at` date DEFAULT NULL,
  `comment` varchar(255) DEFAULT NULL,
  `name` varchar(80) NOT NULL,
  `domain_name` varchar(80) DEFAULT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `alternative_domain_name_fkey` FOREIGN KEY (`domain_name`) REFERENCES `domain` (`name`)
);

CREATE TABLE `relay` (
  `created_at` date NOT NULL,
  `updated_at` date DEFAULT NULL,
  `comment` varchar(255) DEFAULT NULL,
  `name` varchar(80) NOT NULL,
  `smtp` varchar(80) DEFAULT NULL,
  PRIMARY KEY (`name`)
);

CREATE TABLE `user` (
  `created_at` date NOT NULL,
  `updated_at` date DEFAULT NULL,
  `comment` varchar(255) DEFAULT NULL,
  `localpart` varchar(80) NOT NULL,
  `domain_name` varchar(80) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `quota_bytes` bigint NOT NULL,
  `quota_bytes_used` bigint NOT NULL DEFAULT 0,
  `global_admin` tinyint(1) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `enable_imap` tinyint(1) NOT NULL DEFAULT 1,
  `enable_pop` tinyint(1) NOT NULL DEFAULT 1,
  `allow_spoofing` tinyint(1) NOT NULL DEFAULT 0,
  `forward_enabled` tinyint(1) NOT NULL,
  `forward_destination` varchar(4096) DEFAULT NULL,
  `forward_keep` tinyint(1) NOT NULL DEFAULT 1,
  `reply_enabled` tinyint(1) NOT NULL,
  `reply_subject` varchar(255) DEFAULT NULL,
  `reply_body` text DEFAULT NULL,
  `reply_startdate` date NOT NULL DEFAULT '1900-01-01',
  `reply_enddate` date NOT NULL DEFAULT '2999-12-31',
  `displayed_name` varchar(160) NOT NULL,
  `spam_enabled` tinyint(1) NOT NULL,
  `spam_mark_as_read` tinyint(1) NOT NULL DEFAULT 0,
  `spam_threshold` int NOT NULL DEFAULT 80,
  `change_pw_next_login` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`email`),
  CONSTRAINT `user_domain_name_fkey` FOREIGN KEY (`domain_name`) REFERENCES `domain` (`name`)
);

CREATE TABLE `alias` (
  `created_at` date NOT NULL,
  `updated_at` date DEFAULT NULL,
  `comment` varchar(255) DEFAULT NULL,
  `localpart` varchar(80) NOT NULL,
  `domain_name` varchar(80) NOT NULL,
  `email` varchar(255) NOT NULL,
  `wildcard` tinyint(1) NOT NULL DEFAULT 0,
  `destination` varchar(4096) NOT NULL,
  `hostname` varchar(255) DEFAULT NULL,
  `owner_email` varchar(255) DEFAULT NULL,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`email`),
  CONSTRAINT `alias_domain_name_fkey` FOREIGN KEY (`domain_name`) REFERENCES `domain` (`name`),
  CONSTRAINT `alias_owner_email_fkey` FOREIGN KEY (`owner_email`) REFERENCES `user` (`email`)
);

CREATE TABLE `token` (
  `created_at` date NOT NULL,
  `updated_at` date DEFAULT NULL,
  `comment` varchar(255) DEFAULT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `user_email` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `ip` varchar(4096) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `token_user_email_fkey` FOREIGN KEY (`user_email`) REFERENCES `user` (`email`)
);

CREATE TABLE `fetch` (
  `created_at` date NOT NULL,
  `updated_at` date DEFAULT NULL,
  `comment` varchar(255) DEFAULT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `user_email` varchar(255) NOT NULL,
  `protocol` enum('imap','pop3') NOT NULL,
  `host` varchar(255) NOT NULL,
  `port` int NOT NULL,
  `tls` tinyint(1) NOT NULL,
  `username` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `keep` tinyint(1) NOT NULL DEFAULT 0,
  `scan` tinyint(1) NOT NULL DEFAULT 0,
  `invisible` tinyint(1) NOT NULL DEFAULT 0,
  `folders` varchar(4096) DEFAULT NULL,
  `last_check` datetime DEFAULT NULL,
  `error` varchar(1023) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fetch_user_email_fkey` FOREIGN KEY (`user_email`) REFERENCES `user` (`email`)
);

CREATE TABLE `manager` (
  `domain_name` varchar(80) DEFAULT NULL,
  `user_email` varchar(255) DEFAULT NULL,
  CONSTRAINT `manager_domain_name_fkey` FOREIGN KEY (`domain_name`) REFERENCES `domain` (`name`),
  CONSTRAINT `manager_user_email_fkey` FOREIGN KEY (`user_email`) REFERENCES `user` (`email`)
);

CREATE TABLE `domain_access` (
  `created_at` date NOT NULL,
  `updated_at` date DEFAULT NULL,
  `comment` varchar(255) DEFAULT NULL,
  `id` int NOT NULL AUTO_INCREMENT,
  `domain_name` varchar(80) NOT NULL,
  `user_email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_domain_access_user` (`domain_name`, `user_email`),
  CONSTRAINT `domain_access_domain_name_fkey` FOREIGN KEY (`domain_name`) REFERENCES `domain` (`name`),
  CONSTRAINT `domain_access_user_email_fkey` FOREIGN KEY (`user_email`) REFERENCES `user` (`email`)
);

SET FOREIGN_KEY_CHECKS=1;

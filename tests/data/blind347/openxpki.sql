-- OpenXPKI (OpenXPKI Foundation / whiterabbitsecurity): enterprise-grade PKI and certificate-management server
-- (certificate requests, issuance, revocation, CRLs, enrolment workflows, web UI and SCEP/EST/RPC front ends).
-- Source: contrib/sql/schema-mysql.sql ("Schema version v3 - 2023-07-19") of github.com/openxpki/openxpki-config,
-- branch community, commit 6826b63998436abba01f809701c4e8ecc2e51f88 (the configuration repository that the main
-- repository github.com/openxpki/openxpki, commit 4cf9e804a224c2bfc785f93246a7e7f03ce2bf00, includes as its
-- `config` submodule and whose schema its test tools load). Licence: Apache-2.0 (OpenXPKI).
-- Conversion: every table and column as upstream, in upstream's order. Upstream creates the tables without keys
-- and adds them afterwards with ALTER TABLE ... ADD PRIMARY KEY / ADD KEY / ADD UNIQUE and MODIFY ... AUTO_INCREMENT;
-- here those keys and AUTO_INCREMENT attributes are written inside each CREATE TABLE. The two SET statements
-- (SQL_MODE, time_zone) and the final INSERT of the schema version into `datapool` are left out. Upstream's
-- `seq_*` tables emulate sequences on MySQL (the MariaDB variant uses CREATE SEQUENCE instead).

CREATE TABLE `aliases` (
  `identifier` varchar(64) DEFAULT NULL,
  `pki_realm` varchar(255) NOT NULL,
  `alias` varchar(255) NOT NULL,
  `group_id` varchar(255) DEFAULT NULL,
  `generation` smallint(6) DEFAULT NULL,
  `notafter` int(10) unsigned DEFAULT NULL,
  `notbefore` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`pki_realm`,`alias`),
  KEY `realm_group` (`pki_realm`,`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `application_log` (
  `application_log_id` bigint(20) unsigned NOT NULL,
  `logtimestamp` decimal(20,5) unsigned DEFAULT NULL,
  `workflow_id` decimal(49,0) NOT NULL,
  `priority` int(11) DEFAULT '0',
  `category` varchar(255) NOT NULL,
  `message` longtext,
  PRIMARY KEY (`application_log_id`),
  KEY `workflow_id` (`workflow_id`),
  KEY `workflow_id_2` (`workflow_id`,`category`,`priority`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `audittrail` (
  `audittrail_key` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `logtimestamp` decimal(20,5) unsigned DEFAULT NULL,
  `category` varchar(255) DEFAULT NULL,
  `loglevel` varchar(255) DEFAULT NULL,
  `message` text,
  PRIMARY KEY (`audittrail_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `certificate` (
  `pki_realm` varchar(255) DEFAULT NULL,
  `issuer_dn` varchar(1000) DEFAULT NULL,
  `cert_key` decimal(49,0) NOT NULL,
  `issuer_identifier` varchar(64) NOT NULL,
  `identifier` varchar(64) DEFAULT NULL,
  `subject` varchar(1000) DEFAULT NULL,
  `status` enum('ISSUED','HOLD','CRL_ISSUANCE_PENDING','REVOKED','UNKNOWN') DEFAULT 'UNKNOWN',
  `subject_key_identifier` varchar(255) DEFAULT NULL,
  `authority_key_identifier` varchar(255) DEFAULT NULL,
  `notbefore` int(10) unsigned DEFAULT NULL,
  `notafter` int(10) unsigned DEFAULT NULL,
  `revocation_time` int(10) unsigned DEFAULT NULL,
  `invalidity_time` int(10) unsigned DEFAULT NULL,
  `reason_code` varchar(50) DEFAULT NULL,
  `hold_instruction_code` varchar(50) DEFAULT NULL,
  `revocation_id` INT NULL DEFAULT NULL,
  `req_key` bigint(20) unsigned DEFAULT NULL,
  `data` longtext,
  PRIMARY KEY (`issuer_identifier`,`cert_key`),
  KEY `pki_realm` (`pki_realm`),
  UNIQUE KEY `identifier` (`identifier`),
  KEY `issuer_identifier` (`issuer_identifier`),
  KEY `subject` (`subject`(255)),
  KEY `status` (`status`),
  KEY `pki_realm_req_key` (`pki_realm`,`req_key`),
  KEY `req_key` (`req_key`),
  KEY `notbefore` (`notbefore`),
  KEY `notafter` (`notafter`),
  KEY `revocation_time` (`revocation_time`),
  KEY `invalidity_time` (`invalidity_time`),
  KEY `reason_code` (`reason_code`),
  KEY `hold_instruction_code` (`hold_instruction_code`),
  UNIQUE KEY `revocation_id` (`revocation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `certificate_attributes` (
  `identifier` varchar(64) NOT NULL,
  `attribute_key` bigint(20) unsigned NOT NULL,
  `attribute_contentkey` varchar(255) DEFAULT NULL,
  `attribute_value` varchar(4000) DEFAULT NULL,
  PRIMARY KEY (`attribute_key`,`identifier`),
  KEY `attribute_contentkey` (`attribute_contentkey`),
  KEY `attribute_value` (`attribute_value`(255)),
  KEY `identifier` (`identifier`),
  KEY `identifier_2` (`identifier`,`attribute_contentkey`),
  KEY `attribute_contentkey_2` (`attribute_contentkey`,`attribute_value`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `crl` (
  `pki_realm` varchar(255) NOT NULL,
  `issuer_identifier` varchar(64) NOT NULL,
  `profile` varchar(64) DEFAULT NULL,
  `crl_key` decimal(49,0) NOT NULL,
  `crl_number` decimal(49,0) DEFAULT NULL,
  `items` int(10) DEFAULT 0,
  `max_revocation_id` INT NULL DEFAULT NULL,
  `data` longtext,
  `last_update` int(10) unsigned DEFAULT NULL,
  `next_update` int(10) unsigned DEFAULT NULL,
  `publication_date` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`issuer_identifier`,`crl_key`),
  KEY `issuer_identifier` (`issuer_identifier`),
  KEY `profile` (`profile`),
  KEY `revocation_id` (`max_revocation_id`),
  KEY `pki_realm` (`pki_realm`),
  KEY `issuer_identifier_2` (`issuer_identifier`,`last_update`),
  KEY `crl_number` (`issuer_identifier`,`crl_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `csr` (
  `req_key` bigint(20) unsigned NOT NULL,
  `pki_realm` varchar(255) NOT NULL,
  `format` varchar(25) DEFAULT NULL,
  `profile` varchar(255) DEFAULT NULL,
  `subject` varchar(1000) DEFAULT NULL,
  `data` longtext,
  PRIMARY KEY (`pki_realm`,`req_key`),
  KEY `pki_realm` (`pki_realm`),
  KEY `profile` (`pki_realm`,`profile`),
  KEY `subject` (`subject`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `csr_attributes` (
  `attribute_key` bigint(20) unsigned NOT NULL,
  `pki_realm` varchar(255) NOT NULL,
  `req_key` decimal(49,0) NOT NULL,
  `attribute_contentkey` varchar(255) DEFAULT NULL,
  `attribute_value` longtext,
  `attribute_source` text,
  PRIMARY KEY (`attribute_key`,`pki_realm`,`req_key`),
  KEY `req_key` (`req_key`),
  KEY `pki_realm_req_key` (`pki_realm`,`req_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `datapool` (
  `pki_realm` varchar(255) NOT NULL,
  `namespace` varchar(255) NOT NULL,
  `datapool_key` varchar(255) NOT NULL,
  `datapool_value` longtext,
  `encryption_key` varchar(255) DEFAULT NULL,
  `access_key` VARCHAR(255) NULL DEFAULT NULL,
  `notafter` int(10) unsigned DEFAULT NULL,
  `last_update` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`pki_realm`,`namespace`,`datapool_key`),
  KEY `pki_realm` (`pki_realm`,`namespace`),
  KEY `notafter` (`notafter`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `report` (
  `report_name` varchar(63) NOT NULL,
  `pki_realm` varchar(255) NOT NULL,
  `created` int(11) NOT NULL,
  `mime_type` varchar(63) NOT NULL,
  `description` varchar(255) NOT NULL,
  `report_value` longblob NOT NULL,
  PRIMARY KEY (`report_name`,`pki_realm`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `secret` (
  `pki_realm` varchar(255) NOT NULL,
  `group_id` varchar(255) NOT NULL,
  `data` longtext,
  PRIMARY KEY (`pki_realm`,`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `backend_session` (
  `session_id` varchar(255) NOT NULL,
  `data` longtext,
  `created` int(10) unsigned NOT NULL,
  `modified` int(10) unsigned NOT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`session_id`),
  KEY (`modified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `frontend_session` (
  `session_id` varchar(255) NOT NULL,
  `data` longtext,
  `created` int(10) unsigned NOT NULL,
  `modified` int(10) unsigned NOT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  PRIMARY KEY (`session_id`),
  KEY (`modified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `seq_application_log` (
  `seq_number` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `dummy` int(11) DEFAULT NULL,
  PRIMARY KEY (`seq_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `seq_audittrail` (
  `seq_number` bigint(20) NOT NULL AUTO_INCREMENT,
  `dummy` int(11) DEFAULT NULL,
  PRIMARY KEY (`seq_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `seq_certificate` (
  `seq_number` bigint(20) NOT NULL AUTO_INCREMENT,
  `dummy` int(11) DEFAULT NULL,
  PRIMARY KEY (`seq_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `seq_certificate_attributes` (
  `seq_number` bigint(20) NOT NULL AUTO_INCREMENT,
  `dummy` int(11) DEFAULT NULL,
  PRIMARY KEY (`seq_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `seq_crl` (
  `seq_number` bigint(20) NOT NULL AUTO_INCREMENT,
  `dummy` int(11) DEFAULT NULL,
  PRIMARY KEY (`seq_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `seq_csr` (
  `seq_number` bigint(20) NOT NULL AUTO_INCREMENT,
  `dummy` int(11) DEFAULT NULL,
  PRIMARY KEY (`seq_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `seq_csr_attributes` (
  `seq_number` bigint(20) NOT NULL AUTO_INCREMENT,
  `dummy` int(11) DEFAULT NULL,
  PRIMARY KEY (`seq_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `seq_secret` (
  `seq_number` bigint(20) NOT NULL AUTO_INCREMENT,
  `dummy` int(11) DEFAULT NULL,
  PRIMARY KEY (`seq_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `seq_workflow` (
  `seq_number` bigint(20) NOT NULL AUTO_INCREMENT,
  `dummy` int(11) DEFAULT NULL,
  PRIMARY KEY (`seq_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `seq_workflow_history` (
  `seq_number` bigint(20) NOT NULL AUTO_INCREMENT,
  `dummy` int(11) DEFAULT NULL,
  PRIMARY KEY (`seq_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `workflow` (
  `workflow_id` bigint(20) unsigned NOT NULL,
  `pki_realm` varchar(255) DEFAULT NULL,
  `workflow_type` varchar(255) DEFAULT NULL,
  `workflow_state` varchar(255) DEFAULT NULL,
  `workflow_last_update` timestamp NOT NULL,
  `workflow_proc_state` enum('init','running','manual','pause','finished','archived','failed','wakeup','resume','exception','retry_exceeded') DEFAULT 'init',
  `workflow_wakeup_at` int(10) unsigned DEFAULT NULL,
  `workflow_count_try` int(10) unsigned DEFAULT NULL,
  `workflow_reap_at` int(10) unsigned DEFAULT NULL,
  `workflow_archive_at` int(10) unsigned DEFAULT NULL,
  `workflow_session` longtext,
  `watchdog_key` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`workflow_id`),
  KEY `pki_realm` (`pki_realm`),
  KEY `pki_realm_type` (`pki_realm`,`workflow_type`),
  KEY `pki_realm_state` (`pki_realm`, `workflow_state`),
  KEY `workflow_proc_state` (`pki_realm`, `workflow_proc_state`),
  KEY `watchdog_wakeup` (`workflow_wakeup_at`, `watchdog_key`, `workflow_proc_state`),
  KEY `watchdog_reap` (`workflow_reap_at`, `watchdog_key`, `workflow_proc_state`),
  KEY `watchdog_archive_at` (`workflow_archive_at`, `watchdog_key`, `workflow_proc_state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `workflow_attributes` (
  `workflow_id` bigint(20) unsigned NOT NULL,
  `attribute_contentkey` varchar(255) NOT NULL,
  `attribute_value` varchar(4000) DEFAULT NULL,
  PRIMARY KEY (`workflow_id`,`attribute_contentkey`),
  KEY `workflow_id` (`workflow_id`),
  KEY `attribute_contentkey` (`attribute_contentkey`),
  KEY `attribute_value` (`attribute_value`(255)),
  KEY `attribute_contentkey_2` (`attribute_contentkey`,`attribute_value`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `workflow_context` (
  `workflow_id` bigint(20) unsigned NOT NULL,
  `workflow_context_key` varchar(255) NOT NULL,
  `workflow_context_value` longtext,
  PRIMARY KEY (`workflow_id`,`workflow_context_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `workflow_history` (
  `workflow_hist_id` bigint(20) unsigned NOT NULL,
  `workflow_id` bigint(20) unsigned DEFAULT NULL,
  `workflow_action` varchar(255) DEFAULT NULL,
  `workflow_description` longtext,
  `workflow_state` varchar(255) DEFAULT NULL,
  `workflow_user` varchar(255) DEFAULT NULL,
  `workflow_node` varchar(64) DEFAULT NULL,
  `workflow_history_date` timestamp NOT NULL,
  PRIMARY KEY (`workflow_hist_id`),
  KEY `workflow_id` (`workflow_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `ocsp_responses` (
  `identifier` varchar(64),
  `serial_number` varbinary(128) NOT NULL,
  `authority_key_identifier` varbinary(128) NOT NULL,
  `body` varbinary(4096) NOT NULL,
  `expiry` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`serial_number`,`authority_key_identifier`),
  KEY `identifier` (`identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

CREATE TABLE `users` (
  `username` varchar(255) NOT NULL,
  `password` varchar(255) DEFAULT NULL,
  `pki_realm` varchar(255) DEFAULT NULL,
  `mail` varchar(255) NOT NULL,
  `realname` varchar(255) DEFAULT NULL,
  `role` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`username`,`pki_realm`),
  UNIQUE KEY `mail` (`mail`,`pki_realm`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_general_ci;

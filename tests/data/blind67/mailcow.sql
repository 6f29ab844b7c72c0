-- mailcow: dockerized (mailcow/mailcow-dockerized, commit 06424670fa5d60fee851f58bfc49f66086d5f0a6), GPL-3.0
-- data/web/inc/init_db.inc.php (db_version 19022026_1220): the schema is a PHP array ($tables) that init_db_schema()
-- turns into CREATE TABLE IF NOT EXISTS statements; written here as that function writes them (columns and types
-- verbatim, PRIMARY KEY / KEY / UNIQUE KEY / FOREIGN KEY clauses, table attributes).
-- Left out: quota2replica, sogo_admin, sogo_cache_folder, identity_provider, mta_sts, domain_wide_footer,
-- tags_domain, oauth_refresh_tokens, settingsmap, forwarding_hosts, and the six views.

CREATE TABLE IF NOT EXISTS `versions` (
  `application` VARCHAR(255) NOT NULL,
  `version` VARCHAR(100) NOT NULL,
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  PRIMARY KEY (`application`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `admin` (
  `username` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `superadmin` TINYINT(1) NOT NULL DEFAULT '0',
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `modified` DATETIME ON UPDATE NOW(0),
  `active` TINYINT(1) NOT NULL DEFAULT '1',
  `attributes` JSON,
  PRIMARY KEY (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `fido2` (
  `username` VARCHAR(255) NOT NULL,
  `friendlyName` VARCHAR(255),
  `rpId` VARCHAR(255) NOT NULL,
  `credentialPublicKey` TEXT NOT NULL,
  `certificateChain` TEXT,
  `certificate` TEXT,
  `certificateIssuer` VARCHAR(255),
  `certificateSubject` VARCHAR(255),
  `signatureCounter` INT,
  `AAGUID` BLOB,
  `credentialId` BLOB NOT NULL,
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `modified` DATETIME ON UPDATE NOW(0),
  `active` TINYINT(1) NOT NULL DEFAULT '1'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `_sogo_static_view` (
  `c_uid` VARCHAR(255) NOT NULL,
  `domain` VARCHAR(255) NOT NULL,
  `c_name` VARCHAR(255) NOT NULL,
  `c_password` VARCHAR(255) NOT NULL DEFAULT '',
  `c_cn` VARCHAR(255),
  `c_l` VARCHAR(255),
  `c_o` VARCHAR(255),
  `c_ou` VARCHAR(255),
  `c_telephonenumber` VARCHAR(255),
  `mail` VARCHAR(255) NOT NULL,
  `aliases` TEXT NOT NULL,
  `ad_aliases` VARCHAR(6144) NOT NULL DEFAULT '',
  `ext_acl` VARCHAR(6144) NOT NULL DEFAULT '',
  `kind` VARCHAR(100) NOT NULL DEFAULT '',
  `multiple_bookings` INT NOT NULL DEFAULT -1,
  PRIMARY KEY (`c_uid`),
  KEY `domain` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `relayhosts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `hostname` VARCHAR(255) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  KEY `hostname` (`hostname`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `transports` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `destination` VARCHAR(255) NOT NULL,
  `nexthop` VARCHAR(255) NOT NULL,
  `username` VARCHAR(255) NOT NULL DEFAULT '',
  `password` VARCHAR(255) NOT NULL DEFAULT '',
  `is_mx_based` TINYINT(1) NOT NULL DEFAULT '0',
  `active` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  KEY `destination` (`destination`),
  KEY `nexthop` (`nexthop`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `alias` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `address` VARCHAR(255) NOT NULL,
  `goto` TEXT NOT NULL,
  `domain` VARCHAR(255) NOT NULL,
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `modified` DATETIME ON UPDATE CURRENT_TIMESTAMP,
  `private_comment` TEXT,
  `public_comment` TEXT,
  `sogo_visible` TINYINT(1) NOT NULL DEFAULT '1',
  `internal` TINYINT(1) NOT NULL DEFAULT '0',
  `sender_allowed` TINYINT(1) NOT NULL DEFAULT '1',
  `active` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  UNIQUE KEY `address` (`address`),
  KEY `domain` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `api` (
  `api_key` VARCHAR(255) NOT NULL,
  `allow_from` VARCHAR(512) NOT NULL,
  `skip_ip_check` TINYINT(1) NOT NULL DEFAULT '0',
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `modified` DATETIME ON UPDATE NOW(0),
  `access` ENUM('ro', 'rw') NOT NULL DEFAULT 'rw',
  `active` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`api_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `sender_acl` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `logged_in_as` VARCHAR(255) NOT NULL,
  `send_as` VARCHAR(255) NOT NULL,
  `external` TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `templates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `template` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `attributes` JSON,
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `modified` DATETIME ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `domain` (
  `domain` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `aliases` INT(10) NOT NULL DEFAULT '0',
  `mailboxes` INT(10) NOT NULL DEFAULT '0',
  `defquota` BIGINT(20) NOT NULL DEFAULT '3072',
  `maxquota` BIGINT(20) NOT NULL DEFAULT '102400',
  `quota` BIGINT(20) NOT NULL DEFAULT '102400',
  `relayhost` VARCHAR(255) NOT NULL DEFAULT '0',
  `backupmx` TINYINT(1) NOT NULL DEFAULT '0',
  `gal` TINYINT(1) NOT NULL DEFAULT '1',
  `relay_all_recipients` TINYINT(1) NOT NULL DEFAULT '0',
  `relay_unknown_only` TINYINT(1) NOT NULL DEFAULT '0',
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `modified` DATETIME ON UPDATE CURRENT_TIMESTAMP,
  `active` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `tls_policy_override` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `dest` VARCHAR(255) NOT NULL,
  `policy` ENUM('none', 'may', 'encrypt', 'dane', 'dane-only', 'fingerprint', 'verify', 'secure') NOT NULL,
  `parameters` VARCHAR(255) DEFAULT '',
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `modified` DATETIME ON UPDATE CURRENT_TIMESTAMP,
  `active` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  UNIQUE KEY `dest` (`dest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `quarantine` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `qid` VARCHAR(30) NOT NULL,
  `subject` VARCHAR(500),
  `score` FLOAT(8,2),
  `ip` VARCHAR(50),
  `action` CHAR(20) NOT NULL DEFAULT 'unknown',
  `symbols` JSON,
  `fuzzy_hashes` JSON,
  `sender` VARCHAR(255) NOT NULL DEFAULT 'unknown',
  `rcpt` VARCHAR(255),
  `msg` LONGTEXT,
  `domain` VARCHAR(255),
  `notified` TINYINT(1) NOT NULL DEFAULT '0',
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `user` VARCHAR(255) NOT NULL DEFAULT 'unknown',
  `qhash` VARCHAR(64),
  PRIMARY KEY (`id`),
  KEY `qhash` (`qhash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `mailbox` (
  `username` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `mailbox_path_prefix` VARCHAR(150) DEFAULT '/var/vmail/',
  `quota` BIGINT(20) NOT NULL DEFAULT '102400',
  `local_part` VARCHAR(255) NOT NULL,
  `domain` VARCHAR(255) NOT NULL,
  `attributes` JSON,
  `custom_attributes` JSON NOT NULL DEFAULT ('{}'),
  `kind` VARCHAR(100) NOT NULL DEFAULT '',
  `multiple_bookings` INT NOT NULL DEFAULT -1,
  `authsource` ENUM('mailcow', 'keycloak', 'generic-oidc', 'ldap') DEFAULT 'mailcow',
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `modified` DATETIME ON UPDATE CURRENT_TIMESTAMP,
  `active` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`username`),
  KEY `domain` (`domain`),
  KEY `kind` (`kind`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `tags_mailbox` (
  `tag_name` VARCHAR(255) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  CONSTRAINT `fk_tags_mailbox` FOREIGN KEY (`username`) REFERENCES `mailbox` (`username`) ON DELETE CASCADE ON UPDATE NO ACTION,
  UNIQUE KEY `tag_name` (`tag_name`, `username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `sieve_filters` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(255) NOT NULL,
  `script_desc` VARCHAR(255) NOT NULL,
  `script_name` ENUM('active','inactive'),
  `script_data` TEXT NOT NULL,
  `filter_type` ENUM('postfilter','prefilter'),
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `modified` DATETIME ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `username` (`username`),
  KEY `script_desc` (`script_desc`),
  CONSTRAINT `fk_username_sieve_global_before` FOREIGN KEY (`username`) REFERENCES `mailbox` (`username`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `app_passwd` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `mailbox` VARCHAR(255) NOT NULL,
  `domain` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `modified` DATETIME ON UPDATE CURRENT_TIMESTAMP,
  `imap_access` TINYINT(1) NOT NULL DEFAULT '1',
  `smtp_access` TINYINT(1) NOT NULL DEFAULT '1',
  `dav_access` TINYINT(1) NOT NULL DEFAULT '1',
  `eas_access` TINYINT(1) NOT NULL DEFAULT '1',
  `pop3_access` TINYINT(1) NOT NULL DEFAULT '1',
  `sieve_access` TINYINT(1) NOT NULL DEFAULT '1',
  `active` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  KEY `mailbox` (`mailbox`),
  KEY `password` (`password`),
  KEY `domain` (`domain`),
  CONSTRAINT `fk_username_app_passwd` FOREIGN KEY (`mailbox`) REFERENCES `mailbox` (`username`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `user_acl` (
  `username` VARCHAR(255) NOT NULL,
  `spam_alias` TINYINT(1) NOT NULL DEFAULT '1',
  `tls_policy` TINYINT(1) NOT NULL DEFAULT '1',
  `spam_score` TINYINT(1) NOT NULL DEFAULT '1',
  `spam_policy` TINYINT(1) NOT NULL DEFAULT '1',
  `delimiter_action` TINYINT(1) NOT NULL DEFAULT '1',
  `syncjobs` TINYINT(1) NOT NULL DEFAULT '0',
  `eas_reset` TINYINT(1) NOT NULL DEFAULT '1',
  `sogo_profile_reset` TINYINT(1) NOT NULL DEFAULT '0',
  `pushover` TINYINT(1) NOT NULL DEFAULT '1',
  `quarantine` TINYINT(1) NOT NULL DEFAULT '1',
  `quarantine_attachments` TINYINT(1) NOT NULL DEFAULT '1',
  `quarantine_notification` TINYINT(1) NOT NULL DEFAULT '1',
  `quarantine_category` TINYINT(1) NOT NULL DEFAULT '1',
  `app_passwds` TINYINT(1) NOT NULL DEFAULT '1',
  `pw_reset` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`username`),
  CONSTRAINT `fk_username` FOREIGN KEY (`username`) REFERENCES `mailbox` (`username`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `alias_domain` (
  `alias_domain` VARCHAR(255) NOT NULL,
  `target_domain` VARCHAR(255) NOT NULL,
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `modified` DATETIME ON UPDATE CURRENT_TIMESTAMP,
  `active` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`alias_domain`),
  KEY `active` (`active`),
  KEY `target_domain` (`target_domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `spamalias` (
  `address` VARCHAR(255) NOT NULL,
  `goto` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `modified` DATETIME ON UPDATE CURRENT_TIMESTAMP,
  `validity` INT(11),
  `permanent` TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`address`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `filterconf` (
  `object` VARCHAR(255) NOT NULL DEFAULT '',
  `option` VARCHAR(50) NOT NULL DEFAULT '',
  `value` VARCHAR(100) NOT NULL DEFAULT '',
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `modified` DATETIME ON UPDATE CURRENT_TIMESTAMP,
  `prefid` INT(11) NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`prefid`),
  KEY `object` (`object`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `task` CHAR(32) NOT NULL DEFAULT '000000',
  `type` VARCHAR(32) DEFAULT '',
  `msg` TEXT,
  `call` TEXT,
  `user` VARCHAR(64) NOT NULL,
  `role` VARCHAR(32) NOT NULL,
  `remote` VARCHAR(39) NOT NULL,
  `time` INT(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `sasl_log` (
  `service` VARCHAR(32) NOT NULL DEFAULT '',
  `app_password` INT,
  `username` VARCHAR(255) NOT NULL,
  `real_rip` VARCHAR(64) NOT NULL,
  `datetime` DATETIME(0) NOT NULL DEFAULT NOW(0),
  PRIMARY KEY (`service`, `real_rip`, `username`),
  KEY `username` (`username`),
  KEY `service` (`service`),
  KEY `datetime` (`datetime`),
  KEY `real_rip` (`real_rip`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `quota2` (
  `username` VARCHAR(255) NOT NULL,
  `bytes` BIGINT(20) NOT NULL DEFAULT '0',
  `messages` BIGINT(20) NOT NULL DEFAULT '0',
  PRIMARY KEY (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `domain_admins` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(255) NOT NULL,
  `domain` VARCHAR(255) NOT NULL,
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `active` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `da_acl` (
  `username` VARCHAR(255) NOT NULL,
  `syncjobs` TINYINT(1) NOT NULL DEFAULT '1',
  `quarantine` TINYINT(1) NOT NULL DEFAULT '1',
  `login_as` TINYINT(1) NOT NULL DEFAULT '1',
  `sogo_access` TINYINT(1) NOT NULL DEFAULT '1',
  `app_passwds` TINYINT(1) NOT NULL DEFAULT '1',
  `bcc_maps` TINYINT(1) NOT NULL DEFAULT '1',
  `pushover` TINYINT(1) NOT NULL DEFAULT '0',
  `filters` TINYINT(1) NOT NULL DEFAULT '1',
  `ratelimit` TINYINT(1) NOT NULL DEFAULT '1',
  `spam_policy` TINYINT(1) NOT NULL DEFAULT '1',
  `extend_sender_acl` TINYINT(1) NOT NULL DEFAULT '0',
  `unlimited_quota` TINYINT(1) NOT NULL DEFAULT '0',
  `protocol_access` TINYINT(1) NOT NULL DEFAULT '1',
  `smtp_ip_access` TINYINT(1) NOT NULL DEFAULT '1',
  `alias_domains` TINYINT(1) NOT NULL DEFAULT '0',
  `mailbox_relayhost` TINYINT(1) NOT NULL DEFAULT '1',
  `domain_relayhost` TINYINT(1) NOT NULL DEFAULT '1',
  `domain_desc` TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `da_sso` (
  `username` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  PRIMARY KEY (`token`, `created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `reset_password` (
  `username` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  PRIMARY KEY (`token`, `created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `imapsync` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user2` VARCHAR(255) NOT NULL,
  `host1` VARCHAR(255) NOT NULL,
  `authmech1` ENUM('PLAIN','LOGIN','CRAM-MD5') DEFAULT 'PLAIN',
  `regextrans2` VARCHAR(255) DEFAULT '',
  `authmd51` TINYINT(1) NOT NULL DEFAULT 0,
  `domain2` VARCHAR(255) NOT NULL DEFAULT '',
  `subfolder2` VARCHAR(255) NOT NULL DEFAULT '',
  `user1` VARCHAR(255) NOT NULL,
  `password1` VARCHAR(255) NOT NULL,
  `exclude` VARCHAR(500) NOT NULL DEFAULT '',
  `maxage` SMALLINT NOT NULL DEFAULT '0',
  `mins_interval` SMALLINT UNSIGNED NOT NULL DEFAULT '0',
  `maxbytespersecond` VARCHAR(50) NOT NULL DEFAULT '0',
  `port1` SMALLINT UNSIGNED NOT NULL,
  `enc1` ENUM('TLS','SSL','PLAIN') DEFAULT 'TLS',
  `delete2duplicates` TINYINT(1) NOT NULL DEFAULT '1',
  `delete1` TINYINT(1) NOT NULL DEFAULT '0',
  `delete2` TINYINT(1) NOT NULL DEFAULT '0',
  `automap` TINYINT(1) NOT NULL DEFAULT '0',
  `skipcrossduplicates` TINYINT(1) NOT NULL DEFAULT '0',
  `custom_params` VARCHAR(512) NOT NULL DEFAULT '',
  `timeout1` SMALLINT NOT NULL DEFAULT '600',
  `timeout2` SMALLINT NOT NULL DEFAULT '600',
  `subscribeall` TINYINT(1) NOT NULL DEFAULT '1',
  `dry` TINYINT(1) NOT NULL DEFAULT '0',
  `is_running` TINYINT(1) NOT NULL DEFAULT '0',
  `returned_text` LONGTEXT,
  `last_run` TIMESTAMP NULL DEFAULT NULL,
  `success` TINYINT(1) UNSIGNED DEFAULT NULL,
  `exit_status` VARCHAR(50) DEFAULT NULL,
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `modified` DATETIME ON UPDATE CURRENT_TIMESTAMP,
  `active` TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `bcc_maps` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `local_dest` VARCHAR(255) NOT NULL,
  `bcc_dest` VARCHAR(255) NOT NULL,
  `domain` VARCHAR(255) NOT NULL,
  `type` ENUM('sender','rcpt'),
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `modified` DATETIME ON UPDATE CURRENT_TIMESTAMP,
  `active` TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `local_dest` (`local_dest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `recipient_maps` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `old_dest` VARCHAR(255) NOT NULL,
  `new_dest` VARCHAR(255) NOT NULL,
  `created` DATETIME(0) NOT NULL DEFAULT NOW(0),
  `modified` DATETIME ON UPDATE CURRENT_TIMESTAMP,
  `active` TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `local_dest` (`old_dest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `tfa` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key_id` VARCHAR(255) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `authmech` ENUM('yubi_otp', 'u2f', 'hotp', 'totp', 'webauthn'),
  `secret` VARCHAR(255) DEFAULT NULL,
  `keyHandle` VARCHAR(1023) DEFAULT NULL,
  `publicKey` VARCHAR(4096) DEFAULT NULL,
  `counter` INT NOT NULL DEFAULT '0',
  `certificate` TEXT,
  `active` TINYINT(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `sogo_acl` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `c_folder_id` INT NOT NULL,
  `c_object` VARCHAR(255) NOT NULL,
  `c_uid` VARCHAR(255) NOT NULL,
  `c_role` VARCHAR(80) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sogo_acl_c_folder_id_idx` (`c_folder_id`),
  KEY `sogo_acl_c_uid_idx` (`c_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `sogo_alarms_folder` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `c_path` VARCHAR(255) NOT NULL,
  `c_name` VARCHAR(255) NOT NULL,
  `c_uid` VARCHAR(255) NOT NULL,
  `c_recurrence_id` INT(11) DEFAULT NULL,
  `c_alarm_number` INT(11) NOT NULL,
  `c_alarm_date` INT(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `sogo_folder_info` (
  `c_folder_id` BIGINT(20) unsigned NOT NULL AUTO_INCREMENT,
  `c_path` VARCHAR(255) NOT NULL,
  `c_path1` VARCHAR(255) NOT NULL,
  `c_path2` VARCHAR(255) DEFAULT NULL,
  `c_path3` VARCHAR(255) DEFAULT NULL,
  `c_path4` VARCHAR(255) DEFAULT NULL,
  `c_foldername` VARCHAR(255) NOT NULL,
  `c_location` VARCHAR(2048) DEFAULT NULL,
  `c_quick_location` VARCHAR(2048) DEFAULT NULL,
  `c_acl_location` VARCHAR(2048) DEFAULT NULL,
  `c_folder_type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`c_path`),
  UNIQUE KEY `c_folder_id` (`c_folder_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `sogo_quick_appointment` (
  `c_folder_id` INT NOT NULL,
  `c_name` VARCHAR(255) NOT NULL,
  `c_uid` VARCHAR(1000) NOT NULL,
  `c_startdate` INT,
  `c_enddate` INT,
  `c_cycleenddate` INT,
  `c_title` VARCHAR(1000) NOT NULL,
  `c_participants` TEXT,
  `c_isallday` INT,
  `c_iscycle` INT,
  `c_cycleinfo` TEXT,
  `c_classification` INT NOT NULL,
  `c_isopaque` INT NOT NULL,
  `c_status` INT NOT NULL,
  `c_priority` INT,
  `c_location` VARCHAR(255),
  `c_orgmail` VARCHAR(255),
  `c_partmails` TEXT,
  `c_partstates` TEXT,
  `c_category` VARCHAR(255),
  `c_sequence` INT,
  `c_component` VARCHAR(10) NOT NULL,
  `c_nextalarm` INT,
  `c_description` TEXT,
  PRIMARY KEY (`c_folder_id`, `c_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `sogo_quick_contact` (
  `c_folder_id` INT NOT NULL,
  `c_name` VARCHAR(255) NOT NULL,
  `c_givenname` VARCHAR(255),
  `c_cn` VARCHAR(255),
  `c_sn` VARCHAR(255),
  `c_screenname` VARCHAR(255),
  `c_l` VARCHAR(255),
  `c_mail` TEXT,
  `c_o` VARCHAR(500),
  `c_ou` VARCHAR(255),
  `c_telephonenumber` VARCHAR(255),
  `c_categories` VARCHAR(255),
  `c_component` VARCHAR(10) NOT NULL,
  `c_hascertificate` INT4 DEFAULT 0,
  PRIMARY KEY (`c_folder_id`, `c_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `sogo_sessions_folder` (
  `c_id` VARCHAR(255) NOT NULL,
  `c_value` VARCHAR(4096) NOT NULL,
  `c_creationdate` INT(11) NOT NULL,
  `c_lastseen` INT(11) NOT NULL,
  PRIMARY KEY (`c_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `sogo_store` (
  `c_folder_id` INT NOT NULL,
  `c_name` VARCHAR(255) NOT NULL,
  `c_content` MEDIUMTEXT NOT NULL,
  `c_creationdate` INT NOT NULL,
  `c_lastmodified` INT NOT NULL,
  `c_version` INT NOT NULL,
  `c_deleted` INT,
  PRIMARY KEY (`c_folder_id`, `c_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `pushover` (
  `username` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `attributes` JSON,
  `title` TEXT,
  `text` TEXT,
  `senders` TEXT,
  `senders_regex` TEXT,
  `active` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `sogo_user_profile` (
  `c_uid` VARCHAR(255) NOT NULL,
  `c_defaults` LONGTEXT,
  `c_settings` LONGTEXT,
  PRIMARY KEY (`c_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `oauth_clients` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `client_id` VARCHAR(80) NOT NULL,
  `client_secret` VARCHAR(80),
  `redirect_uri` VARCHAR(2000),
  `grant_types` VARCHAR(80),
  `scope` VARCHAR(4000),
  `user_id` VARCHAR(80),
  PRIMARY KEY (`client_id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `oauth_access_tokens` (
  `access_token` VARCHAR(40) NOT NULL,
  `client_id` VARCHAR(80) NOT NULL,
  `user_id` VARCHAR(80),
  `expires` TIMESTAMP NOT NULL,
  `scope` VARCHAR(4000),
  PRIMARY KEY (`access_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

CREATE TABLE IF NOT EXISTS `oauth_authorization_codes` (
  `authorization_code` VARCHAR(40) NOT NULL,
  `client_id` VARCHAR(80) NOT NULL,
  `user_id` VARCHAR(80),
  `redirect_uri` VARCHAR(2000),
  `expires` TIMESTAMP NOT NULL,
  `scope` VARCHAR(4000),
  `id_token` VARCHAR(1000),
  PRIMARY KEY (`authorization_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;

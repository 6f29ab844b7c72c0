-- Hermes Secure Email Gateway (Deeztek; Postfix, Amavisd-new, SpamAssassin, ClamAV and CipherMail under one
-- ColdFusion / Lucee web console, with a user portal for quarantine, allow / block lists and encryption)
-- Upstream: github.com/deeztek/Hermes-Secure-Email-Gateway, branch master, commit
-- 0ad81f809b8432a12470c3681d55752737f790d3 ("remove unneeded files", after build-240815), file
-- download/hermes/mysql_schema/hermes.sql (the `hermes` database the installer loads), GPL-3.0.
-- The CREATE TABLE statements are copied as upstream writes them (a Navicat dump: column names, order, types, keys,
-- engines and AUTO_INCREMENT counters); the DROP statements, the seed INSERTs and SET FOREIGN_KEY_CHECKS are left out.
-- Hermes keeps Amavis's own tables (msgs, msgrcpt, maddr, mailaddr, wblist, policy, users) in this database, with
-- extra columns of its own.
-- Left out (working copies and leftovers of other tables): captcha_list_all2 and captcha_list_all3 (copies of
-- captcha_list), msg_cleanup_table_backup (copy of msg_cleanup_table), parameters_temp (staging copy of
-- parameters), file_rule_components_temp (staging copy of file_rule_components) and `testing` (a test table the
-- code never reads). The separate Syslog (rsyslog's SystemEvents) and opendmarc (OpenDMARC's own) databases and
-- download/ciphermail/ciphermail_hermes.sql (a patch to CipherMail's database) are not part of this file.

CREATE TABLE `timezones` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `timezone` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=452 DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dmarc_domains` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(255) DEFAULT NULL,
  `note` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=64 DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ad_import_temp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `policy_id` int(11) DEFAULT NULL,
  `recipient` varchar(255) DEFAULT NULL,
  `recipient_id` int(11) DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  `delete_id` int(11) DEFAULT NULL,
  `pdf_enabled` int(11) DEFAULT NULL,
  `smime_enabled` int(11) DEFAULT NULL,
  `digital_sign` int(11) DEFAULT NULL,
  `validity` varchar(255) DEFAULT NULL,
  `encryption` varchar(255) DEFAULT NULL,
  `algorithm` varchar(255) DEFAULT NULL,
  `smime_password` varchar(255) DEFAULT NULL,
  `smime_certificate_key` varchar(255) DEFAULT NULL,
  `pfx_certificate_name` varchar(255) DEFAULT NULL,
  `smime_certificate_request` varchar(255) DEFAULT NULL,
  `smime_certificate_name` varchar(255) DEFAULT NULL,
  `ca_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=10445 DEFAULT CHARSET=latin1;

CREATE TABLE `ad_integration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `entry_name` varchar(255) DEFAULT NULL,
  `dc_name` varchar(255) DEFAULT NULL,
  `fqdn_domain` varchar(255) DEFAULT NULL,
  `netbios_domain` varchar(255) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `objectclass` varchar(255) DEFAULT NULL,
  `scheduled` int(11) DEFAULT NULL,
  `scheduled_interval` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=48 DEFAULT CHARSET=latin1;

CREATE TABLE `aliases` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `alias` varchar(255) DEFAULT NULL,
  `maps` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=8 DEFAULT CHARSET=latin1;

CREATE TABLE `amavis_sender_bypass` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender` varchar(255) DEFAULT NULL,
  `transport` varchar(255) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `body_temp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `quar_loc` varbinary(255) DEFAULT NULL,
  `customtrans` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=327810 DEFAULT CHARSET=latin1;

CREATE TABLE `ca_settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `validity` varchar(255) DEFAULT NULL,
  `expires` date DEFAULT NULL,
  `encryption` varchar(255) DEFAULT NULL,
  `algorithm` varchar(255) DEFAULT NULL,
  `ca_commonname` varchar(255) DEFAULT NULL,
  `ca_email` varchar(255) DEFAULT NULL,
  `subca_commonname` varchar(255) DEFAULT NULL,
  `subca_email` varchar(255) DEFAULT NULL,
  `organizationname` varchar(255) DEFAULT NULL,
  `unitname` varchar(255) DEFAULT NULL,
  `stateprovincename` varchar(255) DEFAULT NULL,
  `countryname` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  `default2` int(11) DEFAULT NULL,
  `ca_directory` varchar(255) DEFAULT NULL,
  `ca_djigzo_id` int(11) DEFAULT NULL,
  `ca_djigzo_subject` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=46 DEFAULT CHARSET=latin1;

CREATE TABLE `captcha_list` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `random_letter` varchar(50) COLLATE utf8_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=136 DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `clients` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client` varchar(255) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=13 DEFAULT CHARSET=latin1;

CREATE TABLE `command` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `command` blob,
  `trans_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=3294 DEFAULT CHARSET=latin1;

CREATE TABLE `crontab_entries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value` varchar(255) DEFAULT NULL,
  `label` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dkim_bypass` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `entry` varchar(255) DEFAULT NULL,
  `note` varchar(255) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `dkim_sign` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(255) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  `public` varchar(255) DEFAULT NULL,
  `private` varchar(255) DEFAULT NULL,
  `enabled` int(11) DEFAULT NULL,
  `generated` int(11) DEFAULT NULL,
  `selector` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=207 DEFAULT CHARSET=latin1;

CREATE TABLE `dkim_trusted_hosts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `host` varchar(255) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  `note` varchar(255) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=196 DEFAULT CHARSET=latin1;

CREATE TABLE `domains` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(255) DEFAULT NULL,
  `policy_id` int(11) DEFAULT NULL,
  `transport_id` int(11) DEFAULT NULL,
  `senders_id` int(11) DEFAULT NULL,
  `action_taken` varchar(255) DEFAULT NULL,
  `recipients_id` int(11) DEFAULT NULL,
  `default` int(11) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=456 DEFAULT CHARSET=latin1;

CREATE TABLE `domains_temp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(255) DEFAULT NULL,
  `policy_id` int(11) DEFAULT NULL,
  `transport_id` int(11) DEFAULT NULL,
  `senders_id` int(11) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  `domain_id` int(11) DEFAULT NULL,
  `transport` varchar(255) DEFAULT NULL,
  `destination` varchar(255) DEFAULT NULL,
  `recipients_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=443 DEFAULT CHARSET=latin1;

CREATE TABLE `encrypted_recipients` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `policy_id` int(11) DEFAULT NULL,
  `recipient` varchar(255) DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `pdf_enabled` int(11) DEFAULT NULL,
  `smime_enabled` int(11) DEFAULT NULL,
  `smime_mode` int(11) DEFAULT NULL,
  `smime_certificate_name` varchar(255) DEFAULT NULL,
  `digital_sign` int(11) DEFAULT NULL,
  `pfx_certificate_name` varchar(255) DEFAULT NULL,
  `smime_certificate_password` varchar(255) DEFAULT NULL,
  `smime_certificate_expiration` timestamp NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  `validity` varchar(255) NOT NULL,
  `encryption` varchar(255) NOT NULL,
  `algorithm` varchar(255) NOT NULL,
  `ca_id` int(11) DEFAULT NULL,
  `recipient_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=456 DEFAULT CHARSET=latin1;

CREATE TABLE `encryption_settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `alias` varchar(255) DEFAULT NULL,
  `property` varchar(255) DEFAULT NULL,
  `value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=624 DEFAULT CHARSET=latin1;

CREATE TABLE `external_recipient_certificates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `smime_certificate_key` varchar(255) DEFAULT NULL,
  `external_ca` int(11) DEFAULT NULL,
  `smime_certificate_request` varchar(255) DEFAULT NULL,
  `smime_certificate_name` varchar(255) DEFAULT NULL,
  `pfx_certificate_name` varchar(255) DEFAULT NULL,
  `smime_certificate_password` varchar(255) DEFAULT NULL,
  `smime_certificate_expiration` date DEFAULT NULL,
  `validity` varchar(255) DEFAULT NULL,
  `encryption` varchar(255) DEFAULT NULL,
  `algorithm` varchar(255) DEFAULT NULL,
  `ca_id` int(11) DEFAULT NULL,
  `serial` varchar(255) DEFAULT NULL,
  `external_ca_name` varchar(255) DEFAULT NULL,
  `thumbprint` varchar(255) DEFAULT NULL,
  `djigzo_certificate_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=33 DEFAULT CHARSET=latin1;

CREATE TABLE `external_recipients` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) DEFAULT NULL,
  `smime` int(255) DEFAULT NULL,
  `pdf` int(11) DEFAULT NULL,
  `pdf_mode` varchar(255) DEFAULT NULL,
  `smime_mode` varchar(255) DEFAULT NULL,
  `encryption_mode` varchar(255) DEFAULT NULL,
  `pdf_password` varchar(255) DEFAULT NULL,
  `pgp` int(255) DEFAULT NULL,
  `pgp_mode` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=184 DEFAULT CHARSET=latin1;

CREATE TABLE `fetchmail` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `remote_server` varchar(255) DEFAULT NULL,
  `protocol` varchar(255) DEFAULT NULL,
  `port` int(11) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `local_recipient` varchar(255) DEFAULT NULL,
  `headers` varchar(255) DEFAULT NULL,
  `keep` varchar(255) DEFAULT NULL,
  `fetchall` varchar(255) DEFAULT NULL,
  `incoming_server` varchar(255) DEFAULT NULL,
  `encryption` varchar(255) DEFAULT NULL,
  `encryption_protocol` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=latin1;

CREATE TABLE `file_rule_components` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `file_id` int(11) DEFAULT NULL,
  `rule_id` int(11) DEFAULT NULL,
  `rule_name` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `priority` int(11) DEFAULT NULL,
  `system` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=2374 DEFAULT CHARSET=latin1;

CREATE TABLE `file_rules` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `rule_id` int(11) DEFAULT NULL,
  `rule_name` varchar(255) DEFAULT NULL,
  `system` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=latin1;

CREATE TABLE `file_types` (
  `name` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `files` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `file` varchar(255) NOT NULL DEFAULT '',
  `description` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `system` char(255) DEFAULT NULL,
  `allow` varchar(255) DEFAULT NULL,
  `ban` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`,`file`)
) ENGINE=MyISAM AUTO_INCREMENT=118 DEFAULT CHARSET=latin1;

CREATE TABLE `firewall` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ip` varchar(50) COLLATE utf8_unicode_ci DEFAULT NULL,
  `note` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `hermesadmin` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `ciphermailadmin` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `datetime` timestamp NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=99 DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `header_checks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `pattern` varchar(255) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=13 DEFAULT CHARSET=latin1;

CREATE TABLE `keywords` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `keyword` varchar(255) DEFAULT NULL,
  `banned` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=11 DEFAULT CHARSET=latin1;

CREATE TABLE `maddr` (
  `partition_tag` int(11) DEFAULT '0',
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `email` varbinary(255) NOT NULL,
  `domain` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `part_email` (`partition_tag`,`email`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mailaddr` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `priority` int(11) NOT NULL DEFAULT '7',
  `email` varchar(255) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`) USING BTREE
) ENGINE=MyISAM AUTO_INCREMENT=988 DEFAULT CHARSET=utf8;

CREATE TABLE `mailaddr_temp` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `recipient_id` int(11) NOT NULL,
  `mailaddr_id` int(11) NOT NULL,
  `receiver` char(255) DEFAULT NULL,
  `sender` varchar(255) DEFAULT NULL,
  `wb` varchar(255) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  `owner` int(11) DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=2241 DEFAULT CHARSET=utf8;

CREATE TABLE `malware_databases` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `db` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `active` varchar(10) DEFAULT NULL,
  `feed` varchar(50) DEFAULT NULL,
  `fp` varchar(10) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=96 DEFAULT CHARSET=latin1;

CREATE TABLE `malware_feeds` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `enabled` varchar(10) DEFAULT NULL,
  `update_int` int(11) DEFAULT NULL,
  `code` varchar(255) DEFAULT NULL,
  `product` varchar(255) DEFAULT NULL,
  `list` varchar(255) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  `malwarepatrol_free` varchar(10) DEFAULT NULL,
  `securite_premium` varchar(255) DEFAULT NULL,
  `template` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=latin1;

CREATE TABLE `message_rules` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `rule_name` varchar(255) CHARACTER SET latin1 DEFAULT NULL,
  `rule_type` varchar(255) CHARACTER SET latin1 DEFAULT NULL,
  `rule_desc` varchar(255) CHARACTER SET latin1 DEFAULT NULL,
  `header` varchar(255) CHARACTER SET latin1 DEFAULT NULL,
  `regex` varchar(255) CHARACTER SET latin1 DEFAULT NULL,
  `score` double DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=17 DEFAULT CHARSET=utf8mb4;

CREATE TABLE `msg_cleanup_table` (
  `mail_id` varbinary(255) DEFAULT NULL,
  `secret_id` varbinary(255) DEFAULT NULL,
  `time_iso` timestamp NULL DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `msg_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `content_type` char(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `user` int(11) DEFAULT NULL,
  `user_stats` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=13 DEFAULT CHARSET=latin1;

CREATE TABLE `msgrcpt` (
  `partition_tag` int(11) DEFAULT '0',
  `mail_id` varbinary(16) NOT NULL,
  `rseqnum` int(11) NOT NULL DEFAULT '0',
  `rid` bigint(20) unsigned NOT NULL,
  `is_local` char(1) NOT NULL DEFAULT '',
  `content` char(1) NOT NULL DEFAULT '',
  `ds` char(1) NOT NULL,
  `rs` char(1) NOT NULL,
  `bl` char(1) DEFAULT '',
  `wl` char(1) DEFAULT '',
  `bspam_level` float DEFAULT NULL,
  `smtp_resp` varchar(255) DEFAULT '',
  KEY `mail_id` (`mail_id`) USING BTREE,
  KEY `rid` (`rid`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `msgs` (
  `partition_tag` int(11) NOT NULL DEFAULT '0',
  `mail_id` varbinary(16) NOT NULL,
  `secret_id` varbinary(16) DEFAULT '',
  `am_id` varchar(20) NOT NULL,
  `time_num` int(10) unsigned NOT NULL,
  `time_iso` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `sid` bigint(20) unsigned NOT NULL,
  `policy` varchar(255) DEFAULT '',
  `client_addr` varchar(255) DEFAULT '',
  `size` int(10) unsigned NOT NULL,
  `originating` char(1) NOT NULL DEFAULT '',
  `content` char(1) DEFAULT NULL,
  `quar_type` char(1) DEFAULT NULL,
  `quar_loc` varbinary(255) DEFAULT '',
  `dsn_sent` char(1) DEFAULT NULL,
  `spam_level` float DEFAULT NULL,
  `message_id` varchar(255) DEFAULT '',
  `from_addr` varchar(255) CHARACTER SET utf8 COLLATE utf8_bin DEFAULT '',
  `subject` varchar(255) CHARACTER SET utf8 COLLATE utf8_bin DEFAULT '',
  `host` varchar(255) NOT NULL,
  `archive` char(1) DEFAULT 'N',
  PRIMARY KEY (`partition_tag`,`mail_id`),
  KEY `msgs_idx_sid` (`sid`) USING BTREE,
  KEY `msgs_idx_mess_id` (`message_id`) USING BTREE,
  KEY `msgs_idx_time_num` (`time_num`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `parameters` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parameter` varchar(255) DEFAULT NULL,
  `whitelist` int(11) DEFAULT NULL,
  `blacklist` int(11) DEFAULT NULL,
  `weight` int(11) DEFAULT NULL,
  `smtpd_recipient_restrictions` int(11) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `module` varchar(255) DEFAULT NULL,
  `priority` int(11) DEFAULT NULL,
  `default_value` varchar(255) DEFAULT NULL,
  `editable` int(11) DEFAULT NULL,
  `conf_file` varchar(255) DEFAULT NULL,
  `description` blob,
  `parent` int(11) DEFAULT NULL,
  `child` int(11) DEFAULT NULL,
  `order1` int(11) DEFAULT NULL,
  `enabled` int(11) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  `network_entry` int(11) DEFAULT NULL,
  `note` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=355 DEFAULT CHARSET=latin1;

CREATE TABLE `parameters2` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parameter` varchar(255) DEFAULT NULL,
  `value2` varchar(255) DEFAULT NULL,
  `module` varchar(255) DEFAULT NULL,
  `active` int(11) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=88 DEFAULT CHARSET=latin1;

CREATE TABLE `system_certificates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(255) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `issuer` varchar(255) DEFAULT NULL,
  `serial` varchar(255) DEFAULT NULL,
  `fingerprint` varchar(255) DEFAULT NULL,
  `startdate` varchar(255) DEFAULT NULL,
  `enddate` varchar(255) DEFAULT NULL,
  `file_name` varchar(255) DEFAULT NULL,
  `friendly_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=24 DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_tokens` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `ip` varchar(255) DEFAULT NULL,
  `system` int(11) DEFAULT NULL,
  `active` int(11) DEFAULT NULL,
  `verify` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pgp_keyservers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `keyserver` varchar(255) DEFAULT NULL,
  `note` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=latin1;

CREATE TABLE `policy` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `policy_name` varchar(32) DEFAULT NULL,
  `virus_lover` char(1) DEFAULT NULL,
  `spam_lover` char(1) DEFAULT NULL,
  `banned_files_lover` char(1) DEFAULT NULL,
  `bad_header_lover` char(1) DEFAULT NULL,
  `bypass_virus_checks` char(1) DEFAULT NULL,
  `bypass_spam_checks` char(1) DEFAULT NULL,
  `bypass_banned_checks` char(1) DEFAULT NULL,
  `bypass_header_checks` char(1) DEFAULT NULL,
  `spam_modifies_subj` char(1) DEFAULT NULL,
  `virus_quarantine_to` varchar(64) DEFAULT NULL,
  `spam_quarantine_to` varchar(64) DEFAULT NULL,
  `banned_quarantine_to` varchar(64) DEFAULT NULL,
  `bad_header_quarantine_to` varchar(64) DEFAULT NULL,
  `clean_quarantine_to` varchar(64) DEFAULT NULL,
  `other_quarantine_to` varchar(64) DEFAULT NULL,
  `spam_tag_level` float DEFAULT NULL,
  `spam_tag2_level` float DEFAULT NULL,
  `spam_kill_level` float DEFAULT NULL,
  `spam_dsn_cutoff_level` float DEFAULT NULL,
  `spam_quarantine_cutoff_level` float DEFAULT NULL,
  `addr_extension_virus` varchar(64) DEFAULT NULL,
  `addr_extension_spam` varchar(64) DEFAULT NULL,
  `addr_extension_banned` varchar(64) DEFAULT NULL,
  `addr_extension_bad_header` varchar(64) DEFAULT NULL,
  `warnvirusrecip` char(1) DEFAULT NULL,
  `warnbannedrecip` char(1) DEFAULT NULL,
  `warnbadhrecip` char(1) DEFAULT NULL,
  `newvirus_admin` varchar(64) DEFAULT NULL,
  `virus_admin` varchar(64) DEFAULT NULL,
  `banned_admin` varchar(64) DEFAULT NULL,
  `bad_header_admin` varchar(64) DEFAULT NULL,
  `spam_admin` varchar(64) DEFAULT NULL,
  `message_size_limit` int(11) DEFAULT NULL,
  `banned_rulenames` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=41 DEFAULT CHARSET=utf8;

CREATE TABLE `policy2` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `policy_name` varchar(255) DEFAULT NULL,
  `virus_lover` char(1) DEFAULT 'Y',
  `spam_lover` char(1) DEFAULT 'Y',
  `banned_files_lover` char(1) DEFAULT 'Y',
  `bad_header_lover` char(1) DEFAULT 'Y',
  `bypass_virus_checks` char(1) DEFAULT 'Y',
  `bypass_spam_checks` char(1) DEFAULT 'Y',
  `bypass_banned_checks` char(1) DEFAULT 'Y',
  `bypass_header_checks` char(1) DEFAULT 'Y',
  `discard_viruses` char(1) DEFAULT NULL,
  `discard_spam` char(1) DEFAULT NULL,
  `discard_banned_files` char(1) DEFAULT NULL,
  `discard_bad_headers` char(1) DEFAULT NULL,
  `spam_modifies_subj` char(1) DEFAULT 'N',
  `spam_quarantine_to` varchar(64) DEFAULT NULL,
  `spam_tag_level` float DEFAULT '999',
  `spam_tag2_level` float DEFAULT '999',
  `spam_kill_level` float DEFAULT '999',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=11 DEFAULT CHARSET=latin1;

CREATE TABLE `postfix_queue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `trans_id` varchar(255) DEFAULT NULL,
  `msg_id` varchar(255) DEFAULT NULL,
  `queue_type` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `postscreen_access` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender` varchar(255) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  `action2` varchar(255) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  `note` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=192 DEFAULT CHARSET=latin1;

CREATE TABLE `rbl_override` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender` varchar(255) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=27 DEFAULT CHARSET=latin1;

CREATE TABLE `recipient_certificates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `smime_certificate_key` varchar(255) DEFAULT NULL,
  `external_ca` int(11) DEFAULT NULL,
  `smime_certificate_request` varchar(255) DEFAULT NULL,
  `smime_certificate_name` varchar(255) DEFAULT NULL,
  `pfx_certificate_name` varchar(255) DEFAULT NULL,
  `smime_certificate_password` varchar(255) DEFAULT NULL,
  `smime_certificate_expiration` date DEFAULT NULL,
  `validity` varchar(255) DEFAULT NULL,
  `encryption` varchar(255) DEFAULT NULL,
  `algorithm` varchar(255) DEFAULT NULL,
  `ca_id` int(11) DEFAULT NULL,
  `serial` varchar(255) DEFAULT NULL,
  `external_ca_name` varchar(255) DEFAULT NULL,
  `thumbprint` varchar(255) DEFAULT NULL,
  `djigzo_certificate_id` int(11) DEFAULT NULL,
  `external` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=188 DEFAULT CHARSET=latin1;

CREATE TABLE `recipient_keystores` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `user_name` varchar(255) DEFAULT NULL,
  `pgp_keystore_password` varchar(255) DEFAULT NULL,
  `pgp_keystore_expiration` datetime DEFAULT NULL,
  `pgp_keystore_creation` datetime DEFAULT NULL,
  `encryption` varchar(255) DEFAULT NULL,
  `algorithm` varchar(255) DEFAULT NULL,
  `pgp_fingerprint` varchar(255) DEFAULT NULL,
  `pgp_fingerprint_sha256` varchar(255) DEFAULT NULL,
  `pgp_key_id` varchar(255) DEFAULT NULL,
  `djigzo_keystore_id` int(11) DEFAULT NULL,
  `external` int(11) DEFAULT NULL,
  `master` int(11) DEFAULT NULL,
  `parent` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=402 DEFAULT CHARSET=latin1;

CREATE TABLE `recipients` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `policy_id` int(11) DEFAULT NULL,
  `recipient` varchar(255) DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `pdf_enabled` int(11) DEFAULT NULL,
  `smime_enabled` int(11) DEFAULT NULL,
  `pgp_enabled` int(11) DEFAULT NULL,
  `smime_mode` int(11) DEFAULT NULL,
  `external_ca` int(11) DEFAULT NULL,
  `smime_certificate_key` varchar(255) DEFAULT NULL,
  `smime_certificate_request` varchar(255) DEFAULT NULL,
  `smime_certificate_name` varchar(255) DEFAULT NULL,
  `digital_sign` int(11) DEFAULT NULL,
  `pfx_certificate_name` varchar(255) DEFAULT NULL,
  `smime_certificate_password` varchar(255) DEFAULT NULL,
  `smime_certificate_expiration` date DEFAULT NULL,
  `validity` varchar(255) DEFAULT NULL,
  `encryption` varchar(255) DEFAULT NULL,
  `algorithm` varchar(255) DEFAULT NULL,
  `ca_id` int(11) DEFAULT NULL,
  `configured` int(11) DEFAULT NULL,
  `domain` int(11) DEFAULT NULL,
  `priority` int(11) NOT NULL DEFAULT '7',
  `uniqueid` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=1481 DEFAULT CHARSET=latin1;

CREATE TABLE `recipients_temp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `policy_id` int(11) DEFAULT NULL,
  `recipient` varchar(255) DEFAULT NULL,
  `recipient_id` int(11) DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  `delete_id` int(11) DEFAULT NULL,
  `pdf_enabled` int(11) DEFAULT NULL,
  `smime_enabled` int(11) DEFAULT NULL,
  `pgp_enabled` int(11) DEFAULT NULL,
  `digital_sign` int(11) DEFAULT NULL,
  `validity` varchar(255) DEFAULT NULL,
  `encryption` varchar(255) DEFAULT NULL,
  `algorithm` varchar(255) DEFAULT NULL,
  `smime_password` varchar(255) DEFAULT NULL,
  `smime_certificate_key` varchar(255) DEFAULT NULL,
  `pfx_certificate_name` varchar(255) DEFAULT NULL,
  `smime_certificate_request` varchar(255) DEFAULT NULL,
  `smime_certificate_name` varchar(255) DEFAULT NULL,
  `ca_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=11227 DEFAULT CHARSET=latin1;

CREATE TABLE `salt` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `salt` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=14832 DEFAULT CHARSET=latin1;

CREATE TABLE `searches` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customtrans` varchar(255) DEFAULT NULL,
  `started` timestamp NULL DEFAULT NULL,
  `ended` timestamp NULL DEFAULT NULL,
  `searchfor` varchar(255) DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `senders` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sender` varchar(255) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=413 DEFAULT CHARSET=latin1;

CREATE TABLE `spam_policies` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `policy_id` int(11) DEFAULT NULL,
  `policy_name` varchar(255) DEFAULT NULL,
  `custom` int(11) DEFAULT NULL,
  `system` int(11) DEFAULT NULL,
  `default_policy` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=45 DEFAULT CHARSET=latin1;

CREATE TABLE `spam_settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parameter` varchar(255) DEFAULT NULL,
  `value` varchar(255) DEFAULT NULL,
  `default_local` varchar(255) DEFAULT NULL,
  `default_network` varchar(255) DEFAULT NULL,
  `default_bayes` varchar(255) DEFAULT NULL,
  `default_bayes_network` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `spamfilter` int(11) DEFAULT NULL,
  `active` int(11) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=1474 DEFAULT CHARSET=latin1;

CREATE TABLE `spf_bypass` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `entry_note` varchar(255) DEFAULT NULL,
  `entry_type` varchar(255) DEFAULT NULL,
  `entry` varchar(255) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE `subnet` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value2` varchar(255) DEFAULT NULL,
  `value3` varchar(255) DEFAULT NULL,
  `mask` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=34 DEFAULT CHARSET=latin1;

CREATE TABLE `system_settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `parameter` varchar(255) NOT NULL DEFAULT '',
  `value` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`,`parameter`),
  UNIQUE KEY `parameter` (`parameter`)
) ENGINE=MyISAM AUTO_INCREMENT=75 DEFAULT CHARSET=latin1;

CREATE TABLE `system_updates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `version` varchar(255) DEFAULT NULL,
  `build` varchar(255) DEFAULT NULL,
  `status` int(11) DEFAULT NULL,
  `date_installed` timestamp NULL DEFAULT NULL,
  `install_order` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=39 DEFAULT CHARSET=latin1;

CREATE TABLE `system_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(255) DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `first_name` varchar(255) DEFAULT NULL,
  `last_name` varchar(255) DEFAULT NULL,
  `system` int(11) DEFAULT NULL,
  `access_control` varchar(255) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=26 DEFAULT CHARSET=latin1;

CREATE TABLE `tasks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `priority` int(11) DEFAULT NULL,
  `transaction` varchar(255) DEFAULT NULL,
  `date_time_submitted` timestamp NULL DEFAULT NULL,
  `session_no` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  `property` varchar(255) DEFAULT NULL,
  `value` varchar(255) DEFAULT NULL,
  `user_domain` varchar(255) DEFAULT NULL,
  `completed` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=2874 DEFAULT CHARSET=latin1;

CREATE TABLE `tasks2` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `priority` int(11) DEFAULT NULL,
  `domain` varchar(255) DEFAULT NULL,
  `server` varchar(255) DEFAULT NULL,
  `date_time_submitted` timestamp NULL DEFAULT NULL,
  `session_no` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `command` varchar(255) DEFAULT NULL,
  `completed` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=961 DEFAULT CHARSET=latin1;

CREATE TABLE `temp_mail_view` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mail_text` longblob,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=149 DEFAULT CHARSET=latin1;

CREATE TABLE `temp_table` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `session_id` varchar(255) DEFAULT NULL,
  `djigzo_certificate_id` int(11) DEFAULT NULL,
  `recipient_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=52 DEFAULT CHARSET=latin1;

CREATE TABLE `tls_policies` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(255) DEFAULT NULL,
  `method` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `applied` int(11) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=33 DEFAULT CHARSET=latin1;

CREATE TABLE `transport` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(255) DEFAULT NULL,
  `transport` varchar(255) DEFAULT NULL,
  `destination` varchar(255) DEFAULT NULL,
  `method` varchar(255) DEFAULT NULL,
  `port` float DEFAULT NULL,
  `mx` varchar(255) DEFAULT NULL,
  `authentication` varchar(255) DEFAULT NULL,
  `authentication_username` varchar(255) DEFAULT NULL,
  `authentication_password` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=367 DEFAULT CHARSET=latin1;

CREATE TABLE `transport_temp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(255) DEFAULT NULL,
  `transport` varchar(255) DEFAULT NULL,
  `destination` varchar(255) DEFAULT NULL,
  `method` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=159 DEFAULT CHARSET=latin1;

CREATE TABLE `user_destinations` (
  `id` int(11) DEFAULT NULL,
  `destination` varchar(255) DEFAULT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `user_settings` (
  `id` varchar(255) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `datetime` datetime DEFAULT NULL,
  `report_frequency` int(11) DEFAULT NULL,
  `report_enabled` varchar(255) DEFAULT NULL,
  `password_set` int(11) DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `train_bayes` int(11) DEFAULT NULL,
  `download_msg` int(11) DEFAULT NULL,
  `reset_password_code` varchar(255) DEFAULT NULL,
  `reset_password_ip` varchar(255) DEFAULT NULL,
  `reset_password_datetime` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `policy_id` int(11) DEFAULT NULL,
  `email` varbinary(255) DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `pdf_enabled` int(11) DEFAULT NULL,
  `smime_enabled` int(11) DEFAULT NULL,
  `pgp_enabled` int(11) DEFAULT NULL,
  `smime_mode` int(11) DEFAULT NULL,
  `external_ca` int(11) DEFAULT NULL,
  `smime_certificate_key` varchar(255) DEFAULT NULL,
  `smime_certificate_request` varchar(255) DEFAULT NULL,
  `smime_certificate_name` varchar(255) DEFAULT NULL,
  `digital_sign` int(11) DEFAULT NULL,
  `pfx_certificate_name` varchar(255) DEFAULT NULL,
  `smime_certificate_password` varchar(255) DEFAULT NULL,
  `smime_certificate_expiration` date DEFAULT NULL,
  `validity` varchar(255) DEFAULT NULL,
  `encryption` varchar(255) DEFAULT NULL,
  `algorithm` varchar(255) DEFAULT NULL,
  `ca_id` int(11) DEFAULT NULL,
  `configured` int(11) DEFAULT NULL,
  `domain` int(11) DEFAULT NULL,
  `priority` int(11) NOT NULL DEFAULT '7',
  `uniqueid` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=1481 DEFAULT CHARSET=latin1;

CREATE TABLE `virtual_recipients` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `virtual_address` varchar(255) NOT NULL,
  `maps` varchar(255) DEFAULT NULL,
  `system` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM AUTO_INCREMENT=288 DEFAULT CHARSET=latin1;

CREATE TABLE `wblist` (
  `rid` int(10) unsigned NOT NULL,
  `sid` int(10) unsigned NOT NULL,
  `wb` varchar(10) NOT NULL,
  PRIMARY KEY (`rid`,`sid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

-- TACACSGUI: web GUI and accounting parser for the tac_plus (TACACS+) AAA server of network devices.
-- Upstream: github.com/tacacsgui/tacacsgui, commit bad15738dea3d3c784bb929fab694285df1f1c7d (GPL-3.0).
-- Source: the table definitions of web/api/app/Controllers/APIChecker/APIDatabase.php ($tablesArr for the `tgui`
-- database, $tablesArr_log for the `tgui_log` database), rendered as APICheckerCtrl::tableCreate builds them with
-- the Laravel 5.5 schema builder (increments id, timestamps, string = varchar(255), defaults / nullable by its rule,
-- foreign keys named <table>_<column>_foreign). Both databases in one file; tables ordered so that a referenced
-- table comes first (upstream creates them with foreign-key checks disabled).

CREATE TABLE `api_user_groups` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `rights` int NOT NULL DEFAULT '0',
  `default_flag` int NOT NULL DEFAULT '0',
  `bad_authentication_notice` int NOT NULL DEFAULT '0',
  `bad_authorization_notice` int NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `api_users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL DEFAULT '',
  `email` varchar(255) NOT NULL DEFAULT '',
  `password` varchar(255) NOT NULL DEFAULT '',
  `firstname` varchar(255) NOT NULL DEFAULT '',
  `surname` varchar(255) NOT NULL DEFAULT '',
  `group` int unsigned NULL,
  `position` varchar(255) NOT NULL DEFAULT '',
  `cmd_type` int NOT NULL DEFAULT '0',
  `bad_authentication_notice` int NOT NULL DEFAULT '0',
  `bad_authorization_notice` int NOT NULL DEFAULT '0',
  `changePasswd` int NOT NULL DEFAULT '1',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_users_group_foreign` FOREIGN KEY (`group`) REFERENCES `api_user_groups` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `api_notification` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `bad_authentication_enable` int NOT NULL DEFAULT '0',
  `bad_authentication_count` int NOT NULL DEFAULT '0',
  `bad_authentication_interval` int NOT NULL DEFAULT '0',
  `bad_authentication_email_list` text NULL,
  `bad_authorization_enable` int NOT NULL DEFAULT '0',
  `bad_authorization_count` int NOT NULL DEFAULT '0',
  `bad_authorization_interval` int NOT NULL DEFAULT '0',
  `bad_authorization_email_list` text NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `api_settings` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `timezone` varchar(255) NOT NULL DEFAULT '348',
  `update_url` varchar(255) NOT NULL DEFAULT 'https://tacacsgui.com/updates/',
  `update_activated` int NOT NULL DEFAULT '0',
  `update_signin` int NOT NULL DEFAULT '1',
  `ntp_list` varchar(255) NOT NULL DEFAULT '',
  `api_logging_max_entries` int NOT NULL DEFAULT '500',
  `update_key` varchar(255) NOT NULL DEFAULT '',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `api_password_policy` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `api_pw_length` int NOT NULL DEFAULT '8',
  `api_pw_uppercase` int NOT NULL DEFAULT '0',
  `api_pw_lowercase` int NOT NULL DEFAULT '0',
  `api_pw_numbers` int NOT NULL DEFAULT '0',
  `api_pw_special` int NOT NULL DEFAULT '0',
  `api_pw_same` int NOT NULL DEFAULT '0',
  `tac_pw_length` int NOT NULL DEFAULT '8',
  `tac_pw_uppercase` int NOT NULL DEFAULT '0',
  `tac_pw_lowercase` int NOT NULL DEFAULT '0',
  `tac_pw_numbers` int NOT NULL DEFAULT '0',
  `tac_pw_special` int NOT NULL DEFAULT '0',
  `tac_pw_same` int NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `api_smtp` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `smtp_servers` varchar(255) NOT NULL DEFAULT '',
  `smtp_auth` int NOT NULL DEFAULT '0',
  `smtp_autotls` int NOT NULL DEFAULT '0',
  `smtp_from` varchar(255) NOT NULL DEFAULT '',
  `smtp_username` varchar(255) NOT NULL DEFAULT '',
  `smtp_password` varchar(255) NOT NULL DEFAULT '',
  `smtp_port` int NOT NULL DEFAULT '25',
  `smtp_secure` varchar(255) NOT NULL DEFAULT '',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `api_backup` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `tcfgSet` int NOT NULL DEFAULT '1',
  `apicfgSet` int NOT NULL DEFAULT '1',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `obj_addresses` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `type` int NOT NULL DEFAULT '0',
  `name` varchar(255) NOT NULL DEFAULT '',
  `address` varchar(255) NOT NULL DEFAULT '',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `api_logging_miss_rules` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `type` int NOT NULL DEFAULT '0',
  `tacacs_type` int NOT NULL DEFAULT '0',
  `username` varchar(255) NOT NULL DEFAULT '',
  `nac_address` int unsigned NULL,
  `nas_address` int unsigned NULL,
  `description` text NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_logging_miss_rules_nac_address_foreign` FOREIGN KEY (`nac_address`) REFERENCES `obj_addresses` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `api_logging_miss_rules_nas_address_foreign` FOREIGN KEY (`nas_address`) REFERENCES `obj_addresses` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tac_global_settings` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `port` int NOT NULL DEFAULT '49',
  `accounting` varchar(255) NOT NULL DEFAULT 'accounting_log',
  `authorization` varchar(255) NOT NULL DEFAULT 'authorization_log',
  `authentication` varchar(255) NOT NULL DEFAULT 'authentication_log',
  `syslog_ip` varchar(255) NOT NULL DEFAULT '',
  `syslog_port` int NOT NULL DEFAULT '514',
  `connection_timeout` int NOT NULL DEFAULT '600',
  `context_timeout` int NOT NULL DEFAULT '3600',
  `separation_tag` varchar(255) NOT NULL DEFAULT '*',
  `skip_conflicting_groups` int NOT NULL DEFAULT '1',
  `skip_missing_groups` int NOT NULL DEFAULT '1',
  `max_attempts` int NOT NULL DEFAULT '1',
  `backoff` int NOT NULL DEFAULT '1',
  `manual` text NULL,
  `changeFlag` int NOT NULL DEFAULT '0',
  `revisionNum` int NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `ldap_groups` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `cn` varchar(255) NOT NULL DEFAULT '',
  `dn` varchar(255) NOT NULL DEFAULT '',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tac_acl` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tac_users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL DEFAULT '',
  `email` varchar(255) NOT NULL DEFAULT '',
  `login_date` timestamp NULL,
  `login` varchar(255) NOT NULL DEFAULT '',
  `login_flag` int NOT NULL DEFAULT '0',
  `login_change` int NOT NULL DEFAULT '1',
  `enable` varchar(255) NOT NULL DEFAULT '',
  `enable_flag` int NOT NULL DEFAULT '0',
  `enable_change` int NOT NULL DEFAULT '1',
  `disabled` int NOT NULL DEFAULT '0',
  `message` text NULL,
  `manual` text NULL,
  `acl` int unsigned NULL,
  `device_list_action` int NOT NULL DEFAULT '0',
  `pap` varchar(255) NULL,
  `pap_flag` int NOT NULL DEFAULT '0',
  `pap_clone` int NOT NULL DEFAULT '0',
  `chap` varchar(255) NULL,
  `ms_chap` varchar(255) NULL,
  `mavis_otp_secret` text NULL,
  `mavis_sms_number` varchar(255) NOT NULL DEFAULT '',
  `valid_from` timestamp NULL,
  `valid_until` timestamp NULL,
  `default_service` int NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tac_users_acl_foreign` FOREIGN KEY (`acl`) REFERENCES `tac_acl` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tac_user_groups` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `enable` varchar(255) NOT NULL DEFAULT '',
  `enable_flag` int NOT NULL DEFAULT '0',
  `message` text NULL,
  `default_flag` int NOT NULL DEFAULT '0',
  `priority` int NOT NULL DEFAULT '0',
  `valid_from` timestamp NULL,
  `valid_until` timestamp NULL,
  `acl` int unsigned NULL,
  `acl_match` int unsigned NULL,
  `default_service` int NOT NULL DEFAULT '0',
  `device_list_action` int NOT NULL DEFAULT '0',
  `manual` text NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tac_user_groups_acl_foreign` FOREIGN KEY (`acl`) REFERENCES `tac_acl` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `tac_user_groups_acl_match_foreign` FOREIGN KEY (`acl_match`) REFERENCES `tac_acl` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tac_bind_usrGrp` (
  `user_id` int unsigned NOT NULL,
  `group_id` int unsigned NOT NULL,
  `order` int NOT NULL DEFAULT '0',
  CONSTRAINT `tac_bind_usrGrp_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `tac_users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tac_bind_usrGrp_group_id_foreign` FOREIGN KEY (`group_id`) REFERENCES `tac_user_groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `ldap_bind` (
  `ldap_id` int unsigned NULL,
  `tac_grp_id` int unsigned NULL,
  `api_grp_id` int unsigned NULL,
  CONSTRAINT `ldap_bind_ldap_id_foreign` FOREIGN KEY (`ldap_id`) REFERENCES `ldap_groups` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `ldap_bind_tac_grp_id_foreign` FOREIGN KEY (`tac_grp_id`) REFERENCES `tac_user_groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ldap_bind_api_grp_id_foreign` FOREIGN KEY (`api_grp_id`) REFERENCES `api_user_groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tac_device_groups` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `enable` varchar(255) NOT NULL DEFAULT '',
  `key` varchar(255) NOT NULL DEFAULT '',
  `enable_flag` int NOT NULL DEFAULT '0',
  `acl` int unsigned NULL,
  `user_group` int unsigned NULL,
  `connection_timeout` int NULL,
  `banner_welcome` text NULL,
  `banner_failed` text NULL,
  `banner_motd` text NULL,
  `manual` text NULL,
  `default_flag` int NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tac_device_groups_acl_foreign` FOREIGN KEY (`acl`) REFERENCES `tac_acl` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `tac_device_groups_user_group_foreign` FOREIGN KEY (`user_group`) REFERENCES `tac_user_groups` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tac_bind_devGrp` (
  `user_id` int unsigned NULL,
  `group_id` int unsigned NULL,
  `devGroup_id` int unsigned NULL,
  CONSTRAINT `tac_bind_devGrp_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `tac_users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tac_bind_devGrp_group_id_foreign` FOREIGN KEY (`group_id`) REFERENCES `tac_user_groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tac_bind_devGrp_devGroup_id_foreign` FOREIGN KEY (`devGroup_id`) REFERENCES `tac_device_groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tac_devices` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `address` int unsigned NULL,
  `enable` varchar(255) NOT NULL DEFAULT '',
  `key` varchar(255) NOT NULL DEFAULT '',
  `enable_flag` int NOT NULL DEFAULT '0',
  `group` int unsigned NULL,
  `disabled` int NOT NULL DEFAULT '0',
  `acl` int unsigned NULL,
  `user_group` int unsigned NULL,
  `connection_timeout` int NULL,
  `vendor` varchar(255) NOT NULL DEFAULT '',
  `model` varchar(255) NOT NULL DEFAULT '',
  `type` varchar(255) NOT NULL DEFAULT '',
  `sn` varchar(255) NOT NULL DEFAULT '',
  `comment` text NULL,
  `banner_welcome` text NULL,
  `banner_failed` text NULL,
  `banner_motd` text NULL,
  `manual` text NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tac_devices_address_foreign` FOREIGN KEY (`address`) REFERENCES `obj_addresses` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `tac_devices_group_foreign` FOREIGN KEY (`group`) REFERENCES `tac_device_groups` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `tac_devices_acl_foreign` FOREIGN KEY (`acl`) REFERENCES `tac_acl` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `tac_devices_user_group_foreign` FOREIGN KEY (`user_group`) REFERENCES `tac_user_groups` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tac_bind_dev` (
  `user_id` int unsigned NULL,
  `group_id` int unsigned NULL,
  `device_id` int unsigned NULL,
  CONSTRAINT `tac_bind_dev_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `tac_users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tac_bind_dev_group_id_foreign` FOREIGN KEY (`group_id`) REFERENCES `tac_user_groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tac_bind_dev_device_id_foreign` FOREIGN KEY (`device_id`) REFERENCES `tac_devices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tac_acl_ace` (
  `acl_id` int unsigned NOT NULL,
  `action` int NOT NULL DEFAULT '1',
  `order` int NOT NULL DEFAULT '0',
  `nac` int unsigned NULL,
  `nas` int unsigned NULL,
  CONSTRAINT `tac_acl_ace_acl_id_foreign` FOREIGN KEY (`acl_id`) REFERENCES `tac_acl` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tac_acl_ace_nac_foreign` FOREIGN KEY (`nac`) REFERENCES `obj_addresses` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `tac_acl_ace_nas_foreign` FOREIGN KEY (`nas`) REFERENCES `obj_addresses` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tac_services` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `acl` int unsigned NULL,
  `cisco_rs_enable` int NOT NULL DEFAULT '0',
  `cisco_rs_privlvl` int NOT NULL DEFAULT '15',
  `cisco_rs_def_cmd` int NOT NULL DEFAULT '1',
  `cisco_rs_def_attr` int NOT NULL DEFAULT '1',
  `cisco_rs_idletime` int NULL,
  `cisco_rs_timeout` int NULL,
  `cisco_rs_debug_message` int NOT NULL DEFAULT '0',
  `cisco_rs_autocmd` varchar(255) NOT NULL DEFAULT '',
  `cisco_rs_nexus_roles` varchar(255) NOT NULL DEFAULT '',
  `cisco_rs_manual` text NULL,
  `cisco_wlc_enable` int NOT NULL DEFAULT '0',
  `cisco_wlc_roles` varchar(255) NOT NULL DEFAULT '',
  `cisco_wlc_manual` text NULL,
  `h3c_enable` int NOT NULL DEFAULT '0',
  `h3c_privlvl` int NOT NULL DEFAULT '15',
  `h3c_def_cmd` int NOT NULL DEFAULT '1',
  `h3c_def_attr` int NOT NULL DEFAULT '1',
  `h3c_idletime` int NULL,
  `h3c_timeout` int NULL,
  `h3c_manual` text NULL,
  `huawei_enable` int NOT NULL DEFAULT '0',
  `huawei_privlvl` int NOT NULL DEFAULT '15',
  `huawei_def_cmd` int NOT NULL DEFAULT '1',
  `huawei_def_attr` int NOT NULL DEFAULT '1',
  `huawei_idletime` int NULL,
  `huawei_timeout` int NULL,
  `huawei_manual` text NULL,
  `extreme_enable` int NOT NULL DEFAULT '0',
  `extreme_privlvl` int NOT NULL DEFAULT '15',
  `extreme_def_cmd` int NOT NULL DEFAULT '1',
  `extreme_def_attr` int NOT NULL DEFAULT '1',
  `extreme_idletime` int NULL,
  `extreme_timeout` int NULL,
  `extreme_manual` text NULL,
  `fortios_enable` int NOT NULL DEFAULT '0',
  `fortios_admin_prof` varchar(255) NOT NULL DEFAULT '',
  `fortios_manual` text NULL,
  `junos_enable` int NOT NULL DEFAULT '0',
  `junos_username` varchar(255) NOT NULL DEFAULT '',
  `junos_manual` text NULL,
  `paloalto_enable` int NOT NULL DEFAULT '0',
  `paloalto_admin_role` varchar(255) NOT NULL DEFAULT '',
  `paloalto_admin_domain` varchar(255) NOT NULL DEFAULT '',
  `paloalto_panorama_admin_role` varchar(255) NOT NULL DEFAULT '',
  `paloalto_panorama_admin_domain` varchar(255) NOT NULL DEFAULT '',
  `paloalto_user_group` varchar(255) NOT NULL DEFAULT '',
  `paloalto_manual` text NULL,
  `silverpeak_enable` int NOT NULL DEFAULT '0',
  `silverpeak_role` varchar(255) NOT NULL DEFAULT 'admin',
  `silverpeak_manual` text NULL,
  `manual` text NULL,
  `manual_conf_only` int NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tac_services_acl_foreign` FOREIGN KEY (`acl`) REFERENCES `tac_acl` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tac_bind_service` (
  `order` int NOT NULL DEFAULT '0',
  `service_id` int unsigned NOT NULL,
  `tac_usr_id` int unsigned NULL,
  `tac_grp_id` int unsigned NULL,
  CONSTRAINT `tac_bind_service_service_id_foreign` FOREIGN KEY (`service_id`) REFERENCES `tac_services` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `tac_bind_service_tac_usr_id_foreign` FOREIGN KEY (`tac_usr_id`) REFERENCES `tac_users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tac_bind_service_tac_grp_id_foreign` FOREIGN KEY (`tac_grp_id`) REFERENCES `tac_user_groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tac_cmd` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `type` int NOT NULL DEFAULT '0',
  `cmd` varchar(255) NOT NULL DEFAULT '',
  `junos` text NULL,
  `cmd_permit_end` int NOT NULL DEFAULT '0',
  `manual` text NULL,
  `message_deny` varchar(255) NOT NULL DEFAULT '',
  `message_permit` varchar(255) NOT NULL DEFAULT '',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `bind_service_cmd` (
  `cmd_id` int unsigned NOT NULL,
  `service_id` int unsigned NOT NULL,
  `section` varchar(255) NULL,
  `order` int NOT NULL DEFAULT '0',
  CONSTRAINT `bind_service_cmd_cmd_id_foreign` FOREIGN KEY (`cmd_id`) REFERENCES `tac_cmd` (`id`) ON DELETE CASCADE,
  CONSTRAINT `bind_service_cmd_service_id_foreign` FOREIGN KEY (`service_id`) REFERENCES `tac_services` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tac_cmd_arg` (
  `tac_cmd_id` int unsigned NOT NULL,
  `arg` varchar(255) NULL,
  `order` int NOT NULL DEFAULT '0',
  `action` int NOT NULL DEFAULT '0',
  CONSTRAINT `tac_cmd_arg_tac_cmd_id_foreign` FOREIGN KEY (`tac_cmd_id`) REFERENCES `tac_cmd` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `mavis_ldap` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `enabled` int NOT NULL DEFAULT '0',
  `type` varchar(255) NOT NULL DEFAULT 'microsoft',
  `group_selection` int NOT NULL DEFAULT '1',
  `scope` varchar(255) NOT NULL DEFAULT 'sub',
  `hosts` varchar(255) NOT NULL DEFAULT '',
  `port` int NOT NULL DEFAULT '389',
  `base` varchar(255) NOT NULL DEFAULT '',
  `filter` varchar(255) NOT NULL DEFAULT 'samAccountName',
  `user` varchar(255) NOT NULL DEFAULT '',
  `password` varchar(255) NOT NULL DEFAULT '',
  `tls` int NOT NULL DEFAULT '0',
  `ssl` int NOT NULL DEFAULT '0',
  `enable_login` int NOT NULL DEFAULT '1',
  `pap_login` int NOT NULL DEFAULT '1',
  `message_flag` int NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `mavis_otp` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `enabled` int NOT NULL DEFAULT '0',
  `period` int NOT NULL DEFAULT '30',
  `digits` int NOT NULL DEFAULT '6',
  `digest` varchar(255) NOT NULL DEFAULT 'sha1',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `mavis_sms` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `enabled` int NOT NULL DEFAULT '0',
  `ipaddr` varchar(255) NOT NULL DEFAULT '',
  `port` int NOT NULL DEFAULT '2775',
  `login` varchar(255) NOT NULL DEFAULT '',
  `pass` varchar(255) NOT NULL DEFAULT '',
  `srcname` varchar(255) NOT NULL DEFAULT '',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `mavis_local` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `enabled` int NOT NULL DEFAULT '1',
  `change_passwd_cli` int NOT NULL DEFAULT '1',
  `change_passwd_gui` int NOT NULL DEFAULT '1',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `mavis_otp_base` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `otp` varchar(255) NOT NULL DEFAULT '',
  `username` varchar(255) NOT NULL DEFAULT '',
  `type` varchar(255) NOT NULL DEFAULT '',
  `destination` varchar(255) NOT NULL DEFAULT '',
  `status` varchar(255) NOT NULL DEFAULT '',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `confM_models` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `prompt` varchar(255) NOT NULL DEFAULT '',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `confM_credentials` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `username` varchar(255) NULL,
  `password` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `confM_devices` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `address` int unsigned NULL,
  `prompt` varchar(255) NOT NULL DEFAULT '',
  `protocol` varchar(255) NOT NULL DEFAULT 'ssh',
  `port` int NOT NULL DEFAULT '22',
  `tac_device` int unsigned NULL,
  `credential` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `confM_devices_address_foreign` FOREIGN KEY (`address`) REFERENCES `obj_addresses` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `confM_devices_tac_device_foreign` FOREIGN KEY (`tac_device`) REFERENCES `tac_devices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `confM_devices_credential_foreign` FOREIGN KEY (`credential`) REFERENCES `confM_credentials` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `confM_queries` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `disabled` int NOT NULL DEFAULT '0',
  `f_group` varchar(255) NOT NULL DEFAULT '',
  `path` varchar(255) NOT NULL DEFAULT '/',
  `omit_lines` varchar(255) NOT NULL DEFAULT '',
  `credential` int unsigned NULL,
  `model` int unsigned NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `confM_queries_credential_foreign` FOREIGN KEY (`credential`) REFERENCES `confM_credentials` (`id`) ON DELETE CASCADE,
  CONSTRAINT `confM_queries_model_foreign` FOREIGN KEY (`model`) REFERENCES `confM_models` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `confM_bind_query_devices` (
  `query_id` int unsigned NOT NULL,
  `device_id` int unsigned NOT NULL,
  CONSTRAINT `confM_bind_query_devices_query_id_foreign` FOREIGN KEY (`query_id`) REFERENCES `confM_queries` (`id`) ON DELETE CASCADE,
  CONSTRAINT `confM_bind_query_devices_device_id_foreign` FOREIGN KEY (`device_id`) REFERENCES `confM_devices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `confM_bind_model_expect` (
  `model_id` int unsigned NOT NULL,
  `hidden` int NOT NULL DEFAULT '0',
  `order` int NOT NULL DEFAULT '0',
  `write` int NOT NULL DEFAULT '0',
  `expect` varchar(255) NULL,
  `send` varchar(255) NOT NULL DEFAULT '',
  CONSTRAINT `confM_bind_model_expect_model_id_foreign` FOREIGN KEY (`model_id`) REFERENCES `confM_models` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `api_logging` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL DEFAULT '',
  `uid` varchar(255) NOT NULL DEFAULT '',
  `user_ip` varchar(255) NOT NULL DEFAULT '',
  `obj_name` varchar(255) NOT NULL DEFAULT '',
  `obj_id` varchar(255) NOT NULL DEFAULT '',
  `action` varchar(255) NOT NULL DEFAULT '',
  `section` varchar(255) NOT NULL DEFAULT '',
  `message` text NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tac_log_accounting` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `server` varchar(255) NULL,
  `date` timestamp NULL,
  `nas` varchar(255) NULL,
  `username` varchar(255) NULL,
  `line` varchar(255) NULL,
  `nac` varchar(255) NULL,
  `action` varchar(255) NULL,
  `task_id` varchar(255) NULL,
  `timezone` varchar(255) NULL,
  `service` varchar(255) NULL,
  `priv-lvl` varchar(255) NULL,
  `cmd` varchar(255) NULL,
  `disc-cause` varchar(255) NULL,
  `disc-cause-ext` varchar(255) NULL,
  `pre-session-time` varchar(255) NULL,
  `elapsed_time` varchar(255) NULL,
  `stop_time` varchar(255) NULL,
  `nas-rx-speed` varchar(255) NULL,
  `nas-tx-speed` varchar(255) NULL,
  `unknown` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tac_log_authentication` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `server` varchar(255) NULL,
  `date` timestamp NULL,
  `nas` varchar(255) NULL,
  `username` varchar(255) NULL,
  `line` varchar(255) NULL,
  `nac` varchar(255) NULL,
  `action` varchar(255) NULL,
  `unknown` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `tac_log_authorization` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `server` varchar(255) NULL,
  `date` timestamp NULL,
  `nas` varchar(255) NULL,
  `username` varchar(255) NULL,
  `line` varchar(255) NULL,
  `nac` varchar(255) NULL,
  `action` varchar(255) NULL,
  `cmd` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `post_log` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `server` varchar(255) NULL,
  `date` timestamp NULL,
  `type` varchar(255) NULL,
  `username` varchar(255) NULL,
  `user_ipaddr` varchar(255) NULL,
  `device_ipaddr` varchar(255) NULL,
  `receivers` varchar(255) NULL,
  `status` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `post_buffer` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `server` varchar(255) NULL,
  `date` timestamp NULL,
  `type` varchar(255) NULL,
  `username` varchar(255) NULL,
  `user_ipaddr` varchar(255) NULL,
  `device_ipaddr` varchar(255) NULL,
  `count` varchar(255) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `cm_log` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `date` timestamp NULL,
  `timestamp` int NOT NULL DEFAULT '0',
  `device_id` int NOT NULL DEFAULT '0',
  `device_name` varchar(255) NULL,
  `query_id` int NOT NULL DEFAULT '0',
  `query_name` varchar(255) NULL,
  `ip` varchar(255) NULL,
  `protocol` varchar(255) NULL,
  `port` int NULL,
  `uname_type` varchar(255) NULL,
  `uname` varchar(255) NULL,
  `path` varchar(255) NULL,
  `status` varchar(255) NULL,
  `message` text NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- Eventum issue tracking system: github.com/eventum/eventum upgrade/schema.sql and the SQL upgrade patches
-- upgrade/patches/01_notes.sql ... 69_utf8mb4_aware.sql, commit 7a80010315b2bf250e52dec5d58f06918ff3b83a (May 2017,
-- the last commit before upstream replaced them by Phinx migrations) (GPL-2.0-or-later). The schema and the .sql
-- patches were run in order in MariaDB 10.11 with the {{%table}} prefix placeholder left empty; the PHP patches
-- (user preferences, multiple groups, data conversions) were not run, so their tables (user_preference,
-- user_group, user_project_preference) are absent. 44 of the resulting tables written out with
-- mysqldump --no-data (table AUTO_INCREMENT counters dropped). Upstream declares no foreign keys.

CREATE TABLE `user` (
  `usr_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `usr_grp_id` int(11) unsigned DEFAULT NULL,
  `usr_customer_id` varchar(128) DEFAULT NULL,
  `usr_customer_contact_id` varchar(128) DEFAULT NULL,
  `usr_created_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `usr_status` varchar(8) NOT NULL DEFAULT 'active',
  `usr_password` varchar(255) NOT NULL DEFAULT '',
  `usr_full_name` varchar(255) NOT NULL DEFAULT '',
  `usr_email` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL DEFAULT '',
  `usr_sms_email` varchar(255) DEFAULT NULL,
  `usr_clocked_in` tinyint(1) DEFAULT 0,
  `usr_lang` varchar(5) DEFAULT NULL,
  `usr_external_id` varchar(100) NOT NULL,
  `usr_last_login` datetime DEFAULT NULL,
  `usr_last_failed_login` datetime DEFAULT NULL,
  `usr_failed_logins` int(11) unsigned NOT NULL DEFAULT 0,
  `usr_par_code` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`usr_id`),
  UNIQUE KEY `usr_email` (`usr_email`),
  KEY `usr_grp_id` (`usr_grp_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `user_alias` (
  `ual_usr_id` int(11) unsigned NOT NULL,
  `ual_email` varchar(255) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL,
  UNIQUE KEY `ual_email` (`ual_email`),
  KEY `ual_usr_id` (`ual_usr_id`,`ual_email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `group` (
  `grp_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `grp_name` varchar(100) NOT NULL,
  `grp_description` varchar(255) DEFAULT NULL,
  `grp_manager_usr_id` int(11) unsigned NOT NULL,
  PRIMARY KEY (`grp_id`),
  UNIQUE KEY `grp_name` (`grp_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `project` (
  `prj_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `prj_created_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `prj_title` varchar(64) NOT NULL DEFAULT '',
  `prj_status` set('active','archived') NOT NULL DEFAULT 'active',
  `prj_lead_usr_id` int(11) unsigned NOT NULL DEFAULT 0,
  `prj_initial_sta_id` int(10) unsigned NOT NULL DEFAULT 0,
  `prj_remote_invocation` varchar(8) NOT NULL DEFAULT 'disabled',
  `prj_anonymous_post` varchar(8) NOT NULL DEFAULT 'disabled',
  `prj_anonymous_post_options` text DEFAULT NULL,
  `prj_outgoing_sender_name` varchar(255) NOT NULL,
  `prj_outgoing_sender_email` varchar(255) NOT NULL,
  `prj_sender_flag` varchar(255) DEFAULT NULL,
  `prj_sender_flag_location` varchar(6) DEFAULT NULL,
  `prj_mail_aliases` varchar(255) DEFAULT NULL,
  `prj_customer_backend` varchar(64) DEFAULT NULL,
  `prj_workflow_backend` varchar(64) DEFAULT NULL,
  `prj_segregate_reporter` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`prj_id`),
  UNIQUE KEY `prj_title` (`prj_title`),
  KEY `prj_lead_usr_id` (`prj_lead_usr_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `project_user` (
  `pru_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `pru_prj_id` int(11) unsigned NOT NULL DEFAULT 0,
  `pru_usr_id` int(11) unsigned NOT NULL DEFAULT 0,
  `pru_role` tinyint(1) unsigned NOT NULL DEFAULT 1,
  PRIMARY KEY (`pru_id`),
  UNIQUE KEY `pru_prj_id` (`pru_prj_id`,`pru_usr_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `project_category` (
  `prc_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `prc_prj_id` int(11) unsigned NOT NULL DEFAULT 0,
  `prc_title` varchar(64) NOT NULL DEFAULT '',
  PRIMARY KEY (`prc_id`),
  UNIQUE KEY `uniq_category` (`prc_prj_id`,`prc_title`),
  KEY `prc_prj_id` (`prc_prj_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `project_priority` (
  `pri_id` smallint(3) unsigned NOT NULL AUTO_INCREMENT,
  `pri_prj_id` int(11) unsigned NOT NULL,
  `pri_title` varchar(64) NOT NULL DEFAULT '',
  `pri_rank` tinyint(1) NOT NULL,
  `pri_icon` tinyint(2) NOT NULL DEFAULT 0,
  PRIMARY KEY (`pri_id`),
  UNIQUE KEY `pri_title` (`pri_title`,`pri_prj_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `project_release` (
  `pre_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `pre_prj_id` int(10) unsigned NOT NULL DEFAULT 0,
  `pre_title` varchar(128) NOT NULL DEFAULT '',
  `pre_scheduled_date` date NOT NULL DEFAULT '0000-00-00',
  `pre_status` enum('available','unavailable') NOT NULL DEFAULT 'available',
  PRIMARY KEY (`pre_id`),
  UNIQUE KEY `pre_title` (`pre_prj_id`,`pre_title`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `status` (
  `sta_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `sta_title` varchar(64) NOT NULL DEFAULT '',
  `sta_abbreviation` char(3) NOT NULL,
  `sta_rank` int(2) NOT NULL,
  `sta_color` varchar(7) NOT NULL DEFAULT '',
  `sta_is_closed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`sta_id`),
  UNIQUE KEY `sta_abbreviation` (`sta_abbreviation`),
  KEY `sta_rank` (`sta_rank`),
  KEY `sta_is_closed` (`sta_is_closed`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `resolution` (
  `res_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `res_title` varchar(64) NOT NULL DEFAULT '',
  `res_created_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `res_rank` int(2) NOT NULL,
  PRIMARY KEY (`res_id`),
  UNIQUE KEY `res_title` (`res_title`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `issue` (
  `iss_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `iss_customer_id` varchar(128) DEFAULT NULL,
  `iss_customer_contact_id` varchar(128) DEFAULT NULL,
  `iss_customer_contract_id` varchar(50) DEFAULT NULL,
  `iss_usr_id` int(10) unsigned NOT NULL DEFAULT 0,
  `iss_grp_id` int(11) unsigned DEFAULT NULL,
  `iss_prj_id` int(11) unsigned NOT NULL DEFAULT 0,
  `iss_prc_id` int(11) unsigned NOT NULL DEFAULT 0,
  `iss_pre_id` int(10) unsigned NOT NULL DEFAULT 0,
  `iss_pri_id` smallint(3) unsigned NOT NULL DEFAULT 0,
  `iss_sev_id` int(11) unsigned NOT NULL DEFAULT 0,
  `iss_sta_id` tinyint(1) NOT NULL DEFAULT 0,
  `iss_res_id` int(10) unsigned DEFAULT NULL,
  `iss_duplicated_iss_id` int(11) unsigned DEFAULT NULL,
  `iss_created_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `iss_updated_date` datetime DEFAULT NULL,
  `iss_last_response_date` datetime DEFAULT NULL,
  `iss_first_response_date` datetime DEFAULT NULL,
  `iss_closed_date` datetime DEFAULT NULL,
  `iss_last_customer_action_date` datetime DEFAULT NULL,
  `iss_expected_resolution_date` date DEFAULT NULL,
  `iss_summary` varchar(128) NOT NULL DEFAULT '',
  `iss_description` text NOT NULL,
  `iss_dev_time` float DEFAULT NULL,
  `iss_developer_est_time` float DEFAULT NULL,
  `iss_contact_person_lname` varchar(64) DEFAULT NULL,
  `iss_contact_person_fname` varchar(64) DEFAULT NULL,
  `iss_contact_email` varchar(255) DEFAULT NULL,
  `iss_contact_phone` varchar(32) DEFAULT NULL,
  `iss_contact_timezone` varchar(64) DEFAULT NULL,
  `iss_trigger_reminders` tinyint(1) DEFAULT 1,
  `iss_last_public_action_date` datetime DEFAULT NULL,
  `iss_last_public_action_type` varchar(20) DEFAULT NULL,
  `iss_last_internal_action_date` datetime DEFAULT NULL,
  `iss_last_internal_action_type` varchar(20) DEFAULT NULL,
  `iss_percent_complete` tinyint(3) unsigned DEFAULT 0,
  `iss_root_message_id` varchar(255) DEFAULT NULL,
  `iss_access_level` varchar(150) NOT NULL DEFAULT 'normal',
  PRIMARY KEY (`iss_id`),
  KEY `iss_prj_id` (`iss_prj_id`),
  KEY `iss_prc_id` (`iss_prc_id`),
  KEY `iss_res_id` (`iss_res_id`),
  KEY `iss_grp_id` (`iss_grp_id`),
  KEY `iss_duplicated_iss_id` (`iss_duplicated_iss_id`),
  FULLTEXT KEY `ft_issue` (`iss_summary`,`iss_description`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `issue_user` (
  `isu_iss_id` int(10) unsigned NOT NULL DEFAULT 0,
  `isu_usr_id` int(10) unsigned NOT NULL DEFAULT 0,
  `isu_assigned_date` datetime DEFAULT NULL,
  `isu_order` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`isu_iss_id`,`isu_usr_id`),
  KEY `isu_order` (`isu_order`),
  KEY `isu_usr_id` (`isu_usr_id`),
  KEY `isu_iss_id` (`isu_iss_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `issue_user_replier` (
  `iur_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `iur_iss_id` int(10) unsigned NOT NULL DEFAULT 0,
  `iur_usr_id` int(10) unsigned NOT NULL DEFAULT 0,
  `iur_email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`iur_id`),
  KEY `iur_usr_id` (`iur_usr_id`),
  KEY `iur_iss_id` (`iur_iss_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `issue_history` (
  `his_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `his_iss_id` int(10) unsigned NOT NULL DEFAULT 0,
  `his_usr_id` int(11) unsigned NOT NULL DEFAULT 0,
  `his_htt_id` tinyint(2) NOT NULL DEFAULT 0,
  `his_is_hidden` tinyint(1) NOT NULL DEFAULT 0,
  `his_created_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `his_summary` text NOT NULL,
  `his_context` mediumtext NOT NULL,
  PRIMARY KEY (`his_id`),
  KEY `his_id` (`his_id`),
  KEY `his_iss_id` (`his_iss_id`),
  KEY `his_created_date` (`his_created_date`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `history_type` (
  `htt_id` tinyint(2) unsigned NOT NULL AUTO_INCREMENT,
  `htt_name` varchar(25) NOT NULL,
  `htt_role` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`htt_id`),
  UNIQUE KEY `htt_name` (`htt_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `issue_attachment` (
  `iat_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `iat_iss_id` int(10) unsigned NOT NULL DEFAULT 0,
  `iat_usr_id` int(10) unsigned NOT NULL DEFAULT 0,
  `iat_created_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `iat_description` text DEFAULT NULL,
  `iat_unknown_user` varchar(255) DEFAULT NULL,
  `iat_status` enum('internal','public') NOT NULL DEFAULT 'public',
  `iat_not_id` int(11) unsigned DEFAULT NULL,
  PRIMARY KEY (`iat_id`),
  KEY `iat_iss_id` (`iat_iss_id`,`iat_usr_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `issue_attachment_file` (
  `iaf_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `iaf_iat_id` int(10) unsigned NOT NULL DEFAULT 0,
  `iaf_file` longblob DEFAULT NULL,
  `iaf_filename` varchar(255) NOT NULL DEFAULT '',
  `iaf_filetype` varchar(255) DEFAULT NULL,
  `iaf_filesize` varchar(32) NOT NULL DEFAULT '',
  `iaf_created_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`iaf_id`),
  KEY `iaf_iat_id` (`iaf_iat_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `issue_custom_field` (
  `icf_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `icf_iss_id` int(10) unsigned NOT NULL DEFAULT 0,
  `icf_fld_id` int(10) unsigned NOT NULL DEFAULT 0,
  `icf_value` text DEFAULT NULL,
  `icf_value_integer` int(11) DEFAULT NULL,
  `icf_value_date` date DEFAULT NULL,
  PRIMARY KEY (`icf_id`),
  KEY `icf_iss_id` (`icf_iss_id`),
  KEY `icf_fld_id` (`icf_fld_id`),
  FULLTEXT KEY `ft_icf_value` (`icf_value`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `custom_field` (
  `fld_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `fld_title` varchar(32) NOT NULL DEFAULT '',
  `fld_description` varchar(64) DEFAULT NULL,
  `fld_type` varchar(8) NOT NULL DEFAULT 'text',
  `fld_report_form` int(1) NOT NULL DEFAULT 1,
  `fld_report_form_required` int(1) NOT NULL DEFAULT 0,
  `fld_anonymous_form` int(1) NOT NULL DEFAULT 1,
  `fld_anonymous_form_required` int(1) NOT NULL DEFAULT 0,
  `fld_close_form` tinyint(1) NOT NULL DEFAULT 0,
  `fld_close_form_required` tinyint(1) NOT NULL DEFAULT 0,
  `fld_edit_form_required` tinyint(1) NOT NULL DEFAULT 0,
  `fld_list_display` tinyint(1) NOT NULL DEFAULT 0,
  `fld_min_role` tinyint(1) NOT NULL DEFAULT 0,
  `fld_min_role_edit` tinyint(1) NOT NULL DEFAULT 0,
  `fld_rank` smallint(2) NOT NULL DEFAULT 0,
  `fld_backend` varchar(100) DEFAULT NULL,
  `fld_order_by` varchar(20) NOT NULL DEFAULT 'cfo_id ASC',
  PRIMARY KEY (`fld_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `custom_filter` (
  `cst_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `cst_usr_id` int(10) unsigned NOT NULL DEFAULT 0,
  `cst_prj_id` int(10) unsigned NOT NULL DEFAULT 0,
  `cst_title` varchar(64) NOT NULL DEFAULT '',
  `cst_iss_pri_id` int(10) unsigned DEFAULT NULL,
  `cst_iss_sev_id` int(10) unsigned DEFAULT NULL,
  `cst_keywords` varchar(64) DEFAULT NULL,
  `cst_users` varchar(64) DEFAULT NULL,
  `cst_reporter` int(11) unsigned DEFAULT NULL,
  `cst_iss_prc_id` int(10) unsigned DEFAULT NULL,
  `cst_iss_sta_id` int(10) unsigned DEFAULT NULL,
  `cst_iss_pre_id` int(10) unsigned DEFAULT NULL,
  `cst_pro_id` int(11) unsigned DEFAULT NULL,
  `cst_show_authorized` char(3) DEFAULT '',
  `cst_show_notification_list` char(3) DEFAULT '',
  `cst_created_date` date DEFAULT NULL,
  `cst_created_date_filter_type` varchar(7) DEFAULT NULL,
  `cst_created_date_time_period` smallint(4) DEFAULT NULL,
  `cst_created_date_end` date DEFAULT NULL,
  `cst_updated_date` date DEFAULT NULL,
  `cst_updated_date_filter_type` varchar(7) DEFAULT NULL,
  `cst_updated_date_time_period` smallint(4) DEFAULT NULL,
  `cst_updated_date_end` date DEFAULT NULL,
  `cst_last_response_date` date DEFAULT NULL,
  `cst_last_response_date_filter_type` varchar(7) DEFAULT NULL,
  `cst_last_response_date_time_period` smallint(4) DEFAULT NULL,
  `cst_last_response_date_end` date DEFAULT NULL,
  `cst_first_response_date` date DEFAULT NULL,
  `cst_first_response_date_filter_type` varchar(7) DEFAULT NULL,
  `cst_first_response_date_time_period` smallint(4) DEFAULT NULL,
  `cst_first_response_date_end` date DEFAULT NULL,
  `cst_closed_date` date DEFAULT NULL,
  `cst_closed_date_filter_type` varchar(7) DEFAULT NULL,
  `cst_closed_date_time_period` smallint(4) DEFAULT NULL,
  `cst_closed_date_end` date DEFAULT NULL,
  `cst_rows` char(3) DEFAULT NULL,
  `cst_sort_by` varchar(32) DEFAULT NULL,
  `cst_sort_order` varchar(4) DEFAULT NULL,
  `cst_hide_closed` int(1) DEFAULT NULL,
  `cst_is_global` int(1) DEFAULT 0,
  `cst_search_type` varchar(15) NOT NULL DEFAULT 'customer',
  `cst_custom_field` text DEFAULT NULL,
  PRIMARY KEY (`cst_id`),
  KEY `cst_usr_id` (`cst_usr_id`,`cst_prj_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `note` (
  `not_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `not_iss_id` int(11) unsigned NOT NULL DEFAULT 0,
  `not_created_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `not_usr_id` int(11) unsigned NOT NULL DEFAULT 0,
  `not_title` varchar(255) NOT NULL,
  `not_note` longtext NOT NULL,
  `not_full_message` longblob DEFAULT NULL,
  `not_parent_id` int(11) unsigned DEFAULT NULL,
  `not_unknown_user` varchar(255) DEFAULT NULL,
  `not_has_attachment` tinyint(1) NOT NULL DEFAULT 0,
  `not_message_id` varchar(255) DEFAULT NULL,
  `not_removed` tinyint(1) NOT NULL DEFAULT 0,
  `not_is_blocked` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`not_id`),
  KEY `not_bug_id` (`not_iss_id`,`not_usr_id`),
  KEY `not_message_id` (`not_message_id`),
  KEY `not_parent_id` (`not_parent_id`),
  FULLTEXT KEY `ft_note` (`not_title`,`not_note`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `support_email` (
  `sup_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `sup_ema_id` int(10) unsigned NOT NULL DEFAULT 0,
  `sup_parent_id` int(11) unsigned NOT NULL DEFAULT 0,
  `sup_iss_id` int(11) unsigned DEFAULT 0,
  `sup_usr_id` int(11) unsigned DEFAULT NULL,
  `sup_customer_id` varchar(128) DEFAULT NULL,
  `sup_message_id` varchar(255) NOT NULL DEFAULT '',
  `sup_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `sup_from` varchar(255) NOT NULL DEFAULT '',
  `sup_to` text DEFAULT NULL,
  `sup_cc` text DEFAULT NULL,
  `sup_subject` varchar(255) NOT NULL DEFAULT '',
  `sup_has_attachment` tinyint(1) NOT NULL DEFAULT 0,
  `sup_removed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`sup_id`),
  KEY `sup_parent_id` (`sup_parent_id`),
  KEY `sup_ema_id` (`sup_ema_id`),
  KEY `sup_removed` (`sup_removed`),
  KEY `sup_removed_2` (`sup_removed`,`sup_ema_id`,`sup_iss_id`),
  KEY `sup_removed_3` (`sup_removed`,`sup_ema_id`,`sup_date`),
  KEY `sup_usr_id` (`sup_usr_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `support_email_body` (
  `seb_sup_id` int(11) unsigned NOT NULL,
  `seb_body` longtext NOT NULL,
  `seb_full_email` longblob NOT NULL,
  PRIMARY KEY (`seb_sup_id`),
  FULLTEXT KEY `ft_support_email` (`seb_body`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `email_account` (
  `ema_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `ema_prj_id` int(10) unsigned NOT NULL DEFAULT 0,
  `ema_type` varchar(32) NOT NULL DEFAULT '',
  `ema_folder` varchar(255) DEFAULT NULL,
  `ema_hostname` varchar(255) NOT NULL DEFAULT '',
  `ema_port` varchar(5) NOT NULL DEFAULT '',
  `ema_username` varchar(64) NOT NULL DEFAULT '',
  `ema_password` varchar(255) NOT NULL DEFAULT '',
  `ema_get_only_new` int(1) NOT NULL DEFAULT 0,
  `ema_leave_copy` int(1) NOT NULL DEFAULT 0,
  `ema_issue_auto_creation` varchar(8) NOT NULL DEFAULT 'disabled',
  `ema_issue_auto_creation_options` text DEFAULT NULL,
  `ema_use_routing` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`ema_id`),
  UNIQUE KEY `ema_username` (`ema_username`,`ema_hostname`(100),`ema_folder`(100)),
  KEY `ema_prj_id` (`ema_prj_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `email_draft` (
  `emd_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `emd_usr_id` int(11) unsigned NOT NULL,
  `emd_iss_id` int(11) unsigned NOT NULL,
  `emd_sup_id` int(11) unsigned DEFAULT NULL,
  `emd_status` enum('pending','edited','sent') NOT NULL DEFAULT 'pending',
  `emd_updated_date` datetime NOT NULL,
  `emd_subject` varchar(255) NOT NULL,
  `emd_body` longtext NOT NULL,
  `emd_unknown_user` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`emd_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `email_draft_recipient` (
  `edr_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `edr_emd_id` int(11) unsigned NOT NULL,
  `edr_is_cc` tinyint(1) unsigned NOT NULL DEFAULT 0,
  `edr_email` varchar(255) NOT NULL,
  PRIMARY KEY (`edr_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `mail_queue` (
  `maq_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `maq_iss_id` int(11) unsigned DEFAULT NULL,
  `maq_queued_date` datetime NOT NULL,
  `maq_status` varchar(8) NOT NULL DEFAULT 'pending',
  `maq_save_copy` tinyint(1) NOT NULL DEFAULT 1,
  `maq_sender_ip_address` varchar(15) NOT NULL,
  `maq_recipient` varchar(255) NOT NULL,
  `maq_subject` varchar(255) NOT NULL,
  `maq_headers` text NOT NULL,
  `maq_body` longblob NOT NULL,
  `maq_type` varchar(30) DEFAULT NULL,
  `maq_usr_id` int(11) unsigned DEFAULT NULL,
  `maq_type_id` int(11) unsigned DEFAULT NULL,
  PRIMARY KEY (`maq_id`),
  KEY `maq_status` (`maq_status`),
  KEY `maq_iss_id` (`maq_iss_id`),
  KEY `maq_type` (`maq_type`,`maq_type_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `mail_queue_log` (
  `mql_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `mql_maq_id` int(11) unsigned NOT NULL,
  `mql_created_date` datetime NOT NULL,
  `mql_status` varchar(8) NOT NULL DEFAULT 'error',
  `mql_server_message` text DEFAULT NULL,
  PRIMARY KEY (`mql_id`),
  KEY `mql_maq_id` (`mql_maq_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `subscription` (
  `sub_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `sub_iss_id` int(10) unsigned NOT NULL DEFAULT 0,
  `sub_usr_id` int(10) unsigned DEFAULT NULL,
  `sub_created_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `sub_level` varchar(10) NOT NULL DEFAULT 'user',
  `sub_email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`sub_id`),
  KEY `sub_iss_id` (`sub_iss_id`,`sub_usr_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `subscription_type` (
  `sbt_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `sbt_sub_id` int(10) unsigned NOT NULL DEFAULT 0,
  `sbt_type` varchar(10) NOT NULL DEFAULT '',
  PRIMARY KEY (`sbt_id`),
  KEY `sbt_sub_id` (`sbt_sub_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `time_tracking` (
  `ttr_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `ttr_ttc_id` int(10) unsigned NOT NULL DEFAULT 0,
  `ttr_iss_id` int(10) unsigned NOT NULL DEFAULT 0,
  `ttr_usr_id` int(10) unsigned NOT NULL DEFAULT 0,
  `ttr_created_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `ttr_time_spent` int(11) unsigned NOT NULL DEFAULT 0,
  `ttr_summary` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`ttr_id`),
  KEY `ttr_ttc_id` (`ttr_ttc_id`,`ttr_iss_id`,`ttr_usr_id`),
  KEY `ttr_iss_id` (`ttr_iss_id`),
  FULLTEXT KEY `ft_time_tracking` (`ttr_summary`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `time_tracking_category` (
  `ttc_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `ttc_prj_id` int(10) unsigned NOT NULL DEFAULT 0,
  `ttc_title` varchar(128) NOT NULL DEFAULT '',
  `ttc_created_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`ttc_id`),
  KEY `ttc_title` (`ttc_prj_id`,`ttc_title`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `phone_support` (
  `phs_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `phs_usr_id` int(10) unsigned NOT NULL DEFAULT 0,
  `phs_iss_id` int(10) unsigned NOT NULL DEFAULT 0,
  `phs_ttr_id` int(10) unsigned DEFAULT NULL,
  `phs_call_from_lname` varchar(64) DEFAULT NULL,
  `phs_call_from_fname` varchar(64) DEFAULT NULL,
  `phs_call_to_lname` varchar(64) DEFAULT NULL,
  `phs_call_to_fname` varchar(64) DEFAULT NULL,
  `phs_created_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `phs_type` enum('incoming','outgoing') NOT NULL DEFAULT 'incoming',
  `phs_phone_number` varchar(32) NOT NULL DEFAULT '',
  `phs_phone_type` varchar(6) NOT NULL,
  `phs_phc_id` int(11) unsigned NOT NULL,
  `phs_description` text NOT NULL,
  PRIMARY KEY (`phs_id`),
  KEY `phs_iss_id` (`phs_iss_id`),
  KEY `phs_usr_id` (`phs_usr_id`),
  FULLTEXT KEY `ft_phone_support` (`phs_description`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `customer_note` (
  `cno_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `cno_prj_id` int(11) unsigned NOT NULL,
  `cno_customer_id` varchar(128) NOT NULL,
  `cno_created_date` datetime NOT NULL,
  `cno_updated_date` datetime DEFAULT NULL,
  `cno_note` text DEFAULT NULL,
  PRIMARY KEY (`cno_id`),
  UNIQUE KEY `cno_prj_id` (`cno_prj_id`,`cno_customer_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `customer_account_manager` (
  `cam_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `cam_prj_id` int(11) unsigned NOT NULL,
  `cam_customer_id` varchar(128) NOT NULL,
  `cam_usr_id` int(11) unsigned NOT NULL,
  `cam_type` varchar(7) NOT NULL,
  PRIMARY KEY (`cam_id`),
  UNIQUE KEY `cam_manager` (`cam_prj_id`,`cam_customer_id`,`cam_usr_id`),
  KEY `cam_customer_id` (`cam_customer_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `issue_access_log` (
  `alg_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `alg_iss_id` int(10) unsigned NOT NULL,
  `alg_usr_id` int(10) unsigned NOT NULL,
  `alg_failed` tinyint(1) NOT NULL DEFAULT 0,
  `alg_item_id` int(10) unsigned DEFAULT NULL,
  `alg_created` datetime NOT NULL,
  `alg_ip_address` varchar(15) DEFAULT NULL,
  `alg_item` varchar(10) DEFAULT NULL,
  `alg_url` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`alg_id`),
  KEY `alg_iss_id` (`alg_iss_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `issue_access_list` (
  `ial_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `ial_iss_id` int(10) unsigned NOT NULL,
  `ial_usr_id` int(10) unsigned NOT NULL,
  `ial_created` datetime NOT NULL,
  PRIMARY KEY (`ial_id`),
  KEY `ial_iss_id` (`ial_iss_id`,`ial_usr_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `api_token` (
  `apt_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `apt_usr_id` int(10) unsigned NOT NULL,
  `apt_created` datetime NOT NULL,
  `apt_status` varchar(10) NOT NULL DEFAULT 'active',
  `apt_token` varchar(32) NOT NULL,
  PRIMARY KEY (`apt_id`),
  KEY `apt_usr_id` (`apt_usr_id`,`apt_status`),
  KEY `apt_token` (`apt_token`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `commit` (
  `com_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `com_scm_name` varchar(255) NOT NULL DEFAULT 'default',
  `com_project_name` varchar(255) DEFAULT NULL,
  `com_changeset` varchar(40) NOT NULL,
  `com_branch` varchar(255) DEFAULT NULL,
  `com_author_email` varchar(255) DEFAULT NULL,
  `com_author_name` varchar(255) DEFAULT NULL,
  `com_usr_id` int(11) DEFAULT NULL,
  `com_commit_date` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `com_message` mediumtext DEFAULT NULL,
  PRIMARY KEY (`com_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `issue_commit` (
  `isc_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `isc_iss_id` int(10) unsigned NOT NULL,
  `isc_com_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`isc_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `irc_notice` (
  `ino_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `ino_prj_id` int(11) NOT NULL,
  `ino_iss_id` int(11) unsigned NOT NULL,
  `ino_created_date` datetime NOT NULL,
  `ino_message` varchar(255) NOT NULL,
  `ino_status` varchar(8) NOT NULL DEFAULT 'pending',
  `ino_target_usr_id` int(11) unsigned DEFAULT NULL,
  `ino_category` varchar(25) DEFAULT NULL,
  PRIMARY KEY (`ino_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `news` (
  `nws_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `nws_usr_id` int(11) unsigned NOT NULL,
  `nws_created_date` datetime NOT NULL,
  `nws_title` varchar(255) NOT NULL,
  `nws_message` text NOT NULL,
  `nws_status` varchar(8) NOT NULL DEFAULT 'active',
  PRIMARY KEY (`nws_id`),
  UNIQUE KEY `nws_title` (`nws_title`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `search_profile` (
  `sep_id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `sep_usr_id` int(11) unsigned NOT NULL,
  `sep_prj_id` int(11) unsigned NOT NULL,
  `sep_type` char(5) NOT NULL,
  `sep_user_profile` blob NOT NULL,
  PRIMARY KEY (`sep_id`),
  UNIQUE KEY `sep_usr_id` (`sep_usr_id`,`sep_prj_id`,`sep_type`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `reminder_action_list` (
  `ral_rma_id` int(11) unsigned NOT NULL,
  `ral_email` varchar(255) NOT NULL,
  `ral_usr_id` int(11) unsigned NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

-- ORSEE - Online Recruitment System for Economic Experiments (Ben Greiner)
-- Upstream: github.com/orsee/orsee, install/install.sql, commit 653ca822d14aa388a629429b17516abd1e3fcfcb (GPL-2.0-or-later)
-- All 28 tables as upstream creates them; seed INSERTs left out. See orsee.md.

CREATE TABLE `or_admin` (
  `admin_id` int(20) NOT NULL DEFAULT '0',
  `fname` mediumtext COLLATE utf8_unicode_ci,
  `lname` mediumtext COLLATE utf8_unicode_ci,
  `email` mediumtext COLLATE utf8_unicode_ci,
  `adminname` varchar(20) COLLATE utf8_unicode_ci DEFAULT NULL,
  `admin_type` varchar(250) COLLATE utf8_unicode_ci DEFAULT NULL,
  `password_crypt` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `experimenter_list` char(1) COLLATE utf8_unicode_ci DEFAULT 'y',
  `disabled` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  `language` mediumtext COLLATE utf8_unicode_ci,
  `get_calendar_mail` char(1) COLLATE utf8_unicode_ci DEFAULT 'y',
  `get_statistics_mail` char(1) COLLATE utf8_unicode_ci DEFAULT 'y',
  `last_login_attempt` bigint(20) DEFAULT NULL,
  `failed_login_attempts` int(20) DEFAULT '0',
  `locked` tinyint(3) DEFAULT '0',
  `pw_update_requested` tinyint(3) DEFAULT '0',
  PRIMARY KEY (`admin_id`),
  UNIQUE KEY `uindex` (`admin_id`),
  UNIQUE KEY `uindex2` (`adminname`),
  KEY `adminname_index` (`adminname`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_admin_log` (
  `log_id` int(20) NOT NULL AUTO_INCREMENT,
  `id` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `year` varchar(6) COLLATE utf8_unicode_ci DEFAULT NULL,
  `month` char(3) COLLATE utf8_unicode_ci DEFAULT NULL,
  `day` char(3) COLLATE utf8_unicode_ci DEFAULT NULL,
  `timestamp` int(20) DEFAULT NULL,
  `action` varchar(200) COLLATE utf8_unicode_ci DEFAULT NULL,
  `target` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`log_id`),
  UNIQUE KEY `uindex` (`log_id`),
  KEY `tindex1` (`action`),
  KEY `tindex2` (`year`,`month`)
) ENGINE=MyISAM AUTO_INCREMENT=32 DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_admin_types` (
  `type_id` int(20) NOT NULL AUTO_INCREMENT,
  `type_name` varchar(250) COLLATE utf8_unicode_ci DEFAULT '',
  `rights` mediumtext COLLATE utf8_unicode_ci,
  PRIMARY KEY (`type_id`),
  UNIQUE KEY `uindex1` (`type_id`),
  UNIQUE KEY `uindex2` (`type_name`)
) ENGINE=MyISAM AUTO_INCREMENT=12 DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_budgets` (
  `budget_id` int(20) NOT NULL DEFAULT '0',
  `budget_name` varchar(200) COLLATE utf8_unicode_ci DEFAULT '',
  `budget_limit` int(20) DEFAULT NULL,
  `experimenter` mediumtext COLLATE utf8_unicode_ci,
  `enabled` tinyint(3) DEFAULT '1',
  PRIMARY KEY (`budget_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_bulk_mail_texts` (
  `bulktext_id` int(20) NOT NULL AUTO_INCREMENT,
  `bulk_id` int(20) NOT NULL DEFAULT '0',
  `lang` varchar(5) COLLATE utf8_unicode_ci DEFAULT '',
  `bulk_subject` varchar(250) COLLATE utf8_unicode_ci DEFAULT NULL,
  `bulk_text` mediumtext COLLATE utf8_unicode_ci,
  PRIMARY KEY (`bulktext_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_cron_jobs` (
  `job_name` varchar(200) COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `enabled` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  `job_time` varchar(255) COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `job_last_exec` varchar(200) COLLATE utf8_unicode_ci DEFAULT '0',
  PRIMARY KEY (`job_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_cron_log` (
  `log_id` int(20) NOT NULL AUTO_INCREMENT,
  `id` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `year` varchar(6) COLLATE utf8_unicode_ci DEFAULT NULL,
  `month` char(3) COLLATE utf8_unicode_ci DEFAULT NULL,
  `day` char(3) COLLATE utf8_unicode_ci DEFAULT NULL,
  `timestamp` int(20) DEFAULT NULL,
  `action` varchar(200) COLLATE utf8_unicode_ci DEFAULT NULL,
  `target` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  PRIMARY KEY (`log_id`),
  UNIQUE KEY `uindex` (`log_id`),
  KEY `tindex1` (`action`),
  KEY `tindex2` (`year`,`month`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_emails` (
  `message_id` varchar(250) COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `message_type` varchar(200) COLLATE utf8_unicode_ci DEFAULT 'incoming',
  `admin_id` int(20) DEFAULT '0',
  `timestamp` int(20) DEFAULT NULL,
  `from_address` varchar(250) COLLATE utf8_unicode_ci DEFAULT NULL,
  `from_name` varchar(250) COLLATE utf8_unicode_ci DEFAULT NULL,
  `reply_to_address` varchar(250) COLLATE utf8_unicode_ci DEFAULT NULL,
  `to_address` mediumtext COLLATE utf8_unicode_ci,
  `cc_address` mediumtext COLLATE utf8_unicode_ci,
  `subject` varchar(250) COLLATE utf8_unicode_ci DEFAULT NULL,
  `body` text COLLATE utf8_unicode_ci,
  `has_attachments` tinyint(3) DEFAULT '0',
  `attachment_data` longtext COLLATE utf8_unicode_ci,
  `mailbox` varchar(255) COLLATE utf8_unicode_ci DEFAULT '',
  `experiment_id` bigint(30) DEFAULT NULL,
  `session_id` bigint(20) DEFAULT NULL,
  `participant_id` bigint(20) DEFAULT NULL,
  `assigned_to` mediumtext COLLATE utf8_unicode_ci,
  `thread_id` varchar(250) COLLATE utf8_unicode_ci DEFAULT '',
  `thread_time` int(250) DEFAULT NULL,
  `flag_read` tinyint(3) DEFAULT '0',
  `flag_assigned_to_read` tinyint(3) DEFAULT '0',
  `flag_processed` tinyint(3) DEFAULT '0',
  `flag_deleted` tinyint(3) DEFAULT '0',
  PRIMARY KEY (`message_id`),
  UNIQUE KEY `message_id_index` (`message_id`),
  KEY `from_address_index` (`from_address`),
  KEY `mailbox_index` (`mailbox`),
  KEY `experiment_id_index` (`experiment_id`),
  KEY `session_id_index` (`session_id`),
  KEY `thread_id_index` (`thread_id`),
  KEY `flag_deleted_index` (`flag_deleted`),
  KEY `assigned_to_index` (`assigned_to`(250)),
  KEY `flag_read_index` (`flag_read`),
  KEY `flag_ass_to_read_index` (`flag_assigned_to_read`),
  KEY `message_type_index` (`message_type`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_events` (
  `event_id` int(20) NOT NULL DEFAULT '0',
  `laboratory_id` varchar(255) COLLATE utf8_unicode_ci DEFAULT '',
  `event_category` varchar(255) COLLATE utf8_unicode_ci DEFAULT '',
  `event_start` bigint(20) DEFAULT NULL,
  `event_stop` bigint(20) DEFAULT NULL,
  `experimenter` varchar(255) COLLATE utf8_unicode_ci DEFAULT '',
  `reason` mediumtext COLLATE utf8_unicode_ci,
  `reason_public` mediumtext COLLATE utf8_unicode_ci,
  `number_of_participants` varchar(255) COLLATE utf8_unicode_ci DEFAULT '',
  PRIMARY KEY (`event_id`),
  UNIQUE KEY `event_id_index` (`event_id`),
  KEY `laboratory_id_index` (`laboratory_id`),
  KEY `event_category_index` (`event_category`),
  KEY `event_start_index` (`event_start`),
  KEY `event_stop_index` (`event_stop`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_experiment_types` (
  `exptype_id` int(20) NOT NULL AUTO_INCREMENT,
  `exptype_name` varchar(200) COLLATE utf8_unicode_ci DEFAULT NULL,
  `exptype_description` mediumtext COLLATE utf8_unicode_ci,
  `exptype_mapping` mediumtext COLLATE utf8_unicode_ci,
  `enabled` char(1) COLLATE utf8_unicode_ci DEFAULT 'y',
  PRIMARY KEY (`exptype_id`),
  UNIQUE KEY `uindex` (`exptype_id`),
  UNIQUE KEY `uindex2` (`exptype_name`)
) ENGINE=MyISAM AUTO_INCREMENT=3 DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_experiments` (
  `experiment_id` int(20) NOT NULL DEFAULT '0',
  `experiment_name` mediumtext COLLATE utf8_unicode_ci,
  `experiment_public_name` mediumtext COLLATE utf8_unicode_ci,
  `experiment_type` varchar(100) COLLATE utf8_unicode_ci DEFAULT 'laboratory',
  `experiment_ext_type` varchar(200) COLLATE utf8_unicode_ci DEFAULT NULL,
  `experiment_class` mediumtext COLLATE utf8_unicode_ci,
  `experiment_description` mediumtext COLLATE utf8_unicode_ci,
  `public_experiment_note` mediumtext COLLATE utf8_unicode_ci,
  `experimenter_mail` mediumtext COLLATE utf8_unicode_ci,
  `sender_mail` mediumtext COLLATE utf8_unicode_ci,
  `experiment_public` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  `experimenter` mediumtext COLLATE utf8_unicode_ci,
  `ethics_by` varchar(200) COLLATE utf8_unicode_ci DEFAULT '',
  `ethics_number` varchar(200) COLLATE utf8_unicode_ci DEFAULT '',
  `ethics_exempt` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  `ethics_expire_date` bigint(20) DEFAULT NULL,
  `payment_types` varchar(200) COLLATE utf8_unicode_ci DEFAULT '',
  `payment_budgets` varchar(200) COLLATE utf8_unicode_ci DEFAULT '',
  `access_restricted` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  `experiment_finished` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  `hide_in_stats` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  `hide_in_cal` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  `experiment_link_to_paper` mediumtext COLLATE utf8_unicode_ci,
  PRIMARY KEY (`experiment_id`),
  UNIQUE KEY `uindex` (`experiment_id`),
  KEY `tindex` (`experiment_finished`),
  KEY `experimenter_index` (`experimenter`(250)),
  KEY `experiment_class_index` (`experiment_class`(250))
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_faqs` (
  `faq_id` int(20) NOT NULL DEFAULT '0',
  `evaluation` int(20) DEFAULT '0',
  PRIMARY KEY (`faq_id`),
  UNIQUE KEY `uindex` (`faq_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_http_sessions` (
  `SessionID` varchar(255) COLLATE utf8_unicode_ci NOT NULL DEFAULT '',
  `LastUpdated` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `DataValue` mediumtext COLLATE utf8_unicode_ci,
  PRIMARY KEY (`SessionID`),
  UNIQUE KEY `uindex` (`SessionID`(30)),
  KEY `LastUpdated` (`LastUpdated`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_lang` (
  `lang_id` bigint(30) NOT NULL DEFAULT '0',
  `enabled` char(1) COLLATE utf8_unicode_ci DEFAULT 'y',
  `order_number` int(11) DEFAULT '-1',
  `content_type` varchar(200) COLLATE utf8_unicode_ci DEFAULT NULL,
  `content_name` varchar(250) COLLATE utf8_unicode_ci DEFAULT NULL,
  `en` mediumtext COLLATE utf8_unicode_ci,
  `de` mediumtext COLLATE utf8_unicode_ci,
  PRIMARY KEY (`lang_id`),
  UNIQUE KEY `uindex` (`lang_id`),
  UNIQUE KEY `uindex2` (`content_type`(150),`content_name`(150)),
  KEY `content_type_index` (`content_type`),
  KEY `content_name_index` (`content_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_mail_queue` (
  `mail_id` int(20) NOT NULL AUTO_INCREMENT,
  `timestamp` int(20) DEFAULT NULL,
  `mail_type` varchar(255) COLLATE utf8_unicode_ci DEFAULT '',
  `mail_recipient` varchar(255) COLLATE utf8_unicode_ci DEFAULT '',
  `experiment_id` varchar(255) COLLATE utf8_unicode_ci DEFAULT '',
  `session_id` varchar(255) COLLATE utf8_unicode_ci DEFAULT '',
  `bulk_id` varchar(255) COLLATE utf8_unicode_ci DEFAULT '',
  `error` varchar(255) COLLATE utf8_unicode_ci DEFAULT '',
  PRIMARY KEY (`mail_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_objects` (
  `item_id` bigint(30) NOT NULL AUTO_INCREMENT,
  `enabled` tinyint(3) NOT NULL DEFAULT '1',
  `order_number` int(11) DEFAULT '-1',
  `item_type` varchar(150) COLLATE utf8_unicode_ci DEFAULT NULL,
  `item_name` varchar(150) COLLATE utf8_unicode_ci DEFAULT NULL,
  `item_details` mediumtext COLLATE utf8_unicode_ci,
  PRIMARY KEY (`item_id`),
  UNIQUE KEY `item_id_index` (`item_id`),
  UNIQUE KEY `item_type_item_name_index` (`item_type`,`item_name`),
  KEY `item_name_index` (`item_name`),
  KEY `item_type_index` (`item_type`)
) ENGINE=MyISAM AUTO_INCREMENT=562 DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_options` (
  `option_id` int(30) NOT NULL DEFAULT '0',
  `option_type` varchar(200) COLLATE utf8_unicode_ci DEFAULT '',
  `option_style` varchar(200) COLLATE utf8_unicode_ci DEFAULT NULL,
  `option_name` mediumtext COLLATE utf8_unicode_ci,
  `option_value` mediumtext COLLATE utf8_unicode_ci,
  PRIMARY KEY (`option_id`),
  UNIQUE KEY `uindex` (`option_id`),
  UNIQUE KEY `index_type_style_name` (`option_type`(20),`option_style`(20),`option_name`(100)),
  UNIQUE KEY `index_style_name` (`option_style`,`option_name`(100))
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_participant_statuses` (
  `status_id` int(20) NOT NULL DEFAULT '0',
  `access_to_profile` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  `eligible_for_experiments` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  `is_default_active` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  `is_default_inactive` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  PRIMARY KEY (`status_id`),
  UNIQUE KEY `status_id_index` (`status_id`),
  KEY `access_to_profile_index` (`access_to_profile`),
  KEY `eligible_for_experiments_index` (`eligible_for_experiments`),
  KEY `is_default_active_index` (`is_default_active`),
  KEY `is_default_inactive_index` (`is_default_inactive`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_participants` (
  `participant_id` bigint(20) NOT NULL DEFAULT '0',
  `participant_id_crypt` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `password_crypted` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `confirmation_token` varchar(200) COLLATE utf8_unicode_ci DEFAULT '',
  `pwreset_token` varchar(200) COLLATE utf8_unicode_ci DEFAULT '',
  `pwreset_request_time` bigint(20) DEFAULT NULL,
  `last_login_attempt` bigint(20) DEFAULT NULL,
  `failed_login_attempts` int(20) DEFAULT '0',
  `locked` tinyint(3) DEFAULT '0',
  `creation_time` int(20) DEFAULT '0',
  `deletion_time` int(20) DEFAULT '0',
  `subpool_id` int(15) NOT NULL DEFAULT '1',
  `subscriptions` varchar(50) COLLATE utf8_unicode_ci DEFAULT '',
  `rules_signed` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  `status_id` int(20) DEFAULT '0',
  `number_reg` int(15) DEFAULT '0',
  `number_noshowup` int(15) DEFAULT '0',
  `last_enrolment` bigint(30) DEFAULT NULL,
  `last_profile_update` bigint(30) DEFAULT NULL,
  `last_activity` bigint(30) DEFAULT NULL,
  `pending_profile_update_request` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  `profile_update_request_new_pool` int(11) DEFAULT NULL,
  `apply_permanent_queries` tinyint(3) DEFAULT '0',
  `remarks` mediumtext COLLATE utf8_unicode_ci,
  `language` varchar(5) COLLATE utf8_unicode_ci DEFAULT '',
  `email` varchar(250) COLLATE utf8_unicode_ci DEFAULT '',
  `phone_number` varchar(250) COLLATE utf8_unicode_ci DEFAULT '',
  `lname` varchar(250) COLLATE utf8_unicode_ci DEFAULT '',
  `fname` varchar(250) COLLATE utf8_unicode_ci DEFAULT '',
  `begin_of_studies` varchar(250) COLLATE utf8_unicode_ci DEFAULT '',
  `field_of_studies` varchar(250) COLLATE utf8_unicode_ci DEFAULT '',
  `profession` varchar(250) COLLATE utf8_unicode_ci DEFAULT '',
  `gender` varchar(250) COLLATE utf8_unicode_ci DEFAULT '',
  PRIMARY KEY (`participant_id`),
  UNIQUE KEY `participant_id_uindex` (`participant_id`),
  UNIQUE KEY `participant_id_crypt_uindex` (`participant_id_crypt`),
  KEY `subpool_id_index` (`subpool_id`),
  KEY `subscriptions_index` (`subscriptions`),
  KEY `creation_time_index` (`creation_time`),
  KEY `rules_signed_index` (`rules_signed`),
  KEY `number_reg_index` (`number_reg`),
  KEY `number_noshowup_index` (`number_noshowup`),
  KEY `last_enrolment_index` (`last_enrolment`),
  KEY `last_profile_update_index` (`last_profile_update`),
  KEY `pending_profile_update_request_index` (`pending_profile_update_request`),
  KEY `language_index` (`language`),
  KEY `email_index` (`email`),
  KEY `phone_number_index` (`phone_number`),
  KEY `lname_index` (`lname`),
  KEY `fname_index` (`fname`),
  KEY `begin_of_studies_index` (`begin_of_studies`),
  KEY `field_of_studies_index` (`field_of_studies`),
  KEY `profession_index` (`profession`),
  KEY `gender_index` (`gender`),
  KEY `status_id_index` (`status_id`),
  KEY `last_activity_index` (`last_activity`),
  KEY `update_request_index` (`pending_profile_update_request`),
  KEY `confirmation_token_index` (`confirmation_token`),
  KEY `remarks_index` (`remarks`(250))
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_participants_log` (
  `log_id` int(20) NOT NULL AUTO_INCREMENT,
  `id` varchar(255) COLLATE utf8_unicode_ci DEFAULT NULL,
  `action` varchar(200) COLLATE utf8_unicode_ci DEFAULT NULL,
  `target` varchar(255) COLLATE utf8_unicode_ci DEFAULT '',
  `year` varchar(6) COLLATE utf8_unicode_ci DEFAULT NULL,
  `month` char(3) COLLATE utf8_unicode_ci DEFAULT NULL,
  `day` char(3) COLLATE utf8_unicode_ci DEFAULT NULL,
  `timestamp` int(20) DEFAULT NULL,
  PRIMARY KEY (`log_id`),
  UNIQUE KEY `uindex` (`log_id`),
  KEY `tindex1` (`action`),
  KEY `tindex2` (`year`,`month`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_participate_at` (
  `participate_id` int(20) NOT NULL AUTO_INCREMENT,
  `participant_id` bigint(20) DEFAULT NULL,
  `experiment_id` int(20) DEFAULT NULL,
  `invited` tinyint(1) DEFAULT '0',
  `session_id` int(20) DEFAULT '0',
  `pstatus_id` int(20) NOT NULL DEFAULT '0',
  `payment_type` int(20) DEFAULT '0',
  `payment_budget` int(20) DEFAULT '0',
  `payment_amt` decimal(10,2) DEFAULT NULL,
  PRIMARY KEY (`participate_id`),
  UNIQUE KEY `uindex` (`participate_id`),
  UNIQUE KEY `uindex2` (`participant_id`,`experiment_id`),
  KEY `tindex` (`session_id`),
  KEY `tindex2` (`experiment_id`),
  KEY `tindex3` (`participant_id`),
  KEY `pstatus_id_index` (`pstatus_id`),
  KEY `pstatus_exp_index` (`experiment_id`,`pstatus_id`),
  KEY `pstatus_sess_index` (`session_id`,`pstatus_id`),
  KEY `pstatus_exp_sess_index` (`experiment_id`,`session_id`,`pstatus_id`),
  KEY `exp_sess_index` (`experiment_id`,`session_id`),
  KEY `exp_inv_index` (`experiment_id`,`invited`),
  KEY `payment_budget_index` (`payment_budget`),
  KEY `payment_type_index` (`payment_type`),
  KEY `payment_budget_type_index` (`payment_budget`,`payment_type`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_participation_statuses` (
  `pstatus_id` int(20) NOT NULL DEFAULT '0',
  `participated` tinyint(1) DEFAULT NULL,
  `noshow` tinyint(1) DEFAULT NULL,
  `participateagain` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`pstatus_id`),
  UNIQUE KEY `pstatus_id_index` (`pstatus_id`),
  KEY `participated_index` (`participated`),
  KEY `noshow_index` (`noshow`),
  KEY `participateagain_index` (`participateagain`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_profile_fields` (
  `mysql_column_name` varchar(250) COLLATE utf8_unicode_ci NOT NULL,
  `enabled` tinyint(3) DEFAULT '0',
  `type` varchar(250) COLLATE utf8_unicode_ci NOT NULL,
  `properties` mediumtext COLLATE utf8_unicode_ci,
  PRIMARY KEY (`mysql_column_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_queries` (
  `query_id` bigint(20) NOT NULL AUTO_INCREMENT,
  `query_type` varchar(200) COLLATE utf8_unicode_ci DEFAULT NULL,
  `json_query` text COLLATE utf8_unicode_ci,
  `query_time` bigint(20) DEFAULT NULL,
  `experiment_id` bigint(30) DEFAULT NULL,
  `admin_id` varchar(200) COLLATE utf8_unicode_ci DEFAULT NULL,
  `properties` text COLLATE utf8_unicode_ci,
  `permanent` tinyint(3) DEFAULT '0',
  PRIMARY KEY (`query_id`),
  UNIQUE KEY `query_id_index` (`query_id`),
  KEY `query_type_index` (`query_type`),
  KEY `query_type__expid_index` (`query_type`,`experiment_id`),
  KEY `expid_perm_index` (`experiment_id`,`permanent`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_sessions` (
  `session_id` int(20) NOT NULL DEFAULT '0',
  `experiment_id` int(20) NOT NULL DEFAULT '0',
  `session_start` bigint(20) DEFAULT NULL,
  `session_duration_hour` int(20) DEFAULT '0',
  `session_duration_minute` int(20) DEFAULT '0',
  `session_reminder_hours` int(11) DEFAULT '0',
  `send_reminder_on` varchar(255) COLLATE utf8_unicode_ci DEFAULT 'enough_participants_needed',
  `reminder_checked` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  `reminder_sent` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  `noshow_warning_sent` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  `registration_end_hours` int(11) DEFAULT '0',
  `reg_notice_sent` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  `part_needed` int(10) DEFAULT '0',
  `part_reserve` int(10) DEFAULT '0',
  `session_remarks` mediumtext COLLATE utf8_unicode_ci,
  `public_session_note` mediumtext COLLATE utf8_unicode_ci,
  `laboratory_id` varchar(255) COLLATE utf8_unicode_ci DEFAULT '',
  `session_status` varchar(200) COLLATE utf8_unicode_ci DEFAULT 'planned',
  `payment_types` varchar(200) COLLATE utf8_unicode_ci DEFAULT '',
  `payment_budgets` varchar(200) COLLATE utf8_unicode_ci DEFAULT '',
  PRIMARY KEY (`session_id`),
  UNIQUE KEY `uindex` (`session_id`),
  UNIQUE KEY `uindex3` (`experiment_id`,`session_id`),
  KEY `tindex` (`experiment_id`),
  KEY `tindex3` (`laboratory_id`),
  KEY `session_status_index` (`session_status`),
  KEY `session_start_index` (`session_start`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_subpools` (
  `subpool_id` int(20) NOT NULL AUTO_INCREMENT,
  `subpool_name` mediumtext COLLATE utf8_unicode_ci,
  `subpool_description` mediumtext COLLATE utf8_unicode_ci,
  `experiment_types` varchar(255) COLLATE utf8_unicode_ci DEFAULT '',
  `show_at_registration_page` char(1) COLLATE utf8_unicode_ci DEFAULT 'n',
  PRIMARY KEY (`subpool_id`),
  UNIQUE KEY `uindex` (`subpool_id`)
) ENGINE=MyISAM AUTO_INCREMENT=5 DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_uploads` (
  `upload_id` int(20) NOT NULL DEFAULT '0',
  `experiment_id` bigint(30) NOT NULL DEFAULT '0',
  `session_id` bigint(30) NOT NULL DEFAULT '0',
  `upload_type` varchar(255) COLLATE utf8_unicode_ci DEFAULT '',
  `upload_name` mediumtext COLLATE utf8_unicode_ci,
  `upload_mimetype` varchar(255) COLLATE utf8_unicode_ci DEFAULT '',
  `upload_filesize` mediumtext COLLATE utf8_unicode_ci,
  `upload_suffix` mediumtext COLLATE utf8_unicode_ci,
  PRIMARY KEY (`upload_id`),
  UNIQUE KEY `tidx` (`upload_id`),
  UNIQUE KEY `uindex` (`upload_id`),
  KEY `tindex` (`experiment_id`),
  KEY `tindex2` (`upload_type`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

CREATE TABLE `or_uploads_data` (
  `upload_id` int(20) NOT NULL DEFAULT '0',
  `upload_data` mediumblob,
  PRIMARY KEY (`upload_id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 COLLATE=utf8_unicode_ci;

-- ILIAS (learning management system) -- trimmed MySQL DDL of the real schema.
-- Upstream: github.com/ILIAS-eLearning/ILIAS, setup/sql/ilias3.sql (the MariaDB dump of a fresh installation that the
-- ILIAS setup loads), file version of commit 0329ecf21f97c177aa3bc4bfe45cd2b35b66ffc1. Licence: GPL-3.0.
-- 45 of the dump's tables, every column kept, table and column names and types as upstream; the dump's INSERT data
-- left out; "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4" added to each table (the dump gives no table options).
-- Upstream declares no foreign keys and no column comments.

CREATE TABLE `chatroom_bans` (
  `room_id` int(11) NOT NULL DEFAULT 0,
  `user_id` int(11) NOT NULL DEFAULT 0,
  `timestamp` int(11) NOT NULL DEFAULT 0,
  `remark` varchar(1000) DEFAULT NULL,
  `actor_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`room_id`,`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chatroom_history` (
  `hist_id` bigint(20) NOT NULL DEFAULT 0,
  `room_id` int(11) NOT NULL DEFAULT 0,
  `message` varchar(4000) DEFAULT NULL,
  `timestamp` int(11) NOT NULL DEFAULT 0,
  `sub_room` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`hist_id`),
  KEY `i1_idx` (`room_id`,`sub_room`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cmi_node` (
  `accesscount` int(11) DEFAULT NULL,
  `accessduration` varchar(20) DEFAULT NULL,
  `accessed` varchar(20) DEFAULT NULL,
  `activityabsduration` varchar(20) DEFAULT NULL,
  `activityattemptcount` int(11) DEFAULT NULL,
  `activityexpduration` varchar(20) DEFAULT NULL,
  `activityprogstatus` tinyint(4) DEFAULT NULL,
  `attemptabsduration` varchar(20) DEFAULT NULL,
  `attemptcomplamount` double DEFAULT NULL,
  `attemptcomplstatus` tinyint(4) DEFAULT NULL,
  `attemptexpduration` varchar(20) DEFAULT NULL,
  `attemptprogstatus` tinyint(4) DEFAULT NULL,
  `audio_captioning` int(11) DEFAULT NULL,
  `audio_level` double DEFAULT NULL,
  `availablechildren` varchar(255) DEFAULT NULL,
  `cmi_node_id` int(11) NOT NULL DEFAULT 0,
  `completion` double DEFAULT NULL,
  `completion_status` varchar(32) DEFAULT NULL,
  `completion_threshold` varchar(32) DEFAULT NULL,
  `cp_node_id` int(11) NOT NULL DEFAULT 0,
  `created` varchar(20) DEFAULT NULL,
  `credit` varchar(32) DEFAULT NULL,
  `delivery_speed` double DEFAULT NULL,
  `c_entry` varchar(255) DEFAULT NULL,
  `c_exit` varchar(255) DEFAULT NULL,
  `c_language` varchar(5) DEFAULT NULL,
  `launch_data` longtext DEFAULT NULL,
  `learner_name` varchar(255) DEFAULT NULL,
  `location` varchar(255) DEFAULT NULL,
  `c_max` double DEFAULT NULL,
  `c_min` double DEFAULT NULL,
  `c_mode` varchar(20) DEFAULT NULL,
  `modified` varchar(20) DEFAULT NULL,
  `progress_measure` double DEFAULT NULL,
  `c_raw` double DEFAULT NULL,
  `scaled` double DEFAULT NULL,
  `scaled_passing_score` double DEFAULT NULL,
  `session_time` varchar(20) DEFAULT NULL,
  `success_status` varchar(255) DEFAULT NULL,
  `suspend_data` longtext DEFAULT NULL,
  `total_time` varchar(20) DEFAULT NULL,
  `user_id` int(11) NOT NULL DEFAULT 0,
  `c_timestamp` datetime DEFAULT NULL,
  `additional_tables` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`cmi_node_id`),
  KEY `i1_idx` (`cp_node_id`),
  KEY `i2_idx` (`completion_status`),
  KEY `i3_idx` (`credit`),
  KEY `i5_idx` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exc_mem_ass_status` (
  `ass_id` int(11) NOT NULL DEFAULT 0,
  `usr_id` int(11) NOT NULL DEFAULT 0,
  `notice` varchar(4000) DEFAULT NULL,
  `returned` tinyint(4) NOT NULL DEFAULT 0,
  `solved` tinyint(4) DEFAULT NULL,
  `status_time` datetime DEFAULT NULL,
  `sent` tinyint(4) DEFAULT NULL,
  `sent_time` datetime DEFAULT NULL,
  `feedback_time` datetime DEFAULT NULL,
  `feedback` tinyint(4) NOT NULL DEFAULT 0,
  `status` char(9) DEFAULT 'notgraded',
  `mark` varchar(32) DEFAULT NULL,
  `u_comment` varchar(4000) DEFAULT NULL,
  PRIMARY KEY (`ass_id`,`usr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exc_returned` (
  `returned_id` int(11) NOT NULL DEFAULT 0,
  `obj_id` int(11) NOT NULL DEFAULT 0,
  `user_id` int(11) NOT NULL DEFAULT 0,
  `filename` varchar(1000) DEFAULT NULL,
  `filetitle` varchar(1000) DEFAULT NULL,
  `mimetype` varchar(150) DEFAULT NULL,
  `ts` datetime DEFAULT NULL,
  `ass_id` int(11) DEFAULT NULL,
  `atext` longtext DEFAULT NULL,
  `late` tinyint(4) NOT NULL DEFAULT 0,
  `team_id` int(11) NOT NULL DEFAULT 0,
  `web_dir_access_time` datetime DEFAULT NULL,
  PRIMARY KEY (`returned_id`),
  KEY `i1_idx` (`obj_id`),
  KEY `i2_idx` (`user_id`),
  KEY `i3_idx` (`filetitle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `frm_data` (
  `top_pk` bigint(20) NOT NULL DEFAULT 0,
  `top_frm_fk` bigint(20) NOT NULL DEFAULT 0,
  `top_name` varchar(255) DEFAULT NULL,
  `top_description` varchar(255) DEFAULT NULL,
  `top_num_posts` int(11) NOT NULL DEFAULT 0,
  `top_num_threads` int(11) NOT NULL DEFAULT 0,
  `top_last_post` varchar(50) DEFAULT NULL,
  `top_mods` int(11) NOT NULL DEFAULT 0,
  `top_date` datetime DEFAULT NULL,
  `visits` int(11) NOT NULL DEFAULT 0,
  `top_update` datetime DEFAULT NULL,
  `update_user` int(11) NOT NULL DEFAULT 0,
  `top_usr_id` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`top_pk`),
  KEY `i1_idx` (`top_frm_fk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `frm_notification` (
  `notification_id` int(11) NOT NULL DEFAULT 0,
  `user_id` int(11) NOT NULL DEFAULT 0,
  `frm_id` bigint(20) NOT NULL DEFAULT 0,
  `thread_id` bigint(20) NOT NULL DEFAULT 0,
  `admin_force_noti` tinyint(4) NOT NULL DEFAULT 0,
  `user_toggle_noti` tinyint(4) NOT NULL DEFAULT 0,
  `user_id_noti` int(11) DEFAULT NULL,
  `interested_events` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`notification_id`),
  KEY `i1_idx` (`user_id`,`thread_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `frm_posts` (
  `pos_pk` bigint(20) NOT NULL DEFAULT 0,
  `pos_top_fk` bigint(20) NOT NULL DEFAULT 0,
  `pos_thr_fk` bigint(20) NOT NULL DEFAULT 0,
  `pos_usr_alias` varchar(255) DEFAULT NULL,
  `pos_subject` varchar(4000) DEFAULT NULL,
  `pos_date` datetime DEFAULT NULL,
  `pos_update` datetime DEFAULT NULL,
  `update_user` int(11) NOT NULL DEFAULT 0,
  `pos_cens` tinyint(4) NOT NULL DEFAULT 0,
  `pos_cens_com` varchar(4000) DEFAULT NULL,
  `notify` tinyint(4) NOT NULL DEFAULT 0,
  `import_name` varchar(4000) DEFAULT NULL,
  `pos_status` tinyint(4) NOT NULL DEFAULT 1,
  `pos_message` longtext DEFAULT NULL,
  `pos_author_id` int(11) NOT NULL DEFAULT 0,
  `pos_display_user_id` int(11) NOT NULL DEFAULT 0,
  `is_author_moderator` tinyint(4) DEFAULT NULL,
  `pos_cens_date` datetime DEFAULT NULL,
  `pos_activation_date` datetime DEFAULT NULL,
  PRIMARY KEY (`pos_pk`),
  KEY `i1_idx` (`pos_thr_fk`),
  KEY `i2_idx` (`pos_top_fk`),
  KEY `i3_idx` (`pos_date`),
  KEY `i5_idx` (`pos_thr_fk`,`pos_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `frm_threads` (
  `thr_pk` bigint(20) NOT NULL DEFAULT 0,
  `thr_top_fk` bigint(20) NOT NULL DEFAULT 0,
  `thr_subject` varchar(255) DEFAULT NULL,
  `thr_usr_alias` varchar(255) DEFAULT NULL,
  `thr_num_posts` int(11) NOT NULL DEFAULT 0,
  `thr_last_post` varchar(50) DEFAULT NULL,
  `thr_date` datetime DEFAULT NULL,
  `thr_update` datetime DEFAULT NULL,
  `visits` int(11) NOT NULL DEFAULT 0,
  `import_name` varchar(4000) DEFAULT NULL,
  `is_sticky` tinyint(4) NOT NULL DEFAULT 0,
  `is_closed` tinyint(4) NOT NULL DEFAULT 0,
  `thread_sorting` int(11) NOT NULL DEFAULT 0,
  `avg_rating` double NOT NULL DEFAULT 0,
  `thr_author_id` int(11) NOT NULL DEFAULT 0,
  `thr_display_user_id` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`thr_pk`),
  KEY `i2_idx` (`thr_top_fk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grp_settings` (
  `obj_id` int(11) NOT NULL DEFAULT 0,
  `information` varchar(4000) DEFAULT NULL,
  `grp_type` tinyint(4) NOT NULL DEFAULT 0,
  `registration_type` tinyint(4) NOT NULL DEFAULT 0,
  `registration_enabled` tinyint(4) NOT NULL DEFAULT 0,
  `registration_unlimited` tinyint(4) NOT NULL DEFAULT 0,
  `registration_start` datetime DEFAULT NULL,
  `registration_end` datetime DEFAULT NULL,
  `registration_password` char(32) DEFAULT NULL,
  `registration_mem_limit` tinyint(4) NOT NULL DEFAULT 0,
  `registration_max_members` int(11) NOT NULL DEFAULT 0,
  `waiting_list` tinyint(4) NOT NULL DEFAULT 0,
  `latitude` varchar(30) DEFAULT NULL,
  `longitude` varchar(30) DEFAULT NULL,
  `location_zoom` int(11) NOT NULL DEFAULT 0,
  `enablemap` tinyint(4) NOT NULL DEFAULT 0,
  `reg_ac_enabled` tinyint(4) NOT NULL DEFAULT 0,
  `reg_ac` varchar(32) DEFAULT NULL,
  `view_mode` tinyint(4) NOT NULL DEFAULT 6,
  `mail_members_type` tinyint(4) DEFAULT 1,
  `registration_min_members` smallint(6) DEFAULT NULL,
  `leave_end` int(11) DEFAULT NULL,
  `auto_wait` tinyint(4) NOT NULL DEFAULT 0,
  `show_members` tinyint(4) NOT NULL DEFAULT 1,
  `grp_start` int(11) DEFAULT NULL,
  `grp_end` int(11) DEFAULT NULL,
  `period_start` datetime DEFAULT NULL,
  `period_end` datetime DEFAULT NULL,
  `period_time_indication` int(11) NOT NULL DEFAULT 0,
  `auto_notification` int(11) NOT NULL DEFAULT 1,
  `session_limit` tinyint(4) NOT NULL DEFAULT 0,
  `session_prev` bigint(20) NOT NULL DEFAULT -1,
  `session_next` bigint(20) NOT NULL DEFAULT -1,
  PRIMARY KEY (`obj_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `history` (
  `id` int(11) NOT NULL DEFAULT 0,
  `obj_id` int(11) NOT NULL DEFAULT 0,
  `obj_type` varchar(8) DEFAULT NULL,
  `action` varchar(20) DEFAULT NULL,
  `hdate` datetime DEFAULT NULL,
  `usr_id` int(11) NOT NULL DEFAULT 0,
  `info_params` varchar(4000) DEFAULT NULL,
  `user_comment` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `i1_idx` (`obj_id`,`obj_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iass_members` (
  `obj_id` int(11) NOT NULL DEFAULT 0,
  `usr_id` int(11) NOT NULL DEFAULT 0,
  `examiner_id` int(11) DEFAULT NULL,
  `record` text DEFAULT NULL,
  `internal_note` text DEFAULT NULL,
  `notify` tinyint(4) NOT NULL DEFAULT 0,
  `notification_ts` int(11) NOT NULL DEFAULT -1,
  `learning_progress` tinyint(4) DEFAULT 0,
  `finalized` tinyint(4) NOT NULL DEFAULT 0,
  `place` varchar(255) DEFAULT NULL,
  `event_time` bigint(20) DEFAULT NULL,
  `file_name` varchar(255) DEFAULT NULL,
  `user_view_file` tinyint(4) DEFAULT NULL,
  `changer_id` int(11) DEFAULT NULL,
  `change_time` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`obj_id`,`usr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `il_orgu_ua` (
  `id` bigint(20) NOT NULL DEFAULT 0,
  `user_id` bigint(20) DEFAULT NULL,
  `position_id` bigint(20) DEFAULT NULL,
  `orgu_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `pi_idx` (`position_id`),
  KEY `ui_idx` (`user_id`),
  KEY `oi_idx` (`orgu_id`),
  KEY `po_idx` (`position_id`,`orgu_id`),
  KEY `pu_idx` (`position_id`,`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `il_rating` (
  `obj_id` int(11) NOT NULL DEFAULT 0,
  `obj_type` char(10) NOT NULL DEFAULT '',
  `sub_obj_id` int(11) NOT NULL DEFAULT 0,
  `sub_obj_type` char(10) NOT NULL DEFAULT '',
  `user_id` int(11) NOT NULL DEFAULT 0,
  `rating` int(11) NOT NULL DEFAULT 0,
  `category_id` int(11) NOT NULL DEFAULT 0,
  `tstamp` int(11) DEFAULT NULL,
  PRIMARY KEY (`obj_id`,`obj_type`,`sub_obj_id`,`sub_obj_type`,`user_id`,`category_id`),
  KEY `obj_idx` (`obj_id`,`obj_type`,`sub_obj_id`,`sub_obj_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `il_subscribers` (
  `usr_id` int(11) NOT NULL DEFAULT 0,
  `obj_id` int(11) NOT NULL DEFAULT 0,
  `subject` varchar(4000) DEFAULT NULL,
  `sub_time` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`usr_id`,`obj_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `like_data` (
  `user_id` int(11) NOT NULL DEFAULT 0,
  `obj_id` int(11) NOT NULL DEFAULT 0,
  `obj_type` varchar(40) NOT NULL,
  `sub_obj_id` int(11) NOT NULL DEFAULT 0,
  `sub_obj_type` varchar(40) NOT NULL,
  `news_id` int(11) NOT NULL DEFAULT 0,
  `like_type` int(11) NOT NULL DEFAULT 0,
  `exp_ts` datetime NOT NULL,
  PRIMARY KEY (`user_id`,`obj_id`,`obj_type`,`sub_obj_id`,`sub_obj_type`,`news_id`,`like_type`),
  KEY `i1_idx` (`obj_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lng_data` (
  `module` varchar(30) NOT NULL DEFAULT ' ',
  `identifier` varchar(200) NOT NULL DEFAULT ' ',
  `lang_key` char(2) NOT NULL DEFAULT '',
  `value` varchar(4000) DEFAULT NULL,
  `local_change` datetime DEFAULT NULL,
  `remarks` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`module`,`identifier`,`lang_key`),
  KEY `i1_idx` (`module`),
  KEY `i2_idx` (`lang_key`),
  KEY `i3_idx` (`local_change`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `loginname_history` (
  `usr_id` int(11) NOT NULL DEFAULT 0,
  `login` varchar(80) NOT NULL DEFAULT '',
  `history_date` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`usr_id`,`login`,`history_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail` (
  `mail_id` int(11) NOT NULL DEFAULT 0,
  `user_id` int(11) NOT NULL DEFAULT 0,
  `folder_id` int(11) NOT NULL DEFAULT 0,
  `sender_id` int(11) DEFAULT NULL,
  `send_time` datetime DEFAULT NULL,
  `m_status` varchar(16) DEFAULT NULL,
  `m_subject` varchar(255) DEFAULT NULL,
  `import_name` varchar(4000) DEFAULT NULL,
  `use_placeholders` tinyint(4) NOT NULL DEFAULT 0,
  `m_message` longtext DEFAULT NULL,
  `rcp_to` longtext DEFAULT NULL,
  `rcp_cc` longtext DEFAULT NULL,
  `rcp_bcc` longtext DEFAULT NULL,
  `attachments` longtext DEFAULT NULL,
  `tpl_ctx_id` varchar(100) DEFAULT NULL,
  `tpl_ctx_params` longblob DEFAULT NULL,
  PRIMARY KEY (`mail_id`),
  KEY `i1_idx` (`user_id`),
  KEY `i2_idx` (`folder_id`),
  KEY `i3_idx` (`m_status`),
  KEY `i4_idx` (`sender_id`,`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_obj_data` (
  `obj_id` int(11) NOT NULL DEFAULT 0,
  `user_id` int(11) NOT NULL DEFAULT 0,
  `title` char(70) DEFAULT NULL,
  `m_type` char(16) DEFAULT NULL,
  PRIMARY KEY (`obj_id`),
  KEY `i1_idx` (`user_id`,`m_type`),
  KEY `i2_idx` (`obj_id`,`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_options` (
  `user_id` int(11) NOT NULL DEFAULT 0,
  `linebreak` tinyint(4) NOT NULL DEFAULT 0,
  `signature` varchar(4000) DEFAULT NULL,
  `incoming_type` tinyint(4) DEFAULT NULL,
  `cronjob_notification` tinyint(4) NOT NULL DEFAULT 0,
  `mail_address_option` tinyint(4) NOT NULL DEFAULT 3,
  PRIMARY KEY (`user_id`),
  KEY `i1_idx` (`user_id`,`linebreak`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member_agreement` (
  `usr_id` int(11) NOT NULL DEFAULT 0,
  `obj_id` int(11) NOT NULL DEFAULT 0,
  `accepted` tinyint(4) NOT NULL DEFAULT 0,
  `acceptance_time` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`usr_id`,`obj_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `note` (
  `id` int(11) NOT NULL DEFAULT 0,
  `rep_obj_id` int(11) NOT NULL DEFAULT 0,
  `obj_id` int(11) NOT NULL DEFAULT 0,
  `obj_type` varchar(10) DEFAULT NULL,
  `type` int(11) NOT NULL DEFAULT 0,
  `author` int(11) NOT NULL DEFAULT 0,
  `note_text` longtext DEFAULT NULL,
  `label` int(11) NOT NULL DEFAULT 0,
  `creation_date` datetime DEFAULT NULL,
  `update_date` datetime DEFAULT NULL,
  `subject` varchar(200) DEFAULT NULL,
  `no_repository` tinyint(4) DEFAULT 0,
  `news_id` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `i1_idx` (`author`),
  KEY `i2_idx` (`rep_obj_id`,`obj_id`,`obj_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `obj_members` (
  `obj_id` int(11) NOT NULL DEFAULT 0,
  `usr_id` int(11) NOT NULL DEFAULT 0,
  `blocked` tinyint(4) NOT NULL DEFAULT 0,
  `notification` tinyint(4) NOT NULL DEFAULT 0,
  `passed` tinyint(4) DEFAULT NULL,
  `origin` int(11) DEFAULT 0,
  `origin_ts` int(11) DEFAULT 0,
  `contact` tinyint(4) DEFAULT 0,
  `admin` tinyint(4) DEFAULT 0,
  `tutor` tinyint(4) DEFAULT 0,
  `member` smallint(6) DEFAULT 0,
  PRIMARY KEY (`obj_id`,`usr_id`),
  KEY `i1_idx` (`usr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `object_data` (
  `obj_id` int(11) NOT NULL DEFAULT 0,
  `type` char(4) DEFAULT 'none',
  `title` char(255) DEFAULT NULL,
  `description` char(128) DEFAULT NULL,
  `owner` int(11) NOT NULL DEFAULT 0,
  `create_date` datetime DEFAULT NULL,
  `last_update` datetime DEFAULT NULL,
  `import_id` char(255) DEFAULT NULL,
  `offline` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`obj_id`),
  KEY `i1_idx` (`type`),
  KEY `i2_idx` (`title`),
  KEY `i4_idx` (`import_id`),
  KEY `i5_idx` (`owner`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tst_active` (
  `active_id` int(11) NOT NULL DEFAULT 0,
  `user_fi` int(11) NOT NULL DEFAULT 0,
  `anonymous_id` varchar(5) DEFAULT NULL,
  `test_fi` int(11) NOT NULL DEFAULT 0,
  `tries` int(11) NOT NULL DEFAULT 0,
  `submitted` tinyint(4) NOT NULL DEFAULT 0,
  `submittimestamp` datetime DEFAULT NULL,
  `tstamp` int(11) NOT NULL DEFAULT 0,
  `importname` varchar(400) DEFAULT NULL,
  `taxfilter` varchar(1024) DEFAULT NULL,
  `lastindex` int(11) NOT NULL DEFAULT 0,
  `last_finished_pass` int(11) DEFAULT NULL,
  `answerstatusfilter` varchar(16) DEFAULT NULL,
  `objective_container` int(11) DEFAULT NULL,
  `start_lock` varchar(128) DEFAULT NULL,
  `last_pmode` varchar(16) DEFAULT NULL,
  `last_started_pass` int(11) DEFAULT NULL,
  PRIMARY KEY (`active_id`),
  UNIQUE KEY `uc1_idx` (`user_fi`,`test_fi`,`anonymous_id`),
  KEY `i1_idx` (`user_fi`),
  KEY `i2_idx` (`test_fi`),
  KEY `i3_idx` (`anonymous_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tst_manual_fb` (
  `manual_feedback_id` int(11) NOT NULL DEFAULT 0,
  `active_fi` int(11) NOT NULL DEFAULT 0,
  `question_fi` int(11) NOT NULL DEFAULT 0,
  `pass` int(11) NOT NULL DEFAULT 0,
  `tstamp` int(11) NOT NULL DEFAULT 0,
  `feedback` longtext DEFAULT NULL,
  `finalized_tstamp` bigint(20) DEFAULT NULL,
  `finalized_evaluation` tinyint(4) DEFAULT NULL,
  `finalized_by_usr_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`manual_feedback_id`),
  KEY `i1_idx` (`active_fi`),
  KEY `i2_idx` (`question_fi`),
  KEY `i3_idx` (`pass`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tst_mark` (
  `mark_id` int(11) NOT NULL DEFAULT 0,
  `test_fi` int(11) NOT NULL DEFAULT 0,
  `short_name` varchar(15) DEFAULT NULL,
  `official_name` varchar(50) DEFAULT NULL,
  `minimum_level` double NOT NULL DEFAULT 0,
  `passed` varchar(1) DEFAULT '0',
  `tstamp` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`mark_id`),
  KEY `i1_idx` (`test_fi`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tst_pass_result` (
  `active_fi` int(11) NOT NULL DEFAULT 0,
  `pass` int(11) NOT NULL DEFAULT 0,
  `points` double NOT NULL DEFAULT 0,
  `maxpoints` double NOT NULL DEFAULT 0,
  `questioncount` int(11) NOT NULL DEFAULT 0,
  `answeredquestions` int(11) NOT NULL DEFAULT 0,
  `workingtime` int(11) NOT NULL DEFAULT 0,
  `tstamp` int(11) NOT NULL DEFAULT 0,
  `hint_count` int(11) DEFAULT 0,
  `hint_points` double DEFAULT 0,
  `obligations_answered` tinyint(4) NOT NULL DEFAULT 1,
  `exam_id` varchar(128) DEFAULT NULL,
  PRIMARY KEY (`active_fi`,`pass`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tst_result_cache` (
  `active_fi` int(11) NOT NULL DEFAULT 0,
  `pass` int(11) NOT NULL DEFAULT 0,
  `max_points` double NOT NULL DEFAULT 0,
  `reached_points` double NOT NULL DEFAULT 0,
  `mark_short` varchar(256) NOT NULL DEFAULT '',
  `mark_official` varchar(256) NOT NULL DEFAULT '',
  `passed` int(11) NOT NULL DEFAULT 0,
  `failed` int(11) NOT NULL DEFAULT 0,
  `tstamp` int(11) NOT NULL DEFAULT 0,
  `hint_count` int(11) DEFAULT 0,
  `hint_points` double DEFAULT 0,
  `obligations_answered` tinyint(4) NOT NULL DEFAULT 1,
  `passed_once` tinyint(4) DEFAULT 0,
  PRIMARY KEY (`active_fi`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tst_solutions` (
  `solution_id` int(11) NOT NULL DEFAULT 0,
  `active_fi` int(11) NOT NULL DEFAULT 0,
  `question_fi` int(11) NOT NULL DEFAULT 0,
  `points` double DEFAULT NULL,
  `pass` int(11) NOT NULL DEFAULT 0,
  `tstamp` int(11) NOT NULL DEFAULT 0,
  `value1` longtext DEFAULT NULL,
  `value2` longtext DEFAULT NULL,
  `step` int(11) DEFAULT NULL,
  `authorized` tinyint(4) DEFAULT 1,
  PRIMARY KEY (`solution_id`),
  KEY `i1_idx` (`question_fi`),
  KEY `i2_idx` (`active_fi`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tst_test_result` (
  `test_result_id` int(11) NOT NULL DEFAULT 0,
  `active_fi` int(11) NOT NULL DEFAULT 0,
  `question_fi` int(11) NOT NULL DEFAULT 0,
  `points` double NOT NULL DEFAULT 0,
  `pass` int(11) NOT NULL DEFAULT 0,
  `manual` tinyint(4) NOT NULL DEFAULT 0,
  `tstamp` int(11) NOT NULL DEFAULT 0,
  `hint_count` int(11) DEFAULT 0,
  `hint_points` double DEFAULT 0,
  `answered` tinyint(4) NOT NULL DEFAULT 1,
  `step` int(11) DEFAULT NULL,
  PRIMARY KEY (`test_result_id`),
  KEY `i1_idx` (`active_fi`),
  KEY `i2_idx` (`question_fi`),
  KEY `i3_idx` (`pass`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tst_tests` (
  `test_id` int(11) NOT NULL DEFAULT 0,
  `obj_fi` int(11) NOT NULL DEFAULT 0,
  `author` varchar(50) DEFAULT NULL,
  `introduction` varchar(4000) DEFAULT NULL,
  `sequence_settings` tinyint(4) NOT NULL DEFAULT 0,
  `score_reporting` tinyint(4) NOT NULL DEFAULT 0,
  `instant_verification` varchar(1) DEFAULT '0',
  `answer_feedback` varchar(1) DEFAULT '0',
  `answer_feedback_points` varchar(1) DEFAULT '0',
  `fixed_participants` varchar(1) DEFAULT '0',
  `show_cancel` varchar(1) DEFAULT '1',
  `anonymity` varchar(1) DEFAULT '0',
  `nr_of_tries` smallint(6) NOT NULL DEFAULT 0,
  `use_previous_answers` varchar(1) DEFAULT '1',
  `title_output` varchar(1) DEFAULT '0',
  `processing_time` varchar(8) DEFAULT NULL,
  `enable_processing_time` varchar(1) DEFAULT '0',
  `reset_processing_time` tinyint(4) NOT NULL DEFAULT 0,
  `reporting_date` varchar(14) DEFAULT NULL,
  `shuffle_questions` varchar(1) DEFAULT '0',
  `ects_output` varchar(1) DEFAULT '0',
  `ects_fx` double DEFAULT NULL,
  `complete` varchar(1) DEFAULT '1',
  `ects_a` double NOT NULL DEFAULT 90,
  `ects_b` double NOT NULL DEFAULT 65,
  `ects_c` double NOT NULL DEFAULT 35,
  `ects_d` double NOT NULL DEFAULT 10,
  `ects_e` double NOT NULL DEFAULT 0,
  `keep_questions` tinyint(4) NOT NULL DEFAULT 0,
  `count_system` varchar(1) DEFAULT '0',
  `score_cutting` varchar(1) DEFAULT '0',
  `pass_scoring` varchar(1) DEFAULT '0',
  `password` varchar(20) DEFAULT NULL,
  `allowedusers` int(11) DEFAULT NULL,
  `alloweduserstimegap` int(11) DEFAULT NULL,
  `results_presentation` int(11) NOT NULL DEFAULT 3,
  `show_summary` int(11) NOT NULL DEFAULT 0,
  `show_question_titles` varchar(1) DEFAULT '1',
  `certificate_visibility` varchar(1) DEFAULT '0',
  `show_marker` tinyint(4) NOT NULL DEFAULT 0,
  `kiosk` int(11) NOT NULL DEFAULT 0,
  `resultoutput` int(11) NOT NULL DEFAULT 0,
  `finalstatement` varchar(4000) DEFAULT NULL,
  `showfinalstatement` int(11) NOT NULL DEFAULT 0,
  `showinfo` int(11) NOT NULL DEFAULT 1,
  `forcejs` int(11) NOT NULL DEFAULT 0,
  `customstyle` varchar(128) DEFAULT NULL,
  `tstamp` int(11) NOT NULL DEFAULT 0,
  `created` int(11) NOT NULL DEFAULT 0,
  `mailnotification` tinyint(4) DEFAULT 0,
  `mailnottype` smallint(6) NOT NULL DEFAULT 0,
  `exportsettings` int(11) NOT NULL DEFAULT 0,
  `enabled_view_mode` varchar(20) DEFAULT '0',
  `template_id` int(11) DEFAULT NULL,
  `pool_usage` tinyint(4) DEFAULT NULL,
  `online_status` tinyint(4) NOT NULL DEFAULT 0,
  `print_bs_with_res` tinyint(4) NOT NULL DEFAULT 1,
  `offer_question_hints` tinyint(4) NOT NULL DEFAULT 0,
  `highscore_enabled` int(11) DEFAULT 0,
  `highscore_anon` int(11) DEFAULT 0,
  `highscore_achieved_ts` int(11) DEFAULT 0,
  `highscore_score` int(11) DEFAULT 0,
  `highscore_percentage` int(11) DEFAULT 0,
  `highscore_hints` int(11) DEFAULT 0,
  `highscore_wtime` int(11) DEFAULT 0,
  `highscore_own_table` int(11) DEFAULT 0,
  `highscore_top_table` int(11) DEFAULT 0,
  `highscore_top_num` int(11) DEFAULT 0,
  `specific_feedback` int(11) DEFAULT 0,
  `obligations_enabled` tinyint(4) NOT NULL DEFAULT 0,
  `autosave` tinyint(4) NOT NULL DEFAULT 0,
  `autosave_ival` int(11) NOT NULL DEFAULT 0,
  `pass_deletion_allowed` int(11) NOT NULL DEFAULT 0,
  `redirection_mode` int(11) NOT NULL DEFAULT 0,
  `redirection_url` varchar(128) DEFAULT NULL,
  `examid_in_test_pass` int(11) NOT NULL DEFAULT 0,
  `examid_in_test_res` int(11) NOT NULL DEFAULT 0,
  `enable_examview` tinyint(4) DEFAULT NULL,
  `show_examview_html` tinyint(4) DEFAULT NULL,
  `show_examview_pdf` tinyint(4) DEFAULT NULL,
  `enable_archiving` tinyint(4) DEFAULT NULL,
  `question_set_type` varchar(32) NOT NULL DEFAULT 'FIXED_QUEST_SET',
  `sign_submission` int(11) NOT NULL DEFAULT 0,
  `char_selector_availability` int(11) NOT NULL DEFAULT 0,
  `char_selector_definition` varchar(4000) DEFAULT NULL,
  `skill_service` tinyint(4) DEFAULT NULL,
  `result_tax_filters` varchar(255) DEFAULT NULL,
  `show_grading_status` tinyint(4) DEFAULT 0,
  `show_grading_mark` tinyint(4) DEFAULT 0,
  `inst_fb_answer_fixation` tinyint(4) DEFAULT NULL,
  `intro_enabled` tinyint(4) DEFAULT NULL,
  `starting_time_enabled` tinyint(4) DEFAULT NULL,
  `ending_time_enabled` tinyint(4) DEFAULT NULL,
  `password_enabled` tinyint(4) DEFAULT NULL,
  `limit_users_enabled` tinyint(4) DEFAULT NULL,
  `broken` tinyint(4) DEFAULT NULL,
  `force_inst_fb` tinyint(4) DEFAULT 0,
  `starting_time` int(11) NOT NULL DEFAULT 0,
  `ending_time` int(11) NOT NULL DEFAULT 0,
  `pass_waiting` varchar(15) DEFAULT NULL,
  `follow_qst_answer_fixation` tinyint(4) DEFAULT 0,
  `block_after_passed` tinyint(4) DEFAULT 0,
  `info_screen` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`test_id`),
  KEY `i1_idx` (`obj_fi`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `udf_definition` (
  `field_id` int(11) NOT NULL DEFAULT 0,
  `field_name` char(255) DEFAULT NULL,
  `field_type` tinyint(4) NOT NULL DEFAULT 0,
  `field_values` longtext DEFAULT NULL,
  `visible` tinyint(4) NOT NULL DEFAULT 0,
  `changeable` tinyint(4) NOT NULL DEFAULT 0,
  `required` tinyint(4) NOT NULL DEFAULT 0,
  `searchable` tinyint(4) NOT NULL DEFAULT 0,
  `export` tinyint(4) NOT NULL DEFAULT 0,
  `course_export` tinyint(4) NOT NULL DEFAULT 0,
  `registration_visible` tinyint(4) DEFAULT 0,
  `visible_lua` tinyint(4) NOT NULL DEFAULT 0,
  `changeable_lua` tinyint(4) NOT NULL DEFAULT 0,
  `group_export` tinyint(4) DEFAULT 0,
  `certificate` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`field_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `udf_text` (
  `usr_id` int(11) NOT NULL DEFAULT 0,
  `field_id` int(11) NOT NULL DEFAULT 0,
  `value` varchar(4000) DEFAULT NULL,
  PRIMARY KEY (`usr_id`,`field_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usr_data` (
  `usr_id` int(11) NOT NULL DEFAULT 0,
  `login` varchar(190) DEFAULT NULL,
  `passwd` varchar(80) DEFAULT NULL,
  `firstname` varchar(128) DEFAULT NULL,
  `lastname` varchar(128) DEFAULT NULL,
  `title` varchar(32) DEFAULT NULL,
  `gender` char(1) DEFAULT 'm',
  `email` varchar(128) DEFAULT NULL,
  `institution` varchar(80) DEFAULT NULL,
  `street` varchar(512) DEFAULT NULL,
  `city` varchar(40) DEFAULT NULL,
  `zipcode` varchar(10) DEFAULT NULL,
  `country` varchar(40) DEFAULT NULL,
  `phone_office` varchar(40) DEFAULT NULL,
  `last_login` datetime DEFAULT NULL,
  `last_update` datetime DEFAULT NULL,
  `create_date` datetime DEFAULT NULL,
  `hobby` varchar(4000) DEFAULT NULL,
  `department` varchar(80) DEFAULT NULL,
  `phone_home` varchar(40) DEFAULT NULL,
  `phone_mobile` varchar(40) DEFAULT NULL,
  `fax` varchar(40) DEFAULT NULL,
  `time_limit_owner` int(11) DEFAULT 0,
  `time_limit_unlimited` int(11) DEFAULT 0,
  `time_limit_from` bigint(20) DEFAULT 0,
  `time_limit_until` bigint(20) DEFAULT 0,
  `time_limit_message` int(11) DEFAULT 0,
  `referral_comment` varchar(250) DEFAULT NULL,
  `matriculation` varchar(40) DEFAULT NULL,
  `active` int(11) NOT NULL DEFAULT 0,
  `approve_date` datetime DEFAULT NULL,
  `agree_date` datetime DEFAULT NULL,
  `client_ip` varchar(255) DEFAULT NULL,
  `auth_mode` char(10) DEFAULT 'default',
  `profile_incomplete` int(11) DEFAULT 0,
  `ext_account` varchar(250) DEFAULT NULL,
  `feed_hash` varchar(32) DEFAULT NULL,
  `latitude` varchar(30) DEFAULT NULL,
  `longitude` varchar(30) DEFAULT NULL,
  `loc_zoom` int(11) NOT NULL DEFAULT 0,
  `login_attempts` tinyint(4) NOT NULL DEFAULT 0,
  `last_password_change` int(11) NOT NULL DEFAULT 0,
  `reg_hash` char(32) DEFAULT NULL,
  `birthday` date DEFAULT NULL,
  `sel_country` varchar(2) DEFAULT NULL,
  `last_visited` longtext DEFAULT NULL,
  `inactivation_date` datetime DEFAULT NULL,
  `is_self_registered` tinyint(4) NOT NULL DEFAULT 0,
  `passwd_enc_type` varchar(10) DEFAULT NULL,
  `passwd_salt` varchar(32) DEFAULT NULL,
  `second_email` varchar(80) DEFAULT NULL,
  `first_login` datetime DEFAULT NULL,
  `last_profile_prompt` datetime DEFAULT NULL,
  `passwd_policy_reset` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`usr_id`),
  UNIQUE KEY `uc1_idx` (`login`),
  KEY `i1_idx` (`login`,`passwd`),
  KEY `i2_idx` (`ext_account`,`auth_mode`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usr_data_multi` (
  `id` int(11) NOT NULL DEFAULT 0,
  `usr_id` int(11) NOT NULL DEFAULT 0,
  `field_id` varchar(255) NOT NULL DEFAULT '',
  `value` varchar(1000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `i1_idx` (`usr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usr_pref` (
  `usr_id` int(11) NOT NULL DEFAULT 0,
  `keyword` char(40) NOT NULL DEFAULT '',
  `value` varchar(4000) DEFAULT NULL,
  PRIMARY KEY (`usr_id`,`keyword`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usr_pwassist` (
  `pwassist_id` char(180) NOT NULL DEFAULT '',
  `expires` int(11) NOT NULL DEFAULT 0,
  `ctime` int(11) NOT NULL DEFAULT 0,
  `user_id` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`pwassist_id`),
  UNIQUE KEY `c1_idx` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usr_session` (
  `session_id` varchar(256) NOT NULL DEFAULT ' ',
  `expires` int(11) NOT NULL DEFAULT 0,
  `data` longtext DEFAULT NULL,
  `ctime` int(11) NOT NULL DEFAULT 0,
  `user_id` int(11) NOT NULL DEFAULT 0,
  `last_remind_ts` int(11) NOT NULL DEFAULT 0,
  `type` int(11) DEFAULT NULL,
  `createtime` int(11) DEFAULT NULL,
  `remote_addr` varchar(50) DEFAULT NULL,
  `context` varchar(80) DEFAULT NULL,
  PRIMARY KEY (`session_id`),
  KEY `i1_idx` (`expires`),
  KEY `i2_idx` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usr_session_stats` (
  `slot_begin` int(11) NOT NULL DEFAULT 0,
  `slot_end` int(11) NOT NULL DEFAULT 0,
  `active_min` int(11) DEFAULT NULL,
  `active_max` int(11) DEFAULT NULL,
  `active_avg` int(11) DEFAULT NULL,
  `active_end` int(11) DEFAULT NULL,
  `opened` int(11) DEFAULT NULL,
  `closed_manual` int(11) DEFAULT NULL,
  `closed_expire` int(11) DEFAULT NULL,
  `closed_idle` int(11) DEFAULT NULL,
  `closed_idle_first` int(11) DEFAULT NULL,
  `closed_limit` int(11) DEFAULT NULL,
  `closed_login` int(11) DEFAULT NULL,
  `max_sessions` int(11) DEFAULT NULL,
  `closed_misc` int(11) DEFAULT 0,
  PRIMARY KEY (`slot_begin`),
  KEY `i1_idx` (`slot_end`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usr_session_stats_raw` (
  `session_id` varchar(256) NOT NULL DEFAULT '',
  `type` smallint(6) NOT NULL DEFAULT 0,
  `start_time` int(11) NOT NULL DEFAULT 0,
  `end_time` int(11) DEFAULT NULL,
  `end_context` smallint(6) DEFAULT NULL,
  `user_id` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`session_id`),
  KEY `i1_idx` (`start_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ut_lp_marks` (
  `obj_id` int(11) NOT NULL DEFAULT 0,
  `usr_id` int(11) NOT NULL DEFAULT 0,
  `completed` int(11) NOT NULL DEFAULT 0,
  `mark` varchar(32) DEFAULT NULL,
  `u_comment` varchar(4000) DEFAULT NULL,
  `status` tinyint(4) NOT NULL DEFAULT 0,
  `status_changed` datetime DEFAULT NULL,
  `status_dirty` tinyint(4) NOT NULL DEFAULT 0,
  `percentage` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`obj_id`,`usr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ut_lp_settings` (
  `obj_id` int(11) NOT NULL DEFAULT 0,
  `obj_type` char(4) DEFAULT NULL,
  `u_mode` tinyint(4) NOT NULL DEFAULT 0,
  `visits` int(11) DEFAULT 0,
  PRIMARY KEY (`obj_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ut_online` (
  `usr_id` int(11) NOT NULL DEFAULT 0,
  `online_time` int(11) NOT NULL DEFAULT 0,
  `access_time` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`usr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

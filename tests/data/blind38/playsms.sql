-- playSMS (web SMS gateway / messaging portal): trimmed schema, 44 of 57 tables, every column of each kept table.

-- Upstream: github.com/playsms/playsms db/playsms.sql (phpMyAdmin dump of the install schema), commit 38be8bdc0508473be77bcfde638d549b44ebb02b.

-- Licence: GPL-3.0 (LICENSE.md). CREATE TABLE statements and the dump's ALTER TABLE key / AUTO_INCREMENT statements

-- copied verbatim for the kept tables; INSERTs and the other tables left out.



CREATE TABLE `playsms_featureAutoreply` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `autoreply_id` int(11) NOT NULL,
  `uid` int(11) NOT NULL DEFAULT 0,
  `autoreply_keyword` varchar(10) NOT NULL DEFAULT '',
  `smsc` varchar(100) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureBoard` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `board_id` int(11) NOT NULL,
  `uid` int(11) NOT NULL DEFAULT 0,
  `board_keyword` varchar(100) NOT NULL DEFAULT '',
  `board_reply` varchar(100) NOT NULL DEFAULT '',
  `board_forward_email` varchar(255) NOT NULL DEFAULT '',
  `board_css` varchar(255) NOT NULL DEFAULT '',
  `board_pref_template` text NOT NULL,
  `board_access_code` varchar(255) NOT NULL DEFAULT '',
  `board_reply_msg` varchar(140) NOT NULL DEFAULT '',
  `smsc` varchar(100) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureBoard_log` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `in_id` int(11) NOT NULL,
  `board_id` int(11) NOT NULL DEFAULT 0,
  `in_gateway` varchar(100) NOT NULL DEFAULT '',
  `in_sender` varchar(20) NOT NULL DEFAULT '',
  `in_masked` varchar(20) NOT NULL DEFAULT '',
  `in_keyword` varchar(20) NOT NULL DEFAULT '',
  `in_msg` text NOT NULL,
  `in_reply` varchar(100) NOT NULL DEFAULT '',
  `in_datetime` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureCredit` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL,
  `parent_uid` int(11) NOT NULL DEFAULT 0,
  `uid` int(11) NOT NULL DEFAULT 0,
  `username` varchar(100) NOT NULL DEFAULT '',
  `status` int(11) NOT NULL DEFAULT 0,
  `amount` decimal(13,3) NOT NULL DEFAULT 0.000,
  `balance` decimal(13,3) NOT NULL DEFAULT 0.000,
  `create_datetime` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `delete_datetime` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `flag_deleted` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureFirewall` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL,
  `uid` int(11) NOT NULL DEFAULT 0,
  `ip_address` varchar(20) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureInboxgroup` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL,
  `uid` int(11) NOT NULL DEFAULT 0,
  `in_receiver` varchar(20) NOT NULL DEFAULT '',
  `keywords` varchar(100) NOT NULL DEFAULT '',
  `description` varchar(255) NOT NULL DEFAULT '',
  `creation_datetime` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `exclusive` int(11) NOT NULL DEFAULT 0,
  `deleted` int(11) NOT NULL DEFAULT 0,
  `status` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureInboxgroup_catchall` (
  `id` int(11) NOT NULL,
  `rid` int(11) NOT NULL DEFAULT 0,
  `uid` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureInboxgroup_log_in` (
  `id` int(11) NOT NULL,
  `rid` int(11) NOT NULL DEFAULT 0,
  `sms_datetime` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `sms_sender` varchar(20) NOT NULL DEFAULT '',
  `keyword` varchar(100) NOT NULL DEFAULT '',
  `message` text NOT NULL,
  `sms_receiver` varchar(20) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureInboxgroup_log_out` (
  `id` int(11) NOT NULL,
  `log_in_id` int(11) NOT NULL DEFAULT 0,
  `smslog_id` int(11) NOT NULL DEFAULT 0,
  `catchall` int(11) NOT NULL DEFAULT 0,
  `uid` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureInboxgroup_members` (
  `id` int(11) NOT NULL,
  `rid` int(11) NOT NULL DEFAULT 0,
  `uid` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featurePhonebook` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL,
  `uid` int(11) NOT NULL DEFAULT 0,
  `mobile` varchar(100) NOT NULL DEFAULT '',
  `name` varchar(255) NOT NULL DEFAULT '',
  `email` varchar(255) NOT NULL DEFAULT '',
  `tags` varchar(255) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featurePhonebook_group` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL,
  `uid` int(11) NOT NULL DEFAULT 0,
  `name` varchar(100) NOT NULL DEFAULT '',
  `code` varchar(20) NOT NULL DEFAULT '',
  `flag_sender` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featurePhonebook_group_contacts` (
  `id` int(11) NOT NULL,
  `gpid` int(11) NOT NULL,
  `pid` int(11) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featurePoll` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `poll_id` int(11) NOT NULL,
  `uid` int(11) NOT NULL DEFAULT 0,
  `poll_title` varchar(255) NOT NULL DEFAULT '',
  `poll_keyword` varchar(10) NOT NULL DEFAULT '',
  `poll_enable` int(11) NOT NULL DEFAULT 0,
  `poll_option_vote` int(11) NOT NULL DEFAULT 0,
  `poll_message_valid` text NOT NULL,
  `poll_message_invalid` text NOT NULL,
  `poll_message_option` text NOT NULL,
  `poll_access_code` varchar(255) NOT NULL DEFAULT '',
  `smsc` varchar(100) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featurePoll_choice` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `choice_id` int(11) NOT NULL,
  `poll_id` int(11) NOT NULL DEFAULT 0,
  `choice_title` varchar(255) NOT NULL DEFAULT '',
  `choice_keyword` varchar(10) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featurePoll_log` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `log_id` int(11) NOT NULL,
  `poll_id` int(11) NOT NULL DEFAULT 0,
  `choice_id` int(11) NOT NULL DEFAULT 0,
  `poll_sender` varchar(20) NOT NULL DEFAULT '',
  `in_datetime` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `status` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureQuiz` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `quiz_id` int(11) NOT NULL,
  `uid` int(11) NOT NULL DEFAULT 0,
  `quiz_keyword` varchar(20) NOT NULL DEFAULT '',
  `quiz_question` varchar(100) NOT NULL DEFAULT '',
  `quiz_answer` varchar(20) NOT NULL DEFAULT '',
  `quiz_msg_correct` varchar(100) NOT NULL DEFAULT '',
  `quiz_msg_incorrect` varchar(100) NOT NULL DEFAULT '',
  `quiz_enable` int(11) NOT NULL DEFAULT 0,
  `smsc` varchar(100) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureQuiz_log` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `answer_id` int(4) NOT NULL,
  `quiz_id` int(4) NOT NULL DEFAULT 0,
  `quiz_answer` varchar(100) NOT NULL DEFAULT '',
  `quiz_sender` varchar(20) NOT NULL DEFAULT '',
  `in_datetime` varchar(20) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureSchedule` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL,
  `uid` int(11) NOT NULL DEFAULT 0,
  `name` varchar(100) NOT NULL DEFAULT '',
  `message` text NOT NULL,
  `schedule_rule` int(11) NOT NULL DEFAULT 0,
  `flag_active` int(11) NOT NULL DEFAULT 0,
  `flag_deleted` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureSchedule_dst` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL,
  `schedule_id` int(11) NOT NULL DEFAULT 0,
  `schedule` varchar(19) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `scheduled` varchar(19) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `name` varchar(100) NOT NULL DEFAULT '',
  `destination` varchar(255) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureSendfromfile` (
  `id` int(11) NOT NULL,
  `uid` int(11) NOT NULL DEFAULT 0,
  `sid` varchar(50) NOT NULL DEFAULT '',
  `sms_datetime` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `sms_to` varchar(50) NOT NULL DEFAULT '',
  `sms_msg` text NOT NULL,
  `sms_username` varchar(50) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureSimplerate` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL,
  `dst` varchar(100) NOT NULL DEFAULT '',
  `prefix` varchar(10) NOT NULL DEFAULT '',
  `rate` decimal(13,3) NOT NULL DEFAULT 0.000
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureStoplist` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL,
  `uid` int(11) NOT NULL DEFAULT 0,
  `mobile` varchar(20) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureSubscribe` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `subscribe_id` int(11) NOT NULL,
  `uid` int(11) NOT NULL DEFAULT 0,
  `subscribe_keyword` varchar(20) NOT NULL DEFAULT '',
  `subscribe_msg` varchar(140) NOT NULL DEFAULT '',
  `unsubscribe_msg` varchar(140) NOT NULL DEFAULT '',
  `subscribe_enable` int(11) NOT NULL DEFAULT 0,
  `subscribe_param` varchar(20) NOT NULL DEFAULT '',
  `unsubscribe_param` varchar(20) NOT NULL DEFAULT '',
  `forward_param` varchar(20) NOT NULL DEFAULT '',
  `unknown_format_msg` varchar(140) NOT NULL DEFAULT '',
  `already_member_msg` varchar(140) NOT NULL DEFAULT '',
  `smsc` varchar(100) NOT NULL DEFAULT '',
  `duration` int(11) NOT NULL DEFAULT 0,
  `expire_msg` varchar(140) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureSubscribe_member` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `member_id` int(11) NOT NULL,
  `subscribe_id` int(11) NOT NULL DEFAULT 0,
  `member_number` varchar(20) NOT NULL DEFAULT '',
  `member_since` varchar(20) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_featureSubscribe_msg` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `msg_id` int(11) NOT NULL,
  `subscribe_id` int(11) NOT NULL DEFAULT 0,
  `msg` varchar(200) NOT NULL DEFAULT '',
  `create_datetime` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `update_datetime` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `counter` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_gatewayNexmo` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL,
  `local_smslog_id` int(11) NOT NULL DEFAULT 0,
  `remote_smslog_id` varchar(255) NOT NULL DEFAULT '0',
  `status` int(11) NOT NULL DEFAULT 0,
  `network` varchar(20) NOT NULL DEFAULT '',
  `error_text` varchar(100) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_gatewayPlaynet_outgoing` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL,
  `created` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `last_update` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `flag` int(11) NOT NULL DEFAULT 0,
  `uid` int(11) NOT NULL DEFAULT 0,
  `smsc` varchar(100) NOT NULL DEFAULT '',
  `smslog_id` int(11) NOT NULL DEFAULT 0,
  `sender_id` varchar(100) NOT NULL DEFAULT '',
  `sms_to` varchar(100) NOT NULL DEFAULT '',
  `message` text NOT NULL,
  `sms_type` int(11) NOT NULL DEFAULT 0,
  `unicode` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_gatewayTwilio` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL,
  `local_smslog_id` int(11) NOT NULL DEFAULT 0,
  `remote_smslog_id` varchar(255) NOT NULL DEFAULT '0',
  `status` varchar(20) NOT NULL DEFAULT '',
  `error_text` varchar(100) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_gatewayUplink` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `up_id` int(11) NOT NULL,
  `up_local_smslog_id` int(11) NOT NULL DEFAULT 0,
  `up_remote_smslog_id` int(11) NOT NULL DEFAULT 0,
  `up_status` int(11) NOT NULL DEFAULT 0,
  `up_remote_queue_code` varchar(255) NOT NULL DEFAULT '',
  `up_dst` varchar(100) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_tblACL` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL,
  `name` varchar(100) NOT NULL DEFAULT '',
  `acl_subuser` varchar(255) NOT NULL DEFAULT '',
  `url` text NOT NULL,
  `flag_disallowed` int(11) NOT NULL DEFAULT 0,
  `flag_deleted` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_tblBilling` (
  `id` int(11) NOT NULL,
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `parent_uid` int(11) NOT NULL DEFAULT 0,
  `uid` int(11) NOT NULL DEFAULT 0,
  `post_datetime` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `smslog_id` int(11) NOT NULL DEFAULT 0,
  `rate` decimal(13,3) NOT NULL DEFAULT 0.000,
  `credit` decimal(13,3) NOT NULL DEFAULT 0.000,
  `count` int(11) NOT NULL DEFAULT 0,
  `charge` decimal(13,3) NOT NULL DEFAULT 0.000,
  `status` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_tblCountry` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `country_id` int(11) NOT NULL,
  `country_name` varchar(200) NOT NULL DEFAULT '',
  `country_code` varchar(10) NOT NULL DEFAULT '',
  `country_prefix` varchar(10) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_tblDLR` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL,
  `flag_processed` int(11) NOT NULL DEFAULT 0,
  `smslog_id` int(11) NOT NULL DEFAULT 0,
  `p_status` int(11) NOT NULL DEFAULT 0,
  `uid` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_tblGateway` (
  `id` int(11) NOT NULL,
  `created` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `last_update` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `name` varchar(100) NOT NULL DEFAULT '',
  `gateway` varchar(100) NOT NULL DEFAULT '',
  `data` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_tblNotif` (
  `id` int(11) NOT NULL,
  `uid` int(11) NOT NULL DEFAULT 0,
  `last_update` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `label` varchar(255) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `body` varchar(255) DEFAULT NULL,
  `flag_unread` int(11) NOT NULL DEFAULT 0,
  `data` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_tblRecvSMS` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL,
  `flag_processed` int(11) NOT NULL DEFAULT 0,
  `sms_datetime` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `sms_sender` varchar(20) NOT NULL DEFAULT '',
  `message` text NOT NULL,
  `sms_receiver` varchar(20) NOT NULL DEFAULT '',
  `smsc` varchar(100) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_tblRegistry` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL,
  `uid` int(11) NOT NULL DEFAULT 0,
  `registry_group` varchar(255) NOT NULL DEFAULT '',
  `registry_family` varchar(255) NOT NULL DEFAULT '',
  `registry_key` varchar(255) NOT NULL DEFAULT '',
  `registry_value` text NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_tblSMSInbox` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `in_id` int(11) NOT NULL,
  `flag_deleted` int(11) NOT NULL DEFAULT 0,
  `in_sender` varchar(20) NOT NULL DEFAULT '',
  `in_receiver` varchar(20) NOT NULL DEFAULT '',
  `in_uid` int(11) NOT NULL DEFAULT 0,
  `in_msg` text NOT NULL,
  `in_datetime` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `reference_id` varchar(255) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_tblSMSIncoming` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `in_id` int(11) NOT NULL,
  `flag_deleted` int(11) NOT NULL DEFAULT 0,
  `in_uid` int(11) NOT NULL DEFAULT 0,
  `in_feature` varchar(255) NOT NULL DEFAULT '',
  `in_gateway` varchar(100) NOT NULL DEFAULT '',
  `in_sender` varchar(100) NOT NULL DEFAULT '',
  `in_receiver` varchar(20) NOT NULL DEFAULT '',
  `in_keyword` varchar(100) NOT NULL DEFAULT '',
  `in_message` text NOT NULL,
  `in_datetime` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `in_status` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_tblSMSOutgoing` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `id` int(11) NOT NULL,
  `smslog_id` int(11) DEFAULT NULL,
  `flag_deleted` int(11) NOT NULL DEFAULT 0,
  `uid` int(11) NOT NULL DEFAULT 0,
  `parent_uid` int(11) NOT NULL DEFAULT 0,
  `p_gateway` varchar(255) NOT NULL DEFAULT '',
  `p_smsc` varchar(255) NOT NULL DEFAULT '',
  `p_src` varchar(100) NOT NULL DEFAULT '',
  `p_dst` varchar(100) NOT NULL DEFAULT '',
  `p_footer` varchar(30) NOT NULL DEFAULT '',
  `p_msg` text NOT NULL,
  `p_datetime` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `p_update` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `p_status` int(11) NOT NULL DEFAULT 0,
  `p_gpid` int(11) NOT NULL DEFAULT 0,
  `p_credit` decimal(13,3) NOT NULL DEFAULT 0.000,
  `p_sms_type` varchar(100) NOT NULL DEFAULT '',
  `unicode` int(11) NOT NULL DEFAULT 0,
  `queue_code` varchar(255) NOT NULL DEFAULT '',
  `remote_id` varchar(255) DEFAULT NULL,
  `in_id` int(11) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_tblSMSOutgoing_queue` (
  `id` int(11) NOT NULL,
  `queue_code` varchar(255) NOT NULL DEFAULT '',
  `datetime_entry` varchar(20) NOT NULL DEFAULT '000-00-00 00:00:00',
  `datetime_scheduled` varchar(20) NOT NULL DEFAULT '000-00-00 00:00:00',
  `datetime_update` varchar(20) NOT NULL DEFAULT '000-00-00 00:00:00',
  `flag` int(11) NOT NULL DEFAULT 0,
  `queue_count` int(11) NOT NULL DEFAULT 0,
  `sms_count` int(11) NOT NULL DEFAULT 0,
  `uid` int(11) NOT NULL DEFAULT 0,
  `gpid` int(11) NOT NULL DEFAULT 0,
  `sender_id` varchar(100) NOT NULL DEFAULT '',
  `footer` varchar(30) NOT NULL DEFAULT '',
  `message` text NOT NULL,
  `sms_type` varchar(100) NOT NULL DEFAULT '',
  `unicode` int(11) NOT NULL DEFAULT 0,
  `smsc` varchar(100) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_tblSMSOutgoing_queue_dst` (
  `id` int(11) NOT NULL,
  `queue_id` int(11) NOT NULL DEFAULT 0,
  `chunk` int(11) NOT NULL DEFAULT 0,
  `flag` int(11) NOT NULL DEFAULT 0,
  `dst` varchar(50) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `playsms_tblUser` (
  `c_timestamp` bigint(20) NOT NULL DEFAULT 0,
  `parent_uid` int(11) NOT NULL DEFAULT 0,
  `uid` int(11) NOT NULL,
  `status` int(11) NOT NULL DEFAULT 0,
  `acl_id` int(11) NOT NULL DEFAULT 0,
  `username` varchar(100) NOT NULL DEFAULT '',
  `password` varchar(255) NOT NULL DEFAULT '',
  `salt` varchar(255) NOT NULL DEFAULT '',
  `token` varchar(255) NOT NULL DEFAULT '',
  `enable_webservices` int(11) NOT NULL DEFAULT 0,
  `webservices_ip` varchar(100) NOT NULL DEFAULT '',
  `name` varchar(100) NOT NULL DEFAULT '',
  `mobile` varchar(16) NOT NULL DEFAULT '',
  `email` varchar(255) NOT NULL DEFAULT '',
  `sender` varchar(16) NOT NULL DEFAULT '',
  `footer` varchar(30) NOT NULL DEFAULT '',
  `address` varchar(255) NOT NULL DEFAULT '',
  `city` varchar(100) NOT NULL DEFAULT '',
  `state` varchar(100) NOT NULL DEFAULT '',
  `country` int(11) NOT NULL DEFAULT 0,
  `zipcode` varchar(10) NOT NULL DEFAULT '',
  `credit` decimal(13,3) NOT NULL DEFAULT 0.000,
  `adhoc_credit` decimal(13,3) NOT NULL DEFAULT 0.000,
  `datetime_timezone` varchar(30) NOT NULL DEFAULT '',
  `language_module` varchar(10) NOT NULL DEFAULT '',
  `fwd_to_mobile` int(11) NOT NULL DEFAULT 0,
  `fwd_to_email` int(11) NOT NULL DEFAULT 1,
  `fwd_to_inbox` int(11) NOT NULL DEFAULT 1,
  `replace_zero` varchar(5) NOT NULL DEFAULT '',
  `plus_sign_remove` int(11) NOT NULL DEFAULT 1,
  `plus_sign_add` int(11) NOT NULL DEFAULT 0,
  `send_as_unicode` int(11) NOT NULL DEFAULT 0,
  `local_length` int(11) NOT NULL DEFAULT 9,
  `register_datetime` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `lastupdate_datetime` varchar(20) NOT NULL DEFAULT '0000-00-00 00:00:00',
  `flag_deleted` int(11) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;


-- Indexes and AUTO_INCREMENT (as dumped)

ALTER TABLE `playsms_featureAutoreply`
  ADD PRIMARY KEY (`autoreply_id`);

ALTER TABLE `playsms_featureBoard`
  ADD PRIMARY KEY (`board_id`);

ALTER TABLE `playsms_featureBoard_log`
  ADD PRIMARY KEY (`in_id`);

ALTER TABLE `playsms_featureCredit`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_featureFirewall`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_featureInboxgroup`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_featureInboxgroup_catchall`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_featureInboxgroup_log_in`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_featureInboxgroup_log_out`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_featureInboxgroup_members`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_featurePhonebook`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_featurePhonebook_group`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_featurePhonebook_group_contacts`
  ADD PRIMARY KEY (`id`),
  ADD KEY `pid` (`pid`),
  ADD KEY `gpid` (`gpid`);

ALTER TABLE `playsms_featurePoll`
  ADD PRIMARY KEY (`poll_id`);

ALTER TABLE `playsms_featurePoll_choice`
  ADD PRIMARY KEY (`choice_id`);

ALTER TABLE `playsms_featurePoll_log`
  ADD PRIMARY KEY (`log_id`);

ALTER TABLE `playsms_featureQuiz`
  ADD PRIMARY KEY (`quiz_id`);

ALTER TABLE `playsms_featureQuiz_log`
  ADD PRIMARY KEY (`answer_id`);

ALTER TABLE `playsms_featureSchedule`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_featureSchedule_dst`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_featureSendfromfile`
  ADD PRIMARY KEY (`id`),
  ADD KEY `sid` (`sid`);

ALTER TABLE `playsms_featureSimplerate`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `prefix` (`prefix`);

ALTER TABLE `playsms_featureStoplist`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_featureSubscribe`
  ADD PRIMARY KEY (`subscribe_id`);

ALTER TABLE `playsms_featureSubscribe_member`
  ADD PRIMARY KEY (`member_id`);

ALTER TABLE `playsms_featureSubscribe_msg`
  ADD PRIMARY KEY (`msg_id`);

ALTER TABLE `playsms_gatewayNexmo`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_gatewayPlaynet_outgoing`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_gatewayTwilio`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_gatewayUplink`
  ADD PRIMARY KEY (`up_id`);

ALTER TABLE `playsms_tblACL`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_tblBilling`
  ADD PRIMARY KEY (`id`),
  ADD KEY `smslog_id` (`smslog_id`),
  ADD KEY `uid` (`uid`);

ALTER TABLE `playsms_tblCountry`
  ADD PRIMARY KEY (`country_id`);

ALTER TABLE `playsms_tblDLR`
  ADD PRIMARY KEY (`id`),
  ADD KEY `smslog_id` (`smslog_id`),
  ADD KEY `uid` (`uid`);

ALTER TABLE `playsms_tblGateway`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `name` (`name`);

ALTER TABLE `playsms_tblNotif`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_tblRecvSMS`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_tblRegistry`
  ADD PRIMARY KEY (`id`);

ALTER TABLE `playsms_tblSMSInbox`
  ADD PRIMARY KEY (`in_id`),
  ADD KEY `in_uid` (`in_uid`);

ALTER TABLE `playsms_tblSMSIncoming`
  ADD PRIMARY KEY (`in_id`),
  ADD KEY `in_uid` (`in_uid`);

ALTER TABLE `playsms_tblSMSOutgoing`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `smslog_id` (`smslog_id`),
  ADD KEY `p_datetime` (`p_datetime`),
  ADD KEY `p_smsc` (`p_smsc`),
  ADD KEY `queue_code` (`queue_code`),
  ADD KEY `uid` (`uid`);

ALTER TABLE `playsms_tblSMSOutgoing_queue`
  ADD PRIMARY KEY (`id`),
  ADD UNIQUE KEY `queue_code` (`queue_code`),
  ADD KEY `flag` (`flag`),
  ADD KEY `uid` (`uid`);

ALTER TABLE `playsms_tblSMSOutgoing_queue_dst`
  ADD PRIMARY KEY (`id`),
  ADD KEY `queue_id` (`queue_id`);

ALTER TABLE `playsms_tblUser`
  ADD PRIMARY KEY (`uid`),
  ADD KEY `username` (`username`);

ALTER TABLE `playsms_featureAutoreply`
  MODIFY `autoreply_id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureBoard`
  MODIFY `board_id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureBoard_log`
  MODIFY `in_id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureCredit`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureFirewall`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureInboxgroup`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureInboxgroup_catchall`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureInboxgroup_log_in`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureInboxgroup_log_out`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureInboxgroup_members`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featurePhonebook`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featurePhonebook_group`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featurePhonebook_group_contacts`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featurePoll`
  MODIFY `poll_id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featurePoll_choice`
  MODIFY `choice_id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featurePoll_log`
  MODIFY `log_id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureQuiz`
  MODIFY `quiz_id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureQuiz_log`
  MODIFY `answer_id` int(4) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureSchedule`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureSchedule_dst`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureSendfromfile`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureSimplerate`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureStoplist`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureSubscribe`
  MODIFY `subscribe_id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureSubscribe_member`
  MODIFY `member_id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_featureSubscribe_msg`
  MODIFY `msg_id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_gatewayNexmo`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_gatewayPlaynet_outgoing`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_gatewayTwilio`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_gatewayUplink`
  MODIFY `up_id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_tblACL`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

ALTER TABLE `playsms_tblBilling`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_tblCountry`
  MODIFY `country_id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=206;

ALTER TABLE `playsms_tblDLR`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_tblGateway`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=3;

ALTER TABLE `playsms_tblNotif`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_tblRecvSMS`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_tblRegistry`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=46;

ALTER TABLE `playsms_tblSMSInbox`
  MODIFY `in_id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_tblSMSIncoming`
  MODIFY `in_id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_tblSMSOutgoing`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_tblSMSOutgoing_queue`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_tblSMSOutgoing_queue_dst`
  MODIFY `id` int(11) NOT NULL AUTO_INCREMENT;

ALTER TABLE `playsms_tblUser`
  MODIFY `uid` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=2;

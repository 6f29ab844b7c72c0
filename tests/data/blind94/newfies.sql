SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `app_label_model_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime NOT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(30) NOT NULL,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(30) NOT NULL,
  `email` varchar(75) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sms_gateway` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `base_url` varchar(200) NOT NULL,
  `settings` longtext NULL,
  `recipient_keyword` varchar(128) NOT NULL,
  `content_keyword` varchar(128) NOT NULL,
  `uuid_keyword` varchar(128) NULL,
  `charge_keyword` varchar(128) NULL,
  `status_mapping` longtext NULL,
  `status_msg_id` varchar(128) NULL,
  `status_status` varchar(128) NULL,
  `status_error_code` varchar(128) NULL,
  `status_date` varchar(128) NULL,
  `status_date_format` varchar(128) NULL,
  `reply_content` varchar(128) NULL,
  `reply_sender` varchar(128) NULL,
  `reply_date` varchar(128) NULL,
  `reply_date_format` varchar(128) NULL,
  `success_format` varchar(256) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sms_message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `content` longtext NOT NULL,
  `recipient_number` varchar(32) NOT NULL,
  `sender_number` varchar(32) NULL,
  `send_date` datetime NULL,
  `delivery_date` datetime NULL,
  `uuid` varchar(32) NOT NULL,
  `status` varchar(16) NOT NULL,
  `status_message` varchar(128) NULL,
  `billed` tinyint(1) NOT NULL,
  `object_id` int(10) unsigned NOT NULL,
  `gateway_message_id` varchar(128) NULL,
  `reply_callback` longtext NULL,
  `gateway_charge` decimal(10,5) NULL,
  `content_type_id` int(11) NOT NULL,
  `gateway_id` int(11) NULL,
  `sender_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  CONSTRAINT `sms_message_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `sms_message_gateway_id_fk` FOREIGN KEY (`gateway_id`) REFERENCES `sms_gateway` (`id`),
  CONSTRAINT `sms_message_sender_id_fk` FOREIGN KEY (`sender_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sms_reply` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `content` longtext NOT NULL,
  `date` datetime NOT NULL,
  `message_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `sms_reply_message_id_fk` FOREIGN KEY (`message_id`) REFERENCES `sms_message` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `audio_file` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  `audio_file` varchar(100) NOT NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `audio_file_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `dialer_gateway` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `status` int(11) NULL,
  `description` longtext NOT NULL,
  `addprefix` varchar(60) NOT NULL,
  `removeprefix` varchar(60) NOT NULL,
  `gateways` varchar(500) NOT NULL,
  `gateway_codecs` varchar(500) NOT NULL,
  `gateway_timeouts` varchar(500) NOT NULL,
  `gateway_retries` varchar(500) NOT NULL,
  `originate_dial_string` varchar(500) NOT NULL,
  `secondused` int(11) NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `failover_id` int(11) NULL,
  `addparameter` varchar(360) NOT NULL,
  `count_call` int(11) NULL,
  `count_in_use` int(11) NULL,
  `maximum_call` int(11) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  CONSTRAINT `dialer_gateway_failover_id_fk` FOREIGN KEY (`failover_id`) REFERENCES `dialer_gateway` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `dialer_setting` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NULL,
  `max_frequency` int(11) NULL,
  `callmaxduration` int(11) NULL,
  `maxretry` int(11) NULL,
  `max_calltimeout` int(11) NULL,
  `max_cpg` int(11) NOT NULL,
  `max_subr_cpg` int(11) NOT NULL,
  `max_contact` int(11) NOT NULL,
  `blacklist` longtext NULL,
  `whitelist` longtext NULL,
  `sms_max_frequency` int(11) NULL,
  `sms_maxretry` int(11) NULL,
  `sms_max_number_campaign` int(11) NOT NULL,
  `sms_max_number_subscriber_campaign` int(11) NOT NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `dialer_phonebook` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(90) NOT NULL,
  `description` longtext NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `dialer_phonebook_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `dialer_contact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact` varchar(90) NOT NULL,
  `status` int(11) NULL,
  `last_name` varchar(120) NULL,
  `first_name` varchar(120) NULL,
  `email` varchar(75) NULL,
  `address` varchar(250) NULL,
  `city` varchar(120) NULL,
  `state` varchar(120) NULL,
  `country` varchar(2) NULL,
  `unit_number` varchar(50) NULL,
  `additional_vars` longtext NULL,
  `description` longtext NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `phonebook_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `dialer_contact_phonebook_id_fk` FOREIGN KEY (`phonebook_id`) REFERENCES `dialer_phonebook` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `dnc_list` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NULL,
  `description` longtext NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `dnc_list_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `dnc_contact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `phone_number` varchar(120) NOT NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `dnc_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `dnc_contact_dnc_id_fk` FOREIGN KEY (`dnc_id`) REFERENCES `dnc_list` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `dialer_campaign` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `campaign_code` varchar(20) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` longtext NULL,
  `status` int(11) NULL,
  `callerid` varchar(80) NOT NULL,
  `caller_name` varchar(80) NOT NULL,
  `startingdate` datetime NOT NULL,
  `expirationdate` datetime NOT NULL,
  `daily_start_time` time NOT NULL,
  `daily_stop_time` time NOT NULL,
  `monday` tinyint(1) NOT NULL,
  `tuesday` tinyint(1) NOT NULL,
  `wednesday` tinyint(1) NOT NULL,
  `thursday` tinyint(1) NOT NULL,
  `friday` tinyint(1) NOT NULL,
  `saturday` tinyint(1) NOT NULL,
  `sunday` tinyint(1) NOT NULL,
  `frequency` int(11) NULL,
  `callmaxduration` int(11) NULL,
  `maxretry` int(11) NULL,
  `intervalretry` int(11) NULL,
  `completion_maxretry` int(11) NULL,
  `completion_intervalretry` int(11) NULL,
  `calltimeout` int(11) NULL,
  `object_id` int(10) unsigned NOT NULL,
  `extra_data` varchar(120) NOT NULL,
  `imported_phonebook` varchar(500) NOT NULL,
  `totalcontact` int(11) NULL,
  `completed` int(11) NULL,
  `has_been_started` tinyint(1) NOT NULL,
  `has_been_duplicated` tinyint(1) NOT NULL,
  `voicemail` tinyint(1) NOT NULL,
  `amd_behavior` int(11) NULL,
  `agent_script` longtext NULL,
  `lead_disposition` longtext NULL,
  `external_link` longtext NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `aleg_gateway_id` int(11) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `dnc_id` int(11) NULL,
  `sms_gateway_id` int(11) NULL,
  `user_id` int(11) NOT NULL,
  `voicemail_audiofile_id` int(11) NULL,
  `stoppeddate` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `campaign_code` (`campaign_code`),
  CONSTRAINT `dialer_campaign_aleg_gateway_id_fk` FOREIGN KEY (`aleg_gateway_id`) REFERENCES `dialer_gateway` (`id`),
  CONSTRAINT `dialer_campaign_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `dialer_campaign_dnc_id_fk` FOREIGN KEY (`dnc_id`) REFERENCES `dnc_list` (`id`),
  CONSTRAINT `dialer_campaign_sms_gateway_id_fk` FOREIGN KEY (`sms_gateway_id`) REFERENCES `sms_gateway` (`id`),
  CONSTRAINT `dialer_campaign_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dialer_campaign_voicemail_audiofile_id_fk` FOREIGN KEY (`voicemail_audiofile_id`) REFERENCES `audio_file` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `dialer_campaign_phonebook` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `campaign_id` int(11) NOT NULL,
  `phonebook_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dialer_campaign_phonebook_campaign_id_uniq` (`campaign_id`, `phonebook_id`),
  CONSTRAINT `dialer_campaign_phonebook_campaign_id_fk` FOREIGN KEY (`campaign_id`) REFERENCES `dialer_campaign` (`id`),
  CONSTRAINT `dialer_campaign_phonebook_phonebook_id_fk` FOREIGN KEY (`phonebook_id`) REFERENCES `dialer_phonebook` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `dialer_subscriber` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `last_attempt` datetime NULL,
  `count_attempt` int(11) NULL,
  `completion_count_attempt` int(11) NULL,
  `duplicate_contact` varchar(90) NOT NULL,
  `status` int(11) NULL,
  `disposition` int(11) NULL,
  `collected_data` longtext NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `campaign_id` int(11) NULL,
  `contact_id` int(11) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contact_id_campaign_id_uniq` (`contact_id`, `campaign_id`),
  CONSTRAINT `dialer_subscriber_campaign_id_fk` FOREIGN KEY (`campaign_id`) REFERENCES `dialer_campaign` (`id`),
  CONSTRAINT `dialer_subscriber_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `dialer_contact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `dialer_callrequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `request_uuid` varchar(120) NULL,
  `aleg_uuid` varchar(120) NULL,
  `call_time` datetime NOT NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `call_type` int(11) NULL,
  `status` int(11) NULL,
  `callerid` varchar(80) NOT NULL,
  `caller_name` varchar(80) NOT NULL,
  `phone_number` varchar(80) NOT NULL,
  `timeout` int(11) NOT NULL,
  `timelimit` int(11) NOT NULL,
  `extra_dial_string` varchar(500) NOT NULL,
  `object_id` int(10) unsigned NOT NULL,
  `completed` tinyint(1) NOT NULL,
  `extra_data` varchar(120) NOT NULL,
  `num_attempt` int(11) NOT NULL,
  `last_attempt_time` datetime NULL,
  `result` varchar(180) NOT NULL,
  `hangup_cause` varchar(80) NOT NULL,
  `alarm_request_id` int(11) NULL,
  `aleg_gateway_id` int(11) NULL,
  `campaign_id` int(11) NULL,
  `content_type_id` int(11) NOT NULL,
  `parent_callrequest_id` int(11) NULL,
  `subscriber_id` int(11) NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `dialer_callrequest_aleg_gateway_id_fk` FOREIGN KEY (`aleg_gateway_id`) REFERENCES `dialer_gateway` (`id`),
  CONSTRAINT `dialer_callrequest_campaign_id_fk` FOREIGN KEY (`campaign_id`) REFERENCES `dialer_campaign` (`id`),
  CONSTRAINT `dialer_callrequest_content_type_id_fk` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `dialer_callrequest_parent_callrequest_id_fk` FOREIGN KEY (`parent_callrequest_id`) REFERENCES `dialer_callrequest` (`id`),
  CONSTRAINT `dialer_callrequest_subscriber_id_fk` FOREIGN KEY (`subscriber_id`) REFERENCES `dialer_subscriber` (`id`),
  CONSTRAINT `dialer_callrequest_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `dialer_cdr` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `request_uuid` varchar(120) NULL,
  `callid` varchar(120) NOT NULL,
  `callerid` varchar(120) NOT NULL,
  `phone_number` varchar(120) NULL,
  `starting_date` datetime NOT NULL,
  `duration` int(11) NULL,
  `billsec` int(11) NULL,
  `progresssec` int(11) NULL,
  `answersec` int(11) NULL,
  `waitsec` int(11) NULL,
  `disposition` varchar(40) NULL,
  `hangup_cause` varchar(40) NULL,
  `hangup_cause_q850` varchar(10) NULL,
  `leg_type` smallint(6) NULL,
  `amd_status` smallint(6) NULL,
  `callrequest_id` int(11) NULL,
  `dialcode_id` int(11) NULL,
  `used_gateway_id` int(11) NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `dialer_cdr_callrequest_id_fk` FOREIGN KEY (`callrequest_id`) REFERENCES `dialer_callrequest` (`id`),
  CONSTRAINT `dialer_cdr_used_gateway_id_fk` FOREIGN KEY (`used_gateway_id`) REFERENCES `dialer_gateway` (`id`),
  CONSTRAINT `dialer_cdr_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `survey_survey` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(90) NOT NULL,
  `tts_language` varchar(2) NULL,
  `description` longtext NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `campaign_id` int(11) NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `survey_survey_campaign_id_fk` FOREIGN KEY (`campaign_id`) REFERENCES `dialer_campaign` (`id`),
  CONSTRAINT `survey_survey_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `survey_section` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order` int(10) unsigned NOT NULL,
  `type` int(11) NOT NULL,
  `question` varchar(500) NOT NULL,
  `script` varchar(1000) NULL,
  `retries` int(11) NULL,
  `timeout` int(11) NULL,
  `key_0` varchar(100) NULL,
  `key_1` varchar(100) NULL,
  `key_2` varchar(100) NULL,
  `key_3` varchar(100) NULL,
  `key_4` varchar(100) NULL,
  `key_5` varchar(100) NULL,
  `key_6` varchar(100) NULL,
  `key_7` varchar(100) NULL,
  `key_8` varchar(100) NULL,
  `key_9` varchar(100) NULL,
  `rating_laps` int(11) NULL,
  `validate_number` tinyint(1) NOT NULL,
  `number_digits` int(11) NULL,
  `min_number` bigint(20) NULL,
  `max_number` bigint(20) NULL,
  `phonenumber` varchar(50) NULL,
  `conference` varchar(50) NULL,
  `sms_text` varchar(200) NULL,
  `completed` tinyint(1) NOT NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `section_template` int(11) NULL,
  `audiofile_id` int(11) NULL,
  `invalid_audiofile_id` int(11) NULL,
  `survey_id` int(11) NOT NULL,
  `confirm_key` varchar(1) NULL,
  `confirm_script` varchar(1000) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `survey_section_audiofile_id_fk` FOREIGN KEY (`audiofile_id`) REFERENCES `audio_file` (`id`),
  CONSTRAINT `survey_section_invalid_audiofile_id_fk` FOREIGN KEY (`invalid_audiofile_id`) REFERENCES `audio_file` (`id`),
  CONSTRAINT `survey_section_survey_id_fk` FOREIGN KEY (`survey_id`) REFERENCES `survey_survey` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `survey_branching` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `keys` varchar(150) NOT NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `goto_id` int(11) NULL,
  `section_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `keys_section_id_uniq` (`keys`, `section_id`),
  CONSTRAINT `survey_branching_goto_id_fk` FOREIGN KEY (`goto_id`) REFERENCES `survey_section` (`id`),
  CONSTRAINT `survey_branching_section_id_fk` FOREIGN KEY (`section_id`) REFERENCES `survey_section` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `survey_result` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `response` varchar(150) NOT NULL,
  `record_file` varchar(200) NOT NULL,
  `recording_duration` int(11) NULL,
  `created_date` datetime NOT NULL,
  `callrequest_id` int(11) NULL,
  `section_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `callrequest_id_section_id_uniq` (`callrequest_id`, `section_id`),
  CONSTRAINT `survey_result_callrequest_id_fk` FOREIGN KEY (`callrequest_id`) REFERENCES `dialer_callrequest` (`id`),
  CONSTRAINT `survey_result_section_id_fk` FOREIGN KEY (`section_id`) REFERENCES `survey_section` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `survey_resultaggregate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `response` varchar(150) NOT NULL,
  `count` int(11) NOT NULL,
  `created_date` datetime NOT NULL,
  `section_id` int(11) NOT NULL,
  `survey_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `survey_id_section_id_response_uniq` (`survey_id`, `section_id`, `response`),
  CONSTRAINT `survey_resultaggregate_section_id_fk` FOREIGN KEY (`section_id`) REFERENCES `survey_section` (`id`),
  CONSTRAINT `survey_resultaggregate_survey_id_fk` FOREIGN KEY (`survey_id`) REFERENCES `survey_survey` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mod_mailer_mailtemplate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(75) NOT NULL,
  `template_key` varchar(30) NOT NULL,
  `from_email` varchar(75) NOT NULL,
  `from_name` varchar(75) NOT NULL,
  `subject` varchar(200) NOT NULL,
  `message_plaintext` longtext NOT NULL,
  `message_html` longtext NOT NULL,
  `created_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `template_key` (`template_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mod_mailer_mailspooler` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mailtemplate_id` int(11) NOT NULL,
  `contact_email` varchar(75) NOT NULL,
  `created_date` datetime NOT NULL,
  `parameter` varchar(1000) NULL,
  `mailspooler_type` int(11) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mod_mailer_mailspooler_mailtemplate_id_fk` FOREIGN KEY (`mailtemplate_id`) REFERENCES `mod_mailer_mailtemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sms_campaign` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `campaign_code` varchar(20) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` longtext NULL,
  `status` int(11) NOT NULL,
  `callerid` varchar(80) NOT NULL,
  `startingdate` datetime NOT NULL,
  `expirationdate` datetime NOT NULL,
  `daily_start_time` time NOT NULL,
  `daily_stop_time` time NOT NULL,
  `monday` tinyint(1) NOT NULL,
  `tuesday` tinyint(1) NOT NULL,
  `wednesday` tinyint(1) NOT NULL,
  `thursday` tinyint(1) NOT NULL,
  `friday` tinyint(1) NOT NULL,
  `saturday` tinyint(1) NOT NULL,
  `sunday` tinyint(1) NOT NULL,
  `frequency` int(11) NULL,
  `maxretry` int(11) NULL,
  `intervalretry` int(11) NULL,
  `text_message` longtext NOT NULL,
  `extra_data` varchar(120) NOT NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `imported_phonebook` varchar(500) NOT NULL,
  `totalcontact` int(11) NULL,
  `sms_gateway_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `stoppeddate` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `campaign_code` (`campaign_code`),
  CONSTRAINT `sms_campaign_sms_gateway_id_fk` FOREIGN KEY (`sms_gateway_id`) REFERENCES `sms_gateway` (`id`),
  CONSTRAINT `sms_campaign_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sms_campaign_phonebook` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `smscampaign_id` int(11) NOT NULL,
  `phonebook_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sms_campaign_phonebook_smscampaign_id_uniq` (`smscampaign_id`, `phonebook_id`),
  CONSTRAINT `sms_campaign_phonebook_smscampaign_id_fk` FOREIGN KEY (`smscampaign_id`) REFERENCES `sms_campaign` (`id`),
  CONSTRAINT `sms_campaign_phonebook_phonebook_id_fk` FOREIGN KEY (`phonebook_id`) REFERENCES `dialer_phonebook` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sms_campaign_subscriber` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `last_attempt` datetime NULL,
  `count_attempt` int(11) NULL,
  `duplicate_contact` varchar(90) NOT NULL,
  `status` int(11) NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `contact_id` int(11) NULL,
  `message_id` int(11) NULL,
  `sms_campaign_id` int(11) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contact_id_sms_campaign_id_uniq` (`contact_id`, `sms_campaign_id`),
  CONSTRAINT `sms_campaign_subscriber_contact_id_fk` FOREIGN KEY (`contact_id`) REFERENCES `dialer_contact` (`id`),
  CONSTRAINT `sms_campaign_subscriber_message_id_fk` FOREIGN KEY (`message_id`) REFERENCES `sms_message` (`id`),
  CONSTRAINT `sms_campaign_subscriber_sms_campaign_id_fk` FOREIGN KEY (`sms_campaign_id`) REFERENCES `sms_campaign` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `smsmessage` (
  `message_id` int(11) NOT NULL,
  `sms_campaign_id` int(11) NULL,
  `sms_gateway_id` int(11) NULL,
  PRIMARY KEY (`message_id`),
  CONSTRAINT `smsmessage_message_id_fk` FOREIGN KEY (`message_id`) REFERENCES `sms_message` (`id`),
  CONSTRAINT `smsmessage_sms_campaign_id_fk` FOREIGN KEY (`sms_campaign_id`) REFERENCES `sms_campaign` (`id`),
  CONSTRAINT `smsmessage_sms_gateway_id_fk` FOREIGN KEY (`sms_gateway_id`) REFERENCES `sms_gateway` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `sms_template` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(75) NOT NULL,
  `template_key` varchar(30) NOT NULL,
  `sender_phonenumber` varchar(75) NOT NULL,
  `sms_text` longtext NOT NULL,
  `created_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `template_key` (`template_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `calendar_setting` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `label` varchar(80) NOT NULL,
  `callerid` varchar(80) NULL,
  `caller_name` varchar(80) NOT NULL,
  `call_timeout` int(11) NOT NULL,
  `voicemail` tinyint(1) NOT NULL,
  `amd_behavior` int(11) NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `aleg_gateway_id` int(11) NOT NULL,
  `sms_gateway_id` int(11) NULL,
  `survey_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `voicemail_audiofile_id` int(11) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `calendar_setting_aleg_gateway_id_fk` FOREIGN KEY (`aleg_gateway_id`) REFERENCES `dialer_gateway` (`id`),
  CONSTRAINT `calendar_setting_sms_gateway_id_fk` FOREIGN KEY (`sms_gateway_id`) REFERENCES `sms_gateway` (`id`),
  CONSTRAINT `calendar_setting_survey_id_fk` FOREIGN KEY (`survey_id`) REFERENCES `survey_survey` (`id`),
  CONSTRAINT `calendar_setting_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `calendar_setting_voicemail_audiofile_id_fk` FOREIGN KEY (`voicemail_audiofile_id`) REFERENCES `audio_file` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `user_profile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `address` varchar(200) NULL,
  `city` varchar(120) NULL,
  `state` varchar(120) NULL,
  `country` varchar(2) NULL,
  `zip_code` varchar(120) NULL,
  `phone_no` varchar(90) NULL,
  `fax` varchar(90) NULL,
  `company_name` varchar(90) NULL,
  `company_website` varchar(90) NULL,
  `language` varchar(2) NULL,
  `note` varchar(250) NULL,
  `accountcode` int(10) unsigned NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `dialersetting_id` int(11) NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_profile_dialersetting_id_fk` FOREIGN KEY (`dialersetting_id`) REFERENCES `dialer_setting` (`id`),
  CONSTRAINT `user_profile_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  UNIQUE KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `calendar_user_profile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `address` varchar(200) NULL,
  `city` varchar(120) NULL,
  `state` varchar(120) NULL,
  `country` varchar(2) NULL,
  `zip_code` varchar(120) NULL,
  `phone_no` varchar(90) NULL,
  `fax` varchar(90) NULL,
  `company_name` varchar(90) NULL,
  `company_website` varchar(90) NULL,
  `language` varchar(2) NULL,
  `note` varchar(250) NULL,
  `accountcode` int(10) unsigned NULL,
  `created_date` datetime NOT NULL,
  `updated_date` datetime NOT NULL,
  `calendar_setting_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `manager_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `calendar_user_profile_calendar_setting_id_fk` FOREIGN KEY (`calendar_setting_id`) REFERENCES `calendar_setting` (`id`),
  CONSTRAINT `calendar_user_profile_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  UNIQUE KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `appointment_rule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(32) NOT NULL,
  `description` longtext NOT NULL,
  `frequency` varchar(10) NOT NULL,
  `params` longtext NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `appointment_calendar` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `user_id` int(11) NULL,
  `max_concurrent` int(11) NULL,
  `created_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `appointment_calendar_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `appointment_event` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `description` longtext NULL,
  `start` datetime NOT NULL,
  `end` datetime NOT NULL,
  `creator_id` int(11) NOT NULL,
  `created_on` datetime NOT NULL,
  `end_recurring_period` datetime NULL,
  `rule_id` int(11) NULL,
  `calendar_id` int(11) NOT NULL,
  `notify_count` int(11) NULL,
  `status` int(11) NULL,
  `data` longtext NULL,
  `parent_event_id` int(11) NULL,
  `occ_count` int(11) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `appointment_event_creator_id_fk` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `appointment_event_rule_id_fk` FOREIGN KEY (`rule_id`) REFERENCES `appointment_rule` (`id`),
  CONSTRAINT `appointment_event_calendar_id_fk` FOREIGN KEY (`calendar_id`) REFERENCES `appointment_calendar` (`id`),
  CONSTRAINT `appointment_event_parent_event_id_fk` FOREIGN KEY (`parent_event_id`) REFERENCES `appointment_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `appointment_occurrence` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `title` varchar(255) NULL,
  `description` longtext NULL,
  `start` datetime NOT NULL,
  `end` datetime NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  `original_start` datetime NOT NULL,
  `original_end` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `appointment_occurrence_event_id_fk` FOREIGN KEY (`event_id`) REFERENCES `appointment_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `appointment_alarm` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `alarm_phonenumber` varchar(50) NULL,
  `alarm_email` varchar(75) NULL,
  `daily_start` time NOT NULL,
  `daily_stop` time NOT NULL,
  `advance_notice` int(11) NOT NULL,
  `maxretry` int(11) NOT NULL,
  `retry_delay` int(11) NOT NULL,
  `num_attempt` int(11) NOT NULL,
  `method` int(11) NOT NULL,
  `survey_id` int(11) NULL,
  `mail_template_id` int(11) NULL,
  `sms_template_id` int(11) NULL,
  `event_id` int(11) NOT NULL,
  `date_start_notice` datetime NOT NULL,
  `status` int(11) NOT NULL,
  `result` int(11) NULL,
  `url_cancel` varchar(250) NULL,
  `url_confirm` varchar(250) NULL,
  `phonenumber_transfer` varchar(50) NULL,
  `phonenumber_sms_failure` varchar(50) NULL,
  `created_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `appointment_alarm_survey_id_fk` FOREIGN KEY (`survey_id`) REFERENCES `survey_survey` (`id`),
  CONSTRAINT `appointment_alarm_mail_template_id_fk` FOREIGN KEY (`mail_template_id`) REFERENCES `mod_mailer_mailtemplate` (`id`),
  CONSTRAINT `appointment_alarm_sms_template_id_fk` FOREIGN KEY (`sms_template_id`) REFERENCES `sms_template` (`id`),
  CONSTRAINT `appointment_alarm_event_id_fk` FOREIGN KEY (`event_id`) REFERENCES `appointment_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `appointment_alarmrequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `alarm_id` int(11) NULL,
  `date` datetime NOT NULL,
  `status` int(11) NULL,
  `callstatus` int(11) NULL,
  `duration` int(11) NULL,
  `callrequest_id` int(11) NULL,
  `created_date` datetime NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `appointment_alarmrequest_alarm_id_fk` FOREIGN KEY (`alarm_id`) REFERENCES `appointment_alarm` (`id`),
  CONSTRAINT `appointment_alarmrequest_callrequest_id_fk` FOREIGN KEY (`callrequest_id`) REFERENCES `dialer_callrequest` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;


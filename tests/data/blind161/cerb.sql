-- Cerb 10.4 (jstanden/cerb, install/sql/cerb_base_tables.sql, commit 7abfc520af807acab9a596645c5f3288ee56fd80)
-- 44 of the 131 tables, as upstream's installer creates them (Devblocks Public License 1.1)

CREATE TABLE `worker` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `first_name` varchar(128) NOT NULL DEFAULT '',
  `last_name` varchar(128) NOT NULL DEFAULT '',
  `title` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `is_superuser` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `is_disabled` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `at_mention_name` varchar(64) DEFAULT NULL,
  `timezone` varchar(255) NOT NULL DEFAULT '',
  `time_format` varchar(64) NOT NULL DEFAULT '',
  `language` varchar(16) NOT NULL DEFAULT '',
  `calendar_id` int(10) unsigned NOT NULL DEFAULT '0',
  `updated` int(10) unsigned NOT NULL DEFAULT '0',
  `email_id` int(10) unsigned NOT NULL DEFAULT '0',
  `gender` char(1) NOT NULL DEFAULT '',
  `dob` date DEFAULT NULL,
  `location` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `phone` varchar(64) NOT NULL DEFAULT '',
  `mobile` varchar(64) NOT NULL DEFAULT '',
  `is_mfa_required` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `is_password_disabled` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `timeout_idle_secs` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `worker_auth_hash` (
  `worker_id` int(10) unsigned NOT NULL,
  `pass_hash` varchar(255) DEFAULT '',
  `pass_salt` varchar(64) DEFAULT NULL,
  `method` tinyint(3) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`worker_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `worker_pref` (
  `worker_id` int(10) unsigned NOT NULL DEFAULT '0',
  `setting` varchar(255) NOT NULL DEFAULT '',
  `value` mediumtext,
  PRIMARY KEY (`worker_id`,`setting`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `worker_group` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `is_default` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `created` int(10) unsigned NOT NULL DEFAULT '0',
  `updated` int(10) unsigned NOT NULL DEFAULT '0',
  `is_private` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `reply_address_id` int(10) unsigned NOT NULL DEFAULT '0',
  `reply_personal` varchar(255) NOT NULL DEFAULT '',
  `reply_signature_id` int(10) unsigned NOT NULL DEFAULT '0',
  `reply_html_template_id` int(10) unsigned NOT NULL DEFAULT '0',
  `reply_signing_key_id` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `worker_to_group` (
  `worker_id` int(10) unsigned NOT NULL DEFAULT '0',
  `group_id` int(10) unsigned NOT NULL DEFAULT '0',
  `is_manager` tinyint(1) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`worker_id`,`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `bucket` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `group_id` int(10) unsigned NOT NULL DEFAULT '0',
  `name` varchar(255) NOT NULL DEFAULT '',
  `reply_address_id` int(10) unsigned NOT NULL DEFAULT '0',
  `reply_personal` varchar(255) NOT NULL DEFAULT '',
  `reply_signature_id` int(10) unsigned NOT NULL DEFAULT '0',
  `reply_html_template_id` int(10) unsigned NOT NULL DEFAULT '0',
  `updated_at` int(10) unsigned NOT NULL DEFAULT '0',
  `is_default` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `reply_signing_key_id` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `address` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `contact_org_id` int(10) unsigned NOT NULL DEFAULT '0',
  `num_spam` int(10) unsigned NOT NULL DEFAULT '0',
  `num_nonspam` int(10) unsigned NOT NULL DEFAULT '0',
  `is_banned` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `is_defunct` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `updated` int(10) unsigned NOT NULL DEFAULT '0',
  `contact_id` int(10) unsigned NOT NULL DEFAULT '0',
  `host` varchar(255) NOT NULL DEFAULT '',
  `mail_transport_id` int(10) unsigned NOT NULL DEFAULT '0',
  `worker_id` int(10) unsigned NOT NULL DEFAULT '0',
  `created_at` int(10) unsigned NOT NULL DEFAULT '0',
  `is_trusted` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `contact_org_id` (`contact_org_id`),
  KEY `updated` (`updated`),
  KEY `contact_id` (`contact_id`),
  KEY `banned_and_defunct` (`is_banned`,`is_defunct`),
  KEY `email` (`email`(4)),
  KEY `host` (`host`(4)),
  KEY `mail_transport_id` (`mail_transport_id`),
  KEY `worker_id` (`worker_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `contact` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `first_name` varchar(128) NOT NULL DEFAULT '',
  `last_name` varchar(128) NOT NULL DEFAULT '',
  `title` varchar(255) NOT NULL DEFAULT '',
  `org_id` int(10) unsigned NOT NULL DEFAULT '0',
  `username` varchar(64) NOT NULL DEFAULT '',
  `gender` char(1) NOT NULL DEFAULT '',
  `dob` date DEFAULT NULL,
  `location` varchar(255) NOT NULL DEFAULT '',
  `primary_email_id` int(10) unsigned NOT NULL DEFAULT '0',
  `phone` varchar(64) NOT NULL DEFAULT '',
  `mobile` varchar(64) NOT NULL DEFAULT '',
  `auth_salt` varchar(64) NOT NULL DEFAULT '',
  `auth_password` varchar(64) NOT NULL DEFAULT '',
  `created_at` int(10) unsigned NOT NULL DEFAULT '0',
  `updated_at` int(10) unsigned NOT NULL DEFAULT '0',
  `last_login_at` int(10) unsigned NOT NULL DEFAULT '0',
  `language` varchar(16) NOT NULL DEFAULT '',
  `timezone` varchar(128) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `username` (`username`(8)),
  KEY `primary_email_id` (`primary_email_id`),
  KEY `org_id` (`org_id`),
  KEY `language` (`language`),
  KEY `timezone` (`timezone`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `contact_org` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL DEFAULT '',
  `street` varchar(128) NOT NULL DEFAULT '',
  `city` varchar(64) NOT NULL DEFAULT '',
  `province` varchar(64) NOT NULL DEFAULT '',
  `postal` varchar(20) NOT NULL DEFAULT '',
  `country` varchar(64) NOT NULL DEFAULT '',
  `phone` varchar(32) NOT NULL DEFAULT '',
  `website` varchar(128) NOT NULL DEFAULT '',
  `created` int(10) unsigned NOT NULL DEFAULT '0',
  `updated` int(10) unsigned NOT NULL DEFAULT '0',
  `email_id` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `ticket` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `mask` varchar(32) NOT NULL DEFAULT '',
  `subject` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `group_id` int(10) unsigned NOT NULL DEFAULT '0',
  `bucket_id` int(10) unsigned NOT NULL DEFAULT '0',
  `first_message_id` int(10) unsigned NOT NULL DEFAULT '0',
  `created_date` int(10) unsigned DEFAULT NULL,
  `updated_date` int(10) unsigned DEFAULT NULL,
  `reopen_at` int(10) unsigned NOT NULL DEFAULT '0',
  `first_wrote_address_id` int(10) unsigned NOT NULL DEFAULT '0',
  `last_wrote_address_id` int(10) unsigned NOT NULL DEFAULT '0',
  `spam_score` decimal(4,4) NOT NULL DEFAULT '0.0000',
  `spam_training` varchar(1) NOT NULL DEFAULT '',
  `interesting_words` varchar(255) NOT NULL DEFAULT '',
  `last_message_id` int(10) unsigned NOT NULL DEFAULT '0',
  `owner_id` int(10) unsigned NOT NULL DEFAULT '0',
  `org_id` int(10) unsigned NOT NULL DEFAULT '0',
  `num_messages` int(10) unsigned NOT NULL DEFAULT '0',
  `closed_at` int(10) unsigned NOT NULL DEFAULT '0',
  `first_outgoing_message_id` int(10) unsigned NOT NULL DEFAULT '0',
  `elapsed_response_first` int(10) unsigned NOT NULL DEFAULT '0',
  `elapsed_resolution_first` int(10) unsigned NOT NULL DEFAULT '0',
  `importance` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `num_messages_in` int(10) unsigned NOT NULL DEFAULT '0',
  `num_messages_out` int(10) unsigned NOT NULL DEFAULT '0',
  `last_opened_at` int(10) unsigned NOT NULL DEFAULT '0',
  `last_opened_delta` int(10) unsigned NOT NULL DEFAULT '0',
  `elapsed_status_open` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `created_date` (`created_date`),
  KEY `updated_date` (`updated_date`),
  KEY `due_date` (`reopen_at`),
  KEY `owner_id` (`owner_id`),
  KEY `org_id` (`org_id`),
  KEY `mask` (`mask`(3)),
  KEY `group_and_bucket` (`group_id`,`bucket_id`),
  KEY `bucket_id` (`bucket_id`),
  KEY `status_and_group` (`status_id`,`group_id`),
  KEY `status_and_bucket` (`status_id`,`bucket_id`),
  KEY `status_and_owner` (`status_id`,`owner_id`),
  KEY `last_wrote_address_id` (`last_wrote_address_id`),
  KEY `first_message_id` (`first_message_id`),
  KEY `last_message_id` (`last_message_id`),
  KEY `closed_at` (`closed_at`),
  KEY `last_opened_and_status` (`last_opened_at`,`status_id`),
  KEY `elapsed_status_open` (`elapsed_status_open`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `requester` (
  `address_id` int(10) unsigned NOT NULL DEFAULT '0',
  `ticket_id` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`address_id`,`ticket_id`),
  KEY `address_id` (`address_id`),
  KEY `ticket_id` (`ticket_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `message` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `ticket_id` int(10) unsigned NOT NULL DEFAULT '0',
  `created_date` int(10) unsigned DEFAULT NULL,
  `address_id` int(10) unsigned DEFAULT NULL,
  `is_outgoing` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `worker_id` int(10) unsigned NOT NULL DEFAULT '0',
  `storage_extension` varchar(255) NOT NULL DEFAULT '',
  `storage_key` varchar(255) NOT NULL DEFAULT '',
  `storage_size` int(10) unsigned NOT NULL DEFAULT '0',
  `storage_profile_id` int(10) unsigned NOT NULL DEFAULT '0',
  `response_time` int(10) unsigned NOT NULL DEFAULT '0',
  `is_broadcast` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `is_not_sent` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `html_attachment_id` int(10) unsigned NOT NULL DEFAULT '0',
  `hash_header_message_id` varchar(40) DEFAULT NULL,
  `was_encrypted` tinyint(1) NOT NULL DEFAULT '0',
  `signed_key_fingerprint` varchar(64) NOT NULL DEFAULT '',
  `signed_at` int(10) unsigned NOT NULL DEFAULT '0',
  `token` varchar(16) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `created_date` (`created_date`),
  KEY `ticket_id` (`ticket_id`),
  KEY `is_outgoing` (`is_outgoing`),
  KEY `worker_id` (`worker_id`),
  KEY `hash_header_message_id` (`hash_header_message_id`(4)),
  KEY `was_encrypted` (`was_encrypted`),
  KEY `address_id` (`address_id`),
  KEY `token` (`token`(4))
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `message_headers` (
  `message_id` int(10) unsigned NOT NULL DEFAULT '0',
  `headers` text,
  PRIMARY KEY (`message_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `storage_message_content` (
  `id` int(10) unsigned NOT NULL DEFAULT '0',
  `data` blob,
  `chunk` smallint(5) unsigned DEFAULT '1',
  KEY `id_and_chunk` (`id`,`chunk`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `attachment` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `mime_type` varchar(255) NOT NULL DEFAULT '',
  `storage_size` int(10) unsigned NOT NULL DEFAULT '0',
  `storage_key` varchar(255) NOT NULL DEFAULT '',
  `storage_extension` varchar(255) NOT NULL DEFAULT '',
  `storage_profile_id` int(10) unsigned NOT NULL DEFAULT '0',
  `updated` int(10) unsigned NOT NULL DEFAULT '0',
  `storage_sha1hash` varchar(40) DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `updated` (`updated`),
  KEY `storage_sha1hash` (`storage_sha1hash`(4)),
  KEY `name` (`name`(6)),
  KEY `mime_type` (`mime_type`),
  KEY `profile_updated` (`storage_extension`,`storage_profile_id`,`updated`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `attachment_link` (
  `attachment_id` int(10) unsigned NOT NULL,
  `context` varchar(128) NOT NULL DEFAULT '',
  `context_id` int(10) unsigned NOT NULL,
  PRIMARY KEY (`attachment_id`,`context`,`context_id`),
  KEY `attachment_id` (`attachment_id`),
  KEY `context_and_id` (`context`,`context_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `comment` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `context` varchar(128) DEFAULT '',
  `context_id` int(10) unsigned NOT NULL DEFAULT '0',
  `created` int(10) unsigned NOT NULL DEFAULT '0',
  `comment` mediumtext CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
  `owner_context` varchar(255) NOT NULL DEFAULT '',
  `owner_context_id` int(10) unsigned NOT NULL DEFAULT '0',
  `is_markdown` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `is_pinned` tinyint(4) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `created` (`created`),
  KEY `context_and_id` (`context`,`context_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `context_activity_log` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `activity_point` varchar(128) NOT NULL DEFAULT '',
  `actor_context` varchar(255) NOT NULL DEFAULT '',
  `actor_context_id` int(10) unsigned NOT NULL DEFAULT '0',
  `target_context` varchar(255) NOT NULL DEFAULT '',
  `target_context_id` int(10) unsigned NOT NULL DEFAULT '0',
  `created` int(10) unsigned NOT NULL DEFAULT '0',
  `entry_json` text,
  PRIMARY KEY (`id`),
  KEY `activity_point` (`activity_point`),
  KEY `actor` (`actor_context`,`actor_context_id`),
  KEY `target` (`target_context`,`target_context_id`),
  KEY `created` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `context_avatar` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `context` varchar(255) DEFAULT '',
  `context_id` int(10) unsigned DEFAULT '0',
  `content_type` varchar(255) NOT NULL DEFAULT '',
  `is_approved` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `updated_at` int(10) unsigned NOT NULL DEFAULT '0',
  `storage_extension` varchar(255) NOT NULL DEFAULT '',
  `storage_key` varchar(255) NOT NULL DEFAULT '',
  `storage_size` int(10) unsigned NOT NULL DEFAULT '0',
  `storage_profile_id` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `context_and_id` (`context`,`context_id`),
  KEY `storage_extension` (`storage_extension`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `context_link` (
  `from_context` varchar(128) DEFAULT '',
  `from_context_id` int(10) unsigned NOT NULL DEFAULT '0',
  `to_context` varchar(128) DEFAULT '',
  `to_context_id` int(10) unsigned NOT NULL DEFAULT '0',
  UNIQUE KEY `from_and_to` (`from_context`,`from_context_id`,`to_context`,`to_context_id`),
  KEY `from_context_and_id` (`from_context`,`from_context_id`),
  KEY `to_context_and_id` (`to_context`,`to_context_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `context_merge_history` (
  `context` varchar(128) NOT NULL DEFAULT '',
  `from_context_id` int(10) unsigned NOT NULL DEFAULT '0',
  `to_context_id` int(10) unsigned NOT NULL DEFAULT '0',
  `updated` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`context`,`from_context_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `notification` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created_date` int(10) unsigned NOT NULL DEFAULT '0',
  `worker_id` int(10) unsigned NOT NULL DEFAULT '0',
  `is_read` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `context` varchar(255) NOT NULL DEFAULT '',
  `context_id` int(10) unsigned NOT NULL DEFAULT '0',
  `entry_json` text,
  `activity_point` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `created_date` (`created_date`),
  KEY `worker_id` (`worker_id`),
  KEY `is_read` (`is_read`),
  KEY `context` (`context`),
  KEY `context_id` (`context_id`),
  KEY `activity_point` (`activity_point`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `reminder` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `worker_id` int(10) unsigned NOT NULL DEFAULT '0',
  `remind_at` int(10) unsigned NOT NULL DEFAULT '0',
  `is_closed` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `updated_at` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `closed_remind` (`is_closed`,`remind_at`),
  KEY `worker_closed` (`worker_id`,`is_closed`),
  KEY `remind_at` (`remind_at`),
  KEY `updated_at` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `task` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL DEFAULT '',
  `due_date` int(10) unsigned NOT NULL DEFAULT '0',
  `completed_date` int(10) unsigned NOT NULL DEFAULT '0',
  `updated_date` int(10) unsigned NOT NULL DEFAULT '0',
  `created_at` int(10) unsigned NOT NULL DEFAULT '0',
  `owner_id` int(10) unsigned NOT NULL DEFAULT '0',
  `importance` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `reopen_at` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `completed_date` (`completed_date`),
  KEY `updated_date` (`updated_date`),
  KEY `owner_id` (`owner_id`),
  KEY `importance` (`importance`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `timetracking_activity` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `updated_at` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `timetracking_entry` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `time_actual_mins` smallint(5) unsigned NOT NULL DEFAULT '0',
  `log_date` int(10) unsigned NOT NULL DEFAULT '0',
  `worker_id` int(10) unsigned NOT NULL DEFAULT '0',
  `activity_id` int(10) unsigned NOT NULL DEFAULT '0',
  `is_closed` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `time_actual_secs` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `activity_id` (`activity_id`),
  KEY `worker_id` (`worker_id`),
  KEY `log_date` (`log_date`),
  KEY `is_closed` (`is_closed`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `crm_opportunity` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `created_date` int(10) unsigned NOT NULL DEFAULT '0',
  `updated_date` int(10) unsigned NOT NULL DEFAULT '0',
  `closed_date` int(10) unsigned NOT NULL DEFAULT '0',
  `currency_id` int(10) unsigned NOT NULL DEFAULT '0',
  `currency_amount` bigint(20) unsigned NOT NULL DEFAULT '0',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `updated_date` (`updated_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `calendar` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT '',
  `owner_context` varchar(255) DEFAULT '',
  `owner_context_id` int(10) unsigned NOT NULL DEFAULT '0',
  `params_json` text,
  `updated_at` int(10) unsigned NOT NULL DEFAULT '0',
  `timezone` varchar(128) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `owner` (`owner_context`,`owner_context_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `calendar_event` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `is_available` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `date_start` int(10) unsigned NOT NULL DEFAULT '0',
  `date_end` int(10) unsigned NOT NULL DEFAULT '0',
  `calendar_id` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `is_available` (`is_available`),
  KEY `date_start` (`date_start`),
  KEY `date_end` (`date_end`),
  KEY `calendar_id` (`calendar_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `kb_category` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `parent_id` int(10) unsigned NOT NULL DEFAULT '0',
  `name` varchar(64) NOT NULL DEFAULT '',
  `updated_at` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `parent_id` (`parent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `kb_article` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL DEFAULT '',
  `updated` int(10) unsigned NOT NULL DEFAULT '0',
  `views` int(10) unsigned NOT NULL DEFAULT '0',
  `content` mediumtext,
  `format` tinyint(1) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `updated` (`updated`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `kb_article_to_category` (
  `kb_article_id` int(10) unsigned NOT NULL DEFAULT '0',
  `kb_category_id` int(10) unsigned NOT NULL DEFAULT '0',
  `kb_top_category_id` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`kb_article_id`,`kb_category_id`),
  KEY `kb_article_id` (`kb_article_id`),
  KEY `kb_category_id` (`kb_category_id`),
  KEY `kb_top_category_id` (`kb_top_category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `community_session` (
  `session_id` varchar(64) NOT NULL,
  `created` int(10) unsigned NOT NULL DEFAULT '0',
  `updated` int(10) unsigned NOT NULL DEFAULT '0',
  `properties` mediumtext,
  `csrf_token` varchar(255) NOT NULL DEFAULT '',
  `portal_id` bigint(20) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`session_id`),
  KEY `portal_id` (`portal_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `supportcenter_address_share` (
  `share_address_id` int(10) unsigned NOT NULL,
  `with_address_id` int(10) unsigned NOT NULL,
  `is_enabled` tinyint(3) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`share_address_id`,`with_address_id`),
  KEY `share_address_id` (`share_address_id`),
  KEY `with_address_id` (`with_address_id`),
  KEY `is_enabled` (`is_enabled`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `confirmation_code` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `namespace_key` varchar(255) DEFAULT '',
  `created` int(10) unsigned NOT NULL DEFAULT '0',
  `confirmation_code` varchar(64) DEFAULT '',
  `meta_json` text,
  PRIMARY KEY (`id`),
  KEY `namespace_key` (`namespace_key`),
  KEY `created` (`created`),
  KEY `confirmation_code` (`confirmation_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `connected_account` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `owner_context` varchar(255) NOT NULL DEFAULT '',
  `owner_context_id` int(10) unsigned NOT NULL DEFAULT '0',
  `params_json` text,
  `created_at` int(10) unsigned NOT NULL DEFAULT '0',
  `updated_at` int(10) unsigned NOT NULL DEFAULT '0',
  `service_id` int(10) unsigned NOT NULL DEFAULT '0',
  `uri` varchar(128) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `owner` (`owner_context`,`owner_context_id`),
  KEY `uri` (`uri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `custom_field` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL DEFAULT '',
  `type` varchar(255) DEFAULT NULL,
  `pos` smallint(5) unsigned NOT NULL DEFAULT '0',
  `params_json` text,
  `context` varchar(255) NOT NULL DEFAULT '',
  `custom_fieldset_id` int(10) unsigned NOT NULL DEFAULT '0',
  `updated_at` int(10) unsigned NOT NULL DEFAULT '0',
  `uri` varchar(128) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `pos` (`pos`),
  KEY `context` (`context`),
  KEY `custom_fieldset_id` (`custom_fieldset_id`),
  KEY `uri` (`uri`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `custom_field_stringvalue` (
  `field_id` int(10) unsigned NOT NULL DEFAULT '0',
  `context_id` int(10) unsigned NOT NULL DEFAULT '0',
  `field_value` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `context` varchar(255) NOT NULL DEFAULT '',
  KEY `field_id` (`field_id`),
  KEY `context_and_id` (`context`,`context_id`),
  KEY `field_id_and_value` (`field_id`,`field_value`(8))
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mail_queue` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `worker_id` int(10) unsigned NOT NULL DEFAULT '0',
  `updated` int(10) unsigned NOT NULL DEFAULT '0',
  `type` varchar(255) NOT NULL DEFAULT '',
  `ticket_id` int(10) unsigned NOT NULL DEFAULT '0',
  `hint_to` text,
  `name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `params_json` longtext,
  `is_queued` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `queue_fails` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `queue_delivery_date` int(10) unsigned NOT NULL DEFAULT '0',
  `token` varchar(16) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `worker_id` (`worker_id`),
  KEY `ticket_id` (`ticket_id`),
  KEY `updated` (`updated`),
  KEY `is_queued` (`is_queued`),
  KEY `queue_delivery_date` (`queue_delivery_date`),
  KEY `token` (`token`(4))
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `mailbox` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `enabled` tinyint(1) unsigned NOT NULL DEFAULT '1',
  `name` varchar(255) NOT NULL DEFAULT '',
  `protocol` varchar(32) NOT NULL DEFAULT 'pop3',
  `host` varchar(128) NOT NULL DEFAULT '',
  `username` varchar(128) NOT NULL DEFAULT '',
  `password` varchar(128) NOT NULL DEFAULT '',
  `port` smallint(5) unsigned NOT NULL DEFAULT '110',
  `num_fails` tinyint(4) NOT NULL DEFAULT '0',
  `delay_until` int(10) unsigned NOT NULL DEFAULT '0',
  `timeout_secs` mediumint(8) unsigned NOT NULL DEFAULT '0',
  `max_msg_size_kb` int(10) unsigned NOT NULL DEFAULT '0',
  `updated_at` int(10) unsigned NOT NULL DEFAULT '0',
  `checked_at` int(10) unsigned NOT NULL DEFAULT '0',
  `connected_account_id` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `email_signature` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT '',
  `owner_context` varchar(255) NOT NULL DEFAULT '',
  `owner_context_id` int(10) unsigned NOT NULL DEFAULT '0',
  `signature` text,
  `signature_html` text,
  `updated_at` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `updated_at` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `devblocks_session` (
  `session_id` char(40) NOT NULL DEFAULT '',
  `session_token` varchar(128) NOT NULL,
  `created` int(10) unsigned NOT NULL DEFAULT '0',
  `updated` int(10) unsigned NOT NULL DEFAULT '0',
  `session_data` mediumtext,
  `user_id` int(10) unsigned NOT NULL DEFAULT '0',
  `user_ip` varchar(64) NOT NULL DEFAULT '',
  `user_agent` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`session_id`),
  KEY `created` (`created`),
  KEY `updated` (`updated`),
  KEY `session_token` (`session_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `devblocks_setting` (
  `plugin_id` varchar(128) NOT NULL DEFAULT '',
  `setting` varchar(128) NOT NULL DEFAULT '',
  `value` text,
  PRIMARY KEY (`plugin_id`,`setting`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `webapi_credentials` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `worker_id` int(10) unsigned NOT NULL DEFAULT '0',
  `access_key` varchar(255) NOT NULL DEFAULT '',
  `secret_key` varchar(255) NOT NULL DEFAULT '',
  `params_json` text,
  `updated_at` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `worker_id` (`worker_id`),
  KEY `access_key` (`access_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

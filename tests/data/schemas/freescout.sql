-- FreeScout (help desk / shared inbox: customers, conversations and their threads, agents, mailboxes),
-- github.com/freescout-helpdesk/freescout database/migrations/*.php (AGPL-3.0), commit 7c3e57aa (2024-06-19).
-- The 70 Laravel migrations replayed (added, changed, renamed and dropped columns applied, `->after()` honoured)
-- and written as the MySQL DDL Laravel 5.5 generates: increments -> int unsigned auto_increment primary key,
-- string -> varchar(191) unless a length is given, boolean -> tinyint(1), timestamps -> nullable created_at and
-- updated_at, morphs -> <name>_id int unsigned + <name>_type varchar(191). Upstream declares no foreign keys and
-- no column comments (its PHP code comments are left out); prefix-length indexes left out. All 23 core tables.
-- `users` are the agents (staff); `customers` are the people writing in; `mailboxes` are the system mailboxes.

CREATE TABLE `users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `first_name` varchar(20) NOT NULL,
  `last_name` varchar(30) NOT NULL,
  `email` varchar(100) NOT NULL,
  `password` varchar(255) NOT NULL,
  `role` tinyint unsigned NOT NULL DEFAULT '1',
  `timezone` varchar(255) NOT NULL DEFAULT 'UTC',
  `photo_url` varchar(255) NULL,
  `type` tinyint unsigned NOT NULL DEFAULT '1',
  `status` tinyint unsigned NOT NULL DEFAULT '1',
  `invite_state` tinyint unsigned NOT NULL DEFAULT '3',
  `invite_hash` varchar(100) NULL,
  `emails` text NULL,
  `job_title` varchar(100) NULL,
  `phone` varchar(60) NULL,
  `time_format` tinyint unsigned NOT NULL DEFAULT '2',
  `enable_kb_shortcuts` tinyint(1) NOT NULL DEFAULT '1',
  `locked` tinyint(1) NOT NULL DEFAULT '0',
  `remember_token` varchar(100) NULL,
  `locale` varchar(191) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `permissions` text NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`),
  KEY `users_role_index` (`role`),
  KEY `users_status_index` (`status`)
);

CREATE TABLE `password_resets` (
  `email` varchar(191) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  KEY `password_resets_email_index` (`email`)
);

CREATE TABLE `mailboxes` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `email` varchar(128) NOT NULL,
  `aliases` text NULL,
  `from_name` tinyint unsigned NOT NULL DEFAULT '1',
  `from_name_custom` varchar(128) NULL,
  `ticket_status` tinyint unsigned NOT NULL DEFAULT '2',
  `ticket_assignee` tinyint unsigned NOT NULL DEFAULT '2',
  `template` tinyint unsigned NOT NULL DEFAULT '1',
  `signature` text NULL,
  `out_method` tinyint unsigned NOT NULL DEFAULT '1',
  `out_server` text NULL,
  `out_username` varchar(100) NULL,
  `out_password` text NULL,
  `out_port` int unsigned NULL,
  `out_encryption` tinyint unsigned NOT NULL DEFAULT '1',
  `in_server` text NULL,
  `in_port` int unsigned NOT NULL DEFAULT '143',
  `in_username` varchar(100) NULL,
  `in_password` text NULL,
  `in_protocol` tinyint unsigned NOT NULL DEFAULT '1',
  `in_encryption` tinyint unsigned NOT NULL DEFAULT '1',
  `auto_reply_enabled` tinyint(1) NOT NULL DEFAULT '0',
  `auto_reply_subject` varchar(128) NULL,
  `auto_reply_message` text NULL,
  `office_hours_enabled` tinyint(1) NOT NULL DEFAULT '0',
  `ratings` tinyint(1) NOT NULL DEFAULT '0',
  `ratings_placement` tinyint unsigned NOT NULL DEFAULT '1',
  `ratings_text` text NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `in_validate_cert` tinyint(1) NOT NULL DEFAULT '1',
  `in_imap_folders` text NULL,
  `auto_bcc` text NULL,
  `before_reply` text NULL,
  `imap_sent_folder` varchar(25) NULL,
  `meta` text NULL,
  `aliases_reply` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `mailboxes_email_unique` (`email`)
);

CREATE TABLE `mailbox_user` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `mailbox_id` int unsigned NOT NULL,
  `user_id` int unsigned NOT NULL,
  `after_send` tinyint unsigned NOT NULL DEFAULT '2',
  `hide` tinyint(1) NOT NULL DEFAULT '0',
  `mute` tinyint(1) NOT NULL DEFAULT '0',
  `access` text NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mailbox_user_user_id_mailbox_id_unique` (`user_id`, `mailbox_id`),
  KEY `mailbox_user_mailbox_id_index` (`mailbox_id`)
);

CREATE TABLE `activity_logs` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `log_name` varchar(191) NULL,
  `description` text NOT NULL,
  `subject_id` int NULL,
  `subject_type` varchar(255) NULL,
  `causer_id` int unsigned NULL,
  `causer_type` varchar(55) NULL,
  `properties` text NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `activity_logs_log_name_index` (`log_name`)
);

CREATE TABLE `emails` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int unsigned NOT NULL,
  `email` varchar(191) NOT NULL,
  `type` tinyint unsigned NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  UNIQUE KEY `emails_email_unique` (`email`),
  KEY `emails_customer_id_index` (`customer_id`)
);

CREATE TABLE `customers` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255) NULL,
  `last_name` varchar(255) NULL,
  `company` text NULL,
  `job_title` text NULL,
  `photo_type` tinyint unsigned NULL,
  `photo_url` varchar(255) NULL,
  `phones` text NULL,
  `websites` text NULL,
  `social_profiles` text NULL,
  `notes` text NULL,
  `address` text NULL,
  `city` varchar(255) NULL,
  `state` varchar(255) NULL,
  `zip` varchar(12) NULL,
  `country` varchar(2) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `channel` tinyint unsigned NULL,
  `channel_id` text NULL,
  `meta` text NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `customer_channel` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int unsigned NOT NULL,
  `channel` tinyint unsigned NOT NULL,
  `channel_id` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `customer_channel_channel_channel_id_unique` (`channel`, `channel_id`),
  KEY `customer_channel_customer_id_index` (`customer_id`)
);

CREATE TABLE `conversations` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `number` int unsigned NOT NULL,
  `threads_count` int unsigned NOT NULL DEFAULT '0',
  `type` tinyint unsigned NOT NULL,
  `folder_id` int unsigned NOT NULL,
  `status` tinyint unsigned NOT NULL DEFAULT '1',
  `state` tinyint unsigned NOT NULL DEFAULT '1',
  `subject` varchar(998) NULL,
  `customer_email` varchar(191) NULL,
  `cc` text NULL,
  `bcc` text NULL,
  `preview` varchar(255) NOT NULL,
  `imported` tinyint(1) NOT NULL DEFAULT '0',
  `has_attachments` tinyint(1) NOT NULL DEFAULT '0',
  `mailbox_id` int unsigned NOT NULL,
  `user_id` int unsigned NULL,
  `customer_id` int unsigned NULL,
  `created_by_user_id` int unsigned NULL,
  `created_by_customer_id` int unsigned NULL,
  `source_via` tinyint unsigned NOT NULL,
  `source_type` tinyint unsigned NOT NULL,
  `closed_by_user_id` int unsigned NULL,
  `closed_at` timestamp NULL,
  `user_updated_at` timestamp NULL,
  `last_reply_at` timestamp NULL,
  `last_reply_from` tinyint unsigned NULL,
  `read_by_user` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `channel` tinyint unsigned NULL,
  `meta` text NULL,
  PRIMARY KEY (`id`),
  KEY `conversations_folder_id_status_index` (`folder_id`, `status`),
  KEY `conversations_mailbox_id_customer_id_index` (`mailbox_id`, `customer_id`),
  KEY `conversations_user_id_mailbox_id_state_status_index` (`user_id`, `mailbox_id`, `state`, `status`),
  KEY `conversations_folder_id_state_index` (`folder_id`, `state`)
);

CREATE TABLE `folders` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `mailbox_id` int unsigned NOT NULL,
  `user_id` int unsigned NULL,
  `type` tinyint unsigned NOT NULL,
  `total_count` int NOT NULL DEFAULT '0',
  `active_count` int NOT NULL DEFAULT '0',
  `meta` text NULL,
  PRIMARY KEY (`id`),
  KEY `folders_mailbox_id_user_id_type_index` (`mailbox_id`, `user_id`, `type`)
);

CREATE TABLE `conversation_folder` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `folder_id` int unsigned NOT NULL,
  `conversation_id` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `conversation_folder_folder_id_conversation_id_unique` (`folder_id`, `conversation_id`)
);

CREATE TABLE `threads` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `conversation_id` int unsigned NOT NULL,
  `user_id` int unsigned NULL,
  `type` tinyint unsigned NOT NULL,
  `subtype` tinyint unsigned NULL,
  `status` tinyint unsigned NOT NULL DEFAULT '1',
  `state` tinyint unsigned NOT NULL DEFAULT '1',
  `action_type` tinyint unsigned NULL,
  `action_data` varchar(255) NULL,
  `body` longtext NULL,
  `headers` text NULL,
  `from` varchar(191) NULL,
  `to` text NULL,
  `cc` text NULL,
  `bcc` text NULL,
  `has_attachments` tinyint(1) NOT NULL DEFAULT '0',
  `message_id` varchar(998) NULL,
  `source_via` tinyint unsigned NOT NULL,
  `source_type` tinyint unsigned NOT NULL,
  `customer_id` int unsigned NULL,
  `created_by_user_id` int unsigned NULL,
  `created_by_customer_id` int unsigned NULL,
  `edited_by_user_id` int NULL,
  `edited_at` timestamp NULL,
  `body_original` longtext NULL,
  `first` tinyint(1) NOT NULL DEFAULT '0',
  `saved_reply_id` int NULL,
  `send_status` tinyint unsigned NULL,
  `send_status_data` text NULL,
  `opened_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `meta` text NULL,
  `imported` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `threads_conversation_id_type_from_customer_id_index` (`conversation_id`, `type`, `from`, `customer_id`),
  KEY `threads_conversation_id_created_at_index` (`conversation_id`, `created_at`),
  KEY `threads_created_at_index` (`created_at`)
);

CREATE TABLE `attachments` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `thread_id` int unsigned NULL,
  `user_id` int unsigned NULL,
  `file_dir` varchar(20) NULL,
  `file_name` varchar(255) NOT NULL,
  `mime_type` varchar(127) NOT NULL,
  `type` int unsigned NOT NULL,
  `size` int unsigned NULL,
  `embedded` tinyint(1) NOT NULL DEFAULT '0',
  `public` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `attachments_thread_id_embedded_index` (`thread_id`, `embedded`)
);

CREATE TABLE `send_logs` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `thread_id` int unsigned NULL,
  `customer_id` int unsigned NULL,
  `user_id` int unsigned NULL,
  `message_id` varchar(998) NULL,
  `email` varchar(191) NOT NULL,
  `mail_type` tinyint unsigned NOT NULL,
  `status` tinyint unsigned NOT NULL,
  `status_message` text NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `smtp_queue_id` text NULL,
  PRIMARY KEY (`id`),
  KEY `send_logs_thread_id_index` (`thread_id`),
  KEY `send_logs_customer_id_mail_type_created_at_index` (`customer_id`, `mail_type`, `created_at`)
);

CREATE TABLE `subscriptions` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int unsigned NOT NULL,
  `medium` tinyint unsigned NOT NULL,
  `event` tinyint unsigned NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subscriptions_user_id_medium_event_unique` (`user_id`, `medium`, `event`),
  KEY `subscriptions_user_id_event_index` (`user_id`, `event`)
);

CREATE TABLE `followers` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `conversation_id` int NOT NULL,
  `user_id` int NOT NULL,
  `added_by_user_id` int NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `followers_conversation_id_user_id_unique` (`conversation_id`, `user_id`)
);

CREATE TABLE `notifications` (
  `id` char(36) NOT NULL,
  `type` varchar(191) NOT NULL,
  `notifiable_id` int unsigned NOT NULL,
  `notifiable_type` varchar(191) NOT NULL,
  `data` text NOT NULL,
  `read_at` timestamp NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `notifications_notifiable_id_notifiable_type_index` (`notifiable_id`, `notifiable_type`)
);

CREATE TABLE `options` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(191) NOT NULL,
  `value` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `options_name_unique` (`name`)
);

CREATE TABLE `modules` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `alias` varchar(191) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '0',
  `activated` tinyint(1) NOT NULL DEFAULT '0',
  `license` varchar(32) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `modules_alias_unique` (`alias`)
);

CREATE TABLE `ltm_translations` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `status` int NOT NULL DEFAULT '0',
  `locale` varchar(191) NOT NULL,
  `group` varchar(191) NOT NULL,
  `key` text NOT NULL,
  `value` text NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `hash` varchar(191) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ltm_translations_hash_unique` (`hash`)
);

CREATE TABLE `polycast_events` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `channels` text NOT NULL,
  `event` text NOT NULL,
  `payload` text NOT NULL,
  `created_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `polycast_events_created_at_index` (`created_at`)
);

CREATE TABLE `jobs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `queue` varchar(191) NOT NULL,
  `payload` longtext NOT NULL,
  `attempts` tinyint unsigned NOT NULL,
  `reserved_at` int unsigned NULL,
  `available_at` int unsigned NOT NULL,
  `created_at` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `jobs_queue_index` (`queue`)
);

CREATE TABLE `failed_jobs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` longtext NOT NULL,
  `exception` longtext NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

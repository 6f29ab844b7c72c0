-- Mailtrain v2 (self-hosted newsletter) — trimmed schema for the blind exam (tests/data/blind56/).
-- Upstream: github.com/Mailtrain-org/mailtrain, commit 7c6f34ef25dba981de58aec9785af48f3ea3315d (GPL-3.0).
-- Made by replay in MariaDB: server/setup/sql/mailtrain.sql (upstream's mysqldump of a fresh v2 database after the
-- knex migration 20170506102634_v1_to_v2), then the later knex migrations of server/setup/knex/migrations
-- (20181226090000 .. 20200830140000) written as the SQL knex 0.16 emits, then one list created as
-- server/models/lists.js create() does (`subscription__<listId>`, one table per list) with the default
-- "first name / last name" field wizard (server/models/fields.js createTx: a varchar column
-- `custom_<slug>_<shortid>` plus `source_custom_<slug>_<shortid>` per field; the shortids are examples).
-- Dumped with mysqldump --no-data. Left out to stay within size: permissions_/shares_ tables of custom forms,
-- templates, mosaico templates, report templates, send configurations and channels, files_mosaico_template_*,
-- file_cache, knex_migrations_lock, template_dep_campaigns.
SET FOREIGN_KEY_CHECKS=0;
CREATE TABLE `blacklist` (
  `email` varchar(191) NOT NULL,
  PRIMARY KEY (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `campaign_links` (
  `campaign` int(10) unsigned NOT NULL,
  `list` int(10) unsigned NOT NULL,
  `subscription` int(10) unsigned NOT NULL,
  `link` int(10) NOT NULL,
  `ip` varchar(100) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `device_type` varchar(50) DEFAULT NULL,
  `country` varchar(2) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `count` int(10) unsigned NOT NULL DEFAULT 1,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`campaign`,`list`,`subscription`,`link`),
  KEY `created_index` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `campaign_lists` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `campaign` int(10) unsigned NOT NULL,
  `list` int(10) unsigned NOT NULL,
  `segment` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `campaign_lists_list_foreign` (`list`),
  KEY `campaign_lists_segment_foreign` (`segment`),
  KEY `campaign_lists_campaign_foreign` (`campaign`),
  CONSTRAINT `campaign_lists_campaign_foreign` FOREIGN KEY (`campaign`) REFERENCES `campaigns` (`id`),
  CONSTRAINT `campaign_lists_list_foreign` FOREIGN KEY (`list`) REFERENCES `lists` (`id`),
  CONSTRAINT `campaign_lists_segment_foreign` FOREIGN KEY (`segment`) REFERENCES `segments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `campaign_messages` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `campaign` int(10) unsigned NOT NULL,
  `list` int(10) unsigned NOT NULL,
  `subscription` int(10) unsigned NOT NULL,
  `send_configuration` int(10) unsigned NOT NULL,
  `status` tinyint(4) unsigned NOT NULL DEFAULT 0,
  `response` varchar(255) DEFAULT NULL,
  `response_id` varchar(255) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `updated` timestamp NULL DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `hash_email` char(88) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cls` (`campaign`,`list`,`subscription`),
  UNIQUE KEY `campaign_hash_email` (`campaign`,`hash_email`),
  KEY `created` (`created`),
  KEY `response_id` (`response_id`),
  KEY `status_index` (`status`),
  KEY `subscription_index` (`subscription`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `campaigns` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `cid` varchar(255) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `type` tinyint(4) unsigned NOT NULL DEFAULT 1,
  `parent` int(10) unsigned DEFAULT NULL,
  `name` varchar(255) NOT NULL DEFAULT '',
  `description` text DEFAULT NULL,
  `last_check` timestamp NULL DEFAULT NULL,
  `from_name_override` varchar(255) DEFAULT '',
  `from_email_override` varchar(255) DEFAULT '',
  `reply_to_override` varchar(255) DEFAULT '',
  `subject` varchar(255) DEFAULT NULL,
  `unsubscribe_url` varchar(255) NOT NULL DEFAULT '',
  `status` tinyint(4) unsigned NOT NULL DEFAULT 1,
  `scheduled` timestamp NULL DEFAULT NULL,
  `delivered` int(11) unsigned NOT NULL DEFAULT 0,
  `blacklisted` int(11) unsigned NOT NULL DEFAULT 0,
  `opened` int(11) unsigned NOT NULL DEFAULT 0,
  `clicks` int(11) unsigned NOT NULL DEFAULT 0,
  `unsubscribed` int(11) unsigned NOT NULL DEFAULT 0,
  `bounced` int(1) unsigned NOT NULL DEFAULT 0,
  `complained` int(1) unsigned NOT NULL DEFAULT 0,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `open_tracking_disabled` tinyint(4) unsigned NOT NULL DEFAULT 0,
  `click_tracking_disabled` tinyint(4) unsigned NOT NULL DEFAULT 0,
  `namespace` int(10) unsigned NOT NULL,
  `data` longtext DEFAULT NULL,
  `source` int(10) unsigned NOT NULL,
  `send_configuration` int(10) unsigned NOT NULL,
  `start_at` timestamp NULL DEFAULT NULL,
  `channel` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cid` (`cid`),
  KEY `name` (`name`(191)),
  KEY `status` (`status`),
  KEY `schedule_index` (`scheduled`),
  KEY `type_index` (`type`),
  KEY `parent_index` (`parent`),
  KEY `check_index` (`last_check`),
  KEY `campaigns_namespace_foreign` (`namespace`),
  KEY `campaigns_send_configuration_foreign` (`send_configuration`),
  KEY `campaigns_channel_foreign` (`channel`),
  CONSTRAINT `campaigns_channel_foreign` FOREIGN KEY (`channel`) REFERENCES `channels` (`id`),
  CONSTRAINT `campaigns_namespace_foreign` FOREIGN KEY (`namespace`) REFERENCES `namespaces` (`id`),
  CONSTRAINT `campaigns_send_configuration_foreign` FOREIGN KEY (`send_configuration`) REFERENCES `send_configurations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `channel_lists` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `channel` int(10) unsigned NOT NULL,
  `list` int(10) unsigned NOT NULL,
  `segment` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `channel_lists_channel_foreign` (`channel`),
  KEY `channel_lists_list_foreign` (`list`),
  KEY `channel_lists_segment_foreign` (`segment`),
  CONSTRAINT `channel_lists_channel_foreign` FOREIGN KEY (`channel`) REFERENCES `channels` (`id`),
  CONSTRAINT `channel_lists_list_foreign` FOREIGN KEY (`list`) REFERENCES `lists` (`id`),
  CONSTRAINT `channel_lists_segment_foreign` FOREIGN KEY (`segment`) REFERENCES `segments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `channels` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `cid` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `cpg_name` varchar(255) DEFAULT NULL,
  `cpg_description` text DEFAULT NULL,
  `from_email_override` varchar(255) DEFAULT NULL,
  `from_name_override` varchar(255) DEFAULT NULL,
  `reply_to_override` varchar(255) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `send_configuration` int(10) unsigned DEFAULT NULL,
  `source` int(10) unsigned NOT NULL,
  `data` longtext DEFAULT NULL,
  `click_tracking_disabled` tinyint(1) DEFAULT 0,
  `open_tracking_disabled` tinyint(1) DEFAULT 0,
  `unsubscribe_url` varchar(255) DEFAULT NULL,
  `created` timestamp NULL DEFAULT current_timestamp(),
  `namespace` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `channels_cid_unique` (`cid`),
  KEY `channels_send_configuration_foreign` (`send_configuration`),
  KEY `channels_namespace_foreign` (`namespace`),
  CONSTRAINT `channels_namespace_foreign` FOREIGN KEY (`namespace`) REFERENCES `namespaces` (`id`),
  CONSTRAINT `channels_send_configuration_foreign` FOREIGN KEY (`send_configuration`) REFERENCES `send_configurations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `confirmations` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `cid` varchar(255) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `list` int(10) unsigned NOT NULL,
  `action` varchar(100) NOT NULL,
  `ip` varchar(100) DEFAULT NULL,
  `data` text NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `cid` (`cid`),
  KEY `list` (`list`),
  CONSTRAINT `confirmations_ibfk_1` FOREIGN KEY (`list`) REFERENCES `lists` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `custom_fields` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `list` int(10) unsigned NOT NULL,
  `name` varchar(255) DEFAULT '',
  `help` text DEFAULT NULL,
  `key` varchar(100) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `default_value` varchar(255) DEFAULT NULL,
  `required` tinyint(1) NOT NULL DEFAULT 0,
  `type` varchar(255) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL DEFAULT '',
  `group` int(10) unsigned DEFAULT NULL,
  `column` varchar(255) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `order_subscribe` int(11) DEFAULT NULL,
  `order_manage` int(11) DEFAULT NULL,
  `order_list` int(11) DEFAULT NULL,
  `settings` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `list` (`list`,`column`),
  KEY `list_2` (`list`),
  CONSTRAINT `custom_fields_list_foreign` FOREIGN KEY (`list`) REFERENCES `lists` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `custom_forms` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT '',
  `description` text DEFAULT NULL,
  `layout` longtext DEFAULT NULL,
  `form_input_style` longtext DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `namespace` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `custom_forms_namespace_foreign` (`namespace`),
  CONSTRAINT `custom_forms_namespace_foreign` FOREIGN KEY (`namespace`) REFERENCES `namespaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `custom_forms_data` (
  `form` int(10) unsigned NOT NULL,
  `data_key` varchar(128) NOT NULL,
  `data_value` longtext DEFAULT NULL,
  PRIMARY KEY (`form`,`data_key`),
  KEY `form` (`form`),
  CONSTRAINT `custom_forms_data_ibfk_1` FOREIGN KEY (`form`) REFERENCES `custom_forms` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `files_campaign_attachment` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `entity` int(10) unsigned NOT NULL,
  `filename` varchar(255) DEFAULT NULL,
  `originalname` varchar(255) DEFAULT NULL,
  `mimetype` varchar(255) DEFAULT NULL,
  `size` int(11) DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `delete_pending` tinyint(1) NOT NULL DEFAULT 0,
  `lock_count` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `files_campaign_attachment_entity_originalname_index` (`entity`,`originalname`),
  CONSTRAINT `files_campaign_attachment_entity_foreign` FOREIGN KEY (`entity`) REFERENCES `campaigns` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `files_campaign_file` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `entity` int(10) unsigned NOT NULL,
  `filename` varchar(255) DEFAULT NULL,
  `originalname` varchar(255) DEFAULT NULL,
  `mimetype` varchar(255) DEFAULT NULL,
  `size` int(11) DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `delete_pending` tinyint(1) NOT NULL DEFAULT 0,
  `lock_count` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `files_campaign_file_entity_originalname_index` (`entity`,`originalname`),
  CONSTRAINT `files_campaign_file_entity_foreign` FOREIGN KEY (`entity`) REFERENCES `campaigns` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `files_template_file` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `entity` int(10) unsigned NOT NULL,
  `filename` varchar(255) DEFAULT NULL,
  `originalname` varchar(255) DEFAULT NULL,
  `mimetype` varchar(255) DEFAULT NULL,
  `size` int(11) DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `delete_pending` tinyint(1) NOT NULL DEFAULT 0,
  `lock_count` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `files_template_file_entity_originalname_index` (`entity`,`originalname`),
  CONSTRAINT `files_template_file_entity_foreign` FOREIGN KEY (`entity`) REFERENCES `templates` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `generated_role_names` (
  `entity_type` varchar(32) NOT NULL,
  `role` varchar(128) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`entity_type`,`role`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `import_failed` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `run` int(10) unsigned DEFAULT NULL,
  `source_id` int(10) unsigned DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `reason` text DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `import_failed_run_foreign` (`run`),
  CONSTRAINT `import_failed_run_foreign` FOREIGN KEY (`run`) REFERENCES `import_runs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `import_runs` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `import` int(10) unsigned DEFAULT NULL,
  `status` int(10) unsigned NOT NULL,
  `mapping` longtext DEFAULT NULL,
  `last_id` int(11) DEFAULT NULL,
  `new` int(11) DEFAULT 0,
  `failed` int(11) DEFAULT 0,
  `processed` int(11) DEFAULT 0,
  `error` text DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `finished` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `import_runs_import_foreign` (`import`),
  CONSTRAINT `import_runs_import_foreign` FOREIGN KEY (`import`) REFERENCES `imports` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `imports` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `list` int(10) unsigned DEFAULT NULL,
  `source` int(10) unsigned NOT NULL,
  `status` int(10) unsigned NOT NULL,
  `settings` longtext DEFAULT NULL,
  `mapping_type` int(10) unsigned NOT NULL,
  `mapping` longtext DEFAULT NULL,
  `last_run` timestamp NULL DEFAULT NULL,
  `error` text DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `imports_list_foreign` (`list`),
  CONSTRAINT `imports_list_foreign` FOREIGN KEY (`list`) REFERENCES `lists` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `knex_migrations` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `batch` int(11) DEFAULT NULL,
  `migration_time` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `links` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `cid` varchar(255) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL DEFAULT '',
  `campaign` int(10) unsigned NOT NULL,
  `url` varchar(255) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL DEFAULT '',
  `visits` int(10) unsigned NOT NULL DEFAULT 0,
  `hits` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cid` (`cid`),
  UNIQUE KEY `campaign_2` (`campaign`,`url`),
  KEY `campaign` (`campaign`),
  CONSTRAINT `links_ibfk_1` FOREIGN KEY (`campaign`) REFERENCES `campaigns` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `lists` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `cid` varchar(255) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  `default_form` int(11) unsigned DEFAULT NULL,
  `name` varchar(255) NOT NULL DEFAULT '',
  `description` text DEFAULT NULL,
  `subscribers` int(11) unsigned DEFAULT 0,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `public_subscribe` tinyint(1) unsigned NOT NULL DEFAULT 1,
  `unsubscription_mode` int(11) unsigned NOT NULL DEFAULT 0,
  `listunsubscribe_disabled` tinyint(4) unsigned NOT NULL DEFAULT 0,
  `namespace` int(10) unsigned NOT NULL,
  `contact_email` varchar(255) DEFAULT NULL,
  `homepage` varchar(255) DEFAULT NULL,
  `to_name` varchar(255) DEFAULT NULL,
  `send_configuration` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cid` (`cid`),
  KEY `name` (`name`(191)),
  KEY `lists_namespace_foreign` (`namespace`),
  KEY `lists_send_configuration_foreign` (`send_configuration`),
  CONSTRAINT `lists_namespace_foreign` FOREIGN KEY (`namespace`) REFERENCES `namespaces` (`id`),
  CONSTRAINT `lists_send_configuration_foreign` FOREIGN KEY (`send_configuration`) REFERENCES `send_configurations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `mosaico_templates` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `data` longtext DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `namespace` int(10) unsigned DEFAULT NULL,
  `tag_language` varchar(48) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `mosaico_templates_namespace_foreign` (`namespace`),
  KEY `mosaico_templates_tag_language_index` (`tag_language`),
  CONSTRAINT `mosaico_templates_namespace_foreign` FOREIGN KEY (`namespace`) REFERENCES `namespaces` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `namespaces` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `namespace` int(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `namespaces_namespace_foreign` (`namespace`),
  CONSTRAINT `namespaces_namespace_foreign` FOREIGN KEY (`namespace`) REFERENCES `namespaces` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `permissions_campaign` (
  `entity` int(10) unsigned NOT NULL,
  `user` int(10) unsigned NOT NULL,
  `operation` varchar(128) NOT NULL,
  PRIMARY KEY (`entity`,`user`,`operation`),
  KEY `permissions_campaign_user_foreign` (`user`),
  CONSTRAINT `permissions_campaign_entity_foreign` FOREIGN KEY (`entity`) REFERENCES `campaigns` (`id`) ON DELETE CASCADE,
  CONSTRAINT `permissions_campaign_user_foreign` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `permissions_list` (
  `entity` int(10) unsigned NOT NULL,
  `user` int(10) unsigned NOT NULL,
  `operation` varchar(128) NOT NULL,
  PRIMARY KEY (`entity`,`user`,`operation`),
  KEY `permissions_list_user_foreign` (`user`),
  CONSTRAINT `permissions_list_entity_foreign` FOREIGN KEY (`entity`) REFERENCES `lists` (`id`) ON DELETE CASCADE,
  CONSTRAINT `permissions_list_user_foreign` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `permissions_namespace` (
  `entity` int(10) unsigned NOT NULL,
  `user` int(10) unsigned NOT NULL,
  `operation` varchar(128) NOT NULL,
  PRIMARY KEY (`entity`,`user`,`operation`),
  KEY `permissions_namespace_user_foreign` (`user`),
  CONSTRAINT `permissions_namespace_entity_foreign` FOREIGN KEY (`entity`) REFERENCES `namespaces` (`id`) ON DELETE CASCADE,
  CONSTRAINT `permissions_namespace_user_foreign` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `permissions_report` (
  `entity` int(10) unsigned NOT NULL,
  `user` int(10) unsigned NOT NULL,
  `operation` varchar(128) NOT NULL,
  PRIMARY KEY (`entity`,`user`,`operation`),
  KEY `permissions_report_user_foreign` (`user`),
  CONSTRAINT `permissions_report_entity_foreign` FOREIGN KEY (`entity`) REFERENCES `reports` (`id`) ON DELETE CASCADE,
  CONSTRAINT `permissions_report_user_foreign` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `queued` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `send_configuration` int(10) unsigned NOT NULL,
  `type` int(10) unsigned NOT NULL,
  `data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `created` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `report_templates` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT '',
  `mime_type` varchar(255) NOT NULL DEFAULT 'text/html',
  `description` text DEFAULT NULL,
  `user_fields` longtext DEFAULT NULL,
  `js` longtext DEFAULT NULL,
  `hbs` longtext DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `namespace` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `report_templates_namespace_foreign` (`namespace`),
  CONSTRAINT `report_templates_namespace_foreign` FOREIGN KEY (`namespace`) REFERENCES `namespaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `reports` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT '',
  `description` text DEFAULT NULL,
  `report_template` int(10) unsigned NOT NULL,
  `params` longtext DEFAULT NULL,
  `state` int(11) unsigned NOT NULL DEFAULT 0,
  `last_run` timestamp NULL DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `namespace` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `report_template` (`report_template`),
  KEY `reports_namespace_foreign` (`namespace`),
  CONSTRAINT `reports_namespace_foreign` FOREIGN KEY (`namespace`) REFERENCES `namespaces` (`id`),
  CONSTRAINT `reports_report_template_foreign` FOREIGN KEY (`report_template`) REFERENCES `report_templates` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `rss` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `parent` int(10) unsigned NOT NULL,
  `guid` varchar(255) NOT NULL DEFAULT '',
  `pubdate` timestamp NULL DEFAULT NULL,
  `campaign` int(10) unsigned DEFAULT NULL,
  `found` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `parent_2` (`parent`,`guid`),
  KEY `parent` (`parent`),
  CONSTRAINT `rss_ibfk_1` FOREIGN KEY (`parent`) REFERENCES `campaigns` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `segments` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `list` int(10) unsigned NOT NULL,
  `name` varchar(255) NOT NULL DEFAULT '',
  `created` timestamp NULL DEFAULT current_timestamp(),
  `settings` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `list` (`list`),
  KEY `name` (`name`(191)),
  CONSTRAINT `segments_list_foreign` FOREIGN KEY (`list`) REFERENCES `lists` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `send_configurations` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `cid` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `from_email` varchar(255) DEFAULT NULL,
  `from_email_overridable` tinyint(1) DEFAULT 0,
  `from_name` varchar(255) DEFAULT NULL,
  `from_name_overridable` tinyint(1) DEFAULT 0,
  `reply_to` varchar(255) DEFAULT NULL,
  `reply_to_overridable` tinyint(1) DEFAULT 0,
  `verp_hostname` varchar(255) DEFAULT NULL,
  `mailer_type` varchar(255) DEFAULT NULL,
  `mailer_settings` longtext DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `namespace` int(10) unsigned DEFAULT NULL,
  `x_mailer` varchar(255) DEFAULT NULL,
  `verp_disable_sender_header` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `send_configurations_namespace_foreign` (`namespace`),
  CONSTRAINT `send_configurations_namespace_foreign` FOREIGN KEY (`namespace`) REFERENCES `namespaces` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `settings` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `key` varchar(255) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL DEFAULT '',
  `value` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`)
) ENGINE=InnoDB AUTO_INCREMENT=57 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `shares_campaign` (
  `entity` int(10) unsigned NOT NULL,
  `user` int(10) unsigned NOT NULL,
  `role` varchar(128) NOT NULL,
  `auto` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`entity`,`user`),
  KEY `shares_campaign_user_foreign` (`user`),
  CONSTRAINT `shares_campaign_entity_foreign` FOREIGN KEY (`entity`) REFERENCES `campaigns` (`id`) ON DELETE CASCADE,
  CONSTRAINT `shares_campaign_user_foreign` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `shares_list` (
  `entity` int(10) unsigned NOT NULL,
  `user` int(10) unsigned NOT NULL,
  `role` varchar(128) NOT NULL,
  `auto` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`entity`,`user`),
  KEY `shares_list_user_foreign` (`user`),
  CONSTRAINT `shares_list_entity_foreign` FOREIGN KEY (`entity`) REFERENCES `lists` (`id`) ON DELETE CASCADE,
  CONSTRAINT `shares_list_user_foreign` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `shares_namespace` (
  `entity` int(10) unsigned NOT NULL,
  `user` int(10) unsigned NOT NULL,
  `role` varchar(128) NOT NULL,
  `auto` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`entity`,`user`),
  KEY `shares_namespace_user_foreign` (`user`),
  CONSTRAINT `shares_namespace_entity_foreign` FOREIGN KEY (`entity`) REFERENCES `namespaces` (`id`) ON DELETE CASCADE,
  CONSTRAINT `shares_namespace_user_foreign` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `shares_report` (
  `entity` int(10) unsigned NOT NULL,
  `user` int(10) unsigned NOT NULL,
  `role` varchar(128) NOT NULL,
  `auto` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`entity`,`user`),
  KEY `shares_report_user_foreign` (`user`),
  CONSTRAINT `shares_report_entity_foreign` FOREIGN KEY (`entity`) REFERENCES `reports` (`id`) ON DELETE CASCADE,
  CONSTRAINT `shares_report_user_foreign` FOREIGN KEY (`user`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `subscription__1` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `cid` varchar(255) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `hash_email` varchar(255) NOT NULL,
  `source_email` int(11) DEFAULT NULL,
  `opt_in_ip` varchar(100) DEFAULT NULL,
  `opt_in_country` varchar(2) DEFAULT NULL,
  `tz` varchar(100) DEFAULT NULL,
  `status` tinyint(4) unsigned NOT NULL DEFAULT 1,
  `is_test` tinyint(4) unsigned NOT NULL DEFAULT 0,
  `status_change` timestamp NULL DEFAULT NULL,
  `unsubscribed` timestamp NULL DEFAULT NULL,
  `latest_open` timestamp NULL DEFAULT NULL,
  `latest_click` timestamp NULL DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated` timestamp NOT NULL DEFAULT current_timestamp(),
  `custom_first_name_rkp4tbmwq` varchar(255) DEFAULT NULL,
  `source_custom_first_name_rkp4tbmwq` int(11) DEFAULT NULL,
  `custom_last_name_h1gqvbi7q` varchar(255) DEFAULT NULL,
  `source_custom_last_name_h1gqvbi7q` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `hash_email` (`hash_email`),
  UNIQUE KEY `cid` (`cid`),
  KEY `email` (`email`),
  KEY `status` (`status`),
  KEY `subscriber_tz` (`tz`),
  KEY `is_test` (`is_test`),
  KEY `latest_open` (`latest_open`),
  KEY `latest_click` (`latest_click`),
  KEY `created` (`created`),
  KEY `updated` (`updated`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `templates` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `description` text DEFAULT NULL,
  `html` longtext DEFAULT NULL,
  `text` longtext DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  `namespace` int(10) unsigned NOT NULL,
  `data` longtext DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `tag_language` varchar(48) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `name` (`name`(191)),
  KEY `templates_namespace_foreign` (`namespace`),
  KEY `templates_tag_language_index` (`tag_language`),
  CONSTRAINT `templates_namespace_foreign` FOREIGN KEY (`namespace`) REFERENCES `namespaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `test_messages` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `campaign` int(10) unsigned NOT NULL,
  `list` int(10) unsigned NOT NULL,
  `subscription` int(10) unsigned NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `cls` (`campaign`,`list`,`subscription`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `trigger_messages` (
  `trigger` int(10) unsigned NOT NULL,
  `list` int(10) unsigned NOT NULL,
  `subscription` int(10) unsigned NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`trigger`,`list`,`subscription`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
CREATE TABLE `triggers` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL DEFAULT '',
  `description` text DEFAULT NULL,
  `enabled` tinyint(4) unsigned NOT NULL DEFAULT 1,
  `source_campaign` int(10) unsigned DEFAULT NULL,
  `entity` varchar(255) NOT NULL DEFAULT 'column',
  `event` varchar(255) DEFAULT NULL,
  `seconds` int(11) NOT NULL DEFAULT 0,
  `campaign` int(10) unsigned DEFAULT NULL,
  `count` int(11) unsigned NOT NULL DEFAULT 0,
  `last_check` timestamp NULL DEFAULT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `name` (`name`(191)),
  KEY `source_campaign` (`source_campaign`),
  KEY `dest_campaign` (`campaign`),
  KEY `column` (`event`),
  KEY `active` (`enabled`),
  KEY `last_check` (`last_check`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `tzoffset` (
  `tz` varchar(100) NOT NULL DEFAULT '',
  `offset` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`tz`)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_general_ci;
CREATE TABLE `users` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL DEFAULT '',
  `password` varchar(255) DEFAULT NULL,
  `email` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `access_token` varchar(40) DEFAULT NULL,
  `reset_token` varchar(255) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,
  `reset_expire` timestamp NULL DEFAULT NULL,
  `created` timestamp NULL DEFAULT current_timestamp(),
  `namespace` int(10) unsigned NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `role` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  KEY `username` (`username`(191)),
  KEY `reset` (`reset_token`),
  KEY `check_reset` (`username`(191),`reset_token`,`reset_expire`),
  KEY `token_index` (`access_token`),
  KEY `users_namespace_foreign` (`namespace`),
  CONSTRAINT `users_namespace_foreign` FOREIGN KEY (`namespace`) REFERENCES `namespaces` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
SET FOREIGN_KEY_CHECKS=1;

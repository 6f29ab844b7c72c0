-- SendPortal (self-hosted e-mail marketing): the host application github.com/mettle/sendportal (database/migrations,
-- commit 6652906992cd7b7e5d4bb2b1f64dba6a8b953293, MIT) and its package github.com/mettle/sendportal-core
-- (database/migrations, commit 6e6ce11e1882e5516836d283ad55c738a880ce61, MIT). The Laravel migrations were replayed
-- by hand, in their order, into MySQL DDL as Laravel's MySQL schema grammar writes it (renames of 2020-10-16 and
-- 2021-01-29 applied; users.api_token kept, because the 2021-01-26 migration calls Blueprint::removeColumn, which
-- drops nothing).

CREATE TABLE `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `email_verified_at` timestamp NULL DEFAULT NULL,
  `password` varchar(255) NOT NULL,
  `api_token` varchar(80) NULL DEFAULT NULL,
  `current_workspace_id` int unsigned NULL DEFAULT NULL,
  `remember_token` varchar(100) NULL DEFAULT NULL,
  `locale` varchar(100) NOT NULL DEFAULT 'en',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`),
  UNIQUE KEY `users_api_token_unique` (`api_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `password_resets` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  KEY `password_resets_email_index` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `workspaces` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `owner_id` int unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `workspaces_owner_id_index` (`owner_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `workspace_users` (
  `workspace_id` int unsigned NOT NULL,
  `user_id` int unsigned NOT NULL,
  `role` varchar(20) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  UNIQUE KEY `workspace_users_workspace_id_user_id_unique` (`workspace_id`,`user_id`),
  KEY `workspace_users_user_id_index` (`user_id`),
  CONSTRAINT `workspace_users_workspace_id_foreign` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `invitations` (
  `id` varchar(255) NOT NULL,
  `workspace_id` int unsigned NOT NULL,
  `user_id` int unsigned NULL DEFAULT NULL,
  `role` varchar(255) NULL DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `token` varchar(40) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invitations_token_unique` (`token`),
  KEY `invitations_workspace_id_index` (`workspace_id`),
  KEY `invitations_user_id_index` (`user_id`),
  CONSTRAINT `invitations_workspace_id_foreign` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `failed_jobs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` longtext NOT NULL,
  `exception` longtext NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `api_token` varchar(255) NOT NULL,
  `description` varchar(255) NULL DEFAULT NULL,
  `workspace_id` int unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_tokens_api_token_unique` (`api_token`),
  KEY `api_tokens_workspace_id_index` (`workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sendportal_email_service_types` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sendportal_email_services` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `workspace_id` int unsigned NOT NULL,
  `name` varchar(255) NULL DEFAULT NULL,
  `type_id` int unsigned NOT NULL,
  `settings` mediumtext NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `sendportal_email_services_workspace_id_index` (`workspace_id`),
  CONSTRAINT `sendportal_email_services_type_id_foreign` FOREIGN KEY (`type_id`) REFERENCES `sendportal_email_service_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sendportal_unsubscribe_event_types` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sendportal_campaign_statuses` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sendportal_subscribers` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `workspace_id` int unsigned NOT NULL,
  `hash` char(36) NOT NULL,
  `email` varchar(255) NOT NULL,
  `first_name` varchar(255) NULL DEFAULT NULL,
  `last_name` varchar(255) NULL DEFAULT NULL,
  `meta` json NULL DEFAULT NULL,
  `unsubscribed_at` timestamp NULL DEFAULT NULL,
  `unsubscribe_event_id` int unsigned NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sendportal_subscribers_hash_unique` (`hash`),
  KEY `sendportal_subscribers_workspace_id_index` (`workspace_id`),
  KEY `sendportal_subscribers_email_index` (`email`),
  KEY `sendportal_subscribers_unsubscribed_at_index` (`unsubscribed_at`),
  KEY `sendportal_subscribers_created_at_index` (`created_at`),
  CONSTRAINT `sendportal_subscribers_unsubscribe_event_id_foreign` FOREIGN KEY (`unsubscribe_event_id`) REFERENCES `sendportal_unsubscribe_event_types` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sendportal_tags` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `workspace_id` int unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `sendportal_segments_workspace_id_index` (`workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sendportal_tag_subscriber` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `tag_id` int unsigned NOT NULL,
  `subscriber_id` int unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `sendportal_segment_subscriber_tag_id_foreign` FOREIGN KEY (`tag_id`) REFERENCES `sendportal_tags` (`id`),
  CONSTRAINT `sendportal_segment_subscriber_subscriber_id_foreign` FOREIGN KEY (`subscriber_id`) REFERENCES `sendportal_subscribers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sendportal_templates` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `workspace_id` int unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `content` longtext NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `sendportal_templates_workspace_id_index` (`workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sendportal_campaigns` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `workspace_id` int unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `status_id` int unsigned NOT NULL DEFAULT '1',
  `template_id` int unsigned NULL DEFAULT NULL,
  `email_service_id` int unsigned NULL DEFAULT NULL,
  `subject` varchar(255) NULL DEFAULT NULL,
  `content` longtext NULL DEFAULT NULL,
  `from_name` varchar(255) NULL DEFAULT NULL,
  `from_email` varchar(255) NULL DEFAULT NULL,
  `is_open_tracking` tinyint(1) NOT NULL DEFAULT '1',
  `is_click_tracking` tinyint(1) NOT NULL DEFAULT '1',
  `sent_count` mediumint NULL DEFAULT '0',
  `open_count` mediumint NULL DEFAULT '0',
  `click_count` mediumint NULL DEFAULT '0',
  `send_to_all` tinyint(1) NOT NULL DEFAULT '0',
  `save_as_draft` tinyint(1) NOT NULL DEFAULT '1',
  `scheduled_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `sendportal_campaigns_workspace_id_index` (`workspace_id`),
  CONSTRAINT `sendportal_campaigns_status_id_foreign` FOREIGN KEY (`status_id`) REFERENCES `sendportal_campaign_statuses` (`id`),
  CONSTRAINT `sendportal_campaigns_template_id_foreign` FOREIGN KEY (`template_id`) REFERENCES `sendportal_templates` (`id`),
  CONSTRAINT `sendportal_campaigns_email_service_id_foreign` FOREIGN KEY (`email_service_id`) REFERENCES `sendportal_email_services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sendportal_campaign_tag` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `tag_id` int unsigned NOT NULL,
  `campaign_id` int unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `sendportal_campaign_segment_tag_id_foreign` FOREIGN KEY (`tag_id`) REFERENCES `sendportal_tags` (`id`),
  CONSTRAINT `sendportal_campaign_segment_campaign_id_foreign` FOREIGN KEY (`campaign_id`) REFERENCES `sendportal_campaigns` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sendportal_messages` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `hash` char(36) NOT NULL,
  `workspace_id` int unsigned NOT NULL,
  `subscriber_id` int unsigned NOT NULL,
  `source_type` varchar(255) NOT NULL,
  `source_id` int unsigned NOT NULL,
  `recipient_email` varchar(255) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `from_name` varchar(255) NOT NULL,
  `from_email` varchar(255) NOT NULL,
  `message_id` varchar(255) NULL DEFAULT NULL,
  `ip` varchar(255) NULL DEFAULT NULL,
  `open_count` int unsigned NOT NULL DEFAULT '0',
  `click_count` int unsigned NOT NULL DEFAULT '0',
  `queued_at` timestamp NULL DEFAULT NULL,
  `sent_at` timestamp NULL DEFAULT NULL,
  `delivered_at` timestamp NULL DEFAULT NULL,
  `bounced_at` timestamp NULL DEFAULT NULL,
  `unsubscribed_at` timestamp NULL DEFAULT NULL,
  `complained_at` timestamp NULL DEFAULT NULL,
  `opened_at` timestamp NULL DEFAULT NULL,
  `clicked_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sendportal_messages_hash_unique` (`hash`),
  KEY `sendportal_messages_workspace_id_index` (`workspace_id`),
  KEY `sendportal_messages_subscriber_id_index` (`subscriber_id`),
  KEY `sendportal_messages_source_type_index` (`source_type`),
  KEY `sendportal_messages_source_id_index` (`source_id`),
  KEY `sendportal_messages_message_id_index` (`message_id`),
  KEY `sendportal_messages_queued_at_index` (`queued_at`),
  KEY `sendportal_messages_sent_at_index` (`sent_at`),
  KEY `sendportal_messages_delivered_at_index` (`delivered_at`),
  KEY `sendportal_messages_bounced_at_index` (`bounced_at`),
  KEY `sendportal_messages_unsubscribed_at_index` (`unsubscribed_at`),
  KEY `sendportal_messages_complained_at_index` (`complained_at`),
  KEY `sendportal_messages_opened_at_index` (`opened_at`),
  KEY `sendportal_messages_clicked_at_index` (`clicked_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sendportal_message_urls` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `source_type` varchar(255) NOT NULL,
  `source_id` int unsigned NOT NULL,
  `hash` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `click_count` int unsigned NOT NULL DEFAULT '0',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `sendportal_message_urls_source_type_index` (`source_type`),
  KEY `sendportal_message_urls_source_id_index` (`source_id`),
  KEY `sendportal_message_urls_hash_index` (`hash`),
  KEY `sendportal_message_urls_url_index` (`url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sendportal_message_failures` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `message_id` int unsigned NOT NULL,
  `severity` varchar(255) NULL DEFAULT NULL,
  `description` mediumtext NULL DEFAULT NULL,
  `failed_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `sendportal_message_failures_message_id_foreign` FOREIGN KEY (`message_id`) REFERENCES `sendportal_messages` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

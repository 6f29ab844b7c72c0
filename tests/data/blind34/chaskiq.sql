-- Chaskiq: customer messaging platform (live chat, support inbox, campaigns, bots, help center).
-- Upstream: https://github.com/chaskiq/chaskiq  db/schema.rb (ActiveRecord::Schema[7.0], version 2023_04_23_132840)
-- Commit: 8ddcac9380461f0a7b37798d79acb4629f4dfca2
-- Licence: AGPL-3.0 with the Commons Clause licence condition (LICENSE.txt)
-- Rails schema written as MySQL DDL: table and column names upstream's; string -> varchar(255), jsonb -> json,
-- inet -> varchar(45), boolean -> tinyint(1), the implicit bigint `id` spelled out; upstream's foreign keys kept
-- between kept tables; indexes left out. 42 of 58 tables kept (empty *_translations tables, article/quick-reply
-- translations, article settings and Active Storage variant records left out).

CREATE TABLE `active_storage_blobs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `content_type` varchar(255),
  `metadata` text,
  `byte_size` bigint NOT NULL,
  `checksum` varchar(255),
  `created_at` datetime NOT NULL,
  `service_name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `active_storage_attachments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `record_type` varchar(255) NOT NULL,
  `record_id` bigint NOT NULL,
  `blob_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
);

CREATE TABLE `agents` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255),
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(45),
  `last_sign_in_ip` varchar(45),
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  `failed_attempts` int NOT NULL DEFAULT 0,
  `unlock_token` varchar(255),
  `locked_at` datetime,
  `properties` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `jti` varchar(255),
  `invitation_token` varchar(255),
  `invitation_created_at` datetime,
  `invitation_sent_at` datetime,
  `invitation_accepted_at` datetime,
  `invitation_limit` int,
  `invited_by_type` varchar(255),
  `invited_by_id` bigint,
  `invitations_count` int DEFAULT 0,
  `bot` tinyint(1),
  `available` tinyint(1),
  PRIMARY KEY (`id`)
);

CREATE TABLE `app_packages` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `description` text,
  `settings` json,
  `state` varchar(255),
  `url` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `agent_id` bigint,
  `published` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`agent_id`) REFERENCES `agents` (`id`)
);

CREATE TABLE `apps` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255),
  `name` varchar(255),
  `token` varchar(255),
  `state` varchar(255),
  `timezone` varchar(255),
  `test_key` varchar(255),
  `encryption_key` varchar(16),
  `preferences` json NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `owner_id` int,
  PRIMARY KEY (`id`)
);

CREATE TABLE `app_package_integrations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `app_package_id` bigint NOT NULL,
  `app_id` bigint NOT NULL,
  `settings` json,
  `state` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `external_id` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`app_package_id`) REFERENCES `app_packages` (`id`),
  FOREIGN KEY (`app_id`) REFERENCES `apps` (`id`)
);

CREATE TABLE `app_users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255),
  `app_id` bigint,
  `properties` json,
  `last_visited_at` datetime,
  `referrer` varchar(255),
  `state` varchar(255),
  `ip` varchar(255),
  `city` varchar(255),
  `region` varchar(255),
  `country` varchar(255),
  `subscription_state` varchar(255),
  `session_id` varchar(255),
  `email` varchar(255),
  `lat` decimal(15,10),
  `lng` decimal(15,10),
  `postal` varchar(255),
  `web_sessions` int,
  `timezone` varchar(255),
  `browser` varchar(255),
  `browser_version` varchar(255),
  `os` varchar(255),
  `os_version` varchar(255),
  `browser_language` varchar(255),
  `lang` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `type` varchar(255),
  `last_seen` datetime,
  `first_seen` datetime,
  `signed_up` datetime,
  `last_contacted` datetime,
  `last_heard_from` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`app_id`) REFERENCES `apps` (`id`)
);

CREATE TABLE `article_collections` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `properties` json,
  `slug` varchar(255),
  `state` varchar(255),
  `description` text,
  `position` int,
  `app_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`app_id`) REFERENCES `apps` (`id`)
);

CREATE TABLE `article_contents` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `html_content` text,
  `serialized_content` text,
  `text_content` text,
  `article_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `articles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `state` varchar(255),
  `slug` varchar(255),
  `published_at` varchar(255),
  `position` int,
  `app_id` bigint NOT NULL,
  `author_id` bigint NOT NULL,
  `article_collection_id` bigint,
  `article_section_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `assignment_rules` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `app_id` bigint NOT NULL,
  `agent_id` bigint NOT NULL,
  `conditions` json,
  `priority` int,
  `state` varchar(255),
  `title` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`app_id`) REFERENCES `apps` (`id`)
);

CREATE TABLE `audits` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `action` varchar(255),
  `agent_id` bigint NOT NULL,
  `auditable_type` varchar(255) NOT NULL,
  `auditable_id` bigint NOT NULL,
  `data` json,
  `ip` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `app_id` bigint,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`agent_id`) REFERENCES `agents` (`id`),
  FOREIGN KEY (`app_id`) REFERENCES `apps` (`id`)
);

CREATE TABLE `auth_identities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `agent_id` bigint NOT NULL,
  `provider` varchar(255),
  `uid` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`agent_id`) REFERENCES `agents` (`id`)
);

CREATE TABLE `bot_tasks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `state` varchar(255),
  `predicates` json,
  `app_id` bigint NOT NULL,
  `settings` json,
  `paths` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `type` varchar(255),
  `position` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`app_id`) REFERENCES `apps` (`id`)
);

CREATE TABLE `campaigns` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255),
  `from_name` varchar(255),
  `from_email` varchar(255),
  `reply_email` varchar(255),
  `html_content` text,
  `premailer` text,
  `serialized_content` text,
  `description` varchar(255),
  `sent` tinyint(1),
  `name` varchar(255),
  `scheduled_at` datetime,
  `timezone` varchar(255),
  `state` varchar(255),
  `subject` varchar(255),
  `app_id` bigint,
  `segments` json,
  `type` varchar(255) DEFAULT 'Campaign',
  `settings` json,
  `scheduled_to` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `position` int,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`app_id`) REFERENCES `apps` (`id`)
);

CREATE TABLE `collection_sections` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `slug` varchar(255),
  `state` varchar(255),
  `position` int,
  `article_collection_id` bigint NOT NULL,
  `description` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`article_collection_id`) REFERENCES `article_collections` (`id`)
);

CREATE TABLE `conversation_part_blocks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `blocks` json,
  `state` varchar(255),
  `data` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `conversation_part_contents` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conversation_part_id` bigint,
  `html_content` text,
  `serialized_content` text,
  `text_content` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `conversation_part_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `action` varchar(255),
  `data` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `conversations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255),
  `app_id` bigint,
  `assignee_id` bigint,
  `admins` json,
  `reply_count` int,
  `parts_count` int,
  `latest_admin_visible_comment_at` datetime,
  `latest_update_at` datetime,
  `latest_user_visible_comment_at` datetime,
  `read_at` datetime,
  `main_participant_id` bigint,
  `priority` tinyint(1),
  `state` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `first_agent_reply` datetime,
  `closed_at` datetime,
  `subject` varchar(255),
  `blocked` tinyint(1),
  `blocked_reason` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`app_id`) REFERENCES `apps` (`id`)
);

CREATE TABLE `conversation_channels` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `provider` varchar(255),
  `provider_channel_id` varchar(255),
  `conversation_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `data` json,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`)
);

CREATE TABLE `conversation_parts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255),
  `message` text,
  `read_at` datetime,
  `app_user_id` bigint,
  `conversation_id` bigint,
  `private_note` tinyint(1),
  `boolean` tinyint(1),
  `authorable_type` varchar(255),
  `authorable_id` bigint,
  `messageable_type` varchar(255),
  `messageable_id` bigint,
  `source` varchar(255),
  `string` varchar(255),
  `message_id` varchar(255),
  `email_message_id` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `step_id` varchar(255),
  `trigger_id` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`app_user_id`) REFERENCES `app_users` (`id`),
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`)
);

CREATE TABLE `conversation_part_channel_sources` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conversation_part_id` bigint NOT NULL,
  `provider` varchar(255),
  `message_source_id` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`conversation_part_id`) REFERENCES `conversation_parts` (`id`)
);

CREATE TABLE `conversation_sources` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conversation_id` bigint NOT NULL,
  `app_package_integration_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`app_package_integration_id`) REFERENCES `app_package_integrations` (`id`),
  FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`)
);

CREATE TABLE `events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `eventable_type` varchar(255) NOT NULL,
  `eventable_id` bigint NOT NULL,
  `action` varchar(255),
  `properties` json,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `external_profiles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `provider` varchar(255),
  `app_user_id` bigint NOT NULL,
  `data` json,
  `profile_id` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`app_user_id`) REFERENCES `app_users` (`id`)
);

CREATE TABLE `jwt_blacklist` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `jti` varchar(255) NOT NULL,
  `exp` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `metrics` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `campaign_id` bigint,
  `trackable_type` varchar(255) NOT NULL,
  `trackable_id` bigint NOT NULL,
  `action` varchar(255),
  `host` varchar(255),
  `data` json,
  `message_id` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `app_user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`app_user_id`) REFERENCES `app_users` (`id`)
);

CREATE TABLE `oauth_applications` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `redirect_uri` varchar(255),
  `scopes` varchar(255) NOT NULL DEFAULT '',
  `confidential` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `owner_id` int,
  `owner_type` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `oauth_access_grants` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `resource_owner_id` bigint NOT NULL,
  `application_id` bigint,
  `token` varchar(255) NOT NULL,
  `expires_in` int NOT NULL,
  `redirect_uri` text NOT NULL,
  `created_at` datetime NOT NULL,
  `revoked_at` datetime,
  `scopes` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`resource_owner_id`) REFERENCES `agents` (`id`),
  FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
);

CREATE TABLE `oauth_access_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `resource_owner_id` bigint,
  `application_id` bigint,
  `token` varchar(255) NOT NULL,
  `refresh_token` varchar(255),
  `expires_in` int,
  `revoked_at` datetime,
  `created_at` datetime NOT NULL,
  `scopes` varchar(255),
  `previous_refresh_token` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`resource_owner_id`) REFERENCES `agents` (`id`),
  FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`)
);

CREATE TABLE `outgoing_webhooks` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `state` varchar(255),
  `app_id` bigint NOT NULL,
  `url` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`app_id`) REFERENCES `apps` (`id`)
);

CREATE TABLE `plugins` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `data` json,
  `app_package_id` bigint,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `version` varchar(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE `preview_cards` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `status_id` int,
  `url` varchar(255) NOT NULL DEFAULT '',
  `title` varchar(255),
  `description` text,
  `image` varchar(255),
  `image_file_size` int,
  `image_file_name` varchar(255),
  `image_file_type` varchar(255),
  `image_updated_at` datetime,
  `type` varchar(255),
  `html` text,
  `author_name` varchar(255),
  `author_url` varchar(255),
  `provider_name` varchar(255),
  `provider_url` varchar(255),
  `width` int,
  `height` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `quick_replies` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `title` varchar(255),
  `content` text,
  `app_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`app_id`) REFERENCES `apps` (`id`)
);

CREATE TABLE `roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `app_id` bigint,
  `agent_id` bigint,
  `role` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`agent_id`) REFERENCES `agents` (`id`),
  FOREIGN KEY (`app_id`) REFERENCES `apps` (`id`)
);

CREATE TABLE `segments` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `key` varchar(255),
  `app_id` bigint,
  `name` varchar(255),
  `properties` json,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255),
  `created_at` datetime,
  `updated_at` datetime,
  `taggings_count` int DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `taggings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `tag_id` int,
  `taggable_type` varchar(255),
  `taggable_id` int,
  `tagger_type` varchar(255),
  `tagger_id` int,
  `context` varchar(128),
  `created_at` datetime,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
);

CREATE TABLE `teams` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `app_id` bigint NOT NULL,
  `name` varchar(255),
  `slug` varchar(255),
  `state` varchar(255),
  `description` text,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `role` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`app_id`) REFERENCES `apps` (`id`)
);

CREATE TABLE `agent_teams` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `team_id` bigint NOT NULL,
  `role_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)
);

CREATE TABLE `visits` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `url` varchar(255),
  `app_user_id` bigint NOT NULL,
  `title` varchar(255),
  `browser_version` varchar(255),
  `browser_name` varchar(255),
  `os` varchar(255),
  `os_version` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

-- Papercups (open-source live chat / customer support inbox: chat widget, customers, conversations, messages,
-- agents, inboxes, integrations with Slack, Gmail, Mattermost, Twilio, GitHub, HubSpot, Intercom).
-- Upstream: github.com/papercups-io/papercups, commit 6a6f5adc7f0cef5813b2c2f1c0659922defaf976 (MIT).
-- Written from the 92 Ecto migrations of priv/repo/migrations (PostgreSQL), replayed by hand into their final state
-- and translated to MySQL: binary_id/uuid -> char(36), users' bigserial id -> bigint AUTO_INCREMENT,
-- :string -> varchar(255), :text -> text, :map and {:array, :map} -> json, :boolean -> tinyint(1),
-- :utc_datetime -> datetime, timestamps() (config: migration_timestamps type :utc_datetime_usec) -> datetime(6),
-- bytea -> blob, {:array, :bytea} -> json. Columns are in the order the migrations add them; foreign keys as
-- declared by references(); plain indexes left out, unique ones kept. Oban's job table (created by the
-- dependency's own migration) is left out.

CREATE TABLE `accounts` (
  `id` char(36) NOT NULL,
  `company_name` varchar(255) DEFAULT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `stripe_customer_id` varchar(255) DEFAULT NULL,
  `stripe_default_payment_method_id` varchar(255) DEFAULT NULL,
  `stripe_subscription_id` varchar(255) DEFAULT NULL,
  `stripe_product_id` varchar(255) DEFAULT NULL,
  `subscription_plan` varchar(255) DEFAULT 'starter',
  `time_zone` varchar(255) DEFAULT NULL,
  `working_hours` json DEFAULT NULL,
  `settings` json DEFAULT NULL,
  `company_logo_url` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `password_hash` varchar(255) DEFAULT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `account_id` char(36) NOT NULL,
  `email_alert_on_new_message` tinyint(1) DEFAULT 0,
  `email_confirmation_token` varchar(255) DEFAULT NULL,
  `email_confirmed_at` datetime DEFAULT NULL,
  `password_reset_token` varchar(255) DEFAULT NULL,
  `role` varchar(255) DEFAULT 'user',
  `disabled_at` datetime DEFAULT NULL,
  `archived_at` datetime DEFAULT NULL,
  `has_valid_email` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_index` (`email`),
  UNIQUE KEY `users_email_confirmation_token_index` (`email_confirmation_token`),
  UNIQUE KEY `users_password_reset_token_index` (`password_reset_token`),
  CONSTRAINT `users_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `companies` (
  `id` char(36) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `external_id` varchar(255) DEFAULT NULL,
  `website_url` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `logo_image_url` varchar(255) DEFAULT NULL,
  `industry` varchar(255) DEFAULT NULL,
  `slack_channel_id` varchar(255) DEFAULT NULL,
  `metadata` json DEFAULT NULL,
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `slack_channel_name` varchar(255) DEFAULT NULL,
  `slack_team_id` varchar(255) DEFAULT NULL,
  `slack_team_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `companies_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `customers` (
  `id` char(36) NOT NULL,
  `first_seen` date NOT NULL,
  `last_seen` date DEFAULT NULL,
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `phone` varchar(255) DEFAULT NULL,
  `external_id` varchar(255) DEFAULT NULL,
  `browser` varchar(255) DEFAULT NULL,
  `browser_version` varchar(255) DEFAULT NULL,
  `browser_language` varchar(255) DEFAULT NULL,
  `os` varchar(255) DEFAULT NULL,
  `ip` varchar(255) DEFAULT NULL,
  `last_seen_at` datetime DEFAULT NULL,
  `current_url` text DEFAULT NULL,
  `host` varchar(255) DEFAULT NULL,
  `pathname` text DEFAULT NULL,
  `screen_height` int DEFAULT NULL,
  `screen_width` int DEFAULT NULL,
  `lib` varchar(255) DEFAULT NULL,
  `metadata` json DEFAULT NULL,
  `time_zone` varchar(255) DEFAULT NULL,
  `company_id` char(36) DEFAULT NULL,
  `profile_photo_url` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `customers_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `customers_company_id_fkey` FOREIGN KEY (`company_id`) REFERENCES `companies` (`id`)
);

CREATE TABLE `inboxes` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `is_primary` tinyint(1) NOT NULL DEFAULT 0,
  `is_private` tinyint(1) NOT NULL DEFAULT 0,
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `inboxes_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `inbox_members` (
  `id` char(36) NOT NULL,
  `role` varchar(255) NOT NULL,
  `account_id` char(36) NOT NULL,
  `inbox_id` char(36) NOT NULL,
  `user_id` bigint NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `inbox_members_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `inbox_members_inbox_id_fkey` FOREIGN KEY (`inbox_id`) REFERENCES `inboxes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `inbox_members_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `conversations` (
  `id` char(36) NOT NULL,
  `status` varchar(255) DEFAULT 'open',
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `assignee_id` bigint DEFAULT NULL,
  `priority` varchar(255) DEFAULT 'not_priority',
  `read` tinyint(1) DEFAULT 0,
  `account_id` char(36) NOT NULL,
  `customer_id` char(36) DEFAULT NULL,
  `archived_at` datetime DEFAULT NULL,
  `closed_at` datetime DEFAULT NULL,
  `first_replied_at` datetime DEFAULT NULL,
  `source` varchar(255) DEFAULT 'chat',
  `metadata` json DEFAULT NULL,
  `last_activity_at` datetime DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `inbox_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `conversations_assignee_id_fkey` FOREIGN KEY (`assignee_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `conversations_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `conversations_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `conversations_inbox_id_fkey` FOREIGN KEY (`inbox_id`) REFERENCES `inboxes` (`id`) ON DELETE CASCADE
);

CREATE TABLE `messages` (
  `id` char(36) NOT NULL,
  `body` text DEFAULT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `conversation_id` char(36) DEFAULT NULL,
  `account_id` char(36) NOT NULL,
  `customer_id` char(36) DEFAULT NULL,
  `user_id` bigint DEFAULT NULL,
  `sent_at` datetime DEFAULT NULL,
  `seen_at` datetime DEFAULT NULL,
  `source` varchar(255) DEFAULT 'chat',
  `metadata` json DEFAULT NULL,
  `type` varchar(255) DEFAULT 'reply',
  `private` tinyint(1) DEFAULT 0,
  `subject` varchar(255) DEFAULT NULL,
  `content_type` varchar(255) DEFAULT 'text',
  PRIMARY KEY (`id`),
  CONSTRAINT `messages_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `messages_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `messages_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `messages_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `files` (
  `id` char(36) NOT NULL,
  `filename` varchar(255) NOT NULL,
  `file_url` varchar(255) NOT NULL,
  `content_type` varchar(255) NOT NULL,
  `unique_filename` varchar(255) DEFAULT NULL,
  `account_id` char(36) NOT NULL,
  `customer_id` char(36) DEFAULT NULL,
  `user_id` bigint DEFAULT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `files_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `files_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`),
  CONSTRAINT `files_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `message_files` (
  `id` char(36) NOT NULL,
  `message_id` char(36) NOT NULL,
  `file_id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `message_files_message_id_file_id_index` (`message_id`, `file_id`),
  CONSTRAINT `message_files_message_id_fkey` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`),
  CONSTRAINT `message_files_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `files` (`id`),
  CONSTRAINT `message_files_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `notes` (
  `id` char(36) NOT NULL,
  `body` text NOT NULL,
  `author_id` bigint NOT NULL,
  `account_id` char(36) NOT NULL,
  `customer_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `content_type` varchar(255) DEFAULT 'text',
  PRIMARY KEY (`id`),
  CONSTRAINT `notes_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notes_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notes_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mentions` (
  `id` char(36) NOT NULL,
  `seen_at` datetime DEFAULT NULL,
  `account_id` char(36) DEFAULT NULL,
  `conversation_id` char(36) DEFAULT NULL,
  `message_id` char(36) DEFAULT NULL,
  `user_id` bigint DEFAULT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mentions_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mentions_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mentions_message_id_fkey` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mentions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `user_profiles` (
  `id` char(36) NOT NULL,
  `full_name` varchar(255) DEFAULT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `profile_photo_url` varchar(255) DEFAULT NULL,
  `user_id` bigint NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `slack_user_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_profiles_user_id_index` (`user_id`),
  CONSTRAINT `user_profiles_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `user_settings` (
  `id` char(36) NOT NULL,
  `email_alert_on_new_message` tinyint(1) NOT NULL DEFAULT 0,
  `user_id` bigint NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `expo_push_token` varchar(255) DEFAULT NULL,
  `email_alert_on_new_conversation` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_settings_user_id_index` (`user_id`),
  CONSTRAINT `user_settings_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `user_invitations` (
  `id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `expires_at` datetime NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_invitations_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `personal_api_keys` (
  `id` char(36) NOT NULL,
  `label` varchar(255) DEFAULT NULL,
  `value` varchar(255) DEFAULT NULL,
  `last_used_at` datetime DEFAULT NULL,
  `user_id` bigint NOT NULL,
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_api_keys_value_index` (`value`),
  CONSTRAINT `personal_api_keys_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `personal_api_keys_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `pow_sessions` (
  `namespace` text DEFAULT NULL,
  `key` json DEFAULT NULL,
  `original_key` blob DEFAULT NULL,
  `value` blob DEFAULT NULL,
  `expires_at` datetime DEFAULT NULL,
  `inserted_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `tags` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `color` varchar(255) DEFAULT NULL,
  `account_id` char(36) DEFAULT NULL,
  `creator_id` bigint DEFAULT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tags_name_account_id_index` (`name`, `account_id`),
  CONSTRAINT `tags_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tags_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `conversation_tags` (
  `id` char(36) NOT NULL,
  `account_id` char(36) DEFAULT NULL,
  `conversation_id` char(36) DEFAULT NULL,
  `tag_id` char(36) DEFAULT NULL,
  `creator_id` bigint DEFAULT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `conversation_tags_account_id_conversation_id_tag_id_index` (`account_id`, `conversation_id`, `tag_id`),
  CONSTRAINT `conversation_tags_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `conversation_tags_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `conversation_tags_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE,
  CONSTRAINT `conversation_tags_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
);

CREATE TABLE `customer_tags` (
  `id` char(36) NOT NULL,
  `account_id` char(36) DEFAULT NULL,
  `customer_id` char(36) DEFAULT NULL,
  `tag_id` char(36) DEFAULT NULL,
  `creator_id` bigint DEFAULT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `customer_tags_account_id_customer_id_tag_id_index` (`account_id`, `customer_id`, `tag_id`),
  CONSTRAINT `customer_tags_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `customer_tags_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `customer_tags_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE,
  CONSTRAINT `customer_tags_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `browser_sessions` (
  `id` char(36) NOT NULL,
  `metadata` json DEFAULT NULL,
  `started_at` datetime DEFAULT NULL,
  `finished_at` datetime DEFAULT NULL,
  `account_id` char(36) DEFAULT NULL,
  `customer_id` char(36) DEFAULT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `browser_sessions_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `browser_sessions_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE
);

CREATE TABLE `browser_replay_events` (
  `id` char(36) NOT NULL,
  `timestamp` datetime(6) DEFAULT NULL,
  `event` json DEFAULT NULL,
  `account_id` char(36) DEFAULT NULL,
  `browser_session_id` char(36) DEFAULT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `browser_replay_events_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `browser_replay_events_browser_session_id_fkey` FOREIGN KEY (`browser_session_id`) REFERENCES `browser_sessions` (`id`) ON DELETE CASCADE
);

CREATE TABLE `widget_settings` (
  `id` char(36) NOT NULL,
  `title` varchar(255) DEFAULT NULL,
  `subtitle` varchar(255) DEFAULT NULL,
  `color` varchar(255) DEFAULT NULL,
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `greeting` varchar(255) DEFAULT NULL,
  `new_message_placeholder` varchar(255) DEFAULT NULL,
  `base_url` varchar(255) DEFAULT NULL,
  `last_seen_at` datetime DEFAULT NULL,
  `host` varchar(255) DEFAULT NULL,
  `pathname` text DEFAULT NULL,
  `show_agent_availability` tinyint(1) DEFAULT 0,
  `agent_available_text` varchar(255) DEFAULT NULL,
  `agent_unavailable_text` varchar(255) DEFAULT NULL,
  `require_email_upfront` tinyint(1) DEFAULT 0,
  `is_open_by_default` tinyint(1) DEFAULT 0,
  `icon_variant` varchar(255) DEFAULT 'outlined',
  `custom_icon_url` varchar(255) DEFAULT NULL,
  `iframe_url_override` varchar(255) DEFAULT NULL,
  `email_input_placeholder` varchar(255) DEFAULT NULL,
  `new_messages_notification_text` varchar(255) DEFAULT NULL,
  `is_branding_hidden` tinyint(1) DEFAULT 0,
  `away_message` text DEFAULT NULL,
  `inbox_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `widget_settings_account_id_inbox_id_index` (`account_id`, `inbox_id`),
  CONSTRAINT `widget_settings_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `widget_settings_inbox_id_fkey` FOREIGN KEY (`inbox_id`) REFERENCES `inboxes` (`id`) ON DELETE CASCADE
);

CREATE TABLE `canned_responses` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `content` text NOT NULL,
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `canned_responses_name_account_id_index` (`name`, `account_id`),
  CONSTRAINT `canned_responses_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `event_subscriptions` (
  `id` char(36) NOT NULL,
  `webhook_url` varchar(255) DEFAULT NULL,
  `verified` tinyint(1) NOT NULL DEFAULT 0,
  `scope` varchar(255) DEFAULT NULL,
  `account_id` char(36) DEFAULT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `event_subscriptions_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `forwarding_addresses` (
  `id` char(36) NOT NULL,
  `forwarding_email_address` varchar(255) NOT NULL,
  `source_email_address` varchar(255) DEFAULT NULL,
  `state` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `inbox_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `forwarding_addresses_forwarding_email_address_index` (`forwarding_email_address`),
  CONSTRAINT `forwarding_addresses_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `forwarding_addresses_inbox_id_fkey` FOREIGN KEY (`inbox_id`) REFERENCES `inboxes` (`id`) ON DELETE CASCADE
);

CREATE TABLE `slack_authorizations` (
  `id` char(36) NOT NULL,
  `access_token` varchar(255) NOT NULL,
  `app_id` varchar(255) DEFAULT NULL,
  `authed_user_id` varchar(255) DEFAULT NULL,
  `bot_user_id` varchar(255) DEFAULT NULL,
  `channel` varchar(255) DEFAULT NULL,
  `channel_id` varchar(255) DEFAULT NULL,
  `configuration_url` varchar(255) DEFAULT NULL,
  `webhook_url` varchar(255) DEFAULT NULL,
  `scope` varchar(255) DEFAULT NULL,
  `team_id` varchar(255) DEFAULT NULL,
  `team_name` varchar(255) DEFAULT NULL,
  `token_type` varchar(255) DEFAULT NULL,
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `type` varchar(255) DEFAULT 'reply',
  `metadata` json DEFAULT NULL,
  `settings` json DEFAULT NULL,
  `inbox_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `slack_authorizations_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `slack_authorizations_inbox_id_fkey` FOREIGN KEY (`inbox_id`) REFERENCES `inboxes` (`id`) ON DELETE CASCADE
);

CREATE TABLE `slack_conversation_threads` (
  `id` char(36) NOT NULL,
  `slack_channel` varchar(255) DEFAULT NULL,
  `slack_thread_ts` varchar(255) DEFAULT NULL,
  `conversation_id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `slack_team` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `slack_conversation_threads_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `slack_conversation_threads_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `google_authorizations` (
  `id` char(36) NOT NULL,
  `client` varchar(255) DEFAULT NULL,
  `access_token` varchar(255) DEFAULT NULL,
  `refresh_token` varchar(255) NOT NULL,
  `token_type` varchar(255) DEFAULT NULL,
  `expires_at` int DEFAULT NULL,
  `scope` varchar(255) DEFAULT NULL,
  `account_id` char(36) NOT NULL,
  `user_id` bigint NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `metadata` json DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `settings` json DEFAULT NULL,
  `inbox_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `google_authorizations_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `google_authorizations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `google_authorizations_inbox_id_fkey` FOREIGN KEY (`inbox_id`) REFERENCES `inboxes` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gmail_conversation_threads` (
  `id` char(36) NOT NULL,
  `gmail_thread_id` varchar(255) NOT NULL,
  `gmail_initial_subject` varchar(255) DEFAULT NULL,
  `last_gmail_message_id` varchar(255) DEFAULT NULL,
  `last_gmail_history_id` varchar(255) DEFAULT NULL,
  `last_synced_at` datetime DEFAULT NULL,
  `metadata` json DEFAULT NULL,
  `account_id` char(36) NOT NULL,
  `conversation_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `gmail_conversation_threads_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gmail_conversation_threads_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mattermost_authorizations` (
  `id` char(36) NOT NULL,
  `access_token` varchar(255) NOT NULL,
  `refresh_token` varchar(255) DEFAULT NULL,
  `bot_token` varchar(255) DEFAULT NULL,
  `verification_token` varchar(255) DEFAULT NULL,
  `mattermost_url` varchar(255) DEFAULT NULL,
  `channel_id` varchar(255) DEFAULT NULL,
  `channel_name` varchar(255) DEFAULT NULL,
  `team_id` varchar(255) DEFAULT NULL,
  `team_domain` varchar(255) DEFAULT NULL,
  `webhook_url` varchar(255) DEFAULT NULL,
  `scope` varchar(255) DEFAULT NULL,
  `metadata` json DEFAULT NULL,
  `account_id` char(36) NOT NULL,
  `user_id` bigint NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `settings` json DEFAULT NULL,
  `inbox_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mattermost_authorizations_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mattermost_authorizations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `mattermost_authorizations_inbox_id_fkey` FOREIGN KEY (`inbox_id`) REFERENCES `inboxes` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mattermost_conversation_threads` (
  `id` char(36) NOT NULL,
  `mattermost_channel_id` varchar(255) DEFAULT NULL,
  `mattermost_post_root_id` varchar(255) DEFAULT NULL,
  `account_id` char(36) NOT NULL,
  `conversation_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mattermost_conversation_threads_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mattermost_conversation_threads_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE
);

CREATE TABLE `twilio_authorizations` (
  `id` char(36) NOT NULL,
  `twilio_auth_token` varchar(255) NOT NULL,
  `twilio_account_sid` varchar(255) NOT NULL,
  `from_phone_number` varchar(255) NOT NULL,
  `metadata` json DEFAULT NULL,
  `account_id` char(36) NOT NULL,
  `user_id` bigint NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `settings` json DEFAULT NULL,
  `inbox_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `twilio_authorizations_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `twilio_authorizations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `twilio_authorizations_inbox_id_fkey` FOREIGN KEY (`inbox_id`) REFERENCES `inboxes` (`id`) ON DELETE CASCADE
);

CREATE TABLE `github_authorizations` (
  `id` char(36) NOT NULL,
  `access_token` varchar(255) DEFAULT NULL,
  `access_token_expires_at` datetime DEFAULT NULL,
  `refresh_token` varchar(255) DEFAULT NULL,
  `refresh_token_expires_at` datetime DEFAULT NULL,
  `token_type` varchar(255) DEFAULT NULL,
  `scope` varchar(255) DEFAULT NULL,
  `github_installation_id` varchar(255) DEFAULT NULL,
  `metadata` json DEFAULT NULL,
  `account_id` char(36) NOT NULL,
  `user_id` bigint NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `settings` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `github_authorizations_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `github_authorizations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `hubspot_authorizations` (
  `id` char(36) NOT NULL,
  `access_token` varchar(255) NOT NULL,
  `refresh_token` varchar(255) NOT NULL,
  `expires_at` datetime DEFAULT NULL,
  `token_type` varchar(255) DEFAULT NULL,
  `hubspot_app_id` int DEFAULT NULL,
  `hubspot_portal_id` int DEFAULT NULL,
  `scope` varchar(255) DEFAULT NULL,
  `metadata` json DEFAULT NULL,
  `user_id` bigint DEFAULT NULL,
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `hubspot_authorizations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `hubspot_authorizations_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `intercom_authorizations` (
  `id` char(36) NOT NULL,
  `access_token` varchar(255) NOT NULL,
  `token_type` varchar(255) DEFAULT NULL,
  `scope` varchar(255) DEFAULT NULL,
  `metadata` json DEFAULT NULL,
  `user_id` bigint DEFAULT NULL,
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `intercom_authorizations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `intercom_authorizations_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `issues` (
  `id` char(36) NOT NULL,
  `title` varchar(255) NOT NULL,
  `body` text DEFAULT NULL,
  `state` varchar(255) NOT NULL DEFAULT 'unstarted',
  `github_issue_url` varchar(255) DEFAULT NULL,
  `finished_at` datetime DEFAULT NULL,
  `closed_at` datetime DEFAULT NULL,
  `metadata` json DEFAULT NULL,
  `account_id` char(36) DEFAULT NULL,
  `creator_id` bigint DEFAULT NULL,
  `assignee_id` bigint DEFAULT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `issues_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `issues_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `issues_assignee_id_fkey` FOREIGN KEY (`assignee_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `conversation_issues` (
  `id` char(36) NOT NULL,
  `account_id` char(36) DEFAULT NULL,
  `conversation_id` char(36) DEFAULT NULL,
  `issue_id` char(36) DEFAULT NULL,
  `creator_id` bigint DEFAULT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `conversation_issues_account_id_conversation_id_issue_id_index` (`account_id`, `conversation_id`, `issue_id`),
  CONSTRAINT `conversation_issues_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `conversation_issues_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `conversation_issues_issue_id_fkey` FOREIGN KEY (`issue_id`) REFERENCES `issues` (`id`) ON DELETE CASCADE,
  CONSTRAINT `conversation_issues_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `customer_issues` (
  `id` char(36) NOT NULL,
  `account_id` char(36) DEFAULT NULL,
  `customer_id` char(36) DEFAULT NULL,
  `issue_id` char(36) DEFAULT NULL,
  `creator_id` bigint DEFAULT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `customer_issues_account_id_customer_id_issue_id_index` (`account_id`, `customer_id`, `issue_id`),
  CONSTRAINT `customer_issues_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `customer_issues_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE,
  CONSTRAINT `customer_issues_issue_id_fkey` FOREIGN KEY (`issue_id`) REFERENCES `issues` (`id`) ON DELETE CASCADE,
  CONSTRAINT `customer_issues_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `lambdas` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `code` text DEFAULT NULL,
  `language` varchar(255) DEFAULT NULL,
  `runtime` varchar(255) DEFAULT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'pending',
  `last_deployed_at` datetime DEFAULT NULL,
  `last_executed_at` datetime DEFAULT NULL,
  `lambda_function_name` varchar(255) DEFAULT NULL,
  `lambda_function_handler` varchar(255) DEFAULT NULL,
  `lambda_revision_id` varchar(255) DEFAULT NULL,
  `lambda_last_update_status` varchar(255) DEFAULT NULL,
  `metadata` json DEFAULT NULL,
  `account_id` char(36) DEFAULT NULL,
  `creator_id` bigint DEFAULT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `lambdas_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `lambdas_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`)
);

-- Chatwoot (customer-support inbox: contacts, conversations, messages, agents), trimmed from
-- github.com/chatwoot/chatwoot db/schema.rb (MIT), Rails schema written as SQL: string -> varchar(255),
-- Postgres arrays -> text, each table's implicit `id` primary key spelled out, only upstream's foreign keys.
-- `accounts` are the tenants (companies using the installation), not people.

CREATE TABLE `accounts` (
  `id` int NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `locale` int DEFAULT 0,
  `domain` varchar(100),
  `support_email` varchar(100),
  `feature_flags` bigint NOT NULL DEFAULT 0,
  `auto_resolve_duration` int,
  `limits` jsonb,
  `custom_attributes` jsonb,
  `status` int DEFAULT 0,
  `internal_attributes` jsonb NOT NULL,
  `settings` jsonb
);

CREATE TABLE `account_users` (
  `id` bigint NOT NULL PRIMARY KEY,
  `account_id` bigint,
  `user_id` bigint,
  `role` int DEFAULT 0,
  `inviter_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `active_at` datetime,
  `availability` int NOT NULL DEFAULT 0,
  `auto_offline` boolean NOT NULL DEFAULT true,
  `custom_role_id` bigint,
  `agent_capacity_policy_id` bigint
);

CREATE TABLE `access_tokens` (
  `id` bigint NOT NULL PRIMARY KEY,
  `owner_type` varchar(255),
  `owner_id` bigint,
  `token` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `contacts` (
  `id` int NOT NULL PRIMARY KEY,
  `name` varchar(255) DEFAULT '',
  `email` varchar(255),
  `phone_number` varchar(255),
  `account_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `additional_attributes` jsonb,
  `identifier` varchar(255),
  `custom_attributes` jsonb,
  `last_activity_at` datetime,
  `contact_type` int DEFAULT 0,
  `middle_name` varchar(255) DEFAULT '',
  `last_name` varchar(255) DEFAULT '',
  `location` varchar(255) DEFAULT '',
  `country_code` varchar(255) DEFAULT '',
  `blocked` boolean NOT NULL DEFAULT false
);

CREATE TABLE `contact_inboxes` (
  `id` bigint NOT NULL PRIMARY KEY,
  `contact_id` bigint,
  `inbox_id` bigint,
  `source_id` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `hmac_verified` boolean DEFAULT false,
  `pubsub_token` varchar(255)
);

CREATE TABLE `conversations` (
  `id` int NOT NULL PRIMARY KEY,
  `account_id` int NOT NULL,
  `inbox_id` int NOT NULL,
  `status` int NOT NULL DEFAULT 0,
  `assignee_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `contact_id` bigint,
  `display_id` int NOT NULL,
  `contact_last_seen_at` datetime,
  `agent_last_seen_at` datetime,
  `additional_attributes` jsonb,
  `contact_inbox_id` bigint,
  `uuid` varchar(36) NOT NULL,
  `identifier` varchar(255),
  `last_activity_at` datetime NOT NULL,
  `team_id` bigint,
  `campaign_id` bigint,
  `snoozed_until` datetime,
  `custom_attributes` jsonb,
  `assignee_last_seen_at` datetime,
  `first_reply_created_at` datetime,
  `priority` int,
  `sla_policy_id` bigint,
  `waiting_since` datetime,
  `cached_label_list` text
);

CREATE TABLE `messages` (
  `id` int NOT NULL PRIMARY KEY,
  `content` text,
  `account_id` int NOT NULL,
  `inbox_id` int NOT NULL,
  `conversation_id` int NOT NULL,
  `message_type` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `private` boolean NOT NULL DEFAULT false,
  `status` int DEFAULT 0,
  `source_id` varchar(255),
  `content_type` int NOT NULL DEFAULT 0,
  `content_attributes` json,
  `sender_type` varchar(255),
  `sender_id` bigint,
  `external_source_ids` jsonb,
  `additional_attributes` jsonb,
  `processed_message_content` text,
  `sentiment` jsonb
);

CREATE TABLE `attachments` (
  `id` int NOT NULL PRIMARY KEY,
  `file_type` int DEFAULT 0,
  `external_url` varchar(255),
  `coordinates_lat` float DEFAULT 0.0,
  `coordinates_long` float DEFAULT 0.0,
  `message_id` int NOT NULL,
  `account_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `fallback_title` varchar(255),
  `extension` varchar(255),
  `meta` jsonb
);

CREATE TABLE `notes` (
  `id` bigint NOT NULL PRIMARY KEY,
  `content` text NOT NULL,
  `account_id` bigint NOT NULL,
  `contact_id` bigint NOT NULL,
  `user_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `csat_survey_responses` (
  `id` bigint NOT NULL PRIMARY KEY,
  `account_id` bigint NOT NULL,
  `conversation_id` bigint NOT NULL,
  `message_id` bigint NOT NULL,
  `rating` int NOT NULL,
  `feedback_message` text,
  `contact_id` bigint NOT NULL,
  `assigned_agent_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `users` (
  `id` int NOT NULL PRIMARY KEY,
  `provider` varchar(255) NOT NULL DEFAULT 'email',
  `uid` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `sign_in_count` int NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `current_sign_in_ip` varchar(255),
  `last_sign_in_ip` varchar(255),
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  `name` varchar(255) NOT NULL,
  `display_name` varchar(255),
  `email` varchar(255),
  `tokens` json,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `pubsub_token` varchar(255),
  `availability` int DEFAULT 0,
  `ui_settings` jsonb,
  `custom_attributes` jsonb,
  `type` varchar(255),
  `message_signature` text
);

CREATE TABLE `inboxes` (
  `id` int NOT NULL PRIMARY KEY,
  `channel_id` int NOT NULL,
  `account_id` int NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `channel_type` varchar(255),
  `enable_auto_assignment` boolean DEFAULT true,
  `greeting_enabled` boolean DEFAULT false,
  `greeting_message` varchar(255),
  `email_address` varchar(255),
  `working_hours_enabled` boolean DEFAULT false,
  `out_of_office_message` varchar(255),
  `timezone` varchar(255) DEFAULT 'UTC',
  `enable_email_collect` boolean DEFAULT true,
  `csat_survey_enabled` boolean DEFAULT false,
  `allow_messages_after_resolved` boolean DEFAULT true,
  `auto_assignment_config` jsonb,
  `lock_to_single_conversation` boolean NOT NULL DEFAULT false,
  `portal_id` bigint,
  `sender_name_type` int NOT NULL DEFAULT 0,
  `business_name` varchar(255),
  `csat_config` jsonb NOT NULL
);

CREATE TABLE `channel_email` (
  `id` bigint NOT NULL PRIMARY KEY,
  `account_id` int NOT NULL,
  `email` varchar(255) NOT NULL,
  `forward_to_email` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `imap_enabled` boolean DEFAULT false,
  `imap_address` varchar(255) DEFAULT '',
  `imap_port` int DEFAULT 0,
  `imap_login` varchar(255) DEFAULT '',
  `imap_password` varchar(255) DEFAULT '',
  `imap_enable_ssl` boolean DEFAULT true,
  `smtp_enabled` boolean DEFAULT false,
  `smtp_address` varchar(255) DEFAULT '',
  `smtp_port` int DEFAULT 0,
  `smtp_login` varchar(255) DEFAULT '',
  `smtp_password` varchar(255) DEFAULT '',
  `smtp_domain` varchar(255) DEFAULT '',
  `smtp_enable_starttls_auto` boolean DEFAULT true,
  `smtp_authentication` varchar(255) DEFAULT 'login',
  `smtp_openssl_verify_mode` varchar(255) DEFAULT 'none',
  `smtp_enable_ssl_tls` boolean DEFAULT false,
  `provider_config` jsonb,
  `provider` varchar(255)
);

CREATE TABLE `channel_twilio_sms` (
  `id` bigint NOT NULL PRIMARY KEY,
  `phone_number` varchar(255),
  `auth_token` varchar(255) NOT NULL,
  `account_sid` varchar(255) NOT NULL,
  `account_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `medium` int DEFAULT 0,
  `messaging_service_sid` varchar(255),
  `api_key_sid` varchar(255)
);

CREATE TABLE `audits` (
  `id` bigint NOT NULL PRIMARY KEY,
  `auditable_id` bigint,
  `auditable_type` varchar(255),
  `associated_id` bigint,
  `associated_type` varchar(255),
  `user_id` bigint,
  `user_type` varchar(255),
  `username` varchar(255),
  `action` varchar(255),
  `audited_changes` jsonb,
  `version` int DEFAULT 0,
  `comment` varchar(255),
  `remote_address` varchar(255),
  `request_uuid` varchar(255),
  `created_at` datetime
);

CREATE TABLE `campaign_messages` (
  `id` bigint NOT NULL PRIMARY KEY,
  `campaign_id` bigint NOT NULL,
  `contact_id` int NOT NULL,
  `message_id` varchar(255),
  `status` varchar(255) NOT NULL DEFAULT 'pending',
  `error_code` varchar(255),
  `error_description` text,
  `sent_at` datetime,
  `delivered_at` datetime,
  `read_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`)
);

CREATE TABLE `labels` (
  `id` bigint NOT NULL PRIMARY KEY,
  `title` varchar(255),
  `description` text,
  `color` varchar(255) NOT NULL DEFAULT '#1f93ff',
  `show_on_sidebar` boolean,
  `account_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `teams` (
  `id` bigint NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `description` text,
  `allow_auto_assign` boolean DEFAULT true,
  `account_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `working_hours` (
  `id` bigint NOT NULL PRIMARY KEY,
  `inbox_id` bigint,
  `account_id` bigint,
  `day_of_week` int NOT NULL,
  `closed_all_day` boolean DEFAULT false,
  `open_hour` int,
  `open_minutes` int,
  `close_hour` int,
  `close_minutes` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `open_all_day` boolean DEFAULT false
);

CREATE TABLE `webhooks` (
  `id` bigint NOT NULL PRIMARY KEY,
  `account_id` int,
  `inbox_id` int,
  `url` varchar(255),
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `webhook_type` int DEFAULT 0,
  `subscriptions` jsonb
);

CREATE TABLE `canned_responses` (
  `id` int NOT NULL PRIMARY KEY,
  `account_id` int NOT NULL,
  `short_code` varchar(255),
  `content` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `installation_configs` (
  `id` bigint NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `serialized_value` jsonb NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `locked` boolean NOT NULL DEFAULT true
);

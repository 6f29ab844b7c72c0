-- Mastodon (social network: accounts, users, posts, moderation), trimmed from github.com/mastodon/mastodon
-- db/schema.rb (AGPL-3.0), Rails schema written as SQL: string -> varchar(255), Postgres arrays -> text,
-- each table's implicit bigint `id` primary key spelled out. Column names and order as upstream.

CREATE TABLE `accounts` (
  `id` bigint NOT NULL PRIMARY KEY,
  `username` varchar(255) NOT NULL DEFAULT '',
  `domain` varchar(255),
  `private_key` text,
  `public_key` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `note` text NOT NULL,
  `display_name` varchar(255) NOT NULL DEFAULT '',
  `uri` varchar(255) NOT NULL DEFAULT '',
  `url` varchar(255),
  `avatar_file_name` varchar(255),
  `avatar_content_type` varchar(255),
  `avatar_file_size` int,
  `avatar_updated_at` datetime,
  `header_file_name` varchar(255),
  `header_content_type` varchar(255),
  `header_file_size` int,
  `header_updated_at` datetime,
  `avatar_remote_url` varchar(255),
  `locked` boolean NOT NULL DEFAULT false,
  `header_remote_url` varchar(255) NOT NULL DEFAULT '',
  `last_webfingered_at` datetime,
  `inbox_url` varchar(255) NOT NULL DEFAULT '',
  `outbox_url` varchar(255) NOT NULL DEFAULT '',
  `shared_inbox_url` varchar(255) NOT NULL DEFAULT '',
  `followers_url` varchar(255) NOT NULL DEFAULT '',
  `protocol` int NOT NULL DEFAULT 0,
  `memorial` boolean NOT NULL DEFAULT false,
  `moved_to_account_id` bigint,
  `featured_collection_url` varchar(255),
  `fields` jsonb,
  `actor_type` varchar(255),
  `discoverable` boolean,
  `also_known_as` text,
  `silenced_at` datetime,
  `suspended_at` datetime,
  `hide_collections` boolean,
  `avatar_storage_schema_version` int,
  `header_storage_schema_version` int,
  `sensitized_at` datetime,
  `suspension_origin` int,
  `trendable` boolean,
  `reviewed_at` datetime,
  `requested_review_at` datetime,
  `indexable` boolean NOT NULL DEFAULT false,
  `attribution_domains` text,
  `following_url` varchar(255) NOT NULL DEFAULT '',
  `id_scheme` int DEFAULT 1,
  `feature_approval_policy` int NOT NULL DEFAULT 0
);

CREATE TABLE `users` (
  `id` bigint NOT NULL PRIMARY KEY,
  `email` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `encrypted_password` varchar(255) NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `sign_in_count` int NOT NULL DEFAULT 0,
  `current_sign_in_at` datetime,
  `last_sign_in_at` datetime,
  `confirmation_token` varchar(255),
  `confirmed_at` datetime,
  `confirmation_sent_at` datetime,
  `unconfirmed_email` varchar(255),
  `locale` varchar(255),
  `consumed_timestep` int,
  `otp_required_for_login` boolean NOT NULL DEFAULT false,
  `last_emailed_at` datetime,
  `otp_backup_codes` text,
  `account_id` bigint NOT NULL,
  `disabled` boolean NOT NULL DEFAULT false,
  `invite_id` bigint,
  `chosen_languages` text,
  `created_by_application_id` bigint,
  `approved` boolean NOT NULL DEFAULT true,
  `sign_in_token` varchar(255),
  `sign_in_token_sent_at` datetime,
  `webauthn_id` varchar(255),
  `sign_up_ip` inet,
  `skip_sign_in_token` boolean,
  `role_id` bigint,
  `settings` text,
  `time_zone` varchar(255),
  `otp_secret` varchar(255),
  `age_verified_at` datetime,
  `require_tos_interstitial` boolean NOT NULL DEFAULT false,
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `login_activities` (
  `id` bigint NOT NULL PRIMARY KEY,
  `user_id` bigint NOT NULL,
  `authentication_method` varchar(255),
  `provider` varchar(255),
  `success` boolean,
  `failure_reason` varchar(255),
  `ip` inet,
  `user_agent` varchar(255),
  `created_at` datetime,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `session_activations` (
  `id` bigint NOT NULL PRIMARY KEY,
  `session_id` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_agent` varchar(255) NOT NULL DEFAULT '',
  `ip` inet,
  `access_token_id` bigint,
  `user_id` bigint NOT NULL,
  `web_push_subscription_id` bigint,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `oauth_applications` (
  `id` bigint NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `redirect_uri` text NOT NULL,
  `scopes` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime,
  `updated_at` datetime,
  `superapp` boolean NOT NULL DEFAULT false,
  `website` varchar(255),
  `owner_type` varchar(255),
  `owner_id` bigint,
  `confidential` boolean NOT NULL DEFAULT true,
  FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `oauth_access_tokens` (
  `id` bigint NOT NULL PRIMARY KEY,
  `token` varchar(255) NOT NULL,
  `refresh_token` varchar(255),
  `expires_in` int,
  `revoked_at` datetime,
  `created_at` datetime NOT NULL,
  `scopes` varchar(255),
  `application_id` bigint,
  `resource_owner_id` bigint,
  `last_used_at` datetime,
  `last_used_ip` inet,
  FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`),
  FOREIGN KEY (`resource_owner_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `web_push_subscriptions` (
  `id` bigint NOT NULL PRIMARY KEY,
  `endpoint` varchar(255) NOT NULL,
  `key_p256dh` varchar(255) NOT NULL,
  `key_auth` varchar(255) NOT NULL,
  `data` json,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `access_token_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `standard` boolean NOT NULL DEFAULT false,
  FOREIGN KEY (`access_token_id`) REFERENCES `oauth_access_tokens` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `webauthn_credentials` (
  `id` bigint NOT NULL PRIMARY KEY,
  `external_id` varchar(255) NOT NULL,
  `public_key` varchar(255) NOT NULL,
  `nickname` varchar(255) NOT NULL,
  `sign_count` bigint NOT NULL DEFAULT 0,
  `user_id` bigint,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `statuses` (
  `id` bigint NOT NULL PRIMARY KEY,
  `uri` varchar(255),
  `text` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `in_reply_to_id` bigint,
  `reblog_of_id` bigint,
  `url` varchar(255),
  `sensitive` boolean NOT NULL DEFAULT false,
  `visibility` int NOT NULL DEFAULT 0,
  `spoiler_text` text NOT NULL,
  `reply` boolean NOT NULL DEFAULT false,
  `language` varchar(255),
  `conversation_id` bigint,
  `local` boolean,
  `account_id` bigint NOT NULL,
  `application_id` bigint,
  `in_reply_to_account_id` bigint,
  `poll_id` bigint,
  `deleted_at` datetime,
  `edited_at` datetime,
  `trendable` boolean,
  `ordered_media_attachment_ids` text,
  `fetched_replies_at` datetime,
  `quote_approval_policy` int NOT NULL DEFAULT 0,
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`in_reply_to_account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`in_reply_to_id`) REFERENCES `statuses` (`id`),
  FOREIGN KEY (`reblog_of_id`) REFERENCES `statuses` (`id`)
);

CREATE TABLE `reports` (
  `id` bigint NOT NULL PRIMARY KEY,
  `status_ids` text NOT NULL,
  `comment` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `account_id` bigint NOT NULL,
  `action_taken_by_account_id` bigint,
  `target_account_id` bigint NOT NULL,
  `assigned_account_id` bigint,
  `uri` varchar(255),
  `forwarded` boolean,
  `category` int NOT NULL DEFAULT 0,
  `action_taken_at` datetime,
  `rule_ids` text,
  `application_id` bigint,
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`action_taken_by_account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`target_account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`assigned_account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `report_notes` (
  `id` bigint NOT NULL PRIMARY KEY,
  `content` text NOT NULL,
  `report_id` bigint NOT NULL,
  `account_id` bigint NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  FOREIGN KEY (`report_id`) REFERENCES `reports` (`id`),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `notifications` (
  `id` bigint NOT NULL PRIMARY KEY,
  `activity_id` bigint NOT NULL,
  `activity_type` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `account_id` bigint NOT NULL,
  `from_account_id` bigint NOT NULL,
  `type` varchar(255),
  `filtered` boolean NOT NULL DEFAULT false,
  `group_key` varchar(255),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  FOREIGN KEY (`from_account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `poll_votes` (
  `id` bigint NOT NULL PRIMARY KEY,
  `account_id` bigint NOT NULL,
  `poll_id` bigint NOT NULL,
  `choice` int NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `uri` varchar(255),
  FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `user_invite_requests` (
  `id` bigint NOT NULL PRIMARY KEY,
  `user_id` bigint NOT NULL,
  `text` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `settings` (
  `id` bigint NOT NULL PRIMARY KEY,
  `var` varchar(255) NOT NULL,
  `value` text,
  `created_at` datetime,
  `updated_at` datetime
);

CREATE TABLE `rules` (
  `id` bigint NOT NULL PRIMARY KEY,
  `priority` int NOT NULL DEFAULT 0,
  `deleted_at` datetime,
  `text` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `hint` text NOT NULL
);

CREATE TABLE `software_updates` (
  `id` bigint NOT NULL PRIMARY KEY,
  `version` varchar(255) NOT NULL,
  `urgent` boolean NOT NULL DEFAULT false,
  `type` int NOT NULL DEFAULT 0,
  `release_notes` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `webhooks` (
  `id` bigint NOT NULL PRIMARY KEY,
  `url` varchar(255) NOT NULL,
  `events` text NOT NULL,
  `secret` varchar(255) NOT NULL DEFAULT '',
  `enabled` boolean NOT NULL DEFAULT true,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `template` text
);

CREATE TABLE `tags` (
  `id` bigint NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `usable` boolean,
  `trendable` boolean,
  `listable` boolean,
  `reviewed_at` datetime,
  `requested_review_at` datetime,
  `last_status_at` datetime,
  `max_score` float,
  `max_score_at` datetime,
  `display_name` varchar(255)
);

CREATE TABLE `user_roles` (
  `id` bigint NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL DEFAULT '',
  `color` varchar(255) NOT NULL DEFAULT '',
  `position` int NOT NULL DEFAULT 0,
  `permissions` bigint NOT NULL DEFAULT 0,
  `highlighted` boolean NOT NULL DEFAULT false,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `site_uploads` (
  `id` bigint NOT NULL PRIMARY KEY,
  `var` varchar(255) NOT NULL DEFAULT '',
  `file_file_name` varchar(255),
  `file_content_type` varchar(255),
  `file_file_size` int,
  `file_updated_at` datetime,
  `meta` json,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `blurhash` varchar(255)
);

CREATE TABLE `unavailable_domains` (
  `id` bigint NOT NULL PRIMARY KEY,
  `domain` varchar(255) NOT NULL DEFAULT '',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL
);

CREATE TABLE `status_stats` (
  `id` bigint NOT NULL PRIMARY KEY,
  `status_id` bigint NOT NULL,
  `replies_count` bigint NOT NULL DEFAULT 0,
  `reblogs_count` bigint NOT NULL DEFAULT 0,
  `favourites_count` bigint NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `untrusted_favourites_count` bigint,
  `untrusted_reblogs_count` bigint,
  `quotes_count` bigint NOT NULL DEFAULT 0
);

CREATE TABLE `tag_trends` (
  `id` bigint NOT NULL PRIMARY KEY,
  `tag_id` bigint NOT NULL,
  `score` float NOT NULL DEFAULT 0.0,
  `rank` int NOT NULL DEFAULT 0,
  `allowed` boolean NOT NULL DEFAULT false,
  `language` varchar(255) NOT NULL DEFAULT ''
);

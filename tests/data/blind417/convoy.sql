-- Convoy (Frain Technologies; open-source webhooks gateway for sending and receiving webhooks: users,
-- organisations, members and invites, projects and their configuration, endpoints, sources and their verifiers,
-- subscriptions, events, event deliveries and delivery attempts, meta events, portal links, CLI devices, API
-- keys, jobs, instance configuration, rate-limit token buckets)
-- Upstream: github.com/frain-dev/convoy, commit 0a4b8fd35dd0a911a16153efc8c6fea1f0245962 (2024-08-23, the last
-- commit under MPL-2.0; the next commit, 6e14b5da, moved the project to the Elastic License 2.0).
-- Source: the 33 sql-migrate files sql/*.sql (the "-- +migrate Up" parts, in numeric file order, as
-- internal/pkg/migrator applies them) were replayed into PostgreSQL 15 (schema convoy), and every table was
-- written out here as MySQL/MariaDB DDL from the PostgreSQL catalogue. Column order is the order the migrations
-- leave (pg attnum). Nothing is left out but sql-migrate's own log table (gorp_migrations).
-- Type mapping: varchar / text -> varchar(255) where part of a key (upstream widened the VARCHAR(26) ids to
-- unbounded VARCHAR in 1692024707.sql), else text; char(26) kept; timestamptz -> datetime(6); jsonb/json -> json;
-- bytea -> longblob; tsvector -> longtext; numeric -> decimal(65,30); boolean -> tinyint(1); text[] arrays
-- (`endpoints`) are declared TEXT upstream and stay text. Defaults: CURRENT_TIMESTAMP -> CURRENT_TIMESTAMP(6),
-- constants kept. Primary keys, UNIQUE constraints, foreign keys (with their ON DELETE actions) and plain btree
-- indexes as upstream, with upstream's names; UNIQUE NULLS NOT DISTINCT is written as a plain UNIQUE KEY;
-- partial and expression indexes and the GIN indexes (filter_config_event_types, search_token) are left out, as
-- are CHECK constraints and triggers.

CREATE TABLE `users` (
  `id` varchar(255) NOT NULL,
  `first_name` text NOT NULL,
  `last_name` text NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` text NOT NULL,
  `email_verified` tinyint(1) NOT NULL,
  `reset_password_token` text,
  `email_verification_token` text,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  `reset_password_expires_at` datetime(6),
  `email_verification_expires_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_key` (`email`, `deleted_at`)
);

CREATE TABLE `organisations` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `owner_id` varchar(255) NOT NULL,
  `custom_domain` varchar(255),
  `assigned_domain` varchar(255),
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `organisations_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `project_configurations` (
  `id` varchar(255) NOT NULL,
  `max_payload_read_size` int NOT NULL,
  `replay_attacks_prevention_enabled` tinyint(1) NOT NULL,
  `ratelimit_count` int NOT NULL,
  `ratelimit_duration` int NOT NULL,
  `strategy_type` text NOT NULL,
  `strategy_duration` int NOT NULL,
  `strategy_retry_count` int NOT NULL,
  `signature_header` text NOT NULL,
  `signature_versions` json NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  `disable_endpoint` tinyint(1) NOT NULL DEFAULT 0,
  `meta_events_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `meta_events_type` text,
  `meta_events_event_type` text,
  `meta_events_url` text,
  `meta_events_secret` text,
  `meta_events_pub_sub` json,
  `search_policy` text DEFAULT '720h',
  `multiple_endpoint_subscriptions` tinyint(1) NOT NULL DEFAULT 0,
  `ssl_enforce_secure_endpoints` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `projects` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `type` text NOT NULL,
  `logo_url` text,
  `retained_events` int DEFAULT 0,
  `organisation_id` varchar(255) NOT NULL,
  `project_configuration_id` char(26) NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `name_org_id_key` (`name`, `organisation_id`, `deleted_at`),
  CONSTRAINT `projects_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisations` (`id`),
  CONSTRAINT `projects_project_configuration_id_fkey` FOREIGN KEY (`project_configuration_id`) REFERENCES `project_configurations` (`id`)
);

CREATE TABLE `endpoints` (
  `id` varchar(255) NOT NULL,
  `status` text NOT NULL,
  `owner_id` varchar(255),
  `description` text,
  `rate_limit` int NOT NULL,
  `advanced_signatures` tinyint(1) NOT NULL,
  `slack_webhook_url` text,
  `support_email` text,
  `app_id` varchar(255),
  `project_id` varchar(255) NOT NULL,
  `authentication_type` text,
  `authentication_type_api_key_header_name` text,
  `authentication_type_api_key_header_value` text,
  `secrets` json NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  `http_timeout` int NOT NULL,
  `rate_limit_duration` int NOT NULL,
  `name` text NOT NULL,
  `url` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_endpoints_app_id_key` (`app_id`),
  KEY `idx_endpoints_owner_id_key` (`owner_id`),
  KEY `idx_endpoints_project_id_key` (`project_id`),
  CONSTRAINT `endpoints_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
);

CREATE TABLE `organisation_members` (
  `id` varchar(255) NOT NULL,
  `role_type` text NOT NULL,
  `role_project` varchar(255),
  `role_endpoint` varchar(255),
  `user_id` varchar(255) NOT NULL,
  `organisation_id` varchar(255) NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `organisation_members_user_id_org_id_key` (`organisation_id`, `user_id`, `deleted_at`),
  KEY `idx_organisation_members_deleted_at_key` (`deleted_at`),
  KEY `idx_organisation_members_organisation_id_key` (`organisation_id`),
  KEY `idx_organisation_members_user_id_key` (`user_id`),
  CONSTRAINT `organisation_members_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisations` (`id`),
  CONSTRAINT `organisation_members_role_endpoint_fkey` FOREIGN KEY (`role_endpoint`) REFERENCES `endpoints` (`id`),
  CONSTRAINT `organisation_members_role_project_fkey` FOREIGN KEY (`role_project`) REFERENCES `projects` (`id`),
  CONSTRAINT `organisation_members_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `applications` (
  `id` varchar(255) NOT NULL,
  `project_id` varchar(255) NOT NULL,
  `title` text NOT NULL,
  `support_email` text,
  `slack_webhook_url` text,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `applications_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
);

CREATE TABLE `organisation_invites` (
  `id` varchar(255) NOT NULL,
  `organisation_id` varchar(255) NOT NULL,
  `invitee_email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `role_type` text NOT NULL,
  `role_project` varchar(255),
  `role_endpoint` varchar(255),
  `status` text NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `expires_at` datetime(6) NOT NULL,
  `deleted_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `organisation_invites_token_key` (`token`, `deleted_at`),
  KEY `idx_organisation_invites_token_key` (`token`),
  UNIQUE KEY `organisation_invites_invitee_email` (`organisation_id`, `invitee_email`, `deleted_at`),
  CONSTRAINT `organisation_invites_organisation_id_fkey` FOREIGN KEY (`organisation_id`) REFERENCES `organisations` (`id`),
  CONSTRAINT `organisation_invites_role_endpoint_fkey` FOREIGN KEY (`role_endpoint`) REFERENCES `endpoints` (`id`),
  CONSTRAINT `organisation_invites_role_project_fkey` FOREIGN KEY (`role_project`) REFERENCES `projects` (`id`)
);

CREATE TABLE `portal_links` (
  `id` varchar(255) NOT NULL,
  `project_id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `token` varchar(255) NOT NULL,
  `endpoints` text,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  `owner_id` varchar(255),
  `can_manage_endpoint` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `portal_links_token` (`token`, `deleted_at`),
  KEY `idx_portal_links_owner_id_key` (`owner_id`),
  KEY `idx_portal_links_project_id` (`project_id`),
  KEY `idx_portal_links_token` (`token`),
  CONSTRAINT `portal_links_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
);

CREATE TABLE `portal_links_endpoints` (
  `portal_link_id` varchar(255) NOT NULL,
  `endpoint_id` varchar(255) NOT NULL,
  KEY `idx_portal_links_endpoints_enpdoint_id` (`endpoint_id`),
  KEY `idx_portal_links_endpoints_portal_link_id` (`portal_link_id`),
  CONSTRAINT `portal_links_endpoints_endpoint_id_fkey` FOREIGN KEY (`endpoint_id`) REFERENCES `endpoints` (`id`),
  CONSTRAINT `portal_links_endpoints_portal_link_id_fkey` FOREIGN KEY (`portal_link_id`) REFERENCES `portal_links` (`id`)
);

CREATE TABLE `devices` (
  `id` varchar(255) NOT NULL,
  `project_id` varchar(255) NOT NULL,
  `host_name` text NOT NULL,
  `status` text NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `last_seen_at` datetime(6) NOT NULL,
  `deleted_at` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `devices_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
);

CREATE TABLE `configurations` (
  `id` varchar(255) NOT NULL,
  `is_analytics_enabled` text NOT NULL,
  `is_signup_enabled` tinyint(1) NOT NULL,
  `storage_policy_type` text NOT NULL,
  `on_prem_path` text,
  `s3_bucket` text,
  `s3_access_key` text,
  `s3_secret_key` text,
  `s3_region` text,
  `s3_session_token` text,
  `s3_endpoint` text,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  `s3_prefix` text,
  `retention_policy_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `retention_policy_policy` text NOT NULL DEFAULT '720h',
  PRIMARY KEY (`id`)
);

CREATE TABLE `source_verifiers` (
  `id` varchar(255) NOT NULL,
  `type` text NOT NULL,
  `basic_username` text,
  `basic_password` text,
  `api_key_header_name` text,
  `api_key_header_value` text,
  `hmac_hash` text,
  `hmac_header` text,
  `hmac_secret` text,
  `hmac_encoding` text,
  `twitter_crc_verified_at` datetime(6),
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  PRIMARY KEY (`id`)
);

CREATE TABLE `sources` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `type` text NOT NULL,
  `mask_id` varchar(255) NOT NULL,
  `provider` text NOT NULL,
  `is_disabled` tinyint(1) NOT NULL,
  `forward_headers` json,
  `project_id` varchar(255) NOT NULL,
  `source_verifier_id` char(26),
  `pub_sub` json,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  `custom_response_body` text,
  `custom_response_content_type` text,
  `idempotency_keys` json,
  `body_function` text,
  `header_function` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sources_mask_id` (`mask_id`, `deleted_at`),
  KEY `idx_sources_mask_id` (`mask_id`),
  KEY `idx_sources_project_id` (`project_id`),
  KEY `idx_sources_source_verifier_id` (`source_verifier_id`),
  CONSTRAINT `sources_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `sources_source_verifier_id_fkey` FOREIGN KEY (`source_verifier_id`) REFERENCES `source_verifiers` (`id`)
);

CREATE TABLE `subscriptions` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `type` text NOT NULL,
  `project_id` varchar(255) NOT NULL,
  `endpoint_id` varchar(255),
  `device_id` varchar(255),
  `source_id` varchar(255),
  `alert_config_count` int NOT NULL,
  `alert_config_threshold` text NOT NULL,
  `retry_config_type` text NOT NULL,
  `retry_config_duration` int NOT NULL,
  `retry_config_retry_count` int NOT NULL,
  `filter_config_event_types` json NOT NULL,
  `filter_config_filter_headers` json NOT NULL,
  `filter_config_filter_body` json NOT NULL,
  `rate_limit_config_count` int NOT NULL,
  `rate_limit_config_duration` int NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  `function` text,
  `filter_config_filter_is_flattened` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `subscriptions_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`),
  CONSTRAINT `subscriptions_endpoint_id_fkey` FOREIGN KEY (`endpoint_id`) REFERENCES `endpoints` (`id`),
  CONSTRAINT `subscriptions_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `subscriptions_source_id_fkey` FOREIGN KEY (`source_id`) REFERENCES `sources` (`id`)
);

CREATE TABLE `api_keys` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `key_type` text NOT NULL,
  `mask_id` varchar(255) NOT NULL,
  `role_type` text,
  `role_project` varchar(255),
  `role_endpoint` varchar(255),
  `hash` text NOT NULL,
  `salt` text NOT NULL,
  `user_id` varchar(255),
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `expires_at` datetime(6),
  `deleted_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_keys_mask_id_key` (`mask_id`, `deleted_at`),
  KEY `idx_api_keys_mask_id` (`mask_id`),
  CONSTRAINT `api_keys_role_endpoint_fkey` FOREIGN KEY (`role_endpoint`) REFERENCES `endpoints` (`id`),
  CONSTRAINT `api_keys_role_project_fkey` FOREIGN KEY (`role_project`) REFERENCES `projects` (`id`),
  CONSTRAINT `api_keys_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
);

CREATE TABLE `events` (
  `id` varchar(255) NOT NULL,
  `event_type` text NOT NULL,
  `endpoints` text,
  `project_id` varchar(255) NOT NULL,
  `source_id` varchar(255),
  `headers` json,
  `raw` text NOT NULL,
  `data` longblob NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  `url_query_params` text,
  `idempotency_key` varchar(255),
  `is_duplicate_event` tinyint(1) DEFAULT 0,
  `acknowledged_at` datetime(6),
  PRIMARY KEY (`id`),
  KEY `idx_events_created_at_key` (`created_at`),
  KEY `idx_events_deleted_at_key` (`deleted_at`),
  KEY `idx_events_project_id_deleted_at_key` (`project_id`, `deleted_at`),
  KEY `idx_events_project_id_key` (`project_id`),
  KEY `idx_events_source_id_key` (`source_id`),
  KEY `idx_idempotency_key_key` (`idempotency_key`),
  CONSTRAINT `events_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `events_source_id_fkey` FOREIGN KEY (`source_id`) REFERENCES `sources` (`id`)
);

CREATE TABLE `events_endpoints` (
  `event_id` varchar(255) NOT NULL,
  `endpoint_id` varchar(255) NOT NULL,
  KEY `idx_events_endpoints_endpoint_id_key` (`endpoint_id`),
  KEY `idx_events_endpoints_event_id_key` (`event_id`),
  CONSTRAINT `events_endpoints_endpoint_id_fkey` FOREIGN KEY (`endpoint_id`) REFERENCES `endpoints` (`id`) ON DELETE CASCADE,
  CONSTRAINT `events_endpoints_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE CASCADE
);

CREATE TABLE `event_deliveries` (
  `id` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `project_id` varchar(255) NOT NULL,
  `endpoint_id` varchar(255),
  `event_id` varchar(255) NOT NULL,
  `device_id` varchar(255),
  `subscription_id` varchar(255) NOT NULL,
  `metadata` json NOT NULL,
  `headers` json,
  `attempts` longblob,
  `cli_metadata` json,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  `url_query_params` text,
  `idempotency_key` text,
  `latency` text,
  `event_type` varchar(255),
  `acknowledged_at` datetime(6),
  `latency_seconds` decimal(65,30),
  PRIMARY KEY (`id`),
  KEY `event_deliveries_event_type_1` (`event_type`),
  KEY `idx_event_deliveries_created_at_key` (`created_at`),
  KEY `idx_event_deliveries_deleted_at_key` (`deleted_at`),
  KEY `idx_event_deliveries_device_id_key` (`device_id`),
  KEY `idx_event_deliveries_endpoint_id_key` (`endpoint_id`),
  KEY `idx_event_deliveries_event_id_key` (`event_id`),
  KEY `idx_event_deliveries_project_id_key` (`project_id`),
  KEY `idx_event_deliveries_status_key` (`status`),
  CONSTRAINT `event_deliveries_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`),
  CONSTRAINT `event_deliveries_endpoint_id_fkey` FOREIGN KEY (`endpoint_id`) REFERENCES `endpoints` (`id`),
  CONSTRAINT `event_deliveries_event_id_fkey` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`),
  CONSTRAINT `event_deliveries_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `event_deliveries_subscription_id_fkey` FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions` (`id`)
);

CREATE TABLE `meta_events` (
  `id` varchar(255) NOT NULL,
  `event_type` text NOT NULL,
  `project_id` char(26) NOT NULL,
  `metadata` json NOT NULL,
  `attempt` json,
  `status` text NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `meta_events_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
);

CREATE TABLE `events_search` (
  `id` varchar(255) NOT NULL,
  `event_type` text NOT NULL,
  `endpoints` text,
  `project_id` varchar(255) NOT NULL,
  `source_id` varchar(255),
  `headers` json,
  `raw` text NOT NULL,
  `data` longblob NOT NULL,
  `url_query_params` text,
  `idempotency_key` text,
  `is_duplicate_event` tinyint(1) DEFAULT 0,
  `search_token` longtext,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  PRIMARY KEY (`id`),
  KEY `idx_events_search_created_at_key` (`created_at`),
  KEY `idx_events_search_deleted_at_key` (`deleted_at`),
  KEY `idx_events_search_project_id_deleted_at_key` (`project_id`, `deleted_at`),
  KEY `idx_events_search_project_id_key` (`project_id`),
  KEY `idx_events_search_source_id_key` (`source_id`),
  CONSTRAINT `events_search_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `events_search_source_id_fkey` FOREIGN KEY (`source_id`) REFERENCES `sources` (`id`)
);

CREATE TABLE `jobs` (
  `id` varchar(255) NOT NULL,
  `type` text NOT NULL,
  `status` text NOT NULL,
  `project_id` varchar(255) NOT NULL,
  `started_at` datetime(6),
  `completed_at` datetime(6),
  `failed_at` datetime(6),
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `jobs_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
);

CREATE TABLE `token_bucket` (
  `key` varchar(255) NOT NULL,
  `rate` int NOT NULL,
  `tokens` int DEFAULT 1,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `expires_at` datetime(6) NOT NULL,
  PRIMARY KEY (`key`)
);

CREATE TABLE `delivery_attempts` (
  `id` varchar(255) NOT NULL,
  `url` text NOT NULL,
  `method` text NOT NULL,
  `api_version` text NOT NULL,
  `project_id` varchar(255) NOT NULL,
  `endpoint_id` varchar(255) NOT NULL,
  `event_delivery_id` varchar(255) NOT NULL,
  `ip_address` text,
  `request_http_header` json,
  `response_http_header` json,
  `http_status` text,
  `response_data` text,
  `error` text,
  `status` tinyint(1),
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `delivery_attempts_endpoint_id_fkey` FOREIGN KEY (`endpoint_id`) REFERENCES `endpoints` (`id`),
  CONSTRAINT `delivery_attempts_event_delivery_id_fkey` FOREIGN KEY (`event_delivery_id`) REFERENCES `event_deliveries` (`id`),
  CONSTRAINT `delivery_attempts_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
);


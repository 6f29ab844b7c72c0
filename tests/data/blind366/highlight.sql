-- Highlight (highlight.io: open-source session replay, error monitoring, logging and tracing; Go backend, GORM on
-- PostgreSQL, the logs, traces and session events in ClickHouse), commit 5099514e6288713fcdf2b1911cf2ff6c324867fa
-- (Apache-2.0 for everything outside `highlight.io/` and `enterprise/`, the repository's LICENSE)
-- Source: github.com/highlight/highlight backend/model/model.go (the GORM models and the `Models` list that
-- MigrateDB passes to AutoMigrate) with backend/model/sessionalerts.go (the embedded AlertIntegrations), and the raw
-- SQL of MigrateDB (session_fields.id).
-- Written as the MySQL DDL GORM's AutoMigrate creates for those structs: tables and columns named by GORM's
-- default NamingStrategy (snake_case with its common initialisms, plural table names: `o_auth_client_stores`,
-- `aws_marketplace_customers`, `enhanced_user_details`), columns in struct order with embedded structs (Model:
-- id, created_at, updated_at, deleted_at; AlertDeprecated; AlertIntegrations) inline, a shadowing `ID` keeping the
-- first position; associations (struct and slice fields without a column type), `gorm:"-"` and `-:migration`
-- fields are not columns. The many-to-many join tables GORM creates (`organization_admins`,
-- `session_comment_admins`, `error_comment_admins`, `comment_reply_admins`, `session_tags`, `session_fields`)
-- have the two keys of the owning model first, in the Models order. Types as GORM's MySQL dialect maps them: Go
-- int/int64 BIGINT (INT where the tag says `type:integer`), bool BOOLEAN, float64 DOUBLE, time.Time and
-- sql.NullTime DATETIME(3), time.Duration with `type:bigint` BIGINT, string and string enums LONGTEXT (VARCHAR(191)
-- when the column is a key, indexed or has a default), `jsonb` and JSONB JSON, PostgreSQL arrays (`text[]`,
-- `integer[]`, `bigint[]`) JSON, pgvector `vector(n)` LONGTEXT. NOT NULL only where a tag says `not null` or for
-- primary keys; constant defaults kept, PostgreSQL function defaults (secure_id_generator(), NOW(),
-- uuid_generate_v4()) dropped. Highlight runs GORM with DisableForeignKeyConstraintWhenMigrating, so there are no
-- foreign keys; unique indexes are UNIQUE KEYs with GORM's names, other indexes and the materialized views are
-- left out.
-- Kept: 64 tables (58 of the 70 models and the six join tables). Left out: ErrorGroupEmbeddings,
-- ProjectClientSamplingSettings, SavedAsset, ProjectAssetTransform, Dashboard, DashboardMetric,
-- DashboardMetricFilter, VercelIntegrationConfig, OAuthOperation, IntegrationProjectMapping, Graph, Visualization
-- (embeddings, asset caches, dashboards and integration mappings); the ClickHouse tables are not part of it.

CREATE TABLE `organizations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `name` longtext,
  `billing_email` longtext,
  `secret` longtext,
  `trial_end_date` datetime(3),
  `slack_access_token` longtext,
  `slack_webhook_url` longtext,
  `slack_webhook_channel` longtext,
  `slack_webhook_channel_id` longtext,
  `slack_channels` longtext,
  `monthly_session_limit` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `admins` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `name` longtext,
  `first_name` longtext,
  `last_name` longtext,
  `hubspot_contact_id` bigint,
  `email` longtext,
  `about_you_details_filled` boolean,
  `phone` longtext,
  `number_of_sessions_viewed` bigint,
  `number_of_error_groups_viewed` bigint,
  `number_of_logs_viewed` bigint,
  `email_verified` boolean DEFAULT false,
  `photo_url` longtext,
  `uid` varchar(191),
  `slack_im_channel_id` longtext,
  `referral` longtext,
  `user_defined_role` longtext,
  `user_defined_team_size` longtext,
  `user_defined_persona` longtext,
  `heard_about` longtext,
  `phone_home_contact_allowed` boolean,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_admins_uid` (`uid`)
);

CREATE TABLE `workspaces` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `name` longtext,
  `secret` longtext,
  `slack_access_token` longtext,
  `slack_webhook_url` longtext,
  `slack_webhook_channel` longtext,
  `slack_webhook_channel_id` longtext,
  `jira_domain` longtext,
  `jira_cloud_id` longtext,
  `microsoft_teams_tenant_id` longtext,
  `slack_channels` longtext,
  `linear_access_token` longtext,
  `vercel_access_token` longtext,
  `vercel_team_id` longtext,
  `cloudflare_proxy` longtext,
  `migrated_from_project_id` bigint,
  `hubspot_company_id` bigint,
  `stripe_customer_id` longtext,
  `plan_tier` varchar(191) DEFAULT 'Free',
  `unlimited_members` boolean DEFAULT false,
  `billing_period_start` datetime(3),
  `billing_period_end` datetime(3),
  `next_invoice_date` datetime(3),
  `monthly_session_limit` bigint,
  `monthly_members_limit` bigint,
  `monthly_errors_limit` bigint,
  `monthly_logs_limit` bigint,
  `monthly_traces_limit` bigint,
  `monthly_metrics_limit` bigint,
  `retention_period` varchar(191) DEFAULT 'SevenDays',
  `errors_retention_period` varchar(191) DEFAULT 'SevenDays',
  `logs_retention_period` varchar(191) DEFAULT 'ThirtyDays',
  `traces_retention_period` varchar(191) DEFAULT 'ThirtyDays',
  `metrics_retention_period` varchar(191) DEFAULT 'ThirtyDays',
  `sessions_max_cents` bigint,
  `errors_max_cents` bigint,
  `logs_max_cents` bigint,
  `traces_max_cents` bigint,
  `metrics_max_cents` bigint,
  `stripe_session_overage_price_id` longtext,
  `stripe_error_overage_price_id` longtext,
  `stripe_log_overage_price_id` longtext,
  `stripe_traces_overage_price_id` longtext,
  `stripe_metrics_overage_price_id` longtext,
  `trial_end_date` datetime(3),
  `allow_meter_overage` boolean DEFAULT true,
  `allowed_auto_join_email_origins` longtext,
  `eligible_for_trial_extension` boolean DEFAULT false,
  `trial_extension_enabled` boolean DEFAULT false,
  `clearbit_enabled` boolean DEFAULT false,
  `discord_guild_id` longtext,
  `clickup_access_token` longtext,
  `promo_code` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `workspace_admins` (
  `admin_id` bigint NOT NULL,
  `workspace_id` bigint NOT NULL,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `role` varchar(191) DEFAULT 'ADMIN',
  `project_ids` json,
  PRIMARY KEY (`admin_id`, `workspace_id`)
);

CREATE TABLE `workspace_invite_links` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `workspace_id` bigint,
  `invitee_email` longtext,
  `invitee_role` longtext,
  `expiration_date` datetime(3),
  `secret` longtext,
  `project_ids` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `workspace_access_requests` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `admin_id` bigint,
  `last_requested_workspace` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_workspace_access_requests_admin_id` (`admin_id`)
);

CREATE TABLE `aws_marketplace_customers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `workspace_id` bigint,
  `customer_identifier` longtext,
  `customer_aws_account_id` longtext,
  `product_code` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_aws_marketplace_customers_workspace_id` (`workspace_id`)
);

CREATE TABLE `projects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `name` longtext,
  `zapier_access_token` longtext,
  `billing_email` longtext,
  `secret` longtext,
  `trial_end_date` datetime(3),
  `monthly_session_limit` bigint,
  `workspace_id` bigint,
  `free_tier` boolean DEFAULT false,
  `excluded_users` json,
  `error_filters` json,
  `error_json_paths` json,
  `platforms` json,
  `backend_setup` boolean,
  `rage_click_window_seconds` bigint DEFAULT 5,
  `rage_click_radius_pixels` bigint DEFAULT 8,
  `rage_click_count` bigint DEFAULT 5,
  `filter_chrome_extension` boolean DEFAULT false,
  PRIMARY KEY (`id`)
);

CREATE TABLE `setup_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `project_id` bigint,
  `type` varchar(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_project_id_type` (`project_id`, `type`)
);

CREATE TABLE `project_filter_settings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `project_id` bigint,
  `filter_sessions_without_error` boolean DEFAULT false,
  `auto_resolve_stale_errors_day_interval` bigint DEFAULT 0,
  `session_sampling_rate` double DEFAULT 1,
  `error_sampling_rate` double DEFAULT 1,
  `log_sampling_rate` double DEFAULT 1,
  `trace_sampling_rate` double DEFAULT 1,
  `metric_sampling_rate` double DEFAULT 1,
  `session_minute_rate_limit` bigint,
  `error_minute_rate_limit` bigint,
  `log_minute_rate_limit` bigint,
  `trace_minute_rate_limit` bigint,
  `metric_minute_rate_limit` bigint,
  `session_exclusion_query` longtext,
  `error_exclusion_query` longtext,
  `log_exclusion_query` longtext,
  `trace_exclusion_query` longtext,
  `metric_exclusion_query` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `all_workspace_settings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `workspace_id` bigint,
  `ai_application` boolean DEFAULT true,
  `ai_insights` boolean DEFAULT false,
  `ai_query_builder` boolean DEFAULT false,
  `error_embeddings_group` boolean DEFAULT true,
  `error_embeddings_tag_group` boolean DEFAULT true,
  `error_embeddings_threshold` double DEFAULT 0.2,
  `replace_assets` boolean DEFAULT false,
  `store_ip` boolean DEFAULT false,
  `can_show_billing_issue_banner` boolean DEFAULT true,
  `enable_unlimited_dashboards` boolean DEFAULT false,
  `enable_unlimited_projects` boolean DEFAULT false,
  `enable_unlimited_retention` boolean DEFAULT false,
  `enable_unlimited_seats` boolean DEFAULT false,
  `enable_billing_limits` boolean DEFAULT false,
  `enable_grafana_dashboard` boolean DEFAULT false,
  `enable_ingest_sampling` boolean DEFAULT false,
  `enable_project_level_access` boolean DEFAULT false,
  `enable_session_export` boolean DEFAULT false,
  `enable_sso` boolean DEFAULT false,
  `enable_data_deletion` boolean DEFAULT true,
  `enable_network_traces` boolean DEFAULT true,
  `enable_unlisted_sharing` boolean DEFAULT true,
  `enable_jira_integration` boolean DEFAULT false,
  `enable_teams_integration` boolean DEFAULT false,
  `enable_log_trace_ingestion` boolean DEFAULT false,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_all_workspace_settings_workspace_id` (`workspace_id`)
);

CREATE TABLE `enhanced_user_details` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `email` varchar(191),
  `person_json` longtext,
  `company_json` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_enhanced_user_details_email` (`email`)
);

CREATE TABLE `registration_data` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `workspace_id` bigint,
  `team_size` longtext,
  `role` longtext,
  `use_case` longtext,
  `heard_about` longtext,
  `pun` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `email_signups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `email` varchar(191),
  `apollo_data` longtext,
  `apollo_data_shortened` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_email_signups_email` (`email`)
);

CREATE TABLE `sessions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `secure_id` varchar(191) NOT NULL,
  `session_key` longtext,
  `client_id` varchar(191) NOT NULL DEFAULT '',
  `identified` boolean NOT NULL DEFAULT false,
  `fingerprint` bigint,
  `identifier` longtext,
  `project_id` bigint,
  `email` longtext,
  `ip` longtext,
  `city` longtext,
  `state` longtext,
  `postal` longtext,
  `country` longtext,
  `latitude` double,
  `longitude` double,
  `os_name` longtext,
  `os_version` longtext,
  `browser_name` longtext,
  `browser_version` longtext,
  `language` longtext,
  `has_unloaded` boolean DEFAULT false,
  `processed` boolean,
  `has_comments` boolean DEFAULT false,
  `has_rage_clicks` boolean,
  `has_errors` boolean,
  `has_out_of_order_events` boolean DEFAULT false,
  `resumed_after_processed_time` datetime(3),
  `length` bigint,
  `active_length` bigint,
  `environment` longtext,
  `app_version` longtext,
  `service_name` longtext,
  `user_object` json,
  `user_properties` longtext,
  `first_time` boolean DEFAULT false,
  `payload_updated_at` datetime(3),
  `last_user_interaction_time` datetime(3),
  `beacon_time` datetime(3),
  `viewed` boolean,
  `starred` boolean,
  `field_group` longtext,
  `enable_strict_privacy` boolean,
  `privacy_setting` longtext,
  `enable_recording_network_contents` boolean,
  `client_version` longtext,
  `firstload_version` longtext,
  `client_config` json,
  `within_billing_quota` boolean DEFAULT true,
  `is_public` boolean DEFAULT false,
  `event_counts` longtext,
  `pages_visited` bigint,
  `object_storage_enabled` boolean,
  `direct_download_enabled` boolean DEFAULT false,
  `all_objects_compressed` boolean DEFAULT false,
  `payload_size` bigint,
  `verbose_id` longtext,
  `excluded` boolean DEFAULT false,
  `excluded_reason` longtext,
  `lock` datetime(3),
  `retry_count` bigint,
  `chunked` boolean,
  `process_with_redis` boolean,
  `normalness` double,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_sessions_secure_id` (`secure_id`)
);

CREATE TABLE `session_fields` (
  `session_id` int NOT NULL,
  `field_id` bigint NOT NULL,
  `id` bigint DEFAULT NULL,
  PRIMARY KEY (`session_id`, `field_id`)
);

CREATE TABLE `session_admins_views` (
  `session_id` bigint NOT NULL,
  `admin_id` bigint NOT NULL,
  `viewed_at` datetime(3),
  PRIMARY KEY (`session_id`, `admin_id`)
);

CREATE TABLE `session_insights` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `session_id` bigint,
  `insight` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `session_exports` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `session_id` bigint,
  `type` varchar(191),
  `url` longtext,
  `error` longtext,
  `target_emails` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_session_exports` (`session_id`, `type`)
);

CREATE TABLE `event_chunks` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `session_id` bigint,
  `chunk_index` bigint,
  `timestamp` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `fields` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `type` varchar(191),
  `name` varchar(191),
  `value` varchar(191),
  `project_id` bigint,
  `timestamp` datetime(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_fields_type_name_value_project_id` (`type`, `name`, `value`, `project_id`)
);

CREATE TABLE `session_intervals` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `session_secure_id` varchar(191),
  `start_time` datetime(3),
  `end_time` datetime(3),
  `duration` bigint,
  `active` boolean,
  PRIMARY KEY (`id`)
);

CREATE TABLE `rage_click_events` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `project_id` bigint,
  `session_secure_id` longtext,
  `total_clicks` bigint,
  `start_timestamp` datetime(3),
  `end_timestamp` datetime(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `user_journey_steps` (
  `created_at` datetime(3),
  `project_id` bigint,
  `session_id` bigint NOT NULL,
  `index` bigint NOT NULL,
  `url` longtext,
  `next_url` longtext,
  PRIMARY KEY (`session_id`, `index`)
);

CREATE TABLE `daily_session_counts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `date` datetime(3),
  `count` bigint,
  `project_id` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `daily_error_counts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `date` datetime(3),
  `count` bigint,
  `project_id` bigint,
  `error_type` varchar(191) DEFAULT 'FRONTEND',
  PRIMARY KEY (`id`)
);

CREATE TABLE `error_objects` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `project_id` bigint,
  `session_id` int,
  `trace_id` longtext,
  `span_id` longtext,
  `log_cursor` varchar(191),
  `error_group_id` int,
  `error_group_id_alternative` bigint,
  `error_grouping_method` longtext,
  `event` longtext,
  `type` longtext,
  `url` longtext,
  `source` longtext,
  `line_number` int,
  `column_number` int,
  `os` longtext,
  `browser` longtext,
  `trace` longtext,
  `stack_trace` longtext,
  `mapped_stack_trace` longtext,
  `timestamp` datetime(3),
  `payload` longtext,
  `environment` longtext,
  `request_id` longtext,
  `is_beacon` boolean DEFAULT false,
  `service_name` longtext,
  `service_version` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `error_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `secure_id` varchar(191) NOT NULL,
  `project_id` bigint,
  `event` longtext,
  `type` longtext,
  `trace` longtext,
  `stack_trace` longtext,
  `mapped_stack_trace` longtext,
  `state` varchar(191) DEFAULT 'OPEN',
  `snoozed_until` datetime(3),
  `field_group` longtext,
  `environments` longtext,
  `is_public` boolean DEFAULT false,
  `service_name` longtext,
  `viewed` boolean,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_error_groups_secure_id` (`secure_id`)
);

CREATE TABLE `error_group_admins_views` (
  `error_group_id` bigint NOT NULL,
  `admin_id` bigint NOT NULL,
  `viewed_at` datetime(3),
  PRIMARY KEY (`error_group_id`, `admin_id`)
);

CREATE TABLE `error_group_activity_logs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `error_group_id` bigint,
  `admin_id` bigint,
  `event_type` longtext,
  `event_data` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `error_fingerprints` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `project_id` bigint,
  `error_group_id` bigint,
  `type` longtext,
  `value` longtext,
  `index` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `error_tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `title` varchar(191) NOT NULL,
  `description` longtext,
  `embedding` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_error_tags_title` (`title`)
);

CREATE TABLE `session_comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `project_id` bigint,
  `admin_id` int,
  `session_id` int,
  `session_secure_id` varchar(191) NOT NULL DEFAULT '',
  `session_image` longtext,
  `timestamp` int,
  `text` longtext,
  `x_coordinate` double,
  `y_coordinate` double,
  `type` varchar(191) DEFAULT 'ADMIN',
  `metadata` json,
  PRIMARY KEY (`id`)
);

CREATE TABLE `session_comment_tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `project_id` bigint,
  `name` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `error_comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `project_id` bigint,
  `admin_id` bigint,
  `error_id` bigint,
  `error_secure_id` varchar(191) NOT NULL DEFAULT '',
  `text` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comment_replies` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `session_comment_id` bigint,
  `error_comment_id` bigint,
  `admin_id` bigint,
  `text` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comment_followers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `session_comment_id` bigint,
  `error_comment_id` bigint,
  `admin_id` bigint,
  `slack_channel_name` longtext,
  `slack_channel_id` longtext,
  `has_muted` boolean,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comment_slack_threads` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `session_comment_id` bigint,
  `error_comment_id` bigint,
  `slack_channel_id` longtext,
  `thread_ts` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `external_attachments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `integration_type` longtext,
  `external_id` longtext,
  `title` longtext,
  `session_comment_id` bigint,
  `error_comment_id` bigint,
  `removed` boolean DEFAULT false,
  PRIMARY KEY (`id`)
);

CREATE TABLE `alerts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `project_id` bigint,
  `metric_id` longtext,
  `name` longtext,
  `product_type` longtext,
  `function_type` longtext,
  `function_column` longtext,
  `query` longtext,
  `group_by_key` longtext,
  `disabled` boolean DEFAULT false,
  `last_admin_to_edit_id` bigint,
  `default` boolean DEFAULT false,
  `below_threshold` boolean,
  `threshold_value` double,
  `threshold_window` bigint,
  `threshold_cooldown` bigint,
  `threshold_type` longtext,
  `threshold_condition` longtext,
  `sql` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `alert_destinations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `alert_id` bigint,
  `destination_type` longtext,
  `type_id` longtext,
  `type_name` longtext,
  `authorization` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `error_alerts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `project_id` bigint,
  `excluded_environments` longtext,
  `count_threshold` bigint,
  `threshold_window` bigint,
  `channels_to_notify` longtext,
  `emails_to_notify` longtext,
  `name` longtext,
  `type` varchar(191),
  `last_admin_to_edit_id` bigint,
  `frequency` bigint DEFAULT 15,
  `disabled` boolean DEFAULT false,
  `default` boolean DEFAULT false,
  `regex_groups` longtext,
  `query` longtext,
  `discord_channels_to_notify` json DEFAULT '[]',
  `microsoft_teams_channels_to_notify` json DEFAULT '[]',
  `webhook_destinations` json DEFAULT '[]',
  PRIMARY KEY (`id`)
);

CREATE TABLE `error_alert_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `error_alert_id` bigint,
  `error_object_id` bigint,
  `sent_at` datetime(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `session_alerts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `project_id` bigint,
  `excluded_environments` longtext,
  `count_threshold` bigint,
  `threshold_window` bigint,
  `channels_to_notify` longtext,
  `emails_to_notify` longtext,
  `name` longtext,
  `type` varchar(191),
  `last_admin_to_edit_id` bigint,
  `frequency` bigint DEFAULT 15,
  `disabled` boolean DEFAULT false,
  `default` boolean DEFAULT false,
  `track_properties` longtext,
  `user_properties` longtext,
  `exclude_rules` longtext,
  `discord_channels_to_notify` json DEFAULT '[]',
  `microsoft_teams_channels_to_notify` json DEFAULT '[]',
  `webhook_destinations` json DEFAULT '[]',
  PRIMARY KEY (`id`)
);

CREATE TABLE `session_alert_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `session_alert_id` bigint,
  `session_secure_id` varchar(191),
  `sent_at` datetime(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `log_alerts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `project_id` bigint,
  `excluded_environments` longtext,
  `count_threshold` bigint,
  `threshold_window` bigint,
  `channels_to_notify` longtext,
  `emails_to_notify` longtext,
  `name` longtext,
  `type` varchar(191),
  `last_admin_to_edit_id` bigint,
  `frequency` bigint DEFAULT 15,
  `disabled` boolean DEFAULT false,
  `default` boolean DEFAULT false,
  `query` longtext,
  `below_threshold` boolean,
  `discord_channels_to_notify` json DEFAULT '[]',
  `microsoft_teams_channels_to_notify` json DEFAULT '[]',
  `webhook_destinations` json DEFAULT '[]',
  PRIMARY KEY (`id`)
);

CREATE TABLE `log_alert_events` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `log_alert_id` bigint,
  `query` varchar(191),
  `start_date` datetime(3),
  `end_date` datetime(3),
  `sent_at` datetime(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `metric_monitors` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `project_id` bigint NOT NULL,
  `name` longtext,
  `aggregator` varchar(191) DEFAULT 'P50',
  `period_minutes` bigint,
  `threshold` double,
  `units` longtext,
  `metric_to_monitor` longtext,
  `channels_to_notify` longtext,
  `emails_to_notify` longtext,
  `last_admin_to_edit_id` bigint,
  `disabled` boolean DEFAULT false,
  `discord_channels_to_notify` json DEFAULT '[]',
  `microsoft_teams_channels_to_notify` json DEFAULT '[]',
  `webhook_destinations` json DEFAULT '[]',
  PRIMARY KEY (`id`)
);

CREATE TABLE `saved_segments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `name` longtext,
  `entity_type` varchar(191),
  `params` longtext,
  `project_id` bigint,
  PRIMARY KEY (`id`)
);

CREATE TABLE `services` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `project_id` bigint NOT NULL,
  `name` varchar(191) NOT NULL,
  `status` varchar(191) NOT NULL DEFAULT 'created',
  `github_repo_path` longtext,
  `build_prefix` longtext,
  `github_prefix` longtext,
  `error_details` json,
  `process_name` longtext,
  `process_version` longtext,
  `process_description` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_project_id_name` (`project_id`, `name`)
);

CREATE TABLE `o_auth_client_stores` (
  `id` varchar(191) NOT NULL,
  `created_at` datetime(3),
  `secret` varchar(191) NOT NULL,
  `domains` json NOT NULL,
  `app_name` longtext,
  `admin_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_o_auth_client_stores_secret` (`secret`)
);

CREATE TABLE `sso_clients` (
  `domain` varchar(191) NOT NULL,
  `client_id` longtext,
  `client_secret` longtext,
  `provider_url` longtext,
  PRIMARY KEY (`domain`)
);

CREATE TABLE `email_opt_outs` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `admin_id` bigint,
  `category` varchar(191),
  `project_id` bigint,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_opt_out_admin_category_idx` (`admin_id`, `category`),
  UNIQUE KEY `email_opt_out_admin_category_project_idx` (`project_id`)
);

CREATE TABLE `billing_email_histories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `active` boolean,
  `workspace_id` bigint,
  `type` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `integration_workspace_mappings` (
  `integration_type` varchar(191) NOT NULL,
  `workspace_id` bigint NOT NULL,
  `access_token` longtext NOT NULL,
  `refresh_token` longtext,
  `expiry` datetime(3),
  PRIMARY KEY (`integration_type`, `workspace_id`)
);

CREATE TABLE `resthook_subscriptions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3),
  `updated_at` datetime(3),
  `deleted_at` datetime(3),
  `project_id` bigint,
  `event` longtext,
  `target_url` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `delete_sessions_tasks` (
  `task_id` varchar(191),
  `batch_id` varchar(191),
  `session_id` bigint
);

CREATE TABLE `system_configurations` (
  `active` boolean NOT NULL,
  `maintenance_start` datetime(3),
  `maintenance_end` datetime(3),
  `error_filters` json,
  `ignored_files` json,
  `migration_allowlist` json,
  `main_workers` bigint DEFAULT 64,
  `main_queue_size` bigint DEFAULT 1000,
  `logs_workers` bigint DEFAULT 1,
  `logs_flush_size` bigint DEFAULT 1000,
  `logs_queue_size` bigint DEFAULT 100,
  `logs_flush_timeout` bigint DEFAULT 1000000000,
  `data_sync_workers` bigint DEFAULT 1,
  `data_sync_flush_size` bigint DEFAULT 1000,
  `data_sync_queue_size` bigint DEFAULT 100,
  `data_sync_timeout` bigint DEFAULT 1000000000,
  `trace_workers` bigint DEFAULT 1,
  `trace_flush_size` bigint DEFAULT 1000,
  `trace_queue_size` bigint DEFAULT 100,
  `trace_flush_timeout` bigint DEFAULT 1000000000,
  `metric_workers` bigint DEFAULT 1,
  `metric_flush_size` bigint DEFAULT 1000,
  `metric_queue_size` bigint DEFAULT 100,
  `metric_flush_timeout` bigint DEFAULT 1000000000,
  PRIMARY KEY (`active`)
);

CREATE TABLE `log_admins_views` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `viewed_at` datetime(3),
  `admin_id` bigint NOT NULL,
  PRIMARY KEY (`id`, `admin_id`)
);

CREATE TABLE `organization_admins` (
  `organization_id` int NOT NULL,
  `admin_id` int NOT NULL,
  PRIMARY KEY (`organization_id`, `admin_id`)
);

CREATE TABLE `session_comment_admins` (
  `admin_id` int NOT NULL,
  `session_comment_id` int NOT NULL,
  PRIMARY KEY (`admin_id`, `session_comment_id`)
);

CREATE TABLE `error_comment_admins` (
  `admin_id` int NOT NULL,
  `error_comment_id` int NOT NULL,
  PRIMARY KEY (`admin_id`, `error_comment_id`)
);

CREATE TABLE `comment_reply_admins` (
  `comment_reply_id` int NOT NULL,
  `admin_id` int NOT NULL,
  PRIMARY KEY (`comment_reply_id`, `admin_id`)
);

CREATE TABLE `session_tags` (
  `session_comment_id` int NOT NULL,
  `session_comment_tag_id` int NOT NULL,
  PRIMARY KEY (`session_comment_id`, `session_comment_tag_id`)
);

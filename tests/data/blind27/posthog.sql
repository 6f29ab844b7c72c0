-- PostHog — product analytics (users, organizations and memberships, invites, teams/environments, personal API
-- keys, persons and their distinct ids, person overrides, groups, cohorts and cohort membership, feature flags and
-- per-person hash-key overrides, session recordings and who viewed them, activity log, and the ClickHouse events
-- table).
-- Upstream: github.com/PostHog/posthog (MIT licence for everything outside ee/, which none of these tables comes
-- from). The repository is too large to fetch whole here, so the DDL was written from the stored files, each at
-- the commit it was read at:
--   posthog/models/user.py @1b56c1bb9741 (User over Django's AbstractUser: username and is_superuser removed,
--     id + uuid from UUIDTClassicModel; posthog_user_groups / auth_group are AbstractUser's groups M2M),
--   posthog/models/organization.py @67aa181f91ec (Organization, OrganizationMembership),
--   posthog/models/organization_invite.py @db13a077ee45, posthog/models/team/team.py @802131113c8e,
--   posthog/models/personal_api_key.py @016a4cecdcab, posthog/models/cohort/cohort.py @02177621e94b,
--   posthog/models/feature_flag/feature_flag.py @00f53ac7d07b,
--   posthog/session_recordings/models/session_recording.py @dd90f5d71ef0 and session_recording_event.py @27d93c31e459,
--   posthog/models/activity_logging/activity_log.py @003bbea46195;
--   the persons-database tables (posthog_person, posthog_persondistinctid, posthog_personlessdistinctid, the four
--   person-override tables, posthog_featureflaghashkeyoverride, posthog_cohortpeople, posthog_group,
--   posthog_grouptypemapping) from the plain PostgreSQL of rust/persons_migrations/20250923000001_initial_persons_schema.sql
--   plus its later ALTERs (last_seen_at 20260206, group_N_key 20260304, is_deleted 20260727, merged_into_id 20260907);
--   `events` from the ClickHouse EVENTS_TABLE_BASE_SQL with its materialized columns and Kafka columns in
--   posthog/models/event/sql.py @cfd68dbcdf60.
-- Django fields written with Django's MySQL column types (CharField -> varchar(n), TextField -> longtext,
-- EmailField -> varchar(254), DateTimeField -> datetime(6), BooleanField -> tinyint(1), DurationField -> bigint,
-- ForeignKey -> <name>_id of the target key's type); PostgreSQL uuid -> char(36), jsonb and ArrayField -> json,
-- timestamptz -> datetime(6); ClickHouse String -> text, DateTime64 -> datetime(6), Int64 -> bigint. Column
-- comments are upstream help_text / ClickHouse COMMENTs (the first sentence where long). Indexes other than primary
-- and unique keys left out.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `auth_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_organization` (
  `id` char(36) NOT NULL,
  `name` varchar(64) NOT NULL,
  `slug` varchar(48) NOT NULL,
  `logo_media_id` char(36),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `session_cookie_age` int COMMENT 'Custom session cookie age in seconds. If not set, the global setting SESSION_COOKIE_AGE will be used.',
  `is_member_join_email_enabled` tinyint(1) NOT NULL,
  `is_ai_data_processing_approved` tinyint(1),
  `enforce_2fa` tinyint(1),
  `members_can_invite` tinyint(1),
  `members_can_use_personal_api_keys` tinyint(1) NOT NULL,
  `allow_publicly_shared_resources` tinyint(1) NOT NULL,
  `default_role_id` char(36) COMMENT 'Role automatically assigned to new members joining the organization',
  `plugins_access_level` smallint unsigned NOT NULL,
  `for_internal_metrics` tinyint(1) NOT NULL,
  `default_experiment_stats_method` varchar(20) COMMENT 'Default statistical method for new experiments in this organization.',
  `default_anonymize_ips` tinyint(1) NOT NULL COMMENT 'Default setting for ''Discard client IP data'' for new projects in this organization.',
  `is_hipaa` tinyint(1),
  `customer_id` varchar(200),
  `available_product_features` json,
  `usage` json,
  `never_drop_data` tinyint(1),
  `customer_trust_scores` json,
  `setup_section_2_completed` tinyint(1) NOT NULL,
  `personalization` json NOT NULL,
  `domain_whitelist` json NOT NULL,
  `is_platform` tinyint(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`slug`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_team` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `parent_team_id` int,
  `project_id` bigint NOT NULL,
  `api_token` varchar(200) NOT NULL,
  `app_urls` json NOT NULL,
  `name` varchar(200) NOT NULL,
  `slack_incoming_webhook` varchar(500),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `anonymize_ips` tinyint(1) NOT NULL,
  `completed_snippet_onboarding` tinyint(1) NOT NULL,
  `has_completed_onboarding_for` json,
  `onboarding_tasks` json,
  `ingested_event` tinyint(1) NOT NULL,
  `person_processing_opt_out` tinyint(1),
  `secret_api_token` varchar(200),
  `secret_api_token_backup` varchar(200),
  `session_recording_opt_in` tinyint(1) NOT NULL,
  `session_recording_sample_rate` decimal(3,2),
  `session_recording_minimum_duration_milliseconds` int,
  `session_recording_linked_flag` json,
  `session_recording_network_payload_capture_config` json,
  `session_recording_masking_config` json,
  `session_recording_url_trigger_config` json,
  `session_recording_url_blocklist_config` json,
  `session_recording_event_trigger_config` json,
  `session_recording_trigger_match_type_config` varchar(24),
  `session_replay_config` json,
  `session_recording_retention_period` varchar(3) NOT NULL,
  `survey_config` json,
  `surveys_opt_in` tinyint(1),
  `capture_console_log_opt_in` tinyint(1),
  `capture_performance_opt_in` tinyint(1),
  `capture_dead_clicks` tinyint(1),
  `autocapture_opt_out` tinyint(1),
  `autocapture_web_vitals_opt_in` tinyint(1),
  `autocapture_web_vitals_allowed_metrics` json,
  `autocapture_exceptions_opt_in` tinyint(1),
  `autocapture_exceptions_errors_to_ignore` json,
  `heatmaps_opt_in` tinyint(1),
  `web_analytics_pre_aggregated_tables_enabled` tinyint(1),
  `web_analytics_pre_aggregated_tables_version` varchar(10),
  `flags_persistence_default` tinyint(1),
  `feature_flag_confirmation_enabled` tinyint(1),
  `feature_flag_confirmation_message` longtext,
  `default_evaluation_environments_enabled` tinyint(1) COMMENT 'Whether to automatically apply default evaluation environments to new feature flags',
  `session_recording_version` varchar(24),
  `signup_token` varchar(200),
  `is_demo` tinyint(1) NOT NULL,
  `access_control` tinyint(1) NOT NULL,
  `week_start_day` smallint,
  `inject_web_apps` tinyint(1),
  `test_account_filters` json NOT NULL,
  `test_account_filters_default_checked` tinyint(1),
  `path_cleaning_filters` json,
  `timezone` varchar(240) NOT NULL,
  `data_attributes` json NOT NULL,
  `person_display_name_properties` json,
  `live_events_columns` json,
  `recording_domains` json,
  `human_friendly_comparison_periods` tinyint(1),
  `cookieless_server_hash_mode` smallint,
  `primary_dashboard_id` int,
  `default_data_theme` int,
  `extra_settings` json,
  `modifiers` json,
  `correlation_config` json,
  `session_recording_retention_period_days` int,
  `plugins_opt_in` tinyint(1) NOT NULL,
  `opt_out_capture` tinyint(1) NOT NULL,
  `event_names` json NOT NULL,
  `event_names_with_usage` json NOT NULL,
  `event_properties` json NOT NULL,
  `event_properties_with_usage` json NOT NULL,
  `event_properties_numerical` json NOT NULL,
  `external_data_workspace_id` varchar(400),
  `external_data_workspace_last_synced_at` datetime(6),
  `api_query_rate_limit` varchar(32) COMMENT 'Custom rate limit for HogQL API queries in #requests/{sec,min,hour,day}',
  `revenue_tracking_config` json,
  `drop_events_older_than` bigint COMMENT 'Events older than this threshold will be dropped in ingestion. Empty means no timestamp restrictions.',
  `base_currency` varchar(3),
  `experiment_recalculation_time` time(6) COMMENT 'Time of day (UTC) when experiment metrics should be recalculated. If not set, uses the default recalculation time.',
  PRIMARY KEY (`id`),
  UNIQUE KEY (`uuid`),
  UNIQUE KEY (`api_token`),
  FOREIGN KEY (`organization_id`) REFERENCES `posthog_organization` (`id`),
  FOREIGN KEY (`parent_team_id`) REFERENCES `posthog_team` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6),
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `uuid` char(36) NOT NULL,
  `current_organization_id` char(36),
  `current_team_id` int,
  `email` varchar(254) NOT NULL,
  `pending_email` varchar(254),
  `temporary_token` varchar(200),
  `distinct_id` varchar(200),
  `is_email_verified` tinyint(1),
  `requested_password_reset_at` datetime(6),
  `has_seen_product_intro_for` json,
  `strapi_id` smallint unsigned,
  `role_at_organization` varchar(64),
  `theme_mode` varchar(20),
  `partial_notification_settings` json,
  `anonymize_data` tinyint(1),
  `toolbar_mode` varchar(200),
  `hedgehog_config` json,
  `events_column_config` json NOT NULL,
  `email_opt_in` tinyint(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`uuid`),
  UNIQUE KEY (`email`),
  UNIQUE KEY (`temporary_token`),
  UNIQUE KEY (`distinct_id`),
  FOREIGN KEY (`current_organization_id`) REFERENCES `posthog_organization` (`id`),
  FOREIGN KEY (`current_team_id`) REFERENCES `posthog_team` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_user_groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `posthog_user` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_organizationmembership` (
  `id` char(36) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `user_id` int NOT NULL,
  `level` smallint unsigned NOT NULL,
  `joined_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `posthog_organization` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `posthog_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_organizationinvite` (
  `id` char(36) NOT NULL,
  `organization_id` char(36) NOT NULL,
  `target_email` varchar(254),
  `first_name` varchar(30) NOT NULL,
  `created_by_id` int,
  `emailing_attempt_made` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `message` longtext,
  `level` smallint unsigned NOT NULL,
  `private_project_access` json COMMENT 'List of team IDs and corresponding access levels to private projects.',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organization_id`) REFERENCES `posthog_organization` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `posthog_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_personalapikey` (
  `id` varchar(50) NOT NULL,
  `user_id` int NOT NULL,
  `label` varchar(40) NOT NULL,
  `value` varchar(50),
  `mask_value` varchar(11),
  `secure_value` varchar(300),
  `created_at` datetime(6) NOT NULL,
  `last_used_at` datetime(6),
  `scopes` json,
  `scoped_teams` json,
  `scoped_organizations` json,
  `team_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`value`),
  UNIQUE KEY (`secure_value`),
  FOREIGN KEY (`user_id`) REFERENCES `posthog_user` (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `posthog_team` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_person` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `properties_last_updated_at` json,
  `properties_last_operation` json,
  `properties` json NOT NULL,
  `is_identified` tinyint(1) NOT NULL DEFAULT 0,
  `uuid` char(36) NOT NULL,
  `version` bigint,
  `is_user_id` int,
  `team_id` int NOT NULL,
  `last_seen_at` datetime(6),
  `group_0_key` varchar(400) NOT NULL DEFAULT '',
  `group_1_key` varchar(400) NOT NULL DEFAULT '',
  `group_2_key` varchar(400) NOT NULL DEFAULT '',
  `group_3_key` varchar(400) NOT NULL DEFAULT '',
  `group_4_key` varchar(400) NOT NULL DEFAULT '',
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `merged_into_id` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_persondistinctid` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `distinct_id` varchar(400) NOT NULL,
  `version` bigint,
  `person_id` bigint NOT NULL,
  `team_id` int NOT NULL,
  `is_deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `posthog_person` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_personlessdistinctid` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `distinct_id` varchar(400) NOT NULL,
  `is_merged` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `team_id` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_personoverridemapping` (
  `id` int NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `team_id` bigint NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_personoverride` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `oldest_event` datetime(6) NOT NULL,
  `version` bigint,
  `team_id` bigint NOT NULL,
  `old_person_id` int NOT NULL,
  `override_person_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`old_person_id`) REFERENCES `posthog_personoverridemapping` (`id`),
  FOREIGN KEY (`override_person_id`) REFERENCES `posthog_personoverridemapping` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_pendingpersonoverride` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `team_id` bigint NOT NULL,
  `old_person_id` char(36) NOT NULL,
  `override_person_id` char(36) NOT NULL,
  `oldest_event` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_flatpersonoverride` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `team_id` bigint NOT NULL,
  `old_person_id` char(36) NOT NULL,
  `override_person_id` char(36) NOT NULL,
  `oldest_event` datetime(6) NOT NULL,
  `version` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_key` varchar(400) NOT NULL,
  `group_type_index` int NOT NULL,
  `group_properties` json NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `properties_last_updated_at` json NOT NULL,
  `properties_last_operation` json NOT NULL,
  `version` bigint NOT NULL,
  `team_id` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_grouptypemapping` (
  `id` int NOT NULL AUTO_INCREMENT,
  `group_type` varchar(400) NOT NULL,
  `group_type_index` int NOT NULL,
  `name_singular` varchar(400),
  `name_plural` varchar(400),
  `team_id` int NOT NULL,
  `project_id` bigint,
  `detail_dashboard_id` int,
  `default_columns` json,
  `created_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_cohort` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(400),
  `description` varchar(1000) NOT NULL,
  `team_id` int NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `filters` json COMMENT 'Filters for the cohort.',
  `query` json,
  `version` int,
  `pending_version` int,
  `count` int,
  `created_by_id` int,
  `created_at` datetime(6),
  `is_calculating` tinyint(1) NOT NULL,
  `last_calculation` datetime(6),
  `errors_calculating` int NOT NULL,
  `last_error_at` datetime(6),
  `is_static` tinyint(1) NOT NULL,
  `cohort_type` varchar(50) COMMENT 'Type of cohort based on filter complexity',
  `groups` json NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `posthog_team` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `posthog_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_cohortpeople` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `version` int,
  `cohort_id` int NOT NULL,
  `person_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `posthog_person` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_featureflag` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(400) NOT NULL,
  `name` longtext NOT NULL,
  `filters` json NOT NULL,
  `rollout_percentage` int,
  `team_id` int NOT NULL,
  `created_by_id` int,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6),
  `deleted` tinyint(1) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `version` int,
  `last_modified_by_id` int,
  `rollback_conditions` json,
  `performed_rollback` tinyint(1),
  `ensure_experience_continuity` tinyint(1),
  `usage_dashboard_id` int,
  `has_enriched_analytics` tinyint(1),
  `is_remote_configuration` tinyint(1),
  `has_encrypted_payloads` tinyint(1),
  `evaluation_runtime` varchar(10) COMMENT 'Specifies where this feature flag should be evaluated',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `posthog_team` (`id`),
  FOREIGN KEY (`created_by_id`) REFERENCES `posthog_user` (`id`),
  FOREIGN KEY (`last_modified_by_id`) REFERENCES `posthog_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_featureflaghashkeyoverride` (
  `id` int NOT NULL AUTO_INCREMENT,
  `feature_flag_key` varchar(400) NOT NULL,
  `hash_key` varchar(400) NOT NULL,
  `person_id` bigint NOT NULL,
  `team_id` int NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`person_id`) REFERENCES `posthog_person` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_sessionrecording` (
  `id` char(36) NOT NULL,
  `session_id` varchar(200) NOT NULL,
  `team_id` int NOT NULL,
  `created_at` datetime(6),
  `deleted` tinyint(1),
  `object_storage_path` varchar(200),
  `full_recording_v2_path` varchar(1000),
  `distinct_id` varchar(400),
  `duration` int,
  `active_seconds` int,
  `inactive_seconds` int,
  `start_time` datetime(6),
  `end_time` datetime(6),
  `click_count` int,
  `keypress_count` int,
  `mouse_activity_count` int,
  `console_log_count` int,
  `console_warn_count` int,
  `console_error_count` int,
  `start_url` varchar(512),
  `storage_version` varchar(20),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`session_id`),
  FOREIGN KEY (`team_id`) REFERENCES `posthog_team` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_sessionrecordingevent` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6),
  `timestamp` datetime(6) NOT NULL,
  `team_id` int NOT NULL,
  `distinct_id` varchar(200) NOT NULL,
  `session_id` varchar(200) NOT NULL,
  `window_id` varchar(200),
  `snapshot_data` json NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `posthog_team` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_sessionrecordingviewed` (
  `id` int NOT NULL AUTO_INCREMENT,
  `team_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime(6),
  `session_id` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`team_id`) REFERENCES `posthog_team` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `posthog_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `posthog_activitylog` (
  `id` char(36) NOT NULL,
  `team_id` int unsigned,
  `organization_id` char(36),
  `user_id` int,
  `is_system` tinyint(1),
  `activity` varchar(79) NOT NULL,
  `item_id` varchar(72),
  `scope` varchar(79) NOT NULL,
  `detail` json,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `posthog_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `events` (
  `uuid` char(36) NOT NULL,
  `event` text NOT NULL,
  `properties` text NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `team_id` bigint NOT NULL,
  `distinct_id` text NOT NULL,
  `elements_chain` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `person_id` char(36) NOT NULL,
  `person_created_at` datetime(6) NOT NULL,
  `person_properties` text NOT NULL,
  `group0_properties` text NOT NULL,
  `group1_properties` text NOT NULL,
  `group2_properties` text NOT NULL,
  `group3_properties` text NOT NULL,
  `group4_properties` text NOT NULL,
  `group0_created_at` datetime(6) NOT NULL,
  `group1_created_at` datetime(6) NOT NULL,
  `group2_created_at` datetime(6) NOT NULL,
  `group3_created_at` datetime(6) NOT NULL,
  `group4_created_at` datetime(6) NOT NULL,
  `$group_0` text NOT NULL COMMENT 'column_materializer::$group_0',
  `$group_1` text NOT NULL COMMENT 'column_materializer::$group_1',
  `$group_2` text NOT NULL COMMENT 'column_materializer::$group_2',
  `$group_3` text NOT NULL COMMENT 'column_materializer::$group_3',
  `$group_4` text NOT NULL COMMENT 'column_materializer::$group_4',
  `$window_id` text NOT NULL COMMENT 'column_materializer::$window_id',
  `$session_id` text NOT NULL COMMENT 'column_materializer::$session_id',
  `_timestamp` datetime NOT NULL,
  `_offset` bigint unsigned NOT NULL
) ENGINE=InnoDB;
SET FOREIGN_KEY_CHECKS=1;

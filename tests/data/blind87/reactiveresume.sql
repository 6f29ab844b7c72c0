-- Reactive Resume v5 (CV builder), github.com/reactive-resume/reactive-resume, commit 366ef973024e3c92b2d923657217efdf5d84c276 (MIT).
-- The Drizzle ORM schema snapshot migrations/20261009190305_slimy_mikhail_rasputin/snapshot.json (PostgreSQL), all 39 tables, written as MySQL DDL.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `agent_actions` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `thread_id` varchar(255) NOT NULL,
  `message_id` varchar(255) NULL,
  `resume_id` varchar(255) NULL,
  `kind` text NOT NULL,
  `status` text NOT NULL DEFAULT 'applied',
  `title` text NOT NULL,
  `summary` text NULL,
  `operations` json NOT NULL,
  `snapshot_data` json NULL,
  `base_updated_at` datetime(6) NOT NULL,
  `applied_updated_at` datetime(6) NOT NULL,
  `reverted_at` datetime(6) NULL,
  `revert_message` text NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agent_attachments` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `thread_id` varchar(255) NOT NULL,
  `message_id` varchar(255) NULL,
  `storage_key` text NOT NULL,
  `filename` text NOT NULL,
  `media_type` text NOT NULL,
  `size` integer NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agent_messages` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `thread_id` varchar(255) NOT NULL,
  `role` text NOT NULL,
  `status` text NOT NULL DEFAULT 'completed',
  `sequence` integer NOT NULL,
  `ui_message` json NOT NULL,
  `error` text NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agent_threads` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `ai_provider_id` varchar(255) NULL,
  `source_resume_id` varchar(255) NULL,
  `working_resume_id` varchar(255) NULL,
  `cover_letter_id` varchar(255) NULL,
  `scope` text NOT NULL DEFAULT 'document',
  `application_id` varchar(255) NULL,
  `title` text NOT NULL,
  `edits_proposed` integer NOT NULL DEFAULT 0,
  `edits_accepted` integer NOT NULL DEFAULT 0,
  `status` text NOT NULL DEFAULT 'active',
  `review_patches` tinyint(1) NOT NULL DEFAULT 0,
  `active_run_id` varchar(255) NULL,
  `active_stream_id` varchar(255) NULL,
  `active_run_started_at` datetime(6) NULL,
  `last_message_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `archived_at` datetime(6) NULL,
  `deleted_at` datetime(6) NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_providers` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `label` text NOT NULL,
  `provider` text NOT NULL,
  `model` text NOT NULL,
  `base_url` text NULL,
  `encrypted_api_key` text NOT NULL,
  `api_key_salt` text NOT NULL,
  `api_key_hash` text NOT NULL,
  `api_key_preview` text NOT NULL,
  `test_status` text NOT NULL DEFAULT 'untested',
  `test_error` text NULL,
  `last_tested_at` datetime(6) NULL,
  `last_used_at` datetime(6) NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `company` text NOT NULL,
  `role` text NOT NULL,
  `location` text NULL,
  `salary` text NULL,
  `status` text NOT NULL DEFAULT 'saved',
  `closed_reason` text NULL,
  `resume_id` varchar(255) NULL,
  `cover_letter_id` varchar(255) NULL,
  `sent_resume_version_id` varchar(255) NULL,
  `sent_check_score` smallint NULL,
  `sent_cover_letter_version_id` varchar(255) NULL,
  `source` text NULL,
  `tags` json NOT NULL,
  `source_url` text NULL,
  `job_description` text NULL,
  `posting_source` json NULL,
  `requirements` json NOT NULL,
  `match_score` integer NULL,
  `ai_metadata` json NULL,
  `notes` text NULL,
  `resume_file_url` text NULL,
  `resume_file_name` text NULL,
  `cover_letter_url` text NULL,
  `cover_letter_name` text NULL,
  `follow_up_at` datetime(6) NULL,
  `follow_up_note` text NULL,
  `contacts` json NOT NULL,
  `activity` json NOT NULL,
  `applied_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `career_artifact` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `application_id` varchar(255) NULL,
  `interview_id` varchar(255) NULL,
  `title` text NOT NULL,
  `data` json NOT NULL,
  `evidence` json NOT NULL,
  `job_id` varchar(255) NULL,
  `input_version` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `career_fact` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `application_id` varchar(255) NULL,
  `text` text NOT NULL,
  `category` text NOT NULL,
  `source` json NOT NULL,
  `source_key` text NOT NULL,
  `status` text NOT NULL DEFAULT 'active',
  `revisions` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `career_job` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `schedule_id` varchar(255) NOT NULL,
  `due_at` datetime(6) NOT NULL,
  `status` text NOT NULL DEFAULT 'queued',
  `attempts` integer NOT NULL DEFAULT 0,
  `lease` text NULL,
  `lease_until` datetime(6) NULL,
  `error` text NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `career_notification` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `application_id` varchar(255) NULL,
  `key` text NOT NULL,
  `notice` json NOT NULL,
  `url` text NULL,
  `read_at` datetime(6) NULL,
  `emailed_at` datetime(6) NULL,
  `email_attempted_at` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `career_opportunity` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `url` text NOT NULL,
  `role` text NOT NULL DEFAULT '',
  `company` text NOT NULL DEFAULT '',
  `location` text NOT NULL DEFAULT '',
  `snippet` text NOT NULL,
  `description` text NOT NULL DEFAULT '',
  `first_seen_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `last_seen_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `dismissed_at` datetime(6) NULL,
  `tracked_application_id` varchar(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `career_profile` (
  `user_id` varchar(255) NOT NULL,
  `data` json NOT NULL,
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `career_schedule` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `application_id` varchar(255) NULL,
  `interview_id` varchar(255) NULL,
  `kind` text NOT NULL,
  `query` text NOT NULL DEFAULT '',
  `lead` text NULL,
  `locale` text NOT NULL DEFAULT 'en-US',
  `timezone` text NOT NULL DEFAULT 'UTC',
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `email` tinyint(1) NOT NULL DEFAULT 0,
  `next_run_at` datetime(6) NOT NULL,
  `last_queued_at` datetime(6) NULL,
  `interval_days` integer NULL,
  `ai_provider_id` varchar(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `career_story` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `application_id` varchar(255) NULL,
  `data` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `career_transcript` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `application_id` varchar(255) NULL,
  `original` text NOT NULL,
  `edited` text NOT NULL,
  `model` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `career_workspace` (
  `application_id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `data` json NOT NULL,
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`application_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account` (
  `id` varchar(255) NOT NULL,
  `account_id` varchar(255) NOT NULL,
  `provider_id` varchar(255) NOT NULL DEFAULT 'credential',
  `issuer` text NULL,
  `user_id` varchar(255) NOT NULL,
  `scope` text NULL,
  `id_token` text NULL,
  `password` text NULL,
  `access_token` text NULL,
  `refresh_token` text NULL,
  `access_token_expires_at` datetime(6) NULL,
  `refresh_token_expires_at` datetime(6) NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_provider_id_account_id_unique` (`provider_id`, `account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `apikey` (
  `id` varchar(255) NOT NULL,
  `name` text NULL,
  `start` text NULL,
  `prefix` text NULL,
  `key` text NOT NULL,
  `config_id` varchar(255) NOT NULL DEFAULT 'default',
  `reference_id` varchar(255) NOT NULL,
  `refill_interval` integer NULL,
  `refill_amount` integer NULL,
  `last_refill_at` datetime(6) NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `rate_limit_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `rate_limit_time_window` integer NULL DEFAULT 86400000,
  `rate_limit_max` integer NULL DEFAULT 10,
  `request_count` integer NOT NULL DEFAULT 0,
  `remaining` integer NULL,
  `last_request` datetime(6) NULL,
  `expires_at` datetime(6) NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `permissions` text NULL,
  `metadata` json NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jwks` (
  `id` varchar(255) NOT NULL,
  `public_key` text NOT NULL,
  `private_key` text NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `expires_at` datetime(6) NULL,
  `alg` text NULL,
  `crv` text NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_token` (
  `authorization_code_id` varchar(255) NULL,
  `resources` json NULL,
  `requested_user_info_claims` json NULL,
  `revoked` datetime(6) NULL,
  `confirmation` json NULL,
  `id` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `session_id` varchar(255) NULL,
  `user_id` varchar(255) NULL,
  `reference_id` varchar(255) NULL,
  `refresh_id` varchar(255) NULL,
  `expires_at` datetime(6) NULL,
  `created_at` datetime(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `scopes` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_access_token_token_unique` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_client` (
  `client_discovery_id` varchar(255) NULL,
  `client_credentials_scopes` json NULL,
  `backchannel_logout_uri` text NULL,
  `backchannel_logout_session_required` tinyint(1) NULL,
  `application_type` text NULL,
  `jwks` text NULL,
  `jwks_uri` text NULL,
  `dpop_bound_access_tokens` tinyint(1) NULL DEFAULT 0,
  `id` varchar(255) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `client_secret` text NULL,
  `disabled` tinyint(1) NULL DEFAULT 0,
  `skip_consent` tinyint(1) NULL,
  `enable_end_session` tinyint(1) NULL,
  `subject_type` text NULL,
  `scopes` json NULL,
  `user_id` varchar(255) NULL,
  `created_at` datetime(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` text NULL,
  `uri` text NULL,
  `icon` text NULL,
  `contacts` json NULL,
  `tos` text NULL,
  `policy` text NULL,
  `software_id` varchar(255) NULL,
  `software_version` text NULL,
  `software_statement` text NULL,
  `redirect_uris` json NOT NULL,
  `post_logout_redirect_uris` json NULL,
  `token_endpoint_auth_method` text NULL,
  `grant_types` json NULL,
  `response_types` json NULL,
  `public` tinyint(1) NULL,
  `type` text NULL,
  `require_pkce` tinyint(1) NULL,
  `reference_id` varchar(255) NULL,
  `metadata` json NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_client_client_id_unique` (`client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_client_assertion` (
  `id` varchar(255) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_client_resource` (
  `id` varchar(255) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `resource_id` varchar(255) NOT NULL,
  `metadata` json NULL,
  `created_at` datetime(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_consent` (
  `resources` json NULL,
  `requested_user_info_claims` json NULL,
  `id` varchar(255) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `user_id` varchar(255) NULL,
  `reference_id` varchar(255) NULL,
  `scopes` json NOT NULL,
  `created_at` datetime(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_refresh_token` (
  `authorization_code_id` varchar(255) NULL,
  `resources` json NULL,
  `requested_user_info_claims` json NULL,
  `rotated_at` datetime(6) NULL,
  `rotation_replay_response` text NULL,
  `rotation_replay_expires_at` datetime(6) NULL,
  `confirmation` json NULL,
  `id` varchar(255) NOT NULL,
  `token` text NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `session_id` varchar(255) NULL,
  `user_id` varchar(255) NOT NULL,
  `reference_id` varchar(255) NULL,
  `expires_at` datetime(6) NULL,
  `created_at` datetime(6) NULL DEFAULT CURRENT_TIMESTAMP(6),
  `revoked` datetime(6) NULL,
  `auth_time` datetime(6) NULL,
  `scopes` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_resource` (
  `id` varchar(255) NOT NULL,
  `identifier` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `access_token_ttl` integer NULL,
  `refresh_token_ttl` integer NULL,
  `signing_algorithm` text NULL,
  `signing_key_id` varchar(255) NULL,
  `allowed_scopes` json NULL,
  `custom_claims` json NULL,
  `dpop_bound_access_tokens_required` tinyint(1) NULL DEFAULT 0,
  `disabled` tinyint(1) NULL DEFAULT 0,
  `created_at` datetime(6) NULL,
  `updated_at` datetime(6) NULL,
  `policy_version` integer NULL DEFAULT 1,
  `metadata` json NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_resource_identifier_unique` (`identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `passkey` (
  `id` varchar(255) NOT NULL,
  `name` text NULL,
  `aaguid` text NULL,
  `public_key` text NOT NULL,
  `credential_id` varchar(255) NOT NULL,
  `counter` integer NOT NULL,
  `device_type` text NOT NULL,
  `backed_up` tinyint(1) NOT NULL DEFAULT 0,
  `transports` text NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session` (
  `id` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `ip_address` text NULL,
  `user_agent` text NULL,
  `impersonated_by` text NULL,
  `user_id` varchar(255) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `session_token_unique` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `two_factor` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `secret` text NOT NULL,
  `backup_codes` text NOT NULL,
  `verified` tinyint(1) NOT NULL DEFAULT 1,
  `failed_verification_count` integer NULL DEFAULT 0,
  `locked_until` datetime(6) NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` varchar(255) NOT NULL,
  `image` text NULL,
  `name` text NOT NULL,
  `email` varchar(255) NOT NULL,
  `email_verified` tinyint(1) NOT NULL DEFAULT 0,
  `username` varchar(255) NOT NULL,
  `display_username` varchar(255) NOT NULL,
  `two_factor_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `timezone` text NOT NULL DEFAULT 'UTC',
  `last_active_at` datetime(6) NULL,
  `role` text NULL DEFAULT 'user',
  `banned` tinyint(1) NULL DEFAULT 0,
  `ban_reason` text NULL,
  `ban_expires` datetime(6) NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_email_unique` (`email`),
  UNIQUE KEY `user_username_unique` (`username`),
  UNIQUE KEY `user_display_username_unique` (`display_username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verification` (
  `id` varchar(255) NOT NULL,
  `identifier` text NOT NULL,
  `value` text NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cover_letter` (
  `id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `recipient` text NOT NULL DEFAULT '',
  `content` text NOT NULL DEFAULT '',
  `greeting` text NULL,
  `sign_off` text NULL,
  `style` json NOT NULL,
  `layout` text NOT NULL DEFAULT 'freeform',
  `recipient_name` text NOT NULL DEFAULT '',
  `recipient_company` text NOT NULL DEFAULT '',
  `letter_date` text NULL,
  `sender_linked` tinyint(1) NOT NULL DEFAULT 0,
  `design_linked` tinyint(1) NOT NULL DEFAULT 0,
  `source_resume_id` varchar(255) NULL,
  `source_application_id` varchar(255) NULL,
  `tags` json NOT NULL,
  `is_locked` tinyint(1) NOT NULL DEFAULT 0,
  `trashed_at` datetime(6) NULL,
  `revision` integer NOT NULL DEFAULT 1,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cover_letter_version` (
  `id` varchar(255) NOT NULL,
  `cover_letter_id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `data` json NOT NULL,
  `kind` text NOT NULL DEFAULT 'auto',
  `name` text NULL,
  `session_id` varchar(255) NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resume` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `slug` varchar(255) NOT NULL,
  `tags` json NOT NULL,
  `is_public` tinyint(1) NOT NULL DEFAULT 0,
  `show_download_buttons` tinyint(1) NOT NULL DEFAULT 1,
  `is_locked` tinyint(1) NOT NULL DEFAULT 0,
  `password` text NULL,
  `application_id` varchar(255) NULL,
  `trashed_at` datetime(6) NULL,
  `auto_name` tinyint(1) NOT NULL DEFAULT 0,
  `data` json NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `resume_slug_user_id_unique` (`slug`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resume_slug_redirect` (
  `id` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `resume_id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `resume_slug_redirect_user_id_slug_unique` (`user_id`, `slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resume_statistics` (
  `id` varchar(255) NOT NULL,
  `views` integer NOT NULL DEFAULT 0,
  `downloads` integer NOT NULL DEFAULT 0,
  `last_viewed_at` datetime(6) NULL,
  `last_downloaded_at` datetime(6) NULL,
  `resume_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `resume_statistics_resume_id_unique` (`resume_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resume_statistics_daily` (
  `id` varchar(255) NOT NULL,
  `date` date NOT NULL,
  `views` integer NOT NULL DEFAULT 0,
  `downloads` integer NOT NULL DEFAULT 0,
  `resume_id` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `resume_statistics_daily_resume_id_date_unique` (`resume_id`, `date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resume_version` (
  `id` varchar(255) NOT NULL,
  `resume_id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `data` json NOT NULL,
  `kind` text NOT NULL DEFAULT 'auto',
  `name` text NULL,
  `session_id` varchar(255) NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `web_access_credentials` (
  `user_id` varchar(255) NOT NULL,
  `provider` text NOT NULL,
  `encrypted_api_key` text NOT NULL,
  PRIMARY KEY (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ZITADEL v2.51.3 — trimmed MySQL rendering of the PostgreSQL schema ZITADEL creates (43 of 142 tables, every column kept)
-- Upstream: https://github.com/zitadel/zitadel (cmd/setup SQL steps + internal/query/projection Init() table definitions)
--   The DDL was taken from a pg_dump of a database initialised by the official image ghcr.io/zitadel/zitadel:v2.51.3
--   (github.com/datalens-tech/datalens pg-us/init/zitadel_init.sql, commit 059209890d9d5a0965e1e96ae5cf1c9a83e66444,
--   Apache-2.0; only the DDL is used, no data). ZITADEL licence at v2.51.3: Apache-2.0 (later AGPL-3.0).
-- Rendering: PostgreSQL schemas flattened into the table name (auth.users2 -> auth_users2); text -> text (varchar(190)
--   in primary keys), text[]/smallint[] -> json, jsonb -> json, bytea -> longblob, timestamptz -> datetime(6),
--   boolean -> tinyint(1), numeric -> decimal(65,30), interval -> varchar(64); primary keys from the dump's constraints.

CREATE TABLE `auth_users2` (
  `id` varchar(190) NOT NULL,
  `creation_date` datetime(6),
  `change_date` datetime(6),
  `resource_owner` text,
  `user_state` smallint,
  `password_set` tinyint(1),
  `password_change_required` tinyint(1),
  `password_change` datetime(6),
  `last_login` datetime(6),
  `user_name` text,
  `login_names` json,
  `preferred_login_name` text,
  `first_name` text,
  `last_name` text,
  `nick_name` text,
  `display_name` text,
  `preferred_language` text,
  `gender` smallint,
  `email` text,
  `is_email_verified` tinyint(1),
  `phone` text,
  `is_phone_verified` tinyint(1),
  `country` text,
  `locality` text,
  `postal_code` text,
  `region` text,
  `street_address` text,
  `otp_state` smallint,
  `mfa_max_set_up` smallint,
  `mfa_init_skipped` datetime(6),
  `sequence` bigint,
  `init_required` tinyint(1),
  `username_change_required` tinyint(1),
  `machine_name` text,
  `machine_description` text,
  `user_type` text,
  `u2f_tokens` longblob,
  `passwordless_tokens` longblob,
  `avatar_key` text,
  `passwordless_init_required` tinyint(1),
  `password_init_required` tinyint(1),
  `instance_id` varchar(190) NOT NULL,
  `owner_removed` tinyint(1) DEFAULT 0,
  `otp_sms_added` tinyint(1) DEFAULT 0,
  `otp_email_added` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`instance_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_user_sessions` (
  `creation_date` datetime(6),
  `change_date` datetime(6),
  `resource_owner` text,
  `state` smallint,
  `user_agent_id` varchar(190) NOT NULL,
  `user_id` varchar(190) NOT NULL,
  `user_name` text,
  `password_verification` datetime(6),
  `second_factor_verification` datetime(6),
  `multi_factor_verification` datetime(6),
  `sequence` bigint,
  `second_factor_verification_type` smallint,
  `multi_factor_verification_type` smallint,
  `user_display_name` text,
  `login_name` text,
  `external_login_verification` datetime(6),
  `selected_idp_config_id` text,
  `passwordless_verification` datetime(6),
  `avatar_key` text,
  `instance_id` varchar(190) NOT NULL,
  PRIMARY KEY (`user_agent_id`, `user_id`, `instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_user_external_idps2` (
  `external_user_id` varchar(190) NOT NULL,
  `idp_config_id` varchar(190) NOT NULL,
  `user_id` text,
  `idp_name` text,
  `user_display_name` text,
  `creation_date` datetime(6),
  `change_date` datetime(6),
  `sequence` bigint,
  `resource_owner` text,
  `instance_id` varchar(190) NOT NULL,
  `owner_removed` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`instance_id`, `external_user_id`, `idp_config_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_tokens` (
  `id` varchar(190) NOT NULL,
  `creation_date` datetime(6),
  `change_date` datetime(6),
  `resource_owner` text,
  `application_id` text,
  `user_agent_id` text,
  `user_id` text,
  `expiration` datetime(6),
  `sequence` bigint,
  `scopes` json,
  `audience` json,
  `preferred_language` text,
  `refresh_token_id` text,
  `is_pat` tinyint(1) NOT NULL DEFAULT 0,
  `instance_id` varchar(190) NOT NULL,
  `actor` json,
  PRIMARY KEY (`id`, `instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_refresh_tokens` (
  `id` varchar(190) NOT NULL,
  `creation_date` datetime(6),
  `change_date` datetime(6),
  `resource_owner` text,
  `token` text,
  `client_id` text NOT NULL,
  `user_agent_id` text NOT NULL,
  `user_id` text NOT NULL,
  `auth_time` datetime(6),
  `idle_expiration` datetime(6),
  `expiration` datetime(6),
  `sequence` bigint,
  `scopes` json,
  `audience` json,
  `amr` json,
  `instance_id` varchar(190) NOT NULL,
  `actor` json,
  PRIMARY KEY (`id`, `instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_auth_requests` (
  `id` varchar(190) NOT NULL,
  `request` json,
  `code` text,
  `request_type` smallint,
  `creation_date` datetime(6),
  `change_date` datetime(6),
  `instance_id` varchar(190) NOT NULL,
  PRIMARY KEY (`id`, `instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_idp_configs2` (
  `idp_config_id` varchar(190) NOT NULL,
  `creation_date` datetime(6),
  `change_date` datetime(6),
  `sequence` bigint,
  `aggregate_id` text,
  `name` text,
  `idp_state` smallint,
  `idp_provider_type` smallint,
  `is_oidc` tinyint(1),
  `oidc_client_id` text,
  `oidc_client_secret` json,
  `oidc_issuer` text,
  `oidc_scopes` json,
  `oidc_idp_display_name_mapping` smallint,
  `oidc_idp_username_mapping` smallint,
  `styling_type` smallint,
  `oauth_authorization_endpoint` text,
  `oauth_token_endpoint` text,
  `auto_register` tinyint(1),
  `jwt_endpoint` text,
  `jwt_keys_endpoint` text,
  `jwt_header_name` text,
  `instance_id` varchar(190) NOT NULL,
  `owner_removed` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`instance_id`, `idp_config_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_locks` (
  `locker_id` text,
  `locked_until` datetime(3),
  `view_name` varchar(190) NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  PRIMARY KEY (`view_name`, `instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_current_sequences` (
  `view_name` varchar(190) NOT NULL,
  `current_sequence` bigint,
  `event_date` datetime(6),
  `last_successful_spooler_run` datetime(6),
  `instance_id` varchar(190) NOT NULL,
  PRIMARY KEY (`view_name`, `instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `eventstore_events2` (
  `instance_id` varchar(190) NOT NULL,
  `aggregate_type` varchar(190) NOT NULL,
  `aggregate_id` varchar(190) NOT NULL,
  `event_type` text NOT NULL,
  `sequence` bigint NOT NULL,
  `revision` smallint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `payload` json,
  `creator` text NOT NULL,
  `owner` text NOT NULL,
  `position` decimal(65,30) NOT NULL,
  `in_tx_order` int NOT NULL,
  PRIMARY KEY (`instance_id`, `aggregate_type`, `aggregate_id`, `sequence`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `eventstore_unique_constraints` (
  `instance_id` varchar(190) NOT NULL,
  `unique_type` varchar(190) NOT NULL,
  `unique_field` varchar(190) NOT NULL,
  PRIMARY KEY (`instance_id`, `unique_type`, `unique_field`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `logstore_access` (
  `log_date` datetime(6) NOT NULL,
  `protocol` int NOT NULL,
  `request_url` text NOT NULL,
  `response_status` int NOT NULL,
  `request_headers` json,
  `response_headers` json,
  `instance_id` text NOT NULL,
  `project_id` text NOT NULL,
  `requested_domain` text,
  `requested_host` text
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `logstore_execution` (
  `log_date` datetime(6) NOT NULL,
  `took` varchar(64),
  `message` text NOT NULL,
  `loglevel` int NOT NULL,
  `instance_id` text NOT NULL,
  `action_id` text NOT NULL,
  `metadata` json
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_users12` (
  `id` varchar(190) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `sequence` bigint NOT NULL,
  `state` smallint NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `username` text NOT NULL,
  `type` smallint NOT NULL,
  PRIMARY KEY (`instance_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_users12_humans` (
  `user_id` varchar(190) NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `first_name` text NOT NULL,
  `last_name` text NOT NULL,
  `nick_name` text,
  `display_name` text,
  `preferred_language` text,
  `gender` smallint,
  `avatar_key` text,
  `email` text NOT NULL,
  `is_email_verified` tinyint(1) NOT NULL DEFAULT 0,
  `phone` text,
  `is_phone_verified` tinyint(1),
  `password_change_required` tinyint(1) NOT NULL,
  PRIMARY KEY (`instance_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_users12_machines` (
  `user_id` varchar(190) NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `secret` text,
  `access_token_type` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`instance_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_users12_notifications` (
  `user_id` varchar(190) NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `last_email` text,
  `verified_email` text,
  `last_phone` text,
  `verified_phone` text,
  `password_set` tinyint(1) NOT NULL DEFAULT 0,
  `verified_email_lower` text,
  PRIMARY KEY (`instance_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_user_metadata5` (
  `user_id` varchar(190) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `sequence` bigint NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `key` varchar(190) NOT NULL,
  `value` longblob,
  PRIMARY KEY (`instance_id`, `user_id`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_sessions8` (
  `id` varchar(190) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `sequence` bigint NOT NULL,
  `state` smallint NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `creator` text NOT NULL,
  `user_id` text,
  `user_resource_owner` text,
  `user_checked_at` datetime(6),
  `password_checked_at` datetime(6),
  `intent_checked_at` datetime(6),
  `webauthn_checked_at` datetime(6),
  `webauthn_user_verified` tinyint(1),
  `totp_checked_at` datetime(6),
  `otp_sms_checked_at` datetime(6),
  `otp_email_checked_at` datetime(6),
  `metadata` json,
  `token_id` text,
  `user_agent_fingerprint_id` text,
  `user_agent_ip` text,
  `user_agent_description` text,
  `user_agent_header` json,
  `expiration` datetime(6),
  PRIMARY KEY (`instance_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_auth_requests` (
  `id` varchar(190) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `sequence` bigint NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `login_client` text NOT NULL,
  `client_id` text NOT NULL,
  `redirect_uri` text NOT NULL,
  `scope` json NOT NULL,
  `prompt` json,
  `ui_locales` json,
  `max_age` bigint,
  `login_hint` text,
  `hint_user_id` text,
  PRIMARY KEY (`instance_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_login_names3_users` (
  `id` varchar(190) NOT NULL,
  `user_name` text NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `user_name_lower` text,
  PRIMARY KEY (`instance_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_login_names3_domains` (
  `name` varchar(190) NOT NULL,
  `is_primary` tinyint(1) NOT NULL DEFAULT 0,
  `resource_owner` varchar(190) NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `name_lower` text,
  PRIMARY KEY (`instance_id`, `resource_owner`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_login_names3_policies` (
  `must_be_domain` tinyint(1) NOT NULL,
  `is_default` tinyint(1) NOT NULL,
  `resource_owner` varchar(190) NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  PRIMARY KEY (`instance_id`, `resource_owner`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_personal_access_tokens3` (
  `id` varchar(190) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `sequence` bigint NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `user_id` text NOT NULL,
  `expiration` datetime(6) NOT NULL,
  `scopes` json,
  `owner_removed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`instance_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_idp_user_links3` (
  `idp_id` varchar(190) NOT NULL,
  `user_id` text NOT NULL,
  `external_user_id` varchar(190) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `sequence` bigint NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `display_name` text NOT NULL,
  `owner_removed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`instance_id`, `idp_id`, `external_user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_user_grants5` (
  `id` varchar(190) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `sequence` bigint NOT NULL,
  `state` smallint NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `user_id` text NOT NULL,
  `resource_owner_user` text NOT NULL,
  `project_id` text NOT NULL,
  `resource_owner_project` text NOT NULL,
  `grant_id` text NOT NULL,
  `granted_org` text NOT NULL,
  `roles` json,
  PRIMARY KEY (`instance_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_user_auth_methods4` (
  `user_id` varchar(190) NOT NULL,
  `method_type` smallint NOT NULL,
  `token_id` varchar(190) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `sequence` bigint NOT NULL,
  `state` smallint NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `name` text NOT NULL,
  `owner_removed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`instance_id`, `user_id`, `method_type`, `token_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_org_members4` (
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `user_id` varchar(190) NOT NULL,
  `user_resource_owner` text NOT NULL,
  `roles` json,
  `sequence` bigint NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `org_id` varchar(190) NOT NULL,
  PRIMARY KEY (`instance_id`, `org_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_instance_members4` (
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `user_id` varchar(190) NOT NULL,
  `user_resource_owner` text NOT NULL,
  `roles` json,
  `sequence` bigint NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `id` varchar(190) NOT NULL,
  PRIMARY KEY (`instance_id`, `id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_project_members4` (
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `user_id` varchar(190) NOT NULL,
  `user_resource_owner` text NOT NULL,
  `roles` json,
  `sequence` bigint NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `project_id` varchar(190) NOT NULL,
  PRIMARY KEY (`instance_id`, `project_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_orgs1` (
  `id` varchar(190) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `org_state` smallint NOT NULL,
  `sequence` bigint NOT NULL,
  `name` text NOT NULL,
  `primary_domain` text NOT NULL DEFAULT '',
  PRIMARY KEY (`instance_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_projects4` (
  `id` varchar(190) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `sequence` bigint NOT NULL,
  `state` smallint NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `name` text NOT NULL,
  `project_role_assertion` tinyint(1) NOT NULL,
  `project_role_check` tinyint(1) NOT NULL,
  `has_project_check` tinyint(1) NOT NULL,
  `private_labeling_setting` smallint NOT NULL,
  PRIMARY KEY (`instance_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_project_roles4` (
  `project_id` varchar(190) NOT NULL,
  `role_key` varchar(190) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `sequence` bigint NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `display_name` text NOT NULL,
  `group_name` text NOT NULL,
  PRIMARY KEY (`instance_id`, `project_id`, `role_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_authn_keys2` (
  `id` varchar(190) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `aggregate_id` text NOT NULL,
  `sequence` bigint NOT NULL,
  `object_id` text NOT NULL,
  `expiration` datetime(6) NOT NULL,
  `identifier` text NOT NULL,
  `public_key` longblob NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `type` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`instance_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_device_auth_requests2` (
  `client_id` text NOT NULL,
  `device_code` varchar(190) NOT NULL,
  `user_code` text NOT NULL,
  `scopes` json,
  `audience` json,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `sequence` bigint NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  PRIMARY KEY (`instance_id`, `device_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_smtp_configs2` (
  `id` varchar(190) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `sequence` bigint NOT NULL,
  `resource_owner` varchar(190) NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `tls` tinyint(1) NOT NULL,
  `sender_address` text NOT NULL,
  `sender_name` text NOT NULL,
  `reply_to_address` text NOT NULL,
  `host` text NOT NULL,
  `username` text NOT NULL,
  `password` json,
  `state` smallint NOT NULL,
  `description` text NOT NULL,
  PRIMARY KEY (`instance_id`, `resource_owner`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_lockout_policies3` (
  `id` varchar(190) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `sequence` bigint NOT NULL,
  `state` smallint NOT NULL,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `max_password_attempts` bigint NOT NULL,
  `max_otp_attempts` bigint NOT NULL DEFAULT 0,
  `show_failure` tinyint(1) NOT NULL,
  PRIMARY KEY (`instance_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_password_complexity_policies2` (
  `id` varchar(190) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `sequence` bigint NOT NULL,
  `state` smallint NOT NULL,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `min_length` bigint NOT NULL,
  `has_lowercase` tinyint(1) NOT NULL,
  `has_uppercase` tinyint(1) NOT NULL,
  `has_symbol` tinyint(1) NOT NULL,
  `has_number` tinyint(1) NOT NULL,
  `owner_removed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`instance_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_instances` (
  `id` varchar(190) NOT NULL,
  `name` text NOT NULL DEFAULT '',
  `change_date` datetime(6) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `default_org_id` text NOT NULL DEFAULT '',
  `iam_project_id` text NOT NULL DEFAULT '',
  `console_client_id` text NOT NULL DEFAULT '',
  `console_app_id` text NOT NULL DEFAULT '',
  `sequence` bigint NOT NULL,
  `default_language` text NOT NULL DEFAULT '',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_org_metadata2` (
  `org_id` varchar(190) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `sequence` bigint NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `key` varchar(190) NOT NULL,
  `value` longblob,
  `owner_removed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`instance_id`, `org_id`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_idp_templates6` (
  `id` varchar(190) NOT NULL,
  `creation_date` datetime(6) NOT NULL,
  `change_date` datetime(6) NOT NULL,
  `sequence` bigint NOT NULL,
  `resource_owner` text NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `state` smallint NOT NULL,
  `name` text,
  `owner_type` smallint NOT NULL,
  `type` smallint NOT NULL,
  `owner_removed` tinyint(1) NOT NULL DEFAULT 0,
  `is_creation_allowed` tinyint(1) NOT NULL DEFAULT 0,
  `is_linking_allowed` tinyint(1) NOT NULL DEFAULT 0,
  `is_auto_creation` tinyint(1) NOT NULL DEFAULT 0,
  `is_auto_update` tinyint(1) NOT NULL DEFAULT 0,
  `auto_linking` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`instance_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_current_states` (
  `projection_name` varchar(190) NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `last_updated` datetime(6),
  `aggregate_id` text,
  `aggregate_type` text,
  `sequence` bigint,
  `event_date` datetime(6),
  `position` decimal(65,30),
  `filter_offset` int,
  PRIMARY KEY (`projection_name`, `instance_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projections_failed_events2` (
  `projection_name` varchar(190) NOT NULL,
  `instance_id` varchar(190) NOT NULL,
  `aggregate_type` varchar(190) NOT NULL,
  `aggregate_id` varchar(190) NOT NULL,
  `event_creation_date` datetime(6) NOT NULL,
  `failed_sequence` bigint NOT NULL,
  `failure_count` smallint DEFAULT 0,
  `error` text,
  `last_failed` datetime(6),
  PRIMARY KEY (`projection_name`, `instance_id`, `aggregate_type`, `aggregate_id`, `failed_sequence`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

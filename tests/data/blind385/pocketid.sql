-- Pocket ID — simple OIDC provider that signs users in with passkeys only (users, user groups, passkeys and
-- WebAuthn sessions, OIDC clients and their allowed groups / APIs, OAuth2 token sessions, interaction and
-- reauthentication sessions, consented clients, custom claims, API keys, SCIM service providers, audit log).
-- Upstream: github.com/pocket-id/pocket-id, backend/resources/migrations/postgres/*.up.sql (64 golang-migrate
-- migrations), release 2.14.0, commit 5521266227205dccb57ba58d820c833a5701346d, licence BSD-2-Clause.
-- Made by replaying the 64 PostgreSQL up-migrations in order into a scratch PostgreSQL 15 database, dumping the
-- schema (pg_dump -s) and writing it as MySQL: uuid -> char(36), timestamptz -> datetime(6), jsonb -> json,
-- boolean -> tinyint(1), bytea -> blob, inet -> varchar(45), citext -> varchar(255); text columns that are keyed
-- (primary, unique, indexed or referenced) -> varchar(255), and the unique bytea credential_id -> varbinary(255).
-- Column order is PostgreSQL's (added columns at the end). Primary keys, unique constraints and indexes on
-- plain columns and all foreign keys are kept; the two expression indexes (on JSON paths) and the CHECK
-- constraints are left out. All 22 tables are kept. Upstream has no column comments.

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6),
  `username` varchar(255) NOT NULL,
  `email` varchar(255),
  `first_name` varchar(100),
  `last_name` varchar(100),
  `is_admin` tinyint(1) DEFAULT 0 NOT NULL,
  `ldap_id` varchar(255),
  `locale` text,
  `disabled` tinyint(1) DEFAULT 0 NOT NULL,
  `display_name` text NOT NULL,
  `updated_at` datetime(6),
  `email_verified` tinyint(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_key` (`email`),
  UNIQUE KEY `users_username_key` (`username`),
  UNIQUE KEY `users_ldap_id` (`ldap_id`)
) ENGINE=InnoDB;
CREATE TABLE `api_keys` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `description` text,
  `expires_at` datetime(6) NOT NULL,
  `last_used_at` datetime(6),
  `created_at` datetime(6),
  `user_id` char(36),
  `expiration_email_sent` tinyint(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_keys_key_key` (`key`),
  KEY `idx_api_keys_expires_at` (`expires_at`),
  CONSTRAINT `api_keys_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `apis` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6),
  `name` text NOT NULL,
  `audience` varchar(255) NOT NULL,
  `allow_cimd_clients` tinyint(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `apis_audience_key` (`audience`)
) ENGINE=InnoDB;
CREATE TABLE `api_permissions` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `api_id` char(36) NOT NULL,
  `key` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `allowed_for_cimd_clients` tinyint(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_permissions_api_id_key_key` (`api_id`,`key`),
  KEY `idx_api_permissions_api_id` (`api_id`),
  CONSTRAINT `api_permissions_api_id_fkey` FOREIGN KEY (`api_id`) REFERENCES `apis` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `audit_logs` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6),
  `event` varchar(100) NOT NULL,
  `ip_address` varchar(45),
  `data` json NOT NULL,
  `user_id` char(36),
  `user_agent` varchar(255),
  `country` varchar(100),
  `city` varchar(100),
  PRIMARY KEY (`id`),
  KEY `idx_audit_logs_country` (`country`),
  KEY `idx_audit_logs_created_at` (`created_at`),
  KEY `idx_audit_logs_event` (`event`),
  KEY `idx_audit_logs_user_agent` (`user_agent`),
  KEY `idx_audit_logs_user_id` (`user_id`),
  CONSTRAINT `audit_logs_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `user_groups` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6),
  `friendly_name` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `ldap_id` varchar(255),
  `updated_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_groups_name_key` (`name`),
  UNIQUE KEY `user_groups_ldap_id` (`ldap_id`)
) ENGINE=InnoDB;
CREATE TABLE `custom_claims` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6),
  `key` varchar(255) NOT NULL,
  `value` text NOT NULL,
  `user_id` char(36),
  `user_group_id` char(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `custom_claims_unique` (`key`,`user_id`,`user_group_id`),
  CONSTRAINT `custom_claims_user_group_id_fkey` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `custom_claims_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `oidc_clients` (
  `id` varchar(255) NOT NULL,
  `created_at` datetime(6),
  `name` varchar(255),
  `callback_urls` json,
  `image_type` varchar(10),
  `created_by_id` char(36),
  `is_public` tinyint(1) DEFAULT 0,
  `pkce_enabled` tinyint(1) DEFAULT 0,
  `logout_callback_urls` json,
  `credentials` json,
  `launch_url` text,
  `requires_reauthentication` tinyint(1) DEFAULT 0 NOT NULL,
  `dark_image_type` text,
  `is_group_restricted` tinyint(1) DEFAULT 0 NOT NULL,
  `requires_pushed_authorization_requests` tinyint(1) DEFAULT 0 NOT NULL,
  `skip_consent` tinyint(1) DEFAULT 0 NOT NULL,
  `pkce_supported` tinyint(1) DEFAULT 0 NOT NULL,
  `description` text DEFAULT '' NOT NULL,
  `client_type` text DEFAULT 'standard' NOT NULL,
  `metadata_expires_at` datetime(6),
  `metadata_grant_types` json,
  `access_token_duration_minutes` bigint DEFAULT 60 NOT NULL,
  `refresh_token_duration_minutes` bigint DEFAULT 43200 NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `oidc_clients_created_by_id_fkey` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;
CREATE TABLE `interaction_sessions` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `consent_required` tinyint(1) DEFAULT 0 NOT NULL,
  `reauthentication_required` tinyint(1) DEFAULT 0 NOT NULL,
  `authentication_required` tinyint(1) DEFAULT 0 NOT NULL,
  `account_selection_required` tinyint(1) DEFAULT 0 NOT NULL,
  `scopes` json DEFAULT '[]' NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `user_id` char(36),
  `requested_at` datetime(6) NOT NULL,
  `reauthenticated_at` datetime(6),
  `parameters` json DEFAULT '{}' NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_interaction_sessions_client_id` (`client_id`),
  KEY `idx_interaction_sessions_user_id` (`user_id`),
  CONSTRAINT `interaction_sessions_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `oidc_clients` (`id`) ON DELETE CASCADE,
  CONSTRAINT `interaction_sessions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `kv` (
  `key` varchar(255) NOT NULL,
  `value` text,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB;
CREATE TABLE `oauth2_jtis` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `jti` varchar(255) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_jtis_jti_key` (`jti`),
  KEY `idx_oauth2_jtis_expires_at` (`expires_at`)
) ENGINE=InnoDB;
CREATE TABLE `oauth2_sessions` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `kind` varchar(255) NOT NULL,
  `key` varchar(255) NOT NULL,
  `request_id` varchar(255) NOT NULL,
  `access_token_signature` text DEFAULT '' NOT NULL,
  `active` tinyint(1) DEFAULT 1 NOT NULL,
  `request_data` json NOT NULL,
  `expires_at` datetime(6),
  `client_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_oauth2_sessions_kind_key` (`kind`,`key`),
  KEY `idx_oauth2_sessions_expires_at` (`expires_at`),
  KEY `idx_oauth2_sessions_kind_request` (`kind`,`request_id`),
  CONSTRAINT `fk_oauth2_sessions_client_id` FOREIGN KEY (`client_id`) REFERENCES `oidc_clients` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `oidc_clients_allowed_api_permissions` (
  `oidc_client_id` varchar(255) NOT NULL,
  `api_permission_id` char(36) NOT NULL,
  `subject_type` varchar(255) NOT NULL,
  PRIMARY KEY (`oidc_client_id`,`api_permission_id`,`subject_type`),
  CONSTRAINT `oidc_clients_allowed_api_permissions_api_permission_id_fkey` FOREIGN KEY (`api_permission_id`) REFERENCES `api_permissions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `oidc_clients_allowed_api_permissions_oidc_client_id_fkey` FOREIGN KEY (`oidc_client_id`) REFERENCES `oidc_clients` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `oidc_clients_allowed_apis` (
  `oidc_client_id` varchar(255) NOT NULL,
  `api_id` char(36) NOT NULL,
  `subject_type` varchar(255) NOT NULL,
  PRIMARY KEY (`oidc_client_id`,`api_id`,`subject_type`),
  KEY `idx_oidc_clients_allowed_apis_api_id` (`api_id`),
  CONSTRAINT `oidc_clients_allowed_apis_api_id_fkey` FOREIGN KEY (`api_id`) REFERENCES `apis` (`id`) ON DELETE CASCADE,
  CONSTRAINT `oidc_clients_allowed_apis_oidc_client_id_fkey` FOREIGN KEY (`oidc_client_id`) REFERENCES `oidc_clients` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `oidc_clients_allowed_user_groups` (
  `user_group_id` char(36) NOT NULL,
  `oidc_client_id` varchar(255) NOT NULL,
  PRIMARY KEY (`oidc_client_id`,`user_group_id`),
  CONSTRAINT `oidc_clients_allowed_user_groups_oidc_client_id_fkey` FOREIGN KEY (`oidc_client_id`) REFERENCES `oidc_clients` (`id`) ON DELETE CASCADE,
  CONSTRAINT `oidc_clients_allowed_user_groups_user_group_id_fkey` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `reauthentication_tokens` (
  `id` varchar(255) NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
  `token` varchar(255) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reauthentication_tokens_token_key` (`token`),
  KEY `idx_reauthentication_tokens_expires_at` (`expires_at`),
  CONSTRAINT `reauthentication_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `scim_service_providers` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `endpoint` text NOT NULL,
  `token` text NOT NULL,
  `last_synced_at` datetime(6),
  `oidc_client_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `scim_service_providers_oidc_client_id_fkey` FOREIGN KEY (`oidc_client_id`) REFERENCES `oidc_clients` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `storage` (
  `path` varchar(255) NOT NULL,
  `data` blob NOT NULL,
  `size` bigint NOT NULL,
  `mod_time` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`path`)
) ENGINE=InnoDB;
CREATE TABLE `user_authorized_oidc_clients` (
  `scope` json DEFAULT '[]' NOT NULL,
  `user_id` char(36) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `last_used_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (`user_id`,`client_id`),
  CONSTRAINT `user_authorized_oidc_clients_client_id_fkey` FOREIGN KEY (`client_id`) REFERENCES `oidc_clients` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_authorized_oidc_clients_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `user_groups_users` (
  `user_id` char(36) NOT NULL,
  `user_group_id` char(36) NOT NULL,
  PRIMARY KEY (`user_id`,`user_group_id`),
  CONSTRAINT `user_groups_users_user_group_id_fkey` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_groups_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `webauthn_credentials` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6),
  `name` varchar(255) NOT NULL,
  `credential_id` varbinary(255) NOT NULL,
  `public_key` blob NOT NULL,
  `attestation_type` varchar(20) NOT NULL,
  `transport` json NOT NULL,
  `user_id` char(36),
  `backup_eligible` tinyint(1) DEFAULT 0 NOT NULL,
  `backup_state` tinyint(1) DEFAULT 0 NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `webauthn_credentials_credential_id_key` (`credential_id`),
  CONSTRAINT `webauthn_credentials_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `webauthn_sessions` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6),
  `challenge` varchar(255) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `user_verification` varchar(255) NOT NULL,
  `credential_params` json DEFAULT '[]' NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `webauthn_sessions_challenge_key` (`challenge`),
  KEY `idx_webauthn_sessions_expires_at` (`expires_at`)
) ENGINE=InnoDB;

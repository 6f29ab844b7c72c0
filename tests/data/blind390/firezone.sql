-- Firezone 1.x (zero-trust access platform built on WireGuard): the portal's PostgreSQL database, as MySQL/MariaDB DDL.
-- Upstream: github.com/firezone/firezone commit df8139e82dd537f4bc99af32f7f94033b809ef3e (Apache-2.0)
--   elixir/priv/repo/migrations/*.exs (427) and elixir/priv/repo/manual_migrations/*.exs (21), the Ecto migrations
--   that the project's `mix ecto.migrate` alias runs, replayed with ecto_sql 3.13 into PostgreSQL 15 with upstream's
--   repo settings (migration_timestamps timestamptz, pg_advisory_lock), then read back with pg_dump -s.
-- 49 of the 63 tables (the 289 daily partitions of the partitioned flow_logs are left out), columns in upstream order.
-- Types: uuid -> char(36), varchar(n) -> varchar(n), text and citext -> text (varchar(255) where in a key),
-- jsonb -> json, arrays -> text, bytea -> blob (varbinary(255) in a key), inet -> varchar(50),
-- timestamptz -> datetime(6), boolean -> tinyint(1), double precision -> double.
-- Literal defaults kept, expression defaults (now(), gen_random_uuid(), gen_random_bytes(), nextval, ARRAY[]) left out.
-- Keys: every primary key, unique constraint and index, and every foreign key between kept tables.
-- Partial unique indexes are written as plain keys, expression and trigram indexes and CHECK constraints left out.
-- Composite foreign keys that Postgres matches to a key in another column order are written in the key's order.
-- ON DELETE SET NULL (one column) of a composite foreign key is written without ON DELETE.
-- Tables are ordered so that a table follows those it references, devices <-> gateway_tokens closed by ALTER TABLE.
-- Oban's job tables (oban_jobs, oban_peers) were not created: Oban.Migration was stubbed out.


CREATE TABLE `accounts` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `slug` varchar(255),
  `features` json NOT NULL DEFAULT '{}',
  `limits` json NOT NULL DEFAULT '{}',
  `config` json NOT NULL DEFAULT '{}',
  `metadata` json NOT NULL DEFAULT '{}',
  `warning_last_sent_at` datetime(6),
  `disabled_reason` text,
  `legal_name` varchar(255) NOT NULL,
  `users_limit_exceeded` tinyint(1) NOT NULL DEFAULT 0,
  `seats_limit_exceeded` tinyint(1) NOT NULL DEFAULT 0,
  `service_accounts_limit_exceeded` tinyint(1) NOT NULL DEFAULT 0,
  `sites_limit_exceeded` tinyint(1) NOT NULL DEFAULT 0,
  `admins_limit_exceeded` tinyint(1) NOT NULL DEFAULT 0,
  `scheduled_deletion_at` datetime(6),
  `lock_enabled_at` datetime(6),
  `key` varchar(6) NOT NULL,
  `ingest_signing_key` blob NOT NULL,
  `is_disabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_key_index` (`key`),
  UNIQUE KEY `accounts_slug_index` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `directories` (
  `account_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  PRIMARY KEY (`account_id`, `id`),
  CONSTRAINT `directories_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `actors` (
  `id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `email` varchar(255),
  `allow_email_otp_sign_in` tinyint(1) NOT NULL DEFAULT 0,
  `password_hash` text,
  `created_by_directory_id` char(36),
  `preferences` json,
  `is_disabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`account_id`, `id`),
  KEY `actors_account_id_email_index` (`account_id`, `email`),
  KEY `actors_account_id_index` (`account_id`),
  KEY `actors_created_by_directory_id_index` (`account_id`, `created_by_directory_id`),
  KEY `index_actors_on_account_id_and_type` (`account_id`, `type`),
  CONSTRAINT `actors_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `actors_created_by_directory_id_fkey` FOREIGN KEY (`account_id`, `created_by_directory_id`) REFERENCES `directories` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_identities` (
  `id` char(36) NOT NULL,
  `actor_id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `email` text,
  `issuer` varchar(255) NOT NULL,
  `directory_id` char(36),
  `idp_id` varchar(255) NOT NULL,
  `updated_at` datetime(6),
  `name` text,
  `given_name` text,
  `family_name` text,
  `middle_name` text,
  `nickname` text,
  `preferred_username` text,
  `profile` text,
  `picture` text,
  `firezone_avatar_url` text,
  PRIMARY KEY (`account_id`, `id`),
  UNIQUE KEY `external_identities_account_id_actor_id_issuer_index` (`account_id`, `actor_id`, `issuer`),
  UNIQUE KEY `external_identities_account_idp_fields_index` (`account_id`, `idp_id`, `issuer`),
  KEY `external_identities_actor_id_index` (`actor_id`),
  KEY `external_identities_directory_id_index` (`account_id`, `directory_id`),
  CONSTRAINT `external_identities_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `external_identities_actor_id_fkey` FOREIGN KEY (`account_id`, `actor_id`) REFERENCES `actors` (`account_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `external_identities_directory_id_fkey` FOREIGN KEY (`account_id`, `directory_id`) REFERENCES `directories` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_providers` (
  `account_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  PRIMARY KEY (`account_id`, `id`),
  CONSTRAINT `auth_providers_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `one_time_passcodes` (
  `account_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `actor_id` char(36) NOT NULL,
  `code_hash` varchar(255) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `attempts` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`account_id`, `id`),
  KEY `one_time_passcodes_actor_id_index` (`actor_id`),
  KEY `one_time_passcodes_expires_at_index` (`expires_at`),
  CONSTRAINT `one_time_passcodes_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `one_time_passcodes_actor_id_fkey` FOREIGN KEY (`account_id`, `actor_id`) REFERENCES `actors` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pending_identities` (
  `account_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `actor_id` char(36) NOT NULL,
  `one_time_passcode_id` char(36) NOT NULL,
  `auth_provider_id` char(36) NOT NULL,
  `issuer` text NOT NULL,
  `directory_id` char(36),
  `idp_id` text NOT NULL,
  `email` text NOT NULL,
  `name` text NOT NULL,
  `given_name` text,
  `family_name` text,
  `middle_name` text,
  `nickname` text,
  `preferred_username` text,
  `profile` text,
  `picture` text,
  `inserted_at` datetime(6) NOT NULL,
  PRIMARY KEY (`account_id`, `id`),
  CONSTRAINT `pending_identities_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `pending_identities_actor_id_fkey` FOREIGN KEY (`account_id`, `actor_id`) REFERENCES `actors` (`account_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `pending_identities_auth_provider_id_fkey` FOREIGN KEY (`account_id`, `auth_provider_id`) REFERENCES `auth_providers` (`account_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `pending_identities_directory_id_fkey` FOREIGN KEY (`account_id`, `directory_id`) REFERENCES `directories` (`account_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `pending_identities_one_time_passcode_id_fkey` FOREIGN KEY (`account_id`, `one_time_passcode_id`) REFERENCES `one_time_passcodes` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `type` varchar(255) NOT NULL,
  `directory_id` char(36),
  `idp_id` varchar(255),
  `entity_type` varchar(255) NOT NULL DEFAULT 'group',
  `email` varchar(255),
  PRIMARY KEY (`account_id`, `id`),
  KEY `groups_account_id_index` (`account_id`),
  KEY `groups_account_id_name_index` (`account_id`, `name`),
  KEY `groups_account_idp_fields_index` (`account_id`, `idp_id`),
  KEY `groups_directory_id_index` (`account_id`, `directory_id`),
  KEY `index_groups_on_account_id_name_type` (`account_id`, `name`, `type`),
  CONSTRAINT `groups_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `groups_directory_id_fkey` FOREIGN KEY (`account_id`, `directory_id`) REFERENCES `directories` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberships` (
  `actor_id` char(36) NOT NULL,
  `group_id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  PRIMARY KEY (`account_id`, `id`),
  KEY `memberships_account_id_group_id_actor_id_index` (`account_id`, `group_id`, `actor_id`),
  UNIQUE KEY `memberships_actor_id_group_id_index` (`actor_id`, `group_id`),
  KEY `memberships_group_id_index` (`group_id`),
  CONSTRAINT `memberships_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `memberships_actor_id_fkey` FOREIGN KEY (`account_id`, `actor_id`) REFERENCES `actors` (`account_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `memberships_group_id_fkey` FOREIGN KEY (`account_id`, `group_id`) REFERENCES `groups` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `google_directories` (
  `id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `domain` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `impersonation_email` varchar(255) NOT NULL,
  `errored_at` datetime(6),
  `synced_at` datetime(6),
  `is_disabled` tinyint(1) NOT NULL DEFAULT 0,
  `disabled_reason` varchar(255),
  `error_message` text,
  `error_email_count` int NOT NULL DEFAULT 0,
  `is_verified` tinyint(1) NOT NULL DEFAULT 0,
  `legacy_service_account_key` json,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `group_sync_mode` varchar(255) NOT NULL DEFAULT 'all',
  `orgunit_sync_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `sync_all_domains` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `google_directories_account_id_domain_index` (`account_id`, `domain`),
  UNIQUE KEY `google_directories_account_id_name_index` (`account_id`, `name`),
  CONSTRAINT `google_directories_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `google_directories_directory_id_fkey` FOREIGN KEY (`account_id`, `id`) REFERENCES `directories` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entra_directories` (
  `id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `tenant_id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `errored_at` datetime(6),
  `synced_at` datetime(6),
  `is_disabled` tinyint(1) NOT NULL DEFAULT 0,
  `disabled_reason` varchar(255),
  `error_message` text,
  `error_email_count` int NOT NULL DEFAULT 0,
  `sync_all_groups` tinyint(1) NOT NULL DEFAULT 0,
  `is_verified` tinyint(1) NOT NULL DEFAULT 0,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `email_field` varchar(255) NOT NULL DEFAULT 'userPrincipalName',
  PRIMARY KEY (`id`),
  UNIQUE KEY `entra_directories_account_id_name_index` (`account_id`, `name`),
  UNIQUE KEY `entra_directories_account_id_tenant_id_index` (`account_id`, `tenant_id`),
  CONSTRAINT `entra_directories_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `entra_directories_directory_id_fkey` FOREIGN KEY (`account_id`, `id`) REFERENCES `directories` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_otp_auth_providers` (
  `id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `client_session_lifetime_secs` int,
  `portal_session_lifetime_secs` int,
  `issuer` text NOT NULL DEFAULT 'firezone',
  `context` varchar(255) NOT NULL,
  `is_disabled` tinyint(1) NOT NULL DEFAULT 0,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_otp_auth_providers_account_id_index` (`account_id`),
  CONSTRAINT `email_otp_auth_providers_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `email_otp_auth_providers_auth_provider_id_fkey` FOREIGN KEY (`account_id`, `id`) REFERENCES `auth_providers` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userpass_auth_providers` (
  `id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `client_session_lifetime_secs` int,
  `portal_session_lifetime_secs` int,
  `issuer` text NOT NULL DEFAULT 'firezone',
  `context` varchar(255) NOT NULL,
  `is_disabled` tinyint(1) NOT NULL DEFAULT 0,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `userpass_auth_providers_account_id_index` (`account_id`),
  CONSTRAINT `userpass_auth_providers_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `userpass_auth_providers_auth_provider_id_fkey` FOREIGN KEY (`account_id`, `id`) REFERENCES `auth_providers` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oidc_auth_providers` (
  `id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `context` varchar(255) NOT NULL,
  `client_session_lifetime_secs` int,
  `portal_session_lifetime_secs` int,
  `is_disabled` tinyint(1) NOT NULL DEFAULT 0,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `is_legacy` tinyint(1) NOT NULL DEFAULT 0,
  `issuer` text NOT NULL,
  `name` varchar(255) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `client_secret` varchar(255) NOT NULL,
  `discovery_document_uri` text NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `email_verification_method` varchar(255) NOT NULL DEFAULT 'claim',
  PRIMARY KEY (`id`),
  UNIQUE KEY `oidc_auth_providers_account_id_client_id_index` (`account_id`, `client_id`),
  UNIQUE KEY `oidc_auth_providers_account_id_name_index` (`account_id`, `name`),
  CONSTRAINT `oidc_auth_providers_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `oidc_auth_providers_auth_provider_id_fkey` FOREIGN KEY (`account_id`, `id`) REFERENCES `auth_providers` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `google_auth_providers` (
  `id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `context` varchar(255) NOT NULL,
  `client_session_lifetime_secs` int,
  `portal_session_lifetime_secs` int,
  `is_disabled` tinyint(1) NOT NULL DEFAULT 0,
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `issuer` text NOT NULL,
  `name` varchar(255) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `google_auth_providers_account_id_index` (`account_id`),
  CONSTRAINT `google_auth_providers_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `google_auth_providers_auth_provider_id_fkey` FOREIGN KEY (`account_id`, `id`) REFERENCES `auth_providers` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_tokens` (
  `id` char(36) NOT NULL,
  `secret_salt` varchar(255) NOT NULL,
  `secret_hash` varchar(255) NOT NULL,
  `account_id` char(36) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `actor_id` char(36) NOT NULL,
  `auth_provider_id` char(36),
  PRIMARY KEY (`account_id`, `id`),
  KEY `tokens_actor_id_index` (`actor_id`),
  KEY `tokens_auth_provider_id_index` (`auth_provider_id`),
  KEY `tokens_expires_at_not_null_index` (`expires_at`),
  CONSTRAINT `client_tokens_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `client_tokens_actor_id_fkey` FOREIGN KEY (`account_id`, `actor_id`) REFERENCES `actors` (`account_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `client_tokens_auth_provider_id_fkey` FOREIGN KEY (`account_id`, `auth_provider_id`) REFERENCES `auth_providers` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_tokens` (
  `account_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `actor_id` char(36) NOT NULL,
  `name` varchar(255),
  `secret_salt` varchar(255) NOT NULL,
  `secret_hash` varchar(255) NOT NULL,
  `last_seen_user_agent` varchar(2000),
  `last_seen_remote_ip` varchar(50),
  `last_seen_remote_ip_location_region` varchar(255),
  `last_seen_remote_ip_location_city` varchar(255),
  `last_seen_remote_ip_location_lat` double,
  `last_seen_remote_ip_location_lon` double,
  `last_seen_at` datetime(6),
  `expires_at` datetime(6) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`account_id`, `id`),
  KEY `api_tokens_actor_id_index` (`actor_id`),
  KEY `api_tokens_expires_at_index` (`expires_at`),
  CONSTRAINT `api_tokens_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `api_tokens_actor_id_fkey` FOREIGN KEY (`account_id`, `actor_id`) REFERENCES `actors` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sites` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `managed_by` varchar(255) NOT NULL DEFAULT 'account',
  `health_threshold` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`account_id`, `id`),
  UNIQUE KEY `sites_account_id_name_managed_by_index` (`account_id`, `name`, `managed_by`),
  CONSTRAINT `sites_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `devices` (
  `account_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `firezone_id` varchar(255),
  `name` varchar(255) NOT NULL,
  `psk_base` blob NOT NULL,
  `ipv4` varchar(50) NOT NULL,
  `ipv6` varchar(50) NOT NULL,
  `actor_id` char(36),
  `device_serial` varchar(255),
  `device_uuid` varchar(255),
  `identifier_for_vendor` varchar(255),
  `firebase_installation_id` varchar(255),
  `verified_at` datetime(6),
  `site_id` char(36),
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `hostname` varchar(255),
  `public_key` varchar(255),
  `last_seen_user_agent` varchar(255),
  `last_seen_remote_ip` varchar(50),
  `last_seen_remote_ip_location_region` varchar(255),
  `last_seen_remote_ip_location_city` varchar(255),
  `last_seen_remote_ip_location_lat` double,
  `last_seen_remote_ip_location_lon` double,
  `last_seen_version` varchar(255),
  `last_seen_at` datetime(6),
  `client_token_id` char(36),
  `gateway_token_id` char(36),
  `last_attested_device_serial` varchar(255),
  `last_attested_device_uuid` varchar(255),
  `last_attested_mdm_device_id` varchar(255),
  `last_attested_cert_serial` varchar(255),
  `last_attested_cert_fingerprint` varchar(255),
  `last_attested_at` datetime(6),
  `last_attested_cert_issuer` varbinary(255),
  PRIMARY KEY (`account_id`, `id`),
  KEY `devices_account_id_actor_id_firezone_id_index` (`account_id`, `actor_id`, `firezone_id`),
  KEY `devices_account_id_actor_id_last_attested_mdm_device_id_index` (`account_id`, `actor_id`, `last_attested_mdm_device_id`),
  KEY `devices_account_id_cert_issuer_serial_actor_id_index` (`account_id`, `last_attested_cert_issuer`, `last_attested_cert_serial`, `actor_id`),
  KEY `devices_account_id_client_token_id_index` (`account_id`, `client_token_id`),
  KEY `devices_account_id_gateway_token_id_index` (`account_id`, `gateway_token_id`),
  KEY `devices_account_id_hostname_index` (`account_id`, `hostname`),
  UNIQUE KEY `devices_account_id_ipv4_index` (`account_id`, `ipv4`),
  UNIQUE KEY `devices_account_id_ipv6_index` (`account_id`, `ipv6`),
  KEY `devices_account_id_site_id_firezone_id_index` (`account_id`, `site_id`, `firezone_id`),
  UNIQUE KEY `devices_account_id_type_id_index` (`account_id`, `type`, `id`),
  CONSTRAINT `devices_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `devices_actor_id_fkey` FOREIGN KEY (`account_id`, `actor_id`) REFERENCES `actors` (`account_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `devices_client_token_id_fkey` FOREIGN KEY (`account_id`, `client_token_id`) REFERENCES `client_tokens` (`account_id`, `id`),
  CONSTRAINT `devices_site_id_fkey` FOREIGN KEY (`account_id`, `site_id`) REFERENCES `sites` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gateway_tokens` (
  `account_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `site_id` char(36),
  `secret_salt` varchar(255) NOT NULL,
  `secret_hash` varchar(255) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `device_id` char(36),
  `rotated_at` datetime(6),
  PRIMARY KEY (`account_id`, `id`),
  KEY `gateway_tokens_rotated_at_index` (`rotated_at`),
  KEY `gateway_tokens_site_id_index` (`site_id`),
  CONSTRAINT `gateway_tokens_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gateway_tokens_device_id_fkey` FOREIGN KEY (`account_id`, `device_id`) REFERENCES `devices` (`account_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `gateway_tokens_site_id_fkey` FOREIGN KEY (`account_id`, `site_id`) REFERENCES `sites` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relay_tokens` (
  `id` char(36) NOT NULL,
  `secret_salt` varchar(255) NOT NULL,
  `secret_hash` varchar(255) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `portal_sessions` (
  `account_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `actor_id` char(36) NOT NULL,
  `auth_provider_id` char(36) NOT NULL,
  `user_agent` varchar(2000),
  `remote_ip` varchar(50),
  `remote_ip_location_region` varchar(255),
  `remote_ip_location_city` varchar(255),
  `remote_ip_location_lat` double,
  `remote_ip_location_lon` double,
  `expires_at` datetime(6) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  PRIMARY KEY (`account_id`, `id`),
  KEY `portal_sessions_actor_id_index` (`actor_id`),
  KEY `portal_sessions_auth_provider_id_index` (`auth_provider_id`),
  KEY `portal_sessions_expires_at_index` (`expires_at`),
  CONSTRAINT `portal_sessions_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `portal_sessions_actor_id_fkey` FOREIGN KEY (`account_id`, `actor_id`) REFERENCES `actors` (`account_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `portal_sessions_auth_provider_id_fkey` FOREIGN KEY (`account_id`, `auth_provider_id`) REFERENCES `auth_providers` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resources` (
  `id` char(36) NOT NULL,
  `address` varchar(255),
  `name` varchar(255) NOT NULL,
  `filters` json NOT NULL DEFAULT '[]',
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `type` varchar(255) NOT NULL,
  `address_description` varchar(255),
  `ip_stack` varchar(255),
  `site_id` char(36),
  PRIMARY KEY (`account_id`, `id`),
  KEY `resources_account_id_name_index` (`account_id`, `name`),
  KEY `resources_account_id_site_id_index` (`account_id`, `site_id`),
  KEY `unique_internet_resource_per_account` (`account_id`, `type`),
  CONSTRAINT `resources_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `resources_site_id_fkey` FOREIGN KEY (`account_id`, `site_id`) REFERENCES `sites` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `policies` (
  `id` char(36) NOT NULL,
  `description` text,
  `group_id` char(36),
  `resource_id` char(36) NOT NULL,
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `conditions` text,
  `group_idp_id` varchar(255),
  `flow_log_uploads_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `is_disabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`account_id`, `id`),
  KEY `policies_account_id_group_idp_id_index` (`account_id`, `group_idp_id`),
  KEY `policies_account_id_resource_id_group_id_index` (`account_id`, `resource_id`, `group_id`),
  KEY `policies_group_id_index` (`group_id`),
  KEY `policies_resource_id_index` (`resource_id`),
  CONSTRAINT `policies_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `policies_group_id_fkey` FOREIGN KEY (`account_id`, `group_id`) REFERENCES `groups` (`account_id`, `id`),
  CONSTRAINT `policies_resource_id_fkey` FOREIGN KEY (`account_id`, `resource_id`) REFERENCES `resources` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `policy_authorizations` (
  `id` char(36) NOT NULL,
  `policy_id` char(36) NOT NULL,
  `initiating_device_id` char(36) NOT NULL,
  `receiving_device_id` char(36) NOT NULL,
  `resource_id` char(36) NOT NULL,
  `initiator_remote_ip` varchar(50) NOT NULL,
  `initiator_user_agent` varchar(255) NOT NULL,
  `receiver_remote_ip` varchar(50),
  `account_id` char(36) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `token_id` char(36) NOT NULL,
  `membership_id` char(36),
  `expires_at` datetime(6) NOT NULL,
  PRIMARY KEY (`account_id`, `id`),
  KEY `policy_authorizations_client_id_index` (`initiating_device_id`),
  KEY `policy_authorizations_expires_at_account_id_gateway_id_index` (`expires_at`, `account_id`, `receiving_device_id`),
  KEY `policy_authorizations_membership_id_idx` (`membership_id`),
  KEY `policy_authorizations_policy_id_index` (`policy_id`),
  KEY `policy_authorizations_receiving_device_id_index` (`receiving_device_id`),
  KEY `policy_authorizations_resource_id_index` (`resource_id`),
  KEY `policy_authorizations_token_id_index` (`token_id`),
  CONSTRAINT `policy_authorizations_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `policy_authorizations_initiating_device_id_fkey` FOREIGN KEY (`account_id`, `initiating_device_id`) REFERENCES `devices` (`account_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `policy_authorizations_membership_id_fkey` FOREIGN KEY (`account_id`, `membership_id`) REFERENCES `memberships` (`account_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `policy_authorizations_policy_id_fkey` FOREIGN KEY (`account_id`, `policy_id`) REFERENCES `policies` (`account_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `policy_authorizations_receiving_device_id_fkey` FOREIGN KEY (`account_id`, `receiving_device_id`) REFERENCES `devices` (`account_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `policy_authorizations_resource_id_fkey` FOREIGN KEY (`account_id`, `resource_id`) REFERENCES `resources` (`account_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `policy_authorizations_token_id_fkey` FOREIGN KEY (`account_id`, `token_id`) REFERENCES `client_tokens` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `static_device_pool_members` (
  `account_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `resource_id` char(36) NOT NULL,
  `device_id` char(36) NOT NULL,
  `device_type` varchar(255) NOT NULL DEFAULT 'client',
  PRIMARY KEY (`account_id`, `id`),
  UNIQUE KEY `static_device_pool_members_account_id_resource_id_device_id_ind` (`account_id`, `resource_id`, `device_id`),
  KEY `static_device_pool_members_device_id_index` (`device_id`),
  KEY `static_device_pool_members_resource_id_index` (`resource_id`),
  CONSTRAINT `static_device_pool_members_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `static_device_pool_members_device_id_device_type_fkey` FOREIGN KEY (`account_id`, `device_type`, `device_id`) REFERENCES `devices` (`account_id`, `type`, `id`) ON DELETE CASCADE,
  CONSTRAINT `static_device_pool_members_resource_id_fkey` FOREIGN KEY (`account_id`, `resource_id`) REFERENCES `resources` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flow_logs` (
  `account_id` char(36) NOT NULL,
  `initiator_device_id` char(36) NOT NULL,
  `role` varchar(255) NOT NULL,
  `flow_start` datetime(6) NOT NULL,
  `flow_end` datetime(6),
  `inserted_at` datetime(6) NOT NULL,
  `log_id` varbinary(255) NOT NULL,
  `policy_id` char(36) NOT NULL,
  `initiator_auth_provider_id` char(36),
  `resource_id` char(36) NOT NULL,
  `resource_name` varchar(255) NOT NULL,
  `resource_address` varchar(255),
  `initiator_actor_id` char(36) NOT NULL,
  `initiator_actor_email` varchar(255),
  `initiator_actor_name` varchar(255) NOT NULL,
  `authorized_at` datetime(6) NOT NULL,
  `initiator_client_version` varchar(255),
  `initiator_device_os_name` varchar(255),
  `initiator_device_os_version` varchar(255),
  `initiator_device_serial` varchar(255),
  `initiator_device_uuid` varchar(255),
  `initiator_device_identifier_for_vendor` varchar(255),
  `initiator_device_firebase_installation_id` varchar(255),
  `protocol` varchar(255) NOT NULL,
  `inner_src_ip` varchar(50) NOT NULL,
  `inner_dst_ip` varchar(50) NOT NULL,
  `inner_src_port` int NOT NULL,
  `inner_dst_port` int NOT NULL,
  `domain` varchar(255),
  `last_packet` datetime(6),
  `rx_packets` bigint,
  `tx_packets` bigint,
  `rx_bytes` bigint,
  `tx_bytes` bigint,
  `authorization_expires_at` datetime(6) NOT NULL,
  `policy_authorization_id` char(36) NOT NULL,
  `seq` bigint NOT NULL,
  `start_seq` bigint,
  `responder_device_id` char(36) NOT NULL,
  `outers` json,
  PRIMARY KEY (`account_id`, `flow_start`, `initiator_device_id`, `resource_id`, `inner_dst_ip`, `inner_dst_port`, `role`, `protocol`, `inner_src_ip`, `inner_src_port`),
  KEY `flow_logs_account_id_seq_index` (`account_id`, `seq`),
  KEY `flow_logs_log_id_index` (`log_id`),
  CONSTRAINT `flow_logs_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_logs` (
  `account_id` char(36) NOT NULL,
  `log_id` varbinary(255) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `context` varchar(255) NOT NULL,
  `subject` json NOT NULL,
  `seq` bigint NOT NULL,
  PRIMARY KEY (`account_id`, `log_id`),
  KEY `session_logs_account_id_seq_index` (`account_id`, `seq`),
  KEY `session_logs_timestamp_account_id_index` (`timestamp`, `account_id`),
  CONSTRAINT `session_logs_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_request_logs` (
  `account_id` char(36) NOT NULL,
  `log_id` varbinary(255) NOT NULL,
  `actor_id` char(36) NOT NULL,
  `api_token_id` char(36) NOT NULL,
  `method` varchar(255) NOT NULL,
  `path` text NOT NULL,
  `content_length` bigint,
  `request_id` varchar(255) NOT NULL,
  `user_agent` varchar(255),
  `ip` varchar(50) NOT NULL,
  `ip_region` varchar(255),
  `ip_city` varchar(255),
  `ip_lat` double,
  `ip_lon` double,
  `inserted_at` datetime(6) NOT NULL,
  `seq` bigint NOT NULL,
  PRIMARY KEY (`account_id`, `log_id`),
  KEY `api_request_logs_account_id_seq_index` (`account_id`, `seq`),
  KEY `api_request_logs_inserted_at_account_id_index` (`inserted_at`, `account_id`),
  CONSTRAINT `api_request_logs_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `change_logs` (
  `account_id` char(36) NOT NULL,
  `lsn` bigint NOT NULL,
  `object` varchar(255) NOT NULL,
  `operation` varchar(255) NOT NULL,
  `before` json,
  `after` json,
  `vsn` int NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `subject` json,
  `log_id` varbinary(255) NOT NULL,
  `seq` bigint NOT NULL,
  PRIMARY KEY (`account_id`, `log_id`),
  KEY `change_logs_account_id_seq_index` (`account_id`, `seq`),
  UNIQUE KEY `change_logs_lsn_index` (`lsn`),
  KEY `change_logs_timestamp_account_id_index` (`timestamp`, `account_id`),
  CONSTRAINT `change_logs_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `outbound_emails` (
  `account_id` char(36),
  `message_id` varchar(255) NOT NULL,
  `subject` text NOT NULL,
  `recipients` text NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`message_id`),
  KEY `outbound_emails_inserted_at_index` (`inserted_at`),
  CONSTRAINT `outbound_emails_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `outbound_email_deliveries` (
  `message_id` varchar(255) NOT NULL,
  `account_id` char(36),
  `email` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `failure_code` text,
  `failure_message` text,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`message_id`, `email`),
  CONSTRAINT `outbound_email_deliveries_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE SET NULL,
  CONSTRAINT `outbound_email_deliveries_message_id_fkey` FOREIGN KEY (`message_id`) REFERENCES `outbound_emails` (`message_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_suppressions` (
  `email` varchar(255) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  PRIMARY KEY (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posture_providers` (
  `account_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`account_id`, `id`),
  UNIQUE KEY `posture_providers_account_id_name_index` (`account_id`, `name`),
  CONSTRAINT `posture_providers_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intune_posture_providers` (
  `account_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `tenant_id` varchar(255) NOT NULL,
  `is_verified` tinyint(1) NOT NULL DEFAULT 0,
  `is_disabled` tinyint(1) NOT NULL DEFAULT 0,
  `disabled_reason` varchar(255),
  `synced_at` datetime(6),
  `errored_at` datetime(6),
  `error_message` text,
  `error_email_count` int NOT NULL DEFAULT 0,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`account_id`, `id`),
  UNIQUE KEY `intune_posture_providers_account_id_tenant_id_index` (`account_id`, `tenant_id`),
  CONSTRAINT `intune_posture_providers_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `intune_posture_providers_id_fkey` FOREIGN KEY (`account_id`, `id`) REFERENCES `posture_providers` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `intune_devices` (
  `account_id` char(36) NOT NULL,
  `intune_id` varchar(255) NOT NULL,
  `posture_provider_id` char(36) NOT NULL,
  `device_name` varchar(255),
  `managed_device_name` varchar(255),
  `serial_number` text,
  `entra_device_id` varchar(255),
  `enrollment_profile_name` varchar(255),
  `device_category_display_name` varchar(255),
  `user_id` varchar(255),
  `user_principal_name` varchar(255),
  `user_display_name` varchar(255),
  `email_address` varchar(255),
  `operating_system` varchar(255),
  `os_version` varchar(255),
  `model` varchar(255),
  `manufacturer` varchar(255),
  `imei` varchar(255),
  `meid` varchar(255),
  `iccid` varchar(255),
  `udid` varchar(255),
  `phone_number` varchar(255),
  `subscriber_carrier` varchar(255),
  `wifi_mac_address` varchar(255),
  `ethernet_mac_address` varchar(255),
  `android_security_patch_level` varchar(255),
  `total_storage_space_bytes` bigint,
  `free_storage_space_bytes` bigint,
  `physical_memory_bytes` bigint,
  `compliance_state` varchar(255),
  `management_state` varchar(255),
  `management_agent` varchar(255),
  `managed_device_owner_type` varchar(255),
  `device_enrollment_type` varchar(255),
  `device_registration_state` varchar(255),
  `partner_reported_threat_state` varchar(255),
  `jail_broken` varchar(255),
  `is_encrypted` tinyint(1),
  `is_supervised` tinyint(1),
  `entra_registered` tinyint(1),
  `require_user_enrollment_approval` tinyint(1),
  `notes` text,
  `eas_activated` tinyint(1),
  `eas_device_id` varchar(255),
  `eas_activated_at` datetime(6),
  `exchange_access_state` varchar(255),
  `exchange_access_state_reason` varchar(255),
  `exchange_last_successful_sync_at` datetime(6),
  `remote_assistance_session_url` text,
  `remote_assistance_session_error_details` text,
  `config_manager_inventory` tinyint(1),
  `config_manager_modern_apps` tinyint(1),
  `config_manager_resource_access` tinyint(1),
  `config_manager_device_configuration` tinyint(1),
  `config_manager_compliance_policy` tinyint(1),
  `config_manager_windows_update_for_business` tinyint(1),
  `attestation_last_update_date_time` varchar(255),
  `attestation_content_namespace_url` text,
  `attestation_status` varchar(255),
  `attestation_content_version` varchar(255),
  `attestation_issued_at` datetime(6),
  `attestation_identity_key` text,
  `attestation_reset_count` int,
  `attestation_restart_count` int,
  `attestation_data_execution_policy` varchar(255),
  `attestation_bit_locker_status` varchar(255),
  `attestation_boot_manager_version` varchar(255),
  `attestation_code_integrity_check_version` varchar(255),
  `attestation_secure_boot` varchar(255),
  `attestation_boot_debugging` varchar(255),
  `attestation_operating_system_kernel_debugging` varchar(255),
  `attestation_code_integrity` varchar(255),
  `attestation_test_signing` varchar(255),
  `attestation_safe_mode` varchar(255),
  `attestation_windows_pe` varchar(255),
  `attestation_early_launch_anti_malware_driver_protection` varchar(255),
  `attestation_virtual_secure_mode` varchar(255),
  `attestation_pcr_hash_algorithm` varchar(255),
  `attestation_boot_app_security_version` varchar(255),
  `attestation_boot_manager_security_version` varchar(255),
  `attestation_tpm_version` varchar(255),
  `attestation_pcr0` text,
  `attestation_secure_boot_config_policy_fingerprint` text,
  `attestation_code_integrity_policy` text,
  `attestation_boot_revision_list_info` text,
  `attestation_operating_system_rev_list_info` text,
  `attestation_health_status_mismatch_info` text,
  `attestation_supported_status` varchar(255),
  `device_action_results` json,
  `enrolled_at` datetime(6),
  `last_sync_at` datetime(6),
  `compliance_grace_period_expiration_at` datetime(6),
  `management_certificate_expires_at` datetime(6),
  `synced_at` datetime(6) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`account_id`, `intune_id`),
  KEY `intune_devices_account_id_inserted_at_intune_id_index` (`account_id`, `inserted_at`, `intune_id`),
  KEY `intune_devices_provider_synced_at_index` (`account_id`, `posture_provider_id`, `synced_at`),
  CONSTRAINT `intune_devices_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `intune_devices_posture_provider_id_fkey` FOREIGN KEY (`account_id`, `posture_provider_id`) REFERENCES `posture_providers` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trust_anchors` (
  `account_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`account_id`, `id`),
  UNIQUE KEY `trust_anchors_account_id_name_index` (`account_id`, `name`),
  CONSTRAINT `trust_anchors_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trust_anchor_certificates` (
  `account_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `trust_anchor_id` char(36) NOT NULL,
  `pem` text NOT NULL,
  `fingerprint` varchar(255) NOT NULL,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`account_id`, `id`),
  UNIQUE KEY `trust_anchor_certificates_account_id_fingerprint_index` (`account_id`, `fingerprint`),
  KEY `trust_anchor_certificates_account_id_trust_anchor_id_index` (`account_id`, `trust_anchor_id`),
  CONSTRAINT `trust_anchor_certificates_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `trust_anchor_certificates_trust_anchor_id_fkey` FOREIGN KEY (`account_id`, `trust_anchor_id`) REFERENCES `trust_anchors` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crl_revocations` (
  `account_id` char(36) NOT NULL,
  `issuer` varbinary(255) NOT NULL,
  `serial` varchar(255) NOT NULL,
  `distribution_point` varchar(255) NOT NULL,
  `revoked_at` datetime(6) NOT NULL,
  `reason` varchar(255),
  `inserted_at` datetime(6) NOT NULL,
  PRIMARY KEY (`account_id`, `issuer`, `serial`, `distribution_point`),
  CONSTRAINT `crl_revocations_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_sinks` (
  `account_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  PRIMARY KEY (`account_id`, `id`),
  CONSTRAINT `log_sinks_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `http_log_sinks` (
  `account_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `endpoint_url` text NOT NULL,
  `bearer_token` text,
  `batch_max_events` int NOT NULL DEFAULT 100,
  `enabled_streams` text NOT NULL,
  `retroactive` tinyint(1) NOT NULL DEFAULT 0,
  `errored_at` datetime(6),
  `error_message` text,
  `error_email_count` int NOT NULL DEFAULT 0,
  `last_error_email_at` datetime(6),
  `is_disabled` tinyint(1) NOT NULL DEFAULT 0,
  `disabled_reason` varchar(255),
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`account_id`, `id`),
  UNIQUE KEY `http_log_sinks_account_id_name_index` (`account_id`, `name`),
  CONSTRAINT `http_log_sinks_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `http_log_sinks_id_fkey` FOREIGN KEY (`account_id`, `id`) REFERENCES `log_sinks` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `splunk_log_sinks` (
  `account_id` char(36) NOT NULL,
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `collector_url` text NOT NULL,
  `hec_token` varchar(255) NOT NULL,
  `index` varchar(255),
  `enabled_streams` text NOT NULL,
  `retroactive` tinyint(1) NOT NULL DEFAULT 0,
  `errored_at` datetime(6),
  `error_message` text,
  `error_email_count` int NOT NULL DEFAULT 0,
  `last_error_email_at` datetime(6),
  `is_disabled` tinyint(1) NOT NULL DEFAULT 0,
  `disabled_reason` varchar(255),
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`account_id`, `id`),
  UNIQUE KEY `splunk_log_sinks_account_id_name_index` (`account_id`, `name`),
  CONSTRAINT `splunk_log_sinks_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `splunk_log_sinks_id_fkey` FOREIGN KEY (`account_id`, `id`) REFERENCES `log_sinks` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_sink_cursors` (
  `account_id` char(36) NOT NULL,
  `log_sink_id` char(36) NOT NULL,
  `stream` varchar(255) NOT NULL,
  `phase` varchar(255) NOT NULL,
  `cursor` bigint NOT NULL DEFAULT 0,
  `until_seq` bigint,
  `synced_count` bigint NOT NULL DEFAULT 0,
  `dropped_count` bigint NOT NULL DEFAULT 0,
  `backfill_total` bigint,
  `completed_at` datetime(6),
  `last_synced_at` datetime(6),
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`account_id`, `log_sink_id`, `stream`, `phase`),
  CONSTRAINT `log_sink_cursors_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `log_sink_cursors_log_sink_id_fkey` FOREIGN KEY (`account_id`, `log_sink_id`) REFERENCES `log_sinks` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_identity_sync_states` (
  `account_id` char(36) NOT NULL,
  `external_identity_id` char(36) NOT NULL,
  `synced_at` datetime(6),
  PRIMARY KEY (`account_id`, `external_identity_id`),
  KEY `external_identity_sync_states_synced_at_index` (`synced_at`),
  CONSTRAINT `external_identity_sync_states_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `external_identity_sync_states_external_identity_id_fkey` FOREIGN KEY (`account_id`, `external_identity_id`) REFERENCES `external_identities` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `membership_sync_states` (
  `account_id` char(36) NOT NULL,
  `membership_id` char(36) NOT NULL,
  `synced_at` datetime(6),
  PRIMARY KEY (`account_id`, `membership_id`),
  KEY `membership_sync_states_synced_at_index` (`synced_at`),
  CONSTRAINT `membership_sync_states_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `membership_sync_states_membership_id_fkey` FOREIGN KEY (`account_id`, `membership_id`) REFERENCES `memberships` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_sync_states` (
  `account_id` char(36) NOT NULL,
  `group_id` char(36) NOT NULL,
  `synced_at` datetime(6),
  PRIMARY KEY (`account_id`, `group_id`),
  KEY `group_sync_states_synced_at_index` (`synced_at`),
  CONSTRAINT `group_sync_states_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `group_sync_states_group_id_fkey` FOREIGN KEY (`account_id`, `group_id`) REFERENCES `groups` (`account_id`, `id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `features` (
  `feature` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  UNIQUE KEY `features_feature_index` (`feature`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `banners` (
  `message` text NOT NULL,
  `color` varchar(255) NOT NULL DEFAULT 'warning'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `processed_stripe_events` (
  `stripe_event_id` varchar(255) NOT NULL,
  `event_type` varchar(255) NOT NULL,
  `processed_at` datetime(6) NOT NULL,
  `stripe_customer_id` varchar(255),
  `event_created_at` datetime(6) NOT NULL,
  `livemode` tinyint(1) NOT NULL DEFAULT 0,
  `inserted_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`stripe_event_id`),
  KEY `processed_stripe_events_stripe_customer_id_event_created_at_ind` (`stripe_customer_id`, `event_created_at`),
  KEY `processed_stripe_events_stripe_customer_id_event_type_index` (`stripe_customer_id`, `event_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `devices` ADD CONSTRAINT `devices_gateway_token_id_fkey` FOREIGN KEY (`account_id`, `gateway_token_id`) REFERENCES `gateway_tokens` (`account_id`, `id`);

-- Hanko — open-source passkey-first authentication server (users, e-mail addresses and primary e-mail, usernames,
-- passwords, passcodes, passkeys / WebAuthn credentials, user handles, transports and ceremony sessions, TOTP
-- secrets, trusted devices, sessions, third-party (OAuth / SAML) identities, one-time tokens, login / registration
-- flows, user metadata, audit log, webhooks, SAML providers, certificates and states, signing keys, tenants).
-- Upstream: github.com/teamhanko/hanko, backend/persistence/migrations/*.up.fizz (56 gobuffalo/fizz migrations),
-- commit f742d49643b2c3c7f13c7e13a49225771e4d793f, licence AGPL-3.0 (backend).
-- Made by replaying the 56 up-migrations in order into a scratch MariaDB database as fizz's MySQL translator
-- (github.com/gobuffalo/fizz translators/mysql.go) renders them — string -> VARCHAR(255) (or size), uuid ->
-- char(36), timestamp -> DATETIME, int/integer -> INTEGER, json -> JSON; a column is NOT NULL unless its options
-- carry "null": true (fizz also leaves a column declared {"null": false} nullable, and it is left so here); foreign
-- keys declared inside create_table are unnamed, those of add_foreign_key named <table>_<ref>_<col>_fk — with the
-- raw sql() statements run as written, then dumping the schema (mysqldump --no-data) and ordering the tables so
-- that every foreign key points to a table created before it. All 29 tables are kept. Upstream has no comments.

CREATE TABLE `tenants` (
  `id` char(36) NOT NULL,
  `config` json DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;
CREATE TABLE `audit_logs` (
  `id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `error` varchar(255) DEFAULT NULL,
  `meta_http_request_id` varchar(255) NOT NULL,
  `meta_source_ip` varchar(255) NOT NULL,
  `meta_user_agent` varchar(255) NOT NULL,
  `actor_user_id` char(36) DEFAULT NULL,
  `actor_email` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `details` text DEFAULT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  KEY `audit_logs_type_idx` (`type`),
  KEY `audit_logs_actor_user_id_idx` (`actor_user_id`),
  KEY `audit_logs_actor_email_idx` (`actor_email`),
  KEY `audit_logs_meta_http_request_id_idx` (`meta_http_request_id`),
  KEY `audit_logs_meta_source_ip_idx` (`meta_source_ip`),
  KEY `audit_logs_tenant_id_idx` (`tenant_id`),
  CONSTRAINT `audit_logs_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `family_name` varchar(255) DEFAULT NULL,
  `given_name` varchar(255) DEFAULT NULL,
  `picture` text DEFAULT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_tenant_id_id_idx` (`tenant_id`,`id`),
  KEY `users_tenant_id_idx` (`tenant_id`),
  CONSTRAINT `users_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `emails` (
  `id` char(36) NOT NULL,
  `user_id` char(36) DEFAULT NULL,
  `address` varchar(255) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  UNIQUE KEY `emails_tenant_id_id_idx` (`tenant_id`,`id`),
  UNIQUE KEY `emails_tenant_id_address_idx` (`tenant_id`,`address`),
  KEY `user_id` (`user_id`),
  KEY `emails_tenant_id_idx` (`tenant_id`),
  KEY `emails_tenant_user_fkey` (`tenant_id`,`user_id`),
  CONSTRAINT `emails_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `emails_tenant_user_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `emails_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `flows` (
  `id` char(36) NOT NULL,
  `version` int(11) NOT NULL,
  `expires_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `csrf_token` varchar(32) NOT NULL,
  `data` text NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  KEY `flows_tenant_id_idx` (`tenant_id`),
  CONSTRAINT `flows_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `identities` (
  `id` char(36) NOT NULL,
  `provider_user_id` varchar(255) NOT NULL,
  `provider_id` varchar(255) NOT NULL,
  `data` text DEFAULT NULL,
  `email_id` char(36) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` char(36) DEFAULT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  UNIQUE KEY `identities_tenant_id_id_idx` (`tenant_id`,`id`),
  UNIQUE KEY `identities_tenant_id_provider_user_id_provider_id_idx` (`tenant_id`,`provider_user_id`,`provider_id`),
  KEY `email_id` (`email_id`),
  KEY `identities_users_id_fk` (`user_id`),
  KEY `identities_tenant_id_idx` (`tenant_id`),
  KEY `identities_tenant_email_fkey` (`tenant_id`,`email_id`),
  KEY `identities_tenant_user_fkey` (`tenant_id`,`user_id`),
  CONSTRAINT `identities_ibfk_1` FOREIGN KEY (`email_id`) REFERENCES `emails` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identities_tenant_email_fkey` FOREIGN KEY (`tenant_id`, `email_id`) REFERENCES `emails` (`tenant_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `identities_tenant_user_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `identities_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `identities_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `jwks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key_data` text NOT NULL,
  `created_at` datetime NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  KEY `jwks_tenant_id_idx` (`tenant_id`),
  CONSTRAINT `jwks_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `otp_secrets` (
  `id` char(36) NOT NULL,
  `user_id` char(36) DEFAULT NULL,
  `secret` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  `last_validated_step` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `otp_secrets_user_id_idx` (`user_id`),
  KEY `otp_secrets_tenant_id_idx` (`tenant_id`),
  KEY `otp_secrets_tenant_user_fkey` (`tenant_id`,`user_id`),
  CONSTRAINT `otp_secrets_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `otp_secrets_tenant_user_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `otp_secrets_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `passcodes` (
  `id` char(36) NOT NULL,
  `user_id` char(36) DEFAULT NULL,
  `ttl` int(11) NOT NULL,
  `code` varchar(255) NOT NULL,
  `try_count` int(11) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `email_id` char(36) DEFAULT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `passcodes_emails_id_fk` (`email_id`),
  KEY `passcodes_tenant_id_idx` (`tenant_id`),
  KEY `passcodes_tenant_user_fkey` (`tenant_id`,`user_id`),
  CONSTRAINT `passcodes_emails_id_fk` FOREIGN KEY (`email_id`) REFERENCES `emails` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `passcodes_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `passcodes_tenant_user_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `passcodes_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `password_credentials` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `password` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  UNIQUE KEY `password_credentials_user_id_idx` (`user_id`),
  KEY `password_credentials_tenant_id_idx` (`tenant_id`),
  KEY `password_credentials_tenant_user_fkey` (`tenant_id`,`user_id`),
  CONSTRAINT `password_credentials_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `password_credentials_tenant_user_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `password_credentials_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `primary_emails` (
  `id` char(36) NOT NULL,
  `email_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  UNIQUE KEY `primary_emails_email_id_idx` (`email_id`),
  UNIQUE KEY `primary_emails_user_id_idx` (`user_id`),
  KEY `primary_emails_tenant_id_idx` (`tenant_id`),
  KEY `primary_emails_tenant_email_fkey` (`tenant_id`,`email_id`),
  KEY `primary_emails_tenant_user_fkey` (`tenant_id`,`user_id`),
  CONSTRAINT `primary_emails_ibfk_1` FOREIGN KEY (`email_id`) REFERENCES `emails` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `primary_emails_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `primary_emails_tenant_email_fkey` FOREIGN KEY (`tenant_id`, `email_id`) REFERENCES `emails` (`tenant_id`, `id`) ON UPDATE CASCADE,
  CONSTRAINT `primary_emails_tenant_user_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `primary_emails_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `saml_certificates` (
  `id` char(36) NOT NULL,
  `cert_data` text NOT NULL,
  `cert_key` text NOT NULL,
  `encryption_key` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  KEY `saml_certificates_tenant_id_idx` (`tenant_id`),
  CONSTRAINT `saml_certificates_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `saml_identities` (
  `id` char(36) NOT NULL,
  `identity_id` char(36) DEFAULT NULL,
  `domain` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  UNIQUE KEY `saml_identities_identity_id_domain_idx` (`identity_id`,`domain`),
  KEY `saml_identities_tenant_id_idx` (`tenant_id`),
  KEY `saml_identities_tenant_identity_fkey` (`tenant_id`,`identity_id`),
  CONSTRAINT `saml_identities_ibfk_1` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `saml_identities_tenant_identity_fkey` FOREIGN KEY (`tenant_id`, `identity_id`) REFERENCES `identities` (`tenant_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `saml_identities_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `saml_idp_initiated_requests` (
  `id` char(36) NOT NULL,
  `response_id` varchar(255) DEFAULT NULL,
  `issuer` varchar(255) DEFAULT NULL,
  `expires_at` datetime DEFAULT NULL,
  `created_at` datetime DEFAULT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  UNIQUE KEY `saml_idp_initiated_requests_response_id_issuer_idx` (`response_id`,`issuer`),
  KEY `saml_idp_initiated_requests_tenant_id_idx` (`tenant_id`),
  CONSTRAINT `saml_idp_initiated_requests_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `saml_providers` (
  `id` char(36) NOT NULL,
  `tenant_id` char(36) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `entity_id` varchar(255) DEFAULT NULL,
  `metadata_url` varchar(255) DEFAULT NULL,
  `domain` varchar(255) DEFAULT NULL,
  `enabled` tinyint(1) DEFAULT 1,
  `skip_email_verification` tinyint(1) DEFAULT 0,
  `attribute_map` json DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `saml_providers_tenant_id_domain_idx` (`tenant_id`,`domain`),
  KEY `saml_providers_tenant_id_idx` (`tenant_id`),
  CONSTRAINT `saml_providers_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `saml_idp_metadata` (
  `id` char(36) NOT NULL,
  `tenant_id` char(36) DEFAULT NULL,
  `provider_id` char(36) DEFAULT NULL,
  `raw_metadata_xml` text DEFAULT NULL,
  `issuer` varchar(255) DEFAULT NULL,
  `sso_url` varchar(255) DEFAULT NULL,
  `certificates_pem` text DEFAULT NULL,
  `last_fetched_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `saml_idp_metadata_tenant_id_provider_id_idx` (`tenant_id`,`provider_id`),
  KEY `provider_id` (`provider_id`),
  CONSTRAINT `saml_idp_metadata_ibfk_1` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `saml_idp_metadata_ibfk_2` FOREIGN KEY (`provider_id`) REFERENCES `saml_providers` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `saml_states` (
  `id` char(36) NOT NULL,
  `nonce` varchar(255) NOT NULL,
  `state` varchar(500) NOT NULL,
  `expires_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  UNIQUE KEY `saml_states_nonce_idx` (`nonce`),
  KEY `saml_states_tenant_id_idx` (`tenant_id`),
  CONSTRAINT `saml_states_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `sessions` (
  `id` char(36) NOT NULL,
  `user_id` char(36) DEFAULT NULL,
  `user_agent` varchar(255) DEFAULT NULL,
  `ip_address` varchar(255) DEFAULT NULL,
  `expires_at` datetime DEFAULT NULL,
  `last_used` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `sessions_tenant_id_idx` (`tenant_id`),
  KEY `sessions_tenant_user_fkey` (`tenant_id`,`user_id`),
  CONSTRAINT `sessions_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `sessions_tenant_user_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `sessions_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `tokens` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `value` varchar(255) NOT NULL,
  `expires_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `identity_id` char(36) DEFAULT NULL,
  `is_flow` tinyint(1) NOT NULL DEFAULT 0,
  `user_created` tinyint(1) NOT NULL DEFAULT 0,
  `code_verifier` varchar(255) DEFAULT NULL,
  `link_user` tinyint(1) DEFAULT 0,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  UNIQUE KEY `tokens_value_idx` (`value`),
  KEY `user_id` (`user_id`),
  KEY `tokens_identities_id_fk` (`identity_id`),
  KEY `tokens_tenant_id_idx` (`tenant_id`),
  KEY `tokens_tenant_user_fkey` (`tenant_id`,`user_id`),
  CONSTRAINT `tokens_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tokens_identities_id_fk` FOREIGN KEY (`identity_id`) REFERENCES `identities` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `tokens_tenant_user_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `tokens_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `trusted_devices` (
  `id` char(36) NOT NULL,
  `user_id` char(36) DEFAULT NULL,
  `device_token` varchar(128) DEFAULT NULL,
  `expires_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  KEY `trusted_devices_device_token_idx` (`device_token`),
  KEY `trusted_devices_tenant_id_idx` (`tenant_id`),
  KEY `trusted_devices_tenant_user_fkey` (`tenant_id`,`user_id`),
  CONSTRAINT `trusted_devices_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `trusted_devices_tenant_user_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `trusted_devices_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `user_metadata` (
  `id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  `public_metadata` varchar(3000) DEFAULT NULL,
  `private_metadata` varchar(3000) DEFAULT NULL,
  `unsafe_metadata` varchar(3000) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_metadata_user_id_idx` (`user_id`),
  KEY `user_metadata_tenant_id_idx` (`tenant_id`),
  KEY `user_metadata_tenant_user_fkey` (`tenant_id`,`user_id`),
  CONSTRAINT `user_metadata_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_metadata_tenant_user_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`) ON DELETE CASCADE,
  CONSTRAINT `user_metadata_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `usernames` (
  `id` char(36) NOT NULL,
  `user_id` char(36) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  UNIQUE KEY `usernames_user_id_idx` (`user_id`),
  UNIQUE KEY `usernames_tenant_id_username_idx` (`tenant_id`,`username`),
  KEY `usernames_tenant_id_idx` (`tenant_id`),
  KEY `usernames_tenant_user_fkey` (`tenant_id`,`user_id`),
  CONSTRAINT `usernames_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `usernames_tenant_user_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `usernames_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `webauthn_credential_user_handles` (
  `id` char(36) NOT NULL,
  `user_id` char(36) DEFAULT NULL,
  `handle` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  UNIQUE KEY `webauthn_credential_user_handles_tenant_id_id_idx` (`tenant_id`,`id`),
  UNIQUE KEY `webauthn_credential_user_handles_handle_idx` (`handle`),
  UNIQUE KEY `webauthn_credential_user_handles_id_user_id_idx` (`id`,`user_id`),
  KEY `user_id` (`user_id`),
  KEY `webauthn_credential_user_handles_tenant_id_idx` (`tenant_id`),
  KEY `webauthn_credential_user_handles_tenant_user_fkey` (`tenant_id`,`user_id`),
  CONSTRAINT `webauthn_credential_user_handles_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `webauthn_credential_user_handles_tenant_user_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `webauthn_credential_user_handles_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `webauthn_credentials` (
  `id` varchar(255) NOT NULL,
  `user_id` char(36) NOT NULL,
  `public_key` text NOT NULL,
  `attestation_type` varchar(255) NOT NULL,
  `aaguid` char(36) NOT NULL,
  `sign_count` int(11) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `backup_eligible` tinyint(1) NOT NULL DEFAULT 0,
  `backup_state` tinyint(1) NOT NULL DEFAULT 0,
  `last_used_at` datetime DEFAULT NULL,
  `mfa_only` tinyint(1) NOT NULL DEFAULT 0,
  `user_handle_id` char(36) DEFAULT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  UNIQUE KEY `webauthn_credentials_tenant_id_id_idx` (`tenant_id`,`id`),
  KEY `user_id` (`user_id`),
  KEY `webauthn_credential_user_handle_fkey` (`user_handle_id`,`user_id`),
  KEY `webauthn_credentials_tenant_id_idx` (`tenant_id`),
  KEY `webauthn_credentials_tenant_user_fkey` (`tenant_id`,`user_id`),
  CONSTRAINT `webauthn_credential_user_handle_fkey` FOREIGN KEY (`user_handle_id`, `user_id`) REFERENCES `webauthn_credential_user_handles` (`id`, `user_id`) ON DELETE NO ACTION ON UPDATE CASCADE,
  CONSTRAINT `webauthn_credentials_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `webauthn_credentials_tenant_user_fkey` FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `webauthn_credentials_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `webauthn_credentials_webauthn_credential_user_handles_id_fk` FOREIGN KEY (`user_handle_id`) REFERENCES `webauthn_credential_user_handles` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `webauthn_credential_transports` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `webauthn_credential_id` varchar(255) NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  UNIQUE KEY `webauthn_credential_transports_name_webauthn_credential_id_idx` (`name`,`webauthn_credential_id`),
  KEY `webauthn_credential_id` (`webauthn_credential_id`),
  KEY `webauthn_credential_transports_tenant_id_idx` (`tenant_id`),
  KEY `webauthn_credential_transports_tenant_credential_fkey` (`tenant_id`,`webauthn_credential_id`),
  CONSTRAINT `webauthn_credential_transports_ibfk_1` FOREIGN KEY (`webauthn_credential_id`) REFERENCES `webauthn_credentials` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `webauthn_credential_transports_tenant_credential_fkey` FOREIGN KEY (`tenant_id`, `webauthn_credential_id`) REFERENCES `webauthn_credentials` (`tenant_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `webauthn_credential_transports_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `webauthn_session_data` (
  `id` char(36) NOT NULL,
  `challenge` varchar(255) NOT NULL,
  `user_id` char(36) NOT NULL,
  `user_verification` varchar(255) NOT NULL,
  `operation` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `expires_at` datetime DEFAULT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  UNIQUE KEY `webauthn_session_data_challenge_idx` (`challenge`),
  UNIQUE KEY `webauthn_session_data_tenant_id_id_idx` (`tenant_id`,`id`),
  KEY `webauthn_session_data_tenant_id_idx` (`tenant_id`),
  CONSTRAINT `webauthn_session_data_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `webauthn_session_data_allowed_credentials` (
  `id` char(36) NOT NULL,
  `credential_id` varchar(255) NOT NULL,
  `webauthn_session_data_id` char(36) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  KEY `webauthn_session_data_id` (`webauthn_session_data_id`),
  KEY `webauthn_session_data_allowed_credentials_tenant_id_idx` (`tenant_id`),
  KEY `webauthn_session_data_allowed_credentials_tenant_session_fkey` (`tenant_id`,`webauthn_session_data_id`),
  CONSTRAINT `webauthn_session_data_allowed_credentials_ibfk_1` FOREIGN KEY (`webauthn_session_data_id`) REFERENCES `webauthn_session_data` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `webauthn_session_data_allowed_credentials_tenant_session_fkey` FOREIGN KEY (`tenant_id`, `webauthn_session_data_id`) REFERENCES `webauthn_session_data` (`tenant_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `webauthn_session_data_allowed_credentials_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `webhooks` (
  `id` char(36) NOT NULL,
  `callback` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `failures` int(11) NOT NULL DEFAULT 0,
  `expires_at` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  UNIQUE KEY `webhooks_tenant_id_id_idx` (`tenant_id`,`id`),
  KEY `webhooks_tenant_id_idx` (`tenant_id`),
  CONSTRAINT `webhooks_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
CREATE TABLE `webhook_events` (
  `id` char(36) NOT NULL,
  `webhook_id` char(36) DEFAULT NULL,
  `event` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `tenant_id` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  PRIMARY KEY (`id`),
  UNIQUE KEY `webhook_events_webhook_id_event_idx` (`webhook_id`,`event`),
  KEY `webhook_events_tenant_id_idx` (`tenant_id`),
  KEY `webhook_events_tenant_webhook_fkey` (`tenant_id`,`webhook_id`),
  CONSTRAINT `webhook_events_ibfk_1` FOREIGN KEY (`webhook_id`) REFERENCES `webhooks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `webhook_events_tenant_webhook_fkey` FOREIGN KEY (`tenant_id`, `webhook_id`) REFERENCES `webhooks` (`tenant_id`, `id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `webhook_events_tenants_id_fk` FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

-- Logto (github.com/logto-io/logto, commit 1fbc55441fd28d9e3e7d69c1522e7654dccfe99c, MPL-2.0)
-- 43 of the tables of packages/schemas/tables/*.sql (and `tenants` from packages/schemas/src/models/tenants.ts),
-- PostgreSQL written as MySQL/MariaDB DDL: jsonb -> json, timestamptz -> datetime(3), bytea -> longblob,
-- boolean -> tinyint(1), int2 -> smallint, PostgreSQL enum types -> ENUM; upstream /** */ doc comments kept as
-- COMMENTs; `/* @use Type */` annotations, indexes, triggers, row-level-security policies and the CHECK
-- constraints that call PL/pgSQL functions left out; foreign keys kept as upstream declares them (the unique
-- index users__id on (tenant_id, id) is kept because a composite foreign key needs it).

CREATE TABLE `tenants` (
  `id` varchar(21) NOT NULL,
  `db_user` varchar(128),
  `db_user_password` varchar(128),
  `name` varchar(128) NOT NULL DEFAULT 'My Project',
  `tag` varchar(64) NOT NULL DEFAULT 'development',
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `is_suspended` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tenants__db_user` (`db_user`)
);

CREATE TABLE `applications` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL,
  `name` varchar(256) NOT NULL,
  `secret` varchar(64) NOT NULL COMMENT '@deprecated The internal client secret. Note it is only used for internal validation, and the actual secret should be stored in the `application_secrets` table. You should NOT use it unless you are sure what you are doing.',
  `description` text,
  `type` enum('Native', 'SPA', 'Traditional', 'MachineToMachine', 'Protected', 'SAML') NOT NULL,
  `oidc_client_metadata` json NOT NULL,
  `custom_client_metadata` json NOT NULL DEFAULT '{}',
  `protected_app_metadata` json,
  `custom_data` json NOT NULL DEFAULT '{}',
  `is_third_party` tinyint(1) NOT NULL DEFAULT 0,
  `app_level_access_control_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `application_secrets` (
  `tenant_id` varchar(21) NOT NULL,
  `application_id` varchar(21) NOT NULL,
  `name` varchar(256) NOT NULL COMMENT 'The name of the secret. Should be unique within the application.',
  `value` varchar(64) NOT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `expires_at` datetime(3) NULL,
  PRIMARY KEY (`tenant_id`, `application_id`, `name`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) COMMENT='Application secrets for the `client_credentials` grant type and other confidential client use cases. Note that these secrets replace the `secret` column in the `applications` table, while the `secret` column is still used for the internal validation as `oidc-provider` does not support multiple secrets per client.';

CREATE TABLE `resources` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL,
  `name` text NOT NULL,
  `indicator` text NOT NULL COMMENT 'resource indicator also used as audience',
  `is_default` tinyint(1) NOT NULL DEFAULT 0,
  `access_token_ttl` bigint NOT NULL DEFAULT 3600 COMMENT 'expiration value in seconds, default is 1h',
  PRIMARY KEY (`id`),
  UNIQUE KEY `resources__indicator` (`tenant_id`, `indicator`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `scopes` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL,
  `resource_id` varchar(21) NOT NULL,
  `name` varchar(256) NOT NULL,
  `description` text,
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `scopes__resource_id_name` (`tenant_id`, `resource_id`, `name`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `roles` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL,
  `name` varchar(128) NOT NULL,
  `description` varchar(128) NOT NULL,
  `type` enum('User', 'MachineToMachine') NOT NULL DEFAULT 'User',
  `is_default` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'If the role is the default role for a new user. Should be ignored for `MachineToMachine` roles.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles__name` (`tenant_id`, `name`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `roles_scopes` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL,
  `role_id` varchar(21) NOT NULL,
  `scope_id` varchar(21) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_scopes__role_id_scope_id` (`tenant_id`, `role_id`, `scope_id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`scope_id`) REFERENCES `scopes` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `users` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(12) NOT NULL,
  `username` varchar(128),
  `primary_email` varchar(128),
  `primary_phone` varchar(128),
  `password_encrypted` varchar(256),
  `password_encryption_method` enum('Argon2i', 'Argon2id', 'Argon2d', 'SHA1', 'SHA256', 'MD5', 'Bcrypt', 'Legacy'),
  `name` varchar(128),
  `avatar` varchar(2048) COMMENT 'The URL that points to the user''s profile picture. Mapped to OpenID Connect''s `picture` claim.',
  `profile` json NOT NULL DEFAULT '{}' COMMENT 'Additional OpenID Connect standard claims that are not included in user''s properties.',
  `application_id` varchar(21),
  `cimd_client_id` varchar(2048),
  `identities` json NOT NULL DEFAULT '{}',
  `custom_data` json NOT NULL DEFAULT '{}',
  `logto_config` json NOT NULL DEFAULT '{}',
  `mfa_verifications` json NOT NULL DEFAULT '[]',
  `is_suspended` tinyint(1) NOT NULL DEFAULT 0,
  `is_password_expired` tinyint(1) NOT NULL DEFAULT 0,
  `last_sign_in_at` datetime(3) NULL,
  `password_updated_at` datetime(3) NULL,
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `users__id` (`tenant_id`, `id`),
  UNIQUE KEY `users__username` (`tenant_id`, `username`),
  UNIQUE KEY `users__primary_email` (`tenant_id`, `primary_email`),
  UNIQUE KEY `users__primary_phone` (`tenant_id`, `primary_phone`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `users_roles` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL,
  `user_id` varchar(21) NOT NULL,
  `role_id` varchar(21) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_roles__user_id_role_id` (`tenant_id`, `user_id`, `role_id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `applications_roles` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL,
  `application_id` varchar(21) NOT NULL,
  `role_id` varchar(21) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `applications_roles__application_id_role_id` (`tenant_id`, `application_id`, `role_id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `organizations` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL COMMENT 'The globally unique identifier of the organization.',
  `name` varchar(128) NOT NULL COMMENT 'The organization''s name for display.',
  `description` varchar(256) COMMENT 'A brief description of the organization.',
  `custom_data` json NOT NULL DEFAULT '{}' COMMENT 'Additional data associated with the organization.',
  `is_mfa_required` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Whether multi-factor authentication configuration is required for the members of the organization.',
  `is_trusted_device_allowed` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Whether trusted devices are allowed for members of the organization.',
  `color` json NOT NULL DEFAULT '{}' COMMENT 'The organization''s branding color configuration.',
  `branding` json NOT NULL DEFAULT '{}' COMMENT 'The organization''s branding configuration.',
  `custom_css` text COMMENT 'The custom CSS of the organization.',
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'When the organization was created.',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) COMMENT='Organizations defined by [RFC 0001](https://github.com/logto-io/rfcs/blob/HEAD/active/0001-organization.md).';

CREATE TABLE `organization_roles` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL COMMENT 'The globally unique identifier of the organization role.',
  `name` varchar(128) NOT NULL COMMENT 'The organization role''s name, unique within the organization template.',
  `description` varchar(256) COMMENT 'A brief description of the organization role.',
  `type` enum('User', 'MachineToMachine') NOT NULL DEFAULT 'User' COMMENT 'The type of the organization role. Same as the `type` field in the `roles` table.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_roles__name` (`tenant_id`, `name`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) COMMENT='The roles defined by the organization template.';

CREATE TABLE `organization_scopes` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL COMMENT 'The globally unique identifier of the organization scope.',
  `name` varchar(128) NOT NULL COMMENT 'The organization scope''s name, unique within the organization template.',
  `description` varchar(256) COMMENT 'A brief description of the organization scope.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_scopes__name` (`tenant_id`, `name`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) COMMENT='The scopes (permissions) defined by the organization template.';

CREATE TABLE `organization_user_relations` (
  `tenant_id` varchar(21) NOT NULL,
  `organization_id` varchar(21) NOT NULL,
  `user_id` varchar(21) NOT NULL,
  PRIMARY KEY (`tenant_id`, `organization_id`, `user_id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`tenant_id`, `user_id`) REFERENCES `users` (`tenant_id`, `id`) ON UPDATE CASCADE ON DELETE CASCADE
) COMMENT='The relations between organizations and users. It indicates membership of users in organizations.';

CREATE TABLE `organization_role_user_relations` (
  `tenant_id` varchar(21) NOT NULL,
  `organization_id` varchar(21) NOT NULL,
  `organization_role_id` varchar(21) NOT NULL,
  `user_id` varchar(21) NOT NULL,
  PRIMARY KEY (`tenant_id`, `organization_id`, `organization_role_id`, `user_id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`organization_role_id`) REFERENCES `organization_roles` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`tenant_id`, `organization_id`, `user_id`) REFERENCES `organization_user_relations` (`tenant_id`, `organization_id`, `user_id`) ON UPDATE CASCADE ON DELETE CASCADE
) COMMENT='The relations between organizations, organization roles, and users. A relation means that a user has a role in an organization.';

CREATE TABLE `organization_role_scope_relations` (
  `tenant_id` varchar(21) NOT NULL,
  `organization_role_id` varchar(21) NOT NULL,
  `organization_scope_id` varchar(21) NOT NULL,
  PRIMARY KEY (`tenant_id`, `organization_role_id`, `organization_scope_id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`organization_role_id`) REFERENCES `organization_roles` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`organization_scope_id`) REFERENCES `organization_scopes` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) COMMENT='The relations between organization roles and organization scopes. It indicates which organization scopes are available to which organization roles.';

CREATE TABLE `organization_invitations` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL COMMENT 'The unique identifier of the invitation.',
  `inviter_id` varchar(21) COMMENT 'The user ID who sent the invitation.',
  `invitee` varchar(256) NOT NULL COMMENT 'The email address or other identifier of the invitee.',
  `accepted_user_id` varchar(21) COMMENT 'The user ID of who accepted the invitation.',
  `organization_id` varchar(21) NOT NULL COMMENT 'The ID of the organization to which the invitee is invited.',
  `status` enum('Pending', 'Accepted', 'Expired', 'Revoked') NOT NULL COMMENT 'The status of the invitation.',
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'The time when the invitation was created.',
  `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'The time when the invitation status was last updated.',
  `expires_at` datetime(3) NOT NULL COMMENT 'The time when the invitation expires.',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`inviter_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`accepted_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) COMMENT='The invitation entry defined in RFC 0003. It stores the invitation information for a user to join an organization.';

CREATE TABLE `organization_jit_email_domains` (
  `tenant_id` varchar(21) NOT NULL,
  `organization_id` varchar(21) NOT NULL COMMENT 'The ID of the organization.',
  `email_domain` varchar(128) NOT NULL COMMENT 'The email domain that will be automatically provisioned.',
  PRIMARY KEY (`tenant_id`, `organization_id`, `email_domain`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) COMMENT='The email domains that will automatically assign users into an organization when they sign up or are added through the Management API.';

CREATE TABLE `application_user_consent_organizations` (
  `tenant_id` varchar(21) NOT NULL,
  `application_id` varchar(21) NOT NULL,
  `organization_id` varchar(21) NOT NULL,
  `user_id` varchar(21) NOT NULL,
  PRIMARY KEY (`tenant_id`, `application_id`, `organization_id`, `user_id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`tenant_id`, `organization_id`, `user_id`) REFERENCES `organization_user_relations` (`tenant_id`, `organization_id`, `user_id`) ON UPDATE CASCADE ON DELETE CASCADE
) COMMENT='The relations between applications, users and organizations. A relation means that a user has consented to an application to access data in an organization.';

CREATE TABLE `application_user_consent_user_scopes` (
  `tenant_id` varchar(21) NOT NULL,
  `application_id` varchar(21) NOT NULL COMMENT 'The globally unique identifier of the application.',
  `user_scope` varchar(64) NOT NULL COMMENT 'The unique UserScope enum value @see (@logto/core-kit/open-id.js) for more details',
  PRIMARY KEY (`application_id`, `user_scope`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) COMMENT='The user scopes (permissions) assigned to an application';

CREATE TABLE `application_access_control_user_relations` (
  `tenant_id` varchar(21) NOT NULL,
  `application_id` varchar(21) NOT NULL,
  `user_id` varchar(21) NOT NULL,
  PRIMARY KEY (`tenant_id`, `application_id`, `user_id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) COMMENT='The direct user allow relations for application-level access control.';

CREATE TABLE `connectors` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(128) NOT NULL,
  `sync_profile` tinyint(1) NOT NULL DEFAULT 0,
  `enable_token_storage` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Whether the token storage is enabled for this connector. Only applied for OAuth2/OIDC social connectors.',
  `connector_id` varchar(128) NOT NULL,
  `config` json NOT NULL DEFAULT '{}',
  `metadata` json NOT NULL DEFAULT '{}',
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `sso_connectors` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(128) NOT NULL COMMENT 'The globally unique identifier of the SSO connector.',
  `provider_name` varchar(128) NOT NULL COMMENT 'The identifier of connector''s SSO provider',
  `connector_name` varchar(128) NOT NULL COMMENT 'The name of the SSO provider for display.',
  `config` json NOT NULL DEFAULT '{}' COMMENT 'The connector configuration. Different schemas for different provide type',
  `domains` json NOT NULL DEFAULT '[]' COMMENT 'The SSO email domains.',
  `branding` json NOT NULL DEFAULT '{}' COMMENT 'The SSO branding.',
  `sync_profile` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Determines whether to synchronize the user''s profile on each login.',
  `enable_token_storage` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Whether the token storage is enabled for this connector. Only applied for OAuth2/OIDC SSO connectors.',
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'When the SSO connector was created.',
  PRIMARY KEY (`id`),
  UNIQUE KEY `sso_connectors__connector_name__unique` (`tenant_id`, `connector_name`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `user_sso_identities` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL,
  `user_id` varchar(12) NOT NULL,
  `issuer` varchar(256) NOT NULL COMMENT 'Unique provider identifier. Issuer of the OIDC connectors, entityId of the SAML providers',
  `identity_id` varchar(128) NOT NULL COMMENT 'Provider user identity id',
  `detail` json NOT NULL DEFAULT '{}',
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'Known issue: created_at uses timestamp instead of timestamptz',
  `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `sso_connector_id` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_sso_identities__issuer__identity_id` (`tenant_id`, `issuer`, `identity_id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`sso_connector_id`) REFERENCES `sso_connectors` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `secrets` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL PRIMARY KEY,
  `user_id` varchar(21) NOT NULL,
  `type` varchar(256) NOT NULL,
  `encrypted_dek` longblob NOT NULL COMMENT 'Encrypted data encryption key (DEK) for the secret.',
  `iv` longblob NOT NULL COMMENT 'Initialization vector for the secret encryption.',
  `auth_tag` longblob NOT NULL COMMENT 'Authentication tag for the secret encryption.',
  `ciphertext` longblob NOT NULL COMMENT 'The encrypted secret data. e.g. { access_token, refresh_token }',
  `metadata` json NOT NULL DEFAULT '{}' COMMENT 'The metadata associated with the secret.',
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `secret_social_connector_relations` (
  `tenant_id` varchar(21) NOT NULL,
  `secret_id` varchar(21) NOT NULL,
  `connector_id` varchar(128) NOT NULL COMMENT 'Social connector ID foreign reference. Only present for secrets that store social connector tokens. Note: avoid directly cascading deletes here, need to delete the secrets first.',
  `target` varchar(256) NOT NULL COMMENT 'The target of the social connector. e.g. ''github'', ''google'', etc.',
  `identity_id` varchar(128) NOT NULL COMMENT 'User social identity ID foreign reference. Only present for secrets that store social identity tokens.',
  PRIMARY KEY (`tenant_id`, `secret_id`),
  UNIQUE KEY `secret_social_connector_relations__target__identity_id` (`tenant_id`, `target`, `identity_id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`secret_id`) REFERENCES `secrets` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`connector_id`) REFERENCES `connectors` (`id`) ON UPDATE CASCADE
);

CREATE TABLE `secret_enterprise_sso_connector_relations` (
  `tenant_id` varchar(21) NOT NULL,
  `secret_id` varchar(21) NOT NULL,
  `sso_connector_id` varchar(128) NOT NULL COMMENT 'SSO connector ID foreign reference. Only present for secrets that store SSO connector tokens. Note: avoid directly cascading deletes here, need to delete the secrets first.',
  `issuer` varchar(256) NOT NULL COMMENT 'User SSO connector issuer. Only present for secrets that store SSO connector tokens.',
  `identity_id` varchar(128) NOT NULL COMMENT 'User SSO identity ID. Only present for secrets that store SSO identity tokens.',
  PRIMARY KEY (`tenant_id`, `secret_id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`secret_id`) REFERENCES `secrets` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`sso_connector_id`) REFERENCES `sso_connectors` (`id`) ON UPDATE CASCADE,
  FOREIGN KEY (`tenant_id`, `issuer`, `identity_id`) REFERENCES `user_sso_identities` (`tenant_id`, `issuer`, `identity_id`) ON UPDATE CASCADE
);

CREATE TABLE `logs` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL,
  `key` varchar(128) NOT NULL,
  `payload` json NOT NULL DEFAULT '{}',
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `passcodes` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL,
  `interaction_jti` varchar(128),
  `phone` varchar(32),
  `email` varchar(128),
  `type` varchar(32) NOT NULL,
  `code` varchar(6) NOT NULL,
  `consumed` tinyint(1) NOT NULL DEFAULT 0,
  `try_count` smallint NOT NULL DEFAULT 0,
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `oidc_model_instances` (
  `tenant_id` varchar(21) NOT NULL,
  `model_name` varchar(64) NOT NULL,
  `id` varchar(128) NOT NULL,
  `payload` json NOT NULL,
  `expires_at` datetime(3) NOT NULL,
  `consumed_at` datetime(3) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oidc_model_instances__model_name_id` (`tenant_id`, `model_name`, `id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `oidc_session_extensions` (
  `tenant_id` varchar(21) NOT NULL,
  `session_uid` varchar(128) NOT NULL,
  `account_id` varchar(12) NOT NULL,
  `last_submission` json NOT NULL DEFAULT '{}',
  `client_id` varchar(21),
  `cimd_client_id` varchar(2048),
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`tenant_id`, `session_uid`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`account_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `one_time_tokens` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL,
  `email` varchar(128) NOT NULL,
  `token` varchar(256) NOT NULL,
  `context` json NOT NULL DEFAULT '{}',
  `status` varchar(64) NOT NULL DEFAULT 'active',
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `expires_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `personal_access_tokens` (
  `tenant_id` varchar(21) NOT NULL,
  `user_id` varchar(21) NOT NULL,
  `name` varchar(256) NOT NULL COMMENT 'The name of the secret. Should be unique within the user.',
  `value` varchar(64) NOT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `expires_at` datetime(3) NULL,
  PRIMARY KEY (`tenant_id`, `user_id`, `name`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `verification_records` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL,
  `user_id` varchar(21),
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `expires_at` datetime(3) NOT NULL,
  `data` json NOT NULL DEFAULT '{}' COMMENT 'Use JsonObject here to avoid complex typing, the type will be validated in verification classes.',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `verification_statuses` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL,
  `user_id` varchar(21) NOT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `verified_identifier` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `daily_active_users` (
  `id` varchar(21) NOT NULL,
  `tenant_id` varchar(21) NOT NULL,
  `user_id` varchar(21) NOT NULL,
  `date` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `daily_active_users__user_id_date` (`user_id`, `date`)
);

CREATE TABLE `sentinel_activities` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL,
  `target_type` varchar(32) NOT NULL COMMENT 'The target that the action was performed on.',
  `target_hash` varchar(64) NOT NULL COMMENT 'The target hashed identifier.',
  `action` varchar(64) NOT NULL COMMENT 'The action name that was performed.',
  `action_result` enum('Success', 'Failed') NOT NULL COMMENT 'If the action was successful or not.',
  `payload` json NOT NULL COMMENT 'Additional payload data if any.',
  `decision` enum('Undecided', 'Allowed', 'Blocked', 'Challenge') NOT NULL COMMENT 'The sentinel decision for the action.',
  `decision_expires_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'The expiry date of the decision. For instant decisions, this is the date the activity was created.',
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'The time the activity was created.',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `subject_tokens` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(25) NOT NULL,
  `context` json NOT NULL DEFAULT '{}',
  `expires_at` datetime(3) NOT NULL,
  `consumed_at` datetime(3) NULL,
  `user_id` varchar(21) NOT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `creator_id` varchar(32) NOT NULL COMMENT 'It is intented to not reference to user or application table, it can be userId or applicationId, for audit only',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `trusted_devices` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL,
  `user_id` varchar(12) NOT NULL,
  `secret_hash` longblob NOT NULL,
  `user_agent` text,
  `ip` text,
  `country` varchar(16),
  `city` text,
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `last_used_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `expires_at` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) COMMENT='A revocable server-side credential that can fulfill sign-in MFA for a user.';

CREATE TABLE `user_geo_locations` (
  `tenant_id` varchar(21) NOT NULL,
  `user_id` varchar(12) NOT NULL,
  `latitude` decimal(9,6),
  `longitude` decimal(9,6),
  `updated_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`tenant_id`, `user_id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) COMMENT='The last known geo coordinates per user for geo-velocity checks.';

CREATE TABLE `user_sign_in_countries` (
  `tenant_id` varchar(21) NOT NULL,
  `user_id` varchar(12) NOT NULL,
  `country` varchar(16) NOT NULL COMMENT 'ISO 3166-1 alpha-2 country code (2 chars), stored up to 16 chars for robustness.',
  `last_sign_in_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`tenant_id`, `user_id`, `country`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) COMMENT='Tracks per-user sign-in countries for adaptive MFA rules.';

CREATE TABLE `sign_in_experiences` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL,
  `color` json NOT NULL,
  `branding` json NOT NULL,
  `hide_logto_branding` tinyint(1) NOT NULL DEFAULT 0,
  `language_info` json NOT NULL,
  `terms_of_use_url` varchar(2048),
  `privacy_policy_url` varchar(2048),
  `agree_to_terms_policy` enum('Automatic', 'ManualRegistrationOnly', 'Manual') NOT NULL DEFAULT 'Automatic' COMMENT 'The policy that determines how users agree to the terms of use and privacy policy.',
  `sign_in` json NOT NULL,
  `sign_up` json NOT NULL,
  `social_sign_in` json NOT NULL DEFAULT '{}',
  `social_sign_in_connector_targets` json NOT NULL DEFAULT '[]',
  `sign_in_mode` enum('SignIn', 'Register', 'SignInAndRegister') NOT NULL DEFAULT 'SignInAndRegister',
  `custom_css` text,
  `custom_content` json NOT NULL DEFAULT '{}',
  `custom_ui_assets` json,
  `custom_ui_csp` json NOT NULL DEFAULT '{}',
  `password_policy` json NOT NULL DEFAULT '{}',
  `mfa` json NOT NULL DEFAULT '{}',
  `adaptive_mfa` json NOT NULL DEFAULT '{}',
  `trusted_device` json NOT NULL DEFAULT '{}',
  `single_sign_on_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `support_email` text,
  `support_website_url` text,
  `unknown_session_redirect_url` text,
  `captcha_policy` json NOT NULL DEFAULT '{}',
  `sentinel_policy` json NOT NULL DEFAULT '{}',
  `email_blocklist_policy` json NOT NULL DEFAULT '{}',
  `verification_code_policy` json NOT NULL DEFAULT '{}',
  `forgot_password_methods` json DEFAULT '[]',
  `passkey_sign_in` json NOT NULL DEFAULT '{}',
  `sign_up_profile_fields` json DEFAULT '[]' COMMENT 'Nullable by design: null keeps legacy full-catalog behavior, and new rows default to [] to collect no custom profile fields.',
  `password_expiration` json NOT NULL DEFAULT '{}',
  `username_policy` json NOT NULL DEFAULT '{ "caseSensitive": true, "minLength": 1, "maxLength": 128, "allowedChars": { "lowercase": true, "uppercase": true, "numbers": true, "underscore": true } }',
  PRIMARY KEY (`tenant_id`, `id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE TABLE `custom_profile_fields` (
  `tenant_id` varchar(21) NOT NULL,
  `id` varchar(21) NOT NULL,
  `name` varchar(128) NOT NULL,
  `type` varchar(128) NOT NULL,
  `label` varchar(128) NOT NULL DEFAULT '',
  `description` varchar(256),
  `required` tinyint(1) NOT NULL DEFAULT 0,
  `config` json NOT NULL DEFAULT '{}',
  `created_at` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `sie_order` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `custom_profile_fields__name` (`tenant_id`, `name`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
);


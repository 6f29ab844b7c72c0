-- Infisical (open-source secrets management platform: users and their keys, organisations, memberships and roles,
-- projects and environments, machine identities with universal-auth client secrets and access tokens, secrets and
-- versions, folders and tags, secret-change and access approval policies and requests, secret sharing, service
-- tokens, integrations and their credentials, webhooks, dynamic secrets and leases, rotations, secret scanning of git
-- repositories, audit logs and streams, Slack integration)
-- Upstream: github.com/Infisical/infisical backend/src/db/migrations/*.ts (129 Knex migrations, PostgreSQL), commit
-- 09d28156f8e1a60cde9f31bd7db89502319c00b7 (merge of PR 2572, 2024-10-10), read from the GitHub fork
-- github.com/leachtucker/infisical whose HEAD is that upstream commit. MIT (Expat), ee/ directories under ee/LICENSE.
-- The migrations were run with Knex 3.1 against a scratch PostgreSQL 15 and 61 of the 113 resulting tables converted
-- from the catalog to MySQL: uuid CHAR(36), varchar kept, text TEXT, jsonb and text[] JSON, bytea LONGBLOB,
-- timestamptz DATETIME(3). Four foreign keys declared ON DELETE SET NULL on NOT NULL columns
-- (secret_approval_requests.committerUserId, secret_approval_requests_reviewers.reviewerUserId,
-- access_approval_requests.requestedByUserId, access_approval_requests_reviewers.reviewerUserId) keep their
-- reference without the action, which MySQL rejects. Update triggers and secondary indexes are left out.
-- Left out: legacy v1 secret tables (secrets, secret_versions, secret_blind_indexes, secret_approval_requests_secrets,
-- their tag junctions, references and rotation outputs), folder versions, snapshots, secret imports, PKI
-- (certificate authorities, certificates, templates, collections, alerts), internal and external KMS tables, other
-- identity auth methods (AWS, Azure, GCP, Kubernetes, OIDC, token), identity and group project roles and privileges,
-- LDAP and OIDC configs with LDAP group maps, org and project bots, rate limits, project Slack configs, git-app
-- install sessions and orgs, and Knex's two bookkeeping tables.

CREATE TABLE `super_admin` (
  `id` CHAR(36) NOT NULL,
  `initialized` TINYINT(1) DEFAULT 0,
  `allowSignUp` TINYINT(1) DEFAULT 1,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `allowedSignUpDomain` VARCHAR(255) DEFAULT NULL,
  `instanceId` CHAR(36) NOT NULL,
  `trustSamlEmails` TINYINT(1) DEFAULT 0,
  `trustLdapEmails` TINYINT(1) DEFAULT 0,
  `trustOidcEmails` TINYINT(1) DEFAULT 0,
  `defaultAuthOrgId` CHAR(36) DEFAULT NULL,
  `enabledLoginMethods` JSON DEFAULT NULL,
  `encryptedSlackClientId` LONGBLOB DEFAULT NULL,
  `encryptedSlackClientSecret` LONGBLOB DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `authMethods` JSON DEFAULT NULL,
  `superAdmin` TINYINT(1) DEFAULT 0,
  `firstName` VARCHAR(255) DEFAULT NULL,
  `lastName` VARCHAR(255) DEFAULT NULL,
  `isAccepted` TINYINT(1) DEFAULT 0,
  `isMfaEnabled` TINYINT(1) DEFAULT 0,
  `mfaMethods` JSON DEFAULT NULL,
  `devices` JSON DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `isGhost` TINYINT(1) NOT NULL DEFAULT 0,
  `username` VARCHAR(255) NOT NULL,
  `isEmailVerified` TINYINT(1) DEFAULT 0,
  `consecutiveFailedMfaAttempts` INT DEFAULT 0,
  `isLocked` TINYINT(1) DEFAULT 0,
  `temporaryLockDateEnd` DATETIME(3) DEFAULT NULL,
  `consecutiveFailedPasswordAttempts` INT DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_username_unique` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_encryption_keys` (
  `id` CHAR(36) NOT NULL,
  `clientPublicKey` TEXT DEFAULT NULL,
  `serverPrivateKey` TEXT DEFAULT NULL,
  `encryptionVersion` INT DEFAULT 2,
  `protectedKey` TEXT DEFAULT NULL,
  `protectedKeyIV` TEXT DEFAULT NULL,
  `protectedKeyTag` TEXT DEFAULT NULL,
  `publicKey` TEXT NOT NULL,
  `encryptedPrivateKey` TEXT NOT NULL,
  `iv` TEXT NOT NULL,
  `tag` TEXT NOT NULL,
  `salt` TEXT NOT NULL,
  `verifier` TEXT NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `hashedPassword` VARCHAR(255) DEFAULT NULL,
  `serverEncryptedPrivateKey` TEXT DEFAULT NULL,
  `serverEncryptedPrivateKeyIV` TEXT DEFAULT NULL,
  `serverEncryptedPrivateKeyTag` TEXT DEFAULT NULL,
  `serverEncryptedPrivateKeyEncoding` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_encryption_keys_userid_unique` (`userId`),
  CONSTRAINT `user_encryption_keys_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_aliases` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `username` VARCHAR(255) DEFAULT NULL,
  `aliasType` VARCHAR(255) NOT NULL,
  `externalId` VARCHAR(255) NOT NULL,
  `emails` JSON DEFAULT NULL,
  `orgId` CHAR(36) DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `user_aliases_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_actions` (
  `id` CHAR(36) NOT NULL,
  `action` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `userId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_actions_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_tokens` (
  `id` CHAR(36) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `phoneNumber` VARCHAR(255) DEFAULT NULL,
  `tokenHash` VARCHAR(255) NOT NULL,
  `triesLeft` INT DEFAULT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `userId` CHAR(36) DEFAULT NULL,
  `orgId` CHAR(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `auth_tokens_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_token_sessions` (
  `id` CHAR(36) NOT NULL,
  `ip` VARCHAR(255) NOT NULL,
  `userAgent` VARCHAR(255) DEFAULT NULL,
  `refreshVersion` INT NOT NULL DEFAULT 1,
  `accessVersion` INT NOT NULL DEFAULT 1,
  `lastUsed` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `userId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `auth_token_sessions_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` VARCHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `lastUsed` DATETIME(3) DEFAULT NULL,
  `expiresAt` DATETIME(3) DEFAULT NULL,
  `secretHash` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `userId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_keys_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backup_private_key` (
  `id` CHAR(36) NOT NULL,
  `encryptedPrivateKey` TEXT NOT NULL,
  `iv` TEXT NOT NULL,
  `tag` TEXT NOT NULL,
  `algorithm` VARCHAR(255) NOT NULL,
  `keyEncoding` VARCHAR(255) NOT NULL,
  `salt` TEXT NOT NULL,
  `verifier` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `userId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `backup_private_key_userid_unique` (`userId`),
  CONSTRAINT `backup_private_key_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `kms_keys` (
  `id` CHAR(36) NOT NULL,
  `description` VARCHAR(255) DEFAULT NULL,
  `isDisabled` TINYINT(1) DEFAULT 0,
  `isReserved` TINYINT(1) DEFAULT 1,
  `orgId` CHAR(36) NOT NULL,
  `name` VARCHAR(32) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `projectId` VARCHAR(255) DEFAULT NULL,
  `slug` VARCHAR(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `kms_keys_orgid_projectid_slug_unique` (`orgId`, `projectId`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `customerId` VARCHAR(255) DEFAULT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `authEnforced` TINYINT(1) DEFAULT 0,
  `scimEnabled` TINYINT(1) DEFAULT 0,
  `kmsDefaultKeyId` CHAR(36) DEFAULT NULL,
  `kmsEncryptedDataKey` LONGBLOB DEFAULT NULL,
  `defaultMembershipRole` VARCHAR(255) NOT NULL DEFAULT 'member',
  PRIMARY KEY (`id`),
  UNIQUE KEY `organizations_slug_unique` (`slug`),
  CONSTRAINT `organizations_kmsdefaultkeyid_foreign` FOREIGN KEY (`kmsDefaultKeyId`) REFERENCES `kms_keys` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `org_roles` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) DEFAULT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `permissions` JSON NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `orgId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `org_roles_orgid_foreign` FOREIGN KEY (`orgId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `org_memberships` (
  `id` CHAR(36) NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'invited',
  `inviteEmail` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `userId` CHAR(36) DEFAULT NULL,
  `orgId` CHAR(36) NOT NULL,
  `roleId` CHAR(36) DEFAULT NULL,
  `projectFavorites` JSON DEFAULT NULL,
  `isActive` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `org_memberships_userid_orgid_unique` (`userId`, `orgId`),
  CONSTRAINT `org_memberships_orgid_foreign` FOREIGN KEY (`orgId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `org_memberships_roleid_foreign` FOREIGN KEY (`roleId`) REFERENCES `org_roles` (`id`),
  CONSTRAINT `org_memberships_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `incident_contacts` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `orgId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `incident_contacts_orgid_foreign` FOREIGN KEY (`orgId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `saml_configs` (
  `id` CHAR(36) NOT NULL,
  `authProvider` VARCHAR(255) NOT NULL,
  `isActive` TINYINT(1) NOT NULL,
  `encryptedEntryPoint` VARCHAR(255) DEFAULT NULL,
  `entryPointIV` VARCHAR(255) DEFAULT NULL,
  `entryPointTag` VARCHAR(255) DEFAULT NULL,
  `encryptedIssuer` VARCHAR(255) DEFAULT NULL,
  `issuerTag` VARCHAR(255) DEFAULT NULL,
  `issuerIV` VARCHAR(255) DEFAULT NULL,
  `encryptedCert` TEXT DEFAULT NULL,
  `certIV` VARCHAR(255) DEFAULT NULL,
  `certTag` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `orgId` CHAR(36) NOT NULL,
  `lastUsed` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `saml_configs_orgid_unique` (`orgId`),
  CONSTRAINT `saml_configs_orgid_foreign` FOREIGN KEY (`orgId`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scim_tokens` (
  `id` VARCHAR(36) NOT NULL,
  `ttlDays` BIGINT NOT NULL DEFAULT '365',
  `description` VARCHAR(255) NOT NULL,
  `orgId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `scim_tokens_orgid_foreign` FOREIGN KEY (`orgId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trusted_ips` (
  `id` CHAR(36) NOT NULL,
  `ipAddress` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `prefix` INT DEFAULT NULL,
  `isActive` TINYINT(1) DEFAULT 1,
  `comment` VARCHAR(255) DEFAULT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` VARCHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `autoCapitalization` TINYINT(1) DEFAULT 1,
  `orgId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `version` INT NOT NULL DEFAULT 1,
  `upgradeStatus` VARCHAR(255) DEFAULT NULL,
  `pitVersionLimit` INT NOT NULL DEFAULT 10,
  `kmsCertificateKeyId` CHAR(36) DEFAULT NULL,
  `auditLogsRetentionDays` INT DEFAULT NULL,
  `kmsSecretManagerKeyId` CHAR(36) DEFAULT NULL,
  `kmsSecretManagerEncryptedDataKey` LONGBLOB DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `projects_orgid_slug_unique` (`orgId`, `slug`),
  CONSTRAINT `projects_kmscertificatekeyid_foreign` FOREIGN KEY (`kmsCertificateKeyId`) REFERENCES `kms_keys` (`id`),
  CONSTRAINT `projects_kmssecretmanagerkeyid_foreign` FOREIGN KEY (`kmsSecretManagerKeyId`) REFERENCES `kms_keys` (`id`),
  CONSTRAINT `projects_orgid_foreign` FOREIGN KEY (`orgId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_environments` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `position` INT NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `env_pos_composite_uniqe` (`projectId`, `position`),
  CONSTRAINT `project_environments_projectid_foreign` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_roles` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) DEFAULT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `permissions` JSON NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `projectId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `project_roles_projectid_foreign` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_memberships` (
  `id` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `userId` CHAR(36) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `project_memberships_projectid_foreign` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project_memberships_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_user_membership_roles` (
  `id` CHAR(36) NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `projectMembershipId` CHAR(36) NOT NULL,
  `customRoleId` CHAR(36) DEFAULT NULL,
  `isTemporary` TINYINT(1) NOT NULL DEFAULT 0,
  `temporaryMode` VARCHAR(255) DEFAULT NULL,
  `temporaryRange` VARCHAR(255) DEFAULT NULL,
  `temporaryAccessStartTime` DATETIME(3) DEFAULT NULL,
  `temporaryAccessEndTime` DATETIME(3) DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `project_user_membership_roles_customroleid_foreign` FOREIGN KEY (`customRoleId`) REFERENCES `project_roles` (`id`),
  CONSTRAINT `project_user_membership_roles_projectmembershipid_foreign` FOREIGN KEY (`projectMembershipId`) REFERENCES `project_memberships` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_user_additional_privilege` (
  `id` CHAR(36) NOT NULL,
  `slug` VARCHAR(60) NOT NULL,
  `projectMembershipId` CHAR(36) DEFAULT NULL,
  `isTemporary` TINYINT(1) NOT NULL DEFAULT 0,
  `temporaryMode` VARCHAR(255) DEFAULT NULL,
  `temporaryRange` VARCHAR(255) DEFAULT NULL,
  `temporaryAccessStartTime` DATETIME(3) DEFAULT NULL,
  `temporaryAccessEndTime` DATETIME(3) DEFAULT NULL,
  `permissions` JSON NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `userId` CHAR(36) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `project_user_additional_privilege_projectid_foreign` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project_user_additional_privilege_projectmembershipid_foreign` FOREIGN KEY (`projectMembershipId`) REFERENCES `project_memberships` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project_user_additional_privilege_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_keys` (
  `id` CHAR(36) NOT NULL,
  `encryptedKey` TEXT NOT NULL,
  `nonce` TEXT NOT NULL,
  `receiverId` CHAR(36) NOT NULL,
  `senderId` CHAR(36) DEFAULT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `project_keys_projectid_foreign` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project_keys_receiverid_foreign` FOREIGN KEY (`receiverId`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project_keys_senderid_foreign` FOREIGN KEY (`senderId`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` CHAR(36) NOT NULL,
  `orgId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `roleId` CHAR(36) DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `groups_orgid_slug_unique` (`orgId`, `slug`),
  CONSTRAINT `groups_orgid_foreign` FOREIGN KEY (`orgId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `groups_roleid_foreign` FOREIGN KEY (`roleId`) REFERENCES `org_roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_group_membership` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `groupId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `isPending` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_group_membership_groupid_foreign` FOREIGN KEY (`groupId`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_group_membership_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_project_memberships` (
  `id` CHAR(36) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `groupId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `group_project_memberships_groupid_foreign` FOREIGN KEY (`groupId`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `group_project_memberships_projectid_foreign` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identities` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `authMethod` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_org_memberships` (
  `id` CHAR(36) NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `roleId` CHAR(36) DEFAULT NULL,
  `orgId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `identityId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `identity_org_memberships_identityid_foreign` FOREIGN KEY (`identityId`) REFERENCES `identities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_org_memberships_orgid_foreign` FOREIGN KEY (`orgId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_org_memberships_roleid_foreign` FOREIGN KEY (`roleId`) REFERENCES `org_roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_metadata` (
  `id` CHAR(36) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `orgId` CHAR(36) NOT NULL,
  `userId` CHAR(36) DEFAULT NULL,
  `identityId` CHAR(36) DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `identity_metadata_identityid_foreign` FOREIGN KEY (`identityId`) REFERENCES `identities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_metadata_orgid_foreign` FOREIGN KEY (`orgId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_metadata_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_universal_auths` (
  `id` CHAR(36) NOT NULL,
  `clientId` VARCHAR(255) NOT NULL,
  `accessTokenTTL` BIGINT NOT NULL DEFAULT '7200',
  `accessTokenMaxTTL` BIGINT NOT NULL DEFAULT '7200',
  `accessTokenNumUsesLimit` BIGINT NOT NULL DEFAULT '0',
  `clientSecretTrustedIps` JSON NOT NULL,
  `accessTokenTrustedIps` JSON NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `identityId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_universal_auths_identityid_unique` (`identityId`),
  CONSTRAINT `identity_universal_auths_identityid_foreign` FOREIGN KEY (`identityId`) REFERENCES `identities` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_ua_client_secrets` (
  `id` VARCHAR(36) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `clientSecretPrefix` VARCHAR(255) NOT NULL,
  `clientSecretHash` VARCHAR(255) NOT NULL,
  `clientSecretLastUsedAt` DATETIME(3) DEFAULT NULL,
  `clientSecretNumUses` BIGINT NOT NULL DEFAULT '0',
  `clientSecretNumUsesLimit` BIGINT NOT NULL DEFAULT '0',
  `clientSecretTTL` BIGINT NOT NULL DEFAULT '0',
  `isClientSecretRevoked` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `identityUAId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `identity_ua_client_secrets_identityuaid_foreign` FOREIGN KEY (`identityUAId`) REFERENCES `identity_universal_auths` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_access_tokens` (
  `id` VARCHAR(36) NOT NULL,
  `accessTokenTTL` BIGINT NOT NULL DEFAULT '2592000',
  `accessTokenMaxTTL` BIGINT NOT NULL DEFAULT '2592000',
  `accessTokenNumUses` BIGINT NOT NULL DEFAULT '0',
  `accessTokenNumUsesLimit` BIGINT NOT NULL DEFAULT '0',
  `accessTokenLastUsedAt` DATETIME(3) DEFAULT NULL,
  `accessTokenLastRenewedAt` DATETIME(3) DEFAULT NULL,
  `isAccessTokenRevoked` TINYINT(1) NOT NULL DEFAULT 0,
  `identityUAClientSecretId` VARCHAR(255) DEFAULT NULL,
  `identityId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `identity_access_tokens_identityid_foreign` FOREIGN KEY (`identityId`) REFERENCES `identities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_access_tokens_identityuaclientsecretid_foreign` FOREIGN KEY (`identityUAClientSecretId`) REFERENCES `identity_ua_client_secrets` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_project_memberships` (
  `id` CHAR(36) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `identityId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `identity_project_memberships_identityid_foreign` FOREIGN KEY (`identityId`) REFERENCES `identities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `identity_project_memberships_projectid_foreign` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secret_folders` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `version` INT DEFAULT 1,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `envId` CHAR(36) NOT NULL,
  `parentId` CHAR(36) DEFAULT NULL,
  `isReserved` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `secret_folders_envid_foreign` FOREIGN KEY (`envId`) REFERENCES `project_environments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `secret_folders_parentid_foreign` FOREIGN KEY (`parentId`) REFERENCES `secret_folders` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secrets_v2` (
  `id` CHAR(36) NOT NULL,
  `version` INT NOT NULL DEFAULT 1,
  `type` VARCHAR(255) NOT NULL DEFAULT 'shared',
  `key` VARCHAR(500) NOT NULL,
  `encryptedValue` LONGBLOB DEFAULT NULL,
  `encryptedComment` LONGBLOB DEFAULT NULL,
  `reminderNote` VARCHAR(255) DEFAULT NULL,
  `reminderRepeatDays` INT DEFAULT NULL,
  `skipMultilineEncoding` TINYINT(1) DEFAULT 0,
  `metadata` JSON DEFAULT NULL,
  `userId` CHAR(36) DEFAULT NULL,
  `folderId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `secrets_v2_folderid_foreign` FOREIGN KEY (`folderId`) REFERENCES `secret_folders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `secrets_v2_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secret_versions_v2` (
  `id` CHAR(36) NOT NULL,
  `version` INT NOT NULL DEFAULT 1,
  `type` VARCHAR(255) NOT NULL DEFAULT 'shared',
  `key` VARCHAR(500) NOT NULL,
  `encryptedValue` LONGBLOB DEFAULT NULL,
  `encryptedComment` LONGBLOB DEFAULT NULL,
  `reminderNote` VARCHAR(255) DEFAULT NULL,
  `reminderRepeatDays` INT DEFAULT NULL,
  `skipMultilineEncoding` TINYINT(1) DEFAULT 0,
  `metadata` JSON DEFAULT NULL,
  `envId` CHAR(36) DEFAULT NULL,
  `secretId` CHAR(36) NOT NULL,
  `folderId` CHAR(36) NOT NULL,
  `userId` CHAR(36) DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `secret_versions_v2_envid_foreign` FOREIGN KEY (`envId`) REFERENCES `project_environments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `secret_versions_v2_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secret_tags` (
  `id` CHAR(36) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `color` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `createdBy` CHAR(36) DEFAULT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `createdByActorType` VARCHAR(255) NOT NULL DEFAULT 'user',
  PRIMARY KEY (`id`),
  CONSTRAINT `secret_tags_projectid_foreign` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secret_v2_tag_junction` (
  `id` CHAR(36) NOT NULL,
  `secrets_v2Id` CHAR(36) NOT NULL,
  `secret_tagsId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `secret_v2_tag_junction_secret_tagsid_foreign` FOREIGN KEY (`secret_tagsId`) REFERENCES `secret_tags` (`id`) ON DELETE CASCADE,
  CONSTRAINT `secret_v2_tag_junction_secrets_v2id_foreign` FOREIGN KEY (`secrets_v2Id`) REFERENCES `secrets_v2` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secret_approval_policies` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `secretPath` VARCHAR(255) DEFAULT NULL,
  `approvals` INT NOT NULL DEFAULT 1,
  `envId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `enforcementLevel` VARCHAR(10) NOT NULL DEFAULT 'hard',
  PRIMARY KEY (`id`),
  CONSTRAINT `secret_approval_policies_envid_foreign` FOREIGN KEY (`envId`) REFERENCES `project_environments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secret_approval_policies_approvers` (
  `id` CHAR(36) NOT NULL,
  `policyId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `approverUserId` CHAR(36) DEFAULT NULL,
  `approverGroupId` CHAR(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `secret_approval_policies_approvers_approvergroupid_foreign` FOREIGN KEY (`approverGroupId`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `secret_approval_policies_approvers_approveruserid_foreign` FOREIGN KEY (`approverUserId`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `secret_approval_policies_approvers_policyid_foreign` FOREIGN KEY (`policyId`) REFERENCES `secret_approval_policies` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secret_approval_requests` (
  `id` CHAR(36) NOT NULL,
  `policyId` CHAR(36) NOT NULL,
  `hasMerged` TINYINT(1) NOT NULL DEFAULT 0,
  `status` VARCHAR(255) NOT NULL DEFAULT 'open',
  `conflicts` JSON DEFAULT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `folderId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `isReplicated` TINYINT(1) DEFAULT NULL,
  `committerUserId` CHAR(36) NOT NULL,
  `statusChangedByUserId` CHAR(36) DEFAULT NULL,
  `bypassReason` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `secret_approval_requests_committeruserid_foreign` FOREIGN KEY (`committerUserId`) REFERENCES `users` (`id`),
  CONSTRAINT `secret_approval_requests_folderid_foreign` FOREIGN KEY (`folderId`) REFERENCES `secret_folders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `secret_approval_requests_policyid_foreign` FOREIGN KEY (`policyId`) REFERENCES `secret_approval_policies` (`id`) ON DELETE CASCADE,
  CONSTRAINT `secret_approval_requests_statuschangedbyuserid_foreign` FOREIGN KEY (`statusChangedByUserId`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secret_approval_requests_reviewers` (
  `id` CHAR(36) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `requestId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `reviewerUserId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `secret_approval_requests_reviewers_requestid_foreign` FOREIGN KEY (`requestId`) REFERENCES `secret_approval_requests` (`id`) ON DELETE CASCADE,
  CONSTRAINT `secret_approval_requests_reviewers_revieweruserid_foreign` FOREIGN KEY (`reviewerUserId`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secret_approval_requests_secrets_v2` (
  `id` CHAR(36) NOT NULL,
  `version` INT DEFAULT 1,
  `key` VARCHAR(500) NOT NULL,
  `encryptedValue` LONGBLOB DEFAULT NULL,
  `encryptedComment` LONGBLOB DEFAULT NULL,
  `reminderNote` VARCHAR(255) DEFAULT NULL,
  `reminderRepeatDays` INT DEFAULT NULL,
  `skipMultilineEncoding` TINYINT(1) DEFAULT 0,
  `metadata` JSON DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `requestId` CHAR(36) NOT NULL,
  `op` VARCHAR(255) NOT NULL,
  `secretId` CHAR(36) DEFAULT NULL,
  `secretVersion` CHAR(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `secret_approval_requests_secrets_v2_requestid_foreign` FOREIGN KEY (`requestId`) REFERENCES `secret_approval_requests` (`id`) ON DELETE CASCADE,
  CONSTRAINT `secret_approval_requests_secrets_v2_secretid_foreign` FOREIGN KEY (`secretId`) REFERENCES `secrets_v2` (`id`) ON DELETE SET NULL,
  CONSTRAINT `secret_approval_requests_secrets_v2_secretversion_foreign` FOREIGN KEY (`secretVersion`) REFERENCES `secret_versions_v2` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_approval_policies` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `approvals` INT NOT NULL DEFAULT 1,
  `secretPath` VARCHAR(255) DEFAULT NULL,
  `envId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `enforcementLevel` VARCHAR(10) NOT NULL DEFAULT 'hard',
  PRIMARY KEY (`id`),
  CONSTRAINT `access_approval_policies_envid_foreign` FOREIGN KEY (`envId`) REFERENCES `project_environments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_approval_policies_approvers` (
  `id` CHAR(36) NOT NULL,
  `policyId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `approverUserId` CHAR(36) DEFAULT NULL,
  `approverGroupId` CHAR(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `access_approval_policies_approvers_approvergroupid_foreign` FOREIGN KEY (`approverGroupId`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `access_approval_policies_approvers_approveruserid_foreign` FOREIGN KEY (`approverUserId`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `access_approval_policies_approvers_policyid_foreign` FOREIGN KEY (`policyId`) REFERENCES `access_approval_policies` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_approval_requests` (
  `id` CHAR(36) NOT NULL,
  `policyId` CHAR(36) NOT NULL,
  `privilegeId` CHAR(36) DEFAULT NULL,
  `requestedBy` CHAR(36) DEFAULT NULL,
  `isTemporary` TINYINT(1) NOT NULL,
  `temporaryRange` VARCHAR(255) DEFAULT NULL,
  `permissions` JSON NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `requestedByUserId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `access_approval_requests_policyid_foreign` FOREIGN KEY (`policyId`) REFERENCES `access_approval_policies` (`id`) ON DELETE CASCADE,
  CONSTRAINT `access_approval_requests_privilegeid_foreign` FOREIGN KEY (`privilegeId`) REFERENCES `project_user_additional_privilege` (`id`) ON DELETE CASCADE,
  CONSTRAINT `access_approval_requests_requestedby_foreign` FOREIGN KEY (`requestedBy`) REFERENCES `project_memberships` (`id`) ON DELETE CASCADE,
  CONSTRAINT `access_approval_requests_requestedbyuserid_foreign` FOREIGN KEY (`requestedByUserId`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_approval_requests_reviewers` (
  `id` CHAR(36) NOT NULL,
  `member` CHAR(36) DEFAULT NULL,
  `status` VARCHAR(255) NOT NULL,
  `requestId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `reviewerUserId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `access_approval_requests_reviewers_member_foreign` FOREIGN KEY (`member`) REFERENCES `project_memberships` (`id`) ON DELETE CASCADE,
  CONSTRAINT `access_approval_requests_reviewers_requestid_foreign` FOREIGN KEY (`requestId`) REFERENCES `access_approval_requests` (`id`) ON DELETE CASCADE,
  CONSTRAINT `access_approval_requests_reviewers_revieweruserid_foreign` FOREIGN KEY (`reviewerUserId`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secret_sharing` (
  `id` CHAR(36) NOT NULL,
  `encryptedValue` VARCHAR(255) DEFAULT NULL,
  `iv` VARCHAR(255) DEFAULT NULL,
  `tag` VARCHAR(255) DEFAULT NULL,
  `hashedHex` VARCHAR(255) DEFAULT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  `userId` CHAR(36) DEFAULT NULL,
  `orgId` CHAR(36) DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `expiresAfterViews` INT DEFAULT NULL,
  `accessType` VARCHAR(255) NOT NULL DEFAULT 'anyone',
  `name` VARCHAR(255) DEFAULT NULL,
  `lastViewedAt` DATETIME(3) DEFAULT NULL,
  `password` VARCHAR(255) DEFAULT NULL,
  `encryptedSecret` LONGBLOB DEFAULT NULL,
  `identifier` VARCHAR(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `secret_sharing_identifier_unique` (`identifier`),
  CONSTRAINT `secret_sharing_orgid_foreign` FOREIGN KEY (`orgId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `secret_sharing_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service_tokens` (
  `id` VARCHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `scopes` JSON NOT NULL,
  `permissions` JSON NOT NULL,
  `lastUsed` DATETIME(3) DEFAULT NULL,
  `expiresAt` DATETIME(3) DEFAULT NULL,
  `secretHash` TEXT NOT NULL,
  `encryptedKey` TEXT DEFAULT NULL,
  `iv` TEXT DEFAULT NULL,
  `tag` TEXT DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `createdBy` VARCHAR(255) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `service_tokens_projectid_foreign` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integration_auths` (
  `id` CHAR(36) NOT NULL,
  `integration` VARCHAR(255) NOT NULL,
  `teamId` VARCHAR(255) DEFAULT NULL,
  `url` VARCHAR(255) DEFAULT NULL,
  `namespace` VARCHAR(255) DEFAULT NULL,
  `accountId` VARCHAR(255) DEFAULT NULL,
  `refreshCiphertext` TEXT DEFAULT NULL,
  `refreshIV` VARCHAR(255) DEFAULT NULL,
  `refreshTag` VARCHAR(255) DEFAULT NULL,
  `accessIdCiphertext` VARCHAR(255) DEFAULT NULL,
  `accessIdIV` VARCHAR(255) DEFAULT NULL,
  `accessIdTag` VARCHAR(255) DEFAULT NULL,
  `accessCiphertext` TEXT DEFAULT NULL,
  `accessIV` VARCHAR(255) DEFAULT NULL,
  `accessTag` VARCHAR(255) DEFAULT NULL,
  `accessExpiresAt` DATETIME(3) DEFAULT NULL,
  `metadata` JSON DEFAULT NULL,
  `algorithm` VARCHAR(255) NOT NULL,
  `keyEncoding` VARCHAR(255) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `awsAssumeIamRoleArnCipherText` TEXT DEFAULT NULL,
  `awsAssumeIamRoleArnIV` TEXT DEFAULT NULL,
  `awsAssumeIamRoleArnTag` TEXT DEFAULT NULL,
  `encryptedAccess` LONGBLOB DEFAULT NULL,
  `encryptedAccessId` LONGBLOB DEFAULT NULL,
  `encryptedRefresh` LONGBLOB DEFAULT NULL,
  `encryptedAwsAssumeIamRoleArn` LONGBLOB DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `integration_auths_projectid_foreign` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integrations` (
  `id` CHAR(36) NOT NULL,
  `isActive` TINYINT(1) NOT NULL,
  `url` VARCHAR(255) DEFAULT NULL,
  `app` VARCHAR(255) DEFAULT NULL,
  `appId` VARCHAR(255) DEFAULT NULL,
  `targetEnvironment` VARCHAR(255) DEFAULT NULL,
  `targetEnvironmentId` VARCHAR(255) DEFAULT NULL,
  `targetService` VARCHAR(255) DEFAULT NULL,
  `targetServiceId` VARCHAR(255) DEFAULT NULL,
  `owner` VARCHAR(255) DEFAULT NULL,
  `path` VARCHAR(255) DEFAULT NULL,
  `region` VARCHAR(255) DEFAULT NULL,
  `scope` VARCHAR(255) DEFAULT NULL,
  `integration` VARCHAR(255) NOT NULL,
  `metadata` JSON DEFAULT NULL,
  `integrationAuthId` CHAR(36) NOT NULL,
  `envId` CHAR(36) NOT NULL,
  `secretPath` VARCHAR(255) NOT NULL DEFAULT '/',
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUsed` DATETIME(3) DEFAULT NULL,
  `isSynced` TINYINT(1) DEFAULT NULL,
  `syncMessage` TEXT DEFAULT NULL,
  `lastSyncJobId` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `integrations_envid_foreign` FOREIGN KEY (`envId`) REFERENCES `project_environments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `integrations_integrationauthid_foreign` FOREIGN KEY (`integrationAuthId`) REFERENCES `integration_auths` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` CHAR(36) NOT NULL,
  `secretPath` VARCHAR(255) NOT NULL DEFAULT '/',
  `url` VARCHAR(255) NOT NULL,
  `lastStatus` VARCHAR(255) DEFAULT NULL,
  `lastRunErrorMessage` TEXT DEFAULT NULL,
  `isDisabled` TINYINT(1) NOT NULL DEFAULT 0,
  `encryptedSecretKey` TEXT DEFAULT NULL,
  `iv` TEXT DEFAULT NULL,
  `tag` TEXT DEFAULT NULL,
  `algorithm` VARCHAR(255) DEFAULT NULL,
  `keyEncoding` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `envId` CHAR(36) NOT NULL,
  `urlCipherText` TEXT DEFAULT NULL,
  `urlIV` VARCHAR(255) DEFAULT NULL,
  `urlTag` VARCHAR(255) DEFAULT NULL,
  `type` VARCHAR(255) DEFAULT 'general',
  PRIMARY KEY (`id`),
  CONSTRAINT `webhooks_envid_foreign` FOREIGN KEY (`envId`) REFERENCES `project_environments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dynamic_secrets` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `version` INT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `defaultTTL` VARCHAR(255) NOT NULL,
  `maxTTL` VARCHAR(255) DEFAULT NULL,
  `inputIV` VARCHAR(255) NOT NULL,
  `inputCiphertext` TEXT NOT NULL,
  `inputTag` VARCHAR(255) NOT NULL,
  `algorithm` VARCHAR(255) NOT NULL DEFAULT 'aes-256-gcm',
  `keyEncoding` VARCHAR(255) NOT NULL DEFAULT 'utf8',
  `folderId` CHAR(36) NOT NULL,
  `status` VARCHAR(255) DEFAULT NULL,
  `statusDetails` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `dynamic_secrets_name_folderid_unique` (`name`, `folderId`),
  CONSTRAINT `dynamic_secrets_folderid_foreign` FOREIGN KEY (`folderId`) REFERENCES `secret_folders` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dynamic_secret_leases` (
  `id` CHAR(36) NOT NULL,
  `version` INT NOT NULL,
  `externalEntityId` VARCHAR(255) NOT NULL,
  `expireAt` DATETIME(3) NOT NULL,
  `status` VARCHAR(255) DEFAULT NULL,
  `statusDetails` VARCHAR(255) DEFAULT NULL,
  `dynamicSecretId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `dynamic_secret_leases_dynamicsecretid_foreign` FOREIGN KEY (`dynamicSecretId`) REFERENCES `dynamic_secrets` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secret_rotations` (
  `id` CHAR(36) NOT NULL,
  `provider` VARCHAR(255) NOT NULL,
  `secretPath` VARCHAR(255) NOT NULL,
  `interval` INT NOT NULL,
  `lastRotatedAt` DATETIME(3) DEFAULT NULL,
  `status` VARCHAR(255) DEFAULT NULL,
  `statusMessage` TEXT DEFAULT NULL,
  `encryptedData` TEXT DEFAULT NULL,
  `encryptedDataIV` TEXT DEFAULT NULL,
  `encryptedDataTag` TEXT DEFAULT NULL,
  `algorithm` VARCHAR(255) DEFAULT NULL,
  `keyEncoding` VARCHAR(255) DEFAULT NULL,
  `envId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `secret_rotations_envid_foreign` FOREIGN KEY (`envId`) REFERENCES `project_environments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secret_scanning_git_risks` (
  `id` CHAR(36) NOT NULL,
  `description` VARCHAR(255) DEFAULT NULL,
  `startLine` VARCHAR(255) DEFAULT NULL,
  `endLine` VARCHAR(255) DEFAULT NULL,
  `startColumn` VARCHAR(255) DEFAULT NULL,
  `endColumn` VARCHAR(255) DEFAULT NULL,
  `file` VARCHAR(255) DEFAULT NULL,
  `symlinkFile` VARCHAR(255) DEFAULT NULL,
  `commit` VARCHAR(255) DEFAULT NULL,
  `entropy` VARCHAR(255) DEFAULT NULL,
  `author` VARCHAR(255) DEFAULT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `date` VARCHAR(255) DEFAULT NULL,
  `message` TEXT DEFAULT NULL,
  `tags` JSON DEFAULT NULL,
  `ruleID` VARCHAR(255) DEFAULT NULL,
  `fingerprint` VARCHAR(255) DEFAULT NULL,
  `fingerPrintWithoutCommitId` VARCHAR(255) DEFAULT NULL,
  `isFalsePositive` TINYINT(1) DEFAULT 0,
  `isResolved` TINYINT(1) DEFAULT 0,
  `riskOwner` VARCHAR(255) DEFAULT NULL,
  `installationId` VARCHAR(255) NOT NULL,
  `repositoryId` VARCHAR(255) DEFAULT NULL,
  `repositoryLink` VARCHAR(255) DEFAULT NULL,
  `repositoryFullName` VARCHAR(255) DEFAULT NULL,
  `pusherName` VARCHAR(255) DEFAULT NULL,
  `pusherEmail` VARCHAR(255) DEFAULT NULL,
  `status` VARCHAR(255) DEFAULT NULL,
  `orgId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `secret_scanning_git_risks_fingerprint_unique` (`fingerprint`),
  CONSTRAINT `secret_scanning_git_risks_orgid_foreign` FOREIGN KEY (`orgId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_logs` (
  `id` CHAR(36) NOT NULL,
  `actor` VARCHAR(255) NOT NULL,
  `actorMetadata` JSON NOT NULL,
  `ipAddress` VARCHAR(255) DEFAULT NULL,
  `eventType` VARCHAR(255) NOT NULL,
  `eventMetadata` JSON DEFAULT NULL,
  `userAgent` VARCHAR(255) DEFAULT NULL,
  `userAgentType` VARCHAR(255) DEFAULT NULL,
  `expiresAt` DATETIME(3) DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `orgId` CHAR(36) DEFAULT NULL,
  `projectId` VARCHAR(255) DEFAULT NULL,
  `projectName` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log_streams` (
  `id` CHAR(36) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `encryptedHeadersCiphertext` TEXT DEFAULT NULL,
  `encryptedHeadersIV` TEXT DEFAULT NULL,
  `encryptedHeadersTag` TEXT DEFAULT NULL,
  `encryptedHeadersAlgorithm` VARCHAR(255) DEFAULT NULL,
  `encryptedHeadersKeyEncoding` VARCHAR(255) DEFAULT NULL,
  `orgId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `audit_log_streams_orgid_foreign` FOREIGN KEY (`orgId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_integrations` (
  `id` CHAR(36) NOT NULL,
  `integration` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `orgId` CHAR(36) NOT NULL,
  `description` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `workflow_integrations_orgid_slug_unique` (`orgId`, `slug`),
  CONSTRAINT `workflow_integrations_orgid_foreign` FOREIGN KEY (`orgId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `slack_integrations` (
  `id` CHAR(36) NOT NULL,
  `teamId` VARCHAR(255) NOT NULL,
  `teamName` VARCHAR(255) NOT NULL,
  `slackUserId` VARCHAR(255) NOT NULL,
  `slackAppId` VARCHAR(255) NOT NULL,
  `encryptedBotAccessToken` LONGBLOB NOT NULL,
  `slackBotId` VARCHAR(255) NOT NULL,
  `slackBotUserId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `slack_integrations_id_foreign` FOREIGN KEY (`id`) REFERENCES `workflow_integrations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `super_admin` ADD CONSTRAINT `super_admin_defaultauthorgid_foreign` FOREIGN KEY (`defaultAuthOrgId`) REFERENCES `organizations` (`id`) ON DELETE SET NULL;
ALTER TABLE `user_aliases` ADD CONSTRAINT `user_aliases_orgid_foreign` FOREIGN KEY (`orgId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE;
ALTER TABLE `auth_tokens` ADD CONSTRAINT `auth_tokens_orgid_foreign` FOREIGN KEY (`orgId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE;
ALTER TABLE `kms_keys` ADD CONSTRAINT `kms_keys_orgid_foreign` FOREIGN KEY (`orgId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE;
ALTER TABLE `kms_keys` ADD CONSTRAINT `kms_keys_projectid_foreign` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE;
ALTER TABLE `trusted_ips` ADD CONSTRAINT `trusted_ips_projectid_foreign` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE;

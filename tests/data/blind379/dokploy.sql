-- Dokploy v0.30.2 (self-hosted PaaS; Next.js, Drizzle ORM on PostgreSQL, better-auth), github.com/Dokploy/dokploy
-- apps/dokploy/drizzle/*.sql, commit 772b76821771c53b072c2fbb95cf8876e1a65ae4 of 2026-08-21 (Apache-2.0 outside
-- `proprietary` directories; the migrations are outside them).
-- The 186 Drizzle migrations of meta/_journal.json (0000_reflective_puck ... 0185_needy_kingpin) were replayed in
-- journal order, each in one transaction, into a scratch PostgreSQL 15 database; all applied unchanged. The catalog
-- was then written as MySQL by a script: columns in PostgreSQL's order, names unchanged (camelCase and snake_case
-- mixed, as upstream); text -> TEXT (VARCHAR(255) where the column is in a primary or foreign key), integer/bigint ->
-- INT/BIGINT, boolean -> TINYINT(1), timestamp -> DATETIME(6), json/jsonb and text[] -> JSON, PostgreSQL enum types
-- -> ENUM with their labels; NOT NULL and literal defaults kept (now() -> CURRENT_TIMESTAMP, empty arrays -> '[]');
-- primary keys, unique constraints and all foreign keys between kept tables with their ON DELETE actions. Three serial
-- columns that are no key (redirect.uniqueConfigKey, domain.uniqueConfigKey, rollback.version) are written as INT
-- NOT NULL without AUTO_INCREMENT, which MySQL allows only on a key. The foreign keys form cycles (deployment <->
-- rollback, domain <-> preview_deployments), so the file runs with FOREIGN_KEY_CHECKS=0. Left out: the `mariadb`,
-- `mongo` and `libsql` service tables (the same columns as `mysql`, `postgres` and `redis`, which are kept), and the
-- Drizzle bookkeeping schema.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `custom` (
  `customId` VARCHAR(255) NOT NULL,
  `endpoint` TEXT NOT NULL,
  `headers` JSON NULL,
  PRIMARY KEY (`customId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `discord` (
  `discordId` VARCHAR(255) NOT NULL,
  `webhookUrl` TEXT NOT NULL,
  `decoration` TINYINT(1) NULL,
  PRIMARY KEY (`discordId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email` (
  `emailId` VARCHAR(255) NOT NULL,
  `smtpServer` TEXT NOT NULL,
  `smtpPort` INT NOT NULL,
  `username` TEXT NOT NULL,
  `password` TEXT NOT NULL,
  `fromAddress` TEXT NOT NULL,
  `toAddress` JSON NOT NULL,
  PRIMARY KEY (`emailId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gotify` (
  `gotifyId` VARCHAR(255) NOT NULL,
  `serverUrl` TEXT NOT NULL,
  `appToken` TEXT NOT NULL,
  `priority` INT NOT NULL DEFAULT 5,
  `decoration` TINYINT(1) NULL,
  PRIMARY KEY (`gotifyId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lark` (
  `larkId` VARCHAR(255) NOT NULL,
  `webhookUrl` TEXT NOT NULL,
  PRIMARY KEY (`larkId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mattermost` (
  `mattermostId` VARCHAR(255) NOT NULL,
  `webhookUrl` TEXT NOT NULL,
  `channel` TEXT NULL,
  `username` TEXT NULL,
  PRIMARY KEY (`mattermostId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ntfy` (
  `ntfyId` VARCHAR(255) NOT NULL,
  `serverUrl` TEXT NOT NULL,
  `topic` TEXT NOT NULL,
  `accessToken` TEXT NULL,
  `priority` INT NOT NULL DEFAULT 3,
  PRIMARY KEY (`ntfyId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pushover` (
  `pushoverId` VARCHAR(255) NOT NULL,
  `userKey` TEXT NOT NULL,
  `apiToken` TEXT NOT NULL,
  `priority` INT NOT NULL DEFAULT 0,
  `retry` INT NULL,
  `expire` INT NULL,
  PRIMARY KEY (`pushoverId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resend` (
  `resendId` VARCHAR(255) NOT NULL,
  `apiKey` TEXT NOT NULL,
  `fromAddress` TEXT NOT NULL,
  `toAddress` JSON NOT NULL,
  PRIMARY KEY (`resendId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `slack` (
  `slackId` VARCHAR(255) NOT NULL,
  `webhookUrl` TEXT NOT NULL,
  `channel` TEXT NULL,
  PRIMARY KEY (`slackId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `teamsId` VARCHAR(255) NOT NULL,
  `webhookUrl` TEXT NOT NULL,
  PRIMARY KEY (`teamsId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `telegram` (
  `telegramId` VARCHAR(255) NOT NULL,
  `botToken` TEXT NOT NULL,
  `chatId` TEXT NOT NULL,
  `messageThreadId` TEXT NULL,
  PRIMARY KEY (`telegramId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` VARCHAR(255) NOT NULL,
  `firstName` TEXT NOT NULL DEFAULT '',
  `isRegistered` TINYINT(1) NOT NULL DEFAULT 0,
  `expirationDate` TEXT NOT NULL,
  `createdAt` TEXT NOT NULL,
  `two_factor_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `email` TEXT NOT NULL,
  `email_verified` TINYINT(1) NOT NULL,
  `image` TEXT NULL,
  `banned` TINYINT(1) NULL,
  `ban_reason` TEXT NULL,
  `ban_expires` DATETIME(6) NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `enableLogRotation` TINYINT(1) NOT NULL DEFAULT 0,
  `enablePaidFeatures` TINYINT(1) NOT NULL DEFAULT 0,
  `stripeCustomerId` TEXT NULL,
  `stripeSubscriptionId` TEXT NULL,
  `serversQuantity` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP,
  `allowImpersonation` TINYINT(1) NOT NULL DEFAULT 0,
  `role` TEXT NOT NULL DEFAULT 'user',
  `lastName` TEXT NOT NULL DEFAULT '',
  `enableEnterpriseFeatures` TINYINT(1) NOT NULL DEFAULT 0,
  `licenseKey` TEXT NULL,
  `isValidEnterpriseLicense` TINYINT(1) NOT NULL DEFAULT 0,
  `trustedOrigins` JSON NULL,
  `bookmarkedTemplates` JSON NULL DEFAULT '[]',
  `isEnterpriseCloud` TINYINT(1) NOT NULL DEFAULT 0,
  `sendInvoiceNotifications` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_email_unique` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verification` (
  `id` VARCHAR(255) NOT NULL,
  `identifier` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NULL,
  `updated_at` DATETIME(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webServerSettings` (
  `id` VARCHAR(255) NOT NULL,
  `serverIp` TEXT NULL,
  `certificateType` ENUM('letsencrypt', 'none', 'custom') NOT NULL DEFAULT 'none',
  `https` TINYINT(1) NOT NULL DEFAULT 0,
  `host` TEXT NULL,
  `letsEncryptEmail` TEXT NULL,
  `sshPrivateKey` TEXT NULL,
  `enableDockerCleanup` TINYINT(1) NOT NULL DEFAULT 1,
  `logCleanupCron` TEXT NULL DEFAULT '0 0 * * *',
  `metricsConfig` JSON NOT NULL DEFAULT '{"server": {"port": 4500, "type": "Dokploy", "token": "", "cronJob": "", "thresholds": {"cpu": 0, "memory": 0}, "refreshRate": 60, "urlCallback": "", "retentionDays": 2}, "containers": {"services": {"exclude": [], "include": []}, "refreshRate": 60}}',
  `cleanupCacheApplications` TINYINT(1) NOT NULL DEFAULT 0,
  `cleanupCacheOnPreviews` TINYINT(1) NOT NULL DEFAULT 0,
  `cleanupCacheOnCompose` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `whitelabelingConfig` JSON NULL DEFAULT '{"appName": null, "docsUrl": null, "logoUrl": null, "customCss": null, "metaTitle": null, "faviconUrl": null, "footerText": null, "supportUrl": null, "loginLogoUrl": null, "appDescription": null, "errorPageTitle": null, "errorPageDescription": null}',
  `remoteServersOnly` TINYINT(1) NOT NULL DEFAULT 0,
  `enforceSSO` TINYINT(1) NOT NULL DEFAULT 0,
  `buildsConcurrency` INT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account` (
  `id` VARCHAR(255) NOT NULL,
  `account_id` TEXT NOT NULL,
  `provider_id` TEXT NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `access_token` TEXT NULL,
  `refresh_token` TEXT NULL,
  `id_token` TEXT NULL,
  `access_token_expires_at` DATETIME(6) NULL,
  `refresh_token_expires_at` DATETIME(6) NULL,
  `scope` TEXT NULL,
  `password` TEXT NULL,
  `is2FAEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `resetPasswordToken` TEXT NULL,
  `resetPasswordExpiresAt` TEXT NULL,
  `confirmationToken` TEXT NULL,
  `confirmationExpiresAt` TEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `account_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `apikey` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NULL,
  `start` TEXT NULL,
  `prefix` TEXT NULL,
  `key` TEXT NOT NULL,
  `refill_interval` INT NULL,
  `refill_amount` INT NULL,
  `last_refill_at` DATETIME(6) NULL,
  `enabled` TINYINT(1) NULL,
  `rate_limit_enabled` TINYINT(1) NULL,
  `rate_limit_time_window` INT NULL,
  `rate_limit_max` INT NULL,
  `request_count` INT NULL,
  `remaining` INT NULL,
  `last_request` DATETIME(6) NULL,
  `expires_at` DATETIME(6) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `permissions` TEXT NULL,
  `metadata` TEXT NULL,
  `config_id` TEXT NOT NULL DEFAULT 'default',
  `reference_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `apikey_reference_id_user_id_fk` FOREIGN KEY (`reference_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `slug` TEXT NULL,
  `logo` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `metadata` TEXT NULL,
  `owner_id` VARCHAR(255) NOT NULL,
  `default_role` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_slug_unique` (`slug`),
  CONSTRAINT `organization_owner_id_user_id_fk` FOREIGN KEY (`owner_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_role` (
  `id` VARCHAR(255) NOT NULL,
  `organization_id` VARCHAR(255) NOT NULL,
  `role` TEXT NOT NULL,
  `permission` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `organization_role_organization_id_organization_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `passkey` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NULL,
  `public_key` TEXT NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `credential_id` TEXT NOT NULL,
  `counter` INT NOT NULL,
  `device_type` TEXT NOT NULL,
  `backed_up` TINYINT(1) NOT NULL,
  `transports` TEXT NULL,
  `created_at` DATETIME(6) NULL,
  `aaguid` TEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `passkey_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project` (
  `projectId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NULL,
  `createdAt` TEXT NOT NULL,
  `env` TEXT NOT NULL DEFAULT '',
  `organizationId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`projectId`),
  CONSTRAINT `project_organizationId_organization_id_fk` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registry` (
  `registryId` VARCHAR(255) NOT NULL,
  `registryName` TEXT NOT NULL,
  `username` TEXT NOT NULL,
  `password` TEXT NOT NULL,
  `registryUrl` TEXT NOT NULL DEFAULT '',
  `createdAt` TEXT NOT NULL,
  `selfHosted` ENUM('selfHosted', 'cloud') NOT NULL DEFAULT 'cloud',
  `imagePrefix` TEXT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`registryId`),
  CONSTRAINT `registry_organizationId_organization_id_fk` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scim_provider` (
  `id` VARCHAR(255) NOT NULL,
  `provider_id` TEXT NOT NULL,
  `scim_token` TEXT NOT NULL,
  `organization_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `scim_provider_provider_id_unique` (`provider_id`),
  UNIQUE KEY `scim_provider_scim_token_unique` (`scim_token`),
  CONSTRAINT `scim_provider_organization_id_organization_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session` (
  `id` VARCHAR(255) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `token` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `ip_address` TEXT NULL,
  `user_agent` TEXT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `impersonated_by` TEXT NULL,
  `active_organization_id` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `session_token_unique` (`token`),
  CONSTRAINT `session_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ssh-key` (
  `sshKeyId` VARCHAR(255) NOT NULL,
  `publicKey` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NULL,
  `createdAt` TEXT NOT NULL,
  `lastUsedAt` TEXT NULL,
  `privateKey` TEXT NOT NULL DEFAULT '',
  `organizationId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`sshKeyId`),
  CONSTRAINT `ssh-key_organizationId_organization_id_fk` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sso_provider` (
  `id` VARCHAR(255) NOT NULL,
  `issuer` TEXT NOT NULL,
  `oidc_config` TEXT NULL,
  `saml_config` TEXT NULL,
  `provider_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NULL,
  `organization_id` VARCHAR(255) NULL,
  `domain` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sso_provider_provider_id_unique` (`provider_id`),
  CONSTRAINT `sso_provider_organization_id_organization_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
  CONSTRAINT `sso_provider_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag` (
  `tagId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `color` TEXT NULL,
  `createdAt` TEXT NOT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`tagId`),
  UNIQUE KEY `unique_org_tag_name` (`organizationId`, `name`),
  CONSTRAINT `tag_organizationId_organization_id_fk` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `two_factor` (
  `id` VARCHAR(255) NOT NULL,
  `secret` TEXT NOT NULL,
  `backup_codes` TEXT NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `verified` TINYINT(1) NOT NULL DEFAULT 1,
  `failed_verification_count` INT NOT NULL DEFAULT 0,
  `locked_until` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `two_factor_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vault_provider` (
  `vaultProviderId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `providerType` ENUM('hashicorp', 'infisical', 'aws', 'doppler', 'azure', 'scaleway') NOT NULL,
  `config` JSON NOT NULL,
  `assignments` JSON NOT NULL DEFAULT '[]',
  `organizationId` VARCHAR(255) NOT NULL,
  `createdAt` TEXT NOT NULL,
  PRIMARY KEY (`vaultProviderId`),
  UNIQUE KEY `vault_provider_org_name_idx` (`organizationId`, `name`),
  CONSTRAINT `vault_provider_organizationId_organization_id_fk` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai` (
  `aiId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `apiUrl` TEXT NOT NULL,
  `apiKey` TEXT NOT NULL,
  `model` TEXT NOT NULL,
  `isEnabled` TINYINT(1) NOT NULL DEFAULT 1,
  `organizationId` VARCHAR(255) NOT NULL,
  `createdAt` TEXT NOT NULL,
  PRIMARY KEY (`aiId`),
  CONSTRAINT `ai_organizationId_organization_id_fk` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log` (
  `id` VARCHAR(255) NOT NULL,
  `organization_id` VARCHAR(255) NULL,
  `user_id` VARCHAR(255) NULL,
  `user_email` TEXT NOT NULL,
  `user_role` TEXT NOT NULL,
  `action` TEXT NOT NULL,
  `resource_type` TEXT NOT NULL,
  `resource_id` TEXT NULL,
  `resource_name` TEXT NULL,
  `metadata` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `audit_log_organization_id_organization_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE SET NULL,
  CONSTRAINT `audit_log_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `destination` (
  `destinationId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `accessKey` TEXT NOT NULL,
  `secretAccessKey` TEXT NOT NULL,
  `bucket` TEXT NOT NULL,
  `region` TEXT NOT NULL,
  `endpoint` TEXT NOT NULL,
  `provider` TEXT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `additionalFlags` JSON NULL,
  PRIMARY KEY (`destinationId`),
  CONSTRAINT `destination_organizationId_organization_id_fk` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dns_provider` (
  `dnsProviderId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `providerType` ENUM('cloudflare', 'route53') NOT NULL,
  `config` JSON NOT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  `createdAt` TEXT NOT NULL,
  PRIMARY KEY (`dnsProviderId`),
  UNIQUE KEY `dns_provider_org_name_idx` (`organizationId`, `name`),
  CONSTRAINT `dns_provider_organizationId_organization_id_fk` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `environment` (
  `environmentId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NULL,
  `createdAt` TEXT NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `env` TEXT NOT NULL DEFAULT '',
  `isDefault` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`environmentId`),
  CONSTRAINT `environment_projectId_project_projectId_fk` FOREIGN KEY (`projectId`) REFERENCES `project` (`projectId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `git_provider` (
  `gitProviderId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `providerType` ENUM('github', 'gitlab', 'bitbucket', 'gitea') NOT NULL DEFAULT 'github',
  `createdAt` TEXT NOT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `sharedWithOrganization` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`gitProviderId`),
  CONSTRAINT `git_provider_organizationId_organization_id_fk` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
  CONSTRAINT `git_provider_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gitea` (
  `giteaId` VARCHAR(255) NOT NULL,
  `giteaUrl` TEXT NOT NULL DEFAULT 'https://gitea.com',
  `redirect_uri` TEXT NULL,
  `client_id` TEXT NULL,
  `client_secret` TEXT NULL,
  `gitProviderId` VARCHAR(255) NOT NULL,
  `access_token` TEXT NULL,
  `refresh_token` TEXT NULL,
  `expires_at` INT NULL,
  `scopes` TEXT NULL DEFAULT 'repo,repo:status,read:user,read:org',
  `last_authenticated_at` INT NULL,
  `giteaInternalUrl` TEXT NULL,
  PRIMARY KEY (`giteaId`),
  CONSTRAINT `gitea_gitProviderId_git_provider_gitProviderId_fk` FOREIGN KEY (`gitProviderId`) REFERENCES `git_provider` (`gitProviderId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `github` (
  `githubId` VARCHAR(255) NOT NULL,
  `githubAppName` TEXT NULL,
  `githubAppId` INT NULL,
  `githubClientId` TEXT NULL,
  `githubClientSecret` TEXT NULL,
  `githubInstallationId` TEXT NULL,
  `githubPrivateKey` TEXT NULL,
  `githubWebhookSecret` TEXT NULL,
  `gitProviderId` VARCHAR(255) NOT NULL,
  `githubUrl` TEXT NOT NULL DEFAULT 'https://github.com',
  PRIMARY KEY (`githubId`),
  CONSTRAINT `github_gitProviderId_git_provider_gitProviderId_fk` FOREIGN KEY (`gitProviderId`) REFERENCES `git_provider` (`gitProviderId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gitlab` (
  `gitlabId` VARCHAR(255) NOT NULL,
  `application_id` TEXT NULL,
  `redirect_uri` TEXT NULL,
  `secret` TEXT NULL,
  `access_token` TEXT NULL,
  `refresh_token` TEXT NULL,
  `group_name` TEXT NULL,
  `expires_at` INT NULL,
  `gitProviderId` VARCHAR(255) NOT NULL,
  `gitlabUrl` TEXT NOT NULL DEFAULT 'https://gitlab.com',
  `gitlabInternalUrl` TEXT NULL,
  PRIMARY KEY (`gitlabId`),
  CONSTRAINT `gitlab_gitProviderId_git_provider_gitProviderId_fk` FOREIGN KEY (`gitProviderId`) REFERENCES `git_provider` (`gitProviderId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitation` (
  `id` VARCHAR(255) NOT NULL,
  `organization_id` VARCHAR(255) NOT NULL,
  `email` TEXT NOT NULL,
  `role` TEXT NULL,
  `status` TEXT NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `inviter_id` VARCHAR(255) NOT NULL,
  `team_id` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `invitation_organization_id_organization_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
  CONSTRAINT `invitation_inviter_id_user_id_fk` FOREIGN KEY (`inviter_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member` (
  `id` VARCHAR(255) NOT NULL,
  `organization_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `role` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `canCreateProjects` TINYINT(1) NOT NULL DEFAULT 0,
  `canAccessToSSHKeys` TINYINT(1) NOT NULL DEFAULT 0,
  `canCreateServices` TINYINT(1) NOT NULL DEFAULT 0,
  `canDeleteProjects` TINYINT(1) NOT NULL DEFAULT 0,
  `canDeleteServices` TINYINT(1) NOT NULL DEFAULT 0,
  `canAccessToDocker` TINYINT(1) NOT NULL DEFAULT 0,
  `canAccessToAPI` TINYINT(1) NOT NULL DEFAULT 0,
  `canAccessToGitProviders` TINYINT(1) NOT NULL DEFAULT 0,
  `canAccessToTraefikFiles` TINYINT(1) NOT NULL DEFAULT 0,
  `accesedProjects` JSON NOT NULL DEFAULT '[]',
  `accesedServices` JSON NOT NULL DEFAULT '[]',
  `team_id` TEXT NULL,
  `accessedEnvironments` JSON NOT NULL DEFAULT '[]',
  `canCreateEnvironments` TINYINT(1) NOT NULL DEFAULT 0,
  `canDeleteEnvironments` TINYINT(1) NOT NULL DEFAULT 0,
  `is_default` TINYINT(1) NOT NULL DEFAULT 0,
  `accessedGitProviders` JSON NOT NULL DEFAULT '[]',
  `accessedServers` JSON NOT NULL DEFAULT '[]',
  PRIMARY KEY (`id`),
  CONSTRAINT `member_organization_id_organization_id_fk` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
  CONSTRAINT `member_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification` (
  `notificationId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `appDeploy` TINYINT(1) NOT NULL DEFAULT 0,
  `appBuildError` TINYINT(1) NOT NULL DEFAULT 0,
  `databaseBackup` TINYINT(1) NOT NULL DEFAULT 0,
  `dokployRestart` TINYINT(1) NOT NULL DEFAULT 0,
  `notificationType` ENUM('slack', 'telegram', 'discord', 'email', 'resend', 'gotify', 'ntfy', 'mattermost', 'pushover', 'custom', 'lark', 'teams') NOT NULL,
  `createdAt` TEXT NOT NULL,
  `slackId` VARCHAR(255) NULL,
  `telegramId` VARCHAR(255) NULL,
  `discordId` VARCHAR(255) NULL,
  `emailId` VARCHAR(255) NULL,
  `dockerCleanup` TINYINT(1) NOT NULL DEFAULT 0,
  `gotifyId` VARCHAR(255) NULL,
  `serverThreshold` TINYINT(1) NOT NULL DEFAULT 0,
  `organizationId` VARCHAR(255) NOT NULL,
  `ntfyId` VARCHAR(255) NULL,
  `larkId` VARCHAR(255) NULL,
  `volumeBackup` TINYINT(1) NOT NULL DEFAULT 0,
  `customId` VARCHAR(255) NULL,
  `pushoverId` VARCHAR(255) NULL,
  `resendId` VARCHAR(255) NULL,
  `teamsId` VARCHAR(255) NULL,
  `mattermostId` VARCHAR(255) NULL,
  `dokployBackup` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`notificationId`),
  CONSTRAINT `notification_slackId_slack_slackId_fk` FOREIGN KEY (`slackId`) REFERENCES `slack` (`slackId`) ON DELETE CASCADE,
  CONSTRAINT `notification_telegramId_telegram_telegramId_fk` FOREIGN KEY (`telegramId`) REFERENCES `telegram` (`telegramId`) ON DELETE CASCADE,
  CONSTRAINT `notification_discordId_discord_discordId_fk` FOREIGN KEY (`discordId`) REFERENCES `discord` (`discordId`) ON DELETE CASCADE,
  CONSTRAINT `notification_emailId_email_emailId_fk` FOREIGN KEY (`emailId`) REFERENCES `email` (`emailId`) ON DELETE CASCADE,
  CONSTRAINT `notification_gotifyId_gotify_gotifyId_fk` FOREIGN KEY (`gotifyId`) REFERENCES `gotify` (`gotifyId`) ON DELETE CASCADE,
  CONSTRAINT `notification_organizationId_organization_id_fk` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notification_ntfyId_ntfy_ntfyId_fk` FOREIGN KEY (`ntfyId`) REFERENCES `ntfy` (`ntfyId`) ON DELETE CASCADE,
  CONSTRAINT `notification_larkId_lark_larkId_fk` FOREIGN KEY (`larkId`) REFERENCES `lark` (`larkId`) ON DELETE CASCADE,
  CONSTRAINT `notification_customId_custom_customId_fk` FOREIGN KEY (`customId`) REFERENCES `custom` (`customId`) ON DELETE CASCADE,
  CONSTRAINT `notification_pushoverId_pushover_pushoverId_fk` FOREIGN KEY (`pushoverId`) REFERENCES `pushover` (`pushoverId`) ON DELETE CASCADE,
  CONSTRAINT `notification_resendId_resend_resendId_fk` FOREIGN KEY (`resendId`) REFERENCES `resend` (`resendId`) ON DELETE CASCADE,
  CONSTRAINT `notification_teamsId_teams_teamsId_fk` FOREIGN KEY (`teamsId`) REFERENCES `teams` (`teamsId`) ON DELETE CASCADE,
  CONSTRAINT `notification_mattermostId_mattermost_mattermostId_fk` FOREIGN KEY (`mattermostId`) REFERENCES `mattermost` (`mattermostId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_tag` (
  `id` VARCHAR(255) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `tagId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_project_tag` (`projectId`, `tagId`),
  CONSTRAINT `project_tag_projectId_project_projectId_fk` FOREIGN KEY (`projectId`) REFERENCES `project` (`projectId`) ON DELETE CASCADE,
  CONSTRAINT `project_tag_tagId_tag_tagId_fk` FOREIGN KEY (`tagId`) REFERENCES `tag` (`tagId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `server` (
  `serverId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NULL,
  `ipAddress` TEXT NOT NULL,
  `port` INT NOT NULL,
  `username` TEXT NOT NULL DEFAULT 'root',
  `appName` TEXT NOT NULL,
  `enableDockerCleanup` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` TEXT NOT NULL,
  `sshKeyId` VARCHAR(255) NULL,
  `serverStatus` ENUM('active', 'inactive') NOT NULL DEFAULT 'active',
  `command` TEXT NOT NULL DEFAULT '',
  `metricsConfig` JSON NOT NULL DEFAULT '{"server": {"port": 4500, "type": "Remote", "token": "", "cronJob": "", "thresholds": {"cpu": 0, "memory": 0}, "refreshRate": 60, "urlCallback": "", "retentionDays": 2}, "containers": {"services": {"exclude": [], "include": []}, "refreshRate": 60}}',
  `organizationId` VARCHAR(255) NOT NULL,
  `serverType` ENUM('deploy', 'build') NOT NULL DEFAULT 'deploy',
  `buildsConcurrency` INT NOT NULL DEFAULT 1,
  PRIMARY KEY (`serverId`),
  CONSTRAINT `server_sshKeyId_ssh-key_sshKeyId_fk` FOREIGN KEY (`sshKeyId`) REFERENCES `ssh-key` (`sshKeyId`) ON DELETE SET NULL,
  CONSTRAINT `server_organizationId_organization_id_fk` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bitbucket` (
  `bitbucketId` VARCHAR(255) NOT NULL,
  `bitbucketUsername` TEXT NULL,
  `appPassword` TEXT NULL,
  `bitbucketWorkspaceName` TEXT NULL,
  `gitProviderId` VARCHAR(255) NOT NULL,
  `apiToken` TEXT NULL,
  `bitbucketEmail` TEXT NULL,
  PRIMARY KEY (`bitbucketId`),
  CONSTRAINT `bitbucket_gitProviderId_git_provider_gitProviderId_fk` FOREIGN KEY (`gitProviderId`) REFERENCES `git_provider` (`gitProviderId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `certificate` (
  `certificateId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `certificateData` TEXT NOT NULL,
  `privateKey` TEXT NOT NULL,
  `certificatePath` TEXT NOT NULL,
  `autoRenew` TINYINT(1) NULL,
  `serverId` VARCHAR(255) NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`certificateId`),
  UNIQUE KEY `certificate_certificatePath_unique` (`certificatePath`),
  CONSTRAINT `certificate_serverId_server_serverId_fk` FOREIGN KEY (`serverId`) REFERENCES `server` (`serverId`) ON DELETE CASCADE,
  CONSTRAINT `certificate_organizationId_organization_id_fk` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `compose` (
  `composeId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `appName` TEXT NOT NULL,
  `description` TEXT NULL,
  `env` TEXT NULL,
  `composeFile` TEXT NOT NULL DEFAULT '',
  `refreshToken` TEXT NULL,
  `sourceType` ENUM('git', 'github', 'gitea', 'raw', 'gitlab', 'bitbucket') NOT NULL DEFAULT 'github',
  `composeType` ENUM('docker-compose', 'stack') NOT NULL DEFAULT 'docker-compose',
  `repository` TEXT NULL,
  `owner` TEXT NULL,
  `branch` TEXT NULL,
  `autoDeploy` TINYINT(1) NULL,
  `customGitUrl` TEXT NULL,
  `customGitBranch` TEXT NULL,
  `command` TEXT NOT NULL DEFAULT '',
  `composePath` TEXT NOT NULL DEFAULT './docker-compose.yml',
  `composeStatus` ENUM('idle', 'running', 'done', 'error') NOT NULL DEFAULT 'idle',
  `createdAt` TEXT NOT NULL,
  `customGitSSHKeyId` VARCHAR(255) NULL,
  `gitlabProjectId` INT NULL,
  `gitlabRepository` TEXT NULL,
  `gitlabOwner` TEXT NULL,
  `gitlabBranch` TEXT NULL,
  `gitlabPathNamespace` TEXT NULL,
  `bitbucketRepository` TEXT NULL,
  `bitbucketOwner` TEXT NULL,
  `bitbucketBranch` TEXT NULL,
  `githubId` VARCHAR(255) NULL,
  `gitlabId` VARCHAR(255) NULL,
  `bitbucketId` VARCHAR(255) NULL,
  `suffix` TEXT NOT NULL DEFAULT '',
  `randomize` TINYINT(1) NOT NULL DEFAULT 0,
  `serverId` VARCHAR(255) NULL,
  `isolatedDeployment` TINYINT(1) NOT NULL DEFAULT 0,
  `watchPaths` JSON NULL,
  `giteaRepository` TEXT NULL,
  `giteaOwner` TEXT NULL,
  `giteaBranch` TEXT NULL,
  `giteaId` VARCHAR(255) NULL,
  `enableSubmodules` TINYINT(1) NOT NULL DEFAULT 0,
  `triggerType` ENUM('push', 'tag') NULL DEFAULT 'push',
  `isolatedDeploymentsVolume` TINYINT(1) NOT NULL DEFAULT 0,
  `environmentId` VARCHAR(255) NOT NULL,
  `bitbucketRepositorySlug` TEXT NULL,
  `serviceNetworks` JSON NULL DEFAULT '[]',
  `icon` TEXT NULL,
  `createEnvFile` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`composeId`),
  CONSTRAINT `compose_customGitSSHKeyId_ssh-key_sshKeyId_fk` FOREIGN KEY (`customGitSSHKeyId`) REFERENCES `ssh-key` (`sshKeyId`) ON DELETE SET NULL,
  CONSTRAINT `compose_githubId_github_githubId_fk` FOREIGN KEY (`githubId`) REFERENCES `github` (`githubId`) ON DELETE SET NULL,
  CONSTRAINT `compose_gitlabId_gitlab_gitlabId_fk` FOREIGN KEY (`gitlabId`) REFERENCES `gitlab` (`gitlabId`) ON DELETE SET NULL,
  CONSTRAINT `compose_bitbucketId_bitbucket_bitbucketId_fk` FOREIGN KEY (`bitbucketId`) REFERENCES `bitbucket` (`bitbucketId`) ON DELETE SET NULL,
  CONSTRAINT `compose_serverId_server_serverId_fk` FOREIGN KEY (`serverId`) REFERENCES `server` (`serverId`) ON DELETE CASCADE,
  CONSTRAINT `compose_giteaId_gitea_giteaId_fk` FOREIGN KEY (`giteaId`) REFERENCES `gitea` (`giteaId`) ON DELETE SET NULL,
  CONSTRAINT `compose_environmentId_environment_environmentId_fk` FOREIGN KEY (`environmentId`) REFERENCES `environment` (`environmentId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forward_auth_settings` (
  `forwardAuthSettingsId` VARCHAR(255) NOT NULL,
  `authDomain` TEXT NOT NULL,
  `baseDomain` TEXT NOT NULL,
  `https` TINYINT(1) NOT NULL DEFAULT 1,
  `certificateType` ENUM('letsencrypt', 'none', 'custom') NOT NULL DEFAULT 'letsencrypt',
  `customCertResolver` TEXT NULL,
  `providerId` VARCHAR(255) NULL,
  `serverId` VARCHAR(255) NULL,
  `createdAt` TEXT NOT NULL,
  PRIMARY KEY (`forwardAuthSettingsId`),
  UNIQUE KEY `forward_auth_settings_serverId_unique` (`serverId`),
  CONSTRAINT `forward_auth_settings_providerId_sso_provider_provider_id_fk` FOREIGN KEY (`providerId`) REFERENCES `sso_provider` (`provider_id`) ON DELETE SET NULL,
  CONSTRAINT `forward_auth_settings_serverId_server_serverId_fk` FOREIGN KEY (`serverId`) REFERENCES `server` (`serverId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mysql` (
  `mysqlId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `appName` TEXT NOT NULL,
  `description` TEXT NULL,
  `databaseName` TEXT NOT NULL,
  `databaseUser` TEXT NOT NULL,
  `databasePassword` TEXT NOT NULL,
  `rootPassword` TEXT NOT NULL,
  `dockerImage` TEXT NOT NULL,
  `command` TEXT NULL,
  `env` TEXT NULL,
  `memoryReservation` TEXT NULL,
  `memoryLimit` TEXT NULL,
  `cpuReservation` TEXT NULL,
  `cpuLimit` TEXT NULL,
  `externalPort` INT NULL,
  `applicationStatus` ENUM('idle', 'running', 'done', 'error') NOT NULL DEFAULT 'idle',
  `createdAt` TEXT NOT NULL,
  `serverId` VARCHAR(255) NULL,
  `healthCheckSwarm` JSON NULL,
  `restartPolicySwarm` JSON NULL,
  `placementSwarm` JSON NULL,
  `updateConfigSwarm` JSON NULL,
  `rollbackConfigSwarm` JSON NULL,
  `modeSwarm` JSON NULL,
  `labelsSwarm` JSON NULL,
  `networkSwarm` JSON NULL,
  `replicas` INT NOT NULL DEFAULT 1,
  `environmentId` VARCHAR(255) NOT NULL,
  `stopGracePeriodSwarm` BIGINT NULL,
  `endpointSpecSwarm` JSON NULL,
  `args` JSON NULL,
  `ulimitsSwarm` JSON NULL,
  `networkIds` JSON NULL DEFAULT '[]',
  `detachDokployNetwork` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`mysqlId`),
  UNIQUE KEY `mysql_appName_unique` (`appName`),
  CONSTRAINT `mysql_serverId_server_serverId_fk` FOREIGN KEY (`serverId`) REFERENCES `server` (`serverId`) ON DELETE CASCADE,
  CONSTRAINT `mysql_environmentId_environment_environmentId_fk` FOREIGN KEY (`environmentId`) REFERENCES `environment` (`environmentId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `network` (
  `networkId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `driver` ENUM('bridge', 'overlay') NOT NULL DEFAULT 'bridge',
  `internal` TINYINT(1) NOT NULL DEFAULT 0,
  `attachable` TINYINT(1) NOT NULL DEFAULT 0,
  `enableIPv4` TINYINT(1) NOT NULL DEFAULT 1,
  `enableIPv6` TINYINT(1) NOT NULL DEFAULT 0,
  `ipam` JSON NULL DEFAULT '{}',
  `createdAt` TEXT NOT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  `serverId` VARCHAR(255) NULL,
  `mtu` INT NULL,
  PRIMARY KEY (`networkId`),
  CONSTRAINT `network_organizationId_organization_id_fk` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
  CONSTRAINT `network_serverId_server_serverId_fk` FOREIGN KEY (`serverId`) REFERENCES `server` (`serverId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `postgres` (
  `postgresId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `appName` TEXT NOT NULL,
  `databaseName` TEXT NOT NULL,
  `databaseUser` TEXT NOT NULL,
  `databasePassword` TEXT NOT NULL,
  `description` TEXT NULL,
  `dockerImage` TEXT NOT NULL,
  `command` TEXT NULL,
  `env` TEXT NULL,
  `memoryReservation` TEXT NULL,
  `externalPort` INT NULL,
  `memoryLimit` TEXT NULL,
  `cpuReservation` TEXT NULL,
  `cpuLimit` TEXT NULL,
  `applicationStatus` ENUM('idle', 'running', 'done', 'error') NOT NULL DEFAULT 'idle',
  `createdAt` TEXT NOT NULL,
  `serverId` VARCHAR(255) NULL,
  `healthCheckSwarm` JSON NULL,
  `restartPolicySwarm` JSON NULL,
  `placementSwarm` JSON NULL,
  `updateConfigSwarm` JSON NULL,
  `rollbackConfigSwarm` JSON NULL,
  `modeSwarm` JSON NULL,
  `labelsSwarm` JSON NULL,
  `networkSwarm` JSON NULL,
  `replicas` INT NOT NULL DEFAULT 1,
  `environmentId` VARCHAR(255) NOT NULL,
  `stopGracePeriodSwarm` BIGINT NULL,
  `endpointSpecSwarm` JSON NULL,
  `args` JSON NULL,
  `ulimitsSwarm` JSON NULL,
  `networkIds` JSON NULL DEFAULT '[]',
  `detachDokployNetwork` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`postgresId`),
  UNIQUE KEY `postgres_appName_unique` (`appName`),
  CONSTRAINT `postgres_serverId_server_serverId_fk` FOREIGN KEY (`serverId`) REFERENCES `server` (`serverId`) ON DELETE CASCADE,
  CONSTRAINT `postgres_environmentId_environment_environmentId_fk` FOREIGN KEY (`environmentId`) REFERENCES `environment` (`environmentId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `redis` (
  `redisId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `appName` TEXT NOT NULL,
  `description` TEXT NULL,
  `password` TEXT NOT NULL,
  `dockerImage` TEXT NOT NULL,
  `command` TEXT NULL,
  `env` TEXT NULL,
  `memoryReservation` TEXT NULL,
  `memoryLimit` TEXT NULL,
  `cpuReservation` TEXT NULL,
  `cpuLimit` TEXT NULL,
  `externalPort` INT NULL,
  `createdAt` TEXT NOT NULL,
  `applicationStatus` ENUM('idle', 'running', 'done', 'error') NOT NULL DEFAULT 'idle',
  `serverId` VARCHAR(255) NULL,
  `healthCheckSwarm` JSON NULL,
  `restartPolicySwarm` JSON NULL,
  `placementSwarm` JSON NULL,
  `updateConfigSwarm` JSON NULL,
  `rollbackConfigSwarm` JSON NULL,
  `modeSwarm` JSON NULL,
  `labelsSwarm` JSON NULL,
  `networkSwarm` JSON NULL,
  `replicas` INT NOT NULL DEFAULT 1,
  `environmentId` VARCHAR(255) NOT NULL,
  `stopGracePeriodSwarm` BIGINT NULL,
  `endpointSpecSwarm` JSON NULL,
  `args` JSON NULL,
  `ulimitsSwarm` JSON NULL,
  `networkIds` JSON NULL DEFAULT '[]',
  `detachDokployNetwork` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`redisId`),
  UNIQUE KEY `redis_appName_unique` (`appName`),
  CONSTRAINT `redis_serverId_server_serverId_fk` FOREIGN KEY (`serverId`) REFERENCES `server` (`serverId`) ON DELETE CASCADE,
  CONSTRAINT `redis_environmentId_environment_environmentId_fk` FOREIGN KEY (`environmentId`) REFERENCES `environment` (`environmentId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `application` (
  `applicationId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `appName` TEXT NOT NULL,
  `description` TEXT NULL,
  `env` TEXT NULL,
  `memoryReservation` TEXT NULL,
  `memoryLimit` TEXT NULL,
  `cpuReservation` TEXT NULL,
  `cpuLimit` TEXT NULL,
  `title` TEXT NULL,
  `enabled` TINYINT(1) NULL,
  `subtitle` TEXT NULL,
  `command` TEXT NULL,
  `refreshToken` TEXT NULL,
  `sourceType` ENUM('docker', 'git', 'github', 'gitea', 'drop', 'gitlab', 'bitbucket') NOT NULL DEFAULT 'github',
  `repository` TEXT NULL,
  `owner` TEXT NULL,
  `branch` TEXT NULL,
  `buildPath` TEXT NULL DEFAULT '/',
  `autoDeploy` TINYINT(1) NULL,
  `username` TEXT NULL,
  `password` TEXT NULL,
  `dockerImage` TEXT NULL,
  `customGitUrl` TEXT NULL,
  `customGitBranch` TEXT NULL,
  `customGitBuildPath` TEXT NULL,
  `dockerfile` TEXT NULL DEFAULT 'Dockerfile',
  `applicationStatus` ENUM('idle', 'running', 'done', 'error') NOT NULL DEFAULT 'idle',
  `buildType` ENUM('dockerfile', 'heroku_buildpacks', 'paketo_buildpacks', 'nixpacks', 'static', 'railpack') NOT NULL DEFAULT 'nixpacks',
  `createdAt` TEXT NOT NULL,
  `registryId` VARCHAR(255) NULL,
  `replicas` INT NOT NULL DEFAULT 1,
  `healthCheckSwarm` JSON NULL,
  `restartPolicySwarm` JSON NULL,
  `placementSwarm` JSON NULL,
  `updateConfigSwarm` JSON NULL,
  `rollbackConfigSwarm` JSON NULL,
  `modeSwarm` JSON NULL,
  `labelsSwarm` JSON NULL,
  `networkSwarm` JSON NULL,
  `dropBuildPath` TEXT NULL,
  `buildArgs` TEXT NULL,
  `customGitSSHKeyId` VARCHAR(255) NULL,
  `publishDirectory` TEXT NULL,
  `dockerContextPath` TEXT NULL,
  `gitlabProjectId` INT NULL,
  `gitlabRepository` TEXT NULL,
  `gitlabOwner` TEXT NULL,
  `gitlabBranch` TEXT NULL,
  `gitlabBuildPath` TEXT NULL DEFAULT '/',
  `gitlabPathNamespace` TEXT NULL,
  `bitbucketRepository` TEXT NULL,
  `bitbucketOwner` TEXT NULL,
  `bitbucketBranch` TEXT NULL,
  `bitbucketBuildPath` TEXT NULL DEFAULT '/',
  `githubId` VARCHAR(255) NULL,
  `gitlabId` VARCHAR(255) NULL,
  `bitbucketId` VARCHAR(255) NULL,
  `dockerBuildStage` TEXT NULL,
  `serverId` VARCHAR(255) NULL,
  `registryUrl` TEXT NULL,
  `herokuVersion` TEXT NULL DEFAULT '24',
  `previewEnv` TEXT NULL,
  `previewBuildArgs` TEXT NULL,
  `previewWildcard` TEXT NULL,
  `previewPort` INT NULL DEFAULT 3000,
  `previewHttps` TINYINT(1) NOT NULL DEFAULT 0,
  `previewPath` TEXT NULL DEFAULT '/',
  `certificateType` ENUM('letsencrypt', 'none', 'custom') NOT NULL DEFAULT 'none',
  `previewLimit` INT NULL DEFAULT 3,
  `isPreviewDeploymentsActive` TINYINT(1) NULL DEFAULT 0,
  `previewCustomCertResolver` TEXT NULL,
  `watchPaths` JSON NULL,
  `cleanCache` TINYINT(1) NULL DEFAULT 0,
  `giteaRepository` TEXT NULL,
  `giteaOwner` TEXT NULL,
  `giteaBranch` TEXT NULL,
  `giteaBuildPath` TEXT NULL DEFAULT '/',
  `giteaId` VARCHAR(255) NULL,
  `enableSubmodules` TINYINT(1) NOT NULL DEFAULT 0,
  `triggerType` ENUM('push', 'tag') NULL DEFAULT 'push',
  `isStaticSpa` TINYINT(1) NULL,
  `rollbackActive` TINYINT(1) NULL DEFAULT 0,
  `previewRequireCollaboratorPermissions` TINYINT(1) NULL DEFAULT 1,
  `railpackVersion` TEXT NULL DEFAULT '0.15.4',
  `previewLabels` JSON NULL,
  `environmentId` VARCHAR(255) NOT NULL,
  `stopGracePeriodSwarm` BIGINT NULL,
  `previewBuildSecrets` TEXT NULL,
  `buildSecrets` TEXT NULL,
  `endpointSpecSwarm` JSON NULL,
  `buildServerId` VARCHAR(255) NULL,
  `buildRegistryId` VARCHAR(255) NULL,
  `args` JSON NULL,
  `rollbackRegistryId` VARCHAR(255) NULL,
  `createEnvFile` TINYINT(1) NOT NULL DEFAULT 1,
  `bitbucketRepositorySlug` TEXT NULL,
  `ulimitsSwarm` JSON NULL,
  `icon` TEXT NULL,
  `networkIds` JSON NULL DEFAULT '[]',
  `detachDokployNetwork` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`applicationId`),
  UNIQUE KEY `application_appName_unique` (`appName`),
  CONSTRAINT `application_registryId_registry_registryId_fk` FOREIGN KEY (`registryId`) REFERENCES `registry` (`registryId`) ON DELETE SET NULL,
  CONSTRAINT `application_customGitSSHKeyId_ssh-key_sshKeyId_fk` FOREIGN KEY (`customGitSSHKeyId`) REFERENCES `ssh-key` (`sshKeyId`) ON DELETE SET NULL,
  CONSTRAINT `application_githubId_github_githubId_fk` FOREIGN KEY (`githubId`) REFERENCES `github` (`githubId`) ON DELETE SET NULL,
  CONSTRAINT `application_gitlabId_gitlab_gitlabId_fk` FOREIGN KEY (`gitlabId`) REFERENCES `gitlab` (`gitlabId`) ON DELETE SET NULL,
  CONSTRAINT `application_bitbucketId_bitbucket_bitbucketId_fk` FOREIGN KEY (`bitbucketId`) REFERENCES `bitbucket` (`bitbucketId`) ON DELETE SET NULL,
  CONSTRAINT `application_serverId_server_serverId_fk` FOREIGN KEY (`serverId`) REFERENCES `server` (`serverId`) ON DELETE CASCADE,
  CONSTRAINT `application_giteaId_gitea_giteaId_fk` FOREIGN KEY (`giteaId`) REFERENCES `gitea` (`giteaId`) ON DELETE SET NULL,
  CONSTRAINT `application_environmentId_environment_environmentId_fk` FOREIGN KEY (`environmentId`) REFERENCES `environment` (`environmentId`) ON DELETE CASCADE,
  CONSTRAINT `application_buildServerId_server_serverId_fk` FOREIGN KEY (`buildServerId`) REFERENCES `server` (`serverId`) ON DELETE SET NULL,
  CONSTRAINT `application_buildRegistryId_registry_registryId_fk` FOREIGN KEY (`buildRegistryId`) REFERENCES `registry` (`registryId`) ON DELETE SET NULL,
  CONSTRAINT `application_rollbackRegistryId_registry_registryId_fk` FOREIGN KEY (`rollbackRegistryId`) REFERENCES `registry` (`registryId`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backup` (
  `backupId` VARCHAR(255) NOT NULL,
  `schedule` TEXT NOT NULL,
  `enabled` TINYINT(1) NULL,
  `database` TEXT NOT NULL,
  `prefix` TEXT NOT NULL,
  `destinationId` VARCHAR(255) NOT NULL,
  `databaseType` ENUM('postgres', 'mariadb', 'mysql', 'mongo', 'web-server', 'libsql') NOT NULL,
  `postgresId` VARCHAR(255) NULL,
  `mariadbId` TEXT NULL,
  `mysqlId` VARCHAR(255) NULL,
  `mongoId` TEXT NULL,
  `keepLatestCount` INT NULL,
  `userId` VARCHAR(255) NULL,
  `appName` TEXT NOT NULL,
  `serviceName` TEXT NULL,
  `backupType` ENUM('database', 'compose') NOT NULL DEFAULT 'database',
  `composeId` VARCHAR(255) NULL,
  `metadata` JSON NULL,
  `libsqlId` TEXT NULL,
  `includeEncryptionKey` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`backupId`),
  UNIQUE KEY `backup_appName_unique` (`appName`),
  CONSTRAINT `backup_destinationId_destination_destinationId_fk` FOREIGN KEY (`destinationId`) REFERENCES `destination` (`destinationId`) ON DELETE CASCADE,
  CONSTRAINT `backup_postgresId_postgres_postgresId_fk` FOREIGN KEY (`postgresId`) REFERENCES `postgres` (`postgresId`) ON DELETE CASCADE,
  CONSTRAINT `backup_mysqlId_mysql_mysqlId_fk` FOREIGN KEY (`mysqlId`) REFERENCES `mysql` (`mysqlId`) ON DELETE CASCADE,
  CONSTRAINT `backup_composeId_compose_composeId_fk` FOREIGN KEY (`composeId`) REFERENCES `compose` (`composeId`) ON DELETE CASCADE,
  CONSTRAINT `backup_userId_user_id_fk` FOREIGN KEY (`userId`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mount` (
  `mountId` VARCHAR(255) NOT NULL,
  `type` ENUM('bind', 'volume', 'file') NOT NULL,
  `hostPath` TEXT NULL,
  `volumeName` TEXT NULL,
  `content` TEXT NULL,
  `serviceType` ENUM('application', 'postgres', 'mysql', 'mariadb', 'mongo', 'redis', 'compose', 'libsql') NOT NULL DEFAULT 'application',
  `mountPath` TEXT NOT NULL,
  `applicationId` VARCHAR(255) NULL,
  `postgresId` VARCHAR(255) NULL,
  `mariadbId` TEXT NULL,
  `mongoId` TEXT NULL,
  `mysqlId` VARCHAR(255) NULL,
  `redisId` VARCHAR(255) NULL,
  `composeId` VARCHAR(255) NULL,
  `filePath` TEXT NULL,
  `libsqlId` TEXT NULL,
  PRIMARY KEY (`mountId`),
  CONSTRAINT `mount_applicationId_application_applicationId_fk` FOREIGN KEY (`applicationId`) REFERENCES `application` (`applicationId`) ON DELETE CASCADE,
  CONSTRAINT `mount_postgresId_postgres_postgresId_fk` FOREIGN KEY (`postgresId`) REFERENCES `postgres` (`postgresId`) ON DELETE CASCADE,
  CONSTRAINT `mount_mysqlId_mysql_mysqlId_fk` FOREIGN KEY (`mysqlId`) REFERENCES `mysql` (`mysqlId`) ON DELETE CASCADE,
  CONSTRAINT `mount_redisId_redis_redisId_fk` FOREIGN KEY (`redisId`) REFERENCES `redis` (`redisId`) ON DELETE CASCADE,
  CONSTRAINT `mount_composeId_compose_composeId_fk` FOREIGN KEY (`composeId`) REFERENCES `compose` (`composeId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `patch` (
  `patchId` VARCHAR(255) NOT NULL,
  `type` ENUM('create', 'update', 'delete') NOT NULL DEFAULT 'update',
  `filePath` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `content` TEXT NOT NULL,
  `createdAt` TEXT NOT NULL,
  `updatedAt` TEXT NULL,
  `applicationId` VARCHAR(255) NULL,
  `composeId` VARCHAR(255) NULL,
  PRIMARY KEY (`patchId`),
  UNIQUE KEY `patch_filepath_application_unique` (`filePath`, `applicationId`),
  UNIQUE KEY `patch_filepath_compose_unique` (`filePath`, `composeId`),
  CONSTRAINT `patch_applicationId_application_applicationId_fk` FOREIGN KEY (`applicationId`) REFERENCES `application` (`applicationId`) ON DELETE CASCADE,
  CONSTRAINT `patch_composeId_compose_composeId_fk` FOREIGN KEY (`composeId`) REFERENCES `compose` (`composeId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `port` (
  `portId` VARCHAR(255) NOT NULL,
  `publishedPort` INT NOT NULL,
  `targetPort` INT NOT NULL,
  `protocol` ENUM('tcp', 'udp') NOT NULL,
  `applicationId` VARCHAR(255) NOT NULL,
  `publishMode` ENUM('ingress', 'host') NOT NULL DEFAULT 'host',
  PRIMARY KEY (`portId`),
  CONSTRAINT `port_applicationId_application_applicationId_fk` FOREIGN KEY (`applicationId`) REFERENCES `application` (`applicationId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `redirect` (
  `redirectId` VARCHAR(255) NOT NULL,
  `regex` TEXT NOT NULL,
  `replacement` TEXT NOT NULL,
  `permanent` TINYINT(1) NOT NULL DEFAULT 0,
  `uniqueConfigKey` INT NOT NULL,
  `createdAt` TEXT NOT NULL,
  `applicationId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`redirectId`),
  CONSTRAINT `redirect_applicationId_application_applicationId_fk` FOREIGN KEY (`applicationId`) REFERENCES `application` (`applicationId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schedule` (
  `scheduleId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `cronExpression` TEXT NOT NULL,
  `appName` TEXT NOT NULL,
  `serviceName` TEXT NULL,
  `shellType` ENUM('bash', 'sh') NOT NULL DEFAULT 'bash',
  `scheduleType` ENUM('application', 'compose', 'server', 'dokploy-server') NOT NULL DEFAULT 'application',
  `command` TEXT NOT NULL,
  `script` TEXT NULL,
  `applicationId` VARCHAR(255) NULL,
  `composeId` VARCHAR(255) NULL,
  `serverId` VARCHAR(255) NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `createdAt` TEXT NOT NULL,
  `timezone` TEXT NULL,
  `description` TEXT NULL,
  `organizationId` VARCHAR(255) NULL,
  PRIMARY KEY (`scheduleId`),
  CONSTRAINT `schedule_applicationId_application_applicationId_fk` FOREIGN KEY (`applicationId`) REFERENCES `application` (`applicationId`) ON DELETE CASCADE,
  CONSTRAINT `schedule_composeId_compose_composeId_fk` FOREIGN KEY (`composeId`) REFERENCES `compose` (`composeId`) ON DELETE CASCADE,
  CONSTRAINT `schedule_serverId_server_serverId_fk` FOREIGN KEY (`serverId`) REFERENCES `server` (`serverId`) ON DELETE CASCADE,
  CONSTRAINT `schedule_organizationId_organization_id_fk` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `security` (
  `securityId` VARCHAR(255) NOT NULL,
  `username` TEXT NOT NULL,
  `password` TEXT NOT NULL,
  `createdAt` TEXT NOT NULL,
  `applicationId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`securityId`),
  UNIQUE KEY `security_username_applicationId_unique` (`username`, `applicationId`),
  CONSTRAINT `security_applicationId_application_applicationId_fk` FOREIGN KEY (`applicationId`) REFERENCES `application` (`applicationId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `volume_backup` (
  `volumeBackupId` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `volumeName` TEXT NOT NULL,
  `prefix` TEXT NOT NULL,
  `serviceType` ENUM('application', 'postgres', 'mysql', 'mariadb', 'mongo', 'redis', 'compose', 'libsql') NOT NULL DEFAULT 'application',
  `appName` TEXT NOT NULL,
  `serviceName` TEXT NULL,
  `turnOff` TINYINT(1) NOT NULL DEFAULT 0,
  `cronExpression` TEXT NOT NULL,
  `keepLatestCount` INT NULL,
  `enabled` TINYINT(1) NULL,
  `applicationId` VARCHAR(255) NULL,
  `postgresId` VARCHAR(255) NULL,
  `mariadbId` TEXT NULL,
  `mongoId` TEXT NULL,
  `mysqlId` VARCHAR(255) NULL,
  `redisId` VARCHAR(255) NULL,
  `composeId` VARCHAR(255) NULL,
  `createdAt` TEXT NOT NULL,
  `destinationId` VARCHAR(255) NOT NULL,
  `libsqlId` TEXT NULL,
  PRIMARY KEY (`volumeBackupId`),
  CONSTRAINT `volume_backup_applicationId_application_applicationId_fk` FOREIGN KEY (`applicationId`) REFERENCES `application` (`applicationId`) ON DELETE CASCADE,
  CONSTRAINT `volume_backup_postgresId_postgres_postgresId_fk` FOREIGN KEY (`postgresId`) REFERENCES `postgres` (`postgresId`) ON DELETE CASCADE,
  CONSTRAINT `volume_backup_mysqlId_mysql_mysqlId_fk` FOREIGN KEY (`mysqlId`) REFERENCES `mysql` (`mysqlId`) ON DELETE CASCADE,
  CONSTRAINT `volume_backup_redisId_redis_redisId_fk` FOREIGN KEY (`redisId`) REFERENCES `redis` (`redisId`) ON DELETE CASCADE,
  CONSTRAINT `volume_backup_composeId_compose_composeId_fk` FOREIGN KEY (`composeId`) REFERENCES `compose` (`composeId`) ON DELETE CASCADE,
  CONSTRAINT `volume_backup_destinationId_destination_destinationId_fk` FOREIGN KEY (`destinationId`) REFERENCES `destination` (`destinationId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deployment` (
  `deploymentId` VARCHAR(255) NOT NULL,
  `title` TEXT NOT NULL,
  `status` ENUM('running', 'done', 'error', 'cancelled') NULL DEFAULT 'running',
  `logPath` TEXT NOT NULL,
  `applicationId` VARCHAR(255) NULL,
  `createdAt` TEXT NOT NULL,
  `composeId` VARCHAR(255) NULL,
  `description` TEXT NULL,
  `serverId` VARCHAR(255) NULL,
  `isPreviewDeployment` TINYINT(1) NULL DEFAULT 0,
  `previewDeploymentId` VARCHAR(255) NULL,
  `errorMessage` TEXT NULL,
  `startedAt` TEXT NULL,
  `finishedAt` TEXT NULL,
  `scheduleId` VARCHAR(255) NULL,
  `backupId` VARCHAR(255) NULL,
  `rollbackId` VARCHAR(255) NULL,
  `pid` TEXT NULL,
  `volumeBackupId` VARCHAR(255) NULL,
  `buildServerId` VARCHAR(255) NULL,
  PRIMARY KEY (`deploymentId`),
  CONSTRAINT `deployment_applicationId_application_applicationId_fk` FOREIGN KEY (`applicationId`) REFERENCES `application` (`applicationId`) ON DELETE CASCADE,
  CONSTRAINT `deployment_composeId_compose_composeId_fk` FOREIGN KEY (`composeId`) REFERENCES `compose` (`composeId`) ON DELETE CASCADE,
  CONSTRAINT `deployment_serverId_server_serverId_fk` FOREIGN KEY (`serverId`) REFERENCES `server` (`serverId`) ON DELETE CASCADE,
  CONSTRAINT `deployment_previewDeploymentId_preview_deployments_previewDeplo` FOREIGN KEY (`previewDeploymentId`) REFERENCES `preview_deployments` (`previewDeploymentId`) ON DELETE CASCADE,
  CONSTRAINT `deployment_scheduleId_schedule_scheduleId_fk` FOREIGN KEY (`scheduleId`) REFERENCES `schedule` (`scheduleId`) ON DELETE CASCADE,
  CONSTRAINT `deployment_backupId_backup_backupId_fk` FOREIGN KEY (`backupId`) REFERENCES `backup` (`backupId`) ON DELETE CASCADE,
  CONSTRAINT `deployment_rollbackId_rollback_rollbackId_fk` FOREIGN KEY (`rollbackId`) REFERENCES `rollback` (`rollbackId`) ON DELETE CASCADE,
  CONSTRAINT `deployment_volumeBackupId_volume_backup_volumeBackupId_fk` FOREIGN KEY (`volumeBackupId`) REFERENCES `volume_backup` (`volumeBackupId`) ON DELETE CASCADE,
  CONSTRAINT `deployment_buildServerId_server_serverId_fk` FOREIGN KEY (`buildServerId`) REFERENCES `server` (`serverId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rollback` (
  `rollbackId` VARCHAR(255) NOT NULL,
  `deploymentId` VARCHAR(255) NOT NULL,
  `version` INT NOT NULL,
  `image` TEXT NULL,
  `createdAt` TEXT NOT NULL,
  `fullContext` JSON NULL,
  PRIMARY KEY (`rollbackId`),
  CONSTRAINT `rollback_deploymentId_deployment_deploymentId_fk` FOREIGN KEY (`deploymentId`) REFERENCES `deployment` (`deploymentId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain` (
  `domainId` VARCHAR(255) NOT NULL,
  `host` TEXT NOT NULL,
  `https` TINYINT(1) NOT NULL DEFAULT 0,
  `port` INT NULL DEFAULT 3000,
  `path` TEXT NULL DEFAULT '/',
  `uniqueConfigKey` INT NOT NULL,
  `createdAt` TEXT NOT NULL,
  `applicationId` VARCHAR(255) NULL,
  `certificateType` ENUM('letsencrypt', 'none', 'custom') NOT NULL DEFAULT 'none',
  `serviceName` TEXT NULL,
  `domainType` ENUM('compose', 'application', 'preview') NULL DEFAULT 'application',
  `composeId` VARCHAR(255) NULL,
  `previewDeploymentId` VARCHAR(255) NULL,
  `customCertResolver` TEXT NULL,
  `internalPath` TEXT NULL DEFAULT '/',
  `stripPath` TINYINT(1) NOT NULL DEFAULT 0,
  `customEntrypoint` TEXT NULL,
  `middlewares` JSON NULL DEFAULT '[]',
  `forwardAuthEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`domainId`),
  CONSTRAINT `domain_applicationId_application_applicationId_fk` FOREIGN KEY (`applicationId`) REFERENCES `application` (`applicationId`) ON DELETE CASCADE,
  CONSTRAINT `domain_composeId_compose_composeId_fk` FOREIGN KEY (`composeId`) REFERENCES `compose` (`composeId`) ON DELETE CASCADE,
  CONSTRAINT `domain_previewDeploymentId_preview_deployments_previewDeploymen` FOREIGN KEY (`previewDeploymentId`) REFERENCES `preview_deployments` (`previewDeploymentId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `preview_deployments` (
  `previewDeploymentId` VARCHAR(255) NOT NULL,
  `branch` TEXT NOT NULL,
  `pullRequestId` TEXT NOT NULL,
  `pullRequestNumber` TEXT NOT NULL,
  `pullRequestURL` TEXT NOT NULL,
  `pullRequestTitle` TEXT NOT NULL,
  `pullRequestCommentId` TEXT NOT NULL,
  `previewStatus` ENUM('idle', 'running', 'done', 'error') NOT NULL DEFAULT 'idle',
  `appName` TEXT NOT NULL,
  `applicationId` VARCHAR(255) NOT NULL,
  `domainId` VARCHAR(255) NULL,
  `createdAt` TEXT NOT NULL,
  `expiresAt` TEXT NULL,
  PRIMARY KEY (`previewDeploymentId`),
  UNIQUE KEY `preview_deployments_appName_unique` (`appName`),
  CONSTRAINT `preview_deployments_applicationId_application_applicationId_fk` FOREIGN KEY (`applicationId`) REFERENCES `application` (`applicationId`) ON DELETE CASCADE,
  CONSTRAINT `preview_deployments_domainId_domain_domainId_fk` FOREIGN KEY (`domainId`) REFERENCES `domain` (`domainId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

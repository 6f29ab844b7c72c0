-- Gitpod (gitpod-io/gitpod, "Gitpod Classic"; cloud development environments: users and their identities
-- at Git providers with OAuth tokens, organizations (teams) and memberships, invites, projects,
-- workspaces and workspace instances, prebuilds, snapshots, SSH public keys, personal access tokens,
-- user/project/org environment variables, OAuth auth codes, OIDC client configs, audit log, usage and
-- cost centres, Stripe customers, webhook events, LinkedIn profiles, VS Code settings sync)
-- Upstream: github.com/gitpod-io/gitpod components/gitpod-db/src/typeorm/migration/*.ts, commit
--   4f45d02eac95a253e9031c5f651e62585f6c9d3b (AGPL-3.0 for components/gitpod-db).
-- The 199 TypeORM migrations (MySQL) were replayed in order into MariaDB 10.11 by their own up() code
-- (transpiled with TypeScript, queryRunner.query sent to MariaDB) and the result dumped; MySQL-only
-- details were adapted where MariaDB refused them: ", ALGORITHM=INPLACE, LOCK=NONE" clauses dropped,
-- collation utf8mb4_0900_ai_ci read as utf8mb4_general_ci, and two data-only UPDATEs skipped. Every table
-- the migrations leave is kept; upstream declares no foreign keys. Tables in the order of the dump.

CREATE TABLE `d_b_app_installation` (
  `platform` varchar(255) NOT NULL,
  `installationID` varchar(255) NOT NULL,
  `ownerUserID` char(36) DEFAULT NULL,
  `platformUserID` varchar(255) DEFAULT NULL,
  `state` char(36) NOT NULL,
  `creationTime` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `lastUpdateTime` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`platform`,`installationID`,`state`),
  KEY `ind_dbsync` (`creationTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_audit_log` (
  `id` varchar(36) NOT NULL,
  `timestamp` varchar(30) NOT NULL,
  `organizationId` varchar(36) NOT NULL,
  `actorId` varchar(36) NOT NULL,
  `action` varchar(128) NOT NULL,
  `args` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`args`)),
  PRIMARY KEY (`id`),
  KEY `ind_organizationId` (`organizationId`),
  KEY `ind_timestamp` (`timestamp`),
  KEY `ind_actorId` (`actorId`),
  KEY `ind_action` (`action`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_auth_provider_entry` (
  `id` varchar(255) NOT NULL,
  `ownerId` char(36) NOT NULL,
  `status` varchar(25) NOT NULL,
  `host` varchar(255) NOT NULL,
  `type` varchar(100) NOT NULL,
  `oauth` text NOT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `oauthRevision` varchar(128) NOT NULL DEFAULT '',
  `organizationId` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_host_by_org` (`host`,`organizationId`),
  KEY `ind_oauthRevision` (`oauthRevision`),
  KEY `idx_organizationId` (`organizationId`),
  KEY `idx_id_organizationId` (`id`,`organizationId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_blocked_repository` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `urlRegexp` varchar(255) NOT NULL,
  `blockUser` tinyint(4) NOT NULL,
  `createdAt` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `updatedAt` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `deleted` tinyint(4) NOT NULL,
  `blockFreeUsage` tinyint(4) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_code_sync_collection` (
  `userId` char(36) NOT NULL,
  `collection` char(36) NOT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`userId`,`collection`),
  KEY `ind_dbsync` (`_lastModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_code_sync_resource` (
  `userId` char(36) NOT NULL,
  `kind` char(64) NOT NULL,
  `rev` char(36) NOT NULL,
  `created` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `collection` char(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  PRIMARY KEY (`userId`,`kind`,`rev`,`collection`),
  KEY `ind_dbsync` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_cost_center` (
  `id` char(255) NOT NULL,
  `spendingLimit` int(11) NOT NULL DEFAULT 0,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `creationTime` varchar(30) NOT NULL,
  `billingStrategy` varchar(255) NOT NULL DEFAULT 'other',
  `nextBillingTime` varchar(30) NOT NULL,
  `billingCycleStart` varchar(30) NOT NULL,
  PRIMARY KEY (`id`,`creationTime`),
  KEY `ind_dbsync` (`_lastModified`),
  KEY `nextBillingTime` (`nextBillingTime`),
  KEY `billingCycleStart` (`billingCycleStart`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_email_domain_filter` (
  `domain` varchar(255) NOT NULL,
  `negative` tinyint(4) NOT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`domain`),
  KEY `ind_dbsync` (`_lastModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_free_credits` (
  `userId` char(36) NOT NULL,
  `organizationId` char(36) NOT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`userId`),
  KEY `ind_userId` (`userId`),
  KEY `ind_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_gitpod_token` (
  `tokenHash` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `type` int(11) NOT NULL,
  `userId` char(36) NOT NULL,
  `scopes` text DEFAULT NULL,
  `created` varchar(255) NOT NULL DEFAULT '',
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`tokenHash`),
  KEY `ind_lastModified` (`_lastModified`),
  KEY `ind_userId` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_identity` (
  `authProviderId` varchar(255) NOT NULL,
  `authId` varchar(255) NOT NULL,
  `authName` varchar(255) NOT NULL,
  `primaryEmail` varchar(255) NOT NULL DEFAULT '',
  `userId` char(36) DEFAULT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `readonly` tinyint(4) NOT NULL DEFAULT 0,
  `lastSigninTime` varchar(30) NOT NULL DEFAULT '',
  PRIMARY KEY (`authProviderId`,`authId`),
  KEY `ind_authProviderId_authName` (`authProviderId`,`authName`),
  KEY `ind_dbsync` (`_lastModified`),
  KEY `ind_identity_userId` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_installation_admin` (
  `id` char(128) NOT NULL,
  `settings` text DEFAULT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_license_key` (
  `id` char(36) NOT NULL,
  `installationTime` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `key` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_linked_in_profile` (
  `id` char(36) NOT NULL,
  `userId` char(36) NOT NULL,
  `profile` text NOT NULL,
  `creationTime` varchar(255) NOT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_oauth_auth_code_entry` (
  `id` char(36) NOT NULL,
  `code` varchar(1024) NOT NULL,
  `redirectURI` varchar(1024) NOT NULL DEFAULT '',
  `codeChallenge` varchar(128) NOT NULL,
  `codeChallengeMethod` varchar(10) NOT NULL,
  `expiresAt` timestamp(6) NOT NULL,
  `userId` char(36) NOT NULL,
  `client` text NOT NULL,
  `scopes` text NOT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_oidc_client_config` (
  `id` varchar(255) NOT NULL,
  `issuer` varchar(255) NOT NULL,
  `data` mediumtext NOT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `organizationId` varchar(255) DEFAULT NULL,
  `active` tinyint(4) NOT NULL DEFAULT 0,
  `verified` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `idx_organizationId` (`organizationId`),
  KEY `idx_id_organizationId` (`id`,`organizationId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_one_time_secret` (
  `id` char(36) NOT NULL,
  `value` text NOT NULL,
  `expirationTime` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `deleted` tinyint(4) NOT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_org_env_var` (
  `id` char(36) NOT NULL,
  `orgId` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` text NOT NULL,
  `creationTime` varchar(36) NOT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`,`orgId`),
  KEY `ind_orgid` (`orgId`),
  KEY `ind_dbsync` (`_lastModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_org_settings` (
  `orgId` char(36) NOT NULL,
  `workspaceSharingDisabled` tinyint(4) NOT NULL DEFAULT 0,
  `createdAt` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `updatedAt` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `defaultWorkspaceImage` varchar(255) DEFAULT NULL,
  `allowedWorkspaceClasses` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`allowedWorkspaceClasses`)),
  `restrictedEditorNames` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`restrictedEditorNames`)),
  `pinnedEditorVersions` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`pinnedEditorVersions`)),
  `defaultEditorName` varchar(64) DEFAULT NULL,
  `defaultRole` varchar(64) DEFAULT NULL,
  `timeoutSettings` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`timeoutSettings`)),
  `roleRestrictions` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`roleRestrictions`)),
  `maxParallelRunningWorkspaces` int(11) NOT NULL DEFAULT 0,
  `onboardingSettings` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`onboardingSettings`)),
  `annotateGitCommits` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`orgId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_personal_access_token` (
  `id` varchar(255) NOT NULL,
  `userId` varchar(255) NOT NULL,
  `hash` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `scopes` text NOT NULL,
  `expirationTime` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `createdAt` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `ind_userId` (`userId`),
  KEY `ind_hash` (`hash`),
  KEY `ind_lastModified` (`_lastModified`),
  KEY `idx_createdAt` (`createdAt`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_prebuild_info` (
  `prebuildId` char(36) NOT NULL,
  `info` text NOT NULL,
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`prebuildId`),
  KEY `ind_dbsync` (`_lastModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_prebuilt_workspace` (
  `id` char(36) NOT NULL,
  `cloneURL` varchar(255) NOT NULL,
  `commit` varchar(255) NOT NULL,
  `state` varchar(255) NOT NULL,
  `creationTime` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `buildWorkspaceId` char(36) NOT NULL,
  `snapshot` varchar(255) NOT NULL DEFAULT '',
  `error` varchar(255) NOT NULL DEFAULT '',
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `projectId` char(36) DEFAULT NULL,
  `branch` varchar(255) DEFAULT NULL,
  `statusVersion` bigint(20) NOT NULL DEFAULT 0,
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `ind_ac4a9aece1a455da0dc653888f` (`cloneURL`,`commit`),
  KEY `ind_6a04b7005d5ad0e664725f9f17` (`state`),
  KEY `ind_dbsync` (`_lastModified`),
  KEY `ind_buildWorkspaceId` (`buildWorkspaceId`),
  KEY `ind_projectId` (`projectId`),
  KEY `ind_prebuiltWorkspace_cloneURL_creationTime_state` (`cloneURL`,`creationTime`,`state`),
  KEY `ind_creationTime` (`creationTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_prebuilt_workspace_updatable` (
  `id` char(36) NOT NULL,
  `prebuiltWorkspaceId` char(36) NOT NULL,
  `owner` varchar(255) NOT NULL,
  `repo` varchar(255) NOT NULL,
  `isResolved` tinyint(4) NOT NULL,
  `installationId` varchar(255) NOT NULL,
  `issue` varchar(255) NOT NULL DEFAULT '',
  `label` varchar(255) NOT NULL DEFAULT '',
  `contextUrl` text DEFAULT NULL,
  `commitSHA` varchar(255) NOT NULL DEFAULT '',
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`),
  KEY `ind_prebuiltWorkspaceId_isResolved` (`prebuiltWorkspaceId`,`isResolved`),
  KEY `ind_lastModified` (`_lastModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_project` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `cloneUrl` varchar(255) NOT NULL,
  `teamId` char(36) DEFAULT NULL,
  `appInstallationId` varchar(255) NOT NULL,
  `creationTime` varchar(255) NOT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `markedDeleted` tinyint(4) NOT NULL DEFAULT 0,
  `userId` char(36) DEFAULT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `settings` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ind_teamId` (`teamId`),
  KEY `ind_dbsync` (`_lastModified`),
  KEY `ind_cloneUrl` (`cloneUrl`),
  KEY `ind_userId` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_project_env_var` (
  `id` char(36) NOT NULL,
  `projectId` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` text NOT NULL,
  `censored` tinyint(4) NOT NULL,
  `creationTime` varchar(255) NOT NULL,
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`,`projectId`),
  KEY `ind_projectid` (`projectId`),
  KEY `ind_dbsync` (`_lastModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_project_info` (
  `projectId` char(36) NOT NULL,
  `overview` longtext NOT NULL,
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`projectId`),
  KEY `ind_dbsync` (`_lastModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_project_usage` (
  `projectId` char(36) NOT NULL,
  `lastWebhookReceived` varchar(255) NOT NULL DEFAULT '',
  `lastWorkspaceStart` varchar(255) NOT NULL DEFAULT '',
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`projectId`),
  KEY `ind_dbsync` (`_lastModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_repository_white_list` (
  `url` char(128) NOT NULL,
  `description` text NOT NULL,
  `priority` int(11) NOT NULL DEFAULT 10,
  PRIMARY KEY (`url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_snapshot` (
  `id` char(36) NOT NULL,
  `creationTime` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `originalWorkspaceId` char(36) NOT NULL,
  `bucketId` varchar(255) NOT NULL,
  `availableTime` varchar(255) NOT NULL DEFAULT '',
  `state` char(32) NOT NULL DEFAULT 'available',
  `message` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `ind_originalWorkspaceId` (`originalWorkspaceId`),
  KEY `ind_dbsync` (`creationTime`),
  KEY `ind_state` (`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_stripe_customer` (
  `stripeCustomerId` char(255) NOT NULL,
  `attributionId` char(255) NOT NULL,
  `creationTime` varchar(255) NOT NULL,
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `currency` char(3) NOT NULL DEFAULT '',
  `invalidBillingAddress` tinyint(4) DEFAULT NULL,
  PRIMARY KEY (`stripeCustomerId`),
  KEY `ind_attribution_id` (`attributionId`),
  KEY `ind_dbsync` (`_lastModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_team` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `creationTime` varchar(255) NOT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `markedDeleted` tinyint(4) NOT NULL DEFAULT 0,
  `maintenanceMode` tinyint(1) NOT NULL DEFAULT 0,
  `maintenanceNotification` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`maintenanceNotification`)),
  PRIMARY KEY (`id`),
  KEY `ind_dbsync` (`_lastModified`),
  KEY `idx_slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_team_membership` (
  `id` char(36) NOT NULL,
  `teamId` char(36) NOT NULL,
  `userId` char(36) NOT NULL,
  `role` varchar(255) NOT NULL,
  `creationTime` varchar(255) NOT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`),
  KEY `ind_teamId` (`teamId`),
  KEY `ind_userId` (`userId`),
  KEY `ind_dbsync` (`_lastModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_team_membership_invite` (
  `id` char(36) NOT NULL,
  `teamId` char(36) NOT NULL,
  `role` varchar(255) NOT NULL,
  `creationTime` varchar(255) NOT NULL,
  `invalidationTime` varchar(255) NOT NULL DEFAULT '',
  `invitedEmail` varchar(255) NOT NULL DEFAULT '',
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`),
  KEY `ind_teamId` (`teamId`),
  KEY `ind_dbsync` (`_lastModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_token_entry` (
  `authProviderId` varchar(255) NOT NULL,
  `authId` varchar(255) NOT NULL,
  `token` text NOT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `uid` char(128) NOT NULL,
  `expiryDate` varchar(255) NOT NULL DEFAULT '',
  `refreshable` tinyint(4) NOT NULL DEFAULT 0,
  `reservedUntilDate` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`uid`),
  KEY `ind_dbsync` (`_lastModified`),
  KEY `ind_expiryDate` (`expiryDate`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_usage` (
  `id` char(36) NOT NULL,
  `attributionId` varchar(255) NOT NULL,
  `description` varchar(255) NOT NULL,
  `creditCents` bigint(20) NOT NULL,
  `effectiveTime` varchar(255) NOT NULL,
  `kind` varchar(255) NOT NULL,
  `workspaceInstanceId` char(36) DEFAULT NULL,
  `draft` tinyint(1) NOT NULL,
  `metadata` text DEFAULT NULL,
  `_created` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspaceInstanceId` (`workspaceInstanceId`),
  KEY `IDX_usage__attribution_id` (`attributionId`),
  KEY `IDX_usage__effectiveTime` (`effectiveTime`),
  KEY `IDX_usage__workspaceInstanceId` (`workspaceInstanceId`),
  KEY `IDX_usage___lastModified` (`_lastModified`),
  KEY `ind_draft` (`draft`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_user` (
  `id` char(36) NOT NULL,
  `creationDate` varchar(255) NOT NULL DEFAULT '',
  `avatarUrl` varchar(255) NOT NULL DEFAULT '',
  `name` varchar(255) NOT NULL DEFAULT '',
  `fullName` varchar(255) NOT NULL DEFAULT '',
  `blocked` tinyint(4) NOT NULL DEFAULT 0,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `privileged` tinyint(4) NOT NULL DEFAULT 0,
  `markedDeleted` tinyint(4) NOT NULL DEFAULT 0,
  `noReleasePeriod` tinyint(4) NOT NULL DEFAULT 0,
  `featureFlags` text DEFAULT NULL,
  `rolesOrPermissions` text DEFAULT NULL,
  `additionalData` text DEFAULT NULL,
  `usageAttributionId` varchar(60) NOT NULL DEFAULT '',
  `lastVerificationTime` varchar(30) NOT NULL DEFAULT '',
  `verificationPhoneNumber` varchar(30) NOT NULL DEFAULT '',
  `organizationId` varchar(36) DEFAULT '',
  `fgaRelationshipsVersion` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `ind_dbsync` (`_lastModified`),
  KEY `idx_organizationId` (`organizationId`),
  KEY `ind_verificationPhoneNumber` (`verificationPhoneNumber`),
  KEY `ind_fgaRelationshipsVersion` (`fgaRelationshipsVersion`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_user_env_var` (
  `id` char(36) NOT NULL,
  `userId` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` text NOT NULL,
  `repositoryPattern` varchar(255) NOT NULL DEFAULT '*/*',
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`,`userId`),
  KEY `ind_dbsync` (`_lastModified`),
  KEY `ind_userId` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_user_ssh_public_key` (
  `id` char(36) NOT NULL,
  `userId` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `key` text NOT NULL,
  `fingerprint` varchar(255) NOT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `creationTime` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `lastUsedTime` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `ind_userId` (`userId`),
  KEY `ind_creationTime` (`creationTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_volume_snapshot` (
  `id` char(36) NOT NULL,
  `workspaceId` char(36) NOT NULL,
  `creationTime` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `volumeHandle` varchar(255) NOT NULL,
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`),
  KEY `ind_workspaceId_creationTime` (`workspaceId`,`creationTime`),
  KEY `ind_dbsync` (`creationTime`),
  KEY `ind_lastModified` (`_lastModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_webhook_event` (
  `id` char(36) NOT NULL,
  `creationTime` varchar(255) NOT NULL,
  `type` char(60) NOT NULL,
  `authorizedUserId` char(36) DEFAULT NULL,
  `status` char(60) NOT NULL,
  `message` text DEFAULT NULL,
  `rawEvent` text NOT NULL,
  `cloneUrl` char(255) DEFAULT NULL,
  `branch` char(255) DEFAULT NULL,
  `commit` varchar(255) DEFAULT NULL,
  `projectId` char(36) DEFAULT NULL,
  `prebuildStatus` char(60) DEFAULT NULL,
  `prebuildId` char(36) DEFAULT NULL,
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`),
  KEY `ind_dbsync` (`_lastModified`),
  KEY `ind_cloneUrl` (`cloneUrl`),
  KEY `ind_status` (`status`),
  KEY `ind_prebuildStatus` (`prebuildStatus`),
  KEY `ind_prebuildId` (`prebuildId`),
  KEY `ind_creationTime` (`creationTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_workspace` (
  `id` char(36) NOT NULL,
  `creationTime` varchar(255) NOT NULL,
  `ownerId` char(36) NOT NULL,
  `contextURL` text NOT NULL,
  `description` varchar(255) NOT NULL,
  `context` text NOT NULL,
  `config` text NOT NULL,
  `imageSource` text DEFAULT NULL,
  `imageNameResolved` varchar(255) NOT NULL DEFAULT '',
  `archived` tinyint(4) NOT NULL DEFAULT 0,
  `shareable` tinyint(4) NOT NULL DEFAULT 0,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `type` char(16) NOT NULL DEFAULT 'regular',
  `baseImageNameResolved` varchar(255) NOT NULL DEFAULT '',
  `softDeleted` char(4) DEFAULT NULL,
  `pinned` tinyint(4) NOT NULL DEFAULT 0,
  `softDeletedTime` varchar(255) NOT NULL DEFAULT '',
  `contentDeletedTime` varchar(255) NOT NULL DEFAULT '',
  `basedOnPrebuildId` char(36) DEFAULT NULL,
  `basedOnSnapshotId` char(36) DEFAULT NULL,
  `projectId` char(36) DEFAULT NULL,
  `cloneURL` varchar(255) NOT NULL DEFAULT '',
  `organizationId` varchar(36) DEFAULT NULL,
  `deletionEligibilityTime` varchar(30) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `ind_deb7c20cf2cce89de2b1bf882f` (`ownerId`),
  KEY `ind_dbsync` (`_lastModified`),
  KEY `ind_creationTime` (`creationTime`),
  KEY `ind_contentDeletion` (`contentDeletedTime`,`creationTime`),
  KEY `ind_softDeletion` (`softDeletedTime`,`softDeleted`),
  KEY `ind_type` (`type`),
  KEY `ind_id_deleted` (`id`,`deleted`),
  KEY `d_b_workspace_cloneURL_idx` (`cloneURL`),
  KEY `idx_organizationId` (`organizationId`),
  KEY `ind_ownerId_type_creationTime` (`ownerId`,`type`,`creationTime`),
  KEY `ind_basedOnPrebuildId` (`basedOnPrebuildId`),
  KEY `ind_deletionEligibilityTime` (`deletionEligibilityTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_workspace_cluster` (
  `name` char(64) NOT NULL,
  `url` varchar(255) NOT NULL,
  `tls` text NOT NULL,
  `state` char(20) NOT NULL,
  `score` int(11) DEFAULT NULL,
  `maxScore` int(11) DEFAULT NULL,
  `govern` tinyint(4) NOT NULL,
  `admissionConstraints` text NOT NULL,
  `admissionPreferences` text DEFAULT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `region` varchar(255) NOT NULL DEFAULT '',
  `availableWorkspaceClasses` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`availableWorkspaceClasses`)),
  `preferredWorkspaceClass` varchar(100) NOT NULL DEFAULT '',
  PRIMARY KEY (`name`),
  KEY `ind_state` (`state`),
  KEY `ind_lastModified` (`_lastModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_workspace_instance` (
  `id` char(36) NOT NULL,
  `workspaceId` char(36) NOT NULL,
  `region` varchar(255) NOT NULL,
  `creationTime` varchar(255) NOT NULL,
  `startedTime` varchar(255) NOT NULL DEFAULT '',
  `deployedTime` varchar(255) NOT NULL DEFAULT '',
  `stoppedTime` varchar(255) NOT NULL DEFAULT '',
  `lastHeartbeat` varchar(255) NOT NULL DEFAULT '',
  `ideUrl` varchar(255) NOT NULL,
  `workspaceBaseImage` varchar(255) NOT NULL DEFAULT '',
  `workspaceImage` varchar(255) NOT NULL,
  `status_old` varchar(255) DEFAULT NULL,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `status` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`status`)),
  `phase` char(32) GENERATED ALWAYS AS (json_unquote(json_extract(`status`,'$.phase'))) VIRTUAL,
  `deleted` tinyint(4) NOT NULL DEFAULT 0,
  `phasePersisted` char(32) NOT NULL DEFAULT '',
  `configuration` text DEFAULT NULL,
  `stoppingTime` varchar(255) NOT NULL DEFAULT '',
  `imageBuildInfo` text DEFAULT NULL,
  `workspaceClass` varchar(255) NOT NULL DEFAULT '',
  `usageAttributionId` varchar(60) NOT NULL DEFAULT '',
  `gitStatus` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`gitStatus`)),
  `metrics` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`metrics`)),
  PRIMARY KEY (`id`),
  KEY `ind_57a78fc47596636bc71e619c12` (`workspaceId`),
  KEY `ind_find_wsi_ws_in_period` (`workspaceId`,`startedTime`,`stoppedTime`),
  KEY `ind_dbsync` (`_lastModified`),
  KEY `ind_phasePersisted` (`phasePersisted`),
  KEY `ind_instance_phase` (`phase`),
  KEY `ind_phasePersisted_region` (`phasePersisted`,`region`),
  KEY `ind_usageAttributionId` (`usageAttributionId`),
  KEY `IDX_workspace_instance__started_time` (`startedTime`),
  KEY `IDX_workspace_instance__stopping_time` (`stoppingTime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_workspace_instance_metrics` (
  `instanceId` char(36) NOT NULL,
  `metrics` longtext DEFAULT NULL CHECK (json_valid(`metrics`)),
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`instanceId`),
  KEY `ind_dbsync` (`_lastModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_workspace_instance_user` (
  `instanceId` char(36) NOT NULL,
  `userId` varchar(255) NOT NULL,
  `lastSeen` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `wasClosed` tinyint(4) NOT NULL DEFAULT 0,
  `_lastModified` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`instanceId`,`userId`),
  KEY `ind_dbsync` (`_lastModified`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `d_b_workspace_report_entry` (
  `id` int(11) DEFAULT NULL,
  `instanceId` varchar(255) NOT NULL,
  `data` varchar(255) NOT NULL,
  `time` timestamp(6) NOT NULL DEFAULT current_timestamp(6),
  `uid` char(36) NOT NULL,
  PRIMARY KEY (`uid`),
  KEY `ind_dbsync` (`time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;


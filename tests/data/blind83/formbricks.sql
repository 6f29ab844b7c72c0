SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `Webhook` (
  `id` VARCHAR(191) NOT NULL,
  `name` VARCHAR(191),
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `url` VARCHAR(191) NOT NULL,
  `source` ENUM('user', 'zapier', 'make', 'n8n', 'activepieces') NOT NULL DEFAULT 'user',
  `workspaceId` VARCHAR(191) NOT NULL,
  `triggers` JSON NOT NULL,
  `surveyIds` JSON NOT NULL,
  `secret` VARCHAR(191),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE
);

CREATE TABLE `ContactAttribute` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `attributeKeyId` VARCHAR(191) NOT NULL,
  `contactId` VARCHAR(191) NOT NULL,
  `value` VARCHAR(191) NOT NULL,
  `valueNumber` DOUBLE,
  `valueDate` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`contactId`, `attributeKeyId`),
  FOREIGN KEY (`attributeKeyId`) REFERENCES `ContactAttributeKey` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`contactId`) REFERENCES `Contact` (`id`) ON DELETE CASCADE
);

CREATE TABLE `ContactAttributeKey` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `isUnique` TINYINT(1) NOT NULL DEFAULT 0,
  `key` VARCHAR(191) NOT NULL,
  `name` VARCHAR(191),
  `description` VARCHAR(191),
  `type` ENUM('default', 'custom') NOT NULL DEFAULT 'custom',
  `dataType` ENUM('string', 'number', 'date') NOT NULL DEFAULT 'string',
  `workspaceId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`key`, `workspaceId`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE
);

CREATE TABLE `Contact` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `workspaceId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE
);

CREATE TABLE `Response` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `finished` TINYINT(1) NOT NULL DEFAULT 0,
  `surveyId` VARCHAR(191) NOT NULL,
  `contactId` VARCHAR(191),
  `endingId` VARCHAR(191),
  `data` JSON NOT NULL,
  `variables` JSON NOT NULL,
  `ttc` JSON NOT NULL,
  `meta` JSON NOT NULL,
  `contactAttributes` JSON,
  `singleUseId` VARCHAR(191),
  `language` VARCHAR(191),
  `displayId` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`surveyId`, `singleUseId`),
  UNIQUE KEY (`displayId`),
  FOREIGN KEY (`surveyId`) REFERENCES `Survey` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`contactId`) REFERENCES `Contact` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`displayId`) REFERENCES `Display` (`id`)
);

CREATE TABLE `Tag` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `workspaceId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`workspaceId`, `name`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE
);

CREATE TABLE `TagsOnResponses` (
  `responseId` VARCHAR(191) NOT NULL,
  `tagId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`responseId`, `tagId`),
  FOREIGN KEY (`responseId`) REFERENCES `Response` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`tagId`) REFERENCES `Tag` (`id`) ON DELETE CASCADE
);

CREATE TABLE `Display` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `surveyId` VARCHAR(191) NOT NULL,
  `contactId` VARCHAR(191),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`surveyId`) REFERENCES `Survey` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`contactId`) REFERENCES `Contact` (`id`) ON DELETE CASCADE
);

CREATE TABLE `SurveyTrigger` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `surveyId` VARCHAR(191) NOT NULL,
  `actionClassId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`surveyId`, `actionClassId`),
  FOREIGN KEY (`surveyId`) REFERENCES `Survey` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`actionClassId`) REFERENCES `ActionClass` (`id`) ON DELETE CASCADE
);

CREATE TABLE `Survey` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `redirectUrl` VARCHAR(191),
  `type` ENUM('link', 'app') NOT NULL DEFAULT 'app',
  `workspaceId` VARCHAR(191) NOT NULL,
  `createdBy` VARCHAR(191),
  `status` ENUM('draft', 'inProgress', 'paused', 'completed') NOT NULL DEFAULT 'draft',
  `welcomeCard` JSON NOT NULL,
  `questions` JSON NOT NULL,
  `blocks` JSON NOT NULL,
  `endings` JSON NOT NULL,
  `hiddenFields` JSON NOT NULL,
  `variables` JSON NOT NULL,
  `displayOption` ENUM('displayOnce', 'displayMultiple', 'displaySome', 'respondMultiple') NOT NULL DEFAULT 'displayOnce',
  `recontactDays` INT,
  `displayLimit` INT,
  `inlineTriggers` JSON,
  `autoClose` INT,
  `autoComplete` INT,
  `delay` INT NOT NULL DEFAULT 0,
  `publishOn` DATETIME(3),
  `closeOn` DATETIME(3),
  `archivedAt` DATETIME(3),
  `surveyClosedMessage` JSON,
  `segmentId` VARCHAR(191),
  `workspaceOverwrites` JSON,
  `styling` JSON,
  `singleUse` JSON,
  `isVerifyEmailEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `isSingleResponsePerEmailEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `isBackButtonHidden` TINYINT(1) NOT NULL DEFAULT 0,
  `isAutoProgressingEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `isCaptureIpEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `pin` VARCHAR(191),
  `displayPercentage` DECIMAL(65,30),
  `showLanguageSwitch` TINYINT(1),
  `recaptcha` JSON,
  `metadata` JSON NOT NULL,
  `slug` VARCHAR(191),
  `customHeadScripts` VARCHAR(191),
  `customHeadScriptsMode` ENUM('add', 'replace') DEFAULT 'add',
  PRIMARY KEY (`id`),
  UNIQUE KEY (`id`, `workspaceId`),
  UNIQUE KEY (`slug`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`createdBy`) REFERENCES `User` (`id`),
  FOREIGN KEY (`segmentId`) REFERENCES `Segment` (`id`)
);

CREATE TABLE `SurveyFollowUp` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `surveyId` VARCHAR(191) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `trigger` JSON NOT NULL,
  `action` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`surveyId`) REFERENCES `Survey` (`id`) ON DELETE CASCADE
);

CREATE TABLE `ActionClass` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `description` VARCHAR(191),
  `type` ENUM('code', 'noCode') NOT NULL,
  `key` VARCHAR(191),
  `noCodeConfig` JSON,
  `workspaceId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`key`, `workspaceId`),
  UNIQUE KEY (`name`, `workspaceId`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE
);

CREATE TABLE `Integration` (
  `id` VARCHAR(191) NOT NULL,
  `type` ENUM('googleSheets', 'notion', 'airtable', 'slack') NOT NULL,
  `config` JSON NOT NULL,
  `workspaceId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`type`, `workspaceId`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE
);

CREATE TABLE `DataMigration` (
  `id` VARCHAR(191) NOT NULL,
  `started_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `finished_at` DATETIME(3),
  `name` VARCHAR(191) NOT NULL,
  `status` ENUM('pending', 'applied', 'failed') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`)
);

CREATE TABLE `Workspace` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `legacyEnvironmentId` VARCHAR(191),
  `organizationId` VARCHAR(191) NOT NULL,
  `styling` JSON NOT NULL,
  `config` JSON NOT NULL,
  `recontactDays` INT NOT NULL DEFAULT 7,
  `linkSurveyBranding` TINYINT(1) NOT NULL DEFAULT 1,
  `inAppSurveyBranding` TINYINT(1) NOT NULL DEFAULT 1,
  `placement` ENUM('bottomLeft', 'bottomRight', 'topLeft', 'topRight', 'center') NOT NULL DEFAULT 'bottomRight',
  `clickOutsideClose` TINYINT(1) NOT NULL DEFAULT 1,
  `overlay` ENUM('none', 'light', 'dark') NOT NULL DEFAULT 'none',
  `logo` JSON,
  `appSetupCompleted` TINYINT(1) NOT NULL DEFAULT 0,
  `customHeadScripts` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`organizationId`, `name`),
  UNIQUE KEY (`legacyEnvironmentId`),
  FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE
);

CREATE TABLE `Organization` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `whitelabel` JSON NOT NULL,
  `isAISmartToolsEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `displayTimeZone` VARCHAR(191),
  PRIMARY KEY (`id`)
);

CREATE TABLE `OrganizationBilling` (
  `organization_id` VARCHAR(191) NOT NULL,
  `stripe_customer_id` VARCHAR(191),
  `limits` JSON NOT NULL,
  `usage_cycle_anchor` DATETIME(3),
  `stripe` JSON,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  PRIMARY KEY (`organization_id`),
  UNIQUE KEY (`stripe_customer_id`),
  FOREIGN KEY (`organization_id`) REFERENCES `Organization` (`id`) ON DELETE CASCADE
);

CREATE TABLE `Membership` (
  `organizationId` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `accepted` TINYINT(1) NOT NULL DEFAULT 0,
  `role` ENUM('owner', 'manager', 'member', 'billing') NOT NULL DEFAULT 'member',
  PRIMARY KEY (`userId`, `organizationId`),
  FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE
);

CREATE TABLE `Invite` (
  `id` VARCHAR(191) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `name` VARCHAR(191),
  `organizationId` VARCHAR(191) NOT NULL,
  `creatorId` VARCHAR(191) NOT NULL,
  `acceptorId` VARCHAR(191),
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `expiresAt` DATETIME(3) NOT NULL,
  `role` ENUM('owner', 'manager', 'member', 'billing') NOT NULL DEFAULT 'member',
  `teamIds` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`creatorId`) REFERENCES `User` (`id`),
  FOREIGN KEY (`acceptorId`) REFERENCES `User` (`id`) ON DELETE CASCADE
);

CREATE TABLE `ApiKey` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `createdBy` VARCHAR(191),
  `lastUsedAt` DATETIME(3),
  `label` VARCHAR(191) NOT NULL,
  `hashedKey` VARCHAR(191) NOT NULL,
  `lookupHash` VARCHAR(191),
  `organizationId` VARCHAR(191) NOT NULL,
  `organizationAccess` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`lookupHash`),
  FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE
);

CREATE TABLE `Account` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `type` VARCHAR(191),
  `provider` VARCHAR(191) NOT NULL,
  `providerAccountId` VARCHAR(191) NOT NULL,
  `access_token` TEXT,
  `refresh_token` TEXT,
  `expires_at` INT,
  `ext_expires_in` INT,
  `token_type` VARCHAR(191),
  `scope` VARCHAR(191),
  `id_token` TEXT,
  `session_state` VARCHAR(191),
  `password` VARCHAR(191),
  `accessTokenExpiresAt` DATETIME(3),
  `refreshTokenExpiresAt` DATETIME(3),
  `issuer` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`provider`, `providerAccountId`),
  UNIQUE KEY (`issuer`, `providerAccountId`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE
);

CREATE TABLE `Session` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `sessionToken` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `expires` DATETIME(3) NOT NULL,
  `ipAddress` VARCHAR(191),
  `userAgent` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`sessionToken`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE
);

CREATE TABLE `VerificationToken` (
  `identifier` VARCHAR(191) NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `expires` DATETIME(3) NOT NULL,
  UNIQUE KEY (`identifier`, `token`)
);

CREATE TABLE `TwoFactor` (
  `id` VARCHAR(191) NOT NULL,
  `secret` VARCHAR(191) NOT NULL,
  `backupCodes` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `verified` TINYINT(1) NOT NULL DEFAULT 1,
  `failedVerificationCount` INT NOT NULL DEFAULT 0,
  `lockedUntil` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`userId`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE
);

CREATE TABLE `jwks` (
  `id` VARCHAR(191) NOT NULL,
  `publicKey` VARCHAR(191) NOT NULL,
  `privateKey` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `expiresAt` DATETIME(3),
  `alg` VARCHAR(191),
  `crv` VARCHAR(191),
  PRIMARY KEY (`id`)
);

CREATE TABLE `oauthClient` (
  `id` VARCHAR(191) NOT NULL,
  `clientId` VARCHAR(191) NOT NULL,
  `clientSecret` VARCHAR(191),
  `disabled` TINYINT(1) DEFAULT 0,
  `skipConsent` TINYINT(1),
  `enableEndSession` TINYINT(1),
  `subjectType` VARCHAR(191),
  `scopes` JSON NOT NULL,
  `userId` VARCHAR(191),
  `createdAt` DATETIME(3),
  `updatedAt` DATETIME(3),
  `name` VARCHAR(191),
  `uri` VARCHAR(191),
  `icon` VARCHAR(191),
  `contacts` JSON NOT NULL,
  `tos` VARCHAR(191),
  `policy` VARCHAR(191),
  `softwareId` VARCHAR(191),
  `softwareVersion` VARCHAR(191),
  `softwareStatement` VARCHAR(191),
  `redirectUris` JSON NOT NULL,
  `postLogoutRedirectUris` JSON NOT NULL,
  `tokenEndpointAuthMethod` VARCHAR(191),
  `grantTypes` JSON NOT NULL,
  `responseTypes` JSON NOT NULL,
  `public` TINYINT(1),
  `type` VARCHAR(191),
  `requirePKCE` TINYINT(1),
  `referenceId` VARCHAR(191),
  `metadata` JSON,
  `clientDiscoveryId` VARCHAR(191),
  `clientCredentialsScopes` JSON NOT NULL,
  `backchannelLogoutUri` VARCHAR(191),
  `backchannelLogoutSessionRequired` TINYINT(1),
  `applicationType` VARCHAR(191),
  `jwks` VARCHAR(191),
  `jwksUri` VARCHAR(191),
  `dpopBoundAccessTokens` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`clientId`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE
);

CREATE TABLE `oauthAccessToken` (
  `id` VARCHAR(191) NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `clientId` VARCHAR(191) NOT NULL,
  `sessionId` VARCHAR(191),
  `userId` VARCHAR(191),
  `referenceId` VARCHAR(191),
  `refreshId` VARCHAR(191),
  `expiresAt` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `scopes` JSON NOT NULL,
  `authorizationCodeId` VARCHAR(191),
  `resources` JSON NOT NULL,
  `requestedUserInfoClaims` JSON NOT NULL,
  `revoked` DATETIME(3),
  `confirmation` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token`),
  FOREIGN KEY (`clientId`) REFERENCES `oauthClient` (`clientId`) ON DELETE CASCADE,
  FOREIGN KEY (`sessionId`) REFERENCES `Session` (`id`) ON DELETE SET NULL,
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE
);

CREATE TABLE `oauthConsent` (
  `id` VARCHAR(191) NOT NULL,
  `clientId` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191),
  `referenceId` VARCHAR(191),
  `scopes` JSON NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `resources` JSON NOT NULL,
  `requestedUserInfoClaims` JSON NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`clientId`) REFERENCES `oauthClient` (`clientId`) ON DELETE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE
);

CREATE TABLE `PasswordResetToken` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `token_hash` VARCHAR(191) NOT NULL,
  `expires_at` DATETIME(3) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`token_hash`),
  UNIQUE KEY (`userId`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE
);

CREATE TABLE `User` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `email_verified` TINYINT(1) NOT NULL DEFAULT 0,
  `twoFactorSecret` VARCHAR(191),
  `twoFactorEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `backupCodes` VARCHAR(191),
  `password` VARCHAR(191),
  `identityProvider` ENUM('email', 'github', 'google', 'azuread', 'openid', 'saml') NOT NULL DEFAULT 'email',
  `identityProviderAccountId` VARCHAR(191),
  `groupId` VARCHAR(191),
  `notificationSettings` JSON NOT NULL,
  `locale` VARCHAR(191) NOT NULL DEFAULT 'en-US',
  `lastLoginAt` DATETIME(3),
  `isActive` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`email`)
);

CREATE TABLE `Segment` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `title` VARCHAR(191) NOT NULL,
  `description` VARCHAR(191),
  `isPrivate` TINYINT(1) NOT NULL DEFAULT 1,
  `filters` JSON NOT NULL,
  `workspaceId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`workspaceId`, `title`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE
);

CREATE TABLE `Language` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `code` VARCHAR(191) NOT NULL,
  `alias` VARCHAR(191),
  `workspaceId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`workspaceId`, `code`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE
);

CREATE TABLE `SurveyLanguage` (
  `languageId` VARCHAR(191) NOT NULL,
  `surveyId` VARCHAR(191) NOT NULL,
  `default` TINYINT(1) NOT NULL DEFAULT 0,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`languageId`, `surveyId`),
  FOREIGN KEY (`languageId`) REFERENCES `Language` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`surveyId`) REFERENCES `Survey` (`id`) ON DELETE CASCADE
);

CREATE TABLE `Team` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `organizationId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`organizationId`, `name`),
  FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE
);

CREATE TABLE `TeamUser` (
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `teamId` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `role` ENUM('admin', 'contributor') NOT NULL,
  PRIMARY KEY (`teamId`, `userId`),
  FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE
);

CREATE TABLE `WorkspaceTeam` (
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `workspaceId` VARCHAR(191) NOT NULL,
  `teamId` VARCHAR(191) NOT NULL,
  `permission` ENUM('read', 'readWrite', 'manage') NOT NULL DEFAULT 'read',
  PRIMARY KEY (`workspaceId`, `teamId`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`) ON DELETE CASCADE
);

CREATE TABLE `Dashboard` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `workspaceId` VARCHAR(191) NOT NULL,
  `createdBy` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`workspaceId`, `name`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`createdBy`) REFERENCES `User` (`id`) ON DELETE SET NULL
);

CREATE TABLE `FeedbackSource` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `type` ENUM('formbricks_survey', 'csv') NOT NULL,
  `status` ENUM('active', 'paused', 'error') NOT NULL DEFAULT 'active',
  `import_mode` ENUM('completedOnly', 'all') NOT NULL DEFAULT 'completedOnly',
  `elementScope` ENUM('all', 'specific') NOT NULL DEFAULT 'specific',
  `workspaceId` VARCHAR(191) NOT NULL,
  `feedbackDirectoryId` VARCHAR(191) NOT NULL,
  `last_sync_at` DATETIME(3),
  `created_by` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`id`, `workspaceId`),
  UNIQUE KEY (`workspaceId`, `name`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`feedbackDirectoryId`) REFERENCES `FeedbackDirectory` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`created_by`) REFERENCES `User` (`id`) ON DELETE SET NULL
);

CREATE TABLE `FeedbackDirectory` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `isArchived` TINYINT(1) NOT NULL DEFAULT 0,
  `organizationId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`organizationId`, `name`),
  FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE
);

CREATE TABLE `Workflow` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `description` VARCHAR(191),
  `status` ENUM('draft', 'enabled', 'disabled', 'archived') NOT NULL DEFAULT 'draft',
  `workspaceId` VARCHAR(191) NOT NULL,
  `createdBy` VARCHAR(191),
  `definition` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`id`, `workspaceId`),
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`createdBy`) REFERENCES `User` (`id`) ON DELETE SET NULL
);

CREATE TABLE `WorkflowRun` (
  `id` VARCHAR(191) NOT NULL,
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL,
  `workflowId` VARCHAR(191) NOT NULL,
  `workspaceId` VARCHAR(191) NOT NULL,
  `workflowVersionId` VARCHAR(191),
  `responseId` VARCHAR(191),
  `status` ENUM('queued', 'running', 'completed', 'failed', 'canceled') NOT NULL DEFAULT 'queued',
  `triggerType` VARCHAR(191) NOT NULL,
  `surveyId` VARCHAR(191),
  `isDryRun` TINYINT(1) NOT NULL DEFAULT 0,
  `idempotencyKey` VARCHAR(191),
  `attempt` INT NOT NULL DEFAULT 0,
  `nextAttemptAt` DATETIME(3),
  `lastErrorAt` DATETIME(3),
  `triggerPayload` JSON NOT NULL,
  `data` JSON NOT NULL,
  `error` VARCHAR(191),
  `dispatchedAt` DATETIME(3),
  `startedAt` DATETIME(3),
  `finishedAt` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`workflowId`, `idempotencyKey`),
  FOREIGN KEY (`workflowId`, `workspaceId`) REFERENCES `Workflow` (`id`, `workspaceId`) ON DELETE CASCADE,
  FOREIGN KEY (`workspaceId`) REFERENCES `Workspace` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`responseId`) REFERENCES `Response` (`id`) ON DELETE CASCADE
);

CREATE TABLE `WorkflowRunLog` (
  `id` VARCHAR(191) NOT NULL,
  `runId` VARCHAR(191) NOT NULL,
  `sequence` INT NOT NULL,
  `stepId` VARCHAR(191) NOT NULL,
  `stepType` VARCHAR(191) NOT NULL,
  `status` ENUM('pending', 'running', 'succeeded', 'failed', 'skipped') NOT NULL DEFAULT 'pending',
  `input` JSON NOT NULL,
  `output` JSON NOT NULL,
  `error` VARCHAR(191),
  `startedAt` DATETIME(3),
  `finishedAt` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`runId`, `stepId`),
  FOREIGN KEY (`runId`) REFERENCES `WorkflowRun` (`id`) ON DELETE CASCADE
);

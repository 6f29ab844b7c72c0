-- GrowthBook (growthbook/growthbook), commit 8f1db4456915a8e7b7faf23d5632ca7219d2f469 (MIT outside the enterprise
-- directories; no enterprise model is used here).
-- GrowthBook keeps its data in MongoDB; there is no SQL schema upstream. The schema is its models in
-- packages/back-end/src/models/: Mongoose schemas, and for the newer BaseModel collections the zod validators of
-- packages/shared/src/validators/ that BaseModel writes as they stand (id, organization, dateCreated, dateUpdated and
-- the validator's fields). Each collection is written as one MySQL table named after its MongoDB collection
-- (Mongoose's lower-cased plural of the model name, or BaseModel's collectionName), one column per top-level path,
-- in the schema's order and with upstream's names. Types: MongoDB's `_id` CHAR(24) primary key; String VARCHAR(255),
-- TEXT for free texts, queries and payloads; Number DOUBLE; Boolean TINYINT(1); Date DATETIME(3); arrays, Mixed /
-- Object paths, embedded sub-documents and zod arrays / objects / records JSON. `required: true` and non-optional
-- zod fields NOT NULL; constant defaults kept. Unique indexes are upstream's: `unique: true` paths, compound
-- `schema.index(..., {unique: true})`, BaseModel's unique (primary key, organization) index (or the primary key
-- alone where globallyUniquePrimaryKeys) and unique additionalIndexes; partial, TTL and plain indexes left out;
-- Mongoose's `__v` left out. MongoDB declares no foreign keys.

-- packages/back-end/src/models/UserModel.ts (Mongoose)
CREATE TABLE `users` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255),
  `name` VARCHAR(255),
  `email` VARCHAR(255),
  `passwordHash` VARCHAR(255),
  `superAdmin` TINYINT(1),
  `verified` TINYINT(1),
  `agreedToTerms` TINYINT(1),
  `npsSurveyStatus` VARCHAR(255),
  `npsSurveyAt` DATETIME(3),
  `minTokenDate` DATETIME(3),
  `dateCreated` DATETIME(3),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/OrganizationModel.ts (Mongoose)
CREATE TABLE `organizations` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255),
  `dateCreated` DATETIME(3),
  `verifiedDomain` VARCHAR(255),
  `externalId` VARCHAR(255),
  `url` TEXT,
  `name` VARCHAR(255),
  `ownerEmail` VARCHAR(255),
  `demographicData` JSON,
  `restrictLoginMethod` VARCHAR(255),
  `restrictAuthSubPrefix` VARCHAR(255),
  `autoApproveMembers` TINYINT(1),
  `isVercelIntegration` TINYINT(1),
  `members` JSON,
  `invites` JSON,
  `pendingMembers` JSON,
  `messages` JSON,
  `stripeCustomerId` VARCHAR(255),
  `discountCode` VARCHAR(255),
  `priceId` VARCHAR(255),
  `freeSeats` DOUBLE,
  `disableSelfServeBilling` TINYINT(1),
  `freeTrialDate` DATETIME(3),
  `enterprise` TINYINT(1),
  `subscription` JSON,
  `licenseKey` VARCHAR(255),
  `connections` JSON,
  `settings` JSON,
  `getStartedChecklistItems` JSON,
  `customRoles` JSON,
  `deactivatedRoles` JSON,
  `disabled` TINYINT(1),
  `suspended` TINYINT(1),
  `setupEventTracker` VARCHAR(255),
  `trackingDisabled` TINYINT(1),
  `limits` JSON,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/AuthRefreshModel.ts (Mongoose)
CREATE TABLE `authrefreshes` (
  `_id` CHAR(24) NOT NULL,
  `token` VARCHAR(255),
  `userId` VARCHAR(255),
  `userAgent` TEXT,
  `ip` VARCHAR(255),
  `createdAt` DATETIME(3),
  `lastLogin` DATETIME(3),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/ForgotPasswordModel.ts (Mongoose)
CREATE TABLE `forgotpasswords` (
  `_id` CHAR(24) NOT NULL,
  `token` VARCHAR(255),
  `userId` VARCHAR(255),
  `createdAt` DATETIME(3),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `token` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/ApiKeyModel.ts (BaseModel, zod schema apiKeySchema)
CREATE TABLE `apikeys` (
  `_id` CHAR(24) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  `dateCreated` DATETIME(3) NOT NULL,
  `dateUpdated` DATETIME(3) NOT NULL,
  `id` VARCHAR(255),
  `environment` VARCHAR(255),
  `project` VARCHAR(255),
  `description` TEXT,
  `userId` VARCHAR(255),
  `role` VARCHAR(255),
  `encryptSDK` TINYINT(1),
  `encryptionKey` VARCHAR(255),
  `secret` TINYINT(1),
  `limitAccessByEnvironment` TINYINT(1) NOT NULL,
  `environments` JSON NOT NULL,
  `additionalRoles` JSON,
  `projectRoles` JSON,
  `disabled` TINYINT(1),
  `lastUsed` DATETIME(3),
  `expiresAt` DATETIME(3),
  `oauthClientId` VARCHAR(255),
  `scopes` JSON,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `key_1` (`key`),
  UNIQUE KEY `key_1_organization_1` (`key`, `organization`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/TeamModel.ts (BaseModel, zod schema teamSchema)
CREATE TABLE `teams` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  `dateCreated` DATETIME(3) NOT NULL,
  `dateUpdated` DATETIME(3) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `createdBy` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `limitAccessByEnvironment` TINYINT(1) NOT NULL,
  `environments` JSON NOT NULL,
  `additionalRoles` JSON,
  `projectRoles` JSON,
  `members` JSON,
  `managedByIdp` TINYINT(1) NOT NULL,
  `managedBy` JSON,
  `defaultProject` VARCHAR(255),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id_1_organization_1` (`id`, `organization`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/WatchModel.ts (BaseModel, zod schema watchSchema)
CREATE TABLE `watches` (
  `_id` CHAR(24) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  `dateCreated` DATETIME(3) NOT NULL,
  `dateUpdated` DATETIME(3) NOT NULL,
  `experiments` JSON NOT NULL,
  `features` JSON NOT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `userId_1_organization_1` (`userId`, `organization`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/AgreementModel.ts (BaseModel, zod schema agreementValidator)
CREATE TABLE `agreements` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  `agreement` VARCHAR(255) NOT NULL,
  `version` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `userEmail` VARCHAR(255) NOT NULL,
  `userName` VARCHAR(255) NOT NULL,
  `dateSigned` DATETIME(3) NOT NULL,
  `dateCreated` DATETIME(3) NOT NULL,
  `dateUpdated` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id_1_organization_1` (`id`, `organization`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/AuditModel.ts (Mongoose)
CREATE TABLE `audits` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255),
  `organization` VARCHAR(255),
  `user` JSON,
  `reason` VARCHAR(255),
  `event` VARCHAR(255),
  `entity` JSON,
  `parent` JSON,
  `details` TEXT,
  `dateCreated` DATETIME(3),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/EventModel.ts (Mongoose)
CREATE TABLE `events` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `dateCreated` DATETIME(3),
  `organizationId` VARCHAR(255) NOT NULL,
  `object` VARCHAR(255) NOT NULL,
  `objectId` VARCHAR(255),
  `event` VARCHAR(255) NOT NULL,
  `version` VARCHAR(255),
  `data` JSON NOT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/DiscussionModel.ts (Mongoose)
CREATE TABLE `discussions` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255),
  `organization` VARCHAR(255),
  `parentType` VARCHAR(255),
  `parentId` VARCHAR(255),
  `comments` JSON,
  `dateUpdated` DATETIME(3),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/IdeasModel.ts (Mongoose)
CREATE TABLE `ideas` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255),
  `text` TEXT,
  `archived` TINYINT(1),
  `details` TEXT,
  `userId` VARCHAR(255),
  `userName` VARCHAR(255),
  `source` VARCHAR(255),
  `organization` VARCHAR(255),
  `project` VARCHAR(255),
  `tags` JSON,
  `votes` JSON,
  `dateCreated` DATETIME(3),
  `dateUpdated` DATETIME(3),
  `impactScore` DOUBLE,
  `experimentLength` DOUBLE,
  `estimateParams` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/AIConversationModel.ts (BaseModel, zod schema aiConversationValidator)
CREATE TABLE `aiconversations` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  `dateCreated` DATETIME(3) NOT NULL,
  `dateUpdated` DATETIME(3) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `agentType` VARCHAR(255) NOT NULL,
  `title` TEXT NOT NULL,
  `messages` JSON NOT NULL,
  `isStreaming` TINYINT(1) NOT NULL,
  `lastStreamedAt` DATETIME(3) NOT NULL,
  `lastAccessedAt` DATETIME(3) NOT NULL,
  `messageCount` DOUBLE NOT NULL,
  `preview` TEXT NOT NULL,
  `model` VARCHAR(255),
  `feedback` JSON,
  `pendingAction` JSON,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id_1` (`id`),
  UNIQUE KEY `id_1_organization_1` (`id`, `organization`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/OAuthClientModel.ts (Mongoose)
CREATE TABLE `oauthclients` (
  `_id` CHAR(24) NOT NULL,
  `clientId` VARCHAR(255) NOT NULL,
  `clientName` VARCHAR(255),
  `redirectUris` JSON NOT NULL,
  `tokenEndpointAuthMethod` VARCHAR(255) DEFAULT 'none',
  `grantTypes` JSON,
  `responseTypes` JSON,
  `scope` TEXT,
  `clientUri` TEXT,
  `dateCreated` DATETIME(3),
  `expiresAt` DATETIME(3),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `clientId` (`clientId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/OAuthAuthCodeModel.ts (BaseModel, zod schema oauthAuthCodeValidator)
CREATE TABLE `oauthauthcodes` (
  `_id` CHAR(24) NOT NULL,
  `codeHash` VARCHAR(255) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  `dateCreated` DATETIME(3) NOT NULL,
  `dateUpdated` DATETIME(3) NOT NULL,
  `id` VARCHAR(255),
  `clientId` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `redirectUri` TEXT NOT NULL,
  `codeChallenge` VARCHAR(255) NOT NULL,
  `codeChallengeMethod` VARCHAR(255) NOT NULL,
  `scope` TEXT,
  `resource` TEXT,
  `used` TINYINT(1) NOT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `codeHash_1` (`codeHash`),
  UNIQUE KEY `codeHash_1_organization_1` (`codeHash`, `organization`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/OAuthRefreshTokenModel.ts (BaseModel, zod schema oauthRefreshTokenValidator)
CREATE TABLE `oauthrefreshtokens` (
  `_id` CHAR(24) NOT NULL,
  `tokenHash` VARCHAR(255) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  `dateCreated` DATETIME(3) NOT NULL,
  `dateUpdated` DATETIME(3) NOT NULL,
  `id` VARCHAR(255),
  `clientId` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `scope` TEXT,
  `resource` TEXT,
  `expiresAt` DATETIME(3) NOT NULL,
  `consumedAt` DATETIME(3),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `tokenHash_1` (`tokenHash`),
  UNIQUE KEY `tokenHash_1_organization_1` (`tokenHash`, `organization`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/OAuthGrantModel.ts (BaseModel, zod schema oauthGrantValidator)
CREATE TABLE `oauthgrants` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  `dateCreated` DATETIME(3) NOT NULL,
  `dateUpdated` DATETIME(3) NOT NULL,
  `clientId` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `scope` TEXT,
  `resource` TEXT,
  `revoked` TINYINT(1) NOT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id_1_organization_1` (`id`, `organization`),
  UNIQUE KEY `organization_1_clientId_1_userId_1` (`organization`, `clientId`, `userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/SSOConnectionModel.ts (Mongoose)
CREATE TABLE `ssoconnections` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255),
  `emailDomains` JSON,
  `organization` VARCHAR(255),
  `disabled` TINYINT(1),
  `dateCreated` DATETIME(3),
  `idpType` VARCHAR(255),
  `clientId` VARCHAR(255),
  `clientSecret` VARCHAR(255),
  `extraQueryParams` JSON,
  `additionalScope` VARCHAR(255),
  `metadata` JSON,
  `baseURL` TEXT,
  `tenantId` VARCHAR(255),
  `audience` VARCHAR(255),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `organization` (`organization`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/InstallationModel.ts (Mongoose)
CREATE TABLE `installations` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255),
  `name` VARCHAR(255),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/ProjectModel.ts (BaseModel, zod schema projectValidator)
CREATE TABLE `projects` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  `dateCreated` DATETIME(3) NOT NULL,
  `dateUpdated` DATETIME(3) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `publicId` VARCHAR(255),
  `settings` JSON,
  `managedBy` JSON,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id_1` (`id`),
  UNIQUE KEY `id_1_organization_1` (`id`, `organization`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/TagModel.ts (Mongoose)
CREATE TABLE `tags` (
  `_id` CHAR(24) NOT NULL,
  `organization` VARCHAR(255),
  `tags` JSON,
  `settings` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/CustomFieldModel.ts (BaseModel, zod schema customFieldsValidator)
CREATE TABLE `customfields` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  `fields` JSON NOT NULL,
  `dateCreated` DATETIME(3) NOT NULL,
  `dateUpdated` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id_1_organization_1` (`id`, `organization`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/DataSourceModel.ts (Mongoose)
CREATE TABLE `datasources` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255),
  `name` VARCHAR(255),
  `description` TEXT,
  `organization` VARCHAR(255),
  `dateCreated` DATETIME(3),
  `dateUpdated` DATETIME(3),
  `type` VARCHAR(255),
  `params` TEXT,
  `projects` JSON,
  `settings` JSON,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id_1_organization_1` (`id`, `organization`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/SegmentModel.ts (BaseModel, zod schema segmentValidator)
CREATE TABLE `segments` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  `owner` VARCHAR(255) NOT NULL,
  `datasource` VARCHAR(255) NOT NULL,
  `dateCreated` DATETIME(3) NOT NULL,
  `dateUpdated` DATETIME(3) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NOT NULL,
  `userIdType` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `managedBy` VARCHAR(255),
  `sql` TEXT,
  `factTableId` VARCHAR(255),
  `filters` JSON,
  `projects` JSON,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id_1_organization_1` (`id`, `organization`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/SavedGroupModel.ts (BaseModel, zod schema savedGroupValidator)
CREATE TABLE `savedgroups` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  `groupName` VARCHAR(255) NOT NULL,
  `owner` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `condition` TEXT,
  `attributeKey` VARCHAR(255),
  `values` JSON,
  `dateUpdated` DATETIME(3) NOT NULL,
  `dateCreated` DATETIME(3) NOT NULL,
  `description` TEXT,
  `projects` JSON,
  `useEmptyListGroup` TINYINT(1),
  `archived` TINYINT(1),
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id_1` (`id`),
  UNIQUE KEY `id_1_organization_1` (`id`, `organization`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/ArchetypeModel.ts (Mongoose)
CREATE TABLE `archetypes` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255),
  `organization` VARCHAR(255),
  `name` VARCHAR(255),
  `description` TEXT,
  `owner` VARCHAR(255),
  `isPublic` TINYINT(1),
  `projects` JSON,
  `environments` JSON,
  `dateCreated` DATETIME(3),
  `dateUpdated` DATETIME(3),
  `attributes` TEXT,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/FeatureModel.ts (Mongoose)
CREATE TABLE `features` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255),
  `archived` TINYINT(1),
  `description` TEXT,
  `organization` VARCHAR(255),
  `nextScheduledUpdate` DATETIME(3),
  `owner` VARCHAR(255),
  `project` VARCHAR(255),
  `targetingAllProjects` TINYINT(1),
  `targetingProjects` JSON,
  `dateCreated` DATETIME(3),
  `dateUpdated` DATETIME(3),
  `version` DOUBLE,
  `valueType` VARCHAR(255),
  `defaultValue` TEXT,
  `baseConfig` VARCHAR(255),
  `environments` JSON,
  `tags` JSON,
  `rules` JSON,
  `prerequisites` JSON,
  `environmentSettings` JSON,
  `draft` JSON,
  `legacyDraftMigrated` TINYINT(1),
  `revision` JSON,
  `linkedExperiments` JSON,
  `jsonSchema` JSON,
  `neverStale` TINYINT(1),
  `customFields` JSON,
  `holdout` JSON,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id_1_organization_1` (`id`, `organization`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/FeatureRevisionModel.ts (Mongoose)
CREATE TABLE `featurerevisions` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255),
  `organization` VARCHAR(255),
  `featureId` VARCHAR(255),
  `createdBy` JSON,
  `version` DOUBLE,
  `baseVersion` DOUBLE,
  `approvedBaseVersion` DOUBLE,
  `revertedFrom` DOUBLE,
  `dateCreated` DATETIME(3),
  `dateUpdated` DATETIME(3),
  `datePublished` DATETIME(3),
  `publishedBy` JSON,
  `comment` TEXT,
  `title` TEXT,
  `revertedFromVersion` DOUBLE,
  `defaultValue` TEXT,
  `rules` JSON,
  `environmentsEnabled` JSON,
  `prerequisites` JSON,
  `archived` TINYINT(1),
  `metadata` JSON,
  `holdout` JSON,
  `rampActions` JSON,
  `contributors` JSON,
  `reviews` JSON,
  `status` VARCHAR(255),
  `requiresReview` TINYINT(1),
  `reviewCycle` DOUBLE,
  `autoPublishOnApproval` TINYINT(1),
  `autoPublishEnabledBy` VARCHAR(255),
  `scheduledPublishAt` DATETIME(3),
  `scheduledPublishLockEdits` TINYINT(1),
  `scheduledPublishLockOthers` TINYINT(1),
  `scheduledPublishBypassApproval` TINYINT(1),
  `scheduledPublishAttempts` DOUBLE,
  `scheduledPublishLastError` TEXT,
  `scheduledPublishNextAttemptAt` DATETIME(3),
  `scheduledPublishGaveUpAt` DATETIME(3),
  `log` JSON,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `organization_1_featureId_1_version_1` (`organization`, `featureId`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/ExperimentModel.ts (Mongoose)
CREATE TABLE `experiments` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255),
  `uid` VARCHAR(255),
  `trackingKey` VARCHAR(255),
  `organization` VARCHAR(255),
  `project` VARCHAR(255),
  `owner` VARCHAR(255),
  `datasource` VARCHAR(255),
  `userIdType` VARCHAR(255),
  `exposureQueryId` VARCHAR(255),
  `hashAttribute` VARCHAR(255),
  `fallbackAttribute` VARCHAR(255),
  `hashVersion` DOUBLE,
  `disableStickyBucketing` TINYINT(1),
  `bucketVersion` DOUBLE,
  `minBucketVersion` DOUBLE,
  `name` VARCHAR(255),
  `dateCreated` DATETIME(3),
  `dateUpdated` DATETIME(3),
  `tags` JSON,
  `description` TEXT,
  `observations` TEXT,
  `hypothesis` TEXT,
  `pastNotifications` JSON,
  `metricOverrides` JSON,
  `lookbackOverride` JSON,
  `decisionFrameworkSettings` JSON,
  `metrics` JSON,
  `guardrails` JSON,
  `goalMetrics` JSON,
  `secondaryMetrics` JSON,
  `guardrailMetrics` JSON,
  `activationMetric` VARCHAR(255),
  `segment` VARCHAR(255),
  `queryFilter` TEXT,
  `skipPartialData` TINYINT(1),
  `attributionModel` VARCHAR(255),
  `archived` TINYINT(1),
  `status` VARCHAR(255),
  `statusUpdateSchedule` JSON,
  `nextScheduledStatusUpdate` JSON,
  `results` TEXT,
  `analysis` TEXT,
  `winner` DOUBLE,
  `releasedVariationId` VARCHAR(255),
  `excludeFromPayload` TINYINT(1),
  `currentPhase` DOUBLE,
  `autoAssign` TINYINT(1),
  `implementation` TEXT,
  `previewURL` TEXT,
  `targetURLRegex` TEXT,
  `variations` JSON,
  `phases` JSON,
  `data` TEXT,
  `lastSnapshotAttempt` DATETIME(3),
  `nextSnapshotAttempt` DATETIME(3),
  `autoSnapshots` TINYINT(1),
  `disableAutoSnapshots` TINYINT(1),
  `ideaSource` VARCHAR(255),
  `regressionAdjustmentEnabled` TINYINT(1),
  `postStratificationEnabled` TINYINT(1),
  `hasVisualChangesets` TINYINT(1),
  `hasURLRedirects` TINYINT(1),
  `linkedFeatures` JSON,
  `pendingFeatureDrafts` JSON,
  `sequentialTestingEnabled` TINYINT(1),
  `sequentialTestingTuningParameter` DOUBLE,
  `statsEngine` VARCHAR(255),
  `manualLaunchChecklist` JSON,
  `type` VARCHAR(255),
  `banditStage` VARCHAR(255),
  `banditStageDateStarted` DATETIME(3),
  `banditScheduleValue` DOUBLE,
  `banditScheduleUnit` VARCHAR(255),
  `banditBurnInValue` DOUBLE,
  `banditBurnInUnit` VARCHAR(255),
  `banditConversionWindowValue` DOUBLE,
  `banditConversionWindowUnit` VARCHAR(255),
  `customFields` JSON,
  `templateId` VARCHAR(255),
  `shareLevel` VARCHAR(255),
  `analysisSummary` JSON,
  `dismissedWarnings` JSON,
  `holdoutId` VARCHAR(255),
  `defaultDashboardId` VARCHAR(255),
  `customMetricSlices` JSON,
  `precomputedUnitDimensionIds` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/SdkConnectionModel.ts (Mongoose)
CREATE TABLE `sdkconnections` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255),
  `organization` VARCHAR(255),
  `name` VARCHAR(255),
  `dateCreated` DATETIME(3),
  `dateUpdated` DATETIME(3),
  `languages` JSON,
  `sdkVersion` VARCHAR(255),
  `environment` VARCHAR(255),
  `project` VARCHAR(255),
  `projects` JSON,
  `encryptPayload` TINYINT(1),
  `encryptionKey` VARCHAR(255),
  `hashSecureAttributes` TINYINT(1),
  `includeVisualExperiments` TINYINT(1),
  `includeDraftExperiments` TINYINT(1),
  `includeDraftExperimentRefs` TINYINT(1),
  `includeExperimentNames` TINYINT(1),
  `includeRedirectExperiments` TINYINT(1),
  `includeRuleIds` TINYINT(1),
  `includeProjectIdInMetadata` TINYINT(1),
  `includeCustomFieldsInMetadata` TINYINT(1),
  `allowedCustomFieldsInMetadata` JSON,
  `includeTagsInMetadata` TINYINT(1),
  `includeExperimentScheduleInMetadata` TINYINT(1),
  `connected` TINYINT(1),
  `remoteEvalEnabled` TINYINT(1),
  `savedGroupReferencesEnabled` TINYINT(1),
  `eventTracker` VARCHAR(255),
  `managedBy` JSON,
  `key` VARCHAR(255),
  `proxy` JSON,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id` (`id`),
  UNIQUE KEY `key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/EventWebhookModel.ts (Mongoose)
CREATE TABLE `eventwebhooks` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `headers` JSON,
  `method` VARCHAR(255),
  `payloadType` VARCHAR(255),
  `projects` JSON,
  `tags` JSON,
  `environments` JSON,
  `dateCreated` DATETIME(3) NOT NULL,
  `dateUpdated` DATETIME(3) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `events` JSON NOT NULL,
  `url` TEXT NOT NULL,
  `signingKey` VARCHAR(255) NOT NULL,
  `lastRunAt` DATETIME(3),
  `lastState` TEXT NOT NULL,
  `lastResponseBody` TEXT,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/EventWebHookLogModel.ts (Mongoose)
CREATE TABLE `eventwebhooklogs` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `event` VARCHAR(255),
  `url` TEXT,
  `method` VARCHAR(255),
  `eventWebHookId` VARCHAR(255) NOT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  `dateCreated` DATETIME(3) NOT NULL,
  `responseCode` DOUBLE,
  `responseBody` TEXT,
  `result` VARCHAR(255) NOT NULL,
  `payload` JSON NOT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/SlackIntegrationModel.ts (Mongoose)
CREATE TABLE `slackintegrations` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `dateCreated` DATETIME(3) NOT NULL,
  `dateUpdated` DATETIME(3) NOT NULL,
  `projects` JSON NOT NULL,
  `environments` JSON NOT NULL,
  `events` JSON NOT NULL,
  `tags` JSON NOT NULL,
  `slackAppId` VARCHAR(255) NOT NULL,
  `slackIncomingWebHook` TEXT NOT NULL,
  `slackSigningKey` VARCHAR(255) NOT NULL,
  `linkedByUserId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/back-end/src/models/WebhookSecretModel.ts (BaseModel, zod schema webhookSecretSchema)
CREATE TABLE `webhooksecrets` (
  `_id` CHAR(24) NOT NULL,
  `id` VARCHAR(255) NOT NULL,
  `organization` VARCHAR(255) NOT NULL,
  `dateCreated` DATETIME(3) NOT NULL,
  `dateUpdated` DATETIME(3) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  `allowedOrigins` JSON,
  `description` TEXT,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `id_1_organization_1` (`id`, `organization`),
  UNIQUE KEY `organization_1_key_1` (`organization`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- crowd.dev (CrowdDotDev/crowd.dev, now the Linux Foundation's LFX Community Data Platform): developer-relations /
-- community platform (community members and their identities on GitHub, Discord, Slack ..., activities,
-- organizations and affiliations, merge suggestions, enrichment, staff users and tenants, audit log, API keys).
-- Upstream: github.com/CrowdDotDev/crowd.dev, commit bc2e323d3c86e9c8a3e5b8297e9cb83e5c4ae41d (2026-03-20),
-- Apache-2.0. Made by replaying the 302 Flyway migrations backend/src/database/migrations/V*.sql into PostgreSQL 15
-- (the one that creates a logical replication slot for Sequin skipped), then writing the tables as MySQL DDL:
-- uuid -> CHAR(36), text -> TEXT (VARCHAR(191) where part of a key), varchar(n) kept, timestamptz/timestamp ->
-- DATETIME(6), jsonb/json and arrays -> JSON, enums -> ENUM, bool -> TINYINT(1); primary keys, unique constraints
-- and non-partial unique indexes, and foreign keys between kept tables; function defaults (uuid generation) left out.
-- 58 of 77 tables kept (left out: backup copies, old_* tables, *Raw merge tables, dashboard snapshots, security-
-- insights and criticality-score tables, repository groups and collection link tables, LLM prompt history,
-- orphan-cleanup runs).

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `fullName` VARCHAR(255),
  `firstName` VARCHAR(80),
  `password` VARCHAR(255),
  `emailVerified` TINYINT(1) NOT NULL DEFAULT 0,
  `emailVerificationToken` VARCHAR(255),
  `emailVerificationTokenExpiresAt` DATETIME(6),
  `provider` VARCHAR(255),
  `providerId` VARCHAR(2024),
  `passwordResetToken` VARCHAR(255),
  `passwordResetTokenExpiresAt` DATETIME(6),
  `lastName` VARCHAR(175),
  `phoneNumber` VARCHAR(24),
  `email` VARCHAR(255) NOT NULL,
  `jwtTokenInvalidBefore` DATETIME(6),
  `importHash` VARCHAR(255),
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` CHAR(36),
  `updatedById` CHAR(36),
  `acceptedTermsAndPrivacy` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `users_updatedById_fkey` FOREIGN KEY (`updatedById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tenants` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `url` VARCHAR(50) NOT NULL,
  `integrationsRequired` JSON,
  `communitySize` VARCHAR(50),
  `plan` ENUM('Essential','Growth','Eagle Eye','Enterprise','Scale') NOT NULL,
  `onboardedAt` DATETIME(6),
  `hasSampleData` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `createdById` CHAR(36),
  `updatedById` CHAR(36),
  `isTrialPlan` TINYINT(1) NOT NULL DEFAULT 0,
  `trialEndsAt` DATETIME(6),
  `planSubscriptionEndsAt` DATETIME(6),
  `stripeSubscriptionId` TEXT,
  `reasonForUsingCrowd` VARCHAR(255),
  `priorityLevel` VARCHAR(255),
  `memberMergeSuggestionsLastGeneratedAt` DATETIME(6),
  `affiliationsLastCheckedAt` DATETIME(6),
  `organizationMergeSuggestionsLastGeneratedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `tenants_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `tenants_updatedById_fkey` FOREIGN KEY (`updatedById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tenantUsers` (
  `id` CHAR(36) NOT NULL,
  `roles` JSON,
  `invitationToken` VARCHAR(255),
  `status` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `tenantId` CHAR(36),
  `userId` CHAR(36) NOT NULL,
  `createdById` CHAR(36),
  `updatedById` CHAR(36),
  `settings` JSON DEFAULT '{"eagleEye": {"onboarded": false}, "isEagleEyeGuideDismissed": false, "isQuickstartGuideDismissed": false}',
  `invitedById` CHAR(36),
  `adminSegments` JSON NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`),
  CONSTRAINT `tenantUsers_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `tenantUsers_invitedById_fkey` FOREIGN KEY (`invitedById`) REFERENCES `users` (`id`),
  CONSTRAINT `tenantUsers_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `tenantUsers_updatedById_fkey` FOREIGN KEY (`updatedById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `tenantUsers_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` VARCHAR(255) NOT NULL DEFAULT 'default',
  `website` VARCHAR(255),
  `backgroundImageUrl` VARCHAR(1024),
  `logoUrl` VARCHAR(1024),
  `attributeSettings` JSON NOT NULL DEFAULT '{"priorities": ["custom", "twitter", "github", "linkedin", "reddit", "devto", "slack", "discord", "hackernews", "enrichment", "crowd"]}',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `tenantId` CHAR(36) NOT NULL,
  `createdById` CHAR(36),
  `updatedById` CHAR(36),
  `slackWebHook` TEXT,
  `organizationsViewed` TINYINT(1),
  `contactsViewed` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `settings_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `settings_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `settings_updatedById_fkey` FOREIGN KEY (`updatedById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `systemSettings` (
  `name` VARCHAR(255) NOT NULL,
  `value` JSON NOT NULL,
  `description` TEXT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segments` (
  `id` CHAR(36) NOT NULL,
  `url` TEXT,
  `name` TEXT,
  `parentName` TEXT,
  `grandparentName` TEXT,
  `slug` TEXT NOT NULL,
  `parentSlug` TEXT,
  `grandparentSlug` TEXT,
  `status` ENUM('active','archived','formation','prospect') NOT NULL,
  `description` TEXT,
  `sourceId` TEXT,
  `sourceParentId` TEXT,
  `customActivityTypes` JSON DEFAULT '{}',
  `activityChannels` JSON DEFAULT '{}',
  `tenantId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `dashboardCacheLastRefreshedAt` DATETIME(6),
  `parentId` CHAR(36),
  `grandparentId` CHAR(36),
  `type` TEXT,
  `isLF` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `segments_slug_parentSlug_grandparentSlug_tenantId_key` (`slug`, `parentSlug`, `grandparentSlug`, `tenantId`),
  CONSTRAINT `segments_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segmentActivityChannels` (
  `id` CHAR(36) NOT NULL,
  `tenantId` CHAR(36) NOT NULL,
  `segmentId` CHAR(36) NOT NULL,
  `platform` TEXT NOT NULL,
  `channel` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_segment_activity_channel` (`tenantId`, `segmentId`, `platform`, `channel`),
  CONSTRAINT `segmentActivityChannels_segmentId_fkey` FOREIGN KEY (`segmentId`) REFERENCES `segments` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `segmentActivityChannels_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integrations` (
  `id` CHAR(36) NOT NULL,
  `platform` TEXT,
  `status` TEXT,
  `token` TEXT,
  `refreshToken` TEXT,
  `settings` JSON DEFAULT '{}',
  `integrationIdentifier` TEXT,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `tenantId` CHAR(36) NOT NULL,
  `createdById` CHAR(36),
  `updatedById` CHAR(36),
  `segmentId` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `integrations_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `integrations_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `integrations_updatedById_fkey` FOREIGN KEY (`updatedById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `githubInstallations` (
  `id` CHAR(36) NOT NULL,
  `installationId` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `numRepos` INT NOT NULL,
  `login` VARCHAR(255) NOT NULL,
  `avatarUrl` TEXT,
  `createdAt` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `githubInstallations_installationId_key` (`installationId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `incomingWebhooks` (
  `id` CHAR(36) NOT NULL,
  `tenantId` CHAR(36) NOT NULL,
  `integrationId` CHAR(36) NOT NULL,
  `state` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `payload` JSON NOT NULL,
  `processedAt` DATETIME(6),
  `error` JSON,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `retries` INT DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `members` (
  `id` CHAR(36) NOT NULL,
  `attributes` JSON DEFAULT '{}',
  `displayName` TEXT NOT NULL,
  `score` INT,
  `joinedAt` DATETIME(6) NOT NULL,
  `importHash` VARCHAR(255),
  `reach` JSON DEFAULT '{"total": -1}',
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `tenantId` CHAR(36) NOT NULL,
  `createdById` CHAR(36),
  `updatedById` CHAR(36),
  `contributions` JSON,
  `enrichedBy` JSON,
  `manuallyCreated` TINYINT(1) NOT NULL DEFAULT 0,
  `manuallyChangedFields` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `members_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `members_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `members_updatedById_fkey` FOREIGN KEY (`updatedById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberIdentities` (
  `memberId` CHAR(36) NOT NULL,
  `platform` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  `sourceId` TEXT,
  `tenantId` CHAR(36) NOT NULL,
  `integrationId` CHAR(36),
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `type` VARCHAR(255) NOT NULL,
  `verified` TINYINT(1) NOT NULL DEFAULT 1,
  `id` CHAR(36) NOT NULL,
  `deletedAt` DATETIME(6),
  `source` VARCHAR(255),
  `verifiedBy` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `memberIdentities_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `members` (`id`) ON DELETE CASCADE,
  CONSTRAINT `memberIdentities_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` CHAR(36) NOT NULL,
  `description` TEXT,
  `logo` TEXT,
  `tags` JSON,
  `employees` INT,
  `revenueRange` JSON,
  `importHash` VARCHAR(255),
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `tenantId` CHAR(36) NOT NULL,
  `createdById` CHAR(36),
  `updatedById` CHAR(36),
  `location` TEXT,
  `old_github` JSON,
  `old_website` TEXT,
  `isTeamOrganization` TINYINT(1) NOT NULL DEFAULT 0,
  `lastEnrichedAt` DATETIME(6),
  `type` TEXT,
  `size` TEXT,
  `headline` TEXT,
  `industry` TEXT,
  `founded` INT,
  `displayName` TEXT,
  `employeeChurnRate` JSON,
  `employeeGrowthRate` JSON,
  `manuallyCreated` TINYINT(1) NOT NULL DEFAULT 0,
  `isAffiliationBlocked` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `organizations_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `organizations_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `organizations_updatedById_fkey` FOREIGN KEY (`updatedById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberOrganizations` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `memberId` CHAR(36) NOT NULL,
  `organizationId` CHAR(36) NOT NULL,
  `dateStart` DATETIME(6),
  `dateEnd` DATETIME(6),
  `title` VARCHAR(255),
  `id` CHAR(36) NOT NULL,
  `source` VARCHAR(255),
  `deletedAt` DATETIME(6),
  `verified` TINYINT(1) NOT NULL DEFAULT 0,
  `verifiedBy` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `memberOrganizations_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `members` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `memberOrganizations_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberOrganizationAffiliationOverrides` (
  `id` CHAR(36) NOT NULL,
  `memberId` CHAR(36) NOT NULL,
  `memberOrganizationId` CHAR(36) NOT NULL,
  `allowAffiliation` TINYINT(1),
  `isPrimaryWorkExperience` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `memberOrganizationAffiliation_memberId_memberOrganizationId_key` (`memberId`, `memberOrganizationId`),
  CONSTRAINT `memberOrganizationAffiliationOverride_memberOrganizationId_fkey` FOREIGN KEY (`memberOrganizationId`) REFERENCES `memberOrganizations` (`id`),
  CONSTRAINT `memberOrganizationAffiliationOverrides_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `members` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberSegmentAffiliations` (
  `id` CHAR(36) NOT NULL,
  `memberId` CHAR(36) NOT NULL,
  `segmentId` CHAR(36) NOT NULL,
  `organizationId` CHAR(36),
  `dateStart` DATETIME(6),
  `dateEnd` DATETIME(6),
  `verified` TINYINT(1) NOT NULL DEFAULT 0,
  `verifiedBy` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `memberSegmentAffiliations_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `members` (`id`) ON DELETE CASCADE,
  CONSTRAINT `memberSegmentAffiliations_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `memberSegmentAffiliations_segmentId_fkey` FOREIGN KEY (`segmentId`) REFERENCES `segments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberSegments` (
  `memberId` CHAR(36) NOT NULL,
  `segmentId` CHAR(36) NOT NULL,
  `tenantId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY `memberSegments_memberId_segmentId_tenantId_key` (`memberId`, `segmentId`, `tenantId`),
  CONSTRAINT `memberSegments_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `members` (`id`),
  CONSTRAINT `memberSegments_segmentId_fkey` FOREIGN KEY (`segmentId`) REFERENCES `segments` (`id`),
  CONSTRAINT `memberSegments_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberSegmentsAgg` (
  `memberId` CHAR(36) NOT NULL,
  `segmentId` CHAR(36) NOT NULL,
  `tenantId` CHAR(36) NOT NULL,
  `activityCount` BIGINT NOT NULL,
  `lastActive` DATETIME(6) NOT NULL,
  `activityTypes` JSON NOT NULL,
  `activeOn` JSON NOT NULL,
  `averageSentiment` DECIMAL(5,2),
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`segmentId`, `memberId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberAttributeSettings` (
  `id` CHAR(36) NOT NULL,
  `type` ENUM('boolean','number','email','string','url','date','multiSelect','special') NOT NULL,
  `canDelete` TINYINT(1) NOT NULL DEFAULT 1,
  `show` TINYINT(1) NOT NULL DEFAULT 1,
  `label` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `tenantId` CHAR(36) NOT NULL,
  `createdById` CHAR(36),
  `updatedById` CHAR(36),
  `options` JSON DEFAULT '{}',
  PRIMARY KEY (`id`),
  UNIQUE KEY `member_attribute_settings_name_tenant_id` (`name`, `tenantId`),
  CONSTRAINT `memberAttributeSettings_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `memberAttributeSettings_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `memberAttributeSettings_updatedById_fkey` FOREIGN KEY (`updatedById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberToMerge` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `memberId` CHAR(36) NOT NULL,
  `toMergeId` CHAR(36) NOT NULL,
  `similarity` DOUBLE,
  `activityEstimate` INT,
  PRIMARY KEY (`memberId`, `toMergeId`),
  CONSTRAINT `memberToMerge_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `members` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `memberToMerge_toMergeId_fkey` FOREIGN KEY (`toMergeId`) REFERENCES `members` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberNoMerge` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `memberId` CHAR(36) NOT NULL,
  `noMergeId` CHAR(36) NOT NULL,
  PRIMARY KEY (`memberId`, `noMergeId`),
  CONSTRAINT `memberNoMerge_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `members` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `memberNoMerge_noMergeId_fkey` FOREIGN KEY (`noMergeId`) REFERENCES `members` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberNoBot` (
  `id` CHAR(36) NOT NULL,
  `memberId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `memberNoBot_memberId_key` (`memberId`),
  CONSTRAINT `memberNoBot_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `members` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberBotSuggestions` (
  `id` CHAR(36) NOT NULL,
  `memberId` CHAR(36) NOT NULL,
  `confidence` DOUBLE NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `memberBotSuggestions_memberId_key` (`memberId`),
  CONSTRAINT `memberBotSuggestions_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `members` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberEnrichmentCache` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `memberId` CHAR(36) NOT NULL,
  `data` JSON,
  `source` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`memberId`, `source`),
  CONSTRAINT `memberEnrichmentCache_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `members` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberEnrichments` (
  `memberId` CHAR(36) NOT NULL,
  `lastTriedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `lastUpdatedAt` DATETIME(6),
  PRIMARY KEY (`memberId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `requestedForErasureMemberIdentities` (
  `id` CHAR(36) NOT NULL,
  `platform` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizationIdentities` (
  `organizationId` CHAR(36) NOT NULL,
  `platform` VARCHAR(191) NOT NULL,
  `sourceId` TEXT,
  `tenantId` CHAR(36) NOT NULL,
  `integrationId` CHAR(36),
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `verified` TINYINT(1) NOT NULL DEFAULT 0,
  `type` VARCHAR(255) NOT NULL,
  `value` VARCHAR(191) NOT NULL,
  `source` VARCHAR(255),
  PRIMARY KEY (`organizationId`, `platform`, `type`, `value`),
  CONSTRAINT `organizationIdentities_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `organizationIdentities_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orgAttributes` (
  `id` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `organizationId` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `source` VARCHAR(255) NOT NULL,
  `default` TINYINT(1) NOT NULL DEFAULT 0,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `orgAttributes_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizationSegments` (
  `organizationId` CHAR(36) NOT NULL,
  `segmentId` CHAR(36) NOT NULL,
  `tenantId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY `organizationSegments_organizationId_segmentId_tenantId_key` (`organizationId`, `segmentId`, `tenantId`),
  CONSTRAINT `organizationSegments_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`),
  CONSTRAINT `organizationSegments_segmentId_fkey` FOREIGN KEY (`segmentId`) REFERENCES `segments` (`id`),
  CONSTRAINT `organizationSegments_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizationSegmentsAgg` (
  `organizationId` CHAR(36) NOT NULL,
  `segmentId` CHAR(36) NOT NULL,
  `tenantId` CHAR(36) NOT NULL,
  `joinedAt` DATETIME(6) NOT NULL,
  `lastActive` DATETIME(6) NOT NULL,
  `activeOn` JSON NOT NULL,
  `activityCount` BIGINT NOT NULL,
  `memberCount` BIGINT NOT NULL,
  `avgContributorEngagement` INT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`segmentId`, `organizationId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizationToMerge` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `organizationId` CHAR(36) NOT NULL,
  `toMergeId` CHAR(36) NOT NULL,
  `similarity` DOUBLE,
  `status` VARCHAR(16) NOT NULL DEFAULT 'ready',
  PRIMARY KEY (`organizationId`, `toMergeId`),
  CONSTRAINT `organizationToMerge_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `organizationToMerge_toMergeId_fkey` FOREIGN KEY (`toMergeId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizationNoMerge` (
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `organizationId` CHAR(36) NOT NULL,
  `noMergeId` CHAR(36) NOT NULL,
  PRIMARY KEY (`organizationId`, `noMergeId`),
  CONSTRAINT `organizationNoMerge_noMergeId_fkey` FOREIGN KEY (`noMergeId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `organizationNoMerge_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizationEnrichmentCache` (
  `organizationId` CHAR(36) NOT NULL,
  `data` JSON,
  `source` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`organizationId`, `source`),
  CONSTRAINT `organizationEnrichmentCache_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizationEnrichments` (
  `organizationId` CHAR(36) NOT NULL,
  `lastTriedAt` DATETIME(6),
  `lastUpdatedAt` DATETIME(6),
  PRIMARY KEY (`organizationId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lfxMemberships` (
  `id` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `tenantId` CHAR(36) NOT NULL,
  `organizationId` CHAR(36),
  `segmentId` CHAR(36),
  `accountName` TEXT NOT NULL,
  `parentAccount` TEXT,
  `project` TEXT,
  `productName` TEXT NOT NULL,
  `purchaseHistoryName` TEXT NOT NULL,
  `installDate` DATE NOT NULL,
  `usageEndDate` DATE NOT NULL,
  `status` TEXT NOT NULL,
  `priceCurrency` TEXT NOT NULL,
  `price` INT NOT NULL,
  `productFamily` TEXT NOT NULL,
  `tier` TEXT NOT NULL,
  `accountDomain` TEXT NOT NULL,
  `domainAlias` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `lfxMemberships_tenantId_segmentId_accountName_key` (`tenantId`, `segmentId`, `accountName`),
  CONSTRAINT `lfxMemberships_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `lfxMemberships_segmentId_fkey` FOREIGN KEY (`segmentId`) REFERENCES `segments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `lfxMemberships_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversations` (
  `id` CHAR(36) NOT NULL,
  `title` TEXT NOT NULL,
  `slug` TEXT NOT NULL,
  `published` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `tenantId` CHAR(36) NOT NULL,
  `createdById` CHAR(36),
  `updatedById` CHAR(36),
  `segmentId` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `conversations_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `conversations_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `conversations_updatedById_fkey` FOREIGN KEY (`updatedById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities` (
  `id` CHAR(36) NOT NULL,
  `type` TEXT NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `platform` TEXT NOT NULL,
  `isContribution` TINYINT(1) NOT NULL DEFAULT 0,
  `score` INT DEFAULT 2,
  `sourceId` TEXT NOT NULL,
  `sourceParentId` VARCHAR(255),
  `attributes` JSON NOT NULL DEFAULT '{}',
  `channel` TEXT,
  `body` TEXT,
  `title` TEXT,
  `url` TEXT,
  `sentiment` JSON DEFAULT '{}',
  `importHash` VARCHAR(255),
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `memberId` CHAR(36) NOT NULL,
  `conversationId` CHAR(36),
  `parentId` CHAR(36),
  `tenantId` CHAR(36) NOT NULL,
  `createdById` CHAR(36),
  `updatedById` CHAR(36),
  `username` TEXT NOT NULL,
  `objectMemberId` CHAR(36),
  `objectMemberUsername` TEXT,
  `segmentId` CHAR(36),
  `organizationId` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_unique_activities_tenantid_platform_type_sourceid_segmentid_` (`tenantId`, `platform`, `type`, `sourceId`, `segmentId`, `channel`),
  CONSTRAINT `activities_conversationId_fkey` FOREIGN KEY (`conversationId`) REFERENCES `conversations` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `activities_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `activities_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `members` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `activities_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE SET NULL,
  CONSTRAINT `activities_parentId_fkey` FOREIGN KEY (`parentId`) REFERENCES `activities` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `activities_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `activities_updatedById_fkey` FOREIGN KEY (`updatedById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activityRelations` (
  `activityId` CHAR(36) NOT NULL,
  `memberId` CHAR(36) NOT NULL,
  `objectMemberId` CHAR(36),
  `organizationId` CHAR(36),
  `conversationId` CHAR(36),
  `parentId` CHAR(36),
  `segmentId` CHAR(36) NOT NULL,
  `platform` TEXT NOT NULL,
  `username` TEXT NOT NULL,
  `objectMemberUsername` TEXT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `sourceId` VARCHAR(150),
  `type` VARCHAR(50),
  `timestamp` DATETIME(6),
  `sourceParentId` VARCHAR(150),
  `channel` VARCHAR(150),
  `sentimentScore` SMALLINT,
  `gitInsertions` INT,
  `gitDeletions` INT,
  `score` SMALLINT,
  `isContribution` TINYINT(1),
  `pullRequestReviewState` VARCHAR(20),
  PRIMARY KEY (`activityId`),
  UNIQUE KEY `activityRelations_activityId_memberId_key` (`activityId`, `memberId`),
  UNIQUE KEY `ix_unique_activity_relations_dedup_key` (`timestamp`, `platform`, `type`, `sourceId`, `channel`, `segmentId`),
  CONSTRAINT `activityRelations_conversationId_fkey` FOREIGN KEY (`conversationId`) REFERENCES `conversations` (`id`) ON DELETE SET NULL,
  CONSTRAINT `activityRelations_memberId_fkey` FOREIGN KEY (`memberId`) REFERENCES `members` (`id`) ON DELETE CASCADE,
  CONSTRAINT `activityRelations_objectMemberId_fkey` FOREIGN KEY (`objectMemberId`) REFERENCES `members` (`id`) ON DELETE SET NULL,
  CONSTRAINT `activityRelations_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE SET NULL,
  CONSTRAINT `activityRelations_segmentId_fkey` FOREIGN KEY (`segmentId`) REFERENCES `segments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activityTypes` (
  `id` CHAR(36) NOT NULL,
  `activityType` VARCHAR(150),
  `platform` VARCHAR(150),
  `isCodeContribution` TINYINT(1),
  `isCollaboration` TINYINT(1),
  `createdAt` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `description` TEXT NOT NULL,
  `label` VARCHAR(300),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversationSettings` (
  `id` CHAR(36) NOT NULL,
  `enabled` TINYINT(1) DEFAULT 0,
  `customUrl` TEXT,
  `logoUrl` TEXT,
  `faviconUrl` TEXT,
  `theme` JSON,
  `autoPublish` JSON,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `tenantId` CHAR(36),
  `createdById` CHAR(36),
  `updatedById` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `conversationSettings_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `conversationSettings_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `conversationSettings_updatedById_fkey` FOREIGN KEY (`updatedById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mergeActions` (
  `id` CHAR(36) NOT NULL,
  `tenantId` CHAR(36) NOT NULL,
  `type` VARCHAR(16) NOT NULL,
  `primaryId` CHAR(36) NOT NULL,
  `secondaryId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `state` VARCHAR(16) NOT NULL,
  `unmergeBackup` JSON,
  `actionBy` CHAR(36),
  `step` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mergeActions_tenantId_type_primaryId_secondaryId_key` (`tenantId`, `type`, `primaryId`, `secondaryId`),
  CONSTRAINT `mergeActions_actionBy_fkey` FOREIGN KEY (`actionBy`) REFERENCES `users` (`id`),
  CONSTRAINT `mergeActions_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auditLogAction` (
  `id` CHAR(36) NOT NULL,
  `timestamp` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `ipAddress` VARCHAR(255),
  `userAgent` VARCHAR(255),
  `requestId` CHAR(36) NOT NULL,
  `actionType` VARCHAR(255) NOT NULL,
  `success` TINYINT(1) NOT NULL,
  `entityId` CHAR(36) NOT NULL,
  `oldState` JSON NOT NULL,
  `newState` JSON NOT NULL,
  `diff` JSON NOT NULL,
  `error` JSON,
  `actorId` VARCHAR(255) NOT NULL,
  `actorType` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `apiKeys` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `keyHash` TEXT NOT NULL,
  `keyPrefix` TEXT NOT NULL,
  `scopes` JSON NOT NULL DEFAULT '{}',
  `expiresAt` DATETIME(6),
  `lastUsedAt` DATETIME(6),
  `createdById` TEXT,
  `revokedAt` DATETIME(6),
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `apiKeys_keyHash_key` (`keyHash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customViews` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `visibility` ENUM('user','tenant') NOT NULL,
  `config` JSON DEFAULT '{}',
  `placement` TEXT NOT NULL,
  `tenantId` CHAR(36) NOT NULL,
  `createdById` CHAR(36) NOT NULL,
  `updatedById` CHAR(36),
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6),
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `customViews_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`),
  CONSTRAINT `customViews_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`) ON DELETE CASCADE,
  CONSTRAINT `customViews_updatedById_fkey` FOREIGN KEY (`updatedById`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customViewOrders` (
  `id` CHAR(36) NOT NULL,
  `order` INT,
  `customViewId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6),
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_custom_view_order` (`userId`, `customViewId`),
  CONSTRAINT `customViewOrders_customViewId_fkey` FOREIGN KEY (`customViewId`) REFERENCES `customViews` (`id`) ON DELETE CASCADE,
  CONSTRAINT `customViewOrders_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eagleEyeContents` (
  `id` CHAR(36) NOT NULL,
  `platform` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `post` JSON NOT NULL,
  `tenantId` CHAR(36) NOT NULL,
  `postedAt` DATETIME(6) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `eagleEyeContents_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `eagleEyeActions` (
  `id` CHAR(36) NOT NULL,
  `type` ENUM('thumbs-up','thumbs-down','bookmark') NOT NULL,
  `timestamp` DATETIME(6) NOT NULL,
  `contentId` CHAR(36) NOT NULL,
  `tenantId` CHAR(36) NOT NULL,
  `actionById` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `eagleEyeActions_actionBy_fkey` FOREIGN KEY (`actionById`) REFERENCES `users` (`id`),
  CONSTRAINT `eagleEyeActions_contentId_fkey` FOREIGN KEY (`contentId`) REFERENCES `eagleEyeContents` (`id`) ON DELETE CASCADE,
  CONSTRAINT `eagleEyeActions_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `id` CHAR(36) NOT NULL,
  `belongsTo` VARCHAR(255) NOT NULL,
  `belongsToId` VARCHAR(255) NOT NULL,
  `belongsToColumn` VARCHAR(255) NOT NULL,
  `name` VARCHAR(2083) NOT NULL,
  `sizeInBytes` INT,
  `privateUrl` VARCHAR(2083),
  `publicUrl` VARCHAR(2083),
  `createdAt` DATETIME(6) NOT NULL,
  `updatedAt` DATETIME(6) NOT NULL,
  `deletedAt` DATETIME(6),
  `tenantId` CHAR(36),
  `createdById` CHAR(36),
  `updatedById` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `files_belongsToId_fkey` FOREIGN KEY (`belongsToId`) REFERENCES `settings` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `files_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `files_tenantId_fkey` FOREIGN KEY (`tenantId`) REFERENCES `tenants` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `files_updatedById_fkey` FOREIGN KEY (`updatedById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dataIssues` (
  `id` CHAR(36) NOT NULL,
  `entity` TEXT NOT NULL,
  `profileUrl` TEXT NOT NULL,
  `dataIssue` TEXT NOT NULL,
  `dataType` TEXT NOT NULL,
  `issueUrl` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `createdById` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `dataIssues_githubIssueUrl_key` (`issueUrl`),
  CONSTRAINT `dataIssues_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `llmSuggestionVerdicts` (
  `id` CHAR(36) NOT NULL,
  `type` TEXT NOT NULL,
  `model` TEXT NOT NULL,
  `primaryId` CHAR(36) NOT NULL,
  `secondaryId` CHAR(36) NOT NULL,
  `prompt` TEXT NOT NULL,
  `verdict` TEXT NOT NULL,
  `inputTokenCount` INT NOT NULL,
  `outputTokenCount` INT NOT NULL,
  `responseTimeSeconds` INT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `insightsProjects` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `segmentId` CHAR(36),
  `createdAt` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `logoUrl` TEXT,
  `organizationId` CHAR(36),
  `website` TEXT,
  `github` TEXT,
  `linkedin` TEXT,
  `twitter` TEXT,
  `widgets` JSON,
  `slug` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `isLF` TINYINT(1) NOT NULL,
  `keywords` JSON DEFAULT '{}',
  `searchKeywords` JSON,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_insightsProjects_slug_unique` (`slug`),
  UNIQUE KEY `unique_insights_projects_slug` (`slug`),
  CONSTRAINT `insightsProjects_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`),
  CONSTRAINT `insightsProjects_segmentId_fkey` FOREIGN KEY (`segmentId`) REFERENCES `segments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `repositories` (
  `id` CHAR(36) NOT NULL,
  `url` VARCHAR(1024) NOT NULL,
  `segmentId` CHAR(36) NOT NULL,
  `gitIntegrationId` CHAR(36) NOT NULL,
  `sourceIntegrationId` CHAR(36) NOT NULL,
  `insightsProjectId` CHAR(36) NOT NULL,
  `archived` TINYINT(1) NOT NULL DEFAULT 0,
  `forkedFrom` VARCHAR(1024),
  `excluded` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletedAt` DATETIME(6),
  `lastArchivedCheckAt` DATETIME(6),
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `repositories_url_key` (`url`),
  CONSTRAINT `repositories_gitIntegrationId_fkey` FOREIGN KEY (`gitIntegrationId`) REFERENCES `integrations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `repositories_insightsProjectId_fkey` FOREIGN KEY (`insightsProjectId`) REFERENCES `insightsProjects` (`id`) ON DELETE CASCADE,
  CONSTRAINT `repositories_segmentId_fkey` FOREIGN KEY (`segmentId`) REFERENCES `segments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `repositories_sourceIntegrationId_fkey` FOREIGN KEY (`sourceIntegrationId`) REFERENCES `integrations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `maintainersInternal` (
  `id` CHAR(36) NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `repoUrl` VARCHAR(1024) NOT NULL,
  `repoId` CHAR(36) NOT NULL,
  `identityId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `originalRole` VARCHAR(255),
  `startDate` DATETIME(6),
  `endDate` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `maintainers_internal_repo_identity_unique_idx` (`repoId`, `identityId`),
  CONSTRAINT `maintainersInternal_identityId_fkey` FOREIGN KEY (`identityId`) REFERENCES `memberIdentities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `maintainersInternal_repoId_fkey` FOREIGN KEY (`repoId`) REFERENCES `repositories` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `insightsSsoUsers` (
  `id` VARCHAR(255) NOT NULL,
  `displayName` VARCHAR(255),
  `avatarUrl` TEXT,
  `email` VARCHAR(255),
  `username` VARCHAR(255),
  `accountId` VARCHAR(255),
  `accountName` VARCHAR(255),
  `accountWebsite` TEXT,
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categoryGroups` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `type` TEXT NOT NULL,
  `createdAt` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `categoryGroupId` CHAR(36),
  `createdAt` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `categories_categoryGroupId_fkey` FOREIGN KEY (`categoryGroupId`) REFERENCES `categoryGroups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collections` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `createdAt` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `slug` TEXT NOT NULL,
  `categoryId` CHAR(36),
  `starred` TINYINT(1) NOT NULL DEFAULT 0,
  `deletedAt` DATETIME(6),
  `isPrivate` TINYINT(1) NOT NULL DEFAULT 0,
  `ssoUserId` VARCHAR(255),
  `logoUrl` TEXT,
  `imageUrl` VARCHAR(1024),
  `color` VARCHAR(30),
  PRIMARY KEY (`id`),
  CONSTRAINT `collections_categoryId_fkey` FOREIGN KEY (`categoryId`) REFERENCES `categories` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `fk_collections_ssoUserId` FOREIGN KEY (`ssoUserId`) REFERENCES `insightsSsoUsers` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collectionLikes` (
  `id` CHAR(36) NOT NULL,
  `collectionId` CHAR(36) NOT NULL,
  `ssoUserId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `collectionLikes_collectionId_fkey` FOREIGN KEY (`collectionId`) REFERENCES `collections` (`id`) ON DELETE CASCADE,
  CONSTRAINT `collectionLikes_ssoUserId_fkey` FOREIGN KEY (`ssoUserId`) REFERENCES `insightsSsoUsers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- OpenPanel (open-source product and web analytics: events, visitor sessions, identified profiles,
-- session replay, cohorts, funnels, dashboards; the dashboard's users, organisations and projects)
-- Upstream: github.com/Openpanel-dev/openpanel, commit ed7bdddbadbe556719ac4b08963905a2de717ddd (AGPL-3.0)
--
-- PostgreSQL part: the 144 Prisma migrations of packages/db/prisma/migrations/*/migration.sql
-- (schema.prisma last changed in c936eaab) replayed in order into an empty PostgreSQL 15 database,
-- read back from the catalog and written as MySQL, columns in the database's order:
-- text -> TEXT (VARCHAR(255) where the column is in a key), uuid -> CHAR(36), timestamp(3) -> DATETIME(6),
-- integer -> INT, double precision -> DOUBLE, boolean -> TINYINT(1), jsonb and arrays -> JSON,
-- enums -> VARCHAR(255); literal defaults and now() kept, gen_random_uuid() left out.
-- Primary keys, unique indexes and foreign keys (with their ON DELETE / ON UPDATE actions) are upstream's.

CREATE TABLE `users` (
  `id` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `firstName` TEXT,
  `lastName` TEXT,
  `deletedAt` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `createdByUserId` VARCHAR(255),
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `subscriptionCreatedByUserId` VARCHAR(255),
  `subscriptionCustomerId` TEXT,
  `subscriptionEndsAt` DATETIME(6),
  `subscriptionId` TEXT,
  `subscriptionPriceId` TEXT,
  `subscriptionProductId` TEXT,
  `subscriptionStatus` TEXT,
  `subscriptionPeriodEventsCount` INT NOT NULL DEFAULT 0,
  `subscriptionStartsAt` DATETIME(6),
  `subscriptionInterval` TEXT,
  `subscriptionPeriodEventsLimit` INT NOT NULL DEFAULT 0,
  `subscriptionPeriodEventsCountExceededAt` DATETIME(6),
  `subscriptionCanceledAt` DATETIME(6),
  `deleteAt` DATETIME(6),
  `timezone` TEXT,
  `onboarding` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `organizations_createdByUserId_fkey` FOREIGN KEY (`createdByUserId`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `organizations_subscriptionCreatedByUserId_fkey` FOREIGN KEY (`subscriptionCreatedByUserId`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integrations` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `config` JSON NOT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `integrations_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `eventsCount` INT NOT NULL DEFAULT 0,
  `types` JSON,
  `organizationId` VARCHAR(255) NOT NULL,
  `crossDomain` TINYINT(1) NOT NULL DEFAULT 0,
  `domain` TEXT,
  `filters` JSON NOT NULL,
  `cors` JSON,
  `deleteAt` DATETIME(6),
  `allowUnsafeRevenueTracking` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `projects_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_rules` (
  `id` CHAR(36) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `sendToApp` TINYINT(1) NOT NULL DEFAULT 0,
  `sendToEmail` TINYINT(1) NOT NULL DEFAULT 0,
  `config` JSON NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` TEXT NOT NULL,
  `template` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `notification_rules_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_IntegrationToNotificationRule` (
  `A` CHAR(36) NOT NULL,
  `B` CHAR(36) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  CONSTRAINT `_IntegrationToNotificationRule_A_fkey` FOREIGN KEY (`A`) REFERENCES `integrations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_IntegrationToNotificationRule_B_fkey` FOREIGN KEY (`B`) REFERENCES `notification_rules` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `__code_migrations` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `__code_migrations_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts` (
  `id` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `providerId` TEXT,
  `accessToken` TEXT,
  `refreshToken` TEXT,
  `accessTokenExpiresAt` DATETIME(6),
  `refreshTokenExpiresAt` DATETIME(6),
  `scope` TEXT,
  `password` TEXT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `provider` TEXT NOT NULL,
  `email` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `accounts_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversations` (
  `id` VARCHAR(255) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `title` TEXT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `conversations_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `conversations_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `conversations_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_messages` (
  `id` VARCHAR(255) NOT NULL,
  `conversationId` VARCHAR(255) NOT NULL,
  `role` TEXT NOT NULL,
  `parts` JSON NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `chat_messages_conversationId_fkey` FOREIGN KEY (`conversationId`) REFERENCES `conversations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clients` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `secret` TEXT,
  `projectId` VARCHAR(255),
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `type` VARCHAR(255) NOT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  `ignoreCorsAndSecret` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `clients_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `clients_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cohorts` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `projectId` VARCHAR(255) NOT NULL,
  `definition` JSON NOT NULL,
  `isStatic` TINYINT(1) NOT NULL DEFAULT 0,
  `profileCount` INT NOT NULL DEFAULT 0,
  `lastComputedAt` DATETIME(6),
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `cohorts_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dashboards` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `organizationId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `dashboards_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `dashboards_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_unsubscribes` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `category` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_unsubscribes_email_category_key` (`email`, `category`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_meta` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `conversion` TINYINT(1),
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `projectId` VARCHAR(255) NOT NULL,
  `color` TEXT,
  `icon` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_meta_name_projectId_key` (`name`, `projectId`),
  CONSTRAINT `event_meta_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gsc_connections` (
  `id` CHAR(36) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `siteUrl` TEXT NOT NULL,
  `accessToken` TEXT NOT NULL,
  `refreshToken` TEXT NOT NULL,
  `accessTokenExpiresAt` DATETIME(6),
  `lastSyncedAt` DATETIME(6),
  `lastSyncStatus` TEXT,
  `lastSyncError` TEXT,
  `backfillStatus` TEXT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `gsc_connections_projectId_key` (`projectId`),
  CONSTRAINT `gsc_connections_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `imports` (
  `id` CHAR(36) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `jobId` TEXT,
  `config` JSON NOT NULL,
  `totalEvents` INT NOT NULL DEFAULT 0,
  `processedEvents` INT NOT NULL DEFAULT 0,
  `errorMessage` TEXT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `completedAt` DATETIME(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `statusMessage` TEXT,
  `currentBatch` TEXT,
  `currentStep` TEXT,
  `status` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `imports_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_insights` (
  `id` CHAR(36) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `moduleKey` VARCHAR(255) NOT NULL,
  `dimensionKey` VARCHAR(255) NOT NULL,
  `windowKind` VARCHAR(255) NOT NULL,
  `state` VARCHAR(255) NOT NULL,
  `title` TEXT NOT NULL,
  `summary` TEXT,
  `payload` JSON NOT NULL,
  `direction` TEXT,
  `impactScore` DOUBLE NOT NULL DEFAULT 0,
  `severityBand` TEXT,
  `version` INT NOT NULL DEFAULT 1,
  `threadId` CHAR(36) NOT NULL,
  `windowStart` DATETIME(6),
  `windowEnd` DATETIME(6),
  `firstDetectedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `lastUpdatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `lastSeenAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `displayName` TEXT NOT NULL,
  `aiCategory` TEXT,
  `aiSummary` TEXT,
  `emailWorthy` TINYINT(1) NOT NULL DEFAULT 0,
  `enrichVersion` INT,
  `enrichedAt` DATETIME(6),
  `referenceWorthy` TINYINT(1) NOT NULL DEFAULT 0,
  `relevanceScore` DOUBLE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_insights_projectId_moduleKey_dimensionKey_windowKin_key` (`projectId`, `moduleKey`, `dimensionKey`, `windowKind`, `state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `insight_events` (
  `id` CHAR(36) NOT NULL,
  `insightId` CHAR(36) NOT NULL,
  `eventKind` TEXT NOT NULL,
  `changeFrom` JSON,
  `changeTo` JSON,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `insight_events_insightId_fkey` FOREIGN KEY (`insightId`) REFERENCES `project_insights` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invites` (
  `id` VARCHAR(255) NOT NULL,
  `email` TEXT NOT NULL,
  `createdById` VARCHAR(255) NOT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  `projectAccess` JSON,
  `expiresAt` DATETIME(6) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `role` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `invites_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `invites_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `members` (
  `id` CHAR(36) NOT NULL,
  `role` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `userId` VARCHAR(255),
  `organizationId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `invitedById` VARCHAR(255),
  `meta` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `members_organizationId_userId_key` (`organizationId`, `userId`),
  CONSTRAINT `members_invitedById_fkey` FOREIGN KEY (`invitedById`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `members_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `members_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` CHAR(36) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `title` TEXT NOT NULL,
  `message` TEXT NOT NULL,
  `isReadAt` DATETIME(6),
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `integrationId` CHAR(36),
  `sendToApp` TINYINT(1) NOT NULL DEFAULT 0,
  `sendToEmail` TINYINT(1) NOT NULL DEFAULT 0,
  `payload` JSON,
  `notificationRuleId` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_integrationId_fkey` FOREIGN KEY (`integrationId`) REFERENCES `integrations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `notifications_notificationRuleId_fkey` FOREIGN KEY (`notificationRuleId`) REFERENCES `notification_rules` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `notifications_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_access` (
  `projectId` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `level` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `id` CHAR(36) NOT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `project_access_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `project_access_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `project_access_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `references` (
  `id` CHAR(36) NOT NULL,
  `title` TEXT NOT NULL,
  `description` TEXT,
  `projectId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `date` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `references_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` CHAR(36) NOT NULL,
  `interval` VARCHAR(255) NOT NULL,
  `chartType` VARCHAR(255) NOT NULL,
  `breakdowns` JSON NOT NULL,
  `events` JSON NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `dashboardId` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` TEXT NOT NULL,
  `range` TEXT NOT NULL,
  `lineType` TEXT NOT NULL,
  `previous` TINYINT(1) NOT NULL DEFAULT 0,
  `formula` TEXT,
  `metric` VARCHAR(255) NOT NULL,
  `unit` TEXT,
  `criteria` TEXT,
  `funnelGroup` TEXT,
  `funnelWindow` DOUBLE,
  `options` JSON,
  `endDate` TEXT,
  `startDate` TEXT,
  `visibleSeries` JSON,
  `globalFilters` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `reports_dashboardId_fkey` FOREIGN KEY (`dashboardId`) REFERENCES `dashboards` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `reports_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_layouts` (
  `id` CHAR(36) NOT NULL,
  `reportId` CHAR(36) NOT NULL,
  `x` INT NOT NULL DEFAULT 0,
  `y` INT NOT NULL DEFAULT 0,
  `w` INT NOT NULL DEFAULT 4,
  `h` INT NOT NULL DEFAULT 3,
  `minW` INT DEFAULT 2,
  `minH` INT DEFAULT 2,
  `maxW` INT,
  `maxH` INT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `report_layouts_reportId_key` (`reportId`),
  CONSTRAINT `report_layouts_reportId_fkey` FOREIGN KEY (`reportId`) REFERENCES `reports` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reset_password` (
  `id` VARCHAR(255) NOT NULL,
  `expiresAt` DATETIME(6) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `accountId` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `reset_password_accountId_fkey` FOREIGN KEY (`accountId`) REFERENCES `accounts` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `salts` (
  `salt` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`salt`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `expiresAt` DATETIME(6) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `sessions_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `share_dashboards` (
  `id` VARCHAR(255) NOT NULL,
  `dashboardId` VARCHAR(255) NOT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  `password` TEXT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY `share_dashboards_id_key` (`id`),
  UNIQUE KEY `share_dashboards_dashboardId_key` (`dashboardId`),
  CONSTRAINT `share_dashboards_dashboardId_fkey` FOREIGN KEY (`dashboardId`) REFERENCES `dashboards` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `share_dashboards_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `share_dashboards_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `share_reports` (
  `id` VARCHAR(255) NOT NULL,
  `reportId` CHAR(36) NOT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  `password` TEXT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY `share_reports_id_key` (`id`),
  UNIQUE KEY `share_reports_reportId_key` (`reportId`),
  CONSTRAINT `share_reports_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `share_reports_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `share_reports_reportId_fkey` FOREIGN KEY (`reportId`) REFERENCES `reports` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `share_widgets` (
  `id` VARCHAR(255) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `organizationId` VARCHAR(255) NOT NULL,
  `public` TINYINT(1) NOT NULL DEFAULT 1,
  `options` JSON NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY `share_widgets_id_key` (`id`),
  CONSTRAINT `share_widgets_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `share_widgets_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shares` (
  `id` VARCHAR(255) NOT NULL,
  `projectId` VARCHAR(255) NOT NULL,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  `password` TEXT,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `organizationId` VARCHAR(255) NOT NULL,
  UNIQUE KEY `shares_id_key` (`id`),
  UNIQUE KEY `shares_projectId_key` (`projectId`),
  CONSTRAINT `shares_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `organizations` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `shares_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `two_factor_challenges` (
  `id` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `expiresAt` DATETIME(6) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `two_factor_challenges_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_totp` (
  `id` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255) NOT NULL,
  `secret` TEXT NOT NULL,
  `recoveryCodes` JSON,
  `enabledAt` DATETIME(6),
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_totp_userId_key` (`userId`),
  CONSTRAINT `user_totp_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- ---------------------------------------------------------------------------------------------
-- ClickHouse database `openpanel` (packages/db/code-migrations/*.ts, final state after migrations
-- 3, 4, 5, 6, 8, 10, 11, 12, 13, 16). ClickHouse types written as MySQL: String -> TEXT,
-- LowCardinality(String) -> VARCHAR(255), FixedString(2) -> CHAR(2), UUID -> CHAR(36),
-- DateTime64(3) -> DATETIME(3), DateTime -> DATETIME, Date -> DATE, Bool -> TINYINT(1),
-- (U)IntN -> (UNSIGNED) TINYINT/SMALLINT/INT/BIGINT, Float32/Float64 -> FLOAT/DOUBLE,
-- Map(String, String) and Array(String) -> JSON; Nullable(...) -> NULL, anything else NOT NULL.
-- ClickHouse has no primary or foreign keys (its ORDER BY is a sort key, not unique): none written.
-- The ClickHouse table `sessions` is written as `ch_sessions` because the PostgreSQL database
-- already has a `sessions` table (dashboard login sessions).
-- ---------------------------------------------------------------------------------------------

CREATE TABLE `events` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `sdk_name` VARCHAR(255) NOT NULL,
  `sdk_version` VARCHAR(255) NOT NULL,
  `device_id` TEXT NOT NULL,
  `profile_id` TEXT NOT NULL,
  `project_id` TEXT NOT NULL,
  `session_id` TEXT NOT NULL,
  `groups` JSON NOT NULL,
  `path` TEXT NOT NULL,
  `origin` TEXT NOT NULL,
  `referrer` TEXT NOT NULL,
  `referrer_name` TEXT NOT NULL,
  `referrer_type` VARCHAR(255) NOT NULL,
  `revenue` BIGINT UNSIGNED NOT NULL,
  `duration` BIGINT UNSIGNED NOT NULL,
  `properties` JSON NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  `country` CHAR(2) NOT NULL,
  `city` TEXT NOT NULL,
  `region` VARCHAR(255) NOT NULL,
  `longitude` FLOAT NULL,
  `latitude` FLOAT NULL,
  `os` VARCHAR(255) NOT NULL,
  `os_version` VARCHAR(255) NOT NULL,
  `browser` VARCHAR(255) NOT NULL,
  `browser_version` VARCHAR(255) NOT NULL,
  `device` VARCHAR(255) NOT NULL,
  `brand` VARCHAR(255) NOT NULL,
  `model` VARCHAR(255) NOT NULL,
  `imported_at` DATETIME NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_bots` (
  `id` CHAR(36) NOT NULL,
  `project_id` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `path` TEXT NOT NULL,
  `created_at` DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_imports` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `sdk_name` VARCHAR(255) NOT NULL,
  `sdk_version` VARCHAR(255) NOT NULL,
  `device_id` TEXT NOT NULL,
  `profile_id` TEXT NOT NULL,
  `project_id` TEXT NOT NULL,
  `session_id` TEXT NOT NULL,
  `path` TEXT NOT NULL,
  `origin` TEXT NOT NULL,
  `referrer` TEXT NOT NULL,
  `referrer_name` TEXT NOT NULL,
  `referrer_type` VARCHAR(255) NOT NULL,
  `duration` BIGINT UNSIGNED NOT NULL,
  `properties` JSON NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  `country` CHAR(2) NOT NULL,
  `city` TEXT NOT NULL,
  `region` VARCHAR(255) NOT NULL,
  `longitude` FLOAT NULL,
  `latitude` FLOAT NULL,
  `os` VARCHAR(255) NOT NULL,
  `os_version` VARCHAR(255) NOT NULL,
  `browser` VARCHAR(255) NOT NULL,
  `browser_version` VARCHAR(255) NOT NULL,
  `device` VARCHAR(255) NOT NULL,
  `brand` VARCHAR(255) NOT NULL,
  `model` VARCHAR(255) NOT NULL,
  `imported_at` DATETIME NULL,
  `import_id` TEXT NOT NULL,
  `import_status` VARCHAR(255) NOT NULL DEFAULT 'pending',
  `imported_at_meta` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profiles` (
  `id` TEXT NOT NULL,
  `is_external` TINYINT(1) NOT NULL,
  `first_name` TEXT NOT NULL,
  `last_name` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `avatar` TEXT NOT NULL,
  `properties` JSON NOT NULL,
  `project_id` TEXT NOT NULL,
  `groups` JSON NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  `last_seen_at` DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile_aliases` (
  `project_id` TEXT NOT NULL,
  `profile_id` TEXT NOT NULL,
  `alias` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ch_sessions` (
  `id` TEXT NOT NULL,
  `project_id` TEXT NOT NULL,
  `profile_id` TEXT NOT NULL,
  `device_id` TEXT NOT NULL,
  `groups` JSON NOT NULL,
  `created_at` DATETIME(3) NOT NULL,
  `ended_at` DATETIME(3) NOT NULL,
  `is_bounce` TINYINT(1) NOT NULL,
  `entry_origin` VARCHAR(255) NOT NULL,
  `entry_path` TEXT NOT NULL,
  `exit_origin` VARCHAR(255) NOT NULL,
  `exit_path` TEXT NOT NULL,
  `screen_view_count` INT NOT NULL,
  `revenue` DOUBLE NOT NULL,
  `event_count` INT NOT NULL,
  `duration` INT UNSIGNED NOT NULL,
  `country` CHAR(2) NOT NULL,
  `region` VARCHAR(255) NOT NULL,
  `city` TEXT NOT NULL,
  `longitude` FLOAT NULL,
  `latitude` FLOAT NULL,
  `device` VARCHAR(255) NOT NULL,
  `brand` VARCHAR(255) NOT NULL,
  `model` VARCHAR(255) NOT NULL,
  `browser` VARCHAR(255) NOT NULL,
  `browser_version` VARCHAR(255) NOT NULL,
  `os` VARCHAR(255) NOT NULL,
  `os_version` VARCHAR(255) NOT NULL,
  `utm_medium` TEXT NOT NULL,
  `utm_source` TEXT NOT NULL,
  `utm_campaign` TEXT NOT NULL,
  `utm_content` TEXT NOT NULL,
  `utm_term` TEXT NOT NULL,
  `referrer` TEXT NOT NULL,
  `referrer_name` TEXT NOT NULL,
  `referrer_type` VARCHAR(255) NOT NULL,
  `sign` TINYINT NOT NULL,
  `version` BIGINT UNSIGNED NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_replay_chunks` (
  `project_id` TEXT NOT NULL,
  `session_id` TEXT NOT NULL,
  `chunk_index` SMALLINT UNSIGNED NOT NULL,
  `started_at` DATETIME(3) NOT NULL,
  `ended_at` DATETIME(3) NOT NULL,
  `events_count` SMALLINT UNSIGNED NOT NULL,
  `is_full_snapshot` TINYINT(1) NOT NULL,
  `payload` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` TEXT NOT NULL,
  `project_id` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `properties` JSON NOT NULL,
  `created_at` DATETIME NOT NULL,
  `version` BIGINT UNSIGNED NOT NULL,
  `deleted` TINYINT UNSIGNED NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cohort_members` (
  `project_id` TEXT NOT NULL,
  `cohort_id` TEXT NOT NULL,
  `profile_id` TEXT NOT NULL,
  `matched_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `matching_properties` JSON NOT NULL,
  `version` BIGINT UNSIGNED NOT NULL DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cohort_metadata` (
  `project_id` TEXT NOT NULL,
  `cohort_id` TEXT NOT NULL,
  `member_count` BIGINT UNSIGNED NOT NULL,
  `last_computed_at` DATETIME NOT NULL,
  `sample_profiles` JSON NOT NULL,
  `version` BIGINT UNSIGNED NOT NULL DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `self_hosting` (
  `created_at` DATE NOT NULL,
  `domain` TEXT NOT NULL,
  `count` BIGINT UNSIGNED NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gsc_queries_daily` (
  `project_id` TEXT NOT NULL,
  `date` DATE NOT NULL,
  `query` TEXT NOT NULL,
  `clicks` INT UNSIGNED NOT NULL,
  `impressions` INT UNSIGNED NOT NULL,
  `ctr` FLOAT NOT NULL,
  `position` FLOAT NOT NULL,
  `synced_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

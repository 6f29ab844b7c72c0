-- Inbox Zero (elie222/inbox-zero: open-source, self-hostable AI e-mail client and assistant for Gmail and
-- Outlook mailboxes; Next.js + Prisma on PostgreSQL)
-- Upstream: github.com/elie222/inbox-zero, commit 4f70dcefc55c65f2664ec27a19e118003138fb5f (AGPL-3.0)
-- Made from the 240 Prisma migrations apps/web/prisma/migrations/*/migration.sql (20230730073019_init ...
-- 20260815120000_add_snoozed_threads), applied in order to a scratch PostgreSQL 15 database; its catalogue
-- (columns in ordinal order, primary keys, unique constraints and indexes, foreign keys with their actions) written
-- as MySQL by a small script: text -> TEXT (VARCHAR(191) in a key), timestamp(3) -> DATETIME(3), boolean ->
-- TINYINT(1), integer -> INT, double precision -> DOUBLE, jsonb -> JSON, arrays -> JSON, Prisma enums -> ENUM.
-- Tables in creation order, moved where a foreign key needs the referenced table first. Left out: array defaults,
-- the two partial / expression unique indexes (Newsletter lower(email), SnoozedThread one active per thread),
-- plain indexes, Prisma's _prisma_migrations, and 28 tables of the assistant's add-on features (calendar
-- connections, meeting booking, briefings and recordings, MCP integrations, drive filing, Slack/Teams messaging
-- channels and routes, chat memory and compaction, automation jobs, attachment documents, organisation-wide rules,
-- SCIM, mobile push): CalendarConnection, Calendar, McpIntegration, McpConnection, McpTool, MeetingBriefing,
-- DriveConnection, FilingFolder, DocumentFiling, MessagingChannel, ChatCompaction, ChatMemory, AutomationJob,
-- AutomationJobRun, AttachmentSource, AttachmentDocument, MessagingRoute, BookingLink, AvailabilityWindow, Booking,
-- scimProvider, OrganizationRule, OrganizationRuleAction, AvailabilitySchedule, MeetingRecording, Meeting,
-- MobilePushToken, MobilePushDelivery; the three foreign keys of kept tables that point at them are dropped.


CREATE TABLE `Premium` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `lemonSqueezyRenewsAt` DATETIME(3),
  `lemonSqueezyCustomerId` INT,
  `lemonSqueezySubscriptionId` INT,
  `lemonSqueezySubscriptionItemId` INT,
  `lemonSqueezyOrderId` INT,
  `lemonSqueezyProductId` INT,
  `lemonSqueezyVariantId` INT,
  `tier` ENUM('PRO_MONTHLY', 'PRO_ANNUALLY', 'BUSINESS_MONTHLY', 'BUSINESS_ANNUALLY', 'LIFETIME', 'BASIC_MONTHLY', 'BASIC_ANNUALLY', 'COPILOT_MONTHLY', 'BUSINESS_PLUS_MONTHLY', 'BUSINESS_PLUS_ANNUALLY', 'PLUS_MONTHLY', 'PLUS_ANNUALLY'),
  `emailAccountsAccess` INT,
  `unsubscribeMonth` INT,
  `unsubscribeCredits` INT,
  `aiMonth` INT,
  `aiCredits` INT,
  `lemonLicenseInstanceId` TEXT,
  `lemonLicenseKey` TEXT,
  `pendingInvites` JSON,
  `lemonSubscriptionStatus` TEXT,
  `stripeCancelAtPeriodEnd` TINYINT(1),
  `stripeCanceledAt` DATETIME(3),
  `stripeCustomerId` VARCHAR(191),
  `stripeEndedAt` DATETIME(3),
  `stripePriceId` TEXT,
  `stripeProductId` TEXT,
  `stripeRenewsAt` DATETIME(3),
  `stripeSubscriptionId` VARCHAR(191),
  `stripeSubscriptionItemId` VARCHAR(191),
  `stripeSubscriptionStatus` TEXT,
  `stripeTrialEnd` DATETIME(3),
  `stripeAiOverageLastInvoiceId` TEXT,
  `stripeAiOverageLastPeriodEnd` DATETIME(3),
  `stripeAiOverageLastUnits` INT,
  `appleAppAccountToken` TEXT,
  `appleEnvironment` TEXT,
  `appleExpiresAt` DATETIME(3),
  `appleLatestTransactionId` VARCHAR(191),
  `appleOriginalTransactionId` VARCHAR(191),
  `appleProductId` TEXT,
  `applePurchaseDate` DATETIME(3),
  `appleRevokedAt` DATETIME(3),
  `appleSubscriptionGroupIdentifier` TEXT,
  `appleSubscriptionStatus` TEXT,
  `stripeTrialConvertedAt` DATETIME(3),
  `stripeCancellationInitiatedAt` DATETIME(3),
  `adminGrantExpiresAt` DATETIME(3),
  `adminGrantTier` ENUM('PRO_MONTHLY', 'PRO_ANNUALLY', 'BUSINESS_MONTHLY', 'BUSINESS_ANNUALLY', 'LIFETIME', 'BASIC_MONTHLY', 'BASIC_ANNUALLY', 'COPILOT_MONTHLY', 'BUSINESS_PLUS_MONTHLY', 'BUSINESS_PLUS_ANNUALLY', 'PLUS_MONTHLY', 'PLUS_ANNUALLY'),
  `stripeInvoiceEmailsEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `appleOfferDiscountType` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Premium_stripeCustomerId_key` (`stripeCustomerId`),
  UNIQUE KEY `Premium_stripeSubscriptionId_key` (`stripeSubscriptionId`),
  UNIQUE KEY `Premium_stripeSubscriptionItemId_key` (`stripeSubscriptionItemId`),
  UNIQUE KEY `Premium_appleOriginalTransactionId_key` (`appleOriginalTransactionId`),
  UNIQUE KEY `Premium_appleLatestTransactionId_key` (`appleLatestTransactionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `User` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `name` TEXT,
  `email` VARCHAR(191) NOT NULL,
  `emailVerified` TINYINT(1) DEFAULT 0,
  `image` TEXT,
  `aiModel` TEXT,
  `aiApiKey` TEXT,
  `premiumId` VARCHAR(191),
  `onboardingAnswers` JSON,
  `aiProvider` TEXT,
  `lastLogin` DATETIME(3),
  `utms` JSON,
  `premiumAdminId` VARCHAR(191),
  `errorMessages` JSON,
  `completedOnboardingAt` DATETIME(3),
  `webhookSecret` TEXT,
  `surveyFeatures` JSON,
  `surveyGoal` TEXT,
  `surveyImprovements` TEXT,
  `surveyRole` TEXT,
  `surveySource` TEXT,
  `referralCode` VARCHAR(191),
  `surveyCompanySize` INT,
  `announcementDismissedAt` DATETIME(3),
  `dismissedHints` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `User_email_key` (`email`),
  UNIQUE KEY `User_referralCode_key` (`referralCode`),
  CONSTRAINT `User_premiumId_fkey` FOREIGN KEY (`premiumId`) REFERENCES `Premium` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `User_premiumAdminId_fkey` FOREIGN KEY (`premiumAdminId`) REFERENCES `Premium` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Account` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `type` TEXT NOT NULL DEFAULT 'oidc',
  `provider` VARCHAR(191) NOT NULL,
  `providerAccountId` VARCHAR(191) NOT NULL,
  `refresh_token` TEXT,
  `access_token` TEXT,
  `expires_at` DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3),
  `token_type` TEXT,
  `scope` TEXT,
  `id_token` TEXT,
  `session_state` TEXT,
  `refreshTokenExpiresAt` DATETIME(3),
  `disconnectedAt` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Account_provider_providerAccountId_key` (`provider`, `providerAccountId`),
  CONSTRAINT `Account_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Organization` (
  `id` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `slug` VARCHAR(191) NOT NULL,
  `logo` TEXT,
  `metadata` JSON,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Organization_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Session` (
  `id` VARCHAR(191) NOT NULL,
  `sessionToken` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `expires` DATETIME(3) NOT NULL,
  `ipAddress` TEXT,
  `userAgent` TEXT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `activeOrganizationId` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Session_sessionToken_key` (`sessionToken`),
  CONSTRAINT `Session_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Session_activeOrganizationId_fkey` FOREIGN KEY (`activeOrganizationId`) REFERENCES `Organization` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `VerificationToken` (
  `identifier` VARCHAR(191) NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `expires` DATETIME(3) NOT NULL,
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `VerificationToken_token_key` (`token`),
  UNIQUE KEY `VerificationToken_identifier_token_key` (`identifier`, `token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EmailAccount` (
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `writingStyle` TEXT,
  `userId` VARCHAR(191) NOT NULL,
  `accountId` VARCHAR(191) NOT NULL,
  `about` TEXT,
  `autoCategorizeSenders` TINYINT(1) NOT NULL DEFAULT 0,
  `behaviorProfile` JSON,
  `coldEmailBlocker` ENUM('DISABLED', 'LIST', 'LABEL', 'ARCHIVE_AND_LABEL', 'ARCHIVE_AND_READ_AND_LABEL'),
  `coldEmailPrompt` TEXT,
  `lastSummaryEmailAt` DATETIME(3),
  `lastSyncedHistoryId` TEXT,
  `rulesPrompt` TEXT,
  `signature` TEXT,
  `statsEmailFrequency` ENUM('NEVER', 'WEEKLY', 'DAILY') NOT NULL DEFAULT 'WEEKLY',
  `summaryEmailFrequency` ENUM('NEVER', 'WEEKLY', 'DAILY') NOT NULL DEFAULT 'WEEKLY',
  `watchEmailsExpirationDate` DATETIME(3),
  `id` VARCHAR(191) NOT NULL,
  `image` TEXT,
  `name` TEXT,
  `watchEmailsSubscriptionId` TEXT,
  `coldEmailDigest` TINYINT(1) NOT NULL DEFAULT 0,
  `personaAnalysis` JSON,
  `role` TEXT,
  `includeReferralSignature` TINYINT(1) NOT NULL DEFAULT 0,
  `multiRuleSelectionEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `watchEmailsSubscriptionHistory` JSON,
  `timezone` TEXT,
  `calendarBookingLink` TEXT,
  `meetingBriefingsEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `meetingBriefingsMinutesBefore` INT NOT NULL DEFAULT 240,
  `filingEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `filingPrompt` TEXT,
  `followUpAwaitingReplyDays` DOUBLE,
  `followUpNeedsReplyDays` DOUBLE,
  `followUpAutoDraftEnabled` TINYINT(1) NOT NULL DEFAULT 1,
  `meetingBriefsSendEmail` TINYINT(1) NOT NULL DEFAULT 1,
  `draftReplyConfidence` ENUM('ALL_EMAILS', 'STANDARD', 'HIGH_CONFIDENCE') NOT NULL DEFAULT 'ALL_EMAILS',
  `allowHiddenAiDraftLinks` TINYINT(1) NOT NULL DEFAULT 0,
  `learnedWritingStyle` TEXT,
  `filingConfirmationSendEmail` TINYINT(1) NOT NULL DEFAULT 1,
  `rulesRevision` INT NOT NULL DEFAULT 0,
  `digestSendEmail` TINYINT(1) NOT NULL DEFAULT 1,
  `sensitiveDataPolicy` TEXT,
  `draftCleanupDays` INT DEFAULT 14,
  `meetingRecorderEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `meetingRecorderFollowUpDraftEnabled` TINYINT(1) NOT NULL DEFAULT 1,
  `meetingRecorderJoinRule` ENUM('ALL', 'EXTERNAL_ONLY', 'HOST_ONLY', 'OFF') NOT NULL DEFAULT 'ALL',
  `meetingRecorderRecapEmailEnabled` TINYINT(1) NOT NULL DEFAULT 1,
  `lastInboxHealthEmailAt` DATETIME(3),
  `mailLayout` ENUM('LIST', 'SPLIT') NOT NULL DEFAULT 'LIST',
  PRIMARY KEY (`id`),
  UNIQUE KEY `EmailAccount_accountId_key` (`accountId`),
  UNIQUE KEY `EmailAccount_email_key` (`email`),
  CONSTRAINT `EmailAccount_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `EmailAccount_accountId_fkey` FOREIGN KEY (`accountId`) REFERENCES `Account` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Label` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `gmailLabelId` VARCHAR(191) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `description` TEXT,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `emailAccountId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Label_gmailLabelId_emailAccountId_key` (`gmailLabelId`, `emailAccountId`),
  UNIQUE KEY `Label_name_emailAccountId_key` (`name`, `emailAccountId`),
  CONSTRAINT `Label_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Group` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `prompt` TEXT,
  `emailAccountId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Group_name_emailAccountId_key` (`name`, `emailAccountId`),
  CONSTRAINT `Group_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Rule` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `instructions` TEXT,
  `automate` TINYINT(1) NOT NULL DEFAULT 1,
  `name` VARCHAR(191) NOT NULL,
  `runOnThreads` TINYINT(1) NOT NULL DEFAULT 0,
  `body` TEXT,
  `from` TEXT,
  `groupId` VARCHAR(191),
  `subject` TEXT,
  `to` TEXT,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `categoryFilterType` ENUM('INCLUDE', 'EXCLUDE'),
  `conditionalOperator` ENUM('AND', 'OR') NOT NULL DEFAULT 'AND',
  `systemType` ENUM('TO_REPLY', 'NEWSLETTER', 'MARKETING', 'CALENDAR', 'RECEIPT', 'NOTIFICATION', 'FYI', 'AWAITING_REPLY', 'ACTIONED', 'COLD_EMAIL'),
  `emailAccountId` VARCHAR(191) NOT NULL,
  `promptText` TEXT,
  `organizationRuleId` VARCHAR(191),
  `organizationRuleMemberEnabled` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Rule_groupId_key` (`groupId`),
  UNIQUE KEY `Rule_name_emailAccountId_key` (`name`, `emailAccountId`),
  UNIQUE KEY `Rule_emailAccountId_systemType_key` (`emailAccountId`, `systemType`),
  UNIQUE KEY `Rule_id_emailAccountId_key` (`id`, `emailAccountId`),
  UNIQUE KEY `Rule_emailAccountId_organizationRuleId_key` (`emailAccountId`, `organizationRuleId`),
  CONSTRAINT `Rule_groupId_fkey` FOREIGN KEY (`groupId`) REFERENCES `Group` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Rule_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Action` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `type` ENUM('ARCHIVE', 'LABEL', 'REPLY', 'SEND_EMAIL', 'FORWARD', 'DRAFT_EMAIL', 'MARK_SPAM', 'CALL_WEBHOOK', 'MARK_READ', 'DIGEST', 'MOVE_FOLDER', 'NOTIFY_SENDER', 'NOTIFY_MESSAGING_CHANNEL', 'DRAFT_MESSAGING_CHANNEL', 'STAR', 'DELETE', 'INTEGRATION') NOT NULL,
  `ruleId` VARCHAR(191) NOT NULL,
  `label` TEXT,
  `subject` TEXT,
  `content` TEXT,
  `to` TEXT,
  `cc` TEXT,
  `bcc` TEXT,
  `url` TEXT,
  `delayInMinutes` INT,
  `folderName` TEXT,
  `folderId` TEXT,
  `labelId` TEXT,
  `staticAttachments` JSON,
  `messagingChannelId` VARCHAR(191),
  `emailAccountId` VARCHAR(191) NOT NULL,
  `messagingChannelEmailAccountId` VARCHAR(191),
  `integrationName` TEXT,
  `integrationToolName` TEXT,
  `integrationArgs` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `Action_ruleId_emailAccountId_fkey` FOREIGN KEY (`ruleId`, `emailAccountId`) REFERENCES `Rule` (`id`, `emailAccountId`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Action_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ExecutedRule` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `threadId` TEXT NOT NULL,
  `messageId` TEXT NOT NULL,
  `automated` TINYINT(1) NOT NULL,
  `ruleId` VARCHAR(191),
  `reason` TEXT,
  `status` ENUM('APPLIED', 'REJECTED', 'PENDING', 'SKIPPED', 'APPLYING', 'ERROR') NOT NULL,
  `emailAccountId` VARCHAR(191) NOT NULL,
  `matchMetadata` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `ExecutedRule_ruleId_fkey` FOREIGN KEY (`ruleId`) REFERENCES `Rule` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `ExecutedRule_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Category` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `description` TEXT,
  `emailAccountId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Category_name_emailAccountId_key` (`name`, `emailAccountId`),
  CONSTRAINT `Category_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Newsletter` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `status` ENUM('APPROVED', 'UNSUBSCRIBED', 'AUTO_ARCHIVED'),
  `categoryId` VARCHAR(191),
  `lastAnalyzedAt` DATETIME(3),
  `patternAnalyzed` TINYINT(1) NOT NULL DEFAULT 0,
  `emailAccountId` VARCHAR(191) NOT NULL,
  `name` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Newsletter_email_emailAccountId_key` (`email`, `emailAccountId`),
  CONSTRAINT `Newsletter_categoryId_fkey` FOREIGN KEY (`categoryId`) REFERENCES `Category` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `Newsletter_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ExecutedAction` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `type` ENUM('ARCHIVE', 'LABEL', 'REPLY', 'SEND_EMAIL', 'FORWARD', 'DRAFT_EMAIL', 'MARK_SPAM', 'CALL_WEBHOOK', 'MARK_READ', 'DIGEST', 'MOVE_FOLDER', 'NOTIFY_SENDER', 'NOTIFY_MESSAGING_CHANNEL', 'DRAFT_MESSAGING_CHANNEL', 'STAR', 'DELETE', 'INTEGRATION') NOT NULL,
  `executedRuleId` VARCHAR(191) NOT NULL,
  `label` TEXT,
  `subject` TEXT,
  `content` TEXT,
  `to` TEXT,
  `cc` TEXT,
  `bcc` TEXT,
  `url` TEXT,
  `draftId` TEXT,
  `wasDraftSent` TINYINT(1),
  `folderName` TEXT,
  `folderId` TEXT,
  `labelId` TEXT,
  `staticAttachments` JSON,
  `draftModelProvider` TEXT,
  `draftModelName` TEXT,
  `draftPipelineVersion` INT,
  `draftContextMetadata` JSON,
  `messagingChannelId` VARCHAR(191),
  `messagingMessageId` TEXT,
  `messagingMessageSentAt` DATETIME(3),
  `messagingMessageStatus` ENUM('SENT', 'DRAFT_SENT', 'DRAFT_EDITED', 'DISMISSED', 'EXPIRED', 'FAILED'),
  `selectedAttachments` JSON,
  `draftStatus` ENUM('PENDING', 'LIKELY_SENT', 'REPLIED_WITHOUT_DRAFT', 'CLEANED_UP_UNUSED', 'MISSING_FROM_PROVIDER'),
  `executionStatus` ENUM('SUCCEEDED', 'FAILED', 'SKIPPED'),
  `executedAt` DATETIME(3),
  `executionError` JSON,
  `integrationName` TEXT,
  `integrationToolName` TEXT,
  `integrationArgs` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `ExecutedAction_executedRuleId_fkey` FOREIGN KEY (`executedRuleId`) REFERENCES `ExecutedRule` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GroupItem` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `groupId` VARCHAR(191),
  `type` ENUM('FROM', 'SUBJECT', 'BODY') NOT NULL,
  `value` VARCHAR(191) NOT NULL,
  `exclude` TINYINT(1) NOT NULL DEFAULT 0,
  `messageId` TEXT,
  `reason` TEXT,
  `source` ENUM('AI', 'USER', 'LABEL_REMOVED', 'LABEL_ADDED'),
  `threadId` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `GroupItem_groupId_type_value_key` (`groupId`, `type`, `value`),
  CONSTRAINT `GroupItem_groupId_fkey` FOREIGN KEY (`groupId`) REFERENCES `Group` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ColdEmail` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `fromEmail` VARCHAR(191) NOT NULL,
  `messageId` TEXT,
  `threadId` TEXT,
  `status` ENUM('AI_LABELED_COLD', 'USER_REJECTED_COLD'),
  `reason` TEXT,
  `emailAccountId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ColdEmail_emailAccountId_fromEmail_key` (`emailAccountId`, `fromEmail`),
  CONSTRAINT `ColdEmail_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ApiKey` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `name` TEXT,
  `hashedKey` VARCHAR(191) NOT NULL,
  `isActive` TINYINT(1) NOT NULL DEFAULT 1,
  `userId` VARCHAR(191) NOT NULL,
  `emailAccountId` VARCHAR(191),
  `expiresAt` DATETIME(3),
  `lastUsedAt` DATETIME(3),
  `scopes` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ApiKey_hashedKey_key` (`hashedKey`),
  CONSTRAINT `ApiKey_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ApiKey_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_CategoryToRule` (
  `A` VARCHAR(191) NOT NULL,
  `B` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`A`, `B`),
  CONSTRAINT `_CategoryToRule_A_fkey` FOREIGN KEY (`A`) REFERENCES `Category` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_CategoryToRule_B_fkey` FOREIGN KEY (`B`) REFERENCES `Rule` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ThreadTracker` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `threadId` VARCHAR(191) NOT NULL,
  `messageId` VARCHAR(191) NOT NULL,
  `resolved` TINYINT(1) NOT NULL DEFAULT 0,
  `type` ENUM('AWAITING', 'NEEDS_REPLY', 'NEEDS_ACTION') NOT NULL,
  `sentAt` DATETIME(3) NOT NULL,
  `emailAccountId` VARCHAR(191) NOT NULL,
  `followUpAppliedAt` DATETIME(3),
  `followUpDraftId` TEXT,
  `followUpNotifications` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ThreadTracker_emailAccountId_threadId_messageId_key` (`emailAccountId`, `threadId`, `messageId`),
  CONSTRAINT `ThreadTracker_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EmailToken` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `token` VARCHAR(191) NOT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  `emailAccountId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `EmailToken_token_key` (`token`),
  CONSTRAINT `EmailToken_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Payment` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `premiumId` VARCHAR(191),
  `processorId` VARCHAR(191),
  `processorSubscriptionId` TEXT,
  `processorCustomerId` TEXT,
  `amount` INT NOT NULL,
  `currency` TEXT NOT NULL,
  `status` TEXT NOT NULL,
  `refunded` TINYINT(1) NOT NULL DEFAULT 0,
  `refundedAt` DATETIME(3),
  `refundedAmount` INT,
  `billingReason` TEXT,
  `processorType` ENUM('LEMON_SQUEEZY', 'STRIPE') NOT NULL DEFAULT 'LEMON_SQUEEZY',
  `tax` INT NOT NULL,
  `taxInclusive` TINYINT(1) NOT NULL,
  `invoiceEmailSentAt` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Payment_processorId_key` (`processorId`),
  CONSTRAINT `Payment_premiumId_fkey` FOREIGN KEY (`premiumId`) REFERENCES `Premium` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CleanupJob` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `action` ENUM('ARCHIVE', 'MARK_READ') NOT NULL DEFAULT 'ARCHIVE',
  `daysOld` INT NOT NULL DEFAULT 7,
  `instructions` TEXT,
  `skipAttachment` TINYINT(1),
  `skipCalendar` TINYINT(1),
  `skipReceipt` TINYINT(1),
  `skipReply` TINYINT(1),
  `skipStarred` TINYINT(1),
  `skipConversation` TINYINT(1),
  `emailAccountId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `CleanupJob_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CleanupThread` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `threadId` TEXT NOT NULL,
  `archived` TINYINT(1) NOT NULL,
  `jobId` VARCHAR(191) NOT NULL,
  `emailAccountId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `CleanupThread_jobId_fkey` FOREIGN KEY (`jobId`) REFERENCES `CleanupJob` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `CleanupThread_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EmailMessage` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `threadId` VARCHAR(191) NOT NULL,
  `messageId` VARCHAR(191) NOT NULL,
  `date` DATETIME(3) NOT NULL,
  `from` TEXT NOT NULL,
  `fromDomain` TEXT NOT NULL,
  `to` TEXT NOT NULL,
  `unsubscribeLink` TEXT,
  `read` TINYINT(1) NOT NULL,
  `sent` TINYINT(1) NOT NULL,
  `draft` TINYINT(1) NOT NULL,
  `inbox` TINYINT(1) NOT NULL,
  `emailAccountId` VARCHAR(191) NOT NULL,
  `fromName` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `EmailMessage_emailAccountId_threadId_messageId_key` (`emailAccountId`, `threadId`, `messageId`),
  CONSTRAINT `EmailMessage_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Knowledge` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `title` VARCHAR(191) NOT NULL,
  `content` TEXT NOT NULL,
  `emailAccountId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Knowledge_emailAccountId_title_key` (`emailAccountId`, `title`),
  CONSTRAINT `Knowledge_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DraftSendLog` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `executedActionId` VARCHAR(191) NOT NULL,
  `sentMessageId` TEXT NOT NULL,
  `similarityScore` DOUBLE NOT NULL,
  `replyMemorySentText` TEXT,
  `replyMemoryAttemptCount` INT NOT NULL DEFAULT 0,
  `replyMemoryProcessedAt` DATETIME(3),
  `sentText` TEXT,
  `bodySimilarityScore` DOUBLE,
  `bodySimilarityStatus` TEXT,
  `similarityMetadata` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `DraftSendLog_executedActionId_key` (`executedActionId`),
  CONSTRAINT `DraftSendLog_executedActionId_fkey` FOREIGN KEY (`executedActionId`) REFERENCES `ExecutedAction` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Chat` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `emailAccountId` VARCHAR(191) NOT NULL,
  `compactionCount` INT NOT NULL DEFAULT 0,
  `name` TEXT,
  `lastSeenRulesRevision` INT,
  `deletedAt` DATETIME(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `Chat_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChatMessage` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `role` TEXT NOT NULL,
  `chatId` VARCHAR(191) NOT NULL,
  `parts` JSON NOT NULL,
  `metadata` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `ChatMessage_chatId_fkey` FOREIGN KEY (`chatId`) REFERENCES `Chat` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RuleHistory` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `ruleId` VARCHAR(191) NOT NULL,
  `version` INT NOT NULL,
  `triggerType` TEXT NOT NULL,
  `promptText` TEXT,
  `name` TEXT NOT NULL,
  `instructions` TEXT,
  `enabled` TINYINT(1) NOT NULL,
  `automate` TINYINT(1) NOT NULL,
  `runOnThreads` TINYINT(1) NOT NULL,
  `conditionalOperator` TEXT NOT NULL,
  `from` TEXT,
  `to` TEXT,
  `subject` TEXT,
  `body` TEXT,
  `categoryFilterType` TEXT,
  `systemType` TEXT,
  `actions` JSON NOT NULL,
  `categoryFilters` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `RuleHistory_ruleId_version_key` (`ruleId`, `version`),
  CONSTRAINT `RuleHistory_ruleId_fkey` FOREIGN KEY (`ruleId`) REFERENCES `Rule` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Referral` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `referrerUserId` VARCHAR(191) NOT NULL,
  `referredUserId` VARCHAR(191) NOT NULL,
  `referralCodeUsed` TEXT NOT NULL,
  `status` ENUM('PENDING', 'COMPLETED') NOT NULL DEFAULT 'PENDING',
  `rewardGrantedAt` DATETIME(3),
  `stripeBalanceTransactionId` TEXT,
  `rewardAmount` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Referral_referredUserId_key` (`referredUserId`),
  CONSTRAINT `Referral_referrerUserId_fkey` FOREIGN KEY (`referrerUserId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Referral_referredUserId_fkey` FOREIGN KEY (`referredUserId`) REFERENCES `User` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Digest` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `emailAccountId` VARCHAR(191) NOT NULL,
  `sentAt` DATETIME(3),
  `status` ENUM('PENDING', 'PROCESSING', 'SENT', 'FAILED') NOT NULL DEFAULT 'PENDING',
  PRIMARY KEY (`id`),
  CONSTRAINT `Digest_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DigestItem` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `messageId` VARCHAR(191) NOT NULL,
  `threadId` VARCHAR(191) NOT NULL,
  `content` TEXT NOT NULL,
  `digestId` VARCHAR(191) NOT NULL,
  `actionId` VARCHAR(191),
  `coldEmailId` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `DigestItem_digestId_threadId_messageId_key` (`digestId`, `threadId`, `messageId`),
  CONSTRAINT `DigestItem_digestId_fkey` FOREIGN KEY (`digestId`) REFERENCES `Digest` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `DigestItem_coldEmailId_fkey` FOREIGN KEY (`coldEmailId`) REFERENCES `ColdEmail` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `DigestItem_actionId_fkey` FOREIGN KEY (`actionId`) REFERENCES `ExecutedAction` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Schedule` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `intervalDays` INT,
  `occurrences` INT,
  `daysOfWeek` INT,
  `timeOfDay` DATETIME(3),
  `emailAccountId` VARCHAR(191) NOT NULL,
  `lastOccurrenceAt` DATETIME(3),
  `nextOccurrenceAt` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Schedule_emailAccountId_key` (`emailAccountId`),
  CONSTRAINT `Schedule_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ScheduledAction` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `executedRuleId` VARCHAR(191) NOT NULL,
  `actionType` ENUM('ARCHIVE', 'LABEL', 'REPLY', 'SEND_EMAIL', 'FORWARD', 'DRAFT_EMAIL', 'MARK_SPAM', 'CALL_WEBHOOK', 'MARK_READ', 'DIGEST', 'MOVE_FOLDER', 'NOTIFY_SENDER', 'NOTIFY_MESSAGING_CHANNEL', 'DRAFT_MESSAGING_CHANNEL', 'STAR', 'DELETE', 'INTEGRATION') NOT NULL,
  `messageId` TEXT NOT NULL,
  `threadId` TEXT NOT NULL,
  `scheduledFor` DATETIME(3) NOT NULL,
  `emailAccountId` VARCHAR(191) NOT NULL,
  `status` ENUM('PENDING', 'EXECUTING', 'COMPLETED', 'FAILED', 'CANCELLED') NOT NULL DEFAULT 'PENDING',
  `schedulingStatus` ENUM('PENDING', 'SCHEDULED', 'FAILED') NOT NULL DEFAULT 'PENDING',
  `label` TEXT,
  `subject` TEXT,
  `content` TEXT,
  `to` TEXT,
  `cc` TEXT,
  `bcc` TEXT,
  `url` TEXT,
  `scheduledId` TEXT,
  `executedAt` DATETIME(3),
  `executedActionId` VARCHAR(191),
  `folderName` TEXT,
  `folderId` TEXT,
  `labelId` TEXT,
  `staticAttachments` JSON,
  `selectedAttachments` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ScheduledAction_executedActionId_key` (`executedActionId`),
  CONSTRAINT `ScheduledAction_executedRuleId_fkey` FOREIGN KEY (`executedRuleId`) REFERENCES `ExecutedRule` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ScheduledAction_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ScheduledAction_executedActionId_fkey` FOREIGN KEY (`executedActionId`) REFERENCES `ExecutedAction` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Member` (
  `id` VARCHAR(191) NOT NULL,
  `organizationId` VARCHAR(191) NOT NULL,
  `role` TEXT NOT NULL DEFAULT 'member',
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `emailAccountId` VARCHAR(191) NOT NULL,
  `allowOrgAdminAnalytics` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Member_organizationId_emailAccountId_key` (`organizationId`, `emailAccountId`),
  UNIQUE KEY `Member_emailAccountId_key` (`emailAccountId`),
  CONSTRAINT `Member_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Member_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitation` (
  `id` VARCHAR(191) NOT NULL,
  `organizationId` VARCHAR(191) NOT NULL,
  `email` TEXT NOT NULL,
  `role` TEXT,
  `status` TEXT NOT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  `inviterId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `invitation_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `invitation_inviterId_fkey` FOREIGN KEY (`inviterId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verification` (
  `id` VARCHAR(191) NOT NULL,
  `identifier` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ssoProvider` (
  `id` VARCHAR(191) NOT NULL,
  `issuer` TEXT NOT NULL,
  `oidcConfig` TEXT,
  `samlConfig` TEXT,
  `providerId` VARCHAR(191) NOT NULL,
  `organizationId` VARCHAR(191),
  `domain` TEXT NOT NULL,
  `emailAccountId` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ssoProvider_providerId_key` (`providerId`),
  CONSTRAINT `ssoProvider_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Organization` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ssoProvider_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ResponseTime` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `threadId` TEXT NOT NULL,
  `sentMessageId` VARCHAR(191) NOT NULL,
  `receivedMessageId` TEXT NOT NULL,
  `responseTimeMins` INT NOT NULL,
  `receivedAt` DATETIME(3) NOT NULL,
  `sentAt` DATETIME(3) NOT NULL,
  `emailAccountId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ResponseTime_emailAccountId_sentMessageId_key` (`emailAccountId`, `sentMessageId`),
  CONSTRAINT `ResponseTime_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReplyMemory` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `content` VARCHAR(191) NOT NULL,
  `kind` ENUM('FACT', 'PREFERENCE', 'PROCEDURE') NOT NULL,
  `scopeType` ENUM('GLOBAL', 'SENDER', 'DOMAIN', 'TOPIC') NOT NULL,
  `scopeValue` VARCHAR(191) NOT NULL,
  `emailAccountId` VARCHAR(191) NOT NULL,
  `isLearnedStyleEvidence` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ReplyMemory_emailAccountId_kind_scopeType_scopeValue_content_ke` (`emailAccountId`, `kind`, `scopeType`, `scopeValue`, `content`),
  CONSTRAINT `ReplyMemory_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReplyMemorySource` (
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `replyMemoryId` VARCHAR(191) NOT NULL,
  `draftSendLogId` VARCHAR(191) NOT NULL,
  `learnedWritingStyleAnalyzedAt` DATETIME(3),
  PRIMARY KEY (`replyMemoryId`, `draftSendLogId`),
  CONSTRAINT `ReplyMemorySource_replyMemoryId_fkey` FOREIGN KEY (`replyMemoryId`) REFERENCES `ReplyMemory` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ReplyMemorySource_draftSendLogId_fkey` FOREIGN KEY (`draftSendLogId`) REFERENCES `DraftSendLog` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ClassificationFeedback` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `sender` VARCHAR(191) NOT NULL,
  `eventType` ENUM('LABEL_ADDED', 'LABEL_REMOVED') NOT NULL,
  `ruleId` VARCHAR(191) NOT NULL,
  `emailAccountId` VARCHAR(191) NOT NULL,
  `threadId` TEXT NOT NULL,
  `messageId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ClassificationFeedback_emailAccountId_sender_ruleId_messageId_e` (`emailAccountId`, `sender`, `ruleId`, `messageId`, `eventType`),
  CONSTRAINT `ClassificationFeedback_ruleId_fkey` FOREIGN KEY (`ruleId`) REFERENCES `Rule` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `ClassificationFeedback_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MailSplit` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `kind` ENUM('INBOX', 'UNREAD', 'LABEL', 'CATEGORY') NOT NULL,
  `value` TEXT,
  `order` INT NOT NULL,
  `emailAccountId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `MailSplit_emailAccountId_name_key` (`emailAccountId`, `name`),
  UNIQUE KEY `MailSplit_emailAccountId_order_key` (`emailAccountId`, `order`),
  CONSTRAINT `MailSplit_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ContactResearch` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `email` TEXT NOT NULL,
  `researchStartedAt` DATETIME(3) NOT NULL,
  `found` TINYINT(1) NOT NULL,
  `role` TEXT,
  `confidence` TEXT,
  `company` JSON,
  `sources` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SnoozedThread` (
  `id` VARCHAR(191) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `threadId` VARCHAR(191) NOT NULL,
  `scheduledFor` DATETIME(3) NOT NULL,
  `status` ENUM('PENDING', 'EXECUTING', 'COMPLETED', 'CANCELLED') NOT NULL DEFAULT 'PENDING',
  `emailAccountId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `SnoozedThread_emailAccountId_fkey` FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

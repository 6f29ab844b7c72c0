-- erxes 0.19 (erxes/erxes-api, the GraphQL API of erxes, the customer-engagement platform: team inbox / live-chat
-- messenger, contacts, knowledge base, tickets, tasks and deals boards, engage campaigns, lead forms).
-- Source: github.com/erxes/erxes-api src/db/models/definitions/*.ts (Mongoose schemas) with the collection names of
-- src/db/models/*.ts, commit e52cf199a38951ddf88375c2755a9bd194c856a6 (last commit of the repository, 2020-10-28;
-- GPL-3.0 with the "Commons Clause" condition, LICENSE.md).
-- erxes keeps its data in MongoDB; upstream has no SQL schema. Each Mongoose model is written as one table named
-- after its MongoDB collection, one column per top-level schema path in the schema's order, with upstream's path
-- names (spread field groups such as commonItemFieldsSchema, knowledge-base commonFields and the board
-- commonFieldsSchema expanded in place; `scopeBrandIds`, which schemaWrapper() adds, last). Types: the `pkey`
-- _id (a Meteor Random.id() string) VARCHAR(32) primary key; String VARCHAR(255), TEXT for free texts (content,
-- body, description, summary, searchText); Number INT; Boolean TINYINT(1); Date DATETIME(3); arrays, Object /
-- Mixed paths and embedded sub-schemas (details, location, visitorContactInfo, messengerData, leadData,
-- engageData, attachments, customFieldsData ...) LONGTEXT holding the JSON value; enums as VARCHAR. Constant
-- defaults kept; unique/index on single scalar paths kept as keys (indexes on arrays and on searchText left out).
-- erxes refers between collections by plain String ids without Mongoose `ref`, so no foreign keys are declared.
-- Mongoose's __v version key is left out.

CREATE TABLE `users` (
  `_id` VARCHAR(32) NOT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `username` VARCHAR(255) DEFAULT NULL,
  `password` VARCHAR(255) DEFAULT NULL,
  `resetPasswordToken` VARCHAR(255) DEFAULT NULL,
  `registrationToken` VARCHAR(255) DEFAULT NULL,
  `registrationTokenExpires` DATETIME(3) DEFAULT NULL,
  `resetPasswordExpires` DATETIME(3) DEFAULT NULL,
  `isOwner` TINYINT(1) DEFAULT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `getNotificationByEmail` TINYINT(1) DEFAULT NULL,
  `emailSignatures` LONGTEXT,
  `starredConversationIds` LONGTEXT,
  `details` LONGTEXT,
  `links` LONGTEXT,
  `isActive` TINYINT(1) DEFAULT 1,
  `brandIds` LONGTEXT,
  `groupIds` LONGTEXT,
  `deviceTokens` LONGTEXT,
  `doNotDisturb` VARCHAR(255) DEFAULT 'No',
  PRIMARY KEY (`_id`),
  UNIQUE KEY `users_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_groups` (
  `_id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `description` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `user_groups_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `_id` VARCHAR(32) NOT NULL,
  `module` VARCHAR(255) DEFAULT NULL,
  `action` VARCHAR(255) DEFAULT NULL,
  `userId` VARCHAR(255) DEFAULT NULL,
  `groupId` VARCHAR(255) DEFAULT NULL,
  `requiredActions` LONGTEXT,
  `allowed` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `brands` (
  `_id` VARCHAR(32) NOT NULL,
  `code` VARCHAR(255) DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `description` TEXT,
  `userId` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `emailConfig` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customers` (
  `_id` VARCHAR(32) NOT NULL,
  `state` VARCHAR(255) DEFAULT 'visitor',
  `createdAt` DATETIME(3) DEFAULT NULL,
  `modifiedAt` DATETIME(3) DEFAULT NULL,
  `avatar` VARCHAR(255) DEFAULT NULL,
  `firstName` VARCHAR(255) DEFAULT NULL,
  `lastName` VARCHAR(255) DEFAULT NULL,
  `birthDate` DATETIME(3) DEFAULT NULL,
  `sex` INT DEFAULT 0,
  `primaryEmail` VARCHAR(255) DEFAULT NULL,
  `emails` LONGTEXT,
  `emailValidationStatus` VARCHAR(255) DEFAULT 'unknown',
  `primaryPhone` VARCHAR(255) DEFAULT NULL,
  `phones` LONGTEXT,
  `phoneValidationStatus` VARCHAR(255) DEFAULT 'unknown',
  `profileScore` INT DEFAULT NULL,
  `ownerId` VARCHAR(255) DEFAULT NULL,
  `position` VARCHAR(255) DEFAULT NULL,
  `department` VARCHAR(255) DEFAULT NULL,
  `leadStatus` VARCHAR(255) DEFAULT NULL,
  `status` VARCHAR(255) DEFAULT 'Active',
  `hasAuthority` VARCHAR(255) DEFAULT 'No',
  `description` TEXT,
  `doNotDisturb` VARCHAR(255) DEFAULT 'No',
  `links` LONGTEXT,
  `relatedIntegrationIds` LONGTEXT,
  `integrationId` VARCHAR(255) DEFAULT NULL,
  `tagIds` LONGTEXT,
  `mergedIds` LONGTEXT,
  `trackedData` LONGTEXT,
  `customFieldsData` LONGTEXT,
  `location` LONGTEXT,
  `visitorContactInfo` LONGTEXT,
  `deviceTokens` LONGTEXT,
  `searchText` TEXT,
  `code` VARCHAR(255) DEFAULT NULL,
  `isOnline` TINYINT(1) DEFAULT NULL,
  `lastSeenAt` DATETIME(3) DEFAULT NULL,
  `sessionCount` INT DEFAULT NULL,
  `scopeBrandIds` LONGTEXT,
  PRIMARY KEY (`_id`),
  KEY `customers_profileScore` (`profileScore`),
  KEY `customers_status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `companies` (
  `_id` VARCHAR(32) NOT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `modifiedAt` DATETIME(3) DEFAULT NULL,
  `primaryName` VARCHAR(255) DEFAULT NULL,
  `names` LONGTEXT,
  `avatar` VARCHAR(255) DEFAULT NULL,
  `size` INT DEFAULT NULL,
  `industry` VARCHAR(255) DEFAULT NULL,
  `website` VARCHAR(255) DEFAULT NULL,
  `plan` VARCHAR(255) DEFAULT NULL,
  `parentCompanyId` VARCHAR(255) DEFAULT NULL,
  `primaryEmail` VARCHAR(255) DEFAULT NULL,
  `emails` LONGTEXT,
  `primaryPhone` VARCHAR(255) DEFAULT NULL,
  `phones` LONGTEXT,
  `ownerId` VARCHAR(255) DEFAULT NULL,
  `status` VARCHAR(255) DEFAULT 'Active',
  `businessType` VARCHAR(255) DEFAULT NULL,
  `description` TEXT,
  `employees` INT DEFAULT NULL,
  `doNotDisturb` VARCHAR(255) DEFAULT 'No',
  `links` LONGTEXT,
  `tagIds` LONGTEXT,
  `mergedIds` LONGTEXT,
  `customFieldsData` LONGTEXT,
  `searchText` TEXT,
  `code` VARCHAR(255) DEFAULT NULL,
  `scopeBrandIds` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conformity` (
  `_id` VARCHAR(32) NOT NULL,
  `mainType` VARCHAR(255) DEFAULT NULL,
  `mainTypeId` VARCHAR(255) DEFAULT NULL,
  `relType` VARCHAR(255) DEFAULT NULL,
  `relTypeId` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `conformity_mainType` (`mainType`),
  KEY `conformity_mainTypeId` (`mainTypeId`),
  KEY `conformity_relType` (`relType`),
  KEY `conformity_relTypeId` (`relTypeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `channels` (
  `_id` VARCHAR(32) NOT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `description` TEXT,
  `integrationIds` LONGTEXT,
  `memberIds` LONGTEXT,
  `userId` VARCHAR(255) DEFAULT NULL,
  `conversationCount` INT DEFAULT 0,
  `openConversationCount` INT DEFAULT 0,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integrations` (
  `_id` VARCHAR(32) NOT NULL,
  `createdUserId` VARCHAR(255) DEFAULT NULL,
  `kind` VARCHAR(255) DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `brandId` VARCHAR(255) DEFAULT NULL,
  `languageCode` VARCHAR(255) DEFAULT NULL,
  `tagIds` LONGTEXT,
  `formId` VARCHAR(255) DEFAULT NULL,
  `leadData` LONGTEXT,
  `isActive` TINYINT(1) DEFAULT 1,
  `webhookData` LONGTEXT,
  `formData` LONGTEXT,
  `messengerData` LONGTEXT,
  `uiOptions` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversations` (
  `_id` VARCHAR(32) NOT NULL,
  `operatorStatus` VARCHAR(255) DEFAULT NULL,
  `content` TEXT,
  `integrationId` VARCHAR(255) DEFAULT NULL,
  `customerId` VARCHAR(255) DEFAULT NULL,
  `userId` VARCHAR(255) DEFAULT NULL,
  `assignedUserId` VARCHAR(255) DEFAULT NULL,
  `participatedUserIds` LONGTEXT,
  `readUserIds` LONGTEXT,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `updatedAt` DATETIME(3) DEFAULT NULL,
  `closedAt` DATETIME(3) DEFAULT NULL,
  `closedUserId` VARCHAR(255) DEFAULT NULL,
  `status` VARCHAR(255) DEFAULT NULL,
  `messageCount` INT DEFAULT NULL,
  `tagIds` LONGTEXT,
  `number` INT DEFAULT NULL,
  `firstRespondedUserId` VARCHAR(255) DEFAULT NULL,
  `firstRespondedDate` DATETIME(3) DEFAULT NULL,
  `isCustomerRespondedLast` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  KEY `conversations_integrationId` (`integrationId`),
  KEY `conversations_createdAt` (`createdAt`),
  KEY `conversations_status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_messages` (
  `_id` VARCHAR(32) NOT NULL,
  `content` TEXT,
  `attachments` LONGTEXT,
  `mentionedUserIds` LONGTEXT,
  `conversationId` VARCHAR(255) DEFAULT NULL,
  `internal` TINYINT(1) DEFAULT NULL,
  `customerId` VARCHAR(255) DEFAULT NULL,
  `fromBot` TINYINT(1) DEFAULT NULL,
  `userId` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `isCustomerRead` TINYINT(1) DEFAULT NULL,
  `botData` LONGTEXT,
  `formWidgetData` LONGTEXT,
  `messengerAppData` LONGTEXT,
  `engageData` LONGTEXT,
  `contentType` VARCHAR(255) DEFAULT 'text',
  PRIMARY KEY (`_id`),
  KEY `conversation_messages_conversationId` (`conversationId`),
  KEY `conversation_messages_internal` (`internal`),
  KEY `conversation_messages_customerId` (`customerId`),
  KEY `conversation_messages_userId` (`userId`),
  KEY `conversation_messages_createdAt` (`createdAt`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `internal_notes` (
  `_id` VARCHAR(32) NOT NULL,
  `contentType` VARCHAR(255) DEFAULT NULL,
  `contentTypeId` VARCHAR(255) DEFAULT NULL,
  `content` TEXT,
  `createdUserId` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `response_templates` (
  `_id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `content` TEXT,
  `brandId` VARCHAR(255) DEFAULT NULL,
  `files` LONGTEXT,
  `scopeBrandIds` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_templates` (
  `_id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `content` TEXT,
  `scopeBrandIds` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messenger_apps` (
  `_id` VARCHAR(32) NOT NULL,
  `kind` VARCHAR(255) DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `accountId` VARCHAR(255) DEFAULT NULL,
  `showInInbox` TINYINT(1) DEFAULT 0,
  `credentials` LONGTEXT,
  `scopeBrandIds` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scripts` (
  `_id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `messengerId` VARCHAR(255) DEFAULT NULL,
  `messengerBrandCode` VARCHAR(255) DEFAULT NULL,
  `kbTopicId` VARCHAR(255) DEFAULT NULL,
  `leadIds` LONGTEXT,
  `leadMaps` LONGTEXT,
  `scopeBrandIds` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `knowledgebase_topics` (
  `_id` VARCHAR(32) NOT NULL,
  `description` TEXT,
  `brandId` VARCHAR(255) DEFAULT NULL,
  `categoryIds` LONGTEXT,
  `color` VARCHAR(255) DEFAULT NULL,
  `backgroundImage` VARCHAR(255) DEFAULT NULL,
  `languageCode` VARCHAR(255) DEFAULT NULL,
  `createdBy` VARCHAR(255) DEFAULT NULL,
  `createdDate` DATETIME(3) DEFAULT NULL,
  `modifiedBy` VARCHAR(255) DEFAULT NULL,
  `modifiedDate` DATETIME(3) DEFAULT NULL,
  `title` VARCHAR(255) DEFAULT NULL,
  `scopeBrandIds` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `knowledgebase_categories` (
  `_id` VARCHAR(32) NOT NULL,
  `description` TEXT,
  `articleIds` LONGTEXT,
  `icon` VARCHAR(255) DEFAULT NULL,
  `createdBy` VARCHAR(255) DEFAULT NULL,
  `createdDate` DATETIME(3) DEFAULT NULL,
  `modifiedBy` VARCHAR(255) DEFAULT NULL,
  `modifiedDate` DATETIME(3) DEFAULT NULL,
  `title` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `knowledgebase_articles` (
  `_id` VARCHAR(32) NOT NULL,
  `summary` TEXT,
  `content` TEXT,
  `status` VARCHAR(255) DEFAULT 'draft',
  `reactionChoices` LONGTEXT,
  `reactionCounts` LONGTEXT,
  `createdBy` VARCHAR(255) DEFAULT NULL,
  `createdDate` DATETIME(3) DEFAULT NULL,
  `modifiedBy` VARCHAR(255) DEFAULT NULL,
  `modifiedDate` DATETIME(3) DEFAULT NULL,
  `title` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `boards` (
  `_id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `userId` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `order` INT DEFAULT NULL,
  `type` VARCHAR(255) NOT NULL,
  `scopeBrandIds` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pipelines` (
  `_id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `boardId` VARCHAR(255) DEFAULT NULL,
  `visibility` VARCHAR(255) DEFAULT 'public',
  `watchedUserIds` LONGTEXT,
  `memberIds` LONGTEXT,
  `bgColor` VARCHAR(255) DEFAULT NULL,
  `startDate` DATETIME(3) DEFAULT NULL,
  `endDate` DATETIME(3) DEFAULT NULL,
  `metric` VARCHAR(255) DEFAULT NULL,
  `hackScoringType` VARCHAR(255) DEFAULT NULL,
  `templateId` VARCHAR(255) DEFAULT NULL,
  `isCheckUser` TINYINT(1) DEFAULT NULL,
  `excludeCheckUserIds` LONGTEXT,
  `userId` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `order` INT DEFAULT NULL,
  `type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stages` (
  `_id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `probability` VARCHAR(255) DEFAULT NULL,
  `pipelineId` VARCHAR(255) DEFAULT NULL,
  `formId` VARCHAR(255) DEFAULT NULL,
  `status` VARCHAR(255) DEFAULT 'active',
  `userId` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `order` INT DEFAULT NULL,
  `type` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pipeline_labels` (
  `_id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `colorCode` VARCHAR(255) DEFAULT NULL,
  `pipelineId` VARCHAR(255) DEFAULT NULL,
  `createdBy` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets` (
  `_id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `order` INT DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `closeDate` DATETIME(3) DEFAULT NULL,
  `reminderMinute` INT DEFAULT NULL,
  `isComplete` TINYINT(1) DEFAULT 0,
  `description` TEXT,
  `assignedUserIds` LONGTEXT,
  `watchedUserIds` LONGTEXT,
  `labelIds` LONGTEXT,
  `attachments` LONGTEXT,
  `stageId` VARCHAR(255) DEFAULT NULL,
  `initialStageId` VARCHAR(255) DEFAULT NULL,
  `modifiedAt` DATETIME(3) DEFAULT NULL,
  `modifiedBy` VARCHAR(255) DEFAULT NULL,
  `searchText` TEXT,
  `priority` VARCHAR(255) DEFAULT NULL,
  `sourceConversationId` VARCHAR(255) DEFAULT NULL,
  `timeTrack` LONGTEXT,
  `status` VARCHAR(255) DEFAULT 'active',
  `source` VARCHAR(255) DEFAULT NULL,
  `scopeBrandIds` LONGTEXT,
  PRIMARY KEY (`_id`),
  KEY `tickets_stageId` (`stageId`),
  KEY `tickets_status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `_id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `order` INT DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `closeDate` DATETIME(3) DEFAULT NULL,
  `reminderMinute` INT DEFAULT NULL,
  `isComplete` TINYINT(1) DEFAULT 0,
  `description` TEXT,
  `assignedUserIds` LONGTEXT,
  `watchedUserIds` LONGTEXT,
  `labelIds` LONGTEXT,
  `attachments` LONGTEXT,
  `stageId` VARCHAR(255) DEFAULT NULL,
  `initialStageId` VARCHAR(255) DEFAULT NULL,
  `modifiedAt` DATETIME(3) DEFAULT NULL,
  `modifiedBy` VARCHAR(255) DEFAULT NULL,
  `searchText` TEXT,
  `priority` VARCHAR(255) DEFAULT NULL,
  `sourceConversationId` VARCHAR(255) DEFAULT NULL,
  `timeTrack` LONGTEXT,
  `status` VARCHAR(255) DEFAULT 'active',
  `scopeBrandIds` LONGTEXT,
  PRIMARY KEY (`_id`),
  KEY `tasks_stageId` (`stageId`),
  KEY `tasks_status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deals` (
  `_id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `order` INT DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `closeDate` DATETIME(3) DEFAULT NULL,
  `reminderMinute` INT DEFAULT NULL,
  `isComplete` TINYINT(1) DEFAULT 0,
  `description` TEXT,
  `assignedUserIds` LONGTEXT,
  `watchedUserIds` LONGTEXT,
  `labelIds` LONGTEXT,
  `attachments` LONGTEXT,
  `stageId` VARCHAR(255) DEFAULT NULL,
  `initialStageId` VARCHAR(255) DEFAULT NULL,
  `modifiedAt` DATETIME(3) DEFAULT NULL,
  `modifiedBy` VARCHAR(255) DEFAULT NULL,
  `searchText` TEXT,
  `priority` VARCHAR(255) DEFAULT NULL,
  `sourceConversationId` VARCHAR(255) DEFAULT NULL,
  `timeTrack` LONGTEXT,
  `status` VARCHAR(255) DEFAULT 'active',
  `productsData` LONGTEXT,
  `paymentsData` LONGTEXT,
  `scopeBrandIds` LONGTEXT,
  PRIMARY KEY (`_id`),
  KEY `deals_stageId` (`stageId`),
  KEY `deals_status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checklists` (
  `_id` VARCHAR(32) NOT NULL,
  `contentType` VARCHAR(255) DEFAULT NULL,
  `order` INT DEFAULT NULL,
  `contentTypeId` VARCHAR(255) DEFAULT NULL,
  `title` VARCHAR(255) DEFAULT NULL,
  `createdUserId` VARCHAR(255) DEFAULT NULL,
  `createdDate` DATETIME(3) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checklist_items` (
  `_id` VARCHAR(32) NOT NULL,
  `checklistId` VARCHAR(255) DEFAULT NULL,
  `content` TEXT,
  `isChecked` TINYINT(1) DEFAULT NULL,
  `createdUserId` VARCHAR(255) DEFAULT NULL,
  `createdDate` DATETIME(3) DEFAULT NULL,
  `order` INT DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_logs` (
  `_id` VARCHAR(32) NOT NULL,
  `contentId` VARCHAR(255) DEFAULT NULL,
  `contentType` VARCHAR(255) DEFAULT NULL,
  `action` VARCHAR(255) DEFAULT NULL,
  `content` LONGTEXT,
  `createdBy` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`_id`),
  KEY `activity_logs_contentId` (`contentId`),
  KEY `activity_logs_contentType` (`contentType`),
  KEY `activity_logs_action` (`action`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `_id` VARCHAR(32) NOT NULL,
  `notifType` VARCHAR(255) DEFAULT NULL,
  `action` VARCHAR(255) DEFAULT NULL,
  `title` VARCHAR(255) DEFAULT NULL,
  `link` VARCHAR(255) DEFAULT NULL,
  `content` TEXT,
  `createdUser` VARCHAR(255) DEFAULT NULL,
  `receiver` VARCHAR(255) DEFAULT NULL,
  `contentType` VARCHAR(255) DEFAULT NULL,
  `contentTypeId` VARCHAR(255) DEFAULT NULL,
  `date` DATETIME(3) DEFAULT NULL,
  `isRead` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`_id`),
  KEY `notifications_receiver` (`receiver`),
  KEY `notifications_contentType` (`contentType`),
  KEY `notifications_contentTypeId` (`contentTypeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_configs` (
  `_id` VARCHAR(32) NOT NULL,
  `user` VARCHAR(255) DEFAULT NULL,
  `notifType` VARCHAR(255) DEFAULT NULL,
  `isAllowed` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `engage_messages` (
  `_id` VARCHAR(32) NOT NULL,
  `kind` VARCHAR(255) DEFAULT NULL,
  `segmentId` VARCHAR(255) DEFAULT NULL,
  `segmentIds` LONGTEXT,
  `brandIds` LONGTEXT,
  `customerIds` LONGTEXT,
  `title` VARCHAR(255) DEFAULT NULL,
  `fromUserId` VARCHAR(255) DEFAULT NULL,
  `method` VARCHAR(255) DEFAULT NULL,
  `isDraft` TINYINT(1) DEFAULT NULL,
  `isLive` TINYINT(1) DEFAULT NULL,
  `stopDate` DATETIME(3) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `tagIds` LONGTEXT,
  `messengerReceivedCustomerIds` LONGTEXT,
  `email` LONGTEXT,
  `scheduleDate` LONGTEXT,
  `messenger` LONGTEXT,
  `lastRunAt` DATETIME(3) DEFAULT NULL,
  `totalCustomersCount` INT DEFAULT NULL,
  `validCustomersCount` INT DEFAULT NULL,
  `shortMessage` LONGTEXT,
  `scopeBrandIds` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_deliveries` (
  `_id` VARCHAR(32) NOT NULL,
  `subject` VARCHAR(255) DEFAULT NULL,
  `body` TEXT,
  `to` LONGTEXT,
  `cc` LONGTEXT,
  `bcc` LONGTEXT,
  `attachments` LONGTEXT,
  `from` VARCHAR(255) DEFAULT NULL,
  `kind` VARCHAR(255) DEFAULT NULL,
  `customerId` VARCHAR(255) DEFAULT NULL,
  `userId` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `status` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forms` (
  `_id` VARCHAR(32) NOT NULL,
  `title` VARCHAR(255) DEFAULT NULL,
  `type` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `buttonText` VARCHAR(255) DEFAULT NULL,
  `code` VARCHAR(255) DEFAULT NULL,
  `createdUserId` VARCHAR(255) DEFAULT NULL,
  `createdDate` DATETIME(3) DEFAULT NULL,
  `themeColor` VARCHAR(255) DEFAULT NULL,
  `callout` LONGTEXT,
  `viewCount` INT DEFAULT NULL,
  `contactsGathered` INT DEFAULT NULL,
  `submissions` LONGTEXT,
  `rules` LONGTEXT,
  `scopeBrandIds` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_submissions` (
  `_id` VARCHAR(32) NOT NULL,
  `customerId` VARCHAR(255) DEFAULT NULL,
  `contentType` VARCHAR(255) DEFAULT NULL,
  `contentTypeId` VARCHAR(255) DEFAULT NULL,
  `value` LONGTEXT,
  `submittedAt` DATETIME(3) DEFAULT NULL,
  `formId` VARCHAR(255) DEFAULT NULL,
  `formFieldId` VARCHAR(255) DEFAULT NULL,
  `scopeBrandIds` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fields_groups` (
  `_id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `contentType` VARCHAR(255) DEFAULT NULL,
  `order` INT DEFAULT NULL,
  `isDefinedByErxes` TINYINT(1) DEFAULT 0,
  `description` TEXT,
  `lastUpdatedUserId` VARCHAR(255) DEFAULT NULL,
  `isVisible` TINYINT(1) DEFAULT 1,
  `scopeBrandIds` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fields` (
  `_id` VARCHAR(32) NOT NULL,
  `contentType` VARCHAR(255) DEFAULT NULL,
  `contentTypeId` VARCHAR(255) DEFAULT NULL,
  `type` VARCHAR(255) DEFAULT NULL,
  `validation` VARCHAR(255) DEFAULT NULL,
  `text` VARCHAR(255) DEFAULT NULL,
  `description` TEXT,
  `options` LONGTEXT,
  `isRequired` TINYINT(1) DEFAULT NULL,
  `isDefinedByErxes` TINYINT(1) DEFAULT NULL,
  `order` INT DEFAULT NULL,
  `groupId` VARCHAR(255) DEFAULT NULL,
  `isVisible` TINYINT(1) DEFAULT 1,
  `lastUpdatedUserId` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segments` (
  `_id` VARCHAR(32) NOT NULL,
  `contentType` VARCHAR(255) DEFAULT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `description` TEXT,
  `subOf` VARCHAR(255) DEFAULT NULL,
  `color` VARCHAR(255) DEFAULT NULL,
  `conditions` LONGTEXT,
  `scopeBrandIds` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `_id` VARCHAR(32) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `type` VARCHAR(255) DEFAULT NULL,
  `colorCode` VARCHAR(255) DEFAULT NULL,
  `createdAt` DATETIME(3) DEFAULT NULL,
  `objectCount` INT DEFAULT NULL,
  `scopeBrandIds` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `import_history` (
  `_id` VARCHAR(32) NOT NULL,
  `success` INT DEFAULT 0,
  `failed` INT DEFAULT 0,
  `total` INT DEFAULT NULL,
  `ids` LONGTEXT,
  `contentType` VARCHAR(255) DEFAULT NULL,
  `userId` VARCHAR(255) DEFAULT NULL,
  `date` DATETIME(3) DEFAULT NULL,
  `errorMsgs` LONGTEXT,
  `status` VARCHAR(255) DEFAULT 'In Progress',
  `percentage` INT DEFAULT 0,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configs` (
  `_id` VARCHAR(32) NOT NULL,
  `code` VARCHAR(255) DEFAULT NULL,
  `value` LONGTEXT,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `configs_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `_id` VARCHAR(32) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) DEFAULT NULL,
  `actions` LONGTEXT,
  `status` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `webhooks_url` (`url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `robot_entries` (
  `_id` VARCHAR(32) NOT NULL,
  `parentId` VARCHAR(255) DEFAULT NULL,
  `isNotified` TINYINT(1) DEFAULT 0,
  `action` VARCHAR(255) DEFAULT NULL,
  `data` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `onboarding_histories` (
  `_id` VARCHAR(32) NOT NULL,
  `userId` VARCHAR(255) DEFAULT NULL,
  `totalPoint` INT DEFAULT NULL,
  `isCompleted` TINYINT(1) DEFAULT NULL,
  `completedSteps` LONGTEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


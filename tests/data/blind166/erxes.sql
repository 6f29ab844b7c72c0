-- erxes (erxes Inc.), open-source marketing, sales and customer-service platform: users, customers, companies, conversations
-- and messages, engage campaigns, segments, deals/tasks/tickets on boards and pipelines, forms and submissions, notes,
-- activity logs, notifications, e-mail deliveries. Licence: GNU AGPL/GPL with the "Commons Clause" condition (LICENSE.md).
-- Source: github.com/erxes/erxes-api at commit e52cf199a38951ddf88375c2755a9bd194c856a6 (2020-10-28), Mongoose schemas in
-- src/db/models/definitions/*.ts, collection names from the model() calls in src/db/models/*.ts. MongoDB collections written
-- as MySQL tables: one column per top-level schema field in schema order (schemaWrapper's scopeBrandIds last), `_id` the
-- primary key; single embedded sub-documents flattened into `<field>_<subfield>` columns; arrays, Mixed/Object and deeper
-- sub-documents as JSON; String -> TEXT (VARCHAR(255) for `_id`, `...Id` references and unique fields), Number -> DOUBLE,
-- Date -> DATETIME, Boolean -> TINYINT(1). Mongoose defaults and validators are not written; MongoDB declares no foreign keys.

CREATE TABLE `users` (
  `_id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME,
  `username` TEXT,
  `password` TEXT,
  `resetPasswordToken` TEXT,
  `registrationToken` TEXT,
  `registrationTokenExpires` DATETIME,
  `resetPasswordExpires` DATETIME,
  `isOwner` TINYINT(1),
  `email` VARCHAR(255),
  `getNotificationByEmail` TINYINT(1),
  `emailSignatures` JSON,
  `starredConversationIds` JSON,
  `details_avatar` TEXT,
  `details_shortName` TEXT,
  `details_fullName` TEXT,
  `details_position` TEXT,
  `details_location` TEXT,
  `details_description` TEXT,
  `details_operatorPhone` TEXT,
  `links` JSON,
  `isActive` TINYINT(1),
  `brandIds` JSON,
  `groupIds` JSON,
  `deviceTokens` JSON,
  `doNotDisturb` TEXT,
  PRIMARY KEY (`_id`),
  UNIQUE KEY (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_groups` (
  `_id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255),
  `description` TEXT,
  PRIMARY KEY (`_id`),
  UNIQUE KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `_id` VARCHAR(255) NOT NULL,
  `module` TEXT,
  `action` TEXT,
  `userId` VARCHAR(255),
  `groupId` VARCHAR(255),
  `requiredActions` JSON,
  `allowed` TINYINT(1),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `brands` (
  `_id` VARCHAR(255) NOT NULL,
  `code` TEXT,
  `name` TEXT,
  `description` TEXT,
  `userId` VARCHAR(255),
  `createdAt` DATETIME,
  `emailConfig_type` TEXT,
  `emailConfig_template` TEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `channels` (
  `_id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME,
  `name` TEXT,
  `description` TEXT,
  `integrationIds` JSON,
  `memberIds` JSON,
  `userId` VARCHAR(255),
  `conversationCount` DOUBLE,
  `openConversationCount` DOUBLE,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integrations` (
  `_id` VARCHAR(255) NOT NULL,
  `createdUserId` VARCHAR(255),
  `kind` TEXT,
  `name` TEXT,
  `brandId` VARCHAR(255),
  `languageCode` TEXT,
  `tagIds` JSON,
  `formId` VARCHAR(255),
  `leadData_loadType` TEXT,
  `leadData_successAction` TEXT,
  `leadData_fromEmail` TEXT,
  `leadData_userEmailTitle` TEXT,
  `leadData_userEmailContent` TEXT,
  `leadData_adminEmails` JSON,
  `leadData_adminEmailTitle` TEXT,
  `leadData_adminEmailContent` TEXT,
  `leadData_thankContent` TEXT,
  `leadData_redirectUrl` TEXT,
  `leadData_themeColor` TEXT,
  `leadData_callout` JSON,
  `leadData_viewCount` DOUBLE,
  `leadData_contactsGathered` DOUBLE,
  `leadData_rules` JSON,
  `leadData_isRequireOnce` TINYINT(1),
  `isActive` TINYINT(1),
  `webhookData_script` TEXT,
  `webhookData_token` TEXT,
  `formData_loadType` TEXT,
  `formData_successAction` TEXT,
  `formData_fromEmail` TEXT,
  `formData_userEmailTitle` TEXT,
  `formData_userEmailContent` TEXT,
  `formData_adminEmails` JSON,
  `formData_adminEmailTitle` TEXT,
  `formData_adminEmailContent` TEXT,
  `formData_thankContent` TEXT,
  `formData_redirectUrl` TEXT,
  `formData_themeColor` TEXT,
  `formData_callout` JSON,
  `formData_viewCount` DOUBLE,
  `formData_contactsGathered` DOUBLE,
  `formData_rules` JSON,
  `formData_isRequireOnce` TINYINT(1),
  `messengerData_botEndpointUrl` TEXT,
  `messengerData_supporterIds` JSON,
  `messengerData_notifyCustomer` TINYINT(1),
  `messengerData_availabilityMethod` TEXT,
  `messengerData_isOnline` TINYINT(1),
  `messengerData_onlineHours` JSON,
  `messengerData_timezone` TEXT,
  `messengerData_messages` JSON,
  `messengerData_links` JSON,
  `messengerData_requireAuth` TINYINT(1),
  `messengerData_showChat` TINYINT(1),
  `messengerData_showLauncher` TINYINT(1),
  `messengerData_forceLogoutWhenResolve` TINYINT(1),
  `messengerData_showVideoCallRequest` TINYINT(1),
  `uiOptions_color` TEXT,
  `uiOptions_textColor` TEXT,
  `uiOptions_wallpaper` TEXT,
  `uiOptions_logo` TEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `customers` (
  `_id` VARCHAR(255) NOT NULL,
  `state` TEXT,
  `createdAt` DATETIME,
  `modifiedAt` DATETIME,
  `avatar` TEXT,
  `firstName` TEXT,
  `lastName` TEXT,
  `birthDate` DATETIME,
  `sex` DOUBLE,
  `primaryEmail` TEXT,
  `emails` JSON,
  `emailValidationStatus` TEXT,
  `primaryPhone` TEXT,
  `phones` JSON,
  `phoneValidationStatus` TEXT,
  `profileScore` DOUBLE,
  `ownerId` VARCHAR(255),
  `position` TEXT,
  `department` TEXT,
  `leadStatus` TEXT,
  `status` TEXT,
  `hasAuthority` TEXT,
  `description` TEXT,
  `doNotDisturb` TEXT,
  `links` JSON,
  `relatedIntegrationIds` JSON,
  `integrationId` VARCHAR(255),
  `tagIds` JSON,
  `mergedIds` JSON,
  `trackedData` JSON,
  `customFieldsData` JSON,
  `location_remoteAddress` TEXT,
  `location_country` TEXT,
  `location_countryCode` TEXT,
  `location_city` TEXT,
  `location_region` TEXT,
  `location_hostname` TEXT,
  `location_language` TEXT,
  `location_userAgent` TEXT,
  `visitorContactInfo_email` TEXT,
  `visitorContactInfo_phone` TEXT,
  `deviceTokens` JSON,
  `searchText` TEXT,
  `code` TEXT,
  `isOnline` TINYINT(1),
  `lastSeenAt` DATETIME,
  `sessionCount` DOUBLE,
  `scopeBrandIds` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `companies` (
  `_id` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME,
  `modifiedAt` DATETIME,
  `primaryName` TEXT,
  `names` JSON,
  `avatar` TEXT,
  `size` DOUBLE,
  `industry` TEXT,
  `website` TEXT,
  `plan` TEXT,
  `parentCompanyId` VARCHAR(255),
  `primaryEmail` TEXT,
  `emails` JSON,
  `primaryPhone` TEXT,
  `phones` JSON,
  `ownerId` VARCHAR(255),
  `status` TEXT,
  `businessType` TEXT,
  `description` TEXT,
  `employees` DOUBLE,
  `doNotDisturb` TEXT,
  `links` JSON,
  `tagIds` JSON,
  `mergedIds` JSON,
  `customFieldsData` JSON,
  `searchText` TEXT,
  `code` TEXT,
  `scopeBrandIds` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conformity` (
  `_id` VARCHAR(255) NOT NULL,
  `mainType` TEXT,
  `mainTypeId` VARCHAR(255),
  `relType` TEXT,
  `relTypeId` VARCHAR(255),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversations` (
  `_id` VARCHAR(255) NOT NULL,
  `operatorStatus` TEXT,
  `content` TEXT,
  `integrationId` VARCHAR(255),
  `customerId` VARCHAR(255),
  `userId` VARCHAR(255),
  `assignedUserId` VARCHAR(255),
  `participatedUserIds` JSON,
  `readUserIds` JSON,
  `createdAt` DATETIME,
  `updatedAt` DATETIME,
  `closedAt` DATETIME,
  `closedUserId` VARCHAR(255),
  `status` TEXT,
  `messageCount` DOUBLE,
  `tagIds` JSON,
  `number` DOUBLE,
  `firstRespondedUserId` VARCHAR(255),
  `firstRespondedDate` DATETIME,
  `isCustomerRespondedLast` TINYINT(1),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_messages` (
  `_id` VARCHAR(255) NOT NULL,
  `content` TEXT,
  `attachments` JSON,
  `mentionedUserIds` JSON,
  `conversationId` VARCHAR(255),
  `internal` TINYINT(1),
  `customerId` VARCHAR(255),
  `fromBot` TINYINT(1),
  `userId` VARCHAR(255),
  `createdAt` DATETIME,
  `isCustomerRead` TINYINT(1),
  `botData` JSON,
  `formWidgetData` JSON,
  `messengerAppData` JSON,
  `engageData_engageKind` TEXT,
  `engageData_messageId` VARCHAR(255),
  `engageData_brandId` VARCHAR(255),
  `engageData_content` TEXT,
  `engageData_fromUserId` VARCHAR(255),
  `engageData_kind` TEXT,
  `engageData_sentAs` TEXT,
  `engageData_rules` JSON,
  `contentType` TEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `engage_messages` (
  `_id` VARCHAR(255) NOT NULL,
  `kind` TEXT,
  `segmentId` VARCHAR(255),
  `segmentIds` JSON,
  `brandIds` JSON,
  `customerIds` JSON,
  `title` TEXT,
  `fromUserId` VARCHAR(255),
  `method` TEXT,
  `isDraft` TINYINT(1),
  `isLive` TINYINT(1),
  `stopDate` DATETIME,
  `createdAt` DATETIME,
  `tagIds` JSON,
  `messengerReceivedCustomerIds` JSON,
  `email_attachments` JSON,
  `email_subject` TEXT,
  `email_sender` TEXT,
  `email_replyTo` TEXT,
  `email_content` TEXT,
  `email_templateId` VARCHAR(255),
  `scheduleDate_type` TEXT,
  `scheduleDate_month` TEXT,
  `scheduleDate_day` TEXT,
  `messenger_brandId` VARCHAR(255),
  `messenger_kind` TEXT,
  `messenger_sentAs` TEXT,
  `messenger_content` TEXT,
  `messenger_rules` JSON,
  `lastRunAt` DATETIME,
  `totalCustomersCount` DOUBLE,
  `validCustomersCount` DOUBLE,
  `shortMessage_from` TEXT,
  `shortMessage_content` TEXT,
  `shortMessage_fromIntegrationId` VARCHAR(255),
  `scopeBrandIds` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segments` (
  `_id` VARCHAR(255) NOT NULL,
  `contentType` TEXT,
  `name` TEXT,
  `description` TEXT,
  `subOf` TEXT,
  `color` TEXT,
  `conditions` JSON,
  `scopeBrandIds` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `_id` VARCHAR(255) NOT NULL,
  `name` TEXT,
  `type` TEXT,
  `colorCode` TEXT,
  `createdAt` DATETIME,
  `objectCount` DOUBLE,
  `scopeBrandIds` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `boards` (
  `_id` VARCHAR(255) NOT NULL,
  `name` TEXT,
  `userId` VARCHAR(255),
  `createdAt` DATETIME,
  `order` DOUBLE,
  `type` TEXT,
  `scopeBrandIds` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pipelines` (
  `_id` VARCHAR(255) NOT NULL,
  `name` TEXT,
  `boardId` VARCHAR(255),
  `visibility` TEXT,
  `watchedUserIds` JSON,
  `memberIds` JSON,
  `bgColor` TEXT,
  `startDate` DATETIME,
  `endDate` DATETIME,
  `metric` TEXT,
  `hackScoringType` TEXT,
  `templateId` VARCHAR(255),
  `isCheckUser` TINYINT(1),
  `excludeCheckUserIds` JSON,
  `userId` VARCHAR(255),
  `createdAt` DATETIME,
  `order` DOUBLE,
  `type` TEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stages` (
  `_id` VARCHAR(255) NOT NULL,
  `name` TEXT,
  `formId` VARCHAR(255),
  `order` DOUBLE,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pipeline_labels` (
  `_id` VARCHAR(255) NOT NULL,
  `name` TEXT,
  `colorCode` TEXT,
  `pipelineId` VARCHAR(255),
  `createdBy` TEXT,
  `createdAt` DATETIME,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deals` (
  `_id` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255),
  `createdAt` DATETIME,
  `order` DOUBLE,
  `name` TEXT,
  `closeDate` DATETIME,
  `reminderMinute` DOUBLE,
  `isComplete` TINYINT(1),
  `description` TEXT,
  `assignedUserIds` JSON,
  `watchedUserIds` JSON,
  `labelIds` JSON,
  `attachments` JSON,
  `stageId` VARCHAR(255),
  `initialStageId` VARCHAR(255),
  `modifiedAt` DATETIME,
  `modifiedBy` TEXT,
  `searchText` TEXT,
  `priority` TEXT,
  `sourceConversationId` VARCHAR(255),
  `timeTrack_startDate` TEXT,
  `timeTrack_timeSpent` DOUBLE,
  `timeTrack_status` TEXT,
  `status` TEXT,
  `productsData` JSON,
  `paymentsData` JSON,
  `scopeBrandIds` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `_id` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255),
  `createdAt` DATETIME,
  `order` DOUBLE,
  `name` TEXT,
  `closeDate` DATETIME,
  `reminderMinute` DOUBLE,
  `isComplete` TINYINT(1),
  `description` TEXT,
  `assignedUserIds` JSON,
  `watchedUserIds` JSON,
  `labelIds` JSON,
  `attachments` JSON,
  `stageId` VARCHAR(255),
  `initialStageId` VARCHAR(255),
  `modifiedAt` DATETIME,
  `modifiedBy` TEXT,
  `searchText` TEXT,
  `priority` TEXT,
  `sourceConversationId` VARCHAR(255),
  `timeTrack_startDate` TEXT,
  `timeTrack_timeSpent` DOUBLE,
  `timeTrack_status` TEXT,
  `status` TEXT,
  `scopeBrandIds` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tickets` (
  `_id` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255),
  `createdAt` DATETIME,
  `order` DOUBLE,
  `name` TEXT,
  `closeDate` DATETIME,
  `reminderMinute` DOUBLE,
  `isComplete` TINYINT(1),
  `description` TEXT,
  `assignedUserIds` JSON,
  `watchedUserIds` JSON,
  `labelIds` JSON,
  `attachments` JSON,
  `stageId` VARCHAR(255),
  `initialStageId` VARCHAR(255),
  `modifiedAt` DATETIME,
  `modifiedBy` TEXT,
  `searchText` TEXT,
  `priority` TEXT,
  `sourceConversationId` VARCHAR(255),
  `timeTrack_startDate` TEXT,
  `timeTrack_timeSpent` DOUBLE,
  `timeTrack_status` TEXT,
  `status` TEXT,
  `source` TEXT,
  `scopeBrandIds` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `products` (
  `_id` VARCHAR(255) NOT NULL,
  `name` TEXT,
  `code` VARCHAR(255),
  `categoryId` VARCHAR(255),
  `type` TEXT,
  `tagIds` JSON,
  `description` TEXT,
  `sku` TEXT,
  `unitPrice` DOUBLE,
  `customFieldsData` JSON,
  `createdAt` DATETIME,
  `scopeBrandIds` JSON,
  PRIMARY KEY (`_id`),
  UNIQUE KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_categories` (
  `_id` VARCHAR(255) NOT NULL,
  `name` TEXT,
  `code` VARCHAR(255),
  `order` TEXT,
  `parentId` VARCHAR(255),
  `description` TEXT,
  `createdAt` DATETIME,
  `scopeBrandIds` JSON,
  PRIMARY KEY (`_id`),
  UNIQUE KEY (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `internal_notes` (
  `_id` VARCHAR(255) NOT NULL,
  `contentType` TEXT,
  `contentTypeId` VARCHAR(255),
  `content` TEXT,
  `createdUserId` VARCHAR(255),
  `createdAt` DATETIME,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_logs` (
  `_id` VARCHAR(255) NOT NULL,
  `contentId` VARCHAR(255),
  `contentType` TEXT,
  `action` TEXT,
  `content` JSON,
  `createdBy` TEXT,
  `createdAt` DATETIME,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `_id` VARCHAR(255) NOT NULL,
  `notifType` TEXT,
  `action` TEXT,
  `title` TEXT,
  `link` TEXT,
  `content` TEXT,
  `createdUser` TEXT,
  `receiver` TEXT,
  `contentType` TEXT,
  `contentTypeId` VARCHAR(255),
  `date` DATETIME,
  `isRead` TINYINT(1),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_configs` (
  `_id` VARCHAR(255) NOT NULL,
  `user` TEXT,
  `notifType` TEXT,
  `isAllowed` TINYINT(1),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_deliveries` (
  `_id` VARCHAR(255) NOT NULL,
  `subject` TEXT,
  `body` TEXT,
  `to` JSON,
  `cc` JSON,
  `bcc` JSON,
  `attachments` JSON,
  `from` TEXT,
  `kind` TEXT,
  `customerId` VARCHAR(255),
  `userId` VARCHAR(255),
  `createdAt` DATETIME,
  `status` TEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_templates` (
  `_id` VARCHAR(255) NOT NULL,
  `name` TEXT,
  `content` TEXT,
  `scopeBrandIds` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forms` (
  `_id` VARCHAR(255) NOT NULL,
  `title` TEXT,
  `type` TEXT,
  `description` TEXT,
  `buttonText` TEXT,
  `code` TEXT,
  `createdUserId` VARCHAR(255),
  `createdDate` DATETIME,
  `themeColor` TEXT,
  `callout_title` TEXT,
  `callout_body` TEXT,
  `callout_buttonText` TEXT,
  `callout_featuredImage` TEXT,
  `callout_skip` TINYINT(1),
  `viewCount` DOUBLE,
  `contactsGathered` DOUBLE,
  `submissions` JSON,
  `rules` JSON,
  `scopeBrandIds` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `form_submissions` (
  `_id` VARCHAR(255) NOT NULL,
  `customerId` VARCHAR(255),
  `contentType` TEXT,
  `contentTypeId` VARCHAR(255),
  `value` JSON,
  `submittedAt` DATETIME,
  `formId` VARCHAR(255),
  `formFieldId` VARCHAR(255),
  `scopeBrandIds` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fields` (
  `_id` VARCHAR(255) NOT NULL,
  `contentType` TEXT,
  `contentTypeId` VARCHAR(255),
  `type` TEXT,
  `validation` TEXT,
  `text` TEXT,
  `description` TEXT,
  `options` JSON,
  `isRequired` TINYINT(1),
  `isDefinedByErxes` TINYINT(1),
  `order` DOUBLE,
  `groupId` VARCHAR(255),
  `isVisible` TINYINT(1),
  `lastUpdatedUserId` VARCHAR(255),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fields_groups` (
  `_id` VARCHAR(255) NOT NULL,
  `name` TEXT,
  `contentType` TEXT,
  `order` DOUBLE,
  `isDefinedByErxes` TINYINT(1),
  `description` TEXT,
  `lastUpdatedUserId` VARCHAR(255),
  `isVisible` TINYINT(1),
  `scopeBrandIds` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checklists` (
  `_id` VARCHAR(255) NOT NULL,
  `contentType` TEXT,
  `order` DOUBLE,
  `contentTypeId` VARCHAR(255),
  `title` TEXT,
  `createdUserId` VARCHAR(255),
  `createdDate` DATETIME,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `checklist_items` (
  `_id` VARCHAR(255) NOT NULL,
  `checklistId` VARCHAR(255),
  `content` TEXT,
  `isChecked` TINYINT(1),
  `createdUserId` VARCHAR(255),
  `createdDate` DATETIME,
  `order` DOUBLE,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `import_history` (
  `_id` VARCHAR(255) NOT NULL,
  `success` DOUBLE,
  `failed` DOUBLE,
  `total` DOUBLE,
  `ids` JSON,
  `contentType` TEXT,
  `userId` VARCHAR(255),
  `date` DATETIME,
  `errorMsgs` JSON,
  `status` TEXT,
  `percentage` DOUBLE,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `_id` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255),
  `token` TEXT,
  `actions` JSON,
  `status` TEXT,
  PRIMARY KEY (`_id`),
  UNIQUE KEY (`url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messenger_apps` (
  `_id` VARCHAR(255) NOT NULL,
  `kind` TEXT,
  `name` TEXT,
  `accountId` VARCHAR(255),
  `showInInbox` TINYINT(1),
  `credentials` JSON,
  `scopeBrandIds` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `response_templates` (
  `_id` VARCHAR(255) NOT NULL,
  `name` TEXT,
  `content` TEXT,
  `brandId` VARCHAR(255),
  `files` JSON,
  `scopeBrandIds` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `onboarding_histories` (
  `_id` VARCHAR(255) NOT NULL,
  `userId` VARCHAR(255),
  `totalPoint` DOUBLE,
  `isCompleted` TINYINT(1),
  `completedSteps` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- NextCRM (pdovhomilja/nextcrm-app, commit 73ccc2f3, MIT): a subset of prisma/schema.prisma (PostgreSQL) written as MySQL DDL.
-- Prisma String -> TEXT (CHAR(36) for @db.Uuid, VARCHAR(191) for ids/unique), DateTime -> DATETIME(3), Json and lists -> JSON,
-- enums -> ENUM; @map/@@map names kept; foreign keys from the @relation(fields, references) declarations.

CREATE TABLE `Users` (
  `id` CHAR(36) NOT NULL,
  `__v` INT NOT NULL,
  `account_name` TEXT,
  `avatar` TEXT,
  `email` VARCHAR(191) NOT NULL,
  `emailVerified` TINYINT(1) NOT NULL,
  `image` TEXT,
  `role` ENUM('user','manager','admin') NOT NULL,
  `created_on` DATETIME(3) NOT NULL,
  `updated_at` DATETIME(3),
  `lastLoginAt` DATETIME(3),
  `name` TEXT,
  `password` TEXT,
  `username` TEXT,
  `userStatus` ENUM('ACTIVE','INACTIVE','PENDING') NOT NULL,
  `userLanguage` ENUM('cz','en','de','uk') NOT NULL,
  `banned` TINYINT(1) NOT NULL,
  `banReason` TEXT,
  `banExpires` DATETIME(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `session` (
  `id` VARCHAR(191) NOT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `ipAddress` TEXT,
  `userAgent` TEXT,
  `userId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `Users` (`id`)
);

CREATE TABLE `account` (
  `id` VARCHAR(191) NOT NULL,
  `accountId` TEXT NOT NULL,
  `providerId` TEXT NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `accessToken` TEXT,
  `refreshToken` TEXT,
  `idToken` TEXT,
  `accessTokenExpiresAt` DATETIME(3),
  `refreshTokenExpiresAt` DATETIME(3),
  `scope` TEXT,
  `password` TEXT,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `Users` (`id`)
);

CREATE TABLE `verification` (
  `id` CHAR(36) NOT NULL,
  `identifier` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3),
  `updatedAt` DATETIME(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `ApiToken` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `tokenHash` VARCHAR(191) NOT NULL,
  `tokenPrefix` VARCHAR(8) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `expiresAt` DATETIME(3),
  `revokedAt` DATETIME(3),
  `lastUsedAt` DATETIME(3),
  `createdAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `Users` (`id`)
);

CREATE TABLE `Currency` (
  `code` VARCHAR(3) NOT NULL,
  `name` TEXT NOT NULL,
  `symbol` VARCHAR(5) NOT NULL,
  `isEnabled` TINYINT(1) NOT NULL,
  `isDefault` TINYINT(1) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`code`)
);

CREATE TABLE `crm_Industry_Type` (
  `id` CHAR(36) NOT NULL,
  `__v` INT NOT NULL,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `crm_Contact_Types` (
  `id` CHAR(36) NOT NULL,
  `__v` INT NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `crm_Lead_Sources` (
  `id` CHAR(36) NOT NULL,
  `__v` INT NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `crm_Lead_Statuses` (
  `id` CHAR(36) NOT NULL,
  `__v` INT NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `crm_Lead_Types` (
  `id` CHAR(36) NOT NULL,
  `__v` INT NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `crm_Opportunities_Sales_Stages` (
  `id` CHAR(36) NOT NULL,
  `__v` INT NOT NULL,
  `name` TEXT NOT NULL,
  `probability` INT,
  `order` INT,
  `stage_kind` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `crm_Opportunities_Type` (
  `id` CHAR(36) NOT NULL,
  `__v` INT NOT NULL,
  `name` TEXT NOT NULL,
  `order` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `crm_Accounts` (
  `id` CHAR(36) NOT NULL,
  `__v` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `createdBy` CHAR(36),
  `updatedAt` DATETIME(3),
  `updatedBy` CHAR(36),
  `annual_revenue` TEXT,
  `assigned_to` CHAR(36),
  `billing_city` TEXT,
  `billing_country` TEXT,
  `billing_postal_code` TEXT,
  `billing_state` TEXT,
  `billing_street` TEXT,
  `company_id` TEXT,
  `description` TEXT,
  `email` TEXT,
  `employees` TEXT,
  `fax` TEXT,
  `industry` CHAR(36),
  `member_of` TEXT,
  `name` TEXT NOT NULL,
  `office_phone` TEXT,
  `shipping_city` TEXT,
  `shipping_country` TEXT,
  `shipping_postal_code` TEXT,
  `shipping_state` TEXT,
  `shipping_street` TEXT,
  `status` TEXT,
  `case_study_candidate` TINYINT(1) NOT NULL,
  `case_study_approved` TINYINT(1) NOT NULL,
  `type` TEXT,
  `vat` TEXT,
  `website` TEXT,
  `deletedAt` DATETIME(3),
  `deletedBy` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`industry`) REFERENCES `crm_Industry_Type` (`id`),
  FOREIGN KEY (`assigned_to`) REFERENCES `Users` (`id`)
);

CREATE TABLE `crm_Contacts` (
  `id` CHAR(36) NOT NULL,
  `__v` INT NOT NULL,
  `account` CHAR(36),
  `assigned_to` CHAR(36),
  `birthday` TEXT,
  `createdBy` CHAR(36),
  `created_on` DATETIME(3),
  `cratedAt` DATETIME(3),
  `last_activity` DATETIME(3),
  `updatedAt` DATETIME(3),
  `updatedBy` CHAR(36),
  `last_activity_by` CHAR(36),
  `description` TEXT,
  `email` TEXT,
  `personal_email` TEXT,
  `first_name` TEXT,
  `last_name` TEXT NOT NULL,
  `office_phone` TEXT,
  `mobile_phone` TEXT,
  `website` TEXT,
  `position` TEXT,
  `status` TINYINT(1) NOT NULL,
  `social_twitter` TEXT,
  `social_facebook` TEXT,
  `social_linkedin` TEXT,
  `social_skype` TEXT,
  `social_instagram` TEXT,
  `social_youtube` TEXT,
  `social_tiktok` TEXT,
  `contact_type_id` CHAR(36),
  `tags` JSON,
  `notes` JSON,
  `accountsIDs` CHAR(36),
  `deletedAt` DATETIME(3),
  `deletedBy` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`contact_type_id`) REFERENCES `crm_Contact_Types` (`id`),
  FOREIGN KEY (`assigned_to`) REFERENCES `Users` (`id`),
  FOREIGN KEY (`createdBy`) REFERENCES `Users` (`id`),
  FOREIGN KEY (`accountsIDs`) REFERENCES `crm_Accounts` (`id`)
);

CREATE TABLE `crm_Leads` (
  `id` CHAR(36) NOT NULL,
  `__v` INT NOT NULL,
  `createdAt` DATETIME(3),
  `createdBy` CHAR(36),
  `updatedAt` DATETIME(3),
  `updatedBy` CHAR(36),
  `firstName` TEXT,
  `lastName` TEXT NOT NULL,
  `company` TEXT,
  `jobTitle` TEXT,
  `email` TEXT,
  `phone` TEXT,
  `description` TEXT,
  `lead_source_id` CHAR(36),
  `lead_status_id` CHAR(36),
  `lead_type_id` CHAR(36),
  `refered_by` TEXT,
  `campaign` TEXT,
  `assigned_to` CHAR(36),
  `accountsIDs` CHAR(36),
  `deletedAt` DATETIME(3),
  `deletedBy` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`lead_source_id`) REFERENCES `crm_Lead_Sources` (`id`),
  FOREIGN KEY (`lead_status_id`) REFERENCES `crm_Lead_Statuses` (`id`),
  FOREIGN KEY (`lead_type_id`) REFERENCES `crm_Lead_Types` (`id`),
  FOREIGN KEY (`assigned_to`) REFERENCES `Users` (`id`),
  FOREIGN KEY (`accountsIDs`) REFERENCES `crm_Accounts` (`id`)
);

CREATE TABLE `AccountWatchers` (
  `account_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`account_id`, `user_id`),
  FOREIGN KEY (`account_id`) REFERENCES `crm_Accounts` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `Users` (`id`)
);

CREATE TABLE `crm_Contracts` (
  `id` CHAR(36) NOT NULL,
  `__v` INT NOT NULL,
  `title` TEXT NOT NULL,
  `value` DECIMAL(18,2) NOT NULL,
  `startDate` DATETIME(3),
  `endDate` DATETIME(3),
  `renewalReminderDate` DATETIME(3),
  `customerSignedDate` DATETIME(3),
  `companySignedDate` DATETIME(3),
  `description` TEXT,
  `account` CHAR(36),
  `assigned_to` CHAR(36),
  `createdAt` DATETIME(3),
  `createdBy` CHAR(36),
  `updatedAt` DATETIME(3),
  `updatedBy` CHAR(36),
  `status` ENUM('NOTSTARTED','INPROGRESS','SIGNED') NOT NULL,
  `type` TEXT,
  `currency` VARCHAR(3),
  `snapshot_rate` DECIMAL(18,8),
  `deletedAt` DATETIME(3),
  `deletedBy` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`account`) REFERENCES `crm_Accounts` (`id`),
  FOREIGN KEY (`assigned_to`) REFERENCES `Users` (`id`),
  FOREIGN KEY (`currency`) REFERENCES `Currency` (`code`)
);

CREATE TABLE `crm_Activities` (
  `id` CHAR(36) NOT NULL,
  `type` ENUM('call','meeting','note','email') NOT NULL,
  `title` TEXT NOT NULL,
  `description` TEXT,
  `date` DATETIME(3) NOT NULL,
  `duration` INT,
  `outcome` TEXT,
  `status` ENUM('scheduled','completed','cancelled') NOT NULL,
  `metadata` JSON,
  `createdBy` CHAR(36),
  `updatedBy` CHAR(36),
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3),
  `deletedAt` DATETIME(3),
  `deletedBy` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`createdBy`) REFERENCES `Users` (`id`),
  FOREIGN KEY (`updatedBy`) REFERENCES `Users` (`id`)
);

CREATE TABLE `crm_ActivityLinks` (
  `id` CHAR(36) NOT NULL,
  `activityId` CHAR(36) NOT NULL,
  `entityType` TEXT NOT NULL,
  `entityId` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`activityId`) REFERENCES `crm_Activities` (`id`)
);

CREATE TABLE `crm_Targets` (
  `id` CHAR(36) NOT NULL,
  `first_name` TEXT,
  `last_name` TEXT NOT NULL,
  `email` TEXT,
  `mobile_phone` TEXT,
  `office_phone` TEXT,
  `company` TEXT,
  `company_website` TEXT,
  `personal_website` TEXT,
  `position` TEXT,
  `social_x` TEXT,
  `social_linkedin` TEXT,
  `social_instagram` TEXT,
  `social_facebook` TEXT,
  `status` TINYINT(1) NOT NULL,
  `do_not_email` TINYINT(1) NOT NULL,
  `do_not_email_at` DATETIME(3),
  `tags` JSON,
  `notes` JSON,
  `created_by` CHAR(36),
  `created_on` DATETIME(3),
  `updatedAt` DATETIME(3),
  `updatedBy` CHAR(36),
  `personal_email` TEXT,
  `company_email` TEXT,
  `company_phone` TEXT,
  `city` TEXT,
  `country` TEXT,
  `industry` TEXT,
  `employees` TEXT,
  `description` TEXT,
  `converted_at` DATETIME(3),
  `converted_account_id` CHAR(36),
  `converted_contact_id` CHAR(36),
  `deletedAt` DATETIME(3),
  `deletedBy` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by`) REFERENCES `Users` (`id`),
  FOREIGN KEY (`converted_account_id`) REFERENCES `crm_Accounts` (`id`),
  FOREIGN KEY (`converted_contact_id`) REFERENCES `crm_Contacts` (`id`)
);

CREATE TABLE `crm_TargetLists` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `status` TINYINT(1) NOT NULL,
  `created_by` CHAR(36),
  `created_on` DATETIME(3),
  `updatedAt` DATETIME(3),
  `deletedAt` DATETIME(3),
  `deletedBy` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by`) REFERENCES `Users` (`id`)
);

CREATE TABLE `TargetsToTargetLists` (
  `target_id` CHAR(36) NOT NULL,
  `target_list_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`target_id`, `target_list_id`),
  FOREIGN KEY (`target_id`) REFERENCES `crm_Targets` (`id`),
  FOREIGN KEY (`target_list_id`) REFERENCES `crm_TargetLists` (`id`)
);

CREATE TABLE `crm_campaigns` (
  `id` CHAR(36) NOT NULL,
  `__v` INT NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `status` TEXT,
  `template_id` CHAR(36),
  `from_name` TEXT,
  `reply_to` TEXT,
  `scheduled_at` DATETIME(3),
  `sent_at` DATETIME(3),
  `created_by` CHAR(36),
  `created_on` DATETIME(3),
  `updatedAt` DATETIME(3),
  `deletedAt` DATETIME(3),
  `deletedBy` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`created_by`) REFERENCES `Users` (`id`)
);

CREATE TABLE `crm_Opportunities` (
  `id` CHAR(36) NOT NULL,
  `__v` INT NOT NULL,
  `account` CHAR(36),
  `assigned_to` CHAR(36),
  `budget` DECIMAL(18,2) NOT NULL,
  `campaign` CHAR(36),
  `close_date` DATETIME(3),
  `delivery_deadline` DATETIME(3),
  `stage_entered_at` DATETIME(3),
  `approval_status` ENUM('NONE','PENDING','APPROVED','REJECTED') NOT NULL,
  `approval_requested_at` DATETIME(3),
  `approval_note` TEXT,
  `approved_by` CHAR(36),
  `approved_at` DATETIME(3),
  `contact` CHAR(36),
  `createdBy` CHAR(36),
  `created_on` DATETIME(3),
  `createdAt` DATETIME(3) NOT NULL,
  `last_activity` DATETIME(3),
  `updatedAt` DATETIME(3),
  `updatedBy` CHAR(36),
  `last_activity_by` CHAR(36),
  `currency` VARCHAR(3),
  `snapshot_rate` DECIMAL(18,8),
  `description` TEXT,
  `expected_revenue` DECIMAL(18,2) NOT NULL,
  `name` TEXT,
  `next_step` TEXT,
  `sales_stage` CHAR(36),
  `type` CHAR(36),
  `status` ENUM('ACTIVE','INACTIVE','PENDING','CLOSED'),
  `deletedAt` DATETIME(3),
  `deletedBy` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`type`) REFERENCES `crm_Opportunities_Type` (`id`),
  FOREIGN KEY (`sales_stage`) REFERENCES `crm_Opportunities_Sales_Stages` (`id`),
  FOREIGN KEY (`assigned_to`) REFERENCES `Users` (`id`),
  FOREIGN KEY (`createdBy`) REFERENCES `Users` (`id`),
  FOREIGN KEY (`account`) REFERENCES `crm_Accounts` (`id`),
  FOREIGN KEY (`campaign`) REFERENCES `crm_campaigns` (`id`),
  FOREIGN KEY (`currency`) REFERENCES `Currency` (`code`)
);

CREATE TABLE `ContactsToOpportunities` (
  `contact_id` CHAR(36) NOT NULL,
  `opportunity_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`contact_id`, `opportunity_id`),
  FOREIGN KEY (`contact_id`) REFERENCES `crm_Contacts` (`id`),
  FOREIGN KEY (`opportunity_id`) REFERENCES `crm_Opportunities` (`id`)
);

CREATE TABLE `crm_Accounts_Tasks` (
  `id` CHAR(36) NOT NULL,
  `__v` INT NOT NULL,
  `content` TEXT,
  `createdAt` DATETIME(3),
  `createdBy` CHAR(36),
  `updatedAt` DATETIME(3),
  `updatedBy` CHAR(36),
  `dueDateAt` DATETIME(3),
  `priority` TEXT NOT NULL,
  `tags` JSON,
  `title` TEXT NOT NULL,
  `likes` BIGINT,
  `user` CHAR(36),
  `taskStatus` ENUM('ACTIVE','PENDING','COMPLETE'),
  `account` CHAR(36),
  `opportunity_id` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user`) REFERENCES `Users` (`id`),
  FOREIGN KEY (`account`) REFERENCES `crm_Accounts` (`id`),
  FOREIGN KEY (`opportunity_id`) REFERENCES `crm_Opportunities` (`id`)
);

CREATE TABLE `tasksComments` (
  `id` CHAR(36) NOT NULL,
  `__v` INT NOT NULL,
  `comment` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `task` CHAR(36),
  `user` CHAR(36) NOT NULL,
  `assigned_crm_account_task` CHAR(36),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assigned_crm_account_task`) REFERENCES `crm_Accounts_Tasks` (`id`),
  FOREIGN KEY (`user`) REFERENCES `Users` (`id`)
);

CREATE TABLE `crm_campaign_sends` (
  `id` CHAR(36) NOT NULL,
  `campaign_id` CHAR(36) NOT NULL,
  `step_id` CHAR(36) NOT NULL,
  `target_id` CHAR(36) NOT NULL,
  `email` TEXT NOT NULL,
  `status` TEXT NOT NULL,
  `resend_message_id` TEXT,
  `unsubscribe_token` VARCHAR(191) NOT NULL,
  `opened_at` DATETIME(3),
  `clicked_at` DATETIME(3),
  `unsubscribed_at` DATETIME(3),
  `error_message` TEXT,
  `sent_at` DATETIME(3),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`campaign_id`) REFERENCES `crm_campaigns` (`id`),
  FOREIGN KEY (`target_id`) REFERENCES `crm_Targets` (`id`)
);

CREATE TABLE `crm_Contact_Enrichment` (
  `id` CHAR(36) NOT NULL,
  `contactId` CHAR(36) NOT NULL,
  `status` ENUM('PENDING','RUNNING','COMPLETED','FAILED','SKIPPED') NOT NULL,
  `fields` JSON,
  `result` JSON,
  `error` TEXT,
  `triggeredBy` CHAR(36),
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`contactId`) REFERENCES `crm_Contacts` (`id`),
  FOREIGN KEY (`triggeredBy`) REFERENCES `Users` (`id`)
);

CREATE TABLE `crm_AuditLog` (
  `id` CHAR(36) NOT NULL,
  `entityType` TEXT NOT NULL,
  `entityId` CHAR(36) NOT NULL,
  `action` ENUM('created','updated','deleted','restored','relation_added','relation_removed') NOT NULL,
  `changes` JSON,
  `userId` CHAR(36),
  `createdAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `Users` (`id`)
);

CREATE TABLE `Employees` (
  `id` CHAR(36) NOT NULL,
  `__v` INT NOT NULL,
  `avatar` TEXT NOT NULL,
  `email` TEXT,
  `name` TEXT NOT NULL,
  `salary` BIGINT NOT NULL,
  `status` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `EmailAccount` (
  `id` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `label` TEXT NOT NULL,
  `imapHost` TEXT NOT NULL,
  `imapPort` INT NOT NULL,
  `imapSsl` TINYINT(1) NOT NULL,
  `smtpHost` TEXT NOT NULL,
  `smtpPort` INT NOT NULL,
  `smtpSsl` TINYINT(1) NOT NULL,
  `username` TEXT NOT NULL,
  `passwordEncrypted` TEXT NOT NULL,
  `isActive` TINYINT(1) NOT NULL,
  `sentFolderName` TEXT NOT NULL,
  `lastSyncedAt` DATETIME(3),
  `inboxLastUid` INT,
  `sentLastUid` INT,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `Users` (`id`)
);

CREATE TABLE `Email` (
  `id` CHAR(36) NOT NULL,
  `emailAccountId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `rfcMessageId` TEXT NOT NULL,
  `imapUid` INT,
  `folder` ENUM('INBOX','SENT') NOT NULL,
  `subject` TEXT,
  `fromName` TEXT,
  `fromEmail` TEXT,
  `toRecipients` JSON NOT NULL,
  `ccRecipients` JSON NOT NULL,
  `bccRecipients` JSON NOT NULL,
  `bodyText` TEXT,
  `bodyHtml` TEXT,
  `sentAt` DATETIME(3),
  `isRead` TINYINT(1) NOT NULL,
  `isDeleted` TINYINT(1) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`emailAccountId`) REFERENCES `EmailAccount` (`id`),
  FOREIGN KEY (`userId`) REFERENCES `Users` (`id`)
);

CREATE TABLE `EmailsToContacts` (
  `emailId` CHAR(36) NOT NULL,
  `contactId` CHAR(36) NOT NULL,
  PRIMARY KEY (`emailId`, `contactId`),
  FOREIGN KEY (`emailId`) REFERENCES `Email` (`id`),
  FOREIGN KEY (`contactId`) REFERENCES `crm_Contacts` (`id`)
);

CREATE TABLE `crm_CalendarEvents` (
  `id` CHAR(36) NOT NULL,
  `source` TEXT NOT NULL,
  `externalId` TEXT NOT NULL,
  `iCalUID` TEXT,
  `connectionId` CHAR(36),
  `activityId` CHAR(36) NOT NULL,
  `startAt` DATETIME(3) NOT NULL,
  `endAt` DATETIME(3),
  `attendeeEmails` JSON NOT NULL,
  `status` TEXT NOT NULL,
  `rawPayload` JSON,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`activityId`) REFERENCES `crm_Activities` (`id`)
);

CREATE TABLE `Invoices` (
  `id` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `createdBy` CHAR(36) NOT NULL,
  `type` ENUM('INVOICE','CREDIT_NOTE','PROFORMA') NOT NULL,
  `status` ENUM('DRAFT','ISSUED','SENT','PARTIALLY_PAID','PAID','OVERDUE','CANCELLED','DISPUTED','REFUNDED','WRITTEN_OFF') NOT NULL,
  `number` TEXT,
  `numberOverridden` TINYINT(1) NOT NULL,
  `seriesId` CHAR(36),
  `accountId` CHAR(36) NOT NULL,
  `billingSnapshot` JSON,
  `issueDate` DATETIME(3),
  `taxableSupplyDate` DATETIME(3),
  `dueDate` DATETIME(3),
  `currency` VARCHAR(3) NOT NULL,
  `baseCurrency` VARCHAR(3),
  `fxRateToBase` DECIMAL(18,8),
  `subtotal` DECIMAL(14,2) NOT NULL,
  `discountTotal` DECIMAL(14,2) NOT NULL,
  `vatTotal` DECIMAL(14,2) NOT NULL,
  `grandTotal` DECIMAL(14,2) NOT NULL,
  `paidTotal` DECIMAL(14,2) NOT NULL,
  `balanceDue` DECIMAL(14,2) NOT NULL,
  `bankName` TEXT,
  `bankAccount` TEXT,
  `iban` TEXT,
  `swift` TEXT,
  `variableSymbol` TEXT,
  `publicNotes` TEXT,
  `internalNotes` TEXT,
  `originalInvoiceId` CHAR(36),
  `pdfStorageKey` TEXT,
  `pdfGeneratedAt` DATETIME(3),
  `search_vector` BLOB,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`createdBy`) REFERENCES `Users` (`id`),
  FOREIGN KEY (`accountId`) REFERENCES `crm_Accounts` (`id`),
  FOREIGN KEY (`currency`) REFERENCES `Currency` (`code`),
  FOREIGN KEY (`originalInvoiceId`) REFERENCES `Invoices` (`id`)
);

CREATE TABLE `Invoice_Payments` (
  `id` CHAR(36) NOT NULL,
  `invoiceId` CHAR(36) NOT NULL,
  `paidAt` DATETIME(3) NOT NULL,
  `amount` DECIMAL(14,2) NOT NULL,
  `method` TEXT,
  `reference` TEXT,
  `note` TEXT,
  `createdBy` CHAR(36) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`invoiceId`) REFERENCES `Invoices` (`id`),
  FOREIGN KEY (`createdBy`) REFERENCES `Users` (`id`)
);

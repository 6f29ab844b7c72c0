SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `User` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT,
  `email` VARCHAR(191) NOT NULL,
  `emailVerified` DATETIME(3),
  `password` TEXT,
  `source` TEXT,
  `signature` TEXT,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `lastSignedIn` DATETIME(3) NOT NULL,
  `roles` TEXT,
  `identityProvider` ENUM('DOCUMENSO','GOOGLE','OIDC') NOT NULL DEFAULT 'DOCUMENSO',
  `avatarImageId` VARCHAR(191),
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `twoFactorSecret` TEXT,
  `twoFactorEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `twoFactorBackupCodes` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`avatarImageId`) REFERENCES `AvatarImage` (`id`)
);

CREATE TABLE `TeamProfile` (
  `id` VARCHAR(191) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `teamId` INT NOT NULL,
  `bio` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`)
);

CREATE TABLE `UserSecurityAuditLog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `userId` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `type` ENUM('ACCOUNT_PROFILE_UPDATE','ACCOUNT_SSO_LINK','ACCOUNT_SSO_UNLINK','ORGANISATION_SSO_LINK','ORGANISATION_SSO_UNLINK','AUTH_2FA_DISABLE','AUTH_2FA_ENABLE','PASSKEY_CREATED','PASSKEY_DELETED','PASSKEY_UPDATED','PASSWORD_RESET','PASSWORD_UPDATE','SESSION_REVOKED','SIGN_OUT','SIGN_IN','SIGN_IN_FAIL','SIGN_IN_2FA_FAIL','SIGN_IN_PASSKEY_FAIL') NOT NULL,
  `userAgent` TEXT,
  `ipAddress` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`)
);

CREATE TABLE `PasswordResetToken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `expiry` DATETIME(3) NOT NULL,
  `userId` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`)
);

CREATE TABLE `Passkey` (
  `id` VARCHAR(191) NOT NULL,
  `userId` INT NOT NULL,
  `name` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `lastUsedAt` DATETIME(3),
  `credentialId` LONGBLOB NOT NULL,
  `credentialPublicKey` LONGBLOB NOT NULL,
  `counter` BIGINT NOT NULL,
  `credentialDeviceType` TEXT NOT NULL,
  `credentialBackedUp` TINYINT(1) NOT NULL,
  `transports` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`)
);

CREATE TABLE `AnonymousVerificationToken` (
  `id` VARCHAR(191) NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `VerificationToken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `secondaryId` VARCHAR(191) NOT NULL,
  `identifier` VARCHAR(191) NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `completed` TINYINT(1) NOT NULL DEFAULT 0,
  `expires` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `metadata` JSON,
  `userId` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`)
);

CREATE TABLE `Webhook` (
  `id` VARCHAR(191) NOT NULL,
  `webhookUrl` TEXT NOT NULL,
  `eventTriggers` TEXT,
  `secret` TEXT,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `userId` INT NOT NULL,
  `teamId` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`)
);

CREATE TABLE `WebhookCall` (
  `id` VARCHAR(191) NOT NULL,
  `status` ENUM('SUCCESS','FAILED') NOT NULL,
  `url` VARCHAR(191) NOT NULL,
  `event` ENUM('DOCUMENT_CREATED','DOCUMENT_SENT','DOCUMENT_OPENED','DOCUMENT_SIGNED','DOCUMENT_COMPLETED','DOCUMENT_REJECTED','DOCUMENT_CANCELLED','RECIPIENT_EXPIRED','DOCUMENT_RECIPIENT_COMPLETED','DOCUMENT_REMINDER_SENT','TEMPLATE_CREATED','TEMPLATE_UPDATED','TEMPLATE_DELETED','TEMPLATE_USED') NOT NULL,
  `requestBody` JSON NOT NULL,
  `responseCode` INT NOT NULL,
  `responseHeaders` JSON,
  `responseBody` JSON,
  `createdAt` DATETIME(3) NOT NULL,
  `webhookId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`webhookId`) REFERENCES `Webhook` (`id`)
);

CREATE TABLE `ApiToken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `algorithm` ENUM('SHA512') NOT NULL DEFAULT 'SHA512',
  `expires` DATETIME(3),
  `createdAt` DATETIME(3) NOT NULL,
  `userId` INT,
  `teamId` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`)
);

CREATE TABLE `Subscription` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `status` ENUM('ACTIVE','PAST_DUE','INACTIVE') NOT NULL DEFAULT 'INACTIVE',
  `planId` VARCHAR(191) NOT NULL,
  `priceId` VARCHAR(191) NOT NULL,
  `periodEnd` DATETIME(3),
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `cancelAtPeriodEnd` TINYINT(1) NOT NULL DEFAULT 0,
  `customerId` VARCHAR(191) NOT NULL,
  `organisationId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organisationId`) REFERENCES `Organisation` (`id`)
);

CREATE TABLE `Account` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `userId` INT NOT NULL,
  `type` TEXT NOT NULL,
  `provider` TEXT NOT NULL,
  `providerAccountId` VARCHAR(191) NOT NULL,
  `refresh_token` TEXT,
  `access_token` TEXT,
  `expires_at` INT,
  `created_at` INT,
  `ext_expires_in` INT,
  `token_type` TEXT,
  `scope` TEXT,
  `id_token` TEXT,
  `session_state` TEXT,
  `password` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`)
);

CREATE TABLE `Session` (
  `id` VARCHAR(191) NOT NULL,
  `sessionToken` VARCHAR(191) NOT NULL,
  `userId` INT NOT NULL,
  `ipAddress` TEXT,
  `userAgent` TEXT,
  `expiresAt` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`)
);

CREATE TABLE `Folder` (
  `id` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `userId` INT NOT NULL,
  `teamId` INT NOT NULL,
  `pinned` TINYINT(1) NOT NULL DEFAULT 0,
  `parentId` VARCHAR(191),
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `visibility` ENUM('EVERYONE','MANAGER_AND_ABOVE','ADMIN') NOT NULL DEFAULT 'EVERYONE',
  `type` ENUM('DOCUMENT','TEMPLATE') NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`),
  FOREIGN KEY (`parentId`) REFERENCES `Folder` (`id`)
);

CREATE TABLE `Envelope` (
  `id` VARCHAR(191) NOT NULL,
  `secondaryId` VARCHAR(191) NOT NULL,
  `externalId` VARCHAR(191),
  `type` ENUM('DOCUMENT','TEMPLATE') NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `completedAt` DATETIME(3),
  `deletedAt` DATETIME(3),
  `title` TEXT NOT NULL,
  `status` ENUM('DRAFT','PENDING','COMPLETED','REJECTED','CANCELLED') NOT NULL DEFAULT 'DRAFT',
  `source` ENUM('DOCUMENT','TEMPLATE','TEMPLATE_DIRECT_LINK') NOT NULL,
  `qrToken` TEXT,
  `signatureLevel` TEXT NOT NULL,
  `internalVersion` INT NOT NULL,
  `useLegacyFieldInsertion` TINYINT(1) NOT NULL DEFAULT 0,
  `authOptions` JSON,
  `formValues` JSON,
  `visibility` ENUM('EVERYONE','MANAGER_AND_ABOVE','ADMIN') NOT NULL DEFAULT 'EVERYONE',
  `templateType` ENUM('PUBLIC','PRIVATE','ORGANISATION') NOT NULL DEFAULT 'PRIVATE',
  `publicTitle` TEXT NOT NULL,
  `publicDescription` TEXT NOT NULL,
  `templateId` INT,
  `userId` INT NOT NULL,
  `teamId` INT NOT NULL,
  `folderId` VARCHAR(191),
  `documentMetaId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`),
  FOREIGN KEY (`folderId`) REFERENCES `Folder` (`id`),
  FOREIGN KEY (`documentMetaId`) REFERENCES `DocumentMeta` (`id`)
);

CREATE TABLE `EnvelopeItem` (
  `id` VARCHAR(191) NOT NULL,
  `title` TEXT NOT NULL,
  `order` INT NOT NULL,
  `documentDataId` VARCHAR(191) NOT NULL,
  `envelopeId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`documentDataId`) REFERENCES `DocumentData` (`id`),
  FOREIGN KEY (`envelopeId`) REFERENCES `Envelope` (`id`)
);

CREATE TABLE `DocumentAuditLog` (
  `id` VARCHAR(191) NOT NULL,
  `envelopeId` VARCHAR(191),
  `createdAt` DATETIME(3) NOT NULL,
  `type` TEXT NOT NULL,
  `data` JSON NOT NULL,
  `name` TEXT,
  `email` VARCHAR(191),
  `userId` INT,
  `userAgent` TEXT,
  `ipAddress` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`envelopeId`) REFERENCES `Envelope` (`id`)
);

CREATE TABLE `DocumentData` (
  `id` VARCHAR(191) NOT NULL,
  `type` ENUM('S3_PATH','BYTES','BYTES_64') NOT NULL,
  `data` TEXT NOT NULL,
  `initialData` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `DocumentMeta` (
  `id` VARCHAR(191) NOT NULL,
  `subject` TEXT,
  `message` TEXT,
  `timezone` TEXT,
  `dateFormat` TEXT,
  `redirectUrl` TEXT,
  `signingOrder` ENUM('PARALLEL','SEQUENTIAL') NOT NULL DEFAULT 'PARALLEL',
  `allowDictateNextSigner` TINYINT(1) NOT NULL DEFAULT 0,
  `typedSignatureEnabled` TINYINT(1) NOT NULL DEFAULT 1,
  `uploadSignatureEnabled` TINYINT(1) NOT NULL DEFAULT 1,
  `drawSignatureEnabled` TINYINT(1) NOT NULL DEFAULT 1,
  `language` TEXT NOT NULL,
  `distributionMethod` ENUM('EMAIL','NONE') NOT NULL DEFAULT 'EMAIL',
  `emailSettings` JSON,
  `emailReplyTo` TEXT,
  `emailId` VARCHAR(191),
  `envelopeExpirationPeriod` JSON,
  `reminderSettings` JSON,
  PRIMARY KEY (`id`)
);

CREATE TABLE `EnvelopeAttachment` (
  `id` VARCHAR(191) NOT NULL,
  `type` TEXT NOT NULL,
  `label` TEXT NOT NULL,
  `data` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `envelopeId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`envelopeId`) REFERENCES `Envelope` (`id`)
);

CREATE TABLE `Recipient` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `envelopeId` VARCHAR(191) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `token` VARCHAR(191) NOT NULL,
  `documentDeletedAt` DATETIME(3),
  `expired` DATETIME(3),
  `expiresAt` DATETIME(3),
  `expirationNotifiedAt` DATETIME(3),
  `sentAt` DATETIME(3),
  `signedAt` DATETIME(3),
  `lastReminderSentAt` DATETIME(3),
  `nextReminderAt` DATETIME(3),
  `reminderCount` INT NOT NULL DEFAULT 0,
  `authOptions` JSON,
  `signingOrder` INT,
  `rejectionReason` TEXT,
  `role` ENUM('CC','SIGNER','VIEWER','APPROVER','ASSISTANT') NOT NULL DEFAULT 'SIGNER',
  `readStatus` ENUM('NOT_OPENED','OPENED') NOT NULL DEFAULT 'NOT_OPENED',
  `signingStatus` ENUM('NOT_SIGNED','SIGNED','REJECTED') NOT NULL DEFAULT 'NOT_SIGNED',
  `sendStatus` ENUM('NOT_SENT','SENT') NOT NULL DEFAULT 'NOT_SENT',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`envelopeId`) REFERENCES `Envelope` (`id`)
);

CREATE TABLE `Field` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `secondaryId` VARCHAR(191) NOT NULL,
  `envelopeId` VARCHAR(191) NOT NULL,
  `envelopeItemId` VARCHAR(191) NOT NULL,
  `recipientId` INT NOT NULL,
  `type` ENUM('SIGNATURE','FREE_SIGNATURE','INITIALS','NAME','EMAIL','DATE','TEXT','NUMBER','RADIO','CHECKBOX','DROPDOWN') NOT NULL,
  `page` INT NOT NULL,
  `positionX` DECIMAL(65,30) NOT NULL DEFAULT 0,
  `positionY` DECIMAL(65,30) NOT NULL DEFAULT 0,
  `width` DECIMAL(65,30) NOT NULL DEFAULT -1,
  `height` DECIMAL(65,30) NOT NULL DEFAULT -1,
  `customText` TEXT NOT NULL,
  `inserted` TINYINT(1) NOT NULL,
  `fieldMeta` JSON,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`envelopeItemId`) REFERENCES `EnvelopeItem` (`id`),
  FOREIGN KEY (`envelopeId`) REFERENCES `Envelope` (`id`),
  FOREIGN KEY (`recipientId`) REFERENCES `Recipient` (`id`)
);

CREATE TABLE `Signature` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(3) NOT NULL,
  `recipientId` INT NOT NULL,
  `fieldId` INT NOT NULL,
  `signatureImageAsBase64` TEXT,
  `typedSignature` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`recipientId`) REFERENCES `Recipient` (`id`),
  FOREIGN KEY (`fieldId`) REFERENCES `Field` (`id`)
);

CREATE TABLE `CscCredential` (
  `id` VARCHAR(191) NOT NULL,
  `providerId` VARCHAR(191) NOT NULL,
  `credentialId` VARCHAR(191) NOT NULL,
  `certCache` LONGBLOB,
  `signatureAlgorithm` TEXT NOT NULL,
  `keyType` TEXT NOT NULL,
  `digestAlgorithm` TEXT NOT NULL,
  `keyLenBits` INT,
  `signAlgoParams` TEXT,
  `serviceTokenCiphertext` LONGBLOB,
  `serviceTokenExpiresAt` DATETIME(3),
  `recipientId` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`recipientId`) REFERENCES `Recipient` (`id`)
);

CREATE TABLE `CscSession` (
  `id` VARCHAR(191) NOT NULL,
  `envelopeId` VARCHAR(191) NOT NULL,
  `signingTime` DATETIME(3) NOT NULL,
  `itemsJson` JSON NOT NULL,
  `encryptedSad` LONGBLOB,
  `sadExpiresAt` DATETIME(3),
  `createdAt` DATETIME(3) NOT NULL,
  `recipientId` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`recipientId`) REFERENCES `Recipient` (`id`)
);

CREATE TABLE `DocumentShareLink` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(191) NOT NULL,
  `slug` VARCHAR(191) NOT NULL,
  `envelopeId` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`envelopeId`) REFERENCES `Envelope` (`id`)
);

CREATE TABLE `Organisation` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `type` ENUM('PERSONAL','ORGANISATION') NOT NULL,
  `name` TEXT NOT NULL,
  `url` VARCHAR(191) NOT NULL,
  `avatarImageId` VARCHAR(191),
  `customerId` VARCHAR(191),
  `organisationClaimId` VARCHAR(191) NOT NULL,
  `ownerUserId` INT NOT NULL,
  `organisationGlobalSettingsId` VARCHAR(191) NOT NULL,
  `organisationAuthenticationPortalId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`avatarImageId`) REFERENCES `AvatarImage` (`id`),
  FOREIGN KEY (`ownerUserId`) REFERENCES `User` (`id`),
  FOREIGN KEY (`organisationGlobalSettingsId`) REFERENCES `OrganisationGlobalSettings` (`id`),
  FOREIGN KEY (`organisationAuthenticationPortalId`) REFERENCES `OrganisationAuthenticationPortal` (`id`)
);

CREATE TABLE `OrganisationMember` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `userId` INT NOT NULL,
  `organisationId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`userId`) REFERENCES `User` (`id`),
  FOREIGN KEY (`organisationId`) REFERENCES `Organisation` (`id`)
);

CREATE TABLE `OrganisationMemberInvite` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `status` ENUM('ACCEPTED','PENDING','DECLINED') NOT NULL DEFAULT 'PENDING',
  `organisationId` VARCHAR(191) NOT NULL,
  `organisationRole` ENUM('ADMIN','MANAGER','MEMBER') NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organisationId`) REFERENCES `Organisation` (`id`)
);

CREATE TABLE `OrganisationGroup` (
  `id` VARCHAR(191) NOT NULL,
  `name` TEXT,
  `type` ENUM('INTERNAL_ORGANISATION','INTERNAL_TEAM','CUSTOM') NOT NULL,
  `organisationRole` ENUM('ADMIN','MANAGER','MEMBER') NOT NULL,
  `organisationId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organisationId`) REFERENCES `Organisation` (`id`)
);

CREATE TABLE `OrganisationGroupMember` (
  `id` VARCHAR(191) NOT NULL,
  `groupId` VARCHAR(191) NOT NULL,
  `organisationMemberId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`groupId`) REFERENCES `OrganisationGroup` (`id`),
  FOREIGN KEY (`organisationMemberId`) REFERENCES `OrganisationMember` (`id`)
);

CREATE TABLE `TeamGroup` (
  `id` VARCHAR(191) NOT NULL,
  `organisationGroupId` VARCHAR(191) NOT NULL,
  `teamRole` ENUM('ADMIN','MANAGER','MEMBER') NOT NULL,
  `teamId` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organisationGroupId`) REFERENCES `OrganisationGroup` (`id`),
  FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`)
);

CREATE TABLE `OrganisationGlobalSettings` (
  `id` VARCHAR(191) NOT NULL,
  `documentVisibility` ENUM('EVERYONE','MANAGER_AND_ABOVE','ADMIN') NOT NULL DEFAULT 'EVERYONE',
  `documentLanguage` TEXT NOT NULL,
  `includeSenderDetails` TINYINT(1) NOT NULL DEFAULT 1,
  `includeSigningCertificate` TINYINT(1) NOT NULL DEFAULT 1,
  `includeAuditLog` TINYINT(1) NOT NULL DEFAULT 0,
  `documentTimezone` TEXT,
  `documentDateFormat` TEXT NOT NULL,
  `delegateDocumentOwnership` TINYINT(1) NOT NULL DEFAULT 0,
  `typedSignatureEnabled` TINYINT(1) NOT NULL DEFAULT 1,
  `uploadSignatureEnabled` TINYINT(1) NOT NULL DEFAULT 1,
  `drawSignatureEnabled` TINYINT(1) NOT NULL DEFAULT 1,
  `defaultRecipients` JSON,
  `emailId` VARCHAR(191),
  `emailReplyTo` TEXT,
  `emailDocumentSettings` JSON NOT NULL,
  `brandingEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `brandingLogo` TEXT NOT NULL,
  `brandingUrl` TEXT NOT NULL,
  `brandingCompanyDetails` TEXT NOT NULL,
  `brandingColors` JSON,
  `brandingCss` TEXT NOT NULL,
  `envelopeExpirationPeriod` JSON,
  `reminderSettings` JSON,
  `aiFeaturesEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`emailId`) REFERENCES `OrganisationEmail` (`id`)
);

CREATE TABLE `TeamGlobalSettings` (
  `id` VARCHAR(191) NOT NULL,
  `documentVisibility` ENUM('EVERYONE','MANAGER_AND_ABOVE','ADMIN'),
  `documentLanguage` TEXT,
  `documentTimezone` TEXT,
  `documentDateFormat` TEXT,
  `delegateDocumentOwnership` TINYINT(1),
  `includeSenderDetails` TINYINT(1),
  `includeSigningCertificate` TINYINT(1),
  `includeAuditLog` TINYINT(1),
  `typedSignatureEnabled` TINYINT(1),
  `uploadSignatureEnabled` TINYINT(1),
  `drawSignatureEnabled` TINYINT(1),
  `defaultRecipients` JSON,
  `emailId` VARCHAR(191),
  `emailReplyTo` TEXT,
  `emailDocumentSettings` JSON,
  `brandingEnabled` TINYINT(1),
  `brandingLogo` TEXT,
  `brandingUrl` TEXT,
  `brandingCompanyDetails` TEXT,
  `brandingColors` JSON,
  `brandingCss` TEXT,
  `envelopeExpirationPeriod` JSON,
  `reminderSettings` JSON,
  `aiFeaturesEnabled` TINYINT(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`emailId`) REFERENCES `OrganisationEmail` (`id`)
);

CREATE TABLE `Team` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `url` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `avatarImageId` VARCHAR(191),
  `organisationId` VARCHAR(191) NOT NULL,
  `teamGlobalSettingsId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`avatarImageId`) REFERENCES `AvatarImage` (`id`),
  FOREIGN KEY (`organisationId`) REFERENCES `Organisation` (`id`),
  FOREIGN KEY (`teamGlobalSettingsId`) REFERENCES `TeamGlobalSettings` (`id`)
);

CREATE TABLE `TeamEmail` (
  `teamId` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `name` TEXT NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`teamId`),
  FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`)
);

CREATE TABLE `TeamEmailVerification` (
  `teamId` INT NOT NULL,
  `name` TEXT NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `completed` TINYINT(1) NOT NULL DEFAULT 0,
  `expiresAt` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`teamId`),
  FOREIGN KEY (`teamId`) REFERENCES `Team` (`id`)
);

CREATE TABLE `TemplateDirectLink` (
  `id` VARCHAR(191) NOT NULL,
  `envelopeId` VARCHAR(191) NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `directTemplateRecipientId` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`envelopeId`) REFERENCES `Envelope` (`id`)
);

CREATE TABLE `BackgroundJob` (
  `id` VARCHAR(191) NOT NULL,
  `status` ENUM('PENDING','PROCESSING','COMPLETED','FAILED') NOT NULL DEFAULT 'PENDING',
  `payload` JSON,
  `retried` INT NOT NULL DEFAULT 0,
  `maxRetries` INT NOT NULL DEFAULT 3,
  `jobId` VARCHAR(191) NOT NULL,
  `name` TEXT NOT NULL,
  `version` TEXT NOT NULL,
  `submittedAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `completedAt` DATETIME(3),
  `lastRetriedAt` DATETIME(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `AvatarImage` (
  `id` VARCHAR(191) NOT NULL,
  `bytes` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `EmailDomain` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `status` ENUM('PENDING','ACTIVE') NOT NULL DEFAULT 'PENDING',
  `selector` VARCHAR(191) NOT NULL,
  `domain` VARCHAR(191) NOT NULL,
  `publicKey` TEXT NOT NULL,
  `privateKey` TEXT NOT NULL,
  `lastVerifiedAt` DATETIME(3),
  `organisationId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`organisationId`) REFERENCES `Organisation` (`id`)
);

CREATE TABLE `OrganisationEmail` (
  `id` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `emailName` TEXT NOT NULL,
  `emailDomainId` VARCHAR(191) NOT NULL,
  `organisationId` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`emailDomainId`) REFERENCES `EmailDomain` (`id`),
  FOREIGN KEY (`organisationId`) REFERENCES `Organisation` (`id`)
);

CREATE TABLE `OrganisationAuthenticationPortal` (
  `id` VARCHAR(191) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `clientId` VARCHAR(191) NOT NULL DEFAULT '',
  `clientSecret` TEXT NOT NULL,
  `wellKnownUrl` TEXT NOT NULL,
  `defaultOrganisationRole` ENUM('ADMIN','MANAGER','MEMBER') NOT NULL DEFAULT 'MEMBER',
  `autoProvisionUsers` TINYINT(1) NOT NULL DEFAULT 1,
  `allowedDomains` TEXT,
  `allowPersonalOrganisations` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);


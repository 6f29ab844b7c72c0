-- Cal.com (scheduling / booking platform), trimmed MySQL DDL.
-- Upstream: github.com/calcom/cal.com packages/prisma/schema.prisma, commit 0000abf51b815b6e2043b2bfd546d2fc7020578b
-- (Prisma models written as the MySQL DDL Prisma produces; upstream's datasource is PostgreSQL).
-- Licence: AGPL-3.0 (Cal.com, Inc.).

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `users` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `username` VARCHAR(191) NULL,
    `name` VARCHAR(191) NULL,
    `email` VARCHAR(191) NOT NULL,
    `emailVerified` DATETIME(3) NULL,
    `bio` VARCHAR(191) NULL,
    `avatarUrl` VARCHAR(191) NULL,
    `timeZone` VARCHAR(191) NOT NULL DEFAULT 'Europe/London',
    `weekStart` VARCHAR(191) NOT NULL DEFAULT 'Sunday',
    `startTime` INT NOT NULL DEFAULT 0,
    `endTime` INT NOT NULL DEFAULT 1440,
    `bufferTime` INT NOT NULL DEFAULT 0,
    `hideBranding` TINYINT(1) NOT NULL DEFAULT 0,
    `theme` VARCHAR(191) NULL,
    `appTheme` VARCHAR(191) NULL,
    `created` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `trialEndsAt` DATETIME(3) NULL,
    `lastActiveAt` DATETIME(3) NULL,
    `defaultScheduleId` INT NULL,
    `completedOnboarding` TINYINT(1) NOT NULL DEFAULT 0,
    `locale` VARCHAR(191) NULL,
    `timeFormat` INT NULL DEFAULT 12,
    `twoFactorSecret` VARCHAR(191) NULL,
    `twoFactorEnabled` TINYINT(1) NOT NULL DEFAULT 0,
    `backupCodes` VARCHAR(191) NULL,
    `identityProvider` ENUM('CAL', 'GOOGLE', 'SAML') NOT NULL DEFAULT 'CAL',
    `identityProviderId` VARCHAR(191) NULL,
    `invitedTo` INT NULL,
    `brandColor` VARCHAR(191) NULL,
    `darkBrandColor` VARCHAR(191) NULL,
    `allowDynamicBooking` TINYINT(1) NULL DEFAULT 1,
    `allowSEOIndexing` TINYINT(1) NULL DEFAULT 1,
    `receiveMonthlyDigestEmail` TINYINT(1) NULL DEFAULT 1,
    `metadata` JSON NULL,
    `verified` TINYINT(1) NULL DEFAULT 0,
    `role` ENUM('USER', 'ADMIN') NOT NULL DEFAULT 'USER',
    `disableImpersonation` TINYINT(1) NOT NULL DEFAULT 0,
    `organizationId` INT NULL,
    `locked` TINYINT(1) NOT NULL DEFAULT 0,
    `movedToProfileId` INT NULL,
    `isPlatformManaged` TINYINT(1) NOT NULL DEFAULT 0,
    `smsLockState` ENUM('LOCKED', 'UNLOCKED', 'REVIEW_NEEDED') NOT NULL DEFAULT 'UNLOCKED',
    `smsLockReviewedByAdmin` TINYINT(1) NOT NULL DEFAULT 0,
    `referralLinkId` VARCHAR(191) NULL,
    `creationSource` ENUM('api_v1', 'api_v2', 'webapp') NULL,

    UNIQUE INDEX `users_email_key`(`email`),
    UNIQUE INDEX `users_email_username_key`(`email`, `username`),
    UNIQUE INDEX `users_username_organizationId_key`(`username`, `organizationId`),
    UNIQUE INDEX `users_movedToProfileId_key`(`movedToProfileId`),
    INDEX `users_username_idx`(`username`),
    INDEX `users_emailVerified_idx`(`emailVerified`),
    INDEX `users_identityProvider_idx`(`identityProvider`),
    INDEX `users_identityProviderId_idx`(`identityProviderId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `UserPassword` (
    `hash` VARCHAR(191) NOT NULL,
    `userId` INT NOT NULL,

    UNIQUE INDEX `UserPassword_userId_key`(`userId`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `TravelSchedule` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `userId` INT NOT NULL,
    `timeZone` VARCHAR(191) NOT NULL,
    `startDate` DATETIME(3) NOT NULL,
    `endDate` DATETIME(3) NULL,
    `prevTimeZone` VARCHAR(191) NULL,

    INDEX `TravelSchedule_startDate_idx`(`startDate`),
    INDEX `TravelSchedule_endDate_idx`(`endDate`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Profile` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `uid` VARCHAR(191) NOT NULL,
    `userId` INT NOT NULL,
    `organizationId` INT NOT NULL,
    `username` VARCHAR(191) NOT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,

    UNIQUE INDEX `Profile_userId_organizationId_key`(`userId`, `organizationId`),
    UNIQUE INDEX `Profile_username_organizationId_key`(`username`, `organizationId`),
    INDEX `Profile_uid_idx`(`uid`),
    INDEX `Profile_userId_idx`(`userId`),
    INDEX `Profile_organizationId_idx`(`organizationId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Team` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(191) NOT NULL,
    `slug` VARCHAR(191) NULL,
    `logoUrl` VARCHAR(191) NULL,
    `calVideoLogo` VARCHAR(191) NULL,
    `appLogo` VARCHAR(191) NULL,
    `appIconLogo` VARCHAR(191) NULL,
    `bio` VARCHAR(191) NULL,
    `hideBranding` TINYINT(1) NOT NULL DEFAULT 0,
    `isPrivate` TINYINT(1) NOT NULL DEFAULT 0,
    `hideBookATeamMember` TINYINT(1) NOT NULL DEFAULT 0,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `metadata` JSON NULL,
    `theme` VARCHAR(191) NULL,
    `brandColor` VARCHAR(191) NULL,
    `darkBrandColor` VARCHAR(191) NULL,
    `bannerUrl` VARCHAR(191) NULL,
    `parentId` INT NULL,
    `timeFormat` INT NULL,
    `timeZone` VARCHAR(191) NOT NULL DEFAULT 'Europe/London',
    `weekStart` VARCHAR(191) NOT NULL DEFAULT 'Sunday',
    `isOrganization` TINYINT(1) NOT NULL DEFAULT 0,
    `pendingPayment` TINYINT(1) NOT NULL DEFAULT 0,
    `isPlatform` TINYINT(1) NOT NULL DEFAULT 0,
    `createdByOAuthClientId` VARCHAR(191) NULL,
    `smsLockState` ENUM('LOCKED', 'UNLOCKED', 'REVIEW_NEEDED') NOT NULL DEFAULT 'UNLOCKED',
    `smsLockReviewedByAdmin` TINYINT(1) NOT NULL DEFAULT 0,
    `bookingLimits` JSON NULL,
    `includeManagedEventsInLimits` TINYINT(1) NOT NULL DEFAULT 0,

    UNIQUE INDEX `Team_slug_parentId_key`(`slug`, `parentId`),
    INDEX `Team_parentId_idx`(`parentId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Membership` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `teamId` INT NOT NULL,
    `userId` INT NOT NULL,
    `accepted` TINYINT(1) NOT NULL DEFAULT 0,
    `role` ENUM('MEMBER', 'ADMIN', 'OWNER') NOT NULL,
    `disableImpersonation` TINYINT(1) NOT NULL DEFAULT 0,

    UNIQUE INDEX `Membership_userId_teamId_key`(`userId`, `teamId`),
    INDEX `Membership_teamId_idx`(`teamId`),
    INDEX `Membership_userId_idx`(`userId`),
    INDEX `Membership_accepted_idx`(`accepted`),
    INDEX `Membership_role_idx`(`role`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `VerificationToken` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `identifier` VARCHAR(191) NOT NULL,
    `token` VARCHAR(191) NOT NULL,
    `expires` DATETIME(3) NOT NULL,
    `expiresInDays` INT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,
    `teamId` INT NULL,
    `secondaryEmailId` INT NULL,

    UNIQUE INDEX `VerificationToken_token_key`(`token`),
    UNIQUE INDEX `VerificationToken_identifier_token_key`(`identifier`, `token`),
    INDEX `VerificationToken_token_idx`(`token`),
    INDEX `VerificationToken_teamId_idx`(`teamId`),
    INDEX `VerificationToken_secondaryEmailId_idx`(`secondaryEmailId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `ResetPasswordRequest` (
    `id` VARCHAR(191) NOT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,
    `email` VARCHAR(191) NOT NULL,
    `expires` DATETIME(3) NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Account` (
    `id` VARCHAR(191) NOT NULL,
    `userId` INT NOT NULL,
    `type` VARCHAR(191) NOT NULL,
    `provider` VARCHAR(191) NOT NULL,
    `providerAccountId` VARCHAR(191) NOT NULL,
    `providerEmail` VARCHAR(191) NULL,
    `refresh_token` TEXT NULL,
    `access_token` TEXT NULL,
    `expires_at` INT NULL,
    `token_type` VARCHAR(191) NULL,
    `scope` VARCHAR(191) NULL,
    `id_token` TEXT NULL,
    `session_state` VARCHAR(191) NULL,

    UNIQUE INDEX `Account_provider_providerAccountId_key`(`provider`, `providerAccountId`),
    INDEX `Account_userId_idx`(`userId`),
    INDEX `Account_type_idx`(`type`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Session` (
    `id` VARCHAR(191) NOT NULL,
    `sessionToken` VARCHAR(191) NOT NULL,
    `userId` INT NOT NULL,
    `expires` DATETIME(3) NOT NULL,

    UNIQUE INDEX `Session_sessionToken_key`(`sessionToken`),
    INDEX `Session_userId_idx`(`userId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `ApiKey` (
    `id` VARCHAR(191) NOT NULL,
    `userId` INT NOT NULL,
    `teamId` INT NULL,
    `note` VARCHAR(191) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `expiresAt` DATETIME(3) NULL,
    `lastUsedAt` DATETIME(3) NULL,
    `hashedKey` VARCHAR(191) NOT NULL,
    `appId` VARCHAR(191) NULL,

    UNIQUE INDEX `ApiKey_id_key`(`id`),
    UNIQUE INDEX `ApiKey_hashedKey_key`(`hashedKey`),
    INDEX `ApiKey_userId_idx`(`userId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `SecondaryEmail` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `userId` INT NOT NULL,
    `email` VARCHAR(191) NOT NULL,
    `emailVerified` DATETIME(3) NULL,

    UNIQUE INDEX `SecondaryEmail_email_key`(`email`),
    UNIQUE INDEX `SecondaryEmail_userId_email_key`(`userId`, `email`),
    INDEX `SecondaryEmail_userId_idx`(`userId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Impersonations` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `impersonatedUserId` INT NOT NULL,
    `impersonatedById` INT NOT NULL,

    INDEX `Impersonations_impersonatedUserId_idx`(`impersonatedUserId`),
    INDEX `Impersonations_impersonatedById_idx`(`impersonatedById`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `EventType` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `title` VARCHAR(191) NOT NULL,
    `slug` VARCHAR(191) NOT NULL,
    `description` VARCHAR(191) NULL,
    `position` INT NOT NULL DEFAULT 0,
    `locations` JSON NULL,
    `length` INT NOT NULL,
    `offsetStart` INT NOT NULL DEFAULT 0,
    `hidden` TINYINT(1) NOT NULL DEFAULT 0,
    `userId` INT NULL,
    `profileId` INT NULL,
    `teamId` INT NULL,
    `useEventLevelSelectedCalendars` TINYINT(1) NOT NULL DEFAULT 0,
    `eventName` VARCHAR(191) NULL,
    `parentId` INT NULL,
    `bookingFields` JSON NULL,
    `timeZone` VARCHAR(191) NULL,
    `periodType` ENUM('unlimited', 'rolling', 'rolling_window', 'range') NOT NULL DEFAULT 'unlimited',
    `periodStartDate` DATETIME(3) NULL,
    `periodEndDate` DATETIME(3) NULL,
    `periodDays` INT NULL,
    `periodCountCalendarDays` TINYINT(1) NULL,
    `lockTimeZoneToggleOnBookingPage` TINYINT(1) NOT NULL DEFAULT 0,
    `requiresConfirmation` TINYINT(1) NOT NULL DEFAULT 0,
    `requiresConfirmationWillBlockSlot` TINYINT(1) NOT NULL DEFAULT 0,
    `requiresConfirmationForFreeEmail` TINYINT(1) NOT NULL DEFAULT 0,
    `requiresBookerEmailVerification` TINYINT(1) NOT NULL DEFAULT 0,
    `canSendCalVideoTranscriptionEmails` TINYINT(1) NOT NULL DEFAULT 1,
    `autoTranslateDescriptionEnabled` TINYINT(1) NOT NULL DEFAULT 0,
    `recurringEvent` JSON NULL,
    `disableGuests` TINYINT(1) NOT NULL DEFAULT 0,
    `hideCalendarNotes` TINYINT(1) NOT NULL DEFAULT 0,
    `hideCalendarEventDetails` TINYINT(1) NOT NULL DEFAULT 0,
    `minimumBookingNotice` INT NOT NULL DEFAULT 120,
    `beforeEventBuffer` INT NOT NULL DEFAULT 0,
    `afterEventBuffer` INT NOT NULL DEFAULT 0,
    `seatsPerTimeSlot` INT NULL,
    `onlyShowFirstAvailableSlot` TINYINT(1) NOT NULL DEFAULT 0,
    `seatsShowAttendees` TINYINT(1) NULL DEFAULT 0,
    `seatsShowAvailabilityCount` TINYINT(1) NULL DEFAULT 1,
    `schedulingType` ENUM('roundRobin', 'collective', 'managed') NULL,
    `scheduleId` INT NULL,
    `price` INT NOT NULL DEFAULT 0,
    `currency` VARCHAR(191) NOT NULL DEFAULT 'usd',
    `slotInterval` INT NULL,
    `metadata` JSON NULL,
    `successRedirectUrl` VARCHAR(191) NULL,
    `forwardParamsSuccessRedirect` TINYINT(1) NULL DEFAULT 1,
    `bookingLimits` JSON NULL,
    `durationLimits` JSON NULL,
    `isInstantEvent` TINYINT(1) NOT NULL DEFAULT 0,
    `instantMeetingExpiryTimeOffsetInSeconds` INT NOT NULL DEFAULT 90,
    `instantMeetingScheduleId` INT NULL,
    `instantMeetingParameters` JSON NULL,
    `assignAllTeamMembers` TINYINT(1) NOT NULL DEFAULT 0,
    `assignRRMembersUsingSegment` TINYINT(1) NOT NULL DEFAULT 0,
    `rrSegmentQueryValue` JSON NULL,
    `useEventTypeDestinationCalendarEmail` TINYINT(1) NOT NULL DEFAULT 0,
    `isRRWeightsEnabled` TINYINT(1) NOT NULL DEFAULT 0,
    `maxLeadThreshold` INT NULL,
    `allowReschedulingPastBookings` TINYINT(1) NOT NULL DEFAULT 0,
    `eventTypeColor` JSON NULL,
    `rescheduleWithSameRoundRobinHost` TINYINT(1) NOT NULL DEFAULT 0,
    `secondaryEmailId` INT NULL,

    UNIQUE INDEX `EventType_userId_slug_key`(`userId`, `slug`),
    UNIQUE INDEX `EventType_teamId_slug_key`(`teamId`, `slug`),
    UNIQUE INDEX `EventType_userId_parentId_key`(`userId`, `parentId`),
    INDEX `EventType_userId_idx`(`userId`),
    INDEX `EventType_teamId_idx`(`teamId`),
    INDEX `EventType_profileId_idx`(`profileId`),
    INDEX `EventType_scheduleId_idx`(`scheduleId`),
    INDEX `EventType_secondaryEmailId_idx`(`secondaryEmailId`),
    INDEX `EventType_parentId_idx`(`parentId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `EventTypeCustomInput` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `eventTypeId` INT NOT NULL,
    `label` VARCHAR(191) NOT NULL,
    `type` ENUM('text', 'textLong', 'number', 'bool', 'radio', 'phone') NOT NULL,
    `options` JSON NULL,
    `required` TINYINT(1) NOT NULL,
    `placeholder` VARCHAR(191) NOT NULL DEFAULT '',

    INDEX `EventTypeCustomInput_eventTypeId_idx`(`eventTypeId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Schedule` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `userId` INT NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `timeZone` VARCHAR(191) NULL,

    INDEX `Schedule_userId_idx`(`userId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Availability` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `userId` INT NULL,
    `eventTypeId` INT NULL,
    `days` JSON NOT NULL,
    `startTime` TIME NOT NULL,
    `endTime` TIME NOT NULL,
    `date` DATE NULL,
    `scheduleId` INT NULL,

    INDEX `Availability_userId_idx`(`userId`),
    INDEX `Availability_eventTypeId_idx`(`eventTypeId`),
    INDEX `Availability_scheduleId_idx`(`scheduleId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `App` (
    `slug` VARCHAR(191) NOT NULL,
    `dirName` VARCHAR(191) NOT NULL,
    `keys` JSON NULL,
    `categories` JSON NOT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,
    `enabled` TINYINT(1) NOT NULL DEFAULT 0,

    UNIQUE INDEX `App_slug_key`(`slug`),
    UNIQUE INDEX `App_dirName_key`(`dirName`),
    INDEX `App_enabled_idx`(`enabled`),
    PRIMARY KEY (`slug`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Credential` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `type` VARCHAR(191) NOT NULL,
    `key` JSON NOT NULL,
    `userId` INT NULL,
    `teamId` INT NULL,
    `appId` VARCHAR(191) NULL,
    `subscriptionId` VARCHAR(191) NULL,
    `paymentStatus` VARCHAR(191) NULL,
    `billingCycleStart` INT NULL,
    `invalid` TINYINT(1) NULL DEFAULT 0,

    INDEX `Credential_userId_idx`(`userId`),
    INDEX `Credential_appId_idx`(`appId`),
    INDEX `Credential_subscriptionId_idx`(`subscriptionId`),
    INDEX `Credential_invalid_idx`(`invalid`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `SelectedCalendar` (
    `id` VARCHAR(191) NOT NULL,
    `userId` INT NOT NULL,
    `integration` VARCHAR(191) NOT NULL,
    `externalId` VARCHAR(191) NOT NULL,
    `credentialId` INT NULL,
    `googleChannelId` VARCHAR(191) NULL,
    `googleChannelKind` VARCHAR(191) NULL,
    `googleChannelResourceId` VARCHAR(191) NULL,
    `googleChannelResourceUri` VARCHAR(191) NULL,
    `googleChannelExpiration` VARCHAR(191) NULL,
    `domainWideDelegationCredentialId` VARCHAR(191) NULL,
    `error` VARCHAR(191) NULL,
    `eventTypeId` INT NULL,

    UNIQUE INDEX `SelectedCalendar_userId_integration_externalId_eventTypeId_key`(`userId`, `integration`, `externalId`, `eventTypeId`),
    UNIQUE INDEX `SelectedCalendar_googleChannelId_eventTypeId_key`(`googleChannelId`, `eventTypeId`),
    INDEX `SelectedCalendar_userId_idx`(`userId`),
    INDEX `SelectedCalendar_integration_idx`(`integration`),
    INDEX `SelectedCalendar_externalId_idx`(`externalId`),
    INDEX `SelectedCalendar_eventTypeId_idx`(`eventTypeId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `DestinationCalendar` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `integration` VARCHAR(191) NOT NULL,
    `externalId` VARCHAR(191) NOT NULL,
    `primaryEmail` VARCHAR(191) NULL,
    `userId` INT NULL,
    `eventTypeId` INT NULL,
    `credentialId` INT NULL,
    `domainWideDelegationCredentialId` VARCHAR(191) NULL,

    UNIQUE INDEX `DestinationCalendar_userId_key`(`userId`),
    UNIQUE INDEX `DestinationCalendar_eventTypeId_key`(`eventTypeId`),
    INDEX `DestinationCalendar_userId_idx`(`userId`),
    INDEX `DestinationCalendar_eventTypeId_idx`(`eventTypeId`),
    INDEX `DestinationCalendar_credentialId_idx`(`credentialId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Booking` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `uid` VARCHAR(191) NOT NULL,
    `idempotencyKey` VARCHAR(191) NULL,
    `userId` INT NULL,
    `userPrimaryEmail` VARCHAR(191) NULL,
    `eventTypeId` INT NULL,
    `title` VARCHAR(191) NOT NULL,
    `description` VARCHAR(191) NULL,
    `customInputs` JSON NULL,
    `responses` JSON NULL,
    `startTime` DATETIME(3) NOT NULL,
    `endTime` DATETIME(3) NOT NULL,
    `location` VARCHAR(191) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NULL,
    `status` ENUM('cancelled', 'accepted', 'rejected', 'pending', 'awaiting_host') NOT NULL DEFAULT 'accepted',
    `paid` TINYINT(1) NOT NULL DEFAULT 0,
    `destinationCalendarId` INT NULL,
    `cancellationReason` VARCHAR(191) NULL,
    `rejectionReason` VARCHAR(191) NULL,
    `reassignReason` VARCHAR(191) NULL,
    `reassignById` INT NULL,
    `dynamicEventSlugRef` VARCHAR(191) NULL,
    `dynamicGroupSlugRef` VARCHAR(191) NULL,
    `rescheduled` TINYINT(1) NULL,
    `fromReschedule` VARCHAR(191) NULL,
    `recurringEventId` VARCHAR(191) NULL,
    `smsReminderNumber` VARCHAR(191) NULL,
    `scheduledJobs` JSON NULL,
    `metadata` JSON NULL,
    `isRecorded` TINYINT(1) NOT NULL DEFAULT 0,
    `iCalUID` VARCHAR(191) NULL DEFAULT '',
    `iCalSequence` INT NOT NULL DEFAULT 0,
    `rating` INT NULL,
    `ratingFeedback` VARCHAR(191) NULL,
    `noShowHost` TINYINT(1) NULL DEFAULT 0,
    `oneTimePassword` VARCHAR(191) NULL,
    `cancelledBy` VARCHAR(191) NULL,
    `rescheduledBy` VARCHAR(191) NULL,
    `creationSource` ENUM('api_v1', 'api_v2', 'webapp') NULL,

    UNIQUE INDEX `Booking_uid_key`(`uid`),
    UNIQUE INDEX `Booking_idempotencyKey_key`(`idempotencyKey`),
    UNIQUE INDEX `Booking_oneTimePassword_key`(`oneTimePassword`),
    INDEX `Booking_eventTypeId_idx`(`eventTypeId`),
    INDEX `Booking_userId_idx`(`userId`),
    INDEX `Booking_destinationCalendarId_idx`(`destinationCalendarId`),
    INDEX `Booking_recurringEventId_idx`(`recurringEventId`),
    INDEX `Booking_uid_idx`(`uid`),
    INDEX `Booking_status_idx`(`status`),
    INDEX `Booking_startTime_endTime_status_idx`(`startTime`, `endTime`, `status`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Attendee` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `email` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `timeZone` VARCHAR(191) NOT NULL,
    `phoneNumber` VARCHAR(191) NULL,
    `locale` VARCHAR(191) NULL DEFAULT 'en',
    `bookingId` INT NULL,
    `noShow` TINYINT(1) NULL DEFAULT 0,

    INDEX `Attendee_email_idx`(`email`),
    INDEX `Attendee_bookingId_idx`(`bookingId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `BookingReference` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `type` VARCHAR(191) NOT NULL,
    `uid` VARCHAR(191) NOT NULL,
    `meetingId` VARCHAR(191) NULL,
    `thirdPartyRecurringEventId` VARCHAR(191) NULL,
    `meetingPassword` VARCHAR(191) NULL,
    `meetingUrl` VARCHAR(191) NULL,
    `bookingId` INT NULL,
    `externalCalendarId` VARCHAR(191) NULL,
    `deleted` TINYINT(1) NULL,
    `credentialId` INT NULL,
    `domainWideDelegationCredentialId` VARCHAR(191) NULL,

    INDEX `BookingReference_bookingId_idx`(`bookingId`),
    INDEX `BookingReference_type_idx`(`type`),
    INDEX `BookingReference_uid_idx`(`uid`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `BookingSeat` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `referenceUid` VARCHAR(191) NOT NULL,
    `bookingId` INT NOT NULL,
    `attendeeId` INT NOT NULL,
    `data` JSON NULL,
    `metadata` JSON NULL,

    UNIQUE INDEX `BookingSeat_referenceUid_key`(`referenceUid`),
    UNIQUE INDEX `BookingSeat_attendeeId_key`(`attendeeId`),
    INDEX `BookingSeat_bookingId_idx`(`bookingId`),
    INDEX `BookingSeat_attendeeId_idx`(`attendeeId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Payment` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `uid` VARCHAR(191) NOT NULL,
    `appId` VARCHAR(191) NULL,
    `bookingId` INT NOT NULL,
    `amount` INT NOT NULL,
    `fee` INT NOT NULL,
    `currency` VARCHAR(191) NOT NULL,
    `success` TINYINT(1) NOT NULL,
    `refunded` TINYINT(1) NOT NULL,
    `data` JSON NOT NULL,
    `externalId` VARCHAR(191) NOT NULL,
    `paymentOption` ENUM('ON_BOOKING', 'HOLD') NULL DEFAULT 'ON_BOOKING',

    UNIQUE INDEX `Payment_uid_key`(`uid`),
    UNIQUE INDEX `Payment_externalId_key`(`externalId`),
    INDEX `Payment_bookingId_idx`(`bookingId`),
    INDEX `Payment_externalId_idx`(`externalId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `BookingInternalNote` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `notePresetId` INT NULL,
    `text` VARCHAR(191) NULL,
    `bookingId` INT NOT NULL,
    `createdById` INT NOT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    UNIQUE INDEX `BookingInternalNote_bookingId_notePresetId_key`(`bookingId`, `notePresetId`),
    INDEX `BookingInternalNote_bookingId_idx`(`bookingId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Webhook` (
    `id` VARCHAR(191) NOT NULL,
    `userId` INT NULL,
    `teamId` INT NULL,
    `eventTypeId` INT NULL,
    `platformOAuthClientId` VARCHAR(191) NULL,
    `subscriberUrl` VARCHAR(191) NOT NULL,
    `payloadTemplate` VARCHAR(191) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `active` TINYINT(1) NOT NULL DEFAULT 1,
    `eventTriggers` JSON NOT NULL,
    `appId` VARCHAR(191) NULL,
    `secret` VARCHAR(191) NULL,
    `platform` TINYINT(1) NOT NULL DEFAULT 0,
    `time` INT NULL,
    `timeUnit` ENUM('day', 'hour', 'minute') NULL,

    UNIQUE INDEX `Webhook_id_key`(`id`),
    UNIQUE INDEX `Webhook_userId_subscriberUrl_key`(`userId`, `subscriberUrl`),
    UNIQUE INDEX `Webhook_platformOAuthClientId_subscriberUrl_key`(`platformOAuthClientId`, `subscriberUrl`),
    INDEX `Webhook_active_idx`(`active`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `App_RoutingForms_FormResponse` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `formFillerId` VARCHAR(191) NOT NULL,
    `formId` VARCHAR(191) NOT NULL,
    `response` JSON NOT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `routedToBookingUid` VARCHAR(191) NULL,
    `chosenRouteId` VARCHAR(191) NULL,

    UNIQUE INDEX `App_RoutingForms_FormResponse_routedToBookingUid_key`(`routedToBookingUid`),
    UNIQUE INDEX `App_RoutingForms_FormResponse_formFillerId_formId_key`(`formFillerId`, `formId`),
    INDEX `App_RoutingForms_FormResponse_formFillerId_idx`(`formFillerId`),
    INDEX `App_RoutingForms_FormResponse_formId_idx`(`formId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Feedback` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `date` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `userId` INT NOT NULL,
    `rating` VARCHAR(191) NOT NULL,
    `comment` VARCHAR(191) NULL,

    INDEX `Feedback_userId_idx`(`userId`),
    INDEX `Feedback_rating_idx`(`rating`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Workflow` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `position` INT NOT NULL DEFAULT 0,
    `name` VARCHAR(191) NOT NULL,
    `userId` INT NULL,
    `teamId` INT NULL,
    `isActiveOnAll` TINYINT(1) NOT NULL DEFAULT 0,
    `trigger` ENUM('BEFORE_EVENT', 'EVENT_CANCELLED', 'NEW_EVENT', 'AFTER_EVENT', 'RESCHEDULE_EVENT', 'AFTER_HOSTS_CAL_VIDEO_NO_SHOW', 'AFTER_GUESTS_CAL_VIDEO_NO_SHOW') NOT NULL,
    `time` INT NULL,
    `timeUnit` ENUM('day', 'hour', 'minute') NULL,

    INDEX `Workflow_userId_idx`(`userId`),
    INDEX `Workflow_teamId_idx`(`teamId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `WorkflowStep` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `stepNumber` INT NOT NULL,
    `action` ENUM('EMAIL_HOST', 'EMAIL_ATTENDEE', 'SMS_ATTENDEE', 'SMS_NUMBER', 'EMAIL_ADDRESS', 'WHATSAPP_ATTENDEE', 'WHATSAPP_NUMBER') NOT NULL,
    `workflowId` INT NOT NULL,
    `sendTo` VARCHAR(191) NULL,
    `reminderBody` VARCHAR(191) NULL,
    `emailSubject` VARCHAR(191) NULL,
    `template` ENUM('REMINDER', 'CUSTOM', 'CANCELLED', 'RESCHEDULED', 'COMPLETED', 'RATING') NOT NULL DEFAULT 'REMINDER',
    `numberRequired` TINYINT(1) NULL,
    `sender` VARCHAR(191) NULL,
    `numberVerificationPending` TINYINT(1) NOT NULL DEFAULT 1,
    `includeCalendarEvent` TINYINT(1) NOT NULL DEFAULT 0,

    INDEX `WorkflowStep_workflowId_idx`(`workflowId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `WorkflowReminder` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `bookingUid` VARCHAR(191) NULL,
    `method` ENUM('EMAIL', 'SMS', 'WHATSAPP') NOT NULL,
    `scheduledDate` DATETIME(3) NOT NULL,
    `referenceId` VARCHAR(191) NULL,
    `scheduled` TINYINT(1) NOT NULL,
    `workflowStepId` INT NULL,
    `cancelled` TINYINT(1) NULL,
    `seatReferenceId` VARCHAR(191) NULL,
    `isMandatoryReminder` TINYINT(1) NULL DEFAULT 0,
    `retryCount` INT NOT NULL DEFAULT 0,

    UNIQUE INDEX `WorkflowReminder_referenceId_key`(`referenceId`),
    INDEX `WorkflowReminder_bookingUid_idx`(`bookingUid`),
    INDEX `WorkflowReminder_workflowStepId_idx`(`workflowStepId`),
    INDEX `WorkflowReminder_seatReferenceId_idx`(`seatReferenceId`),
    INDEX `WorkflowReminder_method_scheduled_scheduledDate_idx`(`method`, `scheduled`, `scheduledDate`),
    INDEX `WorkflowReminder_cancelled_scheduledDate_idx`(`cancelled`, `scheduledDate`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `VerifiedNumber` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `userId` INT NULL,
    `teamId` INT NULL,
    `phoneNumber` VARCHAR(191) NOT NULL,

    INDEX `VerifiedNumber_userId_idx`(`userId`),
    INDEX `VerifiedNumber_teamId_idx`(`teamId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `VerifiedEmail` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `userId` INT NULL,
    `teamId` INT NULL,
    `email` VARCHAR(191) NOT NULL,

    INDEX `VerifiedEmail_userId_idx`(`userId`),
    INDEX `VerifiedEmail_teamId_idx`(`teamId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Deployment` (
    `id` INT NOT NULL DEFAULT 1,
    `logo` VARCHAR(191) NULL,
    `theme` JSON NULL,
    `licenseKey` VARCHAR(191) NULL,
    `agreedLicenseAt` DATETIME(3) NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `avatars` (
    `teamId` INT NOT NULL DEFAULT 0,
    `userId` INT NOT NULL DEFAULT 0,
    `data` VARCHAR(191) NOT NULL,
    `objectKey` VARCHAR(191) NOT NULL,
    `isBanner` TINYINT(1) NOT NULL DEFAULT 0,

    UNIQUE INDEX `avatars_objectKey_key`(`objectKey`),
    UNIQUE INDEX `avatars_teamId_userId_isBanner_key`(`teamId`, `userId`, `isBanner`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `OutOfOfficeEntry` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `uuid` VARCHAR(191) NOT NULL,
    `start` DATETIME(3) NOT NULL,
    `end` DATETIME(3) NOT NULL,
    `notes` VARCHAR(191) NULL,
    `userId` INT NOT NULL,
    `toUserId` INT NULL,
    `reasonId` INT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,

    UNIQUE INDEX `OutOfOfficeEntry_uuid_key`(`uuid`),
    INDEX `OutOfOfficeEntry_uuid_idx`(`uuid`),
    INDEX `OutOfOfficeEntry_userId_idx`(`userId`),
    INDEX `OutOfOfficeEntry_toUserId_idx`(`toUserId`),
    INDEX `OutOfOfficeEntry_start_end_idx`(`start`, `end`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `OutOfOfficeReason` (
    `id` INT NOT NULL AUTO_INCREMENT,
    `emoji` VARCHAR(191) NOT NULL,
    `reason` VARCHAR(191) NOT NULL,
    `enabled` TINYINT(1) NOT NULL DEFAULT 1,
    `userId` INT NULL,

    UNIQUE INDEX `OutOfOfficeReason_reason_key`(`reason`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Watchlist` (
    `id` VARCHAR(191) NOT NULL,
    `type` ENUM('EMAIL', 'DOMAIN', 'USERNAME') NOT NULL,
    `value` VARCHAR(191) NOT NULL,
    `description` VARCHAR(191) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `createdById` INT NOT NULL,
    `updatedAt` DATETIME(3) NOT NULL,
    `updatedById` INT NULL,
    `severity` ENUM('LOW', 'MEDIUM', 'HIGH', 'CRITICAL') NOT NULL DEFAULT 'LOW',

    UNIQUE INDEX `Watchlist_id_key`(`id`),
    UNIQUE INDEX `Watchlist_type_value_key`(`type`, `value`),
    INDEX `Watchlist_type_value_idx`(`type`, `value`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

ALTER TABLE `UserPassword` ADD CONSTRAINT `UserPassword_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `TravelSchedule` ADD CONSTRAINT `TravelSchedule_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `users` ADD CONSTRAINT `users_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Team`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `users` ADD CONSTRAINT `users_movedToProfileId_fkey` FOREIGN KEY (`movedToProfileId`) REFERENCES `Profile`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Profile` ADD CONSTRAINT `Profile_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Profile` ADD CONSTRAINT `Profile_organizationId_fkey` FOREIGN KEY (`organizationId`) REFERENCES `Team`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Team` ADD CONSTRAINT `Team_parentId_fkey` FOREIGN KEY (`parentId`) REFERENCES `Team`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Membership` ADD CONSTRAINT `Membership_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Membership` ADD CONSTRAINT `Membership_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `VerificationToken` ADD CONSTRAINT `VerificationToken_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `VerificationToken` ADD CONSTRAINT `VerificationToken_secondaryEmailId_fkey` FOREIGN KEY (`secondaryEmailId`) REFERENCES `SecondaryEmail`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Account` ADD CONSTRAINT `Account_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Session` ADD CONSTRAINT `Session_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `ApiKey` ADD CONSTRAINT `ApiKey_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `ApiKey` ADD CONSTRAINT `ApiKey_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `ApiKey` ADD CONSTRAINT `ApiKey_appId_fkey` FOREIGN KEY (`appId`) REFERENCES `App`(`slug`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `SecondaryEmail` ADD CONSTRAINT `SecondaryEmail_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Impersonations` ADD CONSTRAINT `Impersonations_impersonatedUserId_fkey` FOREIGN KEY (`impersonatedUserId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Impersonations` ADD CONSTRAINT `Impersonations_impersonatedById_fkey` FOREIGN KEY (`impersonatedById`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `EventType` ADD CONSTRAINT `EventType_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `EventType` ADD CONSTRAINT `EventType_profileId_fkey` FOREIGN KEY (`profileId`) REFERENCES `Profile`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `EventType` ADD CONSTRAINT `EventType_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `EventType` ADD CONSTRAINT `EventType_parentId_fkey` FOREIGN KEY (`parentId`) REFERENCES `EventType`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `EventType` ADD CONSTRAINT `EventType_scheduleId_fkey` FOREIGN KEY (`scheduleId`) REFERENCES `Schedule`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `EventType` ADD CONSTRAINT `EventType_instantMeetingScheduleId_fkey` FOREIGN KEY (`instantMeetingScheduleId`) REFERENCES `Schedule`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `EventType` ADD CONSTRAINT `EventType_secondaryEmailId_fkey` FOREIGN KEY (`secondaryEmailId`) REFERENCES `SecondaryEmail`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `EventTypeCustomInput` ADD CONSTRAINT `EventTypeCustomInput_eventTypeId_fkey` FOREIGN KEY (`eventTypeId`) REFERENCES `EventType`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Schedule` ADD CONSTRAINT `Schedule_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Availability` ADD CONSTRAINT `Availability_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Availability` ADD CONSTRAINT `Availability_eventTypeId_fkey` FOREIGN KEY (`eventTypeId`) REFERENCES `EventType`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Availability` ADD CONSTRAINT `Availability_scheduleId_fkey` FOREIGN KEY (`scheduleId`) REFERENCES `Schedule`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Credential` ADD CONSTRAINT `Credential_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Credential` ADD CONSTRAINT `Credential_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Credential` ADD CONSTRAINT `Credential_appId_fkey` FOREIGN KEY (`appId`) REFERENCES `App`(`slug`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `SelectedCalendar` ADD CONSTRAINT `SelectedCalendar_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `SelectedCalendar` ADD CONSTRAINT `SelectedCalendar_credentialId_fkey` FOREIGN KEY (`credentialId`) REFERENCES `Credential`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `SelectedCalendar` ADD CONSTRAINT `SelectedCalendar_eventTypeId_fkey` FOREIGN KEY (`eventTypeId`) REFERENCES `EventType`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `DestinationCalendar` ADD CONSTRAINT `DestinationCalendar_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `DestinationCalendar` ADD CONSTRAINT `DestinationCalendar_eventTypeId_fkey` FOREIGN KEY (`eventTypeId`) REFERENCES `EventType`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `DestinationCalendar` ADD CONSTRAINT `DestinationCalendar_credentialId_fkey` FOREIGN KEY (`credentialId`) REFERENCES `Credential`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Booking` ADD CONSTRAINT `Booking_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Booking` ADD CONSTRAINT `Booking_eventTypeId_fkey` FOREIGN KEY (`eventTypeId`) REFERENCES `EventType`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Booking` ADD CONSTRAINT `Booking_destinationCalendarId_fkey` FOREIGN KEY (`destinationCalendarId`) REFERENCES `DestinationCalendar`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Booking` ADD CONSTRAINT `Booking_reassignById_fkey` FOREIGN KEY (`reassignById`) REFERENCES `users`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Attendee` ADD CONSTRAINT `Attendee_bookingId_fkey` FOREIGN KEY (`bookingId`) REFERENCES `Booking`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `BookingReference` ADD CONSTRAINT `BookingReference_bookingId_fkey` FOREIGN KEY (`bookingId`) REFERENCES `Booking`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `BookingReference` ADD CONSTRAINT `BookingReference_credentialId_fkey` FOREIGN KEY (`credentialId`) REFERENCES `Credential`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `BookingSeat` ADD CONSTRAINT `BookingSeat_bookingId_fkey` FOREIGN KEY (`bookingId`) REFERENCES `Booking`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `BookingSeat` ADD CONSTRAINT `BookingSeat_attendeeId_fkey` FOREIGN KEY (`attendeeId`) REFERENCES `Attendee`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Payment` ADD CONSTRAINT `Payment_appId_fkey` FOREIGN KEY (`appId`) REFERENCES `App`(`slug`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Payment` ADD CONSTRAINT `Payment_bookingId_fkey` FOREIGN KEY (`bookingId`) REFERENCES `Booking`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `BookingInternalNote` ADD CONSTRAINT `BookingInternalNote_bookingId_fkey` FOREIGN KEY (`bookingId`) REFERENCES `Booking`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `BookingInternalNote` ADD CONSTRAINT `BookingInternalNote_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `Webhook` ADD CONSTRAINT `Webhook_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Webhook` ADD CONSTRAINT `Webhook_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Webhook` ADD CONSTRAINT `Webhook_eventTypeId_fkey` FOREIGN KEY (`eventTypeId`) REFERENCES `EventType`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Webhook` ADD CONSTRAINT `Webhook_appId_fkey` FOREIGN KEY (`appId`) REFERENCES `App`(`slug`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `App_RoutingForms_FormResponse` ADD CONSTRAINT `App_RoutingForms_FormResponse_routedToBookingUid_fkey` FOREIGN KEY (`routedToBookingUid`) REFERENCES `Booking`(`uid`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Feedback` ADD CONSTRAINT `Feedback_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Workflow` ADD CONSTRAINT `Workflow_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Workflow` ADD CONSTRAINT `Workflow_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `WorkflowStep` ADD CONSTRAINT `WorkflowStep_workflowId_fkey` FOREIGN KEY (`workflowId`) REFERENCES `Workflow`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `WorkflowReminder` ADD CONSTRAINT `WorkflowReminder_bookingUid_fkey` FOREIGN KEY (`bookingUid`) REFERENCES `Booking`(`uid`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `WorkflowReminder` ADD CONSTRAINT `WorkflowReminder_workflowStepId_fkey` FOREIGN KEY (`workflowStepId`) REFERENCES `WorkflowStep`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `VerifiedNumber` ADD CONSTRAINT `VerifiedNumber_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `VerifiedNumber` ADD CONSTRAINT `VerifiedNumber_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `VerifiedEmail` ADD CONSTRAINT `VerifiedEmail_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `VerifiedEmail` ADD CONSTRAINT `VerifiedEmail_teamId_fkey` FOREIGN KEY (`teamId`) REFERENCES `Team`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `OutOfOfficeEntry` ADD CONSTRAINT `OutOfOfficeEntry_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `OutOfOfficeEntry` ADD CONSTRAINT `OutOfOfficeEntry_toUserId_fkey` FOREIGN KEY (`toUserId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `OutOfOfficeEntry` ADD CONSTRAINT `OutOfOfficeEntry_reasonId_fkey` FOREIGN KEY (`reasonId`) REFERENCES `OutOfOfficeReason`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `OutOfOfficeReason` ADD CONSTRAINT `OutOfOfficeReason_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Watchlist` ADD CONSTRAINT `Watchlist_createdById_fkey` FOREIGN KEY (`createdById`) REFERENCES `users`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Watchlist` ADD CONSTRAINT `Watchlist_updatedById_fkey` FOREIGN KEY (`updatedById`) REFERENCES `users`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

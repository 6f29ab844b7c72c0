-- workout.cool (open-source fitness coaching platform: members, workout sessions and sets, training programs and
-- enrolments, premium subscriptions and licences, feedback)
-- upstream: github.com/Snouzy/workout-cool, commit 77f25a922b51be7d96bd051c5d2096959f0d61a8 (MIT)
-- source: prisma/migrations/0_init/migration.sql (PostgreSQL) checked against prisma/schema.prisma at the same commit
-- (the schema adds user.onboardingPreferences, added here after isPremium as in the model). Converted to MySQL as
-- Prisma's MySQL connector would: String -> VARCHAR(191), @db.Text -> TEXT, TIMESTAMP(3) -> DATETIME(3),
-- enums -> ENUM, scalar lists (enum[] / Int[] / String[]) -> JSON, JSONB -> JSON; indexes and foreign keys inline.
-- Table order as upstream's migration, except user_favorite_exercises moved after the exercise tables it refers to.

CREATE TABLE `user` (
  `id` VARCHAR(191) NOT NULL,
  `firstName` VARCHAR(191) NOT NULL DEFAULT '',
  `lastName` VARCHAR(191) NOT NULL DEFAULT '',
  `name` VARCHAR(191) NOT NULL,
  `email` VARCHAR(191) NOT NULL,
  `emailVerified` BOOLEAN NOT NULL,
  `image` VARCHAR(191),
  `locale` VARCHAR(191) DEFAULT 'fr',
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `role` ENUM('admin', 'user') DEFAULT 'user',
  `banned` BOOLEAN DEFAULT false,
  `banReason` VARCHAR(191),
  `banExpires` DATETIME(3),
  `isPremium` BOOLEAN DEFAULT false,
  `onboardingPreferences` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_email_key` (`email`)
);

CREATE TABLE `session` (
  `id` VARCHAR(191) NOT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  `ipAddress` VARCHAR(191),
  `userAgent` VARCHAR(191),
  `userId` VARCHAR(191) NOT NULL,
  `impersonatedBy` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `session_token_key` (`token`),
  CONSTRAINT `session_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `account` (
  `id` VARCHAR(191) NOT NULL,
  `accountId` VARCHAR(191) NOT NULL,
  `providerId` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `accessToken` VARCHAR(191),
  `refreshToken` VARCHAR(191),
  `idToken` VARCHAR(191),
  `accessTokenExpiresAt` DATETIME(3),
  `refreshTokenExpiresAt` DATETIME(3),
  `scope` VARCHAR(191),
  `password` VARCHAR(191),
  `createdAt` DATETIME(3) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `account_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `verification` (
  `id` VARCHAR(191) NOT NULL,
  `identifier` VARCHAR(191) NOT NULL,
  `value` VARCHAR(191) NOT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3),
  `updatedAt` DATETIME(3),
  PRIMARY KEY (`id`)
);

CREATE TABLE `feedbacks` (
  `id` VARCHAR(191) NOT NULL,
  `review` INT NOT NULL,
  `message` VARCHAR(191) NOT NULL,
  `email` VARCHAR(191),
  `userId` VARCHAR(191),
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `feedbacks_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE `exercises` (
  `id` VARCHAR(191) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `nameEn` VARCHAR(191),
  `description` TEXT,
  `descriptionEn` TEXT,
  `fullVideoUrl` TEXT,
  `fullVideoImageUrl` TEXT,
  `introduction` TEXT,
  `introductionEn` TEXT,
  `slug` VARCHAR(191),
  `slugEn` VARCHAR(191),
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `exercises_slug_key` (`slug`),
  UNIQUE KEY `exercises_slugEn_key` (`slugEn`)
);

CREATE TABLE `exercise_attribute_names` (
  `id` VARCHAR(191) NOT NULL,
  `name` ENUM('TYPE', 'PRIMARY_MUSCLE', 'SECONDARY_MUSCLE', 'EQUIPMENT', 'MECHANICS_TYPE') NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `exercise_attribute_names_name_key` (`name`)
);

CREATE TABLE `exercise_attribute_values` (
  `id` VARCHAR(191) NOT NULL,
  `attributeNameId` VARCHAR(191) NOT NULL,
  `value` ENUM('BODYWEIGHT', 'STRENGTH', 'POWERLIFTING', 'CALISTHENIC', 'PLYOMETRICS', 'STRETCHING', 'STRONGMAN', 'CARDIO', 'STABILIZATION', 'POWER', 'RESISTANCE', 'CROSSFIT', 'WEIGHTLIFTING', 'BICEPS', 'SHOULDERS', 'CHEST', 'BACK', 'GLUTES', 'TRICEPS', 'HAMSTRINGS', 'QUADRICEPS', 'FOREARMS', 'CALVES', 'TRAPS', 'ABDOMINALS', 'NECK', 'LATS', 'ADDUCTORS', 'ABDUCTORS', 'OBLIQUES', 'GROIN', 'FULL_BODY', 'ROTATOR_CUFF', 'HIP_FLEXOR', 'ACHILLES_TENDON', 'FINGERS', 'DUMBBELL', 'KETTLEBELLS', 'BARBELL', 'SMITH_MACHINE', 'BODY_ONLY', 'OTHER', 'BANDS', 'EZ_BAR', 'MACHINE', 'DESK', 'PULLUP_BAR', 'NONE', 'CABLE', 'MEDICINE_BALL', 'SWISS_BALL', 'FOAM_ROLL', 'WEIGHT_PLATE', 'TRX', 'BOX', 'ROPES', 'SPIN_BIKE', 'STEP', 'BOSU', 'TYRE', 'SANDBAG', 'POLE', 'BENCH', 'WALL', 'BAR', 'RACK', 'CAR', 'SLED', 'CHAIN', 'SKIERG', 'ROPE', 'NA', 'ISOLATION', 'COMPOUND') NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `exercise_attribute_values_attributeNameId_value_key` (`attributeNameId`, `value`),
  CONSTRAINT `exercise_attribute_values_attributeNameId_fkey` FOREIGN KEY (`attributeNameId`) REFERENCES `exercise_attribute_names` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `exercise_attributes` (
  `id` VARCHAR(191) NOT NULL,
  `exerciseId` VARCHAR(191) NOT NULL,
  `attributeNameId` VARCHAR(191) NOT NULL,
  `attributeValueId` VARCHAR(191) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `exercise_attributes_exerciseId_attributeNameId_attributeVal_key` (`exerciseId`, `attributeNameId`, `attributeValueId`),
  CONSTRAINT `exercise_attributes_exerciseId_fkey` FOREIGN KEY (`exerciseId`) REFERENCES `exercises` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `exercise_attributes_attributeNameId_fkey` FOREIGN KEY (`attributeNameId`) REFERENCES `exercise_attribute_names` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `exercise_attributes_attributeValueId_fkey` FOREIGN KEY (`attributeValueId`) REFERENCES `exercise_attribute_values` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `user_favorite_exercises` (
  `id` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `exerciseId` VARCHAR(191) NOT NULL,
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_favorite_exercises_userId_exerciseId_key` (`userId`, `exerciseId`),
  CONSTRAINT `user_favorite_exercises_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_favorite_exercises_exerciseId_fkey` FOREIGN KEY (`exerciseId`) REFERENCES `exercises` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `workout_sessions` (
  `id` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `startedAt` DATETIME(3) NOT NULL,
  `endedAt` DATETIME(3),
  `duration` INT,
  `muscles` JSON,
  `rating` INT,
  `ratingComment` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `workout_sessions_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `workout_session_exercises` (
  `id` VARCHAR(191) NOT NULL,
  `workoutSessionId` VARCHAR(191) NOT NULL,
  `exerciseId` VARCHAR(191) NOT NULL,
  `order` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `workout_session_exercises_workoutSessionId_fkey` FOREIGN KEY (`workoutSessionId`) REFERENCES `workout_sessions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `workout_session_exercises_exerciseId_fkey` FOREIGN KEY (`exerciseId`) REFERENCES `exercises` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `workout_sets` (
  `id` VARCHAR(191) NOT NULL,
  `workoutSessionExerciseId` VARCHAR(191) NOT NULL,
  `setIndex` INT NOT NULL,
  `type` ENUM('TIME', 'WEIGHT', 'REPS', 'BODYWEIGHT', 'NA') NOT NULL,
  `types` JSON,
  `valuesInt` JSON,
  `valuesSec` JSON,
  `units` JSON,
  `completed` BOOLEAN NOT NULL DEFAULT false,
  PRIMARY KEY (`id`),
  CONSTRAINT `workout_sets_workoutSessionExerciseId_fkey` FOREIGN KEY (`workoutSessionExerciseId`) REFERENCES `workout_session_exercises` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `subscription_plans` (
  `id` VARCHAR(191) NOT NULL,
  `priceMonthly` DECIMAL(10,2),
  `priceYearly` DECIMAL(10,2),
  `currency` VARCHAR(191) NOT NULL DEFAULT 'EUR',
  `interval` VARCHAR(191) NOT NULL DEFAULT 'month',
  `isActive` BOOLEAN NOT NULL DEFAULT true,
  `availableRegions` JSON,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `plan_provider_mappings` (
  `id` VARCHAR(191) NOT NULL,
  `planId` VARCHAR(191) NOT NULL,
  `provider` ENUM('STRIPE', 'PAYPAL', 'LEMONSQUEEZY', 'PADDLE', 'APPLE_PAY', 'GOOGLE_PAY', 'REVENUECAT', 'NONE', 'OTHER') NOT NULL,
  `externalId` VARCHAR(191) NOT NULL,
  `region` VARCHAR(191),
  `metadata` JSON,
  `isActive` BOOLEAN NOT NULL DEFAULT true,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `plan_provider_mappings_provider_externalId_idx` (`provider`, `externalId`),
  UNIQUE KEY `plan_provider_mappings_planId_provider_region_key` (`planId`, `provider`, `region`),
  CONSTRAINT `plan_provider_mappings_planId_fkey` FOREIGN KEY (`planId`) REFERENCES `subscription_plans` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `subscriptions` (
  `id` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `planId` VARCHAR(191) NOT NULL,
  `revenueCatUserId` VARCHAR(191),
  `status` ENUM('ACTIVE', 'TRIAL', 'CANCELLED', 'EXPIRED', 'PAUSED') NOT NULL,
  `startedAt` DATETIME(3) NOT NULL,
  `currentPeriodEnd` DATETIME(3),
  `cancelledAt` DATETIME(3),
  `platform` ENUM('WEB', 'IOS', 'ANDROID'),
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subscriptions_userId_platform_key` (`userId`, `platform`),
  CONSTRAINT `subscriptions_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `subscriptions_planId_fkey` FOREIGN KEY (`planId`) REFERENCES `subscription_plans` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `licenses` (
  `id` VARCHAR(191) NOT NULL,
  `key` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191),
  `validFrom` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `validUntil` DATETIME(3),
  `maxUsers` INT DEFAULT 1,
  `features` JSON,
  `activatedAt` DATETIME(3),
  `lastCheckedAt` DATETIME(3),
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `licenses_key_key` (`key`),
  CONSTRAINT `licenses_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE `revenuecat_webhook_events` (
  `id` VARCHAR(191) NOT NULL,
  `eventType` VARCHAR(191) NOT NULL,
  `eventTimestamp` DATETIME(3) NOT NULL,
  `appUserId` VARCHAR(191) NOT NULL,
  `environment` VARCHAR(191) NOT NULL,
  `productId` VARCHAR(191),
  `transactionId` VARCHAR(191),
  `originalTransactionId` VARCHAR(191),
  `entitlementIds` VARCHAR(191),
  `processed` BOOLEAN NOT NULL DEFAULT false,
  `processingError` TEXT,
  `retryCount` INT NOT NULL DEFAULT 0,
  `rawEventData` JSON NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `revenuecat_webhook_events_appUserId_idx` (`appUserId`),
  KEY `revenuecat_webhook_events_eventType_idx` (`eventType`),
  KEY `revenuecat_webhook_events_processed_idx` (`processed`),
  KEY `revenuecat_webhook_events_eventTimestamp_idx` (`eventTimestamp`)
);

CREATE TABLE `programs` (
  `id` VARCHAR(191) NOT NULL,
  `slug` VARCHAR(191) NOT NULL,
  `slugEn` VARCHAR(191) NOT NULL,
  `slugEs` VARCHAR(191) NOT NULL,
  `slugPt` VARCHAR(191) NOT NULL,
  `slugRu` VARCHAR(191) NOT NULL,
  `slugZhCn` VARCHAR(191) NOT NULL,
  `title` VARCHAR(191) NOT NULL,
  `titleEn` VARCHAR(191) NOT NULL,
  `titleEs` VARCHAR(191) NOT NULL,
  `titlePt` VARCHAR(191) NOT NULL,
  `titleRu` VARCHAR(191) NOT NULL,
  `titleZhCn` VARCHAR(191) NOT NULL,
  `description` TEXT NOT NULL,
  `descriptionEn` TEXT NOT NULL,
  `descriptionEs` TEXT NOT NULL,
  `descriptionPt` TEXT NOT NULL,
  `descriptionRu` TEXT NOT NULL,
  `descriptionZhCn` TEXT NOT NULL,
  `category` VARCHAR(191) NOT NULL,
  `image` VARCHAR(191) NOT NULL,
  `level` ENUM('BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT') NOT NULL,
  `type` ENUM('BODYWEIGHT', 'STRENGTH', 'POWERLIFTING', 'CALISTHENIC', 'PLYOMETRICS', 'STRETCHING', 'STRONGMAN', 'CARDIO', 'STABILIZATION', 'POWER', 'RESISTANCE', 'CROSSFIT', 'WEIGHTLIFTING', 'BICEPS', 'SHOULDERS', 'CHEST', 'BACK', 'GLUTES', 'TRICEPS', 'HAMSTRINGS', 'QUADRICEPS', 'FOREARMS', 'CALVES', 'TRAPS', 'ABDOMINALS', 'NECK', 'LATS', 'ADDUCTORS', 'ABDUCTORS', 'OBLIQUES', 'GROIN', 'FULL_BODY', 'ROTATOR_CUFF', 'HIP_FLEXOR', 'ACHILLES_TENDON', 'FINGERS', 'DUMBBELL', 'KETTLEBELLS', 'BARBELL', 'SMITH_MACHINE', 'BODY_ONLY', 'OTHER', 'BANDS', 'EZ_BAR', 'MACHINE', 'DESK', 'PULLUP_BAR', 'NONE', 'CABLE', 'MEDICINE_BALL', 'SWISS_BALL', 'FOAM_ROLL', 'WEIGHT_PLATE', 'TRX', 'BOX', 'ROPES', 'SPIN_BIKE', 'STEP', 'BOSU', 'TYRE', 'SANDBAG', 'POLE', 'BENCH', 'WALL', 'BAR', 'RACK', 'CAR', 'SLED', 'CHAIN', 'SKIERG', 'ROPE', 'NA', 'ISOLATION', 'COMPOUND') NOT NULL,
  `durationWeeks` INT NOT NULL DEFAULT 4,
  `sessionsPerWeek` INT NOT NULL DEFAULT 3,
  `sessionDurationMin` INT NOT NULL DEFAULT 30,
  `equipment` JSON,
  `isPremium` BOOLEAN NOT NULL DEFAULT true,
  `isActive` BOOLEAN NOT NULL DEFAULT true,
  `visibility` ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED') NOT NULL DEFAULT 'DRAFT',
  `participantCount` INT NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `programs_slug_key` (`slug`),
  UNIQUE KEY `programs_slugEn_key` (`slugEn`),
  UNIQUE KEY `programs_slugEs_key` (`slugEs`),
  UNIQUE KEY `programs_slugPt_key` (`slugPt`),
  UNIQUE KEY `programs_slugRu_key` (`slugRu`),
  UNIQUE KEY `programs_slugZhCn_key` (`slugZhCn`)
);

CREATE TABLE `program_coaches` (
  `id` VARCHAR(191) NOT NULL,
  `programId` VARCHAR(191) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `image` VARCHAR(191) NOT NULL,
  `order` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `program_coaches_programId_fkey` FOREIGN KEY (`programId`) REFERENCES `programs` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `program_weeks` (
  `id` VARCHAR(191) NOT NULL,
  `programId` VARCHAR(191) NOT NULL,
  `weekNumber` INT NOT NULL,
  `title` VARCHAR(191) NOT NULL,
  `titleEn` VARCHAR(191) NOT NULL,
  `titleEs` VARCHAR(191) NOT NULL,
  `titlePt` VARCHAR(191) NOT NULL,
  `titleRu` VARCHAR(191) NOT NULL,
  `titleZhCn` VARCHAR(191) NOT NULL,
  `description` TEXT NOT NULL,
  `descriptionEn` TEXT NOT NULL,
  `descriptionEs` TEXT NOT NULL,
  `descriptionPt` TEXT NOT NULL,
  `descriptionRu` TEXT NOT NULL,
  `descriptionZhCn` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `program_weeks_programId_weekNumber_key` (`programId`, `weekNumber`),
  CONSTRAINT `program_weeks_programId_fkey` FOREIGN KEY (`programId`) REFERENCES `programs` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `program_sessions` (
  `id` VARCHAR(191) NOT NULL,
  `weekId` VARCHAR(191) NOT NULL,
  `sessionNumber` INT NOT NULL,
  `title` VARCHAR(191) NOT NULL,
  `titleEn` VARCHAR(191) NOT NULL,
  `titleEs` VARCHAR(191) NOT NULL,
  `titlePt` VARCHAR(191) NOT NULL,
  `titleRu` VARCHAR(191) NOT NULL,
  `titleZhCn` VARCHAR(191) NOT NULL,
  `slug` VARCHAR(191) NOT NULL,
  `slugEn` VARCHAR(191) NOT NULL,
  `slugEs` VARCHAR(191) NOT NULL,
  `slugPt` VARCHAR(191) NOT NULL,
  `slugRu` VARCHAR(191) NOT NULL,
  `slugZhCn` VARCHAR(191) NOT NULL,
  `description` TEXT NOT NULL,
  `descriptionEn` TEXT NOT NULL,
  `descriptionEs` TEXT NOT NULL,
  `descriptionPt` TEXT NOT NULL,
  `descriptionRu` TEXT NOT NULL,
  `descriptionZhCn` TEXT NOT NULL,
  `equipment` JSON,
  `estimatedMinutes` INT NOT NULL,
  `isPremium` BOOLEAN NOT NULL DEFAULT true,
  PRIMARY KEY (`id`),
  UNIQUE KEY `program_sessions_weekId_sessionNumber_key` (`weekId`, `sessionNumber`),
  UNIQUE KEY `program_sessions_weekId_slug_key` (`weekId`, `slug`),
  UNIQUE KEY `program_sessions_weekId_slugEn_key` (`weekId`, `slugEn`),
  UNIQUE KEY `program_sessions_weekId_slugEs_key` (`weekId`, `slugEs`),
  UNIQUE KEY `program_sessions_weekId_slugPt_key` (`weekId`, `slugPt`),
  UNIQUE KEY `program_sessions_weekId_slugRu_key` (`weekId`, `slugRu`),
  UNIQUE KEY `program_sessions_weekId_slugZhCn_key` (`weekId`, `slugZhCn`),
  CONSTRAINT `program_sessions_weekId_fkey` FOREIGN KEY (`weekId`) REFERENCES `program_weeks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `program_session_exercises` (
  `id` VARCHAR(191) NOT NULL,
  `sessionId` VARCHAR(191) NOT NULL,
  `exerciseId` VARCHAR(191) NOT NULL,
  `order` INT NOT NULL,
  `instructions` TEXT NOT NULL,
  `instructionsEn` TEXT NOT NULL,
  `instructionsEs` TEXT NOT NULL,
  `instructionsPt` TEXT NOT NULL,
  `instructionsRu` TEXT NOT NULL,
  `instructionsZhCn` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `program_session_exercises_sessionId_order_key` (`sessionId`, `order`),
  CONSTRAINT `program_session_exercises_sessionId_fkey` FOREIGN KEY (`sessionId`) REFERENCES `program_sessions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `program_session_exercises_exerciseId_fkey` FOREIGN KEY (`exerciseId`) REFERENCES `exercises` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `program_suggested_sets` (
  `id` VARCHAR(191) NOT NULL,
  `programSessionExerciseId` VARCHAR(191) NOT NULL,
  `setIndex` INT NOT NULL,
  `types` JSON,
  `valuesInt` JSON,
  `valuesSec` JSON,
  `units` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `program_suggested_sets_programSessionExerciseId_setIndex_key` (`programSessionExerciseId`, `setIndex`),
  CONSTRAINT `program_suggested_sets_programSessionExerciseId_fkey` FOREIGN KEY (`programSessionExerciseId`) REFERENCES `program_session_exercises` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE `user_program_enrollments` (
  `id` VARCHAR(191) NOT NULL,
  `userId` VARCHAR(191) NOT NULL,
  `programId` VARCHAR(191) NOT NULL,
  `enrolledAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `currentWeek` INT NOT NULL DEFAULT 1,
  `currentSession` INT NOT NULL DEFAULT 1,
  `completedSessions` INT NOT NULL DEFAULT 0,
  `isActive` BOOLEAN NOT NULL DEFAULT true,
  `completedAt` DATETIME(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_program_enrollments_userId_programId_key` (`userId`, `programId`),
  CONSTRAINT `user_program_enrollments_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_program_enrollments_programId_fkey` FOREIGN KEY (`programId`) REFERENCES `programs` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE `user_session_progress` (
  `id` VARCHAR(191) NOT NULL,
  `enrollmentId` VARCHAR(191) NOT NULL,
  `sessionId` VARCHAR(191) NOT NULL,
  `startedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `completedAt` DATETIME(3),
  `workoutSessionId` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_session_progress_workoutSessionId_key` (`workoutSessionId`),
  UNIQUE KEY `user_session_progress_enrollmentId_sessionId_key` (`enrollmentId`, `sessionId`),
  CONSTRAINT `user_session_progress_enrollmentId_fkey` FOREIGN KEY (`enrollmentId`) REFERENCES `user_program_enrollments` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_session_progress_sessionId_fkey` FOREIGN KEY (`sessionId`) REFERENCES `program_sessions` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `user_session_progress_workoutSessionId_fkey` FOREIGN KEY (`workoutSessionId`) REFERENCES `workout_sessions` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

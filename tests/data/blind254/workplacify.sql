-- workplacify (open-source desk scheduling for offices: organisations, offices with their booking settings,
-- floors with floor plans, meeting rooms, office rooms, desks placed on the floor plan, desk schedules
-- (bookings), users with roles and their current office, onboarding answers, NextAuth accounts, sessions and
-- verification tokens).
-- Upstream: github.com/igeligel/workplacify, commit a2a0d39f71043cce42af879096004a8f111e5ac9 (MIT, LICENSE),
-- prisma/schema.prisma with its three PostgreSQL migrations prisma/migrations/20231204201248_init,
-- 20250113201938_add_microsoft_entra_field and 20251001134948_add_office_settings (schema last changed in commit
-- 448c6560662cf34bbe3a6c9856cfc0483c57a940).
-- Written as MySQL the way Prisma's MySQL connector maps the same models: columns in the order the migrations
-- create them (columns added later at the end), String -> VARCHAR(191), TIMESTAMP(3) -> DATETIME(3),
-- DOUBLE PRECISION -> DOUBLE, BOOLEAN -> BOOLEAN, Int -> INTEGER, @db.Text -> TEXT, PostgreSQL enums -> ENUM;
-- the PostgreSQL enum array onboarding_selection.workplacify_preferences (MySQL has no arrays) -> JSON.
-- Unique indexes and foreign keys as in the migrations (Prisma's names); tables in dependency order.
-- No table was left out.

CREATE TABLE `organization` (
    `id` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `description` VARCHAR(191) NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,
    `invite_code` VARCHAR(191) NOT NULL,

    UNIQUE INDEX `organization_invite_code_key`(`invite_code`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `office_setting_weekdays_allowed` (
    `id` VARCHAR(191) NOT NULL,
    `allow_monday` BOOLEAN NOT NULL DEFAULT true,
    `allow_tuesday` BOOLEAN NOT NULL DEFAULT true,
    `allow_wednesday` BOOLEAN NOT NULL DEFAULT true,
    `allow_thursday` BOOLEAN NOT NULL DEFAULT true,
    `allow_friday` BOOLEAN NOT NULL DEFAULT true,
    `allow_saturday` BOOLEAN NOT NULL DEFAULT true,
    `allow_sunday` BOOLEAN NOT NULL DEFAULT true,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `office_setting` (
    `id` VARCHAR(191) NOT NULL,
    `allow_scheduling_in_the_past` BOOLEAN NOT NULL DEFAULT false,
    `duration_scheduling_future` INTEGER NULL,
    `office_setting_weekdays_allowed_id` VARCHAR(191) NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,

    PRIMARY KEY (`id`),
    CONSTRAINT `office_setting_office_setting_weekdays_allowed_id_fkey` FOREIGN KEY (`office_setting_weekdays_allowed_id`) REFERENCES `office_setting_weekdays_allowed`(`id`) ON DELETE SET NULL ON UPDATE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `office` (
    `id` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `description` VARCHAR(191) NULL,
    `longitude` DOUBLE NULL,
    `latitude` DOUBLE NULL,
    `timezone` VARCHAR(191) NOT NULL DEFAULT 'Etc/GMT',
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,
    `organization_id` VARCHAR(191) NULL,
    `office_setting_id` VARCHAR(191) NULL,

    PRIMARY KEY (`id`),
    CONSTRAINT `office_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT `office_office_setting_id_fkey` FOREIGN KEY (`office_setting_id`) REFERENCES `office_setting`(`id`) ON DELETE SET NULL ON UPDATE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `user` (
    `id` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NULL,
    `email` VARCHAR(191) NULL,
    `email_verified` DATETIME(3) NULL,
    `image` VARCHAR(191) NULL,
    `organization_id` VARCHAR(191) NULL,
    `user_role` ENUM('ADMIN', 'MEMBER') NOT NULL DEFAULT 'MEMBER',
    `current_office_id` VARCHAR(191) NULL,

    UNIQUE INDEX `user_email_key`(`email`),
    PRIMARY KEY (`id`),
    CONSTRAINT `user_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization`(`id`) ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT `user_current_office_id_fkey` FOREIGN KEY (`current_office_id`) REFERENCES `office`(`id`) ON DELETE SET NULL ON UPDATE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `onboarding_selection` (
    `id` VARCHAR(191) NOT NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,
    `user_id` VARCHAR(191) NOT NULL,
    `workplacify_preferences` JSON NULL,
    `temporary_invite_code` VARCHAR(191) NULL,
    `submitted` BOOLEAN NOT NULL DEFAULT false,

    PRIMARY KEY (`id`),
    CONSTRAINT `onboarding_selection_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `floor` (
    `id` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `description` VARCHAR(191) NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,
    `floor_plan` VARCHAR(191) NULL,
    `office_id` VARCHAR(191) NULL,

    PRIMARY KEY (`id`),
    CONSTRAINT `floor_office_id_fkey` FOREIGN KEY (`office_id`) REFERENCES `office`(`id`) ON DELETE SET NULL ON UPDATE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `meeting_room` (
    `id` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `description` VARCHAR(191) NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,
    `floor_id` VARCHAR(191) NOT NULL,

    PRIMARY KEY (`id`),
    CONSTRAINT `meeting_room_floor_id_fkey` FOREIGN KEY (`floor_id`) REFERENCES `floor`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `office_room` (
    `id` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `description` VARCHAR(191) NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,
    `floor_id` VARCHAR(191) NOT NULL,

    PRIMARY KEY (`id`),
    CONSTRAINT `office_room_floor_id_fkey` FOREIGN KEY (`floor_id`) REFERENCES `floor`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `desk` (
    `id` VARCHAR(191) NOT NULL,
    `public_desk_id` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NULL,
    `description` VARCHAR(191) NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,
    `floor_id` VARCHAR(191) NOT NULL,
    `x` DOUBLE NOT NULL,
    `y` DOUBLE NOT NULL,

    PRIMARY KEY (`id`),
    CONSTRAINT `desk_floor_id_fkey` FOREIGN KEY (`floor_id`) REFERENCES `floor`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `desk_schedule` (
    `id` VARCHAR(191) NOT NULL,
    `desk_id` VARCHAR(191) NOT NULL,
    `date` DATETIME(3) NULL,
    `timezone` VARCHAR(191) NOT NULL DEFAULT 'Etc/GMT',
    `whole_day` BOOLEAN NOT NULL DEFAULT false,
    `start_time` DATETIME(3) NULL,
    `end_time` DATETIME(3) NULL,
    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updated_at` DATETIME(3) NOT NULL,
    `user_id` VARCHAR(191) NULL,

    PRIMARY KEY (`id`),
    CONSTRAINT `desk_schedule_desk_id_fkey` FOREIGN KEY (`desk_id`) REFERENCES `desk`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT `desk_schedule_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON DELETE SET NULL ON UPDATE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `account` (
    `id` VARCHAR(191) NOT NULL,
    `userId` VARCHAR(191) NOT NULL,
    `type` VARCHAR(191) NOT NULL,
    `provider` VARCHAR(191) NOT NULL,
    `providerAccountId` VARCHAR(191) NOT NULL,
    `refresh_token` TEXT NULL,
    `access_token` TEXT NULL,
    `expires_at` INTEGER NULL,
    `token_type` VARCHAR(191) NULL,
    `scope` VARCHAR(191) NULL,
    `id_token` TEXT NULL,
    `session_state` VARCHAR(191) NULL,
    `ext_expires_in` INTEGER NULL,

    UNIQUE INDEX `account_provider_providerAccountId_key`(`provider`, `providerAccountId`),
    PRIMARY KEY (`id`),
    CONSTRAINT `account_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `session` (
    `id` VARCHAR(191) NOT NULL,
    `session_token` VARCHAR(191) NOT NULL,
    `user_id` VARCHAR(191) NOT NULL,
    `expires` DATETIME(3) NOT NULL,

    UNIQUE INDEX `session_session_token_key`(`session_token`),
    PRIMARY KEY (`id`),
    CONSTRAINT `session_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `verification_token` (
    `identifier` VARCHAR(191) NOT NULL,
    `token` VARCHAR(191) NOT NULL,
    `expires` DATETIME(3) NOT NULL,

    UNIQUE INDEX `verification_token_token_key`(`token`),
    UNIQUE INDEX `verification_token_identifier_token_key`(`identifier`, `token`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

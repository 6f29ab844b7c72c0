-- Cusdis (Randy Lu / djyde and contributors): lightweight, privacy-friendly comment system embedded in
-- blogs and static sites (Next.js + Prisma), self-hosted or the hosted cusdis.com: site owners signing in
-- through next-auth (accounts, sessions, e-mail sign-in tokens), projects (websites) with their API token,
-- notification and webhook settings, pages, commenters' comments (nickname, optional e-mail) awaiting
-- approval, replies by the moderating owner, the hosted service's Lemon Squeezy subscription and usage counters.
-- Upstream: github.com/djyde/cusdis, commit 61c6c9231ecaa635c6dcae8329ce30eca39fb515 (GPL-3.0).
-- Source: upstream's MySQL Prisma migrations prisma/mysql/migrations/20211121064912_init and
-- 20211124155649_add_display_name, replayed in a scratch MariaDB 10.11 database and written out as
-- SHOW CREATE TABLE gives them (column order as upstream: displayName last, added by the second migration).
-- The MySQL flavour stops there; the models Subscription and Usage (@@map usages) of the current Prisma schema
-- exist as migrations only for PostgreSQL (prisma/pgsql/migrations/20230713082802_subscription) and SQLite;
-- they were added as Prisma writes them for MySQL (TEXT keys varchar(191), TIMESTAMP(3) datetime(3), the
-- unique indexes and foreign keys of that migration). Foreign keys are upstream's (accounts and sessions
-- have none). Nothing is left out: nine tables are the whole application.

CREATE TABLE `users` (
  `id` varchar(191) NOT NULL,
  `name` varchar(191) DEFAULT NULL,
  `email` varchar(191) DEFAULT NULL,
  `email_verified` datetime(3) DEFAULT NULL,
  `image` varchar(191) DEFAULT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `enable_new_comment_notification` tinyint(1) DEFAULT 1,
  `notification_email` varchar(191) DEFAULT NULL,
  `displayName` varchar(191) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `accounts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `compound_id` varchar(191) NOT NULL,
  `user_id` varchar(191) NOT NULL,
  `provider_type` varchar(191) NOT NULL,
  `provider_id` varchar(191) NOT NULL,
  `provider_account_id` varchar(191) NOT NULL,
  `refresh_token` varchar(191) DEFAULT NULL,
  `access_token` varchar(191) DEFAULT NULL,
  `access_token_expires` datetime(3) DEFAULT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_compound_id_key` (`compound_id`),
  KEY `providerAccountId` (`provider_account_id`),
  KEY `providerId` (`provider_id`),
  KEY `userId` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sessions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` varchar(191) NOT NULL,
  `expires` datetime(3) NOT NULL,
  `session_token` varchar(191) NOT NULL,
  `access_token` varchar(191) NOT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `sessions_session_token_key` (`session_token`),
  UNIQUE KEY `sessions_access_token_key` (`access_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `verification_requests` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `identifier` varchar(191) NOT NULL,
  `token` varchar(191) NOT NULL,
  `expires` datetime(3) NOT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `verification_requests_token_key` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `projects` (
  `id` varchar(191) NOT NULL,
  `title` varchar(191) NOT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `deleted_at` datetime(3) DEFAULT NULL,
  `ownerId` varchar(191) NOT NULL,
  `token` varchar(191) DEFAULT NULL,
  `fetch_latest_comments_at` datetime(3) DEFAULT NULL,
  `enable_notification` tinyint(1) DEFAULT 1,
  `notification_email` varchar(191) DEFAULT NULL,
  `webhook` varchar(191) DEFAULT NULL,
  `enableWebhook` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `projects_ownerId_fkey` (`ownerId`),
  CONSTRAINT `projects_ownerId_fkey` FOREIGN KEY (`ownerId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `pages` (
  `id` varchar(191) NOT NULL,
  `slug` varchar(191) NOT NULL,
  `url` varchar(191) DEFAULT NULL,
  `title` varchar(191) DEFAULT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `projectId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `projectId` (`projectId`),
  CONSTRAINT `pages_projectId_fkey` FOREIGN KEY (`projectId`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `comments` (
  `id` varchar(191) NOT NULL,
  `pageId` varchar(191) NOT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `updated_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  `deletedAt` datetime(3) DEFAULT NULL,
  `moderatorId` varchar(191) DEFAULT NULL,
  `by_email` varchar(191) DEFAULT NULL,
  `by_nickname` varchar(191) NOT NULL,
  `content` text NOT NULL,
  `approved` tinyint(1) NOT NULL DEFAULT 0,
  `parentId` varchar(191) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `comments_pageId_fkey` (`pageId`),
  KEY `comments_moderatorId_fkey` (`moderatorId`),
  KEY `comments_parentId_fkey` (`parentId`),
  CONSTRAINT `comments_moderatorId_fkey` FOREIGN KEY (`moderatorId`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `comments_pageId_fkey` FOREIGN KEY (`pageId`) REFERENCES `pages` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `comments_parentId_fkey` FOREIGN KEY (`parentId`) REFERENCES `comments` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Subscription` (
  `id` varchar(191) NOT NULL,
  `userId` varchar(191) NOT NULL,
  `lemon_subscription_id` varchar(191) DEFAULT NULL,
  `order_id` varchar(191) NOT NULL,
  `product_id` varchar(191) DEFAULT NULL,
  `variant_id` varchar(191) DEFAULT NULL,
  `customer_id` varchar(191) DEFAULT NULL,
  `status` varchar(191) NOT NULL,
  `endsAt` datetime(3) DEFAULT NULL,
  `update_payment_method_url` varchar(191) DEFAULT NULL,
  `created_at` datetime(3) NOT NULL DEFAULT current_timestamp(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Subscription_userId_key` (`userId`),
  CONSTRAINT `Subscription_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `usages` (
  `id` varchar(191) NOT NULL,
  `userId` varchar(191) NOT NULL,
  `label` varchar(191) NOT NULL,
  `count` int(11) NOT NULL DEFAULT 0,
  `updatedAt` datetime(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `usages_userId_label_key` (`userId`,`label`),
  CONSTRAINT `usages_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


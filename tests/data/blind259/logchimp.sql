-- LogChimp (open-source customer feedback and feature-request board with voting, public roadmaps and comments),
-- github.com/logchimp/logchimp (AGPL-3.0 outside packages/server/ee and packages/theme/src/ee),
-- commit 70dc37de968daecdc33265cc2d2d3de814dd6b73 (2026-07-23).
-- Source: the 29 Knex migrations packages/server/src/database/migrations/*.ts (PostgreSQL, `client: "pg"` in
-- packages/server/src/database/config.ts), applied in order by hand and written as MySQL DDL with Knex's PostgreSQL
-- naming: `<table>_<column>_unique` for .unique(), `<table>_<column>_foreign` for .references(), `<table>_pkey` for
-- .primary(). uuid -> CHAR(36), string(n) -> VARCHAR(n) (string() -> VARCHAR(255)), text -> TEXT,
-- timestamp (timestamptz) -> DATETIME(6), defaultTo(knex.fn.now()) -> DEFAULT CURRENT_TIMESTAMP(6),
-- boolean -> TINYINT(1), integer -> INT, smallint -> SMALLINT; table comments (.comment()) kept.
-- Later migrations folded in: posts.boardId (2020-09-13), posts.roadmap_id (2020-12-24), settings.labs
-- (2021-06-26), settings.developer_mode (2021-07-31), users.notes (2021-08-08), the unique index
-- role_id_user_id_unique_index on roles_users (2021-08-29), permissions.scope and the wider permissions.type /
-- action (2026-03-14), roles.is_system (2026-03-24); the other migrations only insert rows.
-- Knex's own bookkeeping tables (tableName "migrations" in config.ts, and its lock table) are added at the end.
-- Tables are ordered so that referenced tables come first. Every table of the application is kept.

CREATE TABLE `users` (
  `userId` CHAR(36) NOT NULL,
  `name` VARCHAR(30) DEFAULT NULL,
  `email` VARCHAR(320) NOT NULL,
  `password` VARCHAR(72) NOT NULL,
  `username` VARCHAR(30) NOT NULL,
  `avatar` TEXT DEFAULT NULL,
  `isVerified` TINYINT(1) DEFAULT 0,
  `isOwner` TINYINT(1) DEFAULT 0,
  `isBlocked` TINYINT(1) DEFAULT 0,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `notes` TEXT DEFAULT NULL,
  CONSTRAINT `users_pkey` PRIMARY KEY (`userId`),
  UNIQUE KEY `users_userid_unique` (`userId`),
  UNIQUE KEY `users_email_unique` (`email`),
  UNIQUE KEY `users_username_unique` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Storing users data';

CREATE TABLE `boards` (
  `boardId` CHAR(36) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  `url` VARCHAR(50) NOT NULL,
  `color` VARCHAR(6) NOT NULL,
  `display` TINYINT(1) DEFAULT 0,
  `view_voters` TINYINT(1) DEFAULT 1,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT `boards_pkey` PRIMARY KEY (`boardId`),
  UNIQUE KEY `boards_boardid_unique` (`boardId`),
  UNIQUE KEY `boards_url_unique` (`url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Storing boards data';

CREATE TABLE `roadmaps` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  `url` VARCHAR(50) NOT NULL,
  `index` INT NOT NULL,
  `color` VARCHAR(6) NOT NULL,
  `display` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT `roadmaps_pkey` PRIMARY KEY (`id`),
  UNIQUE KEY `roadmaps_id_unique` (`id`),
  UNIQUE KEY `roadmaps_url_unique` (`url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts` (
  `postId` CHAR(36) NOT NULL,
  `title` VARCHAR(100) NOT NULL,
  `slug` VARCHAR(150) NOT NULL,
  `slugId` VARCHAR(20) NOT NULL,
  `contentMarkdown` TEXT DEFAULT NULL,
  `userId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updatedAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `boardId` CHAR(36) DEFAULT NULL,
  `roadmap_id` CHAR(36) DEFAULT NULL,
  CONSTRAINT `posts_pkey` PRIMARY KEY (`postId`),
  UNIQUE KEY `posts_postid_unique` (`postId`),
  UNIQUE KEY `posts_slug_unique` (`slug`),
  CONSTRAINT `posts_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`userId`),
  CONSTRAINT `posts_boardid_foreign` FOREIGN KEY (`boardId`) REFERENCES `boards` (`boardId`) ON DELETE SET NULL,
  CONSTRAINT `posts_roadmap_id_foreign` FOREIGN KEY (`roadmap_id`) REFERENCES `roadmaps` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Storing posts data';

CREATE TABLE `votes` (
  `voteId` CHAR(36) NOT NULL,
  `userId` CHAR(36) NOT NULL,
  `postId` CHAR(36) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT `votes_pkey` PRIMARY KEY (`voteId`),
  UNIQUE KEY `votes_voteid_unique` (`voteId`),
  CONSTRAINT `votes_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `users` (`userId`),
  CONSTRAINT `votes_postid_foreign` FOREIGN KEY (`postId`) REFERENCES `posts` (`postId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Storing post votes data';

CREATE TABLE `settings` (
  `title` VARCHAR(255) DEFAULT NULL,
  `description` VARCHAR(255) DEFAULT NULL,
  `logo` VARCHAR(255) DEFAULT NULL,
  `icon` VARCHAR(255) DEFAULT NULL,
  `accentColor` VARCHAR(6) DEFAULT NULL,
  `googleAnalyticsId` VARCHAR(255) DEFAULT NULL,
  `isPoweredBy` TINYINT(1) DEFAULT 1,
  `allowSignup` TINYINT(1) DEFAULT 1,
  `labs` TEXT DEFAULT '{}',
  `developer_mode` TINYINT(1) DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emailVerification` (
  `email` VARCHAR(320) NOT NULL,
  `token` VARCHAR(320) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT `emailVerification_pkey` PRIMARY KEY (`email`),
  UNIQUE KEY `emailverification_email_unique` (`email`),
  UNIQUE KEY `emailverification_token_unique` (`token`),
  CONSTRAINT `emailverification_email_foreign` FOREIGN KEY (`email`) REFERENCES `users` (`email`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resetPassword` (
  `email` VARCHAR(320) NOT NULL,
  `token` VARCHAR(320) NOT NULL,
  `createdAt` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT `resetPassword_pkey` PRIMARY KEY (`email`),
  UNIQUE KEY `resetpassword_email_unique` (`email`),
  UNIQUE KEY `resetpassword_token_unique` (`token`),
  CONSTRAINT `resetpassword_email_foreign` FOREIGN KEY (`email`) REFERENCES `users` (`email`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(30) DEFAULT NULL,
  `type` VARCHAR(30) NOT NULL,
  `action` VARCHAR(25) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `scope` VARCHAR(20) DEFAULT NULL,
  CONSTRAINT `permissions_pkey` PRIMARY KEY (`id`),
  UNIQUE KEY `permissions_id_unique` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(30) NOT NULL,
  `description` VARCHAR(50) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `is_system` SMALLINT DEFAULT 0,
  CONSTRAINT `roles_pkey` PRIMARY KEY (`id`),
  UNIQUE KEY `roles_id_unique` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles_users` (
  `id` CHAR(36) NOT NULL,
  `role_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  CONSTRAINT `roles_users_pkey` PRIMARY KEY (`id`),
  UNIQUE KEY `role_id_user_id_unique_index` (`role_id`, `user_id`),
  CONSTRAINT `roles_users_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE,
  CONSTRAINT `roles_users_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`userId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions_roles` (
  `id` CHAR(36) NOT NULL,
  `permission_id` CHAR(36) NOT NULL,
  `role_id` CHAR(36) NOT NULL,
  CONSTRAINT `permissions_roles_pkey` PRIMARY KEY (`id`),
  UNIQUE KEY `permissions_roles_id_unique` (`id`),
  CONSTRAINT `permissions_roles_permission_id_foreign` FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `permissions_roles_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts_comments` (
  `id` CHAR(36) NOT NULL,
  `parent_id` CHAR(36) DEFAULT NULL,
  `activity_id` CHAR(36) NOT NULL,
  `body` VARCHAR(1000) NOT NULL,
  `is_edited` TINYINT(1) DEFAULT 0,
  `is_spam` TINYINT(1) DEFAULT 0,
  `is_internal` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  CONSTRAINT `posts_comments_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `posts_comments_parent_id_foreign` FOREIGN KEY (`parent_id`) REFERENCES `posts_comments` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts_activity` (
  `id` CHAR(36) NOT NULL,
  `type` VARCHAR(50) NOT NULL,
  `posts_comments_id` CHAR(36) DEFAULT NULL,
  `post_id` CHAR(36) NOT NULL,
  `author_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  CONSTRAINT `posts_activity_pkey` PRIMARY KEY (`id`),
  CONSTRAINT `posts_activity_posts_comments_id_foreign` FOREIGN KEY (`posts_comments_id`) REFERENCES `posts_comments` (`id`),
  CONSTRAINT `posts_activity_post_id_foreign` FOREIGN KEY (`post_id`) REFERENCES `posts` (`postId`),
  CONSTRAINT `posts_activity_author_id_foreign` FOREIGN KEY (`author_id`) REFERENCES `users` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migrations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) DEFAULT NULL,
  `batch` INT DEFAULT NULL,
  `migration_time` DATETIME(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migrations_lock` (
  `index` INT NOT NULL AUTO_INCREMENT,
  `is_locked` INT DEFAULT NULL,
  PRIMARY KEY (`index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

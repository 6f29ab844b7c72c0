-- RetroAchievements website (RAWeb; retroachievements.org): achievements, leaderboards, play sessions, play time,
-- backlogs and comments of players of retro games in emulators.
-- Source: github.com/RetroAchievements/RAWeb, commit 99c2e4678f45f2a54369daaae3231a98c7b82602 (2025-09-04) (GPL-3.0).
-- How: upstream's own Laravel schema dump `database/schema/mysql-schema.sql` of that commit (the migrations squashed
-- to 2025_07_13, see `dd5ec708`) was loaded into MariaDB 10.11 (its table collation utf8mb4_uca1400_ai_ci, which
-- 10.11 lacks, replaced by utf8mb4_unicode_ci), then the four migrations of that commit newer than the dump
-- (2025_07_28 player_games indexes, 2025_07_30 create api_logs, 2025_08_16 forum_topic_comments sent_by_id /
-- edited_by_id, 2025_08_17 create discord_message_thread_mappings) were applied as the SQL Laravel's MySQL grammar
-- emits, and the result was dumped with mysqldump --no-data. Column names, types and order, primary, unique,
-- secondary and foreign keys as upstream; AUTO_INCREMENT counters dropped; tables ordered so that a referenced table
-- comes first. Later upstream commits rename the legacy tables (UserAccounts -> users, SetRequest ->
-- user_game_list_entries, ...); this file is the schema as it stood at the commit named.
-- Kept 67 of 94 tables. Left out: achievement_set_incompatible_game_hashes, achievement_set_versions,
-- auth_role_permissions, discord_message_thread_mappings, downloads_popularity_metrics, emulator_downloads,
-- emulator_platforms, emulator_releases, event_achievements, event_awards, events, game_hash_set_hashes,
-- game_set_games, game_set_links, game_set_roles, integration_releases, media, oauth_personal_access_clients,
-- platforms, pulse_aggregates, pulse_entries, pulse_values, queue_job_batches, sync_status, system_emulators,
-- taggables, tags (lookups, joins, release catalogues, monitoring and media-library tables).

CREATE TABLE `Console` (
  `ID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Name` varchar(255) NOT NULL,
  `name_full` varchar(255) DEFAULT NULL,
  `name_short` varchar(255) DEFAULT NULL,
  `manufacturer` varchar(255) DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `order_column` int(10) unsigned DEFAULT NULL,
  `Created` timestamp NULL DEFAULT current_timestamp(),
  `Updated` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `achievement_sets` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `players_total` int(10) unsigned DEFAULT NULL,
  `players_hardcore` int(10) unsigned DEFAULT NULL,
  `achievements_first_published_at` datetime DEFAULT NULL,
  `achievements_published` int(10) unsigned DEFAULT NULL,
  `achievements_unpublished` int(10) unsigned DEFAULT NULL,
  `points_total` int(10) unsigned DEFAULT NULL,
  `points_weighted` int(10) unsigned DEFAULT NULL,
  `times_completed` int(11) NOT NULL DEFAULT 0,
  `times_completed_hardcore` int(11) NOT NULL DEFAULT 0,
  `median_time_to_complete` int(11) DEFAULT NULL,
  `median_time_to_complete_hardcore` int(11) DEFAULT NULL,
  `image_asset_path` varchar(50) NOT NULL DEFAULT '/Images/000001.png',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `achievement_sets_players_total_index` (`players_total`),
  KEY `achievement_sets_players_hardcore_index` (`players_hardcore`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `audit_log` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `log_name` varchar(255) DEFAULT NULL,
  `description` text NOT NULL,
  `subject_type` varchar(255) DEFAULT NULL,
  `subject_id` bigint(20) unsigned DEFAULT NULL,
  `event` varchar(255) DEFAULT NULL,
  `causer_type` varchar(255) DEFAULT NULL,
  `causer_id` bigint(20) unsigned DEFAULT NULL,
  `properties` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`properties`)),
  `batch_uuid` char(36) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `audit_log_subject_index` (`subject_type`,`subject_id`),
  KEY `audit_log_causer_index` (`causer_type`,`causer_id`),
  KEY `audit_log_log_name_index` (`log_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_permissions` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `guard_name` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_model_permissions` (
  `permission_id` bigint(20) unsigned NOT NULL,
  `model_type` varchar(255) NOT NULL,
  `model_id` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`permission_id`,`model_id`,`model_type`),
  KEY `model_has_permissions_model_id_model_type_index` (`model_id`,`model_type`),
  CONSTRAINT `auth_model_permissions_permission_id_foreign` FOREIGN KEY (`permission_id`) REFERENCES `auth_permissions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_roles` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `display` int(10) unsigned NOT NULL,
  `guard_name` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_roles_name_guard_name_unique` (`name`,`guard_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `UserAccounts` (
  `ID` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `ulid` char(26) DEFAULT NULL,
  `User` varchar(32) NOT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `visible_role_id` bigint(20) unsigned DEFAULT NULL,
  `Password` varchar(255) DEFAULT NULL,
  `two_factor_secret` text DEFAULT NULL,
  `two_factor_recovery_codes` text DEFAULT NULL,
  `two_factor_confirmed_at` timestamp NULL DEFAULT NULL,
  `SaltedPass` varchar(32) NOT NULL,
  `EmailAddress` varchar(64) NOT NULL,
  `email_verified_at` timestamp NULL DEFAULT NULL,
  `remember_token` varchar(100) DEFAULT NULL,
  `Permissions` tinyint(4) NOT NULL COMMENT '-2=spam, -1=banned, 0=unconfirmed, 1=confirmed, 2=jr-developer, 3=developer, 4=moderator',
  `achievements_unlocked` int(10) unsigned DEFAULT NULL,
  `achievements_unlocked_hardcore` int(10) unsigned DEFAULT NULL,
  `completion_percentage_average` decimal(10,9) DEFAULT NULL,
  `completion_percentage_average_hardcore` decimal(10,9) DEFAULT NULL,
  `RAPoints` int(11) NOT NULL,
  `RASoftcorePoints` int(11) DEFAULT 0,
  `fbUser` bigint(20) NOT NULL,
  `fbPrefs` smallint(6) DEFAULT NULL,
  `cookie` varchar(100) DEFAULT NULL,
  `appToken` varchar(60) DEFAULT NULL,
  `appTokenExpiry` datetime DEFAULT NULL,
  `websitePrefs` int(10) unsigned DEFAULT 0,
  `preferences` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`preferences`)),
  `country` varchar(255) DEFAULT NULL,
  `timezone` varchar(255) DEFAULT NULL,
  `locale` varchar(255) DEFAULT NULL,
  `locale_date` varchar(255) DEFAULT NULL,
  `locale_number` varchar(255) DEFAULT NULL,
  `LastLogin` timestamp NULL DEFAULT NULL,
  `LastActivityID` int(10) unsigned NOT NULL DEFAULT 0,
  `Motto` varchar(50) NOT NULL DEFAULT '',
  `ContribCount` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'The Number of awarded achievements that this user was the author of',
  `ContribYield` int(10) unsigned NOT NULL DEFAULT 0 COMMENT 'The total points allocated for achievements that this user has been the author of',
  `APIKey` varchar(60) DEFAULT NULL,
  `APIUses` int(10) unsigned NOT NULL DEFAULT 0,
  `LastGameID` int(10) unsigned NOT NULL DEFAULT 0,
  `RichPresenceMsg` varchar(255) DEFAULT NULL,
  `RichPresenceMsgDate` datetime DEFAULT NULL,
  `ManuallyVerified` tinyint(3) unsigned DEFAULT 0 COMMENT 'If 0, cannot post directly to forums without manual permission',
  `forum_verified_at` timestamp NULL DEFAULT NULL,
  `unranked_at` timestamp NULL DEFAULT NULL,
  `banned_at` timestamp NULL DEFAULT NULL,
  `muted_until` timestamp NULL DEFAULT NULL,
  `UnreadMessageCount` int(10) unsigned DEFAULT NULL,
  `TrueRAPoints` int(10) unsigned DEFAULT NULL,
  `UserWallActive` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Allow Posting to user wall',
  `PasswordResetToken` varchar(32) DEFAULT NULL,
  `Untracked` tinyint(1) NOT NULL DEFAULT 0,
  `email_backup` varchar(255) DEFAULT NULL,
  `Created` timestamp NULL DEFAULT current_timestamp(),
  `Updated` timestamp NULL DEFAULT current_timestamp(),
  `DeleteRequested` timestamp NULL DEFAULT NULL,
  `Deleted` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `users_username_unique` (`User`),
  UNIQUE KEY `useraccounts_display_name_unique` (`display_name`),
  UNIQUE KEY `useraccounts_ulid_unique` (`ulid`),
  KEY `users_username_untracked_index` (`User`,`Untracked`),
  KEY `users_points_weighted_untracked_index` (`TrueRAPoints`,`Untracked`),
  KEY `users_untracked_points_index` (`Untracked`,`RAPoints`),
  KEY `users_last_activity_id_index` (`LastActivityID`),
  KEY `users_points_untracked_index` (`RAPoints`,`Untracked`),
  KEY `users_points_softcore_untracked_index` (`RASoftcorePoints`,`Untracked`),
  KEY `users_unranked_at_index` (`unranked_at`),
  KEY `users_points_unranked_at_index` (`RAPoints`,`unranked_at`),
  KEY `users_points_softcore_unranked_at_index` (`RASoftcorePoints`,`unranked_at`),
  KEY `users_points_weighted_unranked_at_index` (`TrueRAPoints`,`unranked_at`),
  KEY `users_apikey_index` (`APIKey`) USING BTREE,
  KEY `users_apptoken_index` (`appToken`) USING BTREE,
  KEY `useraccounts_lastlogin_deleted_index` (`LastLogin`,`Deleted`),
  KEY `useraccounts_visible_role_id_index` (`visible_role_id`),
  CONSTRAINT `useraccounts_visible_role_id_foreign` FOREIGN KEY (`visible_role_id`) REFERENCES `auth_roles` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Comment` (
  `ID` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `ArticleType` tinyint(3) unsigned NOT NULL,
  `ArticleID` int(10) unsigned NOT NULL,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `commentable_type` varchar(255) DEFAULT NULL,
  `commentable_id` bigint(20) unsigned DEFAULT NULL,
  `Payload` text NOT NULL,
  `Submitted` timestamp NOT NULL DEFAULT current_timestamp(),
  `Edited` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `comment_articleid_index` (`ArticleID`),
  KEY `comments_commentable_index` (`commentable_type`,`commentable_id`),
  KEY `comment_user_id_submitted_index` (`user_id`,`Submitted`),
  CONSTRAINT `comment_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `EmailConfirmations` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `User` varchar(20) NOT NULL,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `EmailCookie` varchar(20) NOT NULL,
  `Expires` date NOT NULL,
  PRIMARY KEY (`id`),
  KEY `emailconfirmations_emailcookie_index` (`EmailCookie`),
  KEY `emailconfirmations_user_id_foreign` (`user_id`),
  CONSTRAINT `emailconfirmations_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Friends` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `related_user_id` bigint(20) unsigned DEFAULT NULL,
  `status` smallint(5) unsigned DEFAULT NULL,
  `Friendship` tinyint(4) NOT NULL,
  `Created` timestamp NULL DEFAULT current_timestamp(),
  `Updated` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `user_relations_related_user_id_foreign` (`related_user_id`),
  KEY `user_relations_user_id_foreign` (`user_id`),
  CONSTRAINT `user_relations_related_user_id_foreign` FOREIGN KEY (`related_user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `user_relations_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `SiteAwards` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `AwardDate` datetime NOT NULL,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `AwardType` int(11) NOT NULL,
  `AwardData` int(11) DEFAULT NULL,
  `AwardDataExtra` int(11) NOT NULL DEFAULT 0,
  `DisplayOrder` smallint(6) NOT NULL DEFAULT 0 COMMENT 'Display order to show site awards in',
  PRIMARY KEY (`id`),
  KEY `siteawards_awardtype_index` (`AwardType`),
  KEY `siteawards_awarddata_awardtype_awarddate_index` (`AwardData`,`AwardType`,`AwardDate`),
  KEY `siteawards_user_id_index` (`user_id`),
  KEY `siteawards_user_id_awarddata_awardtype_awarddataextra_index` (`user_id`,`AwardData`,`AwardType`,`AwardDataExtra`),
  CONSTRAINT `siteawards_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `achievement_set_authors` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `achievement_set_id` bigint(20) unsigned NOT NULL,
  `user_id` bigint(20) unsigned NOT NULL,
  `task` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `achievement_set_authors_achievement_set_id_foreign` (`achievement_set_id`),
  KEY `achievement_set_authors_user_id_foreign` (`user_id`),
  CONSTRAINT `achievement_set_authors_achievement_set_id_foreign` FOREIGN KEY (`achievement_set_id`) REFERENCES `achievement_sets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `achievement_set_authors_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_logs` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `api_version` varchar(10) NOT NULL,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `endpoint` varchar(255) NOT NULL,
  `method` varchar(10) NOT NULL,
  `response_code` int(11) NOT NULL,
  `response_time_ms` int(11) DEFAULT NULL,
  `response_size_bytes` int(10) unsigned DEFAULT NULL,
  `ip_address` varchar(45) NOT NULL,
  `user_agent` text DEFAULT NULL,
  `request_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`request_data`)),
  `error_message` varchar(255) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  KEY `api_logs_user_id_index` (`user_id`),
  KEY `api_logs_api_version_index` (`api_version`),
  KEY `api_logs_created_at_index` (`created_at`),
  KEY `api_logs_api_version_endpoint_index` (`api_version`,`endpoint`),
  KEY `api_logs_user_id_created_at_index` (`user_id`,`created_at`),
  CONSTRAINT `api_logs_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_model_roles` (
  `role_id` bigint(20) unsigned NOT NULL,
  `model_type` varchar(255) NOT NULL,
  `model_id` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`role_id`,`model_id`,`model_type`),
  KEY `model_has_roles_model_id_model_type_index` (`model_id`,`model_type`),
  CONSTRAINT `auth_model_roles_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `auth_roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `emulators` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `original_name` varchar(255) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `website_url` varchar(255) DEFAULT NULL,
  `documentation_url` varchar(255) DEFAULT NULL,
  `download_url` varchar(255) DEFAULT NULL,
  `download_x64_url` varchar(255) DEFAULT NULL,
  `source_url` varchar(255) DEFAULT NULL,
  `order_column` int(10) unsigned DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `can_debug_triggers` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `emulator_user_agents` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `emulator_id` int(10) unsigned NOT NULL,
  `client` varchar(80) NOT NULL,
  `minimum_allowed_version` varchar(32) DEFAULT NULL,
  `minimum_hardcore_version` varchar(32) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `emulator_user_agents_emulator_id_foreign` (`emulator_id`),
  KEY `emulator_user_agents_client_index` (`client`),
  CONSTRAINT `emulator_user_agents_emulator_id_foreign` FOREIGN KEY (`emulator_id`) REFERENCES `emulators` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `forum_categories` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL,
  `description` varchar(250) NOT NULL,
  `order_column` int(10) unsigned NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `forums` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `forumable_model` varchar(255) DEFAULT NULL,
  `forumable_id` bigint(20) unsigned DEFAULT NULL,
  `forum_category_id` bigint(20) unsigned DEFAULT NULL,
  `title` varchar(50) NOT NULL,
  `description` varchar(250) NOT NULL,
  `latest_comment_id` bigint(20) unsigned DEFAULT NULL,
  `order_column` int(11) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `forums_forumable_unique` (`forumable_model`,`forumable_id`),
  KEY `forums_forum_category_id_index` (`forum_category_id`),
  CONSTRAINT `forums_forum_category_id_foreign` FOREIGN KEY (`forum_category_id`) REFERENCES `forum_categories` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `forum_topics` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `forum_id` bigint(20) unsigned DEFAULT NULL,
  `title` varchar(255) NOT NULL,
  `body` text DEFAULT NULL,
  `author_id` bigint(20) unsigned DEFAULT NULL,
  `pinned_at` timestamp NULL DEFAULT NULL,
  `locked_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `latest_comment_id` bigint(20) unsigned DEFAULT NULL,
  `required_permissions` smallint(6) NOT NULL DEFAULT 0,
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `forum_topics_created_at_index` (`created_at`),
  KEY `idx_permissions_deleted_latest` (`required_permissions`,`deleted_at`,`latest_comment_id`),
  KEY `forum_topics_forum_id_index` (`forum_id`),
  KEY `forum_topics_author_id_foreign` (`author_id`),
  CONSTRAINT `forum_topics_author_id_foreign` FOREIGN KEY (`author_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL,
  CONSTRAINT `forum_topics_forum_id_foreign` FOREIGN KEY (`forum_id`) REFERENCES `forums` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `forum_topic_comments` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `forum_topic_id` bigint(20) unsigned DEFAULT NULL,
  `body` text NOT NULL,
  `author_id` bigint(20) unsigned DEFAULT NULL,
  `sent_by_id` bigint(20) unsigned DEFAULT NULL,
  `edited_by_id` bigint(20) unsigned DEFAULT NULL,
  `authorized_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `is_authorized` tinyint(3) unsigned DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `forum_topic_comments_forum_topic_id_index` (`forum_topic_id`),
  KEY `forum_topic_comments_created_at_index` (`created_at`),
  KEY `forum_topic_comments_author_id_created_at_index` (`author_id`,`created_at`),
  KEY `forum_topic_comments_sent_by_id_foreign` (`sent_by_id`),
  KEY `forum_topic_comments_edited_by_id_foreign` (`edited_by_id`),
  CONSTRAINT `forum_topic_comments_author_id_foreign` FOREIGN KEY (`author_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL,
  CONSTRAINT `forum_topic_comments_edited_by_id_foreign` FOREIGN KEY (`edited_by_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL,
  CONSTRAINT `forum_topic_comments_forum_topic_id_foreign` FOREIGN KEY (`forum_topic_id`) REFERENCES `forum_topics` (`id`) ON DELETE SET NULL,
  CONSTRAINT `forum_topic_comments_sent_by_id_foreign` FOREIGN KEY (`sent_by_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `message_threads` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `num_messages` int(11) NOT NULL DEFAULT 0,
  `last_message_id` bigint(20) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `message_thread_participants` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `thread_id` bigint(20) unsigned NOT NULL,
  `user_id` bigint(20) unsigned NOT NULL,
  `num_unread` int(11) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `message_thread_participants_user_id_foreign` (`user_id`),
  KEY `message_thread_participants_thread_id_foreign` (`thread_id`),
  CONSTRAINT `message_thread_participants_thread_id_foreign` FOREIGN KEY (`thread_id`) REFERENCES `message_threads` (`id`) ON DELETE CASCADE,
  CONSTRAINT `message_thread_participants_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `messages` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `thread_id` bigint(20) unsigned NOT NULL,
  `author_id` bigint(20) unsigned NOT NULL,
  `sent_by_id` bigint(20) unsigned DEFAULT NULL,
  `Title` text NOT NULL,
  `body` text NOT NULL,
  `created_at` datetime NOT NULL DEFAULT current_timestamp(),
  `Unread` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `messages_unread_index` (`Unread`),
  KEY `messages_thread_id_foreign` (`thread_id`),
  KEY `messages_author_id_foreign` (`author_id`),
  KEY `messages_sent_by_id_foreign` (`sent_by_id`),
  CONSTRAINT `messages_author_id_foreign` FOREIGN KEY (`author_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `messages_sent_by_id_foreign` FOREIGN KEY (`sent_by_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL,
  CONSTRAINT `messages_thread_id_foreign` FOREIGN KEY (`thread_id`) REFERENCES `message_threads` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `migrations` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `migration` varchar(255) NOT NULL,
  `batch` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `news` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `title` varchar(255) DEFAULT NULL,
  `lead` text DEFAULT NULL,
  `body` text NOT NULL,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `link` varchar(255) DEFAULT NULL,
  `image_asset_path` varchar(255) DEFAULT NULL,
  `category` varchar(50) DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `publish_at` timestamp NULL DEFAULT NULL,
  `unpublish_at` timestamp NULL DEFAULT NULL,
  `pinned_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `news_user_id_foreign` (`user_id`),
  CONSTRAINT `news_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `notifications` (
  `id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `notifiable_type` varchar(255) NOT NULL,
  `notifiable_id` bigint(20) unsigned NOT NULL,
  `data` text NOT NULL,
  `read_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `notifications_notifiable_type_notifiable_id_index` (`notifiable_type`,`notifiable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_access_tokens` (
  `id` varchar(100) NOT NULL,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `client_id` bigint(20) unsigned NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `scopes` text DEFAULT NULL,
  `revoked` tinyint(1) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `expires_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth_access_tokens_user_id_index` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_auth_codes` (
  `id` varchar(100) NOT NULL,
  `user_id` bigint(20) unsigned NOT NULL,
  `client_id` bigint(20) unsigned NOT NULL,
  `scopes` text DEFAULT NULL,
  `revoked` tinyint(1) NOT NULL,
  `expires_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth_auth_codes_user_id_index` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_clients` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `secret` varchar(100) DEFAULT NULL,
  `provider` varchar(255) DEFAULT NULL,
  `redirect` text NOT NULL,
  `personal_access_client` tinyint(1) NOT NULL,
  `password_client` tinyint(1) NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth_clients_user_id_index` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_refresh_tokens` (
  `id` varchar(100) NOT NULL,
  `access_token_id` varchar(100) NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  `expires_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth_refresh_tokens_access_token_id_index` (`access_token_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `password_reset_tokens` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `personal_access_tokens` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `tokenable_type` varchar(255) NOT NULL,
  `tokenable_id` bigint(20) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` varchar(64) NOT NULL,
  `abilities` text DEFAULT NULL,
  `last_used_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_access_tokens_token_unique` (`token`),
  KEY `personal_access_tokens_tokenable_type_tokenable_id_index` (`tokenable_type`,`tokenable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `player_achievement_sets` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  `achievement_set_id` bigint(20) unsigned NOT NULL,
  `achievements_unlocked` int(10) unsigned DEFAULT NULL,
  `achievements_unlocked_hardcore` int(10) unsigned DEFAULT NULL,
  `achievements_unlocked_softcore` int(10) unsigned DEFAULT NULL,
  `completion_percentage` decimal(10,9) unsigned DEFAULT NULL,
  `completion_percentage_hardcore` decimal(10,9) unsigned DEFAULT NULL,
  `time_taken` int(11) DEFAULT NULL,
  `time_taken_hardcore` int(11) DEFAULT NULL,
  `completion_dates` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`completion_dates`)),
  `completion_dates_hardcore` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`completion_dates_hardcore`)),
  `completed_at` timestamp NULL DEFAULT NULL,
  `completed_hardcore_at` timestamp NULL DEFAULT NULL,
  `last_unlock_at` timestamp NULL DEFAULT NULL,
  `last_unlock_hardcore_at` timestamp NULL DEFAULT NULL,
  `points` int(10) unsigned DEFAULT NULL,
  `points_hardcore` int(10) unsigned DEFAULT NULL,
  `points_weighted` int(10) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `player_achievement_sets_user_id_achievement_set_id_unique` (`user_id`,`achievement_set_id`),
  KEY `player_achievement_sets_achievement_set_id_foreign` (`achievement_set_id`),
  CONSTRAINT `player_achievement_sets_achievement_set_id_foreign` FOREIGN KEY (`achievement_set_id`) REFERENCES `achievement_sets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `player_achievement_sets_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `player_progress_resets` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  `initiated_by_user_id` bigint(20) unsigned DEFAULT NULL,
  `type` varchar(20) NOT NULL,
  `type_id` bigint(20) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `player_progress_resets_user_id_type_created_at_index` (`user_id`,`type`,`created_at`),
  KEY `player_progress_resets_user_id_type_type_id_created_at_index` (`user_id`,`type`,`type_id`,`created_at`),
  KEY `player_progress_resets_initiated_by_user_id_foreign` (`initiated_by_user_id`),
  CONSTRAINT `player_progress_resets_initiated_by_user_id_foreign` FOREIGN KEY (`initiated_by_user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL,
  CONSTRAINT `player_progress_resets_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `queue_failed_jobs` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` longtext NOT NULL,
  `exception` longtext NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `queue_failed_jobs_uuid_unique` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `queue_jobs` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `queue` varchar(255) NOT NULL,
  `payload` longtext NOT NULL,
  `attempts` tinyint(3) unsigned NOT NULL,
  `reserved_at` int(10) unsigned DEFAULT NULL,
  `available_at` int(10) unsigned NOT NULL,
  `created_at` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `queue_jobs_queue_index` (`queue`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sessions` (
  `id` varchar(255) NOT NULL,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `user_agent` text DEFAULT NULL,
  `payload` longtext NOT NULL,
  `last_activity` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sessions_user_id_index` (`user_id`),
  KEY `sessions_last_activity_index` (`last_activity`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `subscriptions` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `subject_type` varchar(255) NOT NULL,
  `subject_id` int(10) unsigned NOT NULL,
  `user_id` bigint(20) unsigned NOT NULL,
  `state` tinyint(1) NOT NULL COMMENT 'Whether UserID is subscribed (1) or unsubscribed (0)',
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `subscription_subject_type_subject_id_user_id_unique` (`subject_type`,`subject_id`,`user_id`),
  KEY `subscription_user_id_foreign` (`user_id`),
  CONSTRAINT `subscription_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `triggers` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `triggerable_type` varchar(255) NOT NULL,
  `triggerable_id` bigint(20) unsigned NOT NULL,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `version` int(10) unsigned DEFAULT NULL,
  `parent_id` bigint(20) unsigned DEFAULT NULL,
  `conditions` text DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `triggers_triggerable_type_triggerable_id_version_unique` (`triggerable_type`,`triggerable_id`,`version`),
  KEY `triggers_triggerable_type_triggerable_id_index` (`triggerable_type`,`triggerable_id`),
  KEY `triggers_user_id_foreign` (`user_id`),
  KEY `triggers_parent_id_index` (`parent_id`),
  CONSTRAINT `triggers_parent_id_foreign` FOREIGN KEY (`parent_id`) REFERENCES `triggers` (`id`) ON DELETE SET NULL,
  CONSTRAINT `triggers_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `GameData` (
  `ID` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `Title` varchar(80) DEFAULT NULL,
  `sort_title` varchar(255) DEFAULT NULL,
  `ConsoleID` int(10) unsigned DEFAULT NULL,
  `ForumTopicID` bigint(20) unsigned DEFAULT NULL,
  `Flags` int(11) DEFAULT NULL,
  `ImageIcon` varchar(50) DEFAULT '/Images/000001.png',
  `ImageTitle` varchar(50) DEFAULT '/Images/000002.png',
  `ImageIngame` varchar(50) DEFAULT '/Images/000002.png',
  `ImageBoxArt` varchar(50) DEFAULT '/Images/000002.png',
  `Publisher` varchar(50) DEFAULT NULL,
  `Developer` varchar(50) DEFAULT NULL,
  `Genre` varchar(50) DEFAULT NULL,
  `released_at` timestamp NULL DEFAULT NULL,
  `released_at_granularity` varchar(255) DEFAULT NULL,
  `trigger_id` bigint(20) unsigned DEFAULT NULL,
  `RichPresencePatch` text DEFAULT NULL,
  `players_total` int(10) unsigned DEFAULT NULL,
  `players_hardcore` int(10) unsigned DEFAULT NULL,
  `times_beaten` int(11) NOT NULL DEFAULT 0,
  `times_beaten_hardcore` int(11) NOT NULL DEFAULT 0,
  `median_time_to_beat` int(11) DEFAULT NULL,
  `median_time_to_beat_hardcore` int(11) DEFAULT NULL,
  `achievement_set_version_hash` varchar(255) DEFAULT NULL,
  `achievements_published` int(10) unsigned DEFAULT NULL,
  `achievements_unpublished` int(10) unsigned DEFAULT NULL,
  `points_total` int(10) unsigned DEFAULT NULL,
  `TotalTruePoints` int(10) unsigned NOT NULL DEFAULT 0,
  `GuideURL` varchar(255) DEFAULT NULL,
  `Created` timestamp NULL DEFAULT current_timestamp(),
  `Updated` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `games_title_system_id_unique` (`Title`,`ConsoleID`),
  KEY `games_system_id_index` (`ConsoleID`),
  KEY `games_title_index` (`Title`),
  KEY `games_released_at_index` (`released_at`),
  KEY `games_players_total_index` (`players_total`),
  KEY `games_players_hardcore_index` (`players_hardcore`),
  KEY `gamedata_forumtopicid_foreign` (`ForumTopicID`),
  KEY `gamedata_sort_title_index` (`sort_title`),
  KEY `gamedata_trigger_id_index` (`trigger_id`),
  CONSTRAINT `gamedata_forumtopicid_foreign` FOREIGN KEY (`ForumTopicID`) REFERENCES `forum_topics` (`id`) ON DELETE SET NULL,
  CONSTRAINT `gamedata_trigger_id_foreign` FOREIGN KEY (`trigger_id`) REFERENCES `triggers` (`id`) ON DELETE SET NULL,
  CONSTRAINT `games_systems_id_foreign` FOREIGN KEY (`ConsoleID`) REFERENCES `Console` (`ID`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Achievements` (
  `ID` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `GameID` bigint(20) unsigned DEFAULT NULL,
  `Title` varchar(64) NOT NULL,
  `Description` varchar(255) DEFAULT NULL,
  `MemAddr` text NOT NULL,
  `Progress` varchar(255) DEFAULT NULL,
  `ProgressMax` varchar(255) DEFAULT NULL,
  `ProgressFormat` varchar(50) DEFAULT NULL,
  `Points` smallint(5) unsigned NOT NULL DEFAULT 0,
  `Flags` tinyint(3) unsigned NOT NULL DEFAULT 5,
  `type` varchar(255) DEFAULT NULL,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `trigger_id` bigint(20) unsigned DEFAULT NULL,
  `unlocks_total` int(10) unsigned DEFAULT NULL,
  `unlocks_hardcore_total` int(10) unsigned DEFAULT NULL,
  `unlock_percentage` decimal(10,9) DEFAULT NULL,
  `unlock_hardcore_percentage` decimal(10,9) DEFAULT NULL,
  `DateCreated` timestamp NULL DEFAULT NULL,
  `DateModified` timestamp NULL DEFAULT current_timestamp(),
  `VotesPos` smallint(5) unsigned NOT NULL DEFAULT 0,
  `VotesNeg` smallint(5) unsigned NOT NULL DEFAULT 0,
  `BadgeName` varchar(8) DEFAULT '00001',
  `DisplayOrder` smallint(6) NOT NULL DEFAULT 0,
  `AssocVideo` varchar(255) DEFAULT NULL,
  `TrueRatio` int(10) unsigned NOT NULL DEFAULT 0,
  `Updated` timestamp NULL DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `achievements_gameid_index` (`GameID`),
  KEY `achievements_points_index` (`Points`),
  KEY `achievements_trueratio_index` (`TrueRatio`),
  KEY `achievements_user_id_foreign` (`user_id`),
  KEY `achievements_type_index` (`type`),
  KEY `achievements_game_id_published_index` (`GameID`,`Flags`),
  KEY `achievements_gameid_datemodified_deleted_at_index` (`GameID`,`DateModified`,`deleted_at`),
  KEY `achievements_trigger_id_index` (`trigger_id`),
  CONSTRAINT `achievements_game_id_foreign` FOREIGN KEY (`GameID`) REFERENCES `GameData` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `achievements_trigger_id_foreign` FOREIGN KEY (`trigger_id`) REFERENCES `triggers` (`id`) ON DELETE SET NULL,
  CONSTRAINT `achievements_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `SetClaim` (
  `ID` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `game_id` bigint(20) unsigned NOT NULL,
  `ClaimType` int(10) unsigned NOT NULL COMMENT '0 - Primary (counts against claim total), 1 - Collaboration (does not count against claim total)',
  `SetType` int(10) unsigned NOT NULL COMMENT '0 - New set, 1 - Revision',
  `Status` int(10) unsigned NOT NULL COMMENT '0 - Active, 1 - Complete, 2 - Dropped',
  `Extension` int(10) unsigned NOT NULL COMMENT 'Number of times the claim has been extended',
  `Special` int(10) unsigned NOT NULL COMMENT '0 - Standard claim, 1 - Own Revision, 2 - Free Rollout claim, 3 - Future release approved. >=1 does not count against claim count',
  `Created` timestamp NOT NULL DEFAULT current_timestamp(),
  `Finished` timestamp NOT NULL DEFAULT current_timestamp() COMMENT 'Timestamp for when the claim is completed, dropped or will expire',
  `Updated` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`ID`),
  KEY `setclaim_game_id_foreign` (`game_id`),
  KEY `setclaim_user_id_foreign` (`user_id`),
  CONSTRAINT `setclaim_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `GameData` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `setclaim_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `SetRequest` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `GameID` bigint(20) unsigned NOT NULL,
  `type` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `Updated` timestamp NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_game_list_entry_user_id_game_id_type_unique` (`user_id`,`GameID`,`type`),
  KEY `user_game_list_entry_game_id_foreign` (`GameID`),
  KEY `setrequest_gameid_type_index` (`GameID`,`type`),
  CONSTRAINT `user_game_list_entry_game_id_foreign` FOREIGN KEY (`GameID`) REFERENCES `GameData` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `user_game_list_entry_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `StaticData` (
  `NumAchievements` int(10) unsigned NOT NULL,
  `NumAwarded` int(10) unsigned NOT NULL,
  `NumGames` int(10) unsigned NOT NULL,
  `NumRegisteredUsers` int(10) unsigned NOT NULL,
  `num_hardcore_mastery_awards` int(10) unsigned NOT NULL DEFAULT 0,
  `num_hardcore_game_beaten_awards` int(10) unsigned NOT NULL DEFAULT 0,
  `last_game_hardcore_mastered_game_id` bigint(20) unsigned NOT NULL DEFAULT 1,
  `last_game_hardcore_mastered_user_id` bigint(20) unsigned NOT NULL DEFAULT 1,
  `last_game_hardcore_mastered_at` timestamp NULL DEFAULT NULL,
  `last_game_hardcore_beaten_game_id` bigint(20) unsigned NOT NULL DEFAULT 1,
  `last_game_hardcore_beaten_user_id` bigint(20) unsigned NOT NULL DEFAULT 1,
  `last_game_hardcore_beaten_at` timestamp NULL DEFAULT NULL,
  `TotalPointsEarned` int(10) unsigned NOT NULL,
  `LastAchievementEarnedID` int(10) unsigned NOT NULL,
  `LastAchievementEarnedByUser` varchar(50) NOT NULL,
  `LastAchievementEarnedAt` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `LastRegisteredUser` varchar(50) NOT NULL,
  `LastRegisteredUserAt` timestamp NULL DEFAULT NULL,
  `LastUpdatedGameID` int(10) unsigned NOT NULL,
  `LastUpdatedAchievementID` int(10) unsigned NOT NULL,
  `LastCreatedGameID` int(10) unsigned NOT NULL,
  `LastCreatedAchievementID` int(10) unsigned NOT NULL,
  `NextGameToScan` int(10) unsigned NOT NULL DEFAULT 1,
  `NextUserIDToScan` int(10) unsigned NOT NULL DEFAULT 1,
  `Event_AOTW_AchievementID` int(10) unsigned NOT NULL DEFAULT 1,
  `Event_AOTW_ForumID` int(10) unsigned NOT NULL DEFAULT 1,
  `Event_AOTW_StartAt` timestamp NULL DEFAULT NULL,
  KEY `last_game_hardcore_mastered_game_id_foreign` (`last_game_hardcore_mastered_game_id`),
  KEY `last_game_hardcore_mastered_user_id_foreign` (`last_game_hardcore_mastered_user_id`),
  KEY `last_game_hardcore_beaten_game_id_foreign` (`last_game_hardcore_beaten_game_id`),
  KEY `last_game_hardcore_beaten_user_id_foreign` (`last_game_hardcore_beaten_user_id`),
  CONSTRAINT `last_game_hardcore_beaten_game_id_foreign` FOREIGN KEY (`last_game_hardcore_beaten_game_id`) REFERENCES `GameData` (`ID`),
  CONSTRAINT `last_game_hardcore_beaten_user_id_foreign` FOREIGN KEY (`last_game_hardcore_beaten_user_id`) REFERENCES `UserAccounts` (`ID`),
  CONSTRAINT `last_game_hardcore_mastered_game_id_foreign` FOREIGN KEY (`last_game_hardcore_mastered_game_id`) REFERENCES `GameData` (`ID`),
  CONSTRAINT `last_game_hardcore_mastered_user_id_foreign` FOREIGN KEY (`last_game_hardcore_mastered_user_id`) REFERENCES `UserAccounts` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `achievement_authors` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `achievement_id` bigint(20) unsigned NOT NULL,
  `user_id` bigint(20) unsigned NOT NULL,
  `task` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `achievement_authors_achievement_id_user_id_task_unique` (`achievement_id`,`user_id`,`task`),
  KEY `achievement_authors_user_id_foreign` (`user_id`),
  CONSTRAINT `achievement_authors_achievement_id_foreign` FOREIGN KEY (`achievement_id`) REFERENCES `Achievements` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `achievement_authors_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `achievement_maintainers` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `achievement_id` bigint(20) unsigned NOT NULL,
  `user_id` bigint(20) unsigned NOT NULL,
  `effective_from` timestamp NOT NULL DEFAULT current_timestamp(),
  `effective_until` timestamp NULL DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `achievement_maintainers_achievement_id_foreign` (`achievement_id`),
  KEY `achievement_maintainers_user_id_foreign` (`user_id`),
  CONSTRAINT `achievement_maintainers_achievement_id_foreign` FOREIGN KEY (`achievement_id`) REFERENCES `Achievements` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `achievement_maintainers_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `achievement_set_achievements` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `achievement_set_id` bigint(20) unsigned NOT NULL,
  `achievement_id` bigint(20) unsigned NOT NULL,
  `order_column` int(10) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `achievement_set_achievement_unique` (`achievement_set_id`,`achievement_id`),
  KEY `achievement_set_achievements_achievement_id_foreign` (`achievement_id`),
  CONSTRAINT `achievement_set_achievements_achievement_id_foreign` FOREIGN KEY (`achievement_id`) REFERENCES `Achievements` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `achievement_set_achievements_achievement_set_id_foreign` FOREIGN KEY (`achievement_set_id`) REFERENCES `achievement_sets` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `game_achievement_sets` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `game_id` bigint(20) unsigned NOT NULL,
  `achievement_set_id` bigint(20) unsigned NOT NULL,
  `type` varchar(255) DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `order_column` int(10) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `game_achievement_sets_game_id_foreign` (`game_id`),
  KEY `game_achievement_sets_achievement_set_id_foreign` (`achievement_set_id`),
  CONSTRAINT `game_achievement_sets_achievement_set_id_foreign` FOREIGN KEY (`achievement_set_id`) REFERENCES `achievement_sets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `game_achievement_sets_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `GameData` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `game_hash_sets` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `game_id` bigint(20) unsigned NOT NULL,
  `compatible` tinyint(1) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `game_hash_sets_game_id_foreign` (`game_id`),
  CONSTRAINT `game_hash_sets_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `GameData` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `game_hashes` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `system_id` int(10) unsigned DEFAULT NULL,
  `hash` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `crc` varchar(8) DEFAULT NULL,
  `md5` varchar(32) DEFAULT NULL,
  `sha1` varchar(40) DEFAULT NULL,
  `file_crc` varchar(8) DEFAULT NULL,
  `file_md5` varchar(32) DEFAULT NULL,
  `file_sha1` varchar(40) DEFAULT NULL,
  `file_name_md5` varchar(32) DEFAULT NULL,
  `compatibility` varchar(255) DEFAULT NULL,
  `compatibility_tester_id` bigint(20) unsigned DEFAULT NULL,
  `game_id` bigint(20) unsigned NOT NULL,
  `created_at` datetime DEFAULT current_timestamp(),
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `labels` varchar(255) DEFAULT NULL,
  `file_names` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`file_names`)),
  `file_size` bigint(20) unsigned DEFAULT NULL,
  `parent_id` bigint(20) unsigned DEFAULT NULL,
  `regions` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`regions`)),
  `languages` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`languages`)),
  `source` varchar(255) DEFAULT NULL,
  `source_status` varchar(255) DEFAULT NULL,
  `source_version` varchar(255) DEFAULT NULL,
  `patch_url` varchar(255) DEFAULT NULL,
  `imported_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `game_hashes_system_id_hash_unique` (`system_id`,`hash`),
  UNIQUE KEY `game_hashes_md5_unique` (`md5`),
  KEY `game_hashes_user_id_foreign` (`user_id`),
  KEY `game_hashes_game_id_foreign` (`game_id`),
  KEY `game_hashes_compatibility_tester_id_foreign` (`compatibility_tester_id`),
  CONSTRAINT `game_hashes_compatibility_tester_id_foreign` FOREIGN KEY (`compatibility_tester_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL,
  CONSTRAINT `game_hashes_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `GameData` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `game_hashes_system_id_foreign` FOREIGN KEY (`system_id`) REFERENCES `Console` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `game_hashes_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Ticket` (
  `ID` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `ticketable_model` varchar(255) DEFAULT NULL,
  `ticketable_id` bigint(20) unsigned DEFAULT NULL,
  `ticketable_author_id` bigint(20) unsigned DEFAULT NULL,
  `AchievementID` bigint(20) unsigned DEFAULT NULL,
  `game_hash_id` bigint(20) unsigned DEFAULT NULL,
  `emulator_id` int(10) unsigned DEFAULT NULL,
  `emulator_version` varchar(32) DEFAULT NULL,
  `emulator_core` varchar(96) DEFAULT NULL,
  `reporter_id` bigint(20) unsigned DEFAULT NULL,
  `ReportType` tinyint(3) unsigned NOT NULL,
  `Hardcore` tinyint(1) DEFAULT NULL,
  `ReportNotes` text NOT NULL,
  `ReportedAt` timestamp NULL DEFAULT NULL,
  `ResolvedAt` timestamp NULL DEFAULT NULL,
  `resolver_id` bigint(20) unsigned DEFAULT NULL,
  `ReportState` tinyint(3) unsigned NOT NULL DEFAULT 1 COMMENT '1=submitted,2=resolved,3=declined',
  `Updated` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `tickets_ticketable_reporter_id_index` (`ticketable_model`,`ticketable_id`,`reporter_id`),
  KEY `tickets_created_at_index` (`ReportedAt`),
  KEY `tickets_ticketable_index` (`ticketable_model`,`ticketable_id`),
  KEY `tickets_achievement_id_reporter_id_index` (`AchievementID`,`reporter_id`),
  KEY `ticket_reporter_id_foreign` (`reporter_id`),
  KEY `ticket_resolver_id_foreign` (`resolver_id`),
  KEY `ticket_ticketable_author_id_foreign` (`ticketable_author_id`),
  KEY `ticket_achievementid_reportstate_deleted_at_index` (`AchievementID`,`ReportState`,`deleted_at`),
  KEY `tickets_game_hash_id_foreign` (`game_hash_id`),
  KEY `tickets_emulator_id_foreign` (`emulator_id`),
  CONSTRAINT `ticket_reporter_id_foreign` FOREIGN KEY (`reporter_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL,
  CONSTRAINT `ticket_resolver_id_foreign` FOREIGN KEY (`resolver_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL,
  CONSTRAINT `ticket_ticketable_author_id_foreign` FOREIGN KEY (`ticketable_author_id`) REFERENCES `UserAccounts` (`ID`),
  CONSTRAINT `tickets_emulator_id_foreign` FOREIGN KEY (`emulator_id`) REFERENCES `emulators` (`id`) ON DELETE SET NULL,
  CONSTRAINT `tickets_game_hash_id_foreign` FOREIGN KEY (`game_hash_id`) REFERENCES `game_hashes` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `game_recent_players` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `game_id` bigint(20) unsigned NOT NULL,
  `user_id` bigint(20) unsigned NOT NULL,
  `rich_presence` text DEFAULT NULL,
  `rich_presence_updated_at` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `game_recent_players_game_id_user_id_unique` (`game_id`,`user_id`),
  KEY `idx_game_updated` (`game_id`,`rich_presence_updated_at`),
  KEY `game_recent_players_user_id_foreign` (`user_id`),
  CONSTRAINT `game_recent_players_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `GameData` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `game_recent_players_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `game_releases` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `game_id` bigint(20) unsigned NOT NULL,
  `released_at` timestamp NULL DEFAULT NULL,
  `released_at_granularity` varchar(255) DEFAULT NULL,
  `title` varchar(80) NOT NULL,
  `region` varchar(20) DEFAULT NULL,
  `is_canonical_game_title` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `game_releases_title_index` (`title`),
  KEY `game_releases_game_id_foreign` (`game_id`),
  CONSTRAINT `game_releases_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `GameData` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `game_sets` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `type` varchar(255) NOT NULL,
  `title` varchar(80) DEFAULT NULL,
  `image_asset_path` varchar(50) DEFAULT '/Images/000001.png',
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `definition` text DEFAULT NULL,
  `has_mature_content` tinyint(1) NOT NULL DEFAULT 0,
  `game_id` bigint(20) unsigned DEFAULT NULL,
  `forum_topic_id` bigint(20) unsigned DEFAULT NULL,
  `internal_notes` text DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `game_sets_user_id_index` (`user_id`),
  KEY `game_sets_game_id_foreign` (`game_id`),
  KEY `game_sets_forum_topic_id_index` (`forum_topic_id`),
  CONSTRAINT `game_sets_forum_topic_id_foreign` FOREIGN KEY (`forum_topic_id`) REFERENCES `forum_topics` (`id`) ON DELETE SET NULL,
  CONSTRAINT `game_sets_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `GameData` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `game_sets_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `memory_notes` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `game_hash_set_id` bigint(20) unsigned DEFAULT NULL,
  `game_id` bigint(20) unsigned DEFAULT NULL,
  `address` int(10) unsigned NOT NULL COMMENT 'Decimal -> Hex',
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `body` text DEFAULT NULL,
  `created_at` datetime DEFAULT current_timestamp(),
  `updated_at` datetime DEFAULT current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `memory_notes_game_id_index` (`game_id`),
  KEY `memory_notes_address_index` (`address`),
  KEY `memory_notes_game_hash_set_id_address_index` (`game_hash_set_id`,`address`),
  KEY `memory_notes_user_id_index` (`user_id`),
  CONSTRAINT `codenotes_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL,
  CONSTRAINT `memory_notes_game_hash_set_id_foreign` FOREIGN KEY (`game_hash_set_id`) REFERENCES `game_hash_sets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `memory_notes_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `GameData` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `player_games` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  `game_id` bigint(20) unsigned NOT NULL,
  `achievements_total` int(10) unsigned DEFAULT NULL,
  `achievements_unlocked` int(10) unsigned DEFAULT NULL,
  `achievements_unlocked_hardcore` int(10) unsigned DEFAULT NULL,
  `achievements_unlocked_softcore` int(10) unsigned DEFAULT NULL,
  `all_achievements_total` int(11) DEFAULT NULL,
  `all_achievements_unlocked` int(11) DEFAULT NULL,
  `all_achievements_unlocked_hardcore` int(11) DEFAULT NULL,
  `all_points_total` int(11) DEFAULT NULL,
  `all_points` int(11) DEFAULT NULL,
  `all_points_hardcore` int(11) DEFAULT NULL,
  `all_points_weighted` int(11) DEFAULT NULL,
  `completion_percentage` decimal(10,9) unsigned DEFAULT NULL,
  `completion_percentage_hardcore` decimal(10,9) unsigned DEFAULT NULL,
  `last_played_at` timestamp NULL DEFAULT NULL,
  `playtime_total` int(11) DEFAULT NULL,
  `time_to_beat` int(11) DEFAULT NULL,
  `time_to_beat_hardcore` int(11) DEFAULT NULL,
  `time_taken` bigint(20) unsigned DEFAULT NULL,
  `beaten_dates` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`beaten_dates`)),
  `beaten_dates_hardcore` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`beaten_dates_hardcore`)),
  `completion_dates` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`completion_dates`)),
  `completion_dates_hardcore` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`completion_dates_hardcore`)),
  `beaten_at` timestamp NULL DEFAULT NULL,
  `beaten_hardcore_at` timestamp NULL DEFAULT NULL,
  `completed_at` timestamp NULL DEFAULT NULL,
  `completed_hardcore_at` timestamp NULL DEFAULT NULL,
  `last_unlock_at` timestamp NULL DEFAULT NULL,
  `last_unlock_hardcore_at` timestamp NULL DEFAULT NULL,
  `first_unlock_at` timestamp NULL DEFAULT NULL,
  `points_total` int(10) unsigned DEFAULT NULL,
  `points` int(10) unsigned DEFAULT NULL,
  `points_hardcore` int(10) unsigned DEFAULT NULL,
  `points_weighted` int(10) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `player_games_user_id_game_id_unique` (`user_id`,`game_id`),
  KEY `player_games_created_at_index` (`created_at`),
  KEY `player_games_game_id_user_id_index` (`game_id`,`user_id`),
  KEY `player_games_game_id_achievements_unlocked_index` (`game_id`,`achievements_unlocked`),
  KEY `player_games_game_id_achievements_unlocked_hardcore_index` (`game_id`,`achievements_unlocked_hardcore`),
  KEY `player_games_game_id_achievements_unlocked_softcore_index` (`game_id`,`achievements_unlocked_softcore`),
  KEY `player_games_suggestions_index` (`user_id`,`achievements_unlocked`,`achievements_total`,`game_id`),
  KEY `player_games_game_id_beaten_at_index` (`game_id`,`beaten_at`),
  KEY `player_games_game_id_beaten_hardcore_at_index` (`game_id`,`beaten_hardcore_at`),
  CONSTRAINT `player_games_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `GameData` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `player_games_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `player_sessions` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `game_hash_set_id` bigint(20) unsigned DEFAULT NULL,
  `game_hash_id` bigint(20) unsigned DEFAULT NULL,
  `game_id` bigint(20) unsigned DEFAULT NULL,
  `hardcore` tinyint(1) DEFAULT NULL,
  `rich_presence` text DEFAULT NULL,
  `rich_presence_updated_at` timestamp NULL DEFAULT NULL,
  `duration` int(10) unsigned NOT NULL,
  `user_agent` varchar(255) DEFAULT NULL,
  `ip_address` varchar(40) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `player_sessions_game_hash_set_id_foreign` (`game_hash_set_id`),
  KEY `player_sessions_game_hash_id_foreign` (`game_hash_id`),
  KEY `player_sessions_game_id_user_id_rich_presence_updated_at_index` (`game_id`,`user_id`,`rich_presence_updated_at`),
  KEY `player_sessions_user_id_game_id_rich_presence_updated_at_index` (`user_id`,`game_id`,`rich_presence_updated_at`),
  CONSTRAINT `player_sessions_game_hash_id_foreign` FOREIGN KEY (`game_hash_id`) REFERENCES `game_hashes` (`id`) ON DELETE SET NULL,
  CONSTRAINT `player_sessions_game_hash_set_id_foreign` FOREIGN KEY (`game_hash_set_id`) REFERENCES `game_hash_sets` (`id`) ON DELETE SET NULL,
  CONSTRAINT `player_sessions_game_id_foreign` FOREIGN KEY (`game_id`) REFERENCES `GameData` (`ID`) ON DELETE SET NULL,
  CONSTRAINT `player_sessions_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `leaderboard_entries` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `leaderboard_id` bigint(20) unsigned NOT NULL,
  `user_id` bigint(20) unsigned NOT NULL,
  `score` bigint(20) NOT NULL,
  `trigger_id` bigint(20) unsigned DEFAULT NULL,
  `player_session_id` bigint(20) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `leaderboard_entries_leaderboard_id_user_id_unique` (`leaderboard_id`,`user_id`),
  KEY `leaderboard_entries_user_id_foreign` (`user_id`),
  KEY `leaderboard_entries_trigger_id_foreign` (`trigger_id`),
  KEY `leaderboard_entries_player_session_id_foreign` (`player_session_id`),
  KEY `idx_recent_entries` (`deleted_at`,`updated_at`,`leaderboard_id`),
  CONSTRAINT `leaderboard_entries_player_session_id_foreign` FOREIGN KEY (`player_session_id`) REFERENCES `player_sessions` (`id`) ON DELETE SET NULL,
  CONSTRAINT `leaderboard_entries_trigger_id_foreign` FOREIGN KEY (`trigger_id`) REFERENCES `triggers` (`id`) ON DELETE SET NULL,
  CONSTRAINT `leaderboard_entries_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `LeaderboardDef` (
  `ID` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `GameID` bigint(20) unsigned NOT NULL DEFAULT 0,
  `Mem` text NOT NULL,
  `Format` varchar(50) DEFAULT '',
  `Title` varchar(255) DEFAULT 'Leaderboard Title',
  `Description` varchar(255) DEFAULT 'Leaderboard Description',
  `LowerIsBetter` tinyint(1) NOT NULL DEFAULT 0,
  `DisplayOrder` int(11) NOT NULL DEFAULT 0,
  `author_id` bigint(20) unsigned DEFAULT NULL,
  `trigger_id` bigint(20) unsigned DEFAULT NULL,
  `top_entry_id` bigint(20) unsigned DEFAULT NULL,
  `Created` timestamp NULL DEFAULT current_timestamp(),
  `Updated` timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `deleted_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `leaderboards_game_id_index` (`GameID`),
  KEY `leaderboarddef_author_id_foreign` (`author_id`),
  KEY `leaderboarddef_trigger_id_index` (`trigger_id`),
  KEY `leaderboarddef_top_entry_id_foreign` (`top_entry_id`),
  CONSTRAINT `leaderboarddef_author_id_foreign` FOREIGN KEY (`author_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL,
  CONSTRAINT `leaderboarddef_top_entry_id_foreign` FOREIGN KEY (`top_entry_id`) REFERENCES `leaderboard_entries` (`id`) ON DELETE SET NULL,
  CONSTRAINT `leaderboarddef_trigger_id_foreign` FOREIGN KEY (`trigger_id`) REFERENCES `triggers` (`id`) ON DELETE SET NULL,
  CONSTRAINT `leaderboards_game_id_foreign` FOREIGN KEY (`GameID`) REFERENCES `GameData` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `player_achievements` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  `achievement_id` bigint(20) unsigned NOT NULL,
  `trigger_id` bigint(20) unsigned DEFAULT NULL,
  `player_session_id` bigint(20) unsigned DEFAULT NULL,
  `unlocker_id` bigint(20) unsigned DEFAULT NULL,
  `unlocked_at` timestamp NULL DEFAULT NULL,
  `unlocked_hardcore_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `player_achievements_user_id_achievement_id_unique` (`user_id`,`achievement_id`),
  KEY `player_achievements_unlocked_at_index` (`unlocked_at`),
  KEY `player_achievements_trigger_id_foreign` (`trigger_id`),
  KEY `player_achievements_player_session_id_foreign` (`player_session_id`),
  KEY `player_achievements_unlocker_id_foreign` (`unlocker_id`),
  KEY `player_achievements_unlocked_hardcore_at_index` (`unlocked_hardcore_at`),
  KEY `player_achievements_achievement_id_user_id_unlocked_hardcore_at` (`achievement_id`,`user_id`,`unlocked_hardcore_at`),
  KEY `player_achievements_user_date_achievement` (`user_id`,`unlocked_at`,`unlocked_hardcore_at`,`achievement_id`),
  CONSTRAINT `player_achievements_achievement_id_foreign` FOREIGN KEY (`achievement_id`) REFERENCES `Achievements` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `player_achievements_player_session_id_foreign` FOREIGN KEY (`player_session_id`) REFERENCES `player_sessions` (`id`) ON DELETE SET NULL,
  CONSTRAINT `player_achievements_trigger_id_foreign` FOREIGN KEY (`trigger_id`) REFERENCES `triggers` (`id`) ON DELETE SET NULL,
  CONSTRAINT `player_achievements_unlocker_id_foreign` FOREIGN KEY (`unlocker_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL,
  CONSTRAINT `player_achievements_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `achievement_maintainer_unlocks` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `player_achievement_id` bigint(20) unsigned NOT NULL,
  `maintainer_id` bigint(20) unsigned NOT NULL,
  `achievement_id` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `achievement_maintainer_unlocks_player_achievement_id_foreign` (`player_achievement_id`),
  KEY `achievement_maintainer_unlocks_maintainer_id_foreign` (`maintainer_id`),
  KEY `achievement_maintainer_unlocks_achievement_id_foreign` (`achievement_id`),
  CONSTRAINT `achievement_maintainer_unlocks_achievement_id_foreign` FOREIGN KEY (`achievement_id`) REFERENCES `Achievements` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `achievement_maintainer_unlocks_maintainer_id_foreign` FOREIGN KEY (`maintainer_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `achievement_maintainer_unlocks_player_achievement_id_foreign` FOREIGN KEY (`player_achievement_id`) REFERENCES `player_achievements` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `player_stats` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  `system_id` int(10) unsigned DEFAULT NULL,
  `type` varchar(255) NOT NULL,
  `last_game_id` bigint(20) unsigned DEFAULT NULL,
  `stat_updated_at` timestamp NULL DEFAULT NULL,
  `value` int(11) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `player_stats_user_id_system_id_type_unique` (`user_id`,`system_id`,`type`),
  KEY `player_stats_user_id_index` (`user_id`),
  KEY `player_stats_system_id_index` (`system_id`),
  KEY `player_stats_type_index` (`type`),
  KEY `player_stats_last_game_id_foreign` (`last_game_id`),
  CONSTRAINT `player_stats_last_game_id_foreign` FOREIGN KEY (`last_game_id`) REFERENCES `GameData` (`ID`) ON DELETE SET NULL,
  CONSTRAINT `player_stats_system_id_foreign` FOREIGN KEY (`system_id`) REFERENCES `Console` (`ID`) ON DELETE CASCADE,
  CONSTRAINT `player_stats_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `unranked_users` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `unranked_users_user_id_index` (`user_id`),
  CONSTRAINT `unranked_users_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_activities` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  `type` varchar(255) NOT NULL,
  `subject_type` varchar(255) DEFAULT NULL,
  `subject_id` bigint(20) unsigned DEFAULT NULL,
  `subject_context` bigint(20) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_activities_subject_type_subject_id_index` (`subject_type`,`subject_id`),
  KEY `user_activities_user_id_foreign` (`user_id`),
  CONSTRAINT `user_activities_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_connections` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  `provider` varchar(60) NOT NULL,
  `provider_user_id` varchar(255) DEFAULT NULL,
  `token` varchar(255) DEFAULT NULL,
  `token_secret` varchar(255) DEFAULT NULL,
  `refresh_token` varchar(255) DEFAULT NULL,
  `expires` varchar(255) DEFAULT NULL,
  `nickname` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `avatar` varchar(255) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `raw` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`raw`)),
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_connections_user_id_provider_provider_user_id_unique` (`user_id`,`provider`,`provider_user_id`),
  KEY `user_connections_provider_provider_user_id_index` (`provider`,`provider_user_id`),
  CONSTRAINT `user_connections_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_game_achievement_set_preferences` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  `game_achievement_set_id` bigint(20) unsigned NOT NULL,
  `opted_in` tinyint(1) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_user_gasp` (`user_id`,`game_achievement_set_id`),
  KEY `fk_user_gasp_game_ach_set_id` (`game_achievement_set_id`),
  CONSTRAINT `fk_user_gasp_game_ach_set_id` FOREIGN KEY (`game_achievement_set_id`) REFERENCES `game_achievement_sets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_user_gasp_user_id` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_usernames` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `username` varchar(255) NOT NULL,
  `approved_at` timestamp NULL DEFAULT NULL,
  `denied_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_usernames_username_index` (`username`),
  KEY `user_usernames_user_id_foreign` (`user_id`),
  CONSTRAINT `user_usernames_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `UserAccounts` (`ID`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

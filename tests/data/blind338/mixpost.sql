-- Mixpost Lite 2.6 (inovector/mixpost), self-hosted social media management, in its standalone Laravel application
-- Sources:
--   github.com/inovector/MixpostApp database/migrations/*.php (the host application's four Laravel migrations),
--     commit f177a4b9058feff01e6507de393d1baa4964d255 (no licence file; these are the Laravel skeleton's stock
--     migrations, MIT);
--   github.com/inovector/mixpost database/migrations/create_mixpost_tables.php (published and run by
--     `php artisan mixpost:install`), commit df57648b866310446703f5294350552b62735df5 (MIT).
-- Laravel schema-builder migrations written as the MySQL DDL that Laravel's MySqlGrammar emits for them
-- (id() = BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY, string = VARCHAR(255), uuid = CHAR(36), boolean = TINYINT(1),
-- timestamps()/softDeletes() = nullable TIMESTAMP columns, index/unique/foreign names <table>_<cols>_<kind> unless
-- upstream names them), in migration order. Table options left out.

CREATE TABLE `users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `email_verified_at` timestamp NULL DEFAULT NULL,
  `password` varchar(255) NOT NULL,
  `remember_token` varchar(100) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`)
);

CREATE TABLE `password_reset_tokens` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`email`)
);

CREATE TABLE `failed_jobs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` longtext NOT NULL,
  `exception` longtext NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `failed_jobs_uuid_unique` (`uuid`)
);

CREATE TABLE `personal_access_tokens` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tokenable_type` varchar(255) NOT NULL,
  `tokenable_id` bigint unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` varchar(64) NOT NULL,
  `abilities` text DEFAULT NULL,
  `last_used_at` timestamp NULL DEFAULT NULL,
  `expires_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `personal_access_tokens_token_unique` (`token`),
  KEY `personal_access_tokens_tokenable_type_tokenable_id_index` (`tokenable_type`, `tokenable_id`)
);

CREATE TABLE `mixpost_services` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `configuration` longtext NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mixpost_accounts` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `username` varchar(255) DEFAULT NULL,
  `media` json DEFAULT NULL,
  `provider` varchar(255) NOT NULL,
  `provider_id` varchar(255) NOT NULL,
  `data` json DEFAULT NULL,
  `authorized` tinyint(1) NOT NULL DEFAULT 0,
  `access_token` longtext NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mixpost_accounts_uuid_unique` (`uuid`),
  UNIQUE KEY `accounts_unq_id` (`provider`, `provider_id`)
);

CREATE TABLE `mixpost_posts` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `status` tinyint NOT NULL DEFAULT 0,
  `schedule_status` tinyint NOT NULL DEFAULT 0,
  `scheduled_at` datetime DEFAULT NULL,
  `published_at` datetime DEFAULT NULL,
  `deleted_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mixpost_posts_uuid_unique` (`uuid`)
);

CREATE TABLE `mixpost_post_accounts` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `post_id` bigint unsigned NOT NULL,
  `account_id` bigint unsigned NOT NULL,
  `provider_post_id` varchar(255) DEFAULT NULL,
  `data` json DEFAULT NULL,
  `errors` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `mixpost_post_accounts_post_id_foreign` (`post_id`),
  KEY `mixpost_post_accounts_account_id_foreign` (`account_id`),
  CONSTRAINT `mixpost_post_accounts_post_id_foreign` FOREIGN KEY (`post_id`) REFERENCES `mixpost_posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mixpost_post_accounts_account_id_foreign` FOREIGN KEY (`account_id`) REFERENCES `mixpost_accounts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mixpost_post_versions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `post_id` bigint unsigned NOT NULL,
  `account_id` bigint NOT NULL,
  `is_original` tinyint NOT NULL DEFAULT 0,
  `content` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `mixpost_post_versions_post_id_foreign` (`post_id`),
  CONSTRAINT `mixpost_post_versions_post_id_foreign` FOREIGN KEY (`post_id`) REFERENCES `mixpost_posts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mixpost_tags` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `hex_color` varchar(6) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mixpost_tags_uuid_unique` (`uuid`)
);

CREATE TABLE `mixpost_tag_post` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tag_id` bigint unsigned NOT NULL,
  `post_id` bigint unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `mixpost_tag_post_tag_id_foreign` (`tag_id`),
  KEY `mixpost_tag_post_post_id_foreign` (`post_id`),
  CONSTRAINT `mixpost_tag_post_tag_id_foreign` FOREIGN KEY (`tag_id`) REFERENCES `mixpost_tags` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mixpost_tag_post_post_id_foreign` FOREIGN KEY (`post_id`) REFERENCES `mixpost_posts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mixpost_media` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `mime_type` varchar(255) NOT NULL,
  `disk` varchar(255) NOT NULL,
  `path` varchar(255) NOT NULL,
  `data` json DEFAULT NULL,
  `size` bigint unsigned NOT NULL,
  `size_total` bigint unsigned NOT NULL,
  `conversions` json DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mixpost_media_uuid_unique` (`uuid`)
);

CREATE TABLE `mixpost_settings` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `payload` json NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mixpost_imported_posts` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `account_id` bigint unsigned NOT NULL,
  `provider_post_id` varchar(255) NOT NULL,
  `content` json NOT NULL,
  `metrics` json NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `imported_posts_unq_id` (`account_id`, `provider_post_id`),
  KEY `mixpost_imported_posts_account_id_index` (`account_id`),
  KEY `mixpost_imported_posts_provider_post_id_index` (`provider_post_id`)
);

CREATE TABLE `mixpost_facebook_insights` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `account_id` bigint unsigned NOT NULL,
  `type` int NOT NULL,
  `value` int NOT NULL,
  `date` date NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fb_insights_unq_id` (`account_id`, `type`, `date`),
  KEY `mixpost_facebook_insights_account_id_index` (`account_id`)
);

CREATE TABLE `mixpost_metrics` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `account_id` bigint unsigned NOT NULL,
  `data` json NOT NULL,
  `date` date NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `metrics_unq_id` (`account_id`, `date`),
  KEY `mixpost_metrics_account_id_index` (`account_id`)
);

CREATE TABLE `mixpost_audience` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `account_id` bigint unsigned NOT NULL,
  `total` int NOT NULL DEFAULT 0,
  `date` date NOT NULL,
  PRIMARY KEY (`id`),
  KEY `mixpost_audience_account_id_index` (`account_id`),
  KEY `audience_entry_index` (`account_id`, `date`)
);

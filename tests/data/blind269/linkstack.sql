-- LinkStack 4.8.6 (self-hosted link-in-bio pages; formerly LittleLink Custom; Laravel 9)
--   github.com/LinkStackOrg/LinkStack commit 7bd6cea5d942944e14ca0dbd0a9e6b78b1f4041a (AGPL-3.0)
--   database/migrations/*.php (12 Laravel migrations) replayed by hand in file order and written as the
--   MySQL DDL Laravel 9's MySQL schema grammar produces (id() → bigint unsigned auto-increment, string →
--   varchar(255), boolean → tinyint(1), timestamps() → two nullable timestamps, rememberToken() →
--   varchar(100), unique/index/foreign names as Laravel builds them). Later migrations applied in place:
--   users.password made nullable, users.name unique dropped, littlelink_description and links.title/link
--   turned to text, links.link/title/button_id made nullable, provider/provider_id/image added to users.
--   link_types.params is declared string(…, 65535); LinkStack's MySQL connection runs with 'strict' =>
--   false, so the server silently stores it as mediumtext — written as mediumtext.
--   `visits` is the table of the awssat/laravel-visits package (EloquentEngine), created by LinkStack's own
--   migration. Laravel's `migrations` table added. All tables kept.

CREATE TABLE `migrations` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `migration` varchar(255) NOT NULL,
  `batch` int(11) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `email_verified_at` timestamp NULL DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `littlelink_name` varchar(255) DEFAULT NULL,
  `littlelink_description` text DEFAULT NULL,
  `role` enum('user','vip','admin') NOT NULL DEFAULT 'user',
  `block` enum('yes','no') NOT NULL DEFAULT 'no',
  `remember_token` varchar(100) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `theme` varchar(255) DEFAULT NULL,
  `auth_as` int(10) unsigned DEFAULT NULL,
  `provider` varchar(255) DEFAULT NULL,
  `provider_id` varchar(255) DEFAULT NULL,
  `image` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`),
  UNIQUE KEY `users_littlelink_name_unique` (`littlelink_name`)
);

CREATE TABLE `password_resets` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  KEY `password_resets_email_index` (`email`)
);

CREATE TABLE `failed_jobs` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `uuid` varchar(255) NOT NULL,
  `connection` text NOT NULL,
  `queue` text NOT NULL,
  `payload` longtext NOT NULL,
  `exception` longtext NOT NULL,
  `failed_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `failed_jobs_uuid_unique` (`uuid`)
);

CREATE TABLE `buttons` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `alt` varchar(255) DEFAULT NULL,
  `exclude` tinyint(1) NOT NULL DEFAULT 0,
  `group` varchar(255) DEFAULT NULL,
  `mb` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `links` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `link` text DEFAULT NULL,
  `title` text DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `type_params` text DEFAULT NULL,
  `order` int(11) NOT NULL DEFAULT 0,
  `click_number` int(11) NOT NULL DEFAULT 0,
  `up_link` enum('yes','no') NOT NULL DEFAULT 'no',
  `user_id` bigint(20) unsigned NOT NULL,
  `button_id` bigint(20) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `custom_css` varchar(255) NOT NULL DEFAULT '',
  `custom_icon` varchar(255) NOT NULL DEFAULT 'fa-external-link',
  PRIMARY KEY (`id`),
  KEY `links_user_id_foreign` (`user_id`),
  KEY `links_button_id_foreign` (`button_id`),
  CONSTRAINT `links_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `links_button_id_foreign` FOREIGN KEY (`button_id`) REFERENCES `buttons` (`id`)
);

CREATE TABLE `pages` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `terms` text DEFAULT NULL,
  `privacy` text DEFAULT NULL,
  `contact` text DEFAULT NULL,
  `home_message` text DEFAULT NULL,
  `register` text DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `social_accounts` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  `provider_name` varchar(255) DEFAULT NULL,
  `provider_id` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_accounts_provider_id_unique` (`provider_id`),
  KEY `social_accounts_user_id_foreign` (`user_id`),
  CONSTRAINT `social_accounts_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `visits` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `primary_key` varchar(255) NOT NULL,
  `secondary_key` varchar(255) DEFAULT NULL,
  `score` bigint(20) unsigned NOT NULL,
  `list` json DEFAULT NULL,
  `expired_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `visits_primary_key_secondary_key_unique` (`primary_key`,`secondary_key`)
);

CREATE TABLE `link_types` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  `typename` varchar(100) NOT NULL,
  `title` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `icon` varchar(255) NOT NULL,
  `params` mediumtext DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

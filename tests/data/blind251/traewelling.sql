-- Träwelling (Traewelling/traewelling): check-in service for train, bus and other public-transport journeys.
-- Source: upstream's own MariaDB schema dump `database/schema/mysql-schema.sql` (Laravel `schema:dump`),
-- stored version at commit 240991e7973fbcd9e4d766dd5cfbce937f7f6350 (AGPL-3.0).
-- All 49 CREATE TABLE statements of the dump, columns, keys and foreign keys unchanged; the dump's
-- DROP TABLE / SET session lines and its `migrations` INSERT rows are left out; tables are ordered so that
-- every referenced table comes first (the dump is alphabetical and relies on FOREIGN_KEY_CHECKS=0).

CREATE TABLE `activity_log` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `log_name` varchar(255) DEFAULT NULL,
  `description` text NOT NULL,
  `subject_type` varchar(255) DEFAULT NULL,
  `event` varchar(255) DEFAULT NULL,
  `subject_id` bigint(20) unsigned DEFAULT NULL,
  `causer_type` varchar(255) DEFAULT NULL,
  `causer_id` bigint(20) unsigned DEFAULT NULL,
  `properties` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`properties`)),
  `batch_uuid` char(36) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `subject` (`subject_type`,`subject_id`),
  KEY `causer` (`causer_type`,`causer_id`),
  KEY `activity_log_log_name_index` (`log_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `cache` (
  `key` varchar(255) NOT NULL,
  `value` mediumtext NOT NULL,
  `expiration` int(11) NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `cache_locks` (
  `key` varchar(255) NOT NULL,
  `owner` varchar(255) NOT NULL,
  `expiration` int(11) NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `train_stations` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `ibnr` bigint(20) unsigned DEFAULT NULL,
  `wikidata_id` varchar(255) DEFAULT NULL,
  `ifopt_a` varchar(255) DEFAULT NULL COMMENT 'Country',
  `ifopt_b` int(10) unsigned DEFAULT NULL COMMENT 'Administrative Area',
  `ifopt_c` int(10) unsigned DEFAULT NULL COMMENT 'Mode or Stop Place',
  `ifopt_d` int(10) unsigned DEFAULT NULL COMMENT 'Stop Place or Stop Place Component',
  `ifopt_e` int(10) unsigned DEFAULT NULL COMMENT 'Stop Place Component (or unused)',
  `rilIdentifier` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `latitude` decimal(9,6) NOT NULL,
  `longitude` decimal(9,6) NOT NULL,
  `source` varchar(255) DEFAULT NULL,
  `time_offset` tinyint(4) DEFAULT NULL COMMENT 'Defines the offset of the train station relative to Europe/Berlin',
  `shift_time` tinyint(1) DEFAULT NULL COMMENT 'If false, the timezone of the hafas request will not be shifted to Europe/Berlin',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `train_stations_ibnr_unique` (`ibnr`),
  KEY `train_stations_rilidentifier_index` (`rilIdentifier`),
  KEY `train_stations_wikidata_id_foreign` (`wikidata_id`),
  KEY `ifopt` (`ifopt_a`,`ifopt_b`,`ifopt_c`,`ifopt_d`,`ifopt_e`),
  KEY `train_stations_latitude_longitude_index` (`latitude`,`longitude`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `users` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `username` varchar(25) NOT NULL,
  `avatar` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `email_verified_at` timestamp NULL DEFAULT NULL,
  `privacy_ack_at` timestamp NULL DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `home_id` bigint(20) unsigned DEFAULT NULL,
  `private_profile` tinyint(1) NOT NULL DEFAULT 0,
  `default_status_visibility` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `prevent_index` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'prevent search engines from indexing this profile',
  `privacy_hide_days` int(10) unsigned DEFAULT NULL COMMENT 'Set statuses private after x days',
  `language` varchar(12) DEFAULT NULL,
  `timezone` varchar(255) NOT NULL DEFAULT 'Europe/Berlin',
  `friend_checkin` varchar(255) NOT NULL DEFAULT 'forbidden',
  `likes_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `points_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `mapprovider` enum('cargo','open-railway-map') NOT NULL DEFAULT 'cargo',
  `data_provider` varchar(255) NOT NULL DEFAULT 'default',
  `remember_token` varchar(100) DEFAULT NULL,
  `last_login` timestamp NULL DEFAULT NULL,
  `recent_gdpr_export` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_username_unique` (`username`),
  UNIQUE KEY `users_email_unique` (`email`),
  KEY `users_home_id_foreign` (`home_id`),
  CONSTRAINT `users_home_id_foreign` FOREIGN KEY (`home_id`) REFERENCES `train_stations` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `event_suggestions` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `host` varchar(255) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `station_id` bigint(20) unsigned DEFAULT NULL,
  `begin` timestamp NULL DEFAULT NULL,
  `end` timestamp NULL DEFAULT NULL,
  `hashtag` varchar(255) DEFAULT NULL,
  `admin_notification_id` bigint(20) unsigned DEFAULT NULL,
  `processed` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `event_suggestions_user_id_foreign` (`user_id`),
  KEY `event_suggestions_train_station_id_foreign` (`station_id`),
  CONSTRAINT `event_suggestions_train_station_id_foreign` FOREIGN KEY (`station_id`) REFERENCES `train_stations` (`id`),
  CONSTRAINT `event_suggestions_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `events` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `hashtag` varchar(255) DEFAULT NULL,
  `host` varchar(255) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `station_id` bigint(20) unsigned DEFAULT NULL,
  `checkin_start` datetime NOT NULL,
  `checkin_end` datetime NOT NULL,
  `event_start` datetime DEFAULT NULL COMMENT 'If different from checkin_start',
  `event_end` datetime DEFAULT NULL COMMENT 'If different from checkin_end',
  `approved_by` bigint(20) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `events_slug_unique` (`slug`),
  KEY `events_station_id_foreign` (`station_id`),
  KEY `events_approved_by_foreign` (`approved_by`),
  CONSTRAINT `events_approved_by_foreign` FOREIGN KEY (`approved_by`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `events_station_id_foreign` FOREIGN KEY (`station_id`) REFERENCES `train_stations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

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
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `follow_requests` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  `follow_id` bigint(20) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `follow_requests_user_id_follow_id_unique` (`user_id`,`follow_id`),
  KEY `follow_requests_follow_id_foreign` (`follow_id`),
  CONSTRAINT `follow_requests_follow_id_foreign` FOREIGN KEY (`follow_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `follow_requests_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `follows` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  `follow_id` bigint(20) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `follows_user_id_foreign` (`user_id`),
  KEY `follows_follow_id_foreign` (`follow_id`),
  CONSTRAINT `follows_follow_id_foreign` FOREIGN KEY (`follow_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `follows_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `hafas_operators` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `hafas_id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `hafas_operators_hafas_id_unique` (`hafas_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `motis_source_licenses` (
  `id` char(36) NOT NULL,
  `provider` varchar(255) DEFAULT NULL,
  `country` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `human_name` varchar(255) DEFAULT NULL,
  `license` varchar(255) DEFAULT NULL,
  `license_url` varchar(255) DEFAULT NULL,
  `source_url` varchar(255) DEFAULT NULL,
  `spdx` varchar(255) DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `motis_sources_provider_country_name_index` (`provider`,`country`,`name`,`active`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `poly_lines` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `parent_id` bigint(20) unsigned DEFAULT NULL,
  `hash` varchar(255) NOT NULL,
  `polyline` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`polyline`)),
  `source` enum('hafas','brouter') NOT NULL DEFAULT 'hafas',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `poly_lines_hash_unique` (`hash`),
  KEY `poly_lines_hash_index` (`hash`),
  KEY `poly_lines_parent_id_index` (`parent_id`),
  KEY `poly_lines_source_index` (`source`),
  CONSTRAINT `poly_lines_parent_id_foreign` FOREIGN KEY (`parent_id`) REFERENCES `poly_lines` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `hafas_trips` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `trip_id` varchar(255) NOT NULL,
  `category` varchar(255) NOT NULL,
  `number` varchar(255) NOT NULL,
  `linename` varchar(255) NOT NULL,
  `journey_number` int(10) unsigned DEFAULT NULL,
  `operator_id` bigint(20) unsigned DEFAULT NULL,
  `origin_id` bigint(20) unsigned NOT NULL,
  `destination_id` bigint(20) unsigned NOT NULL,
  `polyline_id` bigint(20) unsigned DEFAULT NULL,
  `departure` timestamp NULL DEFAULT NULL,
  `arrival` timestamp NULL DEFAULT NULL,
  `source` varchar(255) NOT NULL DEFAULT 'hafas',
  `motis_source` varchar(255) DEFAULT NULL,
  `motis_source_license_id` char(36) DEFAULT NULL,
  `user_id` bigint(20) unsigned DEFAULT NULL COMMENT 'if not null, this trip belongs to the user (e.g. manually created trips)',
  `last_refreshed` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `hafas_trips_trip_id_unique` (`trip_id`),
  KEY `hafas_trips_polyline_id_foreign` (`polyline_id`),
  KEY `hafas_trips_created_at_trip_id_index` (`created_at`,`trip_id`),
  KEY `hafas_trips_user_id_foreign` (`user_id`),
  KEY `hafas_trips_origin_id_foreign` (`origin_id`),
  KEY `hafas_trips_destination_id_foreign` (`destination_id`),
  KEY `hafas_trips_operator_id_category_index` (`operator_id`,`category`),
  KEY `motis_source_license_id_foreign` (`motis_source_license_id`),
  CONSTRAINT `hafas_trips_destination_id_foreign` FOREIGN KEY (`destination_id`) REFERENCES `train_stations` (`id`),
  CONSTRAINT `hafas_trips_operator_id_foreign` FOREIGN KEY (`operator_id`) REFERENCES `hafas_operators` (`id`),
  CONSTRAINT `hafas_trips_origin_id_foreign` FOREIGN KEY (`origin_id`) REFERENCES `train_stations` (`id`),
  CONSTRAINT `hafas_trips_polyline_id_foreign` FOREIGN KEY (`polyline_id`) REFERENCES `poly_lines` (`id`),
  CONSTRAINT `hafas_trips_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `motis_source_license_id_foreign` FOREIGN KEY (`motis_source_license_id`) REFERENCES `motis_source_licenses` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `ics_tokens` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `token` char(36) NOT NULL,
  `last_accessed` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ics_tokens_token_unique` (`token`),
  KEY `ics_tokens_user_id_foreign` (`user_id`),
  CONSTRAINT `ics_tokens_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `jobs` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `queue` varchar(255) NOT NULL,
  `payload` longtext NOT NULL,
  `attempts` tinyint(3) unsigned NOT NULL,
  `reserved_at` int(10) unsigned DEFAULT NULL,
  `available_at` int(10) unsigned NOT NULL,
  `created_at` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `jobs_queue_index` (`queue`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_clients` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `secret` varchar(100) DEFAULT NULL,
  `provider` varchar(255) DEFAULT NULL,
  `redirect` text NOT NULL,
  `webhooks_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `privacy_policy_url` varchar(255) DEFAULT NULL,
  `authorized_webhook_url` varchar(255) DEFAULT NULL,
  `personal_access_client` tinyint(1) NOT NULL,
  `password_client` tinyint(1) NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth_clients_user_id_index` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `statuses` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `body` text DEFAULT NULL,
  `user_id` bigint(20) unsigned NOT NULL,
  `business` smallint(5) unsigned NOT NULL DEFAULT 0,
  `visibility` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `event_id` bigint(20) unsigned DEFAULT NULL,
  `mastodon_post_id` varchar(255) DEFAULT NULL,
  `client_id` bigint(20) unsigned DEFAULT NULL,
  `moderation_notes` varchar(255) DEFAULT NULL COMMENT 'Notes from the moderation team - visible to the user',
  `lock_visibility` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Prevent the user from changing the visibility of the status?',
  `hide_body` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Hide the body of the status from other users?',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `statuses_event_id_foreign` (`event_id`),
  KEY `statuses_user_id_mastodon_post_id_created_at_index` (`user_id`,`mastodon_post_id`,`created_at`),
  KEY `statuses_client_id_foreign` (`client_id`),
  KEY `statuses_user_id_visibility_index` (`user_id`,`visibility`),
  CONSTRAINT `statuses_client_id_foreign` FOREIGN KEY (`client_id`) REFERENCES `oauth_clients` (`id`) ON DELETE SET NULL,
  CONSTRAINT `statuses_event_id_foreign` FOREIGN KEY (`event_id`) REFERENCES `events` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `statuses_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `likes` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  `status_id` bigint(20) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `likes_user_id_status_id_unique` (`user_id`,`status_id`),
  KEY `likes_status_id_foreign` (`status_id`),
  CONSTRAINT `likes_status_id_foreign` FOREIGN KEY (`status_id`) REFERENCES `statuses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `likes_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mastodon_servers` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `domain` varchar(255) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `client_secret` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mastodon_servers_domain_unique` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mentions` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `status_id` bigint(20) unsigned NOT NULL,
  `mentioned_id` bigint(20) unsigned NOT NULL,
  `position` smallint(5) unsigned NOT NULL,
  `length` smallint(5) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mentions_status_id_mentioned_id_position_unique` (`status_id`,`mentioned_id`,`position`),
  KEY `mentions_mentioned_id_foreign` (`mentioned_id`),
  CONSTRAINT `mentions_mentioned_id_foreign` FOREIGN KEY (`mentioned_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `mentions_status_id_foreign` FOREIGN KEY (`status_id`) REFERENCES `statuses` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `migrations` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `migration` varchar(255) NOT NULL,
  `batch` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `permissions` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `guard_name` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `permissions_name_guard_name_unique` (`name`,`guard_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `model_has_permissions` (
  `permission_id` bigint(20) unsigned NOT NULL,
  `model_type` varchar(255) NOT NULL,
  `model_id` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`permission_id`,`model_id`,`model_type`),
  KEY `model_has_permissions_model_id_model_type_index` (`model_id`,`model_type`),
  CONSTRAINT `model_has_permissions_permission_id_foreign` FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `roles` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `guard_name` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_name_guard_name_unique` (`name`,`guard_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `model_has_roles` (
  `role_id` bigint(20) unsigned NOT NULL,
  `model_type` varchar(255) NOT NULL,
  `model_id` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`role_id`,`model_id`,`model_type`),
  KEY `model_has_roles_model_id_model_type_index` (`model_id`,`model_type`),
  CONSTRAINT `model_has_roles_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE
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

CREATE TABLE `oauth_personal_access_clients` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `client_id` bigint(20) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_refresh_tokens` (
  `id` varchar(100) NOT NULL,
  `access_token_id` varchar(100) NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  `expires_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth_refresh_tokens_access_token_id_index` (`access_token_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `password_resets` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  KEY `password_resets_email_index` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `privacy_agreements` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `body_md_de` text NOT NULL,
  `body_md_en` text NOT NULL,
  `valid_at` timestamp NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `queue_monitor` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `job_uuid` char(36) DEFAULT NULL,
  `job_id` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `queue` varchar(255) DEFAULT NULL,
  `status` int(10) unsigned NOT NULL DEFAULT 0,
  `queued_at` datetime DEFAULT NULL,
  `started_at` timestamp NULL DEFAULT NULL,
  `started_at_exact` varchar(255) DEFAULT NULL,
  `finished_at` timestamp NULL DEFAULT NULL,
  `finished_at_exact` varchar(255) DEFAULT NULL,
  `attempt` int(11) NOT NULL DEFAULT 0,
  `retried` tinyint(1) NOT NULL DEFAULT 0,
  `progress` int(11) DEFAULT NULL,
  `exception` longtext DEFAULT NULL,
  `exception_message` text DEFAULT NULL,
  `exception_class` text DEFAULT NULL,
  `data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `queue_monitor_job_id_index` (`job_id`),
  KEY `queue_monitor_started_at_index` (`started_at`),
  KEY `queue_monitor_name_status_queue_index` (`name`,`status`,`queue`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `reports` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `status` varchar(255) NOT NULL DEFAULT 'open' COMMENT 'Enum ReportStatus',
  `subject_type` varchar(255) NOT NULL,
  `subject_id` bigint(20) unsigned NOT NULL,
  `reason` varchar(255) DEFAULT NULL COMMENT 'Enum ReportReason or null.',
  `description` varchar(255) DEFAULT NULL,
  `reporter_id` bigint(20) unsigned DEFAULT NULL,
  `admin_notification_id` bigint(20) unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `reports_reporter_id_foreign` (`reporter_id`),
  KEY `reports_subject_type_subject_id_index` (`subject_type`,`subject_id`),
  KEY `reports_status_index` (`status`),
  CONSTRAINT `reports_reporter_id_foreign` FOREIGN KEY (`reporter_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `role_has_permissions` (
  `permission_id` bigint(20) unsigned NOT NULL,
  `role_id` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`permission_id`,`role_id`),
  KEY `role_has_permissions_role_id_foreign` (`role_id`),
  CONSTRAINT `role_has_permissions_permission_id_foreign` FOREIGN KEY (`permission_id`) REFERENCES `permissions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `role_has_permissions_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `sessions` (
  `id` varchar(255) NOT NULL,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `user_agent` text DEFAULT NULL,
  `payload` text NOT NULL,
  `last_activity` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sessions_user_id_index` (`user_id`),
  KEY `sessions_last_activity_index` (`last_activity`),
  CONSTRAINT `sessions_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `social_login_profiles` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  `twitter_id` varchar(255) DEFAULT NULL,
  `mastodon_id` varchar(255) DEFAULT NULL,
  `mastodon_server` bigint(20) unsigned DEFAULT NULL,
  `mastodon_token` text DEFAULT NULL,
  `mastodon_visibility` tinyint(3) unsigned NOT NULL DEFAULT 1,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_login_profiles_twitter_id_unique` (`twitter_id`),
  KEY `social_login_profiles_user_id_foreign` (`user_id`),
  KEY `social_login_profiles_mastodon_server_foreign` (`mastodon_server`),
  CONSTRAINT `social_login_profiles_mastodon_server_foreign` FOREIGN KEY (`mastodon_server`) REFERENCES `mastodon_servers` (`id`),
  CONSTRAINT `social_login_profiles_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `station_identifiers` (
  `id` char(36) NOT NULL,
  `station_id` bigint(20) unsigned NOT NULL,
  `type` varchar(255) NOT NULL,
  `origin` varchar(255) DEFAULT NULL,
  `identifier` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL COMMENT 'Name of the station provided by the data source',
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `station_identifiers_station_id_foreign` (`station_id`),
  KEY `station_identifiers_type_origin_identifier_index` (`type`,`origin`,`identifier`),
  CONSTRAINT `station_identifiers_station_id_foreign` FOREIGN KEY (`station_id`) REFERENCES `train_stations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `station_names` (
  `id` char(36) NOT NULL,
  `station_id` bigint(20) unsigned NOT NULL,
  `language` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `station_names_station_id_language_unique` (`station_id`,`language`),
  CONSTRAINT `station_names_station_id_foreign` FOREIGN KEY (`station_id`) REFERENCES `train_stations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `status_tags` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `status_id` bigint(20) unsigned NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  `visibility` tinyint(3) unsigned NOT NULL DEFAULT 3,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `status_tags_status_id_key_unique` (`status_id`,`key`),
  CONSTRAINT `status_tags_status_id_foreign` FOREIGN KEY (`status_id`) REFERENCES `statuses` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `train_stopovers` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `trip_id` varchar(255) NOT NULL,
  `train_station_id` bigint(20) unsigned NOT NULL,
  `arrival_planned` timestamp NULL DEFAULT NULL,
  `arrival_real` timestamp NULL DEFAULT NULL,
  `arrival_platform_planned` varchar(255) DEFAULT NULL,
  `arrival_platform_real` varchar(255) DEFAULT NULL,
  `departure_planned` timestamp NULL DEFAULT NULL,
  `departure_real` timestamp NULL DEFAULT NULL,
  `departure_platform_planned` varchar(255) DEFAULT NULL,
  `departure_platform_real` varchar(255) DEFAULT NULL,
  `cancelled` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `train_stopovers_trip_id_train_station_id_unique` (`trip_id`,`train_station_id`,`arrival_planned`,`departure_planned`),
  UNIQUE KEY `stopovers_station_arrival` (`trip_id`,`train_station_id`,`arrival_planned`),
  UNIQUE KEY `stopovers_station_departure` (`trip_id`,`train_station_id`,`departure_planned`),
  KEY `train_stopovers_train_station_id_foreign` (`train_station_id`),
  KEY `train_stopovers_arrival_planned_arrival_real_index` (`arrival_planned`,`arrival_real`),
  KEY `train_stopovers_departure_planned_index` (`departure_planned`),
  KEY `train_stopovers_departure_real_index` (`departure_real`),
  KEY `train_stopovers_arrival_planned_index` (`arrival_planned`),
  KEY `train_stopovers_arrival_real_index` (`arrival_real`),
  KEY `index_trip_id_arrival_departure` (`trip_id`,`arrival_planned`,`departure_planned`),
  CONSTRAINT `train_stopovers_train_station_id_foreign` FOREIGN KEY (`train_station_id`) REFERENCES `train_stations` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `train_stopovers_trip_id_foreign` FOREIGN KEY (`trip_id`) REFERENCES `hafas_trips` (`trip_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `train_checkins` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `status_id` bigint(20) unsigned NOT NULL,
  `user_id` bigint(20) unsigned DEFAULT NULL COMMENT 'workaround for unique key',
  `trip_id` varchar(255) NOT NULL,
  `origin_stopover_id` bigint(20) unsigned DEFAULT NULL,
  `destination_stopover_id` bigint(20) unsigned DEFAULT NULL,
  `distance` int(10) unsigned DEFAULT NULL COMMENT 'meters',
  `duration` int(10) unsigned DEFAULT NULL COMMENT 'Duration in minutes. Cached value with real time and manual data. Null if not yet calculated.',
  `departure` datetime DEFAULT NULL,
  `manual_departure` timestamp NULL DEFAULT NULL COMMENT 'User-defined override of the departure',
  `arrival` datetime DEFAULT NULL,
  `manual_arrival` timestamp NULL DEFAULT NULL COMMENT 'User-defined override of the arrival',
  `points` int(11) DEFAULT NULL,
  `forced` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `train_checkins_status_id_unique` (`status_id`),
  KEY `train_checkins_trip_id_foreign` (`trip_id`),
  KEY `train_checkins_user_id_arrival_index` (`user_id`,`arrival`),
  KEY `train_checkins_departure_arrival_status_id_index` (`departure`,`arrival`,`status_id`),
  KEY `train_checkins_origin_stopover_id_foreign` (`origin_stopover_id`),
  KEY `train_checkins_destination_stopover_id_foreign` (`destination_stopover_id`),
  CONSTRAINT `train_checkins_destination_stopover_id_foreign` FOREIGN KEY (`destination_stopover_id`) REFERENCES `train_stopovers` (`id`),
  CONSTRAINT `train_checkins_origin_stopover_id_foreign` FOREIGN KEY (`origin_stopover_id`) REFERENCES `train_stopovers` (`id`),
  CONSTRAINT `train_checkins_status_id_foreign` FOREIGN KEY (`status_id`) REFERENCES `statuses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `train_checkins_trip_id_foreign` FOREIGN KEY (`trip_id`) REFERENCES `hafas_trips` (`trip_id`),
  CONSTRAINT `train_checkins_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `trusted_users` (
  `id` char(36) NOT NULL,
  `user_id` bigint(20) unsigned NOT NULL,
  `trusted_id` bigint(20) unsigned NOT NULL,
  `expires_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trusted_users_user_id_trusted_id_unique` (`user_id`,`trusted_id`),
  KEY `trusted_users_trusted_id_foreign` (`trusted_id`),
  CONSTRAINT `trusted_users_trusted_id_foreign` FOREIGN KEY (`trusted_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `trusted_users_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='This table is used to store trusted users for friend checkin.';

CREATE TABLE `user_blocks` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  `blocked_id` bigint(20) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_blocks_user_id_blocked_id_unique` (`user_id`,`blocked_id`),
  KEY `user_blocks_blocked_id_foreign` (`blocked_id`),
  CONSTRAINT `user_blocks_blocked_id_foreign` FOREIGN KEY (`blocked_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_blocks_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_mutes` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL,
  `muted_id` bigint(20) unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_mutes_user_id_muted_id_unique` (`user_id`,`muted_id`),
  KEY `user_mutes_muted_id_foreign` (`muted_id`),
  CONSTRAINT `user_mutes_muted_id_foreign` FOREIGN KEY (`muted_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_mutes_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `webhook_creation_requests` (
  `id` varchar(255) NOT NULL,
  `user_id` bigint(20) unsigned NOT NULL,
  `oauth_client_id` bigint(20) unsigned NOT NULL,
  `revoked` tinyint(1) NOT NULL DEFAULT 0,
  `expires_at` datetime NOT NULL,
  `events` varchar(255) NOT NULL,
  `url` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `webhook_creation_requests_user_id_foreign` (`user_id`),
  KEY `webhook_creation_requests_oauth_client_id_foreign` (`oauth_client_id`),
  CONSTRAINT `webhook_creation_requests_oauth_client_id_foreign` FOREIGN KEY (`oauth_client_id`) REFERENCES `oauth_clients` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `webhook_creation_requests_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `webhooks` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `oauth_client_id` bigint(20) unsigned NOT NULL,
  `user_id` bigint(20) unsigned NOT NULL,
  `url` text NOT NULL,
  `secret` text DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `webhooks_oauth_client_id_foreign` (`oauth_client_id`),
  KEY `webhooks_user_id_foreign` (`user_id`),
  CONSTRAINT `webhooks_oauth_client_id_foreign` FOREIGN KEY (`oauth_client_id`) REFERENCES `oauth_clients` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `webhooks_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `webhook_events` (
  `webhook_id` bigint(20) unsigned NOT NULL,
  `event` char(32) NOT NULL,
  PRIMARY KEY (`webhook_id`,`event`),
  CONSTRAINT `webhook_events_webhook_id_foreign` FOREIGN KEY (`webhook_id`) REFERENCES `webhooks` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

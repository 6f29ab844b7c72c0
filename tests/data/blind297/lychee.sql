-- Lychee 7.7.4 (LycheeOrg/Lychee), database schema after all 519 Laravel migrations of
-- database/migrations/ at commit b8e4d1e832ca4eed9432a7acfaf9a36f69e68472 (MIT), replayed by hand
-- into the MySQL DDL that Laravel 12's MySQL schema grammar writes (column order as `->after()`
-- leaves it on MySQL; primary, unique and foreign keys as the migrations declare them; plain
-- secondary indexes left out). Tables are ordered so that every referenced table comes first.
-- Left out: `details` (XHProf profiler samples, created only on MySQL by
-- 2025_12_22_163233_create_xhprof_table.php) and Laravel's own `migrations` bookkeeping table.

CREATE TABLE `users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `username` varchar(100) NOT NULL,
  `display_name` varchar(200) DEFAULT NULL,
  `password` varchar(100) DEFAULT NULL,
  `is_ldap` tinyint(1) NOT NULL DEFAULT 0,
  `email` varchar(100) DEFAULT NULL,
  `may_administrate` tinyint(1) NOT NULL DEFAULT 0,
  `token` char(128) DEFAULT NULL,
  `may_upload` tinyint(1) NOT NULL DEFAULT 0,
  `may_edit_own_settings` tinyint(1) NOT NULL DEFAULT 0,
  `remember_token` varchar(100) DEFAULT NULL,
  `quota_kb` bigint DEFAULT NULL,
  `upload_trust_level` varchar(20) NOT NULL DEFAULT 'trusted',
  `description` text DEFAULT NULL,
  `note` text DEFAULT NULL,
  `shared_albums_visibility` varchar(255) NOT NULL DEFAULT 'default',
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_username_unique` (`username`),
  UNIQUE KEY `users_email_unique` (`email`),
  UNIQUE KEY `users_token_unique` (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_groups` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_groups_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `users_user_groups` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int unsigned NOT NULL,
  `user_group_id` int unsigned NOT NULL,
  `role` varchar(50) NOT NULL DEFAULT 'member',
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_groups_user_id_user_group_id_unique` (`user_id`, `user_group_id`),
  CONSTRAINT `users_user_groups_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `users_user_groups_user_group_id_foreign` FOREIGN KEY (`user_group_id`) REFERENCES `user_groups` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `base_albums` (
  `id` char(24) NOT NULL,
  `legacy_id` bigint unsigned DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `published_at` datetime DEFAULT NULL,
  `title` varchar(100) NOT NULL,
  `slug` varchar(250) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `owner_id` int unsigned NOT NULL DEFAULT 0,
  `is_nsfw` tinyint(1) NOT NULL DEFAULT 0,
  `is_pinned` tinyint(1) NOT NULL DEFAULT 0,
  `sorting_col` varchar(30) DEFAULT NULL,
  `sorting_order` varchar(4) DEFAULT NULL,
  `copyright` varchar(300) DEFAULT NULL,
  `photo_layout` varchar(20) DEFAULT NULL,
  `photo_timeline` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `base_albums_slug_unique` (`slug`),
  CONSTRAINT `base_albums_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `photos` (
  `id` char(24) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `owner_id` int unsigned NOT NULL DEFAULT 0,
  `title` varchar(300) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `license` varchar(20) NOT NULL DEFAULT 'none',
  `is_highlighted` tinyint(1) NOT NULL DEFAULT 0,
  `is_validated` tinyint(1) NOT NULL DEFAULT 1,
  `face_scan_status` varchar(16) DEFAULT NULL,
  `nsfw_status` varchar(255) DEFAULT NULL,
  `upload_trust_level` varchar(255) DEFAULT NULL,
  `face_count` int unsigned NOT NULL DEFAULT 0,
  `rating_avg` decimal(5,4) DEFAULT NULL,
  `iso` varchar(255) DEFAULT NULL,
  `make` varchar(255) DEFAULT NULL,
  `model` varchar(255) DEFAULT NULL,
  `lens` varchar(255) DEFAULT NULL,
  `aperture` varchar(255) DEFAULT NULL,
  `shutter` varchar(255) DEFAULT NULL,
  `focal` varchar(255) DEFAULT NULL,
  `duration` varchar(255) DEFAULT NULL,
  `fps` varchar(255) DEFAULT NULL,
  `latitude` decimal(10,8) DEFAULT NULL,
  `longitude` decimal(11,8) DEFAULT NULL,
  `altitude` decimal(10,4) DEFAULT NULL,
  `img_direction` decimal(10,4) DEFAULT NULL,
  `location` varchar(255) DEFAULT NULL,
  `taken_at` datetime(6) DEFAULT NULL COMMENT 'relative to UTC',
  `taken_at_orig_tz` varchar(31) DEFAULT NULL COMMENT 'the timezone at which the photo has originally been taken',
  `initial_taken_at` datetime DEFAULT NULL COMMENT 'backup of the original taken_at value',
  `initial_taken_at_orig_tz` varchar(31) DEFAULT NULL COMMENT 'backup of the timezone at which the photo has originally been taken',
  `type` varchar(30) NOT NULL,
  `filesize` bigint unsigned NOT NULL DEFAULT 0,
  `checksum` varchar(40) NOT NULL,
  `original_checksum` varchar(40) NOT NULL,
  `live_photo_short_path` varchar(255) DEFAULT NULL,
  `live_photo_content_id` varchar(255) DEFAULT NULL,
  `live_photo_checksum` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `photos_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `albums` (
  `id` char(24) NOT NULL,
  `parent_id` char(24) DEFAULT NULL,
  `license` varchar(20) NOT NULL DEFAULT 'none',
  `album_thumb_aspect_ratio` varchar(6) DEFAULT NULL,
  `title_color` varchar(20) NOT NULL DEFAULT 'white',
  `title_position` varchar(20) NOT NULL DEFAULT 'top_left',
  `album_timeline` varchar(20) DEFAULT NULL,
  `album_sorting_col` varchar(30) DEFAULT NULL,
  `album_sorting_order` varchar(10) DEFAULT NULL,
  `cover_id` char(24) DEFAULT NULL,
  `header_id` char(24) DEFAULT NULL,
  `header_photo_focus` json DEFAULT NULL,
  `_lft` bigint unsigned NOT NULL DEFAULT 0,
  `_rgt` bigint unsigned NOT NULL DEFAULT 0,
  `max_taken_at` datetime DEFAULT NULL,
  `min_taken_at` datetime DEFAULT NULL,
  `num_children` int NOT NULL DEFAULT 0,
  `num_photos` int NOT NULL DEFAULT 0,
  `auto_cover_id_max_privilege` char(24) DEFAULT NULL,
  `auto_cover_id_least_privilege` char(24) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `albums_id_foreign` FOREIGN KEY (`id`) REFERENCES `base_albums` (`id`),
  CONSTRAINT `albums_parent_id_foreign` FOREIGN KEY (`parent_id`) REFERENCES `albums` (`id`),
  CONSTRAINT `albums_cover_id_foreign` FOREIGN KEY (`cover_id`) REFERENCES `photos` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `albums_auto_cover_id_max_privilege_foreign` FOREIGN KEY (`auto_cover_id_max_privilege`) REFERENCES `photos` (`id`) ON DELETE SET NULL,
  CONSTRAINT `albums_auto_cover_id_least_privilege_foreign` FOREIGN KEY (`auto_cover_id_least_privilege`) REFERENCES `photos` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tag_albums` (
  `id` char(24) NOT NULL,
  `cover_id` char(24) DEFAULT NULL,
  `is_and` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `tag_albums_id_foreign` FOREIGN KEY (`id`) REFERENCES `base_albums` (`id`),
  CONSTRAINT `tag_albums_cover_id_foreign` FOREIGN KEY (`cover_id`) REFERENCES `photos` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `photo_album` (
  `album_id` char(24) NOT NULL,
  `photo_id` char(24) NOT NULL,
  PRIMARY KEY (`photo_id`, `album_id`),
  CONSTRAINT `photo_album_photo_id_foreign` FOREIGN KEY (`photo_id`) REFERENCES `photos` (`id`),
  CONSTRAINT `photo_album_album_id_foreign` FOREIGN KEY (`album_id`) REFERENCES `albums` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `size_variants` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `photo_id` char(24) DEFAULT NULL,
  `type` int unsigned NOT NULL DEFAULT 0 COMMENT '0: original, ..., 6: thumb',
  `short_path` varchar(255) NOT NULL,
  `short_path_watermarked` varchar(255) DEFAULT NULL,
  `width` int NOT NULL,
  `height` int NOT NULL,
  `ratio` double NOT NULL DEFAULT 1,
  `filesize` bigint unsigned NOT NULL DEFAULT 0,
  `storage_disk` varchar(255) NOT NULL DEFAULT 'images',
  PRIMARY KEY (`id`),
  UNIQUE KEY `size_variants_photo_id_type_unique` (`photo_id`, `type`),
  CONSTRAINT `size_variants_photo_id_foreign` FOREIGN KEY (`photo_id`) REFERENCES `photos` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `access_permissions` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int unsigned DEFAULT NULL,
  `user_group_id` int unsigned DEFAULT NULL,
  `base_album_id` char(24) DEFAULT NULL,
  `is_link_required` tinyint(1) NOT NULL DEFAULT 0,
  `password` varchar(100) DEFAULT NULL,
  `grants_full_photo_access` tinyint(1) NOT NULL DEFAULT 0,
  `grants_download` tinyint(1) NOT NULL DEFAULT 0,
  `grants_upload` tinyint(1) NOT NULL DEFAULT 0,
  `grants_edit` tinyint(1) NOT NULL DEFAULT 0,
  `grants_delete` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  `user_id_unique_key` int unsigned AS (COALESCE(`user_id`, 0)) STORED,
  `user_group_id_unique_key` int unsigned AS (COALESCE(`user_group_id`, 0)) STORED,
  PRIMARY KEY (`id`),
  UNIQUE KEY `access_permissions_dedup_unique` (`base_album_id`, `user_id_unique_key`, `user_group_id_unique_key`),
  CONSTRAINT `access_permissions_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `album_user_thumbs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int unsigned DEFAULT NULL,
  `album_id` char(24) NOT NULL,
  `photo_id` char(24) NOT NULL,
  `user_id_unique_key` int unsigned AS (COALESCE(`user_id`, 0)) STORED,
  PRIMARY KEY (`id`),
  UNIQUE KEY `album_user_thumbs_album_id_user_id_unique_key_unique` (`album_id`, `user_id_unique_key`),
  CONSTRAINT `album_user_thumbs_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT ON UPDATE RESTRICT,
  CONSTRAINT `album_user_thumbs_photo_id_foreign` FOREIGN KEY (`photo_id`) REFERENCES `photos` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `album_size_statistics` (
  `album_id` char(24) NOT NULL,
  `size_raw` bigint unsigned NOT NULL DEFAULT 0,
  `size_thumb` bigint unsigned NOT NULL DEFAULT 0,
  `size_thumb2x` bigint unsigned NOT NULL DEFAULT 0,
  `size_small` bigint unsigned NOT NULL DEFAULT 0,
  `size_small2x` bigint unsigned NOT NULL DEFAULT 0,
  `size_medium` bigint unsigned NOT NULL DEFAULT 0,
  `size_medium2x` bigint unsigned NOT NULL DEFAULT 0,
  `size_original` bigint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`album_id`),
  CONSTRAINT `album_size_statistics_album_id_foreign` FOREIGN KEY (`album_id`) REFERENCES `albums` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tracks` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `album_id` char(24) NOT NULL,
  `name` varchar(255) NOT NULL,
  `file_name` varchar(255) NOT NULL,
  `disk` varchar(255) NOT NULL DEFAULT 'images',
  `is_primary` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tracks_album_id_foreign` FOREIGN KEY (`album_id`) REFERENCES `albums` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tags` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tags_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `photos_tags` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tag_id` bigint unsigned NOT NULL,
  `photo_id` char(24) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `photos_tags_tag_id_photo_id_unique` (`tag_id`, `photo_id`),
  CONSTRAINT `photos_tags_tag_id_foreign` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `photos_tags_photo_id_foreign` FOREIGN KEY (`photo_id`) REFERENCES `photos` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tag_albums_tags` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tag_id` bigint unsigned NOT NULL,
  `album_id` char(24) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tag_albums_tags_tag_id_album_id_unique` (`tag_id`, `album_id`),
  CONSTRAINT `tag_albums_tags_tag_id_foreign` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `tag_albums_tags_album_id_foreign` FOREIGN KEY (`album_id`) REFERENCES `tag_albums` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `albums_tags` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `tag_id` bigint unsigned NOT NULL,
  `album_id` char(24) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `albums_tags_tag_id_album_id_unique` (`tag_id`, `album_id`),
  CONSTRAINT `albums_tags_tag_id_foreign` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `albums_tags_album_id_foreign` FOREIGN KEY (`album_id`) REFERENCES `albums` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `colours` (
  `id` mediumint unsigned NOT NULL,
  `R` tinyint unsigned NOT NULL DEFAULT 0,
  `G` tinyint unsigned NOT NULL DEFAULT 0,
  `B` tinyint unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `colours_r_g_b_unique` (`R`, `G`, `B`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `palettes` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `photo_id` char(24) NOT NULL,
  `colour_1` mediumint unsigned NOT NULL,
  `colour_2` mediumint unsigned NOT NULL,
  `colour_3` mediumint unsigned NOT NULL,
  `colour_4` mediumint unsigned NOT NULL,
  `colour_5` mediumint unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `photo_ratings` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `photo_id` char(24) NOT NULL,
  `user_id` int unsigned NOT NULL,
  `rating` tinyint unsigned NOT NULL COMMENT 'Rating value 1-5',
  PRIMARY KEY (`id`),
  UNIQUE KEY `photo_ratings_photo_id_user_id_unique` (`photo_id`, `user_id`),
  CONSTRAINT `photo_ratings_photo_id_foreign` FOREIGN KEY (`photo_id`) REFERENCES `photos` (`id`) ON DELETE CASCADE,
  CONSTRAINT `photo_ratings_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `statistics` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `album_id` char(24) DEFAULT NULL,
  `photo_id` char(24) DEFAULT NULL,
  `visit_count` bigint unsigned NOT NULL DEFAULT 0 COMMENT 'Number of times this photo/album has been viewed',
  `download_count` bigint unsigned NOT NULL DEFAULT 0 COMMENT 'Number of times this photo/album has been downloaded (excluding albums)',
  `favourite_count` bigint unsigned NOT NULL DEFAULT 0 COMMENT 'Number of times this photo has been favourite',
  `shared_count` bigint unsigned NOT NULL DEFAULT 0 COMMENT 'Number of times this photo/album has been shared',
  `rating_sum` bigint unsigned NOT NULL DEFAULT 0 COMMENT 'Sum of all rating values for this photo',
  `rating_count` int unsigned NOT NULL DEFAULT 0 COMMENT 'Number of ratings for this photo',
  PRIMARY KEY (`id`),
  UNIQUE KEY `statistics_album_id_unique` (`album_id`),
  UNIQUE KEY `statistics_photo_id_unique` (`photo_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `live_metrics` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT NULL,
  `visitor_id` varchar(255) NOT NULL,
  `action` varchar(100) NOT NULL,
  `album_id` char(24) DEFAULT NULL,
  `photo_id` char(24) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `live_metrics_visitor_id_index` (`visitor_id`),
  KEY `live_metrics_action_index` (`action`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `persons` (
  `id` char(24) NOT NULL,
  `name` varchar(255) NOT NULL,
  `user_id` int unsigned DEFAULT NULL,
  `is_searchable` tinyint(1) NOT NULL DEFAULT 1,
  `representative_face_id` char(24) DEFAULT NULL,
  `face_count` int unsigned NOT NULL DEFAULT 0,
  `photo_count` int unsigned NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `persons_user_id_unique` (`user_id`),
  CONSTRAINT `persons_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `faces` (
  `id` char(24) NOT NULL,
  `photo_id` char(24) NOT NULL,
  `person_id` char(24) DEFAULT NULL,
  `x` double NOT NULL,
  `y` double NOT NULL,
  `width` double NOT NULL,
  `height` double NOT NULL,
  `confidence` double NOT NULL,
  `laplacian_variance` double NOT NULL DEFAULT 0,
  `crop_token` varchar(255) DEFAULT NULL,
  `is_dismissed` tinyint(1) NOT NULL DEFAULT 0,
  `cluster_label` int DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `faces_cluster_label_person_id_is_dismissed_index` (`cluster_label`, `person_id`, `is_dismissed`),
  CONSTRAINT `faces_photo_id_foreign` FOREIGN KEY (`photo_id`) REFERENCES `photos` (`id`) ON DELETE CASCADE,
  CONSTRAINT `faces_person_id_foreign` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE `persons` ADD CONSTRAINT `persons_representative_face_id_foreign` FOREIGN KEY (`representative_face_id`) REFERENCES `faces` (`id`) ON DELETE SET NULL;

CREATE TABLE `face_suggestions` (
  `face_id` char(24) NOT NULL,
  `suggested_face_id` char(24) NOT NULL,
  `confidence` double NOT NULL,
  UNIQUE KEY `face_suggestions_face_id_suggested_face_id_unique` (`face_id`, `suggested_face_id`),
  CONSTRAINT `face_suggestions_face_id_foreign` FOREIGN KEY (`face_id`) REFERENCES `faces` (`id`) ON DELETE CASCADE,
  CONSTRAINT `face_suggestions_suggested_face_id_foreign` FOREIGN KEY (`suggested_face_id`) REFERENCES `faces` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `person_albums` (
  `id` char(24) NOT NULL,
  `is_and` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `person_albums_id_foreign` FOREIGN KEY (`id`) REFERENCES `base_albums` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `person_albums_persons` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `person_id` char(24) NOT NULL,
  `album_id` char(24) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `person_albums_persons_person_id_album_id_unique` (`person_id`, `album_id`),
  CONSTRAINT `person_albums_persons_person_id_foreign` FOREIGN KEY (`person_id`) REFERENCES `persons` (`id`) ON DELETE CASCADE,
  CONSTRAINT `person_albums_persons_album_id_foreign` FOREIGN KEY (`album_id`) REFERENCES `person_albums` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `nsfw_detections` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `photo_id` varchar(255) NOT NULL,
  `label` varchar(255) NOT NULL,
  `confidence` double NOT NULL,
  `bbox_x` int NOT NULL,
  `bbox_y` int NOT NULL,
  `bbox_width` int NOT NULL,
  `bbox_height` int NOT NULL,
  `area_pixels` int DEFAULT NULL,
  `area_ratio` double DEFAULT NULL,
  `is_block` tinyint(1) NOT NULL DEFAULT 0,
  `is_review` tinyint(1) NOT NULL DEFAULT 0,
  `is_sensitive` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `nsfw_detections_photo_id_foreign` FOREIGN KEY (`photo_id`) REFERENCES `photos` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `purchasables` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `album_id` char(24) NOT NULL,
  `photo_id` char(24) DEFAULT NULL,
  `description` text DEFAULT NULL COMMENT 'Public description shown to customers',
  `owner_notes` text DEFAULT NULL COMMENT 'Private notes for the owner',
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_purchasable` (`album_id`, `photo_id`),
  CONSTRAINT `purchasables_album_id_foreign` FOREIGN KEY (`album_id`) REFERENCES `albums` (`id`) ON DELETE CASCADE,
  CONSTRAINT `purchasables_photo_id_foreign` FOREIGN KEY (`photo_id`) REFERENCES `photos` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `purchasable_prices` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `purchasable_id` bigint unsigned NOT NULL,
  `size_variant` varchar(50) NOT NULL COMMENT 'MEDIUM, FULL, ORIGINAL',
  `license_type` varchar(50) NOT NULL COMMENT 'PERSONAL, COMMERCIAL, EXTENDED',
  `price_cents` int NOT NULL COMMENT 'Price in cents',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_pricing` (`purchasable_id`, `size_variant`, `license_type`),
  CONSTRAINT `purchasable_prices_purchasable_id_foreign` FOREIGN KEY (`purchasable_id`) REFERENCES `purchasables` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `print_sizes` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `label` varchar(100) NOT NULL COMMENT 'Display label, e.g. "20×30 cm – Glossy"',
  `width` int unsigned NOT NULL COMMENT 'Width dimension',
  `height` int unsigned NOT NULL COMMENT 'Height dimension',
  `unit` enum('cm','inch') NOT NULL COMMENT 'Unit of measurement',
  `paper_type` varchar(100) DEFAULT NULL COMMENT 'Optional paper type, e.g. "Glossy"',
  `is_active` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Whether this size is visible to customers',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `pixel_sizes` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `label` varchar(100) NOT NULL COMMENT 'Display label, e.g. "3000×2000 px"',
  `width` int unsigned NOT NULL COMMENT 'Width in pixels',
  `height` int unsigned NOT NULL COMMENT 'Height in pixels',
  `is_active` tinyint(1) NOT NULL DEFAULT 1 COMMENT 'Whether this size is visible to customers',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `purchasable_print_sizes` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `purchasable_id` bigint unsigned NOT NULL,
  `print_size_id` bigint unsigned NOT NULL,
  `price_cents` int NOT NULL COMMENT 'Price in cents for this print size on this purchasable',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_purchasable_print_size` (`purchasable_id`, `print_size_id`),
  CONSTRAINT `purchasable_print_sizes_purchasable_id_foreign` FOREIGN KEY (`purchasable_id`) REFERENCES `purchasables` (`id`) ON DELETE CASCADE,
  CONSTRAINT `purchasable_print_sizes_print_size_id_foreign` FOREIGN KEY (`print_size_id`) REFERENCES `print_sizes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `purchasable_pixel_sizes` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `purchasable_id` bigint unsigned NOT NULL,
  `pixel_size_id` bigint unsigned NOT NULL,
  `price_cents` int NOT NULL COMMENT 'Price in cents for this pixel size on this purchasable',
  `license_type` varchar(50) NOT NULL COMMENT 'PERSONAL, COMMERCIAL, EXTENDED',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_purchasable_pixel_size` (`purchasable_id`, `pixel_size_id`, `license_type`),
  CONSTRAINT `purchasable_pixel_sizes_purchasable_id_foreign` FOREIGN KEY (`purchasable_id`) REFERENCES `purchasables` (`id`) ON DELETE CASCADE,
  CONSTRAINT `purchasable_pixel_sizes_pixel_size_id_foreign` FOREIGN KEY (`pixel_size_id`) REFERENCES `pixel_sizes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `orders` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `transaction_id` varchar(191) NOT NULL,
  `provider` varchar(50) DEFAULT NULL COMMENT 'Payment provider (PayPal, Stripe, etc.)',
  `user_id` int unsigned DEFAULT NULL,
  `email` varchar(191) DEFAULT NULL,
  `status` varchar(50) NOT NULL COMMENT 'pending, processing, completed, failed, refunded',
  `amount_cents` int NOT NULL DEFAULT 0 COMMENT 'Total amount in cents',
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) DEFAULT NULL,
  `paid_at` datetime(6) DEFAULT NULL,
  `comment` text DEFAULT NULL,
  `shipping_street_name` varchar(255) DEFAULT NULL,
  `shipping_street_number` varchar(255) DEFAULT NULL,
  `shipping_additional_info` varchar(255) DEFAULT NULL,
  `shipping_city` varchar(255) DEFAULT NULL,
  `shipping_post_code` varchar(255) DEFAULT NULL,
  `shipping_country` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `orders_transaction_id_unique` (`transaction_id`),
  CONSTRAINT `orders_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `order_items` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `order_id` bigint unsigned NOT NULL,
  `purchasable_id` bigint unsigned DEFAULT NULL,
  `album_id` char(24) DEFAULT NULL,
  `photo_id` char(24) DEFAULT NULL,
  `size_variant_id` bigint unsigned DEFAULT NULL COMMENT 'Direct access to the size variant purchased',
  `title` varchar(191) NOT NULL COMMENT 'Photo or album title at time of purchase',
  `license_type` varchar(50) NOT NULL,
  `price_cents` int NOT NULL COMMENT 'Price in cents',
  `size_variant_type` varchar(50) DEFAULT NULL COMMENT 'Only applicable for photos, not albums',
  `item_notes` text DEFAULT NULL,
  `download_link` varchar(191) DEFAULT NULL COMMENT 'Download link for the item if applicable',
  `is_print` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'True when this item requires physical print fulfilment',
  `print_size_id` bigint unsigned DEFAULT NULL,
  `pixel_size_id` bigint unsigned DEFAULT NULL,
  `print_width` int unsigned DEFAULT NULL,
  `print_height` int unsigned DEFAULT NULL,
  `print_unit` varchar(10) DEFAULT NULL,
  `print_paper_type` varchar(100) DEFAULT NULL,
  `pixel_width` int unsigned DEFAULT NULL,
  `pixel_height` int unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `order_items_order_id_foreign` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `order_items_purchasable_id_foreign` FOREIGN KEY (`purchasable_id`) REFERENCES `purchasables` (`id`) ON DELETE SET NULL,
  CONSTRAINT `order_items_album_id_foreign` FOREIGN KEY (`album_id`) REFERENCES `albums` (`id`) ON DELETE SET NULL,
  CONSTRAINT `order_items_photo_id_foreign` FOREIGN KEY (`photo_id`) REFERENCES `photos` (`id`) ON DELETE SET NULL,
  CONSTRAINT `order_items_size_variant_id_foreign` FOREIGN KEY (`size_variant_id`) REFERENCES `size_variants` (`id`),
  CONSTRAINT `order_items_print_size_id_foreign` FOREIGN KEY (`print_size_id`) REFERENCES `print_sizes` (`id`) ON DELETE SET NULL,
  CONSTRAINT `order_items_pixel_size_id_foreign` FOREIGN KEY (`pixel_size_id`) REFERENCES `pixel_sizes` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `contact_messages` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `message` text NOT NULL,
  `is_read` tinyint(1) NOT NULL DEFAULT 0,
  `ip_address` varchar(45) DEFAULT NULL,
  `user_agent` varchar(512) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `contact_messages_created_at_index` (`created_at`),
  KEY `contact_messages_is_read_index` (`is_read`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `webauthn_credentials` (
  `id` varchar(255) NOT NULL,
  `authenticatable_type` varchar(255) NOT NULL,
  `authenticatable_id` bigint unsigned NOT NULL,
  `user_id` char(36) NOT NULL,
  `alias` varchar(255) DEFAULT NULL,
  `counter` bigint unsigned DEFAULT NULL,
  `rp_id` varchar(255) NOT NULL,
  `origin` varchar(255) NOT NULL,
  `transports` json DEFAULT NULL,
  `aaguid` char(36) DEFAULT NULL,
  `public_key` text NOT NULL,
  `attestation_format` varchar(255) NOT NULL DEFAULT 'none',
  `certificates` json DEFAULT NULL,
  `disabled_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `webauthn_user_index` (`authenticatable_type`, `authenticatable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_credentials` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int unsigned DEFAULT NULL,
  `provider` varchar(20) NOT NULL,
  `token_id` varchar(255) NOT NULL,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_credentials_token_id_unique` (`token_id`),
  UNIQUE KEY `oauth_credentials_provider_user_id_unique` (`provider`, `user_id`),
  CONSTRAINT `oauth_credentials_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `renamer_rules` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `order` int unsigned NOT NULL,
  `owner_id` int unsigned NOT NULL,
  `rule` varchar(200) NOT NULL,
  `description` text NOT NULL,
  `needle` text NOT NULL,
  `replacement` text NOT NULL,
  `mode` varchar(255) NOT NULL,
  `is_enabled` tinyint(1) NOT NULL DEFAULT 1,
  `is_photo_rule` tinyint(1) NOT NULL DEFAULT 1,
  `is_album_rule` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `renamer_rules_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `jobs_history` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `owner_id` int unsigned NOT NULL,
  `job` varchar(200) NOT NULL,
  `status` int NOT NULL DEFAULT 0,
  `created_at` datetime DEFAULT NULL,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `jobs_history_owner_id_status_index` (`owner_id`, `status`),
  CONSTRAINT `jobs_history_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `jobs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `queue` varchar(255) NOT NULL,
  `payload` longtext NOT NULL,
  `attempts` tinyint unsigned NOT NULL,
  `reserved_at` int unsigned DEFAULT NULL,
  `available_at` int unsigned NOT NULL,
  `created_at` int unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `jobs_queue_index` (`queue`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

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
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `notifications` (
  `id` char(36) NOT NULL,
  `type` varchar(255) NOT NULL,
  `notifiable_type` varchar(255) NOT NULL,
  `notifiable_id` bigint unsigned NOT NULL,
  `data` text NOT NULL,
  `read_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT NULL,
  `updated_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `notifications_notifiable_type_notifiable_id_index` (`notifiable_type`, `notifiable_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `logs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `type` varchar(11) NOT NULL,
  `function` varchar(100) NOT NULL,
  `line` int NOT NULL,
  `text` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `configs` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `key` varchar(50) NOT NULL,
  `value` varchar(200) DEFAULT NULL,
  `cat` varchar(50) NOT NULL DEFAULT 'Config',
  `type_range` varchar(255) NOT NULL DEFAULT '0|1',
  `is_secret` tinyint(1) NOT NULL DEFAULT 0,
  `description` varchar(255) NOT NULL DEFAULT '',
  `details` text DEFAULT NULL COMMENT 'Details for the config, can be used to store extra informations for the users.',
  `level` int NOT NULL DEFAULT 0,
  `not_on_docker` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Defines that this setting is not used/displayed in docker installations',
  `is_expert` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Defines that this setting is only visible in expert view',
  `order` smallint unsigned NOT NULL DEFAULT 32767,
  PRIMARY KEY (`id`),
  UNIQUE KEY `configs_key_unique` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `config_categories` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `cat` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `order` tinyint unsigned NOT NULL DEFAULT 255,
  PRIMARY KEY (`id`),
  UNIQUE KEY `config_categories_name_unique` (`name`),
  KEY `config_categories_cat_index` (`cat`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `webhooks` (
  `id` char(26) NOT NULL,
  `name` varchar(255) NOT NULL,
  `event` varchar(50) NOT NULL,
  `method` varchar(10) NOT NULL,
  `url` varchar(2048) NOT NULL,
  `payload_format` varchar(20) NOT NULL DEFAULT 'json',
  `secret` text DEFAULT NULL,
  `secret_header` varchar(255) DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `send_photo_id` tinyint(1) NOT NULL DEFAULT 1,
  `send_album_id` tinyint(1) NOT NULL DEFAULT 1,
  `send_title` tinyint(1) NOT NULL DEFAULT 1,
  `send_size_variants` tinyint(1) NOT NULL DEFAULT 0,
  `size_variant_types` json DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `webhooks_event_index` (`event`),
  KEY `webhooks_enabled_index` (`enabled`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `landing_links` (
  `id` char(26) NOT NULL,
  `label` varchar(255) NOT NULL,
  `url` varchar(2048) NOT NULL,
  `placement` varchar(20) NOT NULL,
  `open_in_new_tab` tinyint(1) NOT NULL DEFAULT 1,
  `sort_order` int NOT NULL DEFAULT 0,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `is_built_in` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `landing_featured_items` (
  `id` char(26) NOT NULL,
  `item_type` varchar(10) NOT NULL,
  `item_id` varchar(255) NOT NULL,
  `sort_order` int NOT NULL DEFAULT 0,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

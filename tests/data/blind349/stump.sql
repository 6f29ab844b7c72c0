-- Stump 0.0.11 (stumpapp/stump; self-hosted comics, manga and e-book server with OPDS, users, reading sessions and
-- progress, bookmarks, annotations, reviews, reading lists, smart lists, book clubs, KOReader sync, send-to-device
-- e-mail and API keys; Rust): its SQLite database, github.com/stumpapp/stump `core/prisma/migrations/*/migration.sql`
-- (57 Prisma migrations of `core/prisma/schema.prisma`, replayed in order into an empty SQLite database), commit
-- bb30e0cca4f7be656267f2b30d25bd36258141dd (tag v0.0.11) (MIT).
-- The resulting SQLite tables were written as MySQL by a small script: columns in SQLite's order, TEXT -> TEXT
-- (VARCHAR(255) where the column is part of a key, unique index or foreign key), INTEGER -> INT (integer primary keys
-- AUTO_INCREMENT), BIGINT -> BIGINT, BOOLEAN -> TINYINT(1), DATETIME -> DATETIME, REAL -> DOUBLE, BLOB -> LONGBLOB;
-- defaults kept (true / false as 1 / 0); primary keys, Prisma's unique indexes and foreign keys (named as Prisma names
-- them, <table>_<column>_fkey, with their ON DELETE / ON UPDATE actions) kept, plain indexes left out; tables ordered
-- so that referenced tables come first. All 53 tables are here (Prisma's implicit many-to-many tables `_LibraryToTag`,
-- `_LibraryToUser`, `_MediaToTag`, `_SeriesToTag` included).

CREATE TABLE `job_schedule_configs` (
  `id` VARCHAR(255) NOT NULL,
  `interval_secs` INT NOT NULL DEFAULT 86400,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `library_configs` (
  `id` VARCHAR(255) NOT NULL,
  `convert_rar_to_zip` TINYINT(1) NOT NULL DEFAULT 0,
  `hard_delete_conversions` TINYINT(1) NOT NULL DEFAULT 0,
  `default_reading_dir` TEXT NOT NULL DEFAULT 'ltr',
  `default_reading_mode` TEXT NOT NULL DEFAULT 'paged',
  `default_reading_image_scale_fit` TEXT NOT NULL DEFAULT 'height',
  `generate_file_hashes` TINYINT(1) NOT NULL DEFAULT 0,
  `generate_koreader_hashes` TINYINT(1) NOT NULL DEFAULT 0,
  `process_metadata` TINYINT(1) NOT NULL DEFAULT 1,
  `library_pattern` TEXT NOT NULL DEFAULT 'SERIES_BASED',
  `thumbnail_config` LONGBLOB NULL,
  `ignore_rules` LONGBLOB NULL,
  `library_id` TEXT NULL,
  `watch` TINYINT(1) NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `libraries` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `path` VARCHAR(255) NOT NULL,
  `status` TEXT NOT NULL DEFAULT 'READY',
  `updated_at` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `emoji` TEXT NULL,
  `config_id` VARCHAR(255) NOT NULL,
  `job_schedule_config_id` VARCHAR(255) NULL,
  `last_scanned_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `libraries_config_id_key` (`config_id`),
  UNIQUE KEY `libraries_path_key` (`path`),
  UNIQUE KEY `libraries_name_key` (`name`),
  CONSTRAINT `libraries_job_schedule_config_id_fkey` FOREIGN KEY (`job_schedule_config_id`) REFERENCES `job_schedule_configs` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `libraries_config_id_fkey` FOREIGN KEY (`config_id`) REFERENCES `library_configs` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `series` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `path` TEXT NOT NULL,
  `status` TEXT NOT NULL DEFAULT 'READY',
  `library_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `series_library_id_fkey` FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tags_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collections` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_LibraryToTag` (
  `A` VARCHAR(255) NOT NULL,
  `B` VARCHAR(255) NOT NULL,
  UNIQUE KEY `_LibraryToTag_AB_unique` (`A`, `B`),
  CONSTRAINT `_LibraryToTag_B_fkey` FOREIGN KEY (`B`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_LibraryToTag_A_fkey` FOREIGN KEY (`A`) REFERENCES `libraries` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_SeriesToTag` (
  `A` VARCHAR(255) NOT NULL,
  `B` VARCHAR(255) NOT NULL,
  UNIQUE KEY `_SeriesToTag_AB_unique` (`A`, `B`),
  CONSTRAINT `_SeriesToTag_B_fkey` FOREIGN KEY (`B`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_SeriesToTag_A_fkey` FOREIGN KEY (`A`) REFERENCES `series` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `media` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `size` BIGINT NOT NULL,
  `extension` TEXT NOT NULL,
  `pages` INT NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `modified_at` DATETIME NULL,
  `hash` TEXT NULL,
  `path` TEXT NOT NULL,
  `status` TEXT NOT NULL DEFAULT 'READY',
  `series_id` VARCHAR(255) NULL,
  `deleted_at` DATETIME NULL,
  `koreader_hash` TEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `media_series_id_fkey` FOREIGN KEY (`series_id`) REFERENCES `series` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_MediaToTag` (
  `A` VARCHAR(255) NOT NULL,
  `B` VARCHAR(255) NOT NULL,
  UNIQUE KEY `_MediaToTag_AB_unique` (`A`, `B`),
  CONSTRAINT `_MediaToTag_B_fkey` FOREIGN KEY (`B`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_MediaToTag_A_fkey` FOREIGN KEY (`A`) REFERENCES `media` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_preferences` (
  `id` VARCHAR(255) NOT NULL,
  `preferred_layout_mode` TEXT NOT NULL DEFAULT 'GRID',
  `locale` TEXT NOT NULL DEFAULT 'en',
  `app_theme` TEXT NOT NULL DEFAULT 'LIGHT',
  `app_font` TEXT NOT NULL DEFAULT 'inter',
  `primary_navigation_mode` TEXT NOT NULL DEFAULT 'SIDEBAR',
  `layout_max_width_px` INT NULL DEFAULT 1280,
  `show_query_indicator` TINYINT(1) NOT NULL DEFAULT 0,
  `enable_live_refetch` TINYINT(1) NOT NULL DEFAULT 0,
  `enable_discord_presence` TINYINT(1) NOT NULL DEFAULT 0,
  `enable_compact_display` TINYINT(1) NOT NULL DEFAULT 0,
  `enable_gradients` TINYINT(1) NOT NULL DEFAULT 0,
  `enable_double_sidebar` TINYINT(1) NOT NULL DEFAULT 1,
  `enable_replace_primary_sidebar` TINYINT(1) NOT NULL DEFAULT 0,
  `enable_hide_scrollbar` TINYINT(1) NOT NULL DEFAULT 0,
  `prefer_accent_color` TINYINT(1) NOT NULL DEFAULT 1,
  `show_thumbnails_in_headers` TINYINT(1) NOT NULL DEFAULT 0,
  `enable_job_overlay` TINYINT(1) NOT NULL DEFAULT 1,
  `navigation_arrangement` LONGBLOB NULL,
  `home_arrangement` LONGBLOB NULL,
  `user_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_preferences_user_id_key` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` VARCHAR(255) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `hashed_password` TEXT NOT NULL,
  `is_server_owner` TINYINT(1) NOT NULL DEFAULT 0,
  `avatar_url` TEXT NULL,
  `last_login` DATETIME NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME NULL,
  `is_locked` TINYINT(1) NOT NULL DEFAULT 0,
  `max_sessions_allowed` INT NULL,
  `permissions` TEXT NULL,
  `user_preferences_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_preferences_id_key` (`user_preferences_id`),
  UNIQUE KEY `users_username_key` (`username`),
  CONSTRAINT `users_user_preferences_id_fkey` FOREIGN KEY (`user_preferences_id`) REFERENCES `user_preferences` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reading_lists` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `updated_at` DATETIME NOT NULL,
  `visibility` TEXT NOT NULL DEFAULT 'PRIVATE',
  `ordering` TEXT NOT NULL DEFAULT 'MANUAL',
  `creating_user_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reading_lists_creating_user_id_name_key` (`creating_user_id`, `name`),
  CONSTRAINT `reading_lists_creating_user_id_fkey` FOREIGN KEY (`creating_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reading_list_rules` (
  `role` INT NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `reading_list_id` VARCHAR(255) NOT NULL,
  UNIQUE KEY `reading_list_rules_user_id_reading_list_id_key` (`user_id`, `reading_list_id`),
  CONSTRAINT `reading_list_rules_reading_list_id_fkey` FOREIGN KEY (`reading_list_id`) REFERENCES `reading_lists` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reading_list_items` (
  `display_order` INT NOT NULL,
  `media_id` VARCHAR(255) NOT NULL,
  `reading_list_id` VARCHAR(255) NOT NULL,
  UNIQUE KEY `reading_list_items_media_id_reading_list_id_key` (`media_id`, `reading_list_id`),
  CONSTRAINT `reading_list_items_reading_list_id_fkey` FOREIGN KEY (`reading_list_id`) REFERENCES `reading_lists` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT `reading_list_items_media_id_fkey` FOREIGN KEY (`media_id`) REFERENCES `media` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `media_metadata` (
  `id` VARCHAR(255) NOT NULL,
  `title` TEXT NULL,
  `series` TEXT NULL,
  `number` DOUBLE NULL,
  `volume` INT NULL,
  `summary` TEXT NULL,
  `notes` TEXT NULL,
  `genre` TEXT NULL,
  `year` INT NULL,
  `month` INT NULL,
  `day` INT NULL,
  `writers` TEXT NULL,
  `pencillers` TEXT NULL,
  `inkers` TEXT NULL,
  `colorists` TEXT NULL,
  `letterers` TEXT NULL,
  `cover_artists` TEXT NULL,
  `editors` TEXT NULL,
  `publisher` TEXT NULL,
  `links` TEXT NULL,
  `characters` TEXT NULL,
  `teams` TEXT NULL,
  `page_count` INT NULL,
  `media_id` VARCHAR(255) NULL,
  `age_rating` INT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `media_metadata_media_id_key` (`media_id`),
  CONSTRAINT `media_metadata_media_id_fkey` FOREIGN KEY (`media_id`) REFERENCES `media` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `age_restrictions` (
  `age` INT NOT NULL,
  `restrict_on_unset` TINYINT(1) NOT NULL DEFAULT 0,
  `user_id` VARCHAR(255) NOT NULL,
  UNIQUE KEY `age_restrictions_user_id_key` (`user_id`),
  CONSTRAINT `age_restrictions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_login_activity` (
  `id` VARCHAR(255) NOT NULL,
  `ip_address` TEXT NOT NULL,
  `user_agent` TEXT NOT NULL,
  `authentication_successful` TINYINT(1) NOT NULL,
  `timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `user_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_login_activity_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `series_metadata` (
  `meta_type` TEXT NOT NULL,
  `title` TEXT NULL,
  `summary` TEXT NULL,
  `publisher` TEXT NULL,
  `imprint` TEXT NULL,
  `comicid` INT NULL,
  `volume` INT NULL,
  `booktype` TEXT NULL,
  `age_rating` INT NULL,
  `status` TEXT NULL,
  `series_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`series_id`),
  CONSTRAINT `series_metadata_series_id_fkey` FOREIGN KEY (`series_id`) REFERENCES `series` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reviews` (
  `id` VARCHAR(255) NOT NULL,
  `rating` INT NOT NULL,
  `content` TEXT NULL,
  `is_private` TINYINT(1) NOT NULL DEFAULT 0,
  `media_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reviews_user_id_media_id_key` (`user_id`, `media_id`),
  CONSTRAINT `reviews_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `reviews_media_id_fkey` FOREIGN KEY (`media_id`) REFERENCES `media` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book_clubs` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `is_private` TINYINT(1) NOT NULL DEFAULT 0,
  `member_role_spec` LONGBLOB NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `emoji` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `book_clubs_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book_club_invitations` (
  `id` VARCHAR(255) NOT NULL,
  `role` INT NOT NULL DEFAULT 0,
  `user_id` VARCHAR(255) NOT NULL,
  `book_club_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `book_club_invitations_user_id_book_club_id_key` (`user_id`, `book_club_id`),
  CONSTRAINT `book_club_invitations_book_club_id_fkey` FOREIGN KEY (`book_club_id`) REFERENCES `book_clubs` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `book_club_invitations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book_club_members` (
  `id` VARCHAR(255) NOT NULL,
  `display_name` TEXT NULL,
  `is_creator` TINYINT(1) NOT NULL DEFAULT 0,
  `hide_progress` TINYINT(1) NOT NULL,
  `private_membership` TINYINT(1) NOT NULL DEFAULT 0,
  `role` INT NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `book_club_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `book_club_members_user_id_book_club_id_key` (`user_id`, `book_club_id`),
  CONSTRAINT `book_club_members_book_club_id_fkey` FOREIGN KEY (`book_club_id`) REFERENCES `book_clubs` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `book_club_members_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book_club_member_favorite_books` (
  `id` VARCHAR(255) NOT NULL,
  `title` TEXT NULL,
  `author` TEXT NULL,
  `url` TEXT NULL,
  `notes` TEXT NULL,
  `member_id` VARCHAR(255) NOT NULL,
  `book_id` VARCHAR(255) NULL,
  `image_url` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `book_club_member_favorite_books_member_id_key` (`member_id`),
  CONSTRAINT `book_club_member_favorite_books_book_id_fkey` FOREIGN KEY (`book_id`) REFERENCES `media` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `book_club_member_favorite_books_member_id_fkey` FOREIGN KEY (`member_id`) REFERENCES `book_club_members` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book_club_schedules` (
  `default_interval_days` INT NULL DEFAULT 30,
  `book_club_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`book_club_id`),
  CONSTRAINT `book_club_schedules_book_club_id_fkey` FOREIGN KEY (`book_club_id`) REFERENCES `book_clubs` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book_club_books` (
  `id` VARCHAR(255) NOT NULL,
  `start_at` DATETIME NOT NULL,
  `end_at` DATETIME NOT NULL,
  `discussion_duration_days` INT NULL DEFAULT 1,
  `title` TEXT NULL,
  `author` TEXT NULL,
  `url` TEXT NULL,
  `book_entity_id` VARCHAR(255) NULL,
  `book_club_schedule_book_club_id` VARCHAR(255) NULL,
  `image_url` TEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `book_club_books_book_club_schedule_book_club_id_fkey` FOREIGN KEY (`book_club_schedule_book_club_id`) REFERENCES `book_club_schedules` (`book_club_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `book_club_books_book_entity_id_fkey` FOREIGN KEY (`book_entity_id`) REFERENCES `media` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book_club_book_suggestions` (
  `id` VARCHAR(255) NOT NULL,
  `title` TEXT NULL,
  `author` TEXT NULL,
  `url` TEXT NULL,
  `notes` TEXT NULL,
  `suggested_by_id` VARCHAR(255) NOT NULL,
  `book_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `book_club_book_suggestions_book_id_fkey` FOREIGN KEY (`book_id`) REFERENCES `media` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `book_club_book_suggestions_suggested_by_id_fkey` FOREIGN KEY (`suggested_by_id`) REFERENCES `book_club_members` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book_club_book_suggestion_likes` (
  `timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `liked_by_id` VARCHAR(255) NOT NULL,
  `suggestion_id` VARCHAR(255) NOT NULL,
  UNIQUE KEY `book_club_book_suggestion_likes_liked_by_id_suggestion_id_key` (`liked_by_id`, `suggestion_id`),
  CONSTRAINT `book_club_book_suggestion_likes_suggestion_id_fkey` FOREIGN KEY (`suggestion_id`) REFERENCES `book_club_book_suggestions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `book_club_book_suggestion_likes_liked_by_id_fkey` FOREIGN KEY (`liked_by_id`) REFERENCES `book_club_members` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `server_invitations` (
  `id` VARCHAR(255) NOT NULL,
  `secret` TEXT NOT NULL,
  `email` TEXT NULL,
  `granted_permissions` TEXT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `expires_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `server_config` (
  `id` VARCHAR(255) NOT NULL,
  `public_url` TEXT NULL,
  `initial_wal_setup_complete` TINYINT(1) NOT NULL DEFAULT 0,
  `job_schedule_config_id` VARCHAR(255) NULL,
  `encryption_key` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `server_config_job_schedule_config_id_key` (`job_schedule_config_id`),
  CONSTRAINT `server_config_job_schedule_config_id_fkey` FOREIGN KEY (`job_schedule_config_id`) REFERENCES `job_schedule_configs` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarks` (
  `id` VARCHAR(255) NOT NULL,
  `preview_content` TEXT NULL,
  `epubcfi` VARCHAR(255) NULL,
  `page` INT NULL,
  `media_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bookmarks_user_id_media_id_epubcfi_page_key` (`user_id`, `media_id`, `epubcfi`, `page`),
  CONSTRAINT `bookmarks_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `bookmarks_media_id_fkey` FOREIGN KEY (`media_id`) REFERENCES `media` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `media_annotations` (
  `id` VARCHAR(255) NOT NULL,
  `highlighted_text` TEXT NULL,
  `epubcfi` TEXT NULL,
  `page` INT NULL,
  `page_coordinates_x` DOUBLE NULL,
  `page_coordinates_y` DOUBLE NULL,
  `notes` TEXT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `media_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `media_annotations_media_id_fkey` FOREIGN KEY (`media_id`) REFERENCES `media` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `media_annotations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `smart_lists` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `filters` LONGBLOB NOT NULL,
  `joiner` TEXT NOT NULL DEFAULT 'AND',
  `default_grouping` TEXT NOT NULL DEFAULT 'BY_BOOKS',
  `visibility` TEXT NOT NULL DEFAULT 'PRIVATE',
  `creator_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `smart_lists_creator_id_name_key` (`creator_id`, `name`),
  CONSTRAINT `smart_lists_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `smart_list_views` (
  `name` VARCHAR(255) NOT NULL,
  `list_id` VARCHAR(255) NOT NULL,
  `data` LONGBLOB NOT NULL,
  UNIQUE KEY `smart_list_views_list_id_name_key` (`list_id`, `name`),
  CONSTRAINT `smart_list_views_list_id_fkey` FOREIGN KEY (`list_id`) REFERENCES `smart_lists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `smart_list_access_rules` (
  `role` INT NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `smart_list_id` VARCHAR(255) NOT NULL,
  UNIQUE KEY `smart_list_access_rules_user_id_smart_list_id_key` (`user_id`, `smart_list_id`),
  CONSTRAINT `smart_list_access_rules_smart_list_id_fkey` FOREIGN KEY (`smart_list_id`) REFERENCES `smart_lists` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `smart_list_access_rules_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `last_library_visits` (
  `user_id` VARCHAR(255) NOT NULL,
  `library_id` VARCHAR(255) NOT NULL,
  `timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY `last_library_visits_user_id_library_id_key` (`user_id`, `library_id`),
  CONSTRAINT `last_library_visits_library_id_fkey` FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `last_library_visits_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jobs` (
  `id` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NULL,
  `status` TEXT NOT NULL DEFAULT 'QUEUED',
  `save_state` LONGBLOB NULL,
  `output_data` LONGBLOB NULL,
  `ms_elapsed` BIGINT NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `completed_at` DATETIME NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `level` TEXT NOT NULL DEFAULT 'INFO',
  `message` TEXT NOT NULL,
  `timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `job_id` VARCHAR(255) NULL,
  `context` TEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `logs_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifiers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` TEXT NOT NULL,
  `config` LONGBLOB NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `_LibraryToUser` (
  `A` VARCHAR(255) NOT NULL,
  `B` VARCHAR(255) NOT NULL,
  UNIQUE KEY `_LibraryToUser_AB_unique` (`A`, `B`),
  CONSTRAINT `_LibraryToUser_B_fkey` FOREIGN KEY (`B`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `_LibraryToUser_A_fkey` FOREIGN KEY (`A`) REFERENCES `libraries` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registered_email_devices` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `email` TEXT NOT NULL,
  `forbidden` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registered_email_devices_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emailers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `is_primary` TINYINT(1) NOT NULL DEFAULT 0,
  `sender_email` TEXT NOT NULL,
  `sender_display_name` TEXT NOT NULL,
  `username` TEXT NOT NULL,
  `encrypted_password` TEXT NOT NULL,
  `smtp_host` TEXT NOT NULL,
  `smtp_port` INT NOT NULL,
  `tls_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `max_attachment_size_bytes` INT NULL,
  `max_num_attachments` INT NULL,
  `last_used_at` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `emailers_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emailer_send_records` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `emailer_id` INT NOT NULL,
  `recipient_email` TEXT NOT NULL,
  `attachment_meta` LONGBLOB NULL,
  `sent_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `sent_by_user_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `emailer_send_records_sent_by_user_id_fkey` FOREIGN KEY (`sent_by_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `emailer_send_records_emailer_id_fkey` FOREIGN KEY (`emailer_id`) REFERENCES `emailers` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `page_dimensions` (
  `id` VARCHAR(255) NOT NULL,
  `dimensions` TEXT NOT NULL,
  `metadata_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `page_dimensions_metadata_id_key` (`metadata_id`),
  CONSTRAINT `page_dimensions_metadata_id_fkey` FOREIGN KEY (`metadata_id`) REFERENCES `media_metadata` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `expiry_time` DATETIME NOT NULL,
  `data` LONGBLOB NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `sessions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book_club_discussions` (
  `id` VARCHAR(255) NOT NULL,
  `is_locked` TINYINT(1) NOT NULL DEFAULT 0,
  `book_club_book_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `book_club_discussions_book_club_book_id_key` (`book_club_book_id`),
  CONSTRAINT `book_club_discussions_book_club_book_id_fkey` FOREIGN KEY (`book_club_book_id`) REFERENCES `book_club_books` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book_club_discussion_messages` (
  `id` VARCHAR(255) NOT NULL,
  `content` TEXT NOT NULL,
  `timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `is_top_message` TINYINT(1) NOT NULL DEFAULT 1,
  `deleted_at` DATETIME NULL,
  `parent_message_id` VARCHAR(255) NULL,
  `discussion_id` VARCHAR(255) NOT NULL,
  `member_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `book_club_discussion_messages_member_id_fkey` FOREIGN KEY (`member_id`) REFERENCES `book_club_members` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `book_club_discussion_messages_discussion_id_fkey` FOREIGN KEY (`discussion_id`) REFERENCES `book_club_discussions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `book_club_discussion_messages_parent_message_id_fkey` FOREIGN KEY (`parent_message_id`) REFERENCES `book_club_discussion_messages` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `book_club_discussion_message_likes` (
  `id` VARCHAR(255) NOT NULL,
  `timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `liked_by_id` VARCHAR(255) NOT NULL,
  `message_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `book_club_discussion_message_likes_message_id_fkey` FOREIGN KEY (`message_id`) REFERENCES `book_club_discussion_messages` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `book_club_discussion_message_likes_liked_by_id_fkey` FOREIGN KEY (`liked_by_id`) REFERENCES `book_club_members` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `short_token` TEXT NOT NULL,
  `long_token_hash` TEXT NOT NULL,
  `permissions` LONGBLOB NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_used_at` DATETIME NULL,
  `expires_at` DATETIME NULL,
  `user_id` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_keys_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registered_reading_devices` (
  `id` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `kind` TEXT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registered_reading_devices_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reading_sessions` (
  `id` VARCHAR(255) NOT NULL,
  `page` INT NULL,
  `percentage_completed` DOUBLE NULL,
  `epubcfi` TEXT NULL,
  `koreader_progress` TEXT NULL,
  `started_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL,
  `media_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `device_id` VARCHAR(255) NULL,
  `elapsed_seconds` BIGINT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reading_sessions_user_id_media_id_key` (`user_id`, `media_id`),
  CONSTRAINT `reading_sessions_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `registered_reading_devices` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `reading_sessions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `reading_sessions_media_id_fkey` FOREIGN KEY (`media_id`) REFERENCES `media` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `finished_reading_sessions` (
  `id` VARCHAR(255) NOT NULL,
  `started_at` DATETIME NOT NULL,
  `completed_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `media_id` VARCHAR(255) NOT NULL,
  `user_id` VARCHAR(255) NOT NULL,
  `device_id` VARCHAR(255) NULL,
  `elapsed_seconds` BIGINT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `finished_reading_sessions_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `registered_reading_devices` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `finished_reading_sessions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `finished_reading_sessions_media_id_fkey` FOREIGN KEY (`media_id`) REFERENCES `media` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `library_scan_records` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `options` LONGBLOB NULL,
  `timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `library_id` VARCHAR(255) NOT NULL,
  `job_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `library_scan_records_job_id_key` (`job_id`),
  CONSTRAINT `library_scan_records_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `jobs` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `library_scan_records_library_id_fkey` FOREIGN KEY (`library_id`) REFERENCES `libraries` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


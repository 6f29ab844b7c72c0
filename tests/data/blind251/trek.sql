-- TREK (mauriceboe/TREK): self-hosted collaborative trip planner (trips, day plans, places, reservations and
-- bookings, accommodations, budget / expense splitting, packing lists, to-dos, collaboration chat, notes and polls,
-- travel journal, vacation-day planner, visited countries, OAuth/MCP access).
-- Source: `server/src/db/schema.ts` (createTables) and `server/src/db/migrations.ts` (129 migrations) at commit
-- 418f3e0bb25e9225f028026496edee9f39775578 (AGPL-3.0). Upstream's own code was run (bundled with esbuild, on
-- better-sqlite3 12.11.1) into an empty SQLite database, and the resulting 80 tables were written as MySQL from
-- SQLite's catalogue (PRAGMA table_info / index_list / foreign_key_list): column names, order, NOT NULL and
-- defaults as SQLite holds them; INTEGER -> int (a single INTEGER primary key -> AUTO_INCREMENT), REAL -> double,
-- DATETIME -> datetime, TEXT -> text (varchar(255) where the column is in a key); primary, unique and foreign
-- keys as declared (SQLite CHECK constraints and plain indexes left out). 51 of the 80 tables are kept; left out:
-- sqlite_sequence, schema_version, migrations, idempotency_keys, google_place_photo_meta, place_details_cache,
-- trek_photo_cache_meta, user_notice_dismissals, photo_provider_fields, file_links, place_regions,
-- reservation_day_positions, budget_category_order, packing_templates, packing_template_categories,
-- packing_template_items, packing_category_assignees, todo_category_assignees, trip_album_links, trek_photos,
-- trip_photos, journey_trips, journey_share_tokens, journey_photos, journey_entry_photos, vacay_user_colors,
-- vacay_years, vacay_company_holidays, vacay_holiday_calendars.
SET NAMES utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password_hash` text NOT NULL,
  `role` text NOT NULL DEFAULT 'user',
  `maps_api_key` text,
  `unsplash_api_key` text,
  `openweather_api_key` text,
  `avatar` text,
  `oidc_sub` text,
  `oidc_issuer` text,
  `last_login` datetime,
  `mfa_enabled` int DEFAULT 0,
  `mfa_secret` text,
  `mfa_backup_codes` text,
  `immich_url` text,
  `immich_access_token` text,
  `synology_url` text,
  `synology_username` text,
  `synology_password` text,
  `synology_sid` text,
  `must_change_password` int DEFAULT 0,
  `password_version` int NOT NULL DEFAULT 0,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `immich_api_key` text,
  `synology_skip_ssl` int NOT NULL DEFAULT 0,
  `synology_did` text,
  `first_seen_version` text NOT NULL DEFAULT '0.0.0',
  `login_count` int NOT NULL DEFAULT 0,
  `immich_auto_upload` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`),
  UNIQUE KEY `users_username_unique` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `password_reset_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `token_hash` varchar(255) NOT NULL,
  `expires_at` datetime NOT NULL,
  `consumed_at` datetime,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `created_ip` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `password_reset_tokens_token_hash_unique` (`token_hash`),
  CONSTRAINT `password_reset_tokens_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `settings` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `settings_user_id_key_unique` (`user_id`, `key`),
  CONSTRAINT `settings_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `app_settings` (
  `key` varchar(255) NOT NULL,
  `value` text,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `trips` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `title` text NOT NULL,
  `description` text,
  `start_date` text,
  `end_date` text,
  `currency` text DEFAULT 'EUR',
  `cover_image` text,
  `is_archived` int DEFAULT 0,
  `reminder_days` int DEFAULT 3,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `trips_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `days` (
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  `day_number` int NOT NULL,
  `date` text,
  `notes` text,
  `title` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `days_trip_id_day_number_unique` (`trip_id`, `day_number`),
  CONSTRAINT `days_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `categories` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `color` text DEFAULT '#6366f1',
  `icon` text DEFAULT '📍',
  `user_id` int,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `categories_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `name` text NOT NULL,
  `color` text DEFAULT '#10b981',
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `tags_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `places` (
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `lat` double,
  `lng` double,
  `address` text,
  `category_id` int,
  `price` double,
  `currency` text,
  `reservation_status` text DEFAULT 'none',
  `reservation_notes` text,
  `reservation_datetime` text,
  `place_time` text,
  `end_time` text,
  `duration_minutes` int DEFAULT 60,
  `notes` text,
  `image_url` text,
  `google_place_id` text,
  `website` text,
  `phone` text,
  `transport_mode` text DEFAULT 'walking',
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `osm_id` text,
  `route_geometry` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `places_category_id_fk` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON DELETE SET NULL,
  CONSTRAINT `places_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `place_tags` (
  `place_id` int NOT NULL,
  `tag_id` int NOT NULL,
  PRIMARY KEY (`place_id`, `tag_id`),
  CONSTRAINT `place_tags_tag_id_fk` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE,
  CONSTRAINT `place_tags_place_id_fk` FOREIGN KEY (`place_id`) REFERENCES `places` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `day_assignments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `day_id` int NOT NULL,
  `place_id` int NOT NULL,
  `order_index` int DEFAULT 0,
  `notes` text,
  `reservation_status` text DEFAULT 'none',
  `reservation_notes` text,
  `reservation_datetime` text,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `assignment_time` text,
  `assignment_end_time` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `day_assignments_place_id_fk` FOREIGN KEY (`place_id`) REFERENCES `places` (`id`) ON DELETE CASCADE,
  CONSTRAINT `day_assignments_day_id_fk` FOREIGN KEY (`day_id`) REFERENCES `days` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `assignment_participants` (
  `id` int NOT NULL AUTO_INCREMENT,
  `assignment_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `assignment_participants_assignment_id_user_id_unique` (`assignment_id`, `user_id`),
  CONSTRAINT `assignment_participants_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `assignment_participants_assignment_id_fk` FOREIGN KEY (`assignment_id`) REFERENCES `day_assignments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `reservations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  `day_id` int,
  `end_day_id` int,
  `place_id` int,
  `assignment_id` int,
  `title` text NOT NULL,
  `accommodation_id` text,
  `reservation_time` text,
  `reservation_end_time` text,
  `location` text,
  `confirmation_number` text,
  `notes` text,
  `status` text DEFAULT 'pending',
  `type` text DEFAULT 'other',
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `metadata` text,
  `day_plan_position` double,
  `needs_review` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `reservations_assignment_id_fk` FOREIGN KEY (`assignment_id`) REFERENCES `day_assignments` (`id`) ON DELETE SET NULL,
  CONSTRAINT `reservations_place_id_fk` FOREIGN KEY (`place_id`) REFERENCES `places` (`id`) ON DELETE SET NULL,
  CONSTRAINT `reservations_end_day_id_fk` FOREIGN KEY (`end_day_id`) REFERENCES `days` (`id`) ON DELETE SET NULL,
  CONSTRAINT `reservations_day_id_fk` FOREIGN KEY (`day_id`) REFERENCES `days` (`id`) ON DELETE SET NULL,
  CONSTRAINT `reservations_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `reservation_endpoints` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reservation_id` int NOT NULL,
  `role` text NOT NULL,
  `sequence` int NOT NULL DEFAULT 0,
  `name` text NOT NULL,
  `code` text,
  `lat` double NOT NULL,
  `lng` double NOT NULL,
  `timezone` text,
  `local_time` text,
  `local_date` text,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `reservation_endpoints_reservation_id_fk` FOREIGN KEY (`reservation_id`) REFERENCES `reservations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `day_accommodations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  `place_id` int,
  `start_day_id` int NOT NULL,
  `end_day_id` int NOT NULL,
  `check_in` text,
  `check_in_end` text,
  `check_out` text,
  `confirmation` text,
  `notes` text,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `day_accommodations_end_day_id_fk` FOREIGN KEY (`end_day_id`) REFERENCES `days` (`id`) ON DELETE CASCADE,
  CONSTRAINT `day_accommodations_start_day_id_fk` FOREIGN KEY (`start_day_id`) REFERENCES `days` (`id`) ON DELETE CASCADE,
  CONSTRAINT `day_accommodations_place_id_fk` FOREIGN KEY (`place_id`) REFERENCES `places` (`id`) ON DELETE SET NULL,
  CONSTRAINT `day_accommodations_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `trip_members` (
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  `user_id` int NOT NULL,
  `invited_by` int,
  `added_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trip_members_trip_id_user_id_unique` (`trip_id`, `user_id`),
  CONSTRAINT `trip_members_invited_by_fk` FOREIGN KEY (`invited_by`) REFERENCES `users` (`id`),
  CONSTRAINT `trip_members_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `trip_members_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `day_notes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `day_id` int NOT NULL,
  `trip_id` int NOT NULL,
  `text` text NOT NULL,
  `time` text,
  `icon` text DEFAULT '📝',
  `sort_order` double DEFAULT 0,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `day_notes_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE,
  CONSTRAINT `day_notes_day_id_fk` FOREIGN KEY (`day_id`) REFERENCES `days` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `budget_items` (
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  `category` text NOT NULL DEFAULT 'Other',
  `name` text NOT NULL,
  `total_price` double NOT NULL DEFAULT 0,
  `persons` int,
  `days` int,
  `note` text,
  `sort_order` int DEFAULT 0,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `paid_by_user_id` int,
  `expense_date` text,
  `reservation_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `budget_items_reservation_id_fk` FOREIGN KEY (`reservation_id`) REFERENCES `reservations` (`id`) ON DELETE SET NULL,
  CONSTRAINT `budget_items_paid_by_user_id_fk` FOREIGN KEY (`paid_by_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `budget_items_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `budget_item_members` (
  `id` int NOT NULL AUTO_INCREMENT,
  `budget_item_id` int NOT NULL,
  `user_id` int NOT NULL,
  `paid` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `budget_item_members_budget_item_id_user_id_unique` (`budget_item_id`, `user_id`),
  CONSTRAINT `budget_item_members_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `budget_item_members_budget_item_id_fk` FOREIGN KEY (`budget_item_id`) REFERENCES `budget_items` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `packing_bags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  `name` text NOT NULL,
  `color` text NOT NULL DEFAULT '#6366f1',
  `weight_limit_grams` int,
  `sort_order` int DEFAULT 0,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `user_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `packing_bags_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `packing_bags_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `packing_items` (
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  `name` text NOT NULL,
  `checked` int DEFAULT 0,
  `category` text,
  `sort_order` int DEFAULT 0,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `weight_grams` int,
  `bag_id` int,
  `quantity` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  CONSTRAINT `packing_items_bag_id_fk` FOREIGN KEY (`bag_id`) REFERENCES `packing_bags` (`id`) ON DELETE SET NULL,
  CONSTRAINT `packing_items_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `packing_bag_members` (
  `bag_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`bag_id`, `user_id`),
  CONSTRAINT `packing_bag_members_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `packing_bag_members_bag_id_fk` FOREIGN KEY (`bag_id`) REFERENCES `packing_bags` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `photos` (
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  `day_id` int,
  `place_id` int,
  `filename` text NOT NULL,
  `original_name` text NOT NULL,
  `file_size` int,
  `mime_type` text,
  `caption` text,
  `taken_at` text,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `photos_place_id_fk` FOREIGN KEY (`place_id`) REFERENCES `places` (`id`) ON DELETE SET NULL,
  CONSTRAINT `photos_day_id_fk` FOREIGN KEY (`day_id`) REFERENCES `days` (`id`) ON DELETE SET NULL,
  CONSTRAINT `photos_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `collab_notes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  `user_id` int NOT NULL,
  `category` text DEFAULT 'General',
  `title` text NOT NULL,
  `content` text,
  `color` text DEFAULT '#6366f1',
  `pinned` int DEFAULT 0,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `website` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `collab_notes_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `collab_notes_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `trip_files` (
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  `place_id` int,
  `reservation_id` int,
  `filename` text NOT NULL,
  `original_name` text NOT NULL,
  `file_size` int,
  `mime_type` text,
  `description` text,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `note_id` int,
  `uploaded_by` int,
  `starred` int DEFAULT 0,
  `deleted_at` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `trip_files_uploaded_by_fk` FOREIGN KEY (`uploaded_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `trip_files_note_id_fk` FOREIGN KEY (`note_id`) REFERENCES `collab_notes` (`id`) ON DELETE SET NULL,
  CONSTRAINT `trip_files_reservation_id_fk` FOREIGN KEY (`reservation_id`) REFERENCES `reservations` (`id`) ON DELETE SET NULL,
  CONSTRAINT `trip_files_place_id_fk` FOREIGN KEY (`place_id`) REFERENCES `places` (`id`) ON DELETE SET NULL,
  CONSTRAINT `trip_files_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `collab_polls` (
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  `user_id` int NOT NULL,
  `question` text NOT NULL,
  `options` text NOT NULL,
  `multiple` int DEFAULT 0,
  `closed` int DEFAULT 0,
  `deadline` text,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `collab_polls_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `collab_polls_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `collab_poll_votes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `poll_id` int NOT NULL,
  `user_id` int NOT NULL,
  `option_index` int NOT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `collab_poll_votes_poll_id_user_id_option_index_unique` (`poll_id`, `user_id`, `option_index`),
  CONSTRAINT `collab_poll_votes_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `collab_poll_votes_poll_id_fk` FOREIGN KEY (`poll_id`) REFERENCES `collab_polls` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `collab_messages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  `user_id` int NOT NULL,
  `text` text NOT NULL,
  `reply_to` int,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `deleted` int DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `collab_messages_reply_to_fk` FOREIGN KEY (`reply_to`) REFERENCES `collab_messages` (`id`) ON DELETE SET NULL,
  CONSTRAINT `collab_messages_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `collab_messages_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `collab_message_reactions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_id` int NOT NULL,
  `user_id` int NOT NULL,
  `emoji` varchar(255) NOT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `collab_message_reactions_message_id_user_id_emoji_unique` (`message_id`, `user_id`, `emoji`),
  CONSTRAINT `collab_message_reactions_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `collab_message_reactions_message_id_fk` FOREIGN KEY (`message_id`) REFERENCES `collab_messages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `audit_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `user_id` int,
  `action` text NOT NULL,
  `resource` text,
  `details` text,
  `ip` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `audit_log_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` text NOT NULL,
  `scope` text NOT NULL,
  `target` int NOT NULL,
  `sender_id` int,
  `recipient_id` int NOT NULL,
  `title_key` text NOT NULL,
  `title_params` text DEFAULT '{}',
  `text_key` text NOT NULL,
  `text_params` text DEFAULT '{}',
  `positive_text_key` text,
  `negative_text_key` text,
  `positive_callback` text,
  `negative_callback` text,
  `response` text,
  `navigate_text_key` text,
  `navigate_target` text,
  `is_read` int DEFAULT 0,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_recipient_id_fk` FOREIGN KEY (`recipient_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notifications_sender_id_fk` FOREIGN KEY (`sender_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `notification_channel_preferences` (
  `user_id` int NOT NULL,
  `event_type` varchar(255) NOT NULL,
  `channel` varchar(255) NOT NULL,
  `enabled` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`user_id`, `event_type`, `channel`),
  CONSTRAINT `notification_channel_preferences_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `invite_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` varchar(255) NOT NULL,
  `max_uses` int NOT NULL DEFAULT 1,
  `used_count` int NOT NULL DEFAULT 0,
  `expires_at` text,
  `created_by` int NOT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invite_tokens_token_unique` (`token`),
  CONSTRAINT `invite_tokens_created_by_fk` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `share_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_by` int NOT NULL,
  `share_map` int DEFAULT 1,
  `share_bookings` int DEFAULT 1,
  `share_packing` int DEFAULT 0,
  `share_budget` int DEFAULT 0,
  `share_collab` int DEFAULT 0,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `expires_at` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `share_tokens_token_unique` (`token`),
  CONSTRAINT `share_tokens_created_by_fk` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`),
  CONSTRAINT `share_tokens_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mcp_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `name` text NOT NULL,
  `token_hash` varchar(255) NOT NULL,
  `token_prefix` text NOT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `last_used_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mcp_tokens_token_hash_unique` (`token_hash`),
  CONSTRAINT `mcp_tokens_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_clients` (
  `id` varchar(255) NOT NULL,
  `user_id` int,
  `name` text NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `client_secret_hash` text NOT NULL,
  `redirect_uris` text NOT NULL DEFAULT '[]',
  `allowed_scopes` text NOT NULL DEFAULT '[]',
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `is_public` int NOT NULL DEFAULT 0,
  `created_via` text NOT NULL DEFAULT 'settings_ui',
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_clients_client_id_unique` (`client_id`),
  CONSTRAINT `oauth_clients_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_tokens` (
  `id` int NOT NULL AUTO_INCREMENT,
  `client_id` varchar(255) NOT NULL,
  `user_id` int NOT NULL,
  `access_token_hash` varchar(255) NOT NULL,
  `refresh_token_hash` varchar(255) NOT NULL,
  `scopes` text NOT NULL DEFAULT '[]',
  `access_token_expires_at` datetime NOT NULL,
  `refresh_token_expires_at` datetime NOT NULL,
  `revoked_at` datetime,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `parent_token_id` int,
  `audience` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_tokens_refresh_token_hash_unique` (`refresh_token_hash`),
  UNIQUE KEY `oauth_tokens_access_token_hash_unique` (`access_token_hash`),
  CONSTRAINT `oauth_tokens_parent_token_id_fk` FOREIGN KEY (`parent_token_id`) REFERENCES `oauth_tokens` (`id`),
  CONSTRAINT `oauth_tokens_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `oauth_tokens_client_id_fk` FOREIGN KEY (`client_id`) REFERENCES `oauth_clients` (`client_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oauth_consents` (
  `id` int NOT NULL AUTO_INCREMENT,
  `client_id` varchar(255) NOT NULL,
  `user_id` int NOT NULL,
  `scopes` text NOT NULL DEFAULT '[]',
  `updated_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_consents_client_id_user_id_unique` (`client_id`, `user_id`),
  CONSTRAINT `oauth_consents_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `oauth_consents_client_id_fk` FOREIGN KEY (`client_id`) REFERENCES `oauth_clients` (`client_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `visited_countries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `country_code` varchar(255) NOT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `visited_countries_user_id_country_code_unique` (`user_id`, `country_code`),
  CONSTRAINT `visited_countries_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `visited_regions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `region_code` varchar(255) NOT NULL,
  `region_name` text NOT NULL,
  `country_code` text NOT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `visited_regions_user_id_region_code_unique` (`user_id`, `region_code`),
  CONSTRAINT `visited_regions_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `bucket_list` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `name` text NOT NULL,
  `lat` double,
  `lng` double,
  `country_code` text,
  `notes` text,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `target_date` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `bucket_list_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `todo_items` (
  `id` int NOT NULL AUTO_INCREMENT,
  `trip_id` int NOT NULL,
  `name` text NOT NULL,
  `checked` int DEFAULT 0,
  `category` text,
  `sort_order` int DEFAULT 0,
  `due_date` text,
  `description` text,
  `assigned_user_id` int,
  `priority` int DEFAULT 0,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `reminded_at` datetime,
  PRIMARY KEY (`id`),
  CONSTRAINT `todo_items_assigned_user_id_fk` FOREIGN KEY (`assigned_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `todo_items_trip_id_fk` FOREIGN KEY (`trip_id`) REFERENCES `trips` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `journeys` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `title` text NOT NULL,
  `subtitle` text,
  `cover_gradient` text,
  `status` text DEFAULT 'draft',
  `created_at` int NOT NULL,
  `updated_at` int NOT NULL,
  `cover_image` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `journeys_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `journey_entries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `journey_id` int NOT NULL,
  `source_trip_id` int,
  `source_place_id` int,
  `author_id` int NOT NULL,
  `type` text NOT NULL,
  `title` text,
  `story` text,
  `entry_date` text NOT NULL,
  `entry_time` text,
  `location_name` text,
  `location_lat` double,
  `location_lng` double,
  `mood` text,
  `weather` text,
  `tags` text,
  `visibility` text DEFAULT 'private',
  `sort_order` int DEFAULT 0,
  `created_at` int NOT NULL,
  `updated_at` int NOT NULL,
  `pros_cons` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `journey_entries_author_id_fk` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`),
  CONSTRAINT `journey_entries_source_place_id_fk` FOREIGN KEY (`source_place_id`) REFERENCES `places` (`id`) ON DELETE SET NULL,
  CONSTRAINT `journey_entries_source_trip_id_fk` FOREIGN KEY (`source_trip_id`) REFERENCES `trips` (`id`) ON DELETE SET NULL,
  CONSTRAINT `journey_entries_journey_id_fk` FOREIGN KEY (`journey_id`) REFERENCES `journeys` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `journey_contributors` (
  `journey_id` int NOT NULL,
  `user_id` int NOT NULL,
  `role` text NOT NULL,
  `added_at` int NOT NULL,
  `hide_skeletons` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`journey_id`, `user_id`),
  CONSTRAINT `journey_contributors_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `journey_contributors_journey_id_fk` FOREIGN KEY (`journey_id`) REFERENCES `journeys` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `addons` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `type` text NOT NULL DEFAULT 'global',
  `icon` text DEFAULT 'Puzzle',
  `enabled` int DEFAULT 0,
  `config` text DEFAULT '{}',
  `sort_order` int DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `photo_providers` (
  `id` varchar(255) NOT NULL,
  `name` text NOT NULL,
  `description` text,
  `icon` text DEFAULT 'Image',
  `enabled` int DEFAULT 0,
  `sort_order` int DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `vacay_plans` (
  `id` int NOT NULL AUTO_INCREMENT,
  `owner_id` int NOT NULL,
  `block_weekends` int DEFAULT 1,
  `holidays_enabled` int DEFAULT 0,
  `holidays_region` text DEFAULT '',
  `company_holidays_enabled` int DEFAULT 1,
  `carry_over_enabled` int DEFAULT 1,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `weekend_days` text DEFAULT '0,6',
  `week_start` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vacay_plans_owner_id_unique` (`owner_id`),
  CONSTRAINT `vacay_plans_owner_id_fk` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `vacay_plan_members` (
  `id` int NOT NULL AUTO_INCREMENT,
  `plan_id` int NOT NULL,
  `user_id` int NOT NULL,
  `status` text DEFAULT 'pending',
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vacay_plan_members_plan_id_user_id_unique` (`plan_id`, `user_id`),
  CONSTRAINT `vacay_plan_members_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `vacay_plan_members_plan_id_fk` FOREIGN KEY (`plan_id`) REFERENCES `vacay_plans` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `vacay_entries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `plan_id` int NOT NULL,
  `user_id` int NOT NULL,
  `date` varchar(255) NOT NULL,
  `note` text DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `vacay_entries_user_id_plan_id_date_unique` (`user_id`, `plan_id`, `date`),
  CONSTRAINT `vacay_entries_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `vacay_entries_plan_id_fk` FOREIGN KEY (`plan_id`) REFERENCES `vacay_plans` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `vacay_user_years` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `plan_id` int NOT NULL,
  `year` int NOT NULL,
  `vacation_days` int DEFAULT 30,
  `carried_over` int DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vacay_user_years_user_id_plan_id_year_unique` (`user_id`, `plan_id`, `year`),
  CONSTRAINT `vacay_user_years_plan_id_fk` FOREIGN KEY (`plan_id`) REFERENCES `vacay_plans` (`id`) ON DELETE CASCADE,
  CONSTRAINT `vacay_user_years_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

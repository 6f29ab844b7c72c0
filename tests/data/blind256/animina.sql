-- ANIMINA (German dating platform, animina.de) — blind exam 256
-- Source: github.com/animina-dating/animina `priv/repo/migrations/*.exs` (133 Ecto migrations), commit f6f852e4f47a1b2ae8286782d894855c6e1ae0f6 (MIT).
-- The `def change` / `def up` bodies were replayed in order as PostgreSQL DDL in a scratch PostgreSQL 15 (Ecto types:
-- :binary_id -> uuid, :string -> varchar(255), :citext, :text, :utc_datetime -> timestamp(0), :map -> jsonb, :binary -> bytea,
-- references(...) -> foreign keys with their on_delete), then written as MySQL from the resulting catalog: all 58 tables,
-- columns in their physical order, primary, unique and foreign keys as upstream. Types: UUID -> CHAR(36), CITEXT/VARCHAR ->
-- VARCHAR, TEXT -> TEXT, TIMESTAMP(0) -> DATETIME, BOOLEAN -> TINYINT(1), JSONB and arrays -> JSON, BYTEA -> BLOB
-- (VARBINARY(255) where part of a key), BIGSERIAL -> BIGINT AUTO_INCREMENT. Partial unique indexes (WHERE ...), plain indexes,
-- CHECK constraints, SQL functions and seed data left out.
CREATE TABLE `countries` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `code` VARCHAR(2) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `countries_code_index` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cities` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `zip_code` VARCHAR(255) NOT NULL,
  `county` VARCHAR(255) NOT NULL,
  `federal_state` VARCHAR(255) NOT NULL,
  `lat` DOUBLE NOT NULL,
  `lon` DOUBLE NOT NULL,
  `country_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cities_zip_code_index` (`zip_code`),
  CONSTRAINT `cities_country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ads` (
  `id` CHAR(36) NOT NULL,
  `number` INT NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `starts_on` DATE,
  `ends_on` DATE,
  `qr_code_path` VARCHAR(255),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ads_number_index` (`number`),
  UNIQUE KEY `ads_url_index` (`url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `hashed_password` VARCHAR(255),
  `confirmed_at` DATETIME,
  `display_name` VARCHAR(255) NOT NULL,
  `birthday` DATE NOT NULL,
  `gender` VARCHAR(255) NOT NULL,
  `height` INT NOT NULL,
  `mobile_phone` VARCHAR(255) NOT NULL,
  `preferred_partner_gender` JSON,
  `partner_minimum_age_offset` INT DEFAULT 6,
  `partner_maximum_age_offset` INT DEFAULT 2,
  `partner_height_min` INT DEFAULT 80,
  `partner_height_max` INT DEFAULT 225,
  `search_radius` INT DEFAULT 60,
  `terms_accepted_at` DATETIME,
  `occupation` VARCHAR(255),
  `language` VARCHAR(255) DEFAULT 'de',
  `state` VARCHAR(255) NOT NULL DEFAULT 'waitlisted',
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `confirmation_pin_hash` VARCHAR(255),
  `confirmation_pin_attempts` INT NOT NULL DEFAULT 0,
  `confirmation_pin_sent_at` DATETIME,
  `referral_code` VARCHAR(255) NOT NULL,
  `waitlist_priority` INT NOT NULL DEFAULT 0,
  `referred_by_id` CHAR(36),
  `deleted_at` DATETIME,
  `last_message_notified_at` DATETIME,
  `tos_accepted_at` DATETIME,
  `end_waitlist_at` DATETIME,
  `grid_columns` INT DEFAULT 2,
  `first_name` VARCHAR(255) NOT NULL DEFAULT '',
  `last_name` VARCHAR(255) NOT NULL DEFAULT '',
  `hide_online_status` TINYINT(1) NOT NULL DEFAULT 0,
  `suspended_until` DATETIME,
  `ban_reason` TEXT,
  `source_ad_id` CHAR(36),
  `wingman_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_referral_code_index` (`referral_code`),
  CONSTRAINT `users_referred_by_id_fkey` FOREIGN KEY (`referred_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `users_source_ad_id_fkey` FOREIGN KEY (`source_ad_id`) REFERENCES `ads` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_tokens` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `token` VARBINARY(255) NOT NULL,
  `context` VARCHAR(255) NOT NULL,
  `sent_to` VARCHAR(255),
  `authenticated_at` DATETIME,
  `inserted_at` DATETIME NOT NULL,
  `user_agent` TEXT,
  `ip_address` VARCHAR(45),
  `last_seen_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_tokens_context_token_index` (`context`, `token`),
  CONSTRAINT `users_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_locations` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `country_id` CHAR(36) NOT NULL,
  `zip_code` VARCHAR(255) NOT NULL,
  `position` INT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_locations_user_id_position_index` (`user_id`, `position`),
  UNIQUE KEY `user_locations_user_id_zip_code_index` (`user_id`, `zip_code`),
  CONSTRAINT `user_locations_country_id_fkey` FOREIGN KEY (`country_id`) REFERENCES `countries` (`id`),
  CONSTRAINT `user_locations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_roles` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_roles_user_id_role_index` (`user_id`, `role`),
  CONSTRAINT `user_roles_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trait_categories` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `selection_mode` VARCHAR(255) NOT NULL DEFAULT 'multi',
  `sensitive` TINYINT(1) NOT NULL DEFAULT 0,
  `position` INT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `exclusive_hard` TINYINT(1) NOT NULL DEFAULT 0,
  `core` TINYINT(1) NOT NULL DEFAULT 0,
  `picker_group` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `trait_categories_name_index` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trait_flags` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `emoji` VARCHAR(255),
  `position` INT NOT NULL,
  `category_id` CHAR(36) NOT NULL,
  `parent_id` CHAR(36),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trait_flags_category_id_name_index` (`category_id`, `name`),
  CONSTRAINT `trait_flags_category_id_fkey` FOREIGN KEY (`category_id`) REFERENCES `trait_categories` (`id`) ON DELETE CASCADE,
  CONSTRAINT `trait_flags_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `trait_flags` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_flags` (
  `id` CHAR(36) NOT NULL,
  `color` VARCHAR(255) NOT NULL,
  `intensity` VARCHAR(255) NOT NULL DEFAULT 'hard',
  `position` INT NOT NULL,
  `inherited` TINYINT(1) NOT NULL DEFAULT 0,
  `user_id` CHAR(36) NOT NULL,
  `flag_id` CHAR(36) NOT NULL,
  `source_flag_id` CHAR(36),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_flags_user_id_flag_id_color_index` (`user_id`, `flag_id`, `color`),
  CONSTRAINT `user_flags_flag_id_fkey` FOREIGN KEY (`flag_id`) REFERENCES `trait_flags` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_flags_source_flag_id_fkey` FOREIGN KEY (`source_flag_id`) REFERENCES `trait_flags` (`id`) ON DELETE SET NULL,
  CONSTRAINT `user_flags_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_category_opt_ins` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `category_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_category_opt_ins_user_id_category_id_index` (`user_id`, `category_id`),
  CONSTRAINT `user_category_opt_ins_category_id_fkey` FOREIGN KEY (`category_id`) REFERENCES `trait_categories` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_category_opt_ins_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `event` VARCHAR(10) NOT NULL,
  `item_type` VARCHAR(255) NOT NULL,
  `item_id` CHAR(36),
  `item_changes` JSON NOT NULL,
  `originator_id` CHAR(36),
  `origin` VARCHAR(50),
  `meta` JSON,
  `inserted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `versions_originator_id_fkey` FOREIGN KEY (`originator_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `online_user_counts` (
  `id` CHAR(36) NOT NULL,
  `count` INT NOT NULL,
  `recorded_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `photos` (
  `id` CHAR(36) NOT NULL,
  `owner_type` VARCHAR(255) NOT NULL,
  `owner_id` CHAR(36) NOT NULL,
  `type` VARCHAR(255),
  `state` VARCHAR(255) NOT NULL DEFAULT 'pending',
  `filename` VARCHAR(255) NOT NULL,
  `original_filename` VARCHAR(255),
  `content_type` VARCHAR(255),
  `width` INT,
  `height` INT,
  `position` INT DEFAULT 0,
  `nsfw` TINYINT(1) DEFAULT 0,
  `error_message` VARCHAR(255),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `has_face` TINYINT(1),
  `dhash` BLOB,
  `ollama_retry_count` INT NOT NULL DEFAULT 0,
  `ollama_retry_at` DATETIME,
  `ollama_check_type` VARCHAR(255),
  `description` TEXT,
  `description_generated_at` DATETIME,
  `description_model` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `photo_appeals` (
  `id` CHAR(36) NOT NULL,
  `photo_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'pending',
  `appeal_reason` TEXT,
  `reviewer_id` CHAR(36),
  `reviewer_notes` TEXT,
  `resolution` VARCHAR(255),
  `resolved_at` DATETIME,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `photo_appeals_photo_id_fkey` FOREIGN KEY (`photo_id`) REFERENCES `photos` (`id`) ON DELETE CASCADE,
  CONSTRAINT `photo_appeals_reviewer_id_fkey` FOREIGN KEY (`reviewer_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `photo_appeals_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `photo_blacklist` (
  `id` CHAR(36) NOT NULL,
  `dhash` VARBINARY(255) NOT NULL,
  `reason` VARCHAR(255),
  `added_by_id` CHAR(36),
  `source_photo_id` CHAR(36),
  `source_user_id` CHAR(36),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `thumbnail_path` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `photo_blacklist_dhash_index` (`dhash`),
  CONSTRAINT `photo_blacklist_added_by_id_fkey` FOREIGN KEY (`added_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `photo_blacklist_source_photo_id_fkey` FOREIGN KEY (`source_photo_id`) REFERENCES `photos` (`id`) ON DELETE SET NULL,
  CONSTRAINT `photo_blacklist_source_user_id_fkey` FOREIGN KEY (`source_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `photo_audit_logs` (
  `id` CHAR(36) NOT NULL,
  `photo_id` CHAR(36) NOT NULL,
  `event_type` VARCHAR(255) NOT NULL,
  `actor_type` VARCHAR(255) NOT NULL,
  `actor_id` CHAR(36),
  `details` JSON,
  `inserted_at` DATETIME NOT NULL,
  `duration_ms` INT,
  `ollama_server_url` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `photo_audit_logs_actor_id_fkey` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `photo_audit_logs_photo_id_fkey` FOREIGN KEY (`photo_id`) REFERENCES `photos` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fun_with_flags_toggles` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `flag_name` VARCHAR(255) NOT NULL,
  `gate_type` VARCHAR(255) NOT NULL,
  `target` VARCHAR(255),
  `enabled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fun_with_flags_toggles_flag_name_gate_type_target_index` (`flag_name`, `gate_type`, `target`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feature_flag_settings` (
  `id` CHAR(36) NOT NULL,
  `flag_name` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `settings` JSON,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `feature_flag_settings_flag_name_index` (`flag_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moodboard_items` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `item_type` VARCHAR(255) NOT NULL,
  `position` INT NOT NULL DEFAULT 0,
  `state` VARCHAR(255) NOT NULL DEFAULT 'active',
  `pinned` TINYINT(1) NOT NULL DEFAULT 0,
  `hidden_at` DATETIME,
  `hidden_reason` VARCHAR(255),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `moodboard_items_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moodboard_stories` (
  `id` CHAR(36) NOT NULL,
  `moodboard_item_id` CHAR(36) NOT NULL,
  `content` TEXT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `moodboard_stories_moodboard_item_id_index` (`moodboard_item_id`),
  CONSTRAINT `moodboard_stories_moodboard_item_id_fkey` FOREIGN KEY (`moodboard_item_id`) REFERENCES `moodboard_items` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moodboard_photos` (
  `id` CHAR(36) NOT NULL,
  `moodboard_item_id` CHAR(36) NOT NULL,
  `photo_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `moodboard_photos_moodboard_item_id_index` (`moodboard_item_id`),
  CONSTRAINT `moodboard_photos_moodboard_item_id_fkey` FOREIGN KEY (`moodboard_item_id`) REFERENCES `moodboard_items` (`id`) ON DELETE CASCADE,
  CONSTRAINT `moodboard_photos_photo_id_fkey` FOREIGN KEY (`photo_id`) REFERENCES `photos` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_white_flag_category_publish` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `category_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_white_flag_category_publish_user_id_category_id_index` (`user_id`, `category_id`),
  CONSTRAINT `user_white_flag_category_publish_category_id_fkey` FOREIGN KEY (`category_id`) REFERENCES `trait_categories` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_white_flag_category_publish_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_dismissals` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `dismissed_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_dismissals_user_id_dismissed_id_index` (`user_id`, `dismissed_id`),
  CONSTRAINT `user_dismissals_dismissed_id_fkey` FOREIGN KEY (`dismissed_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_dismissals_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_inquiries` (
  `id` CHAR(36) NOT NULL,
  `sender_id` CHAR(36) NOT NULL,
  `receiver_id` CHAR(36) NOT NULL,
  `inquiry_date` DATE NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_inquiries_sender_id_receiver_id_index` (`sender_id`, `receiver_id`),
  CONSTRAINT `user_inquiries_receiver_id_fkey` FOREIGN KEY (`receiver_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_inquiries_sender_id_fkey` FOREIGN KEY (`sender_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_popularity_stats` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `stat_date` DATE NOT NULL,
  `daily_inquiry_count` INT NOT NULL DEFAULT 0,
  `avg_7_day` DOUBLE,
  `avg_30_day` DOUBLE,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_popularity_stats_user_id_stat_date_index` (`user_id`, `stat_date`),
  CONSTRAINT `user_popularity_stats_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversations` (
  `id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_participants` (
  `id` CHAR(36) NOT NULL,
  `conversation_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `last_read_at` DATETIME,
  `blocked_at` DATETIME,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `draft_content` TEXT,
  `draft_updated_at` DATETIME,
  `closed_at` DATETIME,
  `initiator` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `conversation_participants_conversation_id_user_id_index` (`conversation_id`, `user_id`),
  CONSTRAINT `conversation_participants_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `conversation_participants_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` CHAR(36) NOT NULL,
  `conversation_id` CHAR(36) NOT NULL,
  `sender_id` CHAR(36) NOT NULL,
  `content` TEXT NOT NULL,
  `edited_at` DATETIME,
  `deleted_at` DATETIME,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `messages_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `messages_sender_id_fkey` FOREIGN KEY (`sender_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profile_visits` (
  `id` CHAR(36) NOT NULL,
  `visitor_id` CHAR(36) NOT NULL,
  `visited_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `profile_visits_visitor_id_visited_id_index` (`visitor_id`, `visited_id`),
  CONSTRAINT `profile_visits_visited_id_fkey` FOREIGN KEY (`visited_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `profile_visits_visitor_id_fkey` FOREIGN KEY (`visitor_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversation_closures` (
  `id` CHAR(36) NOT NULL,
  `conversation_id` CHAR(36) NOT NULL,
  `closed_by_id` CHAR(36) NOT NULL,
  `other_user_id` CHAR(36) NOT NULL,
  `reopened_at` DATETIME,
  `reopened_by_id` CHAR(36),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `conversation_closures_conversation_id_closed_by_id_index` (`conversation_id`, `closed_by_id`),
  CONSTRAINT `conversation_closures_closed_by_id_fkey` FOREIGN KEY (`closed_by_id`) REFERENCES `users` (`id`),
  CONSTRAINT `conversation_closures_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `conversation_closures_other_user_id_fkey` FOREIGN KEY (`other_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `conversation_closures_reopened_by_id_fkey` FOREIGN KEY (`reopened_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_passkeys` (
  `id` CHAR(36) NOT NULL,
  `credential_id` VARBINARY(255) NOT NULL,
  `public_key` BLOB NOT NULL,
  `sign_count` INT NOT NULL DEFAULT 0,
  `label` VARCHAR(255),
  `last_used_at` DATETIME(6),
  `user_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_passkeys_credential_id_index` (`credential_id`),
  CONSTRAINT `user_passkeys_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `first_name_genders` (
  `id` CHAR(36) NOT NULL,
  `first_name` VARCHAR(255) NOT NULL,
  `gender` VARCHAR(255) NOT NULL,
  `needs_human_review` TINYINT(1) NOT NULL DEFAULT 0,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `first_name_genders_first_name_index` (`first_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_blacklist_entries` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `entry_type` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `label` VARCHAR(255),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contact_blacklist_entries_user_id_value_index` (`user_id`, `value`),
  CONSTRAINT `contact_blacklist_entries_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_logs` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36),
  `email_type` VARCHAR(255) NOT NULL,
  `recipient` VARCHAR(255) NOT NULL,
  `subject` VARCHAR(255) NOT NULL,
  `body` TEXT NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `error_message` TEXT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `email_logs_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_security_events` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `event_type` VARCHAR(255) NOT NULL,
  `undo_token_hash` BLOB NOT NULL,
  `confirm_token_hash` BLOB NOT NULL,
  `old_email` VARCHAR(255),
  `old_value` TEXT,
  `new_value` TEXT,
  `expires_at` DATETIME NOT NULL,
  `resolved_at` DATETIME,
  `resolution` VARCHAR(255),
  `inserted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `account_security_events_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_online_sessions` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `started_at` DATETIME NOT NULL,
  `ended_at` DATETIME,
  `duration_minutes` INT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_online_sessions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_logs` (
  `id` CHAR(36) NOT NULL,
  `actor_id` CHAR(36),
  `subject_id` CHAR(36),
  `category` VARCHAR(255) NOT NULL,
  `event` VARCHAR(255) NOT NULL,
  `metadata` JSON NOT NULL,
  `summary` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_logs_actor_id_fkey` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `activity_logs_subject_id_fkey` FOREIGN KEY (`subject_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spotlight_entries` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `shown_user_id` CHAR(36) NOT NULL,
  `shown_on` DATE NOT NULL,
  `is_wildcard` TINYINT(1) NOT NULL DEFAULT 0,
  `cycle_number` INT NOT NULL DEFAULT 0,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `spotlight_entries_user_id_shown_user_id_shown_on_index` (`user_id`, `shown_user_id`, `shown_on`),
  CONSTRAINT `spotlight_entries_shown_user_id_fkey` FOREIGN KEY (`shown_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `spotlight_entries_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_reports` (
  `id` CHAR(36) NOT NULL,
  `reporter_id` CHAR(36),
  `reported_user_id` CHAR(36),
  `reporter_phone_hash` VARCHAR(255) NOT NULL,
  `reported_phone_hash` VARCHAR(255) NOT NULL,
  `category` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `context_type` VARCHAR(255) NOT NULL,
  `context_reference_id` CHAR(36),
  `status` VARCHAR(255) NOT NULL DEFAULT 'pending',
  `resolution` VARCHAR(255),
  `resolution_notes` TEXT,
  `priority` VARCHAR(255) NOT NULL,
  `resolver_id` CHAR(36),
  `resolved_at` DATETIME,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `user_reports_reported_user_id_fkey` FOREIGN KEY (`reported_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `user_reports_reporter_id_fkey` FOREIGN KEY (`reporter_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `user_reports_resolver_id_fkey` FOREIGN KEY (`resolver_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_evidence` (
  `id` CHAR(36) NOT NULL,
  `report_id` CHAR(36) NOT NULL,
  `conversation_snapshot` JSON,
  `moodboard_snapshot` JSON,
  `profile_snapshot` JSON,
  `snapshot_at` DATETIME NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `report_evidence_report_id_index` (`report_id`),
  CONSTRAINT `report_evidence_report_id_fkey` FOREIGN KEY (`report_id`) REFERENCES `user_reports` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_invisibilities` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36),
  `hidden_user_id` CHAR(36),
  `user_phone_hash` VARCHAR(255) NOT NULL,
  `hidden_phone_hash` VARCHAR(255) NOT NULL,
  `report_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `report_invisibilities_user_phone_hash_hidden_phone_hash_index` (`user_phone_hash`, `hidden_phone_hash`),
  CONSTRAINT `report_invisibilities_hidden_user_id_fkey` FOREIGN KEY (`hidden_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `report_invisibilities_report_id_fkey` FOREIGN KEY (`report_id`) REFERENCES `user_reports` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `report_invisibilities_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_appeals` (
  `id` CHAR(36) NOT NULL,
  `report_id` CHAR(36) NOT NULL,
  `appellant_id` CHAR(36),
  `appeal_text` TEXT NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'pending',
  `reviewer_id` CHAR(36),
  `resolution_notes` TEXT,
  `resolved_at` DATETIME,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `report_appeals_report_id_index` (`report_id`),
  CONSTRAINT `report_appeals_appellant_id_fkey` FOREIGN KEY (`appellant_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `report_appeals_report_id_fkey` FOREIGN KEY (`report_id`) REFERENCES `user_reports` (`id`) ON DELETE CASCADE,
  CONSTRAINT `report_appeals_reviewer_id_fkey` FOREIGN KEY (`reviewer_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registration_bans` (
  `id` CHAR(36) NOT NULL,
  `ban_type` VARCHAR(255) NOT NULL,
  `hash_value` VARCHAR(255) NOT NULL,
  `report_id` CHAR(36) NOT NULL,
  `notes` TEXT,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registration_bans_ban_type_hash_value_index` (`ban_type`, `hash_value`),
  CONSTRAINT `registration_bans_report_id_fkey` FOREIGN KEY (`report_id`) REFERENCES `user_reports` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `strike_records` (
  `id` CHAR(36) NOT NULL,
  `phone_hash` VARCHAR(255) NOT NULL,
  `email_hash` VARCHAR(255) NOT NULL,
  `report_id` CHAR(36) NOT NULL,
  `resolution` VARCHAR(255) NOT NULL,
  `category` VARCHAR(255) NOT NULL,
  `resolved_at` DATETIME NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `strike_records_report_id_fkey` FOREIGN KEY (`report_id`) REFERENCES `user_reports` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tos_acceptances` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `version` VARCHAR(255) NOT NULL,
  `accepted_at` DATETIME NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tos_acceptances_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_jobs` (
  `id` CHAR(36) NOT NULL,
  `job_type` VARCHAR(255) NOT NULL,
  `priority` INT NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'pending',
  `error` TEXT,
  `attempt` INT DEFAULT 0,
  `max_attempts` INT DEFAULT 20,
  `scheduled_at` DATETIME,
  `params` JSON NOT NULL,
  `result` JSON,
  `model` VARCHAR(255),
  `server_url` VARCHAR(255),
  `prompt` TEXT,
  `raw_response` TEXT,
  `duration_ms` INT,
  `subject_type` VARCHAR(255),
  `subject_id` CHAR(36),
  `requester_id` CHAR(36),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `expires_at` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `ai_jobs_requester_id_fkey` FOREIGN KEY (`requester_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relationships` (
  `id` CHAR(36) NOT NULL,
  `user_a_id` CHAR(36) NOT NULL,
  `user_b_id` CHAR(36) NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'chatting',
  `status_changed_at` DATETIME,
  `status_changed_by` CHAR(36),
  `pending_status` VARCHAR(255),
  `pending_proposed_by` CHAR(36),
  `pending_proposed_at` DATETIME,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `relationships_user_a_id_user_b_id_index` (`user_a_id`, `user_b_id`),
  CONSTRAINT `relationships_user_a_id_fkey` FOREIGN KEY (`user_a_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `relationships_user_b_id_fkey` FOREIGN KEY (`user_b_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relationship_overrides` (
  `id` CHAR(36) NOT NULL,
  `relationship_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `can_see_profile` TINYINT(1),
  `can_message_me` TINYINT(1),
  `visible_in_discovery` TINYINT(1),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `relationship_overrides_relationship_id_user_id_index` (`relationship_id`, `user_id`),
  CONSTRAINT `relationship_overrides_relationship_id_fkey` FOREIGN KEY (`relationship_id`) REFERENCES `relationships` (`id`) ON DELETE CASCADE,
  CONSTRAINT `relationship_overrides_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relationship_events` (
  `id` CHAR(36) NOT NULL,
  `relationship_id` CHAR(36) NOT NULL,
  `actor_id` CHAR(36),
  `from_status` VARCHAR(255),
  `to_status` VARCHAR(255) NOT NULL,
  `event_type` VARCHAR(255) NOT NULL,
  `metadata` JSON,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `relationship_events_actor_id_fkey` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `relationship_events_relationship_id_fkey` FOREIGN KEY (`relationship_id`) REFERENCES `relationships` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moodboard_ratings` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `moodboard_item_id` CHAR(36) NOT NULL,
  `value` INT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `moodboard_ratings_user_id_moodboard_item_id_index` (`user_id`, `moodboard_item_id`),
  CONSTRAINT `moodboard_ratings_moodboard_item_id_fkey` FOREIGN KEY (`moodboard_item_id`) REFERENCES `moodboard_items` (`id`) ON DELETE CASCADE,
  CONSTRAINT `moodboard_ratings_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ad_visits` (
  `id` CHAR(36) NOT NULL,
  `ad_id` CHAR(36) NOT NULL,
  `ip_address` VARCHAR(255),
  `user_agent` VARCHAR(500),
  `referer` VARCHAR(500),
  `os` VARCHAR(255),
  `browser` VARCHAR(255),
  `device_type` VARCHAR(255),
  `device_model` VARCHAR(255),
  `language` VARCHAR(255),
  `is_bot` TINYINT(1) DEFAULT 0,
  `visited_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `ad_visits_ad_id_fkey` FOREIGN KEY (`ad_id`) REFERENCES `ads` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ad_conversions` (
  `id` CHAR(36) NOT NULL,
  `ad_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36),
  `converted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ad_conversions_ad_id_user_id_index` (`ad_id`, `user_id`),
  CONSTRAINT `ad_conversions_ad_id_fkey` FOREIGN KEY (`ad_id`) REFERENCES `ads` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ad_conversions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `page_views` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36),
  `session_id` VARCHAR(255) NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `referrer_path` VARCHAR(255),
  `inserted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `page_views_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `daily_page_stats` (
  `id` CHAR(36) NOT NULL,
  `date` DATE NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `view_count` INT DEFAULT 0,
  `unique_sessions` INT DEFAULT 0,
  `unique_users` INT DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `daily_page_stats_date_path_index` (`date`, `path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `daily_funnel_stats` (
  `id` CHAR(36) NOT NULL,
  `date` DATE NOT NULL,
  `visitors` INT DEFAULT 0,
  `registered` INT DEFAULT 0,
  `profile_completed` INT DEFAULT 0,
  `first_message` INT DEFAULT 0,
  `mutual_match` INT DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `daily_funnel_stats_date_index` (`date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wingman_suggestions` (
  `id` CHAR(36) NOT NULL,
  `conversation_id` CHAR(36),
  `user_id` CHAR(36) NOT NULL,
  `suggestions` JSON,
  `context_hash` VARCHAR(255),
  `ai_job_id` CHAR(36),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `other_user_id` CHAR(36),
  `shown_on` DATE,
  PRIMARY KEY (`id`),
  CONSTRAINT `wingman_suggestions_ai_job_id_fkey` FOREIGN KEY (`ai_job_id`) REFERENCES `ai_jobs` (`id`) ON DELETE SET NULL,
  CONSTRAINT `wingman_suggestions_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `wingman_suggestions_other_user_id_fkey` FOREIGN KEY (`other_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `wingman_suggestions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `wingman_feedbacks` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `conversation_id` CHAR(36) NOT NULL,
  `suggestion_index` INT NOT NULL,
  `suggestion_text` TEXT NOT NULL,
  `suggestion_hook` TEXT,
  `value` INT NOT NULL,
  `wingman_style` VARCHAR(255),
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `wingman_feedbacks_user_id_conversation_id_suggestion_index_inde` (`user_id`, `conversation_id`, `suggestion_index`),
  CONSTRAINT `wingman_feedbacks_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `wingman_feedbacks_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- Philomena (the image-board software of Derpibooru and other fandom art boards: Furbooru, Tantabus, Ponerpics ...),
-- trimmed schema.
-- Upstream: github.com/philomena-dev/philomena `priv/repo/structure.sql` (pg_dump of the Ecto-migrated
--   PostgreSQL database), commit e84f22a15458f40a002805f14c1e8d9fc0b64cc6 (the file last changed in
--   de75e27483a1a25248980c3a3269da7c1398a579). Licence: AGPL-3.0.
-- Written as MySQL DDL by a script: integer -> int, bigint -> bigint, boolean -> tinyint(1), timestamp(0)
-- without time zone -> datetime, character varying(n) -> varchar(n), unbounded character varying and text ->
-- text (varchar(255) where the column is in a key or index), citext -> varchar(255), inet -> varchar(45),
-- arrays -> text, bytea -> blob, double precision -> double, numeric -> decimal(20,6); nextval() sequences ->
-- AUTO_INCREMENT; literal defaults kept without their ::casts, now() -> CURRENT_TIMESTAMP. Primary keys, unique
-- constraints, plain btree indexes and foreign keys kept; partial, expression and trigram indexes and CHECK
-- constraints left out. Two things MySQL refuses were adapted: 50 bigint foreign-key columns that reference integer
-- ids are written as int (PostgreSQL accepts the mismatch), and ON DELETE SET NULL is left off the two foreign keys
-- on NOT NULL columns (badge_awards.awarded_by_id, dnp_entries.requesting_user_id). Foreign keys of a cycle are
-- added by ALTER TABLE at the end; tables in dependency order.
-- Left out: schema_migrations, autocomplete (search cache), image_intensities (image fingerprints for duplicate
-- search), image_tag_locks, tags_implied_tags, static_pages, static_page_versions, rule_versions, and the legacy
-- tables tag_changes_legacy, versions_legacy, old_source_changes.

CREATE TABLE `adverts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `image` text NOT NULL,
  `link` text NOT NULL,
  `title` text NOT NULL,
  `clicks` int NOT NULL DEFAULT 0,
  `impressions` int NOT NULL DEFAULT 0,
  `live` tinyint(1) NOT NULL DEFAULT 0,
  `start_date` datetime NOT NULL,
  `finish_date` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `restrictions` varchar(255) NOT NULL,
  `notes` text NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `index_adverts_on_restrictions` (`restrictions`),
  KEY `index_adverts_on_start_date_and_finish_date` (`start_date`, `finish_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `badges` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` text NOT NULL,
  `description` text NOT NULL,
  `image` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `disable_award` tinyint(1) NOT NULL DEFAULT 0,
  `priority` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action` text NOT NULL,
  `watcher_ids` text NOT NULL DEFAULT '{}',
  `actor_id` int NOT NULL,
  `actor_type` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `actor_child_id` int,
  `actor_child_type` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_notifications_on_actor_id_and_actor_type` (`actor_id`, `actor_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `resource_type` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rules` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL DEFAULT '',
  `description` text NOT NULL DEFAULT '',
  `short_description` varchar(255) NOT NULL DEFAULT '',
  `example` text NOT NULL DEFAULT '',
  `position` int NOT NULL,
  `highlight` tinyint(1) NOT NULL DEFAULT 0,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `internal` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rules_name_index` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `short_description` text DEFAULT '',
  `namespace` text,
  `name_in_namespace` text,
  `images_count` int NOT NULL DEFAULT 0,
  `image` text,
  `image_format` text,
  `image_mime_type` text,
  `aliased_tag_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `category` text,
  `mod_notes` text,
  `description` text NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `index_tags_on_aliased_tag_id` (`aliased_tag_id`),
  UNIQUE KEY `index_tags_on_name` (`name`),
  UNIQUE KEY `index_tags_on_slug` (`slug`),
  CONSTRAINT `fk_rails_4b494c6c9a` FOREIGN KEY (`aliased_tag_id`) REFERENCES `tags` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `channels` (
  `id` int NOT NULL AUTO_INCREMENT,
  `short_name` text NOT NULL,
  `title` text NOT NULL,
  `viewers` int NOT NULL DEFAULT 0,
  `nsfw` tinyint(1) NOT NULL DEFAULT 0,
  `is_live` tinyint(1) NOT NULL DEFAULT 0,
  `last_fetched_at` datetime,
  `type` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `associated_artist_tag_id` int,
  `thumbnail_url` text NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `index_channels_on_associated_artist_tag_id` (`associated_artist_tag_id`),
  KEY `index_channels_on_is_live` (`is_live`),
  KEY `index_channels_on_last_fetched_at` (`last_fetched_at`),
  CONSTRAINT `fk_rails_021c624081` FOREIGN KEY (`associated_artist_tag_id`) REFERENCES `tags` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vpns` (
  `ip` varchar(45) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL DEFAULT '',
  `encrypted_password` text NOT NULL DEFAULT '',
  `reset_password_token` varchar(255),
  `reset_password_sent_at` datetime,
  `remember_created_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `deleted_at` datetime,
  `authentication_token` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `role` text NOT NULL DEFAULT 'user',
  `avatar` text,
  `spoiler_type` text NOT NULL DEFAULT 'static',
  `theme` text NOT NULL DEFAULT 'dark-blue',
  `images_per_page` int NOT NULL DEFAULT 15,
  `show_large_thumbnails` tinyint(1) NOT NULL DEFAULT 1,
  `show_sidebar_and_watched_images` tinyint(1) NOT NULL DEFAULT 1,
  `fancy_tag_field_on_upload` tinyint(1) NOT NULL DEFAULT 1,
  `fancy_tag_field_on_edit` tinyint(1) NOT NULL DEFAULT 1,
  `fancy_tag_field_in_settings` tinyint(1) NOT NULL DEFAULT 1,
  `autorefresh_by_default` tinyint(1) NOT NULL DEFAULT 0,
  `anonymous_by_default` tinyint(1) NOT NULL DEFAULT 0,
  `comments_newest_first` tinyint(1) NOT NULL DEFAULT 1,
  `comments_always_jump_to_last` tinyint(1) NOT NULL DEFAULT 0,
  `comments_per_page` int NOT NULL DEFAULT 20,
  `watch_on_reply` tinyint(1) NOT NULL DEFAULT 1,
  `watch_on_new_topic` tinyint(1) NOT NULL DEFAULT 1,
  `watch_on_upload` tinyint(1) NOT NULL DEFAULT 1,
  `messages_newest_first` tinyint(1) NOT NULL DEFAULT 0,
  `serve_webm` tinyint(1) NOT NULL DEFAULT 0,
  `no_spoilered_in_watched` tinyint(1) NOT NULL DEFAULT 0,
  `watched_images_query_str` text NOT NULL DEFAULT '',
  `watched_images_exclude_str` text NOT NULL DEFAULT '',
  `posts_count` int NOT NULL DEFAULT 0,
  `topics_count` int NOT NULL DEFAULT 0,
  `recent_filter_ids` text NOT NULL DEFAULT '{}',
  `watched_tag_ids` text NOT NULL DEFAULT '{}',
  `deleted_by_user_id` int,
  `current_filter_id` int,
  `failed_attempts` int,
  `unlock_token` text,
  `locked_at` datetime,
  `images_count` int NOT NULL DEFAULT 0,
  `image_votes_count` int NOT NULL DEFAULT 0,
  `comments_count` int NOT NULL DEFAULT 0,
  `metadata_updates_count` int NOT NULL DEFAULT 0,
  `image_faves_count` int NOT NULL DEFAULT 0,
  `use_centered_layout` tinyint(1) NOT NULL DEFAULT 1,
  `secondary_role` text,
  `hide_default_role` tinyint(1) NOT NULL DEFAULT 0,
  `personal_title` text,
  `show_hidden_items` tinyint(1) NOT NULL DEFAULT 0,
  `hide_vote_counts` tinyint(1) NOT NULL DEFAULT 0,
  `hide_advertisements` tinyint(1) NOT NULL DEFAULT 0,
  `encrypted_otp_secret` text,
  `encrypted_otp_secret_iv` text,
  `encrypted_otp_secret_salt` text,
  `consumed_timestep` int,
  `otp_required_for_login` tinyint(1),
  `otp_backup_codes` text,
  `last_renamed_at` datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  `forced_filter_id` int,
  `confirmed_at` datetime,
  `senior_staff` tinyint(1) DEFAULT 0,
  `description` text,
  `scratchpad` text,
  `bypass_rate_limits` tinyint(1) DEFAULT 0,
  `scale_large_images` varchar(255) NOT NULL DEFAULT 'true',
  `verified` tinyint(1) DEFAULT 0,
  `delay_home_images` tinyint(1) DEFAULT 1,
  `staff_delay_home_images` tinyint(1) DEFAULT 0,
  `borderless_tags` tinyint(1) DEFAULT 0,
  `rounded_tags` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_authentication_token` (`authentication_token`),
  KEY `index_users_on_created_at` (`created_at`),
  KEY `index_users_on_current_filter_id` (`current_filter_id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_name` (`name`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`),
  UNIQUE KEY `index_users_on_slug` (`slug`),
  CONSTRAINT `fk_rails_9efba9a459` FOREIGN KEY (`deleted_by_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `artist_links` (
  `id` int NOT NULL AUTO_INCREMENT,
  `aasm_state` varchar(255) NOT NULL,
  `uri` text NOT NULL,
  `verification_code` text NOT NULL,
  `public` tinyint(1) NOT NULL DEFAULT 1,
  `next_check_at` datetime,
  `contacted_at` datetime,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int NOT NULL,
  `verified_by_user_id` int,
  `contacted_by_user_id` int,
  `tag_id` int,
  PRIMARY KEY (`id`),
  KEY `index_artist_links_on_aasm_state` (`aasm_state`),
  KEY `index_artist_links_on_contacted_by_user_id` (`contacted_by_user_id`),
  KEY `index_artist_links_on_next_check_at` (`next_check_at`),
  KEY `index_artist_links_on_tag_id` (`tag_id`),
  KEY `index_artist_links_on_user_id` (`user_id`),
  KEY `index_artist_links_on_verified_by_user_id` (`verified_by_user_id`),
  CONSTRAINT `fk_rails_9939489c5c` FOREIGN KEY (`verified_by_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `fk_rails_ab45cd8fd7` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_e6cf0175d0` FOREIGN KEY (`contacted_by_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `fk_rails_f64b4291c0` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `badge_awards` (
  `id` int NOT NULL AUTO_INCREMENT,
  `label` text NOT NULL DEFAULT '',
  `awarded_on` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int NOT NULL,
  `badge_id` int NOT NULL,
  `awarded_by_id` int NOT NULL,
  `reason` text NOT NULL DEFAULT '',
  `badge_name` text NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `index_badge_awards_on_awarded_by_id` (`awarded_by_id`),
  KEY `index_badge_awards_on_badge_id` (`badge_id`),
  KEY `index_badge_awards_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_0434c93bfb` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_2bbfd9ee45` FOREIGN KEY (`awarded_by_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `fk_rails_b95340cf70` FOREIGN KEY (`badge_id`) REFERENCES `badges` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `channel_live_notifications` (
  `channel_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `read` tinyint(1) NOT NULL DEFAULT 0,
  KEY `channel_live_notifications_channel_id_index` (`channel_id`),
  UNIQUE KEY `channel_live_notifications_user_id_channel_id_index` (`user_id`, `channel_id`),
  KEY `channel_live_notifications_user_id_read_index` (`user_id`, `read`),
  CONSTRAINT `channel_live_notifications_channel_id_fkey` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`) ON DELETE CASCADE,
  CONSTRAINT `channel_live_notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `channel_subscriptions` (
  `channel_id` int NOT NULL,
  `user_id` int NOT NULL,
  UNIQUE KEY `index_channel_subscriptions_on_channel_id_and_user_id` (`channel_id`, `user_id`),
  KEY `index_channel_subscriptions_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_3447ee7f65` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_58f2e8e2d4` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `conversations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` text NOT NULL,
  `to_read` tinyint(1) NOT NULL DEFAULT 0,
  `from_read` tinyint(1) NOT NULL DEFAULT 1,
  `to_hidden` tinyint(1) NOT NULL DEFAULT 0,
  `from_hidden` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `from_id` int NOT NULL,
  `to_id` int NOT NULL,
  `slug` text NOT NULL,
  `last_message_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_conversations_on_created_at_and_from_hidden` (`created_at`, `from_hidden`),
  KEY `index_conversations_on_from_id` (`from_id`),
  KEY `index_conversations_on_to_id` (`to_id`),
  CONSTRAINT `fk_rails_4bac0f7b3f` FOREIGN KEY (`to_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_d0f47f4937` FOREIGN KEY (`from_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dnp_entries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `requesting_user_id` int NOT NULL,
  `modifying_user_id` int,
  `tag_id` int NOT NULL,
  `aasm_state` text NOT NULL DEFAULT 'requested',
  `dnp_type` text NOT NULL,
  `hide_reason` tinyint(1) NOT NULL DEFAULT 0,
  `feedback` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `conditions` text NOT NULL,
  `reason` text NOT NULL,
  `instructions` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_dnp_entries_on_requesting_user_id` (`requesting_user_id`),
  KEY `index_dnp_entries_on_tag_id` (`tag_id`),
  CONSTRAINT `fk_rails_473a736b4a` FOREIGN KEY (`requesting_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `fk_rails_df26188cea` FOREIGN KEY (`modifying_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `fk_rails_f428aa5665` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `donations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` text,
  `amount` decimal(20,6),
  `fee` decimal(20,6),
  `txn_id` text,
  `receipt_id` text,
  `note` text,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int,
  PRIMARY KEY (`id`),
  KEY `index_donations_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_5470822a00` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `filters` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `system` tinyint(1) NOT NULL DEFAULT 0,
  `public` tinyint(1) NOT NULL DEFAULT 0,
  `hidden_complex_str` text NOT NULL DEFAULT '',
  `spoilered_complex_str` text NOT NULL DEFAULT '',
  `hidden_tag_ids` text NOT NULL DEFAULT '{}',
  `spoilered_tag_ids` text NOT NULL DEFAULT '{}',
  `user_count` int NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int,
  PRIMARY KEY (`id`),
  KEY `index_filters_on_name` (`name`),
  KEY `index_filters_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_f53aed9bb6` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `fingerprint_bans` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reason` text NOT NULL,
  `note` text NOT NULL DEFAULT '',
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `valid_until` datetime NOT NULL,
  `fingerprint` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `banning_user_id` int NOT NULL,
  `generated_ban_id` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_fingerprint_bans_on_banning_user_id` (`banning_user_id`),
  KEY `index_fingerprint_bans_on_created_at` (`created_at`),
  KEY `index_fingerprint_bans_on_fingerprint` (`fingerprint`),
  CONSTRAINT `fk_rails_9a0218c560` FOREIGN KEY (`banning_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `images` (
  `id` int NOT NULL AUTO_INCREMENT,
  `image` text,
  `image_name` text,
  `image_width` int,
  `image_height` int,
  `image_size` int,
  `image_format` text,
  `image_mime_type` text,
  `image_aspect_ratio` double,
  `ip` varchar(45) NOT NULL,
  `fingerprint` text NOT NULL,
  `anonymous` tinyint(1) NOT NULL DEFAULT 0,
  `score` int NOT NULL DEFAULT 0,
  `faves_count` int NOT NULL DEFAULT 0,
  `upvotes_count` int NOT NULL DEFAULT 0,
  `downvotes_count` int NOT NULL DEFAULT 0,
  `source_url` text,
  `image_sha512_hash` text,
  `image_orig_sha512_hash` varchar(255),
  `deletion_reason` text,
  `duplicate_id` int,
  `comments_count` int NOT NULL DEFAULT 0,
  `processed` tinyint(1) NOT NULL DEFAULT 0,
  `thumbnails_generated` tinyint(1) NOT NULL DEFAULT 0,
  `duplication_checked` tinyint(1) NOT NULL DEFAULT 0,
  `hidden_from_users` tinyint(1) NOT NULL DEFAULT 0,
  `tag_editing_allowed` tinyint(1) NOT NULL DEFAULT 1,
  `description_editing_allowed` tinyint(1) NOT NULL DEFAULT 1,
  `commenting_allowed` tinyint(1) NOT NULL DEFAULT 1,
  `is_animated` tinyint(1) NOT NULL,
  `first_seen_at` datetime NOT NULL,
  `featured_on` datetime,
  `user_id` int,
  `deleted_by_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `destroyed_content` tinyint(1) NOT NULL DEFAULT 0,
  `hidden_image_key` text,
  `hides_count` int NOT NULL DEFAULT 0,
  `image_duration` double,
  `description` text NOT NULL DEFAULT '',
  `scratchpad` text,
  `approved` tinyint(1) NOT NULL DEFAULT 0,
  `image_orig_size` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_images_on_created_at` (`created_at`),
  KEY `index_images_on_featured_on` (`featured_on`),
  KEY `index_images_on_image_orig_sha512_hash` (`image_orig_sha512_hash`),
  KEY `index_images_on_updated_at` (`updated_at`),
  KEY `index_images_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_19cd822056` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `fk_rails_4beeabc29a` FOREIGN KEY (`duplicate_id`) REFERENCES `images` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `fk_rails_643b16ae74` FOREIGN KEY (`deleted_by_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ip` varchar(45) NOT NULL,
  `fingerprint` text NOT NULL,
  `anonymous` tinyint(1) NOT NULL DEFAULT 0,
  `hidden_from_users` tinyint(1) NOT NULL DEFAULT 0,
  `user_id` int,
  `deleted_by_id` int,
  `image_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `edit_reason` text,
  `edited_at` datetime,
  `deletion_reason` text NOT NULL DEFAULT '',
  `destroyed_content` tinyint(1) NOT NULL DEFAULT 0,
  `body` text NOT NULL,
  `approved` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_comments_on_created_at` (`created_at`),
  KEY `index_comments_on_image_id` (`image_id`),
  KEY `index_comments_on_image_id_and_created_at` (`image_id`, `created_at`),
  KEY `index_comments_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_03de2dc08c` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `fk_rails_33bcaea6cd` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_3f25c5a043` FOREIGN KEY (`deleted_by_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment_versions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `comment_id` int NOT NULL,
  `user_id` int,
  `body` text NOT NULL DEFAULT '',
  `edit_reason` varchar(255),
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `comment_versions_comment_id_created_at_index` (`comment_id`, `created_at`),
  KEY `comment_versions_user_id_index` (`user_id`),
  CONSTRAINT `comment_versions_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `comment_versions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `commissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `open` tinyint(1) NOT NULL,
  `categories` text NOT NULL DEFAULT '{}',
  `sheet_image_id` int,
  `commission_items_count` int NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `information` text NOT NULL,
  `contact` text NOT NULL,
  `will_create` text NOT NULL DEFAULT '',
  `will_not_create` text NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `index_commissions_on_open` (`open`),
  KEY `index_commissions_on_sheet_image_id` (`sheet_image_id`),
  KEY `index_commissions_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_1cc89d251d` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_3dabda470b` FOREIGN KEY (`sheet_image_id`) REFERENCES `images` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `commission_items` (
  `id` int NOT NULL AUTO_INCREMENT,
  `commission_id` int NOT NULL,
  `item_type` varchar(255) NOT NULL,
  `base_price` decimal(20,6) NOT NULL,
  `example_image_id` int,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `description` text NOT NULL,
  `add_ons` text NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `index_commission_items_on_commission_id` (`commission_id`),
  KEY `index_commission_items_on_example_image_id` (`example_image_id`),
  KEY `index_commission_items_on_item_type` (`item_type`),
  CONSTRAINT `fk_rails_56d368749a` FOREIGN KEY (`example_image_id`) REFERENCES `images` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_62d0ec516b` FOREIGN KEY (`commission_id`) REFERENCES `commissions` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `duplicate_reports` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reason` text NOT NULL DEFAULT '',
  `state` varchar(255) NOT NULL DEFAULT 'open',
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `image_id` int NOT NULL,
  `duplicate_of_image_id` int NOT NULL,
  `user_id` int,
  `modifier_id` int,
  PRIMARY KEY (`id`),
  KEY `index_duplicate_reports_on_created_at` (`created_at`),
  KEY `index_duplicate_reports_on_duplicate_of_image_id` (`duplicate_of_image_id`),
  KEY `index_duplicate_reports_on_image_id` (`image_id`),
  KEY `index_duplicate_reports_on_modifier_id` (`modifier_id`),
  KEY `index_duplicate_reports_on_state` (`state`),
  KEY `index_duplicate_reports_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_5b4e8fb78c` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_5cf6ede006` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `fk_rails_732a84d198` FOREIGN KEY (`duplicate_of_image_id`) REFERENCES `images` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_d209e0f2ed` FOREIGN KEY (`modifier_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `galleries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` text NOT NULL,
  `spoiler_warning` text NOT NULL DEFAULT '',
  `description` text NOT NULL DEFAULT '',
  `thumbnail_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `image_count` int NOT NULL DEFAULT 0,
  `order_position_asc` tinyint(1) NOT NULL DEFAULT 0,
  `anonymous` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_galleries_on_creator_id` (`user_id`),
  KEY `index_galleries_on_thumbnail_id` (`thumbnail_id`),
  CONSTRAINT `fk_rails_6c0cba6a45` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_792181eb40` FOREIGN KEY (`thumbnail_id`) REFERENCES `images` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gallery_image_notifications` (
  `gallery_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `read` tinyint(1) NOT NULL DEFAULT 0,
  KEY `gallery_image_notifications_gallery_id_index` (`gallery_id`),
  UNIQUE KEY `gallery_image_notifications_user_id_gallery_id_index` (`user_id`, `gallery_id`),
  KEY `gallery_image_notifications_user_id_read_index` (`user_id`, `read`),
  CONSTRAINT `gallery_image_notifications_gallery_id_fkey` FOREIGN KEY (`gallery_id`) REFERENCES `galleries` (`id`) ON DELETE CASCADE,
  CONSTRAINT `gallery_image_notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gallery_interactions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `position` int NOT NULL,
  `image_id` int NOT NULL,
  `gallery_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_gallery_interactions_on_gallery_id` (`gallery_id`),
  UNIQUE KEY `index_gallery_interactions_on_gallery_id_and_image_id` (`gallery_id`, `image_id`),
  KEY `index_gallery_interactions_on_image_id` (`image_id`),
  CONSTRAINT `fk_rails_6af162285f` FOREIGN KEY (`gallery_id`) REFERENCES `galleries` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_bb5ebe2a77` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gallery_subscriptions` (
  `gallery_id` int NOT NULL,
  `user_id` int NOT NULL,
  UNIQUE KEY `index_gallery_subscriptions_on_gallery_id_and_user_id` (`gallery_id`, `user_id`),
  KEY `index_gallery_subscriptions_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_6e2d2beaf4` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_fa77f3cebe` FOREIGN KEY (`gallery_id`) REFERENCES `galleries` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `image_comment_notifications` (
  `image_id` int NOT NULL,
  `comment_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `read` tinyint(1) NOT NULL DEFAULT 0,
  KEY `image_comment_notifications_comment_id_index` (`comment_id`),
  KEY `image_comment_notifications_image_id_index` (`image_id`),
  UNIQUE KEY `image_comment_notifications_user_id_image_id_index` (`user_id`, `image_id`),
  KEY `image_comment_notifications_user_id_read_index` (`user_id`, `read`),
  CONSTRAINT `image_comment_notifications_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `image_comment_notifications_image_id_fkey` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON DELETE CASCADE,
  CONSTRAINT `image_comment_notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `image_faves` (
  `image_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  UNIQUE KEY `index_image_faves_on_image_id_and_user_id` (`image_id`, `user_id`),
  KEY `index_image_faves_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_0a4bb301d6` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_bebe1c640a` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `image_features` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `image_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_image_features_on_created_at` (`created_at`),
  KEY `index_image_features_on_image_id` (`image_id`),
  KEY `index_image_features_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_90c2421c89` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `fk_rails_b5fb903247` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `image_hides` (
  `image_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  UNIQUE KEY `index_image_hides_on_image_id_and_user_id` (`image_id`, `user_id`),
  KEY `index_image_hides_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_335978518a` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_7a10a4b0f1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `image_merge_notifications` (
  `target_id` int NOT NULL,
  `source_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `read` tinyint(1) NOT NULL DEFAULT 0,
  KEY `image_merge_notifications_source_id_index` (`source_id`),
  KEY `image_merge_notifications_target_id_index` (`target_id`),
  KEY `image_merge_notifications_user_id_read_index` (`user_id`, `read`),
  UNIQUE KEY `image_merge_notifications_user_id_target_id_index` (`user_id`, `target_id`),
  CONSTRAINT `image_merge_notifications_source_id_fkey` FOREIGN KEY (`source_id`) REFERENCES `images` (`id`) ON DELETE CASCADE,
  CONSTRAINT `image_merge_notifications_target_id_fkey` FOREIGN KEY (`target_id`) REFERENCES `images` (`id`) ON DELETE CASCADE,
  CONSTRAINT `image_merge_notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `image_sources` (
  `image_id` int NOT NULL,
  `source` varchar(255) NOT NULL,
  UNIQUE KEY `image_sources_image_id_source_index` (`image_id`, `source`),
  UNIQUE KEY `index_image_source_on_image_id_and_source` (`image_id`, `source`),
  CONSTRAINT `image_sources_image_id_fkey` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `image_subscriptions` (
  `image_id` int NOT NULL,
  `user_id` int NOT NULL,
  UNIQUE KEY `index_image_subscriptions_on_image_id_and_user_id` (`image_id`, `user_id`),
  KEY `index_image_subscriptions_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_15f6724e1c` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_a4ee3b390b` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `image_taggings` (
  `image_id` int NOT NULL,
  `tag_id` int NOT NULL,
  UNIQUE KEY `index_image_taggings_on_image_id_and_tag_id` (`image_id`, `tag_id`),
  KEY `index_image_taggings_on_tag_id` (`tag_id`),
  CONSTRAINT `fk_rails_0f89cd23a9` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_74cc21a055` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `image_votes` (
  `image_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `up` tinyint(1) NOT NULL,
  UNIQUE KEY `index_image_votes_on_image_id_and_user_id` (`image_id`, `user_id`),
  KEY `index_image_votes_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_8086a2c07e` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_c6d2f46f70` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `from_id` int NOT NULL,
  `conversation_id` int NOT NULL,
  `body` text NOT NULL,
  `approved` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_messages_on_conversation_id_and_created_at` (`conversation_id`, `created_at`),
  KEY `index_messages_on_from_id` (`from_id`),
  CONSTRAINT `fk_rails_2bcf7eed31` FOREIGN KEY (`from_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `moderation_logs` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `body` text NOT NULL,
  `subject_path` text NOT NULL,
  `type` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `moderation_logs_created_at_index` (`created_at`),
  KEY `moderation_logs_type_created_at_index` (`type`, `created_at`),
  KEY `moderation_logs_type_index` (`type`),
  KEY `moderation_logs_user_id_created_at_index` (`user_id`, `created_at`),
  KEY `moderation_logs_user_id_index` (`user_id`),
  CONSTRAINT `moderation_logs_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `site_notices` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` text NOT NULL,
  `text` text NOT NULL,
  `link` text NOT NULL,
  `link_text` text NOT NULL,
  `live` tinyint(1) NOT NULL DEFAULT 0,
  `start_date` datetime NOT NULL,
  `finish_date` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_site_notices_on_start_date_and_finish_date` (`start_date`, `finish_date`),
  KEY `index_site_notices_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_57d8d7ea57` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `source_changes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `image_id` int NOT NULL,
  `user_id` int,
  `ip` varchar(45) NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `added` tinyint(1) NOT NULL,
  `fingerprint` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_source_changes_on_image_id` (`image_id`),
  KEY `index_source_changes_on_ip` (`ip`),
  KEY `index_source_changes_on_user_id` (`user_id`),
  CONSTRAINT `source_changes_image_id_fkey` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `source_changes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subnet_bans` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reason` text NOT NULL,
  `note` text NOT NULL DEFAULT '',
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `valid_until` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `banning_user_id` int NOT NULL,
  `specification` varchar(45) NOT NULL,
  `generated_ban_id` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_subnet_bans_on_banning_user_id` (`banning_user_id`),
  KEY `index_subnet_bans_on_created_at` (`created_at`),
  CONSTRAINT `fk_rails_d8a07ba049` FOREIGN KEY (`banning_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_changes` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `image_id` int NOT NULL,
  `user_id` int,
  `ip` varchar(45) NOT NULL,
  `fingerprint` varchar(255) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tag_changes_fingerprint_index` (`fingerprint`),
  KEY `tag_changes_image_id_index` (`image_id`),
  KEY `tag_changes_user_id_index` (`user_id`),
  CONSTRAINT `tag_changes_image_id_fkey` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `tag_changes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_change_tags` (
  `tag_change_id` bigint NOT NULL,
  `tag_id` int NOT NULL,
  `added` tinyint(1) NOT NULL,
  UNIQUE KEY `tag_change_tags_tag_change_id_tag_id_index` (`tag_change_id`, `tag_id`),
  KEY `tag_change_tags_tag_id_index` (`tag_id`),
  CONSTRAINT `tag_change_tags_tag_change_id_fkey` FOREIGN KEY (`tag_change_id`) REFERENCES `tag_changes` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `tag_change_tags_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unread_notifications` (
  `id` int NOT NULL AUTO_INCREMENT,
  `notification_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_unread_notifications_on_notification_id_and_user_id` (`notification_id`, `user_id`),
  KEY `index_unread_notifications_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_429c8d75ab` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_97681c85bb` FOREIGN KEY (`notification_id`) REFERENCES `notifications` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_bans` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reason` text NOT NULL,
  `note` text NOT NULL DEFAULT '',
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `valid_until` datetime NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int NOT NULL,
  `banning_user_id` int NOT NULL,
  `generated_ban_id` text NOT NULL,
  `override_ip_ban` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_user_bans_on_banning_user_id` (`banning_user_id`),
  KEY `index_user_bans_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_b27db52384` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_d4cf1d1b70` FOREIGN KEY (`banning_user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_fingerprints` (
  `id` int NOT NULL AUTO_INCREMENT,
  `fingerprint` varchar(255) NOT NULL,
  `uses` int NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_fingerprints_on_fingerprint_and_user_id` (`fingerprint`, `user_id`),
  KEY `index_user_fingerprints_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_725f1a9b85` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_ips` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ip` varchar(45) NOT NULL,
  `uses` int NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_ips_on_ip_and_user_id` (`ip`, `user_id`),
  KEY `index_user_ips_on_updated_at` (`updated_at`),
  CONSTRAINT `fk_rails_34294629f5` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_name_changes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `name` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_user_name_changes_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_828a40cab1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_settings` (
  `user_id` int NOT NULL,
  `spoiler_type` varchar(255) NOT NULL DEFAULT 'static',
  `theme` varchar(255) NOT NULL DEFAULT 'dark-blue',
  `images_per_page` int NOT NULL DEFAULT 15,
  `comments_per_page` int NOT NULL DEFAULT 20,
  `show_sidebar_and_watched_images` tinyint(1) NOT NULL DEFAULT 1,
  `fancy_tag_field_on_upload` tinyint(1) NOT NULL DEFAULT 1,
  `fancy_tag_field_on_edit` tinyint(1) NOT NULL DEFAULT 1,
  `anonymous_by_default` tinyint(1) NOT NULL DEFAULT 0,
  `scale_large_images` varchar(255) NOT NULL DEFAULT 'true',
  `comments_newest_first` tinyint(1) NOT NULL DEFAULT 1,
  `comments_always_jump_to_last` tinyint(1) NOT NULL DEFAULT 1,
  `watch_on_reply` tinyint(1) NOT NULL DEFAULT 1,
  `watch_on_new_topic` tinyint(1) NOT NULL DEFAULT 1,
  `watch_on_upload` tinyint(1) NOT NULL DEFAULT 1,
  `messages_newest_first` tinyint(1) NOT NULL DEFAULT 0,
  `no_spoilered_in_watched` tinyint(1) NOT NULL DEFAULT 0,
  `watched_images_query_str` varchar(255) NOT NULL DEFAULT '',
  `watched_images_exclude_str` varchar(255) NOT NULL DEFAULT '',
  `use_centered_layout` tinyint(1) NOT NULL DEFAULT 1,
  `hide_vote_counts` tinyint(1) NOT NULL DEFAULT 0,
  `delay_home_images` tinyint(1) NOT NULL DEFAULT 1,
  `staff_delay_home_images` tinyint(1) NOT NULL DEFAULT 0,
  `borderless_tags` tinyint(1) NOT NULL DEFAULT 0,
  `rounded_tags` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `user_settings_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_statistics` (
  `user_id` int NOT NULL,
  `day` date NOT NULL,
  `images_count` int NOT NULL DEFAULT 0,
  `image_votes_count` int NOT NULL DEFAULT 0,
  `comments_count` int NOT NULL DEFAULT 0,
  `metadata_updates_count` int NOT NULL DEFAULT 0,
  `image_faves_count` int NOT NULL DEFAULT 0,
  `posts_count` int NOT NULL DEFAULT 0,
  `topics_count` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`user_id`, `day`),
  KEY `index_user_statistics_on_user_id` (`user_id`),
  UNIQUE KEY `index_user_statistics_on_user_id_and_day` (`user_id`, `day`),
  CONSTRAINT `fk_rails_a4ae2a454b` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_tokens` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `token` blob NOT NULL,
  `context` varchar(255) NOT NULL,
  `sent_to` varchar(255),
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_tokens_context_token_index` (`context`, `token`),
  KEY `user_tokens_user_id_index` (`user_id`),
  CONSTRAINT `user_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_whitelists` (
  `id` int NOT NULL AUTO_INCREMENT,
  `reason` text NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_user_whitelists_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_eda0eaebbb` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_roles` (
  `user_id` int NOT NULL,
  `role_id` int NOT NULL,
  KEY `index_users_roles_on_role_id` (`role_id`),
  UNIQUE KEY `index_users_roles_on_user_id_and_role_id` (`user_id`, `role_id`),
  CONSTRAINT `fk_rails_4a41696df6` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_eb7b4658f8` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `edit_reason` text,
  `ip` varchar(45) NOT NULL,
  `fingerprint` text NOT NULL,
  `topic_position` int NOT NULL,
  `hidden_from_users` tinyint(1) NOT NULL DEFAULT 0,
  `anonymous` tinyint(1) DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int,
  `topic_id` int NOT NULL,
  `deleted_by_id` int,
  `edited_at` datetime,
  `deletion_reason` text NOT NULL DEFAULT '',
  `destroyed_content` tinyint(1) NOT NULL DEFAULT 0,
  `body` text NOT NULL,
  `approved` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_posts_on_topic_id_and_created_at` (`topic_id`, `created_at`),
  UNIQUE KEY `index_posts_on_topic_id_and_topic_position` (`topic_id`, `topic_position`),
  KEY `index_posts_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_5736a68073` FOREIGN KEY (`deleted_by_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `fk_rails_5b5ddfd518` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_versions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `post_id` int NOT NULL,
  `user_id` int,
  `body` text NOT NULL DEFAULT '',
  `edit_reason` varchar(255),
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `post_versions_post_id_created_at_index` (`post_id`, `created_at`),
  KEY `post_versions_user_id_index` (`user_id`),
  CONSTRAINT `post_versions_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `post_versions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ip` varchar(45) NOT NULL,
  `fingerprint` text,
  `user_agent` text DEFAULT '',
  `state` text NOT NULL DEFAULT 'open',
  `open` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `user_id` int,
  `admin_id` int,
  `reason` text NOT NULL,
  `system` tinyint(1) NOT NULL DEFAULT 0,
  `rule_id` bigint,
  `image_id` int,
  `comment_id` int,
  `post_id` int,
  `reported_user_id` int,
  `commission_id` int,
  `conversation_id` int,
  `gallery_id` int,
  PRIMARY KEY (`id`),
  KEY `index_reports_on_admin_id` (`admin_id`),
  KEY `index_reports_on_created_at` (`created_at`),
  KEY `index_reports_on_open` (`open`),
  KEY `index_reports_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_b138baacff` FOREIGN KEY (`admin_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `fk_rails_c7699d537d` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `reports_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`) ON DELETE SET NULL,
  CONSTRAINT `reports_commission_id_fkey` FOREIGN KEY (`commission_id`) REFERENCES `commissions` (`id`) ON DELETE SET NULL,
  CONSTRAINT `reports_conversation_id_fkey` FOREIGN KEY (`conversation_id`) REFERENCES `conversations` (`id`) ON DELETE SET NULL,
  CONSTRAINT `reports_gallery_id_fkey` FOREIGN KEY (`gallery_id`) REFERENCES `galleries` (`id`) ON DELETE SET NULL,
  CONSTRAINT `reports_image_id_fkey` FOREIGN KEY (`image_id`) REFERENCES `images` (`id`) ON DELETE SET NULL,
  CONSTRAINT `reports_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL,
  CONSTRAINT `reports_reported_user_id_fkey` FOREIGN KEY (`reported_user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `reports_rule_id_fkey` FOREIGN KEY (`rule_id`) REFERENCES `rules` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mod_notes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `moderator_id` int NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `body` text NOT NULL,
  `user_id` int,
  `report_id` int,
  `dnp_entry_id` int,
  PRIMARY KEY (`id`),
  KEY `index_mod_notes_on_moderator_id` (`moderator_id`),
  CONSTRAINT `fk_rails_52f31eb1ff` FOREIGN KEY (`moderator_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `mod_notes_dnp_entry_id_fkey` FOREIGN KEY (`dnp_entry_id`) REFERENCES `dnp_entries` (`id`) ON DELETE SET NULL,
  CONSTRAINT `mod_notes_report_id_fkey` FOREIGN KEY (`report_id`) REFERENCES `reports` (`id`) ON DELETE SET NULL,
  CONSTRAINT `mod_notes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `topics` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` text NOT NULL,
  `post_count` int NOT NULL DEFAULT 0,
  `view_count` int NOT NULL DEFAULT 0,
  `sticky` tinyint(1) NOT NULL DEFAULT 0,
  `last_replied_to_at` datetime,
  `locked_at` datetime,
  `deletion_reason` text,
  `lock_reason` text,
  `slug` varchar(255) NOT NULL,
  `anonymous` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `forum_id` int NOT NULL,
  `user_id` int,
  `deleted_by_id` int,
  `locked_by_id` int,
  `last_post_id` int,
  `hidden_from_users` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `index_topics_on_forum_id` (`forum_id`),
  UNIQUE KEY `index_topics_on_forum_id_and_slug` (`forum_id`, `slug`),
  KEY `index_topics_on_hidden_from_users` (`hidden_from_users`),
  KEY `index_topics_on_last_post_id` (`last_post_id`),
  KEY `index_topics_on_last_replied_to_at` (`last_replied_to_at`),
  KEY `index_topics_on_slug` (`slug`),
  KEY `index_topics_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_687ee3cd61` FOREIGN KEY (`deleted_by_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `fk_rails_7b812cfb44` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `fk_rails_8fdcbf6aed` FOREIGN KEY (`last_post_id`) REFERENCES `posts` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `fk_rails_ab6fa5b2e7` FOREIGN KEY (`locked_by_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forum_post_notifications` (
  `topic_id` int NOT NULL,
  `post_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `read` tinyint(1) NOT NULL DEFAULT 0,
  KEY `forum_post_notifications_post_id_index` (`post_id`),
  KEY `forum_post_notifications_topic_id_index` (`topic_id`),
  KEY `forum_post_notifications_user_id_read_index` (`user_id`, `read`),
  UNIQUE KEY `forum_post_notifications_user_id_topic_id_index` (`user_id`, `topic_id`),
  CONSTRAINT `forum_post_notifications_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `forum_post_notifications_topic_id_fkey` FOREIGN KEY (`topic_id`) REFERENCES `topics` (`id`) ON DELETE CASCADE,
  CONSTRAINT `forum_post_notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forum_topic_notifications` (
  `topic_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `read` tinyint(1) NOT NULL DEFAULT 0,
  KEY `forum_topic_notifications_topic_id_index` (`topic_id`),
  KEY `forum_topic_notifications_user_id_read_index` (`user_id`, `read`),
  UNIQUE KEY `forum_topic_notifications_user_id_topic_id_index` (`user_id`, `topic_id`),
  CONSTRAINT `forum_topic_notifications_topic_id_fkey` FOREIGN KEY (`topic_id`) REFERENCES `topics` (`id`) ON DELETE CASCADE,
  CONSTRAINT `forum_topic_notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forums` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `short_name` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `access_level` text NOT NULL DEFAULT 'normal',
  `topic_count` int NOT NULL DEFAULT 0,
  `post_count` int NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `last_post_id` int,
  `last_topic_id` int,
  PRIMARY KEY (`id`),
  KEY `index_forums_on_last_post_id` (`last_post_id`),
  KEY `index_forums_on_last_topic_id` (`last_topic_id`),
  UNIQUE KEY `index_forums_on_short_name` (`short_name`),
  CONSTRAINT `fk_rails_a63558903d` FOREIGN KEY (`last_post_id`) REFERENCES `posts` (`id`) ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT `fk_rails_e8afa7749e` FOREIGN KEY (`last_topic_id`) REFERENCES `topics` (`id`) ON UPDATE CASCADE ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forum_subscriptions` (
  `forum_id` int NOT NULL,
  `user_id` int NOT NULL,
  UNIQUE KEY `index_forum_subscriptions_on_forum_id_and_user_id` (`forum_id`, `user_id`),
  KEY `index_forum_subscriptions_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_8268bd8830` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_8508ff98b6` FOREIGN KEY (`forum_id`) REFERENCES `forums` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `polls` (
  `id` int NOT NULL AUTO_INCREMENT,
  `title` varchar(140) NOT NULL,
  `vote_method` varchar(8) NOT NULL,
  `active_until` datetime NOT NULL,
  `total_votes` int NOT NULL DEFAULT 0,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  `topic_id` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `index_polls_on_topic_id` (`topic_id`),
  CONSTRAINT `fk_rails_861a79e923` FOREIGN KEY (`topic_id`) REFERENCES `topics` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `poll_options` (
  `id` int NOT NULL AUTO_INCREMENT,
  `label` varchar(80) NOT NULL,
  `vote_count` int NOT NULL DEFAULT 0,
  `poll_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_poll_options_on_poll_id_and_label` (`poll_id`, `label`),
  CONSTRAINT `fk_rails_aa85becb42` FOREIGN KEY (`poll_id`) REFERENCES `polls` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `poll_votes` (
  `id` int NOT NULL AUTO_INCREMENT,
  `poll_option_id` int NOT NULL,
  `user_id` int NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_poll_votes_on_poll_option_id_and_user_id` (`poll_option_id`, `user_id`),
  KEY `index_poll_votes_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_848ece0184` FOREIGN KEY (`poll_option_id`) REFERENCES `poll_options` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_b64de9b025` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `topic_subscriptions` (
  `topic_id` int NOT NULL,
  `user_id` int NOT NULL,
  UNIQUE KEY `index_topic_subscriptions_on_topic_id_and_user_id` (`topic_id`, `user_id`),
  KEY `index_topic_subscriptions_on_user_id` (`user_id`),
  CONSTRAINT `fk_rails_72d9624105` FOREIGN KEY (`topic_id`) REFERENCES `topics` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `fk_rails_b0d5d379ae` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `users` ADD CONSTRAINT `fk_rails_d2b4c2768f` FOREIGN KEY (`current_filter_id`) REFERENCES `filters` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE `users` ADD CONSTRAINT `users_forced_filter_id_fkey` FOREIGN KEY (`forced_filter_id`) REFERENCES `filters` (`id`);
ALTER TABLE `posts` ADD CONSTRAINT `fk_rails_70d0b6486a` FOREIGN KEY (`topic_id`) REFERENCES `topics` (`id`) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE `topics` ADD CONSTRAINT `fk_rails_eac66eb971` FOREIGN KEY (`forum_id`) REFERENCES `forums` (`id`) ON UPDATE CASCADE ON DELETE CASCADE;

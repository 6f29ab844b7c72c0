-- Pixelfed (federated photo-sharing social network) — trimmed schema, 42 of the 92 tables its migrations create.
-- Upstream: github.com/pixelfed/pixelfed, database/migrations/*.php (Laravel schema-builder migrations),
--   commit 8aae92d75b4881e5cd6a4e2c83ca52046e5b3d66 (branch dev), licence AGPL-3.0.
-- Made by replaying the up() methods of all 201 migrations in file order (Schema::create / table / drop /
-- rename, column adds, ->change(), dropColumn, renameColumn, ->after()) with the MySQL types of Laravel's
-- schema grammar (string -> VARCHAR(255), increments -> INT UNSIGNED AUTO_INCREMENT, boolean -> TINYINT(1),
-- timestamps() -> nullable TIMESTAMPs, softDeletes -> deleted_at), and the MySQL-only DB::statement of
-- 2018_10_09_043717 (statuses.visibility ENUM with 'draft'). Indexes and unique keys are left out; tables
-- created by packages (Passport OAuth, Horizon) are not in the repository and not included.
-- Upstream declares no column comments.

CREATE TABLE `users` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `profile_id` BIGINT UNSIGNED NULL,
  `name` VARCHAR(255) NULL,
  `username` VARCHAR(255) NULL,
  `email` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NULL,
  `language` VARCHAR(255) NULL,
  `password` VARCHAR(255) NOT NULL,
  `remember_token` VARCHAR(100) NULL,
  `is_admin` TINYINT(1) NOT NULL DEFAULT 0,
  `email_verified_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  `last_active_at` TIMESTAMP NULL,
  `2fa_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `2fa_secret` VARCHAR(255) NULL,
  `2fa_backup_codes` JSON NULL,
  `2fa_setup_at` TIMESTAMP NULL,
  `delete_after` TIMESTAMP NULL,
  `has_interstitial` TINYINT(1) NOT NULL DEFAULT 0,
  `guid` VARCHAR(255) NULL,
  `domain` VARCHAR(255) NULL,
  `register_source` VARCHAR(255) NULL DEFAULT 'web',
  `app_register_token` VARCHAR(255) NULL,
  `app_register_ip` VARCHAR(255) NULL,
  `has_roles` TINYINT(1) NOT NULL DEFAULT 0,
  `parent_id` INT UNSIGNED NULL,
  `role_id` TINYINT UNSIGNED NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_resets` (
  `email` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` VARCHAR(255) NOT NULL,
  `user_id` BIGINT UNSIGNED NULL,
  `ip_address` VARCHAR(45) NULL,
  `user_agent` TEXT NULL,
  `payload` TEXT NOT NULL,
  `last_activity` INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `profiles` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` INT UNSIGNED NULL,
  `domain` VARCHAR(255) NULL,
  `username` VARCHAR(255) NULL,
  `status` VARCHAR(255) NULL,
  `name` VARCHAR(255) NULL,
  `bio` TEXT NULL,
  `unlisted` TINYINT(1) NOT NULL DEFAULT 0,
  `cw` TINYINT(1) NOT NULL DEFAULT 0,
  `no_autolink` TINYINT(1) NOT NULL DEFAULT 0,
  `location` VARCHAR(255) NULL,
  `website` VARCHAR(255) NULL,
  `profile_layout` VARCHAR(255) NULL,
  `header_bg` VARCHAR(255) NULL,
  `post_layout` VARCHAR(255) NULL,
  `is_private` TINYINT(1) NOT NULL DEFAULT 0,
  `sharedInbox` VARCHAR(255) NULL,
  `inbox_url` VARCHAR(255) NULL,
  `outbox_url` VARCHAR(255) NULL,
  `key_id` VARCHAR(255) NULL,
  `follower_url` VARCHAR(255) NULL,
  `following_url` VARCHAR(255) NULL,
  `private_key` TEXT NULL,
  `public_key` TEXT NULL,
  `remote_url` VARCHAR(255) NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  `delete_after` TIMESTAMP NULL,
  `is_suggestable` TINYINT(1) NOT NULL DEFAULT 0,
  `last_fetched_at` TIMESTAMP NULL,
  `status_count` INT UNSIGNED NULL DEFAULT 0,
  `followers_count` INT UNSIGNED NULL DEFAULT 0,
  `following_count` INT UNSIGNED NULL DEFAULT 0,
  `webfinger` VARCHAR(255) NULL,
  `avatar_url` VARCHAR(255) NULL,
  `last_status_at` TIMESTAMP NULL,
  `moved_to_profile_id` BIGINT UNSIGNED NULL,
  `indexable` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statuses` (
  `id` BIGINT UNSIGNED NOT NULL,
  `uri` VARCHAR(255) NULL,
  `caption` TEXT NOT NULL,
  `rendered` TEXT NOT NULL,
  `profile_id` BIGINT UNSIGNED NULL,
  `type` VARCHAR(255) NULL,
  `in_reply_to_id` BIGINT UNSIGNED NULL,
  `reblog_of_id` BIGINT UNSIGNED NULL,
  `url` VARCHAR(255) NULL,
  `is_nsfw` TINYINT(1) NOT NULL DEFAULT 0,
  `scope` VARCHAR(255) NOT NULL DEFAULT 'public',
  `visibility` ENUM('public','unlisted','private','direct','draft') NOT NULL DEFAULT 'public',
  `reply` TINYINT(1) NOT NULL DEFAULT 0,
  `likes_count` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `reblogs_count` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `language` VARCHAR(255) NULL,
  `conversation_id` BIGINT UNSIGNED NULL,
  `local` TINYINT(1) NOT NULL DEFAULT 1,
  `application_id` BIGINT UNSIGNED NULL,
  `in_reply_to_profile_id` BIGINT UNSIGNED NULL,
  `entities` JSON NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  `cw_summary` VARCHAR(255) NULL,
  `reply_count` INT UNSIGNED NULL,
  `comments_disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `place_id` BIGINT UNSIGNED NULL,
  `object_url` VARCHAR(255) NULL,
  `edited_at` TIMESTAMP NULL,
  `trendable` TINYINT(1) NULL,
  `media_ids` JSON NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `media` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `status_id` BIGINT UNSIGNED NULL,
  `profile_id` BIGINT UNSIGNED NULL,
  `user_id` BIGINT UNSIGNED NULL,
  `is_nsfw` TINYINT(1) NOT NULL DEFAULT 0,
  `remote_media` TINYINT(1) NOT NULL DEFAULT 0,
  `original_sha256` VARCHAR(255) NULL,
  `optimized_sha256` VARCHAR(255) NULL,
  `media_path` VARCHAR(255) NOT NULL,
  `thumbnail_path` VARCHAR(255) NULL,
  `cdn_url` TEXT NULL,
  `optimized_url` VARCHAR(255) NULL,
  `thumbnail_url` VARCHAR(255) NULL,
  `remote_url` VARCHAR(255) NULL,
  `caption` TEXT NOT NULL,
  `hls_path` VARCHAR(255) NULL,
  `order` TINYINT UNSIGNED NOT NULL DEFAULT 1,
  `mime` VARCHAR(255) NULL,
  `size` INT UNSIGNED NULL,
  `orientation` VARCHAR(255) NULL,
  `filter_name` VARCHAR(255) NULL,
  `filter_class` VARCHAR(255) NULL,
  `license` VARCHAR(255) NULL,
  `processed_at` TIMESTAMP NULL,
  `hls_transcoded_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  `key` VARCHAR(255) NULL,
  `metadata` JSON NULL,
  `version` TINYINT NOT NULL DEFAULT 1,
  `blurhash` VARCHAR(255) NULL,
  `srcset` JSON NULL,
  `width` INT UNSIGNED NULL,
  `height` INT UNSIGNED NULL,
  `skip_optimize` TINYINT(1) NULL,
  `replicated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `likes` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `profile_id` BIGINT UNSIGNED NOT NULL,
  `status_id` BIGINT UNSIGNED NOT NULL,
  `status_profile_id` BIGINT UNSIGNED NULL,
  `is_comment` TINYINT(1) NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `followers` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `profile_id` BIGINT UNSIGNED NOT NULL,
  `following_id` BIGINT UNSIGNED NOT NULL,
  `local_profile` TINYINT(1) NOT NULL DEFAULT 1,
  `local_following` TINYINT(1) NOT NULL DEFAULT 1,
  `show_reblogs` TINYINT(1) NOT NULL DEFAULT 1,
  `notify` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `profile_id` BIGINT UNSIGNED NOT NULL,
  `user_id` BIGINT UNSIGNED NULL,
  `object_id` BIGINT UNSIGNED NOT NULL,
  `object_type` VARCHAR(255) NULL,
  `reported_profile_id` BIGINT UNSIGNED NULL,
  `type` VARCHAR(255) NULL,
  `message` VARCHAR(255) NULL,
  `admin_seen` TIMESTAMP NULL,
  `not_interested` TINYINT(1) NOT NULL DEFAULT 0,
  `spam` TINYINT(1) NOT NULL DEFAULT 0,
  `nsfw` TINYINT(1) NOT NULL DEFAULT 0,
  `abusive` TINYINT(1) NOT NULL DEFAULT 0,
  `meta` JSON NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hashtags` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `can_trend` TINYINT(1) NULL,
  `can_search` TINYINT(1) NULL,
  `is_nsfw` TINYINT(1) NOT NULL DEFAULT 0,
  `is_banned` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `cached_count` INT UNSIGNED NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status_hashtags` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `status_id` BIGINT UNSIGNED NOT NULL,
  `hashtag_id` BIGINT UNSIGNED NOT NULL,
  `profile_id` BIGINT UNSIGNED NULL,
  `status_visibility` VARCHAR(255) NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `avatars` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `profile_id` BIGINT UNSIGNED NOT NULL,
  `media_path` VARCHAR(255) NULL,
  `remote_url` VARCHAR(255) NULL,
  `cdn_url` VARCHAR(255) NULL,
  `is_remote` TINYINT(1) NULL,
  `size` INT UNSIGNED NULL,
  `change_count` INT UNSIGNED NOT NULL DEFAULT 0,
  `last_fetched_at` TIMESTAMP NULL,
  `last_processed_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `profile_id` BIGINT UNSIGNED NOT NULL,
  `actor_id` BIGINT UNSIGNED NULL,
  `item_id` BIGINT UNSIGNED NULL,
  `item_type` VARCHAR(255) NULL,
  `action` VARCHAR(255) NULL,
  `read_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookmarks` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `status_id` BIGINT UNSIGNED NOT NULL,
  `profile_id` BIGINT UNSIGNED NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mentions` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `status_id` BIGINT UNSIGNED NOT NULL,
  `profile_id` BIGINT UNSIGNED NOT NULL,
  `local` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `deleted_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_verifications` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `email` VARCHAR(255) NULL,
  `user_token` VARCHAR(255) NOT NULL,
  `random_token` VARCHAR(255) NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_comments` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `report_id` BIGINT UNSIGNED NOT NULL,
  `profile_id` BIGINT UNSIGNED NOT NULL,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `comment` TEXT NOT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `report_logs` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `profile_id` BIGINT UNSIGNED NOT NULL,
  `item_id` BIGINT UNSIGNED NULL,
  `item_type` VARCHAR(255) NULL,
  `action` VARCHAR(255) NULL,
  `system_message` TINYINT(1) NOT NULL DEFAULT 0,
  `metadata` JSON NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_logs` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `item_id` BIGINT UNSIGNED NULL,
  `item_type` VARCHAR(255) NULL,
  `action` VARCHAR(255) NULL,
  `message` VARCHAR(255) NULL,
  `link` VARCHAR(255) NULL,
  `ip_address` VARCHAR(255) NULL,
  `user_agent` VARCHAR(255) NULL,
  `metadata` JSON NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_settings` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `role` VARCHAR(255) NOT NULL DEFAULT 'user',
  `crawlable` TINYINT(1) NOT NULL DEFAULT 1,
  `show_guests` TINYINT(1) NOT NULL DEFAULT 1,
  `show_discover` TINYINT(1) NOT NULL DEFAULT 1,
  `public_dm` TINYINT(1) NOT NULL DEFAULT 0,
  `hide_cw_search` TINYINT(1) NOT NULL DEFAULT 1,
  `hide_blocked_search` TINYINT(1) NOT NULL DEFAULT 1,
  `always_show_cw` TINYINT(1) NOT NULL DEFAULT 0,
  `compose_media_descriptions` TINYINT(1) NOT NULL DEFAULT 0,
  `reduce_motion` TINYINT(1) NOT NULL DEFAULT 0,
  `optimize_screen_reader` TINYINT(1) NOT NULL DEFAULT 0,
  `high_contrast_mode` TINYINT(1) NOT NULL DEFAULT 0,
  `video_autoplay` TINYINT(1) NOT NULL DEFAULT 0,
  `send_email_new_follower` TINYINT(1) NOT NULL DEFAULT 0,
  `send_email_new_follower_request` TINYINT(1) NOT NULL DEFAULT 1,
  `send_email_on_share` TINYINT(1) NOT NULL DEFAULT 0,
  `send_email_on_like` TINYINT(1) NOT NULL DEFAULT 0,
  `send_email_on_mention` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `show_profile_followers` TINYINT(1) NOT NULL DEFAULT 1,
  `show_profile_follower_count` TINYINT(1) NOT NULL DEFAULT 1,
  `show_profile_following` TINYINT(1) NOT NULL DEFAULT 1,
  `show_profile_following_count` TINYINT(1) NOT NULL DEFAULT 1,
  `compose_settings` JSON NULL,
  `other` JSON NULL,
  `show_atom` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_filters` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `filterable_id` BIGINT UNSIGNED NOT NULL,
  `filterable_type` VARCHAR(255) NOT NULL,
  `filter_type` VARCHAR(255) NOT NULL DEFAULT 'block',
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `follow_requests` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `follower_id` BIGINT UNSIGNED NOT NULL,
  `following_id` BIGINT UNSIGNED NOT NULL,
  `activity` JSON NULL,
  `is_rejected` TINYINT(1) NOT NULL DEFAULT 0,
  `is_local` TINYINT(1) NOT NULL DEFAULT 0,
  `handled_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instances` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `domain` VARCHAR(255) NOT NULL,
  `active_deliver` TINYINT(1) NULL,
  `url` VARCHAR(255) NULL,
  `name` VARCHAR(255) NULL,
  `admin_url` VARCHAR(255) NULL,
  `limit_reason` VARCHAR(255) NULL,
  `unlisted` TINYINT(1) NOT NULL DEFAULT 0,
  `auto_cw` TINYINT(1) NOT NULL DEFAULT 0,
  `banned` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `software` VARCHAR(255) NULL,
  `user_count` INT UNSIGNED NULL,
  `status_count` INT UNSIGNED NULL,
  `last_crawled_at` TIMESTAMP NULL,
  `actors_last_synced_at` TIMESTAMP NULL,
  `notes` TEXT NULL,
  `manually_added` TINYINT(1) NOT NULL DEFAULT 0,
  `base_domain` VARCHAR(255) NULL,
  `ban_subdomains` TINYINT(1) NULL,
  `ip_address` VARCHAR(255) NULL,
  `list_limitation` TINYINT(1) NOT NULL DEFAULT 0,
  `valid_nodeinfo` TINYINT(1) NULL,
  `nodeinfo_last_fetched` TIMESTAMP NULL,
  `delivery_timeout` TINYINT(1) NOT NULL DEFAULT 0,
  `delivery_next_after` TIMESTAMP NULL,
  `shared_inbox` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `direct_messages` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `to_id` BIGINT UNSIGNED NOT NULL,
  `from_id` BIGINT UNSIGNED NOT NULL,
  `type` VARCHAR(255) NULL DEFAULT 'text',
  `from_profile_ids` VARCHAR(255) NULL,
  `group_message` TINYINT(1) NOT NULL DEFAULT 0,
  `is_hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `meta` JSON NULL,
  `status_id` BIGINT UNSIGNED NOT NULL,
  `read_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `collections` (
  `id` BIGINT UNSIGNED NOT NULL,
  `profile_id` BIGINT UNSIGNED NULL,
  `title` VARCHAR(255) NULL,
  `description` TEXT NULL,
  `is_nsfw` TINYINT(1) NOT NULL DEFAULT 0,
  `visibility` VARCHAR(255) NOT NULL DEFAULT 'public',
  `published_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stories` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `profile_id` BIGINT UNSIGNED NOT NULL,
  `type` VARCHAR(255) NULL,
  `size` INT UNSIGNED NULL,
  `mime` VARCHAR(255) NULL,
  `duration` SMALLINT UNSIGNED NOT NULL,
  `path` VARCHAR(255) NULL,
  `remote_url` VARCHAR(255) NULL,
  `media_url` VARCHAR(255) NULL,
  `cdn_url` VARCHAR(255) NULL,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  `local` TINYINT(1) NOT NULL DEFAULT 0,
  `view_count` INT UNSIGNED NULL,
  `comment_count` INT UNSIGNED NULL,
  `story` JSON NULL,
  `expires_at` TIMESTAMP NULL DEFAULT NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `is_archived` TINYINT(1) NULL DEFAULT 0,
  `name` VARCHAR(255) NULL,
  `active` TINYINT(1) NULL,
  `can_reply` TINYINT(1) NOT NULL DEFAULT 1,
  `can_react` TINYINT(1) NOT NULL DEFAULT 1,
  `object_id` VARCHAR(255) NULL,
  `object_uri` VARCHAR(255) NULL,
  `bearcap_token` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_devices` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `ip` VARCHAR(255) NOT NULL,
  `user_agent` VARCHAR(255) NOT NULL,
  `fingerprint` VARCHAR(255) NULL,
  `name` VARCHAR(255) NULL,
  `trusted` TINYINT(1) NULL,
  `last_active_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contacts` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `response_requested` TINYINT(1) NOT NULL DEFAULT 0,
  `message` TEXT NOT NULL,
  `response` TEXT NOT NULL,
  `read_at` TIMESTAMP NULL,
  `responded_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mod_logs` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT UNSIGNED NOT NULL,
  `user_username` VARCHAR(255) NULL,
  `object_uid` BIGINT UNSIGNED NULL,
  `object_id` BIGINT UNSIGNED NULL,
  `object_type` VARCHAR(255) NULL,
  `action` VARCHAR(255) NULL,
  `message` TEXT NULL,
  `metadata` JSON NULL,
  `access_level` VARCHAR(255) NULL DEFAULT 'admin',
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `login_links` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `user_id` INT UNSIGNED NOT NULL,
  `ip` VARCHAR(255) NULL,
  `user_agent` VARCHAR(255) NULL,
  `meta` JSON NULL,
  `revoked_at` TIMESTAMP NULL,
  `resent_at` TIMESTAMP NULL,
  `used_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status_views` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `status_id` BIGINT UNSIGNED NULL,
  `status_profile_id` BIGINT UNSIGNED NULL,
  `profile_id` BIGINT UNSIGNED NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_pronouns` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` INT UNSIGNED NULL,
  `profile_id` BIGINT NOT NULL,
  `pronouns` JSON NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `polls` (
  `id` BIGINT UNSIGNED NOT NULL,
  `story_id` BIGINT UNSIGNED NULL,
  `status_id` BIGINT UNSIGNED NULL,
  `group_id` BIGINT UNSIGNED NULL,
  `profile_id` BIGINT UNSIGNED NOT NULL,
  `poll_options` JSON NULL,
  `cached_tallies` JSON NULL,
  `multiple` TINYINT(1) NOT NULL DEFAULT 0,
  `hide_totals` TINYINT(1) NOT NULL DEFAULT 0,
  `votes_count` INT UNSIGNED NOT NULL DEFAULT 0,
  `last_fetched_at` TIMESTAMP NULL,
  `expires_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `poll_votes` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `story_id` BIGINT UNSIGNED NULL,
  `status_id` BIGINT UNSIGNED NULL,
  `profile_id` BIGINT UNSIGNED NOT NULL,
  `poll_id` BIGINT UNSIGNED NOT NULL,
  `choice` INT UNSIGNED NOT NULL DEFAULT 0,
  `uri` VARCHAR(255) NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_interstitials` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` INT UNSIGNED NULL,
  `type` VARCHAR(255) NULL,
  `view` VARCHAR(255) NULL,
  `item_id` BIGINT UNSIGNED NULL,
  `item_type` VARCHAR(255) NULL,
  `is_spam` TINYINT(1) NULL,
  `in_violation` TINYINT(1) NULL,
  `violation_id` INT UNSIGNED NULL,
  `email_notify` TINYINT(1) NULL,
  `has_media` TINYINT(1) NULL DEFAULT 0,
  `blurhash` VARCHAR(255) NULL,
  `message` TEXT NULL,
  `violation_header` TEXT NULL,
  `violation_body` TEXT NULL,
  `meta` JSON NULL,
  `appeal_message` TEXT NULL,
  `appeal_requested_at` TIMESTAMP NULL,
  `appeal_handled_at` TIMESTAMP NULL,
  `read_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `severity_index` TINYINT UNSIGNED NULL,
  `thread_id` BIGINT UNSIGNED NULL,
  `emailed_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status_edits` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `status_id` BIGINT UNSIGNED NOT NULL,
  `profile_id` BIGINT UNSIGNED NOT NULL,
  `caption` TEXT NULL,
  `spoiler_text` TEXT NULL,
  `ordered_media_attachment_ids` JSON NULL,
  `media_descriptions` JSON NULL,
  `poll_options` JSON NULL,
  `is_nsfw` TINYINT(1) NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_email_forgots` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `user_id` INT UNSIGNED NOT NULL,
  `ip_address` VARCHAR(255) NULL,
  `user_agent` VARCHAR(255) NULL,
  `referrer` VARCHAR(255) NULL,
  `email_sent_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parental_controls` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `parent_id` INT UNSIGNED NOT NULL,
  `child_id` INT UNSIGNED NULL,
  `email` VARCHAR(255) NULL,
  `verify_code` VARCHAR(255) NULL,
  `email_sent_at` TIMESTAMP NULL,
  `email_verified_at` TIMESTAMP NULL,
  `permissions` JSON NULL,
  `deleted_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `curated_registers` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NULL,
  `username` VARCHAR(255) NULL,
  `password` VARCHAR(255) NULL,
  `ip_address` VARCHAR(255) NULL,
  `verify_code` VARCHAR(255) NULL,
  `reason_to_join` TEXT NULL,
  `invited_by` BIGINT UNSIGNED NULL,
  `is_approved` TINYINT(1) NOT NULL DEFAULT 0,
  `is_rejected` TINYINT(1) NOT NULL DEFAULT 0,
  `is_awaiting_more_info` TINYINT(1) NOT NULL DEFAULT 0,
  `user_has_responded` TINYINT(1) NOT NULL DEFAULT 0,
  `is_closed` TINYINT(1) NOT NULL DEFAULT 0,
  `autofollow_account_ids` JSON NULL,
  `admin_notes` JSON NULL,
  `approved_by_admin_id` INT UNSIGNED NULL,
  `email_verified_at` TIMESTAMP NULL,
  `admin_notified_at` TIMESTAMP NULL,
  `action_taken_at` TIMESTAMP NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `places` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `state` VARCHAR(255) NULL,
  `country` VARCHAR(255) NOT NULL,
  `aliases` JSON NULL,
  `lat` DECIMAL(9,6) NULL,
  `long` DECIMAL(9,6) NULL,
  `score` TINYINT NOT NULL DEFAULT 0,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  `cached_post_count` BIGINT UNSIGNED NULL,
  `last_checked_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `failed_jobs` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(255) NULL,
  `connection` TEXT NOT NULL,
  `queue` TEXT NOT NULL,
  `payload` LONGTEXT NOT NULL,
  `exception` LONGTEXT NOT NULL,
  `failed_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `config_cache` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `k` VARCHAR(255) NOT NULL,
  `v` TEXT NULL,
  `metadata` JSON NULL,
  `created_at` TIMESTAMP NULL,
  `updated_at` TIMESTAMP NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


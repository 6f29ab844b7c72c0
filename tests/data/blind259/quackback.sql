-- Quackback (open-source customer feedback platform: feedback boards and in-app widget, voting, roadmaps,
-- changelog, AI feedback ingestion from external sources), github.com/QuackbackIO/quackback (AGPL-3.0),
-- commit bdc6f5010606da659a60f6232fb5709bdf463824 (2026-05-31, main before the live-chat / inbox merge).
-- Source: packages/db/drizzle/*.sql — the 85 Drizzle migrations listed in packages/db/drizzle/meta/_journal.json,
-- replayed in journal order into PostgreSQL 15 (pgvector's vector(n) replaced by a placeholder domain), and the
-- resulting catalogue written as MySQL DDL: uuid -> CHAR(36), text -> TEXT (VARCHAR(255) where a key needs it),
-- timestamptz -> DATETIME(6), boolean -> TINYINT(1), jsonb and text[] -> JSON, tsvector (generated) and
-- vector(n) -> LONGTEXT, serial -> INT AUTO_INCREMENT; literal defaults kept, now() -> CURRENT_TIMESTAMP(6).
-- Columns and their order, primary keys, unique constraints/indexes and foreign keys are upstream's.
-- Left out: non-unique indexes; CHECK constraints; the ON DELETE SET NULL action of the two foreign keys on the
-- NOT NULL column editor_principal_id (comment_edit_history, post_edit_history: PostgreSQL accepts it, InnoDB
-- refuses it); the partial unique indexes segments_slug_unique, merge_suggestions_pending_unique_idx and
-- sso_recovery_code_active_hash_unique (user_email_idx and principal_user_idx, partial only on IS NOT NULL, are
-- kept as plain unique keys); and the tables kb_articles, kb_categories, kb_article_feedback (help centre),
-- ai_usage_log, pipeline_log, analytics_top_posts, jwks, sweep_lock, hook_deliveries,
-- integration_platform_credentials, integration_event_mappings and slack_channel_monitors.
-- Drizzle's own bookkeeping table drizzle.__drizzle_migrations is added as `__drizzle_migrations`. Tables are
-- ordered so that a referenced table comes before the tables referring to it.

CREATE TABLE `user` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `email_verified` TINYINT(1) NOT NULL DEFAULT 0,
  `image` TEXT DEFAULT NULL,
  `image_key` TEXT DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `metadata` TEXT DEFAULT NULL,
  `is_anonymous` TINYINT(1) NOT NULL DEFAULT 0,
  `two_factor_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `locale` TEXT DEFAULT NULL,
  `country` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_email_idx` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account` (
  `id` CHAR(36) NOT NULL,
  `account_id` TEXT NOT NULL,
  `provider_id` TEXT NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `access_token` TEXT DEFAULT NULL,
  `refresh_token` TEXT DEFAULT NULL,
  `id_token` TEXT DEFAULT NULL,
  `access_token_expires_at` DATETIME(6) DEFAULT NULL,
  `refresh_token_expires_at` DATETIME(6) DEFAULT NULL,
  `scope` TEXT DEFAULT NULL,
  `password` TEXT DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `account_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session` (
  `id` VARCHAR(255) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL,
  `ip_address` TEXT DEFAULT NULL,
  `user_agent` TEXT DEFAULT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `session_token_unique` (`token`),
  CONSTRAINT `session_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verification` (
  `id` VARCHAR(255) NOT NULL,
  `identifier` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `two_factor` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `secret` TEXT NOT NULL,
  `backup_codes` TEXT NOT NULL,
  `verified` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `two_factor_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sso_recovery_code` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `code_hash` VARCHAR(255) NOT NULL,
  `used_at` DATETIME(6) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `sso_recovery_code_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `one_time_token` (
  `id` VARCHAR(255) NOT NULL,
  `token` TEXT NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `one_time_token_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invitation` (
  `id` CHAR(36) NOT NULL,
  `email` TEXT NOT NULL,
  `name` TEXT DEFAULT NULL,
  `role` TEXT DEFAULT NULL,
  `status` TEXT NOT NULL DEFAULT 'pending',
  `expires_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `last_sent_at` DATETIME(6) DEFAULT NULL,
  `inviter_id` CHAR(36) NOT NULL,
  `kind` TEXT NOT NULL DEFAULT 'team',
  PRIMARY KEY (`id`),
  CONSTRAINT `invitation_inviter_id_user_id_fk` FOREIGN KEY (`inviter_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `principal` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) DEFAULT NULL,
  `role` TEXT NOT NULL DEFAULT 'member',
  `type` TEXT NOT NULL DEFAULT 'user',
  `display_name` TEXT DEFAULT NULL,
  `service_metadata` JSON DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `avatar_url` TEXT DEFAULT NULL,
  `avatar_key` TEXT DEFAULT NULL,
  `last_sso_sign_in_at` DATETIME(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `principal_user_idx` (`user_id`),
  CONSTRAINT `principal_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `logo_key` TEXT DEFAULT NULL,
  `favicon_key` TEXT DEFAULT NULL,
  `header_logo_key` TEXT DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `metadata` TEXT DEFAULT NULL,
  `auth_config` TEXT DEFAULT NULL,
  `portal_config` TEXT DEFAULT NULL,
  `branding_config` TEXT DEFAULT NULL,
  `custom_css` TEXT DEFAULT NULL,
  `developer_config` TEXT DEFAULT NULL,
  `header_display_mode` TEXT DEFAULT 'logo_and_name',
  `header_display_name` TEXT DEFAULT NULL,
  `setup_state` TEXT DEFAULT NULL,
  `widget_config` TEXT DEFAULT NULL,
  `widget_secret` TEXT DEFAULT NULL,
  `feature_flags` TEXT DEFAULT NULL,
  `help_center_config` TEXT DEFAULT NULL,
  `tier_limits` TEXT DEFAULT NULL,
  `managed_field_paths` JSON NOT NULL,
  `state` TEXT NOT NULL DEFAULT 'active',
  `auth_config_version` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `settings_slug_unique` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sso_verified_domain` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `verification_token` TEXT NOT NULL,
  `verified_at` DATETIME(6) DEFAULT NULL,
  `enforced` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `sso_verified_domain_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `key_hash` VARCHAR(64) NOT NULL,
  `key_prefix` VARCHAR(12) NOT NULL,
  `created_by_id` CHAR(36) DEFAULT NULL,
  `last_used_at` DATETIME(6) DEFAULT NULL,
  `expires_at` DATETIME(6) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `revoked_at` DATETIME(6) DEFAULT NULL,
  `principal_id` CHAR(36) NOT NULL,
  `scopes` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_keys_key_hash_unique` (`key_hash`),
  CONSTRAINT `api_keys_created_by_id_principal_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `principal` (`id`) ON DELETE SET NULL,
  CONSTRAINT `api_keys_principal_id_principal_id_fk` FOREIGN KEY (`principal_id`) REFERENCES `principal` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` CHAR(36) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `url` TEXT NOT NULL,
  `secret` TEXT NOT NULL,
  `events` JSON NOT NULL,
  `board_ids` JSON DEFAULT NULL,
  `status` TEXT NOT NULL DEFAULT 'active',
  `failure_count` INT NOT NULL DEFAULT 0,
  `last_error` TEXT DEFAULT NULL,
  `last_triggered_at` DATETIME(6) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `webhooks_created_by_id_principal_id_fk` FOREIGN KEY (`created_by_id`) REFERENCES `principal` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log` (
  `id` CHAR(36) NOT NULL,
  `occurred_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `actor_user_id` CHAR(36) DEFAULT NULL,
  `actor_email` TEXT DEFAULT NULL,
  `actor_role` TEXT DEFAULT NULL,
  `actor_ip` TEXT DEFAULT NULL,
  `actor_user_agent` TEXT DEFAULT NULL,
  `event_type` TEXT NOT NULL,
  `event_outcome` TEXT NOT NULL DEFAULT 'success',
  `target_type` TEXT DEFAULT NULL,
  `target_id` TEXT DEFAULT NULL,
  `before_value` JSON DEFAULT NULL,
  `after_value` JSON DEFAULT NULL,
  `metadata` JSON DEFAULT NULL,
  `request_id` TEXT DEFAULT NULL,
  `actor_type` TEXT DEFAULT NULL,
  `auth_method` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `audit_log_actor_user_id_fkey` FOREIGN KEY (`actor_user_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `boards` (
  `id` CHAR(36) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT DEFAULT NULL,
  `settings` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6) DEFAULT NULL,
  `access` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `boards_slug_unique` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_statuses` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `color` TEXT NOT NULL DEFAULT '#6b7280',
  `category` TEXT NOT NULL DEFAULT 'active',
  `position` INT NOT NULL DEFAULT 0,
  `show_on_roadmap` TINYINT(1) NOT NULL DEFAULT 0,
  `is_default` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `post_statuses_slug_unique` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `color` TEXT NOT NULL DEFAULT '#6b7280',
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6) DEFAULT NULL,
  `description` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tags_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roadmaps` (
  `id` CHAR(36) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT DEFAULT NULL,
  `is_public` TINYINT(1) NOT NULL DEFAULT 1,
  `position` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `roadmaps_slug_unique` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segments` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT DEFAULT NULL,
  `type` TEXT NOT NULL DEFAULT 'manual',
  `color` TEXT NOT NULL DEFAULT '#6b7280',
  `rules` JSON DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6) DEFAULT NULL,
  `evaluation_schedule` JSON DEFAULT NULL,
  `weight_config` JSON DEFAULT NULL,
  `slug` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_segments` (
  `principal_id` CHAR(36) NOT NULL,
  `segment_id` CHAR(36) NOT NULL,
  `added_by` TEXT NOT NULL DEFAULT 'manual',
  `added_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY `user_segments_pk` (`principal_id`, `segment_id`),
  CONSTRAINT `user_segments_principal_id_principal_id_fk` FOREIGN KEY (`principal_id`) REFERENCES `principal` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_segments_segment_id_segments_id_fk` FOREIGN KEY (`segment_id`) REFERENCES `segments` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_attribute_definitions` (
  `id` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `label` TEXT NOT NULL,
  `description` TEXT DEFAULT NULL,
  `type` TEXT NOT NULL,
  `currency_code` TEXT DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `external_key` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_attr_key_idx` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `posts` (
  `id` CHAR(36) NOT NULL,
  `board_id` CHAR(36) NOT NULL,
  `title` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  `content_json` JSON DEFAULT NULL,
  `principal_id` CHAR(36) NOT NULL,
  `status_id` CHAR(36) DEFAULT NULL,
  `owner_principal_id` CHAR(36) DEFAULT NULL,
  `vote_count` INT NOT NULL DEFAULT 0,
  `comment_count` INT NOT NULL DEFAULT 0,
  `pinned_comment_id` CHAR(36) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6) DEFAULT NULL,
  `deleted_by_principal_id` CHAR(36) DEFAULT NULL,
  `moderation_state` TEXT NOT NULL DEFAULT 'published',
  `canonical_post_id` CHAR(36) DEFAULT NULL,
  `merged_at` DATETIME(6) DEFAULT NULL,
  `merged_by_principal_id` CHAR(36) DEFAULT NULL,
  `search_vector` LONGTEXT DEFAULT NULL,
  `embedding` LONGTEXT DEFAULT NULL,
  `embedding_model` TEXT DEFAULT NULL,
  `embedding_updated_at` DATETIME(6) DEFAULT NULL,
  `is_comments_locked` TINYINT(1) NOT NULL DEFAULT 0,
  `summary_json` JSON DEFAULT NULL,
  `summary_model` TEXT DEFAULT NULL,
  `summary_updated_at` DATETIME(6) DEFAULT NULL,
  `summary_comment_count` INT DEFAULT NULL,
  `merge_checked_at` DATETIME(6) DEFAULT NULL,
  `widget_metadata` JSON DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `posts_board_id_boards_id_fk` FOREIGN KEY (`board_id`) REFERENCES `boards` (`id`) ON DELETE CASCADE,
  CONSTRAINT `posts_deleted_by_principal_id_principal_id_fk` FOREIGN KEY (`deleted_by_principal_id`) REFERENCES `principal` (`id`) ON DELETE SET NULL,
  CONSTRAINT `posts_merged_by_principal_id_principal_id_fk` FOREIGN KEY (`merged_by_principal_id`) REFERENCES `principal` (`id`) ON DELETE SET NULL,
  CONSTRAINT `posts_owner_principal_id_principal_id_fk` FOREIGN KEY (`owner_principal_id`) REFERENCES `principal` (`id`) ON DELETE SET NULL,
  CONSTRAINT `posts_principal_id_principal_id_fk` FOREIGN KEY (`principal_id`) REFERENCES `principal` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `posts_status_id_post_statuses_id_fk` FOREIGN KEY (`status_id`) REFERENCES `post_statuses` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_tags` (
  `post_id` CHAR(36) NOT NULL,
  `tag_id` CHAR(36) NOT NULL,
  UNIQUE KEY `post_tags_pk` (`post_id`, `tag_id`),
  CONSTRAINT `post_tags_post_id_posts_id_fk` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post_tags_tag_id_tags_id_fk` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_roadmaps` (
  `post_id` CHAR(36) NOT NULL,
  `roadmap_id` CHAR(36) NOT NULL,
  `position` INT NOT NULL DEFAULT 0,
  UNIQUE KEY `post_roadmaps_pk` (`post_id`, `roadmap_id`),
  CONSTRAINT `post_roadmaps_post_id_posts_id_fk` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post_roadmaps_roadmap_id_roadmaps_id_fk` FOREIGN KEY (`roadmap_id`) REFERENCES `roadmaps` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` CHAR(36) NOT NULL,
  `post_id` CHAR(36) NOT NULL,
  `parent_id` CHAR(36) DEFAULT NULL,
  `principal_id` CHAR(36) NOT NULL,
  `content` TEXT NOT NULL,
  `is_team_member` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6) DEFAULT NULL,
  `status_change_from_id` CHAR(36) DEFAULT NULL,
  `status_change_to_id` CHAR(36) DEFAULT NULL,
  `is_private` TINYINT(1) NOT NULL DEFAULT 0,
  `deleted_by_principal_id` CHAR(36) DEFAULT NULL,
  `updated_at` DATETIME(6) DEFAULT NULL,
  `content_json` JSON DEFAULT NULL,
  `moderation_state` TEXT NOT NULL DEFAULT 'published',
  PRIMARY KEY (`id`),
  CONSTRAINT `comments_deleted_by_principal_id_principal_id_fk` FOREIGN KEY (`deleted_by_principal_id`) REFERENCES `principal` (`id`) ON DELETE SET NULL,
  CONSTRAINT `comments_post_id_posts_id_fk` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `comments_principal_id_principal_id_fk` FOREIGN KEY (`principal_id`) REFERENCES `principal` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `comments_status_change_from_id_post_statuses_id_fk` FOREIGN KEY (`status_change_from_id`) REFERENCES `post_statuses` (`id`) ON DELETE SET NULL,
  CONSTRAINT `comments_status_change_to_id_post_statuses_id_fk` FOREIGN KEY (`status_change_to_id`) REFERENCES `post_statuses` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment_reactions` (
  `id` CHAR(36) NOT NULL,
  `comment_id` CHAR(36) NOT NULL,
  `principal_id` CHAR(36) NOT NULL,
  `emoji` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `comment_reactions_unique_idx` (`comment_id`, `principal_id`, `emoji`),
  CONSTRAINT `comment_reactions_comment_id_comments_id_fk` FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `comment_reactions_principal_id_principal_id_fk` FOREIGN KEY (`principal_id`) REFERENCES `principal` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment_edit_history` (
  `id` CHAR(36) NOT NULL,
  `comment_id` CHAR(36) NOT NULL,
  `editor_principal_id` CHAR(36) NOT NULL,
  `previous_content` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `previous_content_json` JSON DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `comment_edit_history_comment_id_comments_id_fk` FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `comment_edit_history_editor_principal_id_principal_id_fk` FOREIGN KEY (`editor_principal_id`) REFERENCES `principal` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_edit_history` (
  `id` CHAR(36) NOT NULL,
  `post_id` CHAR(36) NOT NULL,
  `editor_principal_id` CHAR(36) NOT NULL,
  `previous_title` TEXT NOT NULL,
  `previous_content` TEXT NOT NULL,
  `previous_content_json` JSON DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `post_edit_history_editor_principal_id_principal_id_fk` FOREIGN KEY (`editor_principal_id`) REFERENCES `principal` (`id`),
  CONSTRAINT `post_edit_history_post_id_posts_id_fk` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_notes` (
  `id` CHAR(36) NOT NULL,
  `post_id` CHAR(36) NOT NULL,
  `principal_id` CHAR(36) NOT NULL,
  `content` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `post_notes_post_id_posts_id_fk` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post_notes_principal_id_principal_id_fk` FOREIGN KEY (`principal_id`) REFERENCES `principal` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_activity` (
  `id` CHAR(36) NOT NULL,
  `post_id` CHAR(36) NOT NULL,
  `principal_id` CHAR(36) DEFAULT NULL,
  `type` TEXT NOT NULL,
  `metadata` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `post_activity_post_id_posts_id_fk` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post_activity_principal_id_principal_id_fk` FOREIGN KEY (`principal_id`) REFERENCES `principal` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_mentions` (
  `id` CHAR(36) NOT NULL,
  `post_id` CHAR(36) NOT NULL,
  `principal_id` CHAR(36) NOT NULL,
  `notified_at` DATETIME(6) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `post_mentions_post_principal_uq` (`post_id`, `principal_id`),
  CONSTRAINT `post_mentions_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post_mentions_principal_id_fkey` FOREIGN KEY (`principal_id`) REFERENCES `principal` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_subscriptions` (
  `id` CHAR(36) NOT NULL,
  `post_id` CHAR(36) NOT NULL,
  `principal_id` CHAR(36) NOT NULL,
  `reason` VARCHAR(20) NOT NULL,
  `notify_comments` TINYINT(1) NOT NULL DEFAULT 1,
  `notify_status_changes` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `post_subscriptions_unique` (`post_id`, `principal_id`),
  CONSTRAINT `post_subscriptions_post_id_posts_id_fk` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post_subscriptions_principal_id_principal_id_fk` FOREIGN KEY (`principal_id`) REFERENCES `principal` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_preferences` (
  `id` CHAR(36) NOT NULL,
  `principal_id` CHAR(36) NOT NULL,
  `email_status_change` TINYINT(1) NOT NULL DEFAULT 1,
  `email_new_comment` TINYINT(1) NOT NULL DEFAULT 1,
  `email_muted` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `notification_preferences_principal_id_unique` (`principal_id`),
  CONSTRAINT `notification_preferences_principal_id_principal_id_fk` FOREIGN KEY (`principal_id`) REFERENCES `principal` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unsubscribe_tokens` (
  `id` CHAR(36) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `principal_id` CHAR(36) NOT NULL,
  `post_id` CHAR(36) DEFAULT NULL,
  `action` VARCHAR(30) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `used_at` DATETIME(6) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unsubscribe_tokens_token_unique` (`token`),
  CONSTRAINT `unsubscribe_tokens_post_id_posts_id_fk` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `unsubscribe_tokens_principal_id_principal_id_fk` FOREIGN KEY (`principal_id`) REFERENCES `principal` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `in_app_notifications` (
  `id` CHAR(36) NOT NULL,
  `principal_id` CHAR(36) NOT NULL,
  `type` VARCHAR(50) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `body` TEXT DEFAULT NULL,
  `post_id` CHAR(36) DEFAULT NULL,
  `comment_id` CHAR(36) DEFAULT NULL,
  `metadata` JSON DEFAULT NULL,
  `read_at` DATETIME(6) DEFAULT NULL,
  `archived_at` DATETIME(6) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `in_app_notifications_comment_id_comments_id_fk` FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE,
  CONSTRAINT `in_app_notifications_post_id_posts_id_fk` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `in_app_notifications_principal_id_principal_id_fk` FOREIGN KEY (`principal_id`) REFERENCES `principal` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_sentiment` (
  `id` CHAR(36) NOT NULL,
  `post_id` CHAR(36) NOT NULL,
  `sentiment` TEXT NOT NULL,
  `confidence` FLOAT NOT NULL,
  `model` TEXT NOT NULL,
  `processed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `input_tokens` INT DEFAULT NULL,
  `output_tokens` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `post_sentiment_post_id_unique` (`post_id`),
  CONSTRAINT `post_sentiment_post_id_posts_id_fk` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `merge_suggestions` (
  `id` CHAR(36) NOT NULL,
  `source_post_id` CHAR(36) NOT NULL,
  `target_post_id` CHAR(36) NOT NULL,
  `status` TEXT NOT NULL DEFAULT 'pending',
  `vector_score` FLOAT NOT NULL,
  `fts_score` FLOAT NOT NULL,
  `hybrid_score` FLOAT NOT NULL,
  `llm_confidence` FLOAT NOT NULL,
  `llm_reasoning` TEXT DEFAULT NULL,
  `llm_model` TEXT DEFAULT NULL,
  `resolved_at` DATETIME(6) DEFAULT NULL,
  `resolved_by_principal_id` CHAR(36) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `merge_suggestions_resolved_by_principal_id_principal_id_fk` FOREIGN KEY (`resolved_by_principal_id`) REFERENCES `principal` (`id`) ON DELETE SET NULL,
  CONSTRAINT `merge_suggestions_source_post_id_posts_id_fk` FOREIGN KEY (`source_post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `merge_suggestions_target_post_id_posts_id_fk` FOREIGN KEY (`target_post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `changelog_entries` (
  `id` CHAR(36) NOT NULL,
  `title` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  `content_json` JSON DEFAULT NULL,
  `principal_id` CHAR(36) DEFAULT NULL,
  `published_at` DATETIME(6) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` DATETIME(6) DEFAULT NULL,
  `view_count` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `changelog_entries_principal_id_principal_id_fk` FOREIGN KEY (`principal_id`) REFERENCES `principal` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `changelog_entry_posts` (
  `changelog_entry_id` CHAR(36) NOT NULL,
  `post_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  UNIQUE KEY `changelog_entry_posts_pk` (`changelog_entry_id`, `post_id`),
  CONSTRAINT `changelog_entry_posts_changelog_entry_id_changelog_entries_id_f` FOREIGN KEY (`changelog_entry_id`) REFERENCES `changelog_entries` (`id`) ON DELETE CASCADE,
  CONSTRAINT `changelog_entry_posts_post_id_posts_id_fk` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integrations` (
  `id` CHAR(36) NOT NULL,
  `integration_type` VARCHAR(50) NOT NULL,
  `status` VARCHAR(20) NOT NULL DEFAULT 'pending',
  `secrets` TEXT DEFAULT NULL,
  `config` JSON NOT NULL,
  `connected_by_principal_id` CHAR(36) DEFAULT NULL,
  `connected_at` DATETIME(6) DEFAULT NULL,
  `last_sync_at` DATETIME(6) DEFAULT NULL,
  `last_error` TEXT DEFAULT NULL,
  `last_error_at` DATETIME(6) DEFAULT NULL,
  `error_count` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `principal_id` CHAR(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `integration_type_unique` (`integration_type`),
  CONSTRAINT `integrations_connected_by_principal_id_principal_id_fk` FOREIGN KEY (`connected_by_principal_id`) REFERENCES `principal` (`id`),
  CONSTRAINT `integrations_principal_id_principal_id_fk` FOREIGN KEY (`principal_id`) REFERENCES `principal` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `post_external_links` (
  `id` CHAR(36) NOT NULL,
  `post_id` CHAR(36) NOT NULL,
  `integration_id` CHAR(36) DEFAULT NULL,
  `integration_type` VARCHAR(50) NOT NULL,
  `external_id` VARCHAR(255) NOT NULL,
  `external_url` TEXT DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `status` VARCHAR(20) NOT NULL DEFAULT 'active',
  `external_display_id` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `post_external_links_type_external_post_unique` (`integration_type`, `external_id`, `post_id`),
  CONSTRAINT `post_external_links_integration_fk` FOREIGN KEY (`integration_id`) REFERENCES `integrations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `post_external_links_post_fk` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_user_mappings` (
  `id` CHAR(36) NOT NULL,
  `source_type` VARCHAR(40) NOT NULL,
  `external_user_id` VARCHAR(255) NOT NULL,
  `principal_id` CHAR(36) NOT NULL,
  `external_name` TEXT DEFAULT NULL,
  `external_email` TEXT DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `external_user_source_idx` (`source_type`, `external_user_id`),
  CONSTRAINT `external_user_mappings_principal_id_principal_id_fk` FOREIGN KEY (`principal_id`) REFERENCES `principal` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedback_sources` (
  `id` CHAR(36) NOT NULL,
  `source_type` VARCHAR(40) NOT NULL,
  `delivery_mode` VARCHAR(20) NOT NULL,
  `name` TEXT NOT NULL,
  `integration_id` CHAR(36) DEFAULT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `config` JSON NOT NULL,
  `secrets` TEXT DEFAULT NULL,
  `cursor` TEXT DEFAULT NULL,
  `last_synced_at` DATETIME(6) DEFAULT NULL,
  `last_success_at` DATETIME(6) DEFAULT NULL,
  `last_error` TEXT DEFAULT NULL,
  `error_count` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `feedback_sources_integration_id_integrations_id_fk` FOREIGN KEY (`integration_id`) REFERENCES `integrations` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `raw_feedback_items` (
  `id` CHAR(36) NOT NULL,
  `source_id` CHAR(36) NOT NULL,
  `source_type` VARCHAR(40) NOT NULL,
  `external_id` TEXT NOT NULL,
  `dedupe_key` VARCHAR(255) NOT NULL,
  `external_url` TEXT DEFAULT NULL,
  `source_created_at` DATETIME(6) NOT NULL,
  `author` JSON NOT NULL,
  `content` JSON NOT NULL,
  `context_envelope` JSON NOT NULL,
  `processing_state` VARCHAR(30) NOT NULL DEFAULT 'pending_context',
  `state_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `attempt_count` INT NOT NULL DEFAULT 0,
  `last_error` TEXT DEFAULT NULL,
  `processed_at` DATETIME(6) DEFAULT NULL,
  `principal_id` CHAR(36) DEFAULT NULL,
  `extraction_input_tokens` INT DEFAULT NULL,
  `extraction_output_tokens` INT DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `raw_feedback_dedupe_idx` (`source_id`, `dedupe_key`),
  CONSTRAINT `raw_feedback_items_principal_id_principal_id_fk` FOREIGN KEY (`principal_id`) REFERENCES `principal` (`id`) ON DELETE SET NULL,
  CONSTRAINT `raw_feedback_items_source_id_feedback_sources_id_fk` FOREIGN KEY (`source_id`) REFERENCES `feedback_sources` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedback_signals` (
  `id` CHAR(36) NOT NULL,
  `raw_feedback_item_id` CHAR(36) NOT NULL,
  `signal_type` VARCHAR(30) NOT NULL,
  `summary` TEXT NOT NULL,
  `evidence` JSON NOT NULL,
  `implicit_need` TEXT DEFAULT NULL,
  `sentiment` VARCHAR(10) DEFAULT NULL,
  `urgency` VARCHAR(10) DEFAULT NULL,
  `board_id` CHAR(36) DEFAULT NULL,
  `extraction_confidence` FLOAT NOT NULL,
  `interpretation_confidence` FLOAT DEFAULT NULL,
  `embedding` LONGTEXT DEFAULT NULL,
  `embedding_model` TEXT DEFAULT NULL,
  `embedding_updated_at` DATETIME(6) DEFAULT NULL,
  `processing_state` VARCHAR(30) NOT NULL DEFAULT 'pending_interpretation',
  `extraction_model` TEXT DEFAULT NULL,
  `extraction_prompt_version` VARCHAR(20) DEFAULT NULL,
  `interpretation_model` TEXT DEFAULT NULL,
  `interpretation_prompt_version` VARCHAR(20) DEFAULT NULL,
  `input_tokens` INT DEFAULT NULL,
  `output_tokens` INT DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `feedback_signals_board_id_boards_id_fk` FOREIGN KEY (`board_id`) REFERENCES `boards` (`id`) ON DELETE SET NULL,
  CONSTRAINT `feedback_signals_raw_feedback_item_id_raw_feedback_items_id_fk` FOREIGN KEY (`raw_feedback_item_id`) REFERENCES `raw_feedback_items` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedback_suggestions` (
  `id` CHAR(36) NOT NULL,
  `suggestion_type` VARCHAR(20) NOT NULL,
  `status` VARCHAR(20) NOT NULL DEFAULT 'pending',
  `raw_feedback_item_id` CHAR(36) NOT NULL,
  `signal_id` CHAR(36) DEFAULT NULL,
  `board_id` CHAR(36) DEFAULT NULL,
  `suggested_title` TEXT DEFAULT NULL,
  `suggested_body` TEXT DEFAULT NULL,
  `reasoning` TEXT DEFAULT NULL,
  `embedding` LONGTEXT DEFAULT NULL,
  `result_post_id` CHAR(36) DEFAULT NULL,
  `resolved_at` DATETIME(6) DEFAULT NULL,
  `resolved_by_principal_id` CHAR(36) DEFAULT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `similar_posts` JSON DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `feedback_suggestions_board_id_boards_id_fk` FOREIGN KEY (`board_id`) REFERENCES `boards` (`id`) ON DELETE SET NULL,
  CONSTRAINT `feedback_suggestions_raw_feedback_item_id_raw_feedback_items_id` FOREIGN KEY (`raw_feedback_item_id`) REFERENCES `raw_feedback_items` (`id`) ON DELETE CASCADE,
  CONSTRAINT `feedback_suggestions_resolved_by_principal_id_principal_id_fk` FOREIGN KEY (`resolved_by_principal_id`) REFERENCES `principal` (`id`) ON DELETE SET NULL,
  CONSTRAINT `feedback_suggestions_result_post_id_posts_id_fk` FOREIGN KEY (`result_post_id`) REFERENCES `posts` (`id`) ON DELETE SET NULL,
  CONSTRAINT `feedback_suggestions_signal_id_feedback_signals_id_fk` FOREIGN KEY (`signal_id`) REFERENCES `feedback_signals` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_client` (
  `id` VARCHAR(255) NOT NULL,
  `client_id` VARCHAR(255) NOT NULL,
  `client_secret` TEXT DEFAULT NULL,
  `disabled` TINYINT(1) DEFAULT 0,
  `skip_consent` TINYINT(1) DEFAULT NULL,
  `enable_end_session` TINYINT(1) DEFAULT NULL,
  `scopes` JSON DEFAULT NULL,
  `user_id` CHAR(36) DEFAULT NULL,
  `created_at` DATETIME(6) DEFAULT NULL,
  `updated_at` DATETIME(6) DEFAULT NULL,
  `name` TEXT DEFAULT NULL,
  `uri` TEXT DEFAULT NULL,
  `icon` TEXT DEFAULT NULL,
  `contacts` JSON DEFAULT NULL,
  `tos` TEXT DEFAULT NULL,
  `policy` TEXT DEFAULT NULL,
  `software_id` TEXT DEFAULT NULL,
  `software_version` TEXT DEFAULT NULL,
  `software_statement` TEXT DEFAULT NULL,
  `redirect_uris` JSON NOT NULL,
  `post_logout_redirect_uris` JSON DEFAULT NULL,
  `token_endpoint_auth_method` TEXT DEFAULT NULL,
  `grant_types` JSON DEFAULT NULL,
  `response_types` JSON DEFAULT NULL,
  `public` TINYINT(1) DEFAULT NULL,
  `type` TEXT DEFAULT NULL,
  `reference_id` TEXT DEFAULT NULL,
  `metadata` JSON DEFAULT NULL,
  `require_pkce` TINYINT(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_client_client_id_unique` (`client_id`),
  CONSTRAINT `oauth_client_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_refresh_token` (
  `id` VARCHAR(255) NOT NULL,
  `token` TEXT NOT NULL,
  `client_id` VARCHAR(255) NOT NULL,
  `session_id` VARCHAR(255) DEFAULT NULL,
  `user_id` CHAR(36) NOT NULL,
  `reference_id` TEXT DEFAULT NULL,
  `expires_at` DATETIME(6) DEFAULT NULL,
  `created_at` DATETIME(6) DEFAULT NULL,
  `revoked` DATETIME(6) DEFAULT NULL,
  `scopes` JSON NOT NULL,
  `auth_time` DATETIME(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `oauth_refresh_token_client_id_oauth_client_client_id_fk` FOREIGN KEY (`client_id`) REFERENCES `oauth_client` (`client_id`) ON DELETE CASCADE,
  CONSTRAINT `oauth_refresh_token_session_id_session_id_fk` FOREIGN KEY (`session_id`) REFERENCES `session` (`id`) ON DELETE SET NULL,
  CONSTRAINT `oauth_refresh_token_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_token` (
  `id` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) DEFAULT NULL,
  `client_id` VARCHAR(255) NOT NULL,
  `session_id` VARCHAR(255) DEFAULT NULL,
  `user_id` CHAR(36) DEFAULT NULL,
  `reference_id` TEXT DEFAULT NULL,
  `refresh_id` VARCHAR(255) DEFAULT NULL,
  `expires_at` DATETIME(6) DEFAULT NULL,
  `created_at` DATETIME(6) DEFAULT NULL,
  `scopes` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_access_token_token_unique` (`token`),
  CONSTRAINT `oauth_access_token_client_id_oauth_client_client_id_fk` FOREIGN KEY (`client_id`) REFERENCES `oauth_client` (`client_id`) ON DELETE CASCADE,
  CONSTRAINT `oauth_access_token_refresh_id_oauth_refresh_token_id_fk` FOREIGN KEY (`refresh_id`) REFERENCES `oauth_refresh_token` (`id`) ON DELETE CASCADE,
  CONSTRAINT `oauth_access_token_session_id_session_id_fk` FOREIGN KEY (`session_id`) REFERENCES `session` (`id`) ON DELETE SET NULL,
  CONSTRAINT `oauth_access_token_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_consent` (
  `id` VARCHAR(255) NOT NULL,
  `client_id` VARCHAR(255) NOT NULL,
  `user_id` CHAR(36) DEFAULT NULL,
  `reference_id` TEXT DEFAULT NULL,
  `scopes` JSON NOT NULL,
  `created_at` DATETIME(6) DEFAULT NULL,
  `updated_at` DATETIME(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `oauth_consent_client_id_oauth_client_client_id_fk` FOREIGN KEY (`client_id`) REFERENCES `oauth_client` (`client_id`) ON DELETE CASCADE,
  CONSTRAINT `oauth_consent_user_id_user_id_fk` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `widget_origin_session` (
  `session_id` VARCHAR(255) NOT NULL,
  `user_id` TEXT NOT NULL,
  `marked_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `widget_identified_session` (
  `session_id` VARCHAR(255) NOT NULL,
  `hmac_verified` TINYINT(1) NOT NULL,
  `identified_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`session_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_daily_stats` (
  `date` DATE NOT NULL,
  `new_posts` INT NOT NULL DEFAULT 0,
  `new_votes` INT NOT NULL DEFAULT 0,
  `new_comments` INT NOT NULL DEFAULT 0,
  `new_users` INT NOT NULL DEFAULT 0,
  `posts_by_status` JSON NOT NULL,
  `posts_by_board` JSON NOT NULL,
  `posts_by_source` JSON NOT NULL,
  `computed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `__drizzle_migrations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `hash` TEXT NOT NULL,
  `created_at` BIGINT DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `votes` (
  `id` CHAR(36) NOT NULL,
  `post_id` CHAR(36) NOT NULL,
  `principal_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `source_type` VARCHAR(40) DEFAULT NULL,
  `source_external_url` TEXT DEFAULT NULL,
  `feedback_suggestion_id` CHAR(36) DEFAULT NULL,
  `added_by_principal_id` CHAR(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `votes_principal_post_idx` (`post_id`, `principal_id`),
  CONSTRAINT `votes_added_by_principal_id_fkey` FOREIGN KEY (`added_by_principal_id`) REFERENCES `principal` (`id`) ON DELETE SET NULL,
  CONSTRAINT `votes_feedback_suggestion_id_feedback_suggestions_id_fk` FOREIGN KEY (`feedback_suggestion_id`) REFERENCES `feedback_suggestions` (`id`) ON DELETE SET NULL,
  CONSTRAINT `votes_post_id_posts_id_fk` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `votes_principal_id_principal_id_fk` FOREIGN KEY (`principal_id`) REFERENCES `principal` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- Spacebar server (formerly Fosscord; self-hostable, Discord-compatible chat, voice and video server)
-- Upstream: github.com/spacebarchat/server, commit 74df883a440484a5b6685521c7074e3d77fb9c1f, AGPL-3.0 (COPYING).
-- Source of the DDL: the Entity Framework Core models scaffolded from Spacebar's PostgreSQL database, in
-- extra/admin-api/Models/Spacebar.Models.Db/Models/*.cs and Contexts/SpacebarDbContext.cs (join tables, keys),
-- which mirror the TypeORM entities of src/database/entities/. Column order and names as upstream.
-- Types: character varying -> VARCHAR(255), text -> TEXT, timestamp -> DATETIME, jsonb and PostgreSQL arrays -> JSON,
-- numeric(20,0) (ulong bit fields) -> DECIMAL(20,0), boolean -> BOOLEAN. Indexes left out; foreign keys kept
-- where both tables are here. 40 of 53 tables (see spacebar.md for what was left out).
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `discriminator` VARCHAR(255) NOT NULL,
  `avatar` VARCHAR(255) NULL,
  `accent_color` INT NULL,
  `banner` VARCHAR(255) NULL,
  `theme_colors` JSON NULL,
  `pronouns` VARCHAR(255) NULL,
  `phone` VARCHAR(255) NULL,
  `desktop` BOOLEAN NOT NULL,
  `mobile` BOOLEAN NOT NULL,
  `premium` BOOLEAN NOT NULL,
  `premium_type` INT NOT NULL,
  `bot` BOOLEAN NOT NULL,
  `bio` VARCHAR(255) NOT NULL,
  `system` BOOLEAN NOT NULL,
  `nsfw_allowed` BOOLEAN NOT NULL,
  `mfa_enabled` BOOLEAN NOT NULL,
  `totp_secret` VARCHAR(255) NULL,
  `totp_last_ticket` VARCHAR(255) NULL,
  `created_at` DATETIME NOT NULL,
  `premium_since` DATETIME NULL,
  `verified` BOOLEAN NOT NULL,
  `disabled` BOOLEAN NOT NULL,
  `deleted` BOOLEAN NOT NULL,
  `email` VARCHAR(255) NULL,
  `flags` DECIMAL(20,0) NOT NULL,
  `public_flags` DECIMAL(20,0) NOT NULL,
  `purchased_flags` DECIMAL(20,0) NOT NULL,
  `premium_usage_flags` INT NOT NULL,
  `rights` DECIMAL(20,0) NOT NULL,
  `data` JSON NOT NULL,
  `fingerprints` JSON NOT NULL,
  `settingsIndex` INT NULL,
  `webauthn_enabled` BOOLEAN NOT NULL,
  `badge_ids` JSON NULL,
  `avatar_decoration_data` JSON NULL,
  `display_name_styles` JSON NULL,
  `collectibles` JSON NULL,
  `primary_guild` JSON NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_users_settingsIndex` FOREIGN KEY (`settingsIndex`) REFERENCES `user_settings` (`index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_settings` (
  `index` INT NOT NULL,
  `afk_timeout` INT NULL,
  `allow_accessibility_detection` BOOLEAN NULL,
  `animate_emoji` BOOLEAN NULL,
  `animate_stickers` INT NULL,
  `contact_sync_enabled` BOOLEAN NULL,
  `convert_emoticons` BOOLEAN NULL,
  `custom_status` JSON NULL,
  `default_guilds_restricted` BOOLEAN NULL,
  `detect_platform_accounts` BOOLEAN NULL,
  `developer_mode` BOOLEAN NULL,
  `disable_games_tab` BOOLEAN NULL,
  `enable_tts_command` BOOLEAN NULL,
  `explicit_content_filter` INT NULL,
  `friend_source_flags` JSON NULL,
  `gateway_connected` BOOLEAN NULL,
  `gif_auto_play` BOOLEAN NULL,
  `guild_folders` JSON NULL,
  `guild_positions` JSON NULL,
  `inline_attachment_media` BOOLEAN NULL,
  `inline_embed_media` BOOLEAN NULL,
  `locale` VARCHAR(255) NULL,
  `message_display_compact` BOOLEAN NULL,
  `native_phone_integration_enabled` BOOLEAN NULL,
  `render_embeds` BOOLEAN NULL,
  `render_reactions` BOOLEAN NULL,
  `restricted_guilds` JSON NULL,
  `show_current_game` BOOLEAN NULL,
  `status` VARCHAR(255) NULL,
  `stream_notifications_enabled` BOOLEAN NULL,
  `theme` VARCHAR(255) NULL,
  `timezone_offset` INT NULL,
  `friend_discovery_flags` INT NULL,
  `view_nsfw_guilds` BOOLEAN NULL,
  PRIMARY KEY (`index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_settings_protos` (
  `user_id` BIGINT NOT NULL,
  `userSettings` VARCHAR(255) NULL,
  `frecencySettings` VARCHAR(255) NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `fk_user_settings_protos_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `user_id` BIGINT NOT NULL,
  `session_id` VARCHAR(255) NOT NULL,
  `activities` JSON NOT NULL,
  `client_info` JSON NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `client_status` JSON NOT NULL,
  `is_admin_session` BOOLEAN NOT NULL,
  `created_at` DATETIME NOT NULL,
  `last_seen` DATETIME NULL,
  `last_seen_ip` VARCHAR(255) NULL,
  `last_seen_location` VARCHAR(255) NULL,
  `last_seen_location_info` JSON NULL,
  `session_nickname` VARCHAR(255) NULL,
  PRIMARY KEY (`session_id`),
  CONSTRAINT `fk_sessions_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `security_keys` (
  `id` BIGINT NOT NULL,
  `user_id` BIGINT NULL,
  `key_id` VARCHAR(255) NOT NULL,
  `public_key` VARCHAR(255) NOT NULL,
  `counter` INT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_security_keys_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backup_codes` (
  `id` BIGINT NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `consumed` BOOLEAN NOT NULL,
  `expired` BOOLEAN NOT NULL,
  `user_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_backup_codes_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `connected_accounts` (
  `id` BIGINT NOT NULL,
  `external_id` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NULL,
  `friend_sync` BOOLEAN NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `revoked` BOOLEAN NOT NULL,
  `show_activity` INT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `verified` BOOLEAN NOT NULL,
  `visibility` INT NOT NULL,
  `integrations` JSON NOT NULL,
  `metadata` JSON NULL,
  `metadata_visibility` INT NOT NULL,
  `two_way_link` BOOLEAN NOT NULL,
  `token_data` JSON NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_connected_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relationships` (
  `id` BIGINT NOT NULL,
  `from_id` BIGINT NOT NULL,
  `to_id` BIGINT NOT NULL,
  `nickname` VARCHAR(255) NULL,
  `type` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_relationships_from_id` FOREIGN KEY (`from_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_relationships_to_id` FOREIGN KEY (`to_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `id` BIGINT NOT NULL,
  `content` VARCHAR(255) NOT NULL,
  `owner_id` BIGINT NULL,
  `target_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_notes_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_notes_target_id` FOREIGN KEY (`target_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `guilds` (
  `id` BIGINT NOT NULL,
  `afk_channel_id` BIGINT NULL,
  `afk_timeout` INT NULL,
  `banner` VARCHAR(255) NULL,
  `default_message_notifications` INT NULL,
  `description` VARCHAR(255) NULL,
  `discovery_splash` VARCHAR(255) NULL,
  `explicit_content_filter` INT NULL,
  `features` JSON NOT NULL,
  `primary_category_id` BIGINT NULL,
  `icon` VARCHAR(255) NULL,
  `large` BOOLEAN NOT NULL,
  `max_members` INT NULL,
  `max_presences` INT NULL,
  `max_video_channel_users` INT NULL,
  `member_count` INT NULL,
  `presence_count` INT NULL,
  `template_id` BIGINT NULL,
  `mfa_level` INT NULL,
  `name` VARCHAR(255) NOT NULL,
  `owner_id` BIGINT NULL,
  `preferred_locale` VARCHAR(255) NULL,
  `premium_subscription_count` INT NULL,
  `premium_tier` INT NOT NULL,
  `public_updates_channel_id` BIGINT NULL,
  `rules_channel_id` BIGINT NULL,
  `region` VARCHAR(255) NULL,
  `splash` VARCHAR(255) NULL,
  `system_channel_id` BIGINT NULL,
  `system_channel_flags` INT NULL,
  `unavailable` BOOLEAN NOT NULL,
  `verification_level` INT NULL,
  `welcome_screen` JSON NOT NULL,
  `widget_channel_id` BIGINT NULL,
  `widget_enabled` BOOLEAN NOT NULL,
  `nsfw_level` INT NULL,
  `nsfw` BOOLEAN NOT NULL,
  `parent` VARCHAR(255) NULL,
  `premium_progress_bar_enabled` BOOLEAN NULL,
  `channel_ordering` JSON NOT NULL,
  `discovery_weight` INT NOT NULL,
  `discovery_excluded` BOOLEAN NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_guilds_afk_channel_id` FOREIGN KEY (`afk_channel_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `fk_guilds_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_guilds_public_updates_channel_id` FOREIGN KEY (`public_updates_channel_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `fk_guilds_rules_channel_id` FOREIGN KEY (`rules_channel_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `fk_guilds_system_channel_id` FOREIGN KEY (`system_channel_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `fk_guilds_template_id` FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`),
  CONSTRAINT `fk_guilds_widget_channel_id` FOREIGN KEY (`widget_channel_id`) REFERENCES `channels` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `members` (
  `index` INT NOT NULL,
  `id` BIGINT NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `nick` VARCHAR(255) NULL,
  `joined_at` DATETIME NOT NULL,
  `premium_since` BIGINT NULL,
  `deaf` BOOLEAN NOT NULL,
  `mute` BOOLEAN NOT NULL,
  `pending` BOOLEAN NOT NULL,
  `settings` JSON NOT NULL,
  `last_message_id` BIGINT NULL,
  `joined_by` VARCHAR(255) NULL,
  `avatar` VARCHAR(255) NULL,
  `banner` VARCHAR(255) NULL,
  `bio` VARCHAR(255) NOT NULL,
  `theme_colors` JSON NULL,
  `pronouns` VARCHAR(255) NULL,
  `communication_disabled_until` DATETIME NULL,
  `avatar_decoration_data` JSON NULL,
  `display_name_styles` JSON NULL,
  `collectibles` JSON NULL,
  `flags` INT NOT NULL,
  PRIMARY KEY (`index`),
  CONSTRAINT `fk_members_guild_id` FOREIGN KEY (`guild_id`) REFERENCES `guilds` (`id`),
  CONSTRAINT `fk_members_id` FOREIGN KEY (`id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member_roles` (
  `index` INT NOT NULL,
  `role_id` BIGINT NOT NULL,
  PRIMARY KEY (`index`, `role_id`),
  CONSTRAINT `fk_member_roles_index` FOREIGN KEY (`index`) REFERENCES `members` (`index`),
  CONSTRAINT `fk_member_roles_role_id` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` BIGINT NOT NULL,
  `guild_id` BIGINT NOT NULL,
  `color` INT NOT NULL,
  `hoist` BOOLEAN NOT NULL,
  `managed` BOOLEAN NOT NULL,
  `mentionable` BOOLEAN NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `permissions` VARCHAR(255) NOT NULL,
  `position` INT NOT NULL,
  `icon` VARCHAR(255) NULL,
  `unicode_emoji` VARCHAR(255) NULL,
  `tags` JSON NULL,
  `flags` INT NOT NULL,
  `colors` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_roles_guild_id` FOREIGN KEY (`guild_id`) REFERENCES `guilds` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `channels` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `name` VARCHAR(255) NULL,
  `icon` TEXT NULL,
  `type` INT NOT NULL,
  `last_message_id` BIGINT NULL,
  `guild_id` BIGINT NULL,
  `parent_id` BIGINT NULL,
  `owner_id` BIGINT NULL,
  `default_auto_archive_duration` INT NULL,
  `permission_overwrites` JSON NULL,
  `video_quality_mode` INT NULL,
  `bitrate` INT NULL,
  `user_limit` INT NULL,
  `nsfw` BOOLEAN NOT NULL,
  `rate_limit_per_user` INT NULL,
  `topic` VARCHAR(255) NULL,
  `retention_policy_id` VARCHAR(255) NULL,
  `flags` INT NOT NULL,
  `default_thread_rate_limit_per_user` INT NULL,
  `thread_metadata` JSON NULL,
  `member_count` INT NULL,
  `message_count` INT NULL,
  `total_message_sent` INT NULL,
  `applied_tags` JSON NULL,
  `last_pin_timestamp` DATETIME NULL,
  `status` TEXT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_channels_guild_id` FOREIGN KEY (`guild_id`) REFERENCES `guilds` (`id`),
  CONSTRAINT `fk_channels_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_channels_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `channels` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipients` (
  `id` BIGINT NOT NULL,
  `channel_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `closed` BOOLEAN NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_recipients_channel_id` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `fk_recipients_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messages` (
  `id` BIGINT NOT NULL,
  `channel_id` BIGINT NULL,
  `guild_id` BIGINT NULL,
  `author_id` BIGINT NULL,
  `member_id` BIGINT NULL,
  `webhook_id` BIGINT NULL,
  `application_id` BIGINT NULL,
  `content` VARCHAR(255) NULL,
  `timestamp` DATETIME NOT NULL,
  `edited_timestamp` DATETIME NULL,
  `tts` BOOLEAN NULL,
  `mention_everyone` BOOLEAN NULL,
  `embeds` JSON NOT NULL,
  `reactions` JSON NOT NULL,
  `nonce` TEXT NULL,
  `type` INT NOT NULL,
  `activity` JSON NULL,
  `message_reference` JSON NULL,
  `interaction` JSON NULL,
  `components` JSON NULL,
  `message_reference_id` BIGINT NULL,
  `flags` INT NOT NULL,
  `poll` JSON NULL,
  `username` VARCHAR(255) NULL,
  `avatar` VARCHAR(255) NULL,
  `pinned_at` DATETIME NULL,
  `interaction_metadata` JSON NULL,
  `message_snapshots` JSON NOT NULL,
  `thread_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_messages_application_id` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`),
  CONSTRAINT `fk_messages_author_id` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_messages_channel_id` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `fk_messages_guild_id` FOREIGN KEY (`guild_id`) REFERENCES `guilds` (`id`),
  CONSTRAINT `fk_messages_member_id` FOREIGN KEY (`member_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_messages_message_reference_id` FOREIGN KEY (`message_reference_id`) REFERENCES `messages` (`id`),
  CONSTRAINT `fk_messages_thread_id` FOREIGN KEY (`thread_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `fk_messages_webhook_id` FOREIGN KEY (`webhook_id`) REFERENCES `webhooks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments` (
  `id` BIGINT NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `size` INT NOT NULL,
  `height` INT NULL,
  `width` INT NULL,
  `content_type` VARCHAR(255) NULL,
  `message_id` BIGINT NULL,
  `channel_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_attachments_channel_id` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `fk_attachments_message_id` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_user_mentions` (
  `message_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`message_id`, `user_id`),
  CONSTRAINT `fk_message_user_mentions_message_id` FOREIGN KEY (`message_id`) REFERENCES `messages` (`id`),
  CONSTRAINT `fk_message_user_mentions_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `read_states` (
  `id` BIGINT NOT NULL,
  `channel_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `last_message_id` BIGINT NULL,
  `notifications_cursor` VARCHAR(255) NULL,
  `last_pin_timestamp` DATETIME NULL,
  `mention_count` INT NOT NULL,
  `last_acked_id` BIGINT NULL,
  `badge_count` INT NOT NULL,
  `read_state_type` INT NOT NULL,
  `flags` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_read_states_channel_id` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `fk_read_states_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invites` (
  `code` VARCHAR(255) NOT NULL,
  `temporary` BOOLEAN NOT NULL,
  `uses` INT NOT NULL,
  `max_uses` INT NOT NULL,
  `max_age` INT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `expires_at` DATETIME NULL,
  `guild_id` BIGINT NULL,
  `channel_id` BIGINT NULL,
  `inviter_id` BIGINT NULL,
  `target_user_id` BIGINT NULL,
  `target_user_type` INT NULL,
  `vanity_url` BOOLEAN NULL,
  `flags` INT NOT NULL,
  PRIMARY KEY (`code`),
  CONSTRAINT `fk_invites_channel_id` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `fk_invites_guild_id` FOREIGN KEY (`guild_id`) REFERENCES `guilds` (`id`),
  CONSTRAINT `fk_invites_inviter_id` FOREIGN KEY (`inviter_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_invites_target_user_id` FOREIGN KEY (`target_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bans` (
  `id` BIGINT NOT NULL,
  `user_id` BIGINT NULL,
  `guild_id` BIGINT NULL,
  `executor_id` BIGINT NULL,
  `ip` VARCHAR(255) NULL,
  `reason` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_bans_executor_id` FOREIGN KEY (`executor_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_bans_guild_id` FOREIGN KEY (`guild_id`) REFERENCES `guilds` (`id`),
  CONSTRAINT `fk_bans_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_logs` (
  `id` BIGINT NOT NULL,
  `user_id` BIGINT NULL,
  `action_type` INT NOT NULL,
  `options` JSON NULL,
  `changes` JSON NOT NULL,
  `reason` VARCHAR(255) NULL,
  `target_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_audit_logs_target_id` FOREIGN KEY (`target_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_audit_logs_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` BIGINT NOT NULL,
  `type` INT NOT NULL,
  `name` VARCHAR(255) NULL,
  `avatar` VARCHAR(255) NULL,
  `token` VARCHAR(255) NULL,
  `guild_id` BIGINT NULL,
  `channel_id` BIGINT NULL,
  `application_id` BIGINT NULL,
  `user_id` BIGINT NULL,
  `source_guild_id` BIGINT NULL,
  `source_channel_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_webhooks_application_id` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`),
  CONSTRAINT `fk_webhooks_channel_id` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `fk_webhooks_guild_id` FOREIGN KEY (`guild_id`) REFERENCES `guilds` (`id`),
  CONSTRAINT `fk_webhooks_source_channel_id` FOREIGN KEY (`source_channel_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `fk_webhooks_source_guild_id` FOREIGN KEY (`source_guild_id`) REFERENCES `guilds` (`id`),
  CONSTRAINT `fk_webhooks_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emojis` (
  `id` BIGINT NOT NULL,
  `animated` BOOLEAN NOT NULL,
  `available` BOOLEAN NOT NULL,
  `guild_id` BIGINT NULL,
  `user_id` BIGINT NULL,
  `managed` BOOLEAN NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `require_colons` BOOLEAN NOT NULL,
  `roles` JSON NOT NULL,
  `groups` JSON NULL,
  `application_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_emojis_application_id` FOREIGN KEY (`application_id`) REFERENCES `applications` (`id`),
  CONSTRAINT `fk_emojis_guild_id` FOREIGN KEY (`guild_id`) REFERENCES `guilds` (`id`),
  CONSTRAINT `fk_emojis_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stickers` (
  `id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) NULL,
  `available` BOOLEAN NULL,
  `tags` VARCHAR(255) NULL,
  `pack_id` BIGINT NULL,
  `guild_id` BIGINT NULL,
  `user_id` BIGINT NULL,
  `type` INT NOT NULL,
  `format_type` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_stickers_guild_id` FOREIGN KEY (`guild_id`) REFERENCES `guilds` (`id`),
  CONSTRAINT `fk_stickers_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `voice_states` (
  `id` BIGINT NOT NULL,
  `guild_id` BIGINT NULL,
  `channel_id` BIGINT NULL,
  `user_id` BIGINT NULL,
  `session_id` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NULL,
  `deaf` BOOLEAN NOT NULL,
  `mute` BOOLEAN NOT NULL,
  `self_deaf` BOOLEAN NOT NULL,
  `self_mute` BOOLEAN NOT NULL,
  `self_stream` BOOLEAN NULL,
  `self_video` BOOLEAN NOT NULL,
  `suppress` BOOLEAN NOT NULL,
  `request_to_speak_timestamp` DATETIME NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_voice_states_channel_id` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `fk_voice_states_guild_id` FOREIGN KEY (`guild_id`) REFERENCES `guilds` (`id`),
  CONSTRAINT `fk_voice_states_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `streams` (
  `id` BIGINT NOT NULL,
  `owner_id` BIGINT NOT NULL,
  `channel_id` BIGINT NOT NULL,
  `endpoint` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_streams_channel_id` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `fk_streams_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stream_sessions` (
  `id` BIGINT NOT NULL,
  `stream_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `token` VARCHAR(255) NULL,
  `session_id` VARCHAR(255) NOT NULL,
  `used` BOOLEAN NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_stream_sessions_stream_id` FOREIGN KEY (`stream_id`) REFERENCES `streams` (`id`),
  CONSTRAINT `fk_stream_sessions_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `applications` (
  `id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `icon` VARCHAR(255) NULL,
  `description` VARCHAR(255) NULL,
  `summary` VARCHAR(255) NULL,
  `type` JSON NULL,
  `hook` BOOLEAN NOT NULL,
  `bot_public` BOOLEAN NOT NULL,
  `bot_require_code_grant` BOOLEAN NOT NULL,
  `verify_key` VARCHAR(255) NOT NULL,
  `flags` INT NOT NULL,
  `redirect_uris` JSON NULL,
  `rpc_application_state` INT NULL,
  `store_application_state` INT NULL,
  `verification_state` INT NULL,
  `interactions_endpoint_url` VARCHAR(255) NULL,
  `integration_public` BOOLEAN NULL,
  `integration_require_code_grant` BOOLEAN NULL,
  `discoverability_state` INT NULL,
  `discovery_eligibility_flags` INT NULL,
  `tags` JSON NULL,
  `cover_image` VARCHAR(255) NULL,
  `install_params` JSON NULL,
  `terms_of_service_url` VARCHAR(255) NULL,
  `privacy_policy_url` VARCHAR(255) NULL,
  `owner_id` BIGINT NOT NULL,
  `bot_user_id` BIGINT NULL,
  `team_id` BIGINT NULL,
  `guild_id` BIGINT NULL,
  `custom_install_url` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_applications_bot_user_id` FOREIGN KEY (`bot_user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_applications_guild_id` FOREIGN KEY (`guild_id`) REFERENCES `guilds` (`id`),
  CONSTRAINT `fk_applications_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_applications_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` BIGINT NOT NULL,
  `icon` VARCHAR(255) NULL,
  `name` VARCHAR(255) NOT NULL,
  `owner_user_id` BIGINT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_teams_owner_user_id` FOREIGN KEY (`owner_user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_members` (
  `id` BIGINT NOT NULL,
  `membership_state` INT NOT NULL,
  `permissions` JSON NOT NULL,
  `team_id` BIGINT NULL,
  `user_id` BIGINT NULL,
  `role` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_team_members_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  CONSTRAINT `fk_team_members_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `templates` (
  `id` BIGINT NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) NULL,
  `usage_count` INT NULL,
  `creator_id` BIGINT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `source_guild_id` BIGINT NULL,
  `serialized_source_guild` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_templates_creator_id` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`),
  CONSTRAINT `fk_templates_source_guild_id` FOREIGN KEY (`source_guild_id`) REFERENCES `guilds` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `categories` (
  `id` INT NOT NULL,
  `name` VARCHAR(255) NULL,
  `localizations` JSON NOT NULL,
  `is_primary` BOOLEAN NULL,
  `icon` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `badges` (
  `id` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) NOT NULL,
  `icon` VARCHAR(255) NOT NULL,
  `link` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `config` (
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `client_release` (
  `id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `pub_date` DATETIME NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `platform` VARCHAR(255) NOT NULL,
  `enabled` BOOLEAN NOT NULL,
  `notes` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rate_limits` (
  `id` BIGINT NOT NULL,
  `executor_id` VARCHAR(255) NOT NULL,
  `hits` INT NOT NULL,
  `blocked` BOOLEAN NOT NULL,
  `expires_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `instance_bans` (
  `id` BIGINT NOT NULL,
  `created_at` DATETIME NOT NULL,
  `reason` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NULL,
  `fingerprint` VARCHAR(255) NULL,
  `ip_address` VARCHAR(255) NULL,
  `is_from_other_instance_ban` BOOLEAN NOT NULL,
  `origin_instance_ban_id` BIGINT NULL,
  `is_allowlisted` BOOLEAN NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_instance_bans_origin_instance_ban_id` FOREIGN KEY (`origin_instance_ban_id`) REFERENCES `instance_bans` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `valid_registration_tokens` (
  `token` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `expires_at` DATETIME NOT NULL,
  PRIMARY KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `thread_members` (
  `index` INT NOT NULL,
  `id` BIGINT NOT NULL,
  `member_idx` INT NOT NULL,
  `join_timestamp` DATETIME NOT NULL,
  `muted` BOOLEAN NOT NULL,
  `mute_config` JSON NULL,
  `flags` INT NOT NULL,
  PRIMARY KEY (`index`),
  CONSTRAINT `fk_thread_members_id` FOREIGN KEY (`id`) REFERENCES `channels` (`id`),
  CONSTRAINT `fk_thread_members_member_idx` FOREIGN KEY (`member_idx`) REFERENCES `members` (`index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


SET FOREIGN_KEY_CHECKS=1;

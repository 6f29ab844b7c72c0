-- Castmill (castmill/castmill), the 89 Ecto migrations of packages/castmill/priv/repo/migrations/ replayed
-- (structure only) and written as MySQL; commit 2464ddb8e459ea759fc7f87b7364b9917c4be2a4 (AGPL-3.0). All 53 tables.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `networks` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `copyright` VARCHAR(255) NULL,
  `email` VARCHAR(255) NOT NULL,
  `logo` VARCHAR(255) NULL,
  `domain` VARCHAR(255) NOT NULL,
  `meta` JSON NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `default_plan_id` BIGINT NULL,
  `invitation_only` TINYINT(1) NOT NULL DEFAULT 1,
  `invitation_only_org_admins` TINYINT(1) NOT NULL DEFAULT 0,
  `default_locale` VARCHAR(255) NULL DEFAULT 'en',
  `privacy_policy_url` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `networks_name_index` (`name`),
  UNIQUE KEY `networks_domain_index` (`domain`),
  KEY `networks_default_plan_id_index` (`default_plan_id`),
  CONSTRAINT `networks_default_plan_id_fkey` FOREIGN KEY (`default_plan_id`) REFERENCES `plans` (`id`) ON DELETE SET NULL
);

CREATE TABLE `organizations` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `country` VARCHAR(255) NULL,
  `city` VARCHAR(255) NULL,
  `address` VARCHAR(255) NULL,
  `postal_code` VARCHAR(255) NULL,
  `email` VARCHAR(255) NULL,
  `organization_id` CHAR(36) NULL,
  `network_id` CHAR(36) NOT NULL,
  `meta` JSON NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `name_lower` VARCHAR(255) NOT NULL,
  `default_role` VARCHAR(255) NOT NULL DEFAULT 'member',
  `visibility_mode` VARCHAR(255) NOT NULL DEFAULT 'full',
  `logo_media_id` BIGINT NULL,
  `encryption_key` TEXT NULL,
  `onboarding_completed` TINYINT(1) NOT NULL DEFAULT 1,
  `blocked_at` DATETIME(6) NULL,
  `blocked_reason` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  KEY `organizations_network_id_index` (`network_id`),
  KEY `organizations_organization_id_index` (`organization_id`),
  UNIQUE KEY `org_name_lower_network_id_index` (`name_lower`, `network_id`),
  KEY `organizations_visibility_mode_index` (`visibility_mode`),
  KEY `organizations_logo_media_id_index` (`logo_media_id`),
  KEY `organizations_blocked_at_index` (`blocked_at`),
  CONSTRAINT `organizations_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `organizations_network_id_fkey` FOREIGN KEY (`network_id`) REFERENCES `networks` (`id`) ON DELETE CASCADE,
  CONSTRAINT `organizations_logo_media_id_fkey` FOREIGN KEY (`logo_media_id`) REFERENCES `medias` (`id`) ON DELETE SET NULL
);

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NULL,
  `avatar` VARCHAR(255) NULL,
  `email` VARCHAR(255) NULL,
  `meta` JSON NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `blocked_at` DATETIME(6) NULL,
  `blocked_reason` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  KEY `users_blocked_at_index` (`blocked_at`),
  UNIQUE KEY `users_email_index` (`email`)
);

CREATE TABLE `access_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `secret_hash` VARCHAR(255) NOT NULL,
  `accessed` INT NULL,
  `accessed_at` DATETIME NULL,
  `last_ip` VARCHAR(255) NULL,
  `is_root` TINYINT(1) NULL DEFAULT 0,
  `user_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `access_tokens_user_id_index` (`user_id`),
  UNIQUE KEY `access_tokens_secret_hash_index` (`secret_hash`),
  CONSTRAINT `access_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `users_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` CHAR(36) NOT NULL,
  `token` LONGBLOB NOT NULL,
  `context` VARCHAR(255) NOT NULL,
  `sent_to` VARCHAR(255) NULL,
  `inserted_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `users_tokens_user_id_index` (`user_id`),
  UNIQUE KEY `users_tokens_context_token_index` (`context`, `token`),
  CONSTRAINT `users_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `networks_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `role` VARCHAR(255) NOT NULL,
  `network_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `networks_users_network_id_user_id_index` (`network_id`, `user_id`),
  CONSTRAINT `networks_users_network_id_fkey` FOREIGN KEY (`network_id`) REFERENCES `networks` (`id`) ON DELETE CASCADE,
  CONSTRAINT `networks_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `organizations_users_access` (
  `access` VARCHAR(255) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`access`, `organization_id`, `user_id`),
  CONSTRAINT `organizations_users_access_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `organizations_users_access_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `organizations_users` (
  `role` VARCHAR(255) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`organization_id`, `user_id`),
  UNIQUE KEY `organizations_users_organization_id_user_id_index` (`organization_id`, `user_id`),
  CONSTRAINT `organizations_users_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `organizations_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `resources` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `playlists` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NULL,
  `status` VARCHAR(255) NULL,
  `settings` JSON NULL,
  `organization_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `playlists_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
);

CREATE TABLE `widgets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NULL,
  `description` VARCHAR(255) NULL,
  `slug` VARCHAR(255) NULL,
  `template` JSON NULL,
  `options_schema` JSON NULL,
  `data_schema` JSON NULL,
  `aspect_ratio` VARCHAR(255) NULL,
  `meta` JSON NULL,
  `webhook_url` VARCHAR(255) NULL,
  `icon` VARCHAR(255) NULL,
  `small_icon` VARCHAR(255) NULL,
  `update_interval_seconds` INT NULL DEFAULT 60,
  `is_system` TINYINT(1) NULL DEFAULT 0,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `assets` JSON NULL,
  `fonts` JSON NULL,
  `translations` JSON NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `widgets_slug_index` (`slug`)
);

CREATE TABLE `medias` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NULL,
  `mimetype` VARCHAR(255) NULL,
  `status` VARCHAR(255) NULL,
  `status_message` VARCHAR(255) NULL,
  `meta` JSON NULL,
  `organization_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `medias_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
);

CREATE TABLE `transitions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NULL,
  `options_schema` JSON NULL,
  `uri` VARCHAR(255) NULL,
  `meta` JSON NULL,
  `icon` VARCHAR(255) NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `transitions_uri_index` (`uri`)
);

CREATE TABLE `playlists_items` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `duration` INT NULL,
  `offset` INT NULL,
  `prev_item_id` BIGINT NULL,
  `next_item_id` BIGINT NULL,
  `playlist_id` BIGINT NOT NULL,
  `transition_id` BIGINT NULL,
  `transition_opts` JSON NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `playlists_items_playlist_id_index` (`playlist_id`),
  KEY `playlists_items_prev_item_id_index` (`prev_item_id`),
  KEY `playlists_items_next_item_id_index` (`next_item_id`),
  CONSTRAINT `playlists_items_prev_item_id_fkey` FOREIGN KEY (`prev_item_id`) REFERENCES `playlists_items` (`id`) ON DELETE SET NULL,
  CONSTRAINT `playlists_items_next_item_id_fkey` FOREIGN KEY (`next_item_id`) REFERENCES `playlists_items` (`id`) ON DELETE SET NULL,
  CONSTRAINT `playlists_items_playlist_id_fkey` FOREIGN KEY (`playlist_id`) REFERENCES `playlists` (`id`) ON DELETE CASCADE,
  CONSTRAINT `playlists_items_transition_id_fkey` FOREIGN KEY (`transition_id`) REFERENCES `transitions` (`id`) ON DELETE SET NULL
);

CREATE TABLE `widgets_config` (
  `id` CHAR(36) NOT NULL,
  `version` INT NULL DEFAULT 1,
  `options` JSON NULL,
  `data` JSON NULL,
  `last_request_at` DATETIME NULL DEFAULT NULL,
  `widget_id` BIGINT NOT NULL,
  `playlist_item_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `widgets_config_playlist_item_id_index` (`playlist_item_id`),
  KEY `widgets_config_widget_id_index` (`widget_id`),
  CONSTRAINT `widgets_config_widget_id_fkey` FOREIGN KEY (`widget_id`) REFERENCES `widgets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `widgets_config_playlist_item_id_fkey` FOREIGN KEY (`playlist_item_id`) REFERENCES `playlists_items` (`id`) ON DELETE CASCADE
);

CREATE TABLE `channels` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NULL,
  `timezone` VARCHAR(255) NULL,
  `description` VARCHAR(255) NULL,
  `organization_id` CHAR(36) NOT NULL,
  `default_playlist_id` BIGINT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `channels_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `channels_default_playlist_id_fkey` FOREIGN KEY (`default_playlist_id`) REFERENCES `playlists` (`id`) ON DELETE SET NULL
);

CREATE TABLE `channel_entries` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `start` DATETIME NULL,
  `end` DATETIME NULL,
  `repeat_weekly_until` DATE NULL,
  `channel_id` BIGINT NOT NULL,
  `playlist_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `channel_entries_channel_id_fkey` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`) ON DELETE CASCADE,
  CONSTRAINT `channel_entries_playlist_id_fkey` FOREIGN KEY (`playlist_id`) REFERENCES `playlists` (`id`) ON DELETE CASCADE
);

CREATE TABLE `devices` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NULL,
  `description` VARCHAR(255) NULL,
  `hardware_id` VARCHAR(255) NOT NULL,
  `last_ip` VARCHAR(255) NULL,
  `token_hash` VARCHAR(255) NULL,
  `online` TINYINT(1) NULL,
  `last_online` DATETIME NULL,
  `user_agent` VARCHAR(255) NULL,
  `timezone` VARCHAR(255) NULL,
  `loc_lat` DOUBLE NULL,
  `loc_long` DOUBLE NULL,
  `version` VARCHAR(255) NULL,
  `volume` INT NULL,
  `meta` JSON NULL,
  `settings` JSON NULL,
  `info` JSON NULL,
  `mode` VARCHAR(255) NULL DEFAULT 'normal',
  `organization_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `schedule` JSON NULL,
  `autorecover_until` DATETIME NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `devices_hardware_id_index` (`hardware_id`),
  KEY `devices_organization_id_index` (`organization_id`),
  CONSTRAINT `devices_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
);

CREATE TABLE `devices_registrations` (
  `hardware_id` VARCHAR(255) NOT NULL,
  `pincode` VARCHAR(255) NULL,
  `device_ip` VARCHAR(255) NULL,
  `user_agent` VARCHAR(255) NULL,
  `version` VARCHAR(255) NULL,
  `expires_at` DATETIME NULL,
  `timezone` VARCHAR(255) NULL,
  `loc_lat` DOUBLE NULL,
  `loc_long` DOUBLE NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`hardware_id`),
  UNIQUE KEY `devices_registrations_pincode_index` (`pincode`)
);

CREATE TABLE `devices_channels` (
  `device_id` CHAR(36) NOT NULL,
  `channel_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`device_id`, `channel_id`),
  UNIQUE KEY `devices_channels_device_id_channel_id_index` (`device_id`, `channel_id`),
  CONSTRAINT `devices_channels_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `devices_channels_channel_id_fkey` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`) ON DELETE CASCADE
);

CREATE TABLE `teams` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `teams_organization_id_index` (`organization_id`),
  UNIQUE KEY `unique_team_name_per_org` (`organization_id`, `name`),
  CONSTRAINT `teams_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
);

CREATE TABLE `teams_resources` (
  `access` JSON NOT NULL,
  `team_id` BIGINT NOT NULL,
  `resource_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`team_id`, `resource_id`),
  CONSTRAINT `teams_resources_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE,
  CONSTRAINT `teams_resources_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `resources` (`id`) ON DELETE CASCADE
);

CREATE TABLE `teams_users` (
  `role` VARCHAR(255) NULL,
  `user_id` CHAR(36) NOT NULL,
  `team_id` BIGINT NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'invited',
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`user_id`, `team_id`),
  CONSTRAINT `teams_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `teams_users_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE
);

CREATE TABLE `plans` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NULL,
  `network_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `plans_name_network_id_index` (`name`, `network_id`),
  CONSTRAINT `plans_network_id_fkey` FOREIGN KEY (`network_id`) REFERENCES `networks` (`id`) ON DELETE CASCADE
);

CREATE TABLE `plans_organizations` (
  `plan_id` BIGINT NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`plan_id`, `organization_id`),
  UNIQUE KEY `plans_organizations_organization_id_index` (`organization_id`),
  CONSTRAINT `plans_organizations_plan_id_fkey` FOREIGN KEY (`plan_id`) REFERENCES `plans` (`id`) ON DELETE CASCADE,
  CONSTRAINT `plans_organizations_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
);

CREATE TABLE `plans_quotas` (
  `max` BIGINT NULL,
  `resource` VARCHAR(255) NOT NULL,
  `plan_id` BIGINT NOT NULL,
  PRIMARY KEY (`resource`, `plan_id`),
  UNIQUE KEY `plans_quotas_plan_id_resource_index` (`plan_id`, `resource`),
  CONSTRAINT `plans_quotas_plan_id_fkey` FOREIGN KEY (`plan_id`) REFERENCES `plans` (`id`) ON DELETE CASCADE
);

CREATE TABLE `quotas_networks` (
  `max` BIGINT NULL,
  `resource` VARCHAR(255) NOT NULL,
  `network_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`resource`, `network_id`),
  UNIQUE KEY `quotas_networks_network_id_resource_index` (`network_id`, `resource`),
  CONSTRAINT `quotas_networks_network_id_fkey` FOREIGN KEY (`network_id`) REFERENCES `networks` (`id`) ON DELETE CASCADE
);

CREATE TABLE `quotas_organizations` (
  `max` BIGINT NULL,
  `resource` VARCHAR(255) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`resource`),
  UNIQUE KEY `quotas_organizations_organization_id_resource_index` (`organization_id`, `resource`),
  CONSTRAINT `quotas_organizations_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
);

CREATE TABLE `files` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NULL,
  `size` INT NULL,
  `uri` VARCHAR(255) NULL,
  `mimetype` VARCHAR(255) NULL,
  `meta` JSON NULL,
  `organization_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_name_organization_id_index` (`name`, `organization_id`),
  CONSTRAINT `files_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
);

CREATE TABLE `files_medias` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `context` VARCHAR(255) NOT NULL DEFAULT 'default',
  `file_id` BIGINT NOT NULL,
  `media_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_medias_file_id_media_id_index` (`file_id`, `media_id`),
  CONSTRAINT `files_medias_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `files` (`id`) ON DELETE CASCADE,
  CONSTRAINT `files_medias_media_id_fkey` FOREIGN KEY (`media_id`) REFERENCES `medias` (`id`) ON DELETE CASCADE
);

CREATE TABLE `users_credentials` (
  `id` VARCHAR(255) NOT NULL,
  `public_key_spki` LONGBLOB NULL,
  `user_id` CHAR(36) NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `device_name` VARCHAR(255) NULL,
  `browser` VARCHAR(255) NULL,
  `os` VARCHAR(255) NULL,
  `user_agent` TEXT NULL,
  PRIMARY KEY (`id`),
  KEY `users_credentials_user_id_index` (`user_id`),
  CONSTRAINT `users_credentials_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `signups` (
  `id` CHAR(36) NOT NULL,
  `network_id` CHAR(36) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `challenge` VARCHAR(255) NULL,
  `status` VARCHAR(255) NULL,
  `status_message` VARCHAR(255) NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `signups_email_index` (`email`),
  CONSTRAINT `signups_network_id_fkey` FOREIGN KEY (`network_id`) REFERENCES `networks` (`id`) ON DELETE CASCADE
);

CREATE TABLE `devices_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `device_id` CHAR(36) NOT NULL,
  `timestamp` DATETIME NOT NULL,
  `type` CHAR(1) NOT NULL,
  `msg` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  KEY `devices_events_device_id_timestamp_index` (`device_id`, `timestamp`),
  CONSTRAINT `devices_events_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE CASCADE
);

CREATE TABLE `invitations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `team_id` BIGINT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'invited',
  `expires_at` DATETIME NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `role` VARCHAR(255) NOT NULL DEFAULT 'member',
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_team_email_invite_active` (`team_id`, `email`),
  UNIQUE KEY `invitations_token_index` (`token`),
  CONSTRAINT `invitations_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE
);

CREATE TABLE `teams_medias` (
  `access` JSON NOT NULL,
  `team_id` BIGINT NOT NULL,
  `media_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`team_id`, `media_id`),
  CONSTRAINT `teams_medias_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE,
  CONSTRAINT `teams_medias_media_id_fkey` FOREIGN KEY (`media_id`) REFERENCES `medias` (`id`) ON DELETE CASCADE
);

CREATE TABLE `teams_playlists` (
  `access` JSON NOT NULL,
  `team_id` BIGINT NOT NULL,
  `playlist_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`team_id`, `playlist_id`),
  CONSTRAINT `teams_playlists_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE,
  CONSTRAINT `teams_playlists_playlist_id_fkey` FOREIGN KEY (`playlist_id`) REFERENCES `playlists` (`id`) ON DELETE CASCADE
);

CREATE TABLE `organizations_invitations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `role` VARCHAR(255) NOT NULL DEFAULT 'member',
  `token` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'invited',
  `expires_at` DATETIME NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`, `organization_id`),
  UNIQUE KEY `unique_organization_email_invite_active` (`organization_id`, `email`),
  UNIQUE KEY `organizations_invitations_token_index` (`token`),
  CONSTRAINT `organizations_invitations_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
);

CREATE TABLE `teams_channels` (
  `access` JSON NOT NULL,
  `team_id` BIGINT NOT NULL,
  `channel_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`team_id`, `channel_id`),
  CONSTRAINT `teams_channels_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE,
  CONSTRAINT `teams_channels_channel_id_fkey` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`) ON DELETE CASCADE
);

CREATE TABLE `teams_devices` (
  `access` JSON NOT NULL,
  `team_id` BIGINT NOT NULL,
  `device_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`team_id`, `device_id`),
  CONSTRAINT `teams_devices_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE,
  CONSTRAINT `teams_devices_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `devices` (`id`) ON DELETE CASCADE
);

CREATE TABLE `resource_sharing` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `resource_type` VARCHAR(255) NOT NULL,
  `resource_id` INT NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `sharing_mode` VARCHAR(255) NOT NULL DEFAULT 'children',
  `access_level` VARCHAR(255) NOT NULL DEFAULT 'read',
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `resource_sharing_unique_resource` (`resource_type`, `resource_id`),
  KEY `resource_sharing_organization_id_index` (`organization_id`),
  KEY `resource_sharing_resource_type_index` (`resource_type`),
  KEY `resource_sharing_organization_id_resource_type_index` (`organization_id`, `resource_type`),
  CONSTRAINT `resource_sharing_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
);

CREATE TABLE `notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `title_key` VARCHAR(255) NULL,
  `description_key` VARCHAR(255) NULL,
  `link` VARCHAR(255) NULL,
  `type` VARCHAR(255) NOT NULL,
  `read` TINYINT(1) NOT NULL DEFAULT 0,
  `user_id` CHAR(36) NULL,
  `organization_id` CHAR(36) NULL,
  `team_id` BIGINT NULL,
  `actor_id` VARCHAR(255) NULL,
  `actor_type` VARCHAR(255) NULL DEFAULT 'user',
  `roles` JSON NULL,
  `metadata` JSON NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `notifications_user_id_index` (`user_id`),
  KEY `notifications_organization_id_index` (`organization_id`),
  KEY `notifications_team_id_index` (`team_id`),
  CONSTRAINT `notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notifications_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notifications_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE
);

CREATE TABLE `widget_integrations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `widget_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT NULL,
  `integration_type` VARCHAR(255) NOT NULL,
  `credential_scope` VARCHAR(255) NOT NULL,
  `config_schema` JSON NULL,
  `credential_schema` JSON NULL,
  `pull_endpoint` VARCHAR(255) NULL,
  `pull_interval_seconds` INT NULL,
  `pull_config` JSON NULL,
  `push_webhook_path` VARCHAR(255) NULL,
  `push_config` JSON NULL,
  `is_active` TINYINT(1) NULL DEFAULT 1,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `discriminator_type` VARCHAR(255) NULL DEFAULT 'organization',
  `discriminator_key` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `widget_integrations_widget_id_name_index` (`widget_id`, `name`),
  KEY `widget_integrations_widget_id_index` (`widget_id`),
  CONSTRAINT `widget_integrations_widget_id_fkey` FOREIGN KEY (`widget_id`) REFERENCES `widgets` (`id`) ON DELETE CASCADE
);

CREATE TABLE `widget_integration_credentials` (
  `id` CHAR(36) NOT NULL,
  `widget_integration_id` BIGINT NOT NULL,
  `organization_id` CHAR(36) NULL,
  `widget_config_id` CHAR(36) NULL,
  `encrypted_credentials` LONGBLOB NOT NULL,
  `metadata` JSON NULL,
  `validated_at` DATETIME NULL,
  `is_valid` TINYINT(1) NULL DEFAULT 0,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `widget_integration_credentials_widget_integration_id_index` (`widget_integration_id`),
  KEY `widget_integration_credentials_organization_id_index` (`organization_id`),
  KEY `widget_integration_credentials_widget_config_id_index` (`widget_config_id`),
  UNIQUE KEY `widget_integration_credentials_widget_integration_id_organizatio` (`widget_integration_id`, `organization_id`),
  UNIQUE KEY `widget_integration_credentials_widget_integration_id_widget_conf` (`widget_integration_id`, `widget_config_id`),
  CONSTRAINT `widget_integration_credentials_widget_integration_id_fkey` FOREIGN KEY (`widget_integration_id`) REFERENCES `widget_integrations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `widget_integration_credentials_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `widget_integration_credentials_widget_config_id_fkey` FOREIGN KEY (`widget_config_id`) REFERENCES `widgets_config` (`id`) ON DELETE CASCADE
);

CREATE TABLE `widget_integration_data` (
  `id` CHAR(36) NOT NULL,
  `widget_integration_id` BIGINT NOT NULL,
  `widget_config_id` CHAR(36) NULL,
  `organization_id` CHAR(36) NULL,
  `discriminator_id` VARCHAR(255) NULL,
  `data` JSON NULL,
  `version` INT NULL DEFAULT 1,
  `fetched_at` DATETIME NULL,
  `refresh_at` DATETIME NULL,
  `last_used_at` DATETIME NULL,
  `status` VARCHAR(255) NULL,
  `error_message` TEXT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `widget_integration_data_widget_integration_id_index` (`widget_integration_id`),
  KEY `widget_integration_data_widget_config_id_index` (`widget_config_id`),
  KEY `widget_integration_data_refresh_at_index` (`refresh_at`),
  KEY `widget_integration_data_organization_id_index` (`organization_id`),
  KEY `widget_integration_data_last_used_at_index` (`last_used_at`),
  KEY `widget_integration_data_widget_integration_id_discriminator_id_i` (`widget_integration_id`, `discriminator_id`),
  UNIQUE KEY `widget_integration_data_widget_integration_id_widget_config_id_i` (`widget_integration_id`, `widget_config_id`),
  UNIQUE KEY `widget_integration_data_discriminator_unique` (`widget_integration_id`, `discriminator_id`),
  CONSTRAINT `widget_integration_data_widget_integration_id_fkey` FOREIGN KEY (`widget_integration_id`) REFERENCES `widget_integrations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `widget_integration_data_widget_config_id_fkey` FOREIGN KEY (`widget_config_id`) REFERENCES `widgets_config` (`id`) ON DELETE CASCADE,
  CONSTRAINT `widget_integration_data_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
);

CREATE TABLE `network_integration_credentials` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `network_id` CHAR(36) NOT NULL,
  `integration_id` BIGINT NOT NULL,
  `encrypted_credentials` LONGBLOB NOT NULL,
  `is_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `network_integration_credentials_network_id_integration_id_index` (`network_id`, `integration_id`),
  KEY `network_integration_credentials_network_id_index` (`network_id`),
  KEY `network_integration_credentials_integration_id_index` (`integration_id`),
  CONSTRAINT `network_integration_credentials_network_id_fkey` FOREIGN KEY (`network_id`) REFERENCES `networks` (`id`) ON DELETE CASCADE,
  CONSTRAINT `network_integration_credentials_integration_id_fkey` FOREIGN KEY (`integration_id`) REFERENCES `widget_integrations` (`id`) ON DELETE CASCADE
);

CREATE TABLE `layouts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255) NULL,
  `aspect_ratio` VARCHAR(255) NOT NULL DEFAULT '16:9',
  `zones` JSON NOT NULL,
  `organization_id` CHAR(36) NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `is_system` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `layouts_organization_id_index` (`organization_id`),
  KEY `layouts_name_index` (`name`),
  CONSTRAINT `layouts_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
);

CREATE TABLE `teams_layouts` (
  `team_id` BIGINT NOT NULL,
  `layout_id` BIGINT NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `access` JSON NOT NULL,
  PRIMARY KEY (`team_id`, `layout_id`),
  KEY `teams_layouts_team_id_index` (`team_id`),
  KEY `teams_layouts_layout_id_index` (`layout_id`),
  CONSTRAINT `teams_layouts_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE,
  CONSTRAINT `teams_layouts_layout_id_fkey` FOREIGN KEY (`layout_id`) REFERENCES `layouts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `network_invitations` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `organization_name` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL DEFAULT 'invited',
  `expires_at` DATETIME NOT NULL,
  `network_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `network_invitations_token_index` (`token`),
  UNIQUE KEY `unique_network_email_invite_active` (`network_id`, `email`),
  KEY `network_invitations_network_id_index` (`network_id`),
  KEY `network_invitations_email_index` (`email`),
  CONSTRAINT `network_invitations_network_id_fkey` FOREIGN KEY (`network_id`) REFERENCES `networks` (`id`) ON DELETE CASCADE
);

CREATE TABLE `onboarding_progress` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `completed_steps` JSON NOT NULL,
  `current_step` VARCHAR(255) NULL,
  `is_completed` TINYINT(1) NOT NULL DEFAULT 0,
  `dismissed` TINYINT(1) NOT NULL DEFAULT 0,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `onboarding_progress_user_id_index` (`user_id`),
  CONSTRAINT `onboarding_progress_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `tag_groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `color` VARCHAR(255) NULL,
  `icon` VARCHAR(255) NULL,
  `position` INT NULL DEFAULT 0,
  `organization_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tag_groups_organization_id_index` (`organization_id`),
  UNIQUE KEY `unique_tag_group_name_per_org` (`organization_id`, `name`),
  CONSTRAINT `tag_groups_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
);

CREATE TABLE `tags` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `color` VARCHAR(255) NULL DEFAULT '#3B82F6',
  `position` INT NULL DEFAULT 0,
  `tag_group_id` BIGINT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tags_organization_id_index` (`organization_id`),
  KEY `tags_tag_group_id_index` (`tag_group_id`),
  UNIQUE KEY `unique_tag_name_per_org` (`organization_id`, `name`),
  CONSTRAINT `tags_tag_group_id_fkey` FOREIGN KEY (`tag_group_id`) REFERENCES `tag_groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tags_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
);

CREATE TABLE `resource_tags` (
  `tag_id` BIGINT NOT NULL,
  `resource_type` VARCHAR(255) NOT NULL,
  `resource_id` VARCHAR(255) NOT NULL,
  `inserted_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`tag_id`, `resource_type`, `resource_id`),
  KEY `resource_tags_tag_id_index` (`tag_id`),
  KEY `resource_tags_resource_type_resource_id_index` (`resource_type`, `resource_id`),
  UNIQUE KEY `unique_tag_per_resource` (`tag_id`, `resource_type`, `resource_id`),
  CONSTRAINT `resource_tags_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE
);

CREATE TABLE `webauthn_challenges` (
  `challenge` VARCHAR(255) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`challenge`),
  KEY `webauthn_challenges_expires_at_index` (`expires_at`)
);
SET FOREIGN_KEY_CHECKS=1;

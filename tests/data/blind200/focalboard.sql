-- Focalboard (standalone server, empty table prefix) — final state of the 40 MySQL migrations in
-- server/services/store/sqlstore/migrations/*.up.sql, github.com/mattermost-community/focalboard
-- commit de5e5cc4141f14f69bf0e5666383997b81f851d6 (AGPL-3.0; server/model Apache-2.0).
-- Replayed by hand for the {{if .mysql}} branch, not the plugin: addColumnIfNeeded appends columns,
-- renameColumnIfNeeded renames in place, 000025 makes blocks' primary key (id). Indexes and morph's
-- schema_migrations table left out. Upstream declares no foreign keys.

CREATE TABLE `blocks` (
  `id` varchar(36) NOT NULL,
  `insert_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `parent_id` varchar(36),
  `schema` bigint,
  `type` text,
  `title` text,
  `fields` text,
  `create_at` bigint,
  `update_at` bigint,
  `delete_at` bigint,
  `root_id` varchar(36),
  `modified_by` varchar(36) NOT NULL,
  `channel_id` varchar(36),
  `created_by` varchar(36) NOT NULL,
  `board_id` varchar(36),
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4;

CREATE TABLE `blocks_history` (
  `id` varchar(36) NOT NULL,
  `insert_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `parent_id` varchar(36),
  `schema` bigint,
  `type` text,
  `title` text,
  `fields` text,
  `create_at` bigint,
  `update_at` bigint,
  `delete_at` bigint,
  `root_id` varchar(36),
  `modified_by` varchar(36),
  `channel_id` varchar(36),
  `created_by` varchar(36),
  `board_id` varchar(36),
  PRIMARY KEY (`id`, `insert_at`)
) DEFAULT CHARACTER SET utf8mb4;

CREATE TABLE `system_settings` (
  `id` varchar(100) NOT NULL,
  `value` text,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4;

CREATE TABLE `users` (
  `id` varchar(100) NOT NULL,
  `username` varchar(100),
  `email` varchar(255),
  `password` varchar(100),
  `mfa_secret` varchar(100),
  `auth_service` varchar(20),
  `auth_data` varchar(255),
  `props` text,
  `create_at` bigint,
  `update_at` bigint,
  `delete_at` bigint,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4;

CREATE TABLE `sessions` (
  `id` varchar(100) NOT NULL,
  `token` varchar(100),
  `user_id` varchar(100),
  `props` text,
  `create_at` bigint,
  `update_at` bigint,
  `auth_service` varchar(20),
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4;

CREATE TABLE `sharing` (
  `id` varchar(36) NOT NULL,
  `enabled` boolean,
  `token` varchar(100),
  `modified_by` varchar(36),
  `update_at` bigint,
  `workspace_id` varchar(36),
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4;

CREATE TABLE `teams` (
  `id` varchar(36) NOT NULL,
  `signup_token` varchar(100) NOT NULL,
  `settings` text,
  `modified_by` varchar(36),
  `update_at` bigint,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4;

CREATE TABLE `subscriptions` (
  `block_type` varchar(10),
  `block_id` varchar(36) NOT NULL,
  `workspace_id` varchar(36),
  `subscriber_type` varchar(10),
  `subscriber_id` varchar(36) NOT NULL,
  `notified_at` bigint,
  `create_at` bigint,
  `delete_at` bigint,
  PRIMARY KEY (`block_id`, `subscriber_id`)
) DEFAULT CHARACTER SET utf8mb4;

CREATE TABLE `notification_hints` (
  `block_type` varchar(10),
  `block_id` varchar(36) NOT NULL,
  `workspace_id` varchar(36),
  `modified_by_id` varchar(36),
  `create_at` bigint,
  `notify_at` bigint,
  PRIMARY KEY (`block_id`)
) DEFAULT CHARACTER SET utf8mb4;

CREATE TABLE `file_info` (
  `id` varchar(26) NOT NULL,
  `create_at` bigint NOT NULL,
  `delete_at` bigint,
  `name` text NOT NULL,
  `extension` varchar(50) NOT NULL,
  `size` bigint NOT NULL,
  `archived` boolean,
  `path` varchar(512)
) DEFAULT CHARACTER SET utf8mb4;

CREATE TABLE `boards` (
  `id` varchar(36) NOT NULL PRIMARY KEY,
  `insert_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `team_id` varchar(36) NOT NULL,
  `channel_id` varchar(36),
  `created_by` varchar(36),
  `modified_by` varchar(36),
  `type` varchar(1) NOT NULL,
  `title` text NOT NULL,
  `description` text,
  `icon` varchar(256),
  `show_description` boolean,
  `is_template` boolean,
  `template_version` int DEFAULT 0,
  `properties` json,
  `card_properties` json,
  `create_at` bigint,
  `update_at` bigint,
  `delete_at` bigint,
  `minimum_role` varchar(36) NOT NULL DEFAULT ''
) DEFAULT CHARACTER SET utf8mb4;

CREATE TABLE `boards_history` (
  `id` varchar(36) NOT NULL,
  `insert_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `team_id` varchar(36) NOT NULL,
  `channel_id` varchar(36),
  `created_by` varchar(36),
  `modified_by` varchar(36),
  `type` varchar(1) NOT NULL,
  `title` text NOT NULL,
  `description` text,
  `icon` varchar(256),
  `show_description` boolean,
  `is_template` boolean,
  `template_version` int DEFAULT 0,
  `properties` json,
  `card_properties` json,
  `create_at` bigint,
  `update_at` bigint,
  `delete_at` bigint,
  `minimum_role` varchar(36) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`, `insert_at`)
) DEFAULT CHARACTER SET utf8mb4;

CREATE TABLE `board_members` (
  `board_id` varchar(36) NOT NULL,
  `user_id` varchar(36) NOT NULL,
  `roles` varchar(64),
  `scheme_admin` boolean,
  `scheme_editor` boolean,
  `scheme_commenter` boolean,
  `scheme_viewer` boolean,
  PRIMARY KEY (`board_id`, `user_id`)
) DEFAULT CHARACTER SET utf8mb4;

CREATE TABLE `categories` (
  `id` varchar(36) NOT NULL,
  `name` varchar(100) NOT NULL,
  `user_id` varchar(36) NOT NULL,
  `team_id` varchar(36) NOT NULL,
  `channel_id` varchar(36),
  `create_at` bigint,
  `update_at` bigint,
  `delete_at` bigint,
  `collapsed` boolean DEFAULT false,
  `type` varchar(64),
  `sort_order` bigint,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4;

CREATE TABLE `category_boards` (
  `id` varchar(36) NOT NULL,
  `user_id` varchar(36) NOT NULL,
  `category_id` varchar(36) NOT NULL,
  `board_id` varchar(36) NOT NULL,
  `create_at` bigint,
  `update_at` bigint,
  `sort_order` bigint,
  `hidden` boolean,
  PRIMARY KEY (`id`),
  CONSTRAINT `unique_user_category_board` UNIQUE (`user_id`, `board_id`)
) DEFAULT CHARACTER SET utf8mb4;

CREATE TABLE `board_members_history` (
  `board_id` varchar(36) NOT NULL,
  `user_id` varchar(36) NOT NULL,
  `action` varchar(10),
  `insert_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`board_id`, `user_id`, `insert_at`)
) DEFAULT CHARACTER SET utf8mb4;

CREATE TABLE `preferences` (
  `userid` varchar(36) NOT NULL,
  `category` varchar(32) NOT NULL,
  `name` varchar(32) NOT NULL,
  `value` text NULL,
  PRIMARY KEY (`userid`, `category`, `name`)
) DEFAULT CHARACTER SET utf8mb4;

-- Docmost, open-source collaborative wiki and documentation / knowledge-base software (workspaces,
-- users with SSO accounts, MFA, sessions, API keys and invitations, groups, spaces and their members,
-- pages with history, comments, attachments, shares, page permissions, verification (review) workflow,
-- watchers, notifications, favourites, templates, labels, audit log, AI chats, file import/export tasks,
-- billing, SCIM tokens).
-- Upstream: github.com/docmost/docmost, commit 549cf7c0053bb4f4c3c4e08d588b1f0c69297daf (AGPL-3.0 for the
-- core; the schema is created by the core's migrations, including tables used by its enterprise features).
-- Source of the DDL: the 48 Kysely migrations apps/server/src/database/migrations/*.ts (PostgreSQL),
-- replayed in order (create table, add / alter column, unique constraints, foreign keys, indexes); the
-- resulting column set was checked against the generated types apps/server/src/database/types/db.d.ts
-- (identical for all 40 tables). Written as MySQL DDL, columns in the order the migrations add them:
-- uuid CHAR(36), varchar VARCHAR(255), text TEXT, jsonb JSON, timestamptz DATETIME, boolean TINYINT(1),
-- int4/integer INT, int8 BIGINT, bytea LONGBLOB, tsvector LONGTEXT, inet VARCHAR(45), PostgreSQL arrays
-- (varchar[], uuid[], text[]) JSON. Defaults: now() CURRENT_TIMESTAMP, booleans 0/1, string and enum
-- defaults as their values; the uuid-v7 generator and empty-array / empty-jsonb defaults are left out.
-- Foreign keys as trailing ALTER TABLE statements (names <table>_<column>_fkey, as PostgreSQL names
-- them; ON DELETE as given). Indexes on TEXT columns take a 255-character prefix. Partial unique indexes (WHERE …) become plain indexes; expression indexes
-- (LOWER(hostname) …), full-text GIN indexes on tsvector columns, the CHECK on space_members and the tsvector triggers are left out.
-- Left out: the five tables of the "bases" (database pages) and transclusion features (base_properties,
-- base_rows, base_views, page_transclusions, page_transclusion_references).

CREATE TABLE `workspaces` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `description` VARCHAR(255) DEFAULT NULL,
  `logo` VARCHAR(255) DEFAULT NULL,
  `hostname` VARCHAR(255) DEFAULT NULL,
  `custom_domain` VARCHAR(255) DEFAULT NULL,
  `settings` JSON DEFAULT NULL,
  `default_role` VARCHAR(255) NOT NULL DEFAULT 'member',
  `email_domains` JSON DEFAULT NULL,
  `default_space_id` CHAR(36) DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  `stripe_customer_id` VARCHAR(255) DEFAULT NULL,
  `status` VARCHAR(255) DEFAULT NULL,
  `plan` VARCHAR(255) DEFAULT NULL,
  `billing_email` VARCHAR(255) DEFAULT NULL,
  `trial_end_at` DATETIME DEFAULT NULL,
  `enforce_sso` TINYINT(1) NOT NULL DEFAULT 0,
  `license_key` VARCHAR(255) DEFAULT NULL,
  `enforce_mfa` TINYINT(1) DEFAULT 0,
  `audit_retention_days` BIGINT DEFAULT NULL,
  `trash_retention_days` BIGINT DEFAULT NULL,
  `is_scim_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspaces_hostname_unique` (`hostname`),
  UNIQUE KEY `workspaces_custom_domain_unique` (`custom_domain`),
  UNIQUE KEY `workspaces_stripe_customer_id_unique` (`stripe_customer_id`),
  KEY `idx_workspaces_created_at` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `email` VARCHAR(255) NOT NULL,
  `email_verified_at` DATETIME DEFAULT NULL,
  `password` VARCHAR(255) DEFAULT NULL,
  `avatar_url` VARCHAR(255) DEFAULT NULL,
  `role` VARCHAR(255) DEFAULT NULL,
  `invited_by_id` CHAR(36) DEFAULT NULL,
  `workspace_id` CHAR(36) DEFAULT NULL,
  `locale` VARCHAR(255) DEFAULT NULL,
  `timezone` VARCHAR(255) DEFAULT NULL,
  `settings` JSON DEFAULT NULL,
  `last_active_at` DATETIME DEFAULT NULL,
  `last_login_at` DATETIME DEFAULT NULL,
  `deactivated_at` DATETIME DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  `has_generated_password` TINYINT(1) NOT NULL DEFAULT 0,
  `scim_external_id` TEXT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_workspace_id_unique` (`email`, `workspace_id`),
  KEY `idx_users_workspace_deleted` (`workspace_id`, `deleted_at`),
  KEY `idx_users_workspace_scim_external_id` (`workspace_id`, `scim_external_id`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `description` TEXT DEFAULT NULL,
  `is_default` TINYINT(1) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `creator_id` CHAR(36) DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  `scim_external_id` TEXT DEFAULT NULL,
  `is_external` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `groups_name_workspace_id_unique` (`name`, `workspace_id`),
  KEY `idx_groups_workspace_id` (`workspace_id`),
  KEY `idx_groups_workspace_scim_external_id` (`workspace_id`, `scim_external_id`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_users` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `group_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_users_group_id_user_id_unique` (`group_id`, `user_id`),
  KEY `idx_group_users_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `spaces` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `description` TEXT DEFAULT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `logo` VARCHAR(255) DEFAULT NULL,
  `visibility` VARCHAR(255) NOT NULL DEFAULT 'private',
  `default_role` VARCHAR(255) NOT NULL DEFAULT 'writer',
  `creator_id` CHAR(36) DEFAULT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  `settings` JSON DEFAULT NULL,
  `is_personal` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `spaces_slug_workspace_id_unique` (`slug`, `workspace_id`),
  KEY `idx_spaces_workspace_id` (`workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `space_members` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) DEFAULT NULL,
  `group_id` CHAR(36) DEFAULT NULL,
  `space_id` CHAR(36) NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `added_by_id` CHAR(36) DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `space_members_space_id_user_id_unique` (`space_id`, `user_id`),
  UNIQUE KEY `space_members_space_id_group_id_unique` (`space_id`, `group_id`),
  KEY `idx_space_members_user_id` (`user_id`),
  KEY `idx_space_members_group_id` (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_invitations` (
  `id` CHAR(36) NOT NULL,
  `email` VARCHAR(255) DEFAULT NULL,
  `role` VARCHAR(255) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `group_ids` JSON DEFAULT NULL,
  `invited_by_id` CHAR(36) DEFAULT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invitations_email_workspace_id_unique` (`email`, `workspace_id`),
  KEY `idx_workspace_invitations_workspace_id` (`workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages` (
  `id` CHAR(36) NOT NULL,
  `slug_id` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) DEFAULT NULL,
  `icon` VARCHAR(255) DEFAULT NULL,
  `cover_photo` VARCHAR(255) DEFAULT NULL,
  `position` VARCHAR(255) DEFAULT NULL,
  `content` JSON DEFAULT NULL,
  `ydoc` LONGBLOB DEFAULT NULL,
  `text_content` TEXT DEFAULT NULL,
  `tsv` LONGTEXT DEFAULT NULL,
  `parent_page_id` CHAR(36) DEFAULT NULL,
  `creator_id` CHAR(36) DEFAULT NULL,
  `last_updated_by_id` CHAR(36) DEFAULT NULL,
  `deleted_by_id` CHAR(36) DEFAULT NULL,
  `space_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `is_locked` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  `contributor_ids` JSON DEFAULT NULL,
  `is_base` TINYINT(1) NOT NULL DEFAULT 0,
  `base_schema_version` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pages_slug_id_unique` (`slug_id`),
  KEY `pages_slug_id_idx` (`slug_id`),
  KEY `idx_pages_workspace_id` (`workspace_id`),
  KEY `idx_pages_creator_id` (`creator_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `page_history` (
  `id` CHAR(36) NOT NULL,
  `page_id` CHAR(36) NOT NULL,
  `slug_id` VARCHAR(255) DEFAULT NULL,
  `title` VARCHAR(255) DEFAULT NULL,
  `content` JSON DEFAULT NULL,
  `slug` VARCHAR(255) DEFAULT NULL,
  `icon` VARCHAR(255) DEFAULT NULL,
  `cover_photo` VARCHAR(255) DEFAULT NULL,
  `version` INT DEFAULT NULL,
  `last_updated_by_id` CHAR(36) DEFAULT NULL,
  `space_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `contributor_ids` JSON DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` CHAR(36) NOT NULL,
  `content` JSON DEFAULT NULL,
  `selection` VARCHAR(255) DEFAULT NULL,
  `type` VARCHAR(255) DEFAULT NULL,
  `creator_id` CHAR(36) DEFAULT NULL,
  `page_id` CHAR(36) NOT NULL,
  `parent_comment_id` CHAR(36) DEFAULT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `resolved_at` DATETIME DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `edited_at` DATETIME DEFAULT NULL,
  `deleted_at` DATETIME DEFAULT NULL,
  `last_edited_by_id` CHAR(36) DEFAULT NULL,
  `resolved_by_id` CHAR(36) DEFAULT NULL,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `space_id` CHAR(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_comments_page_id` (`page_id`),
  KEY `idx_comments_parent_comment_id` (`parent_comment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments` (
  `id` CHAR(36) NOT NULL,
  `file_name` VARCHAR(255) NOT NULL,
  `file_path` VARCHAR(255) NOT NULL,
  `file_size` BIGINT DEFAULT NULL,
  `file_ext` VARCHAR(255) NOT NULL,
  `mime_type` VARCHAR(255) DEFAULT NULL,
  `type` VARCHAR(255) DEFAULT NULL,
  `creator_id` CHAR(36) NOT NULL,
  `page_id` CHAR(36) DEFAULT NULL,
  `space_id` CHAR(36) DEFAULT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  `text_content` TEXT DEFAULT NULL,
  `tsv` LONGTEXT DEFAULT NULL,
  `ai_chat_id` CHAR(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_attachments_page_id` (`page_id`),
  KEY `idx_attachments_space_id` (`space_id`),
  KEY `idx_attachments_workspace_id` (`workspace_id`),
  KEY `idx_attachments_ai_chat_id` (`ai_chat_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_tokens` (
  `id` CHAR(36) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) DEFAULT NULL,
  `expires_at` DATETIME DEFAULT NULL,
  `used_at` DATETIME DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `backlinks` (
  `id` CHAR(36) NOT NULL,
  `source_page_id` CHAR(36) NOT NULL,
  `target_page_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `backlinks_source_page_id_target_page_id_unique` (`source_page_id`, `target_page_id`),
  KEY `idx_backlinks_target_page_id` (`target_page_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `billing` (
  `id` CHAR(36) NOT NULL,
  `stripe_subscription_id` VARCHAR(255) NOT NULL,
  `stripe_customer_id` VARCHAR(255) DEFAULT NULL,
  `status` VARCHAR(255) NOT NULL,
  `quantity` BIGINT DEFAULT NULL,
  `amount` BIGINT DEFAULT NULL,
  `interval` VARCHAR(255) DEFAULT NULL,
  `currency` VARCHAR(255) DEFAULT NULL,
  `metadata` JSON DEFAULT NULL,
  `stripe_price_id` VARCHAR(255) DEFAULT NULL,
  `stripe_item_id` VARCHAR(255) DEFAULT NULL,
  `stripe_product_id` VARCHAR(255) DEFAULT NULL,
  `period_start_at` DATETIME NOT NULL,
  `period_end_at` DATETIME DEFAULT NULL,
  `cancel_at_period_end` TINYINT(1) DEFAULT NULL,
  `cancel_at` DATETIME DEFAULT NULL,
  `canceled_at` DATETIME DEFAULT NULL,
  `ended_at` DATETIME DEFAULT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  `billing_scheme` VARCHAR(255) DEFAULT NULL,
  `tiered_up_to` VARCHAR(255) DEFAULT NULL,
  `tiered_flat_amount` BIGINT DEFAULT NULL,
  `tiered_unit_amount` BIGINT DEFAULT NULL,
  `plan_name` VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `billing_stripe_subscription_id_unique` (`stripe_subscription_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_providers` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `type` TEXT NOT NULL,
  `saml_url` VARCHAR(255) DEFAULT NULL,
  `saml_certificate` VARCHAR(255) DEFAULT NULL,
  `oidc_issuer` VARCHAR(255) DEFAULT NULL,
  `oidc_client_id` VARCHAR(255) DEFAULT NULL,
  `oidc_client_secret` VARCHAR(255) DEFAULT NULL,
  `allow_signup` TINYINT(1) NOT NULL DEFAULT 0,
  `is_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `creator_id` CHAR(36) DEFAULT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  `group_sync` TINYINT(1) NOT NULL DEFAULT 0,
  `ldap_url` VARCHAR(255) DEFAULT NULL,
  `ldap_bind_dn` VARCHAR(255) DEFAULT NULL,
  `ldap_bind_password` VARCHAR(255) DEFAULT NULL,
  `ldap_base_dn` VARCHAR(255) DEFAULT NULL,
  `ldap_user_search_filter` VARCHAR(255) DEFAULT NULL,
  `ldap_user_attributes` JSON DEFAULT NULL,
  `ldap_tls_enabled` TINYINT(1) DEFAULT 0,
  `ldap_tls_ca_cert` TEXT DEFAULT NULL,
  `ldap_config` JSON DEFAULT NULL,
  `settings` JSON DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_auth_providers_workspace_id` (`workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_accounts` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `provider_user_id` VARCHAR(255) NOT NULL,
  `auth_provider_id` CHAR(36) DEFAULT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_accounts_user_id_auth_provider_id_unique` (`user_id`, `auth_provider_id`),
  KEY `idx_auth_accounts_provider_user_id` (`provider_user_id`, `auth_provider_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shares` (
  `id` CHAR(36) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `page_id` CHAR(36) DEFAULT NULL,
  `include_sub_pages` TINYINT(1) DEFAULT 0,
  `search_indexing` TINYINT(1) DEFAULT 0,
  `creator_id` CHAR(36) DEFAULT NULL,
  `space_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `shares_key_workspace_id_unique` (`key`, `workspace_id`),
  KEY `idx_shares_page_id` (`page_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_tasks` (
  `id` CHAR(36) NOT NULL,
  `type` VARCHAR(255) DEFAULT NULL,
  `source` VARCHAR(255) DEFAULT NULL,
  `status` VARCHAR(255) DEFAULT NULL,
  `file_name` VARCHAR(255) NOT NULL,
  `file_path` VARCHAR(255) NOT NULL,
  `file_size` BIGINT DEFAULT NULL,
  `file_ext` VARCHAR(255) DEFAULT NULL,
  `error_message` VARCHAR(255) DEFAULT NULL,
  `creator_id` CHAR(36) DEFAULT NULL,
  `space_id` CHAR(36) DEFAULT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  `page_id` CHAR(36) DEFAULT NULL,
  `metadata` JSON DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_file_tasks_page_export` (`page_id`, `workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_mfa` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `method` VARCHAR(255) NOT NULL DEFAULT 'totp',
  `secret` TEXT DEFAULT NULL,
  `is_enabled` TINYINT(1) DEFAULT 0,
  `backup_codes` JSON DEFAULT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_mfa_user_id_unique` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT DEFAULT NULL,
  `creator_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `expires_at` DATETIME DEFAULT NULL,
  `last_used_at` DATETIME DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_api_keys_workspace_id` (`workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `type` TEXT NOT NULL,
  `actor_id` CHAR(36) DEFAULT NULL,
  `page_id` CHAR(36) DEFAULT NULL,
  `space_id` CHAR(36) DEFAULT NULL,
  `comment_id` CHAR(36) DEFAULT NULL,
  `data` JSON DEFAULT NULL,
  `read_at` DATETIME DEFAULT NULL,
  `emailed_at` DATETIME DEFAULT NULL,
  `archived_at` DATETIME DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `page_verification_id` CHAR(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_notifications_user_id` (`user_id`, `id`),
  KEY `idx_notifications_user_unread` (`user_id`),
  KEY `idx_notifications_page_id` (`page_id`),
  KEY `idx_notifications_space_id` (`space_id`),
  KEY `idx_notifications_comment_id` (`comment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `watchers` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `page_id` CHAR(36) DEFAULT NULL,
  `space_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `type` TEXT NOT NULL,
  `added_by_id` CHAR(36) DEFAULT NULL,
  `muted_at` DATETIME DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_watchers_user_page` (`user_id`, `page_id`),
  KEY `idx_watchers_user_space` (`user_id`, `space_id`),
  KEY `idx_watchers_page_id` (`page_id`),
  KEY `idx_watchers_user_workspace` (`user_id`, `workspace_id`),
  KEY `idx_watchers_space_id` (`space_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `page_access` (
  `id` CHAR(36) NOT NULL,
  `page_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `space_id` CHAR(36) NOT NULL,
  `access_level` VARCHAR(255) NOT NULL,
  `creator_id` CHAR(36) DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `page_access_page_id_key` (`page_id`),
  KEY `idx_page_access_space` (`space_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `page_permissions` (
  `id` CHAR(36) NOT NULL,
  `page_access_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) DEFAULT NULL,
  `group_id` CHAR(36) DEFAULT NULL,
  `role` VARCHAR(255) NOT NULL,
  `added_by_id` CHAR(36) DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `page_access_user_unique` (`page_access_id`, `user_id`),
  UNIQUE KEY `page_access_group_unique` (`page_access_id`, `group_id`),
  KEY `idx_page_permissions_user` (`user_id`),
  KEY `idx_page_permissions_group` (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit` (
  `id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `actor_id` CHAR(36) DEFAULT NULL,
  `actor_type` VARCHAR(255) NOT NULL DEFAULT 'user',
  `event` VARCHAR(255) NOT NULL,
  `resource_type` VARCHAR(255) NOT NULL,
  `resource_id` CHAR(36) DEFAULT NULL,
  `space_id` CHAR(36) DEFAULT NULL,
  `changes` JSON DEFAULT NULL,
  `metadata` JSON DEFAULT NULL,
  `ip_address` VARCHAR(45) DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_audit_workspace_id` (`workspace_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_sessions` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `device_name` VARCHAR(255) DEFAULT NULL,
  `user_agent` TEXT DEFAULT NULL,
  `ip_address` VARCHAR(45) DEFAULT NULL,
  `geo_location` VARCHAR(255) DEFAULT NULL,
  `last_active_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `expires_at` DATETIME NOT NULL,
  `metadata` JSON DEFAULT NULL,
  `revoked_at` DATETIME DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_user_sessions_user_workspace` (`user_id`, `workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_chats` (
  `id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `creator_id` CHAR(36) NOT NULL,
  `title` VARCHAR(255) DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_ai_chats_workspace_creator` (`workspace_id`, `creator_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_chat_messages` (
  `id` CHAR(36) NOT NULL,
  `chat_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) DEFAULT NULL,
  `role` VARCHAR(255) NOT NULL,
  `content` TEXT DEFAULT NULL,
  `tool_calls` JSON DEFAULT NULL,
  `metadata` JSON DEFAULT NULL,
  `tsv` LONGTEXT DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_ai_chat_messages_chat_id` (`chat_id`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `templates` (
  `id` CHAR(36) NOT NULL,
  `title` VARCHAR(255) DEFAULT NULL,
  `description` TEXT DEFAULT NULL,
  `content` JSON DEFAULT NULL,
  `ydoc` LONGBLOB DEFAULT NULL,
  `icon` VARCHAR(255) DEFAULT NULL,
  `space_id` CHAR(36) DEFAULT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `creator_id` CHAR(36) DEFAULT NULL,
  `last_updated_by_id` CHAR(36) DEFAULT NULL,
  `collaborator_ids` JSON DEFAULT NULL,
  `text_content` TEXT DEFAULT NULL,
  `tsv` LONGTEXT DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_templates_workspace_id` (`workspace_id`),
  KEY `idx_templates_space_id` (`space_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `favorites` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `page_id` CHAR(36) DEFAULT NULL,
  `space_id` CHAR(36) DEFAULT NULL,
  `template_id` CHAR(36) DEFAULT NULL,
  `type` VARCHAR(255) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_favorites_user_page` (`user_id`, `page_id`),
  KEY `idx_favorites_user_space` (`user_id`, `space_id`),
  KEY `idx_favorites_user_template` (`user_id`, `template_id`),
  KEY `idx_favorites_user_workspace_type` (`user_id`, `workspace_id`, `type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `page_verifications` (
  `id` CHAR(36) NOT NULL,
  `page_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `space_id` CHAR(36) NOT NULL,
  `type` VARCHAR(255) NOT NULL DEFAULT 'expiring',
  `status` VARCHAR(255) DEFAULT NULL,
  `mode` VARCHAR(255) DEFAULT NULL,
  `period_amount` INT DEFAULT NULL,
  `period_unit` VARCHAR(255) DEFAULT NULL,
  `verified_at` DATETIME DEFAULT NULL,
  `verified_by_id` CHAR(36) DEFAULT NULL,
  `expires_at` DATETIME DEFAULT NULL,
  `requested_at` DATETIME DEFAULT NULL,
  `requested_by_id` CHAR(36) DEFAULT NULL,
  `rejected_at` DATETIME DEFAULT NULL,
  `rejected_by_id` CHAR(36) DEFAULT NULL,
  `rejection_comment` TEXT DEFAULT NULL,
  `data` JSON DEFAULT NULL,
  `creator_id` CHAR(36) DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `page_verifications_page_id_key` (`page_id`),
  KEY `idx_page_verifications_expires_at` (`expires_at`),
  KEY `idx_page_verifications_workspace_id_id` (`workspace_id`, `id`),
  KEY `idx_page_verifications_space_id` (`space_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `page_verifiers` (
  `id` CHAR(36) NOT NULL,
  `page_verification_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `is_primary` TINYINT(1) NOT NULL DEFAULT 0,
  `added_by_id` CHAR(36) DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `page_verifiers_verification_user_unique` (`page_verification_id`, `user_id`),
  KEY `idx_page_verifiers_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scim_tokens` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `token_hash` VARCHAR(255) NOT NULL,
  `token_last_four` VARCHAR(4) NOT NULL,
  `last_used_at` DATETIME DEFAULT NULL,
  `is_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `creator_id` CHAR(36) DEFAULT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `deleted_at` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_scim_tokens_token_hash` (`token_hash`),
  KEY `idx_scim_tokens_workspace_id` (`workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labels` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL DEFAULT 'page',
  `workspace_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `labels_workspace_id_type_name_unique` (`workspace_id`, `type`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `page_labels` (
  `id` CHAR(36) NOT NULL,
  `page_id` CHAR(36) NOT NULL,
  `label_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `page_labels_page_id_label_id_unique` (`page_id`, `label_id`),
  KEY `page_labels_label_id_idx` (`label_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `workspaces` ADD CONSTRAINT `workspaces_default_space_id_fkey` FOREIGN KEY (`default_space_id`) REFERENCES `spaces` (`id`) ON DELETE SET NULL;
ALTER TABLE `users` ADD CONSTRAINT `users_invited_by_id_fkey` FOREIGN KEY (`invited_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `users` ADD CONSTRAINT `users_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `groups` ADD CONSTRAINT `groups_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `groups` ADD CONSTRAINT `groups_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`);
ALTER TABLE `group_users` ADD CONSTRAINT `group_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `group_users` ADD CONSTRAINT `group_users_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE;
ALTER TABLE `spaces` ADD CONSTRAINT `spaces_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`);
ALTER TABLE `spaces` ADD CONSTRAINT `spaces_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `space_members` ADD CONSTRAINT `space_members_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `space_members` ADD CONSTRAINT `space_members_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE;
ALTER TABLE `space_members` ADD CONSTRAINT `space_members_space_id_fkey` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `space_members` ADD CONSTRAINT `space_members_added_by_id_fkey` FOREIGN KEY (`added_by_id`) REFERENCES `users` (`id`);
ALTER TABLE `workspace_invitations` ADD CONSTRAINT `workspace_invitations_invited_by_id_fkey` FOREIGN KEY (`invited_by_id`) REFERENCES `users` (`id`);
ALTER TABLE `workspace_invitations` ADD CONSTRAINT `workspace_invitations_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `pages` ADD CONSTRAINT `pages_parent_page_id_fkey` FOREIGN KEY (`parent_page_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE;
ALTER TABLE `pages` ADD CONSTRAINT `pages_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`);
ALTER TABLE `pages` ADD CONSTRAINT `pages_last_updated_by_id_fkey` FOREIGN KEY (`last_updated_by_id`) REFERENCES `users` (`id`);
ALTER TABLE `pages` ADD CONSTRAINT `pages_deleted_by_id_fkey` FOREIGN KEY (`deleted_by_id`) REFERENCES `users` (`id`);
ALTER TABLE `pages` ADD CONSTRAINT `pages_space_id_fkey` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `pages` ADD CONSTRAINT `pages_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_history` ADD CONSTRAINT `page_history_page_id_fkey` FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_history` ADD CONSTRAINT `page_history_last_updated_by_id_fkey` FOREIGN KEY (`last_updated_by_id`) REFERENCES `users` (`id`);
ALTER TABLE `page_history` ADD CONSTRAINT `page_history_space_id_fkey` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_history` ADD CONSTRAINT `page_history_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `comments` ADD CONSTRAINT `comments_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`);
ALTER TABLE `comments` ADD CONSTRAINT `comments_page_id_fkey` FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE;
ALTER TABLE `comments` ADD CONSTRAINT `comments_parent_comment_id_fkey` FOREIGN KEY (`parent_comment_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE;
ALTER TABLE `comments` ADD CONSTRAINT `comments_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`);
ALTER TABLE `comments` ADD CONSTRAINT `comments_last_edited_by_id_fkey` FOREIGN KEY (`last_edited_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `comments` ADD CONSTRAINT `comments_resolved_by_id_fkey` FOREIGN KEY (`resolved_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `comments` ADD CONSTRAINT `comments_space_id_fkey` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `attachments` ADD CONSTRAINT `attachments_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`);
ALTER TABLE `attachments` ADD CONSTRAINT `attachments_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `user_tokens` ADD CONSTRAINT `user_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `user_tokens` ADD CONSTRAINT `user_tokens_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `backlinks` ADD CONSTRAINT `backlinks_source_page_id_fkey` FOREIGN KEY (`source_page_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE;
ALTER TABLE `backlinks` ADD CONSTRAINT `backlinks_target_page_id_fkey` FOREIGN KEY (`target_page_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE;
ALTER TABLE `backlinks` ADD CONSTRAINT `backlinks_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `billing` ADD CONSTRAINT `billing_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `auth_providers` ADD CONSTRAINT `auth_providers_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `auth_providers` ADD CONSTRAINT `auth_providers_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `auth_accounts` ADD CONSTRAINT `auth_accounts_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `auth_accounts` ADD CONSTRAINT `auth_accounts_auth_provider_id_fkey` FOREIGN KEY (`auth_provider_id`) REFERENCES `auth_providers` (`id`) ON DELETE CASCADE;
ALTER TABLE `auth_accounts` ADD CONSTRAINT `auth_accounts_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `shares` ADD CONSTRAINT `shares_page_id_fkey` FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE;
ALTER TABLE `shares` ADD CONSTRAINT `shares_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`);
ALTER TABLE `shares` ADD CONSTRAINT `shares_space_id_fkey` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `shares` ADD CONSTRAINT `shares_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `file_tasks` ADD CONSTRAINT `file_tasks_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`);
ALTER TABLE `file_tasks` ADD CONSTRAINT `file_tasks_space_id_fkey` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `file_tasks` ADD CONSTRAINT `file_tasks_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `file_tasks` ADD CONSTRAINT `file_tasks_page_id_fkey` FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`) ON DELETE SET NULL;
ALTER TABLE `user_mfa` ADD CONSTRAINT `user_mfa_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `user_mfa` ADD CONSTRAINT `user_mfa_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `api_keys` ADD CONSTRAINT `api_keys_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `api_keys` ADD CONSTRAINT `api_keys_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `notifications` ADD CONSTRAINT `notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `notifications` ADD CONSTRAINT `notifications_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `notifications` ADD CONSTRAINT `notifications_actor_id_fkey` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `notifications` ADD CONSTRAINT `notifications_page_id_fkey` FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE;
ALTER TABLE `notifications` ADD CONSTRAINT `notifications_space_id_fkey` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `notifications` ADD CONSTRAINT `notifications_comment_id_fkey` FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE;
ALTER TABLE `notifications` ADD CONSTRAINT `notifications_page_verification_id_fkey` FOREIGN KEY (`page_verification_id`) REFERENCES `page_verifications` (`id`) ON DELETE CASCADE;
ALTER TABLE `watchers` ADD CONSTRAINT `watchers_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `watchers` ADD CONSTRAINT `watchers_page_id_fkey` FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE;
ALTER TABLE `watchers` ADD CONSTRAINT `watchers_space_id_fkey` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `watchers` ADD CONSTRAINT `watchers_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `watchers` ADD CONSTRAINT `watchers_added_by_id_fkey` FOREIGN KEY (`added_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `page_access` ADD CONSTRAINT `page_access_page_id_fkey` FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_access` ADD CONSTRAINT `page_access_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_access` ADD CONSTRAINT `page_access_space_id_fkey` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_access` ADD CONSTRAINT `page_access_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `page_permissions` ADD CONSTRAINT `page_permissions_page_access_id_fkey` FOREIGN KEY (`page_access_id`) REFERENCES `page_access` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_permissions` ADD CONSTRAINT `page_permissions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_permissions` ADD CONSTRAINT `page_permissions_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_permissions` ADD CONSTRAINT `page_permissions_added_by_id_fkey` FOREIGN KEY (`added_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `audit` ADD CONSTRAINT `audit_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `user_sessions` ADD CONSTRAINT `user_sessions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `user_sessions` ADD CONSTRAINT `user_sessions_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `ai_chats` ADD CONSTRAINT `ai_chats_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `ai_chats` ADD CONSTRAINT `ai_chats_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`);
ALTER TABLE `ai_chat_messages` ADD CONSTRAINT `ai_chat_messages_chat_id_fkey` FOREIGN KEY (`chat_id`) REFERENCES `ai_chats` (`id`) ON DELETE CASCADE;
ALTER TABLE `ai_chat_messages` ADD CONSTRAINT `ai_chat_messages_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `ai_chat_messages` ADD CONSTRAINT `ai_chat_messages_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `templates` ADD CONSTRAINT `templates_space_id_fkey` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `templates` ADD CONSTRAINT `templates_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `templates` ADD CONSTRAINT `templates_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `templates` ADD CONSTRAINT `templates_last_updated_by_id_fkey` FOREIGN KEY (`last_updated_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `favorites` ADD CONSTRAINT `favorites_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `favorites` ADD CONSTRAINT `favorites_page_id_fkey` FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE;
ALTER TABLE `favorites` ADD CONSTRAINT `favorites_space_id_fkey` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `favorites` ADD CONSTRAINT `favorites_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`) ON DELETE CASCADE;
ALTER TABLE `favorites` ADD CONSTRAINT `favorites_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_verifications` ADD CONSTRAINT `page_verifications_page_id_fkey` FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_verifications` ADD CONSTRAINT `page_verifications_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_verifications` ADD CONSTRAINT `page_verifications_space_id_fkey` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_verifications` ADD CONSTRAINT `page_verifications_verified_by_id_fkey` FOREIGN KEY (`verified_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `page_verifications` ADD CONSTRAINT `page_verifications_requested_by_id_fkey` FOREIGN KEY (`requested_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `page_verifications` ADD CONSTRAINT `page_verifications_rejected_by_id_fkey` FOREIGN KEY (`rejected_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `page_verifications` ADD CONSTRAINT `page_verifications_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `page_verifiers` ADD CONSTRAINT `page_verifiers_page_verification_id_fkey` FOREIGN KEY (`page_verification_id`) REFERENCES `page_verifications` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_verifiers` ADD CONSTRAINT `page_verifiers_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_verifiers` ADD CONSTRAINT `page_verifiers_added_by_id_fkey` FOREIGN KEY (`added_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `scim_tokens` ADD CONSTRAINT `scim_tokens_creator_id_fkey` FOREIGN KEY (`creator_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;
ALTER TABLE `scim_tokens` ADD CONSTRAINT `scim_tokens_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `labels` ADD CONSTRAINT `labels_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_labels` ADD CONSTRAINT `page_labels_page_id_fkey` FOREIGN KEY (`page_id`) REFERENCES `pages` (`id`) ON DELETE CASCADE;
ALTER TABLE `page_labels` ADD CONSTRAINT `page_labels_label_id_fkey` FOREIGN KEY (`label_id`) REFERENCES `labels` (`id`) ON DELETE CASCADE;

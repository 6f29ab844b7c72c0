-- HomeBox (sysadminsmedia/homebox, the maintained continuation of hay-kot/homebox): self-hosted home inventory.
-- Source: github.com/sysadminsmedia/homebox backend/internal/data/ent/migrate/schema.go (ent's generated schema,
-- the final state of the ent/schema Go models), commit 8222a88de7b44d8ad9ab286b4c674d66e3be7bed (AGPL-3.0).
-- Written as MySQL DDL with ent's MySQL type mapping (UUID char(36), Time timestamp, String varchar(Size|255),
-- Bytes varbinary(255) for the unique tokens, Float64 double, Int/Int64 bigint, Bool bool, Enum enum, JSON json).
-- Table, column, key and foreign-key names and column order as in schema.go; all 19 tables kept.
-- Circular foreign keys (entities -> entity_types -> entity_templates -> entities), hence FOREIGN_KEY_CHECKS=0.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `groups` (
  `id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `name` varchar(255) NOT NULL,
  `currency` varchar(255) NOT NULL DEFAULT 'usd',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NULL,
  `is_superuser` bool NOT NULL DEFAULT 0,
  `superuser` bool NOT NULL DEFAULT 0,
  `activated_on` timestamp NULL,
  `oidc_issuer` varchar(255) NULL,
  `oidc_subject` varchar(255) NULL,
  `default_group_id` char(36) NULL,
  `settings` json NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  UNIQUE KEY `user_oidc_issuer_oidc_subject` (`oidc_issuer`, `oidc_subject`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` varbinary(255) NOT NULL,
  `expires_at` timestamp NULL,
  `last_used_at` timestamp NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_keys_token_key` (`token`),
  KEY `apikey_token` (`token`),
  KEY `apikey_user_id` (`user_id`),
  CONSTRAINT `api_keys_users_api_keys` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_tokens` (
  `id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `token` varbinary(255) NOT NULL,
  `expires_at` timestamp NOT NULL,
  `user_auth_tokens` char(36) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_tokens_token_key` (`token`),
  KEY `authtokens_token` (`token`),
  CONSTRAINT `auth_tokens_users_auth_tokens` FOREIGN KEY (`user_auth_tokens`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exports` (
  `id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `kind` enum('export', 'import') NOT NULL DEFAULT 'export',
  `status` enum('pending', 'running', 'completed', 'failed') NOT NULL DEFAULT 'pending',
  `progress` bigint NOT NULL DEFAULT 0,
  `artifact_path` varchar(255) NULL,
  `size_bytes` bigint NOT NULL DEFAULT 0,
  `error` varchar(1000) NULL,
  `group_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `export_group_id` (`group_id`),
  KEY `export_group_id_status` (`group_id`, `status`),
  CONSTRAINT `exports_groups_exports` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_invitation_tokens` (
  `id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `token` varbinary(255) NOT NULL,
  `expires_at` timestamp NOT NULL,
  `uses` bigint NOT NULL DEFAULT 0,
  `group_invitation_tokens` char(36) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_invitation_tokens_token_key` (`token`),
  CONSTRAINT `group_invitation_tokens_groups_invitation_tokens` FOREIGN KEY (`group_invitation_tokens`) REFERENCES `groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifiers` (
  `id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `name` varchar(255) NOT NULL,
  `url` varchar(2083) NOT NULL,
  `is_active` bool NOT NULL DEFAULT 1,
  `group_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `notifier_user_id` (`user_id`),
  KEY `notifier_user_id_is_active` (`user_id`, `is_active`),
  KEY `notifier_group_id` (`group_id`),
  KEY `notifier_group_id_is_active` (`group_id`, `is_active`),
  CONSTRAINT `notifiers_groups_notifiers` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notifiers_users_notifiers` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `password_reset_tokens` (
  `id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `token` varbinary(255) NOT NULL,
  `expires_at` timestamp NOT NULL,
  `used_at` timestamp NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `password_reset_tokens_token_key` (`token`),
  KEY `passwordresettokens_token` (`token`),
  CONSTRAINT `password_reset_tokens_users_password_reset_tokens` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(1000) NULL,
  `color` varchar(255) NULL,
  `icon` varchar(255) NULL,
  `group_tags` char(36) NOT NULL,
  `tag_children` char(36) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tags_groups_tags` FOREIGN KEY (`group_tags`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tags_tags_children` FOREIGN KEY (`tag_children`) REFERENCES `tags` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_groups` (
  `role` enum('user', 'owner') NOT NULL DEFAULT 'user',
  `user_id` char(36) NOT NULL,
  `group_id` char(36) NOT NULL,
  PRIMARY KEY (`user_id`, `group_id`),
  CONSTRAINT `user_groups_users_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_groups_groups_group` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `role` enum('admin', 'user', 'attachments') NOT NULL DEFAULT 'user',
  `auth_tokens_roles` char(36) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_tokens_roles` (`auth_tokens_roles`),
  CONSTRAINT `auth_roles_auth_tokens_roles` FOREIGN KEY (`auth_tokens_roles`) REFERENCES `auth_tokens` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachments` (
  `id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `type` enum('photo', 'manual', 'warranty', 'attachment', 'receipt', 'thumbnail') NOT NULL DEFAULT 'attachment',
  `primary` bool NOT NULL DEFAULT 0,
  `title` varchar(255) NOT NULL DEFAULT '',
  `path` varchar(255) NOT NULL DEFAULT '',
  `mime_type` varchar(255) NOT NULL DEFAULT 'application/octet-stream',
  `attachment_thumbnail` char(36) NULL,
  `entity_attachments` char(36) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `attachment_thumbnail` (`attachment_thumbnail`),
  CONSTRAINT `attachments_attachments_thumbnail` FOREIGN KEY (`attachment_thumbnail`) REFERENCES `attachments` (`id`) ON DELETE SET NULL,
  CONSTRAINT `attachments_entities_attachments` FOREIGN KEY (`entity_attachments`) REFERENCES `entities` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entities` (
  `id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(1000) NULL,
  `import_ref` varchar(100) NULL,
  `notes` varchar(1000) NULL,
  `quantity` double NOT NULL DEFAULT 1,
  `insured` bool NOT NULL DEFAULT 0,
  `archived` bool NOT NULL DEFAULT 0,
  `asset_id` bigint NOT NULL DEFAULT 0,
  `sync_child_entity_locations` bool NOT NULL DEFAULT 0,
  `serial_number` varchar(255) NULL,
  `model_number` varchar(255) NULL,
  `manufacturer` varchar(255) NULL,
  `lifetime_warranty` bool NOT NULL DEFAULT 0,
  `warranty_expires` timestamp NULL,
  `warranty_details` varchar(1000) NULL,
  `purchase_date` timestamp NULL,
  `purchase_from` varchar(255) NULL,
  `purchase_price` double NOT NULL DEFAULT 0,
  `sold_date` timestamp NULL,
  `sold_to` varchar(255) NULL,
  `sold_price` double NOT NULL DEFAULT 0,
  `sold_notes` varchar(1000) NULL,
  `entity_children` char(36) NULL,
  `entity_type_entities` char(36) NOT NULL,
  `group_entities` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `entity_name` (`name`),
  KEY `entity_manufacturer` (`manufacturer`),
  KEY `entity_model_number` (`model_number`),
  KEY `entity_serial_number` (`serial_number`),
  KEY `entity_archived` (`archived`),
  KEY `entity_asset_id` (`asset_id`),
  CONSTRAINT `entities_entities_children` FOREIGN KEY (`entity_children`) REFERENCES `entities` (`id`) ON DELETE SET NULL,
  CONSTRAINT `entities_entity_types_entities` FOREIGN KEY (`entity_type_entities`) REFERENCES `entity_types` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `entities_groups_entities` FOREIGN KEY (`group_entities`) REFERENCES `groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_fields` (
  `id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(1000) NULL,
  `type` enum('text', 'number', 'boolean', 'time') NOT NULL,
  `text_value` varchar(500) NULL,
  `number_value` bigint NULL,
  `boolean_value` bool NOT NULL DEFAULT 0,
  `time_value` timestamp NOT NULL,
  `entity_fields` char(36) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `entity_fields_entities_fields` FOREIGN KEY (`entity_fields`) REFERENCES `entities` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_templates` (
  `id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(1000) NULL,
  `notes` varchar(1000) NULL,
  `default_quantity` double NOT NULL DEFAULT 1,
  `default_insured` bool NOT NULL DEFAULT 0,
  `default_name` varchar(255) NULL,
  `default_description` varchar(1000) NULL,
  `default_manufacturer` varchar(255) NULL,
  `default_model_number` varchar(255) NULL,
  `default_lifetime_warranty` bool NOT NULL DEFAULT 0,
  `default_warranty_details` varchar(1000) NULL,
  `include_warranty_fields` bool NOT NULL DEFAULT 0,
  `include_purchase_fields` bool NOT NULL DEFAULT 0,
  `include_sold_fields` bool NOT NULL DEFAULT 0,
  `default_tag_ids` json NULL,
  `entity_template_location` char(36) NULL,
  `group_entity_templates` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `entitytemplate_name` (`name`),
  CONSTRAINT `entity_templates_entities_location` FOREIGN KEY (`entity_template_location`) REFERENCES `entities` (`id`) ON DELETE SET NULL,
  CONSTRAINT `entity_templates_groups_entity_templates` FOREIGN KEY (`group_entity_templates`) REFERENCES `groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `maintenance_entries` (
  `id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `date` timestamp NULL,
  `scheduled_date` timestamp NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(2500) NULL,
  `cost` double NOT NULL DEFAULT 0,
  `entity_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `maintenance_entries_entities_maintenance_entries` FOREIGN KEY (`entity_id`) REFERENCES `entities` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_entities` (
  `tag_id` char(36) NOT NULL,
  `entity_id` char(36) NOT NULL,
  PRIMARY KEY (`tag_id`, `entity_id`),
  CONSTRAINT `tag_entities_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tag_entities_entity_id` FOREIGN KEY (`entity_id`) REFERENCES `entities` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_types` (
  `id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(1000) NULL,
  `is_location` bool NOT NULL DEFAULT 0,
  `icon` varchar(255) NULL,
  `entity_type_default_template` char(36) NULL,
  `group_entity_types` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `entity_types_entity_templates_default_template` FOREIGN KEY (`entity_type_default_template`) REFERENCES `entity_templates` (`id`) ON DELETE SET NULL,
  CONSTRAINT `entity_types_groups_entity_types` FOREIGN KEY (`group_entity_types`) REFERENCES `groups` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `template_fields` (
  `id` char(36) NOT NULL,
  `created_at` timestamp NOT NULL,
  `updated_at` timestamp NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(1000) NULL,
  `type` enum('text', 'number', 'boolean', 'time') NOT NULL,
  `text_value` varchar(500) NULL,
  `number_value` bigint NULL,
  `boolean_value` bool NOT NULL DEFAULT 0,
  `time_value` timestamp NOT NULL,
  `entity_template_fields` char(36) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `template_fields_entity_templates_fields` FOREIGN KEY (`entity_template_fields`) REFERENCES `entity_templates` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

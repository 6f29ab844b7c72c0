-- AYON server (Ynput; pipeline and production tracker, successor of OpenPype), github.com/ynput/ayon-backend,
-- commit 189844030d8859d83fe26e86074dcf38b8d563b5 (2025-01-24, the last commit under Apache-2.0 before the switch to FSL-1.1).
-- Source: schemas/schema.public.sql (the public schema) and schemas/schema.project.sql (the tables AYON creates
-- in each project_<name> schema), loaded into PostgreSQL 15 and written as MySQL from its catalogs.
-- Types: VARCHAR without length -> VARCHAR(255) (VARCHAR(191) in the four-column primary keys of site_settings and
-- project_site_settings, to fit InnoDB's key length), UUID -> CHAR(36), JSONB and VARCHAR[] -> JSON, BYTEA -> LONGBLOB,
-- TIMESTAMPTZ -> DATETIME, BOOLEAN -> TINYINT(1), SERIAL -> INT AUTO_INCREMENT (with a UNIQUE KEY where it is no key).
-- Left out: expression and GIN indexes (LOWER(name), trigram), JSON defaults, CHECK constraints, views, the
-- materialized views and functions; partial unique indexes written as plain KEYs. The project schema's own
-- access_groups, settings and addon_data tables (same names and columns as the public ones) are left out.

CREATE TABLE `config` (
  `key` VARCHAR(255) NOT NULL,
  `value` JSON NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `server_updates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `version` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `server_updates_version_idx` (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `name` VARCHAR(255) NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `library` TINYINT(1) NOT NULL DEFAULT 0,
  `config` JSON NOT NULL,
  `attrib` JSON NOT NULL,
  `data` JSON NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `name` VARCHAR(255) NOT NULL,
  `attrib` JSON NOT NULL,
  `data` JSON NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_types` (
  `name` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` CHAR(36) NOT NULL,
  `hash` VARCHAR(255) NOT NULL,
  `topic` VARCHAR(255) NOT NULL,
  `sender` VARCHAR(255),
  `sender_type` VARCHAR(255),
  `project_name` VARCHAR(255),
  `user_name` VARCHAR(255),
  `depends_on` CHAR(36),
  `status` VARCHAR(255) NOT NULL DEFAULT 'finished',
  `retries` INT NOT NULL DEFAULT 0,
  `description` TEXT NOT NULL,
  `summary` JSON NOT NULL,
  `payload` JSON NOT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `creation_order` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  KEY `event_created_at_idx` (`created_at`),
  KEY `event_depends_on_idx` (`depends_on`),
  KEY `event_project_name_idx` (`project_name`),
  KEY `event_retries_idx` (`retries`),
  KEY `event_status_idx` (`status`),
  KEY `event_updated_at_idx` (`updated_at`),
  KEY `event_user_name_idx` (`user_name`),
  KEY `events_sender_type_idx` (`sender_type`),
  UNIQUE KEY `unique_creation_order` (`creation_order`),
  UNIQUE KEY `unique_event_hash` (`hash`),
  CONSTRAINT `events_depends_on_fkey` FOREIGN KEY (`depends_on`) REFERENCES `events` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bundles` (
  `name` VARCHAR(255) NOT NULL,
  `is_production` TINYINT(1) NOT NULL DEFAULT 0,
  `is_staging` TINYINT(1) NOT NULL DEFAULT 0,
  `is_archived` TINYINT(1) NOT NULL DEFAULT 0,
  `is_dev` TINYINT(1) NOT NULL DEFAULT 0,
  `active_user` VARCHAR(255),
  `data` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`name`),
  KEY `bundle_active_user_idx` (`active_user`),
  KEY `bundle_production_idx` (`is_production`),
  KEY `bundle_staging_idx` (`is_staging`),
  CONSTRAINT `bundles_active_user_fkey` FOREIGN KEY (`active_user`) REFERENCES `users` (`name`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sites` (
  `id` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_groups` (
  `name` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attributes` (
  `name` VARCHAR(255) NOT NULL,
  `position` INT,
  `scope` JSON,
  `builtin` TINYINT(1) NOT NULL DEFAULT 0,
  `data` JSON NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `anatomy_presets` (
  `name` VARCHAR(255) NOT NULL,
  `version` VARCHAR(255) NOT NULL DEFAULT '4.0.0',
  `is_primary` TINYINT(1) NOT NULL DEFAULT 0,
  `data` JSON NOT NULL,
  PRIMARY KEY (`name`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `addon_name` VARCHAR(255) NOT NULL,
  `addon_version` VARCHAR(255) NOT NULL,
  `variant` VARCHAR(255) NOT NULL DEFAULT 'production',
  `data` JSON NOT NULL,
  PRIMARY KEY (`addon_name`, `addon_version`, `variant`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `site_settings` (
  `addon_name` VARCHAR(191) NOT NULL,
  `addon_version` VARCHAR(191) NOT NULL,
  `site_id` VARCHAR(191) NOT NULL,
  `user_name` VARCHAR(191) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`addon_name`, `addon_version`, `site_id`, `user_name`),
  CONSTRAINT `site_settings_site_id_fkey` FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE,
  CONSTRAINT `site_settings_user_name_fkey` FOREIGN KEY (`user_name`) REFERENCES `users` (`name`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `addon_data` (
  `addon_name` VARCHAR(255) NOT NULL,
  `addon_version` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`addon_name`, `addon_version`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `secrets` (
  `name` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hosts` (
  `name` VARCHAR(255) NOT NULL,
  `last_seen` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `health` JSON NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `services` (
  `name` VARCHAR(255) NOT NULL,
  `hostname` VARCHAR(255),
  `addon_name` VARCHAR(255) NOT NULL,
  `addon_version` VARCHAR(255) NOT NULL,
  `service` VARCHAR(255) NOT NULL,
  `should_run` TINYINT(1) NOT NULL DEFAULT 1,
  `is_running` TINYINT(1) NOT NULL DEFAULT 0,
  `last_seen` DATETIME,
  `data` JSON NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `services_hostname_fkey` FOREIGN KEY (`hostname`) REFERENCES `hosts` (`name`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `licenses` (
  `id` CHAR(36) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `traffic_stats` (
  `date` DATE NOT NULL,
  `service` VARCHAR(255) NOT NULL,
  `ingress` BIGINT NOT NULL DEFAULT 0,
  `egress` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`date`, `service`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_stats` (
  `date` DATE NOT NULL,
  `users` JSON NOT NULL,
  PRIMARY KEY (`date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `thumbnails` (
  `id` CHAR(36) NOT NULL,
  `mime` VARCHAR(255) NOT NULL,
  `data` LONGBLOB NOT NULL,
  `meta` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `task_types` (
  `name` VARCHAR(255) NOT NULL,
  `position` INT NOT NULL DEFAULT 0,
  `data` JSON NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `folder_types` (
  `name` VARCHAR(255) NOT NULL,
  `position` INT NOT NULL DEFAULT 0,
  `data` JSON NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statuses` (
  `name` VARCHAR(255) NOT NULL,
  `position` INT NOT NULL DEFAULT 0,
  `data` JSON NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `name` VARCHAR(255) NOT NULL,
  `position` INT NOT NULL DEFAULT 0,
  `data` JSON NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activities` (
  `id` CHAR(36) NOT NULL,
  `activity_type` VARCHAR(255) NOT NULL,
  `body` TEXT NOT NULL,
  `tags` JSON NOT NULL,
  `data` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `creation_order` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  KEY `idx_activity_type` (`activity_type`),
  UNIQUE KEY `activities_creation_order_key` (`creation_order`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_references` (
  `id` CHAR(36) NOT NULL,
  `activity_id` CHAR(36) NOT NULL,
  `reference_type` VARCHAR(255) NOT NULL,
  `entity_type` VARCHAR(255) NOT NULL,
  `entity_id` CHAR(36),
  `entity_name` VARCHAR(255),
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `data` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `creation_order` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  KEY `idx_activity_entity_id` (`entity_id`),
  KEY `idx_activity_entity_name` (`entity_name`),
  KEY `idx_activity_entity_type` (`entity_type`),
  KEY `idx_activity_id` (`activity_id`),
  KEY `idx_activity_reference_active` (`active`),
  KEY `idx_activity_reference_created_at` (`created_at`),
  KEY `idx_activity_reference_type` (`reference_type`),
  UNIQUE KEY `idx_activity_reference_unique` (`activity_id`, `entity_id`, `entity_name`, `reference_type`),
  KEY `idx_activity_reference_updated_at` (`updated_at`),
  UNIQUE KEY `activity_references_creation_order_key` (`creation_order`),
  CONSTRAINT `activity_references_activity_id_fkey` FOREIGN KEY (`activity_id`) REFERENCES `activities` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_paths` (
  `entity_id` CHAR(36) NOT NULL,
  `entity_type` VARCHAR(255) NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `id` CHAR(36) NOT NULL,
  `size` BIGINT NOT NULL,
  `author` VARCHAR(255),
  `activity_id` CHAR(36),
  `data` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_files_activity_id` (`activity_id`),
  CONSTRAINT `files_activity_id_fkey` FOREIGN KEY (`activity_id`) REFERENCES `activities` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `folders` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `label` VARCHAR(255),
  `folder_type` VARCHAR(255) NOT NULL,
  `parent_id` CHAR(36),
  `thumbnail_id` CHAR(36),
  `attrib` JSON NOT NULL,
  `data` JSON NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `tags` JSON NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `creation_order` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `folder_creation_order_idx` (`creation_order`),
  KEY `folder_parent_idx` (`parent_id`),
  KEY `folder_root_unique_name` (`name`),
  KEY `folder_unique_name_parent` (`parent_id`, `name`),
  CONSTRAINT `folders_folder_type_fkey` FOREIGN KEY (`folder_type`) REFERENCES `folder_types` (`name`) ON UPDATE CASCADE,
  CONSTRAINT `folders_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `folders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `folders_status_fkey` FOREIGN KEY (`status`) REFERENCES `statuses` (`name`) ON UPDATE CASCADE,
  CONSTRAINT `folders_thumbnail_id_fkey` FOREIGN KEY (`thumbnail_id`) REFERENCES `thumbnails` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exported_attributes` (
  `folder_id` CHAR(36) NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `attrib` JSON NOT NULL,
  PRIMARY KEY (`folder_id`),
  CONSTRAINT `exported_attributes_folder_id_fkey` FOREIGN KEY (`folder_id`) REFERENCES `folders` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `label` VARCHAR(255),
  `folder_id` CHAR(36) NOT NULL,
  `task_type` VARCHAR(255),
  `assignees` JSON NOT NULL,
  `thumbnail_id` CHAR(36),
  `attrib` JSON NOT NULL,
  `data` JSON NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `status` VARCHAR(255) NOT NULL,
  `tags` JSON NOT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `creation_order` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `task_creation_order_idx` (`creation_order`),
  KEY `task_parent_idx` (`folder_id`),
  KEY `task_type_idx` (`task_type`),
  UNIQUE KEY `task_unique_name` (`folder_id`, `name`),
  CONSTRAINT `tasks_folder_id_fkey` FOREIGN KEY (`folder_id`) REFERENCES `folders` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tasks_status_fkey` FOREIGN KEY (`status`) REFERENCES `statuses` (`name`) ON UPDATE CASCADE,
  CONSTRAINT `tasks_task_type_fkey` FOREIGN KEY (`task_type`) REFERENCES `task_types` (`name`) ON UPDATE CASCADE,
  CONSTRAINT `tasks_thumbnail_id_fkey` FOREIGN KEY (`thumbnail_id`) REFERENCES `thumbnails` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `products` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `folder_id` CHAR(36) NOT NULL,
  `product_type` VARCHAR(255) NOT NULL,
  `attrib` JSON NOT NULL,
  `data` JSON NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `status` VARCHAR(255) NOT NULL,
  `tags` JSON NOT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `creation_order` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_creation_order_idx` (`creation_order`),
  KEY `product_parent_idx` (`folder_id`),
  KEY `product_type_idx` (`product_type`),
  KEY `product_unique_name_parent` (`folder_id`, `name`),
  CONSTRAINT `products_folder_id_fkey` FOREIGN KEY (`folder_id`) REFERENCES `folders` (`id`),
  CONSTRAINT `products_product_type_fkey` FOREIGN KEY (`product_type`) REFERENCES `product_types` (`name`) ON UPDATE CASCADE,
  CONSTRAINT `products_status_fkey` FOREIGN KEY (`status`) REFERENCES `statuses` (`name`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` CHAR(36) NOT NULL,
  `version` INT NOT NULL,
  `product_id` CHAR(36) NOT NULL,
  `task_id` CHAR(36),
  `thumbnail_id` CHAR(36),
  `author` VARCHAR(255),
  `attrib` JSON NOT NULL,
  `data` JSON NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `status` VARCHAR(255) NOT NULL,
  `tags` JSON NOT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `creation_order` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `version_creation_order_idx` (`creation_order`),
  KEY `version_parent_idx` (`product_id`),
  KEY `version_unique_version_parent` (`product_id`, `version`),
  CONSTRAINT `versions_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE CASCADE,
  CONSTRAINT `versions_status_fkey` FOREIGN KEY (`status`) REFERENCES `statuses` (`name`) ON UPDATE CASCADE,
  CONSTRAINT `versions_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE SET NULL,
  CONSTRAINT `versions_thumbnail_id_fkey` FOREIGN KEY (`thumbnail_id`) REFERENCES `thumbnails` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `representations` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `version_id` CHAR(36) NOT NULL,
  `files` JSON NOT NULL,
  `attrib` JSON NOT NULL,
  `data` JSON NOT NULL,
  `traits` JSON,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `status` VARCHAR(255) NOT NULL,
  `tags` JSON NOT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `creation_order` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `representation_creation_order_idx` (`creation_order`),
  KEY `representation_parent_idx` (`version_id`),
  KEY `representation_unique_name_on_version` (`version_id`, `name`),
  CONSTRAINT `representations_status_fkey` FOREIGN KEY (`status`) REFERENCES `statuses` (`name`) ON UPDATE CASCADE,
  CONSTRAINT `representations_version_id_fkey` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workfiles` (
  `id` CHAR(36) NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `task_id` CHAR(36) NOT NULL,
  `thumbnail_id` CHAR(36),
  `created_by` VARCHAR(255),
  `updated_by` VARCHAR(255),
  `attrib` JSON NOT NULL,
  `data` JSON NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `status` VARCHAR(255) NOT NULL,
  `tags` JSON NOT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `creation_order` INT NOT NULL AUTO_INCREMENT,
  UNIQUE KEY `workfiles_path_key` (`path`),
  PRIMARY KEY (`id`),
  UNIQUE KEY `workfiles_creation_order_key` (`creation_order`),
  CONSTRAINT `workfiles_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`name`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `workfiles_status_fkey` FOREIGN KEY (`status`) REFERENCES `statuses` (`name`) ON UPDATE CASCADE,
  CONSTRAINT `workfiles_task_id_fkey` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE CASCADE,
  CONSTRAINT `workfiles_thumbnail_id_fkey` FOREIGN KEY (`thumbnail_id`) REFERENCES `thumbnails` (`id`) ON DELETE SET NULL,
  CONSTRAINT `workfiles_updated_by_fkey` FOREIGN KEY (`updated_by`) REFERENCES `users` (`name`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `link_types` (
  `name` VARCHAR(255) NOT NULL,
  `input_type` VARCHAR(255) NOT NULL,
  `output_type` VARCHAR(255) NOT NULL,
  `link_type` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`name`),
  UNIQUE KEY `link_type_unique_idx` (`input_type`, `output_type`, `link_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `links` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255),
  `link_type` VARCHAR(255) NOT NULL,
  `input_id` CHAR(36) NOT NULL,
  `output_id` CHAR(36) NOT NULL,
  `author` VARCHAR(255),
  `data` JSON NOT NULL,
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  `creation_order` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `link_creation_order_idx` (`creation_order`),
  KEY `link_input_idx` (`input_id`),
  KEY `link_output_idx` (`output_id`),
  CONSTRAINT `links_link_type_fkey` FOREIGN KEY (`link_type`) REFERENCES `link_types` (`name`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_site_settings` (
  `addon_name` VARCHAR(191) NOT NULL,
  `addon_version` VARCHAR(191) NOT NULL,
  `site_id` VARCHAR(191) NOT NULL,
  `user_name` VARCHAR(191) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`addon_name`, `addon_version`, `site_id`, `user_name`),
  CONSTRAINT `project_site_settings_site_id_fkey` FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project_site_settings_user_name_fkey` FOREIGN KEY (`user_name`) REFERENCES `users` (`name`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_roots` (
  `site_id` VARCHAR(255) NOT NULL,
  `user_name` VARCHAR(255) NOT NULL,
  `data` JSON NOT NULL,
  PRIMARY KEY (`site_id`, `user_name`),
  CONSTRAINT `custom_roots_site_id_fkey` FOREIGN KEY (`site_id`) REFERENCES `sites` (`id`) ON DELETE CASCADE,
  CONSTRAINT `custom_roots_user_name_fkey` FOREIGN KEY (`user_name`) REFERENCES `users` (`name`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


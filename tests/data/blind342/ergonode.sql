-- Ergonode 1.3.0 (Ergonode Sp. z o.o.; open-source product information management, PIM) — backend database schema
-- Upstream: github.com/ergonode/backend, commit 893d1cd7757c979b480f81902759c5228787576b (2022-02-14), licence OSL-3.0 (LICENSE.txt)
-- How this file was made: Ergonode creates its PostgreSQL schema only through Doctrine migrations
-- (module/*/migrations/Version*.php, 99 files). Each migration's up() was run in version order by a small harness
-- that collects the SQL it adds (addSql); the DDL statements (233 CREATE / ALTER / DROP) were run into an empty
-- PostgreSQL 15 database (the data statements — privileges, event classes, default workflow — were not needed for
-- the structure) and the resulting schema, read from information_schema / pg_constraint / pg_indexes, was written
-- as MySQL DDL in upstream's column order: uuid -> CHAR(36), jsonb / json -> JSON, boolean -> TINYINT(1),
-- timestamp with time zone -> DATETIME, serial primary keys -> AUTO_INCREMENT (the non-key serials attribute.index,
-- category.sequence and product.index keep their type without the sequence), text columns used in a key -> VARCHAR(255).
-- PostgreSQL schemas are flattened into table-name prefixes: designer.template -> designer_template,
-- exporter.export -> exporter_export, importer.import -> importer_import (designer.product and public.product both exist).
-- All 68 tables are kept.

CREATE TABLE `designer_element_type` (
  `type` VARCHAR(32) NOT NULL,
  `variant` VARCHAR(32) NOT NULL,
  `label` VARCHAR(32) NOT NULL,
  `min_width` INT NOT NULL,
  `min_height` INT NOT NULL,
  `max_width` INT NOT NULL,
  `max_height` INT NOT NULL,
  PRIMARY KEY (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `designer_template_group` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(32) NOT NULL,
  `custom` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `designer_template` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `image_id` CHAR(36),
  `default_label` CHAR(36),
  `default_image` CHAR(36),
  `template_group_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `template_template_group_id_fk` FOREIGN KEY (`template_group_id`) REFERENCES `designer_template_group` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `designer_template_attribute` (
  `template_id` CHAR(36) NOT NULL,
  `x` INT NOT NULL,
  `y` INT NOT NULL,
  `attribute_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`template_id`, `x`, `y`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `designer_template_element` (
  `template_id` CHAR(36) NOT NULL,
  `x` INT NOT NULL,
  `y` INT NOT NULL,
  `width` INT NOT NULL,
  `height` INT NOT NULL,
  `type` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`template_id`, `x`, `y`),
  CONSTRAINT `template_element_template_id_fk` FOREIGN KEY (`template_id`) REFERENCES `designer_template` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exporter_channel` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `type` VARCHAR(64) NOT NULL,
  `class` VARCHAR(255) NOT NULL,
  `configuration` JSON NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exporter_export` (
  `id` CHAR(36) NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `channel_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `started_at` DATETIME,
  `ended_at` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `export_channel_id_fk` FOREIGN KEY (`channel_id`) REFERENCES `exporter_channel` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exporter_export_error` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `export_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `message` TEXT NOT NULL,
  `parameters` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `export_error_export_id_fk` FOREIGN KEY (`export_id`) REFERENCES `exporter_export` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exporter_export_line` (
  `id` CHAR(36) NOT NULL,
  `export_id` CHAR(36) NOT NULL,
  `object_id` CHAR(36) NOT NULL,
  `processed_at` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `export_line_export_id_fk` FOREIGN KEY (`export_id`) REFERENCES `exporter_export` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `exporter_scheduler` (
  `id` CHAR(36) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `start` DATETIME,
  `last` DATETIME,
  `hour` INT,
  `minute` INT,
  PRIMARY KEY (`id`),
  CONSTRAINT `scheduler_channel_fk` FOREIGN KEY (`id`) REFERENCES `exporter_channel` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `importer_source` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `class` VARCHAR(255) NOT NULL,
  `configuration` JSON NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `importer_import` (
  `id` CHAR(36) NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `source_id` CHAR(36) NOT NULL,
  `file` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `started_at` DATETIME,
  `ended_at` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `import_source_fk` FOREIGN KEY (`source_id`) REFERENCES `importer_source` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `importer_import_error` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `import_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `message` TEXT,
  `parameters` JSON,
  PRIMARY KEY (`id`),
  KEY `import_error_import_id_idx` (`import_id`),
  CONSTRAINT `import_error_import_id_fk` FOREIGN KEY (`import_id`) REFERENCES `importer_import` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `importer_import_line` (
  `import_id` CHAR(36) NOT NULL,
  `object_id` CHAR(36),
  `type` VARCHAR(64) NOT NULL,
  `processed_at` DATETIME,
  `status` VARCHAR(16),
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `importer_reader` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `type` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attribute` (
  `id` CHAR(36) NOT NULL,
  `index` INT NOT NULL,
  `type` VARCHAR(32) NOT NULL,
  `code` VARCHAR(128) NOT NULL,
  `label` CHAR(36) NOT NULL,
  `placeholder` CHAR(36) NOT NULL,
  `hint` CHAR(36) NOT NULL,
  `scope` VARCHAR(16) NOT NULL,
  `system` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `attribute_code_key` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attribute_group` (
  `id` CHAR(36) NOT NULL,
  `code` VARCHAR(128) NOT NULL,
  `name` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `attribute_group_code_key` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attribute_group_attribute` (
  `attribute_id` CHAR(36) NOT NULL,
  `attribute_group_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`attribute_id`, `attribute_group_id`),
  CONSTRAINT `attribute_group_attribute_attribute_id_fk` FOREIGN KEY (`attribute_id`) REFERENCES `attribute` (`id`) ON UPDATE RESTRICT ON DELETE CASCADE,
  CONSTRAINT `attribute_group_attribute_group_id_fk` FOREIGN KEY (`attribute_group_id`) REFERENCES `attribute_group` (`id`) ON UPDATE RESTRICT ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attribute_option` (
  `id` CHAR(36) NOT NULL,
  `value_id` CHAR(36) NOT NULL,
  `key` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attribute_options` (
  `attribute_id` CHAR(36) NOT NULL,
  `option_id` CHAR(36) NOT NULL,
  `index` INT NOT NULL,
  PRIMARY KEY (`attribute_id`, `option_id`, `index`),
  CONSTRAINT `attribute_options_attribute_id_fk` FOREIGN KEY (`attribute_id`) REFERENCES `attribute` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `attribute_options_option_id_fk` FOREIGN KEY (`option_id`) REFERENCES `attribute_option` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attribute_parameter` (
  `attribute_id` CHAR(36) NOT NULL,
  `type` VARCHAR(16) NOT NULL,
  `value` JSON NOT NULL,
  PRIMARY KEY (`attribute_id`, `type`),
  CONSTRAINT `attribute_parameter_attribute_id_fk` FOREIGN KEY (`attribute_id`) REFERENCES `attribute` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attribute_value` (
  `id` CHAR(36) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `value` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `created_by` CHAR(36),
  `edited_at` DATETIME NOT NULL,
  `edited_by` CHAR(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `batch_action` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `type` VARCHAR(20) NOT NULL,
  `payload` TEXT,
  `processed_at` DATETIME,
  `created_by` CHAR(36),
  `auto_end_on_errors` TINYINT(1) DEFAULT 1,
  `status` VARCHAR(24) DEFAULT 'PRECESSED',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `batch_action_entry` (
  `batch_action_id` CHAR(36) NOT NULL,
  `resource_id` CHAR(36) NOT NULL,
  `success` TINYINT(1),
  `fail_reason` JSON,
  `processed_at` DATETIME,
  PRIMARY KEY (`batch_action_id`, `resource_id`),
  CONSTRAINT `batch_action_entry_batch_action_fk` FOREIGN KEY (`batch_action_id`) REFERENCES `batch_action` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `category` (
  `id` CHAR(36) NOT NULL,
  `name` JSON NOT NULL,
  `code` VARCHAR(128) DEFAULT NULL,
  `type` VARCHAR(16) NOT NULL,
  `sequence` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `category_tree` (
  `id` CHAR(36) NOT NULL,
  `code` VARCHAR(128) NOT NULL,
  `name` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `category_tree_category` (
  `category_tree_id` CHAR(36) NOT NULL,
  `category_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`category_tree_id`, `category_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `description` VARCHAR(500) DEFAULT NULL,
  `hidden` TINYINT(1) NOT NULL,
  `privileges` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `role_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `first_name` VARCHAR(128) NOT NULL,
  `last_name` VARCHAR(128) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `password` VARCHAR(128) NOT NULL,
  `role_id` CHAR(36) NOT NULL,
  `language` VARCHAR(5) NOT NULL,
  `is_active` TINYINT(1) NOT NULL DEFAULT 1,
  `language_privileges_collection` JSON,
  `avatar` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_username_key` (`username`),
  CONSTRAINT `users_roles_fk` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment` (
  `id` CHAR(36) NOT NULL,
  `object_id` CHAR(36) NOT NULL,
  `author_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `edited_at` DATETIME,
  `content` VARCHAR(4000) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `comment_users_fk` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `condition_set` (
  `id` CHAR(36) NOT NULL,
  `conditions` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `currency` (
  `id` CHAR(36) NOT NULL,
  `iso` VARCHAR(3) NOT NULL,
  `name` VARCHAR(64),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entity_attribute_value` (
  `entity_id` CHAR(36) NOT NULL,
  `attribute_id` CHAR(36) NOT NULL,
  `value_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`entity_id`, `attribute_id`, `value_id`),
  CONSTRAINT `entity_attribute_value_attribute_id_fk` FOREIGN KEY (`attribute_id`) REFERENCES `attribute` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_store_event` (
  `id` CHAR(36) NOT NULL,
  `event_class` VARCHAR(255) NOT NULL,
  `translation_key` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_store_event_unique_key` (`event_class`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_store` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `aggregate_id` CHAR(36) NOT NULL,
  `sequence` INT NOT NULL,
  `event_id` CHAR(36) NOT NULL,
  `payload` JSON NOT NULL,
  `recorded_by` CHAR(36),
  `recorded_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_store_unique_key` (`aggregate_id`, `sequence`),
  CONSTRAINT `event_store_event_store_event_fk` FOREIGN KEY (`event_id`) REFERENCES `event_store_event` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_store_class` (
  `aggregate_id` CHAR(36) NOT NULL,
  `class` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`aggregate_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_store_history` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `aggregate_id` CHAR(36) NOT NULL,
  `sequence` INT NOT NULL,
  `variant` INT NOT NULL DEFAULT 1,
  `event_id` CHAR(36) NOT NULL,
  `payload` JSON NOT NULL,
  `recorded_by` CHAR(36),
  `recorded_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_store_history_unique_key` (`aggregate_id`, `sequence`, `variant`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_store_snapshot` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `aggregate_id` CHAR(36) NOT NULL,
  `sequence` INT NOT NULL,
  `payload` JSON NOT NULL,
  `recorded_by` CHAR(36),
  `recorded_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_store_snapshot_unique_key` (`aggregate_id`, `sequence`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `language` (
  `id` CHAR(36) NOT NULL,
  `iso` VARCHAR(5) NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `language_tree` (
  `id` CHAR(36) NOT NULL,
  `parent_id` CHAR(36),
  `lft` INT NOT NULL,
  `rgt` INT NOT NULL,
  `code` VARCHAR(5) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `multimedia` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `extension` VARCHAR(4) NOT NULL,
  `mime` VARCHAR(255) NOT NULL,
  `size` INT NOT NULL,
  `hash` VARCHAR(128) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `author_id` CHAR(36),
  `message` TEXT NOT NULL,
  `parameters` JSON,
  `type` VARCHAR(32) DEFAULT NULL,
  `object_id` CHAR(36),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privileges_group` (
  `area` VARCHAR(128) NOT NULL,
  `description` TEXT,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`area`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privileges` (
  `id` CHAR(36) NOT NULL,
  `code` VARCHAR(128) NOT NULL,
  `area` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `privileges_code_key` (`code`),
  CONSTRAINT `privileges_privileges_group_fk` FOREIGN KEY (`area`) REFERENCES `privileges_group` (`area`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privileges_endpoint` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `privileges_endpoint_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privileges_endpoint_privileges` (
  `privileges_id` CHAR(36) NOT NULL,
  `privileges_endpoint_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`privileges_id`, `privileges_endpoint_id`),
  CONSTRAINT `privileges_endpoint_privileges_privileges_endpoint_id_fk` FOREIGN KEY (`privileges_endpoint_id`) REFERENCES `privileges_endpoint` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `privileges_endpoint_privileges_privileges_id_fk` FOREIGN KEY (`privileges_id`) REFERENCES `privileges` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product` (
  `id` CHAR(36) NOT NULL,
  `index` INT NOT NULL,
  `sku` VARCHAR(255) NOT NULL,
  `type` VARCHAR(16) NOT NULL,
  `template_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_sku_key` (`sku`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_binding` (
  `product_id` CHAR(36) NOT NULL,
  `attribute_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`product_id`, `attribute_id`),
  CONSTRAINT `product_binding_attribute_id_fk` FOREIGN KEY (`attribute_id`) REFERENCES `attribute` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `product_binding_product_id_fk` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_category` (
  `category_id` CHAR(36) NOT NULL,
  `product_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`category_id`, `product_id`),
  CONSTRAINT `product_category_category_id_fk` FOREIGN KEY (`category_id`) REFERENCES `category` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `product_category_product_id_fk` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_children` (
  `product_id` CHAR(36) NOT NULL,
  `child_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`product_id`, `child_id`),
  CONSTRAINT `product_children_child_id_fk` FOREIGN KEY (`child_id`) REFERENCES `product` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
  CONSTRAINT `product_children_product_id_fk` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_collection_type` (
  `id` CHAR(36) NOT NULL,
  `code` VARCHAR(128) DEFAULT NULL,
  `name` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_collection` (
  `id` CHAR(36) NOT NULL,
  `code` VARCHAR(128) DEFAULT NULL,
  `name` JSON NOT NULL,
  `description` JSON NOT NULL,
  `type_id` CHAR(36) NOT NULL,
  `created_at` DATETIME,
  `edited_at` DATETIME,
  PRIMARY KEY (`id`),
  CONSTRAINT `product_collection_product_collection_type_fk` FOREIGN KEY (`type_id`) REFERENCES `product_collection_type` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_collection_element` (
  `product_collection_id` CHAR(36) NOT NULL,
  `product_id` CHAR(36) NOT NULL,
  `visible` TINYINT(1) NOT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`product_collection_id`, `product_id`),
  CONSTRAINT `product_collection_element_product_collection_fk` FOREIGN KEY (`product_collection_id`) REFERENCES `product_collection` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `product_collection_element_product_fk` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_completeness` (
  `product_id` CHAR(36) NOT NULL,
  `calculated_at` DATETIME,
  `completeness` JSON DEFAULT ('{}'),
  PRIMARY KEY (`product_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_value` (
  `product_id` CHAR(36) NOT NULL,
  `attribute_id` CHAR(36) NOT NULL,
  `value_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`product_id`, `attribute_id`, `value_id`),
  CONSTRAINT `product_value_attribute_id_fk` FOREIGN KEY (`attribute_id`) REFERENCES `attribute` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `product_value_product_id_fk` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_workflow_status` (
  `product_id` CHAR(36) NOT NULL,
  `status_id` CHAR(36) NOT NULL,
  `language` VARCHAR(5) NOT NULL,
  PRIMARY KEY (`product_id`, `language`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `refresh_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `refresh_token` VARCHAR(128) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `valid` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `refresh_tokens_unique_key` (`refresh_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segment` (
  `id` CHAR(36) NOT NULL,
  `code` VARCHAR(128) NOT NULL,
  `name` JSON NOT NULL,
  `description` JSON NOT NULL,
  `condition_set_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `segment_code_uindex` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segment_product` (
  `segment_id` CHAR(36) NOT NULL,
  `product_id` CHAR(36) NOT NULL,
  `calculated_at` DATETIME,
  `available` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`segment_id`, `product_id`),
  CONSTRAINT `segment_product_product_id_fk` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`) ON DELETE CASCADE,
  CONSTRAINT `segment_product_segment_id_fk` FOREIGN KEY (`segment_id`) REFERENCES `segment` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `status` (
  `id` CHAR(36) NOT NULL,
  `code` VARCHAR(128) NOT NULL,
  `color` VARCHAR(7) NOT NULL,
  `name` JSON NOT NULL DEFAULT ('{}'),
  `description` JSON NOT NULL DEFAULT ('{}'),
  `index` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `status_code_uindex` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `translation` (
  `translation_id` CHAR(36) NOT NULL,
  `language` VARCHAR(5) NOT NULL,
  PRIMARY KEY (`translation_id`, `language`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `unit` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `symbol` VARCHAR(16) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_notification` (
  `recipient_id` CHAR(36) NOT NULL,
  `notification_id` CHAR(36) NOT NULL,
  `read_at` DATETIME,
  PRIMARY KEY (`recipient_id`, `notification_id`),
  CONSTRAINT `user_notifications_notification_fk` FOREIGN KEY (`notification_id`) REFERENCES `notification` (`id`) ON DELETE CASCADE,
  CONSTRAINT `users_notification_users_fk` FOREIGN KEY (`recipient_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_token` (
  `user_id` CHAR(36) NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `expires_at` DATETIME NOT NULL,
  `consumed` DATETIME,
  PRIMARY KEY (`token`),
  UNIQUE KEY `users_token_token_key` (`token`),
  CONSTRAINT `users_token_users_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `value_translation` (
  `id` CHAR(36) NOT NULL,
  `value_id` CHAR(36) NOT NULL,
  `language` VARCHAR(5) DEFAULT NULL,
  `value` TEXT,
  PRIMARY KEY (`id`),
  KEY `ix_value_translation_language` (`language`),
  KEY `ix_value_translation_value_id` (`value_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow` (
  `id` CHAR(36) NOT NULL,
  `code` VARCHAR(128) NOT NULL,
  `default_status` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `workflow_status_fk` FOREIGN KEY (`default_status`) REFERENCES `status` (`id`) ON UPDATE CASCADE ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_transition` (
  `workflow_id` CHAR(36) NOT NULL,
  `from_id` CHAR(36) NOT NULL,
  `to_id` CHAR(36) NOT NULL,
  `transition_id` CHAR(36) NOT NULL,
  `roles` JSON DEFAULT ('{}'),
  `condition_set_id` CHAR(36),
  PRIMARY KEY (`workflow_id`, `from_id`, `to_id`),
  CONSTRAINT `status_workflow_transition_from_fk` FOREIGN KEY (`from_id`) REFERENCES `status` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `status_workflow_transition_to_fk` FOREIGN KEY (`to_id`) REFERENCES `status` (`id`) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT `workflow_transition_workflow_fk` FOREIGN KEY (`workflow_id`) REFERENCES `workflow` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ReportPortal, database schema (service-api / service-tms PostgreSQL schema) written as MySQL/MariaDB
-- Source: github.com/reportportal/migrations migrations/*.up.sql, commit 8a58c66f0657c751c90f19114d2c34f163f75477
--   (Apache-2.0); all up-migrations applied in order to PostgreSQL 15 and every table of the result written as
--   MySQL from the catalogue (see reportportal.md for the type mapping).

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `login` VARCHAR(255) NOT NULL,
  `password` TEXT,
  `email` VARCHAR(255) NOT NULL,
  `attachment` TEXT,
  `attachment_thumbnail` TEXT,
  `role` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `expired` TINYINT(1) NOT NULL,
  `full_name` TEXT,
  `metadata` JSON,
  `uuid` CHAR(36) NOT NULL,
  `external_id` VARCHAR(255),
  `active` TINYINT(1) DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `login_backup` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_key` (`email`),
  UNIQUE KEY `users_external_id_key` (`external_id`),
  UNIQUE KEY `users_login_key` (`login`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` VARCHAR(255) NOT NULL,
  `organization_type` TEXT NOT NULL,
  `external_id` VARCHAR(255),
  `slug` VARCHAR(255) NOT NULL,
  `owner_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_external_id_key` (`external_id`),
  UNIQUE KEY `organization_name_key` (`name`),
  UNIQUE KEY `organization_owner_id_key` (`owner_id`),
  UNIQUE KEY `organization_slug_key` (`slug`),
  CONSTRAINT `organization_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `organization` TEXT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `metadata` JSON,
  `allocated_storage` BIGINT NOT NULL DEFAULT 0,
  `organization_id` BIGINT NOT NULL,
  `slug` VARCHAR(255),
  `key` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_key_key` (`key`),
  UNIQUE KEY `project_name_unique_key` (`name`, `organization_id`),
  UNIQUE KEY `project_slug_unique_key` (`slug`, `organization_id`),
  CONSTRAINT `fk_project_organization` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `action` VARCHAR(24) NOT NULL,
  `event_name` VARCHAR(32) NOT NULL,
  `priority` VARCHAR(12) NOT NULL,
  `object_id` BIGINT,
  `object_name` VARCHAR(128) NOT NULL,
  `object_type` VARCHAR(24) NOT NULL,
  `project_id` BIGINT,
  `details` JSON,
  `subject_id` BIGINT,
  `subject_name` VARCHAR(128) NOT NULL,
  `subject_type` VARCHAR(32) NOT NULL,
  `organization_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `activity_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
  CONSTRAINT `activity_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_data` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `metadata` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `hash` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `user_id` BIGINT,
  `last_used_at` DATE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_api_keys_unique` (`name`, `user_id`),
  CONSTRAINT `api_keys_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachment` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `file_id` TEXT NOT NULL,
  `thumbnail_id` TEXT,
  `content_type` TEXT,
  `project_id` BIGINT,
  `launch_id` BIGINT,
  `item_id` BIGINT,
  `file_size` BIGINT NOT NULL DEFAULT 0,
  `creation_date` DATETIME(6) NOT NULL,
  `file_name` VARCHAR(512),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachment_deletion` (
  `id` BIGINT NOT NULL,
  `file_id` TEXT NOT NULL,
  `thumbnail_id` TEXT,
  `creation_attachment_date` DATETIME(6),
  `deletion_date` DATETIME(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attribute` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(256),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clusters` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `index_id` BIGINT NOT NULL,
  `project_id` BIGINT NOT NULL,
  `launch_id` BIGINT NOT NULL,
  `message` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_id_launch_id_unq` (`index_id`, `launch_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clusters_test_item` (
  `cluster_id` BIGINT NOT NULL,
  `item_id` BIGINT NOT NULL,
  UNIQUE KEY `cluster_item_unq` (`cluster_id`, `item_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `owned_entity` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `owner` TEXT,
  `project_id` BIGINT NOT NULL,
  `locked` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `shareable_entity_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `widget` (
  `id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `widget_type` TEXT NOT NULL,
  `items_count` SMALLINT,
  `widget_options` JSON,
  PRIMARY KEY (`id`),
  CONSTRAINT `widget_id_fk` FOREIGN KEY (`id`) REFERENCES `owned_entity` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `content_field` (
  `id` BIGINT,
  `field` TEXT NOT NULL,
  CONSTRAINT `content_field_id_fkey` FOREIGN KEY (`id`) REFERENCES `widget` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dashboard` (
  `id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT,
  `creation_date` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `dashboard_id_fk` FOREIGN KEY (`id`) REFERENCES `owned_entity` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dashboard_widget` (
  `dashboard_id` BIGINT NOT NULL,
  `widget_id` BIGINT NOT NULL,
  `widget_name` VARCHAR(255) NOT NULL,
  `widget_owner` VARCHAR(255) NOT NULL,
  `widget_type` TEXT NOT NULL,
  `widget_width` INT NOT NULL,
  `widget_height` INT NOT NULL,
  `widget_position_x` INT NOT NULL,
  `widget_position_y` INT NOT NULL,
  `is_created_on` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`dashboard_id`, `widget_id`),
  UNIQUE KEY `widget_on_dashboard_unq` (`dashboard_id`, `widget_name`, `widget_owner`),
  CONSTRAINT `dashboard_widget_dashboard_id_fkey` FOREIGN KEY (`dashboard_id`) REFERENCES `dashboard` (`id`) ON DELETE CASCADE,
  CONSTRAINT `dashboard_widget_widget_id_fkey` FOREIGN KEY (`widget_id`) REFERENCES `widget` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `filter` (
  `id` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `target` TEXT NOT NULL,
  `description` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `filter_id_fk` FOREIGN KEY (`id`) REFERENCES `owned_entity` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `filter_condition` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `filter_id` BIGINT,
  `condition` ENUM('EQUALS','NOT_EQUALS','CONTAINS','EXISTS','IN','HAS','GREATER_THAN','GREATER_THAN_OR_EQUALS','LOWER_THAN','LOWER_THAN_OR_EQUALS','BETWEEN','ANY','FULL_TEXT_SEARCH') NOT NULL,
  `value` TEXT NOT NULL,
  `search_criteria` TEXT NOT NULL,
  `negative` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `filter_condition_filter_id_fkey` FOREIGN KEY (`filter_id`) REFERENCES `filter` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `filter_sort` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `filter_id` BIGINT,
  `field` TEXT NOT NULL,
  `direction` ENUM('ASC','DESC') NOT NULL DEFAULT 'ASC',
  PRIMARY KEY (`id`),
  CONSTRAINT `filter_sort_filter_id_fkey` FOREIGN KEY (`filter_id`) REFERENCES `filter` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `created_by` BIGINT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `uuid` CHAR(36) NOT NULL,
  `org_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `groups_slug_org_id_key` (`slug`, `org_id`),
  UNIQUE KEY `groups_uuid_key` (`uuid`),
  CONSTRAINT `groups_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `groups_org_id_fkey` FOREIGN KEY (`org_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups_projects` (
  `group_id` BIGINT NOT NULL,
  `project_id` BIGINT NOT NULL,
  `project_role` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`group_id`, `project_id`),
  CONSTRAINT `groups_projects_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `groups_projects_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups_users` (
  `group_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`group_id`, `user_id`),
  CONSTRAINT `groups_users_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `groups_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integration_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `auth_flow` ENUM('OAUTH','BASIC','TOKEN','FORM','LDAP','SAML'),
  `creation_date` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `group_type` ENUM('BTS','NOTIFICATION','AUTH','OTHER','IMPORT') NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `details` JSON,
  `plugin_type` VARCHAR(128) NOT NULL DEFAULT 'EXTENSION',
  PRIMARY KEY (`id`),
  UNIQUE KEY `integration_type_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integration` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `project_id` BIGINT,
  `type` INT,
  `enabled` TINYINT(1) NOT NULL,
  `params` JSON,
  `creator` TEXT NOT NULL,
  `creation_date` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `organization_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `integration_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
  CONSTRAINT `integration_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `integration_type_fkey` FOREIGN KEY (`type`) REFERENCES `integration_type` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `integration_backup` (
  `name` TEXT,
  `auth_type` TEXT,
  `enabled` TINYINT(1),
  `params` JSON,
  `creator` TEXT,
  `creation_date` DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue_group` (
  `issue_group_id` SMALLINT NOT NULL AUTO_INCREMENT,
  `issue_group` ENUM('PRODUCT_BUG','AUTOMATION_BUG','SYSTEM_ISSUE','TO_INVESTIGATE','NO_DEFECT') NOT NULL,
  PRIMARY KEY (`issue_group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue_type` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `issue_group_id` SMALLINT,
  `locator` VARCHAR(64) NOT NULL,
  `issue_name` VARCHAR(256) NOT NULL,
  `abbreviation` VARCHAR(64) NOT NULL,
  `hex_color` VARCHAR(7) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `issue_type_locator_key` (`locator`),
  CONSTRAINT `issue_type_issue_group_id_fkey` FOREIGN KEY (`issue_group_id`) REFERENCES `issue_group` (`issue_group_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `launch` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(36) NOT NULL,
  `project_id` BIGINT NOT NULL,
  `user_id` BIGINT,
  `name` VARCHAR(256) NOT NULL,
  `description` TEXT,
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6),
  `number` INT NOT NULL,
  `last_modified` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `mode` ENUM('DEFAULT','DEBUG') NOT NULL,
  `status` ENUM('CANCELLED','FAILED','INTERRUPTED','IN_PROGRESS','PASSED','RESETED','SKIPPED','STOPPED','INFO','WARN','TO_RUN') NOT NULL,
  `has_retries` TINYINT(1) NOT NULL DEFAULT 0,
  `rerun` TINYINT(1) NOT NULL DEFAULT 0,
  `approximate_duration` DOUBLE DEFAULT 0.0,
  `retention_policy` ENUM('IMPORTANT','REGULAR') NOT NULL DEFAULT 'REGULAR',
  `launch_type` ENUM('AUTOMATION','MANUAL') DEFAULT 'AUTOMATION',
  `test_plan_id` BIGINT,
  `display_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `launch_uuid_key` (`uuid`),
  UNIQUE KEY `unq_name_number` (`name`, `number`, `project_id`),
  CONSTRAINT `launch_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `launch_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `test_item` (
  `item_id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(36) NOT NULL,
  `name` VARCHAR(1024),
  `code_ref` TEXT,
  `type` ENUM('AFTER_CLASS','AFTER_GROUPS','AFTER_METHOD','AFTER_SUITE','AFTER_TEST','BEFORE_CLASS','BEFORE_GROUPS','BEFORE_METHOD','BEFORE_SUITE','BEFORE_TEST','SCENARIO','STEP','STORY','SUITE','TEST') NOT NULL,
  `start_time` DATETIME(6) NOT NULL,
  `description` TEXT,
  `last_modified` DATETIME(6) NOT NULL,
  `path` TEXT,
  `unique_id` VARCHAR(1024),
  `test_case_id` VARCHAR(1024),
  `has_children` TINYINT(1) DEFAULT 0,
  `has_retries` TINYINT(1) DEFAULT 0,
  `has_stats` TINYINT(1) DEFAULT 1,
  `parent_id` BIGINT,
  `retry_of` BIGINT,
  `launch_id` BIGINT,
  `test_case_hash` INT NOT NULL,
  `analysis_owner_id` BIGINT,
  PRIMARY KEY (`item_id`),
  UNIQUE KEY `test_item_uuid_key` (`uuid`),
  CONSTRAINT `test_item_launch_id_fkey` FOREIGN KEY (`launch_id`) REFERENCES `launch` (`id`) ON DELETE CASCADE,
  CONSTRAINT `test_item_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `test_item` (`item_id`) ON DELETE CASCADE,
  CONSTRAINT `test_item_retry_of_fkey` FOREIGN KEY (`retry_of`) REFERENCES `test_item` (`item_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `test_item_results` (
  `result_id` BIGINT NOT NULL,
  `status` ENUM('CANCELLED','FAILED','INTERRUPTED','IN_PROGRESS','PASSED','RESETED','SKIPPED','STOPPED','INFO','WARN','TO_RUN') NOT NULL,
  `end_time` DATETIME(6),
  `duration` DOUBLE,
  PRIMARY KEY (`result_id`),
  CONSTRAINT `test_item_results_result_id_fkey` FOREIGN KEY (`result_id`) REFERENCES `test_item` (`item_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue` (
  `issue_id` BIGINT NOT NULL,
  `issue_type` BIGINT,
  `issue_description` TEXT,
  `auto_analyzed` TINYINT(1) DEFAULT 0,
  `ignore_analyzer` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`issue_id`),
  CONSTRAINT `issue_issue_id_fkey` FOREIGN KEY (`issue_id`) REFERENCES `test_item_results` (`result_id`) ON DELETE CASCADE,
  CONSTRAINT `issue_issue_type_fkey` FOREIGN KEY (`issue_type`) REFERENCES `issue_type` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `ticket_id` VARCHAR(256) NOT NULL,
  `submitter` TEXT NOT NULL,
  `submit_date` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `bts_url` VARCHAR(1024) NOT NULL,
  `bts_project` VARCHAR(1024) NOT NULL,
  `url` VARCHAR(1024) NOT NULL,
  `plugin_name` VARCHAR(128),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue_ticket` (
  `issue_id` BIGINT NOT NULL,
  `ticket_id` BIGINT NOT NULL,
  PRIMARY KEY (`issue_id`, `ticket_id`),
  CONSTRAINT `issue_ticket_issue_id_fkey` FOREIGN KEY (`issue_id`) REFERENCES `issue` (`issue_id`) ON DELETE CASCADE,
  CONSTRAINT `issue_ticket_ticket_id_fkey` FOREIGN KEY (`ticket_id`) REFERENCES `ticket` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `issue_type_project` (
  `project_id` BIGINT NOT NULL,
  `issue_type_id` BIGINT NOT NULL,
  PRIMARY KEY (`project_id`, `issue_type_id`),
  CONSTRAINT `issue_type_project_issue_type_id_fkey` FOREIGN KEY (`issue_type_id`) REFERENCES `issue_type` (`id`) ON DELETE CASCADE,
  CONSTRAINT `issue_type_project_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `item_attribute` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` TEXT,
  `value` TEXT NOT NULL,
  `item_id` BIGINT,
  `launch_id` BIGINT,
  `system` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `item_attribute_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `test_item` (`item_id`) ON DELETE CASCADE,
  CONSTRAINT `item_attribute_launch_id_fkey` FOREIGN KEY (`launch_id`) REFERENCES `launch` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sender_case` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `send_case` VARCHAR(256) NOT NULL,
  `project_id` BIGINT NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `attributes_operator` ENUM('AND','OR') NOT NULL DEFAULT 'AND',
  `rule_name` VARCHAR(55) NOT NULL,
  `rule_type` VARCHAR(55) NOT NULL DEFAULT 'email',
  `rule_details` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_rule_name_per_project_rule_type` (`rule_name`, `project_id`, `rule_type`),
  CONSTRAINT `sender_case_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `launch_attribute_rules` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `sender_case_id` BIGINT NOT NULL,
  `key` VARCHAR(512),
  `value` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `launch_attribute_rules_sender_case_id_fkey` FOREIGN KEY (`sender_case_id`) REFERENCES `sender_case` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `launch_names` (
  `sender_case_id` BIGINT,
  `launch_name` VARCHAR(256),
  CONSTRAINT `launch_names_sender_case_id_fkey` FOREIGN KEY (`sender_case_id`) REFERENCES `sender_case` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `launch_number` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_id` BIGINT NOT NULL,
  `launch_name` VARCHAR(256) NOT NULL,
  `number` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unq_project_name` (`project_id`, `launch_name`),
  CONSTRAINT `launch_number_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(36) NOT NULL,
  `log_time` DATETIME(6) NOT NULL,
  `log_message` TEXT NOT NULL,
  `item_id` BIGINT,
  `launch_id` BIGINT,
  `last_modified` DATETIME(6) NOT NULL,
  `log_level` INT NOT NULL,
  `attachment_id` BIGINT,
  `project_id` BIGINT NOT NULL,
  `cluster_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `log_attachment_id_fkey` FOREIGN KEY (`attachment_id`) REFERENCES `attachment` (`id`) ON DELETE SET NULL,
  CONSTRAINT `log_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `test_item` (`item_id`) ON DELETE CASCADE,
  CONSTRAINT `log_launch_id_fkey` FOREIGN KEY (`launch_id`) REFERENCES `launch` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_type` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_id` BIGINT NOT NULL,
  `name` VARCHAR(16) NOT NULL,
  `level` INT NOT NULL,
  `label_color` VARCHAR(7) DEFAULT '#4DB6AC',
  `background_color` VARCHAR(7) DEFAULT '#FFFFFF',
  `text_color` VARCHAR(7) DEFAULT '#445A47',
  `text_style` VARCHAR(6) DEFAULT 'normal',
  `is_filterable` TINYINT(1) DEFAULT 0,
  `is_system` TINYINT(1) DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `log_type_project_id_level_unique` (`project_id`, `level`),
  CONSTRAINT `log_type_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_settings` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `organization_id` BIGINT NOT NULL,
  `setting_key` VARCHAR(255) NOT NULL,
  `setting_value` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_settings_organization_id_setting_key_key` (`organization_id`, `setting_key`),
  CONSTRAINT `organization_settings_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_user` (
  `user_id` BIGINT NOT NULL,
  `organization_id` BIGINT NOT NULL,
  `organization_role` ENUM('MANAGER','MEMBER') NOT NULL,
  `assigned_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`user_id`, `organization_id`),
  CONSTRAINT `organization_user_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`) ON DELETE CASCADE,
  CONSTRAINT `organization_user_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parameter` (
  `item_id` BIGINT,
  `key` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  CONSTRAINT `parameter_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `test_item` (`item_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pattern_template` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `project_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unq_name_projectid` (`name`, `project_id`),
  CONSTRAINT `pattern_template_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pattern_template_test_item` (
  `pattern_id` BIGINT NOT NULL,
  `item_id` BIGINT NOT NULL,
  PRIMARY KEY (`pattern_id`, `item_id`),
  CONSTRAINT `pattern_template_test_item_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `test_item` (`item_id`) ON DELETE CASCADE,
  CONSTRAINT `pattern_template_test_item_pattern_id_fkey` FOREIGN KEY (`pattern_id`) REFERENCES `pattern_template` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_attribute` (
  `attribute_id` BIGINT NOT NULL AUTO_INCREMENT,
  `value` VARCHAR(256) NOT NULL,
  `project_id` BIGINT NOT NULL,
  PRIMARY KEY (`attribute_id`, `project_id`),
  CONSTRAINT `project_attribute_attribute_id_fkey` FOREIGN KEY (`attribute_id`) REFERENCES `attribute` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project_attribute_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_user` (
  `user_id` BIGINT NOT NULL,
  `project_id` BIGINT NOT NULL,
  `project_role` ENUM('EDITOR','VIEWER') NOT NULL,
  `project_role_backup` TEXT,
  PRIMARY KEY (`user_id`, `project_id`),
  CONSTRAINT `project_user_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project_user_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `recipients` (
  `sender_case_id` BIGINT,
  `recipient` VARCHAR(256),
  CONSTRAINT `recipients_sender_case_id_fkey` FOREIGN KEY (`sender_case_id`) REFERENCES `sender_case` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `restore_password_bid` (
  `uuid` VARCHAR(255) NOT NULL,
  `last_modified` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `email` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `restore_password_bid_email_key` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `server_settings` (
  `id` SMALLINT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `server_settings_key_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shedlock` (
  `name` VARCHAR(64) NOT NULL,
  `lock_until` DATETIME(6) NOT NULL,
  `locked_at` DATETIME(6) NOT NULL,
  `locked_by` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stale_materialized_view` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(128) NOT NULL,
  `creation_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `stale_materialized_view_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statistics_field` (
  `sf_id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(256) NOT NULL,
  PRIMARY KEY (`sf_id`),
  UNIQUE KEY `statistics_field_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `statistics` (
  `s_id` BIGINT NOT NULL AUTO_INCREMENT,
  `s_counter` INT DEFAULT 0,
  `launch_id` BIGINT,
  `item_id` BIGINT,
  `statistics_field_id` BIGINT,
  PRIMARY KEY (`s_id`),
  UNIQUE KEY `unique_stats_item` (`statistics_field_id`, `item_id`),
  UNIQUE KEY `unique_stats_launch` (`statistics_field_id`, `launch_id`),
  CONSTRAINT `statistics_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `test_item` (`item_id`) ON DELETE CASCADE,
  CONSTRAINT `statistics_launch_id_fkey` FOREIGN KEY (`launch_id`) REFERENCES `launch` (`id`) ON DELETE CASCADE,
  CONSTRAINT `statistics_statistics_field_id_fkey` FOREIGN KEY (`statistics_field_id`) REFERENCES `statistics_field` (`sf_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `test_item_deleted` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `item_id` BIGINT NOT NULL,
  `deleted_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `test_item_deleted_item_id_key` (`item_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_environment` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `project_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tms_environment_fk_project` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_attachment` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `file_name` VARCHAR(255) NOT NULL,
  `file_type` VARCHAR(255),
  `file_size` BIGINT,
  `path_to_file` VARCHAR(255) NOT NULL,
  `thumbnail_path` VARCHAR(255),
  `created_at` DATETIME(6),
  `expires_at` DATETIME(6),
  `environment_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `tms_attachment_fk_environment` FOREIGN KEY (`environment_id`) REFERENCES `tms_environment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_attribute` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255),
  `project_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tms_attribute_project_key_value_unique` (`project_id`, `key`, `value`),
  CONSTRAINT `tms_attribute_fk_project` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_dataset` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `project_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tms_dataset_fk_project` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_dataset_data` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255),
  `value` VARCHAR(255),
  `dataset_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tms_dataset_attribute_fk_tms_dataset` FOREIGN KEY (`dataset_id`) REFERENCES `tms_dataset` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_environment_dataset` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `environment_id` BIGINT NOT NULL,
  `dataset_id` BIGINT NOT NULL,
  `dataset_type` ENUM('ENVIRONMENTAL','PARAMETRIZED') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tms_environment_dataset_unique` (`environment_id`, `dataset_id`),
  CONSTRAINT `tms_environment_dataset_fk_dataset` FOREIGN KEY (`dataset_id`) REFERENCES `tms_dataset` (`id`),
  CONSTRAINT `tms_environment_dataset_fk_environment` FOREIGN KEY (`environment_id`) REFERENCES `tms_environment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_test_folder` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `description` VARCHAR(255),
  `index` INT DEFAULT 0,
  `parent_id` BIGINT,
  `project_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tms_test_folder_fk_parent` FOREIGN KEY (`parent_id`) REFERENCES `tms_test_folder` (`id`),
  CONSTRAINT `tms_test_folder_fk_project` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_test_case` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `name` VARCHAR(255),
  `description` TEXT,
  `priority` VARCHAR(255),
  `search_vector` TEXT,
  `external_id` VARCHAR(255),
  `display_id` VARCHAR(255),
  `project_id` BIGINT NOT NULL,
  `test_folder_id` BIGINT NOT NULL,
  `dataset_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unq_tms_test_case_project_display_id` (`project_id`, `display_id`),
  CONSTRAINT `tms_test_case_fk_dataset` FOREIGN KEY (`dataset_id`) REFERENCES `tms_dataset` (`id`),
  CONSTRAINT `tms_test_case_fk_project` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`),
  CONSTRAINT `tms_test_case_fk_test_folder` FOREIGN KEY (`test_folder_id`) REFERENCES `tms_test_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_test_case_version` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `is_default` TINYINT(1),
  `is_draft` TINYINT(1),
  `test_case_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tms_test_case_version_fk_test_case` FOREIGN KEY (`test_case_id`) REFERENCES `tms_test_case` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_manual_scenario` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `execution_estimation_time` INT,
  `test_case_version_id` BIGINT,
  `type` ENUM('TEXT','STEPS') NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tms_manual_scenario_test_case_version_id_key` (`test_case_version_id`),
  CONSTRAINT `tms_manual_scenario_fk_test_case_version` FOREIGN KEY (`test_case_version_id`) REFERENCES `tms_test_case_version` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_manual_scenario_attribute` (
  `attribute_id` BIGINT NOT NULL,
  `manual_scenario_id` BIGINT NOT NULL,
  PRIMARY KEY (`attribute_id`, `manual_scenario_id`),
  CONSTRAINT `tms_manual_scenario_attribute_fk_attribute` FOREIGN KEY (`attribute_id`) REFERENCES `tms_attribute` (`id`),
  CONSTRAINT `tms_manual_scenario_attribute_fk_manual_scenario` FOREIGN KEY (`manual_scenario_id`) REFERENCES `tms_manual_scenario` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_manual_scenario_preconditions` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `manual_scenario_id` BIGINT NOT NULL,
  `value` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tms_manual_scenario_preconditions_manual_scenario_id_key` (`manual_scenario_id`),
  UNIQUE KEY `idx_tms_manual_scenario_preconditions_scenario_unique` (`manual_scenario_id`),
  CONSTRAINT `tms_manual_scenario_preconditions_fk_manual_scenario` FOREIGN KEY (`manual_scenario_id`) REFERENCES `tms_manual_scenario` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_manual_scenario_preconditions_attachment` (
  `preconditions_id` BIGINT NOT NULL,
  `attachment_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`preconditions_id`, `attachment_id`),
  CONSTRAINT `tms_manual_scenario_preconditions_attachment_fk_attachment` FOREIGN KEY (`attachment_id`) REFERENCES `tms_attachment` (`id`),
  CONSTRAINT `tms_manual_scenario_preconditions_attachment_fk_preconditions` FOREIGN KEY (`preconditions_id`) REFERENCES `tms_manual_scenario_preconditions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_manual_scenario_requirement` (
  `id` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255),
  `manual_scenario_id` BIGINT NOT NULL,
  `number` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `tms_manual_scenario_requirement_fk_manual_scenario` FOREIGN KEY (`manual_scenario_id`) REFERENCES `tms_manual_scenario` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_product_version` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `documentation` VARCHAR(255),
  `version` VARCHAR(255),
  `project_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tms_product_version_fk_project` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_milestone` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `project_id` BIGINT NOT NULL,
  `start_date` DATETIME(6),
  `end_date` DATETIME(6),
  `type` ENUM('RELEASE','SPRINT','PLAN','FEATURE','OTHER') NOT NULL,
  `status` ENUM('SCHEDULED','TESTING','COMPLETED') NOT NULL,
  `display_id` VARCHAR(255),
  `product_version_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unq_tms_milestone_project_display_id` (`project_id`, `display_id`),
  CONSTRAINT `tms_milestone_fk_product_version` FOREIGN KEY (`product_version_id`) REFERENCES `tms_product_version` (`id`),
  CONSTRAINT `tms_milestone_fk_project` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_project_sequence` (
  `project_id` BIGINT NOT NULL,
  `entity_type` VARCHAR(50) NOT NULL,
  `current_value` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`project_id`, `entity_type`),
  CONSTRAINT `tms_project_sequence_fk_project` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_steps_manual_scenario` (
  `manual_scenario_id` BIGINT NOT NULL,
  PRIMARY KEY (`manual_scenario_id`),
  CONSTRAINT `tms_steps_manual_scenario_fk_manual_scenario` FOREIGN KEY (`manual_scenario_id`) REFERENCES `tms_manual_scenario` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_step` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `instructions` TEXT,
  `expected_result` TEXT,
  `number` INT NOT NULL DEFAULT 0,
  `steps_manual_scenario_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `tms_step_fk_steps_manual_scenario` FOREIGN KEY (`steps_manual_scenario_id`) REFERENCES `tms_steps_manual_scenario` (`manual_scenario_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_step_attachment` (
  `step_id` BIGINT NOT NULL,
  `attachment_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`step_id`, `attachment_id`),
  CONSTRAINT `tms_step_attachment_fk_attachment` FOREIGN KEY (`attachment_id`) REFERENCES `tms_attachment` (`id`),
  CONSTRAINT `tms_step_attachment_fk_step` FOREIGN KEY (`step_id`) REFERENCES `tms_step` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_step_execution` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `test_case_execution_id` BIGINT NOT NULL,
  `test_item_id` BIGINT NOT NULL,
  `launch_id` BIGINT NOT NULL,
  `tms_step_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `tms_step_execution_test_item_fk_test_item` FOREIGN KEY (`test_item_id`) REFERENCES `test_item` (`item_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_test_case_attribute` (
  `attribute_id` BIGINT NOT NULL,
  `test_case_id` BIGINT NOT NULL,
  PRIMARY KEY (`attribute_id`, `test_case_id`),
  CONSTRAINT `tms_test_case_attribute_fk_attribute` FOREIGN KEY (`attribute_id`) REFERENCES `tms_attribute` (`id`),
  CONSTRAINT `tms_test_case_attribute_fk_test_case` FOREIGN KEY (`test_case_id`) REFERENCES `tms_test_case` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_test_case_execution` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `test_item_id` BIGINT,
  `priority` VARCHAR(255),
  `test_case_id` BIGINT NOT NULL,
  `launch_id` BIGINT NOT NULL,
  `test_case_version_id` BIGINT NOT NULL,
  `test_case_snapshot` JSON NOT NULL,
  `display_id` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `tms_test_case_execution_test_item_id_key` (`test_item_id`),
  CONSTRAINT `tms_test_case_execution_fk_test_item` FOREIGN KEY (`test_item_id`) REFERENCES `test_item` (`item_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_test_case_execution_comment` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `execution_id` BIGINT NOT NULL,
  `comment` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tms_test_case_execution_comment_execution_id_key` (`execution_id`),
  CONSTRAINT `tms_test_case_execution_comment_fk_execution` FOREIGN KEY (`execution_id`) REFERENCES `tms_test_case_execution` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_test_case_execution_comment_attachment` (
  `execution_comment_id` BIGINT NOT NULL,
  `attachment_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`execution_comment_id`, `attachment_id`),
  CONSTRAINT `tms_test_case_execution_comment_attachment_fk_attachment` FOREIGN KEY (`attachment_id`) REFERENCES `tms_attachment` (`id`),
  CONSTRAINT `tms_test_case_execution_comment_attachment_fk_comment` FOREIGN KEY (`execution_comment_id`) REFERENCES `tms_test_case_execution_comment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_test_folder_test_item` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `test_folder_id` BIGINT NOT NULL,
  `launch_id` BIGINT NOT NULL,
  `test_item_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tms_test_folder_test_item_fk_test_item` FOREIGN KEY (`test_item_id`) REFERENCES `test_item` (`item_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_test_plan` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255),
  `description` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `search_vector` TEXT,
  `display_id` VARCHAR(255),
  `project_id` BIGINT NOT NULL,
  `environment_id` BIGINT,
  `product_version_id` BIGINT,
  `milestone_id` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unq_tms_test_plan_project_display_id` (`project_id`, `display_id`),
  CONSTRAINT `tms_test_plan_fk_environment` FOREIGN KEY (`environment_id`) REFERENCES `tms_environment` (`id`),
  CONSTRAINT `tms_test_plan_fk_milestone` FOREIGN KEY (`milestone_id`) REFERENCES `tms_milestone` (`id`),
  CONSTRAINT `tms_test_plan_fk_product_version` FOREIGN KEY (`product_version_id`) REFERENCES `tms_product_version` (`id`),
  CONSTRAINT `tms_test_plan_fk_project` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_test_plan_attribute` (
  `attribute_id` BIGINT NOT NULL,
  `test_plan_id` BIGINT NOT NULL,
  PRIMARY KEY (`attribute_id`, `test_plan_id`),
  CONSTRAINT `tms_test_plan_attribute_fk_attribute` FOREIGN KEY (`attribute_id`) REFERENCES `tms_attribute` (`id`),
  CONSTRAINT `tms_test_plan_attribute_fk_test_plan` FOREIGN KEY (`test_plan_id`) REFERENCES `tms_test_plan` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_test_plan_test_case` (
  `test_plan_id` BIGINT NOT NULL,
  `test_case_id` BIGINT NOT NULL,
  PRIMARY KEY (`test_plan_id`, `test_case_id`),
  CONSTRAINT `tms_test_plan_test_case_fk_test_case` FOREIGN KEY (`test_case_id`) REFERENCES `tms_test_case` (`id`),
  CONSTRAINT `tms_test_plan_test_case_fk_test_plan` FOREIGN KEY (`test_plan_id`) REFERENCES `tms_test_plan` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_text_manual_scenario` (
  `manual_scenario_id` BIGINT NOT NULL,
  `instructions` TEXT,
  `expected_result` TEXT,
  PRIMARY KEY (`manual_scenario_id`),
  CONSTRAINT `tms_text_manual_scenario_fk_manual_scenario` FOREIGN KEY (`manual_scenario_id`) REFERENCES `tms_manual_scenario` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tms_text_manual_scenario_attachment` (
  `text_manual_scenario_id` BIGINT NOT NULL,
  `attachment_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`text_manual_scenario_id`, `attachment_id`),
  CONSTRAINT `tms_text_manual_scenario_attachment_fk_attachment` FOREIGN KEY (`attachment_id`) REFERENCES `tms_attachment` (`id`),
  CONSTRAINT `tms_text_manual_scenario_attachment_fk_scenario` FOREIGN KEY (`text_manual_scenario_id`) REFERENCES `tms_text_manual_scenario` (`manual_scenario_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_creation_bid` (
  `uuid` VARCHAR(255) NOT NULL,
  `last_modified` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `email` TEXT NOT NULL,
  `inviting_user_id` BIGINT,
  `metadata` JSON,
  `project_role_backup` TEXT,
  PRIMARY KEY (`uuid`),
  CONSTRAINT `user_creation_bid_inviting_user_id_fkey` FOREIGN KEY (`inviting_user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_preference` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `filter_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_preference_uq` (`project_id`, `user_id`, `filter_id`),
  CONSTRAINT `user_preference_filter_id_fkey` FOREIGN KEY (`filter_id`) REFERENCES `filter` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_preference_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_preference_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `widget_filter` (
  `widget_id` BIGINT NOT NULL,
  `filter_id` BIGINT NOT NULL,
  PRIMARY KEY (`widget_id`, `filter_id`),
  CONSTRAINT `widget_filter_filter_id_fkey` FOREIGN KEY (`filter_id`) REFERENCES `filter` (`id`) ON DELETE CASCADE,
  CONSTRAINT `widget_filter_widget_id_fkey` FOREIGN KEY (`widget_id`) REFERENCES `widget` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


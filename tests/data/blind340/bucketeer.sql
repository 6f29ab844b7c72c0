-- Bucketeer (bucketeer-io/bucketeer), commit c05e74332356cdd66f783e304d22eefad88c48ab (Apache-2.0).
-- Upstream's MySQL schema is built by 45 Atlas migrations, migration/mysql/*.sql (20240626022133_initialization.sql
-- to 20260728000000_add_notification_deleted.sql). They were replayed unchanged, in order, into an empty MariaDB 10.11
-- database and read back with mysqldump --no-data; the MariaDB rendering of MySQL's JSON type
-- (longtext ... CHECK (json_valid(...))) is written back as `json`, as the migrations declare it. Column order,
-- keys, indexes and foreign keys are the database's after the last migration; tables are ordered so that each
-- follows those it refers to. Left out: Atlas's own `atlas_schema_revisions` and the legacy `schema_migrations`.

CREATE TABLE `organization` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `url_code` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `trial` tinyint(1) NOT NULL DEFAULT 0,
  `system_admin` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `owner_email` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_url_code` (`url_code`),
  KEY `idx_disabled` (`disabled`),
  KEY `idx_archived` (`archived`),
  KEY `idx_disabled_archived_id` (`disabled`,`archived`,`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_v2` (
  `email` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL DEFAULT '',
  `avatar_image_url` varchar(255) NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `organization_role` int(11) NOT NULL,
  `environment_roles` json NOT NULL,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `search_filters` json DEFAULT NULL,
  `first_name` varchar(255) NOT NULL DEFAULT '',
  `last_name` varchar(255) NOT NULL DEFAULT '',
  `language` varchar(10) NOT NULL DEFAULT '',
  `last_seen` bigint(20) NOT NULL DEFAULT 0,
  `avatar_file_type` varchar(50) NOT NULL DEFAULT '',
  `avatar_image` mediumblob DEFAULT NULL,
  `tags` json NOT NULL,
  `teams` json DEFAULT NULL,
  PRIMARY KEY (`email`,`organization_id`),
  KEY `account_v2_foreign_organization_id` (`organization_id`),
  KEY `idx_email` (`email`),
  CONSTRAINT `account_v2_foreign_organization_id` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `admin_account` (
  `id` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `role` int(11) NOT NULL,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `admin_audit_log` (
  `id` varchar(255) NOT NULL,
  `timestamp` bigint(20) NOT NULL,
  `entity_type` int(11) NOT NULL,
  `entity_id` varchar(255) NOT NULL,
  `type` int(11) NOT NULL,
  `event` json NOT NULL,
  `editor` json NOT NULL,
  `options` json NOT NULL,
  `entity_data` text NOT NULL,
  `previous_entity_data` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_timestamp_desc` (`timestamp` DESC)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `admin_subscription` (
  `id` varchar(255) NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  `source_types` json NOT NULL,
  `recipient` json NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_key` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `role` int(11) NOT NULL,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `environment_id` varchar(255) NOT NULL,
  `api_key` varchar(255) NOT NULL DEFAULT '',
  `maintainer` varchar(255) NOT NULL DEFAULT '',
  `description` varchar(255) NOT NULL DEFAULT '',
  `last_used_at` bigint(20) DEFAULT 0,
  PRIMARY KEY (`id`,`environment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `audit_log` (
  `id` varchar(255) NOT NULL,
  `timestamp` bigint(20) NOT NULL,
  `entity_type` int(11) NOT NULL,
  `entity_id` varchar(255) NOT NULL,
  `type` int(11) NOT NULL,
  `event` json NOT NULL,
  `editor` json NOT NULL,
  `options` json NOT NULL,
  `entity_data` text NOT NULL,
  `previous_entity_data` text NOT NULL,
  `environment_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`,`environment_id`),
  KEY `idx_entity_type_entity_id` (`entity_type`,`entity_id`),
  KEY `idx_timestamp_desc` (`timestamp` DESC),
  KEY `idx_environment_id_timestamp_desc` (`environment_id`,`timestamp` DESC)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auto_ops_rule` (
  `id` varchar(255) NOT NULL,
  `feature_id` varchar(255) NOT NULL,
  `ops_type` int(11) NOT NULL,
  `clauses` json NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `status` int(11) NOT NULL DEFAULT 0,
  `environment_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`,`environment_id`),
  KEY `foreign_auto_ops_rule_feature_id_environment_namespace` (`feature_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `feature` (
  `id` varchar(255) NOT NULL,
  `name` varchar(511) NOT NULL,
  `description` text NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `evaluation_undelayable` tinyint(1) NOT NULL DEFAULT 0,
  `ttl` int(11) NOT NULL,
  `version` int(11) NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `variations` json NOT NULL,
  `targets` json NOT NULL,
  `rules` json NOT NULL,
  `default_strategy` json NOT NULL,
  `off_variation` varchar(255) NOT NULL,
  `tags` json NOT NULL,
  `maintainer` varchar(255) NOT NULL,
  `variation_type` int(11) NOT NULL,
  `variation_value_schema` json DEFAULT NULL,
  `sampling_seed` varchar(255) NOT NULL DEFAULT '',
  `prerequisites` json DEFAULT NULL,
  `environment_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`,`environment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `code_reference` (
  `id` varchar(255) NOT NULL,
  `feature_id` varchar(255) NOT NULL,
  `file_path` varchar(512) NOT NULL,
  `file_extension` varchar(32) NOT NULL DEFAULT '' COMMENT 'File extension of the code reference file',
  `line_number` int(11) NOT NULL,
  `code_snippet` text NOT NULL,
  `content_hash` varchar(64) NOT NULL,
  `aliases` json DEFAULT NULL,
  `repository_name` varchar(255) NOT NULL,
  `repository_owner` varchar(255) NOT NULL,
  `repository_type` tinyint(4) NOT NULL COMMENT '0:UNSPECIFIED, 1:GITHUB, 2:GITLAB, 3:BITBUCKET, 4:CUSTOM',
  `repository_branch` varchar(255) NOT NULL,
  `commit_hash` varchar(40) NOT NULL,
  `environment_id` varchar(255) NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_file_path` (`file_path`),
  KEY `foreign_code_references_feature` (`feature_id`,`environment_id`),
  CONSTRAINT `foreign_code_references_feature` FOREIGN KEY (`feature_id`, `environment_id`) REFERENCES `feature` (`id`, `environment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `url_code` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  `trial` tinyint(1) NOT NULL DEFAULT 0,
  `creator_email` varchar(255) NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_organization_url_code` (`organization_id`,`url_code`),
  KEY `idx_organization_id` (`organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `environment_v2` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `url_code` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `project_id` varchar(255) NOT NULL,
  `organization_id` varchar(255) NOT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `require_comment` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `auto_archive_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `auto_archive_unused_days` int(11) NOT NULL DEFAULT 60,
  `auto_archive_check_code_refs` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_project_id_url_code` (`project_id`,`url_code`),
  KEY `idx_organization_id` (`organization_id`),
  KEY `idx_environment_auto_archive_enabled` (`auto_archive_enabled`),
  CONSTRAINT `environment_v2_foreign_project_id` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `experiment` (
  `id` varchar(255) NOT NULL,
  `goal_id` varchar(255) NOT NULL,
  `feature_id` varchar(255) NOT NULL,
  `feature_version` int(11) NOT NULL,
  `variations` json NOT NULL,
  `start_at` bigint(20) NOT NULL,
  `stop_at` bigint(20) NOT NULL,
  `stopped` tinyint(1) NOT NULL DEFAULT 0,
  `stopped_at` bigint(20) NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `goal_ids` json NOT NULL,
  `name` varchar(511) NOT NULL,
  `description` text NOT NULL,
  `base_variation_id` varchar(255) NOT NULL,
  `status` int(11) NOT NULL,
  `maintainer` varchar(255) NOT NULL,
  `environment_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`,`environment_id`),
  KEY `foreign_experiment_feature_id_environment_namespace` (`feature_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `experiment_result` (
  `id` varchar(255) NOT NULL,
  `experiment_id` varchar(255) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `data` json NOT NULL,
  `environment_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`,`environment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `feature_last_used_info` (
  `id` varchar(255) NOT NULL,
  `feature_id` varchar(255) NOT NULL,
  `version` bigint(20) NOT NULL,
  `last_used_at` bigint(20) NOT NULL,
  `client_oldest_version` varchar(255) NOT NULL,
  `client_latest_version` varchar(255) NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `environment_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`,`environment_id`),
  KEY `idx_flui` (`feature_id`,`environment_id`,`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `flag_trigger` (
  `id` varchar(255) NOT NULL,
  `feature_id` varchar(255) NOT NULL,
  `type` int(11) NOT NULL,
  `action` tinyint(1) NOT NULL,
  `description` text NOT NULL,
  `trigger_count` int(11) NOT NULL,
  `last_triggered_at` bigint(20) NOT NULL,
  `token` varchar(255) NOT NULL,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `environment_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`,`environment_id`),
  KEY `foreign_flag_trigger_feature_id_environment_namespace` (`feature_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `goal` (
  `id` varchar(255) NOT NULL,
  `name` varchar(511) NOT NULL,
  `description` text NOT NULL,
  `connection_type` int(11) NOT NULL DEFAULT 0,
  `archived` tinyint(1) NOT NULL DEFAULT 0,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `environment_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`,`environment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `monthly_summary` (
  `environment_id` varchar(255) NOT NULL,
  `source_id` varchar(30) NOT NULL,
  `yearmonth` varchar(6) NOT NULL,
  `mau` bigint(20) NOT NULL DEFAULT 0,
  `request_count` bigint(20) NOT NULL DEFAULT 0,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  PRIMARY KEY (`environment_id`,`yearmonth`,`source_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification` (
  `id` varchar(255) NOT NULL,
  `status` int(11) NOT NULL DEFAULT 0,
  `created_by` varchar(255) NOT NULL,
  `last_edited_by` varchar(255) NOT NULL,
  `published_by` varchar(255) DEFAULT NULL,
  `published_at` bigint(20) NOT NULL DEFAULT 0,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `idx_status_published_at` (`status`,`published_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_localization` (
  `notification_id` varchar(255) NOT NULL,
  `language` varchar(10) NOT NULL,
  `tags` json DEFAULT NULL,
  `title` varchar(511) NOT NULL,
  `content` mediumtext NOT NULL,
  PRIMARY KEY (`notification_id`,`language`),
  CONSTRAINT `fk_notification_localization` FOREIGN KEY (`notification_id`) REFERENCES `notification` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_read` (
  `notification_id` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `read_at` bigint(20) NOT NULL,
  PRIMARY KEY (`notification_id`,`email`),
  KEY `idx_email` (`email`),
  CONSTRAINT `fk_notification_read` FOREIGN KEY (`notification_id`) REFERENCES `notification` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ops_count` (
  `id` varchar(255) NOT NULL,
  `auto_ops_rule_id` varchar(255) NOT NULL,
  `clause_id` varchar(255) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `ops_event_count` bigint(20) NOT NULL,
  `evaluation_count` bigint(20) NOT NULL,
  `feature_id` varchar(255) NOT NULL,
  `environment_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`,`environment_id`),
  KEY `foreign_ops_count_auto_ops_rule_id_environment_namespace` (`auto_ops_rule_id`),
  KEY `foreign_ops_count_feature_id_environment_namespace` (`feature_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ops_progressive_rollout` (
  `id` varchar(255) NOT NULL,
  `feature_id` varchar(255) NOT NULL,
  `clause` json NOT NULL,
  `status` int(11) NOT NULL,
  `stopped_by` int(11) NOT NULL DEFAULT 0,
  `type` int(11) NOT NULL,
  `stopped_at` bigint(20) NOT NULL DEFAULT 0,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `environment_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`,`environment_id`),
  KEY `foreign_progressive_rollout_feature_id_environment_namespace` (`feature_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `push` (
  `id` varchar(255) NOT NULL,
  `fcm_api_key` varchar(511) DEFAULT NULL,
  `tags` json NOT NULL,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `name` varchar(255) NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `fcm_service_account` json NOT NULL,
  `environment_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`,`environment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `scheduled_feature_change` (
  `id` varchar(255) NOT NULL,
  `feature_id` varchar(255) NOT NULL,
  `environment_id` varchar(255) NOT NULL,
  `scheduled_at` bigint(20) NOT NULL,
  `timezone` varchar(100) NOT NULL DEFAULT 'UTC',
  `payload` json NOT NULL,
  `comment` text DEFAULT NULL,
  `status` tinyint(4) NOT NULL DEFAULT 1,
  `failure_reason` text DEFAULT NULL,
  `flag_version_at_creation` int(11) NOT NULL,
  `conflicts` json DEFAULT NULL,
  `locked_at` bigint(20) DEFAULT NULL,
  `locked_by` varchar(255) DEFAULT NULL,
  `created_by` varchar(255) NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_by` varchar(255) DEFAULT NULL,
  `updated_at` bigint(20) NOT NULL,
  `executed_at` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_scheduled_at_status` (`scheduled_at`,`status`),
  KEY `idx_feature_env` (`feature_id`,`environment_id`),
  KEY `idx_environment_status` (`environment_id`,`status`),
  CONSTRAINT `fk_scheduled_feature_change_feature` FOREIGN KEY (`feature_id`, `environment_id`) REFERENCES `feature` (`id`, `environment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `segment` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `rules` json NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `version` bigint(20) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `included_user_count` bigint(20) NOT NULL,
  `excluded_user_count` bigint(20) NOT NULL,
  `status` int(11) NOT NULL,
  `environment_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`,`environment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `segment_user` (
  `id` varchar(511) NOT NULL,
  `segment_id` varchar(255) NOT NULL,
  `user_id` varchar(255) NOT NULL,
  `state` int(11) NOT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  `environment_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`,`environment_id`),
  KEY `foreign_segment_user_segment_id_environment_namespace` (`segment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `subscription` (
  `id` varchar(255) NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  `source_types` json NOT NULL,
  `recipient` json NOT NULL,
  `name` varchar(255) NOT NULL,
  `feature_flag_tags` json NOT NULL,
  `environment_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`,`environment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tag` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  `environment_id` varchar(255) NOT NULL,
  `entity_type` int(11) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`,`environment_id`,`entity_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `team` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  `organization_id` varchar(255) NOT NULL,
  `created_at` bigint(20) NOT NULL,
  `updated_at` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_name_org` (`name`,`organization_id`),
  KEY `idx_organization_id` (`organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

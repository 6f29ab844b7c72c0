-- FeatBit (featbit/featbit), commit 366b4a1165941cc0551b91e79f27a0ec138b9a9f (MIT).
-- Upstream builds its PostgreSQL database with the scripts infra/postgresql/docker-entrypoint-initdb.d/v0.0.0.sql,
-- v5.0.4, v5.0.5, v5.1.0, v5.2.0, v5.2.1, v5.3.0, v5.3.2, v5.4.0 and v5.4.1.sql (run in that order into an empty
-- PostgreSQL 15 database, the `create database` / `\connect` lines dropped), plus the `events` table of the
-- data-analytics service (modules/data-analytics/app/postgresql/models/event/sql.py, EVENTS_TABLE_SQL, created by
-- its migration 0001_initial.py). The 33 tables were read back from the catalog and written as MySQL, columns in
-- the database's order: uuid -> CHAR(36), varchar(n) -> VARCHAR(n) (unbounded varchar -> TEXT), text -> TEXT,
-- timestamptz / timestamp -> DATETIME(6), date -> DATE, jsonb and text[] -> JSON, boolean -> TINYINT(1), integer -> INT,
-- bigint -> BIGINT (the identity column queue_messages.id -> AUTO_INCREMENT), double precision -> DOUBLE; literal
-- defaults and now() (-> CURRENT_TIMESTAMP(6)) kept, JSON / array defaults and gen_random_uuid() left out.
-- Primary keys and unique indexes are upstream's; upstream declares no foreign keys. Plain, partial, descending and
-- trigram (GIN) indexes are left out. Nothing was left out of the table set.

CREATE TABLE `access_tokens` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `type` VARCHAR(64) NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `token` TEXT NOT NULL,
  `creator_id` CHAR(36) NOT NULL,
  `permissions` JSON,
  `last_used_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_logs` (
  `id` CHAR(36) NOT NULL,
  `env_id` CHAR(36) NOT NULL,
  `ref_id` TEXT NOT NULL,
  `ref_type` VARCHAR(64) NOT NULL,
  `keyword` VARCHAR(512) NOT NULL,
  `operation` VARCHAR(64) NOT NULL,
  `data_change` JSON,
  `comment` VARCHAR(512),
  `creator_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `end_user_properties` (
  `id` CHAR(36) NOT NULL,
  `env_id` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `preset_values` JSON,
  `use_preset_values_only` TINYINT(1) NOT NULL,
  `is_built_in` TINYINT(1) NOT NULL,
  `is_digest_field` TINYINT(1) NOT NULL,
  `remark` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `end_users` (
  `id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36),
  `env_id` CHAR(36),
  `key_id` VARCHAR(512) NOT NULL,
  `name` VARCHAR(256) NOT NULL,
  `customized_properties` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_end_users_env_id_key_id` (`env_id`, `key_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `environments` (
  `id` CHAR(36) NOT NULL,
  `project_id` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `key` VARCHAR(128) NOT NULL,
  `description` TEXT,
  `secrets` JSON,
  `settings` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiment_metrics` (
  `id` CHAR(36) NOT NULL,
  `env_id` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `description` TEXT,
  `maintainer_user_id` CHAR(36) NOT NULL,
  `event_name` VARCHAR(128) NOT NULL,
  `event_type` INT NOT NULL,
  `custom_event_track_option` INT NOT NULL,
  `custom_event_unit` VARCHAR(128),
  `custom_event_success_criteria` INT NOT NULL,
  `element_targets` TEXT,
  `target_urls` JSON,
  `is_arvhived` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `experiments` (
  `id` CHAR(36) NOT NULL,
  `env_id` CHAR(36) NOT NULL,
  `metric_id` CHAR(36) NOT NULL,
  `feature_flag_id` CHAR(36) NOT NULL,
  `is_archived` TINYINT(1) NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `baseline_variation_id` TEXT,
  `iterations` JSON,
  `alpha` DOUBLE,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feature_flags` (
  `id` CHAR(36) NOT NULL,
  `env_id` CHAR(36) NOT NULL,
  `revision` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `description` TEXT,
  `key` VARCHAR(128) NOT NULL,
  `variation_type` VARCHAR(64) NOT NULL,
  `variations` JSON,
  `target_users` JSON,
  `rules` JSON,
  `is_enabled` TINYINT(1) NOT NULL,
  `disabled_variation_id` VARCHAR(128) NOT NULL,
  `fallthrough` JSON,
  `expt_include_all_targets` TINYINT(1) NOT NULL,
  `tags` JSON,
  `is_archived` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `creator_id` CHAR(36) NOT NULL,
  `updator_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flag_change_requests` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `env_id` CHAR(36) NOT NULL,
  `flag_draft_id` CHAR(36) NOT NULL,
  `flag_id` CHAR(36) NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `reason` VARCHAR(512),
  `reviewers` JSON,
  `schedule_id` CHAR(36),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `creator_id` CHAR(36) NOT NULL,
  `updator_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flag_drafts` (
  `id` CHAR(36) NOT NULL,
  `env_id` CHAR(36) NOT NULL,
  `flag_id` CHAR(36) NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `comment` VARCHAR(512),
  `data_change` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `creator_id` CHAR(36) NOT NULL,
  `updator_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flag_revisions` (
  `id` CHAR(36) NOT NULL,
  `flag` JSON,
  `comment` VARCHAR(512),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flag_schedules` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `env_id` CHAR(36) NOT NULL,
  `flag_draft_id` CHAR(36) NOT NULL,
  `flag_id` CHAR(36) NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `title` VARCHAR(128) NOT NULL,
  `scheduled_time` DATETIME(6) NOT NULL,
  `change_request_id` CHAR(36),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `creator_id` CHAR(36) NOT NULL,
  `updator_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_members` (
  `id` CHAR(36) NOT NULL,
  `group_id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `member_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_policies` (
  `id` CHAR(36) NOT NULL,
  `group_id` CHAR(36) NOT NULL,
  `policy_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `description` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `member_policies` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `member_id` CHAR(36) NOT NULL,
  `policy_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_users` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `invitor_id` CHAR(36),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `key` VARCHAR(128) NOT NULL,
  `initialized` TINYINT(1) NOT NULL DEFAULT 0,
  `license` TEXT,
  `default_permissions` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `settings` JSON NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `policies` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36),
  `name` VARCHAR(128) NOT NULL,
  `description` VARCHAR(512),
  `type` VARCHAR(64) NOT NULL,
  `statements` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `key` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `key` VARCHAR(128) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `queue_messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `topic` VARCHAR(128) NOT NULL,
  `status` VARCHAR(64) NOT NULL DEFAULT 'Pending',
  `enqueued_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `not_visible_until` DATETIME(6),
  `last_deliver_at` DATETIME(6),
  `last_handled_at` DATETIME(6),
  `deliver_count` INT NOT NULL DEFAULT 0,
  `payload` TEXT,
  `error` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `relay_proxies` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `key` VARCHAR(128) NOT NULL,
  `description` VARCHAR(512),
  `is_all_envs` TINYINT(1) NOT NULL,
  `scopes` JSON,
  `agents` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `auto_agents` JSON,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `segments` (
  `id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `env_id` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `type` VARCHAR(64) NOT NULL,
  `scopes` JSON,
  `description` VARCHAR(512),
  `included` JSON,
  `excluded` JSON,
  `rules` JSON,
  `is_archived` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `tags` JSON,
  `key` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `triggers` (
  `id` CHAR(36) NOT NULL,
  `target_id` CHAR(36) NOT NULL,
  `type` VARCHAR(64) NOT NULL,
  `action` VARCHAR(64) NOT NULL,
  `token` VARCHAR(128) NOT NULL,
  `description` TEXT NOT NULL,
  `is_enabled` TINYINT(1) NOT NULL,
  `triggered_times` INT NOT NULL,
  `last_triggered_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `email` VARCHAR(256) NOT NULL,
  `password` TEXT NOT NULL,
  `origin` VARCHAR(64),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `initial_password` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_users_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_deliveries` (
  `id` CHAR(36) NOT NULL,
  `webhook_id` CHAR(36) NOT NULL,
  `success` TINYINT(1) NOT NULL,
  `events` TEXT,
  `request` JSON,
  `response` JSON,
  `error` JSON,
  `started_at` DATETIME(6) NOT NULL,
  `ended_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks` (
  `id` CHAR(36) NOT NULL,
  `org_id` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `url` TEXT NOT NULL,
  `scopes` JSON,
  `events` JSON,
  `headers` JSON,
  `payload_template_type` VARCHAR(64),
  `payload_template` TEXT,
  `secret` TEXT,
  `is_active` TINYINT(1) NOT NULL,
  `prevent_empty_payloads` TINYINT(1) NOT NULL,
  `last_delivery` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `creator_id` CHAR(36) NOT NULL,
  `updator_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspaces` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `key` VARCHAR(128) NOT NULL,
  `license` TEXT,
  `sso` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `refresh_tokens` (
  `id` CHAR(36) NOT NULL,
  `token` VARCHAR(500) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `is_revoked` TINYINT(1) NOT NULL DEFAULT 0,
  `replaced_by_token` VARCHAR(500),
  `created_by_ip` VARCHAR(45),
  `revoked_by_ip` VARCHAR(45),
  `expires_at` DATETIME(6) NOT NULL,
  `revoked_at` DATETIME(6),
  `last_used_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usage_end_user_stats` (
  `env_id` CHAR(36) NOT NULL,
  `year_month` INT NOT NULL,
  `user_key` VARCHAR(512) NOT NULL,
  `first_seen_at` DATE NOT NULL,
  PRIMARY KEY (`env_id`, `year_month`, `user_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usage_event_stats` (
  `env_id` CHAR(36) NOT NULL,
  `stats_date` DATE NOT NULL,
  `flag_evaluations` INT NOT NULL DEFAULT 0,
  `custom_metrics` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`env_id`, `stats_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_users` (
  `id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_workspace_users_workspace_id_user_id` (`workspace_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` CHAR(36) NOT NULL,
  `distinct_id` TEXT NOT NULL,
  `env_id` TEXT,
  `event` TEXT,
  `properties` JSON,
  `timestamp` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

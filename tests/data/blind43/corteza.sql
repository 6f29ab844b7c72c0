-- Corteza (low-code CRM / business-application platform) -- trimmed MySQL DDL of its primary store.
-- Upstream: https://github.com/cortezaproject/corteza, commit 5b869ce3861f9773df6e73432eadd17959f5eec1 (2024-10-24)
-- Licence: Apache-2.0.
-- Made from the DAL models that `Store.Upgrade` (server/store/adapters/rdbms/upgrade.go) turns into tables:
--   server/system/model/models.gen.go, server/system/model/corteza.gen.go (actionlog, flags, labels,
--   resource_activity_log, rbac_rules), server/compose/model/models.gen.go, server/automation/model/models.gen.go,
--   server/federation/model/models.gen.go,
-- with the MySQL type mapping of server/store/adapters/rdbms/drivers/mysql/dialect.go (AttributeToColumn) and the
-- column layout of server/store/adapters/rdbms/ddl/commands.go (GenTableColumn, GenPrimaryKey).
-- Indexes other than primary keys are left out. Upstream declares no foreign keys.
-- Left out (39 of 46 tables kept): apigw_filters, compose_page_layout, dal_schema_alterations, queue_settings,
--   federation_module_mapping, federation_module_shared, federation_nodes_sync.
-- Since 2022.9 compose record values live in the JSON column compose_record.`values` (the old
--   compose_record_value table is migrated and dropped by upgrade_fixes.go).

CREATE TABLE `apigw_routes` (
  `id` BIGINT UNSIGNED NOT NULL,
  `endpoint` TEXT NOT NULL,
  `method` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `meta` JSON NOT NULL,
  `rel_group` BIGINT UNSIGNED NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `created_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `updated_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `deleted_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `applications` (
  `id` BIGINT UNSIGNED NOT NULL,
  `name` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `weight` DECIMAL NOT NULL DEFAULT 0,
  `unify` JSON NOT NULL,
  `rel_owner` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `attachments` (
  `id` BIGINT UNSIGNED NOT NULL,
  `rel_owner` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `kind` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `preview_url` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `meta` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_clients` (
  `id` BIGINT UNSIGNED NOT NULL,
  `handle` VARCHAR(64) NOT NULL,
  `meta` JSON NOT NULL,
  `secret` VARCHAR(64) NOT NULL,
  `scope` VARCHAR(512) NOT NULL,
  `valid_grant` VARCHAR(32) NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `trusted` TINYINT(1) NOT NULL,
  `valid_from` DATETIME NULL,
  `expires_at` DATETIME NULL,
  `security` JSON NOT NULL,
  `owned_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `created_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `updated_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `deleted_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_confirmed_clients` (
  `rel_user` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `rel_client` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `confirmed_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`rel_user`, `rel_client`)
);

CREATE TABLE `auth_oa2tokens` (
  `id` BIGINT UNSIGNED NOT NULL,
  `code` VARCHAR(48) NOT NULL,
  `access` VARCHAR(2048) NOT NULL,
  `refresh` VARCHAR(48) NOT NULL,
  `data` JSON NOT NULL,
  `remote_addr` VARCHAR(64) NOT NULL,
  `user_agent` TEXT NOT NULL,
  `rel_client` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `rel_user` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `expires_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `auth_sessions` (
  `id` VARCHAR(64) NOT NULL,
  `data` BLOB NOT NULL,
  `rel_user` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `remote_addr` TEXT NOT NULL,
  `user_agent` TEXT NOT NULL,
  `expires_at` DATETIME NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

CREATE TABLE `credentials` (
  `id` BIGINT UNSIGNED NOT NULL,
  `rel_owner` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `label` TEXT NOT NULL,
  `kind` VARCHAR(128) NOT NULL,
  `credentials` TEXT NOT NULL,
  `meta` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `last_used_at` DATETIME NULL,
  `expires_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `dal_connections` (
  `id` BIGINT UNSIGNED NOT NULL,
  `handle` VARCHAR(64) NOT NULL,
  `type` TEXT NOT NULL,
  `config` JSON NOT NULL,
  `meta` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `created_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `updated_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `deleted_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `dal_sensitivity_levels` (
  `id` BIGINT UNSIGNED NOT NULL,
  `handle` VARCHAR(64) NOT NULL,
  `level` DECIMAL NOT NULL,
  `meta` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `created_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `updated_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `deleted_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `data_privacy_requests` (
  `id` BIGINT UNSIGNED NOT NULL,
  `kind` TEXT NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `payload` JSON NOT NULL,
  `requested_at` DATETIME NOT NULL,
  `requested_by` BIGINT UNSIGNED NOT NULL,
  `completed_at` DATETIME NULL,
  `completed_by` BIGINT UNSIGNED NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `created_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `updated_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `deleted_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `data_privacy_request_comments` (
  `id` BIGINT UNSIGNED NOT NULL,
  `rel_request` BIGINT UNSIGNED NOT NULL,
  `comment` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `created_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `updated_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `deleted_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `queue_messages` (
  `id` BIGINT UNSIGNED NOT NULL,
  `queue` TEXT NOT NULL,
  `payload` BLOB NOT NULL,
  `created` DATETIME NULL,
  `processed` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `reminders` (
  `id` BIGINT UNSIGNED NOT NULL,
  `resource` VARCHAR(512) NOT NULL,
  `payload` JSON NOT NULL,
  `snooze_count` DECIMAL NOT NULL,
  `assigned_to` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `assigned_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `assigned_at` DATETIME NOT NULL,
  `dismissed_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `dismissed_at` DATETIME NULL,
  `remind_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `reports` (
  `id` BIGINT UNSIGNED NOT NULL,
  `handle` VARCHAR(64) NOT NULL,
  `meta` JSON NOT NULL,
  `scenarios` JSON NOT NULL,
  `sources` JSON NOT NULL,
  `blocks` JSON NOT NULL,
  `owned_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `created_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `updated_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `deleted_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `resource_translations` (
  `id` BIGINT UNSIGNED NOT NULL,
  `lang` VARCHAR(32) NOT NULL,
  `resource` VARCHAR(256) NOT NULL,
  `k` VARCHAR(256) NOT NULL,
  `message` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `owned_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `created_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `updated_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `deleted_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `roles` (
  `id` BIGINT UNSIGNED NOT NULL,
  `name` TEXT NOT NULL,
  `handle` VARCHAR(64) NOT NULL,
  `meta` JSON NOT NULL,
  `archived_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `role_members` (
  `rel_user` BIGINT UNSIGNED NOT NULL,
  `rel_role` BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (`rel_user`, `rel_role`)
);

CREATE TABLE `settings` (
  `rel_owner` BIGINT UNSIGNED NOT NULL,
  `name` VARCHAR(512) NOT NULL,
  `value` JSON NOT NULL,
  `updated_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`rel_owner`, `name`)
);

CREATE TABLE `templates` (
  `id` BIGINT UNSIGNED NOT NULL,
  `rel_owner` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `handle` VARCHAR(64) NOT NULL,
  `language` VARCHAR(32) NOT NULL,
  `type` TEXT NOT NULL,
  `partial` TINYINT(1) NOT NULL,
  `meta` JSON NOT NULL,
  `template` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `last_used_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `users` (
  `id` BIGINT UNSIGNED NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `email_confirmed` TINYINT(1) NOT NULL,
  `username` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `handle` VARCHAR(64) NOT NULL,
  `kind` VARCHAR(8) NOT NULL,
  `meta` JSON NOT NULL,
  `suspended_at` DATETIME NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `compose_attachment` (
  `id` BIGINT UNSIGNED NOT NULL,
  `rel_namespace` BIGINT UNSIGNED NOT NULL,
  `rel_owner` BIGINT UNSIGNED NOT NULL,
  `kind` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `preview_url` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `meta` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `compose_chart` (
  `id` BIGINT UNSIGNED NOT NULL,
  `handle` VARCHAR(64) NOT NULL,
  `rel_namespace` BIGINT UNSIGNED NOT NULL,
  `name` TEXT NOT NULL,
  `config` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `compose_module` (
  `id` BIGINT UNSIGNED NOT NULL,
  `rel_namespace` BIGINT UNSIGNED NOT NULL,
  `handle` VARCHAR(64) NOT NULL,
  `name` TEXT NOT NULL,
  `meta` JSON NOT NULL,
  `config` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `compose_module_field` (
  `id` BIGINT UNSIGNED NOT NULL,
  `rel_module` BIGINT UNSIGNED NOT NULL,
  `place` DECIMAL NOT NULL,
  `kind` TEXT NOT NULL,
  `options` JSON NOT NULL,
  `name` TEXT NOT NULL,
  `label` TEXT NOT NULL,
  `config` JSON NOT NULL,
  `is_required` TINYINT(1) NOT NULL,
  `is_multi` TINYINT(1) NOT NULL,
  `default_value` JSON NOT NULL,
  `expressions` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `compose_namespace` (
  `id` BIGINT UNSIGNED NOT NULL,
  `slug` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `meta` JSON NOT NULL,
  `name` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `compose_page` (
  `id` BIGINT UNSIGNED NOT NULL,
  `title` TEXT NOT NULL,
  `handle` VARCHAR(64) NOT NULL,
  `self_id` BIGINT UNSIGNED NOT NULL,
  `rel_module` BIGINT UNSIGNED NOT NULL,
  `rel_namespace` BIGINT UNSIGNED NOT NULL,
  `meta` JSON NOT NULL,
  `config` JSON NOT NULL,
  `blocks` JSON NOT NULL,
  `visible` TINYINT(1) NOT NULL,
  `weight` DECIMAL NOT NULL DEFAULT 0,
  `description` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `compose_record` (
  `id` BIGINT UNSIGNED NOT NULL,
  `revision` DECIMAL NOT NULL DEFAULT 0,
  `rel_module` BIGINT UNSIGNED NOT NULL,
  `values` JSON NOT NULL,
  `meta` JSON NOT NULL,
  `rel_namespace` BIGINT UNSIGNED NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `owned_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `created_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `updated_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `deleted_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `compose_record_revisions` (
  `id` BIGINT UNSIGNED NOT NULL,
  `ts` DATETIME NOT NULL,
  `rel_resource` BIGINT UNSIGNED NOT NULL,
  `revision` DECIMAL NOT NULL,
  `operation` TEXT NOT NULL,
  `rel_user` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `delta` JSON NOT NULL,
  `comment` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `automation_sessions` (
  `id` BIGINT UNSIGNED NOT NULL,
  `rel_workflow` BIGINT UNSIGNED NOT NULL,
  `status` DECIMAL NOT NULL DEFAULT 0,
  `event_type` VARCHAR(32) NOT NULL,
  `resource_type` VARCHAR(64) NOT NULL,
  `input` JSON NOT NULL,
  `output` JSON NOT NULL,
  `stacktrace` JSON NOT NULL,
  `created_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `purge_at` DATETIME NULL,
  `suspended_at` DATETIME NULL,
  `completed_at` DATETIME NULL,
  `error` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `automation_triggers` (
  `id` BIGINT UNSIGNED NOT NULL,
  `rel_workflow` BIGINT UNSIGNED NOT NULL,
  `rel_step` BIGINT UNSIGNED NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `meta` JSON NOT NULL,
  `resource_type` VARCHAR(64) NOT NULL,
  `event_type` TEXT NOT NULL,
  `constraints` JSON NOT NULL,
  `input` JSON NOT NULL,
  `owned_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `created_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `updated_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `deleted_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `automation_workflows` (
  `id` BIGINT UNSIGNED NOT NULL,
  `handle` VARCHAR(64) NOT NULL,
  `meta` JSON NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `trace` TINYINT(1) NOT NULL,
  `keep_sessions` DECIMAL NOT NULL DEFAULT 0,
  `scope` JSON NOT NULL,
  `steps` JSON NOT NULL,
  `paths` JSON NOT NULL,
  `issues` JSON NOT NULL,
  `run_as` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `owned_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `created_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `updated_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `deleted_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `federation_module_exposed` (
  `id` BIGINT UNSIGNED NOT NULL,
  `handle` VARCHAR(64) NOT NULL,
  `name` TEXT NOT NULL,
  `rel_node` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `rel_compose_module` BIGINT UNSIGNED NOT NULL,
  `rel_compose_namespace` BIGINT UNSIGNED NOT NULL,
  `fields` JSON NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `created_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `updated_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `deleted_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `federation_nodes` (
  `id` BIGINT UNSIGNED NOT NULL,
  `shared_node_id` BIGINT UNSIGNED NOT NULL,
  `name` TEXT NOT NULL,
  `base_url` TEXT NOT NULL,
  `status` TEXT NOT NULL,
  `contact` TEXT NOT NULL,
  `pair_token` TEXT NOT NULL,
  `auth_token` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` DATETIME NULL,
  `deleted_at` DATETIME NULL,
  `created_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `updated_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `deleted_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `actionlog` (
  `id` BIGINT UNSIGNED NOT NULL,
  `ts` DATETIME NOT NULL,
  `actor_ip_addr` VARCHAR(64) NOT NULL,
  `actor_id` BIGINT UNSIGNED NOT NULL,
  `request_origin` VARCHAR(32) NOT NULL,
  `request_id` VARCHAR(256) NOT NULL,
  `resource` VARCHAR(512) NOT NULL,
  `action` VARCHAR(64) NOT NULL,
  `error` TEXT NOT NULL,
  `severity` DECIMAL NOT NULL DEFAULT 0,
  `description` TEXT NOT NULL,
  `meta` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `flags` (
  `kind` VARCHAR(64) NOT NULL,
  `rel_resource` BIGINT UNSIGNED NOT NULL,
  `owned_by` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `name` VARCHAR(512) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  PRIMARY KEY (`kind`, `rel_resource`, `owned_by`, `name`)
);

CREATE TABLE `labels` (
  `kind` VARCHAR(64) NOT NULL,
  `rel_resource` BIGINT UNSIGNED NOT NULL,
  `name` VARCHAR(512) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`kind`, `rel_resource`, `name`)
);

CREATE TABLE `resource_activity_log` (
  `id` BIGINT UNSIGNED NOT NULL,
  `ts` DATETIME NOT NULL,
  `resource_type` TEXT NOT NULL,
  `resource_action` TEXT NOT NULL,
  `rel_resource` BIGINT UNSIGNED NOT NULL,
  `meta` JSON NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `rbac_rules` (
  `rel_role` BIGINT UNSIGNED NOT NULL,
  `resource` VARCHAR(512) NOT NULL,
  `operation` VARCHAR(50) NOT NULL,
  `access` DECIMAL NOT NULL,
  PRIMARY KEY (`rel_role`, `resource`, `operation`)
);


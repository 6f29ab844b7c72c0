-- Passbolt (team password manager, CakePHP) - database schema, trimmed to 43 tables.
-- Upstream: github.com/passbolt/passbolt_api, tag v5.12.0 (commit e3aa15fea3f88661d7a732ccb7fbb40d7ae685d3),
--   licence AGPL-3.0 (LICENSE.txt).
-- Made by replaying the CakePHP/Phinx migrations config/Migrations/*.php in order (from
--   20170830064410_V162InitialMigration.php to 20260504120000_V5120AddPartialUniqueIndexOnScimEntries.php):
--   addColumn/changeColumn/removeColumn/renameColumn/drop, including the 'after' positions, written as MySQL DDL.
-- Type conversion (Phinx MySQL adapter): char(n) -> CHAR(n); uuid -> CHAR(36); string(n) -> VARCHAR(n)
--   (no limit -> VARCHAR(255)); text -> TEXT (TEXT_MEDIUM -> MEDIUMTEXT, TEXT_LONG -> LONGTEXT, limit 512 -> TINYTEXT);
--   boolean -> TINYINT(1); integer(n) -> INT(n) (INT_SMALL -> SMALLINT); datetime -> DATETIME; blob -> BLOB.
--   A table created without 'id' => false (email_queue) gets Phinx's INT AUTO_INCREMENT id.
--   Character-set/collation clauses (utf8mb4 / ascii) and secondary indexes are left out.
-- Upstream declares no foreign keys and no column comments (the only comment, on file_storage.adapter, went
--   with that dropped table). Tables dropped by later migrations (user_agents, file_storage, controller_logs,
--   permissions_types, schema_migrations) are not included.

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `role_id` CHAR(36) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `disabled` DATETIME NULL,
  `last_logged_in` DATETIME NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `profiles` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `avatars` (
  `id` CHAR(36) NOT NULL,
  `data` BLOB NULL,
  `profile_id` CHAR(36) NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `gpgkeys` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `armored_key` TEXT NOT NULL,
  `bits` INT(11) NULL DEFAULT 2048,
  `uid` VARCHAR(769) NOT NULL,
  `key_id` VARCHAR(16) NOT NULL,
  `fingerprint` VARCHAR(51) NOT NULL,
  `type` VARCHAR(16) NULL,
  `expires` DATETIME NULL,
  `key_created` DATETIME NULL,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `roles` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  `description` VARCHAR(255) NULL,
  `deleted` DATETIME NULL,
  `created_by` CHAR(36) NULL,
  `modified_by` CHAR(36) NULL,
  `deleted_by` CHAR(36) NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `groups` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NULL,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `groups_users` (
  `id` CHAR(36) NOT NULL,
  `group_id` CHAR(36) NULL,
  `user_id` CHAR(36) NULL,
  `is_admin` TINYINT(1) NOT NULL DEFAULT 0,
  `created` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `resource_types` (
  `id` CHAR(36) NOT NULL,
  `slug` VARCHAR(64) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `description` CHAR(255) NULL,
  `definition` TEXT NULL,
  `deleted` DATETIME NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `resources` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NULL,
  `username` VARCHAR(255) NULL,
  `uri` VARCHAR(1024) NULL,
  `description` TEXT NULL,
  `metadata` MEDIUMTEXT NULL,
  `metadata_key_id` CHAR(36) NULL,
  `metadata_key_type` VARCHAR(100) NULL,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `expired` DATETIME NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  `resource_type_id` CHAR(36) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `secrets` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `resource_id` CHAR(36) NOT NULL,
  `secret_revision_id` CHAR(36) NULL,
  `deleted` DATETIME NULL,
  `created_by` CHAR(36) NULL,
  `modified_by` CHAR(36) NULL,
  `data` MEDIUMTEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `secret_revisions` (
  `id` CHAR(36) NOT NULL,
  `resource_id` CHAR(36) NOT NULL,
  `resource_type_id` CHAR(36) NOT NULL,
  `deleted` DATETIME NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `created_by` CHAR(36) NULL,
  `modified_by` CHAR(36) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `secrets_history` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `resource_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `secret_accesses` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `resource_id` CHAR(36) NOT NULL,
  `secret_id` CHAR(36) NOT NULL,
  `created` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `permissions` (
  `id` CHAR(36) NOT NULL,
  `aco` VARCHAR(30) NOT NULL,
  `aco_foreign_key` CHAR(36) NOT NULL,
  `aro` VARCHAR(30) NOT NULL,
  `aro_foreign_key` CHAR(36) NULL,
  `type` INT(11) NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `permissions_history` (
  `id` CHAR(36) NOT NULL,
  `aco` VARCHAR(30) NOT NULL,
  `aco_foreign_key` CHAR(36) NOT NULL,
  `aro` VARCHAR(30) NOT NULL,
  `aro_foreign_key` CHAR(36) NOT NULL,
  `type` INT(11) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `folders` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(256) NULL,
  `metadata` MEDIUMTEXT NULL,
  `metadata_key_id` CHAR(36) NULL,
  `metadata_key_type` VARCHAR(100) NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `folders_history` (
  `id` CHAR(36) NOT NULL,
  `folder_id` CHAR(36) NOT NULL,
  `name` VARCHAR(256) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `folders_relations` (
  `id` CHAR(36) NOT NULL,
  `foreign_model` VARCHAR(30) NOT NULL,
  `foreign_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `folder_parent_id` CHAR(36) NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `comments` (
  `id` CHAR(36) NOT NULL,
  `parent_id` CHAR(36) NULL,
  `foreign_key` CHAR(36) NOT NULL,
  `foreign_model` VARCHAR(36) NOT NULL,
  `content` VARCHAR(256) NOT NULL,
  `data` MEDIUMTEXT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `favorites` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NULL,
  `foreign_key` CHAR(36) NOT NULL,
  `foreign_model` VARCHAR(36) NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `tags` (
  `id` CHAR(36) NOT NULL,
  `slug` VARCHAR(128) NULL,
  `is_shared` TINYINT(1) NOT NULL DEFAULT 0,
  `metadata` MEDIUMTEXT NULL,
  `metadata_key_id` CHAR(36) NULL,
  `metadata_key_type` VARCHAR(100) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `resources_tags` (
  `id` CHAR(36) NOT NULL,
  `resource_id` CHAR(36) NOT NULL,
  `tag_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NULL,
  `created` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `actions` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `action_logs` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NULL,
  `action_id` CHAR(36) NOT NULL,
  `context` VARCHAR(255) NOT NULL,
  `status` INT(1) NOT NULL,
  `created` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `entities_history` (
  `id` CHAR(36) NOT NULL,
  `action_log_id` CHAR(36) NOT NULL,
  `foreign_model` VARCHAR(36) NOT NULL,
  `foreign_key` CHAR(36) NOT NULL,
  `crud` CHAR(1) NOT NULL,
  `created` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `authentication_tokens` (
  `id` CHAR(36) NOT NULL,
  `token` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `type` VARCHAR(16) NOT NULL,
  `data` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `account_settings` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `property_id` CHAR(36) NOT NULL,
  `property` VARCHAR(256) NOT NULL,
  `value` TEXT NOT NULL,
  `created` DATETIME NULL,
  `modified` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `organization_settings` (
  `id` CHAR(36) NOT NULL,
  `property_id` CHAR(36) NOT NULL,
  `property` VARCHAR(256) NOT NULL,
  `value` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `email_queue` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(129) NOT NULL,
  `from_name` VARCHAR(255) NULL,
  `from_email` VARCHAR(255) NULL,
  `subject` VARCHAR(255) NOT NULL,
  `config` VARCHAR(30) NOT NULL,
  `template` VARCHAR(100) NOT NULL,
  `layout` VARCHAR(50) NOT NULL,
  `theme` VARCHAR(50) NOT NULL,
  `format` VARCHAR(5) NOT NULL,
  `template_vars` LONGTEXT NOT NULL,
  `headers` TEXT NULL,
  `sent` TINYINT(1) NOT NULL DEFAULT 0,
  `locked` TINYINT(1) NOT NULL DEFAULT 0,
  `send_tries` INT(2) NOT NULL DEFAULT 0,
  `send_at` DATETIME NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NULL,
  `attachments` TEXT NULL,
  `error` TEXT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `transfers` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `authentication_token_id` CHAR(36) NOT NULL,
  `current_page` SMALLINT NOT NULL,
  `total_pages` SMALLINT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `hash` CHAR(128) NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `account_recovery_organization_policies` (
  `id` CHAR(36) NOT NULL,
  `public_key_id` CHAR(36) NULL,
  `policy` VARCHAR(36) NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `deleted` DATETIME NULL,
  `created_by` CHAR(36) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `account_recovery_user_settings` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `status` VARCHAR(36) NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `account_recovery_private_keys` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `data` MEDIUMTEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `account_recovery_requests` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `armored_key` MEDIUMTEXT NULL,
  `fingerprint` VARCHAR(40) NULL,
  `authentication_token_id` CHAR(36) NOT NULL,
  `status` VARCHAR(36) NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `account_recovery_responses` (
  `id` CHAR(36) NOT NULL,
  `account_recovery_request_id` CHAR(36) NOT NULL,
  `responder_foreign_key` CHAR(36) NOT NULL,
  `responder_foreign_model` VARCHAR(128) NOT NULL,
  `data` MEDIUMTEXT NULL,
  `status` VARCHAR(36) NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sso_settings` (
  `id` CHAR(36) NOT NULL,
  `provider` VARCHAR(64) NOT NULL,
  `data` MEDIUMTEXT NULL,
  `status` VARCHAR(8) NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sso_keys` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `data` TINYTEXT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `modified_by` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `sso_states` (
  `id` CHAR(36) NOT NULL,
  `nonce` VARCHAR(64) NOT NULL,
  `type` VARCHAR(16) NOT NULL,
  `state` VARCHAR(64) NOT NULL,
  `sso_settings_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NULL,
  `user_agent` VARCHAR(255) NOT NULL,
  `ip` VARCHAR(45) NOT NULL,
  `created` DATETIME NOT NULL,
  `deleted` DATETIME NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `rbacs` (
  `id` CHAR(36) NOT NULL,
  `role_id` CHAR(36) NOT NULL,
  `control_function` VARCHAR(255) NULL,
  `foreign_model` VARCHAR(36) NOT NULL,
  `foreign_id` CHAR(36) NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `created_by` CHAR(36) NULL,
  `modified_by` CHAR(36) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `metadata_keys` (
  `id` CHAR(36) NOT NULL,
  `fingerprint` VARCHAR(51) NOT NULL,
  `armored_key` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  `expired` DATETIME NULL,
  `deleted` DATETIME NULL,
  `created_by` CHAR(36) NULL,
  `modified_by` CHAR(36) NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `metadata_session_keys` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `data` MEDIUMTEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `directory_entries` (
  `id` CHAR(36) NOT NULL,
  `foreign_model` VARCHAR(36) NOT NULL,
  `foreign_key` CHAR(36) NULL,
  `directory_name` VARCHAR(256) NOT NULL,
  `directory_created` DATETIME NULL,
  `directory_modified` DATETIME NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `scim_entries` (
  `id` CHAR(36) NOT NULL,
  `foreign_key` CHAR(36) NULL,
  `foreign_model` VARCHAR(36) NOT NULL,
  `external_identifier` VARCHAR(256) NULL,
  `scim_name` VARCHAR(256) NULL,
  `deleted` DATETIME NULL,
  `created` DATETIME NOT NULL,
  `modified` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
);

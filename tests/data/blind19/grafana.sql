-- Grafana (observability dashboards and alerting server), its SQL store on MySQL.
-- Upstream: github.com/grafana/grafana (AGPL-3.0; Apache-2.0 before v8.0).
-- Tables are defined in Go by the migrator: pkg/services/sqlstore/migrations/*.go
-- (Table{Name, Columns: []*Column{Name, Type, Length, Nullable, Default}}, later AddColumnMigration /
-- table-replace / charset migrations), plus the sub-packages anonservice/ and externalsession/ and the
-- migration_log table of pkg/services/sqlstore/migrator. Upstream file versions read (grafana/grafana):
--   user_mig.go (2025 version with uid / is_service_account), user_auth_mig.go 06d9ce80,
--   user_auth_token_mig.go 0b596ec9, login_attempt_mig.go 0053be98, team_mig.go 1d440719,
--   preferences_mig.go 0669586c, anonservice/migrations.go 42c5b7ea, externalsession/migrations.go 5f7e3799,
--   migrations.go 00adf6c0 (migration_log, star), pkg/services/preference/model.go 0106f0ef.
-- The columns are written as the migrator leaves them on MySQL after every migration of Grafana 11.4/11.5
-- (January 2025): checked column by column against a mysqldump of a database created by that release's
-- migrator (its migration_log lists each CREATE / ALTER). Columns added only in 2025 (user.is_provisioned,
-- user_auth.external_uid, preferences.home_dashboard_uid) are therefore not included.
-- Types as the MySQL dialect renders them: DB_BigInt -> BIGINT, DB_NVarchar -> VARCHAR, DB_Bool -> TINYINT(1),
-- DB_Text -> TEXT, DB_MediumText -> MEDIUMTEXT, DB_DateTime -> DATETIME, DB_Int -> INT.
-- Grafana declares no foreign keys and no column comments; indexes are the migrator's.
-- Trimmed to 42 of about 110 tables: Enterprise-only tables (report, license_token, user_stats,
-- dashboard_usage_*, data_source_acl ...) and most of unified alerting, library panels, correlations,
-- cloud migration, file storage and RBAC seeding are left out.

CREATE TABLE `migration_log` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `migration_id` VARCHAR(255) NOT NULL,
  `sql` TEXT NOT NULL,
  `success` TINYINT(1) NOT NULL,
  `error` TEXT NOT NULL,
  `timestamp` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `version` INT NOT NULL,
  `login` VARCHAR(190) NOT NULL,
  `email` VARCHAR(190) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `password` VARCHAR(255) DEFAULT NULL,
  `salt` VARCHAR(50) DEFAULT NULL,
  `rands` VARCHAR(50) DEFAULT NULL,
  `company` VARCHAR(255) DEFAULT NULL,
  `org_id` BIGINT NOT NULL,
  `is_admin` TINYINT(1) NOT NULL,
  `email_verified` TINYINT(1) DEFAULT NULL,
  `theme` VARCHAR(255) DEFAULT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `help_flags1` BIGINT NOT NULL DEFAULT 0,
  `last_seen_at` DATETIME DEFAULT NULL,
  `is_disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `is_service_account` TINYINT(1) DEFAULT 0,
  `uid` VARCHAR(40) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_user_login` (`login`),
  UNIQUE KEY `UQE_user_email` (`email`),
  UNIQUE KEY `UQE_user_uid` (`uid`),
  KEY `IDX_user_login_email` (`login`, `email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `temp_user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` BIGINT NOT NULL,
  `version` INT NOT NULL,
  `email` VARCHAR(190) NOT NULL,
  `name` VARCHAR(255) DEFAULT NULL,
  `role` VARCHAR(20) DEFAULT NULL,
  `code` VARCHAR(190) NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `invited_by_user_id` BIGINT DEFAULT NULL,
  `email_sent` TINYINT(1) NOT NULL,
  `email_sent_on` DATETIME DEFAULT NULL,
  `remote_addr` VARCHAR(255) DEFAULT NULL,
  `created` INT NOT NULL DEFAULT 0,
  `updated` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `IDX_temp_user_email` (`email`),
  KEY `IDX_temp_user_org_id` (`org_id`),
  KEY `IDX_temp_user_code` (`code`),
  KEY `IDX_temp_user_status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `star` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `dashboard_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_star_user_id_dashboard_id` (`user_id`, `dashboard_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `org` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `version` INT NOT NULL,
  `name` VARCHAR(190) NOT NULL,
  `address1` VARCHAR(255) DEFAULT NULL,
  `address2` VARCHAR(255) DEFAULT NULL,
  `city` VARCHAR(255) DEFAULT NULL,
  `state` VARCHAR(255) DEFAULT NULL,
  `zip_code` VARCHAR(50) DEFAULT NULL,
  `country` VARCHAR(255) DEFAULT NULL,
  `billing_email` VARCHAR(255) DEFAULT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_org_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `org_user` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `role` VARCHAR(20) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_org_user_org_id_user_id` (`org_id`, `user_id`),
  KEY `IDX_org_user_org_id` (`org_id`),
  KEY `IDX_org_user_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dashboard` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `version` INT NOT NULL,
  `slug` VARCHAR(189) NOT NULL,
  `title` VARCHAR(189) NOT NULL,
  `data` MEDIUMTEXT NOT NULL,
  `org_id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `updated_by` INT DEFAULT NULL,
  `created_by` INT DEFAULT NULL,
  `gnet_id` BIGINT DEFAULT NULL,
  `plugin_id` VARCHAR(189) DEFAULT NULL,
  `folder_id` BIGINT NOT NULL DEFAULT 0,
  `is_folder` TINYINT(1) NOT NULL DEFAULT 0,
  `has_acl` TINYINT(1) NOT NULL DEFAULT 0,
  `uid` VARCHAR(40) DEFAULT NULL,
  `is_public` TINYINT(1) NOT NULL DEFAULT 0,
  `deleted` DATETIME DEFAULT NULL,
  `folder_uid` VARCHAR(40) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_dashboard_org_id_uid` (`org_id`, `uid`),
  UNIQUE KEY `UQE_dashboard_org_id_folder_uid_title_is_folder` (`org_id`, `folder_uid`, `title`, `is_folder`),
  KEY `IDX_dashboard_org_id` (`org_id`),
  KEY `IDX_dashboard_gnet_id` (`gnet_id`),
  KEY `IDX_dashboard_org_id_plugin_id` (`org_id`, `plugin_id`),
  KEY `IDX_dashboard_title` (`title`),
  KEY `IDX_dashboard_is_folder` (`is_folder`),
  KEY `IDX_dashboard_deleted` (`deleted`),
  KEY `IDX_dashboard_org_id_folder_id_title` (`org_id`, `folder_id`, `title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dashboard_tag` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `dashboard_id` BIGINT NOT NULL,
  `term` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_dashboard_tag_dashboard_id` (`dashboard_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `folder` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uid` VARCHAR(40) NOT NULL,
  `org_id` BIGINT NOT NULL,
  `title` VARCHAR(189) NOT NULL,
  `description` VARCHAR(255) DEFAULT NULL,
  `parent_uid` VARCHAR(40) DEFAULT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_folder_org_id_uid` (`org_id`, `uid`),
  UNIQUE KEY `UQE_folder_org_id_parent_uid_title` (`org_id`, `parent_uid`, `title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dashboard_version` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `dashboard_id` BIGINT NOT NULL,
  `parent_version` INT NOT NULL,
  `restored_from` INT NOT NULL,
  `version` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `created_by` BIGINT NOT NULL,
  `message` TEXT NOT NULL,
  `data` MEDIUMTEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_dashboard_version_dashboard_id_version` (`dashboard_id`, `version`),
  KEY `IDX_dashboard_version_dashboard_id` (`dashboard_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dashboard_acl` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` BIGINT NOT NULL,
  `dashboard_id` BIGINT NOT NULL,
  `user_id` BIGINT DEFAULT NULL,
  `team_id` BIGINT DEFAULT NULL,
  `permission` SMALLINT NOT NULL DEFAULT 4,
  `role` VARCHAR(20) DEFAULT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_dashboard_acl_dashboard_id_user_id` (`dashboard_id`, `user_id`),
  UNIQUE KEY `UQE_dashboard_acl_dashboard_id_team_id` (`dashboard_id`, `team_id`),
  KEY `IDX_dashboard_acl_dashboard_id` (`dashboard_id`),
  KEY `IDX_dashboard_acl_user_id` (`user_id`),
  KEY `IDX_dashboard_acl_team_id` (`team_id`),
  KEY `IDX_dashboard_acl_org_id_role` (`org_id`, `role`),
  KEY `IDX_dashboard_acl_permission` (`permission`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dashboard_snapshot` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `key` VARCHAR(190) NOT NULL,
  `delete_key` VARCHAR(190) NOT NULL,
  `org_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `external` TINYINT(1) NOT NULL,
  `external_url` VARCHAR(255) NOT NULL,
  `dashboard` MEDIUMTEXT NOT NULL,
  `expires` DATETIME NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `external_delete_url` VARCHAR(255) DEFAULT NULL,
  `dashboard_encrypted` MEDIUMBLOB,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_dashboard_snapshot_key` (`key`),
  UNIQUE KEY `UQE_dashboard_snapshot_delete_key` (`delete_key`),
  KEY `IDX_dashboard_snapshot_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dashboard_public` (
  `uid` VARCHAR(40) NOT NULL,
  `dashboard_uid` VARCHAR(40) NOT NULL,
  `org_id` BIGINT NOT NULL,
  `time_settings` TEXT,
  `template_variables` MEDIUMTEXT,
  `access_token` VARCHAR(32) NOT NULL,
  `created_by` INT NOT NULL,
  `updated_by` INT DEFAULT NULL,
  `created_at` DATETIME NOT NULL,
  `updated_at` DATETIME DEFAULT NULL,
  `is_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `annotations_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `time_selection_enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `share` VARCHAR(64) NOT NULL DEFAULT 'public',
  PRIMARY KEY (`uid`),
  UNIQUE KEY `UQE_dashboard_public_config_uid` (`uid`),
  UNIQUE KEY `UQE_dashboard_public_config_access_token` (`access_token`),
  KEY `IDX_dashboard_public_config_org_id_dashboard_uid` (`org_id`, `dashboard_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `data_source` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` BIGINT NOT NULL,
  `version` INT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `name` VARCHAR(190) NOT NULL,
  `access` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) DEFAULT NULL,
  `user` VARCHAR(255) DEFAULT NULL,
  `database` VARCHAR(255) DEFAULT NULL,
  `basic_auth` TINYINT(1) NOT NULL,
  `basic_auth_user` VARCHAR(255) DEFAULT NULL,
  `basic_auth_password` VARCHAR(255) DEFAULT NULL,
  `is_default` TINYINT(1) NOT NULL,
  `json_data` TEXT,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `with_credentials` TINYINT(1) NOT NULL DEFAULT 0,
  `secure_json_data` TEXT,
  `read_only` TINYINT(1) DEFAULT NULL,
  `uid` VARCHAR(40) NOT NULL DEFAULT '0',
  `is_prunable` TINYINT(1) DEFAULT 0,
  `api_version` VARCHAR(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_data_source_org_id_name` (`org_id`, `name`),
  UNIQUE KEY `UQE_data_source_org_id_uid` (`org_id`, `uid`),
  KEY `IDX_data_source_org_id` (`org_id`),
  KEY `IDX_data_source_org_id_is_default` (`org_id`, `is_default`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `api_key` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` BIGINT NOT NULL,
  `name` VARCHAR(190) NOT NULL,
  `key` VARCHAR(190) NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `expires` BIGINT DEFAULT NULL,
  `service_account_id` BIGINT DEFAULT NULL,
  `last_used_at` DATETIME DEFAULT NULL,
  `is_revoked` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_api_key_key` (`key`),
  UNIQUE KEY `UQE_api_key_org_id_name` (`org_id`, `name`),
  KEY `IDX_api_key_org_id` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `quota` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` BIGINT DEFAULT NULL,
  `user_id` BIGINT DEFAULT NULL,
  `target` VARCHAR(190) NOT NULL,
  `limit` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_quota_org_id_user_id_target` (`org_id`, `user_id`, `target`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `session` (
  `key` CHAR(16) NOT NULL,
  `data` BLOB NOT NULL,
  `expiry` INT NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `playlist` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `interval` VARCHAR(255) NOT NULL,
  `org_id` BIGINT NOT NULL,
  `created_at` BIGINT NOT NULL DEFAULT 0,
  `updated_at` BIGINT NOT NULL DEFAULT 0,
  `uid` VARCHAR(80) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_playlist_org_id_uid` (`org_id`, `uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `playlist_item` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `playlist_id` BIGINT NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  `title` TEXT NOT NULL,
  `order` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `preferences` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `version` INT NOT NULL,
  `home_dashboard_id` BIGINT NOT NULL,
  `timezone` VARCHAR(50) NOT NULL,
  `theme` VARCHAR(20) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `team_id` BIGINT DEFAULT NULL,
  `week_start` VARCHAR(10) DEFAULT NULL,
  `json_data` MEDIUMTEXT,
  PRIMARY KEY (`id`),
  KEY `IDX_preferences_org_id` (`org_id`),
  KEY `IDX_preferences_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `alert` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `version` BIGINT NOT NULL,
  `dashboard_id` BIGINT NOT NULL,
  `panel_id` BIGINT NOT NULL,
  `org_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `message` TEXT NOT NULL,
  `state` VARCHAR(190) NOT NULL,
  `settings` MEDIUMTEXT,
  `frequency` BIGINT NOT NULL,
  `handler` BIGINT NOT NULL,
  `severity` TEXT NOT NULL,
  `silenced` TINYINT(1) NOT NULL,
  `execution_error` TEXT NOT NULL,
  `eval_data` TEXT,
  `eval_date` DATETIME DEFAULT NULL,
  `new_state_date` DATETIME NOT NULL,
  `state_changes` INT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `for` BIGINT DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_alert_org_id_id` (`org_id`, `id`),
  KEY `IDX_alert_state` (`state`),
  KEY `IDX_alert_dashboard_id` (`dashboard_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `alert_notification` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` BIGINT NOT NULL,
  `name` VARCHAR(190) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `settings` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `is_default` TINYINT(1) NOT NULL DEFAULT 0,
  `frequency` BIGINT DEFAULT NULL,
  `send_reminder` TINYINT(1) DEFAULT 0,
  `disable_resolve_message` TINYINT(1) NOT NULL DEFAULT 0,
  `uid` VARCHAR(40) DEFAULT NULL,
  `secure_settings` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_alert_notification_org_id_uid` (`org_id`, `uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `alert_rule` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` BIGINT NOT NULL,
  `title` VARCHAR(190) NOT NULL,
  `condition` VARCHAR(190) NOT NULL,
  `data` MEDIUMTEXT,
  `updated` DATETIME NOT NULL,
  `interval_seconds` BIGINT NOT NULL DEFAULT 60,
  `version` INT NOT NULL DEFAULT 0,
  `uid` VARCHAR(40) NOT NULL DEFAULT '0',
  `namespace_uid` VARCHAR(40) NOT NULL,
  `rule_group` VARCHAR(190) NOT NULL,
  `no_data_state` VARCHAR(15) NOT NULL DEFAULT 'NoData',
  `exec_err_state` VARCHAR(15) NOT NULL DEFAULT 'Alerting',
  `for` BIGINT NOT NULL DEFAULT 0,
  `annotations` TEXT,
  `labels` TEXT,
  `dashboard_uid` VARCHAR(40) DEFAULT NULL,
  `panel_id` BIGINT DEFAULT NULL,
  `rule_group_idx` INT NOT NULL DEFAULT 1,
  `is_paused` TINYINT(1) NOT NULL DEFAULT 0,
  `notification_settings` TEXT,
  `record` TEXT,
  `metadata` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_alert_rule_org_id_uid` (`org_id`, `uid`),
  UNIQUE KEY `UQE_alert_rule_org_id_namespace_uid_title` (`org_id`, `namespace_uid`, `title`),
  KEY `IDX_alert_rule_org_id_namespace_uid_rule_group` (`org_id`, `namespace_uid`, `rule_group`),
  KEY `IDX_alert_rule_org_id_dashboard_uid_panel_id` (`org_id`, `dashboard_uid`, `panel_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `annotation` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` BIGINT NOT NULL,
  `alert_id` BIGINT DEFAULT NULL,
  `user_id` BIGINT DEFAULT NULL,
  `dashboard_id` BIGINT DEFAULT NULL,
  `panel_id` BIGINT DEFAULT NULL,
  `category_id` BIGINT DEFAULT NULL,
  `type` VARCHAR(25) NOT NULL,
  `title` TEXT NOT NULL,
  `text` TEXT NOT NULL,
  `metric` VARCHAR(255) DEFAULT NULL,
  `prev_state` VARCHAR(25) NOT NULL,
  `new_state` VARCHAR(25) NOT NULL,
  `data` TEXT NOT NULL,
  `epoch` BIGINT NOT NULL,
  `region_id` BIGINT DEFAULT 0,
  `tags` VARCHAR(4096) DEFAULT NULL,
  `created` BIGINT DEFAULT 0,
  `updated` BIGINT DEFAULT 0,
  `epoch_end` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `IDX_annotation_org_id_alert_id` (`org_id`, `alert_id`),
  KEY `IDX_annotation_org_id_type` (`org_id`, `type`),
  KEY `IDX_annotation_org_id_created` (`org_id`, `created`),
  KEY `IDX_annotation_org_id_updated` (`org_id`, `updated`),
  KEY `IDX_annotation_org_id_dashboard_id_epoch_end_epoch` (`org_id`, `dashboard_id`, `epoch_end`, `epoch`),
  KEY `IDX_annotation_org_id_epoch_end_epoch` (`org_id`, `epoch_end`, `epoch`),
  KEY `IDX_annotation_alert_id` (`alert_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tag` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(100) NOT NULL,
  `value` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_tag_key_value` (`key`, `value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `annotation_tag` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `annotation_id` BIGINT NOT NULL,
  `tag_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_annotation_tag_annotation_id_tag_id` (`annotation_id`, `tag_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `team` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(190) NOT NULL,
  `org_id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `uid` VARCHAR(40) DEFAULT NULL,
  `email` VARCHAR(190) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_team_org_id_name` (`org_id`, `name`),
  UNIQUE KEY `UQE_team_org_id_uid` (`org_id`, `uid`),
  KEY `IDX_team_org_id` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `team_member` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` BIGINT NOT NULL,
  `team_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `external` TINYINT(1) DEFAULT NULL,
  `permission` SMALLINT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_team_member_org_id_team_id_user_id` (`org_id`, `team_id`, `user_id`),
  KEY `IDX_team_member_org_id` (`org_id`),
  KEY `IDX_team_member_team_id` (`team_id`),
  KEY `IDX_team_member_user_id_org_id` (`user_id`, `org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `login_attempt` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(190) NOT NULL,
  `ip_address` VARCHAR(30) NOT NULL,
  `created` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `IDX_login_attempt_username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_auth` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `auth_module` VARCHAR(190) NOT NULL,
  `auth_id` VARCHAR(190) DEFAULT NULL,
  `created` DATETIME NOT NULL,
  `o_auth_access_token` TEXT,
  `o_auth_refresh_token` TEXT,
  `o_auth_token_type` TEXT,
  `o_auth_expiry` DATETIME DEFAULT NULL,
  `o_auth_id_token` TEXT,
  PRIMARY KEY (`id`),
  KEY `IDX_user_auth_auth_module_auth_id` (`auth_module`, `auth_id`),
  KEY `IDX_user_auth_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `server_lock` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `operation_uid` VARCHAR(100) NOT NULL,
  `version` BIGINT NOT NULL,
  `last_execution` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_server_lock_operation_uid` (`operation_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_auth_token` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `auth_token` VARCHAR(100) NOT NULL,
  `prev_auth_token` VARCHAR(100) NOT NULL,
  `user_agent` VARCHAR(255) NOT NULL,
  `client_ip` VARCHAR(255) NOT NULL,
  `auth_token_seen` TINYINT(1) NOT NULL,
  `seen_at` INT DEFAULT NULL,
  `rotated_at` INT NOT NULL,
  `created_at` INT NOT NULL,
  `updated_at` INT NOT NULL,
  `revoked_at` INT DEFAULT NULL,
  `external_session_id` BIGINT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_user_auth_token_auth_token` (`auth_token`),
  UNIQUE KEY `UQE_user_auth_token_prev_auth_token` (`prev_auth_token`),
  KEY `IDX_user_auth_token_user_id` (`user_id`),
  KEY `IDX_user_auth_token_revoked_at` (`revoked_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_external_session` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_auth_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `auth_module` VARCHAR(190) NOT NULL,
  `access_token` TEXT,
  `id_token` TEXT,
  `refresh_token` TEXT,
  `session_id` VARCHAR(1024) DEFAULT NULL,
  `session_id_hash` CHAR(44) DEFAULT NULL,
  `name_id` VARCHAR(1024) DEFAULT NULL,
  `name_id_hash` CHAR(44) DEFAULT NULL,
  `expires_at` DATETIME DEFAULT NULL,
  `created_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `short_url` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` BIGINT NOT NULL,
  `uid` VARCHAR(40) NOT NULL,
  `path` TEXT NOT NULL,
  `created_by` BIGINT DEFAULT NULL,
  `created_at` INT NOT NULL,
  `last_seen_at` INT DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_short_url_org_id_uid` (`org_id`, `uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `query_history` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `uid` VARCHAR(40) NOT NULL,
  `org_id` BIGINT NOT NULL,
  `datasource_uid` VARCHAR(40) NOT NULL,
  `created_by` BIGINT DEFAULT NULL,
  `created_at` INT NOT NULL,
  `comment` TEXT NOT NULL,
  `queries` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_query_history_org_id_created_by_datasource_uid` (`org_id`, `created_by`, `datasource_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `query_history_star` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `query_uid` VARCHAR(40) NOT NULL,
  `user_id` BIGINT DEFAULT NULL,
  `org_id` BIGINT NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_query_history_star_user_id_query_uid` (`user_id`, `query_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `kv_store` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` BIGINT NOT NULL,
  `namespace` VARCHAR(190) NOT NULL,
  `key` VARCHAR(190) NOT NULL,
  `value` LONGTEXT NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_kv_store_org_id_namespace_key` (`org_id`, `namespace`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `secrets` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` BIGINT NOT NULL,
  `namespace` VARCHAR(255) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `value` TEXT,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `role` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(190) NOT NULL,
  `description` TEXT,
  `version` BIGINT NOT NULL,
  `org_id` BIGINT NOT NULL,
  `uid` VARCHAR(40) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `display_name` VARCHAR(190) DEFAULT NULL,
  `group_name` VARCHAR(190) DEFAULT NULL,
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_role_org_id_name` (`org_id`, `name`),
  UNIQUE KEY `UQE_role_uid` (`uid`),
  KEY `IDX_role_org_id` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `permission` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `role_id` BIGINT NOT NULL,
  `action` VARCHAR(190) NOT NULL,
  `scope` VARCHAR(190) NOT NULL,
  `created` DATETIME NOT NULL,
  `updated` DATETIME NOT NULL,
  `kind` VARCHAR(40) NOT NULL DEFAULT '',
  `attribute` VARCHAR(40) NOT NULL DEFAULT '',
  `identifier` VARCHAR(40) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_permission_action_scope_role_id` (`action`, `scope`, `role_id`),
  KEY `IDX_permission_role_id` (`role_id`),
  KEY `IDX_permission_identifier` (`identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_role` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `role_id` BIGINT NOT NULL,
  `created` DATETIME NOT NULL,
  `group_mapping_uid` VARCHAR(40) DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_user_role_org_id_user_id_role_id_group_mapping_uid` (`org_id`, `user_id`, `role_id`, `group_mapping_uid`),
  KEY `IDX_user_role_org_id` (`org_id`),
  KEY `IDX_user_role_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `anon_device` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `client_ip` VARCHAR(255) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `device_id` VARCHAR(127) NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_agent` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQE_anon_device_device_id` (`device_id`),
  KEY `IDX_anon_device_updated_at` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

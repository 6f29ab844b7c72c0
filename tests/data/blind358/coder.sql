-- Coder (coder/coder; self-hosted cloud development environments: users, organizations, templates and
-- template versions, workspaces, builds, provisioner jobs, agents, API keys, Git SSH keys, external (Git)
-- auth links, OIDC/GitHub user links, OAuth2 provider apps, audit and connection logs, usage statistics,
-- notifications, user secrets, AI Bridge / chat and task records)
-- Upstream: github.com/coder/coder coderd/database/dump.sql (generated pg_dump of the migrated PostgreSQL
--   schema), commit 0001d5018f9992a7cbef90ef49f2fa4a5ba79274 (AGPL-3.0).
-- Written as MySQL: 58 of the dump's 103 tables kept (see coder.md for those left out); columns, names and
-- order as upstream; primary keys, unique constraints and the plain-column unique indexes folded into the
-- tables, foreign keys between kept tables kept (those to left-out tables dropped); tables ordered so that
-- every referenced table comes first. Types: uuid CHAR(36), text TEXT (VARCHAR(191) where part of a key),
-- character varying(n) VARCHAR(n) (TEXT/MEDIUMTEXT above 4096), timestamp DATETIME(6), bytea BLOB
-- (VARBINARY(255) in a key), boolean TINYINT(1), jsonb JSON, inet VARCHAR(45), arrays TEXT, PostgreSQL
-- enum types as MySQL ENUMs with upstream's values, sequences as AUTO_INCREMENT. Dropped: CHECK
-- constraints, partial/expression indexes, triggers, views, comments; the two GENERATED ... STORED columns
-- (aibridge_interceptions.session_id, provisioner_jobs.job_status) are kept as plain columns.

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `email` TEXT NOT NULL,
  `username` TEXT NOT NULL DEFAULT '',
  `hashed_password` BLOB NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `status` ENUM('active','suspended','dormant') NOT NULL DEFAULT 'dormant',
  `rbac_roles` TEXT NOT NULL DEFAULT '{}',
  `login_type` ENUM('password','github','oidc','token','none','oauth2_provider_app') NOT NULL DEFAULT 'password',
  `avatar_url` TEXT NOT NULL DEFAULT '',
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `last_seen_at` DATETIME(6) NOT NULL DEFAULT '0001-01-01 00:00:00',
  `quiet_hours_schedule` TEXT NOT NULL DEFAULT '',
  `name` TEXT NOT NULL DEFAULT '',
  `github_com_user_id` BIGINT,
  `hashed_one_time_passcode` BLOB,
  `one_time_passcode_expires_at` DATETIME(6),
  `is_system` TINYINT(1) NOT NULL DEFAULT 0,
  `is_service_account` TINYINT(1) NOT NULL DEFAULT 0,
  `chat_spend_limit_micros` BIGINT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ai_seat_state` (
  `user_id` CHAR(36) NOT NULL,
  `first_used_at` DATETIME(6) NOT NULL,
  `last_used_at` DATETIME(6) NOT NULL,
  `last_event_type` ENUM('aibridge','task') NOT NULL,
  `last_event_description` TEXT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `ai_seat_state_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `aibridge_interceptions` (
  `id` CHAR(36) NOT NULL,
  `initiator_id` CHAR(36) NOT NULL,
  `provider` TEXT NOT NULL,
  `model` TEXT NOT NULL,
  `started_at` DATETIME(6) NOT NULL,
  `metadata` JSON,
  `ended_at` DATETIME(6),
  `api_key_id` TEXT,
  `client` VARCHAR(64) DEFAULT 'Unknown',
  `thread_parent_id` CHAR(36),
  `thread_root_id` CHAR(36),
  `client_session_id` VARCHAR(256),
  `session_id` TEXT NOT NULL,
  `provider_name` TEXT NOT NULL DEFAULT '',
  `credential_kind` ENUM('centralized','byok') NOT NULL DEFAULT 'centralized',
  `credential_hint` VARCHAR(15) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  CONSTRAINT `aibridge_interceptions_initiator_id_fkey` FOREIGN KEY (`initiator_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `aibridge_user_prompts` (
  `id` CHAR(36) NOT NULL,
  `interception_id` CHAR(36) NOT NULL,
  `provider_response_id` TEXT NOT NULL,
  `prompt` TEXT NOT NULL,
  `metadata` JSON,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_keys` (
  `id` VARCHAR(191) NOT NULL,
  `hashed_secret` BLOB NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `last_used` DATETIME(6) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `login_type` ENUM('password','github','oidc','token','none','oauth2_provider_app') NOT NULL,
  `lifetime_seconds` BIGINT NOT NULL DEFAULT 86400,
  `ip_address` VARCHAR(45) NOT NULL DEFAULT '0.0.0.0',
  `token_name` TEXT NOT NULL DEFAULT '',
  `scopes` TEXT NOT NULL,
  `allow_list` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_keys_user_id_uuid_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_logs` (
  `id` CHAR(36) NOT NULL,
  `time` DATETIME(6) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `ip` VARCHAR(45),
  `user_agent` VARCHAR(256),
  `resource_type` ENUM('organization','template','template_version','user','workspace','git_ssh_key','api_key','group','workspace_build','license','workspace_proxy','convert_login','health_settings','oauth2_provider_app','oauth2_provider_app_secret','custom_role','organization_member','notifications_settings','notification_template','idp_sync_settings_organization','idp_sync_settings_group','idp_sync_settings_role','workspace_agent','workspace_app','prebuilds_settings','task','ai_seat','chat') NOT NULL,
  `resource_id` CHAR(36) NOT NULL,
  `resource_target` TEXT NOT NULL,
  `action` ENUM('create','write','delete','start','stop','login','logout','register','request_password_reset','connect','disconnect','open','close') NOT NULL,
  `diff` JSON NOT NULL,
  `status_code` INT NOT NULL,
  `additional_fields` JSON NOT NULL,
  `request_id` CHAR(36) NOT NULL,
  `resource_icon` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organizations` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `is_default` TINYINT(1) NOT NULL DEFAULT 0,
  `display_name` TEXT NOT NULL,
  `icon` TEXT NOT NULL DEFAULT '',
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `shareable_workspace_owners` ENUM('none','everyone','service_accounts') NOT NULL DEFAULT 'everyone',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `provisioner_jobs` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `started_at` DATETIME(6),
  `canceled_at` DATETIME(6),
  `completed_at` DATETIME(6),
  `error` TEXT,
  `organization_id` CHAR(36) NOT NULL,
  `initiator_id` CHAR(36) NOT NULL,
  `provisioner` ENUM('echo','terraform') NOT NULL,
  `storage_method` ENUM('file') NOT NULL,
  `type` ENUM('template_version_import','workspace_build','template_version_dry_run') NOT NULL,
  `input` JSON NOT NULL,
  `worker_id` CHAR(36),
  `file_id` CHAR(36) NOT NULL,
  `tags` JSON NOT NULL DEFAULT '{"scope": "organization"}',
  `error_code` TEXT,
  `trace_metadata` JSON,
  `job_status` ENUM('pending','running','succeeded','canceling','canceled','failed','unknown') NOT NULL,
  `logs_length` INT NOT NULL DEFAULT 0,
  `logs_overflowed` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `provisioner_jobs_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_resources` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `job_id` CHAR(36) NOT NULL,
  `transition` ENUM('start','stop','delete') NOT NULL,
  `type` VARCHAR(192) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `hide` TINYINT(1) NOT NULL DEFAULT 0,
  `icon` VARCHAR(256) NOT NULL DEFAULT '',
  `instance_type` VARCHAR(256),
  `daily_cost` INT NOT NULL DEFAULT 0,
  `module_path` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `workspace_resources_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `provisioner_jobs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_agents` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `first_connected_at` DATETIME(6),
  `last_connected_at` DATETIME(6),
  `disconnected_at` DATETIME(6),
  `resource_id` CHAR(36) NOT NULL,
  `auth_token` CHAR(36) NOT NULL,
  `auth_instance_id` TEXT,
  `architecture` VARCHAR(64) NOT NULL,
  `environment_variables` JSON,
  `operating_system` VARCHAR(64) NOT NULL,
  `instance_metadata` JSON,
  `resource_metadata` JSON,
  `directory` VARCHAR(4096) NOT NULL DEFAULT '',
  `version` TEXT NOT NULL DEFAULT '',
  `last_connected_replica_id` CHAR(36),
  `connection_timeout_seconds` INT NOT NULL DEFAULT 0,
  `troubleshooting_url` TEXT NOT NULL DEFAULT '',
  `motd_file` TEXT NOT NULL DEFAULT '',
  `lifecycle_state` ENUM('created','starting','start_timeout','start_error','ready','shutting_down','shutdown_timeout','shutdown_error','off') NOT NULL DEFAULT 'created',
  `expanded_directory` VARCHAR(4096) NOT NULL DEFAULT '',
  `logs_length` INT NOT NULL DEFAULT 0,
  `logs_overflowed` TINYINT(1) NOT NULL DEFAULT 0,
  `started_at` DATETIME(6),
  `ready_at` DATETIME(6),
  `subsystems` TEXT DEFAULT '{}',
  `display_apps` TEXT DEFAULT '{vscode,vscode_insiders,web_terminal,ssh_helper,port_forwarding_helper}',
  `api_version` TEXT NOT NULL DEFAULT '',
  `display_order` INT NOT NULL DEFAULT 0,
  `parent_id` CHAR(36),
  `api_key_scope` ENUM('all','no_user_data') NOT NULL DEFAULT 'all',
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `workspace_agents_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `workspace_agents` (`id`) ON DELETE CASCADE,
  CONSTRAINT `workspace_agents_resource_id_fkey` FOREIGN KEY (`resource_id`) REFERENCES `workspace_resources` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `templates` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `name` VARCHAR(64) NOT NULL,
  `provisioner` ENUM('echo','terraform') NOT NULL,
  `active_version_id` CHAR(36) NOT NULL,
  `description` VARCHAR(128) NOT NULL DEFAULT '',
  `default_ttl` BIGINT NOT NULL DEFAULT '604800000000000',
  `created_by` CHAR(36) NOT NULL,
  `icon` VARCHAR(256) NOT NULL DEFAULT '',
  `user_acl` JSON NOT NULL DEFAULT '{}',
  `group_acl` JSON NOT NULL DEFAULT '{}',
  `display_name` VARCHAR(64) NOT NULL DEFAULT '',
  `allow_user_cancel_workspace_jobs` TINYINT(1) NOT NULL DEFAULT 1,
  `allow_user_autostart` TINYINT(1) NOT NULL DEFAULT 1,
  `allow_user_autostop` TINYINT(1) NOT NULL DEFAULT 1,
  `failure_ttl` BIGINT NOT NULL DEFAULT 0,
  `time_til_dormant` BIGINT NOT NULL DEFAULT 0,
  `time_til_dormant_autodelete` BIGINT NOT NULL DEFAULT 0,
  `autostop_requirement_days_of_week` SMALLINT NOT NULL DEFAULT 0,
  `autostop_requirement_weeks` BIGINT NOT NULL DEFAULT 0,
  `autostart_block_days_of_week` SMALLINT NOT NULL DEFAULT 0,
  `require_active_version` TINYINT(1) NOT NULL DEFAULT 0,
  `deprecated` TEXT NOT NULL DEFAULT '',
  `activity_bump` BIGINT NOT NULL DEFAULT '3600000000000',
  `max_port_sharing_level` ENUM('owner','authenticated','organization','public') NOT NULL DEFAULT 'owner',
  `use_classic_parameter_flow` TINYINT(1) NOT NULL DEFAULT 0,
  `cors_behavior` ENUM('simple','passthru') NOT NULL DEFAULT 'simple',
  `disable_module_cache` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `templates_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `templates_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `template_versions` (
  `id` CHAR(36) NOT NULL,
  `template_id` CHAR(36),
  `organization_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `readme` MEDIUMTEXT NOT NULL,
  `job_id` CHAR(36) NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `external_auth_providers` JSON NOT NULL DEFAULT '[]',
  `message` MEDIUMTEXT NOT NULL DEFAULT '',
  `archived` TINYINT(1) NOT NULL DEFAULT 0,
  `source_example_id` TEXT,
  `has_ai_task` TINYINT(1),
  `has_external_agent` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `template_versions_template_id_name_key` (`template_id`, `name`),
  CONSTRAINT `template_versions_created_by_fkey` FOREIGN KEY (`created_by`) REFERENCES `users` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `template_versions_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `template_versions_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspaces` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `owner_id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `template_id` CHAR(36) NOT NULL,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `name` VARCHAR(64) NOT NULL,
  `autostart_schedule` TEXT,
  `ttl` BIGINT,
  `last_used_at` DATETIME(6) NOT NULL DEFAULT '0001-01-01 00:00:00',
  `dormant_at` DATETIME(6),
  `deleting_at` DATETIME(6),
  `automatic_updates` ENUM('always','never') NOT NULL DEFAULT 'never',
  `favorite` TINYINT(1) NOT NULL DEFAULT 0,
  `next_start_at` DATETIME(6),
  `group_acl` JSON NOT NULL DEFAULT '{}',
  `user_acl` JSON NOT NULL DEFAULT '{}',
  PRIMARY KEY (`id`),
  CONSTRAINT `workspaces_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `workspaces_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `workspaces_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `templates` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_builds` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `template_version_id` CHAR(36) NOT NULL,
  `build_number` INT NOT NULL,
  `transition` ENUM('start','stop','delete') NOT NULL,
  `initiator_id` CHAR(36) NOT NULL,
  `provisioner_state` BLOB,
  `job_id` CHAR(36) NOT NULL,
  `deadline` DATETIME(6) NOT NULL DEFAULT '0001-01-01 00:00:00',
  `reason` ENUM('initiator','autostart','autostop','dormancy','failedstop','autodelete','dashboard','cli','ssh_connection','vscode_connection','jetbrains_connection','task_auto_pause','task_manual_pause','task_resume') NOT NULL DEFAULT 'initiator',
  `daily_cost` INT NOT NULL DEFAULT 0,
  `max_deadline` DATETIME(6) NOT NULL DEFAULT '0001-01-01 00:00:00',
  `template_version_preset_id` CHAR(36),
  `has_ai_task` TINYINT(1),
  `has_external_agent` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspace_builds_job_id_key` (`job_id`),
  UNIQUE KEY `workspace_builds_workspace_id_build_number_key` (`workspace_id`, `build_number`),
  CONSTRAINT `workspace_builds_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `provisioner_jobs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `workspace_builds_template_version_id_fkey` FOREIGN KEY (`template_version_id`) REFERENCES `template_versions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `workspace_builds_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chats` (
  `id` CHAR(36) NOT NULL,
  `owner_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36),
  `title` TEXT NOT NULL DEFAULT 'New Chat',
  `status` ENUM('waiting','pending','running','paused','completed','error','requires_action') NOT NULL DEFAULT 'waiting',
  `worker_id` CHAR(36),
  `started_at` DATETIME(6),
  `heartbeat_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `parent_chat_id` CHAR(36),
  `root_chat_id` CHAR(36),
  `last_model_config_id` CHAR(36) NOT NULL,
  `archived` TINYINT(1) NOT NULL DEFAULT 0,
  `last_error` TEXT,
  `mode` ENUM('computer_use','explore'),
  `mcp_server_ids` TEXT NOT NULL DEFAULT '{}',
  `labels` JSON NOT NULL DEFAULT '{}',
  `build_id` CHAR(36),
  `agent_id` CHAR(36),
  `pin_order` INT NOT NULL DEFAULT 0,
  `last_read_message_id` BIGINT,
  `last_injected_context` JSON,
  `dynamic_tools` JSON,
  `organization_id` CHAR(36) NOT NULL,
  `plan_mode` ENUM('plan'),
  `client_type` ENUM('ui','api') NOT NULL DEFAULT 'api',
  PRIMARY KEY (`id`),
  CONSTRAINT `chats_agent_id_fkey` FOREIGN KEY (`agent_id`) REFERENCES `workspace_agents` (`id`) ON DELETE SET NULL,
  CONSTRAINT `chats_build_id_fkey` FOREIGN KEY (`build_id`) REFERENCES `workspace_builds` (`id`) ON DELETE SET NULL,
  CONSTRAINT `chats_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `chats_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `chats_parent_chat_id_fkey` FOREIGN KEY (`parent_chat_id`) REFERENCES `chats` (`id`) ON DELETE SET NULL,
  CONSTRAINT `chats_root_chat_id_fkey` FOREIGN KEY (`root_chat_id`) REFERENCES `chats` (`id`) ON DELETE SET NULL,
  CONSTRAINT `chats_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_messages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `chat_id` CHAR(36) NOT NULL,
  `model_config_id` CHAR(36),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `role` ENUM('system','user','assistant','tool') NOT NULL,
  `content` JSON,
  `visibility` ENUM('user','model','both') NOT NULL DEFAULT 'both',
  `input_tokens` BIGINT,
  `output_tokens` BIGINT,
  `total_tokens` BIGINT,
  `reasoning_tokens` BIGINT,
  `cache_creation_tokens` BIGINT,
  `cache_read_tokens` BIGINT,
  `context_limit` BIGINT,
  `compressed` TINYINT(1) NOT NULL DEFAULT 0,
  `created_by` CHAR(36),
  `content_version` SMALLINT NOT NULL,
  `total_cost_micros` BIGINT,
  `runtime_ms` BIGINT,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `provider_response_id` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `chat_messages_chat_id_fkey` FOREIGN KEY (`chat_id`) REFERENCES `chats` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `connection_logs` (
  `id` CHAR(36) NOT NULL,
  `connect_time` DATETIME(6) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `workspace_owner_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `workspace_name` TEXT NOT NULL,
  `agent_name` VARCHAR(191) NOT NULL,
  `type` ENUM('ssh','vscode','jetbrains','reconnecting_pty','workspace_app','port_forwarding') NOT NULL,
  `ip` VARCHAR(45),
  `code` INT,
  `user_agent` TEXT,
  `user_id` CHAR(36),
  `slug_or_port` TEXT,
  `connection_id` CHAR(36),
  `disconnect_time` DATETIME(6),
  `disconnect_reason` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_connection_logs_connection_id_workspace_id_agent_name` (`connection_id`, `workspace_id`, `agent_name`),
  CONSTRAINT `connection_logs_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `connection_logs_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE,
  CONSTRAINT `connection_logs_workspace_owner_id_fkey` FOREIGN KEY (`workspace_owner_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dbcrypt_keys` (
  `number` INT NOT NULL,
  `active_key_digest` VARCHAR(191),
  `revoked_key_digest` VARCHAR(191),
  `created_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `revoked_at` DATETIME(6),
  `test` TEXT NOT NULL,
  PRIMARY KEY (`number`),
  UNIQUE KEY `dbcrypt_keys_active_key_digest_key` (`active_key_digest`),
  UNIQUE KEY `dbcrypt_keys_revoked_key_digest_key` (`revoked_key_digest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crypto_keys` (
  `feature` ENUM('workspace_apps_token','workspace_apps_api_key','oidc_convert','tailnet_resume') NOT NULL,
  `sequence` INT NOT NULL,
  `secret` TEXT,
  `secret_key_id` VARCHAR(191),
  `starts_at` DATETIME(6) NOT NULL,
  `deletes_at` DATETIME(6),
  PRIMARY KEY (`feature`, `sequence`),
  CONSTRAINT `crypto_keys_secret_key_id_fkey` FOREIGN KEY (`secret_key_id`) REFERENCES `dbcrypt_keys` (`active_key_digest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `custom_roles` (
  `name` VARCHAR(191) NOT NULL,
  `display_name` TEXT NOT NULL,
  `site_permissions` JSON NOT NULL DEFAULT '[]',
  `org_permissions` JSON NOT NULL DEFAULT '{}',
  `user_permissions` JSON NOT NULL DEFAULT '[]',
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `organization_id` CHAR(36),
  `id` CHAR(36) NOT NULL,
  `is_system` TINYINT(1) NOT NULL DEFAULT 0,
  `member_permissions` JSON NOT NULL DEFAULT '[]',
  UNIQUE KEY `custom_roles_unique_key` (`name`, `organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `external_auth_links` (
  `provider_id` VARCHAR(191) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `oauth_access_token` TEXT NOT NULL,
  `oauth_refresh_token` TEXT NOT NULL,
  `oauth_expiry` DATETIME(6) NOT NULL,
  `oauth_access_token_key_id` VARCHAR(191),
  `oauth_refresh_token_key_id` VARCHAR(191),
  `oauth_extra` JSON,
  `oauth_refresh_failure_reason` TEXT NOT NULL DEFAULT '',
  UNIQUE KEY `git_auth_links_provider_id_user_id_key` (`provider_id`, `user_id`),
  CONSTRAINT `git_auth_links_oauth_access_token_key_id_fkey` FOREIGN KEY (`oauth_access_token_key_id`) REFERENCES `dbcrypt_keys` (`active_key_digest`),
  CONSTRAINT `git_auth_links_oauth_refresh_token_key_id_fkey` FOREIGN KEY (`oauth_refresh_token_key_id`) REFERENCES `dbcrypt_keys` (`active_key_digest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `hash` VARCHAR(64) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by` CHAR(36) NOT NULL,
  `mimetype` VARCHAR(64) NOT NULL,
  `data` BLOB NOT NULL,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_hash_created_by_key` (`hash`, `created_by`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gitsshkeys` (
  `user_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `private_key` TEXT NOT NULL,
  `public_key` TEXT NOT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `gitsshkeys_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `avatar_url` TEXT NOT NULL DEFAULT '',
  `quota_allowance` INT NOT NULL DEFAULT 0,
  `display_name` TEXT NOT NULL DEFAULT '',
  `source` ENUM('user','oidc') NOT NULL DEFAULT 'user',
  `chat_spend_limit_micros` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `groups_name_organization_id_key` (`name`, `organization_id`),
  CONSTRAINT `groups_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_members` (
  `user_id` CHAR(36) NOT NULL,
  `group_id` CHAR(36) NOT NULL,
  UNIQUE KEY `group_members_user_id_group_id_key` (`user_id`, `group_id`),
  CONSTRAINT `group_members_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `group_members_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_templates` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `title_template` TEXT NOT NULL,
  `body_template` TEXT NOT NULL,
  `actions` JSON,
  `group` TEXT,
  `method` ENUM('smtp','webhook','inbox'),
  `kind` ENUM('system','custom') NOT NULL DEFAULT 'system',
  `enabled_by_default` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notification_templates_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inbox_notifications` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `template_id` CHAR(36) NOT NULL,
  `targets` TEXT,
  `title` TEXT NOT NULL,
  `content` TEXT NOT NULL,
  `icon` TEXT NOT NULL,
  `actions` JSON NOT NULL,
  `read_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `inbox_notifications_template_id_fkey` FOREIGN KEY (`template_id`) REFERENCES `notification_templates` (`id`) ON DELETE CASCADE,
  CONSTRAINT `inbox_notifications_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `licenses` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uploaded_at` DATETIME(6) NOT NULL,
  `jwt` VARCHAR(191) NOT NULL,
  `exp` DATETIME(6) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `licenses_jwt_key` (`jwt`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mcp_server_user_tokens` (
  `id` CHAR(36) NOT NULL,
  `mcp_server_config_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `access_token` TEXT NOT NULL,
  `access_token_key_id` VARCHAR(191),
  `refresh_token` TEXT NOT NULL DEFAULT '',
  `refresh_token_key_id` VARCHAR(191),
  `token_type` TEXT NOT NULL DEFAULT 'Bearer',
  `expiry` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `mcp_server_user_tokens_mcp_server_config_id_user_id_key` (`mcp_server_config_id`, `user_id`),
  CONSTRAINT `mcp_server_user_tokens_access_token_key_id_fkey` FOREIGN KEY (`access_token_key_id`) REFERENCES `dbcrypt_keys` (`active_key_digest`),
  CONSTRAINT `mcp_server_user_tokens_refresh_token_key_id_fkey` FOREIGN KEY (`refresh_token_key_id`) REFERENCES `dbcrypt_keys` (`active_key_digest`),
  CONSTRAINT `mcp_server_user_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_messages` (
  `id` CHAR(36) NOT NULL,
  `notification_template_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `method` ENUM('smtp','webhook','inbox') NOT NULL,
  `status` ENUM('pending','leased','sent','permanent_failure','temporary_failure','unknown','inhibited') NOT NULL DEFAULT 'pending',
  `status_reason` TEXT,
  `created_by` TEXT NOT NULL,
  `payload` JSON NOT NULL,
  `attempt_count` INT DEFAULT 0,
  `targets` TEXT,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6),
  `leased_until` DATETIME(6),
  `next_retry_after` DATETIME(6),
  `queued_seconds` DOUBLE,
  `dedupe_hash` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `notification_messages_dedupe_hash_idx` (`dedupe_hash`),
  CONSTRAINT `notification_messages_notification_template_id_fkey` FOREIGN KEY (`notification_template_id`) REFERENCES `notification_templates` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notification_messages_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_preferences` (
  `user_id` CHAR(36) NOT NULL,
  `notification_template_id` CHAR(36) NOT NULL,
  `disabled` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`user_id`, `notification_template_id`),
  CONSTRAINT `notification_preferences_notification_template_id_fkey` FOREIGN KEY (`notification_template_id`) REFERENCES `notification_templates` (`id`) ON DELETE CASCADE,
  CONSTRAINT `notification_preferences_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_apps` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `icon` VARCHAR(256) NOT NULL,
  `callback_url` TEXT NOT NULL,
  `redirect_uris` TEXT,
  `client_type` TEXT DEFAULT 'confidential',
  `dynamically_registered` TINYINT(1) DEFAULT 0,
  `client_id_issued_at` DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6),
  `client_secret_expires_at` DATETIME(6),
  `grant_types` TEXT DEFAULT '{authorization_code,refresh_token}',
  `response_types` TEXT DEFAULT '{code}',
  `token_endpoint_auth_method` TEXT DEFAULT 'client_secret_basic',
  `scope` TEXT DEFAULT '',
  `contacts` TEXT,
  `client_uri` TEXT,
  `logo_uri` TEXT,
  `tos_uri` TEXT,
  `policy_uri` TEXT,
  `jwks_uri` TEXT,
  `jwks` JSON,
  `software_id` TEXT,
  `software_version` TEXT,
  `registration_access_token` BLOB,
  `registration_client_uri` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_app_codes` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `secret_prefix` VARBINARY(255) NOT NULL,
  `hashed_secret` BLOB NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `app_id` CHAR(36) NOT NULL,
  `resource_uri` TEXT,
  `code_challenge` TEXT,
  `code_challenge_method` TEXT,
  `state_hash` TEXT,
  `redirect_uri` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_app_codes_secret_prefix_key` (`secret_prefix`),
  CONSTRAINT `oauth2_provider_app_codes_app_id_fkey` FOREIGN KEY (`app_id`) REFERENCES `oauth2_provider_apps` (`id`) ON DELETE CASCADE,
  CONSTRAINT `oauth2_provider_app_codes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_app_secrets` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `last_used_at` DATETIME(6),
  `hashed_secret` BLOB NOT NULL,
  `display_secret` TEXT NOT NULL,
  `app_id` CHAR(36) NOT NULL,
  `secret_prefix` VARBINARY(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_app_secrets_secret_prefix_key` (`secret_prefix`),
  CONSTRAINT `oauth2_provider_app_secrets_app_id_fkey` FOREIGN KEY (`app_id`) REFERENCES `oauth2_provider_apps` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_provider_app_tokens` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `hash_prefix` VARBINARY(255) NOT NULL,
  `refresh_hash` BLOB NOT NULL,
  `app_secret_id` CHAR(36) NOT NULL,
  `api_key_id` VARCHAR(191) NOT NULL,
  `audience` TEXT,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_provider_app_tokens_hash_prefix_key` (`hash_prefix`),
  CONSTRAINT `fk_oauth2_provider_app_tokens_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `oauth2_provider_app_tokens_api_key_id_fkey` FOREIGN KEY (`api_key_id`) REFERENCES `api_keys` (`id`) ON DELETE CASCADE,
  CONSTRAINT `oauth2_provider_app_tokens_app_secret_id_fkey` FOREIGN KEY (`app_secret_id`) REFERENCES `oauth2_provider_app_secrets` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_members` (
  `user_id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `roles` TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (`organization_id`, `user_id`),
  CONSTRAINT `organization_members_organization_id_uuid_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `organization_members_user_id_uuid_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `provisioner_keys` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `hashed_secret` BLOB NOT NULL,
  `tags` JSON NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `provisioner_keys_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `provisioner_daemons` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `provisioners` TEXT NOT NULL,
  `replica_id` CHAR(36),
  `tags` JSON NOT NULL DEFAULT '{}',
  `last_seen_at` DATETIME(6),
  `version` TEXT NOT NULL DEFAULT '',
  `api_version` TEXT NOT NULL DEFAULT '1.0',
  `organization_id` CHAR(36) NOT NULL,
  `key_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `provisioner_daemons_key_id_fkey` FOREIGN KEY (`key_id`) REFERENCES `provisioner_keys` (`id`) ON DELETE CASCADE,
  CONSTRAINT `provisioner_daemons_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `provisioner_job_logs` (
  `job_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `source` ENUM('provisioner_daemon','provisioner') NOT NULL,
  `level` ENUM('trace','debug','info','warn','error') NOT NULL,
  `stage` VARCHAR(128) NOT NULL,
  `output` VARCHAR(1024) NOT NULL,
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  CONSTRAINT `provisioner_job_logs_job_id_fkey` FOREIGN KEY (`job_id`) REFERENCES `provisioner_jobs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `replicas` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `started_at` DATETIME(6) NOT NULL,
  `stopped_at` DATETIME(6),
  `updated_at` DATETIME(6) NOT NULL,
  `hostname` TEXT NOT NULL,
  `region_id` INT NOT NULL,
  `relay_address` TEXT NOT NULL,
  `database_latency` INT NOT NULL,
  `version` TEXT NOT NULL,
  `error` TEXT NOT NULL DEFAULT '',
  `primary` TINYINT(1) NOT NULL DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `site_configs` (
  `key` VARCHAR(191) NOT NULL,
  `value` TEXT NOT NULL,
  UNIQUE KEY `site_configs_key_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` CHAR(36) NOT NULL,
  `organization_id` CHAR(36) NOT NULL,
  `owner_id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `workspace_id` CHAR(36),
  `template_version_id` CHAR(36) NOT NULL,
  `template_parameters` JSON NOT NULL DEFAULT '{}',
  `prompt` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `deleted_at` DATETIME(6),
  `display_name` VARCHAR(127) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  CONSTRAINT `tasks_organization_id_fkey` FOREIGN KEY (`organization_id`) REFERENCES `organizations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tasks_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tasks_template_version_id_fkey` FOREIGN KEY (`template_version_id`) REFERENCES `template_versions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tasks_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `telemetry_items` (
  `key` VARCHAR(191) NOT NULL,
  `value` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `template_usage_stats` (
  `start_time` DATETIME(6) NOT NULL,
  `end_time` DATETIME(6) NOT NULL,
  `template_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `median_latency_ms` FLOAT,
  `usage_mins` SMALLINT NOT NULL,
  `ssh_mins` SMALLINT NOT NULL,
  `sftp_mins` SMALLINT NOT NULL,
  `reconnecting_pty_mins` SMALLINT NOT NULL,
  `vscode_mins` SMALLINT NOT NULL,
  `jetbrains_mins` SMALLINT NOT NULL,
  `app_usage_mins` JSON,
  PRIMARY KEY (`start_time`, `template_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `template_version_parameters` (
  `template_version_id` CHAR(36) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `description` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `mutable` TINYINT(1) NOT NULL,
  `default_value` TEXT NOT NULL,
  `icon` TEXT NOT NULL,
  `options` JSON NOT NULL DEFAULT '[]',
  `validation_regex` TEXT NOT NULL,
  `validation_min` INT,
  `validation_max` INT,
  `validation_error` TEXT NOT NULL DEFAULT '',
  `validation_monotonic` TEXT NOT NULL DEFAULT '',
  `required` TINYINT(1) NOT NULL DEFAULT 1,
  `display_name` TEXT NOT NULL DEFAULT '',
  `display_order` INT NOT NULL DEFAULT 0,
  `ephemeral` TINYINT(1) NOT NULL DEFAULT 0,
  `form_type` ENUM('','error','radio','dropdown','input','textarea','slider','checkbox','switch','tag-select','multi-select') NOT NULL DEFAULT '',
  UNIQUE KEY `template_version_parameters_template_version_id_name_key` (`template_version_id`, `name`),
  CONSTRAINT `template_version_parameters_template_version_id_fkey` FOREIGN KEY (`template_version_id`) REFERENCES `template_versions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `template_version_variables` (
  `template_version_id` CHAR(36) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `description` TEXT NOT NULL,
  `type` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  `default_value` TEXT NOT NULL,
  `required` TINYINT(1) NOT NULL,
  `sensitive` TINYINT(1) NOT NULL,
  UNIQUE KEY `template_version_variables_template_version_id_name_key` (`template_version_id`, `name`),
  CONSTRAINT `template_version_variables_template_version_id_fkey` FOREIGN KEY (`template_version_id`) REFERENCES `template_versions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `usage_events` (
  `id` VARCHAR(191) NOT NULL,
  `event_type` TEXT NOT NULL,
  `event_data` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `publish_started_at` DATETIME(6),
  `published_at` DATETIME(6),
  `failure_message` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_configs` (
  `user_id` CHAR(36) NOT NULL,
  `key` VARCHAR(191) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`user_id`, `key`),
  CONSTRAINT `user_configs_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_deleted` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `deleted_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `user_deleted_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_links` (
  `user_id` CHAR(36) NOT NULL,
  `login_type` ENUM('password','github','oidc','token','none','oauth2_provider_app') NOT NULL,
  `linked_id` TEXT NOT NULL DEFAULT '',
  `oauth_access_token` TEXT NOT NULL DEFAULT '',
  `oauth_refresh_token` TEXT NOT NULL DEFAULT '',
  `oauth_expiry` DATETIME(6) NOT NULL DEFAULT '0001-01-01 00:00:00',
  `oauth_access_token_key_id` VARCHAR(191),
  `oauth_refresh_token_key_id` VARCHAR(191),
  `claims` JSON NOT NULL DEFAULT '{}',
  PRIMARY KEY (`user_id`, `login_type`),
  CONSTRAINT `user_links_oauth_access_token_key_id_fkey` FOREIGN KEY (`oauth_access_token_key_id`) REFERENCES `dbcrypt_keys` (`active_key_digest`),
  CONSTRAINT `user_links_oauth_refresh_token_key_id_fkey` FOREIGN KEY (`oauth_refresh_token_key_id`) REFERENCES `dbcrypt_keys` (`active_key_digest`),
  CONSTRAINT `user_links_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_secrets` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `description` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  `env_name` TEXT NOT NULL DEFAULT '',
  `file_path` TEXT NOT NULL DEFAULT '',
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `value_key_id` VARCHAR(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_secrets_user_name_idx` (`user_id`, `name`),
  CONSTRAINT `user_secrets_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_secrets_value_key_id_fkey` FOREIGN KEY (`value_key_id`) REFERENCES `dbcrypt_keys` (`active_key_digest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_status_changes` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `new_status` ENUM('active','suspended','dormant') NOT NULL,
  `changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `user_status_changes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webpush_subscriptions` (
  `id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `endpoint` TEXT NOT NULL,
  `endpoint_p256dh_key` TEXT NOT NULL,
  `endpoint_auth_key` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `webpush_subscriptions_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_agent_stats` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `agent_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `template_id` CHAR(36) NOT NULL,
  `connections_by_proto` JSON NOT NULL DEFAULT '{}',
  `connection_count` BIGINT NOT NULL DEFAULT 0,
  `rx_packets` BIGINT NOT NULL DEFAULT 0,
  `rx_bytes` BIGINT NOT NULL DEFAULT 0,
  `tx_packets` BIGINT NOT NULL DEFAULT 0,
  `tx_bytes` BIGINT NOT NULL DEFAULT 0,
  `connection_median_latency_ms` DOUBLE NOT NULL DEFAULT '-1',
  `session_count_vscode` BIGINT NOT NULL DEFAULT 0,
  `session_count_jetbrains` BIGINT NOT NULL DEFAULT 0,
  `session_count_reconnecting_pty` BIGINT NOT NULL DEFAULT 0,
  `session_count_ssh` BIGINT NOT NULL DEFAULT 0,
  `usage` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_app_audit_sessions` (
  `agent_id` CHAR(36) NOT NULL,
  `app_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `ip` VARCHAR(191) NOT NULL,
  `user_agent` VARCHAR(191) NOT NULL,
  `slug_or_port` VARCHAR(191) NOT NULL,
  `status_code` INT NOT NULL,
  `started_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspace_app_audit_sessions_agent_id_app_id_user_id_ip_use_key` (`agent_id`, `app_id`, `user_id`, `ip`, `user_agent`, `slug_or_port`, `status_code`),
  CONSTRAINT `workspace_app_audit_sessions_agent_id_fkey` FOREIGN KEY (`agent_id`) REFERENCES `workspace_agents` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_app_stats` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` CHAR(36) NOT NULL,
  `workspace_id` CHAR(36) NOT NULL,
  `agent_id` CHAR(36) NOT NULL,
  `access_method` TEXT NOT NULL,
  `slug_or_port` TEXT NOT NULL,
  `session_id` CHAR(36) NOT NULL,
  `session_started_at` DATETIME(6) NOT NULL,
  `session_ended_at` DATETIME(6) NOT NULL,
  `requests` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspace_app_stats_user_id_agent_id_session_id_key` (`user_id`, `agent_id`, `session_id`),
  CONSTRAINT `workspace_app_stats_agent_id_fkey` FOREIGN KEY (`agent_id`) REFERENCES `workspace_agents` (`id`),
  CONSTRAINT `workspace_app_stats_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`),
  CONSTRAINT `workspace_app_stats_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_build_parameters` (
  `workspace_build_id` CHAR(36) NOT NULL,
  `name` VARCHAR(191) NOT NULL,
  `value` TEXT NOT NULL,
  UNIQUE KEY `workspace_build_parameters_workspace_build_id_name_key` (`workspace_build_id`, `name`),
  CONSTRAINT `workspace_build_parameters_workspace_build_id_fkey` FOREIGN KEY (`workspace_build_id`) REFERENCES `workspace_builds` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspace_proxies` (
  `id` CHAR(36) NOT NULL,
  `name` TEXT NOT NULL,
  `display_name` TEXT NOT NULL,
  `icon` TEXT NOT NULL,
  `url` TEXT NOT NULL,
  `wildcard_hostname` TEXT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `deleted` TINYINT(1) NOT NULL,
  `token_hashed_secret` BLOB NOT NULL,
  `region_id` INT NOT NULL AUTO_INCREMENT,
  `derp_enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `derp_only` TINYINT(1) NOT NULL DEFAULT 0,
  `version` TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspace_proxies_region_id_unique` (`region_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

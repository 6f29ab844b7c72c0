-- Automatisch (automatisch/automatisch), commit 41f3c56a163103cae761bb44f03638cb84e859ee
-- (AGPL-3.0 per LICENSE.agpl; files named *.ee.* are under LICENSE.enterprise).
-- Made by running upstream's 122 Knex migrations (packages/backend/src/db/migrations/*.js, knex 2.x, `knex
-- migrate:latest`) into PostgreSQL 15 as a self-hosted installation (appConfig.isCloud = false, so the
-- cloud-only payment_plans / usage_data / subscriptions migrations and users.trial_expiry_date do nothing), then
-- written from the PostgreSQL catalog as MySQL DDL: uuid -> char(36), varchar(255) kept, text -> text,
-- jsonb -> json, boolean -> tinyint(1), timestamptz -> datetime(6), now() -> CURRENT_TIMESTAMP(6);
-- gen_random_uuid() defaults left to the application. Column order, primary, unique and foreign keys as in
-- PostgreSQL; Knex's own knex_migrations / knex_migrations_lock left out.

CREATE TABLE `roles` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(255),
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `roles_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` char(36) NOT NULL,
  `email` varchar(255) NOT NULL,
  `password` varchar(255),
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6) NULL,
  `reset_password_token` varchar(255),
  `reset_password_token_sent_at` datetime(6) NULL,
  `full_name` varchar(255),
  `role_id` char(36) NOT NULL,
  `status` varchar(255) DEFAULT 'active',
  `invitation_token` varchar(255),
  `invitation_token_sent_at` datetime(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_email_unique` (`email`),
  CONSTRAINT `users_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_clients` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `auth_defaults` text NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `app_key` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth_clients_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `connections` (
  `id` char(36) NOT NULL,
  `key` varchar(255) NOT NULL,
  `data` text NOT NULL,
  `user_id` char(36),
  `verified` tinyint(1) DEFAULT 0,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `draft` tinyint(1) DEFAULT 1,
  `deleted_at` datetime(6) NULL,
  `oauth_client_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `connections_app_auth_client_id_foreign` FOREIGN KEY (`oauth_client_id`) REFERENCES `oauth_clients` (`id`),
  CONSTRAINT `credentials_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `folders` (
  `id` char(36) NOT NULL,
  `name` varchar(255),
  `user_id` char(36),
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `folders_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flows` (
  `id` char(36) NOT NULL,
  `name` varchar(255),
  `user_id` char(36),
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `active` tinyint(1) DEFAULT 0,
  `published_at` datetime(6) NULL,
  `deleted_at` datetime(6) NULL,
  `remote_webhook_id` varchar(255),
  `folder_id` char(36),
  `execution_interval` int DEFAULT 15,
  PRIMARY KEY (`id`),
  CONSTRAINT `flows_folder_id_foreign` FOREIGN KEY (`folder_id`) REFERENCES `folders` (`id`),
  CONSTRAINT `flows_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `steps` (
  `id` char(36) NOT NULL,
  `key` varchar(255),
  `app_key` varchar(255),
  `type` varchar(255) NOT NULL,
  `connection_id` char(36),
  `parameters` json DEFAULT '{}',
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `flow_id` char(36),
  `position` int NOT NULL,
  `status` varchar(255) NOT NULL DEFAULT 'incomplete',
  `deleted_at` datetime(6) NULL,
  `webhook_path` varchar(255),
  `name` varchar(255),
  `structural_type` varchar(255) DEFAULT 'single',
  `parent_step_id` char(36),
  `branch_conditions` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `steps_connection_id_foreign` FOREIGN KEY (`connection_id`) REFERENCES `connections` (`id`),
  CONSTRAINT `steps_flow_id_foreign` FOREIGN KEY (`flow_id`) REFERENCES `flows` (`id`),
  CONSTRAINT `steps_parent_step_id_foreign` FOREIGN KEY (`parent_step_id`) REFERENCES `steps` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `executions` (
  `id` char(36) NOT NULL,
  `flow_id` char(36),
  `test_run` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `internal_id` varchar(255),
  `deleted_at` datetime(6) NULL,
  `status` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `executions_flow_id_foreign` FOREIGN KEY (`flow_id`) REFERENCES `flows` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `execution_steps` (
  `id` char(36) NOT NULL,
  `execution_id` char(36),
  `step_id` char(36),
  `status` varchar(255),
  `data_in` json,
  `data_out` json,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `error_details` json,
  `deleted_at` datetime(6) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `execution_steps_execution_id_foreign` FOREIGN KEY (`execution_id`) REFERENCES `executions` (`id`),
  CONSTRAINT `execution_steps_step_id_foreign` FOREIGN KEY (`step_id`) REFERENCES `steps` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `id` char(36) NOT NULL,
  `role_id` char(36),
  `action` varchar(255) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `conditions` json NOT NULL DEFAULT '[]',
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `permissions_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `saml_auth_providers` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `certificate` text NOT NULL,
  `signature_algorithm` varchar(255) NOT NULL,
  `issuer` varchar(255) NOT NULL,
  `entry_point` text NOT NULL,
  `firstname_attribute_name` text NOT NULL,
  `surname_attribute_name` text NOT NULL,
  `email_attribute_name` text NOT NULL,
  `role_attribute_name` text NOT NULL,
  `default_role_id` char(36),
  `active` tinyint(1) DEFAULT 0,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `saml_auth_providers_default_role_id_foreign` FOREIGN KEY (`default_role_id`) REFERENCES `roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identities` (
  `id` char(36) NOT NULL,
  `user_id` char(36),
  `remote_id` varchar(255) NOT NULL,
  `provider_id` varchar(255) NOT NULL,
  `provider_type` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `identities_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `config` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `installation_completed` tinyint(1) DEFAULT 0,
  `logo_svg_data` text,
  `palette_primary_dark` text,
  `palette_primary_light` text,
  `palette_primary_main` text,
  `title` varchar(255),
  `enable_footer` tinyint(1) DEFAULT 0,
  `footer_logo_svg_data` text,
  `footer_copyright_text` varchar(255),
  `footer_background_color` varchar(255),
  `footer_text_color` varchar(255),
  `footer_docs_url` varchar(255),
  `footer_tos_url` varchar(255),
  `footer_privacy_policy_url` varchar(255),
  `footer_imprint_url` varchar(255),
  `enable_templates` tinyint(1),
  `default_ai_provider` varchar(255),
  `default_ai_provider_key` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `app_configs` (
  `key` varchar(255) NOT NULL,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `use_only_predefined_auth_clients` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `datastore` (
  `id` char(36) NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` text,
  `scope` varchar(255) NOT NULL,
  `scope_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `access_tokens` (
  `id` char(36) NOT NULL,
  `token` varchar(255) NOT NULL,
  `expires_in` int NOT NULL,
  `revoked_at` datetime(6) NULL,
  `user_id` char(36),
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `saml_session_id` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `access_tokens_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_mappings` (
  `id` char(36) NOT NULL,
  `saml_auth_provider_id` char(36),
  `role_id` char(36),
  `remote_role_name` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `role_mappings_saml_auth_provider_id_remote_role_name_unique` (`saml_auth_provider_id`, `remote_role_name`),
  CONSTRAINT `role_mappings_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`),
  CONSTRAINT `role_mappings_saml_auth_provider_id_foreign` FOREIGN KEY (`saml_auth_provider_id`) REFERENCES `saml_auth_providers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `templates` (
  `id` char(36) NOT NULL,
  `name` varchar(255),
  `flow_data` json,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_tokens` (
  `id` char(36) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `forms` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `user_id` char(36),
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `fields` json,
  `response_message` text,
  `description` text,
  `display_name` text,
  `submit_button_text` varchar(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `forms_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mcp_servers` (
  `id` char(36) NOT NULL,
  `user_id` char(36),
  `name` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `mcp_servers_token_unique` (`token`),
  CONSTRAINT `mcp_servers_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mcp_tools` (
  `id` char(36) NOT NULL,
  `mcp_server_id` char(36),
  `type` varchar(255) DEFAULT 'app',
  `flow_id` char(36),
  `connection_id` char(36),
  `app_key` varchar(255),
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `action` varchar(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `mcp_tools_mcp_server_id_action_unique` (`mcp_server_id`, `action`),
  CONSTRAINT `mcp_tools_connection_id_foreign` FOREIGN KEY (`connection_id`) REFERENCES `connections` (`id`),
  CONSTRAINT `mcp_tools_flow_id_foreign` FOREIGN KEY (`flow_id`) REFERENCES `flows` (`id`),
  CONSTRAINT `mcp_tools_server_id_foreign` FOREIGN KEY (`mcp_server_id`) REFERENCES `mcp_servers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mcp_tool_executions` (
  `id` char(36) NOT NULL,
  `mcp_tool_id` char(36),
  `status` varchar(255),
  `data_in` text,
  `data_out` text,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `error_details` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `mcp_tool_executions_mcp_tool_id_foreign` FOREIGN KEY (`mcp_tool_id`) REFERENCES `mcp_tools` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mcp_sessions` (
  `id` char(36) NOT NULL,
  `mcp_server_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `mcp_sessions_mcp_server_id_foreign` FOREIGN KEY (`mcp_server_id`) REFERENCES `mcp_servers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agents` (
  `id` char(36) NOT NULL,
  `name` varchar(255),
  `description` varchar(255),
  `instructions` text,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` char(36),
  `deleted_at` datetime(6) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `agents_user_id_foreign` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agent_tools` (
  `id` char(36) NOT NULL,
  `agent_id` char(36),
  `type` varchar(255) DEFAULT 'app',
  `flow_id` char(36),
  `connection_id` char(36),
  `app_key` varchar(255),
  `actions` json DEFAULT '[]',
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `agent_tools_agent_id_foreign` FOREIGN KEY (`agent_id`) REFERENCES `agents` (`id`),
  CONSTRAINT `agent_tools_connection_id_foreign` FOREIGN KEY (`connection_id`) REFERENCES `connections` (`id`),
  CONSTRAINT `agent_tools_flow_id_foreign` FOREIGN KEY (`flow_id`) REFERENCES `flows` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `agent_executions` (
  `id` char(36) NOT NULL,
  `agent_id` char(36),
  `prompt` text,
  `output` text,
  `status` varchar(255),
  `finished_at` datetime(6) NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `agent_executions_agent_id_foreign` FOREIGN KEY (`agent_id`) REFERENCES `agents` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- AnythingLLM (Mintplex Labs) — all-in-one LLM chat application: workspaces, threads and chats,
-- website chat widget (embeds) and its visitors' chats, users, invites, API keys, devices, memories.
-- Upstream: github.com/Mintplex-Labs/anything-llm, commit 72aabbd15481ae405434efd4c83d46026eef1173 (MIT).
-- Made from upstream's own Prisma migrations `server/prisma/migrations/*/migration.sql` (SQLite, 40 migrations),
-- replayed in order into SQLite; every table of the result is written here as MySQL DDL in the replayed
-- column order (columns added by later migrations come last, as in a real installation). Types as Prisma's
-- MySQL connector makes them: Int -> INT, String -> TEXT (VARCHAR(191) where the column is in an index or a
-- foreign key), DateTime -> DATETIME(3), Boolean -> TINYINT(1), Float -> DOUBLE; unique indexes, indexes and
-- foreign keys with upstream's names and actions. The CHECK ("topN" > 0) on workspaces.topN was left out.
-- Tables ordered so that every foreign key points to a table defined before it.

CREATE TABLE `api_keys` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `secret` VARCHAR(191),
  `createdBy` INT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `name` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_keys_secret_key` (`secret`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `workspaces` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `slug` VARCHAR(191) NOT NULL,
  `vectorTag` TEXT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `openAiTemp` DOUBLE,
  `openAiHistory` INT NOT NULL DEFAULT 20,
  `lastUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `openAiPrompt` TEXT,
  `similarityThreshold` DOUBLE DEFAULT 0.25,
  `chatModel` TEXT,
  `topN` INT DEFAULT 4,
  `chatMode` TEXT DEFAULT 'chat',
  `pfpFilename` TEXT,
  `chatProvider` TEXT,
  `agentModel` TEXT,
  `agentProvider` TEXT,
  `queryRefusalResponse` TEXT,
  `vectorSearchMode` TEXT DEFAULT 'default',
  `router_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspaces_slug_key` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `workspace_documents` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `docId` VARCHAR(191) NOT NULL,
  `filename` TEXT NOT NULL,
  `docpath` TEXT NOT NULL,
  `workspaceId` INT NOT NULL,
  `metadata` TEXT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `pinned` TINYINT(1) DEFAULT 0,
  `watched` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspace_documents_docId_key` (`docId`),
  CONSTRAINT `workspace_documents_workspaceId_fkey` FOREIGN KEY (`workspaceId`) REFERENCES `workspaces` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `invites` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(191) NOT NULL,
  `status` TEXT NOT NULL DEFAULT 'pending',
  `claimedBy` INT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `createdBy` INT NOT NULL,
  `lastUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `workspaceIds` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invites_code_key` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `system_settings` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `label` VARCHAR(191) NOT NULL,
  `value` TEXT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `system_settings_label_key` (`label`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `username` VARCHAR(191),
  `password` TEXT NOT NULL,
  `role` TEXT NOT NULL DEFAULT 'default',
  `suspended` INT NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `pfpFilename` TEXT,
  `seen_recovery_codes` TINYINT(1) DEFAULT 0,
  `dailyMessageLimit` INT,
  `bio` TEXT DEFAULT '',
  `web_push_subscription_config` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `document_vectors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `docId` TEXT NOT NULL,
  `vectorId` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `workspace_chats` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `workspaceId` INT NOT NULL,
  `prompt` TEXT NOT NULL,
  `response` TEXT NOT NULL,
  `include` TINYINT(1) NOT NULL DEFAULT 1,
  `user_id` INT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `thread_id` INT,
  `feedbackScore` TINYINT(1),
  `api_session_id` TEXT,
  `memory_processed` TINYINT(1),
  PRIMARY KEY (`id`),
  CONSTRAINT `workspace_chats_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `workspace_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `workspace_id` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `workspace_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `workspace_users_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `cache_data` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `data` TEXT NOT NULL,
  `belongsTo` TEXT,
  `byId` INT,
  `expiresAt` DATETIME(3),
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `embed_configs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(191) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `chat_mode` TEXT NOT NULL DEFAULT 'query',
  `allowlist_domains` TEXT,
  `allow_model_override` TINYINT(1) NOT NULL DEFAULT 0,
  `allow_temperature_override` TINYINT(1) NOT NULL DEFAULT 0,
  `allow_prompt_override` TINYINT(1) NOT NULL DEFAULT 0,
  `max_chats_per_day` INT,
  `max_chats_per_session` INT,
  `workspace_id` INT NOT NULL,
  `createdBy` INT,
  `usersId` INT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `message_limit` INT DEFAULT 20,
  PRIMARY KEY (`id`),
  UNIQUE KEY `embed_configs_uuid_key` (`uuid`),
  CONSTRAINT `embed_configs_usersId_fkey` FOREIGN KEY (`usersId`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `embed_configs_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `embed_chats` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `prompt` TEXT NOT NULL,
  `response` TEXT NOT NULL,
  `session_id` TEXT NOT NULL,
  `include` TINYINT(1) NOT NULL DEFAULT 1,
  `connection_information` TEXT,
  `embed_id` INT NOT NULL,
  `usersId` INT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `embed_chats_usersId_fkey` FOREIGN KEY (`usersId`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `embed_chats_embed_id_fkey` FOREIGN KEY (`embed_id`) REFERENCES `embed_configs` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `workspace_suggested_messages` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `workspaceId` INT NOT NULL,
  `heading` TEXT NOT NULL,
  `message` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  KEY `workspace_suggested_messages_workspaceId_idx` (`workspaceId`),
  CONSTRAINT `workspace_suggested_messages_workspaceId_fkey` FOREIGN KEY (`workspaceId`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `event_logs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `event` VARCHAR(191) NOT NULL,
  `metadata` TEXT,
  `userId` INT,
  `occurredAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  KEY `event_logs_event_idx` (`event`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `workspace_threads` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `slug` VARCHAR(191) NOT NULL,
  `workspace_id` INT NOT NULL,
  `user_id` INT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspace_threads_slug_key` (`slug`),
  KEY `workspace_threads_workspace_id_idx` (`workspace_id`),
  KEY `workspace_threads_user_id_idx` (`user_id`),
  CONSTRAINT `workspace_threads_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `workspace_threads_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `workspace_agent_invocations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` VARCHAR(191) NOT NULL,
  `prompt` TEXT NOT NULL,
  `closed` TINYINT(1) NOT NULL DEFAULT 0,
  `user_id` INT,
  `thread_id` INT,
  `workspace_id` INT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspace_agent_invocations_uuid_key` (`uuid`),
  KEY `workspace_agent_invocations_uuid_idx` (`uuid`),
  CONSTRAINT `workspace_agent_invocations_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `workspace_agent_invocations_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `recovery_codes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `code_hash` TEXT NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  KEY `recovery_codes_user_id_idx` (`user_id`),
  CONSTRAINT `recovery_codes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `password_reset_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `password_reset_tokens_token_key` (`token`),
  KEY `password_reset_tokens_user_id_idx` (`user_id`),
  CONSTRAINT `password_reset_tokens_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `slash_command_presets` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `command` VARCHAR(191) NOT NULL,
  `prompt` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  `uid` INT NOT NULL DEFAULT 0,
  `userId` INT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `slash_command_presets_uid_command_key` (`uid`, `command`),
  CONSTRAINT `slash_command_presets_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `document_sync_queues` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `staleAfterMs` INT NOT NULL DEFAULT 604800000,
  `nextSyncAt` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastSyncedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `workspaceDocId` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `document_sync_queues_workspaceDocId_key` (`workspaceDocId`),
  CONSTRAINT `document_sync_queues_workspaceDocId_fkey` FOREIGN KEY (`workspaceDocId`) REFERENCES `workspace_documents` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `document_sync_executions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `queueId` INT NOT NULL,
  `status` TEXT NOT NULL DEFAULT 'unknown',
  `result` TEXT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `document_sync_executions_queueId_fkey` FOREIGN KEY (`queueId`) REFERENCES `document_sync_queues` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `browser_extension_api_keys` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(191) NOT NULL,
  `user_id` INT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUpdatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `browser_extension_api_keys_key_key` (`key`),
  KEY `browser_extension_api_keys_user_id_idx` (`user_id`),
  CONSTRAINT `browser_extension_api_keys_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `temporary_auth_tokens` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(191) NOT NULL,
  `userId` INT NOT NULL,
  `expiresAt` DATETIME(3) NOT NULL,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `temporary_auth_tokens_token_key` (`token`),
  KEY `temporary_auth_tokens_token_idx` (`token`),
  KEY `temporary_auth_tokens_userId_idx` (`userId`),
  CONSTRAINT `temporary_auth_tokens_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `system_prompt_variables` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(191) NOT NULL,
  `value` TEXT,
  `description` TEXT,
  `type` TEXT NOT NULL DEFAULT 'system',
  `userId` INT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `system_prompt_variables_key_key` (`key`),
  KEY `system_prompt_variables_userId_idx` (`userId`),
  CONSTRAINT `system_prompt_variables_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `prompt_history` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `workspaceId` INT NOT NULL,
  `prompt` TEXT NOT NULL,
  `modifiedBy` INT,
  `modifiedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  KEY `prompt_history_workspaceId_idx` (`workspaceId`),
  CONSTRAINT `prompt_history_modifiedBy_fkey` FOREIGN KEY (`modifiedBy`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `prompt_history_workspaceId_fkey` FOREIGN KEY (`workspaceId`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `desktop_mobile_devices` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `deviceOs` TEXT NOT NULL,
  `deviceName` TEXT NOT NULL,
  `token` VARCHAR(191) NOT NULL,
  `approved` TINYINT(1) NOT NULL DEFAULT 0,
  `userId` INT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `desktop_mobile_devices_token_key` (`token`),
  KEY `desktop_mobile_devices_userId_idx` (`userId`),
  CONSTRAINT `desktop_mobile_devices_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `workspace_parsed_files` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `filename` VARCHAR(191) NOT NULL,
  `workspaceId` INT NOT NULL,
  `userId` INT,
  `threadId` INT,
  `metadata` TEXT,
  `tokenCountEstimate` INT DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspace_parsed_files_filename_key` (`filename`),
  KEY `workspace_parsed_files_workspaceId_idx` (`workspaceId`),
  KEY `workspace_parsed_files_userId_idx` (`userId`),
  CONSTRAINT `workspace_parsed_files_threadId_fkey` FOREIGN KEY (`threadId`) REFERENCES `workspace_threads` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `workspace_parsed_files_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `workspace_parsed_files_workspaceId_fkey` FOREIGN KEY (`workspaceId`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `external_communication_connectors` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(191) NOT NULL,
  `config` TEXT NOT NULL DEFAULT '{}',
  `active` TINYINT(1) NOT NULL DEFAULT 0,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `external_communication_connectors_type_key` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `scheduled_jobs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `prompt` TEXT NOT NULL,
  `tools` TEXT,
  `schedule` TEXT NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `lastRunAt` DATETIME(3),
  `nextRunAt` DATETIME(3),
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `scheduled_job_runs` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `jobId` INT NOT NULL,
  `status` TEXT NOT NULL DEFAULT 'queued',
  `result` TEXT,
  `error` TEXT,
  `startedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `completedAt` DATETIME(3),
  `readAt` DATETIME(3),
  PRIMARY KEY (`id`),
  KEY `scheduled_job_runs_jobId_idx` (`jobId`),
  CONSTRAINT `scheduled_job_runs_jobId_fkey` FOREIGN KEY (`jobId`) REFERENCES `scheduled_jobs` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `memories` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT,
  `workspace_id` INT,
  `scope` VARCHAR(191) NOT NULL DEFAULT 'workspace',
  `content` TEXT NOT NULL,
  `last_used_at` DATETIME(3),
  `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updated_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  KEY `memories_user_id_workspace_id_idx` (`user_id`, `workspace_id`),
  KEY `memories_user_id_scope_idx` (`user_id`, `scope`),
  CONSTRAINT `memories_workspace_id_fkey` FOREIGN KEY (`workspace_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `memories_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `model_routers` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  `description` TEXT,
  `fallback_provider` TEXT NOT NULL,
  `fallback_model` TEXT NOT NULL,
  `cooldown_seconds` INT NOT NULL DEFAULT 30,
  `created_by` INT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `model_routers_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `model_router_rules` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `router_id` INT NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `priority` INT NOT NULL,
  `type` TEXT NOT NULL DEFAULT 'calculated',
  `title` VARCHAR(191) NOT NULL,
  `description` TEXT,
  `condition_logic` TEXT,
  `conditions` TEXT,
  `route_provider` TEXT NOT NULL,
  `route_model` TEXT NOT NULL,
  `created_by` INT,
  `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `lastUpdatedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  KEY `model_router_rules_router_id_idx` (`router_id`),
  KEY `model_router_rules_router_id_enabled_priority_idx` (`router_id`, `enabled`, `priority`),
  UNIQUE KEY `model_router_rules_router_id_title_key` (`router_id`, `title`),
  CONSTRAINT `model_router_rules_router_id_fkey` FOREIGN KEY (`router_id`) REFERENCES `model_routers` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


-- Flowise (FlowiseAI) — low-code builder of LLM chatbots and agents: chatflows/agentflows, their chat
-- messages, feedback and captured leads, executions, assistants, tools, credentials, document stores,
-- evaluations, API keys, and the organisation / workspace / user / role tables of its account layer.
-- Upstream: github.com/FlowiseAI/Flowise, commit ababf4c8ebc0263e03aeeb917832251d3fd785e4 (Apache-2.0 outside
-- packages/server/src/enterprise, whose files are under FlowiseAI's commercial licence; its MySQL migrations
-- are in the list every installation runs).
-- Made by replaying upstream's own MySQL TypeORM migrations in the order of
-- packages/server/src/database/migrations/mysql/index.ts (50 core + 11 from packages/server/src/enterprise/
-- database/migrations/mysql) into MariaDB 10.11 (hasColumn / ensureColumnExists guards honoured; data-only
-- statements skipped; MySQL 8's utf8mb4_0900_ai_ci collation written as utf8mb4_unicode_ci), then dumped
-- without data. MariaDB's rendering of JSON written back as `json`; `login_sessions` (the session-store
-- table) written from its TypeORM entity. Tables ordered so that every foreign key points backwards.

CREATE TABLE `user` (
  `id` varchar(36) NOT NULL DEFAULT (uuid()),
  `name` varchar(100) NOT NULL,
  `email` varchar(255) NOT NULL,
  `credential` text DEFAULT NULL,
  `tempToken` text DEFAULT NULL,
  `tokenExpiry` timestamp NULL DEFAULT NULL,
  `status` varchar(20) NOT NULL DEFAULT 'unverified',
  `createdDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `createdBy` varchar(36) NOT NULL,
  `updatedBy` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  KEY `fk_user_createdBy` (`createdBy`),
  KEY `fk_user_updatedBy` (`updatedBy`),
  CONSTRAINT `fk_user_createdBy` FOREIGN KEY (`createdBy`) REFERENCES `user` (`id`),
  CONSTRAINT `fk_user_updatedBy` FOREIGN KEY (`updatedBy`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `organization` (
  `id` varchar(36) NOT NULL DEFAULT (uuid()),
  `name` varchar(100) NOT NULL DEFAULT 'Default Organization',
  `customerId` varchar(100) DEFAULT NULL,
  `subscriptionId` varchar(100) DEFAULT NULL,
  `createdDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `createdBy` varchar(36) NOT NULL,
  `updatedBy` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_organization_createdBy` (`createdBy`),
  KEY `fk_organization_updatedBy` (`updatedBy`),
  CONSTRAINT `fk_organization_createdBy` FOREIGN KEY (`createdBy`) REFERENCES `user` (`id`),
  CONSTRAINT `fk_organization_updatedBy` FOREIGN KEY (`updatedBy`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `workspace` (
  `id` varchar(36) NOT NULL,
  `name` varchar(100) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updatedDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `organizationId` varchar(36) NOT NULL,
  `createdBy` varchar(36) NOT NULL,
  `updatedBy` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_organizationId` (`organizationId`),
  KEY `fk_workspace_createdBy` (`createdBy`),
  KEY `fk_workspace_updatedBy` (`updatedBy`),
  CONSTRAINT `fk_organizationId` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`),
  CONSTRAINT `fk_workspace_createdBy` FOREIGN KEY (`createdBy`) REFERENCES `user` (`id`),
  CONSTRAINT `fk_workspace_updatedBy` FOREIGN KEY (`updatedBy`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `apikey` (
  `id` varchar(36) NOT NULL,
  `apiKey` varchar(255) NOT NULL,
  `apiSecret` varchar(255) NOT NULL,
  `keyName` varchar(255) NOT NULL,
  `updatedDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `workspaceId` varchar(36) DEFAULT NULL,
  `permissions` json NOT NULL DEFAULT (JSON_ARRAY()),
  PRIMARY KEY (`id`),
  KEY `idx_apikey_workspaceId` (`workspaceId`),
  CONSTRAINT `fk_apikey_workspaceId` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `assistant` (
  `id` varchar(36) NOT NULL,
  `credential` varchar(255) NOT NULL,
  `details` text NOT NULL,
  `iconSrc` varchar(255) DEFAULT NULL,
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updatedDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `type` text DEFAULT NULL,
  `workspaceId` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_assistant_workspaceId` (`workspaceId`),
  CONSTRAINT `fk_assistant_workspaceId` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `chat_flow` (
  `id` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `flowData` longtext DEFAULT NULL,
  `deployed` tinyint(4) DEFAULT NULL,
  `isPublic` tinyint(4) DEFAULT NULL,
  `apikeyid` varchar(255) DEFAULT NULL,
  `chatbotConfig` text DEFAULT NULL,
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updatedDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `apiConfig` text DEFAULT NULL,
  `analytic` text DEFAULT NULL,
  `category` text DEFAULT NULL,
  `speechToText` text DEFAULT NULL,
  `type` varchar(20) NOT NULL DEFAULT 'CHATFLOW',
  `followUpPrompts` text DEFAULT NULL,
  `workspaceId` varchar(36) DEFAULT NULL,
  `textToSpeech` text DEFAULT NULL,
  `webhookSecret` text DEFAULT NULL,
  `webhookSecretConfigured` tinyint(1) DEFAULT 0,
  `mcpServerConfig` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_chat_flow_workspaceId` (`workspaceId`),
  KEY `IDX_chatflow_name` (`name`(191)),
  CONSTRAINT `fk_chat_flow_workspaceId` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `chat_message` (
  `id` varchar(36) NOT NULL,
  `role` varchar(255) NOT NULL,
  `chatflowid` varchar(255) NOT NULL,
  `content` longtext DEFAULT NULL,
  `sourceDocuments` text DEFAULT NULL,
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `chatType` varchar(255) NOT NULL DEFAULT 'INTERNAL',
  `chatId` varchar(255) NOT NULL,
  `memoryType` varchar(255) DEFAULT NULL,
  `sessionId` varchar(255) DEFAULT NULL,
  `usedTools` longtext DEFAULT NULL,
  `fileAnnotations` text DEFAULT NULL,
  `fileUploads` text DEFAULT NULL,
  `leadEmail` text DEFAULT NULL,
  `agentReasoning` longtext DEFAULT NULL,
  `action` longtext DEFAULT NULL,
  `artifacts` longtext DEFAULT NULL,
  `followUpPrompts` text DEFAULT NULL,
  `executionId` text DEFAULT NULL,
  `reasonContent` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_e574527322272fd838f4f0f3d3` (`chatflowid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `chat_message_feedback` (
  `id` varchar(36) NOT NULL,
  `chatflowid` varchar(255) NOT NULL,
  `content` text DEFAULT NULL,
  `chatId` varchar(255) NOT NULL,
  `messageId` varchar(255) NOT NULL,
  `rating` varchar(255) NOT NULL,
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `credential` (
  `id` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `credentialName` varchar(255) NOT NULL,
  `encryptedData` text NOT NULL,
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updatedDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `workspaceId` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_credential_workspaceId` (`workspaceId`),
  CONSTRAINT `fk_credential_workspaceId` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `custom_mcp_server` (
  `id` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `serverUrl` text NOT NULL,
  `iconSrc` varchar(255) DEFAULT NULL,
  `color` varchar(255) DEFAULT NULL,
  `authType` varchar(255) NOT NULL DEFAULT 'NONE',
  `authConfig` text DEFAULT NULL,
  `tools` text DEFAULT NULL,
  `toolCount` int(11) NOT NULL DEFAULT 0,
  `status` varchar(255) NOT NULL DEFAULT 'PENDING',
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updatedDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `workspaceId` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_custom_mcp_workspace_updated` (`workspaceId`,`updatedDate`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `custom_template` (
  `id` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `flowData` text NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `badge` varchar(255) DEFAULT NULL,
  `framework` varchar(255) DEFAULT NULL,
  `usecases` varchar(255) DEFAULT NULL,
  `type` varchar(30) DEFAULT NULL,
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updatedDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `workspaceId` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_custom_template_workspaceId` (`workspaceId`),
  CONSTRAINT `fk_custom_template_workspaceId` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dataset` (
  `id` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updatedDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `workspaceId` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_dataset_workspaceId` (`workspaceId`),
  CONSTRAINT `fk_dataset_workspaceId` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `dataset_row` (
  `id` varchar(36) NOT NULL,
  `datasetId` varchar(36) NOT NULL,
  `input` longtext NOT NULL,
  `output` longtext DEFAULT NULL,
  `updatedDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `sequence_no` int(11) DEFAULT -1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `document_store` (
  `id` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `loaders` longtext DEFAULT NULL,
  `whereUsed` text DEFAULT NULL,
  `status` varchar(20) NOT NULL,
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updatedDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `vectorStoreConfig` text DEFAULT NULL,
  `embeddingConfig` text DEFAULT NULL,
  `recordManagerConfig` text DEFAULT NULL,
  `workspaceId` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_document_store_workspaceId` (`workspaceId`),
  CONSTRAINT `fk_document_store_workspaceId` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `document_store_file_chunk` (
  `id` varchar(36) NOT NULL,
  `docId` varchar(36) NOT NULL,
  `storeId` varchar(36) NOT NULL,
  `chunkNo` int(11) NOT NULL,
  `pageContent` longtext NOT NULL,
  `metadata` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_e76bae1780b77e56aab1h2asd4` (`docId`),
  KEY `IDX_e213b811b01405a42309a6a410` (`storeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `evaluation` (
  `id` varchar(36) NOT NULL,
  `chatflowId` longtext NOT NULL,
  `datasetId` longtext NOT NULL,
  `name` varchar(255) NOT NULL,
  `chatflowName` varchar(255) NOT NULL,
  `datasetName` varchar(255) NOT NULL,
  `additionalConfig` longtext DEFAULT NULL,
  `average_metrics` longtext DEFAULT NULL,
  `status` varchar(10) NOT NULL,
  `evaluationType` varchar(20) NOT NULL,
  `runDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `workspaceId` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_evaluation_workspaceId` (`workspaceId`),
  CONSTRAINT `fk_evaluation_workspaceId` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `evaluation_run` (
  `id` varchar(36) NOT NULL,
  `evaluationId` varchar(36) NOT NULL,
  `expectedOutput` longtext NOT NULL,
  `actualOutput` longtext NOT NULL,
  `evaluators` longtext DEFAULT NULL,
  `input` longtext DEFAULT NULL,
  `metrics` text DEFAULT NULL,
  `llmEvaluators` text DEFAULT NULL,
  `runDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `errors` longtext DEFAULT '[]',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `evaluator` (
  `id` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(25) DEFAULT NULL,
  `config` longtext DEFAULT NULL,
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updatedDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `workspaceId` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_evaluator_workspaceId` (`workspaceId`),
  CONSTRAINT `fk_evaluator_workspaceId` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `execution` (
  `id` varchar(36) NOT NULL,
  `executionData` longtext NOT NULL,
  `action` text DEFAULT NULL,
  `state` varchar(255) NOT NULL,
  `agentflowId` varchar(255) NOT NULL,
  `sessionId` varchar(255) NOT NULL,
  `isPublic` tinyint(1) DEFAULT NULL,
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updatedDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `stoppedDate` datetime(6) DEFAULT NULL,
  `workspaceId` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_execution_workspaceId` (`workspaceId`),
  CONSTRAINT `fk_execution_workspaceId` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `lead` (
  `id` varchar(36) NOT NULL,
  `chatflowid` varchar(255) NOT NULL,
  `chatId` varchar(255) NOT NULL,
  `name` text DEFAULT NULL,
  `email` text DEFAULT NULL,
  `phone` text DEFAULT NULL,
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `login_activity` (
  `id` varchar(36) NOT NULL,
  `username` varchar(255) DEFAULT NULL,
  `message` varchar(255) NOT NULL,
  `activity_code` int(11) NOT NULL,
  `attemptedDateTime` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `login_mode` varchar(25) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `login_method` (
  `id` varchar(36) NOT NULL DEFAULT (uuid()),
  `organizationId` varchar(36) DEFAULT NULL,
  `name` varchar(100) NOT NULL,
  `config` text NOT NULL,
  `status` varchar(20) NOT NULL DEFAULT 'enable',
  `createdDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `createdBy` varchar(36) DEFAULT NULL,
  `updatedBy` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_login_method_organizationId` (`organizationId`),
  KEY `fk_login_method_createdBy` (`createdBy`),
  KEY `fk_login_method_updatedBy` (`updatedBy`),
  CONSTRAINT `fk_login_method_createdBy` FOREIGN KEY (`createdBy`) REFERENCES `user` (`id`),
  CONSTRAINT `fk_login_method_organizationId` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`),
  CONSTRAINT `fk_login_method_updatedBy` FOREIGN KEY (`updatedBy`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `login_sessions` (
  `sid` varchar(255) NOT NULL,
  `sess` text NOT NULL,
  `expire` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`sid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `role` (
  `id` varchar(36) NOT NULL DEFAULT (uuid()),
  `organizationId` varchar(36) DEFAULT NULL,
  `name` varchar(100) NOT NULL,
  `description` text DEFAULT NULL,
  `permissions` text NOT NULL,
  `createdDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `createdBy` varchar(36) DEFAULT NULL,
  `updatedBy` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_role_organizationId` (`organizationId`),
  KEY `fk_role_createdBy` (`createdBy`),
  KEY `fk_role_updatedBy` (`updatedBy`),
  CONSTRAINT `fk_role_createdBy` FOREIGN KEY (`createdBy`) REFERENCES `user` (`id`),
  CONSTRAINT `fk_role_organizationId` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`),
  CONSTRAINT `fk_role_updatedBy` FOREIGN KEY (`updatedBy`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `organization_user` (
  `organizationId` varchar(36) NOT NULL,
  `userId` varchar(36) NOT NULL,
  `roleId` varchar(36) NOT NULL,
  `status` varchar(20) NOT NULL DEFAULT 'active',
  `createdDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `createdBy` varchar(36) NOT NULL,
  `updatedBy` varchar(36) NOT NULL,
  PRIMARY KEY (`organizationId`,`userId`),
  KEY `fk_organization_user_userId` (`userId`),
  KEY `fk_organization_user_roleId` (`roleId`),
  KEY `fk_organization_user_createdBy` (`createdBy`),
  KEY `fk_organization_user_updatedBy` (`updatedBy`),
  CONSTRAINT `fk_organization_user_createdBy` FOREIGN KEY (`createdBy`) REFERENCES `user` (`id`),
  CONSTRAINT `fk_organization_user_organizationId` FOREIGN KEY (`organizationId`) REFERENCES `organization` (`id`),
  CONSTRAINT `fk_organization_user_roleId` FOREIGN KEY (`roleId`) REFERENCES `role` (`id`),
  CONSTRAINT `fk_organization_user_updatedBy` FOREIGN KEY (`updatedBy`) REFERENCES `user` (`id`),
  CONSTRAINT `fk_organization_user_userId` FOREIGN KEY (`userId`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `schedule_record` (
  `id` varchar(36) NOT NULL,
  `triggerType` varchar(32) NOT NULL,
  `targetId` varchar(255) NOT NULL,
  `nodeId` text DEFAULT NULL,
  `cronExpression` text NOT NULL,
  `timezone` varchar(64) NOT NULL DEFAULT 'UTC',
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `scheduleInputMode` varchar(16) NOT NULL,
  `defaultInput` text DEFAULT NULL,
  `defaultForm` text DEFAULT NULL,
  `lastRunAt` datetime(6) DEFAULT NULL,
  `nextRunAt` datetime(6) DEFAULT NULL,
  `endDate` datetime(6) DEFAULT NULL,
  `workspaceId` varchar(255) NOT NULL,
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updatedDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`),
  KEY `IDX_schedule_record_targetId` (`targetId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `schedule_trigger_log` (
  `id` varchar(36) NOT NULL,
  `scheduleRecordId` varchar(255) NOT NULL,
  `triggerType` varchar(32) NOT NULL,
  `targetId` varchar(255) NOT NULL,
  `executionId` varchar(255) DEFAULT NULL,
  `status` varchar(32) NOT NULL,
  `error` text DEFAULT NULL,
  `elapsedTimeMs` int(11) DEFAULT NULL,
  `scheduledAt` datetime(6) NOT NULL,
  `workspaceId` varchar(255) NOT NULL,
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`id`),
  KEY `IDX_schedule_trigger_log_scheduleRecordId` (`scheduleRecordId`),
  KEY `IDX_schedule_trigger_log_targetId` (`targetId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tool` (
  `id` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `color` varchar(255) NOT NULL,
  `iconSrc` varchar(255) DEFAULT NULL,
  `schema` text DEFAULT NULL,
  `func` text DEFAULT NULL,
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updatedDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `workspaceId` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_tool_workspaceId` (`workspaceId`),
  CONSTRAINT `fk_tool_workspaceId` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `upsert_history` (
  `id` varchar(36) NOT NULL,
  `chatflowid` varchar(255) NOT NULL,
  `result` text NOT NULL,
  `flowData` longtext DEFAULT NULL,
  `date` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`id`),
  KEY `IDX_a0b59fd66f6e48d2b198123cb6` (`chatflowid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `variable` (
  `id` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `value` text NOT NULL,
  `type` varchar(255) DEFAULT NULL,
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updatedDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  `workspaceId` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_variable_workspaceId` (`workspaceId`),
  CONSTRAINT `fk_variable_workspaceId` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `workspace_shared` (
  `id` varchar(36) NOT NULL,
  `workspaceId` varchar(36) NOT NULL,
  `sharedItemId` varchar(50) NOT NULL,
  `itemType` varchar(50) NOT NULL,
  `createdDate` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updatedDate` datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`),
  KEY `idx_workspace_shared_workspaceId` (`workspaceId`),
  CONSTRAINT `fk_workspace_shared_workspaceId` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `workspace_user` (
  `workspaceId` varchar(36) NOT NULL,
  `userId` varchar(36) NOT NULL,
  `roleId` varchar(36) NOT NULL,
  `status` varchar(20) NOT NULL DEFAULT 'invited',
  `lastLogin` timestamp NULL DEFAULT NULL,
  `createdDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedDate` timestamp NOT NULL DEFAULT current_timestamp(),
  `createdBy` varchar(36) NOT NULL,
  `updatedBy` varchar(36) NOT NULL,
  PRIMARY KEY (`workspaceId`,`userId`),
  KEY `fk_workspace_user_userId` (`userId`),
  KEY `fk_workspace_user_roleId` (`roleId`),
  KEY `fk_workspace_user_createdBy` (`createdBy`),
  KEY `fk_workspace_user_updatedBy` (`updatedBy`),
  CONSTRAINT `fk_workspace_user_createdBy` FOREIGN KEY (`createdBy`) REFERENCES `user` (`id`),
  CONSTRAINT `fk_workspace_user_roleId` FOREIGN KEY (`roleId`) REFERENCES `role` (`id`),
  CONSTRAINT `fk_workspace_user_updatedBy` FOREIGN KEY (`updatedBy`) REFERENCES `user` (`id`),
  CONSTRAINT `fk_workspace_user_userId` FOREIGN KEY (`userId`) REFERENCES `user` (`id`),
  CONSTRAINT `fk_workspace_user_workspaceId` FOREIGN KEY (`workspaceId`) REFERENCES `workspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

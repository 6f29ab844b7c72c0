-- n8n 2.41.1 (n8n-io/n8n, release tag n8n@2.41.1; npm packages n8n 2.41.1 and @n8n/db 1.41.1). Licence: Sustainable
-- Use License (fair-code, source-available; LICENSE.md), files named *.ee.* under the n8n Enterprise License.
-- Made by starting the published n8n 2.41.1 once against an empty PostgreSQL 15 database (DB_TYPE=postgresdb, on
-- loopback; n8n 2.x supports only PostgreSQL and SQLite), which ran upstream's 275 TypeORM migrations
-- (@n8n/db dist/migrations/postgresdb + common), then written from the PostgreSQL catalog as MySQL DDL: uuid ->
-- char(36), varchar(n) kept, unbounded varchar / text -> text (varchar(255) where part of a key), json/jsonb ->
-- json, bytea -> longblob, boolean -> tinyint(1), timestamptz(3) -> datetime(3), serial -> AUTO_INCREMENT;
-- uuid_generate_v4() / gen_random_uuid() defaults left to the application. Column order, primary, unique and
-- foreign keys and column comments as in PostgreSQL (partial unique indexes left out); the one FK cycle
-- (workflow_history.workflowId) is added by ALTER TABLE after both tables exist.
-- 44 of the 142 tables are kept (users, projects, credentials, workflows and history, executions, webhooks, tags,
-- folders, variables, settings, community packages, log-streaming destinations, data tables, OAuth server for MCP,
-- Chat Hub sessions and messages, activity log, favourites, binary data); left out: TypeORM's migrations table,
-- insights, evaluations and test runs, the AI-agent / instance-AI / agent-memory tables, workflow review
-- requests, scheduled jobs and tasks, secrets-provider, promotion, trusted-key, policy and other newer module
-- tables (listed in n8n.md). FKs to left-out tables (credentials_entity.resolverId, chat_hub_*.agentId,
-- dynamic_credential_user_entry.resolverId) are dropped with them; the columns stay.

CREATE TABLE `credentials_entity` (
  `name` varchar(128) NOT NULL,
  `data` text NOT NULL,
  `type` varchar(128) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `id` varchar(36) NOT NULL,
  `isManaged` tinyint(1) NOT NULL DEFAULT 0,
  `isGlobal` tinyint(1) NOT NULL DEFAULT 0,
  `isResolvable` tinyint(1) NOT NULL DEFAULT 0,
  `resolvableAllowFallback` tinyint(1) NOT NULL DEFAULT 0,
  `resolverId` varchar(16),
  `usageScope` varchar(16) NOT NULL DEFAULT 'project' COMMENT 'Where the credential may be consumed: a project-owned feature or an instance-level feature',
  `description` text COMMENT 'User-supplied note on what the credential is for and where it belongs. Set and read through the credentials API',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_history` (
  `versionId` varchar(36) NOT NULL,
  `workflowId` varchar(36) NOT NULL,
  `authors` varchar(255) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `nodes` json NOT NULL,
  `connections` json NOT NULL,
  `name` varchar(128),
  `autosaved` tinyint(1) NOT NULL DEFAULT 0,
  `description` text,
  `nodeGroups` json NOT NULL DEFAULT '[]',
  PRIMARY KEY (`versionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role` (
  `slug` varchar(128) NOT NULL COMMENT 'Unique identifier of the role for example: "global:owner"',
  `displayName` varchar(255) COMMENT 'Name used to display in the UI',
  `description` text COMMENT 'Text describing the scope in more detail of users',
  `roleType` text COMMENT 'Type of the role, e.g., global, project, or workflow',
  `systemRole` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Indicates if the role is managed by the system and cannot be edited',
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`slug`),
  UNIQUE KEY `IDX_UniqueRoleDisplayName` (`displayName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` char(36) NOT NULL,
  `email` varchar(255),
  `firstName` varchar(32),
  `lastName` varchar(32),
  `password` varchar(255),
  `personalizationAnswers` json,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `settings` json,
  `disabled` tinyint(1) NOT NULL DEFAULT 0,
  `mfaEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `mfaSecret` text,
  `mfaRecoveryCodes` text,
  `lastActiveAt` date,
  `roleSlug` varchar(128) NOT NULL DEFAULT 'global:member',
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_e12875dfb3b1d92d7d7c5377e2` (`email`),
  CONSTRAINT `FK_eaea92ee7bfb9c1b6cd01505d56` FOREIGN KEY (`roleSlug`) REFERENCES `role` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project` (
  `id` varchar(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(36) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `icon` json,
  `description` varchar(512),
  `creatorId` char(36) COMMENT 'ID of the user who created the project',
  `customTelemetryTags` json NOT NULL DEFAULT '[]',
  PRIMARY KEY (`id`),
  CONSTRAINT `projects_creatorId_foreign` FOREIGN KEY (`creatorId`) REFERENCES `user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `folder` (
  `id` varchar(36) NOT NULL,
  `name` varchar(128) NOT NULL,
  `parentFolderId` varchar(36),
  `projectId` varchar(36) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_14f68deffaf858465715995508` (`projectId`, `id`),
  CONSTRAINT `FK_804ea52f6729e3940498bd54d78` FOREIGN KEY (`parentFolderId`) REFERENCES `folder` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_a8260b0b36939c6247f385b8221` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_entity` (
  `name` varchar(128) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `nodes` json NOT NULL,
  `connections` json NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `settings` json,
  `staticData` json,
  `pinData` json,
  `versionId` char(36) NOT NULL,
  `triggerCount` int NOT NULL DEFAULT 0,
  `id` varchar(36) NOT NULL,
  `meta` json,
  `parentFolderId` varchar(36),
  `isArchived` tinyint(1) NOT NULL DEFAULT 0,
  `versionCounter` int NOT NULL DEFAULT 1,
  `description` text,
  `activeVersionId` varchar(36),
  `nodeGroups` json NOT NULL DEFAULT '[]',
  `sourceWorkflowId` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_08d6c67b7f722b0039d9d5ed620` FOREIGN KEY (`activeVersionId`) REFERENCES `workflow_history` (`versionId`) ON DELETE RESTRICT,
  CONSTRAINT `fk_workflow_parent_folder` FOREIGN KEY (`parentFolderId`) REFERENCES `folder` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `execution_entity` (
  `id` int NOT NULL AUTO_INCREMENT,
  `finished` tinyint(1) NOT NULL,
  `mode` text NOT NULL,
  `retryOf` text,
  `retrySuccessId` text,
  `startedAt` datetime(3) NULL,
  `stoppedAt` datetime(3) NULL,
  `waitTill` datetime(3) NULL,
  `status` text NOT NULL,
  `workflowId` varchar(36) NOT NULL,
  `deletedAt` datetime(3) NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `storedAt` varchar(2) NOT NULL DEFAULT 'db',
  `tracingContext` json,
  `deduplicationKey` varchar(255),
  `jsonSizeBytes` bigint NOT NULL DEFAULT 0 COMMENT 'Byte size of the JSON execution data bundle (run data, workflow snapshot, version id); excludes binary data. 0 means unknown.',
  `workflowVersionId` varchar(36) COMMENT 'Version id of the workflow run by this execution; denormalized from the data bundle.',
  `binaryDataSizeBytes` bigint NOT NULL DEFAULT 0 COMMENT 'Byte size of binary data offloaded to separate storage (db/fs/S3), deduplicated by blob; excludes inline binary counted in jsonSizeBytes. 0 means unknown.',
  `usedPrivateCredentials` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Whether this execution ran with at least one dynamically-resolved private credential.',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_execution_entity_workflow_id` FOREIGN KEY (`workflowId`) REFERENCES `workflow_entity` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_entity` (
  `webhookPath` varchar(255) NOT NULL,
  `method` varchar(255) NOT NULL,
  `node` text NOT NULL,
  `webhookId` text,
  `pathLength` int,
  `workflowId` varchar(36) NOT NULL,
  PRIMARY KEY (`webhookPath`, `method`),
  CONSTRAINT `fk_webhook_entity_workflow_id` FOREIGN KEY (`workflowId`) REFERENCES `workflow_entity` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_entity` (
  `name` varchar(24) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `id` varchar(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_812eb05f7451ca757fb98444ce` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflows_tags` (
  `workflowId` varchar(36) NOT NULL,
  `tagId` varchar(36) NOT NULL,
  PRIMARY KEY (`workflowId`, `tagId`),
  CONSTRAINT `fk_workflows_tags_tag_id` FOREIGN KEY (`tagId`) REFERENCES `tag_entity` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_workflows_tags_workflow_id` FOREIGN KEY (`workflowId`) REFERENCES `workflow_entity` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settings` (
  `key` varchar(255) NOT NULL,
  `value` text NOT NULL,
  `loadOnStartup` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `installed_packages` (
  `packageName` varchar(214) NOT NULL,
  `installedVersion` varchar(50) NOT NULL,
  `authorName` varchar(70),
  `authorEmail` varchar(70),
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`packageName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `installed_nodes` (
  `name` varchar(200) NOT NULL,
  `type` varchar(200) NOT NULL,
  `latestVersion` double NOT NULL DEFAULT 1,
  `package` varchar(241) NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `FK_73f857fc5dce682cef8a99c11dbddbc969618951` FOREIGN KEY (`package`) REFERENCES `installed_packages` (`packageName`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_statistics` (
  `count` bigint DEFAULT 0,
  `latestEvent` datetime(3) NULL,
  `name` varchar(128) NOT NULL,
  `workflowId` varchar(36) NOT NULL,
  `rootCount` bigint DEFAULT 0,
  `id` int NOT NULL AUTO_INCREMENT,
  `workflowName` varchar(128),
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_workflow_statistics_workflow_name` (`workflowId`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_destinations` (
  `id` char(36) NOT NULL,
  `destination` json NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_identity` (
  `userId` char(36),
  `providerId` varchar(255) NOT NULL,
  `providerType` varchar(32) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`providerId`, `providerType`),
  CONSTRAINT `auth_identity_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_provider_sync_history` (
  `id` int NOT NULL AUTO_INCREMENT,
  `providerType` varchar(32) NOT NULL,
  `runMode` text NOT NULL,
  `status` text NOT NULL,
  `startedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `endedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `scanned` int NOT NULL,
  `created` int NOT NULL,
  `updated` int NOT NULL,
  `disabled` int NOT NULL,
  `error` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `variables` (
  `key` varchar(50) NOT NULL,
  `type` varchar(50) NOT NULL DEFAULT 'string',
  `value` text,
  `id` varchar(36) NOT NULL,
  `projectId` varchar(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_42f6c766f9f9d2edcc15bdd6e9b` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `execution_data` (
  `executionId` int NOT NULL,
  `workflowData` json NOT NULL,
  `data` text NOT NULL,
  `workflowVersionId` varchar(36),
  PRIMARY KEY (`executionId`),
  CONSTRAINT `execution_data_fk` FOREIGN KEY (`executionId`) REFERENCES `execution_entity` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_relation` (
  `projectId` varchar(36) NOT NULL,
  `userId` char(36) NOT NULL,
  `role` varchar(255) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`projectId`, `userId`),
  CONSTRAINT `FK_5f0643f6717905a05164090dde7` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_61448d56d61802b5dfde5cdb002` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_c6b99592dc96b0d836d7a21db91` FOREIGN KEY (`role`) REFERENCES `role` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shared_credentials` (
  `credentialsId` varchar(36) NOT NULL,
  `projectId` varchar(36) NOT NULL,
  `role` text NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`credentialsId`, `projectId`),
  CONSTRAINT `FK_416f66fc846c7c442970c094ccf` FOREIGN KEY (`credentialsId`) REFERENCES `credentials_entity` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_812c2852270da1247756e77f5a4` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shared_workflow` (
  `workflowId` varchar(36) NOT NULL,
  `projectId` varchar(36) NOT NULL,
  `role` text NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`workflowId`, `projectId`),
  CONSTRAINT `FK_a45ea5f27bcfdc21af9b4188560` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_daa206a04983d47d0a9c34649ce` FOREIGN KEY (`workflowId`) REFERENCES `workflow_entity` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `execution_metadata` (
  `id` int NOT NULL AUTO_INCREMENT,
  `executionId` int NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_cec8eea3bf49551482ccb4933e` (`executionId`, `key`),
  CONSTRAINT `FK_31d0b4c93fb85ced26f6005cda3` FOREIGN KEY (`executionId`) REFERENCES `execution_entity` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invalid_auth_token` (
  `token` varchar(512) NOT NULL,
  `expiresAt` datetime(3) NOT NULL,
  PRIMARY KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `execution_annotations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `executionId` int NOT NULL,
  `vote` varchar(6),
  `note` text,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_97f863fa83c4786f1956508496` (`executionId`),
  CONSTRAINT `FK_97f863fa83c4786f19565084960` FOREIGN KEY (`executionId`) REFERENCES `execution_entity` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_api_keys` (
  `id` varchar(36) NOT NULL,
  `userId` char(36) NOT NULL,
  `label` varchar(100) NOT NULL,
  `apiKey` varchar(255) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `scopes` json,
  `audience` text NOT NULL DEFAULT 'public-api',
  `lastUsedAt` datetime(3) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IDX_1ef35bac35d20bdae979d917a3` (`apiKey`),
  UNIQUE KEY `IDX_63d7bbae72c767cf162d459fcc` (`userId`, `label`),
  CONSTRAINT `FK_e131705cbbc8fb589889b02d457` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `processed_data` (
  `workflowId` varchar(36) NOT NULL,
  `context` varchar(255) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `value` text NOT NULL,
  PRIMARY KEY (`workflowId`, `context`),
  CONSTRAINT `FK_06a69a7032c97a763c2c7599464` FOREIGN KEY (`workflowId`) REFERENCES `workflow_entity` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `scope` (
  `slug` varchar(128) NOT NULL COMMENT 'Unique identifier of the scope for example: "project:create"',
  `displayName` text COMMENT 'Name used to display in the UI',
  `description` text COMMENT 'Text describing the scope in more detail of users',
  PRIMARY KEY (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_scope` (
  `roleSlug` varchar(128) NOT NULL,
  `scopeSlug` varchar(128) NOT NULL,
  PRIMARY KEY (`roleSlug`, `scopeSlug`),
  CONSTRAINT `FK_role` FOREIGN KEY (`roleSlug`) REFERENCES `role` (`slug`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_scope` FOREIGN KEY (`scopeSlug`) REFERENCES `scope` (`slug`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_table` (
  `id` varchar(36) NOT NULL,
  `name` varchar(128) NOT NULL,
  `projectId` varchar(36) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_b23096ef747281ac944d28e8b0d` (`projectId`, `name`),
  CONSTRAINT `FK_c2a794257dee48af7c9abf681de` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `data_table_column` (
  `id` varchar(36) NOT NULL,
  `name` varchar(128) NOT NULL,
  `type` varchar(32) NOT NULL COMMENT 'Expected: string, number, boolean, or date (not enforced as a constraint)',
  `index` int NOT NULL COMMENT 'Column order, starting from 0 (0 = first column)',
  `dataTableId` varchar(36) NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_8082ec4890f892f0bc77473a123` (`dataTableId`, `name`),
  CONSTRAINT `FK_930b6e8faaf88294cef23484160` FOREIGN KEY (`dataTableId`) REFERENCES `data_table` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_hub_sessions` (
  `id` char(36) NOT NULL,
  `title` varchar(256) NOT NULL,
  `ownerId` char(36) NOT NULL,
  `lastMessageAt` datetime(3) NOT NULL,
  `credentialId` varchar(36),
  `provider` varchar(16) COMMENT 'ChatHubProvider enum: "openai", "anthropic", "google", "n8n"',
  `model` varchar(256) COMMENT 'Model name used at the respective Model node, ie. "gpt-4"',
  `workflowId` varchar(36),
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `agentId` char(36) COMMENT 'ID of the custom agent (if provider is "custom-agent")',
  `agentName` varchar(128) COMMENT 'Cached name of the custom agent (if provider is "custom-agent")',
  `type` varchar(16) NOT NULL DEFAULT 'production',
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_7bc13b4c7e6afbfaf9be326c189` FOREIGN KEY (`credentialId`) REFERENCES `credentials_entity` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_9f9293d9f552496c40e0d1a8f80` FOREIGN KEY (`workflowId`) REFERENCES `workflow_entity` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_e9ecf8ede7d989fcd18790fe36a` FOREIGN KEY (`ownerId`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `chat_hub_messages` (
  `id` char(36) NOT NULL,
  `sessionId` char(36) NOT NULL,
  `previousMessageId` char(36),
  `revisionOfMessageId` char(36),
  `retryOfMessageId` char(36),
  `type` varchar(16) NOT NULL COMMENT 'ChatHubMessageType enum: "human", "ai", "system", "tool", "generic"',
  `name` varchar(128) NOT NULL,
  `content` text NOT NULL,
  `provider` varchar(16) COMMENT 'ChatHubProvider enum: "openai", "anthropic", "google", "n8n"',
  `model` varchar(256) COMMENT 'Model name used at the respective Model node, ie. "gpt-4"',
  `workflowId` varchar(36),
  `executionId` int,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `agentId` char(36) COMMENT 'ID of the custom agent (if provider is "custom-agent")',
  `status` varchar(16) NOT NULL DEFAULT 'success' COMMENT 'ChatHubMessageStatus enum, eg. "success", "error", "running", "cancelled"',
  `attachments` json COMMENT 'File attachments for the message (if any), stored as JSON. Files are stored as base64-encoded data URLs.',
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_1f4998c8a7dec9e00a9ab15550e` FOREIGN KEY (`revisionOfMessageId`) REFERENCES `chat_hub_messages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_25c9736e7f769f3a005eef4b372` FOREIGN KEY (`retryOfMessageId`) REFERENCES `chat_hub_messages` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_6afb260449dd7a9b85355d4e0c9` FOREIGN KEY (`executionId`) REFERENCES `execution_entity` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_acf8926098f063cdbbad8497fd1` FOREIGN KEY (`workflowId`) REFERENCES `workflow_entity` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_e22538eb50a71a17954cd7e076c` FOREIGN KEY (`sessionId`) REFERENCES `chat_hub_sessions` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_e5d1fa722c5a8d38ac204746662` FOREIGN KEY (`previousMessageId`) REFERENCES `chat_hub_messages` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_clients` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `redirectUris` json NOT NULL,
  `grantTypes` json NOT NULL,
  `clientSecret` varchar(255),
  `clientSecretExpiresAt` bigint,
  `tokenEndpointAuthMethod` varchar(255) NOT NULL DEFAULT 'none' COMMENT 'Possible values: none, client_secret_basic or client_secret_post',
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `isFirstParty` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_authorization_codes` (
  `code` varchar(255) NOT NULL,
  `clientId` varchar(255) NOT NULL,
  `userId` char(36) NOT NULL,
  `redirectUri` text NOT NULL,
  `codeChallenge` text NOT NULL,
  `codeChallengeMethod` varchar(255) NOT NULL,
  `expiresAt` bigint NOT NULL COMMENT 'Unix timestamp in milliseconds',
  `state` text,
  `used` tinyint(1) NOT NULL DEFAULT 0,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `resource` text COMMENT 'RFC 8707 resource indicator URI (e.g. https://n8n.example.com/mcp-server/http). NULL = legacy flow predating resource indicator support; defaults to the instance canonical MCP resource URL.',
  `scope` json NOT NULL DEFAULT '["tool:listWorkflows","tool:getWorkflowDetails"]' COMMENT 'OAuth scopes granted for this authorization code',
  PRIMARY KEY (`code`),
  CONSTRAINT `FK_64d965bd072ea24fb6da55468cd` FOREIGN KEY (`clientId`) REFERENCES `oauth_clients` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_aa8d3560484944c19bdf79ffa16` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_tokens` (
  `token` varchar(255) NOT NULL,
  `clientId` varchar(255) NOT NULL,
  `userId` char(36) NOT NULL,
  PRIMARY KEY (`token`),
  CONSTRAINT `FK_7234a36d8e49a1fa85095328845` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_78b26968132b7e5e45b75876481` FOREIGN KEY (`clientId`) REFERENCES `oauth_clients` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_refresh_tokens` (
  `token` varchar(255) NOT NULL,
  `clientId` varchar(255) NOT NULL,
  `userId` char(36) NOT NULL,
  `expiresAt` bigint NOT NULL COMMENT 'Unix timestamp in milliseconds',
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `scope` json NOT NULL DEFAULT '["tool:listWorkflows","tool:getWorkflowDetails"]' COMMENT 'OAuth scopes granted for this refresh token',
  `resource` text NOT NULL COMMENT 'RFC 8707 resource indicator the grant was approved for (e.g. https://n8n.example.com/mcp-server/http); the audience of every access token minted from this refresh token.',
  PRIMARY KEY (`token`),
  CONSTRAINT `FK_a699f3ed9fd0c1b19bc2608ac53` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_b388696ce4d8be7ffbe8d3e4b69` FOREIGN KEY (`clientId`) REFERENCES `oauth_clients` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_user_consents` (
  `id` int NOT NULL AUTO_INCREMENT,
  `userId` char(36) NOT NULL,
  `clientId` varchar(255) NOT NULL,
  `grantedAt` bigint NOT NULL COMMENT 'Unix timestamp in milliseconds',
  `scope` json NOT NULL COMMENT 'OAuth scopes granted on the consent screen',
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_083721d99ce8db4033e2958ebb4` (`userId`, `clientId`),
  CONSTRAINT `FK_21e6c3c2d78a097478fae6aaefa` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_a651acea2f6c97f8c4514935486` FOREIGN KEY (`clientId`) REFERENCES `oauth_clients` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `binary_data` (
  `fileId` char(36) NOT NULL,
  `sourceType` varchar(50) NOT NULL COMMENT 'Source the file belongs to, e.g. ''execution''',
  `sourceId` varchar(255) NOT NULL COMMENT 'ID of the source, e.g. execution ID',
  `data` longblob NOT NULL COMMENT 'Raw, not base64 encoded',
  `mimeType` varchar(255),
  `fileName` varchar(255),
  `fileSize` int NOT NULL COMMENT 'In bytes',
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`fileId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_publish_history` (
  `id` int NOT NULL AUTO_INCREMENT,
  `workflowId` varchar(36) NOT NULL,
  `versionId` varchar(36),
  `event` varchar(36) NOT NULL COMMENT 'Type of history record: activated (workflow is now active), deactivated (workflow is now inactive)',
  `userId` char(36),
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_6eab5bd9eedabe9c54bd879fc40` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_b4cfbc7556d07f36ca177f5e473` FOREIGN KEY (`versionId`) REFERENCES `workflow_history` (`versionId`) ON DELETE SET NULL,
  CONSTRAINT `FK_c01316f8c2d7101ec4fa9809267` FOREIGN KEY (`workflowId`) REFERENCES `workflow_entity` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dynamic_credential_user_entry` (
  `credentialId` varchar(16) NOT NULL,
  `userId` char(36) NOT NULL,
  `resolverId` varchar(16) NOT NULL,
  `data` text NOT NULL,
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `updatedAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`credentialId`, `userId`, `resolverId`),
  CONSTRAINT `FK_945ba70b342a066d1306b12ccd2` FOREIGN KEY (`credentialId`) REFERENCES `credentials_entity` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_a36dc616fabc3f736bb82410a22` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_favorites` (
  `id` int NOT NULL AUTO_INCREMENT,
  `userId` char(36) NOT NULL,
  `resourceId` varchar(255) NOT NULL,
  `resourceType` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UQ_cf6ae658ead9ffc124723413c65` (`userId`, `resourceId`, `resourceType`),
  CONSTRAINT `FK_1dd5c393ad0517be3c31a7af836` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activity_event` (
  `id` int NOT NULL AUTO_INCREMENT,
  `category` varchar(32) NOT NULL COMMENT 'Kind of happening, not kind of resource — see ActivityEventCategory in @n8n/db. The unit a reader caps and collapses by: workflow, credential. Executions are absent on purpose; execution_entity already records and indexes them',
  `action` varchar(64) NOT NULL COMMENT 'What happened, as a verb: created, saved, published, unpublished, deleted, archived, unarchived, version-updated',
  `typeVersion` int NOT NULL DEFAULT 1 COMMENT 'Schema version of `data` for this category/action pair',
  `userId` char(36) COMMENT 'Who acted. Never NULL on insert — every event carries a user. Goes NULL when that user is deleted',
  `projectId` varchar(36) NOT NULL COMMENT 'The access boundary; every read filters on it, so an entry without a project could never be shown and is not worth writing',
  `resourceType` varchar(32) COMMENT 'What `resourceId` points at; see ActivityResourceType in @n8n/db. NULL when an entry is about the instance rather than a resource',
  `resourceId` varchar(36) COMMENT 'Id of the resource, for fetching the full record. No FK: entries outlive it',
  `resourceName` text COMMENT 'Name at the time of the entry, denormalised so a row reads without a join and survives the resource being deleted. Truncated on write',
  `data` json COMMENT 'Minimal detail that makes an entry meaningful unexpanded (a save node delta, and whether the assistant or the user changed it). Size-capped on write; no user ids',
  `createdAt` datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  CONSTRAINT `FK_29654477f37189453b353d3f46a` FOREIGN KEY (`userId`) REFERENCES `user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `FK_6bf94d5542661d2e1b9e0c41436` FOREIGN KEY (`projectId`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `workflow_history` ADD CONSTRAINT `FK_1e31657f5fe46816c34be7c1b4b` FOREIGN KEY (`workflowId`) REFERENCES `workflow_entity` (`id`) ON DELETE CASCADE;

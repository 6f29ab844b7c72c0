-- Botpress 12 (v12.31.10) with the Botpress Messaging server it embeds (v1.2.18) — open-source chatbot
-- platform: bots' end users per channel, conversation events, dialog sessions, bot users, live-agent
-- handover (HITL and HITL Next: handoffs, agent comments), misunderstood messages, broadcasts, analytics,
-- NLU model entries, admin collaborators (auth strategy users, workspace users, invite codes), data
-- retention, logs, file storage; messaging server: clients, channels, providers, conduits, users, user
-- tokens, conversations, messages, webhooks and the channel-identity mapping tables.
-- Upstream: github.com/botpress/v12 (the Botpress 12 repository), commit 179cb6961b9278634a07e354a54fb8df534d2ebf
-- (AGPL-3.0), and github.com/botpress/messaging, commit e7d8faf55f0925c79f7ff56dd23f17831d2116ab (AGPL-3.0).
-- Upstream has no SQL files: every table is created at start-up by Knex schema-builder code (SQLite or
-- PostgreSQL). Each Knex `createTableIfNotExists` below is written as the MySQL DDL of Knex's MySQL dialect,
-- column for column in upstream's order: increments -> int unsigned AUTO_INCREMENT primary key, string ->
-- varchar(255) (or the given length), text -> text, json/jsonb -> json, timestamp -> timestamp NULL,
-- dateTime -> datetime, date -> date, boolean -> boolean, integer -> int, uuid -> char(36), binary -> blob,
-- enum -> enum(...), timestamps(true, true) -> created_at / updated_at timestamp NOT NULL DEFAULT
-- CURRENT_TIMESTAMP; primary, unique, index and references as keys and foreign keys. Sources per table below.
-- Tables are utf8mb4, except bot_analytics and the three varchar key columns of msg_sandboxmap, whose
-- composite primary keys of several varchar(255) columns exceed InnoDB's 3072-byte key limit in utf8mb4
-- (they are written utf8mb3).

-- packages/bp/src/core/migration/metadata-table.ts
CREATE TABLE `srv_metadata` (
  `server_version` varchar(255) NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/bp/src/core/users/chat-users/channel_users-table.ts
CREATE TABLE `srv_channel_users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `channel` varchar(255) NULL,
  `user_id` varchar(255) NULL,
  `attributes` json NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `scu_idx` (`channel`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/bp/src/core/users/collaborators/tables/workspace_users.ts
CREATE TABLE `workspace_users` (
  `email` varchar(255) NULL,
  `strategy` varchar(255) NULL,
  `workspace` varchar(255) NULL,
  `role` varchar(255) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/bp/src/core/users/collaborators/tables/workspace_invite_codes.ts
CREATE TABLE `workspace_invite_codes` (
  `workspaceId` varchar(255) NULL,
  `inviteCode` varchar(255) NULL,
  `allowedUsages` int NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/bp/src/core/users/collaborators/tables/strategy_users.ts, created by core/security/auth-service.ts
-- as `strategy_<strategy id>` for each authentication strategy; `default` is the built-in basic strategy
CREATE TABLE `strategy_default` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `password` varchar(255) NULL,
  `salt` varchar(255) NULL,
  `strategy` varchar(255) NOT NULL,
  `attributes` json NOT NULL,
  `tokenVersion` int NOT NULL DEFAULT 1,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/bp/src/core/logger/logs-table.ts
CREATE TABLE `srv_logs` (
  `botId` varchar(255) NULL,
  `hostname` varchar(255) NULL,
  `timestamp` timestamp NULL,
  `level` varchar(255) NULL,
  `scope` varchar(255) NULL,
  `message` text NULL,
  `metadata` text NULL,
  KEY `sld_idx` (`botId`, `timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/bp/src/core/dialog/sessions/dialog_sessions-table.ts
CREATE TABLE `dialog_sessions` (
  `id` varchar(255) NOT NULL,
  `context` json NOT NULL,
  `temp_data` json NOT NULL,
  `session_data` json NOT NULL,
  `context_expiry` timestamp NULL,
  `session_expiry` timestamp NULL,
  `created_on` timestamp NOT NULL,
  `modified_on` timestamp NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/bp/src/core/bpfs/ghost_files-table.ts
CREATE TABLE `srv_ghost_files` (
  `file_path` varchar(255) NOT NULL,
  `content` blob NULL,
  `deleted` boolean NULL,
  `modified_on` timestamp NULL,
  PRIMARY KEY (`file_path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/bp/src/core/bpfs/ghost_revisions-table.ts
CREATE TABLE `srv_ghost_index` (
  `file_path` varchar(255) NOT NULL,
  `revision` varchar(255) NOT NULL,
  `created_by` varchar(255) NULL,
  `created_on` timestamp NULL,
  PRIMARY KEY (`file_path`, `revision`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/bp/src/core/kvs/kvs-table.ts
CREATE TABLE `srv_kvs` (
  `key` varchar(255) NOT NULL,
  `value` text NOT NULL,
  `botId` varchar(255) NOT NULL,
  `expireOn` timestamp NULL,
  `modified_on` timestamp NULL,
  PRIMARY KEY (`key`, `botId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/bp/src/core/users/data-retention/data_retention-table.ts
CREATE TABLE `data_retention` (
  `channel` text NOT NULL,
  `user_id` text NOT NULL,
  `field_path` text NOT NULL,
  `expiry_date` timestamp NOT NULL,
  `created_on` timestamp NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/bp/src/core/telemetry/telemetry-table.ts
CREATE TABLE `telemetry` (
  `uuid` char(36) NOT NULL,
  `payload` json NOT NULL,
  `available` boolean NOT NULL,
  `lastChanged` timestamp NOT NULL,
  `creationDate` timestamp NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/bp/src/core/events/event-table.ts
CREATE TABLE `events` (
  `id` varchar(255) NOT NULL,
  `messageId` char(36) NULL,
  `botId` varchar(255) NOT NULL,
  `channel` varchar(255) NOT NULL,
  `threadId` varchar(255) NULL,
  `target` varchar(255) NULL,
  `sessionId` varchar(255) NULL,
  `type` varchar(255) NULL,
  `direction` varchar(255) NOT NULL,
  `incomingEventId` varchar(255) NULL,
  `workflowId` varchar(255) NULL,
  `feedback` int NULL,
  `success` boolean NULL,
  `event` json NOT NULL,
  `createdOn` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  KEY `events_idx` (`createdOn`),
  KEY `events_messageid_index` (`messageId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/bp/src/core/user-code/action-server/tasks-table.ts
CREATE TABLE `tasks` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `eventId` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `actionName` varchar(255) NOT NULL,
  `actionArgs` json NOT NULL,
  `actionServerId` varchar(255) NOT NULL,
  `statusCode` int NULL,
  `startedAt` timestamp NOT NULL,
  `endedAt` timestamp NOT NULL,
  `failureReason` varchar(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/bp/src/core/users/chat-users/chat_users-table.ts
CREATE TABLE `bot_chat_users` (
  `botId` varchar(255) NOT NULL,
  `channel` varchar(255) NOT NULL,
  `userId` varchar(255) NOT NULL,
  `createdOn` date NOT NULL DEFAULT (CURRENT_DATE),
  `lastSeenOn` date NOT NULL DEFAULT (CURRENT_DATE),
  PRIMARY KEY (`botId`, `channel`, `userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/bp/src/core/migration/migrations-table.ts
CREATE TABLE `srv_migrations` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `initialVersion` varchar(255) NULL,
  `targetVersion` varchar(255) NULL,
  `details` text NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- packages/bp/src/core/messaging/channels-table.ts
CREATE TABLE `srv_channels` (
  `clientId` char(36) NOT NULL,
  `botId` varchar(255) NOT NULL,
  `clientToken` varchar(255) NOT NULL,
  `config` json NOT NULL,
  PRIMARY KEY (`clientId`),
  UNIQUE KEY `srv_channels_botid_unique` (`botId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- modules/analytics/src/backend/db.ts
CREATE TABLE `bot_analytics` (
  `botId` varchar(255) NOT NULL,
  `date` date NOT NULL DEFAULT (CURRENT_DATE),
  `channel` varchar(255) NOT NULL,
  `metric` varchar(255) NOT NULL,
  `subMetric` varchar(255) NOT NULL DEFAULT '',
  `value` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`botId`, `date`, `channel`, `metric`, `subMetric`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;

-- modules/broadcast/src/backend/db.ts
CREATE TABLE `broadcast_schedules` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `botId` varchar(255) NULL,
  `date_time` varchar(255) NULL,
  `ts` timestamp NULL,
  `text` varchar(255) NULL,
  `type` varchar(255) NULL,
  `outboxed` boolean NULL,
  `errored` boolean NULL,
  `total_count` int NULL,
  `sent_count` int NULL,
  `created_on` timestamp NULL,
  `filters` varchar(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `broadcast_outbox` (
  `scheduleId` int unsigned NOT NULL,
  `userId` int unsigned NOT NULL,
  `botId` varchar(255) NULL,
  `ts` timestamp NULL,
  PRIMARY KEY (`scheduleId`, `userId`),
  CONSTRAINT `broadcast_outbox_scheduleid_foreign` FOREIGN KEY (`scheduleId`) REFERENCES `broadcast_schedules` (`id`) ON DELETE CASCADE,
  CONSTRAINT `broadcast_outbox_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `srv_channel_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- modules/channel-web/src/backend/db.ts
CREATE TABLE `web_user_map` (
  `botId` varchar(255) NOT NULL,
  `visitorId` varchar(255) NOT NULL,
  `userId` char(36) NULL,
  PRIMARY KEY (`botId`, `visitorId`),
  UNIQUE KEY `web_user_map_userid_unique` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- modules/hitl/src/backend/db.ts (hitl_messages.text altered to longtext on non-SQLite databases)
CREATE TABLE `hitl_sessions` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `botId` varchar(255) NOT NULL,
  `channel` varchar(255) NULL,
  `userId` varchar(255) NULL,
  `full_name` varchar(255) NULL,
  `user_image_url` varchar(255) NULL,
  `last_event_on` timestamp NULL,
  `last_heard_on` timestamp NULL,
  `paused` boolean NULL,
  `paused_trigger` varchar(255) NULL,
  `thread_id` varchar(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hitl_messages` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `session_id` int unsigned NULL,
  `type` varchar(255) NULL,
  `source` varchar(255) NULL,
  `text` longtext NULL,
  `raw_message` json NULL,
  `direction` enum('in', 'out') NULL,
  `ts` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `hitl_messages_session_id_foreign` FOREIGN KEY (`session_id`) REFERENCES `hitl_sessions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- modules/hitlnext/src/backend/migrate.ts
CREATE TABLE `handoffs` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `botId` varchar(255) NOT NULL,
  `userId` varchar(255) NOT NULL,
  `agentId` varchar(255) NULL,
  `userThreadId` varchar(255) NOT NULL,
  `userChannel` varchar(255) NOT NULL,
  `agentThreadId` varchar(255) NULL,
  `status` varchar(255) NOT NULL,
  `tags` json NULL,
  `assignedAt` datetime NULL,
  `resolvedAt` datetime NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `handoffs_id_unique` (`id`),
  KEY `handoffs_botid_index` (`botId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comments` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `handoffId` int unsigned NOT NULL,
  `threadId` varchar(255) NOT NULL,
  `agentId` varchar(255) NOT NULL,
  `content` text NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comments_id_unique` (`id`),
  KEY `comments_handoffid_index` (`handoffId`),
  KEY `comments_agentid_index` (`agentId`),
  CONSTRAINT `comments_handoffid_foreign` FOREIGN KEY (`handoffId`) REFERENCES `handoffs` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- modules/misunderstood/src/backend/db.ts (enum values from modules/misunderstood/src/types.ts)
CREATE TABLE `misunderstood` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `eventId` varchar(255) NULL,
  `botId` varchar(255) NULL,
  `language` varchar(255) NULL,
  `preview` text NULL,
  `reason` enum('auto_hook', 'action', 'manual', 'thumbs_down') NULL,
  `status` enum('new', 'applied', 'deleted', 'pending') NULL DEFAULT 'new',
  `resolutionType` enum('qna', 'intent') NULL,
  `resolution` varchar(255) NULL,
  `resolutionParams` json NULL,
  `createdAt` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updatedAt` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- modules/nlu/src/backend/application/model-entry/model-entry-repo.ts
CREATE TABLE `model_entry` (
  `botId` varchar(255) NOT NULL,
  `language` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `modelId` varchar(255) NOT NULL,
  `definitionHash` varchar(255) NOT NULL,
  PRIMARY KEY (`botId`, `language`, `status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/engine/src/kvs/table.ts
CREATE TABLE `msg_kvs` (
  `id` char(36) NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `msg_kvs_key_unique` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/engine/src/meta/table.ts
CREATE TABLE `msg_meta` (
  `time` timestamp NOT NULL,
  `data` json NULL,
  PRIMARY KEY (`time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/framework/src/clients/table.ts
CREATE TABLE `msg_clients` (
  `id` char(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/framework/src/client-tokens/table.ts
CREATE TABLE `msg_client_tokens` (
  `id` char(36) NOT NULL,
  `clientId` char(36) NULL,
  `token` varchar(255) NOT NULL,
  `expiry` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `msg_client_tokens_clientid_foreign` FOREIGN KEY (`clientId`) REFERENCES `msg_clients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/providers/table.ts
CREATE TABLE `msg_providers` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `sandbox` boolean NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `msg_providers_name_unique` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/provisions/table.ts
CREATE TABLE `msg_provisions` (
  `clientId` char(36) NOT NULL,
  `providerId` char(36) NOT NULL,
  PRIMARY KEY (`clientId`, `providerId`),
  UNIQUE KEY `msg_provisions_clientid_unique` (`clientId`),
  UNIQUE KEY `msg_provisions_providerid_unique` (`providerId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/channels/table.ts
CREATE TABLE `msg_channels` (
  `id` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `version` varchar(255) NOT NULL,
  `lazy` boolean NOT NULL,
  `initiable` boolean NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `msg_channels_name_version_unique` (`name`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/conduits/table.ts
CREATE TABLE `msg_conduits` (
  `id` char(36) NOT NULL,
  `providerId` char(36) NOT NULL,
  `channelId` char(36) NOT NULL,
  `config` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `msg_conduits_providerid_channelid_unique` (`providerId`, `channelId`),
  KEY `msg_conduits_channelid_index` (`channelId`),
  CONSTRAINT `msg_conduits_providerid_foreign` FOREIGN KEY (`providerId`) REFERENCES `msg_providers` (`id`),
  CONSTRAINT `msg_conduits_channelid_foreign` FOREIGN KEY (`channelId`) REFERENCES `msg_channels` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/status/table.ts
CREATE TABLE `msg_status` (
  `conduitId` char(36) NOT NULL,
  `numberOfErrors` int NOT NULL,
  `initializedOn` timestamp NULL,
  `lastError` text NULL,
  PRIMARY KEY (`conduitId`),
  KEY `msg_status_numberoferrors_initializedon_index` (`numberOfErrors`, `initializedOn`),
  CONSTRAINT `msg_status_conduitid_foreign` FOREIGN KEY (`conduitId`) REFERENCES `msg_conduits` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/health/table.ts
CREATE TABLE `msg_health` (
  `id` char(36) NOT NULL,
  `conduitId` char(36) NOT NULL,
  `time` timestamp NOT NULL,
  `type` varchar(255) NOT NULL,
  `data` json NULL,
  PRIMARY KEY (`id`),
  KEY `msg_health_conduitid_time_index` (`conduitId`, `time`),
  CONSTRAINT `msg_health_conduitid_foreign` FOREIGN KEY (`conduitId`) REFERENCES `msg_conduits` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/users/table.ts (+ migration 1.1.8-user-data: data)
CREATE TABLE `msg_users` (
  `id` char(36) NOT NULL,
  `clientId` char(36) NOT NULL,
  `data` json NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `msg_users_clientid_foreign` FOREIGN KEY (`clientId`) REFERENCES `msg_clients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/user-tokens/table.ts
CREATE TABLE `msg_user_tokens` (
  `id` char(36) NOT NULL,
  `userId` char(36) NULL,
  `token` varchar(255) NOT NULL,
  `expiry` timestamp NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `msg_user_tokens_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `msg_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/conversations/table.ts
CREATE TABLE `msg_conversations` (
  `id` char(36) NOT NULL,
  `clientId` char(36) NOT NULL,
  `userId` char(36) NOT NULL,
  `createdOn` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  KEY `msg_conversations_userid_clientid_index` (`userId`, `clientId`),
  CONSTRAINT `msg_conversations_clientid_foreign` FOREIGN KEY (`clientId`) REFERENCES `msg_clients` (`id`),
  CONSTRAINT `msg_conversations_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `msg_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/messages/table.ts
CREATE TABLE `msg_messages` (
  `id` char(36) NOT NULL,
  `conversationId` char(36) NOT NULL,
  `authorId` char(36) NULL,
  `sentOn` timestamp NOT NULL,
  `payload` json NOT NULL,
  PRIMARY KEY (`id`),
  KEY `msg_messages_conversationid_senton_index` (`conversationId`, `sentOn`),
  CONSTRAINT `msg_messages_conversationid_foreign` FOREIGN KEY (`conversationId`) REFERENCES `msg_conversations` (`id`) ON DELETE CASCADE,
  CONSTRAINT `msg_messages_authorid_foreign` FOREIGN KEY (`authorId`) REFERENCES `msg_users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/webhooks/table.ts
CREATE TABLE `msg_webhooks` (
  `id` char(36) NOT NULL,
  `clientId` char(36) NOT NULL,
  `url` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `msg_webhooks_clientid_foreign` FOREIGN KEY (`clientId`) REFERENCES `msg_clients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/mapping/tunnels/table.ts
CREATE TABLE `msg_tunnels` (
  `id` char(36) NOT NULL,
  `clientId` char(36) NOT NULL,
  `channelId` char(36) NULL,
  `customChannelName` varchar(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `msg_tunnels_clientid_channelid_unique` (`clientId`, `channelId`),
  UNIQUE KEY `msg_tunnels_clientid_customchannelname_unique` (`clientId`, `customChannelName`),
  CONSTRAINT `msg_tunnels_clientid_foreign` FOREIGN KEY (`clientId`) REFERENCES `msg_clients` (`id`),
  CONSTRAINT `msg_tunnels_channelid_foreign` FOREIGN KEY (`channelId`) REFERENCES `msg_channels` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/mapping/identities/table.ts
CREATE TABLE `msg_identities` (
  `id` char(36) NOT NULL,
  `tunnelId` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `msg_identities_tunnelid_name_unique` (`tunnelId`, `name`),
  CONSTRAINT `msg_identities_tunnelid_foreign` FOREIGN KEY (`tunnelId`) REFERENCES `msg_tunnels` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/mapping/senders/table.ts
CREATE TABLE `msg_senders` (
  `id` char(36) NOT NULL,
  `identityId` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `msg_senders_identityid_name_unique` (`identityId`, `name`),
  CONSTRAINT `msg_senders_identityid_foreign` FOREIGN KEY (`identityId`) REFERENCES `msg_identities` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/mapping/threads/table.ts
CREATE TABLE `msg_threads` (
  `id` char(36) NOT NULL,
  `senderId` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `msg_threads_senderid_name_unique` (`senderId`, `name`),
  CONSTRAINT `msg_threads_senderid_foreign` FOREIGN KEY (`senderId`) REFERENCES `msg_senders` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/mapping/usermap/table.ts
CREATE TABLE `msg_usermap` (
  `tunnelId` char(36) NOT NULL,
  `userId` char(36) NOT NULL,
  `senderId` char(36) NOT NULL,
  UNIQUE KEY `msg_usermap_tunnelid_userid_unique` (`tunnelId`, `userId`),
  UNIQUE KEY `msg_usermap_tunnelid_senderid_unique` (`tunnelId`, `senderId`),
  CONSTRAINT `msg_usermap_tunnelid_foreign` FOREIGN KEY (`tunnelId`) REFERENCES `msg_tunnels` (`id`),
  CONSTRAINT `msg_usermap_userid_foreign` FOREIGN KEY (`userId`) REFERENCES `msg_users` (`id`),
  CONSTRAINT `msg_usermap_senderid_foreign` FOREIGN KEY (`senderId`) REFERENCES `msg_senders` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/mapping/convmap/table.ts
CREATE TABLE `msg_convmap` (
  `tunnelId` char(36) NOT NULL,
  `conversationId` char(36) NOT NULL,
  `threadId` char(36) NOT NULL,
  UNIQUE KEY `msg_convmap_tunnelid_conversationid_unique` (`tunnelId`, `conversationId`),
  UNIQUE KEY `msg_convmap_tunnelid_threadid_unique` (`tunnelId`, `threadId`),
  CONSTRAINT `msg_convmap_tunnelid_foreign` FOREIGN KEY (`tunnelId`) REFERENCES `msg_tunnels` (`id`),
  CONSTRAINT `msg_convmap_conversationid_foreign` FOREIGN KEY (`conversationId`) REFERENCES `msg_conversations` (`id`),
  CONSTRAINT `msg_convmap_threadid_foreign` FOREIGN KEY (`threadId`) REFERENCES `msg_threads` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- botpress/messaging packages/server/src/mapping/sandboxmap/table.ts
CREATE TABLE `msg_sandboxmap` (
  `conduitId` char(36) NOT NULL,
  `identity` varchar(255) CHARACTER SET utf8mb3 NOT NULL,
  `sender` varchar(255) CHARACTER SET utf8mb3 NOT NULL,
  `thread` varchar(255) CHARACTER SET utf8mb3 NOT NULL,
  `clientId` char(36) NOT NULL,
  PRIMARY KEY (`conduitId`, `identity`, `sender`, `thread`),
  CONSTRAINT `msg_sandboxmap_conduitid_foreign` FOREIGN KEY (`conduitId`) REFERENCES `msg_conduits` (`id`),
  CONSTRAINT `msg_sandboxmap_clientid_foreign` FOREIGN KEY (`clientId`) REFERENCES `msg_clients` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

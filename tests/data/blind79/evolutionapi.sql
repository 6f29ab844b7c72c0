-- Evolution API (WhatsApp messaging API: instances, contacts, chats, messages, chatbot integrations, event sinks)
-- Upstream: github.com/EvolutionAPI/evolution-api, commit 3454bec79f514995df9a5ea36a3554ab35cf1c82,
-- prisma/mysql-migrations/*/migration.sql (all 19 migrations replayed in order in MariaDB, then dumped without data;
-- Prisma Json columns written back as JSON). Licence: Apache-2.0 with additional conditions (LICENSE).

CREATE TABLE `Instance` (
  `id` varchar(191) NOT NULL,
  `name` varchar(255) NOT NULL,
  `connectionStatus` enum('open','close','connecting') NOT NULL DEFAULT 'open',
  `ownerJid` varchar(100) DEFAULT NULL,
  `profileName` varchar(100) DEFAULT NULL,
  `profilePicUrl` varchar(500) DEFAULT NULL,
  `integration` varchar(100) DEFAULT NULL,
  `number` varchar(100) DEFAULT NULL,
  `businessId` varchar(100) DEFAULT NULL,
  `token` varchar(255) DEFAULT NULL,
  `clientName` varchar(100) DEFAULT NULL,
  `disconnectionReasonCode` int(11) DEFAULT NULL,
  `disconnectionObject` json DEFAULT NULL,
  `disconnectionAt` timestamp NULL DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Instance_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Session` (
  `id` varchar(191) NOT NULL,
  `sessionId` varchar(191) NOT NULL,
  `creds` text DEFAULT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `Session_sessionId_key` (`sessionId`),
  CONSTRAINT `Session_sessionId_fkey` FOREIGN KEY (`sessionId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Contact` (
  `id` varchar(191) NOT NULL,
  `remoteJid` varchar(100) NOT NULL,
  `pushName` varchar(100) DEFAULT NULL,
  `profilePicUrl` varchar(500) DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NULL DEFAULT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Contact_remoteJid_instanceId_key` (`remoteJid`,`instanceId`),
  KEY `Contact_instanceId_idx` (`instanceId`),
  KEY `Contact_remoteJid_idx` (`remoteJid`),
  CONSTRAINT `Contact_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Chat` (
  `id` varchar(191) NOT NULL,
  `remoteJid` varchar(100) NOT NULL,
  `labels` json DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NULL DEFAULT NULL,
  `instanceId` varchar(191) NOT NULL,
  `name` varchar(100) DEFAULT NULL,
  `unreadMessages` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Chat_instanceId_remoteJid_key` (`instanceId`,`remoteJid`),
  KEY `Chat_instanceId_idx` (`instanceId`),
  KEY `Chat_remoteJid_idx` (`remoteJid`),
  CONSTRAINT `Chat_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `IntegrationSession` (
  `id` varchar(191) NOT NULL,
  `sessionId` varchar(255) NOT NULL,
  `remoteJid` varchar(100) NOT NULL,
  `pushName` varchar(191) DEFAULT NULL,
  `status` enum('opened','closed','paused') NOT NULL,
  `awaitUser` tinyint(1) NOT NULL DEFAULT 0,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  `parameters` json DEFAULT NULL,
  `botId` varchar(191) DEFAULT NULL,
  `context` json DEFAULT NULL,
  `type` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IntegrationSession_instanceId_fkey` (`instanceId`),
  CONSTRAINT `IntegrationSession_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Message` (
  `id` varchar(191) NOT NULL,
  `key` json NOT NULL,
  `pushName` varchar(100) DEFAULT NULL,
  `participant` varchar(100) DEFAULT NULL,
  `messageType` varchar(100) NOT NULL,
  `message` json NOT NULL,
  `contextInfo` json DEFAULT NULL,
  `source` enum('ios','android','web','unknown','desktop') NOT NULL,
  `messageTimestamp` int(11) NOT NULL,
  `chatwootMessageId` int(11) DEFAULT NULL,
  `chatwootInboxId` int(11) DEFAULT NULL,
  `chatwootConversationId` int(11) DEFAULT NULL,
  `chatwootContactInboxSourceId` varchar(100) DEFAULT NULL,
  `chatwootIsRead` tinyint(1) DEFAULT 0,
  `instanceId` varchar(191) NOT NULL,
  `typebotSessionId` varchar(191) DEFAULT NULL,
  `webhookUrl` varchar(500) DEFAULT NULL,
  `sessionId` varchar(191) DEFAULT NULL,
  `status` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `Message_instanceId_idx` (`instanceId`),
  KEY `Message_sessionId_fkey` (`sessionId`),
  CONSTRAINT `Message_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Message_sessionId_fkey` FOREIGN KEY (`sessionId`) REFERENCES `IntegrationSession` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `MessageUpdate` (
  `id` varchar(191) NOT NULL,
  `keyId` varchar(100) NOT NULL,
  `remoteJid` varchar(100) NOT NULL,
  `fromMe` tinyint(1) NOT NULL,
  `participant` varchar(100) DEFAULT NULL,
  `pollUpdates` json DEFAULT NULL,
  `status` varchar(30) NOT NULL,
  `messageId` varchar(191) NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `MessageUpdate_messageId_idx` (`messageId`),
  KEY `MessageUpdate_instanceId_idx` (`instanceId`),
  CONSTRAINT `MessageUpdate_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `MessageUpdate_messageId_fkey` FOREIGN KEY (`messageId`) REFERENCES `Message` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Media` (
  `id` varchar(191) NOT NULL,
  `fileName` varchar(500) NOT NULL,
  `type` varchar(100) NOT NULL,
  `mimetype` varchar(100) NOT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `messageId` varchar(191) NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Media_messageId_key` (`messageId`),
  KEY `Media_instanceId_fkey` (`instanceId`),
  CONSTRAINT `Media_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `Media_messageId_fkey` FOREIGN KEY (`messageId`) REFERENCES `Message` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Label` (
  `id` varchar(191) NOT NULL,
  `labelId` varchar(100) DEFAULT NULL,
  `name` varchar(100) NOT NULL,
  `color` varchar(100) NOT NULL,
  `predefinedId` varchar(100) DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `Label_instanceId_fkey` (`instanceId`),
  CONSTRAINT `Label_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `IsOnWhatsapp` (
  `id` varchar(191) NOT NULL,
  `remoteJid` varchar(100) NOT NULL,
  `jidOptions` varchar(191) NOT NULL,
  `createdAt` timestamp NOT NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `IsOnWhatsapp_remoteJid_key` (`remoteJid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Chatwoot` (
  `id` varchar(191) NOT NULL,
  `enabled` tinyint(1) DEFAULT 1,
  `accountId` varchar(100) DEFAULT NULL,
  `token` varchar(100) DEFAULT NULL,
  `url` varchar(500) DEFAULT NULL,
  `nameInbox` varchar(100) DEFAULT NULL,
  `signMsg` tinyint(1) DEFAULT 0,
  `signDelimiter` varchar(100) DEFAULT NULL,
  `number` varchar(100) DEFAULT NULL,
  `reopenConversation` tinyint(1) DEFAULT 0,
  `conversationPending` tinyint(1) DEFAULT 0,
  `mergeBrazilContacts` tinyint(1) DEFAULT 0,
  `importContacts` tinyint(1) DEFAULT 0,
  `importMessages` tinyint(1) DEFAULT 0,
  `daysLimitImportMessages` int(11) DEFAULT NULL,
  `organization` varchar(100) DEFAULT NULL,
  `logo` varchar(500) DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  `ignoreJids` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Chatwoot_instanceId_key` (`instanceId`),
  CONSTRAINT `Chatwoot_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Dify` (
  `id` varchar(191) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `description` varchar(255) DEFAULT NULL,
  `botType` enum('chatBot','textGenerator','agent','workflow') NOT NULL,
  `apiUrl` varchar(255) DEFAULT NULL,
  `apiKey` varchar(255) DEFAULT NULL,
  `expire` int(11) DEFAULT 0,
  `keywordFinish` varchar(100) DEFAULT NULL,
  `delayMessage` int(11) DEFAULT NULL,
  `unknownMessage` varchar(100) DEFAULT NULL,
  `listeningFromMe` tinyint(1) DEFAULT 0,
  `stopBotFromMe` tinyint(1) DEFAULT 0,
  `keepOpen` tinyint(1) DEFAULT 0,
  `debounceTime` int(11) DEFAULT NULL,
  `ignoreJids` json DEFAULT NULL,
  `triggerType` enum('all','keyword','none','advanced') DEFAULT NULL,
  `triggerOperator` enum('contains','equals','startsWith','endsWith','regex') DEFAULT NULL,
  `triggerValue` varchar(191) DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  `splitMessages` tinyint(1) DEFAULT 0,
  `timePerChar` int(11) DEFAULT 50,
  PRIMARY KEY (`id`),
  KEY `Dify_instanceId_fkey` (`instanceId`),
  CONSTRAINT `Dify_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `DifySetting` (
  `id` varchar(191) NOT NULL,
  `expire` int(11) DEFAULT 0,
  `keywordFinish` varchar(100) DEFAULT NULL,
  `delayMessage` int(11) DEFAULT NULL,
  `unknownMessage` varchar(100) DEFAULT NULL,
  `listeningFromMe` tinyint(1) DEFAULT 0,
  `stopBotFromMe` tinyint(1) DEFAULT 0,
  `keepOpen` tinyint(1) DEFAULT 0,
  `debounceTime` int(11) DEFAULT NULL,
  `ignoreJids` json DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `difyIdFallback` varchar(100) DEFAULT NULL,
  `instanceId` varchar(191) NOT NULL,
  `splitMessages` tinyint(1) DEFAULT 0,
  `timePerChar` int(11) DEFAULT 50,
  PRIMARY KEY (`id`),
  UNIQUE KEY `DifySetting_instanceId_key` (`instanceId`),
  KEY `DifySetting_difyIdFallback_fkey` (`difyIdFallback`),
  CONSTRAINT `DifySetting_difyIdFallback_fkey` FOREIGN KEY (`difyIdFallback`) REFERENCES `Dify` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `DifySetting_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Evoai` (
  `id` varchar(191) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `description` varchar(255) DEFAULT NULL,
  `agentUrl` varchar(255) DEFAULT NULL,
  `apiKey` varchar(255) DEFAULT NULL,
  `expire` int(11) DEFAULT 0,
  `keywordFinish` varchar(100) DEFAULT NULL,
  `delayMessage` int(11) DEFAULT NULL,
  `unknownMessage` varchar(100) DEFAULT NULL,
  `listeningFromMe` tinyint(1) DEFAULT 0,
  `stopBotFromMe` tinyint(1) DEFAULT 0,
  `keepOpen` tinyint(1) DEFAULT 0,
  `debounceTime` int(11) DEFAULT NULL,
  `ignoreJids` json DEFAULT NULL,
  `splitMessages` tinyint(1) DEFAULT 0,
  `timePerChar` int(11) DEFAULT 50,
  `triggerType` enum('all','keyword','none','advanced') DEFAULT NULL,
  `triggerOperator` enum('contains','equals','startsWith','endsWith','regex') DEFAULT NULL,
  `triggerValue` varchar(191) DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `Evoai_instanceId_fkey` (`instanceId`),
  CONSTRAINT `Evoai_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `EvoaiSetting` (
  `id` varchar(191) NOT NULL,
  `expire` int(11) DEFAULT 0,
  `keywordFinish` varchar(100) DEFAULT NULL,
  `delayMessage` int(11) DEFAULT NULL,
  `unknownMessage` varchar(100) DEFAULT NULL,
  `listeningFromMe` tinyint(1) DEFAULT 0,
  `stopBotFromMe` tinyint(1) DEFAULT 0,
  `keepOpen` tinyint(1) DEFAULT 0,
  `debounceTime` int(11) DEFAULT NULL,
  `ignoreJids` json DEFAULT NULL,
  `splitMessages` tinyint(1) DEFAULT 0,
  `timePerChar` int(11) DEFAULT 50,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `evoaiIdFallback` varchar(100) DEFAULT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `EvoaiSetting_instanceId_key` (`instanceId`),
  KEY `EvoaiSetting_evoaiIdFallback_fkey` (`evoaiIdFallback`),
  CONSTRAINT `EvoaiSetting_evoaiIdFallback_fkey` FOREIGN KEY (`evoaiIdFallback`) REFERENCES `Evoai` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `EvoaiSetting_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `EvolutionBot` (
  `id` varchar(191) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `description` varchar(255) DEFAULT NULL,
  `apiUrl` varchar(255) DEFAULT NULL,
  `apiKey` varchar(255) DEFAULT NULL,
  `expire` int(11) DEFAULT 0,
  `keywordFinish` varchar(100) DEFAULT NULL,
  `delayMessage` int(11) DEFAULT NULL,
  `unknownMessage` varchar(100) DEFAULT NULL,
  `listeningFromMe` tinyint(1) DEFAULT 0,
  `stopBotFromMe` tinyint(1) DEFAULT 0,
  `keepOpen` tinyint(1) DEFAULT 0,
  `debounceTime` int(11) DEFAULT NULL,
  `ignoreJids` json DEFAULT NULL,
  `triggerType` enum('all','keyword','none','advanced') DEFAULT NULL,
  `triggerOperator` enum('contains','equals','startsWith','endsWith','regex') DEFAULT NULL,
  `triggerValue` varchar(191) DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  `splitMessages` tinyint(1) DEFAULT 0,
  `timePerChar` int(11) DEFAULT 50,
  PRIMARY KEY (`id`),
  KEY `EvolutionBot_instanceId_fkey` (`instanceId`),
  CONSTRAINT `EvolutionBot_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `EvolutionBotSetting` (
  `id` varchar(191) NOT NULL,
  `expire` int(11) DEFAULT 0,
  `keywordFinish` varchar(100) DEFAULT NULL,
  `delayMessage` int(11) DEFAULT NULL,
  `unknownMessage` varchar(100) DEFAULT NULL,
  `listeningFromMe` tinyint(1) DEFAULT 0,
  `stopBotFromMe` tinyint(1) DEFAULT 0,
  `keepOpen` tinyint(1) DEFAULT 0,
  `debounceTime` int(11) DEFAULT NULL,
  `ignoreJids` json DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `botIdFallback` varchar(100) DEFAULT NULL,
  `instanceId` varchar(191) NOT NULL,
  `splitMessages` tinyint(1) DEFAULT 0,
  `timePerChar` int(11) DEFAULT 50,
  PRIMARY KEY (`id`),
  UNIQUE KEY `EvolutionBotSetting_instanceId_key` (`instanceId`),
  KEY `EvolutionBotSetting_botIdFallback_fkey` (`botIdFallback`),
  CONSTRAINT `EvolutionBotSetting_botIdFallback_fkey` FOREIGN KEY (`botIdFallback`) REFERENCES `EvolutionBot` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `EvolutionBotSetting_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Flowise` (
  `id` varchar(191) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `description` varchar(255) DEFAULT NULL,
  `apiUrl` varchar(255) DEFAULT NULL,
  `apiKey` varchar(255) DEFAULT NULL,
  `expire` int(11) DEFAULT 0,
  `keywordFinish` varchar(100) DEFAULT NULL,
  `delayMessage` int(11) DEFAULT NULL,
  `unknownMessage` varchar(100) DEFAULT NULL,
  `listeningFromMe` tinyint(1) DEFAULT 0,
  `stopBotFromMe` tinyint(1) DEFAULT 0,
  `keepOpen` tinyint(1) DEFAULT 0,
  `debounceTime` int(11) DEFAULT NULL,
  `ignoreJids` json DEFAULT NULL,
  `triggerType` enum('all','keyword','none','advanced') DEFAULT NULL,
  `triggerOperator` enum('contains','equals','startsWith','endsWith','regex') DEFAULT NULL,
  `triggerValue` varchar(191) DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  `splitMessages` tinyint(1) DEFAULT 0,
  `timePerChar` int(11) DEFAULT 50,
  PRIMARY KEY (`id`),
  KEY `Flowise_instanceId_fkey` (`instanceId`),
  CONSTRAINT `Flowise_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `FlowiseSetting` (
  `id` varchar(191) NOT NULL,
  `expire` int(11) DEFAULT 0,
  `keywordFinish` varchar(100) DEFAULT NULL,
  `delayMessage` int(11) DEFAULT NULL,
  `unknownMessage` varchar(100) DEFAULT NULL,
  `listeningFromMe` tinyint(1) DEFAULT 0,
  `stopBotFromMe` tinyint(1) DEFAULT 0,
  `keepOpen` tinyint(1) DEFAULT 0,
  `debounceTime` int(11) DEFAULT NULL,
  `ignoreJids` json DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `flowiseIdFallback` varchar(100) DEFAULT NULL,
  `instanceId` varchar(191) NOT NULL,
  `splitMessages` tinyint(1) DEFAULT 0,
  `timePerChar` int(11) DEFAULT 50,
  PRIMARY KEY (`id`),
  UNIQUE KEY `FlowiseSetting_instanceId_key` (`instanceId`),
  KEY `FlowiseSetting_flowiseIdFallback_fkey` (`flowiseIdFallback`),
  CONSTRAINT `FlowiseSetting_flowiseIdFallback_fkey` FOREIGN KEY (`flowiseIdFallback`) REFERENCES `Flowise` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `FlowiseSetting_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Kafka` (
  `id` varchar(191) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `events` json NOT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Kafka_instanceId_key` (`instanceId`),
  CONSTRAINT `Kafka_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `N8n` (
  `id` varchar(191) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `description` varchar(255) DEFAULT NULL,
  `webhookUrl` varchar(255) DEFAULT NULL,
  `basicAuthUser` varchar(255) DEFAULT NULL,
  `basicAuthPass` varchar(255) DEFAULT NULL,
  `expire` int(11) DEFAULT 0,
  `keywordFinish` varchar(100) DEFAULT NULL,
  `delayMessage` int(11) DEFAULT NULL,
  `unknownMessage` varchar(100) DEFAULT NULL,
  `listeningFromMe` tinyint(1) DEFAULT 0,
  `stopBotFromMe` tinyint(1) DEFAULT 0,
  `keepOpen` tinyint(1) DEFAULT 0,
  `debounceTime` int(11) DEFAULT NULL,
  `ignoreJids` json DEFAULT NULL,
  `splitMessages` tinyint(1) DEFAULT 0,
  `timePerChar` int(11) DEFAULT 50,
  `triggerType` enum('all','keyword','none','advanced') DEFAULT NULL,
  `triggerOperator` enum('contains','equals','startsWith','endsWith','regex') DEFAULT NULL,
  `triggerValue` varchar(191) DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `N8n_instanceId_fkey` (`instanceId`),
  CONSTRAINT `N8n_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `N8nSetting` (
  `id` varchar(191) NOT NULL,
  `expire` int(11) DEFAULT 0,
  `keywordFinish` varchar(100) DEFAULT NULL,
  `delayMessage` int(11) DEFAULT NULL,
  `unknownMessage` varchar(100) DEFAULT NULL,
  `listeningFromMe` tinyint(1) DEFAULT 0,
  `stopBotFromMe` tinyint(1) DEFAULT 0,
  `keepOpen` tinyint(1) DEFAULT 0,
  `debounceTime` int(11) DEFAULT NULL,
  `ignoreJids` json DEFAULT NULL,
  `splitMessages` tinyint(1) DEFAULT 0,
  `timePerChar` int(11) DEFAULT 50,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `n8nIdFallback` varchar(100) DEFAULT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `N8nSetting_instanceId_key` (`instanceId`),
  KEY `N8nSetting_n8nIdFallback_fkey` (`n8nIdFallback`),
  CONSTRAINT `N8nSetting_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `N8nSetting_n8nIdFallback_fkey` FOREIGN KEY (`n8nIdFallback`) REFERENCES `N8n` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Nats` (
  `id` varchar(191) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `events` json NOT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Nats_instanceId_key` (`instanceId`),
  CONSTRAINT `Nats_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `OpenaiCreds` (
  `id` varchar(191) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `apiKey` varchar(255) DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `OpenaiCreds_name_key` (`name`),
  UNIQUE KEY `OpenaiCreds_apiKey_key` (`apiKey`),
  KEY `OpenaiCreds_instanceId_fkey` (`instanceId`),
  CONSTRAINT `OpenaiCreds_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `OpenaiBot` (
  `id` varchar(191) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `description` varchar(255) DEFAULT NULL,
  `botType` enum('assistant','chatCompletion') NOT NULL,
  `assistantId` varchar(255) DEFAULT NULL,
  `functionUrl` varchar(500) DEFAULT NULL,
  `model` varchar(100) DEFAULT NULL,
  `systemMessages` json DEFAULT NULL,
  `assistantMessages` json DEFAULT NULL,
  `userMessages` json DEFAULT NULL,
  `maxTokens` int(11) DEFAULT NULL,
  `expire` int(11) DEFAULT 0,
  `keywordFinish` varchar(100) DEFAULT NULL,
  `delayMessage` int(11) DEFAULT NULL,
  `unknownMessage` varchar(100) DEFAULT NULL,
  `listeningFromMe` tinyint(1) DEFAULT 0,
  `stopBotFromMe` tinyint(1) DEFAULT 0,
  `keepOpen` tinyint(1) DEFAULT 0,
  `debounceTime` int(11) DEFAULT NULL,
  `ignoreJids` json DEFAULT NULL,
  `triggerType` enum('all','keyword','none','advanced') DEFAULT NULL,
  `triggerOperator` enum('contains','equals','startsWith','endsWith','regex') DEFAULT NULL,
  `triggerValue` varchar(191) DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `openaiCredsId` varchar(191) NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  `splitMessages` tinyint(1) DEFAULT 0,
  `timePerChar` int(11) DEFAULT 50,
  PRIMARY KEY (`id`),
  KEY `OpenaiBot_openaiCredsId_fkey` (`openaiCredsId`),
  KEY `OpenaiBot_instanceId_fkey` (`instanceId`),
  CONSTRAINT `OpenaiBot_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `OpenaiBot_openaiCredsId_fkey` FOREIGN KEY (`openaiCredsId`) REFERENCES `OpenaiCreds` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `OpenaiSetting` (
  `id` varchar(191) NOT NULL,
  `expire` int(11) DEFAULT 0,
  `keywordFinish` varchar(100) DEFAULT NULL,
  `delayMessage` int(11) DEFAULT NULL,
  `unknownMessage` varchar(100) DEFAULT NULL,
  `listeningFromMe` tinyint(1) DEFAULT 0,
  `stopBotFromMe` tinyint(1) DEFAULT 0,
  `keepOpen` tinyint(1) DEFAULT 0,
  `debounceTime` int(11) DEFAULT NULL,
  `ignoreJids` json DEFAULT NULL,
  `speechToText` tinyint(1) DEFAULT 0,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `openaiCredsId` varchar(191) NOT NULL,
  `openaiIdFallback` varchar(100) DEFAULT NULL,
  `instanceId` varchar(191) NOT NULL,
  `splitMessages` tinyint(1) DEFAULT 0,
  `timePerChar` int(11) DEFAULT 50,
  PRIMARY KEY (`id`),
  UNIQUE KEY `OpenaiSetting_openaiCredsId_key` (`openaiCredsId`),
  UNIQUE KEY `OpenaiSetting_instanceId_key` (`instanceId`),
  KEY `OpenaiSetting_openaiIdFallback_fkey` (`openaiIdFallback`),
  CONSTRAINT `OpenaiSetting_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `OpenaiSetting_openaiCredsId_fkey` FOREIGN KEY (`openaiCredsId`) REFERENCES `OpenaiCreds` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `OpenaiSetting_openaiIdFallback_fkey` FOREIGN KEY (`openaiIdFallback`) REFERENCES `OpenaiBot` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Proxy` (
  `id` varchar(191) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `host` varchar(100) NOT NULL,
  `port` varchar(100) NOT NULL,
  `protocol` varchar(100) NOT NULL,
  `username` varchar(100) NOT NULL,
  `password` varchar(100) NOT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Proxy_instanceId_key` (`instanceId`),
  CONSTRAINT `Proxy_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Pusher` (
  `id` varchar(191) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `appId` varchar(100) NOT NULL,
  `key` varchar(100) NOT NULL,
  `secret` varchar(100) NOT NULL,
  `cluster` varchar(100) NOT NULL,
  `useTLS` tinyint(1) NOT NULL DEFAULT 0,
  `events` json NOT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Pusher_instanceId_key` (`instanceId`),
  CONSTRAINT `Pusher_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Rabbitmq` (
  `id` varchar(191) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `events` json NOT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Rabbitmq_instanceId_key` (`instanceId`),
  CONSTRAINT `Rabbitmq_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Setting` (
  `id` varchar(191) NOT NULL,
  `rejectCall` tinyint(1) NOT NULL DEFAULT 0,
  `msgCall` varchar(100) DEFAULT NULL,
  `groupsIgnore` tinyint(1) NOT NULL DEFAULT 0,
  `alwaysOnline` tinyint(1) NOT NULL DEFAULT 0,
  `readMessages` tinyint(1) NOT NULL DEFAULT 0,
  `readStatus` tinyint(1) NOT NULL DEFAULT 0,
  `syncFullHistory` tinyint(1) NOT NULL DEFAULT 0,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  `wavoipToken` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Setting_instanceId_key` (`instanceId`),
  KEY `Setting_instanceId_idx` (`instanceId`),
  CONSTRAINT `Setting_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Sqs` (
  `id` varchar(191) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `events` json NOT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Sqs_instanceId_key` (`instanceId`),
  CONSTRAINT `Sqs_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Template` (
  `id` varchar(191) NOT NULL,
  `templateId` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `template` json NOT NULL,
  `webhookUrl` varchar(500) DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Template_templateId_key` (`templateId`),
  UNIQUE KEY `Template_name_key` (`name`),
  KEY `Template_instanceId_fkey` (`instanceId`),
  CONSTRAINT `Template_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Typebot` (
  `id` varchar(191) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `description` varchar(255) DEFAULT NULL,
  `url` varchar(500) NOT NULL,
  `typebot` varchar(100) NOT NULL,
  `expire` int(11) DEFAULT 0,
  `keywordFinish` varchar(100) DEFAULT NULL,
  `delayMessage` int(11) DEFAULT NULL,
  `unknownMessage` varchar(100) DEFAULT NULL,
  `listeningFromMe` tinyint(1) DEFAULT 0,
  `stopBotFromMe` tinyint(1) DEFAULT 0,
  `keepOpen` tinyint(1) DEFAULT 0,
  `debounceTime` int(11) DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NULL DEFAULT NULL,
  `ignoreJids` json DEFAULT NULL,
  `triggerType` enum('all','keyword','none','advanced') DEFAULT NULL,
  `triggerOperator` enum('contains','equals','startsWith','endsWith','regex') DEFAULT NULL,
  `triggerValue` varchar(191) DEFAULT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `Typebot_instanceId_fkey` (`instanceId`),
  CONSTRAINT `Typebot_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `TypebotSetting` (
  `id` varchar(191) NOT NULL,
  `expire` int(11) DEFAULT 0,
  `keywordFinish` varchar(100) DEFAULT NULL,
  `delayMessage` int(11) DEFAULT NULL,
  `unknownMessage` varchar(100) DEFAULT NULL,
  `listeningFromMe` tinyint(1) DEFAULT 0,
  `stopBotFromMe` tinyint(1) DEFAULT 0,
  `keepOpen` tinyint(1) DEFAULT 0,
  `debounceTime` int(11) DEFAULT NULL,
  `typebotIdFallback` varchar(100) DEFAULT NULL,
  `ignoreJids` json DEFAULT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `TypebotSetting_instanceId_key` (`instanceId`),
  KEY `TypebotSetting_typebotIdFallback_fkey` (`typebotIdFallback`),
  CONSTRAINT `TypebotSetting_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `TypebotSetting_typebotIdFallback_fkey` FOREIGN KEY (`typebotIdFallback`) REFERENCES `Typebot` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Webhook` (
  `id` varchar(191) NOT NULL,
  `url` varchar(500) NOT NULL,
  `enabled` tinyint(1) DEFAULT 1,
  `events` json DEFAULT NULL,
  `webhookByEvents` tinyint(1) DEFAULT 0,
  `webhookBase64` tinyint(1) DEFAULT 0,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  `headers` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Webhook_instanceId_key` (`instanceId`),
  KEY `Webhook_instanceId_idx` (`instanceId`),
  CONSTRAINT `Webhook_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `Websocket` (
  `id` varchar(191) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `events` json NOT NULL,
  `createdAt` timestamp NULL DEFAULT current_timestamp(),
  `updatedAt` timestamp NOT NULL,
  `instanceId` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `Websocket_instanceId_key` (`instanceId`),
  CONSTRAINT `Websocket_instanceId_fkey` FOREIGN KEY (`instanceId`) REFERENCES `Instance` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Chartbrew 5.3.0 (open-source reporting dashboards: teams, users, dashboards/projects, charts, datasets and
-- data requests, data-source connections, alerts, share policies, API keys, Slack/webhook integrations, AI assistant).
-- Upstream: github.com/chartbrew/chartbrew, commit 944afa1ac8e900af77a0694fcb577e488a2e2f7f (tag v5.3.0), licence
-- FSL-1.1-MIT since April 2025 (MIT two years after each release; earlier releases MIT).
-- How made: the 157 Sequelize/Umzug migrations of server/models/migrations/ were run by upstream's own
-- server/models/models/index.js `db.migrate()` (sequelize 6.37.8, mysql2 3.23.1 as pinned in package-lock.json)
-- into an empty MariaDB 10.11 database (utf8mb4), then dumped with mysqldump --no-data. All 38 tables are kept;
-- column names, order, types, keys and foreign keys are as the migrations leave them (AUTO_INCREMENT counters removed).

CREATE TABLE `Team` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `showBranding` tinyint(1) NOT NULL DEFAULT 1,
  `allowReportRefresh` tinyint(1) DEFAULT 0,
  `allowReportExport` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `User` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `lastLogin` datetime DEFAULT NULL,
  `active` tinyint(1) DEFAULT 0,
  `password` varchar(255) NOT NULL,
  `icon` varchar(255) DEFAULT NULL,
  `passwordResetToken` varchar(255) DEFAULT NULL,
  `createdAt` datetime DEFAULT current_timestamp(),
  `updatedAt` datetime NOT NULL,
  `admin` tinyint(1) DEFAULT 0,
  `oneaccountId` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `tutorials` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AiConversation` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `team_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `title` varchar(255) NOT NULL,
  `status` enum('active','completed','error','cancelled') DEFAULT 'active',
  `conversation_summary` longtext DEFAULT NULL COMMENT 'Condensed version for resuming conversations',
  `message_count` int(11) DEFAULT 0,
  `final_result` text DEFAULT NULL COMMENT 'Summary of what was accomplished',
  `last_checkpoint` text DEFAULT NULL COMMENT 'State for resuming interrupted conversations',
  `error_message` text DEFAULT NULL COMMENT 'Error details if status = error',
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `source` enum('slack','app','api') NOT NULL DEFAULT 'app',
  PRIMARY KEY (`id`),
  KEY `team_id` (`team_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `AiConversation_ibfk_1` FOREIGN KEY (`team_id`) REFERENCES `Team` (`id`),
  CONSTRAINT `AiConversation_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `User` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AiMessage` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `conversation_id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `role` enum('user','assistant','system','tool') NOT NULL,
  `content` longtext DEFAULT NULL,
  `tool_calls` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`tool_calls`)),
  `tool_name` varchar(255) DEFAULT NULL,
  `tool_call_id` varchar(255) DEFAULT NULL,
  `tool_result_preview` text DEFAULT NULL,
  `sequence` int(11) NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ai_message_conversation_id_sequence` (`conversation_id`,`sequence`),
  KEY `ai_message_conversation_id_role` (`conversation_id`,`role`),
  CONSTRAINT `AiMessage_ibfk_1` FOREIGN KEY (`conversation_id`) REFERENCES `AiConversation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AiUsage` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `conversation_id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `team_id` int(11) NOT NULL,
  `model` varchar(255) NOT NULL,
  `prompt_tokens` int(11) DEFAULT NULL,
  `completion_tokens` int(11) DEFAULT NULL,
  `total_tokens` int(11) DEFAULT NULL,
  `elapsed_ms` int(11) DEFAULT NULL,
  `cost_micros` bigint(20) DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ai_usage_conversation_id` (`conversation_id`),
  KEY `ai_usage_team_id_created_at` (`team_id`,`createdAt`),
  KEY `ai_usage_team_id_model_created_at` (`team_id`,`model`,`createdAt`),
  CONSTRAINT `AiUsage_ibfk_1` FOREIGN KEY (`conversation_id`) REFERENCES `AiConversation` (`id`),
  CONSTRAINT `AiUsage_ibfk_2` FOREIGN KEY (`team_id`) REFERENCES `Team` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Alert` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `chart_id` int(11) NOT NULL,
  `type` varchar(255) NOT NULL,
  `rules` longtext DEFAULT NULL,
  `recipients` text DEFAULT NULL,
  `mediums` text DEFAULT NULL,
  `active` tinyint(1) DEFAULT 0,
  `token` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `oneTime` tinyint(1) DEFAULT 0,
  `timeout` int(11) DEFAULT 0,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `cdc_id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AlertEvent` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `alert_id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `trigger` text DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AlertIntegration` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `alert_id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `integration_id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Apikey` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `name` varchar(255) NOT NULL,
  `token` text NOT NULL,
  `team_id` int(11) NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `App` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `version` varchar(255) DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AuthCache` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `user` longtext NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Chart` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `subType` varchar(255) DEFAULT NULL,
  `public` tinyint(1) NOT NULL DEFAULT 0,
  `chartData` longtext DEFAULT NULL,
  `chartDataUpdated` datetime DEFAULT NULL,
  `chartSize` int(11) NOT NULL DEFAULT 2,
  `dashboardOrder` int(11) DEFAULT NULL,
  `displayLegend` tinyint(1) NOT NULL DEFAULT 0,
  `pointRadius` int(11) DEFAULT NULL,
  `startDate` datetime DEFAULT NULL,
  `endDate` datetime DEFAULT NULL,
  `includeZeros` tinyint(1) NOT NULL DEFAULT 1,
  `currentEndDate` tinyint(1) NOT NULL DEFAULT 0,
  `timeInterval` varchar(255) NOT NULL DEFAULT 'day',
  `autoUpdate` int(11) DEFAULT NULL,
  `lastAutoUpdate` datetime NOT NULL DEFAULT '2026-11-30 03:24:05',
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `draft` tinyint(1) DEFAULT 1,
  `mode` varchar(255) NOT NULL DEFAULT 'chart',
  `maxValue` int(11) DEFAULT NULL,
  `minValue` int(11) DEFAULT NULL,
  `disabledExport` tinyint(1) DEFAULT NULL,
  `shareable` tinyint(1) NOT NULL DEFAULT 0,
  `onReport` tinyint(1) DEFAULT 1,
  `xLabelTicks` varchar(255) DEFAULT 'default',
  `stacked` tinyint(1) DEFAULT 0,
  `showGrowth` tinyint(1) DEFAULT 0,
  `fixedStartDate` tinyint(1) NOT NULL DEFAULT 0,
  `dateVarsFormat` varchar(255) DEFAULT NULL,
  `horizontal` tinyint(1) DEFAULT 0,
  `dataLabels` tinyint(1) DEFAULT NULL,
  `layout` text DEFAULT NULL,
  `snapshotToken` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `isLogarithmic` tinyint(1) DEFAULT 0,
  `content` text DEFAULT NULL,
  `ranges` text DEFAULT NULL,
  `dashedLastPoint` tinyint(1) NOT NULL DEFAULT 0,
  `invertGrowth` tinyint(1) DEFAULT 0,
  `defaultRowsPerPage` int(11) DEFAULT 10,
  `visualization` longtext DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ChartCache` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `chart_id` int(11) NOT NULL,
  `filePath` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Dataset` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `chart_id` int(11) DEFAULT NULL,
  `query` text DEFAULT NULL,
  `xAxis` varchar(255) DEFAULT NULL,
  `xAxisOperation` varchar(255) DEFAULT NULL,
  `yAxis` varchar(255) DEFAULT NULL,
  `yAxisOperation` varchar(255) DEFAULT 'none',
  `datasetColor` text DEFAULT NULL,
  `fillColor` text DEFAULT NULL,
  `dateFormat` varchar(255) DEFAULT NULL,
  `legend` varchar(255) DEFAULT NULL,
  `pointRadius` int(11) DEFAULT NULL,
  `patterns` text NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `fill` tinyint(1) DEFAULT 0,
  `connection_id` int(11) DEFAULT NULL,
  `conditions` longtext DEFAULT NULL,
  `multiFill` tinyint(1) DEFAULT 0,
  `dateField` varchar(255) DEFAULT NULL,
  `formula` text DEFAULT NULL,
  `fieldsSchema` longtext DEFAULT NULL,
  `excludedFields` text DEFAULT NULL,
  `groups` text DEFAULT NULL,
  `groupBy` varchar(255) DEFAULT NULL,
  `sort` varchar(255) DEFAULT NULL,
  `columnsOrder` text DEFAULT NULL,
  `averageByTotal` tinyint(1) DEFAULT 0,
  `configuration` text DEFAULT NULL,
  `order` int(11) DEFAULT 0,
  `joinSettings` text DEFAULT NULL,
  `main_dr_id` int(11) DEFAULT NULL,
  `maxRecords` int(11) DEFAULT NULL,
  `goal` int(11) DEFAULT NULL,
  `team_id` int(11) NOT NULL,
  `project_ids` text DEFAULT NULL,
  `draft` tinyint(1) NOT NULL DEFAULT 1,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `chart_id` (`chart_id`),
  CONSTRAINT `Dataset_ibfk_1` FOREIGN KEY (`chart_id`) REFERENCES `Chart` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ChartDatasetConfig` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `chart_id` int(11) NOT NULL,
  `dataset_id` int(11) NOT NULL,
  `formula` text DEFAULT NULL,
  `datasetColor` text DEFAULT NULL,
  `fillColor` text DEFAULT NULL,
  `fill` tinyint(1) DEFAULT 0,
  `multiFill` tinyint(1) DEFAULT 0,
  `legend` varchar(255) DEFAULT NULL,
  `pointRadius` int(11) DEFAULT NULL,
  `excludedFields` text DEFAULT NULL,
  `sort` varchar(255) DEFAULT NULL,
  `columnsOrder` text DEFAULT NULL,
  `order` float DEFAULT 1,
  `maxRecords` int(11) DEFAULT NULL,
  `goal` int(11) DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `configuration` text DEFAULT NULL,
  `xAxis` varchar(255) DEFAULT NULL,
  `xAxisOperation` varchar(255) DEFAULT NULL,
  `yAxis` varchar(255) DEFAULT NULL,
  `yAxisOperation` varchar(255) DEFAULT NULL,
  `dateField` varchar(255) DEFAULT NULL,
  `dateFormat` varchar(255) DEFAULT NULL,
  `conditions` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `chart_id` (`chart_id`),
  KEY `dataset_id` (`dataset_id`),
  CONSTRAINT `ChartDatasetConfig_ibfk_1` FOREIGN KEY (`chart_id`) REFERENCES `Chart` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ChartDatasetConfig_ibfk_2` FOREIGN KEY (`dataset_id`) REFERENCES `Dataset` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Chartshare` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `chart_id` int(11) NOT NULL,
  `shareString` varchar(255) DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Connection` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `type` varchar(255) NOT NULL,
  `active` tinyint(1) DEFAULT 1,
  `host` longtext DEFAULT NULL,
  `dbName` text DEFAULT NULL,
  `port` text DEFAULT NULL,
  `username` text DEFAULT NULL,
  `password` text DEFAULT NULL,
  `srv` tinyint(1) DEFAULT 0,
  `options` text DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `connectionString` text DEFAULT NULL,
  `authentication` text DEFAULT NULL,
  `firebaseServiceAccount` longtext DEFAULT NULL,
  `oauth_id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `subType` varchar(255) DEFAULT NULL,
  `team_id` int(11) NOT NULL,
  `project_ids` text DEFAULT NULL,
  `ssl` tinyint(1) DEFAULT 0,
  `sslMode` varchar(255) DEFAULT 'require',
  `sslCa` varchar(255) DEFAULT NULL,
  `sslCert` varchar(255) DEFAULT NULL,
  `sslKey` varchar(255) DEFAULT NULL,
  `schema` longtext DEFAULT NULL,
  `useSsh` tinyint(1) DEFAULT 0,
  `sshHost` text DEFAULT NULL,
  `sshPort` int(11) DEFAULT NULL,
  `sshUsername` text DEFAULT NULL,
  `sshPassword` text DEFAULT NULL,
  `sshPrivateKey` text DEFAULT NULL,
  `sshPassphrase` text DEFAULT NULL,
  `sshJumpHost` text DEFAULT NULL,
  `sshJumpPort` int(11) DEFAULT NULL,
  `allowPrivateHost` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Project` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `team_id` int(11) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `brewName` varchar(255) DEFAULT NULL,
  `dashboardTitle` varchar(255) DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `description` text DEFAULT NULL,
  `backgroundColor` varchar(255) DEFAULT '#103751',
  `titleColor` varchar(255) DEFAULT 'white',
  `headerCode` text DEFAULT NULL,
  `footerCode` text DEFAULT NULL,
  `logo` varchar(255) DEFAULT NULL,
  `logoLink` varchar(1234) DEFAULT NULL,
  `public` tinyint(1) DEFAULT 0,
  `passwordProtected` tinyint(1) DEFAULT 0,
  `password` varchar(255) DEFAULT NULL,
  `timezone` varchar(255) DEFAULT NULL,
  `ghost` tinyint(1) DEFAULT 0,
  `updateSchedule` text DEFAULT NULL,
  `lastUpdatedAt` datetime DEFAULT NULL,
  `snapshotSchedule` text DEFAULT NULL,
  `lastSnapshotSentAt` datetime DEFAULT NULL,
  `currentSnapshot` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `brewName` (`brewName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `DashboardFilter` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `project_id` int(11) NOT NULL,
  `configuration` text NOT NULL,
  `onReport` tinyint(1) NOT NULL DEFAULT 0,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `position` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `project_id` (`project_id`),
  CONSTRAINT `DashboardFilter_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `Project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `DataRequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `method` varchar(255) DEFAULT NULL,
  `route` text DEFAULT NULL,
  `headers` text DEFAULT NULL,
  `body` text DEFAULT NULL,
  `useGlobalHeaders` tinyint(1) DEFAULT 1,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `dataset_id` int(11) NOT NULL,
  `query` text DEFAULT NULL,
  `pagination` tinyint(1) DEFAULT 0,
  `items` varchar(255) DEFAULT 'items',
  `itemsLimit` int(11) DEFAULT 0,
  `offset` varchar(255) DEFAULT 'offset',
  `template` varchar(255) DEFAULT NULL,
  `conditions` longtext DEFAULT NULL,
  `paginationField` varchar(255) DEFAULT NULL,
  `configuration` longtext DEFAULT NULL,
  `connection_id` int(11) DEFAULT NULL,
  `variables` text DEFAULT NULL,
  `transform` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `DataRequestCache` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `dr_id` int(11) NOT NULL,
  `filePath` varchar(255) DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Integration` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `team_id` int(11) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `config` longtext DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `apikey_id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,
  `external_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `integration_type_external_id_unique` (`type`,`external_id`),
  KEY `integration_external_id_idx` (`external_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `OAuth` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `email` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `team_id` int(11) NOT NULL,
  `refreshToken` text DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `PinnedDashboard` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `team_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `team_id` (`team_id`),
  KEY `project_id` (`project_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `PinnedDashboard_ibfk_1` FOREIGN KEY (`team_id`) REFERENCES `Team` (`id`),
  CONSTRAINT `PinnedDashboard_ibfk_2` FOREIGN KEY (`project_id`) REFERENCES `Project` (`id`),
  CONSTRAINT `PinnedDashboard_ibfk_3` FOREIGN KEY (`user_id`) REFERENCES `User` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ProjectRole` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  `role` varchar(255) DEFAULT 'admin',
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SavedQuery` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `summary` varchar(255) DEFAULT NULL,
  `query` text DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `team_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `team_id` (`team_id`),
  CONSTRAINT `SavedQuery_ibfk_1` FOREIGN KEY (`team_id`) REFERENCES `Team` (`id`),
  CONSTRAINT `SavedQuery_team_id_foreign_idx` FOREIGN KEY (`team_id`) REFERENCES `Team` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SequelizeMeta` (
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`name`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `SharePolicy` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `entity_type` enum('Project','Chart') NOT NULL,
  `entity_id` int(11) NOT NULL,
  `visibility` enum('public','private','password','disabled') NOT NULL,
  `params` text DEFAULT NULL,
  `allow_params` tinyint(1) DEFAULT 0,
  `password` varchar(255) DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `share_string` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `expires_at` datetime DEFAULT NULL,
  `token_version` int(11) NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SlackAuthState` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `state_token` varchar(255) NOT NULL,
  `integration_type` varchar(255) NOT NULL DEFAULT 'slack',
  `external_workspace_id` varchar(255) NOT NULL,
  `external_user_id` varchar(255) NOT NULL,
  `expires_at` datetime NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `state_token` (`state_token`),
  UNIQUE KEY `slack_auth_state_token_unique` (`state_token`),
  KEY `slack_auth_state_expires_at_idx` (`expires_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TeamInvitation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `team_id` int(11) DEFAULT NULL,
  `token` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `projects` text DEFAULT NULL,
  `canExport` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TeamRole` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `team_id` int(11) DEFAULT NULL,
  `role` varchar(255) DEFAULT 'admin',
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  `projects` text DEFAULT NULL,
  `canExport` tinyint(1) DEFAULT 0,
  `role_backup` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Template` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `team_id` int(11) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `model` longtext DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TokenBlacklist` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `token` text DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `UpdateRun` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `traceId` varchar(255) NOT NULL,
  `rootTraceId` varchar(255) NOT NULL,
  `parentRunId` int(11) DEFAULT NULL,
  `triggerType` varchar(255) NOT NULL,
  `entityType` varchar(255) NOT NULL,
  `teamId` int(11) DEFAULT NULL,
  `projectId` int(11) DEFAULT NULL,
  `chartId` int(11) DEFAULT NULL,
  `datasetId` int(11) DEFAULT NULL,
  `dataRequestId` int(11) DEFAULT NULL,
  `connectionId` int(11) DEFAULT NULL,
  `queueName` varchar(255) DEFAULT NULL,
  `jobId` varchar(255) DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `startedAt` datetime NOT NULL,
  `finishedAt` datetime DEFAULT NULL,
  `durationMs` int(11) DEFAULT NULL,
  `errorStage` varchar(255) DEFAULT NULL,
  `errorClass` varchar(255) DEFAULT NULL,
  `errorCode` varchar(255) DEFAULT NULL,
  `errorMessage` text DEFAULT NULL,
  `summary` longtext DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `update_run_trace_id_unique` (`traceId`),
  KEY `update_run_root_trace_id_idx` (`rootTraceId`),
  KEY `update_run_chart_started_at_idx` (`chartId`,`startedAt`),
  KEY `update_run_project_started_at_idx` (`projectId`,`startedAt`),
  KEY `update_run_status_started_at_idx` (`status`,`startedAt`),
  KEY `update_run_team_started_at_idx` (`teamId`,`startedAt`),
  KEY `update_run_dataset_started_at_idx` (`datasetId`,`startedAt`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `UpdateRunEvent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `runId` int(11) NOT NULL,
  `sequence` int(11) NOT NULL,
  `stage` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `startedAt` datetime NOT NULL,
  `finishedAt` datetime DEFAULT NULL,
  `durationMs` int(11) DEFAULT NULL,
  `payload` longtext DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `update_run_event_run_sequence_unique` (`runId`,`sequence`),
  KEY `update_run_event_stage_started_at_idx` (`stage`,`startedAt`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `User2fa` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `user_id` int(11) NOT NULL,
  `method` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `isEnabled` tinyint(1) NOT NULL DEFAULT 0,
  `backup` text DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `User2fa_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `User` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Variable` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `project_id` int(11) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `createdAt` datetime NOT NULL,
  `updatedAt` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `project_id` (`project_id`),
  CONSTRAINT `Variable_ibfk_1` FOREIGN KEY (`project_id`) REFERENCES `Project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `VariableBinding` (
  `id` char(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `entity_type` enum('Project','Connection','Dataset','DataRequest','Template') NOT NULL,
  `entity_id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `type` enum('string','number','boolean','date') NOT NULL,
  `default_value` text DEFAULT NULL,
  `required` tinyint(1) DEFAULT 0,
  `createdAt` datetime DEFAULT NULL,
  `updatedAt` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `variable_binding_entity_type_entity_id_name` (`entity_type`,`entity_id`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

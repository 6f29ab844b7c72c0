-- Rudder (Normation): configuration management and audit server (nodes' reports and compliance, node
-- configurations and facts, users, TOTP secrets, user sessions, event log (audit trail), change requests and
-- validation workflow, patch campaigns, scores).
-- Upstream: github.com/Normation/rudder, commit ef661941d9f22e1e875a2d90e49a774346a9db38 (branch 10.0 merged into
-- master, 10.0.0~alpha1-SNAPSHOT; file last changed in 27569dbf550d9687275e79600e060b3aebe93bbb),
-- webapp/sources/rudder/rudder-core/src/main/resources/reportsSchema.sql (GPL-3.0-or-later with the Rudder
-- exception), run as is in PostgreSQL 15 (database name of the ALTER DATABASE line changed) and written as
-- MySQL DDL from information_schema: names as upstream writes them (PostgreSQL folds unquoted names to lower
-- case), text keys as varchar(255), timestamptz as datetime(6), jsonb, xml and text[] as longtext/text,
-- enum types as ENUM, sequences as AUTO_INCREMENT, CHECK constraints and indexes left out.
-- Plus the one table of the change-validation plugin: github.com/Normation/rudder-plugins commit
-- 7bc4f0f0707fc59bfc3919dd0699419b78043f54, change-validation/src/main/resources/change-validation-schema.sql.
-- All tables kept. Most of Rudder's configuration (rules, directives, groups, node inventories, API accounts)
-- lives in its LDAP directory, not in SQL.

CREATE TABLE `Users` (
  `id` varchar(255) NOT NULL,
  `creationDate` datetime(6) NOT NULL,
  `status` text NOT NULL,
  `managedBy` text NOT NULL,
  `name` text,
  `email` text,
  `lastLogin` datetime(6) DEFAULT NULL,
  `statusHistory` longtext,
  `otherInfo` longtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserSessions` (
  `userId` varchar(255) NOT NULL,
  `sessionId` varchar(255) NOT NULL,
  `creationDate` datetime(6) NOT NULL,
  `authMethod` text,
  `permissions` text,
  `authz` text,
  `tenants` text,
  `endDate` datetime(6) DEFAULT NULL,
  `endCause` text,
  PRIMARY KEY (`userId`,`sessionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RudderSysEvents` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `executionDate` datetime(6) NOT NULL,
  `nodeId` text NOT NULL,
  `directiveId` text NOT NULL,
  `ruleId` text NOT NULL,
  `reportId` text NOT NULL,
  `component` text NOT NULL,
  `keyValue` text,
  `executionTimeStamp` datetime(6) NOT NULL,
  `eventType` text,
  `policy` text,
  `msg` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ReportsExecution` (
  `nodeId` varchar(255) NOT NULL,
  `date` datetime(6) NOT NULL,
  `nodeConfigId` text,
  `insertionId` bigint(20) DEFAULT NULL,
  `insertiondate` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `compliancecomputationdate` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`nodeId`,`date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nodes_info` (
  `node_id` varchar(255) NOT NULL,
  `config_ids` text,
  PRIMARY KEY (`node_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nodeConfigurations` (
  `nodeId` varchar(255) NOT NULL,
  `nodeConfigId` varchar(255) NOT NULL,
  `beginDate` datetime(6) NOT NULL,
  `endDate` datetime(6) DEFAULT NULL,
  `configuration` text NOT NULL,
  PRIMARY KEY (`nodeId`,`nodeConfigId`,`beginDate`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `NodeLastCompliance` (
  `nodeId` varchar(255) NOT NULL,
  `computationDateTime` datetime(6) NOT NULL,
  `details` longtext NOT NULL,
  PRIMARY KEY (`nodeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EventLog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `creationDate` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `severity` int(11) NOT NULL DEFAULT 100,
  `causeId` int(11) DEFAULT NULL,
  `modificationId` text,
  `principal` text NOT NULL,
  `reason` text,
  `eventType` text NOT NULL,
  `data` longtext NOT NULL,
  `securityTag` longtext,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `MigrationEventLog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `detectionTime` datetime(6) NOT NULL,
  `detectedFileFormat` int(11) DEFAULT NULL,
  `migrationStartTime` datetime(6) DEFAULT NULL,
  `migrationEndTime` datetime(6) DEFAULT NULL,
  `migrationFileFormat` int(11) DEFAULT NULL,
  `description` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RudderProperties` (
  `name` varchar(255) NOT NULL,
  `value` text,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `gitCommit` (
  `gitcommit` varchar(255) NOT NULL,
  `modificationid` text,
  PRIMARY KEY (`gitcommit`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChangeRequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` text,
  `description` text,
  `creationTime` datetime(6) DEFAULT NULL,
  `content` longtext,
  `modificationId` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StatusUpdate` (
  `key` varchar(255) NOT NULL,
  `lastId` bigint(20) NOT NULL,
  `date` datetime(6) NOT NULL,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CampaignEvents` (
  `campaignId` text,
  `eventId` varchar(255) NOT NULL,
  `name` text,
  `state` enum('scheduled','pre-hooks','running','post-hooks','finished','skipped','deleted','failure') NOT NULL,
  `startDate` datetime(6) NOT NULL,
  `endDate` datetime(6) NOT NULL,
  `campaignType` text,
  PRIMARY KEY (`eventId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `NodeFacts` (
  `nodeId` varchar(255) NOT NULL,
  `acceptRefuseEvent` longtext,
  `acceptRefuseFact` longtext,
  `deleteEvent` longtext,
  PRIMARY KEY (`nodeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `GlobalScore` (
  `nodeId` varchar(255) NOT NULL,
  `score` enum('A','B','C','D','E','F','X') NOT NULL,
  `message` text NOT NULL,
  `details` longtext NOT NULL,
  PRIMARY KEY (`nodeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ScoreDetails` (
  `nodeId` varchar(255) NOT NULL,
  `scoreId` varchar(255) NOT NULL,
  `score` enum('A','B','C','D','E','F','X') NOT NULL,
  `message` text NOT NULL,
  `details` longtext NOT NULL,
  PRIMARY KEY (`nodeId`,`scoreId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `userstotp` (
  `user_id` varchar(255) NOT NULL,
  `secret` text NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`user_id`),
  CONSTRAINT `userstotp_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `Users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Workflow` (
  `id` int(11) DEFAULT NULL,
  `state` text,
  CONSTRAINT `workflow_id_fkey` FOREIGN KEY (`id`) REFERENCES `ChangeRequest` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CampaignEventsStateHistory` (
  `eventId` varchar(255) NOT NULL,
  `state` enum('scheduled','pre-hooks','running','post-hooks','finished','skipped','deleted','failure') NOT NULL,
  `startDate` datetime(6) NOT NULL,
  `endDate` datetime(6) DEFAULT NULL,
  `data` longtext,
  PRIMARY KEY (`eventId`,`state`),
  CONSTRAINT `campaigneventsstatehistory_eventid_fkey` FOREIGN KEY (`eventId`) REFERENCES `CampaignEvents` (`eventId`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `change_validation_validated_users` (
  `username` varchar(255) NOT NULL,
  PRIMARY KEY (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

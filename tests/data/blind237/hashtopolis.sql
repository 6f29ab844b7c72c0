-- Hashtopolis (distributed hashcat wrapper for password-hash auditing and recovery)
-- Upstream: github.com/hashtopolis/server src/migrations/mysql/*.sql (baseline 20260619090219_initial.sql + three later
-- migrations), commit 32b39c07fb612511afed3e73de888b67cc3e025b (GPL-3.0)
-- The four migrations were run in order into a scratch MariaDB database (MySQL 8's utf8mb4_0900_ai_ci collation replaced
-- by utf8mb4_general_ci, which MariaDB has) and every base table read back with SHOW CREATE TABLE, columns, keys and
-- foreign keys as upstream; tables are ordered so that each foreign key points at an earlier table. All 45 base tables
-- are kept; the view TaskWrapperDisplay is left out.

CREATE TABLE `AccessGroup` (
  `accessGroupId` int(11) NOT NULL AUTO_INCREMENT,
  `groupName` varchar(50) NOT NULL,
  PRIMARY KEY (`accessGroupId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `RightGroup` (
  `rightGroupId` int(11) NOT NULL AUTO_INCREMENT,
  `groupName` varchar(50) NOT NULL,
  `permissions` text NOT NULL,
  PRIMARY KEY (`rightGroupId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `htp_User` (
  `userId` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(100) NOT NULL,
  `email` varchar(150) NOT NULL,
  `passwordHash` varchar(256) NOT NULL,
  `passwordSalt` varchar(256) NOT NULL,
  `isValid` tinyint(4) NOT NULL,
  `isComputedPassword` tinyint(4) NOT NULL,
  `lastLoginDate` bigint(20) NOT NULL,
  `registeredSince` bigint(20) NOT NULL,
  `sessionLifetime` int(11) NOT NULL,
  `rightGroupId` int(11) NOT NULL,
  `yubikey` varchar(256) DEFAULT NULL,
  `otp1` varchar(256) DEFAULT NULL,
  `otp2` varchar(256) DEFAULT NULL,
  `otp3` varchar(256) DEFAULT NULL,
  `otp4` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`userId`),
  UNIQUE KEY `username` (`username`),
  KEY `rightGroupId` (`rightGroupId`),
  CONSTRAINT `User_ibfk_1` FOREIGN KEY (`rightGroupId`) REFERENCES `RightGroup` (`rightGroupId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Agent` (
  `agentId` int(11) NOT NULL AUTO_INCREMENT,
  `agentName` varchar(100) NOT NULL,
  `uid` varchar(100) NOT NULL,
  `os` int(11) NOT NULL,
  `devices` text NOT NULL,
  `cmdPars` text NOT NULL,
  `ignoreErrors` tinyint(4) NOT NULL,
  `isActive` tinyint(4) NOT NULL,
  `isTrusted` tinyint(4) NOT NULL,
  `token` varchar(30) NOT NULL,
  `lastAct` varchar(50) NOT NULL,
  `lastTime` bigint(20) NOT NULL,
  `lastIp` varchar(50) NOT NULL,
  `userId` int(11) DEFAULT NULL,
  `cpuOnly` tinyint(4) NOT NULL,
  `clientSignature` varchar(50) NOT NULL,
  PRIMARY KEY (`agentId`),
  KEY `userId` (`userId`),
  CONSTRAINT `Agent_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `htp_User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AccessGroupAgent` (
  `accessGroupAgentId` int(11) NOT NULL AUTO_INCREMENT,
  `accessGroupId` int(11) NOT NULL,
  `agentId` int(11) NOT NULL,
  PRIMARY KEY (`accessGroupAgentId`),
  KEY `accessGroupId` (`accessGroupId`),
  KEY `agentId` (`agentId`),
  CONSTRAINT `AccessGroupAgent_ibfk_1` FOREIGN KEY (`accessGroupId`) REFERENCES `AccessGroup` (`accessGroupId`),
  CONSTRAINT `AccessGroupAgent_ibfk_2` FOREIGN KEY (`agentId`) REFERENCES `Agent` (`agentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AccessGroupUser` (
  `accessGroupUserId` int(11) NOT NULL AUTO_INCREMENT,
  `accessGroupId` int(11) NOT NULL,
  `userId` int(11) NOT NULL,
  PRIMARY KEY (`accessGroupUserId`),
  KEY `accessGroupId` (`accessGroupId`),
  KEY `userId` (`userId`),
  CONSTRAINT `AccessGroupUser_ibfk_1` FOREIGN KEY (`accessGroupId`) REFERENCES `AccessGroup` (`accessGroupId`),
  CONSTRAINT `AccessGroupUser_ibfk_2` FOREIGN KEY (`userId`) REFERENCES `htp_User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AgentBinary` (
  `agentBinaryId` int(11) NOT NULL AUTO_INCREMENT,
  `binaryType` varchar(20) NOT NULL,
  `version` varchar(20) NOT NULL,
  `operatingSystems` varchar(50) NOT NULL,
  `filename` varchar(50) NOT NULL,
  `updateTrack` varchar(20) NOT NULL,
  `updateAvailable` varchar(20) NOT NULL,
  PRIMARY KEY (`agentBinaryId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `CrackerBinaryType` (
  `crackerBinaryTypeId` int(11) NOT NULL AUTO_INCREMENT,
  `typeName` varchar(30) NOT NULL,
  `isChunkingAvailable` tinyint(4) NOT NULL,
  PRIMARY KEY (`crackerBinaryTypeId`),
  UNIQUE KEY `typeName` (`typeName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `CrackerBinary` (
  `crackerBinaryId` int(11) NOT NULL AUTO_INCREMENT,
  `crackerBinaryTypeId` int(11) NOT NULL,
  `version` varchar(20) NOT NULL,
  `downloadUrl` varchar(150) NOT NULL,
  `binaryName` varchar(50) NOT NULL,
  PRIMARY KEY (`crackerBinaryId`),
  KEY `crackerBinaryTypeId` (`crackerBinaryTypeId`),
  CONSTRAINT `CrackerBinary_ibfk_1` FOREIGN KEY (`crackerBinaryTypeId`) REFERENCES `CrackerBinaryType` (`crackerBinaryTypeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HashType` (
  `hashTypeId` int(11) NOT NULL AUTO_INCREMENT,
  `description` varchar(256) NOT NULL,
  `isSalted` tinyint(4) NOT NULL,
  `isSlowHash` tinyint(4) NOT NULL,
  PRIMARY KEY (`hashTypeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Hashlist` (
  `hashlistId` int(11) NOT NULL AUTO_INCREMENT,
  `hashlistName` varchar(100) NOT NULL,
  `format` int(11) NOT NULL,
  `hashTypeId` int(11) NOT NULL,
  `hashCount` int(11) NOT NULL,
  `saltSeparator` varchar(10) DEFAULT NULL,
  `cracked` int(11) NOT NULL,
  `isSecret` tinyint(4) NOT NULL,
  `hexSalt` tinyint(4) NOT NULL,
  `isSalted` tinyint(4) NOT NULL,
  `accessGroupId` int(11) NOT NULL,
  `notes` text NOT NULL,
  `brainId` int(11) NOT NULL,
  `brainFeatures` tinyint(4) NOT NULL,
  `isArchived` tinyint(4) NOT NULL,
  PRIMARY KEY (`hashlistId`),
  KEY `hashTypeId` (`hashTypeId`),
  KEY `Hashlist_ibfk_2` (`accessGroupId`),
  KEY `isArchived` (`isArchived`,`hashlistId`),
  CONSTRAINT `Hashlist_ibfk_1` FOREIGN KEY (`hashTypeId`) REFERENCES `HashType` (`hashTypeId`),
  CONSTRAINT `Hashlist_ibfk_2` FOREIGN KEY (`accessGroupId`) REFERENCES `AccessGroup` (`accessGroupId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TaskWrapper` (
  `taskWrapperId` int(11) NOT NULL AUTO_INCREMENT,
  `priority` int(11) NOT NULL,
  `maxAgents` int(11) NOT NULL,
  `taskType` int(11) NOT NULL,
  `hashlistId` int(11) NOT NULL,
  `accessGroupId` int(11) DEFAULT NULL,
  `taskWrapperName` varchar(100) NOT NULL,
  `isArchived` tinyint(4) NOT NULL,
  `cracked` int(11) NOT NULL,
  PRIMARY KEY (`taskWrapperId`),
  KEY `hashlistId` (`hashlistId`),
  KEY `priority` (`priority`),
  KEY `accessGroupId` (`accessGroupId`),
  KEY `isArchived_priority_taskWrapperId` (`isArchived`,`priority` DESC,`taskWrapperId`),
  CONSTRAINT `TaskWrapper_ibfk_1` FOREIGN KEY (`hashlistId`) REFERENCES `Hashlist` (`hashlistId`),
  CONSTRAINT `TaskWrapper_ibfk_2` FOREIGN KEY (`accessGroupId`) REFERENCES `AccessGroup` (`accessGroupId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Task` (
  `taskId` int(11) NOT NULL AUTO_INCREMENT,
  `taskName` varchar(256) NOT NULL,
  `attackCmd` text NOT NULL,
  `chunkTime` int(11) NOT NULL,
  `statusTimer` int(11) NOT NULL,
  `keyspace` bigint(20) NOT NULL,
  `keyspaceProgress` bigint(20) NOT NULL,
  `priority` int(11) NOT NULL,
  `maxAgents` int(11) NOT NULL,
  `color` varchar(20) DEFAULT NULL,
  `isSmall` tinyint(4) NOT NULL,
  `isCpuTask` tinyint(4) NOT NULL,
  `useNewBench` tinyint(4) NOT NULL,
  `skipKeyspace` bigint(20) NOT NULL,
  `crackerBinaryId` int(11) DEFAULT NULL,
  `crackerBinaryTypeId` int(11) DEFAULT NULL,
  `taskWrapperId` int(11) NOT NULL,
  `isArchived` tinyint(4) NOT NULL,
  `notes` text NOT NULL,
  `staticChunks` int(11) NOT NULL,
  `chunkSize` bigint(20) NOT NULL,
  `forcePipe` tinyint(4) NOT NULL,
  `usePreprocessor` int(11) NOT NULL,
  `preprocessorCommand` varchar(256) NOT NULL,
  PRIMARY KEY (`taskId`),
  KEY `crackerBinaryId` (`crackerBinaryId`),
  KEY `Task_ibfk_2` (`crackerBinaryTypeId`),
  KEY `Task_ibfk_3` (`taskWrapperId`),
  KEY `isArchived_priority_taskId` (`isArchived`,`priority` DESC,`taskId`),
  CONSTRAINT `Task_ibfk_1` FOREIGN KEY (`crackerBinaryId`) REFERENCES `CrackerBinary` (`crackerBinaryId`),
  CONSTRAINT `Task_ibfk_2` FOREIGN KEY (`crackerBinaryTypeId`) REFERENCES `CrackerBinaryType` (`crackerBinaryTypeId`),
  CONSTRAINT `Task_ibfk_3` FOREIGN KEY (`taskWrapperId`) REFERENCES `TaskWrapper` (`taskWrapperId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AgentError` (
  `agentErrorId` int(11) NOT NULL AUTO_INCREMENT,
  `agentId` int(11) NOT NULL,
  `taskId` int(11) DEFAULT NULL,
  `time` bigint(20) NOT NULL,
  `error` text NOT NULL,
  `chunkId` int(11) DEFAULT NULL,
  PRIMARY KEY (`agentErrorId`),
  KEY `agentId` (`agentId`),
  KEY `taskId` (`taskId`),
  CONSTRAINT `AgentError_ibfk_1` FOREIGN KEY (`agentId`) REFERENCES `Agent` (`agentId`),
  CONSTRAINT `AgentError_ibfk_2` FOREIGN KEY (`taskId`) REFERENCES `Task` (`taskId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AgentStat` (
  `agentStatId` bigint(20) NOT NULL AUTO_INCREMENT,
  `agentId` int(11) NOT NULL,
  `statType` int(11) NOT NULL,
  `time` bigint(20) NOT NULL,
  `value` varchar(128) NOT NULL,
  PRIMARY KEY (`agentStatId`),
  KEY `agentId` (`agentId`),
  CONSTRAINT `AgentStat_ibfk_1` FOREIGN KEY (`agentId`) REFERENCES `Agent` (`agentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Zap` (
  `zapId` int(11) NOT NULL AUTO_INCREMENT,
  `hash` mediumtext NOT NULL,
  `solveTime` bigint(20) NOT NULL,
  `agentId` int(11) DEFAULT NULL,
  `hashlistId` int(11) NOT NULL,
  PRIMARY KEY (`zapId`),
  KEY `agentId` (`agentId`),
  KEY `hashlistId` (`hashlistId`),
  CONSTRAINT `Zap_ibfk_1` FOREIGN KEY (`agentId`) REFERENCES `Agent` (`agentId`),
  CONSTRAINT `Zap_ibfk_2` FOREIGN KEY (`hashlistId`) REFERENCES `Hashlist` (`hashlistId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `AgentZap` (
  `agentZapId` int(11) NOT NULL AUTO_INCREMENT,
  `agentId` int(11) NOT NULL,
  `lastZapId` int(11) DEFAULT NULL,
  PRIMARY KEY (`agentZapId`),
  KEY `agentId` (`agentId`),
  KEY `lastZapId` (`lastZapId`),
  CONSTRAINT `AgentZap_ibfk_1` FOREIGN KEY (`agentId`) REFERENCES `Agent` (`agentId`),
  CONSTRAINT `AgentZap_ibfk_2` FOREIGN KEY (`lastZapId`) REFERENCES `Zap` (`zapId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ApiGroup` (
  `apiGroupId` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `permissions` text NOT NULL,
  PRIMARY KEY (`apiGroupId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ApiKey` (
  `apiKeyId` int(11) NOT NULL AUTO_INCREMENT,
  `startValid` bigint(20) NOT NULL,
  `endValid` bigint(20) NOT NULL,
  `accessKey` varchar(256) NOT NULL,
  `accessCount` int(11) NOT NULL,
  `userId` int(11) NOT NULL,
  `apiGroupId` int(11) NOT NULL,
  PRIMARY KEY (`apiKeyId`),
  KEY `ApiKey_ibfk_1` (`userId`),
  KEY `ApiKey_ibfk_2` (`apiGroupId`),
  CONSTRAINT `ApiKey_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `htp_User` (`userId`),
  CONSTRAINT `ApiKey_ibfk_2` FOREIGN KEY (`apiGroupId`) REFERENCES `ApiGroup` (`apiGroupId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Assignment` (
  `assignmentId` int(11) NOT NULL AUTO_INCREMENT,
  `taskId` int(11) NOT NULL,
  `agentId` int(11) NOT NULL,
  `benchmark` varchar(50) NOT NULL,
  PRIMARY KEY (`assignmentId`),
  KEY `taskId` (`taskId`),
  KEY `agentId` (`agentId`),
  CONSTRAINT `Assignment_ibfk_1` FOREIGN KEY (`taskId`) REFERENCES `Task` (`taskId`),
  CONSTRAINT `Assignment_ibfk_2` FOREIGN KEY (`agentId`) REFERENCES `Agent` (`agentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Chunk` (
  `chunkId` int(11) NOT NULL AUTO_INCREMENT,
  `taskId` int(11) NOT NULL,
  `skip` bigint(20) unsigned NOT NULL,
  `length` bigint(20) unsigned NOT NULL,
  `agentId` int(11) DEFAULT NULL,
  `dispatchTime` bigint(20) NOT NULL,
  `solveTime` bigint(20) NOT NULL,
  `checkpoint` bigint(20) unsigned NOT NULL,
  `progress` int(11) DEFAULT NULL,
  `state` int(11) NOT NULL,
  `cracked` int(11) NOT NULL,
  `speed` bigint(20) NOT NULL,
  PRIMARY KEY (`chunkId`),
  KEY `taskId` (`taskId`),
  KEY `progress` (`progress`),
  KEY `agentId` (`agentId`),
  KEY `idx_task_progress_length` (`taskId`,`progress`,`length`),
  CONSTRAINT `Chunk_ibfk_1` FOREIGN KEY (`taskId`) REFERENCES `Task` (`taskId`),
  CONSTRAINT `Chunk_ibfk_2` FOREIGN KEY (`agentId`) REFERENCES `Agent` (`agentId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ConfigSection` (
  `configSectionId` int(11) NOT NULL AUTO_INCREMENT,
  `sectionName` varchar(100) NOT NULL,
  PRIMARY KEY (`configSectionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Config` (
  `configId` int(11) NOT NULL AUTO_INCREMENT,
  `configSectionId` int(11) NOT NULL,
  `item` varchar(80) NOT NULL,
  `value` text NOT NULL,
  PRIMARY KEY (`configId`),
  KEY `configSectionId` (`configSectionId`),
  CONSTRAINT `Config_ibfk_1` FOREIGN KEY (`configSectionId`) REFERENCES `ConfigSection` (`configSectionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `File` (
  `fileId` int(11) NOT NULL AUTO_INCREMENT,
  `filename` varchar(100) NOT NULL,
  `size` bigint(20) NOT NULL,
  `isSecret` tinyint(4) NOT NULL,
  `fileType` int(11) NOT NULL,
  `accessGroupId` int(11) NOT NULL,
  `lineCount` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`fileId`),
  KEY `File_ibfk_1` (`accessGroupId`),
  CONSTRAINT `File_ibfk_1` FOREIGN KEY (`accessGroupId`) REFERENCES `AccessGroup` (`accessGroupId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `FileDelete` (
  `fileDeleteId` int(11) NOT NULL AUTO_INCREMENT,
  `filename` varchar(256) NOT NULL,
  `time` bigint(20) NOT NULL,
  PRIMARY KEY (`fileDeleteId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `FileDownload` (
  `fileDownloadId` int(11) NOT NULL AUTO_INCREMENT,
  `time` bigint(20) NOT NULL,
  `fileId` int(11) NOT NULL,
  `status` int(11) NOT NULL,
  PRIMARY KEY (`fileDownloadId`),
  KEY `FileDownload_ibkf_1` (`fileId`),
  CONSTRAINT `FileDownload_ibkf_1` FOREIGN KEY (`fileId`) REFERENCES `File` (`fileId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Pretask` (
  `pretaskId` int(11) NOT NULL AUTO_INCREMENT,
  `taskName` varchar(100) NOT NULL,
  `attackCmd` text NOT NULL,
  `chunkTime` int(11) NOT NULL,
  `statusTimer` int(11) NOT NULL,
  `color` varchar(20) DEFAULT NULL,
  `isSmall` tinyint(4) NOT NULL,
  `isCpuTask` tinyint(4) NOT NULL,
  `useNewBench` tinyint(4) NOT NULL,
  `priority` int(11) NOT NULL,
  `maxAgents` int(11) NOT NULL,
  `isMaskImport` tinyint(4) NOT NULL,
  `crackerBinaryTypeId` int(11) NOT NULL,
  PRIMARY KEY (`pretaskId`),
  KEY `Pretask_ibfk_1` (`crackerBinaryTypeId`),
  CONSTRAINT `Pretask_ibfk_1` FOREIGN KEY (`crackerBinaryTypeId`) REFERENCES `CrackerBinaryType` (`crackerBinaryTypeId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `FilePretask` (
  `filePretaskId` int(11) NOT NULL AUTO_INCREMENT,
  `fileId` int(11) NOT NULL,
  `pretaskId` int(11) NOT NULL,
  PRIMARY KEY (`filePretaskId`),
  KEY `fileId` (`fileId`),
  KEY `pretaskId` (`pretaskId`),
  CONSTRAINT `FilePretask_ibfk_1` FOREIGN KEY (`fileId`) REFERENCES `File` (`fileId`),
  CONSTRAINT `FilePretask_ibfk_2` FOREIGN KEY (`pretaskId`) REFERENCES `Pretask` (`pretaskId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `FileTask` (
  `fileTaskId` int(11) NOT NULL AUTO_INCREMENT,
  `fileId` int(11) NOT NULL,
  `taskId` int(11) NOT NULL,
  PRIMARY KEY (`fileTaskId`),
  KEY `fileId` (`fileId`),
  KEY `taskId` (`taskId`),
  CONSTRAINT `FileTask_ibfk_1` FOREIGN KEY (`fileId`) REFERENCES `File` (`fileId`),
  CONSTRAINT `FileTask_ibfk_2` FOREIGN KEY (`taskId`) REFERENCES `Task` (`taskId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Hash` (
  `hashId` int(11) NOT NULL AUTO_INCREMENT,
  `hashlistId` int(11) NOT NULL,
  `hash` mediumtext NOT NULL,
  `salt` varchar(256) DEFAULT NULL,
  `plaintext` varchar(256) DEFAULT NULL,
  `timeCracked` bigint(20) DEFAULT NULL,
  `chunkId` int(11) DEFAULT NULL,
  `isCracked` tinyint(4) NOT NULL,
  `crackPos` bigint(20) NOT NULL,
  PRIMARY KEY (`hashId`),
  KEY `hashlistId` (`hashlistId`),
  KEY `chunkId` (`chunkId`),
  KEY `isCracked` (`isCracked`),
  KEY `hash` (`hash`(500)),
  KEY `timeCracked` (`timeCracked`),
  CONSTRAINT `Hash_ibfk_1` FOREIGN KEY (`hashlistId`) REFERENCES `Hashlist` (`hashlistId`),
  CONSTRAINT `Hash_ibfk_2` FOREIGN KEY (`chunkId`) REFERENCES `Chunk` (`chunkId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HashBinary` (
  `hashBinaryId` int(11) NOT NULL AUTO_INCREMENT,
  `hashlistId` int(11) NOT NULL,
  `essid` varchar(100) NOT NULL,
  `hash` longtext NOT NULL,
  `plaintext` varchar(1024) DEFAULT NULL,
  `timeCracked` bigint(20) DEFAULT NULL,
  `chunkId` int(11) DEFAULT NULL,
  `isCracked` tinyint(4) NOT NULL,
  `crackPos` bigint(20) NOT NULL,
  PRIMARY KEY (`hashBinaryId`),
  KEY `hashlistId` (`hashlistId`),
  KEY `chunkId` (`chunkId`),
  CONSTRAINT `HashBinary_ibfk_1` FOREIGN KEY (`hashlistId`) REFERENCES `Hashlist` (`hashlistId`),
  CONSTRAINT `HashBinary_ibfk_2` FOREIGN KEY (`chunkId`) REFERENCES `Chunk` (`chunkId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HashlistHashlist` (
  `hashlistHashlistId` int(11) NOT NULL AUTO_INCREMENT,
  `parentHashlistId` int(11) NOT NULL,
  `hashlistId` int(11) NOT NULL,
  PRIMARY KEY (`hashlistHashlistId`),
  KEY `parentHashlistId` (`parentHashlistId`),
  KEY `hashlistId` (`hashlistId`),
  CONSTRAINT `HashlistHashlist_ibfk_1` FOREIGN KEY (`parentHashlistId`) REFERENCES `Hashlist` (`hashlistId`),
  CONSTRAINT `HashlistHashlist_ibfk_2` FOREIGN KEY (`hashlistId`) REFERENCES `Hashlist` (`hashlistId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HealthCheck` (
  `healthCheckId` int(11) NOT NULL AUTO_INCREMENT,
  `time` bigint(20) NOT NULL,
  `status` int(11) NOT NULL,
  `checkType` int(11) NOT NULL,
  `hashtypeId` int(11) NOT NULL,
  `crackerBinaryId` int(11) NOT NULL,
  `expectedCracks` int(11) NOT NULL,
  `attackCmd` text NOT NULL,
  PRIMARY KEY (`healthCheckId`),
  KEY `HealthCheck_ibfk_1` (`crackerBinaryId`),
  CONSTRAINT `HealthCheck_ibfk_1` FOREIGN KEY (`crackerBinaryId`) REFERENCES `CrackerBinary` (`crackerBinaryId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `HealthCheckAgent` (
  `healthCheckAgentId` int(11) NOT NULL AUTO_INCREMENT,
  `healthCheckId` int(11) NOT NULL,
  `agentId` int(11) NOT NULL,
  `status` int(11) NOT NULL,
  `cracked` int(11) NOT NULL,
  `numGpus` int(11) NOT NULL,
  `start` bigint(20) NOT NULL,
  `htp_end` bigint(20) NOT NULL,
  `errors` text NOT NULL,
  PRIMARY KEY (`healthCheckAgentId`),
  KEY `HealthCheckAgent_ibfk_1` (`agentId`),
  KEY `HealthCheckAgent_ibfk_2` (`healthCheckId`),
  CONSTRAINT `HealthCheckAgent_ibfk_1` FOREIGN KEY (`agentId`) REFERENCES `Agent` (`agentId`),
  CONSTRAINT `HealthCheckAgent_ibfk_2` FOREIGN KEY (`healthCheckId`) REFERENCES `HealthCheck` (`healthCheckId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `JwtApiKey` (
  `jwtApiKeyId` int(11) NOT NULL AUTO_INCREMENT,
  `userId` int(11) DEFAULT NULL,
  `startValid` bigint(20) NOT NULL,
  `endValid` bigint(20) NOT NULL,
  `isRevoked` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`jwtApiKeyId`),
  KEY `idx_jwtApiKey_userId` (`userId`),
  CONSTRAINT `fk_jwtApiKey_user` FOREIGN KEY (`userId`) REFERENCES `htp_User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `LogEntry` (
  `logEntryId` bigint(20) NOT NULL AUTO_INCREMENT,
  `issuer` varchar(50) NOT NULL,
  `issuerId` varchar(50) NOT NULL,
  `level` varchar(50) NOT NULL,
  `message` text NOT NULL,
  `time` bigint(20) NOT NULL,
  PRIMARY KEY (`logEntryId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `NotificationSetting` (
  `notificationSettingId` int(11) NOT NULL AUTO_INCREMENT,
  `action` varchar(50) NOT NULL,
  `objectId` int(11) DEFAULT NULL,
  `notification` varchar(50) NOT NULL,
  `userId` int(11) NOT NULL,
  `receiver` varchar(256) NOT NULL,
  `isActive` tinyint(4) NOT NULL,
  PRIMARY KEY (`notificationSettingId`),
  KEY `userId` (`userId`),
  CONSTRAINT `NotificationSetting_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `htp_User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Preprocessor` (
  `preprocessorId` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `url` varchar(512) NOT NULL,
  `binaryName` varchar(256) NOT NULL,
  `keyspaceCommand` varchar(256) DEFAULT NULL,
  `skipCommand` varchar(256) DEFAULT NULL,
  `limitCommand` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`preprocessorId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `RegVoucher` (
  `regVoucherId` int(11) NOT NULL AUTO_INCREMENT,
  `voucher` varchar(100) NOT NULL,
  `time` bigint(20) NOT NULL,
  PRIMARY KEY (`regVoucherId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Session` (
  `sessionId` int(11) NOT NULL AUTO_INCREMENT,
  `userId` int(11) NOT NULL,
  `sessionStartDate` bigint(20) NOT NULL,
  `lastActionDate` bigint(20) NOT NULL,
  `isOpen` tinyint(4) NOT NULL,
  `sessionLifetime` int(11) NOT NULL,
  `sessionKey` varchar(256) NOT NULL,
  PRIMARY KEY (`sessionId`),
  KEY `userId` (`userId`),
  CONSTRAINT `Session_ibfk_1` FOREIGN KEY (`userId`) REFERENCES `htp_User` (`userId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Speed` (
  `speedId` bigint(20) NOT NULL AUTO_INCREMENT,
  `agentId` int(11) NOT NULL,
  `taskId` int(11) NOT NULL,
  `speed` bigint(20) NOT NULL,
  `time` bigint(20) NOT NULL,
  PRIMARY KEY (`speedId`),
  KEY `agentId` (`agentId`),
  KEY `taskId` (`taskId`),
  CONSTRAINT `Speed_ibfk_1` FOREIGN KEY (`agentId`) REFERENCES `Agent` (`agentId`),
  CONSTRAINT `Speed_ibfk_2` FOREIGN KEY (`taskId`) REFERENCES `Task` (`taskId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `StoredValue` (
  `storedValueId` varchar(50) NOT NULL,
  `val` varchar(256) NOT NULL,
  PRIMARY KEY (`storedValueId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Supertask` (
  `supertaskId` int(11) NOT NULL AUTO_INCREMENT,
  `supertaskName` varchar(50) NOT NULL,
  PRIMARY KEY (`supertaskId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `SupertaskPretask` (
  `supertaskPretaskId` int(11) NOT NULL AUTO_INCREMENT,
  `supertaskId` int(11) NOT NULL,
  `pretaskId` int(11) NOT NULL,
  PRIMARY KEY (`supertaskPretaskId`),
  KEY `supertaskId` (`supertaskId`),
  KEY `pretaskId` (`pretaskId`),
  CONSTRAINT `SupertaskPretask_ibfk_1` FOREIGN KEY (`supertaskId`) REFERENCES `Supertask` (`supertaskId`),
  CONSTRAINT `SupertaskPretask_ibfk_2` FOREIGN KEY (`pretaskId`) REFERENCES `Pretask` (`pretaskId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `TaskDebugOutput` (
  `taskDebugOutputId` int(11) NOT NULL AUTO_INCREMENT,
  `taskId` int(11) NOT NULL,
  `output` varchar(256) NOT NULL,
  PRIMARY KEY (`taskDebugOutputId`),
  KEY `TaskDebugOutput_ibfk_1` (`taskId`),
  CONSTRAINT `TaskDebugOutput_ibfk_1` FOREIGN KEY (`taskId`) REFERENCES `Task` (`taskId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- ElkarBackup (Binovo / Elkarbackup community; self-hosted backup server built on rsnapshot / rsync over SSH,
-- Symfony web interface) -- MySQL / MariaDB schema.
-- Source: github.com/elkarbackup/elkarbackup, commit 08824615895294abb37c18262372577a28db2e76 (March 2026),
--         migrations/Version20121116152856.php ... Version20251215220936.php (32 Doctrine migrations, MySQL only;
--         the entities are src/Entity/*.php). Licence: New BSD (BSD-3-Clause), file LICENSE.
-- How it was made: the schema statements of every migration's up() (the literal addSql() strings, in version
--   order) were run against an empty MariaDB 10.11 database (scratch database exam_blind415_elkarreplay,
--   dropped afterwards); statements that only seed or move rows (the example policies, the default backup
--   location, the script conversions of 2013) were skipped. The result was dumped with mysqldump --no-data and
--   is written here with AUTO_INCREMENT counters and version comments removed, tables reordered so that every
--   referenced table comes first. Column names and order are those of the migrated database.
-- Left out: Doctrine's own bookkeeping table migration_versions (created by doctrine/migrations, not by the
--   application's migrations). All 13 application tables are kept.

CREATE TABLE `User` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(25) NOT NULL,
  `salt` varchar(32) NOT NULL,
  `password` varchar(100) NOT NULL,
  `email` varchar(60) NOT NULL,
  `isActive` tinyint(1) NOT NULL,
  `roles` varchar(255) NOT NULL,
  `language` varchar(25) NOT NULL,
  `linesperpage` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_2DA17977F85E0677` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Script` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` longtext DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `isClientPre` tinyint(1) NOT NULL,
  `isJobPre` tinyint(1) NOT NULL,
  `isClientPost` tinyint(1) NOT NULL,
  `isJobPost` tinyint(1) NOT NULL,
  `lastUpdated` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_1B2D820C5E237E06` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Policy` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` longtext DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `hourlyHours` varchar(255) DEFAULT NULL,
  `hourlyDaysOfMonth` varchar(255) DEFAULT NULL,
  `hourlyDaysOfWeek` varchar(255) DEFAULT NULL,
  `hourlyMonths` varchar(255) DEFAULT NULL,
  `hourlyCount` int(11) NOT NULL,
  `dailyHours` varchar(255) DEFAULT NULL,
  `dailyDaysOfMonth` varchar(255) DEFAULT NULL,
  `dailyDaysOfWeek` varchar(255) DEFAULT NULL,
  `dailyMonths` varchar(255) DEFAULT NULL,
  `dailyCount` int(11) NOT NULL,
  `weeklyHours` varchar(255) DEFAULT NULL,
  `weeklyDaysOfMonth` varchar(255) DEFAULT NULL,
  `weeklyDaysOfWeek` varchar(255) DEFAULT NULL,
  `weeklyMonths` varchar(255) DEFAULT NULL,
  `weeklyCount` int(11) NOT NULL,
  `monthlyHours` varchar(255) DEFAULT NULL,
  `monthlyDaysOfMonth` varchar(255) DEFAULT NULL,
  `monthlyDaysOfWeek` varchar(255) DEFAULT NULL,
  `monthlyMonths` varchar(255) DEFAULT NULL,
  `monthlyCount` int(11) NOT NULL,
  `yearlyHours` varchar(255) DEFAULT NULL,
  `yearlyDaysOfMonth` varchar(255) DEFAULT NULL,
  `yearlyDaysOfWeek` varchar(255) DEFAULT NULL,
  `yearlyMonths` varchar(255) DEFAULT NULL,
  `yearlyCount` int(11) NOT NULL,
  `include` longtext DEFAULT NULL,
  `exclude` longtext DEFAULT NULL,
  `syncFirst` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `BackupLocation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `host` varchar(255) DEFAULT NULL,
  `directory` varchar(255) NOT NULL,
  `maxParallelJobs` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `Client` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` longtext DEFAULT NULL,
  `isActive` tinyint(1) NOT NULL,
  `name` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `quota` bigint(20) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `sshArgs` varchar(255) DEFAULT NULL,
  `rsyncShortArgs` varchar(255) DEFAULT NULL,
  `rsyncLongArgs` varchar(255) DEFAULT NULL,
  `state` varchar(255) NOT NULL,
  `maxParallelJobs` int(11) NOT NULL,
  `data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UNIQ_C0E801635E237E06` (`name`),
  KEY `IDX_C0E801637E3C61F9` (`owner_id`),
  CONSTRAINT `FK_C0E801637E3C61F9` FOREIGN KEY (`owner_id`) REFERENCES `User` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ClientScriptPost` (
  `client_id` int(11) NOT NULL,
  `script_id` int(11) NOT NULL,
  PRIMARY KEY (`client_id`,`script_id`),
  KEY `IDX_49132A8919EB6921` (`client_id`),
  KEY `IDX_49132A89A1C01850` (`script_id`),
  CONSTRAINT `FK_49132A8919EB6921` FOREIGN KEY (`client_id`) REFERENCES `Client` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_49132A89A1C01850` FOREIGN KEY (`script_id`) REFERENCES `Script` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ClientScriptPre` (
  `client_id` int(11) NOT NULL,
  `script_id` int(11) NOT NULL,
  PRIMARY KEY (`client_id`,`script_id`),
  KEY `IDX_7EBF6DF919EB6921` (`client_id`),
  KEY `IDX_7EBF6DF9A1C01850` (`script_id`),
  CONSTRAINT `FK_7EBF6DF919EB6921` FOREIGN KEY (`client_id`) REFERENCES `Client` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_7EBF6DF9A1C01850` FOREIGN KEY (`script_id`) REFERENCES `Script` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Job` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` int(11) DEFAULT NULL,
  `policy_id` int(11) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `isActive` tinyint(1) NOT NULL,
  `name` varchar(255) NOT NULL,
  `notificationsEmail` varchar(255) DEFAULT NULL,
  `notificationsTo` varchar(255) NOT NULL,
  `minNotificationLevel` int(11) NOT NULL,
  `path` varchar(255) NOT NULL,
  `diskUsage` bigint(20) NOT NULL,
  `include` longtext DEFAULT NULL,
  `exclude` longtext DEFAULT NULL,
  `useLocalPermissions` tinyint(1) NOT NULL,
  `priority` int(11) NOT NULL,
  `token` varchar(255) DEFAULT NULL,
  `backupLocation_id` int(11) DEFAULT NULL,
  `lastResult` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_C395A61819EB6921` (`client_id`),
  KEY `IDX_C395A6182D29E3C6` (`policy_id`),
  KEY `IDX_C395A61817EE0EA` (`backupLocation_id`),
  CONSTRAINT `FK_C395A61819EB6921` FOREIGN KEY (`client_id`) REFERENCES `Client` (`id`),
  CONSTRAINT `FK_C395A6182D29E3C6` FOREIGN KEY (`policy_id`) REFERENCES `Policy` (`id`),
  CONSTRAINT `FK_C395A618615D27E1` FOREIGN KEY (`backupLocation_id`) REFERENCES `BackupLocation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `JobScriptPost` (
  `job_id` int(11) NOT NULL,
  `script_id` int(11) NOT NULL,
  PRIMARY KEY (`job_id`,`script_id`),
  KEY `IDX_C1C2251FBE04EA9` (`job_id`),
  KEY `IDX_C1C2251FA1C01850` (`script_id`),
  CONSTRAINT `FK_C1C2251FA1C01850` FOREIGN KEY (`script_id`) REFERENCES `Script` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_C1C2251FBE04EA9` FOREIGN KEY (`job_id`) REFERENCES `Job` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `JobScriptPre` (
  `job_id` int(11) NOT NULL,
  `script_id` int(11) NOT NULL,
  PRIMARY KEY (`job_id`,`script_id`),
  KEY `IDX_A7EA1D21BE04EA9` (`job_id`),
  KEY `IDX_A7EA1D21A1C01850` (`script_id`),
  CONSTRAINT `FK_A7EA1D21A1C01850` FOREIGN KEY (`script_id`) REFERENCES `Script` (`id`) ON DELETE CASCADE,
  CONSTRAINT `FK_A7EA1D21BE04EA9` FOREIGN KEY (`job_id`) REFERENCES `Job` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Queue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `job_id` int(11) DEFAULT NULL,
  `date` datetime NOT NULL,
  `runningSince` datetime DEFAULT NULL,
  `priority` int(11) NOT NULL,
  `state` varchar(255) NOT NULL,
  `aborted` tinyint(1) NOT NULL,
  `data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `IDX_BE3C5067BE04EA9` (`job_id`),
  CONSTRAINT `FK_BE3C5067BE04EA9` FOREIGN KEY (`job_id`) REFERENCES `Job` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;

CREATE TABLE `LogRecord` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `channel` varchar(255) NOT NULL,
  `dateTime` datetime NOT NULL,
  `level` int(11) NOT NULL,
  `levelName` varchar(255) NOT NULL,
  `link` longtext DEFAULT NULL,
  `message` longtext NOT NULL,
  `source` varchar(255) DEFAULT NULL,
  `userId` int(11) DEFAULT NULL,
  `userName` varchar(255) DEFAULT NULL,
  `logFile` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `Message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `origin` varchar(32) NOT NULL,
  `destination` varchar(32) NOT NULL,
  `message` longtext DEFAULT NULL,
  `dateTime` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

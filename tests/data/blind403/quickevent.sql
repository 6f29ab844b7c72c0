-- QuickEvent (Quick-Event/quickbox), commit e7a26fccf62c79b909eed467abeb9c11aca1c2f4
-- quickevent/app/quickevent/plugins/Event/qml/DbSchema.qml (qf.core.sql.def QML schema; upstream generates
-- PostgreSQL or SQLite DDL from it), written as MySQL: all 17 tables, in upstream's order.

CREATE TABLE `enumz` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `groupName` VARCHAR(255),
  `groupId` VARCHAR(255),
  `pos` INT,
  `caption` VARCHAR(255),
  `color` VARCHAR(255),
  `value` VARCHAR(255),
  CONSTRAINT `enumz_unique0` UNIQUE (`groupName`, `groupId`)
);

CREATE TABLE `config` (
  `ckey` VARCHAR(255),
  `cname` VARCHAR(255),
  `cvalue` VARCHAR(255),
  `ctype` VARCHAR(255),
  CONSTRAINT `config_pkey` PRIMARY KEY (`ckey`)
);

CREATE TABLE `stages` (
  `id` INT,
  `startDateTime` DATETIME,
  `useAllMaps` TINYINT(1) NOT NULL DEFAULT 0,
  `drawingConfig` VARCHAR(255),
  CONSTRAINT `stages_pkey` PRIMARY KEY (`id`)
);

CREATE TABLE `courses` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255),
  `length` INT,
  `climb` INT,
  `note` VARCHAR(255),
  KEY `courses_ix0` (`name`)
);

CREATE TABLE `codes` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `code` INT,
  `altCode` INT,
  `outOfOrder` TINYINT(1) NOT NULL DEFAULT 0,
  `radio` TINYINT(1) NOT NULL DEFAULT 0,
  `longitude` DOUBLE,
  `latitude` DOUBLE,
  `note` VARCHAR(255)
);

CREATE TABLE `coursecodes` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `courseId` INT,
  `position` INT,
  `codeId` INT,
  CONSTRAINT `coursecodes_foreign0` FOREIGN KEY (`courseId`) REFERENCES `courses` (`id`) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT `coursecodes_foreign1` FOREIGN KEY (`codeId`) REFERENCES `codes` (`id`) ON UPDATE RESTRICT ON DELETE RESTRICT,
  KEY `coursecodes_ix2` (`courseId`, `position`)
);

CREATE TABLE `classes` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255),
  CONSTRAINT `classes_unique0` UNIQUE (`name`)
);

CREATE TABLE `classdefs` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `classId` INT,
  `stageId` INT,
  `courseId` INT,
  `startSlotIndex` INT NOT NULL DEFAULT -1,
  `startTimeMin` INT,
  `startIntervalMin` INT,
  `vacantsBefore` INT COMMENT 'place n vacants gap before first competitor in class start list',
  `vacantEvery` INT COMMENT 'place vacant every n-th competitor in class start list',
  `vacantsAfter` INT COMMENT 'place n vacants gap after last competitor in class start list',
  `mapCount` INT,
  `resultsCount` INT COMMENT 'number of finished competitors, when the results were printed',
  `resultsPrintTS` DATETIME COMMENT 'when results for this class were printed last time',
  `lastStartTimeMin` INT,
  `drawLock` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'The draw of this class is prohibited',
  `relayStartNumber` INT,
  `relayLegCount` INT,
  CONSTRAINT `classdefs_foreign0` FOREIGN KEY (`stageId`) REFERENCES `stages` (`id`) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT `classdefs_foreign1` FOREIGN KEY (`classId`) REFERENCES `classes` (`id`) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT `classdefs_foreign2` FOREIGN KEY (`courseId`) REFERENCES `courses` (`id`) ON UPDATE RESTRICT ON DELETE RESTRICT
);

CREATE TABLE `competitors` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `startNumber` INT,
  `classId` INT,
  `firstName` VARCHAR(255),
  `lastName` VARCHAR(255),
  `registration` VARCHAR(10),
  `iofId` INT,
  `licence` VARCHAR(1),
  `club` VARCHAR(255),
  `country` VARCHAR(255),
  `siId` INT,
  `ranking` INT,
  `note` VARCHAR(255),
  `importId` INT,
  CONSTRAINT `competitors_foreign0` FOREIGN KEY (`classId`) REFERENCES `classes` (`id`) ON UPDATE RESTRICT ON DELETE RESTRICT,
  KEY `competitors_ix1` (`importId`)
);

CREATE TABLE `runs` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `competitorId` INT,
  `siId` INT,
  `stageId` INT NOT NULL DEFAULT 1,
  `leg` INT,
  `relayId` INT,
  `checkTimeMs` INT COMMENT 'in miliseconds',
  `startTimeMs` INT COMMENT 'in miliseconds',
  `finishTimeMs` INT COMMENT 'in miliseconds',
  `penaltyTimeMs` INT COMMENT 'in miliseconds',
  `timeMs` INT COMMENT 'in miliseconds since event run',
  `isRunning` TINYINT(1) NOT NULL DEFAULT 1 COMMENT 'Competitor is running in this stage',
  `disqualified` TINYINT(1) NOT NULL DEFAULT 0,
  `disqualifiedByOrganizer` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Competitor is disqualified by organizer for breaking rules, etc.',
  `notCompeting` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Competitor does run in this stage but not competing',
  `misPunch` TINYINT(1) NOT NULL DEFAULT 0,
  `notStart` TINYINT(1) NOT NULL DEFAULT 0,
  `notFinish` TINYINT(1) NOT NULL DEFAULT 0,
  `badCheck` TINYINT(1) NOT NULL DEFAULT 0,
  `overTime` TINYINT(1) NOT NULL DEFAULT 0,
  `cardLent` TINYINT(1) NOT NULL DEFAULT 0,
  `cardReturned` TINYINT(1) NOT NULL DEFAULT 0,
  `importId` INT,
  CONSTRAINT `runs_foreign0` FOREIGN KEY (`competitorId`) REFERENCES `competitors` (`id`) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT `runs_foreign1` FOREIGN KEY (`stageId`) REFERENCES `stages` (`id`) ON UPDATE RESTRICT ON DELETE RESTRICT,
  KEY `runs_ix2` (`relayId`, `leg`),
  KEY `runs_ix3` (`stageId`, `siId`)
);

CREATE TABLE `relays` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `number` INT,
  `classId` INT,
  `club` VARCHAR(255),
  `name` VARCHAR(255),
  `note` VARCHAR(255),
  `importId` INT,
  CONSTRAINT `relays_foreign0` FOREIGN KEY (`classId`) REFERENCES `classes` (`id`) ON UPDATE RESTRICT ON DELETE RESTRICT,
  KEY `relays_ix1` (`club`, `name`),
  KEY `relays_ix2` (`number`)
);

CREATE TABLE `runlaps` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `runId` INT,
  `position` INT,
  `code` INT,
  `stpTimeMs` INT,
  `lapTimeMs` INT,
  KEY `runlaps_ix0` (`runId`, `position`),
  KEY `runlaps_ix1` (`position`, `stpTimeMs`),
  KEY `runlaps_ix2` (`position`, `lapTimeMs`)
);

CREATE TABLE `clubs` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` VARCHAR(255),
  `abbr` VARCHAR(255),
  `importId` INT,
  KEY `clubs_ix0` (`abbr`)
);

CREATE TABLE `registrations` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `firstName` VARCHAR(255),
  `lastName` VARCHAR(255),
  `registration` VARCHAR(10),
  `licence` VARCHAR(1),
  `clubAbbr` VARCHAR(255),
  `country` VARCHAR(255),
  `siId` INT,
  `importId` INT,
  KEY `registrations_ix0` (`registration`)
);

CREATE TABLE `cards` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `runId` INT,
  `runIdAssignTS` DATETIME,
  `runIdAssignError` VARCHAR(255),
  `stageId` INT COMMENT 'We cannot take stageId from runId linked table, because we need select cards for stage even without runId assigned',
  `stationNumber` INT DEFAULT 0,
  `siId` INT,
  `checkTime` INT COMMENT 'seconds in range 0 - 12 hours',
  `startTime` INT COMMENT 'seconds in range 0 - 12 hours',
  `finishTime` INT COMMENT 'seconds in range 0 - 12 hours',
  `punches` TEXT CHARACTER SET latin1 COMMENT 'JSON of format [[code, time, msec, day_of_week, week_cnt], ...]}',
  `readerConnectionId` INT COMMENT 'connection id of QuickEvent instance which has read this card',
  `printerConnectionId` INT COMMENT 'connection id of QuickEvent instance which has printed this strip',
  KEY `cards_ix0` (`readerConnectionId`),
  KEY `cards_ix1` (`printerConnectionId`),
  KEY `cards_ix2` (`stageId`, `siId`),
  KEY `cards_ix3` (`runId`)
);

CREATE TABLE `punches` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `code` INT,
  `siId` INT,
  `time` INT COMMENT 'seconds in range 0 - 12 hours',
  `msec` INT COMMENT 'msec part od punch time',
  `stageId` INT COMMENT 'We cannot take stageId from runId linked table, because we need select punches for stage even without runId assigned',
  `runId` INT,
  `timeMs` INT COMMENT 'in miliseconds since event start',
  `runTimeMs` INT COMMENT 'in miliseconds since runner event start',
  KEY `punches_ix0` (`stageId`, `code`),
  KEY `punches_ix1` (`runId`)
);

CREATE TABLE `stationsbackup` (
  `id` INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `stageId` INT,
  `stationNumber` INT,
  `siId` INT,
  `punchDateTime` DATETIME,
  `cardErr` TINYINT(1),
  CONSTRAINT `stationsbackup_unique0` UNIQUE (`stageId`, `stationNumber`, `siId`, `punchDateTime`)
);

CREATE TABLE `lentcards` (
  `siId` INT PRIMARY KEY,
  `ignored` TINYINT(1) NOT NULL DEFAULT 0,
  `note` VARCHAR(255)
);

-- ClearCanvas ImageServer (open-source DICOM PACS / image archive of ClearCanvas Inc., later Synaptive Medical),
-- database schema of the last public release line (11.x, ImageServer model for Microsoft SQL Server).
-- Upstream: github.com/ClearCanvas/ClearCanvas `ImageServer/Model/SqlServer/Scripts/ImageServerTables.sql`,
-- commit 6cefc5f283e2152c310ab5877a7a89408b52dbc8 (2015-04-16) (GPL-3.0, `LICENSE.TXT`).
-- Converted from T-SQL: uniqueidentifier -> CHAR(36), nvarchar/varchar(n) -> VARCHAR(n), (n)varchar(max) and xml -> LONGTEXT,
-- bit -> TINYINT(1), datetime -> DATETIME; newid() defaults dropped, getdate() -> CURRENT_TIMESTAMP; primary keys,
-- unique indexes and the `ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY` statements folded into each CREATE TABLE
-- (constraint names as upstream); plain indexes, statistics and filegroups left out; tables ordered so every FK points at
-- an earlier table. All 64 tables and their columns are kept, in upstream's column order.

CREATE TABLE `ServerTransferSyntax` (
  `GUID` CHAR(36) NOT NULL,
  `Uid` VARCHAR(64) NOT NULL,
  `Description` VARCHAR(256) NOT NULL,
  `Lossless` TINYINT(1) NOT NULL,
  PRIMARY KEY (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DuplicateSopPolicyEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServerPartitionTypeEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServerPartition` (
  `GUID` CHAR(36) NOT NULL,
  `Enabled` TINYINT(1) NOT NULL,
  `Description` VARCHAR(128) NOT NULL,
  `AeTitle` VARCHAR(16) NOT NULL,
  `Port` INT NOT NULL,
  `PartitionFolder` VARCHAR(16) NOT NULL,
  `AcceptAnyDevice` TINYINT(1) NOT NULL DEFAULT 1,
  `AuditDeleteStudy` TINYINT(1) NOT NULL DEFAULT 0,
  `AutoInsertDevice` TINYINT(1) NOT NULL DEFAULT 1,
  `DefaultRemotePort` INT NOT NULL DEFAULT 104,
  `StudyCount` INT NOT NULL DEFAULT 0,
  `DuplicateSopPolicyEnum` SMALLINT NOT NULL,
  `MatchAccessionNumber` TINYINT(1) NOT NULL DEFAULT 1,
  `MatchIssuerOfPatientId` TINYINT(1) NOT NULL DEFAULT 1,
  `MatchPatientId` TINYINT(1) NOT NULL DEFAULT 1,
  `MatchPatientsBirthDate` TINYINT(1) NOT NULL DEFAULT 1,
  `MatchPatientsName` TINYINT(1) NOT NULL DEFAULT 1,
  `MatchPatientsSex` TINYINT(1) NOT NULL DEFAULT 1,
  `AcceptLatestReport` TINYINT(1) NOT NULL DEFAULT 1,
  `ServerPartitionTypeEnum` SMALLINT NOT NULL DEFAULT 100,
  PRIMARY KEY (`GUID`),
  UNIQUE KEY `IX_ServerPartition` (`AeTitle`),
  CONSTRAINT `FK_ServerPartition_ServerPartitionTypeEnum` FOREIGN KEY (`ServerPartitionTypeEnum`) REFERENCES `ServerPartitionTypeEnum` (`Enum`),
  CONSTRAINT `FK_ServerPartition_DuplicateSopPolicyEnum` FOREIGN KEY (`DuplicateSopPolicyEnum`) REFERENCES `DuplicateSopPolicyEnum` (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServerPartitionAlternateAeTitle` (
  `GUID` CHAR(36) NOT NULL,
  `ServerPartitionGUID` CHAR(36) NOT NULL,
  `AeTitle` VARCHAR(16) NOT NULL,
  `Port` INT NOT NULL,
  `Enabled` TINYINT(1) NOT NULL,
  `AllowStorage` TINYINT(1) NOT NULL,
  `AllowKOPR` TINYINT(1) NOT NULL,
  `AllowRetrieve` TINYINT(1) NOT NULL,
  `AllowQuery` TINYINT(1) NOT NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_ServerPartitionAlternateAeTitle_ServerPartition` FOREIGN KEY (`ServerPartitionGUID`) REFERENCES `ServerPartition` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkQueueStatusEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StudyStatusEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `QueueStudyStateEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkQueueTypeEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServerSopClass` (
  `GUID` CHAR(36) NOT NULL,
  `SopClassUid` VARCHAR(64) NOT NULL,
  `Description` VARCHAR(128) NOT NULL,
  `NonImage` TINYINT(1) NOT NULL,
  `ImplicitOnly` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`GUID`),
  UNIQUE KEY `IX_SopClass_SopClassUid` (`SopClassUid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServiceLockTypeEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServerRuleTypeEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServerRuleApplyTimeEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FilesystemTierEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FilesystemQueueTypeEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkQueuePriorityEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServerRule` (
  `GUID` CHAR(36) NOT NULL,
  `RuleName` VARCHAR(128) NOT NULL,
  `ServerPartitionGUID` CHAR(36) NOT NULL,
  `ServerRuleTypeEnum` SMALLINT NOT NULL,
  `ServerRuleApplyTimeEnum` SMALLINT NOT NULL,
  `Enabled` TINYINT(1) NOT NULL,
  `DefaultRule` TINYINT(1) NOT NULL,
  `ExemptRule` TINYINT(1) NOT NULL DEFAULT 0,
  `RuleXml` LONGTEXT NOT NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_ServerRule_ServerPartition` FOREIGN KEY (`ServerPartitionGUID`) REFERENCES `ServerPartition` (`GUID`),
  CONSTRAINT `FK_ServerRule_ServerRuleApplyTimeEnum` FOREIGN KEY (`ServerRuleApplyTimeEnum`) REFERENCES `ServerRuleApplyTimeEnum` (`Enum`),
  CONSTRAINT `FK_ServerRule_ServerRuleTypeEnum` FOREIGN KEY (`ServerRuleTypeEnum`) REFERENCES `ServerRuleTypeEnum` (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PartitionSopClass` (
  `GUID` CHAR(36) NOT NULL,
  `ServerPartitionGUID` CHAR(36) NOT NULL,
  `ServerSopClassGUID` CHAR(36) NOT NULL,
  `Enabled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_PartitionSopClass_ServerPartition` FOREIGN KEY (`ServerPartitionGUID`) REFERENCES `ServerPartition` (`GUID`),
  CONSTRAINT `FK_PartitionSopClass_ServerSopClass` FOREIGN KEY (`ServerSopClassGUID`) REFERENCES `ServerSopClass` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StudyStorage` (
  `GUID` CHAR(36) NOT NULL,
  `ServerPartitionGUID` CHAR(36) NOT NULL,
  `StudyInstanceUid` VARCHAR(64) NOT NULL,
  `InsertTime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `LastAccessedTime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `WriteLock` TINYINT(1) NOT NULL DEFAULT 0,
  `ReadLock` SMALLINT NOT NULL DEFAULT 0,
  `StudyStatusEnum` SMALLINT NOT NULL,
  `QueueStudyStateEnum` SMALLINT NOT NULL,
  PRIMARY KEY (`GUID`),
  UNIQUE KEY `IX_StudyStorage_PartitionGUID_StudyInstanceUid` (`ServerPartitionGUID`, `StudyInstanceUid`),
  CONSTRAINT `FK_StudyStorage_QueueStudyStateEnum` FOREIGN KEY (`QueueStudyStateEnum`) REFERENCES `QueueStudyStateEnum` (`Enum`),
  CONSTRAINT `FK_StudyStorage_ServerPartition` FOREIGN KEY (`ServerPartitionGUID`) REFERENCES `ServerPartition` (`GUID`),
  CONSTRAINT `FK_StudyStorage_StudyStatusEnum` FOREIGN KEY (`StudyStatusEnum`) REFERENCES `StudyStatusEnum` (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Patient` (
  `GUID` CHAR(36) NOT NULL,
  `ServerPartitionGUID` CHAR(36) NOT NULL,
  `PatientsName` VARCHAR(64) NULL,
  `PatientId` VARCHAR(64) NULL,
  `IssuerOfPatientId` VARCHAR(64) NULL,
  `NumberOfPatientRelatedStudies` INT NOT NULL,
  `NumberOfPatientRelatedSeries` INT NOT NULL,
  `NumberOfPatientRelatedInstances` INT NOT NULL,
  `SpecificCharacterSet` VARCHAR(128) NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_Patient_ServerPartition` FOREIGN KEY (`ServerPartitionGUID`) REFERENCES `ServerPartition` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Filesystem` (
  `GUID` CHAR(36) NOT NULL,
  `FilesystemPath` VARCHAR(256) NOT NULL,
  `Enabled` TINYINT(1) NOT NULL,
  `ReadOnly` TINYINT(1) NOT NULL,
  `WriteOnly` TINYINT(1) NOT NULL,
  `Description` VARCHAR(128) NULL,
  `FilesystemTierEnum` SMALLINT NOT NULL,
  `LowWatermark` DECIMAL(8,4) NOT NULL DEFAULT 80.00,
  `HighWatermark` DECIMAL(8,4) NOT NULL DEFAULT 90.00,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_Filesystem_FilesystemTierEnum` FOREIGN KEY (`FilesystemTierEnum`) REFERENCES `FilesystemTierEnum` (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FilesystemQueue` (
  `GUID` CHAR(36) NOT NULL,
  `FilesystemQueueTypeEnum` SMALLINT NOT NULL,
  `StudyStorageGUID` CHAR(36) NOT NULL,
  `FilesystemGUID` CHAR(36) NOT NULL,
  `ScheduledTime` DATETIME NOT NULL,
  `SeriesInstanceUid` VARCHAR(64) NULL,
  `QueueXml` LONGTEXT NULL,
  PRIMARY KEY (`GUID`),
  UNIQUE KEY `IX_FilesystemQueue_StudyStorageGUID` (`StudyStorageGUID`, `FilesystemQueueTypeEnum`),
  CONSTRAINT `FK_FilesystemQueue_Filesystem` FOREIGN KEY (`FilesystemGUID`) REFERENCES `Filesystem` (`GUID`),
  CONSTRAINT `FK_FilesystemQueue_FilesystemQueueTypeEnum` FOREIGN KEY (`FilesystemQueueTypeEnum`) REFERENCES `FilesystemQueueTypeEnum` (`Enum`),
  CONSTRAINT `FK_FilesystemQueue_StudyStorage` FOREIGN KEY (`StudyStorageGUID`) REFERENCES `StudyStorage` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServiceLock` (
  `GUID` CHAR(36) NOT NULL,
  `ServiceLockTypeEnum` SMALLINT NOT NULL,
  `ProcessorId` VARCHAR(128) NULL,
  `Lock` TINYINT(1) NOT NULL,
  `ScheduledTime` DATETIME NOT NULL,
  `FilesystemGUID` CHAR(36) NULL,
  `Enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `State` LONGTEXT NULL,
  `ServerPartitionGUID` CHAR(36) NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_ServiceLock_Filesystem` FOREIGN KEY (`FilesystemGUID`) REFERENCES `Filesystem` (`GUID`),
  CONSTRAINT `FK_ServiceLock_ServiceLockTypeEnum` FOREIGN KEY (`ServiceLockTypeEnum`) REFERENCES `ServiceLockTypeEnum` (`Enum`),
  CONSTRAINT `FK_ServiceLock_ServerPartitionGUID` FOREIGN KEY (`ServerPartitionGUID`) REFERENCES `ServerPartition` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FilesystemStudyStorage` (
  `GUID` CHAR(36) NOT NULL,
  `StudyStorageGUID` CHAR(36) NOT NULL,
  `FilesystemGUID` CHAR(36) NOT NULL,
  `ServerTransferSyntaxGUID` CHAR(36) NOT NULL,
  `StudyFolder` VARCHAR(8) NOT NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_FilesystemStudyStorage_Filesystem` FOREIGN KEY (`FilesystemGUID`) REFERENCES `Filesystem` (`GUID`),
  CONSTRAINT `FK_FilesystemStudyStorage_ServerTransferSyntax` FOREIGN KEY (`ServerTransferSyntaxGUID`) REFERENCES `ServerTransferSyntax` (`GUID`),
  CONSTRAINT `FK_FilesystemStudyStorage_StudyStorage` FOREIGN KEY (`StudyStorageGUID`) REFERENCES `StudyStorage` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PartitionTransferSyntax` (
  `GUID` CHAR(36) NOT NULL,
  `ServerPartitionGUID` CHAR(36) NOT NULL,
  `ServerTransferSyntaxGUID` CHAR(36) NOT NULL,
  `Enabled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_PartitionTransferSyntax_ServerPartition` FOREIGN KEY (`ServerPartitionGUID`) REFERENCES `ServerPartition` (`GUID`),
  CONSTRAINT `FK_PartitionTransferSyntax_ServerTransferSyntax` FOREIGN KEY (`ServerTransferSyntaxGUID`) REFERENCES `ServerTransferSyntax` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ArchiveTypeEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ArchiveQueueStatusEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RestoreQueueStatusEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PartitionArchive` (
  `GUID` CHAR(36) NOT NULL,
  `ServerPartitionGUID` CHAR(36) NOT NULL,
  `ArchiveTypeEnum` SMALLINT NOT NULL,
  `Description` VARCHAR(128) NOT NULL,
  `Enabled` TINYINT(1) NOT NULL,
  `ReadOnly` TINYINT(1) NOT NULL,
  `ArchiveDelayHours` INT NOT NULL,
  `ConfigurationXml` LONGTEXT NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_PartitionArchive_ArchiveTypeEnum` FOREIGN KEY (`ArchiveTypeEnum`) REFERENCES `ArchiveTypeEnum` (`Enum`),
  CONSTRAINT `FK_PartitionArchive_ServerPartition` FOREIGN KEY (`ServerPartitionGUID`) REFERENCES `ServerPartition` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ArchiveStudyStorage` (
  `GUID` CHAR(36) NOT NULL,
  `PartitionArchiveGUID` CHAR(36) NOT NULL,
  `StudyStorageGUID` CHAR(36) NOT NULL,
  `ServerTransferSyntaxGUID` CHAR(36) NOT NULL,
  `ArchiveTime` DATETIME NOT NULL,
  `ArchiveXml` LONGTEXT NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_ArchiveStudyStorage_PartitionArchive` FOREIGN KEY (`PartitionArchiveGUID`) REFERENCES `PartitionArchive` (`GUID`),
  CONSTRAINT `FK_ArchiveStudyStorage_ServerTransferSyntax` FOREIGN KEY (`ServerTransferSyntaxGUID`) REFERENCES `ServerTransferSyntax` (`GUID`),
  CONSTRAINT `FK_ArchiveStudyStorage_StudyStorage` FOREIGN KEY (`StudyStorageGUID`) REFERENCES `StudyStorage` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RestoreQueue` (
  `GUID` CHAR(36) NOT NULL,
  `ArchiveStudyStorageGUID` CHAR(36) NOT NULL,
  `StudyStorageGUID` CHAR(36) NOT NULL,
  `ScheduledTime` DATETIME NOT NULL,
  `RestoreQueueStatusEnum` SMALLINT NOT NULL,
  `ProcessorId` VARCHAR(128) NULL,
  `FailureDescription` VARCHAR(512) NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_RestoreQueue_ArchiveStudyStorage` FOREIGN KEY (`ArchiveStudyStorageGUID`) REFERENCES `ArchiveStudyStorage` (`GUID`),
  CONSTRAINT `FK_RestoreQueue_RestoreQueueStatusEnum` FOREIGN KEY (`RestoreQueueStatusEnum`) REFERENCES `RestoreQueueStatusEnum` (`Enum`),
  CONSTRAINT `FK_RestoreQueue_StudyStorage` FOREIGN KEY (`StudyStorageGUID`) REFERENCES `StudyStorage` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ArchiveQueue` (
  `GUID` CHAR(36) NOT NULL,
  `PartitionArchiveGUID` CHAR(36) NOT NULL,
  `ScheduledTime` DATETIME NOT NULL,
  `StudyStorageGUID` CHAR(36) NOT NULL,
  `ArchiveQueueStatusEnum` SMALLINT NOT NULL,
  `ProcessorId` VARCHAR(128) NULL,
  `FailureDescription` VARCHAR(512) NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_ArchiveQueue_ArchiveQueueStatusEnum` FOREIGN KEY (`ArchiveQueueStatusEnum`) REFERENCES `ArchiveQueueStatusEnum` (`Enum`),
  CONSTRAINT `FK_ArchiveQueue_PartitionArchive` FOREIGN KEY (`PartitionArchiveGUID`) REFERENCES `PartitionArchive` (`GUID`),
  CONSTRAINT `FK_ArchiveQueue_StudyStorage` FOREIGN KEY (`StudyStorageGUID`) REFERENCES `StudyStorage` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AlertCategoryEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AlertLevelEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Alert` (
  `GUID` CHAR(36) NOT NULL,
  `InsertTime` DATETIME NOT NULL,
  `Component` VARCHAR(50) NOT NULL,
  `TypeCode` INT NOT NULL,
  `Source` VARCHAR(256) NOT NULL,
  `AlertLevelEnum` SMALLINT NOT NULL,
  `AlertCategoryEnum` SMALLINT NOT NULL,
  `Content` LONGTEXT NOT NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_Alert_AlertCategoryEnum` FOREIGN KEY (`AlertCategoryEnum`) REFERENCES `AlertCategoryEnum` (`Enum`),
  CONSTRAINT `FK_Alert_AlertLevelEnum` FOREIGN KEY (`AlertLevelEnum`) REFERENCES `AlertLevelEnum` (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StudyIntegrityReasonEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StudyIntegrityQueue` (
  `GUID` CHAR(36) NOT NULL,
  `ServerPartitionGUID` CHAR(36) NOT NULL,
  `StudyStorageGUID` CHAR(36) NOT NULL,
  `InsertTime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `Description` VARCHAR(1024) NULL,
  `StudyData` LONGTEXT NOT NULL,
  `Details` LONGTEXT NULL,
  `StudyIntegrityReasonEnum` SMALLINT NOT NULL,
  `GroupID` VARCHAR(64) NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_StudyIntegrityQueue_ServerPartition` FOREIGN KEY (`ServerPartitionGUID`) REFERENCES `ServerPartition` (`GUID`),
  CONSTRAINT `FK_StudyIntegrityQueue_StudyIntegrityReasonEnum` FOREIGN KEY (`StudyIntegrityReasonEnum`) REFERENCES `StudyIntegrityReasonEnum` (`Enum`),
  CONSTRAINT `FK_StudyIntegrityQueue_StudyStorage` FOREIGN KEY (`StudyStorageGUID`) REFERENCES `StudyStorage` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StudyIntegrityQueueUid` (
  `GUID` CHAR(36) NOT NULL,
  `StudyIntegrityQueueGUID` CHAR(36) NOT NULL,
  `SeriesDescription` VARCHAR(64) NULL,
  `SeriesInstanceUid` VARCHAR(64) NOT NULL,
  `SopInstanceUid` VARCHAR(64) NOT NULL,
  `RelativePath` VARCHAR(256) NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_StudyIntegrityQueueUid_StudyIntegrityQueue` FOREIGN KEY (`StudyIntegrityQueueGUID`) REFERENCES `StudyIntegrityQueue` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StudyHistoryTypeEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StudyHistory` (
  `GUID` CHAR(36) NOT NULL,
  `InsertTime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `StudyStorageGUID` CHAR(36) NOT NULL,
  `DestStudyStorageGUID` CHAR(36) NULL,
  `StudyHistoryTypeEnum` SMALLINT NOT NULL,
  `StudyData` LONGTEXT NOT NULL,
  `ChangeDescription` LONGTEXT NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_StudyHistory_StudyStorage` FOREIGN KEY (`StudyStorageGUID`) REFERENCES `StudyStorage` (`GUID`),
  CONSTRAINT `FK_StudyHistory_DestStudyStorage` FOREIGN KEY (`DestStudyStorageGUID`) REFERENCES `StudyStorage` (`GUID`),
  CONSTRAINT `FK_StudyHistory_StudyHistoryTypeEnum` FOREIGN KEY (`StudyHistoryTypeEnum`) REFERENCES `StudyHistoryTypeEnum` (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StudyDeleteRecord` (
  `GUID` CHAR(36) NOT NULL,
  `Timestamp` DATETIME NOT NULL,
  `Reason` VARCHAR(1024) NULL,
  `ServerPartitionAE` VARCHAR(64) NOT NULL,
  `FilesystemGUID` CHAR(36) NOT NULL,
  `BackupPath` VARCHAR(256) NULL,
  `StudyInstanceUid` VARCHAR(64) NOT NULL,
  `AccessionNumber` VARCHAR(64) NULL,
  `PatientId` VARCHAR(64) NULL,
  `PatientsName` VARCHAR(256) NULL,
  `StudyId` VARCHAR(64) NULL,
  `StudyDescription` VARCHAR(64) NULL,
  `StudyDate` VARCHAR(16) NULL,
  `StudyTime` VARCHAR(32) NULL,
  `ArchiveInfo` LONGTEXT NULL,
  `ExtendedInfo` LONGTEXT NULL,
  PRIMARY KEY (`GUID`),
  UNIQUE KEY `IX_StudyDeleteRecord` (`GUID`),
  CONSTRAINT `FK_StudyDeleteRecord_Filesystem` FOREIGN KEY (`FilesystemGUID`) REFERENCES `Filesystem` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `QCStatusEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ApplicationLog` (
  `GUID` CHAR(36) NOT NULL,
  `Host` VARCHAR(50) NOT NULL,
  `Timestamp` DATETIME NOT NULL,
  `LogLevel` VARCHAR(5) NOT NULL,
  `Thread` VARCHAR(50) NOT NULL,
  `Message` VARCHAR(2000) NOT NULL,
  `Exception` VARCHAR(2000) NULL,
  PRIMARY KEY (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DatabaseVersion_` (
  `Major_` VARCHAR(5) NOT NULL,
  `Minor_` VARCHAR(5) NOT NULL,
  `Build_` VARCHAR(5) NOT NULL,
  `Revision_` VARCHAR(5) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `CannedText` (
  `GUID` CHAR(36) NOT NULL,
  `Label` VARCHAR(50) NOT NULL,
  `Category` VARCHAR(255) NOT NULL,
  `Text` VARCHAR(1024) NOT NULL,
  PRIMARY KEY (`GUID`),
  UNIQUE KEY `IX_CannedText` (`Label`, `Category`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DeviceTypeEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Device` (
  `GUID` CHAR(36) NOT NULL,
  `ServerPartitionGUID` CHAR(36) NOT NULL,
  `AeTitle` VARCHAR(16) NOT NULL,
  `IpAddress` VARCHAR(16) NULL,
  `Port` INT NOT NULL,
  `Description` VARCHAR(256) NULL,
  `Dhcp` TINYINT(1) NOT NULL,
  `Enabled` TINYINT(1) NOT NULL,
  `AllowStorage` TINYINT(1) NOT NULL DEFAULT 0,
  `AcceptKOPR` TINYINT(1) NOT NULL DEFAULT 0,
  `AllowRetrieve` TINYINT(1) NOT NULL DEFAULT 0,
  `AllowQuery` TINYINT(1) NOT NULL DEFAULT 0,
  `AllowAutoRoute` TINYINT(1) NOT NULL DEFAULT 1,
  `ThrottleMaxConnections` SMALLINT NOT NULL DEFAULT -1,
  `LastAccessedTime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `DeviceTypeEnum` SMALLINT NOT NULL DEFAULT 100,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_Device_ServerPartition` FOREIGN KEY (`ServerPartitionGUID`) REFERENCES `ServerPartition` (`GUID`),
  CONSTRAINT `FK_Device_DeviceTypeEnum` FOREIGN KEY (`DeviceTypeEnum`) REFERENCES `DeviceTypeEnum` (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DevicePreferredTransferSyntax` (
  `GUID` CHAR(36) NOT NULL,
  `DeviceGUID` CHAR(36) NOT NULL,
  `ServerSopClassGUID` CHAR(36) NOT NULL,
  `ServerTransferSyntaxGUID` CHAR(36) NOT NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_DevicePreferredTransferSyntax_Device` FOREIGN KEY (`DeviceGUID`) REFERENCES `Device` (`GUID`),
  CONSTRAINT `FK_DevicePreferredTransferSyntax_ServerSopClass` FOREIGN KEY (`ServerSopClassGUID`) REFERENCES `ServerSopClass` (`GUID`),
  CONSTRAINT `FK_DevicePreferredTransferSyntax_ServerTransferSyntax` FOREIGN KEY (`ServerTransferSyntaxGUID`) REFERENCES `ServerTransferSyntax` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkQueueTypeProperties` (
  `GUID` CHAR(36) NOT NULL,
  `WorkQueueTypeEnum` SMALLINT NOT NULL,
  `WorkQueuePriorityEnum` SMALLINT NOT NULL,
  `MemoryLimited` TINYINT(1) NOT NULL,
  `AlertFailedWorkQueue` TINYINT(1) NOT NULL,
  `MaxFailureCount` INT NOT NULL,
  `ProcessDelaySeconds` INT NOT NULL,
  `FailureDelaySeconds` INT NOT NULL,
  `DeleteDelaySeconds` INT NOT NULL,
  `PostponeDelaySeconds` INT NOT NULL,
  `ExpireDelaySeconds` INT NOT NULL,
  `MaxBatchSize` INT NOT NULL,
  `QueueStudyStateEnum` SMALLINT NULL,
  `QueueStudyStateOrder` SMALLINT NULL,
  `ReadLock` TINYINT(1) NOT NULL,
  `WriteLock` TINYINT(1) NOT NULL,
  PRIMARY KEY (`GUID`),
  UNIQUE KEY `IX_WorkQueueTypeProperties` (`WorkQueueTypeEnum`),
  CONSTRAINT `FK_WorkQueueTypeProperties_WorkQueuePriorityEnum` FOREIGN KEY (`WorkQueuePriorityEnum`) REFERENCES `WorkQueuePriorityEnum` (`Enum`),
  CONSTRAINT `FK_WorkQueueTypeProperties_WorkQueueTypeEnum` FOREIGN KEY (`WorkQueueTypeEnum`) REFERENCES `WorkQueueTypeEnum` (`Enum`),
  CONSTRAINT `FK_WorkQueueTypeProperties_QueueStudyStateEnum` FOREIGN KEY (`QueueStudyStateEnum`) REFERENCES `QueueStudyStateEnum` (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DataAccessGroup` (
  `GUID` CHAR(36) NOT NULL,
  `AuthorityGroupOID` CHAR(36) NOT NULL,
  `Deleted` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `StudyDataAccess` (
  `GUID` CHAR(36) NOT NULL,
  `StudyStorageGUID` CHAR(36) NOT NULL,
  `DataAccessGroupGUID` CHAR(36) NOT NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_StudyDataAccess_DataAccessGroup` FOREIGN KEY (`DataAccessGroupGUID`) REFERENCES `DataAccessGroup` (`GUID`),
  CONSTRAINT `FK_StudyDataAccess_StudyStorage` FOREIGN KEY (`StudyStorageGUID`) REFERENCES `StudyStorage` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ServerPartitionDataAccess` (
  `GUID` CHAR(36) NOT NULL,
  `ServerPartitionGUID` CHAR(36) NOT NULL,
  `DataAccessGroupGUID` CHAR(36) NOT NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_ServerPartitionDataAccess_DataAccessGroup` FOREIGN KEY (`DataAccessGroupGUID`) REFERENCES `DataAccessGroup` (`GUID`),
  CONSTRAINT `FK_ServerPartitionDataAccess_ServerPartition` FOREIGN KEY (`ServerPartitionGUID`) REFERENCES `ServerPartition` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ExternalRequestQueueStatusEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ExternalRequestQueue` (
  `GUID` CHAR(36) NOT NULL,
  `ExternalRequestQueueStatusEnum` SMALLINT NULL,
  `RequestType` VARCHAR(48) NOT NULL,
  `OperationToken` VARCHAR(64) NULL,
  `RequestId` VARCHAR(64) NULL,
  `RequestXml` LONGTEXT NOT NULL,
  `StateXml` LONGTEXT NULL,
  `InsertTime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `DeletionTime` DATETIME NULL,
  `Revision` INT NOT NULL DEFAULT 1,
  `ScheduledTime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_ExternalRequestQueue_ExternalRequestQueueStatusEnum` FOREIGN KEY (`ExternalRequestQueueStatusEnum`) REFERENCES `ExternalRequestQueueStatusEnum` (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkQueue` (
  `GUID` CHAR(36) NOT NULL,
  `ServerPartitionGUID` CHAR(36) NOT NULL,
  `StudyStorageGUID` CHAR(36) NOT NULL,
  `DeviceGUID` CHAR(36) NULL,
  `StudyHistoryGUID` CHAR(36) NULL,
  `WorkQueueTypeEnum` SMALLINT NOT NULL,
  `WorkQueueStatusEnum` SMALLINT NOT NULL,
  `WorkQueuePriorityEnum` SMALLINT NOT NULL DEFAULT 200,
  `ProcessorID` VARCHAR(128) NULL,
  `GroupID` VARCHAR(64) NULL,
  `ExpirationTime` DATETIME NULL,
  `ScheduledTime` DATETIME NOT NULL,
  `InsertTime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `LastUpdatedTime` DATETIME NULL,
  `FailureCount` INT NOT NULL DEFAULT 0,
  `FailureDescription` VARCHAR(512) NULL,
  `Data` LONGTEXT NULL,
  `ExternalRequestQueueGUID` CHAR(36) NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_WorkQueue_Device` FOREIGN KEY (`DeviceGUID`) REFERENCES `Device` (`GUID`),
  CONSTRAINT `FK_WorkQueue_ServerPartition` FOREIGN KEY (`ServerPartitionGUID`) REFERENCES `ServerPartition` (`GUID`),
  CONSTRAINT `FK_WorkQueue_StudyStorage` FOREIGN KEY (`StudyStorageGUID`) REFERENCES `StudyStorage` (`GUID`),
  CONSTRAINT `FK_WorkQueue_WorkQueuePriorityEnum` FOREIGN KEY (`WorkQueuePriorityEnum`) REFERENCES `WorkQueuePriorityEnum` (`Enum`),
  CONSTRAINT `FK_WorkQueue_WorkQueueStatusEnum` FOREIGN KEY (`WorkQueueStatusEnum`) REFERENCES `WorkQueueStatusEnum` (`Enum`),
  CONSTRAINT `FK_WorkQueue_StudyHistory` FOREIGN KEY (`StudyHistoryGUID`) REFERENCES `StudyHistory` (`GUID`),
  CONSTRAINT `FK_WorkQueue_ExternalRequestQueue` FOREIGN KEY (`ExternalRequestQueueGUID`) REFERENCES `ExternalRequestQueue` (`GUID`),
  CONSTRAINT `FK_WorkQueue_WorkQueueTypeEnum` FOREIGN KEY (`WorkQueueTypeEnum`) REFERENCES `WorkQueueTypeEnum` (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `WorkQueueUid` (
  `GUID` CHAR(36) NOT NULL,
  `WorkQueueGUID` CHAR(36) NOT NULL,
  `SeriesInstanceUid` VARCHAR(64) NULL,
  `SopInstanceUid` VARCHAR(64) NULL,
  `Failed` TINYINT(1) NOT NULL DEFAULT 0,
  `Duplicate` TINYINT(1) NOT NULL DEFAULT 0,
  `Extension` VARCHAR(10) NULL,
  `FailureCount` SMALLINT NOT NULL DEFAULT 0,
  `GroupID` VARCHAR(64) NULL,
  `RelativePath` VARCHAR(256) NULL,
  `WorkQueueUidData` LONGTEXT NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_WorkQueueUid_WorkQueue` FOREIGN KEY (`WorkQueueGUID`) REFERENCES `WorkQueue` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `NotificationQueue` (
  `GUID` CHAR(36) NOT NULL,
  `ExternalRequestQueueGUID` CHAR(36) NOT NULL,
  `RestNotificationUrl` VARCHAR(128) NOT NULL,
  `NotificationXml` LONGTEXT NOT NULL,
  `InsertTime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `LastTryTime` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `Failed` TINYINT(1) NOT NULL DEFAULT 0,
  `RetryCount` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `OrderStatusEnum` (
  `GUID` CHAR(36) NOT NULL,
  `Enum` SMALLINT NOT NULL,
  `Lookup` VARCHAR(32) NOT NULL,
  `Description` VARCHAR(32) NOT NULL,
  `LongDescription` VARCHAR(512) NOT NULL,
  PRIMARY KEY (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ProcedureCode` (
  `GUID` CHAR(36) NOT NULL,
  `ServerPartitionGUID` CHAR(36) NOT NULL,
  `Identifier` VARCHAR(20) NOT NULL,
  `Text` VARCHAR(199) NULL,
  `CodingSystem` VARCHAR(20) NULL,
  PRIMARY KEY (`GUID`),
  UNIQUE KEY `IX_Procedure_Identifier` (`Identifier`, `ServerPartitionGUID`),
  CONSTRAINT `FK_ProcedureCode_ServerPartition` FOREIGN KEY (`ServerPartitionGUID`) REFERENCES `ServerPartition` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Staff` (
  `GUID` CHAR(36) NOT NULL,
  `ServerPartitionGUID` CHAR(36) NOT NULL,
  `Identifier` VARCHAR(15) NOT NULL,
  `Name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`GUID`),
  UNIQUE KEY `IX_Staff_Identifier` (`ServerPartitionGUID`, `Identifier`),
  CONSTRAINT `FK_Staff_ServerPartition` FOREIGN KEY (`ServerPartitionGUID`) REFERENCES `ServerPartition` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Order` (
  `GUID` CHAR(36) NOT NULL,
  `ServerPartitionGUID` CHAR(36) NOT NULL,
  `OrderStatusEnum` SMALLINT NOT NULL,
  `InsertTime` DATETIME NOT NULL,
  `UpdatedTime` DATETIME NOT NULL,
  `PatientsName` VARCHAR(64) NOT NULL,
  `PatientId` VARCHAR(64) NOT NULL,
  `IssuerOfPatientId` VARCHAR(64) NULL,
  `AccessionNumber` VARCHAR(64) NOT NULL,
  `ScheduledDateTime` DATETIME NOT NULL,
  `RequestedProcedureCodeGUID` CHAR(36) NOT NULL,
  `EnteredByStaffGUID` CHAR(36) NULL,
  `ReferringStaffGUID` CHAR(36) NULL,
  `Priority` VARCHAR(2) NOT NULL,
  `PatientClass` VARCHAR(2) NULL,
  `ReasonForStudy` VARCHAR(199) NULL,
  `PointOfCare` VARCHAR(20) NULL,
  `Room` VARCHAR(20) NULL,
  `Bed` VARCHAR(20) NULL,
  `StudyInstanceUid` VARCHAR(64) NULL,
  `QCExpected` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_Order_OrderStatusEnum` FOREIGN KEY (`OrderStatusEnum`) REFERENCES `OrderStatusEnum` (`Enum`),
  CONSTRAINT `FK_Order_Procedure` FOREIGN KEY (`RequestedProcedureCodeGUID`) REFERENCES `ProcedureCode` (`GUID`),
  CONSTRAINT `FK_Order_ServerPartition` FOREIGN KEY (`ServerPartitionGUID`) REFERENCES `ServerPartition` (`GUID`),
  CONSTRAINT `FK_Order_Staff_EnteredBy` FOREIGN KEY (`EnteredByStaffGUID`) REFERENCES `Staff` (`GUID`),
  CONSTRAINT `FK_Order_Staff_ReferringStaff` FOREIGN KEY (`ReferringStaffGUID`) REFERENCES `Staff` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Study` (
  `GUID` CHAR(36) NOT NULL,
  `ServerPartitionGUID` CHAR(36) NOT NULL,
  `StudyStorageGUID` CHAR(36) NULL,
  `PatientGUID` CHAR(36) NOT NULL,
  `SpecificCharacterSet` VARCHAR(128) NULL,
  `StudyInstanceUid` VARCHAR(64) NOT NULL,
  `PatientsName` VARCHAR(64) NULL,
  `PatientId` VARCHAR(64) NULL,
  `IssuerOfPatientId` VARCHAR(64) NULL,
  `PatientsBirthDate` VARCHAR(8) NULL,
  `PatientsAge` VARCHAR(4) NULL,
  `PatientsSex` VARCHAR(2) NULL,
  `StudyDate` VARCHAR(8) NULL,
  `StudyTime` VARCHAR(16) NULL,
  `AccessionNumber` VARCHAR(16) NULL,
  `StudyId` VARCHAR(16) NULL,
  `StudyDescription` VARCHAR(64) NULL,
  `ReferringPhysiciansName` VARCHAR(64) NULL,
  `NumberOfStudyRelatedSeries` INT NOT NULL,
  `NumberOfStudyRelatedInstances` INT NOT NULL,
  `StudySizeInKB` DECIMAL(18,0) NULL,
  `ResponsiblePerson` VARCHAR(64) NULL,
  `ResponsibleOrganization` VARCHAR(64) NULL,
  `QueryXml` LONGTEXT NULL,
  `QCStatusEnum` SMALLINT NOT NULL,
  `QCOutput` LONGTEXT NULL,
  `QCUpdateTimeUtc` DATETIME NULL,
  `OrderGUID` CHAR(36) NULL,
  PRIMARY KEY (`GUID`),
  UNIQUE KEY `IX_Study_StudyInstanceUid` (`StudyInstanceUid`, `ServerPartitionGUID`),
  CONSTRAINT `FK_Study_Patient` FOREIGN KEY (`PatientGUID`) REFERENCES `Patient` (`GUID`),
  CONSTRAINT `FK_Study_ServerPartition` FOREIGN KEY (`ServerPartitionGUID`) REFERENCES `ServerPartition` (`GUID`),
  CONSTRAINT `FK_Study_StudyStorage` FOREIGN KEY (`StudyStorageGUID`) REFERENCES `StudyStorage` (`GUID`),
  CONSTRAINT `FK_Study_Order` FOREIGN KEY (`OrderGUID`) REFERENCES `Order` (`GUID`),
  CONSTRAINT `FK_Study_QCStatusEnum` FOREIGN KEY (`QCStatusEnum`) REFERENCES `QCStatusEnum` (`Enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Series` (
  `GUID` CHAR(36) NOT NULL,
  `ServerPartitionGUID` CHAR(36) NOT NULL,
  `StudyGUID` CHAR(36) NOT NULL,
  `SeriesInstanceUid` VARCHAR(64) NOT NULL,
  `Modality` VARCHAR(16) NOT NULL,
  `SeriesNumber` VARCHAR(12) NULL,
  `SeriesDescription` VARCHAR(64) NULL,
  `NumberOfSeriesRelatedInstances` INT NOT NULL,
  `PerformedProcedureStepStartDate` VARCHAR(8) NULL,
  `PerformedProcedureStepStartTime` VARCHAR(16) NULL,
  `SourceApplicationEntityTitle` VARCHAR(16) NULL,
  PRIMARY KEY (`GUID`),
  UNIQUE KEY `IX_Series_StudyGUID_SeriesInstanceUid` (`StudyGUID`, `SeriesInstanceUid`),
  CONSTRAINT `FK_Series_ServerPartition` FOREIGN KEY (`ServerPartitionGUID`) REFERENCES `ServerPartition` (`GUID`),
  CONSTRAINT `FK_Series_Study` FOREIGN KEY (`StudyGUID`) REFERENCES `Study` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RequestAttributes` (
  `GUID` CHAR(36) NOT NULL,
  `SeriesGUID` CHAR(36) NOT NULL,
  `RequestedProcedureId` VARCHAR(16) NULL,
  `ScheduledProcedureStepId` VARCHAR(16) NULL,
  PRIMARY KEY (`GUID`),
  CONSTRAINT `FK_RequestAttribute_Series` FOREIGN KEY (`SeriesGUID`) REFERENCES `Series` (`GUID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

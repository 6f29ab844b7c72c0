-- Duplicati 2 -- the server database (Duplicati-server.sqlite: backup jobs, schedules, sources, filters,
-- options, logs, notifications, web-UI login token families, connection strings) and the local database
-- that each backup job keeps (the backup catalogue: operations, remote volumes, filesets, file paths,
-- blocks, metadata, remote-operation and log records, change-journal data), written as MySQL / MariaDB DDL.
-- Source: github.com/duplicati/duplicati, commit 66cfb242da3bfb74e9e18130684e4319eb442eb1 (after the
--         2.3.0.109 canary), MIT licence:
--         Duplicati/Library/RestAPI/Database/Database schema/Schema.sql   (server database, version 12)
--         Duplicati/Library/Main/Database/Local/Database schema/Schema.sql (local database, version 19)
-- How it was made: both files are the complete current schemas (upstream keeps them in step with the numbered
--   upgrade scripts beside them); their CREATE TABLE statements are written here in MySQL syntax with column
--   names and order unchanged. SQLite INTEGER (64-bit) -> BIGINT, INTEGER PRIMARY KEY [AUTOINCREMENT] -> BIGINT
--   AUTO_INCREMENT primary key, TEXT / BLOB kept; SQLite's "WITHOUT ROWID" and the {#if sqlite_version}
--   preprocessor markers dropped; upstream's indexes written as KEYs (TEXT columns with a 191-character prefix,
--   as MySQL needs), TEXT primary keys with a prefix too. The only foreign key upstream declares is
--   BackupTargetUrl.BackupID -> Backup.ID.
-- Left out: the local database's "Version" table (one row, the schema version; the same shape and name as the
--   server database's "Version", which is kept) and its "File" view (PathPrefix.Prefix || FileLookup.Path);
--   the newer remote-synchronisation database (Duplicati/Library/Main/Database/Sync, schema version 0:
--   RemoteInventory, PendingOperation, RemoteOperation, Version -- two of its names clash with the local
--   database's tables).

-- ===== server database (Duplicati-server.sqlite) =====

CREATE TABLE `Backup` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` TEXT NOT NULL,
  `Description` TEXT NOT NULL DEFAULT '',
  `Tags` TEXT NOT NULL,
  `TargetURL` TEXT NOT NULL,
  `DBPath` TEXT NOT NULL,
  `ExternalID` TEXT NULL,
  `ConnectionStringID` BIGINT NOT NULL DEFAULT -1,
  `OperationType` TEXT NOT NULL DEFAULT 'Backup',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Schedule` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `Tags` TEXT NOT NULL,
  `Time` BIGINT NOT NULL,
  `Repeat` TEXT NOT NULL,
  `LastRun` BIGINT NOT NULL,
  `Rule` TEXT NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Source` (
  `BackupID` BIGINT NOT NULL,
  `Path` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Filter` (
  `BackupID` BIGINT NOT NULL,
  `Order` BIGINT NOT NULL,
  `Include` BIGINT NOT NULL,
  `Expression` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Option` (
  `BackupID` BIGINT NOT NULL,
  `Filter` TEXT NOT NULL,
  `Name` TEXT NOT NULL,
  `Value` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Metadata` (
  `BackupID` BIGINT NOT NULL,
  `Name` TEXT NOT NULL,
  `Value` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Log` (
  `BackupID` BIGINT NOT NULL,
  `Description` TEXT NOT NULL,
  `Start` BIGINT NOT NULL,
  `Finish` BIGINT NOT NULL,
  `Result` TEXT NOT NULL,
  `SuggestedIcon` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ErrorLog` (
  `BackupID` BIGINT,
  `Message` TEXT NOT NULL,
  `Exception` TEXT,
  `Timestamp` BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Version` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `Version` BIGINT NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Notification` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `Type` TEXT NOT NULL,
  `Title` TEXT NOT NULL,
  `Message` TEXT NOT NULL,
  `Exception` TEXT NOT NULL,
  `BackupID` TEXT NULL,
  `Action` TEXT NOT NULL,
  `Timestamp` BIGINT NOT NULL,
  `LogEntryID` TEXT NULL,
  `MessageID` TEXT NULL,
  `MessageLogTag` TEXT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UIStorage` (
  `Scheme` TEXT NOT NULL,
  `Key` TEXT NOT NULL,
  `Value` TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TempFile` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `Origin` TEXT NOT NULL,
  `Path` TEXT NOT NULL,
  `Timestamp` BIGINT NOT NULL,
  `Expires` BIGINT NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `TokenFamily` (
  `ID` TEXT NOT NULL,
  `UserId` TEXT NOT NULL,
  `Counter` BIGINT NOT NULL,
  `LastUpdated` BIGINT NOT NULL,
  PRIMARY KEY (`ID`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ConnectionString` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `Name` TEXT NOT NULL,
  `Description` TEXT NOT NULL DEFAULT '',
  `BaseUrl` TEXT NOT NULL,
  `CreatedAt` BIGINT NOT NULL,
  `UpdatedAt` BIGINT NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `IX_ConnectionString_Name` (`Name`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BackupTargetUrl` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `BackupID` BIGINT NOT NULL,
  `TargetUrlKey` TEXT NOT NULL,
  `TargetURL` TEXT NOT NULL,
  `Mode` TEXT NOT NULL DEFAULT 'inline',
  `Interval` TEXT NULL,
  `Options` TEXT NULL,
  `ConnectionStringID` BIGINT NOT NULL DEFAULT -1,
  `CreatedAt` BIGINT NOT NULL DEFAULT 0,
  `UpdatedAt` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`ID`),
  KEY `IX_BackupTargetUrl_BackupID` (`BackupID`),
  UNIQUE KEY `IX_BackupTargetUrl_TargetUrlKey` (`TargetUrlKey`(191)),
  CONSTRAINT `fk_BackupTargetUrl_BackupID` FOREIGN KEY (`BackupID`) REFERENCES `Backup` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ===== local database of a backup job (the catalogue; one SQLite file per job, Backup.DBPath) =====

CREATE TABLE `Operation` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `Description` TEXT NOT NULL,
  `Timestamp` BIGINT NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Remotevolume` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `OperationID` BIGINT NOT NULL,
  `Name` TEXT NOT NULL,
  `Type` TEXT NOT NULL,
  `Size` BIGINT NULL,
  `Hash` TEXT NULL,
  `State` TEXT NOT NULL,
  `VerificationCount` BIGINT NOT NULL,
  `DeleteGraceTime` BIGINT NOT NULL,
  `ArchiveTime` BIGINT NOT NULL,
  `LockExpirationTime` BIGINT NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `RemotevolumeNameOnly` (`Name`(191)),
  UNIQUE KEY `RemotevolumeName` (`Name`(191), `State`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `IndexBlockLink` (
  `IndexVolumeID` BIGINT NOT NULL,
  `BlockVolumeID` BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Fileset` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `OperationID` BIGINT NOT NULL,
  `VolumeID` BIGINT NOT NULL,
  `IsFullBackup` BIGINT NOT NULL,
  `Timestamp` BIGINT NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FilesetEntry` (
  `FilesetID` BIGINT NOT NULL,
  `FileID` BIGINT NOT NULL,
  `Lastmodified` BIGINT NOT NULL,
  CONSTRAINT `FilesetEntry_PK_FilesetIdFileId` PRIMARY KEY (`FilesetID`, `FileID`),
  KEY `FilesetentryFileIdIndex` (`FileID`),
  KEY `nn_FilesetentryFile` (`FilesetID`, `FileID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `PathPrefix` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `Prefix` TEXT NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `PathPrefixPrefix` (`Prefix`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `FileLookup` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `PrefixID` BIGINT NOT NULL,
  `Path` TEXT NOT NULL,
  `BlocksetID` BIGINT NOT NULL,
  `MetadataID` BIGINT NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `FileLookupPath` (`PrefixID`, `Path`(191), `BlocksetID`, `MetadataID`),
  KEY `nn_FileLookup_BlockMeta` (`BlocksetID`, `MetadataID`),
  KEY `FileLookupMetadataID` (`MetadataID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BlocklistHash` (
  `BlocksetID` BIGINT NOT NULL,
  `Index` BIGINT NOT NULL,
  `Hash` TEXT NOT NULL,
  UNIQUE KEY `BlocklistHashBlocksetIDIndex` (`BlocksetID`, `Index`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Blockset` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `Length` BIGINT NOT NULL,
  `FullHash` TEXT NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `BlocksetFullHash` (`FullHash`(191), `Length`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BlocksetEntry` (
  `BlocksetID` BIGINT NOT NULL,
  `Index` BIGINT NOT NULL,
  `BlockID` BIGINT NOT NULL,
  CONSTRAINT `BlocksetEntry_PK_IdIndex` PRIMARY KEY (`BlocksetID`, `Index`),
  KEY `BlocksetEntry_IndexIdsBackwards` (`BlockID`),
  KEY `nnc_BlocksetEntry` (`Index`, `BlocksetID`, `BlockID`),
  KEY `BlocksetEntry_BlocksetID` (`BlocksetID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Block` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `Hash` TEXT NOT NULL,
  `Size` BIGINT NOT NULL,
  `VolumeID` BIGINT NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `BlockHashSize` (`Hash`(191), `Size`),
  KEY `Block_IndexByVolumeId` (`VolumeID`),
  KEY `BlockSize` (`Size`),
  KEY `BlockHashVolumeID` (`Hash`(191), `VolumeID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DeletedBlock` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `Hash` TEXT NOT NULL,
  `Size` BIGINT NOT NULL,
  `VolumeID` BIGINT NOT NULL,
  PRIMARY KEY (`ID`),
  KEY `DeletedBlockHashSize` (`Hash`(191), `Size`),
  UNIQUE KEY `DeletedBlockHashVolumeID` (`Hash`(191), `Size`, `VolumeID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `DuplicateBlock` (
  `BlockID` BIGINT NOT NULL,
  `VolumeID` BIGINT NOT NULL,
  UNIQUE KEY `UniqueBlockVolumeDuplicateBlock` (`BlockID`, `VolumeID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Metadataset` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `BlocksetID` BIGINT NOT NULL,
  `Content` TEXT NULL,
  PRIMARY KEY (`ID`),
  KEY `MetadatasetBlocksetID` (`BlocksetID`),
  KEY `nnc_Metadataset` (`ID`, `BlocksetID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `RemoteOperation` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `OperationID` BIGINT NOT NULL,
  `Timestamp` BIGINT NOT NULL,
  `Operation` TEXT NOT NULL,
  `Path` TEXT NOT NULL,
  `Data` BLOB NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `LogData` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `OperationID` BIGINT NOT NULL,
  `Timestamp` BIGINT NOT NULL,
  `Type` TEXT NOT NULL,
  `Message` TEXT NOT NULL,
  `Exception` TEXT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Configuration` (
  `Key` TEXT NOT NULL,
  `Value` TEXT NOT NULL,
  PRIMARY KEY (`Key`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ChangeJournalData` (
  `ID` BIGINT NOT NULL AUTO_INCREMENT,
  `FilesetID` BIGINT NOT NULL,
  `VolumeName` TEXT NOT NULL,
  `JournalID` BIGINT NOT NULL,
  `NextUsn` BIGINT NOT NULL,
  `ConfigHash` TEXT NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

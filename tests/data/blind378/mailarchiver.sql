-- Mail Archiver (s1t5/mail-archiver; ASP.NET Core + Entity Framework Core on PostgreSQL, schema mail_archiver)
-- Upstream: github.com/s1t5/mail-archiver Migrations/*.cs, commit f6fae3cf89e7f1770263e591ba054106ef906442 (GPL-3.0)
-- The migrations are raw PostgreSQL (migrationBuilder.Sql with DO blocks); the SQL of every Up() was run in order
-- in a scratch PostgreSQL 15 database and every table was written as MySQL from the catalog: column names and order,
-- primary, unique and foreign keys, indexes. Types: identity -> INT AUTO_INCREMENT, text -> TEXT (VARCHAR(255) where
-- in a key), varchar(n) kept, bytea -> LONGBLOB, timestamp(tz) -> DATETIME, boolean -> TINYINT(1).
-- Left out: the triggers and functions of the migrations, the column comments, EF's __EFMigrationsHistory.
-- Every table of the application is kept (it has 13).

CREATE TABLE `MailAccounts` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Name` TEXT NOT NULL,
  `EmailAddress` TEXT NOT NULL,
  `ImapServer` TEXT,
  `ImapPort` INT,
  `Username` TEXT,
  `Password` TEXT,
  `UseSSL` TINYINT(1) NOT NULL,
  `LastSync` DATETIME NOT NULL,
  `IsEnabled` TINYINT(1) NOT NULL,
  `ExcludedFolders` TEXT NOT NULL DEFAULT '',
  `DeleteAfterDays` INT,
  `IsImportOnly` TINYINT(1) NOT NULL DEFAULT 0,
  `ClientId` TEXT,
  `ClientSecret` TEXT,
  `TenantId` TEXT,
  `Provider` TEXT DEFAULT 'IMAP',
  `LocalRetentionDays` INT,
  `OAuthRefreshToken` TEXT,
  `OAuthAccessToken` TEXT,
  `OAuthTokenExpiry` DATETIME,
  `SyncIntervalMinutes` INT,
  `FullSyncIntervalHours` INT,
  `LastFullSync` DATETIME,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- index IX_Users_OAuthRemoteUserId is partial upstream (WHERE ("OAuthRemoteUserId" IS NOT NULL)); written as a plain index
CREATE TABLE `Users` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Username` VARCHAR(320) NOT NULL,
  `Email` VARCHAR(100) NOT NULL,
  `PasswordHash` TEXT,
  `IsAdmin` TINYINT(1) NOT NULL,
  `IsActive` TINYINT(1) NOT NULL,
  `CreatedAt` DATETIME NOT NULL,
  `LastLoginAt` DATETIME,
  `IsSelfManager` TINYINT(1) NOT NULL DEFAULT 0,
  `IsTwoFactorEnabled` TINYINT(1) NOT NULL DEFAULT 0,
  `TwoFactorSecret` TEXT,
  `TwoFactorBackupCodes` TEXT,
  `OAuthRemoteUserId` VARCHAR(255),
  `RequiresApproval` TINYINT(1) NOT NULL DEFAULT 0,
  `LastSeenChangelogVersion` VARCHAR(20),
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_Users_Email` (`Email`),
  UNIQUE KEY `IX_Users_OAuthRemoteUserId` (`OAuthRemoteUserId`),
  UNIQUE KEY `IX_Users_Username` (`Username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- GIN full-text index idx_archivedemails_fulltext_search (to_tsvector over Subject, Body, From, To, Cc, Bcc) left out
CREATE TABLE `ArchivedEmails` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `MailAccountId` INT NOT NULL,
  `MessageId` TEXT NOT NULL,
  `Subject` TEXT NOT NULL,
  `Body` TEXT NOT NULL,
  `HtmlBody` TEXT NOT NULL,
  `From` TEXT NOT NULL,
  `To` TEXT NOT NULL,
  `Cc` TEXT NOT NULL,
  `Bcc` TEXT NOT NULL,
  `SentDate` DATETIME NOT NULL,
  `ReceivedDate` DATETIME NOT NULL,
  `IsOutgoing` TINYINT(1) NOT NULL,
  `HasAttachments` TINYINT(1) NOT NULL,
  `FolderName` TEXT NOT NULL,
  `ContentHash` VARCHAR(64),
  `HashCreatedAt` DATETIME,
  `IsLocked` TINYINT(1) NOT NULL DEFAULT 0,
  `BodyUntruncatedText` TEXT,
  `BodyUntruncatedHtml` TEXT,
  `RawHeaders` TEXT,
  `OriginalBodyText` LONGBLOB,
  `OriginalBodyHtml` LONGBLOB,
  `FromDisplayName` TEXT,
  `ToDisplayNames` TEXT,
  `CcDisplayNames` TEXT,
  `BccDisplayNames` TEXT,
  PRIMARY KEY (`Id`),
  KEY `IX_ArchivedEmails_ContentHash` (`ContentHash`),
  KEY `IX_ArchivedEmails_MailAccountId` (`MailAccountId`),
  KEY `IX_ArchivedEmails_SentDate` (`SentDate`),
  KEY `ix_archivedemails_isoutgoing_sentdate` (`IsOutgoing`, `SentDate`),
  KEY `ix_archivedemails_mailaccountid_isoutgoing_sentdate` (`MailAccountId`, `IsOutgoing`, `SentDate`),
  KEY `ix_archivedemails_mailaccountid_sentdate` (`MailAccountId`, `SentDate`),
  CONSTRAINT `FK_ArchivedEmails_MailAccounts_MailAccountId` FOREIGN KEY (`MailAccountId`) REFERENCES `MailAccounts` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `UserMailAccounts` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `UserId` INT NOT NULL,
  `MailAccountId` INT NOT NULL,
  PRIMARY KEY (`Id`),
  KEY `IX_UserMailAccounts_MailAccountId` (`MailAccountId`),
  UNIQUE KEY `IX_UserMailAccounts_UserId_MailAccountId` (`UserId`, `MailAccountId`),
  CONSTRAINT `FK_UserMailAccounts_MailAccounts_MailAccountId` FOREIGN KEY (`MailAccountId`) REFERENCES `MailAccounts` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_UserMailAccounts_Users_UserId` FOREIGN KEY (`UserId`) REFERENCES `Users` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AccessLogs` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Username` VARCHAR(255) NOT NULL,
  `Type` INT NOT NULL,
  `Timestamp` DATETIME NOT NULL,
  `EmailId` INT,
  `EmailSubject` TEXT,
  `EmailFrom` TEXT,
  `SearchParameters` TEXT,
  `MailAccountId` INT,
  PRIMARY KEY (`Id`),
  KEY `IX_AccessLogs_Timestamp` (`Timestamp`),
  KEY `IX_AccessLogs_Type` (`Type`),
  KEY `IX_AccessLogs_Username` (`Username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `BandwidthUsage` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `MailAccountId` INT NOT NULL,
  `Date` DATE NOT NULL,
  `BytesDownloaded` BIGINT NOT NULL DEFAULT 0,
  `BytesUploaded` BIGINT NOT NULL DEFAULT 0,
  `EmailsProcessed` INT NOT NULL DEFAULT 0,
  `LimitReached` TINYINT(1) NOT NULL DEFAULT 0,
  `LimitResetTime` DATETIME,
  `CreatedAt` DATETIME NOT NULL,
  `UpdatedAt` DATETIME NOT NULL,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_BandwidthUsage_Account_Date` (`MailAccountId`, `Date`),
  KEY `IX_BandwidthUsage_Date` (`Date`),
  CONSTRAINT `FK_BandwidthUsage_MailAccounts_MailAccountId` FOREIGN KEY (`MailAccountId`) REFERENCES `MailAccounts` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `SyncCheckpoints` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `MailAccountId` INT NOT NULL,
  `FolderName` VARCHAR(255) NOT NULL,
  `LastMessageDate` DATETIME,
  `LastMessageId` TEXT,
  `ProcessedCount` INT NOT NULL DEFAULT 0,
  `CreatedAt` DATETIME NOT NULL,
  `UpdatedAt` DATETIME NOT NULL,
  `IsCompleted` TINYINT(1) NOT NULL DEFAULT 0,
  `BytesDownloaded` BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`Id`),
  KEY `IX_SyncCheckpoints_AccountId` (`MailAccountId`),
  UNIQUE KEY `IX_SyncCheckpoints_Account_Folder` (`MailAccountId`, `FolderName`),
  CONSTRAINT `FK_SyncCheckpoints_MailAccounts_MailAccountId` FOREIGN KEY (`MailAccountId`) REFERENCES `MailAccounts` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AttachmentContents` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `Hash` VARCHAR(64) NOT NULL,
  `Content` LONGBLOB NOT NULL,
  `Size` BIGINT NOT NULL,
  `CreatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_AttachmentContents_Hash` (`Hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `EmailAttachments` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `ArchivedEmailId` INT NOT NULL,
  `FileName` TEXT NOT NULL,
  `ContentType` TEXT NOT NULL,
  `Content` LONGBLOB,
  `Size` BIGINT NOT NULL,
  `ContentId` TEXT,
  `AttachmentContentId` INT,
  PRIMARY KEY (`Id`),
  KEY `IX_EmailAttachments_ArchivedEmailId` (`ArchivedEmailId`),
  KEY `IX_EmailAttachments_AttachmentContentId` (`AttachmentContentId`),
  CONSTRAINT `FK_EmailAttachments_ArchivedEmails_ArchivedEmailId` FOREIGN KEY (`ArchivedEmailId`) REFERENCES `ArchivedEmails` (`Id`) ON DELETE CASCADE,
  CONSTRAINT `FK_EmailAttachments_AttachmentContents_AttachmentContentId` FOREIGN KEY (`AttachmentContentId`) REFERENCES `AttachmentContents` (`Id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AttachmentDeduplicationState` (
  `Id` INT NOT NULL,
  `LastProcessedId` BIGINT NOT NULL DEFAULT 0,
  `ProcessedCount` BIGINT NOT NULL DEFAULT 0,
  `IsCompleted` TINYINT(1) NOT NULL DEFAULT 0,
  `StartedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `UpdatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `CompletedAt` DATETIME,
  `ReclaimedAt` DATETIME,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AccountStorageCache` (
  `MailAccountId` INT NOT NULL,
  `MailBytes` BIGINT NOT NULL DEFAULT 0,
  `AttachmentBytes` BIGINT NOT NULL DEFAULT 0,
  `TotalBytes` BIGINT NOT NULL DEFAULT 0,
  `UpdatedAt` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`MailAccountId`),
  CONSTRAINT `FK_AccountStorageCache_MailAccounts_MailAccountId` FOREIGN KEY (`MailAccountId`) REFERENCES `MailAccounts` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `AccountStorageBackfillState` (
  `MailAccountId` INT NOT NULL,
  `Status` VARCHAR(10) NOT NULL DEFAULT 'Pending',
  `CompletedAt` DATETIME,
  PRIMARY KEY (`MailAccountId`),
  CONSTRAINT `FK_AccountStorageBackfillState_MailAccounts_MailAccountId` FOREIGN KEY (`MailAccountId`) REFERENCES `MailAccounts` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ApiKeys` (
  `Id` INT NOT NULL AUTO_INCREMENT,
  `UserId` INT NOT NULL,
  `Name` TEXT NOT NULL,
  `KeyPrefix` VARCHAR(16) NOT NULL,
  `KeyHash` VARCHAR(64) NOT NULL,
  `CreatedAt` DATETIME NOT NULL,
  `LastUsedAt` DATETIME,
  `ExpiresAt` DATETIME,
  `RevokedAt` DATETIME,
  PRIMARY KEY (`Id`),
  UNIQUE KEY `IX_ApiKeys_KeyHash` (`KeyHash`),
  KEY `IX_ApiKeys_UserId` (`UserId`),
  CONSTRAINT `FK_ApiKeys_Users_UserId` FOREIGN KEY (`UserId`) REFERENCES `Users` (`Id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- Leanote (leanote/leanote), commit 5e61291703a81514ef271ca01a379d151778895f (GPL-2.0-or-later, LICENSE file of that
-- commit; the schema files are unchanged at the newest commit d58fd6434f9dc1884d91eb5eb94a2083f9eb3ad3)
-- Self-hosted note-taking server with sync API and personal blogs (Go / Revel on MongoDB through mgo).
-- MongoDB has no SQL schema upstream: each collection opened in app/db/Mgo.go that has a model in app/info/*.go is one
-- table named after the collection, one column per stored struct field in declaration order under its bson name;
-- keys are the indexes of upstream's install dump (mongodb_backup/leanote_install_data/*.metadata.json). See leanote.md.

CREATE TABLE `users` (
  `_id` CHAR(24) NOT NULL,
  `Email` VARCHAR(255),
  `Verified` TINYINT(1),
  `Username` VARCHAR(255),
  `UsernameRaw` VARCHAR(255),
  `Pwd` VARCHAR(255),
  `CreatedTime` DATETIME(3),
  `Logo` VARCHAR(255),
  `Theme` VARCHAR(255),
  `NotebookWidth` INT,
  `NoteListWidth` INT,
  `MdEditorWidth` INT,
  `LeftIsMin` TINYINT(1),
  `ThirdUserId` VARCHAR(255),
  `ThirdUsername` VARCHAR(255),
  `ThirdType` INT,
  `ImageNum` INT,
  `ImageSize` INT,
  `AttachNum` INT,
  `AttachSize` INT,
  `FromUserId` CHAR(24),
  `AccountType` VARCHAR(255),
  `AccountStartTime` DATETIME(3),
  `AccountEndTime` DATETIME(3),
  `MaxImageNums` INT,
  `MaxImageSize` INT,
  `MaxAttachNum` INT,
  `MaxAttachSize` INT,
  `MaxPerAttachSize` INT,
  `Usn` INT,
  `FullSyncBefore` DATETIME(3),
  PRIMARY KEY (`_id`),
  KEY `Email_1` (`Email`),
  KEY `Username_1` (`Username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notebooks` (
  `_id` CHAR(24) NOT NULL,
  `UserId` CHAR(24),
  `ParentNotebookId` CHAR(24),
  `Seq` INT,
  `Title` VARCHAR(255),
  `UrlTitle` VARCHAR(255),
  `NumberNotes` INT,
  `IsTrash` TINYINT(1),
  `IsBlog` TINYINT(1),
  `CreatedTime` DATETIME(3),
  `UpdatedTime` DATETIME(3),
  `Usn` INT,
  `IsDeleted` TINYINT(1),
  PRIMARY KEY (`_id`),
  KEY `UserId_1` (`UserId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notes` (
  `_id` CHAR(24) NOT NULL,
  `UserId` CHAR(24),
  `CreatedUserId` CHAR(24),
  `NotebookId` CHAR(24),
  `Title` VARCHAR(255),
  `Desc` TEXT,
  `Src` TEXT,
  `ImgSrc` TEXT,
  `Tags` JSON,
  `IsTrash` TINYINT(1),
  `IsBlog` TINYINT(1),
  `UrlTitle` VARCHAR(255),
  `IsRecommend` TINYINT(1),
  `IsTop` TINYINT(1),
  `HasSelfDefined` TINYINT(1),
  `ReadNum` INT,
  `LikeNum` INT,
  `CommentNum` INT,
  `IsMarkdown` TINYINT(1),
  `AttachNum` INT,
  `CreatedTime` DATETIME(3),
  `UpdatedTime` DATETIME(3),
  `RecommendTime` DATETIME(3),
  `PublicTime` DATETIME(3),
  `UpdatedUserId` CHAR(24),
  `Usn` INT,
  `IsDeleted` TINYINT(1),
  PRIMARY KEY (`_id`),
  KEY `UserId_1` (`UserId`),
  KEY `IsTrash_1` (`IsTrash`),
  KEY `UrlTitle_1` (`UrlTitle`),
  KEY `IsBlog_1` (`IsBlog`),
  KEY `CreatedTime_1` (`CreatedTime`),
  KEY `UpdatedTime_1` (`UpdatedTime`),
  KEY `PublicTime_1` (`PublicTime`),
  KEY `RecommendTime_1` (`RecommendTime`),
  KEY `NotebookId_1` (`NotebookId`),
  KEY `UserId_1_IsBlog_1` (`UserId`, `IsBlog`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `note_contents` (
  `_id` CHAR(24) NOT NULL,
  `UserId` CHAR(24),
  `IsBlog` TINYINT(1),
  `Content` LONGTEXT,
  `Abstract` LONGTEXT,
  `CreatedTime` DATETIME(3),
  `UpdatedTime` DATETIME(3),
  `UpdatedUserId` CHAR(24),
  PRIMARY KEY (`_id`),
  KEY `UserId_1` (`UserId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `note_content_histories` (
  `_id` CHAR(24) NOT NULL,
  `UserId` CHAR(24),
  `Histories` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `share_notes` (
  `_id` CHAR(24) NOT NULL,
  `UserId` CHAR(24),
  `ToUserId` CHAR(24),
  `ToGroupId` CHAR(24),
  `NoteId` CHAR(24),
  `Perm` INT,
  `CreatedTime` DATETIME(3),
  PRIMARY KEY (`_id`),
  KEY `UserId_1` (`UserId`),
  KEY `ToUserId_1` (`ToUserId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `share_notebooks` (
  `_id` CHAR(24) NOT NULL,
  `UserId` CHAR(24),
  `ToUserId` CHAR(24),
  `ToGroupId` CHAR(24),
  `NotebookId` CHAR(24),
  `Seq` INT,
  `Perm` INT,
  `CreatedTime` DATETIME(3),
  PRIMARY KEY (`_id`),
  KEY `ToUserId_1` (`ToUserId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `has_share_notes` (
  `_id` CHAR(24) NOT NULL,
  `UserId` CHAR(24),
  `ToUserId` CHAR(24),
  `Seq` INT,
  PRIMARY KEY (`_id`),
  UNIQUE KEY `UserId_1_ToUserId_1` (`UserId`, `ToUserId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `_id` CHAR(24) NOT NULL,
  `UserId` CHAR(24),
  `Title` VARCHAR(255),
  `UserCount` INT,
  `CreatedTime` DATETIME(3),
  PRIMARY KEY (`_id`),
  KEY `UserId_1` (`UserId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_users` (
  `_id` CHAR(24) NOT NULL,
  `GroupId` CHAR(24),
  `UserId` CHAR(24),
  `CreatedTime` DATETIME(3),
  PRIMARY KEY (`_id`),
  KEY `GroupId_1` (`GroupId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `_id` CHAR(24) NOT NULL,
  `Tags` JSON,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `note_tags` (
  `_id` CHAR(24) NOT NULL,
  `UserId` CHAR(24),
  `Tag` VARCHAR(255),
  `Usn` INT,
  `Count` INT,
  `CreatedTime` DATETIME(3),
  `UpdatedTime` DATETIME(3),
  `IsDeleted` TINYINT(1),
  PRIMARY KEY (`_id`),
  KEY `UserId_1_Tag_1` (`UserId`, `Tag`),
  KEY `UserId_1` (`UserId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tag_count` (
  `_id` CHAR(24) NOT NULL,
  `UserId` CHAR(24),
  `Tag` VARCHAR(255),
  `IsBlog` TINYINT(1),
  `Count` INT,
  PRIMARY KEY (`_id`),
  KEY `UserId_1` (`UserId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_blogs` (
  `_id` CHAR(24) NOT NULL,
  `Logo` VARCHAR(255),
  `Title` VARCHAR(255),
  `SubTitle` VARCHAR(255),
  `AboutMe` TEXT,
  `CanComment` TINYINT(1),
  `CommentType` VARCHAR(255),
  `DisqusId` VARCHAR(255),
  `Style` VARCHAR(255),
  `Css` TEXT,
  `ThemeId` CHAR(24),
  `ThemePath` VARCHAR(255),
  `CateIds` JSON,
  `Singles` JSON,
  `PerPageSize` INT,
  `SortField` VARCHAR(255),
  `IsAsc` TINYINT(1),
  `SubDomain` VARCHAR(255),
  `Domain` VARCHAR(255),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blog_singles` (
  `_id` CHAR(24) NOT NULL,
  `UserId` CHAR(24),
  `Title` VARCHAR(255),
  `UrlTitle` VARCHAR(255),
  `Content` LONGTEXT,
  `UpdatedTime` DATETIME(3),
  `CreatedTime` DATETIME(3),
  PRIMARY KEY (`_id`),
  KEY `UserId_1` (`UserId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `themes` (
  `_id` CHAR(24) NOT NULL,
  `UserId` CHAR(24),
  `Name` VARCHAR(255),
  `Version` VARCHAR(255),
  `Author` VARCHAR(255),
  `AuthorUrl` VARCHAR(255),
  `Path` VARCHAR(255),
  `Info` JSON,
  `IsActive` TINYINT(1),
  `IsDefault` TINYINT(1),
  `Style` VARCHAR(255),
  `CreatedTime` DATETIME(3),
  `UpdatedTime` DATETIME(3),
  PRIMARY KEY (`_id`),
  KEY `UserId_1` (`UserId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tokens` (
  `_id` CHAR(24) NOT NULL,
  `Email` VARCHAR(255),
  `Token` VARCHAR(255),
  `Type` INT,
  `CreatedTime` DATETIME(3),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `suggestions` (
  `_id` CHAR(24) NOT NULL,
  `UserId` CHAR(24),
  `Addr` VARCHAR(255),
  `Suggestion` TEXT,
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `albums` (
  `_id` CHAR(24) NOT NULL,
  `UserId` CHAR(24),
  `Name` VARCHAR(255),
  `Type` INT,
  `Seq` INT,
  `CreatedTime` DATETIME(3),
  PRIMARY KEY (`_id`),
  KEY `UserId_1` (`UserId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `_id` CHAR(24) NOT NULL,
  `UserId` CHAR(24),
  `AlbumId` CHAR(24),
  `Name` VARCHAR(255),
  `Title` VARCHAR(255),
  `Size` BIGINT,
  `Type` VARCHAR(255),
  `Path` VARCHAR(255),
  `IsDefaultAlbum` TINYINT(1),
  `CreatedTime` DATETIME(3),
  `FromFileId` CHAR(24),
  PRIMARY KEY (`_id`),
  KEY `UserId_1` (`UserId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachs` (
  `_id` CHAR(24) NOT NULL,
  `NoteId` CHAR(24),
  `UploadUserId` CHAR(24),
  `Name` VARCHAR(255),
  `Title` VARCHAR(255),
  `Size` BIGINT,
  `Type` VARCHAR(255),
  `Path` VARCHAR(255),
  `CreatedTime` DATETIME(3),
  PRIMARY KEY (`_id`),
  KEY `NoteId_1` (`NoteId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `note_images` (
  `_id` CHAR(24) NOT NULL,
  `NoteId` CHAR(24),
  `ImageId` CHAR(24),
  PRIMARY KEY (`_id`),
  KEY `ImageId_1` (`ImageId`),
  KEY `NoteId_1` (`NoteId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configs` (
  `_id` CHAR(24) NOT NULL,
  `UserId` CHAR(24),
  `Key` VARCHAR(255),
  `ValueStr` TEXT,
  `ValueArr` JSON,
  `ValueMap` JSON,
  `ValueArrMap` JSON,
  `IsArr` TINYINT(1),
  `IsMap` TINYINT(1),
  `IsArrMap` TINYINT(1),
  `UpdatedTime` DATETIME(3),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_logs` (
  `_id` CHAR(24) NOT NULL,
  `Email` VARCHAR(255),
  `Subject` VARCHAR(255),
  `Body` LONGTEXT,
  `Msg` TEXT,
  `Ok` TINYINT(1),
  `CreatedTime` DATETIME(3),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blog_likes` (
  `_id` CHAR(24) NOT NULL,
  `NoteId` CHAR(24),
  `UserId` CHAR(24),
  `CreatedTime` DATETIME(3),
  PRIMARY KEY (`_id`),
  KEY `NoteId_1` (`NoteId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `blog_comments` (
  `_id` CHAR(24) NOT NULL,
  `NoteId` CHAR(24),
  `UserId` CHAR(24),
  `Content` TEXT,
  `ToCommendId` CHAR(24),
  `ToUserId` CHAR(24),
  `LikeNum` INT,
  `LikeUserIds` JSON,
  `CreatedTime` DATETIME(3),
  PRIMARY KEY (`_id`),
  KEY `NoteId_1` (`NoteId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reports` (
  `_id` CHAR(24) NOT NULL,
  `NoteId` CHAR(24),
  `UserId` CHAR(24),
  `Reason` TEXT,
  `CommendId` CHAR(24),
  `CreatedTime` DATETIME(3),
  PRIMARY KEY (`_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `_id` CHAR(24) NOT NULL,
  `SessionId` VARCHAR(255),
  `LoginTimes` INT,
  `Captcha` VARCHAR(255),
  `UserId` VARCHAR(255),
  `CreatedTime` DATETIME(3),
  `UpdatedTime` DATETIME(3),
  PRIMARY KEY (`_id`),
  KEY `SessionId_1` (`SessionId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- Mattermost (team chat and collaboration server) -- MySQL schema, trimmed for the blind exam.
-- Upstream: github.com/mattermost/mattermost (formerly mattermost/mattermost-server), licence AGPL-3.0
--   (server source; Apache-2.0 for the parts its LICENSE.txt names).
-- Made by replaying the MySQL migrations in order into MariaDB 10.11 and reading back each table
-- (SHOW CREATE TABLE); JSON columns written as upstream declares them (json), secondary and FULLTEXT
-- indexes left out, PRIMARY and UNIQUE keys kept. Upstream declares no foreign keys.
--   000001-000096: db/migrations/mysql/*.up.sql at upstream commit 96c8dc1281d6e6722dd01e9326f8b5fc09e2199a
--   000097-000141: server/channels/db/migrations/mysql/*.up.sql (the monorepo path), the last MySQL
--     migration being 000141_add_remoteid_channelid_to_post_acknowledgements (commit 523550e0);
--     Mattermost 11 dropped MySQL, so this is the final MySQL state.
-- Column meanings: server/public/model/*.go. 45 of the 69 tables the replay yields kept (see tests/data/blind16/mattermost.md).

CREATE TABLE Users (
  Id varchar(26) NOT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UpdateAt bigint(20) DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  Username varchar(64) DEFAULT NULL,
  Password varchar(128) DEFAULT NULL,
  AuthData varchar(128) DEFAULT NULL,
  AuthService varchar(32) DEFAULT NULL,
  Email varchar(128) DEFAULT NULL,
  EmailVerified tinyint(1) DEFAULT NULL,
  Nickname varchar(64) DEFAULT NULL,
  FirstName varchar(64) DEFAULT NULL,
  LastName varchar(64) DEFAULT NULL,
  Roles text DEFAULT NULL,
  AllowMarketing tinyint(1) DEFAULT NULL,
  Props json DEFAULT NULL,
  NotifyProps json DEFAULT NULL,
  LastPasswordUpdate bigint(20) DEFAULT NULL,
  LastPictureUpdate bigint(20) DEFAULT NULL,
  FailedAttempts int(11) DEFAULT NULL,
  Locale varchar(5) DEFAULT NULL,
  MfaActive tinyint(1) DEFAULT NULL,
  MfaSecret varchar(128) DEFAULT NULL,
  Position varchar(128) DEFAULT NULL,
  Timezone json DEFAULT NULL,
  RemoteId varchar(26) DEFAULT NULL,
  LastLogin bigint(20) NOT NULL DEFAULT 0,
  MfaUsedTimestamps json DEFAULT NULL,
  PRIMARY KEY (Id),
  UNIQUE KEY Username (Username),
  UNIQUE KEY AuthData (AuthData),
  UNIQUE KEY Email (Email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Bots (
  UserId varchar(26) NOT NULL,
  Description text DEFAULT NULL,
  OwnerId varchar(190) DEFAULT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UpdateAt bigint(20) DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  LastIconUpdate bigint(20) DEFAULT NULL,
  PRIMARY KEY (UserId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Sessions (
  Id varchar(26) NOT NULL,
  Token varchar(26) DEFAULT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  ExpiresAt bigint(20) DEFAULT NULL,
  LastActivityAt bigint(20) DEFAULT NULL,
  UserId varchar(26) DEFAULT NULL,
  DeviceId text DEFAULT NULL,
  Roles text DEFAULT NULL,
  IsOAuth tinyint(1) DEFAULT NULL,
  Props json DEFAULT NULL,
  ExpiredNotify tinyint(1) DEFAULT NULL,
  PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE UserAccessTokens (
  Id varchar(26) NOT NULL,
  Token varchar(26) DEFAULT NULL,
  UserId varchar(26) DEFAULT NULL,
  Description text DEFAULT NULL,
  IsActive tinyint(1) DEFAULT NULL,
  PRIMARY KEY (Id),
  UNIQUE KEY Token (Token)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Tokens (
  Token varchar(64) NOT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  Type varchar(64) DEFAULT NULL,
  Extra text DEFAULT NULL,
  PRIMARY KEY (Token)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Status (
  UserId varchar(26) NOT NULL,
  Status varchar(32) DEFAULT NULL,
  Manual tinyint(1) DEFAULT NULL,
  LastActivityAt bigint(20) DEFAULT NULL,
  DNDEndTime bigint(20) DEFAULT NULL,
  PrevStatus varchar(32) DEFAULT NULL,
  PRIMARY KEY (UserId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Preferences (
  UserId varchar(26) NOT NULL,
  Category varchar(32) NOT NULL,
  Name varchar(32) NOT NULL,
  Value text DEFAULT NULL,
  PRIMARY KEY (UserId,Category,Name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Audits (
  Id varchar(26) NOT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UserId varchar(26) DEFAULT NULL,
  Action text DEFAULT NULL,
  ExtraInfo text DEFAULT NULL,
  IpAddress varchar(64) DEFAULT NULL,
  SessionId varchar(26) DEFAULT NULL,
  PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Teams (
  Id varchar(26) NOT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UpdateAt bigint(20) DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  DisplayName varchar(64) DEFAULT NULL,
  Name varchar(64) DEFAULT NULL,
  Description varchar(255) DEFAULT NULL,
  Email varchar(128) DEFAULT NULL,
  Type enum('I','O') DEFAULT NULL,
  CompanyName varchar(64) DEFAULT NULL,
  AllowedDomains text DEFAULT NULL,
  InviteId varchar(32) DEFAULT NULL,
  SchemeId varchar(26) DEFAULT NULL,
  AllowOpenInvite tinyint(1) DEFAULT NULL,
  LastTeamIconUpdate bigint(20) DEFAULT NULL,
  GroupConstrained tinyint(1) DEFAULT NULL,
  CloudLimitsArchived tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (Id),
  UNIQUE KEY Name (Name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE TeamMembers (
  TeamId varchar(26) NOT NULL,
  UserId varchar(26) NOT NULL,
  Roles text DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  SchemeUser tinyint(4) DEFAULT NULL,
  SchemeAdmin tinyint(4) DEFAULT NULL,
  SchemeGuest tinyint(4) DEFAULT NULL,
  CreateAt bigint(20) DEFAULT 0,
  PRIMARY KEY (TeamId,UserId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Channels (
  Id varchar(26) NOT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UpdateAt bigint(20) DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  TeamId varchar(26) DEFAULT NULL,
  Type enum('D','O','G','P') DEFAULT NULL,
  DisplayName varchar(64) DEFAULT NULL,
  Name varchar(64) DEFAULT NULL,
  Header text DEFAULT NULL,
  Purpose varchar(250) DEFAULT NULL,
  LastPostAt bigint(20) DEFAULT NULL,
  TotalMsgCount bigint(20) DEFAULT NULL,
  ExtraUpdateAt bigint(20) DEFAULT NULL,
  CreatorId varchar(26) DEFAULT NULL,
  SchemeId varchar(26) DEFAULT NULL,
  GroupConstrained tinyint(1) DEFAULT NULL,
  Shared tinyint(1) DEFAULT NULL,
  TotalMsgCountRoot bigint(20) DEFAULT NULL,
  LastRootPostAt bigint(20) DEFAULT 0,
  ChannelBannerEnabled tinyint(1) DEFAULT NULL,
  ChannelBannerText text DEFAULT NULL,
  ChannelBannerColor varchar(100) DEFAULT NULL,
  DefaultCategoryName varchar(64) NOT NULL DEFAULT '',
  PRIMARY KEY (Id),
  UNIQUE KEY Name (Name,TeamId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE ChannelMembers (
  ChannelId varchar(26) NOT NULL,
  UserId varchar(26) NOT NULL,
  Roles text DEFAULT NULL,
  LastViewedAt bigint(20) DEFAULT NULL,
  MsgCount bigint(20) DEFAULT NULL,
  MentionCount bigint(20) DEFAULT NULL,
  NotifyProps json DEFAULT NULL,
  LastUpdateAt bigint(20) DEFAULT NULL,
  SchemeUser tinyint(4) DEFAULT NULL,
  SchemeAdmin tinyint(4) DEFAULT NULL,
  SchemeGuest tinyint(4) DEFAULT NULL,
  MentionCountRoot bigint(20) DEFAULT NULL,
  MsgCountRoot bigint(20) DEFAULT NULL,
  UrgentMentionCount bigint(20) DEFAULT NULL,
  PRIMARY KEY (ChannelId,UserId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE ChannelMemberHistory (
  ChannelId varchar(26) NOT NULL,
  UserId varchar(26) NOT NULL,
  JoinTime bigint(20) NOT NULL,
  LeaveTime bigint(20) DEFAULT NULL,
  PRIMARY KEY (ChannelId,UserId,JoinTime)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE SidebarCategories (
  Id varchar(128) NOT NULL,
  UserId varchar(26) DEFAULT NULL,
  TeamId varchar(26) DEFAULT NULL,
  SortOrder bigint(20) DEFAULT NULL,
  Sorting varchar(64) DEFAULT NULL,
  Type varchar(64) DEFAULT NULL,
  DisplayName varchar(64) DEFAULT NULL,
  Muted tinyint(1) DEFAULT NULL,
  Collapsed tinyint(1) DEFAULT NULL,
  PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE UserGroups (
  Id varchar(26) NOT NULL,
  Name varchar(64) DEFAULT NULL,
  DisplayName varchar(128) DEFAULT NULL,
  Description text DEFAULT NULL,
  Source varchar(64) DEFAULT NULL,
  RemoteId varchar(48) DEFAULT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UpdateAt bigint(20) DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  AllowReference tinyint(1) DEFAULT NULL,
  PRIMARY KEY (Id),
  UNIQUE KEY Name (Name),
  UNIQUE KEY Source (Source,RemoteId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE GroupMembers (
  GroupId varchar(26) NOT NULL,
  UserId varchar(26) NOT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  PRIMARY KEY (GroupId,UserId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Posts (
  Id varchar(26) NOT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UpdateAt bigint(20) DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  UserId varchar(26) DEFAULT NULL,
  ChannelId varchar(26) DEFAULT NULL,
  RootId varchar(26) DEFAULT NULL,
  OriginalId varchar(26) DEFAULT NULL,
  Message text DEFAULT NULL,
  Type varchar(26) DEFAULT NULL,
  Props json DEFAULT NULL,
  Hashtags text DEFAULT NULL,
  Filenames text DEFAULT NULL,
  FileIds text DEFAULT NULL,
  HasReactions tinyint(1) DEFAULT NULL,
  EditAt bigint(20) DEFAULT NULL,
  IsPinned tinyint(1) DEFAULT NULL,
  RemoteId varchar(26) DEFAULT NULL,
  PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Reactions (
  UserId varchar(26) NOT NULL,
  PostId varchar(26) NOT NULL,
  EmojiName varchar(64) NOT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UpdateAt bigint(20) DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  RemoteId varchar(26) DEFAULT NULL,
  ChannelId varchar(26) NOT NULL DEFAULT '',
  PRIMARY KEY (PostId,UserId,EmojiName)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE FileInfo (
  Id varchar(26) NOT NULL,
  CreatorId varchar(26) DEFAULT NULL,
  PostId varchar(26) DEFAULT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UpdateAt bigint(20) DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  Path text DEFAULT NULL,
  ThumbnailPath text DEFAULT NULL,
  PreviewPath text DEFAULT NULL,
  Name text DEFAULT NULL,
  Extension varchar(64) DEFAULT NULL,
  Size bigint(20) DEFAULT NULL,
  MimeType text DEFAULT NULL,
  Width int(11) DEFAULT NULL,
  Height int(11) DEFAULT NULL,
  HasPreviewImage tinyint(1) DEFAULT NULL,
  MiniPreview mediumblob DEFAULT NULL,
  Content longtext DEFAULT NULL,
  RemoteId varchar(26) DEFAULT NULL,
  Archived tinyint(1) NOT NULL DEFAULT 0,
  ChannelId varchar(26) DEFAULT NULL,
  PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Threads (
  PostId varchar(26) NOT NULL,
  ReplyCount bigint(20) DEFAULT NULL,
  LastReplyAt bigint(20) DEFAULT NULL,
  Participants json DEFAULT NULL,
  ChannelId varchar(26) DEFAULT NULL,
  ThreadDeleteAt bigint(20) DEFAULT NULL,
  ThreadTeamId varchar(26) DEFAULT NULL,
  PRIMARY KEY (PostId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE ThreadMemberships (
  PostId varchar(26) NOT NULL,
  UserId varchar(26) NOT NULL,
  Following tinyint(1) DEFAULT NULL,
  LastViewed bigint(20) DEFAULT NULL,
  LastUpdated bigint(20) DEFAULT NULL,
  UnreadMentions bigint(20) DEFAULT NULL,
  PRIMARY KEY (PostId,UserId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE PostAcknowledgements (
  PostId varchar(26) NOT NULL,
  UserId varchar(26) NOT NULL,
  AcknowledgedAt bigint(20) DEFAULT NULL,
  RemoteId varchar(26) DEFAULT '',
  ChannelId varchar(26) DEFAULT '',
  PRIMARY KEY (PostId,UserId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE PostReminders (
  PostId varchar(26) NOT NULL,
  UserId varchar(26) NOT NULL,
  TargetTime bigint(20) DEFAULT NULL,
  PRIMARY KEY (PostId,UserId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE ScheduledPosts (
  id varchar(26) NOT NULL,
  createat bigint(20) DEFAULT NULL,
  updateat bigint(20) DEFAULT NULL,
  userid varchar(26) NOT NULL,
  channelid varchar(26) NOT NULL,
  rootid varchar(26) DEFAULT NULL,
  message text DEFAULT NULL,
  props text DEFAULT NULL,
  fileids text DEFAULT NULL,
  priority text DEFAULT NULL,
  scheduledat bigint(20) NOT NULL,
  processedat bigint(20) DEFAULT NULL,
  errorcode varchar(200) DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE PostsPriority (
  PostId varchar(26) NOT NULL,
  ChannelId varchar(26) NOT NULL,
  Priority varchar(32) NOT NULL,
  RequestedAck tinyint(1) DEFAULT NULL,
  PersistentNotifications tinyint(1) DEFAULT NULL,
  PRIMARY KEY (PostId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE RecentSearches (
  UserId char(26) NOT NULL,
  SearchPointer int(11) NOT NULL,
  Query json DEFAULT NULL,
  CreateAt bigint(20) NOT NULL,
  PRIMARY KEY (UserId,SearchPointer)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE UploadSessions (
  Id varchar(26) NOT NULL,
  Type enum('attachment','import') DEFAULT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UserId varchar(26) DEFAULT NULL,
  ChannelId varchar(26) DEFAULT NULL,
  Filename text DEFAULT NULL,
  Path text DEFAULT NULL,
  FileSize bigint(20) DEFAULT NULL,
  FileOffset bigint(20) DEFAULT NULL,
  RemoteId varchar(26) DEFAULT NULL,
  ReqFileId varchar(26) DEFAULT NULL,
  PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Emoji (
  Id varchar(26) NOT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UpdateAt bigint(20) DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  CreatorId varchar(26) DEFAULT NULL,
  Name varchar(64) DEFAULT NULL,
  PRIMARY KEY (Id),
  UNIQUE KEY Name (Name,DeleteAt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Compliances (
  Id varchar(26) NOT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UserId varchar(26) DEFAULT NULL,
  Status varchar(64) DEFAULT NULL,
  Count int(11) DEFAULT NULL,
  `Desc` text DEFAULT NULL,
  Type varchar(64) DEFAULT NULL,
  StartAt bigint(20) DEFAULT NULL,
  EndAt bigint(20) DEFAULT NULL,
  Keywords text DEFAULT NULL,
  Emails text DEFAULT NULL,
  PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE TermsOfService (
  Id varchar(26) NOT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UserId varchar(26) DEFAULT NULL,
  Text text DEFAULT NULL,
  PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE UserTermsOfService (
  UserId varchar(26) NOT NULL,
  TermsOfServiceId varchar(26) DEFAULT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  PRIMARY KEY (UserId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE RetentionPolicies (
  Id varchar(26) NOT NULL,
  DisplayName varchar(64) DEFAULT NULL,
  PostDuration bigint(20) DEFAULT NULL,
  PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE OAuthApps (
  Id varchar(26) NOT NULL,
  CreatorId varchar(26) DEFAULT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UpdateAt bigint(20) DEFAULT NULL,
  ClientSecret varchar(128) DEFAULT NULL,
  Name varchar(64) DEFAULT NULL,
  Description text DEFAULT NULL,
  CallbackUrls text DEFAULT NULL,
  Homepage text DEFAULT NULL,
  IsTrusted tinyint(1) DEFAULT NULL,
  IconURL text DEFAULT NULL,
  MattermostAppID varchar(32) NOT NULL DEFAULT '',
  PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE OAuthAccessData (
  Token varchar(26) NOT NULL,
  RefreshToken varchar(26) DEFAULT NULL,
  RedirectUri text DEFAULT NULL,
  ClientId varchar(26) DEFAULT NULL,
  UserId varchar(26) DEFAULT NULL,
  ExpiresAt bigint(20) DEFAULT NULL,
  Scope varchar(128) DEFAULT NULL,
  PRIMARY KEY (Token),
  UNIQUE KEY ClientId (ClientId,UserId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE OAuthAuthData (
  ClientId varchar(26) DEFAULT NULL,
  UserId varchar(26) DEFAULT NULL,
  Code varchar(128) NOT NULL,
  ExpiresIn int(11) DEFAULT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  RedirectUri text DEFAULT NULL,
  State text DEFAULT NULL,
  Scope varchar(128) DEFAULT NULL,
  PRIMARY KEY (Code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IncomingWebhooks (
  Id varchar(26) NOT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UpdateAt bigint(20) DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  UserId varchar(26) DEFAULT NULL,
  ChannelId varchar(26) DEFAULT NULL,
  TeamId varchar(26) DEFAULT NULL,
  DisplayName varchar(64) DEFAULT NULL,
  Description text DEFAULT NULL,
  Username varchar(255) DEFAULT NULL,
  IconURL text DEFAULT NULL,
  ChannelLocked tinyint(1) DEFAULT NULL,
  PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE OutgoingWebhooks (
  Id varchar(26) NOT NULL,
  Token varchar(26) DEFAULT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UpdateAt bigint(20) DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  CreatorId varchar(26) DEFAULT NULL,
  ChannelId varchar(26) DEFAULT NULL,
  TeamId varchar(26) DEFAULT NULL,
  TriggerWords text DEFAULT NULL,
  CallbackURLs text DEFAULT NULL,
  DisplayName varchar(64) DEFAULT NULL,
  ContentType varchar(128) DEFAULT NULL,
  TriggerWhen int(11) DEFAULT NULL,
  Username varchar(64) DEFAULT NULL,
  IconURL text DEFAULT NULL,
  Description text DEFAULT NULL,
  PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Commands (
  Id varchar(26) NOT NULL,
  Token varchar(26) DEFAULT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UpdateAt bigint(20) DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  CreatorId varchar(26) DEFAULT NULL,
  TeamId varchar(26) DEFAULT NULL,
  `Trigger` varchar(128) DEFAULT NULL,
  Method varchar(1) DEFAULT NULL,
  Username varchar(64) DEFAULT NULL,
  IconURL text DEFAULT NULL,
  AutoComplete tinyint(1) DEFAULT NULL,
  AutoCompleteDesc text DEFAULT NULL,
  AutoCompleteHint text DEFAULT NULL,
  DisplayName varchar(64) DEFAULT NULL,
  Description varchar(128) DEFAULT NULL,
  URL text DEFAULT NULL,
  PluginId varchar(190) DEFAULT NULL,
  PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Roles (
  Id varchar(26) NOT NULL,
  Name varchar(64) DEFAULT NULL,
  DisplayName varchar(128) DEFAULT NULL,
  Description text DEFAULT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UpdateAt bigint(20) DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  Permissions longtext DEFAULT NULL,
  SchemeManaged tinyint(1) DEFAULT NULL,
  BuiltIn tinyint(1) DEFAULT NULL,
  PRIMARY KEY (Id),
  UNIQUE KEY Name (Name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Systems (
  Name varchar(64) NOT NULL,
  Value text DEFAULT NULL,
  PRIMARY KEY (Name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Jobs (
  Id varchar(26) NOT NULL,
  Type varchar(32) DEFAULT NULL,
  Priority bigint(20) DEFAULT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  StartAt bigint(20) DEFAULT NULL,
  LastActivityAt bigint(20) DEFAULT NULL,
  Status varchar(32) DEFAULT NULL,
  Progress bigint(20) DEFAULT NULL,
  Data json DEFAULT NULL,
  PRIMARY KEY (Id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE LinkMetadata (
  Hash bigint(20) NOT NULL,
  URL text DEFAULT NULL,
  Timestamp bigint(20) DEFAULT NULL,
  Type varchar(16) DEFAULT NULL,
  Data json DEFAULT NULL,
  PRIMARY KEY (Hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE PluginKeyValueStore (
  PluginId varchar(190) NOT NULL,
  PKey varchar(150) NOT NULL,
  PValue mediumblob DEFAULT NULL,
  ExpireAt bigint(20) DEFAULT NULL,
  PRIMARY KEY (PluginId,PKey)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE PropertyFields (
  ID varchar(26) NOT NULL,
  GroupID varchar(26) NOT NULL,
  Name varchar(255) NOT NULL,
  Type enum('text','select','multiselect','date','user','multiuser') DEFAULT NULL,
  Attrs json DEFAULT NULL,
  TargetID varchar(255) DEFAULT NULL,
  TargetType varchar(255) DEFAULT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UpdateAt bigint(20) DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  PRIMARY KEY (ID),
  UNIQUE KEY GroupID (GroupID,TargetID,Name,DeleteAt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE PropertyValues (
  ID varchar(26) NOT NULL,
  TargetID varchar(255) NOT NULL,
  TargetType varchar(255) NOT NULL,
  GroupID varchar(26) NOT NULL,
  FieldID varchar(26) NOT NULL,
  Value json DEFAULT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  UpdateAt bigint(20) DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  PRIMARY KEY (ID),
  UNIQUE KEY GroupID (GroupID,TargetID,FieldID,DeleteAt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

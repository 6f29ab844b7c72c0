-- Request Tracker (RT, Best Practical; helpdesk / ticketing: users (requestors and staff alike) with their
-- contact data, logins, signatures, S/MIME certificates and avatars; principals, groups and group memberships
-- (including each ticket's role groups: Requestor, Cc, AdminCc, Owner); rights (ACL); queues; tickets; their
-- transactions (history: replies, comments, status and field changes, time worked) and attachments (the e-mail
-- MIME parts: headers, subject, body, files); custom fields and their values; per-object attributes; web
-- sessions; knowledge-base articles and classes; assets and catalogues; custom roles; scrips (automation),
-- templates; database-stored configuration; user API auth tokens; URL shorteners; saved searches, dashboards and
-- dashboard subscriptions), trimmed from github.com/bestpractical/rt etc/schema.mysql (GPL-2.0), commit 72106ba9
-- (6.0-trunk, 2025-06-05; the file last changed in 332aaf98). Column names, types and upstream comments as
-- upstream (its `#` line comments written as `--`); ENGINE/CHARSET table options, non-unique and FULLTEXT indexes
-- left out; upstream's CREATE UNIQUE INDEX statements written inline as UNIQUE KEY; the article topic tables
-- (Topics, ObjectTopics) left out. Upstream declares one foreign key (CachedGroupMembers.Via) and no others.
-- Glossary. Every user and every group is a row of `Principals` (PrincipalType 'User' or 'Group'); Users.id and
-- Groups.id are the same number as their principal's id, and `Principals.Disabled` is how a user account (or a
-- group) is disabled. Customers (requestors) and staff are both `Users` rows (staff are "privileged" users).
-- `Users.Name` is the login user name, `Gecos` the user's Unix login name (for the command-line client),
-- `AuthToken` a secret for password-less feed/calendar URLs, `FreeformContactInfo` free-text contact
-- information, `Comments` the administrators' notes about the user, `Signature` the e-mail signature appended to
-- the user's replies, `Lang` the interface language, `Image` the avatar. `Groups.Domain` is the kind of group:
-- 'UserDefined' (named groups), 'SystemInternal' (Everyone, Privileged, Unprivileged), 'ACLEquivalence' (one per
-- user; Instance = that user's id; rights granted to a single user are stored on it) and role groups such as
-- 'RT::Ticket-Role' / 'RT::Queue-Role' / 'RT::Asset-Role' (Name 'Requestor', 'Cc', 'AdminCc', 'Owner', or a
-- custom role; Instance = the ticket, queue or asset id). So the requestors and watchers of a ticket are the
-- members (`GroupMembers.MemberId`, a user's or group's principal) of that ticket's role groups;
-- `CachedGroupMembers` is the flattened, recursive copy of those memberships. `Tickets.Owner` is the staff user
-- the ticket is assigned to; `Queue` the queue (a team / inbound mailbox); `EffectiveId` the ticket a merged
-- ticket now lives on; `Told` when the requestor was last contacted; `TimeEstimated`/`TimeWorked`/`TimeLeft` in
-- minutes; `SLA` the name of the service level applied. `Transactions` record every change of a ticket (or of a
-- user, queue, asset …: `ObjectType`/`ObjectId`): `Type` Create, Correspond (a reply to the requestors), Comment
-- (an internal note), Status, Set, AddWatcher …, `Field`/`OldValue`/`NewValue` the change, `OldReference`/
-- `NewReference` the changed custom-field value or link row, `Data` the e-mail subject; `TimeTaken` the minutes
-- worked, `TimeWorker` the user who worked them, `TimeWorkedDate` the day. `Attachments` are the MIME parts of a
-- transaction's message (headers, subject, body) and its files (`Parent` the MIME tree). `ObjectCustomFieldValues`
-- hold the values of administrator-defined custom fields on tickets, users, queues, assets, articles …;
-- `Attributes` store per-object data (user preferences and the like). `Creator`/`Created`/`LastUpdatedBy`/
-- `LastUpdated` on every table are the user id and time of the row's creation and last update. `Queues`'
-- CorrespondAddress/CommentAddress are the installation's queue mailboxes. `Scrips` (condition + action +
-- template), `ScripConditions`, `ScripActions`, `ObjectScrips`, `Templates` are the automation and its mail
-- templates; `Articles`/`Classes` the knowledge base; `Assets`/`Catalogs` asset tracking (an asset's holders and
-- contacts are role groups); `Configurations` settings kept in the database; `AuthTokens` a user's (`Owner`)
-- REST API tokens; `Shorteners` short codes for long search URLs; `SavedSearches` and `Dashboards` belong to a
-- principal (`PrincipalId`: a user, a group or the system); `DashboardSubscriptions` a user's e-mailed dashboard;
-- `ObjectContents` the JSON content of saved searches, dashboards and subscriptions; `sessions` the
-- Apache::Session web sessions (`a_session` the serialized session).

CREATE TABLE Attachments (
  id BIGINT NOT NULL  AUTO_INCREMENT,
  TransactionId BIGINT NOT NULL  ,
  Parent BIGINT NOT NULL DEFAULT 0  ,
  MessageId varchar(160) CHARACTER SET ascii NULL  ,
  Subject varchar(255) NULL  ,
  Filename varchar(255) NULL  ,
  ContentType varchar(80) CHARACTER SET ascii NULL  ,
  ContentEncoding varchar(80) CHARACTER SET ascii NULL  ,
  Content LONGBLOB NULL  ,
  Headers LONGTEXT NULL  ,
  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  PRIMARY KEY (id)
);

CREATE TABLE Queues (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  Name varchar(200) NOT NULL  ,
  Description varchar(255) NULL  ,
  CorrespondAddress varchar(120) NULL,
  CommentAddress varchar(120) NULL,
  Lifecycle varchar(32) NULL,
  SubjectTag varchar(120) NULL,
  SortOrder integer NOT NULL DEFAULT 0 ,
  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  SLADisabled int2 NOT NULL DEFAULT 1 ,
  Disabled int2 NOT NULL DEFAULT 0 ,
  PRIMARY KEY (id),
  UNIQUE KEY Queues1 (Name)
);

CREATE TABLE Links (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  Base varchar(240) NULL,
  Target varchar(240) NULL,
  Type varchar(20) CHARACTER SET ascii NOT NULL ,
  LocalTarget integer NOT NULL DEFAULT 0  ,
  LocalBase integer NOT NULL DEFAULT 0  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  PRIMARY KEY (id)
);

CREATE TABLE Principals (
        id INTEGER  AUTO_INCREMENT not null,
        PrincipalType VARCHAR(16) not null,
        Disabled int2 NOT NULL DEFAULT 0 ,
        PRIMARY KEY (id)
);

CREATE TABLE `Groups` (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  Name varchar(200) NULL  ,
  Description varchar(255) NULL  ,
  Domain varchar(64) CHARACTER SET ascii NULL,
  Instance integer,
  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  PRIMARY KEY (id)
);

CREATE TABLE ScripConditions (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  Name varchar(200) NULL  ,
  Description varchar(255) NULL  ,
  ExecModule varchar(60) CHARACTER SET ascii NULL,
  Argument VARBINARY(255) NULL  ,
  ApplicableTransTypes varchar(60) CHARACTER SET ascii NULL  ,
  LookupType varchar(255) CHARACTER SET ascii NOT NULL,

  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  PRIMARY KEY (id)
);

CREATE TABLE Transactions (
  id BIGINT NOT NULL  AUTO_INCREMENT,
  ObjectType varchar(64) CHARACTER SET ascii NOT NULL,
  ObjectId integer NOT NULL DEFAULT 0  ,
  TimeTaken integer NOT NULL DEFAULT 0  ,
  TimeWorker integer NOT NULL DEFAULT 0  ,
  TimeWorkedDate DATE NULL  ,
  Type varchar(20) CHARACTER SET ascii NULL,
  Field varchar(255) CHARACTER SET ascii NULL,
  OldValue varchar(255) NULL  ,
  NewValue varchar(255) NULL  ,
  ReferenceType varchar(255) CHARACTER SET ascii NULL,
  OldReference integer NULL  ,
  NewReference integer NULL  ,
  Data varchar(255) NULL  ,

  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  PRIMARY KEY (id)
);

CREATE TABLE Scrips (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  Description varchar(255),
  ScripCondition integer NOT NULL DEFAULT 0  ,
  ScripAction integer NOT NULL DEFAULT 0  ,
  CustomIsApplicableCode text NULL  ,
  CustomPrepareCode text NULL  ,
  CustomCommitCode text NULL  ,
  Disabled int2 NOT NULL DEFAULT 0 ,
  Template varchar(200) NOT NULL  ,
  LookupType varchar(255) CHARACTER SET ascii NOT NULL,
  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  PRIMARY KEY (id)
);

CREATE TABLE ObjectScrips (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  Scrip integer NOT NULL  ,
  Stage varchar(32) CHARACTER SET ascii NOT NULL DEFAULT 'TransactionCreate',
  ObjectId integer NOT NULL,
  SortOrder integer NOT NULL DEFAULT 0  ,

  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  PRIMARY KEY (id),
  UNIQUE KEY ObjectScrips1 (ObjectId,Scrip)
);

CREATE TABLE ACL (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  PrincipalType varchar(25) CHARACTER SET ascii NOT NULL, -- "User" "Group", "Owner", "Cc" "AdminCc", "Requestor"

  PrincipalId integer NOT NULL DEFAULT 0 , -- Foreign key to principals
  RightName varchar(25) CHARACTER SET ascii NOT NULL,
  ObjectType varchar(25) CHARACTER SET ascii NOT NULL,
  ObjectId integer NOT NULL default 0,
  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  PRIMARY KEY (id)
);

CREATE TABLE GroupMembers (
  id INTEGER NOT NULL AUTO_INCREMENT,
  GroupId integer NOT NULL DEFAULT 0,
  MemberId integer NOT NULL DEFAULT 0,  -- Foreign key to Principals
  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  PRIMARY KEY (id),
  UNIQUE KEY GroupMembers1 (GroupId,MemberId)
);

create table CachedGroupMembers (
        id int auto_increment,
        GroupId int, -- foreign key to Principals
        MemberId int, -- foreign key to Principals
        Via int, -- foreign key to CachedGroupMembers. (may point to $self->id)
        ImmediateParentId int, -- foreign key to prinicpals.
                               -- this points to the group that the member is
                               -- a member of, for ease of deletes.
        Disabled int2 NOT NULL DEFAULT 0 , -- if this cached group member is a member of this group by way of a disabled
                                           -- group or this group is disabled, this will be set to 1
                                           -- this allows us to not find members of disabled subgroups when listing off
                                           -- group members recursively.
                                           -- Also, this allows us to have the ACL system elide members of disabled groups
        FOREIGN KEY (Via) REFERENCES CachedGroupMembers(id) ON DELETE CASCADE,
        PRIMARY KEY (id)
);

CREATE TABLE Users (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  Name varchar(200) NOT NULL  ,
  Password VARCHAR(256) NULL  ,
  AuthToken VARCHAR(16) CHARACTER SET ascii NULL  ,
  Comments TEXT NULL  ,
  Signature TEXT NULL  ,
  EmailAddress varchar(120) NULL  ,
  FreeformContactInfo TEXT NULL  ,
  Organization varchar(200) NULL  ,
  RealName varchar(120) NULL  ,
  NickName varchar(16) NULL  ,
  Lang varchar(16) NULL  ,
  Gecos varchar(16) NULL  ,
  HomePhone varchar(30) NULL  ,
  WorkPhone varchar(30) NULL  ,
  MobilePhone varchar(30) NULL  ,
  PagerPhone varchar(30) NULL  ,
  Address1 varchar(200) NULL  ,
  Address2 varchar(200) NULL  ,
  City varchar(100) NULL  ,
  State varchar(100) NULL  ,
  Zip varchar(16) NULL  ,
  Country varchar(50) NULL  ,
  Timezone varchar(50) NULL  ,
  SMIMECertificate text NULL,
  ImageContentType varchar(80) CHARACTER SET ascii NULL,
  Image mediumtext NULL,

  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  PRIMARY KEY (id),
  UNIQUE KEY Users1 (Name)
);

CREATE TABLE Tickets (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  EffectiveId integer NOT NULL DEFAULT 0  ,
  IsMerged int2 NULL DEFAULT NULL,
  Queue integer NOT NULL DEFAULT 0  ,
  Type varchar(16) CHARACTER SET ascii NULL  ,
  Owner integer NOT NULL DEFAULT 0  ,
  Subject varchar(200) NULL DEFAULT '[no subject]' ,
  Description TEXT NULL  ,
  InitialPriority integer NOT NULL DEFAULT 0  ,
  FinalPriority integer NOT NULL DEFAULT 0  ,
  Priority integer NOT NULL DEFAULT 0  ,
  TimeEstimated integer NOT NULL DEFAULT 0  ,
  TimeWorked integer NOT NULL DEFAULT 0  ,
  Status varchar(64) NULL  ,
  SLA varchar(64) NULL  ,
  TimeLeft integer NOT NULL DEFAULT 0  ,
  Told DATETIME NULL  ,
  Starts DATETIME NULL  ,
  Started DATETIME NULL  ,
  Due DATETIME NULL  ,
  Resolved DATETIME NULL  ,

  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  PRIMARY KEY (id)
);

CREATE TABLE ScripActions (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  Name varchar(200) NULL  ,
  Description varchar(255) NULL  ,
  ExecModule varchar(60) CHARACTER SET ascii NULL,
  Argument VARBINARY(255) NULL  ,
  LookupType varchar(255) CHARACTER SET ascii NOT NULL,
  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  PRIMARY KEY (id)
);

CREATE TABLE Templates (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  ObjectID integer NOT NULL DEFAULT 0 ,
  Name varchar(200) NOT NULL  ,
  Description varchar(255) NULL  ,
  Type varchar(16) CHARACTER SET ascii NULL  ,
  Content TEXT NULL  ,
  LookupType varchar(255) CHARACTER SET ascii NOT NULL,
  LastUpdated DATETIME NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  PRIMARY KEY (id)
);

CREATE TABLE ObjectCustomFieldValues (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  CustomField int NOT NULL  ,
  ObjectType varchar(255) CHARACTER SET ascii NOT NULL,     -- Final target of the Object
  ObjectId BIGINT NOT NULL  ,                  -- New -- Replaces Ticket
  SortOrder integer NOT NULL DEFAULT 0  ,   -- New -- ordering for multiple values

  Content varchar(255) NULL  ,
  LargeContent LONGBLOB NULL,               -- New -- to hold 255+ strings
  ContentType varchar(80) CHARACTER SET ascii NULL,                 -- New -- only text/* gets searched
  ContentEncoding varchar(80) CHARACTER SET ascii NULL  ,           -- New -- for binary Content

  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  Disabled int2 NOT NULL DEFAULT 0 ,        -- New -- whether the value was current
  PRIMARY KEY (id)
);

CREATE TABLE CustomFields (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  Name varchar(200) NULL  ,
  Type varchar(200) CHARACTER SET ascii NULL  , -- Changed -- 'Single' and 'Multiple' is moved out
  RenderType varchar(64) CHARACTER SET ascii NULL  ,
  MaxValues integer,            -- New -- was 'Single'(1) and 'Multiple'(0)
  Pattern TEXT NULL  ,  -- New -- Must validate against this
  BasedOn INTEGER NULL,
  ValuesClass varchar(64) CHARACTER SET ascii NULL  ,
  Description varchar(255) NULL  ,
  SortOrder integer NOT NULL DEFAULT 0  ,
  LookupType varchar(255) CHARACTER SET ascii NOT NULL,
  EntryHint varchar(255) NULL,
  ValidationHint varchar(255) NULL,
  UniqueValues int2 NOT NULL DEFAULT 0 ,
  CanonicalizeClass varchar(64) CHARACTER SET ascii NULL  ,

  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  Disabled int2 NOT NULL DEFAULT 0 ,
  PRIMARY KEY (id)
);

CREATE TABLE ObjectCustomFields (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  CustomField integer NOT NULL  ,
  ObjectId integer NOT NULL,
  SortOrder integer NOT NULL DEFAULT 0  ,

  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  PRIMARY KEY (id)
);

CREATE TABLE CustomFieldValues (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  CustomField int NOT NULL  ,
  Name varchar(200) NULL  ,
  Description varchar(255) NULL  ,
  SortOrder integer NOT NULL DEFAULT 0  ,
  Category VARCHAR(255) NULL,

  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  PRIMARY KEY (id)
);

CREATE TABLE Attributes (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  Name varchar(255) NULL  ,
  Description varchar(255) NULL  ,
  Content LONGBLOB,
  ContentType varchar(16) CHARACTER SET ascii,
  ObjectType varchar(64) CHARACTER SET ascii,
  ObjectId integer, -- foreign key to anything
  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  PRIMARY KEY (id)
);

-- sessions is used by Apache::Session to keep sessions in the database.
-- We should have a reaper script somewhere.

CREATE TABLE sessions (
    id char(32) NOT NULL,
    a_session LONGBLOB,
    LastUpdated TIMESTAMP,
    PRIMARY KEY (id)
);

CREATE TABLE Classes (
  id int(11) NOT NULL auto_increment,
  Name varchar(255) NOT NULL default '',
  Description varchar(255) NOT NULL default '',
  SortOrder int(11) NOT NULL default '0',
  Disabled int(2) NOT NULL default '0',
  Creator int(11) NOT NULL default '0',
  Created datetime default NULL,
  LastUpdatedBy int(11) NOT NULL default '0',
  LastUpdated datetime default NULL,
  PRIMARY KEY  (id)
);

CREATE TABLE Articles (
  id int(11) NOT NULL auto_increment,
  Name varchar(255) NOT NULL default '',
  Summary varchar(255) NOT NULL default '',
  SortOrder int(11) NOT NULL default '0',
  Class int(11) NOT NULL default '0',
  Parent int(11) NOT NULL default '0',
  URI varchar(255) character set ascii default NULL,
  Disabled int(2) NOT NULL default '0',
  Creator int(11) NOT NULL default '0',
  Created datetime default NULL,
  LastUpdatedBy int(11) NOT NULL default '0',
  LastUpdated datetime default NULL,
  PRIMARY KEY  (id)
);

CREATE TABLE ObjectClasses (
  id int(11) NOT NULL auto_increment,
  Class int(11) NOT NULL default '0',
  ObjectType varchar(255) character set ascii NOT NULL default '',
  ObjectId int(11) NOT NULL default '0',
  Creator int(11) NOT NULL default '0',
  Created datetime default NULL,
  LastUpdatedBy int(11) NOT NULL default '0',
  LastUpdated datetime default NULL,
  PRIMARY KEY  (id)
);

CREATE TABLE Assets (
    id                int(11)         NOT NULL AUTO_INCREMENT,
    Name              varchar(255)    NOT NULL DEFAULT '',
    Catalog           int(11)         NOT NULL DEFAULT 0,
    Status            varchar(64)     NOT NULL DEFAULT '',
    Description       varchar(255)    NOT NULL DEFAULT '',
    Creator           int(11)         NOT NULL DEFAULT 0,
    Created           datetime                 DEFAULT NULL,
    LastUpdatedBy     int(11)         NOT NULL DEFAULT 0,
    LastUpdated       datetime                 DEFAULT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE Catalogs (
    id                int(11)         NOT NULL AUTO_INCREMENT,
    Name              varchar(255)    NOT NULL DEFAULT '',
    Lifecycle         varchar(32)     NOT NULL DEFAULT 'assets',
    Description       varchar(255)    NOT NULL DEFAULT '',
    Disabled          int2            NOT NULL DEFAULT 0,
    Creator           int(11)         NOT NULL DEFAULT 0,
    Created           datetime                 DEFAULT NULL,
    LastUpdatedBy     int(11)         NOT NULL DEFAULT 0,
    LastUpdated       datetime                 DEFAULT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE CustomRoles (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  Name varchar(200) NULL  ,
  Description varchar(255) NULL  ,
  MaxValues integer,
  EntryHint varchar(255) NULL  ,
  LookupType varchar(255) CHARACTER SET ascii NOT NULL,

  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  Disabled int2 NOT NULL DEFAULT 0 ,
  PRIMARY KEY (id)
);

CREATE TABLE ObjectCustomRoles (
  id INTEGER NOT NULL  AUTO_INCREMENT,
  CustomRole integer NOT NULL  ,
  ObjectId integer NOT NULL,
  SortOrder integer NOT NULL DEFAULT 0  ,

  Creator integer NOT NULL DEFAULT 0  ,
  Created DATETIME NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated DATETIME NULL  ,
  PRIMARY KEY (id),
  UNIQUE KEY ObjectCustomRoles1 (ObjectId,CustomRole)
);

CREATE TABLE Configurations (
    id                int(11)         NOT NULL AUTO_INCREMENT,
    Name              varchar(255)    NOT NULL,
    Content           longblob        NULL,
    ContentType       varchar(80)     CHARACTER SET ascii NULL,
    Disabled          int2            NOT NULL DEFAULT 0,
    Creator           int(11)         NOT NULL DEFAULT 0,
    Created           datetime                 DEFAULT NULL,
    LastUpdatedBy     int(11)         NOT NULL DEFAULT 0,
    LastUpdated       datetime                 DEFAULT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE AuthTokens (
    id                int(11)         NOT NULL AUTO_INCREMENT,
    Owner             int(11)         NOT NULL DEFAULT 0,
    Token             varchar(256)    NULL,
    Description       varchar(255)    NOT NULL DEFAULT '',
    LastUsed          datetime                 DEFAULT NULL,
    Creator           int(11)         NOT NULL DEFAULT 0,
    Created           datetime                 DEFAULT NULL,
    LastUpdatedBy     int(11)         NOT NULL DEFAULT 0,
    LastUpdated       datetime                 DEFAULT NULL,
    Expires           datetime                 DEFAULT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE Shorteners (
  id             INTEGER     NOT NULL AUTO_INCREMENT,
  Code           VARCHAR(40) NOT NULL,
  Content        LONGTEXT    NOT NULL,
  Permanent      INT2        NOT NULL DEFAULT 0,
  Creator        INTEGER     NOT NULL DEFAULT 0,
  Created        DATETIME    NULL,
  LastUpdatedBy  INTEGER     NULL DEFAULT 0,
  LastUpdated    DATETIME    NULL,
  LastAccessedBy INTEGER     NULL DEFAULT 0,
  LastAccessed   DATETIME    NULL,
  PRIMARY KEY (id)
);

CREATE TABLE SavedSearches (
  id INTEGER NOT NULL AUTO_INCREMENT,
  Name VARCHAR(255) NOT NULL,
  Description VARCHAR(255) NULL,
  Type VARCHAR(64) NOT NULL DEFAULT 'Ticket',
  PrincipalId INTEGER NOT NULL,
  Creator INTEGER NOT NULL DEFAULT 0,
  Created DATETIME NULL,
  LastUpdatedBy INTEGER NOT NULL DEFAULT 0,
  LastUpdated DATETIME NULL,
  Disabled INT2 NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
);

CREATE TABLE Dashboards (
  id INTEGER NOT NULL AUTO_INCREMENT,
  Name VARCHAR(255) NOT NULL,
  Description VARCHAR(255) NULL,
  PrincipalId INTEGER NOT NULL,
  Creator INTEGER NOT NULL DEFAULT 0,
  Created DATETIME NULL,
  LastUpdatedBy INTEGER NOT NULL DEFAULT 0,
  LastUpdated DATETIME NULL,
  Disabled INT2 NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
);

CREATE TABLE DashboardSubscriptions (
  id INTEGER NOT NULL AUTO_INCREMENT,
  UserId INTEGER NOT NULL,
  DashboardId INTEGER NOT NULL,
  Creator INTEGER NOT NULL DEFAULT 0,
  Created DATETIME NULL,
  LastUpdatedBy INTEGER NOT NULL DEFAULT 0,
  LastUpdated DATETIME NULL,
  Disabled INT2 NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
);

CREATE TABLE ObjectContents (
  id BIGINT NOT NULL AUTO_INCREMENT,
  ObjectType VARCHAR(64) NOT NULL,
  ObjectId INTEGER NOT NULL,
  ContentEncoding VARCHAR(64) NULL,
  Content LONGTEXT NULL,
  Creator INTEGER NOT NULL DEFAULT 0,
  Created DATETIME NULL,
  LastUpdatedBy INTEGER NOT NULL DEFAULT 0,
  LastUpdated DATETIME NULL,
  Disabled INT2 NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
);

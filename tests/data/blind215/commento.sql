-- Commento (comment system for websites; Go, PostgreSQL), gitlab.com/commento/commento, read from its GitHub
-- mirror github.com/adtac/commento (the author's), commit a4c5cc8b9e5749dd50ef01f94c08dd7944a6d9c1 (MIT).
-- Schema = the 30 migrations db/*.sql replayed in order into PostgreSQL 15 (each file on its own, as
-- Commento's migrator does) and written as MySQL: all 16 resulting tables, every column in PostgreSQL's order.
-- Names are spelled as upstream writes them in the migrations (camelCase; PostgreSQL folds them to lower case).
-- TEXT columns in a primary key, unique key or index -> varchar(255), other TEXT -> text; BOOLEAN -> tinyint(1);
-- TIMESTAMP -> datetime; BYTEA -> longblob; the enum type sortPolicy -> ENUM. Upstream declares no foreign keys;
-- its PL/pgSQL triggers (comment counts, vote scores, view counters) and seed rows are left out.

CREATE TABLE owners (
  ownerHex varchar(255) NOT NULL,
  email varchar(255) NOT NULL,
  name text NOT NULL,
  passwordHash text NOT NULL,
  confirmedEmail text NOT NULL DEFAULT 'false',
  joinDate datetime NOT NULL,
  PRIMARY KEY (ownerHex),
  UNIQUE KEY owners_email_key (email)
);

CREATE TABLE ownerSessions (
  ownerToken varchar(255) NOT NULL,
  ownerHex text NOT NULL,
  loginDate datetime NOT NULL,
  PRIMARY KEY (ownerToken)
);

CREATE TABLE ownerConfirmHexes (
  confirmHex varchar(255) NOT NULL,
  ownerHex text NOT NULL,
  sendDate text NOT NULL,
  PRIMARY KEY (confirmHex)
);

CREATE TABLE resetHexes (
  resetHex varchar(255) NOT NULL,
  hex text NOT NULL,
  sendDate text NOT NULL,
  entity text NOT NULL DEFAULT 'owner',
  PRIMARY KEY (resetHex)
);

CREATE TABLE domains (
  domain varchar(255) NOT NULL,
  ownerHex text NOT NULL,
  name text NOT NULL,
  creationDate datetime NOT NULL,
  state text NOT NULL DEFAULT 'unfrozen',
  importedComments text NOT NULL DEFAULT 'false',
  autoSpamFilter tinyint(1) NOT NULL DEFAULT 1,
  requireModeration tinyint(1) NOT NULL DEFAULT 0,
  requireIdentification tinyint(1) NOT NULL DEFAULT 1,
  viewsThisMonth int NOT NULL DEFAULT 0,
  moderateAllAnonymous tinyint(1) DEFAULT 1,
  emailNotificationPolicy text DEFAULT 'pending-moderation',
  commentoProvider tinyint(1) NOT NULL DEFAULT 1,
  googleProvider tinyint(1) NOT NULL DEFAULT 1,
  twitterProvider tinyint(1) NOT NULL DEFAULT 1,
  githubProvider tinyint(1) NOT NULL DEFAULT 1,
  gitlabProvider tinyint(1) NOT NULL DEFAULT 1,
  ssoProvider tinyint(1) NOT NULL DEFAULT 0,
  ssoSecret text NOT NULL DEFAULT '',
  ssoUrl text NOT NULL DEFAULT '',
  defaultSortPolicy enum('score-desc','creationdate-desc','creationdate-asc') NOT NULL DEFAULT 'score-desc',
  PRIMARY KEY (domain)
);

CREATE TABLE moderators (
  domain varchar(255) NOT NULL,
  email varchar(255) NOT NULL,
  addDate datetime NOT NULL,
  PRIMARY KEY (domain, email)
);

CREATE TABLE commenters (
  commenterHex varchar(255) NOT NULL,
  email text NOT NULL,
  name text NOT NULL,
  link text NOT NULL,
  photo text NOT NULL,
  provider text NOT NULL,
  joinDate datetime NOT NULL,
  state text NOT NULL DEFAULT 'ok',
  passwordHash text NOT NULL DEFAULT '',
  PRIMARY KEY (commenterHex)
);

CREATE TABLE commenterSessions (
  commenterToken varchar(255) NOT NULL,
  commenterHex text NOT NULL DEFAULT 'none',
  creationDate datetime NOT NULL,
  PRIMARY KEY (commenterToken)
);

CREATE TABLE comments (
  commentHex varchar(255) NOT NULL,
  domain text NOT NULL,
  path text NOT NULL,
  commenterHex text NOT NULL,
  markdown text NOT NULL,
  html text NOT NULL,
  parentHex text NOT NULL,
  score int NOT NULL DEFAULT 0,
  state text NOT NULL DEFAULT 'unapproved',
  creationDate datetime NOT NULL,
  deleted tinyint(1) NOT NULL DEFAULT 0,
  deleterHex text,
  deletionDate datetime,
  PRIMARY KEY (commentHex)
);

CREATE TABLE votes (
  commentHex varchar(255) NOT NULL,
  commenterHex varchar(255) NOT NULL,
  direction int NOT NULL,
  voteDate datetime NOT NULL,
  UNIQUE KEY votesUniqueIndex (commentHex, commenterHex)
);

CREATE TABLE views (
  domain varchar(255) NOT NULL,
  commenterHex text NOT NULL,
  viewDate datetime NOT NULL,
  KEY domainIndex (domain)
);

CREATE TABLE pages (
  domain varchar(255) NOT NULL,
  path varchar(255) NOT NULL,
  isLocked tinyint(1) NOT NULL DEFAULT 0,
  commentCount int NOT NULL DEFAULT 0,
  stickyCommentHex text NOT NULL DEFAULT 'none',
  title text DEFAULT '',
  UNIQUE KEY pagesUniqueIndex (domain, path)
);

CREATE TABLE config (
  version text NOT NULL
);

CREATE TABLE exports (
  exportHex varchar(255) NOT NULL,
  binData longblob NOT NULL,
  domain text NOT NULL,
  creationDate datetime NOT NULL,
  PRIMARY KEY (exportHex)
);

CREATE TABLE emails (
  email varchar(255) NOT NULL,
  unsubscribeSecretHex varchar(255) NOT NULL,
  lastEmailNotificationDate datetime NOT NULL,
  pendingEmails int NOT NULL DEFAULT 0,
  sendReplyNotifications tinyint(1) NOT NULL DEFAULT 0,
  sendModeratorNotifications tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (email),
  UNIQUE KEY emails_unsubscribesecrethex_key (unsubscribeSecretHex),
  KEY unsubscribeSecretHexIndex (unsubscribeSecretHex)
);

CREATE TABLE ssoTokens (
  token varchar(255) NOT NULL,
  domain text NOT NULL,
  commenterToken text NOT NULL,
  creationDate datetime NOT NULL,
  PRIMARY KEY (token)
);

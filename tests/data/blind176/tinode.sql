-- Tinode chat server (instant messaging: users, devices, credentials, topics / group chats, subscriptions, messages)
-- github.com/tinode/chat, commit 22a7c18e9cd695e9a061bf1b8c84175196ef5a15 (server/db/mysql/adapter.go last changed in
-- eafab9687576fc5d60d496aa27a3a2677b8babf6), GPL-3.0
-- The CREATE TABLE statements that the MySQL adapter's CreateDb() executes (adapter version 116), copied in its order
-- with their column order, types, keys and foreign keys; only the Go string concatenation around the backquoted
-- `from` and `key` columns was undone. The whole schema is kept (13 tables). Upstream's reference file
-- server/db/mysql/schema.sql is marked "for reference only" and lags behind the adapter, so it was not used.

CREATE TABLE users(
  id        BIGINT NOT NULL,
  createdat DATETIME(3) NOT NULL,
  updatedat DATETIME(3) NOT NULL,
  state     SMALLINT NOT NULL DEFAULT 0,
  stateat   DATETIME(3),
  access    JSON,
  lastseen  DATETIME,
  useragent VARCHAR(255) DEFAULT '',
  public    JSON,
  trusted   JSON,
  tags      JSON,
  PRIMARY KEY(id),
  INDEX users_state_stateat(state, stateat),
  INDEX users_lastseen_updatedat(lastseen, updatedat)
);

CREATE TABLE usertags(
  id     INT NOT NULL AUTO_INCREMENT,
  userid BIGINT NOT NULL,
  tag    VARCHAR(96) NOT NULL,
  PRIMARY KEY(id),
  FOREIGN KEY(userid) REFERENCES users(id),
  INDEX usertags_tag(tag),
  UNIQUE INDEX usertags_userid_tag(userid, tag)
);

CREATE TABLE devices(
  id       INT NOT NULL AUTO_INCREMENT,
  userid   BIGINT NOT NULL,
  hash     CHAR(16) NOT NULL,
  deviceid TEXT NOT NULL,
  platform VARCHAR(32),
  lastseen DATETIME NOT NULL,
  lang     VARCHAR(8),
  PRIMARY KEY(id),
  FOREIGN KEY(userid) REFERENCES users(id),
  UNIQUE INDEX devices_hash(hash)
);

CREATE TABLE auth(
  id      INT NOT NULL AUTO_INCREMENT,
  uname   VARCHAR(32) NOT NULL,
  userid  BIGINT NOT NULL,
  scheme  VARCHAR(16) NOT NULL,
  authlvl INT NOT NULL,
  secret  VARCHAR(255) NOT NULL,
  expires DATETIME,
  PRIMARY KEY(id),
  FOREIGN KEY(userid) REFERENCES users(id),
  UNIQUE INDEX auth_userid_scheme(userid, scheme),
  UNIQUE INDEX auth_uname(uname)
);

CREATE TABLE topics(
  id        INT NOT NULL AUTO_INCREMENT,
  createdat DATETIME(3) NOT NULL,
  updatedat DATETIME(3) NOT NULL,
  state     SMALLINT NOT NULL DEFAULT 0,
  stateat   DATETIME(3),
  touchedat DATETIME(3),
  name      CHAR(25) NOT NULL,
  usebt     TINYINT DEFAULT 0,
  owner     BIGINT NOT NULL DEFAULT 0,
  access    JSON,
  seqid     INT NOT NULL DEFAULT 0,
  delid     INT DEFAULT 0,
  subcnt INT DEFAULT 0,
  public    JSON,
  trusted   JSON,
  tags      JSON,
  aux       JSON,
  PRIMARY KEY(id),
  UNIQUE INDEX topics_name(name),
  INDEX topics_owner(owner),
  INDEX topics_state_stateat(state, stateat),
  INDEX topics_name_state_seqid(name, state, seqid)
);

CREATE TABLE topictags(
  id    INT NOT NULL AUTO_INCREMENT,
  topic CHAR(25) NOT NULL,
  tag   VARCHAR(96) NOT NULL,
  PRIMARY KEY(id),
  FOREIGN KEY(topic) REFERENCES topics(name),
  INDEX topictags_tag(tag),
  UNIQUE INDEX topictags_topic_tag(topic, tag)
);

CREATE TABLE subscriptions(
  id        INT NOT NULL AUTO_INCREMENT,
  createdat DATETIME(3) NOT NULL,
  updatedat DATETIME(3) NOT NULL,
  deletedat DATETIME(3),
  userid    BIGINT NOT NULL,
  topic     CHAR(25) NOT NULL,
  delid     INT DEFAULT 0,
  recvseqid INT DEFAULT 0,
  readseqid INT DEFAULT 0,
  modewant  CHAR(8),
  modegiven CHAR(8),
  private   JSON,
  PRIMARY KEY(id),
  FOREIGN KEY(userid) REFERENCES users(id),
  UNIQUE INDEX subscriptions_topic_userid(topic, userid),
  INDEX subscriptions_topic(topic),
  INDEX subscriptions_deletedat(deletedat),
  INDEX subscriptions_userid_topic_deletedat(userid, topic, deletedat)
);

CREATE TABLE messages(
  id        INT NOT NULL AUTO_INCREMENT,
  createdat DATETIME(3) NOT NULL,
  updatedat DATETIME(3) NOT NULL,
  deletedat DATETIME(3),
  delid     INT DEFAULT 0,
  seqid     INT NOT NULL,
  topic     CHAR(25) NOT NULL,
  `from`    BIGINT NOT NULL,
  head      JSON,
  content   JSON,
  PRIMARY KEY(id),
  FOREIGN KEY(topic) REFERENCES topics(name),
  UNIQUE INDEX messages_topic_seqid(topic, seqid)
);

CREATE TABLE dellog(
  id         INT NOT NULL AUTO_INCREMENT,
  topic      CHAR(25) NOT NULL,
  deletedfor BIGINT NOT NULL DEFAULT 0,
  delid      INT NOT NULL,
  low        INT NOT NULL,
  hi         INT NOT NULL,
  PRIMARY KEY(id),
  FOREIGN KEY(topic) REFERENCES topics(name),
  INDEX dellog_topic_delid_deletedfor(topic,delid,deletedfor),
  INDEX dellog_topic_deletedfor_low_hi(topic,deletedfor,low,hi),
  INDEX dellog_deletedfor(deletedfor)
);

CREATE TABLE credentials(
  id        INT NOT NULL AUTO_INCREMENT,
  createdat DATETIME(3) NOT NULL,
  updatedat DATETIME(3) NOT NULL,
  deletedat DATETIME(3),
  method    VARCHAR(16) NOT NULL,
  value     VARCHAR(128) NOT NULL,
  synthetic VARCHAR(192) NOT NULL,
  userid    BIGINT NOT NULL,
  resp      VARCHAR(255),
  done      TINYINT NOT NULL DEFAULT 0,
  retries   INT NOT NULL DEFAULT 0,
  PRIMARY KEY(id),
  FOREIGN KEY(userid) REFERENCES users(id),
  UNIQUE credentials_uniqueness(synthetic)
);

CREATE TABLE fileuploads(
  id        BIGINT NOT NULL,
  createdat DATETIME(3) NOT NULL,
  updatedat DATETIME(3) NOT NULL,
  userid    BIGINT,
  status    INT NOT NULL,
  mimetype  VARCHAR(255) NOT NULL,
  size      BIGINT NOT NULL,
  etag      VARCHAR(128),
  location  VARCHAR(2048) NOT NULL,
  PRIMARY KEY(id),
  INDEX fileuploads_status(status)
);

CREATE TABLE filemsglinks(
  id        INT NOT NULL AUTO_INCREMENT,
  createdat DATETIME(3) NOT NULL,
  fileid    BIGINT NOT NULL,
  msgid     INT,
  topic     CHAR(25),
  userid    BIGINT,
  PRIMARY KEY(id),
  FOREIGN KEY(fileid) REFERENCES fileuploads(id) ON DELETE CASCADE,
  FOREIGN KEY(msgid) REFERENCES messages(id) ON DELETE CASCADE,
  FOREIGN KEY(topic) REFERENCES topics(name) ON DELETE CASCADE,
  FOREIGN KEY(userid) REFERENCES users(id) ON DELETE CASCADE
);

CREATE TABLE kvmeta(
  `key`     VARCHAR(64) NOT NULL,
  createdat DATETIME(3),
  `value`   TEXT,
  PRIMARY KEY(`key`),
  INDEX kvmeta_createdat_key(createdat, `key`)
);

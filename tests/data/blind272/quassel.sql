-- Quassel IRC core (schema version 31)
-- Upstream: github.com/quassel/quassel, commit c63fc1eecc4abc130b742ffc678b22f6a852f782 (SQL files unchanged since
-- 24c7de34, which release 0.14.0 contains), src/core/SQL/PostgreSQL/setup_000 ... setup_150 (the fresh-install schema of the
-- PostgreSQL backend) (GPL-2.0 / GPL-3.0).
-- PostgreSQL written as MySQL: serial -> INT AUTO_INCREMENT, bigserial -> BIGINT AUTO_INCREMENT, bytea -> BLOB,
-- timestamp -> DATETIME; TEXT kept, with a 255-character prefix where it is part of a UNIQUE key, and VARCHAR(255) where
-- it has a DEFAULT or is (part of) a PRIMARY KEY (authenticator, the codecs, proxyhost, settingname, the `key`s); the separate
-- CREATE [UNIQUE] INDEX statements written inside their CREATE TABLE. backlog.senderid is NOT NULL with
-- ON DELETE SET NULL upstream, which MySQL/MariaDB refuse: the foreign key is kept without that action.
-- Functions and triggers (setup_061, 062, 130) and the sequence settings (setup_110, 120) are left out.

CREATE TABLE quasseluser (
  userid INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username TEXT NOT NULL,
  password TEXT NOT NULL,
  hashversion INT NOT NULL DEFAULT 0,
  authenticator VARCHAR(255) NOT NULL DEFAULT 'Database',
  UNIQUE KEY quasseluser_username_key (username(255))
) ENGINE=InnoDB;

CREATE TABLE sender ( -- THE SENDER OF IRC MESSAGES
  senderid BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sender TEXT NOT NULL,
  realname TEXT,
  avatarurl TEXT,
  UNIQUE KEY sender_sender_realname_avatarurl_uindex (sender(255), realname(255), avatarurl(255))
) ENGINE=InnoDB;

CREATE TABLE identity (
  identityid INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  userid INT NOT NULL,
  identityname TEXT NOT NULL,
  realname TEXT NOT NULL,
  awaynick TEXT,
  awaynickenabled BOOLEAN NOT NULL DEFAULT FALSE,
  awayreason TEXT,
  awayreasonenabled BOOLEAN NOT NULL DEFAULT FALSE,
  autoawayenabled BOOLEAN NOT NULL DEFAULT FALSE,
  autoawaytime INT NOT NULL,
  autoawayreason TEXT,
  autoawayreasonenabled BOOLEAN NOT NULL DEFAULT FALSE,
  detachawayenabled BOOLEAN NOT NULL DEFAULT FALSE,
  detachawayreason TEXT,
  detachawayreasonenabled BOOLEAN NOT NULL DEFAULT FALSE,
  ident TEXT,
  kickreason TEXT,
  partreason TEXT,
  quitreason TEXT,
  sslcert BLOB,
  sslkey BLOB,
  UNIQUE KEY identity_userid_identityname_key (userid, identityname(255)),
  CONSTRAINT identity_userid_fkey FOREIGN KEY (userid) REFERENCES quasseluser (userid) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE identity_nick (
  nickid INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  identityid INT NOT NULL,
  nick TEXT NOT NULL,
  UNIQUE KEY identity_nick_identityid_nick_key (identityid, nick(255)),
  CONSTRAINT identity_nick_identityid_fkey FOREIGN KEY (identityid) REFERENCES identity (identityid) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE network (
  networkid INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  userid INT NOT NULL,
  networkname TEXT NOT NULL,
  identityid INT,
  encodingcodec VARCHAR(255) NOT NULL DEFAULT 'ISO-8859-15',
  decodingcodec VARCHAR(255) NOT NULL DEFAULT 'ISO-8859-15',
  servercodec TEXT,
  userandomserver BOOLEAN NOT NULL DEFAULT FALSE,
  perform TEXT,
  useautoidentify BOOLEAN NOT NULL DEFAULT FALSE,
  autoidentifyservice TEXT,
  autoidentifypassword TEXT,
  usesasl BOOLEAN NOT NULL DEFAULT FALSE,
  saslaccount TEXT,
  saslpassword TEXT,
  useautoreconnect BOOLEAN NOT NULL DEFAULT TRUE,
  autoreconnectinterval INT NOT NULL DEFAULT 0,
  autoreconnectretries INT NOT NULL DEFAULT 0,
  unlimitedconnectretries BOOLEAN NOT NULL DEFAULT FALSE,
  rejoinchannels BOOLEAN NOT NULL DEFAULT FALSE,
  connected BOOLEAN NOT NULL DEFAULT FALSE,
  usermode TEXT, -- user mode to restore
  awaymessage TEXT, -- away message to restore (empty if not away)
  attachperform TEXT, -- perform list for on attach
  detachperform TEXT, -- perform list for on detach
  usecustomessagerate BOOLEAN NOT NULL DEFAULT FALSE, -- Custom rate limiting
  messagerateburstsize INT NOT NULL DEFAULT 5, -- Maximum messages at once
  messageratedelay INT NOT NULL DEFAULT 2200, -- Delay between future messages (milliseconds)
  unlimitedmessagerate BOOLEAN NOT NULL DEFAULT FALSE, -- Disable rate limits
  skipcaps TEXT, -- Space-separated IRCv3 caps to not auto-negotiate
  UNIQUE KEY network_userid_networkname_key (userid, networkname(255)),
  CONSTRAINT network_userid_fkey FOREIGN KEY (userid) REFERENCES quasseluser (userid) ON DELETE CASCADE,
  CONSTRAINT network_identityid_fkey FOREIGN KEY (identityid) REFERENCES identity (identityid) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE buffer (
  bufferid INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  userid INT NOT NULL,
  groupid INT,
  networkid INT NOT NULL,
  buffername TEXT NOT NULL,
  buffercname TEXT NOT NULL, -- CANONICAL BUFFER NAME (lowercase version)
  buffertype INT NOT NULL DEFAULT 0,
  lastmsgid BIGINT NOT NULL DEFAULT 0,
  lastseenmsgid BIGINT NOT NULL DEFAULT 0,
  markerlinemsgid BIGINT NOT NULL DEFAULT 0,
  bufferactivity INT NOT NULL DEFAULT 0,
  highlightcount INT NOT NULL DEFAULT 0,
  `key` TEXT,
  joined BOOLEAN NOT NULL DEFAULT FALSE, -- BOOL
  cipher TEXT,
  UNIQUE KEY buffer_userid_networkid_buffercname_key (userid, networkid, buffercname(255)),
  CONSTRAINT buffer_userid_fkey FOREIGN KEY (userid) REFERENCES quasseluser (userid) ON DELETE CASCADE,
  CONSTRAINT buffer_networkid_fkey FOREIGN KEY (networkid) REFERENCES network (networkid) ON DELETE CASCADE,
  CHECK (lastseenmsgid <= lastmsgid)
) ENGINE=InnoDB;

CREATE TABLE backlog (
  messageid BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  time DATETIME NOT NULL,
  bufferid INT NOT NULL,
  type INT NOT NULL,
  flags INT NOT NULL,
  senderid BIGINT NOT NULL,
  senderprefixes TEXT,
  message TEXT,
  KEY backlog_bufferid_idx (bufferid, messageid),
  CONSTRAINT backlog_bufferid_fkey FOREIGN KEY (bufferid) REFERENCES buffer (bufferid) ON DELETE CASCADE,
  CONSTRAINT backlog_senderid_fkey FOREIGN KEY (senderid) REFERENCES sender (senderid)
) ENGINE=InnoDB;

CREATE TABLE coreinfo (
  `key` VARCHAR(255) NOT NULL PRIMARY KEY,
  value TEXT
) ENGINE=InnoDB;

CREATE TABLE ircserver (
  serverid INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  userid INT NOT NULL,
  networkid INT NOT NULL,
  hostname TEXT NOT NULL,
  port INT NOT NULL DEFAULT 6667,
  password TEXT,
  `ssl` BOOLEAN NOT NULL DEFAULT FALSE, -- bool
  sslversion INT NOT NULL DEFAULT 0,
  useproxy BOOLEAN NOT NULL DEFAULT FALSE, -- bool
  proxytype INT NOT NULL DEFAULT 0,
  proxyhost VARCHAR(255) NOT NULL DEFAULT 'localhost',
  proxyport INT NOT NULL DEFAULT 8080,
  proxyuser TEXT,
  proxypass TEXT,
  sslverify BOOLEAN NOT NULL DEFAULT FALSE, -- bool, validate SSL cert
  CONSTRAINT ircserver_userid_fkey FOREIGN KEY (userid) REFERENCES quasseluser (userid) ON DELETE CASCADE,
  CONSTRAINT ircserver_networkid_fkey FOREIGN KEY (networkid) REFERENCES network (networkid) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE user_setting (
  userid INT NOT NULL,
  settingname VARCHAR(255) NOT NULL,
  settingvalue BLOB,
  PRIMARY KEY (userid, settingname),
  CONSTRAINT user_setting_userid_fkey FOREIGN KEY (userid) REFERENCES quasseluser (userid) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE core_state (
  `key` VARCHAR(255) NOT NULL,
  value BLOB,
  PRIMARY KEY (`key`)
) ENGINE=InnoDB;

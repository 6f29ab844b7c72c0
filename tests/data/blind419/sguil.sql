-- Sguil 1.0.0 (database version 0.14) with its Squert web console, written as one file.
-- (1) Sguil, github.com/bammv/sguil, commit 62b5dd60ca03b6093043972055c1cf36c15c65e3 (GPL-3.0):
--     server/sql_scripts/create_sguildb.sql (upstream's own MySQL; comments and seed rows of `status` and `version`
--     left out), and the alert and session tables that sguild and sguild's loaderd create at run time
--     (server/lib/SguildMysqlMerge.tcl CreateEventTable / CreateTcpHdrTable / CreateUdpHdrTable / CreateIcmpHdrTable /
--     CreateDataTable, server/lib/SguildLoaderd.tcl CreateNewSancpTable). Sguil keeps one such table per sensor and day
--     (`event_<sensor>_<date>` ...) and reads them through MERGE tables named `event`, `tcphdr`, `udphdr`, `icmphdr`,
--     `data` and `sancp`; each is written here once, under the MERGE table's name, with the daily table's columns and
--     keys (PRIMARY KEY (sid,cid) / (sid,sancpid), ENGINE=MyISAM) instead of ENGINE=MERGE UNION=(...).
-- (2) Squert 1.5, github.com/int13h/squert, commit 1e5a7064ec45214e4658de7525ba66c2770f08ec (GPL-3.0):
--     .scripts/squert.sql run on the Sguil database: its six tables (IF NOT EXISTS dropped), the four columns its ALTER TABLE adds to
--     `user_info` (folded in at the end of that table, where ALTER TABLE ... ADD puts them) and its three indexes on
--     `history` (names written in backquotes, so that the index named `comment` parses in every converter); seed rows
--     left out.
-- Left out: server/sql_scripts/create_ruledb.sql (rman_* tables of a rule manager that no sguild code reads).

CREATE TABLE sensor
(
  sid		INT UNSIGNED NOT NULL AUTO_INCREMENT,
  hostname	VARCHAR(255) NOT NULL,
  agent_type    VARCHAR(40),
  net_name	VARCHAR(40),
  interface	VARCHAR(255),
  description	TEXT,
  bpf_filter	TEXT,
  updated	TIMESTAMP NOT NULL,
  active	ENUM('Y','N') DEFAULT 'Y',
  ip		VARCHAR(15) DEFAULT NULL,
  public_key	VARCHAR(255) DEFAULT NULL,
  PRIMARY KEY (sid),
  INDEX hostname_idx (hostname)
) ENGINE = MYISAM;

CREATE TABLE portscan
(
  hostname	VARCHAR(255),
  timestamp	DATETIME,
  src_ip	VARCHAR(16),
  src_port	INT UNSIGNED,
  dst_ip	VARCHAR(16),
  dst_port	INT UNSIGNED,
  data		TEXT,
  INDEX ps_src_ip (src_ip),
  INDEX ps_timestamp (timestamp)
) ENGINE = MYISAM;

CREATE TABLE status
(
  status_id	SMALLINT UNSIGNED NOT NULL,
  description	VARCHAR(255) NOT NULL,
  long_desc     VARCHAR(255),
  PRIMARY KEY (status_id)
) ENGINE = MYISAM;

CREATE TABLE autocat
(
  autoid	INT UNSIGNED NOT NULL AUTO_INCREMENT,
  erase		DATETIME,
  sensorname	VARCHAR(255),
  src_ip	VARCHAR(18),
  src_port	INT UNSIGNED, 
  dst_ip	VARCHAR(18),
  dst_port	INT UNSIGNED, 
  ip_proto	TINYINT UNSIGNED,
  signature	VARCHAR(255),
  status	SMALLINT UNSIGNED NOT NULL,
  active	ENUM('Y','N') DEFAULT 'Y',
  timestamp	DATETIME NOT NULL,
  uid		INT UNSIGNED	NOT NULL,
  comment	VARCHAR(255),
  PRIMARY KEY (autoid)
) ENGINE = MYISAM;

CREATE TABLE history
(
  sid		INT UNSIGNED	NOT NULL,
  cid		INT UNSIGNED	NOT NULL,
  uid		INT UNSIGNED	NOT NULL,
  timestamp	DATETIME	NOT NULL,
  status	SMALLINT UNSIGNED	NOT NULL,
  comment	VARCHAR(255),
  INDEX log_time (timestamp)
) ENGINE = MYISAM;

CREATE TABLE user_info
(
  uid		INT UNSIGNED	NOT NULL AUTO_INCREMENT,
  username	VARCHAR(16)	NOT NULL,
  last_login	DATETIME,
  password	VARCHAR(42),
  email VARCHAR(320) NOT NULL DEFAULT 'none',
  type ENUM('ADMIN','USER') NOT NULL DEFAULT 'USER',
  timeout SMALLINT UNSIGNED NOT NULL DEFAULT '5000',
  tzoffset varchar(6) NOT NULL DEFAULT '+00:00',
  PRIMARY KEY (uid)
) ENGINE = MYISAM;

CREATE TABLE nessus_data
(
  rid           VARCHAR(40)	NOT NULL,
  port          VARCHAR(40),
  nessus_id     INT UNSIGNED,
  level	        VARCHAR(20),
  description		TEXT,
  INDEX rid (rid)
) ENGINE = MYISAM;

CREATE TABLE nessus
(
  uid           INT            NOT NULL,
  rid           VARCHAR(40)    NOT NULL,
  ip            VARCHAR(15)    NOT NULL,
  timestart     DATETIME,
  timeend       DATETIME,
  PRIMARY KEY (rid),
  INDEX ip (ip)
) ENGINE = MYISAM;

CREATE TABLE IF NOT EXISTS `pads`
(
  hostname              VARCHAR(255)     NOT NULL,
  sid                   INT UNSIGNED     NOT NULL,
  asset_id              INT UNSIGNED     NOT NULL,
  timestamp             DATETIME         NOT NULL,
  ip                    INT UNSIGNED     NOT NULL,
  service               VARCHAR(40)      NOT NULL,
  port                  INT UNSIGNED     NOT NULL,
  ip_proto              TINYINT UNSIGNED NOT NULL,
  application           VARCHAR(255)     NOT NULL,
  hex_payload           VARCHAR(255),
  PRIMARY KEY (sid,asset_id)
) ENGINE = MYISAM;

CREATE TABLE version
(
  version	VARCHAR(32),
  installed	DATETIME
) ENGINE = MYISAM;

CREATE TABLE event
(
  sid                   INT UNSIGNED    NOT NULL,
  cid                   INT UNSIGNED    NOT NULL,
  signature             VARCHAR(255)    NOT NULL,
  signature_gen         INT UNSIGNED    NOT NULL,
  signature_id          INT UNSIGNED    NOT NULL,
  signature_rev         INT UNSIGNED    NOT NULL,
  timestamp             DATETIME        NOT NULL,
  unified_event_id      INT UNSIGNED,
  unified_event_ref     INT UNSIGNED,
  unified_ref_time      DATETIME,
  priority              INT UNSIGNED,
  class                 VARCHAR(20),
  status                SMALLINT UNSIGNED DEFAULT 0,
  src_ip                INT UNSIGNED,
  dst_ip                INT UNSIGNED,
  src_port              INT UNSIGNED,
  dst_port              INT UNSIGNED,
  icmp_type             TINYINT UNSIGNED,
  icmp_code             TINYINT UNSIGNED,
  ip_proto              TINYINT UNSIGNED,
  ip_ver                TINYINT UNSIGNED,
  ip_hlen               TINYINT UNSIGNED,
  ip_tos                TINYINT UNSIGNED,
  ip_len                SMALLINT UNSIGNED,
  ip_id                 SMALLINT UNSIGNED,
  ip_flags              TINYINT UNSIGNED,
  ip_off                SMALLINT UNSIGNED,
  ip_ttl                TINYINT UNSIGNED,
  ip_csum               SMALLINT UNSIGNED,
  last_modified         DATETIME,
  last_uid              INT UNSIGNED,
  abuse_queue           enum('Y','N'),
  abuse_sent            enum('Y','N'),
  PRIMARY KEY (sid,cid),
  INDEX sid_time (sid, timestamp),
  INDEX src_ip (src_ip),
  INDEX dst_ip (dst_ip),
  INDEX dst_port (dst_port),
  INDEX src_port (src_port),
  INDEX icmp_type (icmp_type),
  INDEX icmp_code (icmp_code),
  INDEX timestamp (timestamp),
  INDEX last_modified (last_modified),
  INDEX signature (signature),
  INDEX status (status)
) ENGINE=MyISAM;

CREATE TABLE tcphdr
(
  sid           INT UNSIGNED    NOT NULL,
  cid           INT UNSIGNED    NOT NULL,
  tcp_seq       INT UNSIGNED,
  tcp_ack       INT UNSIGNED,
  tcp_off       TINYINT UNSIGNED,
  tcp_res       TINYINT UNSIGNED,
  tcp_flags     TINYINT UNSIGNED,
  tcp_win       SMALLINT UNSIGNED,
  tcp_csum      SMALLINT UNSIGNED,
  tcp_urp       SMALLINT UNSIGNED,
  PRIMARY KEY   (sid,cid)
) ENGINE=MyISAM;

CREATE TABLE udphdr
(
  sid           INT UNSIGNED    NOT NULL,
  cid           INT UNSIGNED    NOT NULL,
  udp_len       SMALLINT UNSIGNED,
  udp_csum      SMALLINT UNSIGNED,
  PRIMARY KEY   (sid,cid)
) ENGINE=MyISAM;

CREATE TABLE icmphdr
(
  sid           INT UNSIGNED    NOT NULL,
  cid           INT UNSIGNED    NOT NULL,
  icmp_csum     SMALLINT UNSIGNED,
  icmp_id       SMALLINT UNSIGNED,
  icmp_seq      SMALLINT UNSIGNED,
  PRIMARY KEY   (sid,cid)
) ENGINE=MyISAM;

CREATE TABLE data
(
  sid           INT UNSIGNED    NOT NULL,
  cid           INT UNSIGNED    NOT NULL,
  data_payload  TEXT,
  PRIMARY KEY   (sid,cid)
) ENGINE=MyISAM;

CREATE TABLE sancp
(
  sid           INT UNSIGNED            NOT NULL,
  sancpid       BIGINT UNSIGNED         NOT NULL,
  start_time    DATETIME                NOT NULL,
  end_time      DATETIME                NOT NULL,
  duration      INT UNSIGNED            NOT NULL,
  ip_proto      TINYINT UNSIGNED        NOT NULL,
  src_ip        INT UNSIGNED,
  src_port      SMALLINT UNSIGNED,
  dst_ip        INT UNSIGNED,
  dst_port      SMALLINT UNSIGNED,
  src_pkts      INT UNSIGNED            NOT NULL,
  src_bytes     INT UNSIGNED            NOT NULL,
  dst_pkts      INT UNSIGNED            NOT NULL,
  dst_bytes     INT UNSIGNED            NOT NULL,
  src_flags     TINYINT UNSIGNED        NOT NULL,
  dst_flags     TINYINT UNSIGNED        NOT NULL,
  PRIMARY KEY (sid,sancpid),
  INDEX src_ip (src_ip),
  INDEX dst_ip (dst_ip),
  INDEX dst_port (dst_port),
  INDEX src_port (src_port),
  INDEX start_time (start_time)
) ENGINE=MyISAM;

-- ===== Squert additions =====
CREATE TABLE ip2c
(
  registry	VARCHAR(7),
  cc		VARCHAR(2),
  c_long	VARCHAR(255),
  type		VARCHAR(4),
  start_ip	INT UNSIGNED NOT NULL DEFAULT 0,
  end_ip	INT UNSIGNED NOT NULL DEFAULT 0,
  date		DATETIME,
  status	VARCHAR(25),
  INDEX registry (registry),
  INDEX cc (cc),
  INDEX c_long (c_long),
  INDEX type (type),
  PRIMARY KEY(start_ip, end_ip)
);

CREATE TABLE mappings
(
  registry       VARCHAR(7),
  cc             VARCHAR(2),
  c_long         VARCHAR(255),
  type           VARCHAR(4),
  ip             INT UNSIGNED NOT NULL DEFAULT 0,
  date           DATETIME,
  status         VARCHAR(25),
  age            TIMESTAMP,
  PRIMARY KEY (ip),
  INDEX registry (registry),
  INDEX cc (cc),
  INDEX c_long (c_long),
  INDEX age (age)
);

CREATE TABLE stats
(
  timestamp	DATETIME,
  type		TINYINT,
  object        INT UNSIGNED NOT NULL DEFAULT 0,
  count		INT UNSIGNED NOT NULL DEFAULT 0,
  INDEX type (type),
  INDEX object (object)
);

CREATE TABLE stat_types
(
  type		TINYINT,
  description   VARCHAR(255)
);

CREATE TABLE object_mappings
(
  type   VARCHAR(4),
  object VARCHAR(255),
  value  VARCHAR(255),
  hash   CHAR(32),
  INDEX type (type),
  INDEX object (object),
  PRIMARY KEY (hash)
);

CREATE TABLE filters
(
  type           VARCHAR(16),
  name           VARCHAR(255),
  alias		 VARCHAR(12),
  username       VARCHAR(16),
  filter         BLOB,
  notes		 VARCHAR(255) NOT NULL DEFAULT 'None.',
  global	 TINYINT(1) NOT NULL DEFAULT 0,
  age            TIMESTAMP,
  INDEX type (type),
  PRIMARY KEY (username,alias)
);

CREATE INDEX `comment` ON `history` (`comment`(50));

CREATE INDEX `sid` ON `history` (`sid`);

CREATE INDEX `cid` ON `history` (`cid`);

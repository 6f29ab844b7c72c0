-- CQRLOG (Petr Hlozek OK2CQR, Martin Kratoska OK1RR et al.; Free Pascal / Lazarus desktop logbook on MySQL/MariaDB),
-- github.com/ok2cqr/cqrlog commit d8993c422f904de3a9b29b6947e3ef4ce3739001 (GPL-2.0).
-- The SQL scripts scCommon (database cqrlog_common) and scLog (each log database cqrlog001 …) of src/dData.lfm, as
-- TdmData.CreateDatabase runs them for a new log (schema version cDB_MAIN_VER = 19, cDB_COMN_VER = 6 in src/dData.pas).
-- Both databases are written into one; db_version exists in both and is kept once. Each CREATE INDEX / ALTER TABLE … ADD
-- INDEX is written as a KEY of its table (index names repeat across tables); the INSERT of an empty cqrlog_config row and a
-- commented-out column of cqrlog_main are left out; the views (scViews), the temporary table qslexport and the triggers
-- of the online-log upload (scOnlineLogTriggers) are left out.

CREATE TABLE bands (
  id_bands INT AUTO_INCREMENT PRIMARY KEY,
  band VARCHAR(10) DEFAULT '',
  b_begin NUMERIC(10,4),
  b_end NUMERIC(10,4),
  cw NUMERIC(10,4),
  rtty NUMERIC(10,4),
  ssb NUMERIC(10,4),
  rx_offset numeric(10,4) default 0,
  tx_offset numeric(10,4) default 0,
  KEY `band` (band)
);

CREATE TABLE dxclusters (
  id_dxclusters INT AUTO_INCREMENT PRIMARY KEY,
  description VARCHAR(100) DEFAULT '',
  address VARCHAR(100) DEFAULT '',
  port VARCHAR(10) DEFAULT '',
  dxcuser VARCHAR(12) DEFAULT '',
  dxcpass VARCHAR(20) DEFAULT '',
  KEY `description` (description)
);

CREATE TABLE iota_list (
  id_iota_list INT AUTO_INCREMENT PRIMARY KEY,
  iota_nr VARCHAR(6) DEFAULT '',
  island_name VARCHAR(250) DEFAULT '',
  dxcc_ref VARCHAR(15) DEFAULT '',
  pref VARCHAR(15) DEFAULT '',
  KEY `iota_nr` (iota_nr),
  KEY `pref` (pref)
);

CREATE TABLE dxcc_ref (
  id_dxcc_ref INT AUTO_INCREMENT PRIMARY KEY,
  pref VARCHAR(20) NOT NULL,
  name VARCHAR(100) NOT NULL,
  cont VARCHAR(6) NOT NULL,
  utc VARCHAR(12)NOT NULL,
  lat VARCHAR(10) NOT NULL,
  longit VARCHAR(10) NOT NULL,
  itu VARCHAR(20) NOT NULL,
  waz VARCHAR(20) NOT NULL,
  adif SMALLINT NOT NULL DEFAULT 0,
  deleted SMALLINT NOT NULL DEFAULT 0,
  KEY `pref` (pref),
  KEY `adif` (adif)
);

CREATE TABLE qslmgr (
  id_qslmgr INT AUTO_INCREMENT PRIMARY KEY,
  callsign VARCHAR(20),
  qsl_via VARCHAR(20),
  fromdate DATE,
  KEY `callsign` (callsign),
  KEY `fromdate` (fromdate)
);

CREATE TABLE log_list (
  id_log_list INT AUTO_INCREMENT PRIMARY KEY,
  log_nr SMALLINT NOT NULL,
  log_name VARCHAR(50) DEFAULT '',
  auto_open SMALLINT NOT NULL DEFAULT 0,
  KEY `log_nr` (log_nr)
);

CREATE TABLE db_version (
  nr SMALLINT NOT NULL
);

CREATE TABLE cqrlog_main (
  id_cqrlog_main INT AUTO_INCREMENT PRIMARY KEY,
  qsodate DATE NOT NULL,
  time_on VARCHAR(5) NOT NULL,
  time_off VARCHAR(5) DEFAULT '',
  callsign VARCHAR(20) NOT NULL,
  freq NUMERIC(10,4) NOT NULL,
  mode VARCHAR(12) NOT NULL,
  rst_s VARCHAR(20) DEFAULT '',
  rst_r VARCHAR(20) DEFAULT '',
  name VARCHAR(40) DEFAULT '',
  qth VARCHAR(60) DEFAULT '',
  qsl_s VARCHAR(4) DEFAULT '',
  qsl_r VARCHAR(3) DEFAULT '',
  qsl_via VARCHAR(30) DEFAULT '',
  iota VARCHAR(6) DEFAULT '',
  pwr VARCHAR(10) DEFAULT '',
  itu INT DEFAULT 0,
  waz INT DEFAULT 0,
  loc VARCHAR(10) DEFAULT '',
  my_loc VARCHAR(10) DEFAULT '',
  county VARCHAR(30) DEFAULT '',
  award VARCHAR(50) DEFAULT '',
  remarks VARCHAR(200) DEFAULT '',
  adif INTEGER DEFAULT 0,
  band VARCHAR(6) DEFAULT '',
  qso_dxcc INT DEFAULT 0,
  profile INT DEFAULT 0,
  idcall VARCHAR(20) DEFAULT '',
  state VARCHAR(4) DEFAULT '',
  lotw_qslsdate DATE,
  lotw_qslrdate DATE,
  lotw_qsls VARCHAR(3) DEFAULT '' not null,
  lotw_qslr VARCHAR(3) DEFAULT '' not null,
  cont VARCHAR(3) DEFAULT '',
  qsls_date VARCHAR(10),
  qslr_date VARCHAR(10),
  club_nr1 VARCHAR(100) DEFAULT '',
  club_nr2 VARCHAR(100) DEFAULT '',
  club_nr3 VARCHAR(100) DEFAULT '',
  club_nr4 VARCHAR(100) DEFAULT '',
  club_nr5 VARCHAR(100) DEFAULT '',
  eqsl_qsl_sent varchar(1) default '' not null,
  eqsl_qslsdate date default null,
  eqsl_qsl_rcvd varchar(1) default '' not null,
  eqsl_qslrdate date default null,
  rxfreq NUMERIC(10,4) NULL,
  satellite VARCHAR(30) DEFAULT '',
  prop_mode VARCHAR(30) DEFAULT '',
  contestname VARCHAR(40) NULL,
  stx VARCHAR(6) NULL,
  srx VARCHAR(6) NULL,
  stx_string VARCHAR(50) NULL,
  srx_string VARCHAR(50) NULL,
  dok VARCHAR(12) NULL,
  operator varchar(20) null,
  KEY `main_index` (qsodate DESC,time_on DESC),
  KEY `callsign` (callsign),
  KEY `name` (name),
  KEY `qth` (QTH),
  KEY `adif` (adif),
  KEY `idcall` (idcall),
  KEY `band` (band),
  KEY `club_nr1` (club_nr1),
  KEY `club_nr2` (club_nr2),
  KEY `club_nr3` (club_nr3),
  KEY `club_nr4` (club_nr4),
  KEY `club_nr5` (club_nr5)
);

CREATE TABLE notes (
  id_notes INT AUTO_INCREMENT PRIMARY KEY,
  callsign VARCHAR(20) DEFAULT '',
  longremarks VARCHAR(256) DEFAULT '',
  KEY `callsign` (callsign)
);

CREATE TABLE profiles (
  id_profiles INT AUTO_INCREMENT PRIMARY KEY,
  nr INT NOT NULL,
  locator VARCHAR(6) DEFAULT '',
  qth VARCHAR(250) DEFAULT '',
  rig VARCHAR(250) DEFAULT '',
  remarks VARCHAR(250) DEFAULT '',
  visible INT DEFAULT 1,
  KEY `nr` (nr)
);

CREATE TABLE long_note (
  id_long_note INT AUTO_INCREMENT PRIMARY KEY,
  note LONGTEXT
);

CREATE TABLE version (
  major INTEGER DEFAULT 0,
  minor INTEGER DEFAULT 9,
  releas INTEGER DEFAULT 4
);

CREATE TABLE club1 (
  id_club1 INT AUTO_INCREMENT PRIMARY KEY,
  club_nr VARCHAR(100) DEFAULT '',
  clubcall VARCHAR(100) DEFAULT '',
  fromdate DATE,
  todate DATE,
  KEY `club_nr` (club_nr),
  KEY `fromdate` (fromdate),
  KEY `todate` (todate),
  KEY `clubcall` (clubcall)
);

CREATE TABLE club2 (
  id_club2 INT AUTO_INCREMENT PRIMARY KEY,
  club_nr VARCHAR(100) DEFAULT '',
  clubcall VARCHAR(100) DEFAULT '',
  fromdate DATE,
  todate DATE,
  KEY `club_nr` (club_nr),
  KEY `fromdate` (fromdate),
  KEY `todate` (todate),
  KEY `clubcall` (clubcall)
);

CREATE TABLE club3 (
  id_club3 INT AUTO_INCREMENT PRIMARY KEY,
  club_nr VARCHAR(100) DEFAULT '',
  clubcall VARCHAR(100) DEFAULT '',
  fromdate DATE,
  todate DATE,
  KEY `club_nr` (club_nr),
  KEY `fromdate` (fromdate),
  KEY `todate` (todate),
  KEY `clubcall` (clubcall)
);

CREATE TABLE club4 (
  id_club4 INT AUTO_INCREMENT PRIMARY KEY,
  club_nr VARCHAR(100) DEFAULT '',
  clubcall VARCHAR(100) DEFAULT '',
  fromdate DATE,
  todate DATE,
  KEY `club_nr` (club_nr),
  KEY `fromdate` (fromdate),
  KEY `todate` (todate),
  KEY `clubcall` (clubcall)
);

CREATE TABLE club5 (
  id_club5 INT AUTO_INCREMENT PRIMARY KEY,
  club_nr VARCHAR(100) DEFAULT '',
  clubcall VARCHAR(100) DEFAULT '',
  fromdate DATE,
  todate DATE,
  KEY `club_nr` (club_nr),
  KEY `fromdate` (fromdate),
  KEY `todate` (todate),
  KEY `clubcall` (clubcall)
);

CREATE TABLE zipcode1 (
  id_zipcode1 INT AUTO_INCREMENT PRIMARY KEY,
  zip VARCHAR(20) DEFAULT '',
  county VARCHAR(100) DEFAULT '',
  KEY `zip` (zip)
);

CREATE TABLE zipcode2 (
  id_zipcode2 INT AUTO_INCREMENT PRIMARY KEY,
  zip VARCHAR(20) DEFAULT '',
  county VARCHAR(100) DEFAULT '',
  KEY `zip` (zip)
);

CREATE TABLE zipcode3 (
  id_zipcode3 INT AUTO_INCREMENT PRIMARY KEY,
  zip VARCHAR(20) DEFAULT '',
  county VARCHAR(100) DEFAULT '',
  KEY `zip` (zip)
);

CREATE TABLE cqrlog_config (
  id_cqrlog__config INT AUTO_INCREMENT PRIMARY KEY,
  config_file LONGTEXT
);

CREATE TABLE dxcc_id (
  id_dxcc INT AUTO_INCREMENT PRIMARY KEY,
  adif INT DEFAULT 0,
  dxcc_ref VARCHAR(16) NOT NULL,
  country VARCHAR(100) NOT NULL,
  KEY `adif` (adif)
);

CREATE TABLE log_changes (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  id_cqrlog_main int(11) NULL,
  cmd varchar(20) NOT NULL,
  qsodate date NULL,
  time_on varchar(5) NULL,
  callsign varchar(20) NULL,
  mode varchar(12) NULL,
  band varchar(6) NULL,
  freq numeric(10,4) NULL,
  old_qsodate date NULL,
  old_time_on varchar(5) NULL,
  old_callsign varchar(20) NULL,
  old_mode varchar(12) NULL,
  old_band varchar(6) NULL,
  old_freq numeric(10,4) NULL,
  upddeleted int(1) default 1,
  KEY `id_cqrlog_main` (id_cqrlog_main)
) COLLATE 'utf8_bin';

CREATE TABLE upload_status (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  logname varchar(30) NOT NULL,
  id_log_changes int(11) NULL,
  FOREIGN KEY (id_log_changes) REFERENCES log_changes (id) ON DELETE SET NULL
) COLLATE 'utf8_bin';

CREATE TABLE call_alert (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  callsign varchar(20) NOT NULL,
  band varchar(6) NULL,
  mode varchar(12) NULL,
  KEY (id),
  KEY (callsign)
) COLLATE 'utf8_bin';

CREATE TABLE freqmem (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  freq numeric(10,4) NOT NULL,
  mode varchar(12) NOT NULL,
  bandwidth int NOT NULL,
  info varchar(25) NULL
) COLLATE 'utf8_bin';

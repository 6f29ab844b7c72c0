-- Legend of the Green Dragon (LoGD) 2.x, the NB-Core continuation of the DragonPrime 1.1.x edition
-- Upstream: github.com/NB-Core/lotgd install/data/tables.php, commit e5ed255100d1256470cb8ed1f26d7992fac3b706
-- (Creative Commons BY-NC-SA 2.0, LICENSE.txt)
-- The installer and the Doctrine migrations (migrations/Version20250724000000, ...18) build every table from the
-- PHP descriptors of tables.php through Lotgd\MySQL\TableDescriptor::tableCreateFromDescriptor(). The 41 core
-- tables were rendered here by a Python port of that function and descriptorCreateSql(): column and key order,
-- names, types, NULL / NOT NULL and defaults exactly as it emits them. The two tables flagged RequireMyISAM use
-- InnoDB, as TableDescriptor does on any MySQL newer than 4.0.14. The `debug` descriptor nests its 'key-combikey'
-- inside 'key-primary' (an upstream slip), so TableDescriptor creates no combikey index; neither does this file.
-- No table prefix (the installer's default is none).

CREATE TABLE accounts (
  acctid int(11) unsigned NOT NULL auto_increment,
  name varchar(100) NOT NULL DEFAULT '',
  playername varchar(40) NOT NULL DEFAULT '',
  sex tinyint(4) unsigned NOT NULL DEFAULT '0',
  strength smallint(4) unsigned NOT NULL DEFAULT '10',
  dexterity smallint(4) unsigned NOT NULL DEFAULT '10',
  intelligence smallint(4) unsigned NOT NULL DEFAULT '10',
  constitution smallint(4) unsigned NOT NULL DEFAULT '10',
  wisdom smallint(4) unsigned NOT NULL DEFAULT '10',
  specialty varchar(20) NOT NULL DEFAULT '',
  experience bigint(11) unsigned NOT NULL DEFAULT '0',
  gold int(11) unsigned NOT NULL DEFAULT '0',
  weapon varchar(50) NOT NULL DEFAULT 'Fists',
  armor varchar(50) NOT NULL DEFAULT 'T-Shirt',
  seenmaster tinyint(4) unsigned NOT NULL DEFAULT '0',
  level smallint(4) unsigned NOT NULL DEFAULT '1',
  defense int(11) unsigned NOT NULL DEFAULT '0',
  attack int(11) unsigned NOT NULL DEFAULT '0',
  alive tinyint(1) unsigned NOT NULL DEFAULT '1',
  goldinbank bigint(20) NOT NULL DEFAULT '0',
  marriedto int(11) unsigned NOT NULL DEFAULT '0',
  spirits int(4) NOT NULL DEFAULT '0',
  laston datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  hitpoints int(11) NOT NULL DEFAULT '10',
  maxhitpoints int(11) unsigned NOT NULL DEFAULT '10',
  gems int(11) unsigned NOT NULL DEFAULT '0',
  weaponvalue int(11) unsigned NOT NULL DEFAULT '0',
  armorvalue int(11) unsigned NOT NULL DEFAULT '0',
  location varchar(50) NOT NULL DEFAULT 'Degolburg',
  turns int(11) unsigned NOT NULL DEFAULT '10',
  title varchar(50) NOT NULL DEFAULT '',
  password varchar(255) NOT NULL,
  password_algo tinyint unsigned NOT NULL DEFAULT '0',
  badguy text NOT NULL,
  companions text NOT NULL,
  allowednavs mediumtext NOT NULL,
  loggedin tinyint(4) unsigned NOT NULL DEFAULT '0',
  resurrections int(11) unsigned NOT NULL DEFAULT '0',
  superuser int(11) unsigned NOT NULL DEFAULT '1',
  weapondmg int(11) NOT NULL DEFAULT '0',
  armordef int(11) NOT NULL DEFAULT '0',
  age int(11) unsigned NOT NULL DEFAULT '0',
  charm int(11) unsigned NOT NULL DEFAULT '0',
  specialinc varchar(50) NOT NULL DEFAULT '',
  specialmisc varchar(1000) NOT NULL DEFAULT '',
  login varchar(50) NOT NULL,
  lastmotd datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  playerfights int(11) unsigned NOT NULL DEFAULT '3',
  lasthit datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  seendragon tinyint(4) unsigned NOT NULL DEFAULT '0',
  dragonkills int(11) unsigned NOT NULL DEFAULT '0',
  locked tinyint(4) unsigned NOT NULL DEFAULT '0',
  restorepage varchar(255) DEFAULT 'village.php',
  hashorse tinyint(4) unsigned NOT NULL DEFAULT '0',
  bufflist text NOT NULL,
  gentime double unsigned NOT NULL DEFAULT '0',
  gentimecount int(11) unsigned NOT NULL DEFAULT '0',
  lastip varchar(40) NOT NULL DEFAULT '',
  uniqueid varchar(32),
  dragonpoints text NOT NULL,
  boughtroomtoday tinyint(4) NOT NULL DEFAULT '0',
  emailaddress varchar(128) NOT NULL,
  replaceemail varchar(128) NOT NULL,
  emailvalidation varchar(32) NOT NULL,
  forgottenpassword varchar(32) NOT NULL DEFAULT '',
  sentnotice tinyint(1) NOT NULL DEFAULT '0',
  prefs text NOT NULL,
  pvpflag datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  transferredtoday smallint(2) unsigned NOT NULL DEFAULT '0',
  soulpoints int(11) unsigned NOT NULL DEFAULT '0',
  gravefights int(11) unsigned NOT NULL DEFAULT '0',
  hauntedby varchar(50) NOT NULL,
  deathpower int(11) unsigned NOT NULL DEFAULT '0',
  gensize bigint(20) unsigned NOT NULL DEFAULT '0',
  recentcomments datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  donation int(11) unsigned NOT NULL DEFAULT '0',
  donationspent int(11) unsigned NOT NULL DEFAULT '0',
  donationconfig text NOT NULL,
  referer int(11) unsigned NOT NULL DEFAULT '0',
  refererawarded int(11) unsigned NOT NULL DEFAULT '0',
  bio varchar(255) NOT NULL,
  race varchar(50) NOT NULL DEFAULT '0',
  biotime datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  banoverride tinyint(4) DEFAULT '0',
  translatorlanguages varchar(128) NOT NULL DEFAULT 'en',
  amountouttoday int(11) unsigned NOT NULL DEFAULT '0',
  pk tinyint(3) unsigned NOT NULL DEFAULT '0',
  dragonage int(11) unsigned NOT NULL DEFAULT '0',
  bestdragonage int(11) unsigned NOT NULL DEFAULT '0',
  ctitle varchar(25) NOT NULL,
  beta tinyint(3) unsigned NOT NULL DEFAULT '0',
  slaydragon tinyint(4) unsigned NOT NULL DEFAULT '0',
  fedmount tinyint(4) unsigned NOT NULL DEFAULT '0',
  regdate datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  clanid int(11) unsigned NOT NULL DEFAULT '0',
  clanrank tinyint(4) unsigned NOT NULL DEFAULT '0',
  clanjoindate datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  PRIMARY KEY (acctid),
  KEY name (name),
  KEY level (level),
  KEY login (login),
  KEY alive (alive),
  KEY laston (laston),
  KEY lasthit (lasthit),
  KEY emailaddress (emailaddress),
  KEY clanid (clanid),
  KEY locked (locked,loggedin,laston),
  KEY referer (referer),
  KEY uniqueid (uniqueid),
  KEY emailvalidation (emailvalidation)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE accounts_output (
  acctid int(11) unsigned NOT NULL,
  output longblob NOT NULL,
  PRIMARY KEY (acctid)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE companions (
  companionid int(11) unsigned NOT NULL auto_increment,
  name varchar(50) NOT NULL,
  category varchar(50) NOT NULL,
  description text NOT NULL,
  attack int(6) unsigned NOT NULL DEFAULT '1',
  attackperlevel int(6) unsigned NOT NULL DEFAULT '0',
  defense int(6) unsigned NOT NULL DEFAULT '1',
  defenseperlevel int(6) unsigned NOT NULL DEFAULT '0',
  maxhitpoints int(6) unsigned NOT NULL DEFAULT '10',
  maxhitpointsperlevel int(6) unsigned NOT NULL DEFAULT '10',
  abilities text NOT NULL,
  cannotdie tinyint(4) NOT NULL DEFAULT '0',
  cannotbehealed tinyint(4) NOT NULL DEFAULT '1',
  companionlocation varchar(25) NOT NULL DEFAULT 'all',
  companionactive tinyint(25) NOT NULL DEFAULT '1',
  companioncostdks tinyint(4) NOT NULL DEFAULT '0',
  companioncostgems int(6) NOT NULL DEFAULT '0',
  companioncostgold int(10) NOT NULL DEFAULT '0',
  jointext text NOT NULL,
  dyingtext varchar(255) NOT NULL DEFAULT '',
  allowinshades tinyint(4) NOT NULL DEFAULT '0',
  allowinpvp tinyint(4) NOT NULL DEFAULT '0',
  allowintrain tinyint(4) NOT NULL DEFAULT '0',
  PRIMARY KEY (companionid)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE debug (
  id bigint(11) unsigned NOT NULL auto_increment,
  type varchar(100),
  category varchar(100),
  subcategory varchar(100),
  value varchar(100),
  PRIMARY KEY (id)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE deathmessages (
  deathmessageid int(11) unsigned NOT NULL auto_increment,
  deathmessage varchar(500),
  forest tinyint NOT NULL DEFAULT '1',
  graveyard tinyint NOT NULL DEFAULT '0',
  taunt tinyint NOT NULL DEFAULT '1',
  editor varchar(50),
  KEY forest (forest),
  KEY graveyard (graveyard),
  KEY taunt (taunt),
  PRIMARY KEY (deathmessageid)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE paylog (
  payid int(11) NOT NULL auto_increment,
  info text NOT NULL,
  response text NOT NULL,
  txnid varchar(32) NOT NULL,
  amount float(9,2) NOT NULL DEFAULT '0.00',
  name varchar(50) NOT NULL,
  acctid int(11) unsigned NOT NULL DEFAULT '0',
  processed tinyint(4) unsigned NOT NULL DEFAULT '0',
  filed tinyint(4) unsigned NOT NULL DEFAULT '0',
  txfee float(9,2) NOT NULL DEFAULT '0.00',
  processdate datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  PRIMARY KEY (payid),
  KEY txnid (txnid)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE armor (
  armorid int(11) unsigned NOT NULL auto_increment,
  armorname varchar(128),
  value int(11) NOT NULL DEFAULT '0',
  defense int(11) NOT NULL DEFAULT '1',
  level int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (armorid)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE bans (
  ipfilter varchar(15) NOT NULL,
  uniqueid varchar(32) NOT NULL,
  banexpire datetime,
  banreason text NOT NULL,
  banner varchar(50) NOT NULL,
  lasthit datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  PRIMARY KEY (banexpire,uniqueid,ipfilter)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE clans (
  clanid int(11) unsigned NOT NULL auto_increment,
  clanname varchar(255) NOT NULL,
  clanshort varchar(50) NOT NULL,
  clanmotd text,
  clandesc text,
  motdauthor int(11) unsigned NOT NULL DEFAULT '0',
  descauthor int(11) unsigned NOT NULL DEFAULT '0',
  customsay varchar(15) NOT NULL DEFAULT '',
  PRIMARY KEY (clanid),
  KEY clanshort (clanshort)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE commentary (
  commentid int(11) unsigned NOT NULL auto_increment,
  section varchar(30),
  author int(11) unsigned NOT NULL DEFAULT '0',
  comment varchar(600) NOT NULL,
  postdate datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  PRIMARY KEY (commentid),
  KEY section (section),
  KEY postdate (postdate)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE creatures (
  creatureid int(11) NOT NULL auto_increment,
  creaturename varchar(50),
  creaturecategory varchar(50),
  creaturelevel int(11),
  creatureweapon varchar(50),
  creaturelose varchar(120),
  creaturewin varchar(120),
  creaturegold int(11),
  creatureexp int(11),
  oldcreatureexp int(11),
  creaturehealth int(11),
  creatureattack int(11),
  creaturedefense int(11),
  creatureaiscript text,
  createdby varchar(50),
  forest tinyint(4) NOT NULL DEFAULT '0',
  graveyard tinyint(4) NOT NULL DEFAULT '0',
  PRIMARY KEY (creatureid),
  KEY creaturecategory (creaturecategory),
  KEY creaturelevel (creaturelevel)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE debuglog (
  id int(11) unsigned NOT NULL auto_increment,
  date datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  actor int(11) unsigned,
  target int(11) unsigned,
  message longtext NOT NULL,
  field varchar(20) NOT NULL DEFAULT '',
  value float(13,2) NOT NULL DEFAULT '0.00',
  PRIMARY KEY (id),
  KEY date (date),
  KEY target (target),
  KEY field (actor,field)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE debuglog_archive (
  id int(11) unsigned NOT NULL auto_increment,
  date datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  actor int(11) unsigned,
  target int(11) unsigned,
  message text NOT NULL,
  field varchar(20) NOT NULL DEFAULT '',
  value float(13,2) NOT NULL DEFAULT '0.00',
  PRIMARY KEY (id),
  KEY date (date),
  KEY target (target),
  KEY field (actor,field)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE faillog (
  eventid int(11) unsigned NOT NULL auto_increment,
  date datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  post tinytext NOT NULL,
  ip varchar(40) NOT NULL,
  acctid int(11) unsigned,
  id varchar(32) NOT NULL,
  PRIMARY KEY (eventid),
  KEY date (date),
  KEY acctid (acctid),
  KEY ip (ip)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE gamelog (
  logid int(11) unsigned NOT NULL auto_increment,
  message text NOT NULL,
  category varchar(50) NOT NULL,
  severity varchar(16) NOT NULL DEFAULT 'info',
  filed tinyint(4) NOT NULL DEFAULT '0',
  date datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  who int(11) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (logid),
  KEY date (category,date)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE logdnetbans (
  banid int(11) unsigned NOT NULL auto_increment,
  bantype varchar(20) NOT NULL,
  banvalue varchar(255) NOT NULL,
  PRIMARY KEY (banid)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE logdnet (
  serverid int(11) unsigned NOT NULL auto_increment,
  address varchar(255) NOT NULL,
  description varchar(255) NOT NULL,
  priority double NOT NULL DEFAULT '100',
  lastupdate datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  version varchar(255) NOT NULL DEFAULT 'Unknown',
  admin varchar(255) NOT NULL DEFAULT 'unknown',
  lastping datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  recentips varchar(255) NOT NULL DEFAULT '',
  count int(11) unsigned NOT NULL DEFAULT '0',
  lang varchar(20) NOT NULL DEFAULT '',
  PRIMARY KEY (serverid)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mail (
  messageid int(11) unsigned NOT NULL auto_increment,
  msgfrom int(11) unsigned NOT NULL DEFAULT '0',
  msgto int(11) unsigned NOT NULL DEFAULT '0',
  subject varchar(255) NOT NULL,
  body text NOT NULL,
  sent datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  seen tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (messageid),
  KEY msgto (msgto),
  KEY seen (seen)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE masters (
  creatureid int(11) unsigned NOT NULL auto_increment,
  creaturename varchar(50),
  creaturelevel int(11),
  creatureweapon varchar(50),
  creaturelose varchar(120),
  creaturewin varchar(120),
  creaturegold int(11),
  creatureexp int(11),
  creaturehealth int(11),
  creatureattack int(11),
  creaturedefense int(11),
  PRIMARY KEY (creatureid)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE moderatedcomments (
  modid int(11) unsigned NOT NULL auto_increment,
  comment text,
  moderator int(11) unsigned NOT NULL DEFAULT '0',
  moddate datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  PRIMARY KEY (modid)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE twofactorauth_passkeys (
  acctid int(11) unsigned NOT NULL DEFAULT '0',
  credential_id text NOT NULL,
  credential_id_hash char(64) NOT NULL DEFAULT '',
  public_key text NOT NULL,
  sign_count bigint(20) unsigned NOT NULL DEFAULT '0',
  label varchar(255) NOT NULL DEFAULT '',
  transports varchar(255) NOT NULL DEFAULT '',
  created_at int(11) unsigned NOT NULL DEFAULT '0',
  last_used_at int(11) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (credential_id_hash),
  KEY acctid (acctid)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE module_event_hooks (
  event_type varchar(20) NOT NULL,
  modulename varchar(50) NOT NULL,
  event_chance text NOT NULL,
  KEY modulename (modulename),
  KEY event_type (event_type)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE module_hooks (
  modulename varchar(50) NOT NULL,
  location varchar(50) NOT NULL,
  hook_callback varchar(50) NOT NULL,
  whenactive text NOT NULL,
  priority bigint(20) NOT NULL DEFAULT '50',
  PRIMARY KEY (modulename,location,hook_callback),
  KEY location (location)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE module_objprefs (
  modulename varchar(50) NOT NULL,
  objtype varchar(50) NOT NULL,
  setting varchar(50) NOT NULL,
  objid int(11) unsigned NOT NULL DEFAULT '0',
  value text,
  PRIMARY KEY (modulename,objtype,setting,objid)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE module_settings (
  modulename varchar(50) NOT NULL,
  setting varchar(50) NOT NULL,
  value text,
  PRIMARY KEY (modulename,setting)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE module_userprefs (
  modulename varchar(50) NOT NULL,
  setting varchar(50) NOT NULL,
  userid int(11) unsigned NOT NULL DEFAULT '0',
  value text,
  PRIMARY KEY (modulename,setting,userid),
  KEY modulename (modulename,userid)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE modules (
  modulename varchar(50) NOT NULL,
  formalname varchar(255) NOT NULL,
  description text NOT NULL,
  moduleauthor varchar(255) NOT NULL,
  active tinyint(4) NOT NULL DEFAULT '0',
  filename varchar(255) NOT NULL,
  installdate datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  installedby varchar(50) NOT NULL,
  filemoddate datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  type tinyint(4) NOT NULL DEFAULT '0',
  extras text,
  category varchar(50) NOT NULL,
  infokeys text NOT NULL,
  version varchar(10),
  download varchar(200),
  PRIMARY KEY (modulename)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE motd (
  motditem int(11) unsigned NOT NULL auto_increment,
  motdtitle varchar(200),
  motdbody text,
  motddate datetime,
  motdtype tinyint(4) unsigned NOT NULL DEFAULT '0',
  motdauthor int(11) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (motditem)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mounts (
  mountid int(11) unsigned NOT NULL auto_increment,
  mountname varchar(50) NOT NULL,
  mountdesc text,
  mountcategory varchar(50) NOT NULL,
  mountbuff text,
  mountcostgems int(11) unsigned NOT NULL DEFAULT '0',
  mountcostgold int(11) unsigned NOT NULL DEFAULT '0',
  mountactive int(11) unsigned NOT NULL DEFAULT '1',
  mountforestfights int(11) NOT NULL DEFAULT '0',
  newday text NOT NULL,
  recharge text NOT NULL,
  partrecharge text NOT NULL,
  mountfeedcost int(11) unsigned NOT NULL DEFAULT '20',
  mountlocation varchar(25) NOT NULL DEFAULT 'all',
  mountdkcost int(11) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (mountid),
  KEY mountid (mountid)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE nastywords (
  words text,
  type varchar(10)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE news (
  newsid int(11) unsigned NOT NULL auto_increment,
  newstext text NOT NULL,
  newsdate date NOT NULL DEFAULT '1970-01-01',
  accountid int(11) unsigned NOT NULL DEFAULT '0',
  arguments text NOT NULL,
  tlschema varchar(255) NOT NULL DEFAULT 'news',
  PRIMARY KEY (newsid,newsdate),
  KEY accountid (accountid),
  KEY newsdate (newsdate)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE petitions (
  petitionid int(11) unsigned NOT NULL auto_increment,
  author int(11) unsigned NOT NULL DEFAULT '0',
  date datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  status int(11) unsigned NOT NULL DEFAULT '0',
  body text,
  pageinfo longtext,
  closedate datetime NOT NULL DEFAULT '1970-01-01 00:00:00',
  closeuserid int(11) unsigned NOT NULL DEFAULT '0',
  ip varchar(40) NOT NULL DEFAULT '',
  id varchar(32) NOT NULL DEFAULT '',
  PRIMARY KEY (petitionid)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pollresults (
  resultid int(11) unsigned NOT NULL auto_increment,
  choice int(11) unsigned NOT NULL DEFAULT '0',
  account int(11) unsigned NOT NULL DEFAULT '0',
  motditem int(11) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (resultid)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE referers (
  refererid int(11) unsigned NOT NULL auto_increment,
  uri text,
  count int(11),
  last datetime,
  site varchar(50) NOT NULL,
  dest varchar(255),
  ip varchar(40),
  PRIMARY KEY (refererid),
  KEY uri (uri(100)),
  KEY site (site)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE settings (
  setting varchar(50) NOT NULL,
  value varchar(255) NOT NULL,
  PRIMARY KEY (setting)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE settings_extended (
  setting varchar(50) NOT NULL,
  value text NOT NULL,
  PRIMARY KEY (setting)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE taunts (
  tauntid int(11) unsigned NOT NULL auto_increment,
  taunt text,
  editor varchar(50),
  PRIMARY KEY (tauntid)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE untranslated (
  intext blob NOT NULL,
  language varchar(10) NOT NULL,
  namespace varchar(255) NOT NULL,
  PRIMARY KEY (intext(200),language,namespace),
  KEY language (language),
  KEY intext1 (intext(200),language)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE translations (
  tid int(11) NOT NULL auto_increment,
  language varchar(10) NOT NULL,
  uri varchar(255) NOT NULL,
  intext blob NOT NULL,
  outtext blob NOT NULL,
  author varchar(50),
  version varchar(50),
  PRIMARY KEY (tid),
  KEY language (language,uri),
  KEY uri (uri)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE weapons (
  weaponid int(11) unsigned NOT NULL auto_increment,
  weaponname varchar(128),
  value int(11) NOT NULL DEFAULT '0',
  damage int(11) NOT NULL DEFAULT '1',
  level int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (weaponid)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE titles (
  titleid int(11) unsigned NOT NULL auto_increment,
  dk int(11) NOT NULL DEFAULT '0',
  ref varchar(100) NOT NULL DEFAULT '',
  male varchar(25) NOT NULL DEFAULT '',
  female varchar(25) NOT NULL DEFAULT '',
  PRIMARY KEY (titleid),
  KEY dk (dk)
) ENGINE=INNODB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


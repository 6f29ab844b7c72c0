-- AlternC (hosting control panel), github.com/AlternC/AlternC commit b21ce3d2638d825d396be218a867baf4ac7d79ca (GPL-2.0-or-later)
-- CREATE TABLE statements of install/mysql.sql, api/api.sql and awstats/awstats.sql, in upstream order;
-- inline French comments, INSERTs, views and stored functions left out.

CREATE TABLE IF NOT EXISTS `slaveip` (
`ip` VARCHAR( 40 ) NOT NULL ,
`class` TINYINT NOT NULL ,
PRIMARY KEY ( `ip` , `class` )
) ENGINE=InnoDB COMMENT = 'Allowed ip for slave dns managment';

CREATE TABLE IF NOT EXISTS `slaveaccount` (
`login` VARCHAR( 64 ) NOT NULL ,
`pass`  VARCHAR( 64 ) NOT NULL ,
PRIMARY KEY ( `login` )
) ENGINE=InnoDB COMMENT = 'Allowed account for slave dns managment';

CREATE TABLE IF NOT EXISTS browser (
  uid int(10) unsigned NOT NULL default '0',
  editsizex int(10) unsigned NOT NULL default '0',
  editsizey int(10) unsigned NOT NULL default '0',
  listmode tinyint(3) unsigned NOT NULL default '0',
  showicons tinyint(4) NOT NULL default '0',
  downfmt tinyint(4) NOT NULL default '0',
  createfile tinyint(4) NOT NULL default '0',
  showtype tinyint(4) NOT NULL default '0',
  editor_font varchar(64) NOT NULL default '',
  editor_size varchar(8) NOT NULL default '',
  crff tinyint(4) NOT NULL default '0',
  golastdir tinyint(4) NOT NULL default '0',
  lastdir varchar(255) NOT NULL default '',
  PRIMARY KEY  (uid)
) ENGINE=InnoDB COMMENT='Préférences du gestionnaire de fichiers';

CREATE TABLE IF NOT EXISTS chgmail (
  uid int(10) unsigned NOT NULL default '0',
  cookie varchar(20) NOT NULL default '',
  ckey varchar(6) NOT NULL default '',
  mail varchar(128) NOT NULL default '',
  ts bigint(20) unsigned NOT NULL default '0',
  PRIMARY KEY  (uid)
) ENGINE=InnoDB COMMENT='Demandes de changements de mail en cours';

CREATE TABLE IF NOT EXISTS db (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  uid int(10) unsigned NOT NULL default '0',
  login varchar(80) NOT NULL default '',
  pass varchar(80) NOT NULL default '',
  db varchar(64) NOT NULL default '',
  bck_mode tinyint(3) unsigned NOT NULL default '0',
  bck_history tinyint(3) unsigned NOT NULL default '0',
  bck_gzip tinyint(3) unsigned NOT NULL default '0',
  bck_dir varchar(255) NOT NULL default '',
  PRIMARY KEY id (id)
) ENGINE=InnoDB COMMENT='Bases MySQL des membres';

CREATE TABLE IF NOT EXISTS domaines (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  compte int(10) unsigned NOT NULL default '0',
  domaine varchar(64) NOT NULL default '',
  gesdns int(1) NOT NULL default '1',
  gesmx int(1) NOT NULL default '1',
  noerase tinyint(4) NOT NULL default '0',
  dns_action enum ('OK','UPDATE','DELETE') NOT NULL default 'UPDATE',
  dns_result varchar(255) not null default '',
  zonettl int(10) unsigned NOT NULL default '3600',
  PRIMARY KEY (id),
  UNIQUE KEY (domaine)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS ftpusers (
  id int(10) unsigned NOT NULL auto_increment,
  name varchar(64) NOT NULL default '',
  password varchar(32) NOT NULL default '',
  encrypted_password VARCHAR(255) default NULL,
  homedir varchar(128) NOT NULL default '',
  uid int(10) unsigned NOT NULL default '0',
  enabled boolean NOT NULL DEFAULT TRUE,
  PRIMARY KEY  (id),
  UNIQUE KEY name (name),
  KEY homedir (homedir),
  KEY mid (uid)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS local (
  uid int(10) unsigned NOT NULL default '0',
  nom varchar(128) NOT NULL default '',
  prenom varchar(128) NOT NULL default '',
  PRIMARY KEY  (uid)
) ENGINE=InnoDB COMMENT='Parametres Locaux des membres';

CREATE TABLE IF NOT EXISTS membres (
  uid int(10) unsigned NOT NULL auto_increment,
  login varchar(128) NOT NULL default '',
  pass varchar(255) NOT NULL default '',
  enabled tinyint(4) NOT NULL default '1',
  su tinyint(4) NOT NULL default '0',
  mail varchar(128) NOT NULL default '',
  lastaskpass bigint(20) unsigned default '0',
  show_help tinyint(4) NOT NULL default '1',
  lastlogin datetime NOT NULL default '0000-00-00 00:00:00',
  lastfail tinyint(4) NOT NULL default '0',
  lastip varchar(255) NOT NULL default '',
  creator int(10) unsigned default '0',
  canpass tinyint(4) default '1',
  warnlogin tinyint(4) default '0',
  warnfailed tinyint(4) default '0',
  admlist tinyint(4) default '0',
  type varchar(128) default 'default',
  db_server_id int(10) DEFAULT NULL,
  notes TEXT NOT NULL,
  created datetime default NULL, 
  renewed datetime default NULL, 
  duration int(4) default NULL,
  PRIMARY KEY  (uid),
  UNIQUE KEY k_login (login)
) ENGINE=InnoDB COMMENT='Liste des membres du serveur';

CREATE TABLE IF NOT EXISTS quotas (
  uid int(10) unsigned NOT NULL default '0',
  name varchar(64) NOT NULL default '',
  total bigint(20) unsigned NOT NULL default '0',
  PRIMARY KEY  (uid,name)
) ENGINE=InnoDB COMMENT='Quotas des Membres';

CREATE TABLE IF NOT EXISTS sessions (
  sid varchar(32) NOT NULL default '',
  uid int(10) unsigned NOT NULL default '0',
  ip varchar(40) NOT NULL default '',
  ts timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB COMMENT='Session actives sur le bureau';

CREATE TABLE IF NOT EXISTS sub_domaines (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  compte int(10) unsigned NOT NULL default '0',
  domaine varchar(255) NOT NULL default '',
  sub varchar(255) NOT NULL default '',
  valeur varchar(1024) default NULL,
  type varchar(30) NOT NULL default 'LOCAL',
  web_action enum ('OK','UPDATE','DELETE') NOT NULL default 'UPDATE',
  web_result varchar(255) not null default '',
  enable enum ('ENABLED', 'ENABLE', 'DISABLED', 'DISABLE') NOT NULL DEFAULT 'ENABLED',
  `certificate_id` INT UNSIGNED NOT NULL DEFAULT '0',
  `provider` VARCHAR(16) NOT NULL DEFAULT '',
  `https` VARCHAR(6) NOT NULL DEFAULT '',
  PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS `address` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `domain_id` bigint(20) unsigned NOT NULL REFERENCES `domaines`(`id`),
  `address` varchar(255) NOT NULL,
  `type` char(8) NOT NULL,
  `password` varchar(255) DEFAULT NULL,
  `enabled` int(1) unsigned NOT NULL DEFAULT '1',
  `expire_date` datetime DEFAULT NULL,
  `update_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `mail_action` enum('OK','DELETE','DELETING') NOT NULL default 'OK',
  PRIMARY KEY (`id`),
  UNIQUE INDEX `fk_domain_id` (`domain_id`,`address`(190))
) ENGINE=InnoDB COMMENT = 'This is the main address table. It represents an address as in RFC2822';

CREATE TABLE IF NOT EXISTS `mailbox` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `address_id` bigint(20) unsigned NOT NULL REFERENCES `address`(`id`),
  `path` varchar(255) NOT NULL,
  `quota` bigint(20) unsigned DEFAULT NULL,
  `delivery` varchar(255) NOT NULL,
  `update_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `bytes` bigint(20) NOT NULL DEFAULT '0',
  `messages` int(11) NOT NULL DEFAULT '0',
  `lastlogin` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `lastloginsasl` DATETIME NOT NULL DEFAULT 0,
  `mail_action` enum('OK','DELETE','DELETING') NOT NULL default 'OK',
  PRIMARY KEY (`id`),
  UNIQUE KEY `address_id` (`address_id`)
) ENGINE=InnoDB COMMENT = 'Table containing local deliverd mailboxes.';

CREATE TABLE IF NOT EXISTS `recipient` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `address_id` bigint(20) unsigned NOT NULL REFERENCES `address`(`id`),
  `recipients` text NOT NULL,
  `update_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key_id` (`id`,`address_id`)
) ENGINE=InnoDB COMMENT = 'Table containing other recipients (aliases) for an address.';

CREATE TABLE IF NOT EXISTS defquotas (
  quota varchar(128),
  value bigint(20) unsigned default '0',
  type  varchar(128) default 'default',
  PRIMARY KEY (quota,type)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS forbidden_domains (
  domain varchar(255) NOT NULL default '',
  PRIMARY KEY  (domain(190))
) ENGINE=InnoDB COMMENT='forbidden domains to install';

CREATE TABLE IF NOT EXISTS tld (
  tld varchar(128) NOT NULL default '',
  mode tinyint(4) NOT NULL default '0',
  PRIMARY KEY  (tld),
  KEY mode (mode)
) ENGINE=InnoDB COMMENT='TLD autorises et comment sont-ils autorises ? ';

CREATE TABLE IF NOT EXISTS `variable` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(48) NOT NULL DEFAULT '',
  `value` longtext NOT NULL,
  `comment` mediumtext,
  `type` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB COMMENT='Stores AlternC system variable used by panel and scripts, configurable through the panel';

CREATE TABLE IF NOT EXISTS `dbusers` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `uid` int(10) unsigned NOT NULL default '0',
  `name` varchar(80) NOT NULL default '',
  `password`  varchar( 80 ),
  `enable` enum ('ACTIVATED', 'HIDDEN', 'ADMIN') NOT NULL DEFAULT 'ACTIVATED', 
  KEY `id` (`id`)
) ENGINE=InnoDB COMMENT='Utilisateurs MySQL des membres';

CREATE TABLE IF NOT EXISTS `mxaccount` (
`login` VARCHAR( 64 ) NOT NULL ,
`pass`  VARCHAR( 64 ) NOT NULL ,
PRIMARY KEY ( `login` )
) ENGINE=InnoDB COMMENT = 'Allowed account for secondary mx managment';

CREATE TABLE IF NOT EXISTS `size_web` (
  `uid` int(10) unsigned NOT NULL default '0',
  `size` int(10) unsigned NOT NULL default '0',
  `ts` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY  (`uid`),
  KEY `ts` (`ts`)
) ENGINE=InnoDB COMMENT='Web space used by accounts.';

CREATE TABLE IF NOT EXISTS `size_db` (
  `db` varchar(128) NOT NULL default '',
  `size` int(10) unsigned NOT NULL default '0',
  `ts` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY  (`db`),
  KEY `ts` (`ts`)
) ENGINE=InnoDB COMMENT='MySQL Database used space';

CREATE TABLE IF NOT EXISTS `size_mailman` (
  `list` varchar(255) NOT NULL default '',
  `uid` int(11) NOT NULL default '0',
  `size` int(10) unsigned NOT NULL default '0',
  `ts` timestamp NOT NULL default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP,
  PRIMARY KEY  (`list`(190)),
  KEY `ts` (`ts`),
  KEY `uid` (`uid`)
) ENGINE=InnoDB COMMENT='Mailman Lists used space';

CREATE TABLE IF NOT EXISTS `policy` (
  `name` varchar(64) NOT NULL,
  `minsize` tinyint(3) unsigned NOT NULL,
  `maxsize` tinyint(3) unsigned NOT NULL,
  `classcount` tinyint(3) unsigned NOT NULL,
  `allowlogin` tinyint(3) unsigned NOT NULL,
  PRIMARY KEY  (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='The password policies for services';

CREATE TABLE IF NOT EXISTS `domaines_type` (
    `name` VARCHAR (30) NOT NULL,
    `description` TEXT,
    `target` enum ('NONE', 'URL', 'DIRECTORY', 'IP', 'IPV6', 'DOMAIN', 'TXT') NOT NULL DEFAULT 'NONE',
    `entry` TEXT DEFAULT '',
    `compatibility` VARCHAR (255) DEFAULT '',
    `enable` enum ('ALL', 'NONE', 'ADMIN') NOT NULL DEFAULT 'ALL',
    `only_dns` BOOLEAN DEFAULT FALSE,
    `need_dns` BOOLEAN DEFAULT TRUE,
    `advanced` BOOLEAN DEFAULT TRUE,
    `create_tmpdir` BOOLEAN NOT NULL DEFAULT FALSE,
    `create_targetdir` BOOLEAN NOT NULL DEFAULT FALSE,
    `has_https_option` BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY ( `name` )
) ENGINE=InnoDB COMMENT = 'Type of domains allowed';

CREATE TABLE IF NOT EXISTS `authorised_ip` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `uid` int(11) unsigned NOT NULL default '0',
  `ip` varchar(40) not null,
  `subnet` integer(3) not null default 32,
  `infos` varchar(255) not null default '',
  PRIMARY KEY  (`id`),
  KEY `uid` (`uid`)
) ENGINE=InnoDB COMMENT='Table with list of authorised ip and subnet';

CREATE TABLE IF NOT EXISTS `authorised_ip_affected` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `authorised_ip_id` int(10) unsigned not null,
  `protocol` varchar(15) not null,
  `parameters` varchar(30) default '',
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB COMMENT='Table with list of protocol <-> authorised ip and subnet';

CREATE TABLE IF NOT EXISTS `cron` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL,
  `url` varchar(2100) NOT NULL,
  `user` varchar(64) NOT NULL,
  `password` varchar(64) NOT NULL,
  `schedule` int(11) NOT NULL,
  `email` varchar(255) NOT NULL,
  `next_execution` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `dovecot_quota` (
  `user` varchar(320) NOT NULL,
  `quota_dovecot` bigint(20) NOT NULL DEFAULT '0',
  `nb_messages` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`user`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

CREATE TABLE IF NOT EXISTS `piwik_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL,
  `passwd` varchar(255) NOT NULL,
  `login` varchar(255) NOT NULL,
  `created_date` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uniq_user` (`login`)
) ENGINE=InnoDB  DEFAULT CHARSET=latin1 AUTO_INCREMENT=18;

CREATE TABLE IF NOT EXISTS `piwik_sites` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL,
  `piwik_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_site_per_user` (`uid`,`piwik_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 AUTO_INCREMENT=1;

CREATE TABLE IF NOT EXISTS `default_subdomains` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `sub` varchar(255) NOT NULL,
  `domain_type` varchar(30) NOT NULL,
  `domain_type_parameter` varchar(255) NOT NULL,
  `concerned` enum('BOTH','MAIN','SLAVE') NOT NULL DEFAULT 'MAIN',
  `enabled` boolean not null default true,
  PRIMARY KEY  (`id`),
  UNIQUE KEY `unique_row` (`sub`(60),`domain_type`,`domain_type_parameter`(60),`concerned`)
) ENGINE=InnoDB COMMENT='Contains the defaults subdomains created on domains creation';

CREATE TABLE IF NOT EXISTS `db_servers` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `name` varchar(255) NOT NULL,
  `host` varchar(255) NOT NULL,
  `login` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `client` varchar(255) NOT NULL,
  PRIMARY KEY  (`id`)
) ENGINE=InnoDB COMMENT='List of the databases servers';

CREATE TABLE IF NOT EXISTS `vm_history` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `ip` varchar(256) NOT NULL,
  `date_start` datetime NOT NULL,
  `date_end` datetime DEFAULT NULL,
  `uid` int(10) unsigned NOT NULL,
  `serialized_object` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `date_end` (`date_end`),
  KEY `uid` (`uid`)
) ENGINE=InnoDB COMMENT='VM Allocation requests';

CREATE TABLE IF NOT EXISTS `actions` (
 id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
 type enum ('CREATE_FILE','FIX_USER','CREATE_DIR','DELETE','MOVE','FIX_DIR','FIX_FILE','CHMOD'),
 parameters longtext default NULL,
 creation timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
 begin timestamp,
 end timestamp,
 user varchar(255) default NULL,
 status int(8) signed default NULL,
 PRIMARY KEY ( `id` )
) ENGINE=InnoDB COMMENT = 'generic actions';

CREATE TABLE IF NOT EXISTS `alternc_status` (
  `name` varchar(48) NOT NULL DEFAULT '',
  `value` longtext NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT = 'stores current AlternC schema version number';

CREATE TABLE IF NOT EXISTS `csrf` (
  `cookie` char(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `token` char(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  `created` datetime NOT NULL,
  `used` tinyint(3) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`cookie`,`token`),
  KEY `created` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='csrf tokens for AlternC forms';

CREATE TABLE IF NOT EXISTS `certificates` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `uid` int(10) unsigned NOT NULL,
  `status` tinyint(3) unsigned NOT NULL,
  `fqdn` varchar(255) NOT NULL,
  `altnames` text NOT NULL,
  `validstart` datetime NOT NULL,
  `validend` datetime NOT NULL,
  `sslcsr` text NOT NULL,
  `sslkey` text NOT NULL,
  `sslcrt` text NOT NULL,
  `sslchain` text NOT NULL,
  `provider` VARCHAR(16) NOT NULL DEFAULT '',
  `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `sharedsecret` (
  `uid` int(10) unsigned NOT NULL,
  `secret` varchar(32) NOT NULL,
  `application` varchar(255) NOT NULL,
  PRIMARY KEY (`uid`,`secret`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='Shared secrets used by Alternc_Api_Auth_Sharedsecret';

CREATE TABLE IF NOT EXISTS `token` (
  `token` varchar(32) NOT NULL,
  `expire` datetime NOT NULL,
  `data` text NOT NULL,
  PRIMARY KEY (`token`),
  KEY `expire` (`expire`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='Tokens used by API callers';

CREATE TABLE IF NOT EXISTS `aws` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `uid` int(10) unsigned NOT NULL default '0',
  `hostname` varchar(255) NOT NULL default '',
  `public` INT(1) unsigned NOT NULL DEFAULT '1',
  `hostaliases` TEXT,
  PRIMARY KEY  (`id`)
);

CREATE TABLE IF NOT EXISTS `aws_users` (
  `uid` int(10) unsigned NOT NULL,
  `login` varchar(128) NOT NULL,
  `pass` varchar(38) NOT NULL,
  PRIMARY KEY (`login`),
  INDEX (`uid`)
);

CREATE TABLE IF NOT EXISTS `aws_access` (
`id` int(10) unsigned NOT NULL,
`uid` int(10) unsigned NOT NULL,
`login` varchar(128) NOT NULL,
INDEX (`id`)
);

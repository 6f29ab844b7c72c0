-- Ovidentia (CANTICO, Paris; French open-source intranet / collaborative portal), github.com/cantico-se/ovidentia,
-- commit 5b2923a35ed77784b0f237e52ed5e6cf66350ac2 (GPL-2.0-or-later). Source: install/babinstall.sql (the installer's
-- phpMyAdmin-style MySQL dump). The table definitions of the kept tables are copied verbatim in upstream's order;
-- the '#' comments, the INSERT seed rows and the other 190 tables are left out (see ovidentia.md).

CREATE TABLE bab_articles (
  id int(11) unsigned NOT NULL auto_increment,
  `uuid` char(36) NOT NULL default '',
  id_topic int(11) unsigned NOT NULL default '0',
  id_author int(11) unsigned NOT NULL default '0',
  `date` datetime default NULL,
  date_publication datetime NOT NULL default '0000-00-00 00:00:00',
  date_archiving datetime NOT NULL default '0000-00-00 00:00:00',
  date_modification datetime NOT NULL default '0000-00-00 00:00:00',
  title tinytext NOT NULL,
  head mediumtext NOT NULL,
  head_format varchar(32) NOT NULL default 'html',
  body longtext NOT NULL,
  body_format varchar(32) NOT NULL default 'html',
  archive enum('N','Y') NOT NULL default 'N',
  lang varchar(10) NOT NULL default '',
  restriction varchar(255) NOT NULL default '',
  ordering int(11) unsigned NOT NULL default '0',
  id_modifiedby int(11) unsigned NOT NULL default '0',
  index_status tinyint(3) unsigned NOT NULL default '0',
  `page_title` varchar(255) NOT NULL default '',
  `page_keywords` varchar(255) NOT NULL default '',
  `page_description` text NOT NULL,
  `rewritename` varchar(255) NOT NULL default '',
  PRIMARY KEY  (id),
  KEY id_topic (id_topic),
  KEY id_author (id_author),
  KEY date_publication (date_publication),
  KEY date_archiving (date_archiving),
  KEY index_status (index_status),
  KEY date (date),
  UNIQUE KEY uuid (uuid)
);

CREATE TABLE bab_comments (
   id int(11) unsigned NOT NULL auto_increment,
   id_parent mediumint(11) unsigned DEFAULT '0' NOT NULL,
   id_article int(11) unsigned DEFAULT '0' NOT NULL,
   id_topic int(11) unsigned DEFAULT '0' NOT NULL,
   id_author int(11) unsigned DEFAULT '0' NOT NULL,
   id_last_editor int(11) unsigned DEFAULT '0' NOT NULL,
   `date` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
   `last_update` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
   subject tinytext NOT NULL,
   message text NOT NULL,
   message_format varchar(32) NOT NULL default 'html',
   confirmed enum('Y','N') DEFAULT 'N' NOT NULL,
   name varchar(60) NOT NULL,
   email tinytext NOT NULL,
   idfai int(11) unsigned NOT NULL default '0',
   lang varchar(10) NOT NULL default '',
   article_rating tinyint(2) NOT NULL default 0,
   PRIMARY KEY (id),
   KEY id_article (id_article),
   KEY id_topic (id_topic),
   KEY idfai (idfai),
   KEY date (date)
);

CREATE TABLE bab_forums (
   id smallint(6) unsigned NOT NULL auto_increment,
   name varchar(30) NOT NULL,
   description text NOT NULL,
   moderation enum('N','Y') DEFAULT 'N' NOT NULL,
   notification enum('N','Y') DEFAULT 'N' NOT NULL,
   display int(11) unsigned DEFAULT '0' NOT NULL,
   active enum('Y','N') DEFAULT 'Y' NOT NULL,
   ordering smallint(6) unsigned NOT NULL default '0',
   id_dgowner int(11) unsigned NOT NULL default '0',
   bdisplayemailaddress enum('N','Y') DEFAULT 'N' NOT NULL,
   bdisplayauhtordetails enum('N','Y') DEFAULT 'N' NOT NULL,
   bflatview enum('Y','N') DEFAULT 'Y' NOT NULL,
   bupdatemoderator enum('Y','N') DEFAULT 'Y' NOT NULL,
   bupdateauthor enum('N','Y') DEFAULT 'N' NOT NULL,
   PRIMARY KEY  (id),
   KEY id_dgowner (id_dgowner)
);

CREATE TABLE `bab_groups` (
  `id` int(11) unsigned NOT NULL default '0',
  `name` varchar(255) NOT NULL default '',
  `description` varchar(255) NOT NULL default '',
  `manager` int(11) unsigned NOT NULL default '0',
  `ustorage` enum('N','Y') default NULL,
  `notes` enum('Y','N') default NULL,
  `contacts` enum('Y','N') default NULL,
  `directory` enum('N','Y') default NULL,
  `pcalendar` enum('Y','N') default NULL,
  `id_ocentity` int(11) unsigned default '0',
  `id_parent` int(10) unsigned default NULL,
  `lf` int(10) unsigned NOT NULL default '0',
  `lr` int(10) unsigned NOT NULL default '0',
  `nb_set` int(10) unsigned NOT NULL default '0',
  `nb_groups` int(10) unsigned default NULL,
  PRIMARY KEY  (`id`),
  KEY `manager` (`manager`),
  KEY `id_parent` (`id_parent`,`lf`,`lr`)
);

CREATE TABLE bab_notes (
   id int(11) unsigned NOT NULL auto_increment,
   id_user int(11) unsigned DEFAULT '0' NOT NULL,
   `date` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
   content text NOT NULL,
   content_format varchar(32) NOT NULL default 'html',
   PRIMARY KEY (id),
   KEY id_user (id_user)
);

CREATE TABLE bab_posts (
   id int(11) unsigned NOT NULL auto_increment,
   id_thread int(11) unsigned DEFAULT '0' NOT NULL,
   id_parent int(11) unsigned DEFAULT '0' NOT NULL,
   `date` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
   dateupdate datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
   date_confirm datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
   author text NOT NULL,
   id_author int(11) unsigned DEFAULT '0' NOT NULL,
   subject varchar(100) NOT NULL,
   message text NOT NULL,
   message_format varchar(32) NOT NULL default 'html',
   confirmed enum('N','Y') DEFAULT 'N' NOT NULL,
   PRIMARY KEY (id),
   KEY id_thread (id_thread),
   KEY id_parent (id_parent),
   KEY date (date)
);

CREATE TABLE bab_threads (
   id int(11) unsigned NOT NULL auto_increment,
   forum smallint(6) unsigned DEFAULT '0' NOT NULL,
   post int(11) unsigned DEFAULT '0' NOT NULL,
   lastpost int(11) unsigned DEFAULT '0' NOT NULL,
   views int(11) unsigned DEFAULT '0' NOT NULL,
   `date` datetime DEFAULT '0000-00-00 00:00:00' NOT NULL,
   active enum('N','Y') DEFAULT 'Y' NOT NULL,
   notify enum('N','Y') DEFAULT 'N' NOT NULL,
   starter int(11) unsigned DEFAULT '0' NOT NULL,
   PRIMARY KEY (id),
   KEY forum (forum),
   KEY date (date)
);

CREATE TABLE bab_topics (
  id int(11) unsigned NOT NULL auto_increment,
  `uuid` char(36) NOT NULL default '',
  category varchar(60) NOT NULL default '',
  description text NOT NULL,
  description_format varchar(32) NOT NULL default 'html',
  id_cat int(11) unsigned NOT NULL default '0',
  idsaart int(11) unsigned NOT NULL default '0',
  idsacom int(11) unsigned NOT NULL default '0',
  idsa_update int(11) unsigned NOT NULL default '0',
  notify enum('N','Y') NOT NULL default 'N',
  lang varchar(10) NOT NULL default '',
  article_tmpl varchar(255) default NULL,
  display_tmpl varchar(255) default NULL,
  restrict_access enum('N','Y') NOT NULL default 'N',
  allow_hpages enum('N','Y') NOT NULL default 'N',
  allow_pubdates enum('N','Y') NOT NULL default 'N',
  allow_attachments enum('N','Y') NOT NULL default 'N',
  allow_update enum('0','1','2') NOT NULL default '0',
  max_articles tinyint(3) unsigned NOT NULL default '0',
  allow_manupdate enum('0','1','2') NOT NULL default '0',
  auto_approbation enum('N','Y') NOT NULL default 'N',
  busetags enum('N','Y') NOT NULL default 'N',
  allow_addImg enum('N','Y') NOT NULL default 'N',
  allow_article_rating enum('N','Y') NOT NULL default 'N',
  allow_unsubscribe tinyint(1) unsigned NOT NULL default '0',
  `allow_meta` tinyint(1) unsigned NOT NULL default '0',
  `allow_empty_head` tinyint(1) unsigned NOT NULL default '0',
  date_modification datetime NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY  (id),
  KEY id_cat (id_cat),
  UNIQUE KEY uuid (uuid)
);

CREATE TABLE bab_topics_unsubscribe (
   id_topic int(11) unsigned NOT NULL,
   id_user int(11) unsigned NOT NULL,
   PRIMARY KEY (id_topic, id_user)
);

CREATE TABLE bab_users (
   id int(11) unsigned NOT NULL auto_increment,
   nickname varchar(255),
   firstname varchar(60),
   lastname varchar(30),
   hashname varchar(32),
   email text,
   `date` datetime DEFAULT '0000-00-00 00:00:00',
   password text,
   password_hash_function varchar(60) DEFAULT 'md5' NOT NULL,
   changepwd tinyint(1) DEFAULT '0' NOT NULL,
   remote_addr text,
   confirm_hash text,
   is_confirmed tinyint(1) unsigned DEFAULT '0' NOT NULL,
   disabled tinyint(1) unsigned DEFAULT '0' NOT NULL,
   validity_start date DEFAULT '0000-00-00' NOT NULL,
   validity_end date DEFAULT '0000-00-00' NOT NULL,
   lang varchar(10) NOT NULL,
   skin text,
   style text,
   lastlog datetime DEFAULT '0000-00-00 00:00:00',
   datelog datetime DEFAULT '0000-00-00 00:00:00',
   langfilter INTEGER DEFAULT 0,
   date_longformat varchar(255) NOT NULL default '',
   date_shortformat varchar(255) NOT NULL default '',
   time_format varchar(255) NOT NULL default '',
   db_authentification enum('N','Y') DEFAULT 'N' NOT NULL,
   cookie_validity datetime DEFAULT '0000-00-00 00:00:00',
   cookie_id varchar(255),
   id_sitemap_profile int(11) unsigned DEFAULT '0' NOT NULL,
   force_pwd_change tinyint(1) unsigned NOT NULL default '0',
   pwd_change_date DATE NOT NULL DEFAULT '0000-00-00',
   PRIMARY KEY (id),
   KEY nickname (nickname),
   KEY firstname (firstname),
   KEY lastname (lastname),
   KEY hashname (hashname)
);

CREATE TABLE bab_users_groups (
   id int(11) unsigned NOT NULL auto_increment,
   id_object int(11) unsigned DEFAULT '0' NOT NULL,
   id_group int(11) unsigned DEFAULT '0' NOT NULL,
   isprimary enum('N','Y') DEFAULT 'N' NOT NULL,
   PRIMARY KEY (id),
   KEY id_object (id_object),
   KEY id_group (id_group)
);

CREATE TABLE `bab_users_log` (
  `id` int(11) unsigned NOT NULL auto_increment,
  `id_user` int(11) unsigned NOT NULL default '0',
  `dateact` timestamp NOT NULL default '0000-00-00 00:00:00',
  `sessid` CHAR(32) NOT NULL,
  `remote_addr` varchar(255) NOT NULL default '',
  `forwarded_for` varchar(255) NOT NULL default '',
  `id_dg` int(11) unsigned NOT NULL default '0',
  `grp_change` tinyint(1) unsigned default NULL,
  `schi_change` tinyint(1) unsigned default NULL,
  `cnx_try` int(2) unsigned NOT NULL default '0',
  `cpw` varchar(255) NOT NULL default '',
  `tg` varchar(255) NOT NULL default '',
  PRIMARY KEY  (`id`),
  KEY `id_user` (`id_user`),
  KEY `sessid` (`sessid`)
);

CREATE TABLE bab_cal_events (
  id int(11) unsigned NOT NULL auto_increment,
  title varchar(255) NOT NULL default '',
  description text NOT NULL,
  description_format varchar(32) NOT NULL default 'html',
  location varchar(255) NOT NULL default '',
  start_date datetime NOT NULL default '0000-00-00 00:00:00',
  end_date datetime NOT NULL default '0000-00-00 00:00:00',
  fullday tinyint(1) unsigned NOT NULL default '0',
  id_cat int(11) unsigned NOT NULL default '0',
  id_creator int(11) unsigned NOT NULL default '0',
  hash varchar(34) NOT NULL default '',
  color varchar(8) NOT NULL default '',
  bprivate enum('Y','N') NOT NULL default 'N',
  block enum('Y','N') NOT NULL default 'N',
  bfree enum('Y','N') NOT NULL default 'N',
  created datetime NOT NULL default '0000-00-00 00:00:00',
  date_modification datetime NOT NULL default '0000-00-00 00:00:00',
  id_modifiedby int(11) unsigned NOT NULL default '0',
  uuid varchar(255) NOT NULL,
  parent_calendar VARCHAR (255) not null default '',
  status varchar(255) NOT NULL default '',
  PRIMARY KEY  (id),
  KEY start_date (start_date),
  KEY end_date (end_date),
  KEY uuid (uuid)
);

CREATE TABLE bab_cal_events_owners (
  id_event int(10) unsigned NOT NULL default '0',
  calendar_backend VARCHAR (100) not null default '',
  caltype VARCHAR (100) not null default '',
  id_cal int(10) unsigned NOT NULL default '0',
  status tinyint(3) unsigned NOT NULL default '0',
  idfai int(11) unsigned NOT NULL default '0',
  KEY id_event (id_event,id_cal,status)
);

CREATE TABLE bab_calendar (
    id int(11) unsigned NOT NULL auto_increment,
    owner int(11) unsigned DEFAULT '0' NOT NULL,
    actif enum('Y','N') DEFAULT 'Y' NOT NULL,
    type TINYINT (2) not null,
    PRIMARY KEY (id),
    KEY owner (owner),
    KEY type (type)
);

CREATE TABLE bab_contacts (
   id int(11) unsigned NOT NULL auto_increment,
   category int(11) unsigned DEFAULT '0' NOT NULL,
   owner int(11) unsigned DEFAULT '0' NOT NULL,
   firstname char(60) NOT NULL,
   lastname char(60) NOT NULL,
   hashname char(32) NOT NULL,
   email text NOT NULL,
   compagny char(255) NOT NULL,
   hometel char(255) NOT NULL,
   mobiletel char(255) NOT NULL,
   businesstel char(255) NOT NULL,
   businessfax char(255) NOT NULL,
   jobtitle char(255) NOT NULL,
   businessaddress text NOT NULL,
   homeaddress text NOT NULL,
   PRIMARY KEY (id),
   KEY hashname (hashname),
   KEY owner (owner),
   KEY firstname (firstname),
   KEY lastname (lastname)
);

CREATE TABLE `bab_sites` (
  `id` int(11) unsigned NOT NULL auto_increment,
  `name` varchar(255) NOT NULL default '',
  `description` varchar(255) NOT NULL default '',
  `lang` varchar(10) NOT NULL default '',
  `adminemail` varchar(255) NOT NULL default '',
  `adminname` varchar(255) NOT NULL default '',
  `skin` varchar(255) NOT NULL default '',
  `style` varchar(255) NOT NULL default '',
  `registration` enum('Y','N') NOT NULL default 'Y',
  `display_disclaimer` enum('N','Y') NOT NULL default 'N',
  `email_confirm` tinyint(4) NOT NULL default '0',
  `mailfunc` varchar(20) NOT NULL default 'mail',
  `smtpserver` varchar(255) NOT NULL default '',
  `smtpport` varchar(20) NOT NULL default '25',
  `smtpsecurity` VARCHAR(10) NOT NULL default '',
  `smtpnovalidation` tinyint(1) unsigned NOT NULL default '0',
  `imgsize` int(11) unsigned NOT NULL default '0',
  `idgroup` int(11) unsigned NOT NULL default '0',
  `smtpuser` varchar(255) NOT NULL default '',
  `smtppassword` tinyblob NOT NULL,
  `langfilter` int(11) default '0',
  `total_diskspace` int(11) unsigned NOT NULL default '0',
  `user_diskspace` int(11) unsigned NOT NULL default '0',
  `folder_diskspace` int(11) unsigned NOT NULL default '0',
  `maxfilesize` int(11) unsigned NOT NULL default '0',
  `maxzipsize` int(11) unsigned NOT NULL default '0',
  `uploadpath` varchar(255) NOT NULL default '',
  `babslogan` varchar(255) NOT NULL default '',
  `remember_login` enum('Y','N','L') NOT NULL default 'N',
  `change_password` enum('Y','N') NOT NULL default 'Y',
  `change_nickname` enum('Y','N') NOT NULL default 'Y',
  `change_lang` enum('Y','N') NOT NULL default 'Y',
  `change_skin` enum('Y','N') NOT NULL default 'Y',
  `change_date` enum('Y','N') NOT NULL default 'Y',
  `change_unavailability` enum('Y','N') NOT NULL default 'Y',
  `name_order` enum('F L','L F') NOT NULL default 'F L',
  `email_password` enum('Y','N') NOT NULL default 'Y',
  `browse_users` enum('N','Y') NOT NULL default 'Y',
  `authentification` varchar(255) NOT NULL default 'PortalAuthentication/AuthOvidentia',
  `ldap_host` tinytext NOT NULL,
  `ldap_domainname` varchar(255) NOT NULL default '',
  `ldap_userdn` text NOT NULL,
  `ldap_admindn` text NOT NULL,
  `ldap_adminpassword` tinyblob NOT NULL,
  `ldap_searchdn` text NOT NULL,
  `ldap_attribute` text NOT NULL,
  `ldap_filter` text NOT NULL,
  `ldap_allowadmincnx` enum('Y','N') NOT NULL default 'Y',
  `ldap_encryptiontype` varchar(255) NOT NULL default '',
  `ldap_decoding_type` tinyint(1) unsigned NOT NULL default '0',
  `ldap_notifyadministrators` enum('N','Y') NOT NULL default 'N',
  `ldap_groups` varchar(255) NOT NULL default '',
  `ldap_groups_create` tinyint(1) unsigned NOT NULL default '0',
  `ldap_groups_remove` tinyint(1) unsigned NOT NULL default '0',
  `ldap_usercreate_test` tinyint(1) unsigned NOT NULL default '1',
  `date_longformat` varchar(255) NOT NULL default '',
  `date_shortformat` varchar(255) NOT NULL default '',
  `time_format` varchar(255) NOT NULL default '',
  `stat_update_time` datetime NOT NULL default '0000-00-00 00:00:00',
  `dispdays` varchar(20) NOT NULL default '',
  `startday` tinyint(4) NOT NULL default '1',
  `user_workdays` enum('Y','N') NOT NULL default 'Y',
  `elapstime` tinyint(2) unsigned NOT NULL default '30',
  `defaultview` tinyint(3) NOT NULL default '0',
  `start_time` time NOT NULL default '08:00:00',
  `end_time` time NOT NULL default '18:00:00',
  `allday` enum('Y','N') NOT NULL default 'Y',
  `usebgcolor` enum('Y','N') NOT NULL default 'Y',
  `stat_log` enum('Y','N') NOT NULL default 'N',
  `stat_keep_history` tinyint(3) NOT NULL default '0' COMMENT 'Number of days of detailled history in stats',
  `show_update_info` enum('Y','N') NOT NULL default 'Y',
  `show_onlydays_of_month` enum('N','Y') NOT NULL default 'N',
  `id_calendar_cat` int(11) unsigned NOT NULL default '0',
  `iDefaultCalendarAccess` SMALLINT( 2 ) NOT NULL DEFAULT '-1',
  `iPersonalCalendarAccess` enum('N','Y') NOT NULL default 'N',
  `mail_fieldaddress` char(3) NOT NULL default 'Bcc',
  `mail_maxperpacket` smallint(2) unsigned NOT NULL default '25',
  `mass_mailing` enum('Y','N') NOT NULL default 'N',
  `sitemap` varchar(255) NOT NULL default 'core',
  `auth_multi_session` tinyint(1) unsigned NOT NULL default '0',
  `auth_fullscreen` tinyint(1) unsigned NOT NULL default '0',
  `quota_total` int(11) unsigned NOT NULL default '0',
  `quota_folder` int(11) unsigned NOT NULL default '0',
  `staticurl` varchar(255) NOT NULL default '',
  `ask_nickname` tinyint(1) unsigned NOT NULL default '1' COMMENT 'ask for nickname is the email password functionality',
  `calendar_notif_author` ENUM('N','Y') DEFAULT 'N' NOT NULL,
  `auth_https` tinyint(1) unsigned NOT NULL default '0',
  `usecatcolor` enum('Y','N') NOT NULL default 'Y',
  PRIMARY KEY  (`id`),
  KEY `name` (`name`)
);

CREATE TABLE bab_files (
  id int(11) unsigned NOT NULL auto_increment,
  name varchar(255) NOT NULL default '',
  description tinytext NOT NULL,
  path text NOT NULL,
  id_owner int(11) unsigned NOT NULL default '0',
  bgroup enum('N','Y') NOT NULL default 'N',
  link int(11) unsigned NOT NULL default '0',
  readonly enum('N','Y') NOT NULL default 'N',
  state char(1) NOT NULL default '',
  created datetime default NULL,
  author int(11) unsigned NOT NULL default '0',
  modified datetime default NULL,
  modifiedby int(11) unsigned NOT NULL default '0',
  confirmed enum('N','Y') NOT NULL default 'N',
  hits int(11) unsigned NOT NULL default '0',
  size int(11) NOT NULL DEFAULT '-1',
  max_downloads int(11) unsigned NOT NULL default '0',
  downloads int(11) unsigned NOT NULL default '0',
  idfai int(11) unsigned NOT NULL default '0',
  edit int(11) unsigned NOT NULL default '0',
  ver_major smallint(5) unsigned NOT NULL default '1',
  ver_minor smallint(5) unsigned NOT NULL default '0',
  ver_comment tinytext NOT NULL,
  index_status tinyint(1) unsigned NOT NULL default '0',
  iIdDgOwner int(11) unsigned NOT NULL,
  `display_position` INT( 11 ) NULL DEFAULT NULL,
  PRIMARY KEY  (id),
  KEY id_owner (id_owner),
  KEY index_status (index_status),
  KEY name (name)
);

CREATE TABLE bab_mime_types (
    ext VARCHAR(10) NOT NULL,
    mimetype TINYTEXT NOT NULL,
    PRIMARY KEY (ext)
);

CREATE TABLE bab_flow_approvers (
  id int(11) unsigned NOT NULL auto_increment,
  name varchar(255) NOT NULL default '',
  description tinytext NOT NULL,
  formula tinytext NOT NULL,
  forder enum('N','Y') NOT NULL default 'N',
  refcount int(11) unsigned NOT NULL default '0',
  id_dgowner int(11) unsigned NOT NULL default '0',
  satype tinyint(3) unsigned NOT NULL default '0',
  id_oc int(11) unsigned NOT NULL default '0',
  PRIMARY KEY  (id),
  KEY id_dgowner (id_dgowner),
  KEY satype (satype)
);

CREATE TABLE bab_fa_instances (
  id int(11) unsigned NOT NULL auto_increment,
  idsch int(11) unsigned NOT NULL default '0',
  extra tinytext NOT NULL,
  iduser int(11) unsigned NOT NULL default '0',
  PRIMARY KEY  (id),
  KEY idsch (idsch)
);

CREATE TABLE bab_far_instances (
  id int(11) unsigned NOT NULL auto_increment,
  idschi int(11) unsigned NOT NULL default '0',
  iduser int(11) NOT NULL default '0',
  result char(1) NOT NULL default '',
  notified enum('N','Y') NOT NULL default 'N',
  far_order int(11) unsigned NOT NULL default '0',
  PRIMARY KEY  (id)
);

CREATE TABLE bab_db_directories (
  id int(11) unsigned NOT NULL auto_increment,
  name varchar(255) NOT NULL default '',
  description text,
  id_group int(11) unsigned NOT NULL default '0',
  id_dgowner int(11) unsigned NOT NULL default '0',
  user_update enum('N','Y') NOT NULL default 'N',
  show_update_info enum('N','Y') NOT NULL default 'N',
  ovml_list tinytext NOT NULL,
  ovml_detail tinytext NOT NULL,
  disable_email enum('N','Y') NOT NULL default 'N',
  PRIMARY KEY  (id),
  KEY id_dgowner (id_dgowner)
);

CREATE TABLE bab_dbdir_entries (
  id int(11) unsigned NOT NULL auto_increment,
  cn varchar(255) NOT NULL default '',
  sn varchar(255) NOT NULL default '',
  mn varchar(255) NOT NULL default '',
  givenname varchar(255) NOT NULL default '',
  jpegphoto varchar(255) NOT NULL default '',
  email text,
  btel varchar(255) NOT NULL default '',
  mobile varchar(255) NOT NULL default '',
  htel varchar(255) NOT NULL default '',
  bfax varchar(255) NOT NULL default '',
  title varchar(255) NOT NULL default '',
  departmentnumber varchar(255) NOT NULL default '',
  organisationname varchar(255) NOT NULL default '',
  bstreetaddress text,
  bcity varchar(255) NOT NULL default '',
  bpostalcode varchar(10) NOT NULL default '',
  bstate varchar(255) NOT NULL default '',
  bcountry varchar(255) NOT NULL default '',
  hstreetaddress text,
  hcity varchar(255) NOT NULL default '',
  hpostalcode varchar(10) NOT NULL default '',
  hstate varchar(255) NOT NULL default '',
  hcountry varchar(255) NOT NULL default '',
  user1 text,
  user2 text,
  user3 text,
  photo_data longblob,
  photo_type varchar(20) NOT NULL default '',
  id_directory int(11) unsigned NOT NULL default '0',
  id_user int(11) unsigned NOT NULL default '0',
  date_modification datetime NOT NULL default '0000-00-00 00:00:00',
  id_modifiedby int(11) unsigned NOT NULL default '0',
  PRIMARY KEY  (id),
  KEY sn (sn),
  KEY mn (mn),
  KEY givenname (givenname),
  KEY id_directory (id_directory)
);

CREATE TABLE bab_dbdir_fields (
  id int(11) unsigned NOT NULL auto_increment,
  name varchar(255) NOT NULL default '',
  x_name varchar(255) NOT NULL default '',
  description tinytext NOT NULL,
  PRIMARY KEY  (id),
  KEY name (name)
);

CREATE TABLE bab_dbdir_fieldsextra (
  id int(11) unsigned NOT NULL auto_increment,
  id_directory int(11) unsigned NOT NULL default '0',
  id_field int(11) unsigned NOT NULL default '0',
  default_value int(11) unsigned NOT NULL default '0',
  modifiable enum('N','Y') NOT NULL default 'N',
  usermodifiable enum('N','Y') NOT NULL default 'N',
  required enum('N','Y') NOT NULL default 'N',
  multilignes enum('N','Y') NOT NULL default 'N',
  disabled enum('N','Y') NOT NULL default 'N',
  multi_values enum('N','Y') NOT NULL default 'N',
  ordering int(11) unsigned NOT NULL default '0',
  sortfield int(11) NOT NULL default '0',
  list_ordering int(11) unsigned NOT NULL default '0',
  PRIMARY KEY  (id),
  KEY id_directory (id_directory)
);

CREATE TABLE bab_ldap_directories (
  id int(11) unsigned NOT NULL auto_increment,
  name varchar(255) NOT NULL default '',
  description varchar(255) NOT NULL default '',
  server_type tinyint(1) unsigned NOT NULL default '0',
  decoding_type tinyint(1) unsigned NOT NULL default '0',
  host tinytext NOT NULL,
  basedn text NOT NULL,
  userdn text NOT NULL,
  password tinyblob NOT NULL,
  id_dgowner int(11) unsigned NOT NULL default '0',
  PRIMARY KEY  (id),
  KEY id_dgowner (id_dgowner)
);

CREATE TABLE bab_fm_fileslog (
  id int(11) unsigned NOT NULL auto_increment,
  id_file int(11) unsigned NOT NULL default '0',
  `date` datetime NOT NULL default '0000-00-00 00:00:00',
  author int(11) unsigned NOT NULL default '0',
  action smallint(5) unsigned NOT NULL default '0',
  comment tinytext NOT NULL,
  version varchar(10) NOT NULL default '',
  PRIMARY KEY  (id),
  KEY id_file (id_file)
);

CREATE TABLE `bab_dg_groups` (
  `id` int(11) unsigned NOT NULL auto_increment,
  `name` char(255) NOT NULL default '',
  `description` char(255) NOT NULL default '',
  `color` varchar(8) NOT NULL default '',
  `battach` enum('N','Y') NOT NULL default 'N',
  `users` enum('N','Y') NOT NULL default 'N',
  `groups` enum('N','Y') NOT NULL default 'N',
  `sections` enum('N','Y') NOT NULL default 'N',
  `articles` enum('N','Y') NOT NULL default 'N',
  `faqs` enum('N','Y') NOT NULL default 'N',
  `forums` enum('N','Y') NOT NULL default 'N',
  `calendars` enum('N','Y') NOT NULL default 'N',
  `directories` enum('N','Y') NOT NULL default 'N',
  `approbations` enum('N','Y') NOT NULL default 'N',
  `filemanager` enum('N','Y') NOT NULL default 'N',
  `orgchart` enum('N','Y') NOT NULL default 'N',
  `taskmanager` enum('N','Y') NOT NULL default 'N',
  `id_group` int(10) unsigned default NULL,
  `iIdCategory` tinyint(2) unsigned not null default '0',
  PRIMARY KEY  (`id`),
  KEY `id_group` (`id_group`)
);

CREATE TABLE `bab_dg_admin` (
  `id_user` int(10) unsigned NOT NULL default '0',
  `id_dg` int(10) unsigned NOT NULL default '0',
  KEY `id_user` (`id_user`)
);

CREATE TABLE bab_org_charts (
  id int(11) unsigned NOT NULL auto_increment,
  name varchar(255) NOT NULL default '',
  description varchar(255) NOT NULL default '',
  isprimary enum('N','Y') NOT NULL default 'N',
  edit enum('N','Y') NOT NULL default 'N',
  edit_author int(11) unsigned NOT NULL default '0',
  edit_date datetime NOT NULL default '0000-00-00 00:00:00',
  id_dgowner int(11) unsigned NOT NULL default '0',
  id_directory int(11) unsigned NOT NULL default '0',
  type smallint(5) unsigned NOT NULL default '0',
  id_first_node int(11) unsigned NOT NULL default '0',
  id_closed_nodes text NOT NULL,
  ovml_detail tinytext NOT NULL,
  ovml_embedded tinytext NOT NULL,
  display_mode BOOLEAN NOT NULL,
  PRIMARY KEY (id),
  KEY id_dgowner (id_dgowner),
  KEY id_directory (id_directory)
);

CREATE TABLE bab_oc_entities (
  id int(11) unsigned NOT NULL auto_increment,
  name varchar(255) NOT NULL default '',
  description varchar(255) NOT NULL default '',
  id_oc int(11) unsigned NOT NULL default '0',
  id_node int(11) unsigned NOT NULL default '0',
  e_note text NOT NULL,
  id_group int(11) unsigned NOT NULL default '0',
  PRIMARY KEY  (id),
  KEY id_oc (id_oc),
  KEY id_node (id_node),
  KEY id_group (id_group)
);

CREATE TABLE bab_oc_entity_types (
  id int(11) unsigned NOT NULL auto_increment,
  name varchar(255) NOT NULL default '',
  description varchar(255) NOT NULL default '',
  id_oc int(11) unsigned NOT NULL default '0',
  PRIMARY KEY  (id),
  KEY id_oc (id_oc)
);

CREATE TABLE bab_oc_roles (
  id int(11) unsigned NOT NULL auto_increment,
  name varchar(225) NOT NULL default '',
  description tinytext NOT NULL,
  id_oc int(11) unsigned NOT NULL default '0',
  id_entity int(11) NOT NULL default '0',
  type tinyint(3) unsigned NOT NULL default '0',
  cardinality enum('N','Y') NOT NULL default 'N',
  ordering int(11) unsigned NOT NULL default '0',
  PRIMARY KEY  (id),
  KEY id_oc (id_oc),
  KEY type (type),
  KEY id_entity (id_entity)
);

CREATE TABLE bab_oc_roles_users (
  id int(11) unsigned NOT NULL auto_increment,
  id_role int(11) unsigned NOT NULL default '0',
  id_user int(11) unsigned NOT NULL default '0',
  isprimary enum('N','Y') NOT NULL default 'N',
  PRIMARY KEY  (id),
  KEY id_role (id_role),
  KEY id_user (id_user),
  KEY isprimary (isprimary)
);

CREATE TABLE bab_oc_trees (
  id int(11) unsigned NOT NULL auto_increment,
  lf int(11) unsigned NOT NULL default '0',
  lr int(11) unsigned NOT NULL default '0',
  id_parent int(11) unsigned NOT NULL default '0',
  id_user int(11) unsigned NOT NULL default '0',
  info_user varchar(255) NOT NULL default '',
  PRIMARY KEY  (id),
  KEY lf (lf),
  KEY lr (lr),
  KEY id_parent (id_parent),
  KEY id_user (id_user),
  KEY info_user (info_user)
);

CREATE TABLE bab_art_drafts (
  id int(11) unsigned NOT NULL auto_increment,
  id_author int(11) unsigned NOT NULL default '0',
  date_creation datetime NOT NULL default '0000-00-00 00:00:00',
  date_modification datetime NOT NULL default '0000-00-00 00:00:00',
  date_submission datetime NOT NULL default '0000-00-00 00:00:00',
  date_publication datetime NOT NULL default '0000-00-00 00:00:00',
  date_archiving datetime NOT NULL default '0000-00-00 00:00:00',
  title tinytext NOT NULL,
  head mediumtext NOT NULL,
  head_format varchar(32) NOT NULL default 'html',
  body longtext NOT NULL,
  body_format varchar(32) NOT NULL default 'html',
  lang varchar(10) NOT NULL default '',
  trash enum('N','Y') NOT NULL default 'N',
  id_topic int(11) unsigned NOT NULL default '0',
  restriction varchar(255) NOT NULL default '',
  hpage_private enum('N','Y') NOT NULL default 'N',
  hpage_public enum('N','Y') NOT NULL default 'N',
  notify_members enum('Y','N') NOT NULL default 'N',
  idfai int(11) unsigned NOT NULL default '0',
  result smallint(5) unsigned NOT NULL default '0',
  id_article int(11) unsigned NOT NULL default '0',
  id_anonymous int(11) unsigned NOT NULL default '0',
  approbation enum('0','1','2') NOT NULL default '0',
  update_datemodif enum('Y','N') NOT NULL default 'Y',
  modification_comment text,
  `page_title` varchar(255) NOT NULL default '',
  `page_keywords` varchar(255) NOT NULL default '',
  `page_description` text NOT NULL,
  `rewritename` varchar(255) NOT NULL default '',
  PRIMARY KEY  (id),
  KEY id_topic (id_topic),
  KEY id_author (id_author),
  KEY trash (trash),
  KEY result (result)
);

CREATE TABLE bab_art_log (
  id int(11) unsigned NOT NULL auto_increment,
  id_article int(11) unsigned NOT NULL default '0',
  id_author int(11) unsigned NOT NULL default '0',
  date_log datetime NOT NULL default '0000-00-00 00:00:00',
  action_log enum('lock','unlock','commit','refused','accepted') NOT NULL default 'lock',
  art_log text,
  ordering int(11) unsigned NOT NULL default '0',
  PRIMARY KEY  (id),
  KEY id_article (id_article),
  KEY id_author (id_author)
);

CREATE TABLE bab_sites_fields_registration (
  id int(11) unsigned NOT NULL auto_increment,
  id_site tinyint(2) unsigned NOT NULL default '0',
  id_field int(11) unsigned NOT NULL default '0',
  registration enum('N','Y') NOT NULL default 'N',
  required enum('N','Y') NOT NULL default 'N',
  multilignes enum('N','Y') NOT NULL default 'N',
  PRIMARY KEY  (id),
  KEY id_site (id_site)
);

CREATE TABLE bab_sites_disclaimers (
    id INT( 11 ) UNSIGNED NOT NULL AUTO_INCREMENT ,
    id_site TINYINT( 2 ) UNSIGNED NOT NULL ,
    disclaimer_text LONGTEXT NOT NULL ,
    PRIMARY KEY ( id ) ,
    KEY id_site (id_site)
);

CREATE TABLE bab_profiles (
  id int(11) unsigned NOT NULL auto_increment,
  name varchar(255) NOT NULL default '',
  description varchar(255) NOT NULL default '',
  multiplicity enum('Y','N') NOT NULL default 'Y',
  inscription enum('N','Y') NOT NULL default 'N',
  required enum('N','Y') NOT NULL default 'N',
  id_dgowner int(11) unsigned NOT NULL default '0',
  PRIMARY KEY  (id),
  KEY id_dgowner (id_dgowner)
);

CREATE TABLE bab_dbdir_fieldsvalues (
  id int(11) unsigned NOT NULL auto_increment,
  id_fieldextra int(11) unsigned NOT NULL default '0',
  field_value varchar(255) NOT NULL default '',
  PRIMARY KEY  (id),
  KEY id_fieldextra (id_fieldextra)
);

CREATE TABLE bab_dbdir_entries_extra (
  id int(11) unsigned NOT NULL auto_increment,
  id_fieldx int(11) unsigned NOT NULL default '0',
  id_entry int(11) unsigned NOT NULL default '0',
  field_value varchar(255) NOT NULL default '',
  PRIMARY KEY  (id),
  KEY id_fieldx (id_fieldx),
  KEY id_entry (id_entry)
);

CREATE TABLE bab_cal_user_options (
  id int(11) unsigned NOT NULL auto_increment,
  id_user int(11) unsigned NOT NULL default '0',
  startday tinyint(4) NOT NULL default '0',
  allday enum('Y','N') NOT NULL default 'Y',
  week_numbers enum('N','Y') NOT NULL default 'N',
  usebgcolor enum('Y','N') NOT NULL default 'Y',
  elapstime tinyint(2) unsigned NOT NULL default '30',
  defaultview tinyint(3) NOT NULL default '0',
  dispdays varchar(20) NOT NULL default '',
  start_time time default NULL,
  end_time time default NULL,
  user_calendarids varchar(255) NOT NULL default '',
  show_update_info enum('N','Y') NOT NULL default 'N',
  show_onlydays_of_month enum('N','Y') NOT NULL default 'N',
  iDefaultCalendarAccess SMALLINT( 2 ) DEFAULT NULL,
  calendar_backend varchar(100) NOT NULL default '',
  usecatcolor enum('Y','N','D') NOT NULL default 'D',
  PRIMARY KEY  (id),
  KEY id_user (id_user)
);

CREATE TABLE bab_stats_search (
  st_date date NOT NULL default '0000-00-00',
  st_hour tinyint(3) unsigned NOT NULL default '0',
  st_word char(255) NOT NULL default '',
  st_hits int(11) unsigned NOT NULL default '0',
  KEY st_word (st_word),
  KEY st_date (st_date),
  KEY st_hour (st_hour)
);

CREATE TABLE `bab_sites_nonworking_days` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `id_site` int(10) unsigned NOT NULL,
  `nw_day` date NOT NULL default '0000-00-00',
  `nw_type` varchar(64) NOT NULL,
  PRIMARY KEY  (`id`),
  KEY `id_site` (`id_site`),
  KEY `nw_day` (`nw_day`)
);

CREATE TABLE bab_users_unavailability (
  id_user int(11) unsigned NOT NULL default '0',
  start_date date NOT NULL default '0000-00-00',
  end_date date NOT NULL default '0000-00-00',
  id_substitute int(11) NOT NULL default '0',
  KEY id_user (id_user,id_substitute)
);

CREATE TABLE bab_cal_events_reminders (
  id_event int(11) unsigned NOT NULL default '0',
  id_user int(11) unsigned NOT NULL default '0',
  day smallint(3) NOT NULL default '0',
  hour smallint(2) NOT NULL default '0',
  minute smallint(2) NOT NULL default '0',
  bemail enum('N','Y') NOT NULL default 'N',
  processed enum('N','Y') NOT NULL default 'N',
  KEY id_event (id_event,id_user)
);

CREATE TABLE `bab_week_days` (
  `id` int(10) unsigned NOT NULL auto_increment,
  `weekDay` tinyint(3) unsigned NOT NULL default '0',
  `position` tinyint(3) unsigned NOT NULL default '0',
  PRIMARY KEY  (`id`),
  KEY `weekDay` (`weekDay`),
  KEY `position` (`position`)
) ;

CREATE TABLE bab_working_hours (
  id int(10) unsigned NOT NULL auto_increment,
  weekDay int(10) unsigned NOT NULL default '0',
  idUser int(10) unsigned NOT NULL default '0',
  startHour time NOT NULL default '00:00:00',
  endHour time NOT NULL default '00:00:00',
  PRIMARY KEY  (id),
  KEY startHour (startHour),
  KEY endHour (endHour)
) ;

CREATE TABLE bab_stats_connections (
  id_user INT(11) UNSIGNED NOT NULL,
  id_session VARCHAR(32) NOT NULL,
  login_time DATETIME NOT NULL,
  last_action_time DATETIME NOT NULL,
  KEY id_user (id_user),
  KEY id_session (id_session),
  KEY login_time (login_time)
);

CREATE TABLE bab_tags (
    id int(11) unsigned NOT NULL auto_increment,
    tag_name VARCHAR (255) not null,
    PRIMARY KEY (id),
    KEY tag_name (tag_name)
);

CREATE TABLE bab_forumsnotify_users (
    `id` int(11) unsigned NOT NULL auto_increment,
    `id_forum` int(11) unsigned NOT NULL,
    `id_user` int(11) unsigned NOT NULL,
    `forum_notification` tinyint(2) unsigned default NULL,
    PRIMARY KEY  (id),
    KEY id_forum (id_forum),
    KEY id_user (id_user)
);

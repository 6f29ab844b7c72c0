-- Mahara 23.04dev (github.com/MaharaProject/mahara, commit 0881d0f9c2fec773b2a7ac3f223499e42c00d805): tables of htdocs/lib/db/install.xml, htdocs/auth/plugintables.xml and the install.xml of artefact/internal, artefact/resume, artefact/comment, interaction/forum, notification/internal and module/multirecipientnotification, XMLDB rendered as MySQL DDL by the rules of Mahara's XMLDB MySQL generator (empty table prefix); foreign keys only between kept tables, upstream COMMENTs kept

CREATE TABLE `institution` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `name` VARCHAR(255) NOT NULL,
  `displayname` VARCHAR(255) NOT NULL,
  `registerallowed` TINYINT(1) NOT NULL DEFAULT 0,
  `theme` VARCHAR(255),
  `defaultmembershipperiod` BIGINT(10),
  `maxuseraccounts` BIGINT(10),
  `expiry` DATETIME,
  `expirymailsent` TINYINT(1) NOT NULL DEFAULT 0,
  `suspended` TINYINT(1) NOT NULL DEFAULT 0,
  `priority` BIGINT(10) NOT NULL DEFAULT 1,
  `defaultquota` BIGINT(10),
  `showonlineusers` BIGINT(10) NOT NULL DEFAULT 2,
  `allowinstitutionpublicviews` TINYINT(1) NOT NULL DEFAULT 0,
  `registerconfirm` TINYINT(1) NOT NULL DEFAULT 1,
  `logo` BIGINT(10),
  `logoxs` BIGINT(10),
  `style` BIGINT(10),
  `licensemandatory` TINYINT(1) NOT NULL DEFAULT 0,
  `licensedefault` VARCHAR(255),
  `dropdownmenu` TINYINT(1) NOT NULL DEFAULT 0,
  `skins` TINYINT(1) NOT NULL DEFAULT 1,
  `tags` TINYINT(1) NOT NULL DEFAULT 0,
  `progresscompletion` TINYINT(1) NOT NULL DEFAULT 0,
  `outcomeportfolio` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`name`),
  UNIQUE KEY `inst_id_uk` (`id`),
  KEY `stylefk` (`style`)
) ENGINE=innodb;

CREATE TABLE `auth_instance` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `instancename` VARCHAR(255) NOT NULL,
  `priority` TINYINT(2) NOT NULL DEFAULT 0,
  `institution` VARCHAR(255) NOT NULL,
  `authname` VARCHAR(255) NOT NULL,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `authnamefk` (`authname`),
  FOREIGN KEY (`institution`) REFERENCES `institution` (`name`)
) ENGINE=innodb;

CREATE TABLE `usr` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `username` VARCHAR(255) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `salt` VARCHAR(8),
  `passwordchange` TINYINT(1) NOT NULL DEFAULT 0,
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `expiry` DATETIME,
  `expirymailsent` TINYINT(1) NOT NULL DEFAULT 0,
  `lastlogin` DATETIME,
  `lastlastlogin` DATETIME,
  `lastaccess` DATETIME,
  `inactivemailsent` TINYINT(1) NOT NULL DEFAULT 0,
  `staff` TINYINT(1) NOT NULL DEFAULT 0,
  `admin` TINYINT(1) NOT NULL DEFAULT 0,
  `firstname` TEXT,
  `lastname` TEXT,
  `studentid` TEXT,
  `preferredname` TEXT,
  `email` VARCHAR(255),
  `profileicon` BIGINT(10),
  `suspendedctime` DATETIME,
  `suspendedreason` TEXT,
  `suspendedcusr` BIGINT(10),
  `quota` BIGINT(10),
  `quotaused` BIGINT(10) NOT NULL DEFAULT 0,
  `authinstance` BIGINT(10) NOT NULL DEFAULT 1,
  `ctime` DATETIME,
  `showhomeinfo` TINYINT(1) NOT NULL DEFAULT 1,
  `logintries` TINYINT(1) NOT NULL DEFAULT 0,
  `unread` BIGINT(10) NOT NULL DEFAULT 0,
  `urlid` VARCHAR(30),
  `probation` BIGINT(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `usernameuk` (`username`),
  UNIQUE KEY `urliduk` (`urlid`),
  FOREIGN KEY (`authinstance`) REFERENCES `auth_instance` (`id`)
) ENGINE=innodb;

CREATE TABLE `usr_institution` (
  `usr` BIGINT(10) NOT NULL,
  `institution` VARCHAR(255) NOT NULL,
  `ctime` DATETIME,
  `expiry` DATETIME,
  `expirymailsent` TINYINT(1) NOT NULL DEFAULT 0,
  `studentid` TEXT,
  `staff` TINYINT(1) NOT NULL DEFAULT 0,
  `admin` TINYINT(1) NOT NULL DEFAULT 0,
  `supportadmin` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`usr`, `institution`),
  FOREIGN KEY (`usr`) REFERENCES `usr` (`id`),
  FOREIGN KEY (`institution`) REFERENCES `institution` (`name`)
) ENGINE=innodb;

CREATE TABLE `usr_institution_request` (
  `usr` BIGINT(10) NOT NULL,
  `institution` VARCHAR(255) NOT NULL,
  `confirmedusr` TINYINT(1) NOT NULL DEFAULT 0,
  `confirmedinstitution` TINYINT(1) NOT NULL DEFAULT 0,
  `ctime` DATETIME,
  `studentid` TEXT,
  PRIMARY KEY (`usr`, `institution`),
  FOREIGN KEY (`usr`) REFERENCES `usr` (`id`),
  FOREIGN KEY (`institution`) REFERENCES `institution` (`name`)
) ENGINE=innodb;

CREATE TABLE `usr_login_data` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `usr` BIGINT(10) NOT NULL,
  `ctime` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`usr`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `usr_session` (
  `usr` BIGINT(10) NOT NULL,
  `session` VARCHAR(255) NOT NULL,
  `ctime` DATETIME NOT NULL,
  `mtime` DATETIME,
  `useragent` TEXT,
  PRIMARY KEY (`session`),
  KEY `usrix` (`usr`)
) ENGINE=innodb;

CREATE TABLE `auth_remote_user` (
  `authinstance` BIGINT(10) NOT NULL,
  `remoteusername` VARCHAR(255) NOT NULL,
  `localusr` BIGINT(10) NOT NULL,
  PRIMARY KEY (`authinstance`, `remoteusername`),
  FOREIGN KEY (`authinstance`) REFERENCES `auth_instance` (`id`),
  FOREIGN KEY (`localusr`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `event_log` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `usr` BIGINT(10) NOT NULL,
  `realusr` BIGINT(10) NOT NULL,
  `ctime` DATETIME NOT NULL,
  `event` VARCHAR(255),
  `data` LONGTEXT,
  `resourcetype` VARCHAR(255),
  `resourceid` BIGINT(10),
  `parentresourcetype` VARCHAR(255),
  `parentresourceid` BIGINT(10),
  `ownertype` VARCHAR(255),
  `ownerid` BIGINT(10),
  PRIMARY KEY (`id`),
  KEY `resourceix` (`resourcetype`, `resourceid`),
  KEY `parentix` (`parentresourcetype`, `parentresourceid`),
  KEY `ownerix` (`ownertype`, `ownerid`),
  FOREIGN KEY (`usr`) REFERENCES `usr` (`id`),
  FOREIGN KEY (`realusr`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `activity_type` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `name` VARCHAR(50) NOT NULL,
  `admin` TINYINT(1) NOT NULL DEFAULT 0,
  `delay` TINYINT(1) NOT NULL DEFAULT 1,
  `allownonemethod` TINYINT(1) NOT NULL DEFAULT 1,
  `defaultmethod` VARCHAR(255) DEFAULT 'email',
  `plugintype` VARCHAR(25),
  `pluginname` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `namepluginuk` (`name`, `plugintype`, `pluginname`)
) ENGINE=innodb;

CREATE TABLE `activity_queue` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `type` BIGINT(10) NOT NULL,
  `data` LONGTEXT NOT NULL,
  `ctime` DATETIME,
  `last_processed_userid` BIGINT(10),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`type`) REFERENCES `activity_type` (`id`),
  FOREIGN KEY (`last_processed_userid`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `grouptype` (
  `name` VARCHAR(20) NOT NULL,
  `defaultrole` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=innodb;

CREATE TABLE `group` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `name` VARCHAR(128) NOT NULL,
  `description` TEXT,
  `grouptype` VARCHAR(20) NOT NULL,
  `jointype` VARCHAR(20) NOT NULL DEFAULT 'open',
  `ctime` DATETIME NOT NULL,
  `mtime` DATETIME NOT NULL,
  `public` TINYINT(1) NOT NULL DEFAULT 0,
  `usersautoadded` TINYINT(1) NOT NULL DEFAULT 0,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `category` BIGINT(10),
  `viewnotify` TINYINT(1) NOT NULL DEFAULT 1,
  `quota` BIGINT(10),
  `quotaused` BIGINT(10) NOT NULL DEFAULT 0,
  `institution` VARCHAR(255),
  `shortname` VARCHAR(255),
  `request` TINYINT(1) NOT NULL DEFAULT 0,
  `submittableto` TINYINT(1) NOT NULL DEFAULT 0,
  `editroles` VARCHAR(20) NOT NULL DEFAULT 'all',
  `hidden` TINYINT(1) NOT NULL DEFAULT 0,
  `hidemembers` TINYINT(1) NOT NULL DEFAULT 0,
  `hidemembersfrommembers` TINYINT(1) NOT NULL DEFAULT 0,
  `groupparticipationreports` TINYINT(1) NOT NULL DEFAULT 0,
  `grouparchivereports` TINYINT(1) NOT NULL DEFAULT 0,
  `invitefriends` TINYINT(1) NOT NULL DEFAULT 0,
  `suggestfriends` TINYINT(1) NOT NULL DEFAULT 0,
  `urlid` VARCHAR(30),
  `editwindowstart` DATETIME,
  `editwindowend` DATETIME,
  `sendnow` TINYINT(1) NOT NULL DEFAULT 0,
  `feedbacknotify` TINYINT(1) NOT NULL DEFAULT 1,
  `allowarchives` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `nameuk` (`name`),
  KEY `categoryfk` (`category`),
  UNIQUE KEY `instshortuk` (`institution`, `shortname`),
  UNIQUE KEY `urliduk` (`urlid`),
  FOREIGN KEY (`grouptype`) REFERENCES `grouptype` (`name`),
  FOREIGN KEY (`institution`) REFERENCES `institution` (`name`)
) ENGINE=innodb;

CREATE TABLE `group_member` (
  `group` BIGINT(10) NOT NULL,
  `member` BIGINT(10) NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `ctime` DATETIME NOT NULL,
  `method` VARCHAR(100) NOT NULL DEFAULT 'internal',
  PRIMARY KEY (`group`, `member`),
  FOREIGN KEY (`group`) REFERENCES `group` (`id`),
  FOREIGN KEY (`member`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `group_member_request` (
  `group` BIGINT(10) NOT NULL,
  `member` BIGINT(10) NOT NULL,
  `ctime` DATETIME NOT NULL,
  `reason` TEXT,
  PRIMARY KEY (`group`, `member`),
  FOREIGN KEY (`group`) REFERENCES `group` (`id`),
  FOREIGN KEY (`member`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `artefact` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `artefacttype` VARCHAR(255) NOT NULL,
  `container` TINYINT(1) NOT NULL DEFAULT 0,
  `parent` BIGINT(10),
  `owner` BIGINT(10),
  `institution` VARCHAR(255),
  `group` BIGINT(10),
  `ctime` DATETIME NOT NULL,
  `mtime` DATETIME NOT NULL,
  `atime` DATETIME NOT NULL,
  `locked` TINYINT(1) NOT NULL DEFAULT 0,
  `title` TEXT NOT NULL,
  `description` TEXT,
  `note` TEXT,
  `author` BIGINT(10),
  `authorname` TEXT,
  `allowcomments` TINYINT(1) NOT NULL DEFAULT 0,
  `approvecomments` TINYINT(1) NOT NULL DEFAULT 0,
  `license` VARCHAR(255),
  `licensor` VARCHAR(255),
  `licensorurl` VARCHAR(255),
  `path` VARCHAR(1024),
  PRIMARY KEY (`id`),
  KEY `typefk` (`artefacttype`),
  FOREIGN KEY (`parent`) REFERENCES `artefact` (`id`),
  FOREIGN KEY (`owner`) REFERENCES `usr` (`id`),
  FOREIGN KEY (`institution`) REFERENCES `institution` (`name`),
  FOREIGN KEY (`group`) REFERENCES `group` (`id`),
  FOREIGN KEY (`author`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `artefact_access_usr` (
  `usr` BIGINT(10) NOT NULL,
  `artefact` BIGINT(10) NOT NULL,
  `can_republish` TINYINT(1),
  PRIMARY KEY (`usr`, `artefact`),
  FOREIGN KEY (`usr`) REFERENCES `usr` (`id`),
  FOREIGN KEY (`artefact`) REFERENCES `artefact` (`id`)
) ENGINE=innodb;

CREATE TABLE `artefact_log` (
  `artefact` BIGINT(10) NOT NULL,
  `usr` BIGINT(10),
  `time` DATETIME NOT NULL,
  `title` TEXT,
  `description` TEXT,
  `parent` BIGINT(10),
  `created` TINYINT(1) DEFAULT 0,
  `deleted` TINYINT(1) DEFAULT 0,
  `edited` TINYINT(1) DEFAULT 0,
  KEY `artefactix` (`artefact`),
  FOREIGN KEY (`usr`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `usr_account_preference` (
  `usr` BIGINT(10) NOT NULL,
  `field` VARCHAR(100) NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`usr`, `field`),
  FOREIGN KEY (`usr`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `usr_activity_preference` (
  `usr` BIGINT(10) NOT NULL,
  `activity` BIGINT(10) NOT NULL,
  `method` VARCHAR(255),
  PRIMARY KEY (`usr`, `activity`),
  KEY `methodfk` (`method`),
  FOREIGN KEY (`usr`) REFERENCES `usr` (`id`),
  FOREIGN KEY (`activity`) REFERENCES `activity_type` (`id`)
) ENGINE=innodb;

CREATE TABLE `usr_friend` (
  `usr1` BIGINT(10) NOT NULL,
  `usr2` BIGINT(10) NOT NULL,
  `ctime` DATETIME NOT NULL,
  PRIMARY KEY (`usr1`, `usr2`),
  FOREIGN KEY (`usr1`) REFERENCES `usr` (`id`),
  FOREIGN KEY (`usr2`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `usr_friend_request` (
  `owner` BIGINT(10) NOT NULL,
  `requester` BIGINT(10) NOT NULL,
  `ctime` DATETIME NOT NULL,
  `message` TEXT,
  PRIMARY KEY (`owner`, `requester`),
  FOREIGN KEY (`owner`) REFERENCES `usr` (`id`),
  FOREIGN KEY (`requester`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `usr_registration` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `institution` VARCHAR(255) NOT NULL,
  `firstname` TEXT NOT NULL,
  `lastname` TEXT NOT NULL,
  `email` TEXT NOT NULL,
  `lang` TEXT,
  `key` VARCHAR(16) NOT NULL,
  `expiry` DATETIME NOT NULL,
  `pending` TINYINT(1) NOT NULL DEFAULT 0,
  `reason` TEXT,
  `extra` LONGTEXT,
  `authtype` VARCHAR(255) NOT NULL DEFAULT 'internal',
  PRIMARY KEY (`id`),
  KEY `authtype` (`authtype`),
  FOREIGN KEY (`institution`) REFERENCES `institution` (`name`)
) ENGINE=innodb;

CREATE TABLE `usr_password_request` (
  `usr` BIGINT(10) NOT NULL,
  `expiry` DATETIME NOT NULL,
  `key` VARCHAR(20) NOT NULL,
  PRIMARY KEY (`usr`, `expiry`),
  FOREIGN KEY (`usr`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `view` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `title` TEXT NOT NULL,
  `description` TEXT,
  `owner` BIGINT(10),
  `ownerformat` TEXT,
  `group` BIGINT(10),
  `institution` VARCHAR(255),
  `startdate` DATETIME,
  `stopdate` DATETIME,
  `ctime` DATETIME NOT NULL,
  `mtime` DATETIME NOT NULL,
  `atime` DATETIME NOT NULL,
  `submittedgroup` BIGINT(10),
  `submittedhost` VARCHAR(255),
  `submittedtime` DATETIME,
  `submittedstatus` TINYINT(1) NOT NULL DEFAULT 0,
  `numrows` TINYINT(2) NOT NULL DEFAULT 1,
  `layout` BIGINT(10),
  `skin` BIGINT(10),
  `theme` VARCHAR(255),
  `template` TINYINT(1) NOT NULL DEFAULT 0,
  `retainview` TINYINT(1) NOT NULL DEFAULT 0,
  `copynewuser` TINYINT(1) NOT NULL DEFAULT 0,
  `type` VARCHAR(50) NOT NULL,
  `visits` BIGINT(10) NOT NULL DEFAULT 0,
  `allowcomments` TINYINT(1) NOT NULL DEFAULT 1,
  `approvecomments` TINYINT(1) NOT NULL DEFAULT 0,
  `locked` TINYINT(1) NOT NULL DEFAULT 0,
  `urlid` VARCHAR(100),
  `anonymise` TINYINT(1) NOT NULL DEFAULT 0,
  `lockblocks` TINYINT(1) NOT NULL DEFAULT 0,
  `instructions` TEXT,
  `instructionscollapsed` TINYINT(1) NOT NULL DEFAULT 0,
  `accessibleview` TINYINT(1) NOT NULL DEFAULT 0,
  `coverimage` BIGINT(10),
  `locktemplate` TINYINT(1) NOT NULL DEFAULT 0,
  `signoff` TINYINT(1) NOT NULL DEFAULT 0,
  `verify` TINYINT(1) NOT NULL DEFAULT 0,
  `submissionoriginal` BIGINT(10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `typefk` (`type`),
  UNIQUE KEY `urliduk` (`urlid`, `owner`, `group`, `institution`),
  FOREIGN KEY (`owner`) REFERENCES `usr` (`id`),
  FOREIGN KEY (`submittedgroup`) REFERENCES `group` (`id`),
  FOREIGN KEY (`group`) REFERENCES `group` (`id`),
  FOREIGN KEY (`institution`) REFERENCES `institution` (`name`),
  FOREIGN KEY (`coverimage`) REFERENCES `artefact` (`id`)
) ENGINE=innodb;

CREATE TABLE `view_access` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `view` BIGINT(10) NOT NULL,
  `accesstype` VARCHAR(16),
  `group` BIGINT(10),
  `role` VARCHAR(255),
  `usr` BIGINT(10),
  `institution` VARCHAR(255),
  `token` VARCHAR(100),
  `visible` TINYINT(1) NOT NULL DEFAULT 1,
  `startdate` DATETIME,
  `stopdate` DATETIME,
  `allowcomments` TINYINT(1) NOT NULL DEFAULT 0,
  `approvecomments` TINYINT(1) NOT NULL DEFAULT 1,
  `ctime` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tokenix` (`token`),
  KEY `accesstypeix` (`accesstype`),
  FOREIGN KEY (`view`) REFERENCES `view` (`id`),
  FOREIGN KEY (`group`) REFERENCES `group` (`id`),
  FOREIGN KEY (`usr`) REFERENCES `usr` (`id`),
  FOREIGN KEY (`institution`) REFERENCES `institution` (`name`)
) ENGINE=innodb;

CREATE TABLE `view_visit` (
  `view` BIGINT(10) NOT NULL,
  `ctime` DATETIME NOT NULL,
  KEY `ctimeix` (`ctime`),
  FOREIGN KEY (`view`) REFERENCES `view` (`id`)
) ENGINE=innodb;

CREATE TABLE `usr_agreement` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `usr` BIGINT(10) NOT NULL,
  `sitecontentid` BIGINT(10) NOT NULL,
  `ctime` DATETIME NOT NULL,
  `agreed` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sitecontentfk` (`sitecontentid`),
  FOREIGN KEY (`usr`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `site_content` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `name` VARCHAR(50) NOT NULL,
  `content` TEXT NOT NULL,
  `ctime` DATETIME NOT NULL,
  `mtime` DATETIME NOT NULL,
  `mauthor` BIGINT(10) NOT NULL,
  `institution` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `nameinstuk` (`name`, `institution`),
  FOREIGN KEY (`mauthor`) REFERENCES `usr` (`id`),
  FOREIGN KEY (`institution`) REFERENCES `institution` (`name`)
) ENGINE=innodb;

CREATE TABLE `usr_pendingdeletion` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `usr` BIGINT(10) NOT NULL,
  `ctime` DATETIME NOT NULL,
  `reason` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`usr`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `usr_roles` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `usr` BIGINT(10) NOT NULL,
  `role` VARCHAR(255) NOT NULL,
  `ctime` DATETIME NOT NULL,
  `provisioner` VARCHAR(255) NOT NULL,
  `institution` VARCHAR(255),
  `active` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`usr`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `objectionable` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `objecttype` VARCHAR(20) NOT NULL,
  `objectid` BIGINT(10) NOT NULL,
  `reportedby` BIGINT(10) NOT NULL,
  `report` TEXT NOT NULL,
  `reportedtime` DATETIME NOT NULL,
  `reviewedby` BIGINT(10),
  `review` TEXT,
  `reviewedtime` DATETIME,
  `resolvedby` BIGINT(10),
  `resolvedtime` DATETIME,
  `suspended` TINYINT(1) NOT NULL DEFAULT 0,
  `status` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `objectix` (`objectid`, `objecttype`),
  FOREIGN KEY (`reportedby`) REFERENCES `usr` (`id`),
  FOREIGN KEY (`reviewedby`) REFERENCES `usr` (`id`),
  FOREIGN KEY (`resolvedby`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `tag` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `tag` VARCHAR(255) NOT NULL,
  `resourcetype` VARCHAR(100) NOT NULL,
  `resourceid` VARCHAR(255) NOT NULL,
  `ownertype` VARCHAR(100) NOT NULL,
  `ownerid` VARCHAR(100),
  `editedby` BIGINT(10),
  `ctime` DATETIME NOT NULL,
  `mtime` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `taguk` (`tag`, `resourcetype`, `resourceid`),
  FOREIGN KEY (`editedby`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `artefact_internal_profile_email` (
  `owner` BIGINT(10) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `verified` TINYINT(1) NOT NULL DEFAULT 0,
  `principal` TINYINT(1) NOT NULL DEFAULT 0,
  `artefact` BIGINT(10),
  `key` VARCHAR(16),
  `expiry` DATETIME,
  `mailssent` TINYINT(2) NOT NULL DEFAULT 0,
  `mailsbounced` TINYINT(2) NOT NULL DEFAULT 0,
  PRIMARY KEY (`owner`, `email`),
  FOREIGN KEY (`owner`) REFERENCES `usr` (`id`),
  FOREIGN KEY (`artefact`) REFERENCES `artefact` (`id`)
) ENGINE=innodb;

CREATE TABLE `artefact_resume_personal_information` (
  `artefact` BIGINT(10) NOT NULL,
  `dateofbirth` DATETIME,
  `placeofbirth` TEXT,
  `citizenship` TEXT,
  `visastatus` TEXT,
  `gender` VARCHAR(6),
  `maritalstatus` TEXT,
  PRIMARY KEY (`artefact`),
  FOREIGN KEY (`artefact`) REFERENCES `artefact` (`id`)
) ENGINE=innodb;

CREATE TABLE `artefact_resume_employmenthistory` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `artefact` BIGINT(10) NOT NULL,
  `startdate` TEXT NOT NULL,
  `enddate` TEXT,
  `employer` TEXT NOT NULL,
  `employeraddress` TEXT,
  `jobtitle` TEXT NOT NULL,
  `positiondescription` TEXT,
  `displayorder` BIGINT(10) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`artefact`) REFERENCES `artefact` (`id`)
) ENGINE=innodb;

CREATE TABLE `artefact_resume_educationhistory` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `artefact` BIGINT(10) NOT NULL,
  `startdate` TEXT NOT NULL,
  `enddate` TEXT,
  `qualtype` TEXT,
  `qualname` TEXT,
  `institution` TEXT NOT NULL,
  `institutionaddress` TEXT,
  `qualdescription` TEXT,
  `displayorder` BIGINT(10) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`artefact`) REFERENCES `artefact` (`id`)
) ENGINE=innodb;

CREATE TABLE `artefact_comment_comment` (
  `artefact` BIGINT(10) NOT NULL,
  `onview` BIGINT(10),
  `onartefact` BIGINT(10),
  `private` TINYINT(1) unsigned NOT NULL DEFAULT 0,
  `deletedby` VARCHAR(50),
  `requestpublic` VARCHAR(50),
  `rating` BIGINT(10),
  `lastcontentupdate` DATETIME,
  `threadedposition` SMALLINT(4),
  `hidden` TINYINT(1) unsigned DEFAULT 0,
  PRIMARY KEY (`artefact`),
  KEY `deletedbyfk` (`deletedby`),
  KEY `requestpublicfk` (`requestpublic`),
  KEY `threadedpositionix` (`threadedposition`),
  FOREIGN KEY (`artefact`) REFERENCES `artefact` (`id`),
  FOREIGN KEY (`onview`) REFERENCES `view` (`id`),
  FOREIGN KEY (`onartefact`) REFERENCES `artefact` (`id`)
) ENGINE=innodb;

CREATE TABLE `interaction_instance` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `plugin` VARCHAR(255) NOT NULL,
  `group` BIGINT(10) NOT NULL,
  `title` TEXT NOT NULL,
  `description` TEXT,
  `ctime` DATETIME NOT NULL,
  `creator` BIGINT(10) NOT NULL,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `pluginfk` (`plugin`),
  FOREIGN KEY (`group`) REFERENCES `group` (`id`),
  FOREIGN KEY (`creator`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `interaction_forum_topic` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `forum` BIGINT(10) NOT NULL,
  `sticky` TINYINT(1) NOT NULL DEFAULT 0,
  `closed` TINYINT(1) NOT NULL DEFAULT 0,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`forum`) REFERENCES `interaction_instance` (`id`)
) ENGINE=innodb;

CREATE TABLE `interaction_forum_post` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `topic` BIGINT(10) NOT NULL,
  `parent` BIGINT(10),
  `poster` BIGINT(10) NOT NULL,
  `subject` VARCHAR(255),
  `body` TEXT NOT NULL,
  `ctime` DATETIME NOT NULL,
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  `sent` TINYINT(1) NOT NULL DEFAULT 0,
  `path` VARCHAR(2048),
  `approved` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  KEY `pathix` (`path`),
  FOREIGN KEY (`topic`) REFERENCES `interaction_forum_topic` (`id`),
  FOREIGN KEY (`parent`) REFERENCES `interaction_forum_post` (`id`),
  FOREIGN KEY (`poster`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `notification_internal_activity` (
  `id` BIGINT(10) NOT NULL auto_increment,
  `type` BIGINT(10) NOT NULL,
  `usr` BIGINT(10) NOT NULL,
  `ctime` DATETIME NOT NULL,
  `subject` TEXT,
  `message` TEXT,
  `url` TEXT,
  `urltext` TEXT,
  `read` TINYINT(1) NOT NULL DEFAULT 0,
  `parent` BIGINT(10),
  `from` BIGINT(10),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`type`) REFERENCES `activity_type` (`id`),
  FOREIGN KEY (`usr`) REFERENCES `usr` (`id`),
  FOREIGN KEY (`parent`) REFERENCES `notification_internal_activity` (`id`),
  FOREIGN KEY (`from`) REFERENCES `usr` (`id`)
) ENGINE=innodb;

CREATE TABLE `module_multirecipient_notification` (
  `id` BIGINT(10) NOT NULL auto_increment COMMENT 'Primary Key',
  `type` BIGINT(10) COMMENT 'The type of message, e.g. notification',
  `ctime` DATETIME COMMENT 'the date when the message was sent',
  `subject` TEXT COMMENT 'the subject of the message',
  `message` TEXT COMMENT 'the content of the message',
  `parent` BIGINT(10) COMMENT 'link to the predecessor/reply-to of the message, if any',
  PRIMARY KEY (`id`),
  KEY `ctimeix` (`ctime`),
  FOREIGN KEY (`type`) REFERENCES `activity_type` (`id`),
  FOREIGN KEY (`parent`) REFERENCES `module_multirecipient_notification` (`id`)
) ENGINE=innodb COMMENT='notifications to (potentially) multiple recipients';

CREATE TABLE `module_multirecipient_userrelation` (
  `id` BIGINT(10) NOT NULL auto_increment COMMENT 'Primary Key',
  `role` VARCHAR(9) NOT NULL DEFAULT 'recipient' COMMENT 'the role of user-relation',
  `usr` BIGINT(10) NOT NULL COMMENT 'relation to the user',
  `notification` BIGINT(10) NOT NULL COMMENT 'the message-relation',
  `read` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'boolean value indicating if the message has been read',
  `deleted` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'boolean value indicating if the message has been deleted',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`notification`) REFERENCES `module_multirecipient_notification` (`id`),
  FOREIGN KEY (`usr`) REFERENCES `usr` (`id`)
) ENGINE=innodb COMMENT='notifications to (potentially) multiple recipients';


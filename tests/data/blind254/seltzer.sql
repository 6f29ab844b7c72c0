-- Seltzer CRM (membership CRM for hackerspaces: contacts, members with emergency contacts and addresses,
-- membership plans and memberships, RFID key assignments, payments with PayPal and Amazon payer details,
-- mentors, user and plan tags, e-mail lists, profile pictures, users, roles and permissions, password resets,
-- settings, installed-module registry).
-- Upstream: github.com/elplatt/seltzer, commit 23bccaeedd253f5380db47439d3b1ae86c005661 (GPL-3.0).
-- Seltzer has no schema file: each module's <module>_install($old_revision) in crm/modules/*/ runs its
-- CREATE TABLE and ALTER TABLE statements revision by revision. Those statements (a fresh install, revision 0,
-- so every revision block; role and permission INSERTs left out) were run in the install order — core, the
-- base modules contact, user, variable, member, then every optional module of config.sample.inc.php (key,
-- user_meta, plan_meta, payment, billing, amazon_payment, paypal_payment, profile_picture, mentor, email_list,
-- register) — in a scratch MariaDB 10.11 database, and each table written with SHOW CREATE TABLE (so the
-- member module's revision 4, which moves emergencyName/emergencyPhone from `contact` to `member`, and
-- paypal_payment's revision 2, which renames paypal_email to email, are applied). Upstream's MyISAM engine is
-- kept; Seltzer declares no foreign keys (cid, pid, rid, lid, pmtid are plain integers). No table was left out.

CREATE TABLE `module` (
  `did` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `revision` mediumint(8) unsigned NOT NULL,
  PRIMARY KEY (`did`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `contact` (
  `cid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `firstName` varchar(255) NOT NULL,
  `middleName` varchar(255) NOT NULL,
  `lastName` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `phone` varchar(32) NOT NULL,
  `createdBy` varchar(255) DEFAULT NULL,
  `createdDate` date DEFAULT NULL,
  `createdTime` time DEFAULT NULL,
  PRIMARY KEY (`cid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `resetPassword` (
  `cid` mediumint(8) unsigned NOT NULL,
  `code` varchar(40) NOT NULL,
  PRIMARY KEY (`cid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `role` (
  `rid` mediumint(9) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`rid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `role_permission` (
  `rid` mediumint(8) unsigned NOT NULL,
  `permission` varchar(255) NOT NULL,
  PRIMARY KEY (`rid`,`permission`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `user` (
  `cid` mediumint(11) unsigned NOT NULL,
  `username` varchar(32) NOT NULL,
  `hash` varchar(40) NOT NULL DEFAULT '',
  `salt` varchar(16) NOT NULL DEFAULT '',
  PRIMARY KEY (`cid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `user_role` (
  `cid` mediumint(8) unsigned NOT NULL,
  `rid` mediumint(8) unsigned NOT NULL,
  PRIMARY KEY (`cid`,`rid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `variable` (
  `name` varchar(255) NOT NULL,
  `value` text NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `member` (
  `cid` mediumint(8) unsigned NOT NULL,
  `emergencyName` varchar(255) NOT NULL,
  `emergencyPhone` varchar(16) NOT NULL,
  `emergencyRelation` varchar(255) NOT NULL,
  `address1` varchar(255) NOT NULL,
  `address2` varchar(255) NOT NULL,
  `address3` varchar(255) NOT NULL,
  `town_city` varchar(255) NOT NULL,
  `zipcode` varchar(255) NOT NULL,
  PRIMARY KEY (`cid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `membership` (
  `sid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `cid` mediumint(8) unsigned NOT NULL,
  `pid` mediumint(8) unsigned NOT NULL,
  `start` date NOT NULL,
  `end` date DEFAULT NULL,
  PRIMARY KEY (`sid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `plan` (
  `pid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `price` varchar(6) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `voting` tinyint(1) NOT NULL,
  PRIMARY KEY (`pid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `key` (
  `kid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `cid` mediumint(8) unsigned NOT NULL,
  `start` date DEFAULT NULL,
  `end` date DEFAULT NULL,
  `serial` varchar(255) NOT NULL,
  `slot` mediumint(8) unsigned NOT NULL,
  PRIMARY KEY (`kid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `user_meta` (
  `umid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `cid` mediumint(8) unsigned NOT NULL,
  `start` date DEFAULT NULL,
  `end` date DEFAULT NULL,
  `tagstr` varchar(255) NOT NULL,
  PRIMARY KEY (`umid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `plan_meta` (
  `pmid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `pid` mediumint(8) unsigned NOT NULL,
  `start` date DEFAULT NULL,
  `end` date DEFAULT NULL,
  `tagstr` varchar(255) NOT NULL,
  PRIMARY KEY (`pmid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `payment` (
  `pmtid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `date` date DEFAULT NULL,
  `description` varchar(255) NOT NULL,
  `code` varchar(8) NOT NULL,
  `value` mediumint(8) NOT NULL,
  `credit` mediumint(8) unsigned NOT NULL,
  `debit` mediumint(8) unsigned NOT NULL,
  `method` varchar(255) NOT NULL,
  `confirmation` varchar(255) NOT NULL,
  `notes` text NOT NULL,
  `created` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`pmtid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `payment_amazon` (
  `pmtid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `amazon_name` varchar(255) NOT NULL,
  PRIMARY KEY (`pmtid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `contact_amazon` (
  `cid` mediumint(8) unsigned NOT NULL,
  `amazon_name` varchar(255) NOT NULL,
  PRIMARY KEY (`amazon_name`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `payment_paypal` (
  `pmtid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`pmtid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `contact_paypal` (
  `cid` mediumint(8) unsigned NOT NULL,
  `email` varchar(255) NOT NULL,
  PRIMARY KEY (`email`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `profile_picture` (
  `cid` mediumint(8) unsigned NOT NULL,
  `filename` varchar(255) NOT NULL,
  PRIMARY KEY (`cid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `mentor` (
  `cid` mediumint(8) unsigned NOT NULL,
  `mentor_cid` mediumint(8) unsigned NOT NULL,
  PRIMARY KEY (`cid`,`mentor_cid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `email_list_subscriptions` (
  `lid` mediumint(8) unsigned NOT NULL,
  `cid` mediumint(8) unsigned NOT NULL,
  `email` varchar(255) NOT NULL,
  PRIMARY KEY (`lid`,`cid`,`email`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `email_lists` (
  `lid` mediumint(8) unsigned NOT NULL AUTO_INCREMENT,
  `list_name` varchar(255) NOT NULL,
  PRIMARY KEY (`lid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

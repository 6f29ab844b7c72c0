-- PHP Gift Registry (phpgiftreg; Ryan Walberg) — database schema
-- Upstream: github.com/generalpf/phpgiftreg, commit 381628e571757d18070181a4a4173830862088d1 (GPL-2.0, src/licence.txt)
-- Source: src/sql/create-phpgiftregdb.sql, the install script of INSTALL step 3 (version 2.1.x; it already
-- contains every change of the src/sql/*-to-*.sql upgrade scripts). Kept as it stands: table order, column
-- names, types and order, primary keys; upstream declares no foreign keys (nor any engine). Left out: the
-- seed rows (INSERTs of the 16 default categories, 5 ranks and the system event "Christmas"). All 11 tables
-- are kept. Table names carry no prefix here ($opt["table_prefix"] defaults to empty).

--
-- Table structure for table `allocs`
--

CREATE TABLE `allocs` (
  `itemid` int(11) NOT NULL default '0',
  `userid` int(11) NOT NULL default '0',
  `bought` tinyint(1) NOT NULL default '0',
  `quantity` int(11) NOT NULL default '0',
  PRIMARY KEY  (`itemid`,`userid`,`bought`)
);

--
-- Table structure for table `categories`
--

CREATE TABLE `categories` (
  `categoryid` int(11) NOT NULL auto_increment,
  `category` varchar(50) default NULL,
  PRIMARY KEY  (`categoryid`)
);

--
-- Dumping data for table `categories`
--

--
-- Table structure for table `events`
--

CREATE TABLE `events` (
  `eventid` int(11) NOT NULL auto_increment,
  `userid` int(11) default NULL,
  `description` varchar(100) NOT NULL default '',
  `eventdate` date NOT NULL default '2000-01-01',
  `recurring` tinyint(1) NOT NULL default '0',
  PRIMARY KEY  (`eventid`)
);

--
-- Dumping data for table `events`
--

--
-- Table structure for table `items`
--

CREATE TABLE `items` (
  `itemid` int(11) NOT NULL auto_increment,
  `userid` int(11) NOT NULL default '0',
  `description` varchar(255) NOT NULL default '',
  `price` decimal(7,2) default NULL,
  `source` varchar(255) NOT NULL default '',
  `ranking` int(11) NOT NULL default '0',
  `url` varchar(255) default NULL,
  `category` int(11) default NULL,
  `comment` text,
  `quantity` int(11) NOT NULL default '0',
  `image_filename` varchar(255) default NULL,
  PRIMARY KEY  (`itemid`)
);

--
-- Table structure for table `messages`
--

CREATE TABLE `messages` (
  `messageid` int(11) NOT NULL auto_increment,
  `sender` int(11) NOT NULL default '0',
  `recipient` int(11) NOT NULL default '0',
  `message` varchar(255) NOT NULL default '',
  `isread` tinyint(1) NOT NULL default '0',
  `created` date NOT NULL default '2000-01-01',
  PRIMARY KEY  (`messageid`)
);

--
-- Table structure for table `ranks`
--

CREATE TABLE `ranks` (
  `ranking` int(11) NOT NULL auto_increment,
  `title` varchar(50) NOT NULL default '',
  `rendered` varchar(255) NOT NULL default '',
  `rankorder` int(11) NOT NULL default '0',
  PRIMARY KEY  (`ranking`)
);

--
-- Dumping data for table `ranks`
--

--
-- Table structure for table `shoppers`
--

CREATE TABLE `shoppers` (
  `shopper` int(11) NOT NULL default '0',
  `mayshopfor` int(11) NOT NULL default '0',
  `pending` tinyint(1) NOT NULL default '0',
  PRIMARY KEY  (`shopper`,`mayshopfor`)
);

--
-- Table structure for table `families`
--

CREATE TABLE `families` (
  familyid int(11) NOT NULL auto_increment,
  familyname varchar(255) NOT NULL default '',
  PRIMARY KEY  (familyid)
);

--
-- Table structure for table `users`
--

CREATE TABLE `users` (
  `userid` int(11) NOT NULL auto_increment,
  `username` varchar(20) NOT NULL default '',
  `password` varchar(50) NOT NULL default '',
  `fullname` varchar(50) NOT NULL default '',
  `email` varchar(255) default NULL,
  `approved` tinyint(1) NOT NULL default '0',
  `admin` tinyint(1) NOT NULL default '0',
  `comment` text,
  `email_msgs` tinyint(1) NOT NULL default '0',
  `list_stamp` datetime default NULL,
  `initialfamilyid` int NULL,
  PRIMARY KEY  (`userid`)
);

--
-- Table structure for table `memberships`
--

CREATE TABLE `memberships` (
  userid int(11) NOT NULL default '0',
  familyid int(11) NOT NULL default '0',
  PRIMARY KEY  (userid,familyid)
);

CREATE TABLE `subscriptions` (
	`publisher` int(11) NOT NULL,
	`subscriber` int(11) NOT NULL,
	`last_notified` datetime DEFAULT NULL,
	PRIMARY KEY (`publisher`,`subscriber`)
);

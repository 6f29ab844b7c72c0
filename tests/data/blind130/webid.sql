-- WeBid 1.2.2 (renlok/WeBid, install/sql/dump.inc.php, commit fe500f64b65294842f0c25ce1fd1210dd649dd6e, GPL-2.0)
-- Table prefix: the installer's default `webid_`. Upstream declares no foreign keys.

CREATE TABLE `webid_accesseshistoric` (
  `month` char(2) NOT NULL default '',
  `year` char(4) NOT NULL default '',
  `pageviews` int(11) NOT NULL default '0',
  `uniquevisitors` int(11) NOT NULL default '0',
  `usersessions` int(11) NOT NULL default '0'
);

CREATE TABLE `webid_accounts` (
	`id` INT(7) NOT NULL AUTO_INCREMENT,
	`nick` VARCHAR(20) NOT NULL,
	`name` TINYTEXT NOT NULL,
	`text` TEXT NOT NULL,
	`type` VARCHAR(15) NOT NULL,
	`paid_date` timestamp default CURRENT_TIMESTAMP,
	`amount` DOUBLE(6,2) NOT NULL,
	`day` INT(3) NOT NULL,
	`week` INT(2) NOT NULL,
	`month` INT(2) NOT NULL,
	`year` INT(4) NOT NULL,
    PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_adminusers` (
  `id` int(11) NOT NULL auto_increment,
  `username` varchar(32) NOT NULL,
  `password` varchar(60) NOT NULL,
  `password_type` INT(1) NOT NULL DEFAULT '1',
  `hash` varchar(5) NOT NULL default '',
  `created` timestamp default CURRENT_TIMESTAMP,
  `lastlogin` datetime,
  `status` tinyint(1) NOT NULL default '0',
  `notes` text,
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_auccounter` (
  `auction_id` int(11) NOT NULL default '0',
  `counter` int(11) NOT NULL default '0',
  PRIMARY KEY  (`auction_id`)
);

CREATE TABLE `webid_auctions` (
  `id` int(11) NOT NULL auto_increment,
  `user` int(11) default NULL,
  `title` varchar(70),
  `subtitle` varchar(70),
  `starts` datetime,
  `ends` datetime,
  `description` text,
  `pict_url` tinytext,
  `category` int(11) default NULL,
  `secondcat` int(11) default NULL,
  `minimum_bid` double(16,2) default '0',
  `shipping_cost` double(16,2) default '0',
  `additional_shipping_cost` double(16,2) default '0',
  `reserve_price` double(16,2) default '0',
  `buy_now` double(16,2) default '0',
  `auction_type` tinyint(1),
  `duration` double(8,2),
  `increment` double(8,2) NOT NULL default '0',
  `shipping` tinyint(1) default 1,
  `payment` tinytext,
  `international` tinyint(1) default 0,
  `current_bid` double(16,2) default '0',
  `current_bid_id` int(11) default '0',
  `closed` tinyint(1) default '0',
  `photo_uploaded` tinyint(1) default 0,
  `initial_quantity` int(11) default '1',
  `quantity` int(11) default '1',
  `suspended` tinyint(1) default '0',
  `relist` int(11) NOT NULL default '0',
  `relisted` int(11) NOT NULL default '0',
  `num_bids` int(11) NOT NULL default '0',
  `sold` enum('y', 'n', 's') NOT NULL default 'n',
  `shipping_terms` tinytext,
  `bn_only` tinyint(1) default 0,
  `bold` tinyint(1) default 0,
  `highlighted` tinyint(1) default 0,
  `featured` tinyint(1) default 0,
  `current_fee` double(16,2) default '0',
  `tax` tinyint(1) default 0,
  `taxinc` tinyint(1) default 0,
  `bn_sale` tinyint(1) default 0,
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_auction_moderation` (
  `id` int(11) NOT NULL auto_increment,
  `auction_id` int(11) NOT NULL DEFAULT '0',
  `reason` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY(`id`)
);

CREATE TABLE `webid_auction_types` (
  `id` int(2) NOT NULL auto_increment,
  `key` varchar(32),
  `language_string` varchar(32),
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_banners` (
  `id` int(11) NOT NULL auto_increment,
  `name` varchar(255) default NULL,
  `type` enum('gif','jpg','png','swf') default NULL,
  `views` int(11) default NULL,
  `clicks` int(11) default NULL,
  `url` varchar(255) default NULL,
  `sponsortext` varchar(255) default NULL,
  `alt` varchar(255) default NULL,
  `purchased` int(11) NOT NULL default '0',
  `width` int(11) NOT NULL default '0',
  `height` int(11) NOT NULL default '0',
  `user` int(11) NOT NULL default '0',
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_bannersstats` (
  `banner` int(11) default NULL,
  `purchased` int(11) default NULL,
  `views` int(11) default NULL,
  `clicks` int(11) default NULL
);

CREATE TABLE `webid_bannersusers` (
  `id` int(11) NOT NULL auto_increment,
  `name` varchar(255) default NULL,
  `company` varchar(255) default NULL,
  `email` varchar(255) default NULL,
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_bids` (
  `id` int(11) NOT NULL auto_increment,
  `auction` int(11) default NULL,
  `bidder` int(11) default NULL,
  `bid` double(16,2) default NULL,
  `bidwhen` timestamp default CURRENT_TIMESTAMP,
  `quantity` int(11) default '0',
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_categories` (
  `cat_id` int(4) NOT NULL auto_increment,
  `parent_id` int(4) default NULL,
  `left_id` INT(8) NOT NULL,
  `right_id` INT(8) NOT NULL,
  `level` INT(1) NOT NULL,
  `cat_name` tinytext,
  `sub_counter` int(11) default 0,
  `counter` int(11) default 0,
  `cat_colour` varchar(15) default '',
  `cat_image` varchar(150) default '',
  PRIMARY KEY  (`cat_id`),
  INDEX (`left_id`, `right_id`, `level`)
);

CREATE TABLE `webid_comm_messages` (
  `id` int(11) NOT NULL auto_increment,
  `boardid` int(11) NOT NULL default '0',
  `msgdate` timestamp default CURRENT_TIMESTAMP,
  `user` int(11) NOT NULL default '0',
  `username` varchar(255) NOT NULL default '',
  `message` text NOT NULL,
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_community` (
  `id` int(11) NOT NULL auto_increment,
  `name` varchar(255) NOT NULL default '0',
  `messages` int(11) NOT NULL default '0',
  `lastmessage` timestamp default CURRENT_TIMESTAMP,
  `msgstoshow` int(11) NOT NULL default '0',
  `active` tinyint(1) NOT NULL default '1',
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_counters` (
  `users` int(11) default '0',
  `inactiveusers` int(11) NOT NULL default '0',
  `auctions` int(11) default '0',
  `closedauctions` int(11) NOT NULL default '0',
  `bids` int(11) NOT NULL default '0',
  `suspendedauctions` int(11) NOT NULL default '0'
);

CREATE TABLE `webid_countries` (
  `country_id` int(4) NOT NULL auto_increment,
  `country` varchar(40) NOT NULL default '',
  PRIMARY KEY  (`country_id`)
);

CREATE TABLE `webid_currentaccesses` (
  `day` char(2) NOT NULL default '0',
  `month` char(2) NOT NULL default '0',
  `year` char(4) NOT NULL default '0',
  `pageviews` int(11) NOT NULL default '0',
  `uniquevisitors` int(11) NOT NULL default '0',
  `usersessions` int(11) NOT NULL default '0'
);

CREATE TABLE `webid_currentbrowsers` (
  `month` char(2) NOT NULL default '0',
  `year` varchar(4) NOT NULL default '0',
  `browser` varchar(255) NOT NULL default '0',
  `counter` int(11) NOT NULL default '0'
);

CREATE TABLE `webid_durations` (
  `days` double(8,2) NOT NULL default '0',
  `description` varchar(30) default NULL
);

CREATE TABLE `webid_faqs` (
  `id` int(11) NOT NULL auto_increment,
  `question` varchar(200) NOT NULL default '',
  `answer` text NOT NULL,
  `category` int(11) NOT NULL default '0',
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_faqscategories` (
  `id` int(11) NOT NULL auto_increment,
  `category` varchar(200) NOT NULL default '',
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_feedbacks` (
  `id` int(11) NOT NULL auto_increment,
  `rated_user_id` int(11) default NULL,
  `rater_user_nick` varchar(20) default NULL,
  `feedback` mediumtext,
  `rate` int(2) default NULL,
  `feedbackdate` timestamp default CURRENT_TIMESTAMP,
  `auction_id` int(11) NOT NULL default '0',
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_fees` (
  `id` INT(5) NOT NULL AUTO_INCREMENT,
  `fee_from` double(16,2) NOT NULL default '0',
  `fee_to` double(16,2) NOT NULL default '0',
  `fee_type` enum('flat', 'perc') NOT NULL default 'flat',
  `value` double(8,2) NOT NULL default '0',
  `type` varchar(15) NOT NULL,
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_payment_options` (
  `id` int(5) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL default '',
  `displayname` varchar(50) NOT NULL default '',
  `is_gateway` tinyint(1) NOT NULL default '0',
  `gateway_admin_address` varchar(50) NOT NULL default '',
  `gateway_admin_password` varchar(50) NOT NULL default '',
  `gateway_required` tinyint(1) NOT NULL default '0',
  `gateway_active` tinyint(1) NOT NULL default '0',
  PRIMARY KEY(`id`)
);

CREATE TABLE `webid_groups` (
  `id` int(5) NOT NULL AUTO_INCREMENT,
  `group_name` varchar(50) NOT NULL default '',
  `can_sell` tinyint(1) NOT NULL default '0',
  `can_buy` tinyint(1) NOT NULL default '0',
  `no_fees` tinyint(1) NOT NULL default '0',
  `count` tinyint(11) NOT NULL default '0',
  `auto_join` tinyint(11) NOT NULL default '0',
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_increments` (
  `id` int(3) NOT NULL AUTO_INCREMENT,
  `low` double(16,2) default '0',
  `high` double(16,2) default '0',
  `increment` double(16,2) default '0',
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_logs` (
  `id` INT( 25 ) NOT NULL AUTO_INCREMENT ,
  `type` VARCHAR( 5 ) NOT NULL ,
  `message` TEXT NOT NULL ,
  `action_id` INT( 11 ) NOT NULL DEFAULT  '0',
  `user_id` INT( 32 ) NOT NULL DEFAULT  '0',
  `ip` VARCHAR( 45 ) NOT NULL,
  `timestamp` timestamp default CURRENT_TIMESTAMP,
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_membertypes` (
  `id` int(11) NOT NULL auto_increment,
  `feedbacks` int(11) NOT NULL default '0',
  `icon` varchar(30) NOT NULL default '',
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_messages` (
  `id` int(11) NOT NULL AUTO_INCREMENT ,
  `sentto` int(11) NOT NULL default '0',
  `sentfrom` int(11) NOT NULL default '0',
  `fromemail` varchar(255) NOT NULL default '',
  `sentat` timestamp default CURRENT_TIMESTAMP,
  `message` text NOT NULL ,
  `isread` tinyint(1) NOT NULL default '0',
  `subject` varchar(255) NOT NULL default '',
  `replied` tinyint(1) NOT NULL default '0',
  `reply_of` int(11) NOT NULL default '0',
  `question` int(11) NOT NULL default '0',
  `public` tinyint(1) NOT NULL default '0',
  PRIMARY KEY (`id`)
);

CREATE TABLE `webid_news` (
  `id` int(11) NOT NULL auto_increment,
  `title` varchar(200) NOT NULL default '',
  `content` longtext NOT NULL,
  `new_date` timestamp default CURRENT_TIMESTAMP,
  `suspended` tinyint(1) NOT NULL default '0',
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_online` (
  `ID` bigint(21) NOT NULL auto_increment,
  `SESSION` varchar(32) NOT NULL default '',
  `time` timestamp default CURRENT_TIMESTAMP,
  PRIMARY KEY  (`ID`)
);

CREATE TABLE `webid_pendingnotif` (
  `id` int(11) NOT NULL auto_increment,
  `auction_id` int(11) NOT NULL default '0',
  `seller_id` int(11) NOT NULL default '0',
  `winners` text NOT NULL,
  `auction` text NOT NULL,
  `seller` text NOT NULL,
  `thisdate` timestamp default CURRENT_TIMESTAMP,
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_proxybid` (
  `itemid` int(11) default NULL,
  `userid` int(11) default NULL,
  `bid` double(16,2) default '0'
);

CREATE TABLE `webid_rates` (
  `id` int(11) NOT NULL auto_increment,
  `ime` tinytext NOT NULL,
  `valuta` tinytext NOT NULL,
  `symbol` char(3) NOT NULL default '',
  KEY `id` (`id`)
) AUTO_INCREMENT=64;

CREATE TABLE `webid_rememberme` (
  `userid` int(11) NOT NULL default '0',
  `hashkey` char(32) NOT NULL default ''
);

CREATE TABLE `webid_reportedauctions` (
  `id` int(11) NOT NULL,
  `auction_id` int(11) NOT NULL DEFAULT '0',
  `reason` int(11) NOT NULL DEFAULT '0',
  `user_id` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY(`id`)
);

CREATE TABLE `webid_settings` (
  `fieldname` VARCHAR(30) NOT NULL,
  `fieldtype` VARCHAR(10) NOT NULL,
  `value` text NOT NULL,
  `modifieddate` INT(11) NOT NULL,
  `modifiedby` INT(32) NOT NULL,
  PRIMARY KEY(`fieldname`)
);

CREATE TABLE `webid_tax` (
  `id` INT(2) NOT NULL AUTO_INCREMENT,
  `tax_name` VARCHAR(30) NOT NULL ,
  `tax_rate` DOUBLE(16, 2) NOT NULL ,
  `countries_seller` TEXT NOT NULL ,
  `countries_buyer` TEXT NOT NULL ,
  `fee_tax` INT(1) NOT NULL DEFAULT  '0',
  PRIMARY KEY (`id`)
);

CREATE TABLE `webid_users` (
  `id` int(11) NOT NULL auto_increment,
  `nick` varchar(20) NOT NULL,
  `password` varchar(60) NOT NULL,
  `password_type` INT(1) NOT NULL DEFAULT '1',
  `hash` varchar(5) default '',
  `name` tinytext,
  `address` tinytext,
  `city` varchar(25) default '',
  `prov` varchar(20) default '',
  `country` varchar(30) default '',
  `zip` varchar(10) default '',
  `phone` varchar(40) default '',
  `email` varchar(50) default '',
  `rate_sum` int(11) NOT NULL default '0',
  `rate_num` int(11) NOT NULL default '0',
  `birthdate` int(8) default '0',
  `suspended` tinyint(1) default '0',
  `nletter` tinyint(1) NOT NULL default '0',
  `balance` double(16,2) NOT NULL default '0',
  `auc_watch` text,
  `item_watch` text,
  `endemailmode` enum('one','cum','none') NOT NULL default 'one',
  `startemailmode` enum('yes','no') NOT NULL default 'yes',
  `emailtype` enum('html','text') NOT NULL default 'html',
  `reg_date` timestamp default CURRENT_TIMESTAMP,
  `lastlogin` datetime,
  `payment_details` text,
  `groups` text,
  `bn_only` enum('y','n') NOT NULL default 'y',
  `timezone` varchar(50) NOT NULL default 'Europe/London',
  `language` char(2) NOT NULL default '',
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_useraccounts` (
  `useracc_id` int(11) NOT NULL AUTO_INCREMENT,
  `auc_id` int(11) NOT NULL default '0',
  `user_id` int(11) NOT NULL default '0',
  `date` timestamp default CURRENT_TIMESTAMP,
  `setup` double(8,2) NOT NULL default '0',
  `featured` double(8,2) NOT NULL default '0',
  `bold` double(8,2) NOT NULL default '0',
  `highlighted` double(8,2) NOT NULL default '0',
  `subtitle` double(8,2) NOT NULL default '0',
  `relist` double(8,2) NOT NULL default '0',
  `reserve` double(8,2) NOT NULL default '0',
  `buynow` double(8,2) NOT NULL default '0',
  `picture` double(8,2) NOT NULL default '0',
  `extracat` double(8,2) NOT NULL default '0',
  `signup` double(8,2) NOT NULL default '0',
  `buyer` double(8,2) NOT NULL default '0',
  `finalval` double(8,2) NOT NULL default '0',
  `balance` double(8,2) NOT NULL default '0',
  `total` double(8,2) NOT NULL,
  `paid` tinyint(1) NOT NULL default '0',
  PRIMARY KEY (`useracc_id`)
);

CREATE TABLE `webid_usersips` (
  `id` int(11) NOT NULL auto_increment,
  `user` int(11) default NULL,
  `ip` varchar(15) default NULL,
  `type` varchar(255) default 'register',
  `action` enum('accept', 'deny') NOT NULL default 'accept',
  PRIMARY KEY  (`id`)
);

CREATE TABLE `webid_usergateways` (
  `id` int(5) NOT NULL AUTO_INCREMENT,
  `gateway_id` int(5) NOT NULL,
  `user_id` int(11) NOT NULL,
  `address` varchar(50) NOT NULL default '',
  `password` varchar(50) NOT NULL default '',
  PRIMARY KEY(`id`)
);

CREATE TABLE `webid_winners` (
  `id` int(11) NOT NULL auto_increment,
  `auction` int(11) NOT NULL default '0',
  `seller` int(11) NOT NULL default '0',
  `winner` int(11) NOT NULL default '0',
  `bid` double(16,2) NOT NULL default '0',
  `auc_title` varchar(70),
  `auc_shipping_cost` double(16,2) default '0',
  `auc_payment` tinytext,
  `closingdate` timestamp default CURRENT_TIMESTAMP,
  `feedback_win` tinyint(1) NOT NULL default '0',
  `feedback_sel` tinyint(1) NOT NULL default '0',
  `qty` int(11) NOT NULL default '1',
  `paid` tinyint(1) NOT NULL default '0',
  `bf_paid` tinyint(1) NOT NULL DEFAULT  '0',
  `ff_paid` tinyint(1) NOT NULL DEFAULT '1',
  `shipped` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY  (`id`)
);

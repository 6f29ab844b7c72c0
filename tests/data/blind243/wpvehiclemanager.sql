-- WP Vehicle Manager 1.1.8 (JoomSky, "JS Vehicle Manager"; WordPress car-dealer / vehicle-listing plugin, wordpress.org slug
-- js-vehicle-manager). Source: github.com/common-repository/js-vehicle-manager (a mirror of the wordpress.org plugin
-- SVN), commit ade94bd734fcc799299c7ade6a5a90913870439a, `includes/activation.php` (runSQL(): the CREATE TABLE
-- statements run on activation of a fresh install; licence GPLv2 per readme.txt).
-- Written as upstream has them, with the `#__` prefix rendered as WordPress's default `wp_`; the INSERTs of default
-- configuration and lookup rows (countries, states, cities, makes, models ...) are left out. All 25 tables of the
-- plugin are kept. No foreign keys are declared upstream (MyISAM).

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_activitylog` (
	`id` int(11) NOT NULL AUTO_INCREMENT,
	`description` text NOT NULL,
	`referencefor` varchar(50) NOT NULL,
	`referenceid` int(11) NOT NULL,
	`uid` int(11) NOT NULL,
	`created` datetime NOT NULL,
	PRIMARY KEY (`id`)
  ) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_adexpiries` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `status` tinyint(4) NOT NULL,
  `type` varchar(255) DEFAULT NULL,
  `isdefault` tinyint(1) DEFAULT NULL,
  `advalue` int(11) DEFAULT NULL,
  `ordering` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=15 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_cities` (
  `id` mediumint(6) NOT NULL AUTO_INCREMENT,
  `cityName` varchar(70) DEFAULT NULL,
  `name` varchar(60) DEFAULT NULL,
  `stateid` smallint(8) DEFAULT NULL,
  `countryid` smallint(9) DEFAULT NULL,
  `latitude` varchar(50) DEFAULT NULL,
  `longitude` varchar(50) DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `countryid` (`countryid`),
  KEY `stateid` (`stateid`),
  FULLTEXT KEY `name` (`name`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 COMMENT='utf8_general_ci' AUTO_INCREMENT=76868 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_conditions`
 (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL,
  `color` varchar(10) DEFAULT NULL,
  `status` tinyint(1) NOT NULL,
  `alias` varchar(250) NOT NULL,
  `ordering` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=9 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_config` (
  `configname` varchar(300) NOT NULL,
  `configvalue` varchar(500) DEFAULT NULL,
  `configfor` varchar(200) NOT NULL,
  `addon` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`configname`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_countries` (
  `id` smallint(9) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  `shortCountry` varchar(30) DEFAULT NULL,
  `continentID` tinyint(11) DEFAULT NULL,
  `dialCode` smallint(8) DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  FULLTEXT KEY `name` (`name`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 COMMENT='utf8_general_ci' AUTO_INCREMENT=218 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_currencies` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL,
  `symbol` varchar(10) NOT NULL,
  `code` varchar(10) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `isdefault` tinyint(1) NOT NULL,
  `ordering` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=7 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_cylinders` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `isdefault` tinyint(1) NOT NULL,
  `ordering` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=9 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_emailtemplates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) DEFAULT NULL,
  `templatefor` varchar(50) DEFAULT NULL,
  `title` varchar(50) DEFAULT NULL,
  `subject` varchar(255) DEFAULT NULL,
  `body` text,
  `status` tinyint(1) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=15 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_emailtemplates_config` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `emailfor` varchar(150) NOT NULL,
  `admin` tinyint(1) NOT NULL,
  `seller` tinyint(1) NOT NULL,
  `buyer` tinyint(1) NOT NULL,
  `seller_visitor` tinyint(1) NOT NULL,
  `buyer_visitor` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=8 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_fieldsordering` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `field` varchar(50) NOT NULL,
  `fieldtitle` varchar(50) NOT NULL,
  `ordering` int(11) NOT NULL,
  `section` varchar(20) DEFAULT NULL,
  `fieldfor` tinyint(2) NOT NULL,
  `published` tinyint(1) NOT NULL,
  `isvisitorpublished` tinyint(1) NOT NULL,
  `sys` tinyint(1) DEFAULT NULL,
  `cannotunpublish` tinyint(1) DEFAULT NULL,
  `required` tinyint(1) DEFAULT NULL,
  `isuserfield` tinyint(1) DEFAULT NULL,
  `userfieldtype` varchar(250) DEFAULT NULL,
  `userfieldparams` text,
  `search_user` tinyint(1) DEFAULT NULL,
  `search_visitor` tinyint(1) DEFAULT NULL,
  `cannotsearch` tinyint(1) DEFAULT NULL,
  `search_ordering` INT NOT NULL DEFAULT '0',
  `showonlisting` tinyint(1) DEFAULT NULL,
  `cannotshowonlisting` tinyint(1) DEFAULT NULL,
  `depandant_field` varchar(250) DEFAULT NULL,
  `readonly` tinyint(4) DEFAULT NULL,
  `size` int(11) DEFAULT NULL,
  `maxlength` int(11) DEFAULT NULL,
  `cols` int(11) DEFAULT NULL,
  `rows` int(11) DEFAULT NULL,
  `j_script` text,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=198 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_fueltypes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL,
  `status` tinyint(4) NOT NULL,
  `isdefault` tinyint(4) NOT NULL,
  `alias` varchar(250) NOT NULL,
  `ordering` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=9 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_makes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL,
  `alias` varchar(250) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `logo` varchar(250) NOT NULL,
  `ordering` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=79 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_mileages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(300) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `isdefault` tinyint(1) NOT NULL,
  `symbol` varchar(10) NOT NULL,
  `alias` varchar(300) NOT NULL,
  `ordering` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=4 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_models` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `makeid` int(11) NOT NULL,
  `title` varchar(250) NOT NULL,
  `alias` varchar(250) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `ordering` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=910 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_modelyears` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `isdefault` tinyint(1) NOT NULL,
  `alias` varchar(250) NOT NULL,
  `ordering` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=9 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_states` (
  `id` smallint(8) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  `shortRegion` varchar(25) DEFAULT NULL,
  `countryid` smallint(9) DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `countryid` (`countryid`),
  FULLTEXT KEY `name` (`name`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 COMMENT='utf8_general_ci' AUTO_INCREMENT=97 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_system_errors` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL,
  `error` text NOT NULL,
  `isview` tinyint(4) NOT NULL,
  `created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=608 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_transmissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `isdefault` tinyint(1) NOT NULL,
  `alias` varchar(250) NOT NULL,
  `ordering` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=7 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL,
  `name` varchar(300) NOT NULL,
  `cell` varchar(50) DEFAULT NULL,
  `phone` varchar(50) DEFAULT NULL,
  `email` varchar(300) NOT NULL,
  `weblink` varchar(300) DEFAULT NULL,
  `status` tinyint(1) DEFAULT NULL,
  `autogenerated` tinyint(4) DEFAULT NULL,
  `issocial` tinyint(1) DEFAULT NULL,
  `socialid` varchar(250) DEFAULT NULL,
  `photo` varchar(450) DEFAULT NULL,
  `cityid` int(11) DEFAULT NULL,
  `address` VARCHAR(250) NULL,
  `latitude` varchar(50) DEFAULT NULL,
  `longitude` varchar(50) DEFAULT NULL,
  `description` text,
  `videotypeid` tinyint(4) DEFAULT NULL,
  `video` varchar(250) DEFAULT NULL,
  `facebook` varchar(150) DEFAULT NULL,
  `twitter` varchar(150) DEFAULT NULL,
  `linkedin` varchar(150) DEFAULT NULL,
  `googleplus` varchar(150) DEFAULT NULL,
  `pinterest` varchar(150) DEFAULT NULL,
  `instagram` varchar(150) DEFAULT NULL,
  `reddit` varchar(150) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `params` longtext,
  `hash` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=74 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_vehicleimages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `vehicleid` int(11) NOT NULL,
  `file` varchar(450) NOT NULL,
  `filename` varchar(150) NOT NULL,
  `filesize` varchar(50) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `status` tinyint(1) DEFAULT NULL,
  `isdefault` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_vehicles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uid` int(11) NOT NULL,
  `sellerinfoid` int(11) NOT NULL,
  `vehicletypeid` int(11) NOT NULL,
  `makeid` int(11) NOT NULL,
  `modelid` int(11) NOT NULL,
  `modelyearid` int(11) DEFAULT NULL,
  `conditionid` int(11) DEFAULT NULL,
  `fueltypeid` int(11) DEFAULT NULL,
  `cylinderid` int(11) DEFAULT NULL,
  `transmissionid` int(11) DEFAULT NULL,
  `adexpiryid` int(11) DEFAULT NULL,
  `regcity` varchar(200) DEFAULT NULL,
  `loccity` varchar(200) DEFAULT NULL,
  `mileages` varchar(200) DEFAULT NULL,
  `price` int(11) DEFAULT NULL,
  `exteriorcolor` varchar(50) DEFAULT NULL,
  `interiorcolor` varchar(50) DEFAULT NULL,
  `enginecapacity` varchar(100) DEFAULT NULL,
  `cityfuelconsumption` varchar(100) DEFAULT NULL,
  `highwayfuelconsumption` varchar(100) DEFAULT NULL,
  `video` varchar(100) DEFAULT NULL,
  `videotype` text,
  `description` text DEFAULT NULL,
  `status` tinyint(4) DEFAULT NULL,
  `title` varchar(300) DEFAULT NULL,
  `alias` varchar(300) NOT NULL,
  `loczip` varchar(100) DEFAULT NULL,
  `created` datetime DEFAULT NULL,
  `isgoldvehicle` tinyint(4) DEFAULT NULL,
  `isfeaturedvehicle` tinyint(4) DEFAULT NULL,
  `startfeatureddate` datetime DEFAULT NULL,
  `endfeatureddate` datetime DEFAULT NULL,
  `adexpiryvalue` datetime DEFAULT NULL,
  `currencyid` int(11) DEFAULT NULL,
  `vehicleid` varchar(50) DEFAULT NULL,
  `hits` int(11) DEFAULT NULL,
  `issold` tinyint(4) DEFAULT NULL,
  `solddate` datetime DEFAULT NULL,
  `latitude` varchar(100) DEFAULT NULL,
  `longitude` varchar(100) DEFAULT NULL,
  `registrationnumber` varchar(100) DEFAULT NULL,
  `chasisnumber` varchar(100) DEFAULT NULL,
  `enginenumber` varchar(100) DEFAULT NULL,
  `streetaddress` varchar(250) DEFAULT NULL,
  `stocknumber` varchar(100) DEFAULT NULL,
  `acceleration` varchar(100) DEFAULT NULL,
  `maxspeed` varchar(100) DEFAULT NULL,
  `bargainprice` varchar(100) DEFAULT NULL,
  `exportprice` varchar(100) DEFAULT NULL,
  `isdiscount` tinyint(4) DEFAULT NULL,
  `discountstart` datetime DEFAULT NULL,
  `discountend` datetime DEFAULT NULL,
  `discounttype` tinyint(4) DEFAULT NULL,
  `discount` int(11) DEFAULT NULL,
  `speedmetertypeid` int(11) DEFAULT NULL,
  `co2` varchar(100) DEFAULT NULL,
  `soldbyuid` int(11) DEFAULT NULL,
  `goldvehiclebyuid` int(11) DEFAULT NULL,
  `featuredvehiclebyuid` int(11) DEFAULT NULL,
  `isdeleted` int(11) DEFAULT NULL,
  `deletevehiclebyid` int(11) DEFAULT NULL,
  `vehicleoptions` text,
  `params` longtext,
  `brochure` varchar(300) NOT NULL,
  `hash` VARCHAR(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_vehicletypes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `isdefault` tinyint(1) NOT NULL,
  `logo` varchar(250) NOT NULL,
  `alias` varchar(250) NOT NULL,
  `ordering` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM  DEFAULT CHARSET=utf8 AUTO_INCREMENT=17 ;

CREATE TABLE IF NOT EXISTS  `wp_js_vehiclemanager_zip` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(50) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `countryid` int(11) NOT NULL,
  `stateid` int(11) NOT NULL,
  `cityid` int(11) NOT NULL,
  `latitude` varchar(100) NOT NULL,
  `longitude` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `wp_js_vehiclemanager_jsvmsessiondata` (
  `id` int(11) NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `usersessionid` char(64) NOT NULL,
  `sessionmsg` text CHARACTER SET utf8 NOT NULL,
  `sessionexpire` bigint(32) NOT NULL,
  `sessionfor` varchar(125) NOT NULL,
  `msgkey`varchar(125) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

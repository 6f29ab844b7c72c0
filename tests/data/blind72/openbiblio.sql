-- OpenBiblio 1.0b (github.com/openbiblio/openbiblio-1.0, commit 8d892b541f2342735e078192f77b51dc21eeee43, GPL-2.0)
-- Tables from install/1.0b/sql/<table>.sql, as upstream writes them: the %prfx% database prefix,
-- SET statements and INSERTs of default rows removed. Upstream declares no foreign keys.

CREATE TABLE IF NOT EXISTS `biblio` (
  `bibid` int(11) NOT NULL AUTO_INCREMENT,
  `create_dt` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `last_change_dt` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `last_change_userid` int(11) NOT NULL DEFAULT '0',
  `material_cd` smallint(6) NOT NULL DEFAULT '0',
  `collection_cd` smallint(6) NOT NULL DEFAULT '0',
  `opac_flg` char(1) NOT NULL DEFAULT '',
  PRIMARY KEY (`bibid`)
) DEFAULT CHARSET=utf8 AUTO_INCREMENT=1375 ;

CREATE TABLE IF NOT EXISTS `biblio_copy` (
  `bibid` int(11) NOT NULL DEFAULT '0',
  `copyid` int(11) NOT NULL AUTO_INCREMENT,
  `create_dt` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `last_change_dt` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `last_change_userid` int(11) NOT NULL DEFAULT '0',
  `barcode_nmbr` varchar(20) NOT NULL DEFAULT '',
  `copy_desc` varchar(160) DEFAULT NULL,
  `vendor` varchar(100) DEFAULT NULL,
  `fund` varchar(100) DEFAULT NULL,
  `price` varchar(10) DEFAULT NULL,
  `expiration` varchar(100) DEFAULT NULL,
  `histid` int(11) DEFAULT NULL,
  `siteid` tinyint(3) NOT NULL DEFAULT '1',
  PRIMARY KEY (`copyid`),
  UNIQUE KEY `histid_idx` (`histid`),
  KEY `bibid_idx` (`bibid`),
  KEY `barcode_index` (`barcode_nmbr`)
) DEFAULT CHARSET=utf8 AUTO_INCREMENT=73 ;

CREATE TABLE IF NOT EXISTS `biblio_copy_fields` (
  `copyid` int(11) NOT NULL DEFAULT '0',
  `bibid` int(11) NOT NULL DEFAULT '0',
  `code` varchar(16) NOT NULL DEFAULT '',
  `data` text NOT NULL,
  PRIMARY KEY (`copyid`,`bibid`,`code`),
  KEY `code_index` (`code`)
)  DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `biblio_copy_fields_dm` (
  `code` varchar(16) NOT NULL,
  `description` varchar(32) NOT NULL DEFAULT '',
  `default_flg` char(1) NOT NULL DEFAULT '',
  PRIMARY KEY (`code`)
)  DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `biblio_field` (
  `bibid` int(11) NOT NULL,
  `fieldid` int(11) NOT NULL AUTO_INCREMENT,
  `seq` int(11) NOT NULL,
  `tag` char(3) NOT NULL,
  `ind1_cd` char(1) DEFAULT NULL,
  `ind2_cd` char(1) DEFAULT NULL,
  `field_data` text,
  `display` text,
  PRIMARY KEY (`fieldid`),
  KEY `bibid_idx` (`bibid`),
  KEY `tag_idx` (`tag`)
)   DEFAULT CHARSET=utf8 AUTO_INCREMENT=22233 ;

CREATE TABLE IF NOT EXISTS `biblio_hold` (
  `bibid` int(11) NOT NULL,
  `copyid` int(11) NOT NULL,
  `holdid` int(11) NOT NULL AUTO_INCREMENT,
  `hold_begin_dt` datetime NOT NULL,
  `mbrid` int(11) NOT NULL,
  PRIMARY KEY (`holdid`),
  KEY `mbr_index` (`mbrid`),
  KEY `bibid_index` (`bibid`),
  KEY `copyid_index` (`copyid`)
)  DEFAULT CHARSET=utf8 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `biblio_status_dm` (
  `code` char(3) NOT NULL,
  `description` varchar(40) NOT NULL,
  `default_flg` char(1) NOT NULL,
  PRIMARY KEY (`code`)
)  DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `biblio_status_hist` (
  `histid` bigint(20) NOT NULL AUTO_INCREMENT,
  `bibid` int(11) NOT NULL,
  `copyid` int(11) NOT NULL,
  `status_cd` char(3) NOT NULL,
  `status_begin_dt` datetime NOT NULL,
  PRIMARY KEY (`histid`),
  KEY `copy_index` (`bibid`,`copyid`)
)   DEFAULT CHARSET=utf8 AUTO_INCREMENT=178 ;

CREATE TABLE IF NOT EXISTS `biblio_stock` (
  `bibid` int(11) NOT NULL,
  `count` int(11) NOT NULL,
  `vendor` varchar(100) DEFAULT NULL,
  `fund` varchar(100) DEFAULT NULL,
  `price` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`bibid`)
)  DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `biblio_subfield` (
  `bibid` int(11) NOT NULL,
  `fieldid` int(11) NOT NULL,
  `subfieldid` int(11) NOT NULL AUTO_INCREMENT,
  `seq` int(11) NOT NULL,
  `subfield_cd` char(1) NOT NULL,
  `subfield_data` text NOT NULL,
  PRIMARY KEY (`subfieldid`),
  KEY `bibid_idx` (`bibid`),
  KEY `fieldid_idx` (`fieldid`),
  KEY `subfield_cd_idx` (`subfield_cd`)
)   DEFAULT CHARSET=utf8 AUTO_INCREMENT=22417 ;

CREATE TABLE IF NOT EXISTS `booking` (
  `bookingid` bigint(20) NOT NULL AUTO_INCREMENT,
  `bibid` int(11) NOT NULL,
  `book_dt` date NOT NULL,
  `due_dt` date NOT NULL,
  `out_histid` bigint(20) DEFAULT NULL,
  `out_dt` datetime DEFAULT NULL,
  `ret_histid` bigint(20) DEFAULT NULL,
  `ret_dt` datetime DEFAULT NULL,
  `create_dt` datetime NOT NULL,
  `last_change_dt` datetime NOT NULL,
  `last_change_userid` int(11) NOT NULL,
  PRIMARY KEY (`bookingid`),
  KEY `bibid_idx` (`bibid`),
  KEY `due_dt_idx` (`due_dt`),
  KEY `book_dt_idx` (`book_dt`),
  KEY `out_histid_idx` (`out_histid`),
  KEY `out_dt_idx` (`out_dt`),
  KEY `ret_histid_idx` (`ret_histid`),
  KEY `ret_dt_idx` (`ret_dt`)
)   DEFAULT CHARSET=utf8 AUTO_INCREMENT=14 ;

CREATE TABLE IF NOT EXISTS `booking_member` (
  `bookingid` bigint(20) NOT NULL,
  `mbrid` int(11) NOT NULL,
  PRIMARY KEY (`bookingid`,`mbrid`),
  KEY `mbrid_idx` (`mbrid`)
)  DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `calendar` (
  `calendar` int(11) NOT NULL,
  `date` date NOT NULL,
  `open` enum('Yes','No','Unset') NOT NULL,
  PRIMARY KEY (`calendar`,`date`)
)  DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `calendar_dm` (
  `code` int(11) NOT NULL AUTO_INCREMENT,
  `description` char(32) NOT NULL,
  `default_flg` char(1) NOT NULL,
  PRIMARY KEY (`code`)
)   DEFAULT CHARSET=utf8 AUTO_INCREMENT=5 ;

CREATE TABLE IF NOT EXISTS `cart` (
  `sess_id` text NOT NULL,
  `name` char(16) NOT NULL,
  `id` int(11) NOT NULL,
  PRIMARY KEY (`sess_id`(64),`name`,`id`)
)  DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS collection_circ (
  code smallint NOT NULL AUTO_INCREMENT,
  days_due_back smallint unsigned NOT NULL,
  minutes_due_back int unsigned NOT NULL,
  due_date_calculator varchar(30) NOT NULL DEFAULT 'simple',
  important_date timestamp NULL DEFAULT NULL,
  important_date_purpose varchar(30) NOT NULL DEFAULT 'not enabled',
  regular_late_fee decimal(4,2) NOT NULL,
  number_of_minutes_between_fee_applications int NOT NULL DEFAULT 1440,
  number_of_minutes_in_grace_period int DEFAULT 0,
  pre_closing_padding int DEFAULT 0,
  PRIMARY KEY (code),
  CONSTRAINT chk_time_between_fee_applications CHECK (number_of_minutes_between_fee_applications>0)
)   DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE IF NOT EXISTS `collection_dist` (
  `code` smallint(6) NOT NULL AUTO_INCREMENT,
  `restock_threshold` int(10) unsigned NOT NULL,
  PRIMARY KEY (`code`)
)   DEFAULT CHARSET=utf8 AUTO_INCREMENT=28 ;

CREATE TABLE IF NOT EXISTS `collection_dm` (
  `code` smallint(6) NOT NULL AUTO_INCREMENT,
  `description` varchar(40) NOT NULL,
  `default_flg` char(1) NOT NULL,
  `type` enum('Circulated','Distributed') NOT NULL DEFAULT 'Circulated',
  PRIMARY KEY (`code`)
)   DEFAULT CHARSET=utf8 AUTO_INCREMENT=28 ;

CREATE TABLE IF NOT EXISTS `images` (
  `bibid` int(11) NOT NULL,
  `imgurl` text NOT NULL,
  `url` text NOT NULL,
  `position` int(11) NOT NULL DEFAULT '0',
  `caption` text NOT NULL,
  `type` enum('Thumb','Link') NOT NULL,
  PRIMARY KEY (`bibid`,`imgurl`(128))
)  DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `lookup_hosts` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `seq` tinyint(4) NOT NULL,
  `active` enum('y','n') NOT NULL DEFAULT 'n',
  `host` varchar(50) NOT NULL,
  `port` int(11) unsigned NOT NULL DEFAULT '210',
  `name` varchar(50) NOT NULL,
  `db` varchar(20) NOT NULL,
  `service` enum('Z3950','SRU','SRW') NOT NULL DEFAULT 'Z3950',
  `syntax` varchar(20) NOT NULL DEFAULT '',
  `user` varchar(20) DEFAULT NULL,
  `pw` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
)   DEFAULT CHARSET=latin1 AUTO_INCREMENT=24 ;

CREATE TABLE IF NOT EXISTS `lookup_settings` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `protocol` enum('YAZ','SRU') NOT NULL DEFAULT 'YAZ',
  `maxHits` tinyint(4) NOT NULL DEFAULT '25',
  `timeout` int(10) unsigned NOT NULL DEFAULT '20',
  `keepDashes` enum('y','n') NOT NULL DEFAULT 'n',
  `callNmbrType` enum('LoC','Dew','UDC','local') NOT NULL DEFAULT 'Dew',
  `autoDewey` enum('y','n') NOT NULL DEFAULT 'y',
  `defaultDewey` varchar(10) NOT NULL DEFAULT '813.52',
  `autoCutter` enum('y','n') NOT NULL DEFAULT 'y',
  `cutterType` enum('LoC','CS3') NOT NULL DEFAULT 'CS3',
  `cutterWord` tinyint(4) NOT NULL DEFAULT '1',
  `noiseWords` varchar(255) NOT NULL DEFAULT 'a an and for of the this those',
  `autoCollect` enum('y','n') NOT NULL DEFAULT 'y',
  `fictionName` varchar(10) NOT NULL DEFAULT 'Fiction',
  `fictionCode` tinyint(4) NOT NULL DEFAULT '1',
  `fictionLoc` varchar(255) NOT NULL DEFAULT 'PQ PR PS PT PU PV PW PX PY PZ',
  `fictionDew` varchar(255) NOT NULL DEFAULT '813 823',
  PRIMARY KEY (`id`)
)   DEFAULT CHARSET=utf8 AUTO_INCREMENT=2 ;

CREATE TABLE IF NOT EXISTS `material_fields` (
  `material_field_id` int(4) NOT NULL AUTO_INCREMENT,
  `material_cd` int(11) DEFAULT NULL,
  `tag` char(3) NOT NULL,
  `subfield_cd` varchar(10) DEFAULT NULL,
  `position` tinyint(4) NOT NULL,
  `label` varchar(128) DEFAULT NULL,
  `form_type` ENUM( 'text', 'textarea', 'date', 'datetime', 'month', 'number', 'url', 'tel', 'email', 'search', 'color', 'password', 'range' ) NOT NULL DEFAULT 'text',
  `validation_cd` VARCHAR( 10 ) DEFAULT NULL,
	`required` tinyint(1) NOT NULL,
  `repeatable` tinyint(1) DEFAULT NULL,
  `search_results` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`material_field_id`)
)   DEFAULT CHARSET=latin1 AUTO_INCREMENT=136 ;

CREATE TABLE IF NOT EXISTS `material_type_dm` (
  `code` smallint(6) NOT NULL AUTO_INCREMENT,
  `description` varchar(40) NOT NULL,
  `default_flg` char(1) NOT NULL,
  `adult_checkout_limit` tinyint(3) unsigned NOT NULL default 10,
  `juvenile_checkout_limit` tinyint(3) unsigned NOT NULL default 5,
  `image_file` varchar(128) DEFAULT NULL,
	`srch_disp_lines` tinyint(3) unsigned NOT NULL DEFAULT '4',
  PRIMARY KEY (`code`)
)   DEFAULT CHARSET=utf8 AUTO_INCREMENT=12 ;

CREATE TABLE IF NOT EXISTS `mbr_classify_dm` (
  `code` smallint(6) NOT NULL AUTO_INCREMENT,
  `description` varchar(40) COLLATE latin1_general_ci NOT NULL DEFAULT '',
  `default_flg` char(1) COLLATE latin1_general_ci NOT NULL DEFAULT '',
  `max_fines` decimal(4,2) NOT NULL,
  PRIMARY KEY (`code`)
)   DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci AUTO_INCREMENT=5 ;

CREATE TABLE IF NOT EXISTS member (
  mbrid int NOT NULL AUTO_INCREMENT,
  barcode_nmbr varchar(20) NOT NULL DEFAULT '',
  create_dt datetime NOT NULL,
  last_change_dt timestamp ON UPDATE CURRENT_TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  last_change_userid int NOT NULL DEFAULT '0',
  first_name varchar(50) NOT NULL DEFAULT '',
  last_name varchar(50) NOT NULL DEFAULT '',
  first_legal_name varchar(50) DEFAULT NULL,
  last_legal_name varchar(50) DEFAULT NULL,
  address1 varchar(32) DEFAULT NULL,
  address2 varchar(32) DEFAULT NULL,
  city varchar(32) DEFAULT NULL,
  state varchar(32) DEFAULT NULL,
  zip varchar(10) DEFAULT NULL,
  zip_ext varchar(10) DEFAULT NULL,
  password char(32) DEFAULT NULL,
  home_phone varchar(15) DEFAULT NULL,
  work_phone varchar(15) DEFAULT NULL,
  email varchar(128) DEFAULT NULL,
  classification smallint NOT NULL,
  siteid tinyint unsigned NOT NULL,
  school_grade tinyint unsigned NOT NULL,
  school_teacher varchar(32) NOT NULL,
  PRIMARY KEY (mbrid)
)   DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE IF NOT EXISTS `member_account` (
  `mbrid` int(11) NOT NULL DEFAULT '0',
  `transid` int(11) NOT NULL,
  `create_dt` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `create_userid` int(11) NOT NULL DEFAULT '0',
  `transaction_type_cd` char(2) NOT NULL DEFAULT '',
  `amount` decimal(8,2) NOT NULL DEFAULT '0.00',
  `description` varchar(128) DEFAULT NULL,
  PRIMARY KEY (`mbrid`,`transid`)
)  DEFAULT CHARSET=utf8 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `member_fields` (
  `mbrid` int(11) NOT NULL,
  `code` varchar(16) COLLATE latin1_general_ci NOT NULL,
  `data` text COLLATE latin1_general_ci NOT NULL,
  PRIMARY KEY (`mbrid`,`code`),
  KEY `code_index` (`code`)
)  DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE IF NOT EXISTS `member_fields_dm` (
  `code` varchar(16) NOT NULL,
  `description` char(32) NOT NULL,
  `default_flg` char(1),
  PRIMARY KEY (`code`)
)   DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE IF NOT EXISTS open_hours (
hourid INT(11) NOT NULL AUTO_INCREMENT,
siteid INT(11) NOT NULL,
day INT NOT NULL,
start_time INT NOT NULL,
end_time INT NOT NULL,
by_appointment BOOLEAN DEFAULT FALSE,
effective_start_date DATE,
effective_end_date DATE,
public_note VARCHAR(128),
private_note VARCHAR(128),
PRIMARY KEY (hourid),
CONSTRAINT chk_StartTime CHECK (start_time<2400),
CONSTRAINT chk_EndTime CHECK (end_time<2400),
CONSTRAINT chk_NotTooManyStartMinutes CHECK (MOD(start_time,100)<60),
CONSTRAINT chk_NotTooManyEndMinutes CHECK (MOD(end_time,100)<60),
CONSTRAINT chk_EndTimeAfterStartTime CHECK (start_time<end_time),
CONSTRAINT chk_EndDateAfterStartDate CHECK (effective_start_date<effective_end_date),
CONSTRAINT chk_Day CHECK (day<7 AND day>=0)
)   DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE IF NOT EXISTS `php_sess` (
  `id` varchar(128) NOT NULL DEFAULT '',
  `last_access_dt` datetime DEFAULT NULL,
  `data` mediumtext,
  PRIMARY KEY (`id`)
)  DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `session` (
  `userid` int(5) NOT NULL,
  `last_updated_dt` datetime NOT NULL,
  `token` int(5) NOT NULL
)  DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS settings (
  `name` varchar(64) NOT NULL DEFAULT '',
  `position` int DEFAULT NULL,
  `title` text,
  `type` enum('text','number','tel','url','email','select','checkbox','textarea','int','bool') NOT NULL DEFAULT 'text',
  `width` int DEFAULT NULL,
  `type_data` text,
  `validator` text,
  `value` text,
  `menu` enum('admin','tools','none') NOT NULL DEFAULT 'admin',
  PRIMARY KEY (`name`)
)   DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE IF NOT EXISTS `site` (
  `siteid` int(11) NOT NULL AUTO_INCREMENT,
  `calendar` int(11) NOT NULL,
  `name` text NOT NULL,
  `code` varchar(10) DEFAULT NULL,
  `address1` varchar(128) DEFAULT NULL,
  `address2` varchar(128) DEFAULT NULL,
  `city` varchar(50) DEFAULT NULL,
  `state` char(2) DEFAULT NULL,
  `zip` varchar(15) DEFAULT NULL,
  `phone` varchar(15) DEFAULT NULL,
  `fax` varchar(15) DEFAULT NULL,
  `email` varchar(128) DEFAULT NULL,
  `delivery_note` text NOT NULL,
  PRIMARY KEY (`siteid`)
)   DEFAULT CHARSET=utf8 AUTO_INCREMENT=4 ;

CREATE TABLE IF NOT EXISTS staff (
  userid int(11) NOT NULL AUTO_INCREMENT,
  create_dt datetime NOT NULL,
  last_change_dt datetime NOT NULL,
  last_change_userid int(11) NOT NULL,
  username varchar(20) NOT NULL,
  pwd char(32) NOT NULL,
  last_name varchar(30) NOT NULL,
  first_name varchar(30) DEFAULT NULL,
  secret_key char(32) NOT NULL,
  suspended_flg char(1) NOT NULL,
  admin_flg char(1) NOT NULL,
  circ_flg char(1) NOT NULL,
  circ_mbr_flg char(1) NOT NULL,
  catalog_flg char(1) NOT NULL,
  reports_flg char(1) NOT NULL,
  tools_flg char(1) NOT NULL,
  start_page varchar(64) DEFAULT 'admin' NOT NULL,
  PRIMARY KEY (userid)
)   DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE IF NOT EXISTS `state_dm` (
  `code` varchar(20) NOT NULL,
  `description` varchar(32) NOT NULL,
  `default_flg` char(1) NOT NULL,
  PRIMARY KEY (`code`)
)  DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `transaction_type_dm` (
  `code` char(2) NOT NULL,
  `description` varchar(40) NOT NULL,
  `default_flg` char(1) NOT NULL,
  PRIMARY KEY (`code`)
)  DEFAULT CHARSET=utf8;

CREATE TABLE IF NOT EXISTS `translocales` (
  `transLocaleID` int(11) NOT NULL AUTO_INCREMENT,
  `transLocaleCode` varchar(10) NOT NULL,
  `transLocaleText` varchar(50) NOT NULL,
  `transLocaleEnglishText` varchar(50) NOT NULL,
  PRIMARY KEY (`transLocaleID`)
)  DEFAULT CHARSET=utf8 AUTO_INCREMENT=1 ;

CREATE TABLE IF NOT EXISTS `validation_dm` (
  `code` char(8) NOT NULL,
  `description` varchar(32) NOT NULL,
  `pattern` varchar(1024) NOT NULL,
  PRIMARY KEY (`code`)
)  DEFAULT CHARSET=utf8 COMMENT='for HTML5 input field validations';

CREATE TABLE IF NOT EXISTS `view_fields` (
  `vfid` int(11) NOT NULL AUTO_INCREMENT,
  `page` varchar(32) NOT NULL,
  `position` tinyint(4) NOT NULL,
  `tag` char(3) NOT NULL,
  `tag_id` tinyint(4) DEFAULT NULL,
  `subfield` char(1) DEFAULT NULL,
  `subfield_id` tinyint(4) DEFAULT NULL,
  `required` char(1) NOT NULL DEFAULT 'N',
  `auto_repeat` enum('No','Tag','Subfield') NOT NULL DEFAULT 'No',
  `label` varchar(128) DEFAULT NULL,
  `form_type` enum('text','textarea') NOT NULL DEFAULT 'text',
  PRIMARY KEY (`vfid`)
)  DEFAULT CHARSET=utf8 AUTO_INCREMENT=1 ;


-- xTuple PostBooks (xTuple ERP, PostBooks edition): CRM and sales part of the foundation database.
-- Upstream: github.com/xtuple/xtuple, read at commit df5aa4704f5dbd26567e78794bd2feecdfb17130 (2017-06-16),
--   from the copy github.com/tomdatkins/xtuple whose HEAD is that upstream merge commit (licence CPAL-1.0).
-- Source files: foundation-database/440_schema.sql (pg_dump of the 4.4.0 schema) for each table, then the
--   xt.add_column / xt.add_constraint calls of foundation-database/public/tables/<table>.sql (columns added since
--   4.4.0 appended in their order; PK/UNIQUE/FK constraints added there kept). PostgreSQL written as MySQL by a script:
--   text -> TEXT (VARCHAR(255) where indexed), boolean -> TINYINT(1), numeric(p,s) -> DECIMAL(p,s), bare numeric ->
--   DECIMAL(30,10), timestamp -> DATETIME, bytea -> BLOB; sequence (nextval) keys -> AUTO_INCREMENT; function defaults
--   (now(), basecurrid(), geteffectivextuser()) and CHECK constraints dropped; COMMENT ON texts kept as COMMENTs.
--   Foreign keys to tables left out are dropped; foreign keys closing a cycle are added by ALTER TABLE at the end.
SET NAMES utf8mb4;

CREATE TABLE `addr` (
  `addr_id` INT NOT NULL AUTO_INCREMENT,
  `addr_active` TINYINT(1) DEFAULT 1,
  `addr_line1` TEXT DEFAULT '',
  `addr_line2` TEXT DEFAULT '',
  `addr_line3` TEXT DEFAULT '',
  `addr_city` TEXT DEFAULT '',
  `addr_state` TEXT DEFAULT '',
  `addr_postalcode` TEXT DEFAULT '',
  `addr_country` TEXT DEFAULT '',
  `addr_notes` TEXT DEFAULT '',
  `addr_number` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`addr_id`),
  UNIQUE KEY `addr_addr_number_key` (`addr_number`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Postal Address';

CREATE TABLE `custtype` (
  `custtype_id` INT NOT NULL AUTO_INCREMENT,
  `custtype_code` VARCHAR(255) NOT NULL,
  `custtype_descrip` TEXT NOT NULL,
  `custtype_char` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`custtype_id`),
  UNIQUE KEY `custtype_custtype_code_key` (`custtype_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Customer Type information';

CREATE TABLE `custgrp` (
  `custgrp_id` INT NOT NULL AUTO_INCREMENT,
  `custgrp_name` TEXT NOT NULL,
  `custgrp_descrip` TEXT,
  PRIMARY KEY (`custgrp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Customer Group information';

CREATE TABLE `custgrpitem` (
  `custgrpitem_id` INT NOT NULL AUTO_INCREMENT,
  `custgrpitem_custgrp_id` INT,
  `custgrpitem_cust_id` INT,
  PRIMARY KEY (`custgrpitem_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Customer Group Item information';

CREATE TABLE `opsource` (
  `opsource_id` INT NOT NULL AUTO_INCREMENT,
  `opsource_name` VARCHAR(255) NOT NULL,
  `opsource_descrip` TEXT,
  PRIMARY KEY (`opsource_id`),
  UNIQUE KEY `opsource_opsource_name_key` (`opsource_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Opportunity Lead Source values.';

CREATE TABLE `opstage` (
  `opstage_id` INT NOT NULL AUTO_INCREMENT,
  `opstage_name` VARCHAR(255) NOT NULL,
  `opstage_descrip` TEXT,
  `opstage_order` INT NOT NULL DEFAULT 0,
  `opstage_opinactive` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`opstage_id`),
  UNIQUE KEY `opstage_opstage_name_key` (`opstage_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Opportunity stage values.';

CREATE TABLE `optype` (
  `optype_id` INT NOT NULL AUTO_INCREMENT,
  `optype_name` VARCHAR(255) NOT NULL,
  `optype_descrip` TEXT,
  PRIMARY KEY (`optype_id`),
  UNIQUE KEY `optype_optype_name_key` (`optype_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Opportunity Type values.';

CREATE TABLE `incdtcat` (
  `incdtcat_id` INT NOT NULL AUTO_INCREMENT,
  `incdtcat_name` VARCHAR(255) NOT NULL,
  `incdtcat_order` INT,
  `incdtcat_descrip` TEXT,
  `incdtcat_ediprofile_id` INT,
  PRIMARY KEY (`incdtcat_id`),
  UNIQUE KEY `incdtcat_incdtcat_name_key` (`incdtcat_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Incident Category table';

CREATE TABLE `incdtpriority` (
  `incdtpriority_id` INT NOT NULL AUTO_INCREMENT,
  `incdtpriority_name` VARCHAR(255) NOT NULL,
  `incdtpriority_order` INT,
  `incdtpriority_descrip` TEXT,
  PRIMARY KEY (`incdtpriority_id`),
  UNIQUE KEY `incdtpriority_incdtpriority_name_key` (`incdtpriority_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Incident Priority table';

CREATE TABLE `cmnttype` (
  `cmnttype_id` INT NOT NULL AUTO_INCREMENT,
  `cmnttype_name` VARCHAR(255) NOT NULL,
  `cmnttype_descrip` TEXT NOT NULL,
  `cmnttype_usedin` TEXT,
  `cmnttype_sys` TINYINT(1) NOT NULL DEFAULT 0,
  `cmnttype_editable` TINYINT(1) NOT NULL DEFAULT 0,
  `cmnttype_order` INT,
  PRIMARY KEY (`cmnttype_id`),
  UNIQUE KEY `cmnttype_cmnttype_name_key` (`cmnttype_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Comment Type information';

CREATE TABLE `comment` (
  `comment_id` INT NOT NULL AUTO_INCREMENT,
  `comment_source_id` INT,
  `comment_date` DATETIME,
  `comment_user` TEXT,
  `comment_text` TEXT,
  `comment_cmnttype_id` INT,
  `comment_source` TEXT,
  `comment_public` TINYINT(1),
  PRIMARY KEY (`comment_id`),
  CONSTRAINT `comment_comment_cmnttype_id_fkey` FOREIGN KEY (`comment_cmnttype_id`) REFERENCES `cmnttype` (`cmnttype_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Comment information';

CREATE TABLE `charass` (
  `charass_id` INT NOT NULL AUTO_INCREMENT,
  `charass_target_type` TEXT,
  `charass_target_id` INT,
  `charass_char_id` INT,
  `charass_value` TEXT,
  `charass_default` TINYINT(1) NOT NULL DEFAULT 0,
  `charass_price` DECIMAL(16,4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`charass_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Characteristic assignment information';

CREATE TABLE `char` (
  `char_id` INT NOT NULL,
  `char_name` VARCHAR(255) NOT NULL,
  `char_items` TINYINT(1) COMMENT 'DEPRECATED - this column has been replaced by a row in the charuse table with target_type I',
  `char_options` TINYINT(1),
  `char_attributes` TINYINT(1),
  `char_lotserial` TINYINT(1) COMMENT 'DEPRECATED - this column has been replaced by rows in the charuse table with target_types LS and LSR',
  `char_notes` TEXT,
  `char_customers` TINYINT(1) COMMENT 'DEPRECATED - this column has been replaced by rows in the charuse table with target_types C and CT',
  `char_crmaccounts` TINYINT(1) COMMENT 'DEPRECATED - this column has been replaced by a row in the charuse table with target_type CRMA',
  `char_addresses` TINYINT(1) COMMENT 'DEPRECATED - this column has been replaced by a row in the charuse table with target_type ADDR',
  `char_contacts` TINYINT(1) COMMENT 'DEPRECATED - this column has been replaced by a row in the charuse table with target_type CNTCT',
  `char_opportunity` TINYINT(1) COMMENT 'DEPRECATED - this column has been replaced by a row in the charuse table with target_type OPP',
  `char_employees` TINYINT(1) DEFAULT 0 COMMENT 'DEPRECATED - this column has been replaced by a row in the charuse table with target_type EMP',
  `char_mask` TEXT,
  `char_validator` TEXT,
  `char_incidents` TINYINT(1) DEFAULT 0 COMMENT 'DEPRECATED - this column has been replaced by a row in the charuse table with target_type INCDT',
  `char_type` INT NOT NULL DEFAULT 0,
  `char_order` INT NOT NULL DEFAULT 0,
  `char_search` TINYINT(1) NOT NULL DEFAULT 1,
  `char_quotes` TINYINT(1) DEFAULT 0 COMMENT 'DEPRECATED - this column has been replaced by a row in the charuse table with target_type QU',
  `char_salesorders` TINYINT(1) DEFAULT 0 COMMENT 'DEPRECATED - this column has been replaced by a row in the charuse table with target_type SO',
  `char_invoices` TINYINT(1) DEFAULT 0 COMMENT 'DEPRECATED - this column has been replaced by a row in the charuse table with target_type INV',
  `char_vendors` TINYINT(1) DEFAULT 0 COMMENT 'DEPRECATED - this column has been replaced by a row in the charuse table with target_type V',
  `char_purchaseorders` TINYINT(1) DEFAULT 0 COMMENT 'DEPRECATED - this column has been replaced by a row in the charuse table with target_type PO',
  `char_vouchers` TINYINT(1) DEFAULT 0 COMMENT 'DEPRECATED - this column has been replaced by a row in the charuse table with target_type VCH',
  `char_projects` TINYINT(1) DEFAULT 0 COMMENT 'DEPRECATED - this column has been replaced by a row in the charuse table with target_type PROJ',
  `char_tasks` TINYINT(1) DEFAULT 0 COMMENT 'DEPRECATED - this column has been replaced by a row in the charuse table with target_type TASK',
  `char_unique` TINYINT(1) DEFAULT 0 COMMENT 'Setting to ensure only one usage of the characteristic per object',
  `char_group` TEXT COMMENT 'Characteristic grouping to sort lists of characteristics into like groups',
  PRIMARY KEY (`char_id`),
  UNIQUE KEY `char_char_name_key` (`char_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Characteristic information';

CREATE TABLE `docass` (
  `docass_id` INT NOT NULL AUTO_INCREMENT,
  `docass_source_id` INT NOT NULL,
  `docass_source_type` TEXT NOT NULL,
  `docass_target_id` INT NOT NULL,
  `docass_target_type` TEXT NOT NULL DEFAULT 'URL',
  `docass_purpose` CHAR(1) NOT NULL DEFAULT 'S',
  `docass_username` TEXT,
  `docass_created` DATETIME,
  PRIMARY KEY (`docass_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Document Assignement References';

CREATE TABLE `alarm` (
  `alarm_id` INT NOT NULL AUTO_INCREMENT,
  `alarm_number` TEXT NOT NULL,
  `alarm_event` TINYINT(1) NOT NULL DEFAULT 0,
  `alarm_email` TINYINT(1) NOT NULL DEFAULT 0,
  `alarm_sysmsg` TINYINT(1) NOT NULL DEFAULT 0,
  `alarm_trigger` DATETIME,
  `alarm_time` DATETIME,
  `alarm_time_offset` INT,
  `alarm_time_qualifier` TEXT,
  `alarm_creator` TEXT,
  `alarm_event_recipient` TEXT,
  `alarm_email_recipient` TEXT,
  `alarm_sysmsg_recipient` TEXT,
  `alarm_source` TEXT,
  `alarm_source_id` INT,
  PRIMARY KEY (`alarm_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='This table is the open alarms.';

CREATE TABLE `quitem` (
  `quitem_id` INT NOT NULL AUTO_INCREMENT,
  `quitem_quhead_id` INT,
  `quitem_linenumber` INT,
  `quitem_itemsite_id` INT,
  `quitem_scheddate` DATE,
  `quitem_qtyord` DECIMAL(18,6),
  `quitem_unitcost` DECIMAL(16,6),
  `quitem_price` DECIMAL(16,4),
  `quitem_custprice` DECIMAL(16,4),
  `quitem_memo` TEXT,
  `quitem_custpn` TEXT,
  `quitem_createorder` TINYINT(1),
  `quitem_order_warehous_id` INT,
  `quitem_item_id` INT,
  `quitem_prcost` DECIMAL(16,6),
  `quitem_imported` TINYINT(1) DEFAULT 0,
  `quitem_qty_uom_id` INT NOT NULL,
  `quitem_qty_invuomratio` DECIMAL(20,10) NOT NULL,
  `quitem_price_uom_id` INT NOT NULL,
  `quitem_price_invuomratio` DECIMAL(20,10) NOT NULL,
  `quitem_promdate` DATE,
  `quitem_taxtype_id` INT,
  `quitem_dropship` TINYINT(1) DEFAULT 0,
  `quitem_itemsrc_id` INT,
  `quitem_pricemode` CHAR(1) NOT NULL DEFAULT 'D' COMMENT 'Pricing mode for quote item.  Valid values are D-discount, and M-markup',
  `quitem_subnumber` INT NOT NULL DEFAULT 0,
  `quitem_listprice` DECIMAL(16,4) COMMENT 'List price of Item.',
  `quitem_created` DATETIME,
  `quitem_lastupdated` DATETIME,
  PRIMARY KEY (`quitem_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Quote Line Item information';

CREATE TABLE `usrpref` (
  `usrpref_id` INT NOT NULL AUTO_INCREMENT,
  `usrpref_name` TEXT,
  `usrpref_value` TEXT,
  `usrpref_username` TEXT,
  PRIMARY KEY (`usrpref_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='User Preferences information';

CREATE TABLE `usrpriv` (
  `usrpriv_id` INT NOT NULL AUTO_INCREMENT,
  `usrpriv_priv_id` INT,
  `usrpriv_username` TEXT,
  PRIMARY KEY (`usrpriv_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='User Privileges information';

CREATE TABLE `grp` (
  `grp_id` INT NOT NULL AUTO_INCREMENT,
  `grp_name` VARCHAR(255) NOT NULL,
  `grp_descrip` TEXT,
  `grp_showimmenu` TINYINT(1) NOT NULL DEFAULT 0,
  `grp_showpdmenu` TINYINT(1) NOT NULL DEFAULT 0,
  `grp_showmsmenu` TINYINT(1) NOT NULL DEFAULT 0,
  `grp_showwomenu` TINYINT(1) NOT NULL DEFAULT 0,
  `grp_showcrmmenu` TINYINT(1) NOT NULL DEFAULT 0,
  `grp_showpomenu` TINYINT(1) NOT NULL DEFAULT 0,
  `grp_showsomenu` TINYINT(1) NOT NULL DEFAULT 0,
  `grp_showglmenu` TINYINT(1) NOT NULL DEFAULT 0,
  `grp_showimtoolbar` TINYINT(1) NOT NULL DEFAULT 0,
  `grp_showpdtoolbar` TINYINT(1) NOT NULL DEFAULT 0,
  `grp_showmstoolbar` TINYINT(1) NOT NULL DEFAULT 0,
  `grp_showwotoolbar` TINYINT(1) NOT NULL DEFAULT 0,
  `grp_showcrmtoolbar` TINYINT(1) NOT NULL DEFAULT 0,
  `grp_showpotoolbar` TINYINT(1) NOT NULL DEFAULT 0,
  `grp_showsotoolbar` TINYINT(1) NOT NULL DEFAULT 0,
  `grp_showgltoolbar` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`grp_id`),
  UNIQUE KEY `grp_grp_name_key` (`grp_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='This table is the basic group information.';

CREATE TABLE `usrgrp` (
  `usrgrp_id` INT NOT NULL AUTO_INCREMENT,
  `usrgrp_grp_id` INT NOT NULL,
  `usrgrp_username` TEXT NOT NULL,
  PRIMARY KEY (`usrgrp_id`),
  CONSTRAINT `usrgrp_usrgrp_grp_id_fkey` FOREIGN KEY (`usrgrp_grp_id`) REFERENCES `grp` (`grp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='This is which group a user belongs to.';

CREATE TABLE `msg` (
  `msg_id` INT NOT NULL AUTO_INCREMENT,
  `msg_posted` DATETIME,
  `msg_scheduled` DATETIME,
  `msg_text` TEXT,
  `msg_expires` DATETIME,
  `msg_username` TEXT,
  PRIMARY KEY (`msg_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='System Message information';

CREATE TABLE `msguser` (
  `msguser_id` INT NOT NULL AUTO_INCREMENT,
  `msguser_msg_id` INT,
  `msguser_viewed` DATETIME,
  `msguser_username` TEXT,
  PRIMARY KEY (`msguser_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='System Message user information';

CREATE TABLE `evntlog` (
  `evntlog_id` INT NOT NULL AUTO_INCREMENT,
  `evntlog_evnttime` DATETIME,
  `evntlog_evnttype_id` INT,
  `evntlog_ord_id` INT,
  `evntlog_dispatched` DATETIME,
  `evntlog_action` TEXT,
  `evntlog_warehous_id` INT,
  `evntlog_number` TEXT,
  `evntlog_newvalue` DECIMAL(20,10),
  `evntlog_oldvalue` DECIMAL(20,10),
  `evntlog_newdate` DATE,
  `evntlog_olddate` DATE,
  `evntlog_ordtype` CHAR(2),
  `evntlog_username` TEXT,
  PRIMARY KEY (`evntlog_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Event Notification history';

CREATE TABLE `evntnot` (
  `evntnot_id` INT NOT NULL AUTO_INCREMENT,
  `evntnot_evnttype_id` INT,
  `evntnot_warehous_id` INT,
  `evntnot_username` TEXT,
  PRIMARY KEY (`evntnot_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Temporary table for storing information about user Event Notification selections';

CREATE TABLE `evnttype` (
  `evnttype_id` INT NOT NULL AUTO_INCREMENT,
  `evnttype_name` VARCHAR(255) NOT NULL,
  `evnttype_descrip` TEXT,
  `evnttype_module` TEXT,
  PRIMARY KEY (`evnttype_id`),
  UNIQUE KEY `evnttype_evnttype_name_key` (`evnttype_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Event Type information';

CREATE TABLE `terms` (
  `terms_id` INT NOT NULL AUTO_INCREMENT,
  `terms_code` VARCHAR(255) NOT NULL,
  `terms_descrip` TEXT,
  `terms_type` CHAR(1),
  `terms_duedays` INT,
  `terms_discdays` INT,
  `terms_discprcnt` DECIMAL(10,6),
  `terms_cutoffday` INT,
  `terms_ap` TINYINT(1),
  `terms_ar` TINYINT(1),
  `terms_fincharg` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`terms_id`),
  UNIQUE KEY `terms_terms_code_key` (`terms_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Billing Terms information';

CREATE TABLE `saletype` (
  `saletype_id` INT NOT NULL AUTO_INCREMENT COMMENT 'Sequence identifier for sale type.',
  `saletype_code` TEXT NOT NULL COMMENT 'User defined identifier for sale type.',
  `saletype_descr` TEXT COMMENT 'Description for sale type.',
  `saletype_active` TINYINT(1) NOT NULL DEFAULT 1 COMMENT 'Boolean to deactivate a sale type.',
  `saletype_default` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`saletype_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Type or Origination of Sale.';

CREATE TABLE `shipvia` (
  `shipvia_id` INT NOT NULL AUTO_INCREMENT,
  `shipvia_code` VARCHAR(255) NOT NULL,
  `shipvia_descrip` TEXT,
  PRIMARY KEY (`shipvia_id`),
  UNIQUE KEY `shipvia_shipvia_code_key` (`shipvia_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Ship Via information';

CREATE TABLE `taxzone` (
  `taxzone_id` INT NOT NULL AUTO_INCREMENT COMMENT 'Primary key',
  `taxzone_code` VARCHAR(255) NOT NULL COMMENT 'Code',
  `taxzone_descrip` TEXT COMMENT 'Description',
  PRIMARY KEY (`taxzone_id`),
  UNIQUE KEY `taxzone_taxzone_code_key` (`taxzone_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Tax zone information';

CREATE TABLE `invchead` (
  `invchead_id` INT NOT NULL AUTO_INCREMENT,
  `invchead_cust_id` INT NOT NULL,
  `invchead_shipto_id` INT,
  `invchead_ordernumber` TEXT,
  `invchead_orderdate` DATE,
  `invchead_posted` TINYINT(1) NOT NULL,
  `invchead_printed` TINYINT(1) NOT NULL,
  `invchead_invcnumber` VARCHAR(255) NOT NULL,
  `invchead_invcdate` DATE NOT NULL,
  `invchead_shipdate` DATE,
  `invchead_ponumber` TEXT,
  `invchead_shipvia` TEXT,
  `invchead_fob` TEXT,
  `invchead_billto_name` TEXT,
  `invchead_billto_address1` TEXT,
  `invchead_billto_address2` TEXT,
  `invchead_billto_address3` TEXT,
  `invchead_billto_city` TEXT,
  `invchead_billto_state` TEXT,
  `invchead_billto_zipcode` TEXT,
  `invchead_billto_phone` TEXT,
  `invchead_shipto_name` TEXT,
  `invchead_shipto_address1` TEXT,
  `invchead_shipto_address2` TEXT,
  `invchead_shipto_address3` TEXT,
  `invchead_shipto_city` TEXT,
  `invchead_shipto_state` TEXT,
  `invchead_shipto_zipcode` TEXT,
  `invchead_shipto_phone` TEXT,
  `invchead_salesrep_id` INT,
  `invchead_commission` DECIMAL(20,10) NOT NULL,
  `invchead_terms_id` INT,
  `invchead_freight` DECIMAL(16,2) NOT NULL,
  `invchead_misc_amount` DECIMAL(16,2) NOT NULL,
  `invchead_misc_descrip` TEXT,
  `invchead_misc_accnt_id` INT,
  `invchead_payment` DECIMAL(16,2),
  `invchead_paymentref` TEXT,
  `invchead_notes` TEXT,
  `invchead_billto_country` TEXT,
  `invchead_shipto_country` TEXT,
  `invchead_prj_id` INT,
  `invchead_curr_id` INT,
  `invchead_gldistdate` DATE,
  `invchead_recurring` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Deprecated.',
  `invchead_recurring_interval` INT COMMENT 'Deprecated.',
  `invchead_recurring_type` TEXT COMMENT 'Deprecated.',
  `invchead_recurring_until` DATE COMMENT 'Deprecated.',
  `invchead_recurring_invchead_id` INT,
  `invchead_shipchrg_id` INT,
  `invchead_taxzone_id` INT,
  `invchead_void` TINYINT(1) DEFAULT 0,
  `invchead_saletype_id` INT COMMENT 'Associated sale type for invoice.',
  `invchead_shipzone_id` INT COMMENT 'Associated shipping zone for invoice.',
  `invchead_created` DATETIME,
  `invchead_lastupdated` DATETIME,
  PRIMARY KEY (`invchead_id`),
  UNIQUE KEY `invchead_invcnumber_unique` (`invchead_invcnumber`),
  CONSTRAINT `invchead_invchead_saletype_id_fkey` FOREIGN KEY (`invchead_saletype_id`) REFERENCES `saletype` (`saletype_id`),
  CONSTRAINT `invchead_invchead_taxzone_id_fkey` FOREIGN KEY (`invchead_taxzone_id`) REFERENCES `taxzone` (`taxzone_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Invoice header information';

CREATE TABLE `invcitem` (
  `invcitem_id` INT NOT NULL AUTO_INCREMENT,
  `invcitem_invchead_id` INT NOT NULL,
  `invcitem_linenumber` INT,
  `invcitem_item_id` INT,
  `invcitem_warehous_id` INT DEFAULT -1,
  `invcitem_custpn` TEXT,
  `invcitem_number` TEXT,
  `invcitem_descrip` TEXT,
  `invcitem_ordered` DECIMAL(20,6) NOT NULL,
  `invcitem_billed` DECIMAL(20,6) NOT NULL,
  `invcitem_custprice` DECIMAL(20,4),
  `invcitem_price` DECIMAL(20,4) NOT NULL,
  `invcitem_notes` TEXT,
  `invcitem_salescat_id` INT,
  `invcitem_taxtype_id` INT,
  `invcitem_qty_uom_id` INT,
  `invcitem_qty_invuomratio` DECIMAL(20,10) NOT NULL,
  `invcitem_price_uom_id` INT,
  `invcitem_price_invuomratio` DECIMAL(20,10) NOT NULL,
  `invcitem_coitem_id` INT,
  `invcitem_updateinv` TINYINT(1) DEFAULT 0,
  `invcitem_rev_accnt_id` INT,
  `invcitem_listprice` DECIMAL(16,4) COMMENT 'List price of Item.',
  PRIMARY KEY (`invcitem_id`),
  UNIQUE KEY `invcitem_invchead_id_linenumber_unique` (`invcitem_invchead_id`, `invcitem_linenumber`),
  CONSTRAINT `invcitem_invchead_id_fkey` FOREIGN KEY (`invcitem_invchead_id`) REFERENCES `invchead` (`invchead_id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Invoice Line Item information';

CREATE TABLE `country` (
  `country_id` INT NOT NULL AUTO_INCREMENT,
  `country_abbr` CHAR(2),
  `country_name` VARCHAR(255),
  `country_curr_abbr` CHAR(3),
  `country_curr_name` TEXT,
  `country_curr_number` CHAR(3),
  `country_curr_symbol` VARCHAR(9),
  `country_qt_number` INT,
  PRIMARY KEY (`country_id`),
  UNIQUE KEY `country_country_abbr_key` (`country_abbr`),
  UNIQUE KEY `country_country_name_key` (`country_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Basic information and properties about countries.';

CREATE TABLE `metric` (
  `metric_id` INT NOT NULL AUTO_INCREMENT,
  `metric_name` VARCHAR(255) NOT NULL,
  `metric_value` TEXT,
  `metric_module` TEXT,
  PRIMARY KEY (`metric_id`),
  UNIQUE KEY `metric_metric_name_key` (`metric_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Application-wide settings information';

CREATE TABLE `crmacct` (
  `crmacct_id` INT NOT NULL AUTO_INCREMENT COMMENT 'Internal ID of this CRM Account.',
  `crmacct_number` VARCHAR(255) NOT NULL COMMENT 'Abbreviated human-readable identifier for this CRM Account.',
  `crmacct_name` TEXT COMMENT 'Long name of this CRM Account.',
  `crmacct_active` TINYINT(1) DEFAULT 1 COMMENT 'This CRM Account is available for new activity.',
  `crmacct_type` CHAR(1) COMMENT 'This indicates whether the CRM Account represents an organization or an individual person.',
  `crmacct_cust_id` INT COMMENT 'If this is not null, this CRM Account is a Customer.',
  `crmacct_competitor_id` INT COMMENT 'For now, > 0 indicates this CRM Account is a competitor. Eventually this may become a foreign key to a table of competitors.',
  `crmacct_partner_id` INT COMMENT 'For now, > 0 indicates this CRM Account is a partner. Eventually this may become a foreign key to a table of partners.',
  `crmacct_prospect_id` INT COMMENT 'If this is not null, this CRM Account is a Prospect.',
  `crmacct_vend_id` INT COMMENT 'If this is not null, this CRM Account is a Vendor.',
  `crmacct_cntct_id_1` INT COMMENT 'The primary contact for the CRM Account.',
  `crmacct_cntct_id_2` INT COMMENT 'The secondary contact for the CRM Account.',
  `crmacct_parent_id` INT COMMENT 'The internal ID of an (optional) parent CRM Account. For example, if the current CRM Account is a subsidiary of another company, the crmacct_parent_id points to the CRM Account representing that parent company.',
  `crmacct_notes` TEXT COMMENT 'Free-form comments pertaining to the CRM Account.',
  `crmacct_taxauth_id` INT COMMENT 'If this is not null, this CRM Account is a Tax Authority.',
  `crmacct_owner_username` TEXT COMMENT 'The application User responsible for this CRM Account.',
  `crmacct_emp_id` INT COMMENT 'If this is not null, this CRM Account is an Employee.',
  `crmacct_salesrep_id` INT COMMENT 'If this is not null, this CRM Account is a Sales Rep.',
  `crmacct_usr_username` TEXT COMMENT 'If this is not null, this CRM Account is an application User.',
  `crmacct_created` DATETIME,
  `crmacct_lastupdated` DATETIME,
  PRIMARY KEY (`crmacct_id`),
  UNIQUE KEY `crmacct_crmacct_number_key` (`crmacct_number`),
  CONSTRAINT `crmacct_crmacct_parent_id_fkey` FOREIGN KEY (`crmacct_parent_id`) REFERENCES `crmacct` (`crmacct_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='CRM Accounts are umbrella records that tie together people and organizations with whom we have business relationships.';

CREATE TABLE `cntct` (
  `cntct_id` INT NOT NULL AUTO_INCREMENT,
  `cntct_crmacct_id` INT,
  `cntct_addr_id` INT,
  `cntct_first_name` TEXT,
  `cntct_last_name` TEXT,
  `cntct_honorific` TEXT,
  `cntct_initials` TEXT,
  `cntct_active` TINYINT(1) DEFAULT 1,
  `cntct_phone` TEXT,
  `cntct_phone2` TEXT,
  `cntct_fax` TEXT,
  `cntct_email` TEXT,
  `cntct_webaddr` TEXT,
  `cntct_notes` TEXT,
  `cntct_title` TEXT,
  `cntct_number` VARCHAR(255) NOT NULL,
  `cntct_middle` TEXT,
  `cntct_suffix` TEXT,
  `cntct_owner_username` TEXT,
  `cntct_name` TEXT,
  `cntct_created` DATETIME,
  `cntct_lastupdated` DATETIME,
  PRIMARY KEY (`cntct_id`),
  UNIQUE KEY `cntct_cntct_number_key` (`cntct_number`),
  CONSTRAINT `cntct_cntct_addr_id_fkey` FOREIGN KEY (`cntct_addr_id`) REFERENCES `addr` (`addr_id`),
  CONSTRAINT `cntct_cntct_crmacct_id_fkey` FOREIGN KEY (`cntct_crmacct_id`) REFERENCES `crmacct` (`crmacct_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Contact - information on how to reach a living person';

CREATE TABLE `cntctaddr` (
  `cntctaddr_id` INT NOT NULL AUTO_INCREMENT,
  `cntctaddr_cntct_id` INT,
  `cntctaddr_primary` TINYINT(1) NOT NULL,
  `cntctaddr_addr_id` INT NOT NULL,
  `cntctaddr_type` CHAR(2) NOT NULL,
  PRIMARY KEY (`cntctaddr_id`),
  CONSTRAINT `cntctaddr_cntctaddr_addr_id_fkey` FOREIGN KEY (`cntctaddr_addr_id`) REFERENCES `addr` (`addr_id`),
  CONSTRAINT `cntctaddr_cntctaddr_cntct_id_fkey` FOREIGN KEY (`cntctaddr_cntct_id`) REFERENCES `cntct` (`cntct_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cntctdata` (
  `cntctdata_id` INT NOT NULL AUTO_INCREMENT,
  `cntctdata_cntct_id` INT,
  `cntctdata_primary` TINYINT(1) NOT NULL,
  `cntctdata_text` TEXT NOT NULL,
  `cntctdata_type` CHAR(2) NOT NULL,
  PRIMARY KEY (`cntctdata_id`),
  CONSTRAINT `cntctdata_cntctdata_cntct_id_fkey` FOREIGN KEY (`cntctdata_cntct_id`) REFERENCES `cntct` (`cntct_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cntcteml` (
  `cntcteml_id` INT NOT NULL AUTO_INCREMENT COMMENT 'Primary key',
  `cntcteml_cntct_id` INT COMMENT 'Reference to contact table',
  `cntcteml_primary` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Flags whether this is the primary email address',
  `cntcteml_email` TEXT NOT NULL COMMENT 'Alternate information',
  PRIMARY KEY (`cntcteml_id`),
  CONSTRAINT `cntcteml_cntcteml_cntct_id_fkey` FOREIGN KEY (`cntcteml_cntct_id`) REFERENCES `cntct` (`cntct_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stores email addresses for contacts';

CREATE TABLE `cntctmrgd` (
  `cntctmrgd_cntct_id` INT NOT NULL,
  `cntctmrgd_error` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`cntctmrgd_cntct_id`),
  CONSTRAINT `cntctmrgd_cntctmrgd_cntct_id_fkey` FOREIGN KEY (`cntctmrgd_cntct_id`) REFERENCES `cntct` (`cntct_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `emp` (
  `emp_id` INT NOT NULL AUTO_INCREMENT,
  `emp_code` VARCHAR(255) NOT NULL COMMENT 'Short, human-readable name for employee. This value is kept synchronized with usr_username and salesrep_number, and so is unique across all three tables emp, usr, and salesrep.',
  `emp_number` VARCHAR(255) NOT NULL COMMENT 'Official employee number. This might be used for ID badges, payroll accounting, or other purposes.',
  `emp_active` TINYINT(1) NOT NULL DEFAULT 1,
  `emp_cntct_id` INT,
  `emp_warehous_id` INT,
  `emp_mgr_emp_id` INT,
  `emp_wage_type` TEXT NOT NULL,
  `emp_wage` DECIMAL(30,10),
  `emp_wage_curr_id` INT,
  `emp_wage_period` TEXT NOT NULL,
  `emp_dept_id` INT,
  `emp_shift_id` INT,
  `emp_notes` TEXT,
  `emp_image_id` INT,
  `emp_username` TEXT COMMENT 'DEPRECATED - the relationship between Employee and User is now maintained through the crmacct table.',
  `emp_extrate` DECIMAL(30,10),
  `emp_extrate_period` TEXT NOT NULL,
  `emp_startdate` DATE,
  `emp_name` TEXT NOT NULL,
  `emp_created` DATETIME,
  `emp_lastupdated` DATETIME,
  PRIMARY KEY (`emp_id`),
  UNIQUE KEY `emp_emp_code_key` (`emp_code`),
  UNIQUE KEY `emp_emp_number_key` (`emp_number`),
  CONSTRAINT `emp_emp_cntct_id_fkey` FOREIGN KEY (`emp_cntct_id`) REFERENCES `cntct` (`cntct_id`),
  CONSTRAINT `emp_emp_mgr_emp_id_fkey` FOREIGN KEY (`emp_mgr_emp_id`) REFERENCES `emp` (`emp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Employee table describing the basic properties of an employee. Employees need not be system users.';

CREATE TABLE `salesrep` (
  `salesrep_id` INT NOT NULL AUTO_INCREMENT,
  `salesrep_active` TINYINT(1),
  `salesrep_number` VARCHAR(255) NOT NULL,
  `salesrep_name` TEXT,
  `salesrep_commission` DECIMAL(8,4),
  `salesrep_method` CHAR(1),
  `salesrep_emp_id` INT COMMENT 'DEPRECATED - the relationship between Sales Rep and Employee is now maintained through the crmacct table.',
  `salesrep_created` DATETIME,
  `salesrep_lastupdated` DATETIME,
  PRIMARY KEY (`salesrep_id`),
  UNIQUE KEY `salesrep_salesrep_number_key` (`salesrep_number`),
  CONSTRAINT `salesrep_salesrep_emp_id_fkey` FOREIGN KEY (`salesrep_emp_id`) REFERENCES `emp` (`emp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Sales Representative information';

CREATE TABLE `prospect` (
  `prospect_id` INT NOT NULL AUTO_INCREMENT,
  `prospect_active` TINYINT(1) NOT NULL DEFAULT 1,
  `prospect_number` VARCHAR(255) NOT NULL,
  `prospect_name` TEXT NOT NULL,
  `prospect_cntct_id` INT,
  `prospect_comments` TEXT,
  `prospect_created` DATE NOT NULL,
  `prospect_salesrep_id` INT,
  `prospect_warehous_id` INT,
  `prospect_taxzone_id` INT,
  `prospect_lastupdated` DATETIME,
  PRIMARY KEY (`prospect_id`),
  UNIQUE KEY `prospect_prospect_number_key` (`prospect_number`),
  CONSTRAINT `prospect_prospect_cntct_id_fkey` FOREIGN KEY (`prospect_cntct_id`) REFERENCES `cntct` (`cntct_id`),
  CONSTRAINT `prospect_prospect_salesrep_id_fkey` FOREIGN KEY (`prospect_salesrep_id`) REFERENCES `salesrep` (`salesrep_id`),
  CONSTRAINT `prospect_prospect_taxzone_id_fkey` FOREIGN KEY (`prospect_taxzone_id`) REFERENCES `taxzone` (`taxzone_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Prospect Information';

CREATE TABLE `custinfo` (
  `cust_id` INT NOT NULL AUTO_INCREMENT,
  `cust_active` TINYINT(1) NOT NULL,
  `cust_custtype_id` INT,
  `cust_salesrep_id` INT,
  `cust_commprcnt` DECIMAL(10,6),
  `cust_name` TEXT,
  `cust_creditlmt` INT,
  `cust_creditrating` TEXT,
  `cust_financecharge` TINYINT(1),
  `cust_backorder` TINYINT(1) NOT NULL,
  `cust_partialship` TINYINT(1) NOT NULL,
  `cust_terms_id` INT,
  `cust_discntprcnt` DECIMAL(10,6) NOT NULL,
  `cust_balmethod` CHAR(1) NOT NULL,
  `cust_ffshipto` TINYINT(1) NOT NULL,
  `cust_shipform_id` INT,
  `cust_shipvia` TEXT,
  `cust_blanketpos` TINYINT(1) NOT NULL,
  `cust_shipchrg_id` INT NOT NULL,
  `cust_creditstatus` CHAR(1) NOT NULL,
  `cust_comments` TEXT,
  `cust_ffbillto` TINYINT(1) NOT NULL,
  `cust_usespos` TINYINT(1) NOT NULL,
  `cust_number` VARCHAR(255) NOT NULL,
  `cust_dateadded` DATE,
  `cust_exported` TINYINT(1) DEFAULT 0,
  `cust_emaildelivery` TINYINT(1) DEFAULT 0,
  `cust_ediemail` TEXT COMMENT 'Deprecated column - DO NOT USE',
  `cust_edisubject` TEXT COMMENT 'Deprecated column - DO NOT USE',
  `cust_edifilename` TEXT COMMENT 'Deprecated column - DO NOT USE',
  `cust_ediemailbody` TEXT COMMENT 'Deprecated column - DO NOT USE',
  `cust_autoupdatestatus` TINYINT(1) NOT NULL,
  `cust_autoholdorders` TINYINT(1) NOT NULL,
  `cust_edicc` TEXT COMMENT 'Deprecated column - DO NOT USE',
  `cust_ediprofile_id` INT COMMENT 'Deprecated column - DO NOT USE',
  `cust_preferred_warehous_id` INT NOT NULL DEFAULT -1,
  `cust_curr_id` INT,
  `cust_creditlmt_curr_id` INT,
  `cust_cntct_id` INT,
  `cust_corrcntct_id` INT,
  `cust_soemaildelivery` TINYINT(1) DEFAULT 0,
  `cust_soediemail` TEXT COMMENT 'Deprecated column - DO NOT USE',
  `cust_soedisubject` TEXT COMMENT 'Deprecated column - DO NOT USE',
  `cust_soedifilename` TEXT COMMENT 'Deprecated column - DO NOT USE',
  `cust_soediemailbody` TEXT COMMENT 'Deprecated column - DO NOT USE',
  `cust_soedicc` TEXT COMMENT 'Deprecated column - DO NOT USE',
  `cust_soediprofile_id` INT COMMENT 'Deprecated column - DO NOT USE',
  `cust_gracedays` INT,
  `cust_ediemailhtml` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Deprecated column - DO NOT USE',
  `cust_soediemailhtml` TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'Deprecated column - DO NOT USE',
  `cust_taxzone_id` INT,
  `cust_statementcycle` TEXT,
  `cust_created` DATETIME,
  `cust_lastupdated` DATETIME,
  PRIMARY KEY (`cust_id`),
  UNIQUE KEY `custinfo_cust_number_key` (`cust_number`),
  CONSTRAINT `custinfo_cust_terms_fkey` FOREIGN KEY (`cust_terms_id`) REFERENCES `terms` (`terms_id`) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT `custinfo_cust_taxzone_id_fkey` FOREIGN KEY (`cust_taxzone_id`) REFERENCES `taxzone` (`taxzone_id`),
  CONSTRAINT `custinfo_cust_cntct_id_fkey` FOREIGN KEY (`cust_cntct_id`) REFERENCES `cntct` (`cntct_id`),
  CONSTRAINT `custinfo_cust_corrcntct_id_fkey` FOREIGN KEY (`cust_corrcntct_id`) REFERENCES `cntct` (`cntct_id`),
  CONSTRAINT `custinfo_cust_custtype_fkey` FOREIGN KEY (`cust_custtype_id`) REFERENCES `custtype` (`custtype_id`) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT `custinfo_cust_salesrep_fkey` FOREIGN KEY (`cust_salesrep_id`) REFERENCES `salesrep` (`salesrep_id`) ON UPDATE RESTRICT ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Customer information';

CREATE TABLE `shiptoinfo` (
  `shipto_id` INT NOT NULL AUTO_INCREMENT,
  `shipto_cust_id` INT NOT NULL,
  `shipto_name` TEXT,
  `shipto_salesrep_id` INT,
  `shipto_comments` TEXT,
  `shipto_shipcomments` TEXT,
  `shipto_shipzone_id` INT,
  `shipto_shipvia` TEXT,
  `shipto_commission` DECIMAL(10,4) NOT NULL,
  `shipto_shipform_id` INT,
  `shipto_shipchrg_id` INT,
  `shipto_active` TINYINT(1) NOT NULL,
  `shipto_default` TINYINT(1),
  `shipto_num` VARCHAR(255),
  `shipto_ediprofile_id` INT COMMENT 'Deprecated column - DO NOT USE',
  `shipto_cntct_id` INT,
  `shipto_addr_id` INT,
  `shipto_taxzone_id` INT,
  `shipto_preferred_warehous_id` INT NOT NULL DEFAULT -1,
  `shipto_created` DATETIME,
  `shipto_lastupdated` DATETIME,
  PRIMARY KEY (`shipto_id`),
  UNIQUE KEY `shipto_num_cust_unique` (`shipto_cust_id`, `shipto_num`),
  CONSTRAINT `shiptoinfo_shipto_addr_id_fkey` FOREIGN KEY (`shipto_addr_id`) REFERENCES `addr` (`addr_id`),
  CONSTRAINT `shiptoinfo_shipto_cntct_id_fkey` FOREIGN KEY (`shipto_cntct_id`) REFERENCES `cntct` (`cntct_id`),
  CONSTRAINT `shiptoinfo_shipto_cust_id_fkey` FOREIGN KEY (`shipto_cust_id`) REFERENCES `custinfo` (`cust_id`),
  CONSTRAINT `shiptoinfo_shipto_salesrep_fkey` FOREIGN KEY (`shipto_salesrep_id`) REFERENCES `salesrep` (`salesrep_id`) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT `shiptoinfo_shipto_taxzone_id_fkey` FOREIGN KEY (`shipto_taxzone_id`) REFERENCES `taxzone` (`taxzone_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Ship-To information';

CREATE TABLE `ophead` (
  `ophead_id` INT NOT NULL AUTO_INCREMENT,
  `ophead_name` TEXT NOT NULL,
  `ophead_crmacct_id` INT,
  `ophead_owner_username` TEXT,
  `ophead_opstage_id` INT,
  `ophead_opsource_id` INT,
  `ophead_optype_id` INT,
  `ophead_probability_prcnt` INT,
  `ophead_amount` DECIMAL(20,4),
  `ophead_target_date` DATE,
  `ophead_actual_date` DATE,
  `ophead_notes` TEXT,
  `ophead_curr_id` INT,
  `ophead_active` TINYINT(1) DEFAULT 1,
  `ophead_cntct_id` INT,
  `ophead_username` TEXT,
  `ophead_start_date` DATE,
  `ophead_assigned_date` DATE,
  `ophead_priority_id` INT,
  `ophead_number` VARCHAR(255) NOT NULL,
  `ophead_created` DATETIME,
  `ophead_lastupdated` DATETIME,
  PRIMARY KEY (`ophead_id`),
  UNIQUE KEY `ophead_ophead_number_key` (`ophead_number`),
  CONSTRAINT `ophead_ophead_cntct_id_fkey` FOREIGN KEY (`ophead_cntct_id`) REFERENCES `cntct` (`cntct_id`),
  CONSTRAINT `ophead_ophead_crmacct_id_fkey` FOREIGN KEY (`ophead_crmacct_id`) REFERENCES `crmacct` (`crmacct_id`),
  CONSTRAINT `ophead_ophead_opsource_id_fkey` FOREIGN KEY (`ophead_opsource_id`) REFERENCES `opsource` (`opsource_id`),
  CONSTRAINT `ophead_ophead_opstage_id_fkey` FOREIGN KEY (`ophead_opstage_id`) REFERENCES `opstage` (`opstage_id`),
  CONSTRAINT `ophead_ophead_optype_id_fkey` FOREIGN KEY (`ophead_optype_id`) REFERENCES `optype` (`optype_id`),
  CONSTRAINT `ophead_ophead_priority_id_fkey` FOREIGN KEY (`ophead_priority_id`) REFERENCES `incdtpriority` (`incdtpriority_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Opportunity header.';

CREATE TABLE `quhead` (
  `quhead_id` INT NOT NULL AUTO_INCREMENT,
  `quhead_number` VARCHAR(255) NOT NULL,
  `quhead_cust_id` INT NOT NULL,
  `quhead_quotedate` DATE,
  `quhead_shipto_id` INT,
  `quhead_shiptoname` TEXT,
  `quhead_shiptoaddress1` TEXT,
  `quhead_shiptoaddress2` TEXT,
  `quhead_shiptoaddress3` TEXT,
  `quhead_shiptocity` TEXT,
  `quhead_shiptostate` TEXT,
  `quhead_shiptozipcode` TEXT,
  `quhead_shiptophone` TEXT,
  `quhead_salesrep_id` INT,
  `quhead_terms_id` INT,
  `quhead_freight` DECIMAL(16,4),
  `quhead_ordercomments` TEXT,
  `quhead_shipcomments` TEXT,
  `quhead_billtoname` TEXT,
  `quhead_billtoaddress1` TEXT,
  `quhead_billtoaddress2` TEXT,
  `quhead_billtoaddress3` TEXT,
  `quhead_billtocity` TEXT,
  `quhead_billtostate` TEXT,
  `quhead_billtozip` TEXT,
  `quhead_commission` DECIMAL(16,4),
  `quhead_custponumber` TEXT,
  `quhead_fob` TEXT,
  `quhead_shipvia` TEXT,
  `quhead_warehous_id` INT,
  `quhead_packdate` DATE,
  `quhead_prj_id` INT,
  `quhead_misc` DECIMAL(16,4) NOT NULL DEFAULT 0,
  `quhead_misc_accnt_id` INT,
  `quhead_misc_descrip` TEXT,
  `quhead_billtocountry` TEXT,
  `quhead_shiptocountry` TEXT,
  `quhead_curr_id` INT,
  `quhead_imported` TINYINT(1) DEFAULT 0,
  `quhead_expire` DATE,
  `quhead_calcfreight` TINYINT(1) NOT NULL DEFAULT 0,
  `quhead_shipto_cntct_id` INT,
  `quhead_shipto_cntct_honorific` TEXT,
  `quhead_shipto_cntct_first_name` TEXT,
  `quhead_shipto_cntct_middle` TEXT,
  `quhead_shipto_cntct_last_name` TEXT,
  `quhead_shipto_cntct_suffix` TEXT,
  `quhead_shipto_cntct_phone` TEXT,
  `quhead_shipto_cntct_title` TEXT,
  `quhead_shipto_cntct_fax` TEXT,
  `quhead_shipto_cntct_email` TEXT,
  `quhead_billto_cntct_id` INT,
  `quhead_billto_cntct_honorific` TEXT,
  `quhead_billto_cntct_first_name` TEXT,
  `quhead_billto_cntct_middle` TEXT,
  `quhead_billto_cntct_last_name` TEXT,
  `quhead_billto_cntct_suffix` TEXT,
  `quhead_billto_cntct_phone` TEXT,
  `quhead_billto_cntct_title` TEXT,
  `quhead_billto_cntct_fax` TEXT,
  `quhead_billto_cntct_email` TEXT,
  `quhead_taxzone_id` INT,
  `quhead_taxtype_id` INT,
  `quhead_ophead_id` INT,
  `quhead_status` TEXT,
  `quhead_saletype_id` INT COMMENT 'Associated sale type for quote.',
  `quhead_shipzone_id` INT COMMENT 'Associated shipping zone for quote.',
  `quhead_created` DATETIME,
  `quhead_lastupdated` DATETIME,
  PRIMARY KEY (`quhead_id`),
  UNIQUE KEY `quhead_quhead_number_key` (`quhead_number`),
  CONSTRAINT `quhead_quhead_billto_cntct_id_fkey` FOREIGN KEY (`quhead_billto_cntct_id`) REFERENCES `cntct` (`cntct_id`),
  CONSTRAINT `quhead_quhead_ophead_id_fkey` FOREIGN KEY (`quhead_ophead_id`) REFERENCES `ophead` (`ophead_id`),
  CONSTRAINT `quhead_quhead_salesrep_id_fkey` FOREIGN KEY (`quhead_salesrep_id`) REFERENCES `salesrep` (`salesrep_id`),
  CONSTRAINT `quhead_quhead_saletype_id_fkey` FOREIGN KEY (`quhead_saletype_id`) REFERENCES `saletype` (`saletype_id`),
  CONSTRAINT `quhead_quhead_shipto_cntct_id_fkey` FOREIGN KEY (`quhead_shipto_cntct_id`) REFERENCES `cntct` (`cntct_id`),
  CONSTRAINT `quhead_quhead_shipto_id_fkey` FOREIGN KEY (`quhead_shipto_id`) REFERENCES `shiptoinfo` (`shipto_id`),
  CONSTRAINT `quhead_quhead_taxzone_id_fkey` FOREIGN KEY (`quhead_taxzone_id`) REFERENCES `taxzone` (`taxzone_id`),
  CONSTRAINT `quhead_quhead_terms_id_fkey` FOREIGN KEY (`quhead_terms_id`) REFERENCES `terms` (`terms_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Quote header information';

CREATE TABLE `cohead` (
  `cohead_id` INT NOT NULL AUTO_INCREMENT,
  `cohead_number` VARCHAR(255) NOT NULL,
  `cohead_cust_id` INT NOT NULL,
  `cohead_custponumber` TEXT,
  `cohead_orderdate` DATE,
  `cohead_warehous_id` INT,
  `cohead_shipto_id` INT,
  `cohead_shiptoname` TEXT,
  `cohead_shiptoaddress1` TEXT,
  `cohead_shiptoaddress2` TEXT,
  `cohead_shiptoaddress3` TEXT,
  `cohead_shiptoaddress4` TEXT,
  `cohead_shiptoaddress5` TEXT,
  `cohead_salesrep_id` INT NOT NULL,
  `cohead_terms_id` INT NOT NULL,
  `cohead_fob` TEXT,
  `cohead_shipvia` TEXT,
  `cohead_shiptocity` TEXT,
  `cohead_shiptostate` TEXT,
  `cohead_shiptozipcode` TEXT,
  `cohead_freight` DECIMAL(16,4) NOT NULL,
  `cohead_misc` DECIMAL(16,4) NOT NULL DEFAULT 0,
  `cohead_imported` TINYINT(1) DEFAULT 0,
  `cohead_ordercomments` TEXT,
  `cohead_shipcomments` TEXT,
  `cohead_shiptophone` TEXT,
  `cohead_shipchrg_id` INT,
  `cohead_shipform_id` INT,
  `cohead_billtoname` TEXT,
  `cohead_billtoaddress1` TEXT,
  `cohead_billtoaddress2` TEXT,
  `cohead_billtoaddress3` TEXT,
  `cohead_billtocity` TEXT,
  `cohead_billtostate` TEXT,
  `cohead_billtozipcode` TEXT,
  `cohead_misc_accnt_id` INT,
  `cohead_misc_descrip` TEXT,
  `cohead_commission` DECIMAL(16,4),
  `cohead_miscdate` DATE,
  `cohead_holdtype` CHAR(1),
  `cohead_packdate` DATE,
  `cohead_prj_id` INT,
  `cohead_wasquote` TINYINT(1) NOT NULL DEFAULT 0,
  `cohead_lastupdated` DATETIME NOT NULL,
  `cohead_shipcomplete` TINYINT(1) NOT NULL DEFAULT 0,
  `cohead_created` DATETIME,
  `cohead_creator` TEXT,
  `cohead_quote_number` TEXT,
  `cohead_billtocountry` TEXT,
  `cohead_shiptocountry` TEXT,
  `cohead_curr_id` INT,
  `cohead_calcfreight` TINYINT(1) NOT NULL DEFAULT 0,
  `cohead_shipto_cntct_id` INT,
  `cohead_shipto_cntct_honorific` TEXT,
  `cohead_shipto_cntct_first_name` TEXT,
  `cohead_shipto_cntct_middle` TEXT,
  `cohead_shipto_cntct_last_name` TEXT,
  `cohead_shipto_cntct_suffix` TEXT,
  `cohead_shipto_cntct_phone` TEXT,
  `cohead_shipto_cntct_title` TEXT,
  `cohead_shipto_cntct_fax` TEXT,
  `cohead_shipto_cntct_email` TEXT,
  `cohead_billto_cntct_id` INT,
  `cohead_billto_cntct_honorific` TEXT,
  `cohead_billto_cntct_first_name` TEXT,
  `cohead_billto_cntct_middle` TEXT,
  `cohead_billto_cntct_last_name` TEXT,
  `cohead_billto_cntct_suffix` TEXT,
  `cohead_billto_cntct_phone` TEXT,
  `cohead_billto_cntct_title` TEXT,
  `cohead_billto_cntct_fax` TEXT,
  `cohead_billto_cntct_email` TEXT,
  `cohead_taxzone_id` INT,
  `cohead_taxtype_id` INT,
  `cohead_ophead_id` INT,
  `cohead_status` CHAR(1) NOT NULL DEFAULT 'O',
  `cohead_saletype_id` INT COMMENT 'Associated sale type for sales order.',
  `cohead_shipzone_id` INT COMMENT 'Associated shipping zone for sales order.',
  PRIMARY KEY (`cohead_id`),
  UNIQUE KEY `cohead_cohead_number_key` (`cohead_number`),
  CONSTRAINT `cohead_cohead_billto_cntct_id_fkey` FOREIGN KEY (`cohead_billto_cntct_id`) REFERENCES `cntct` (`cntct_id`),
  CONSTRAINT `cohead_cohead_cust_id_fkey` FOREIGN KEY (`cohead_cust_id`) REFERENCES `custinfo` (`cust_id`),
  CONSTRAINT `cohead_cohead_ophead_id_fkey` FOREIGN KEY (`cohead_ophead_id`) REFERENCES `ophead` (`ophead_id`),
  CONSTRAINT `cohead_cohead_salesrep_id_fkey` FOREIGN KEY (`cohead_salesrep_id`) REFERENCES `salesrep` (`salesrep_id`),
  CONSTRAINT `cohead_cohead_saletype_id_fkey` FOREIGN KEY (`cohead_saletype_id`) REFERENCES `saletype` (`saletype_id`),
  CONSTRAINT `cohead_cohead_shipto_cntct_id_fkey` FOREIGN KEY (`cohead_shipto_cntct_id`) REFERENCES `cntct` (`cntct_id`),
  CONSTRAINT `cohead_cohead_shipto_id_fkey` FOREIGN KEY (`cohead_shipto_id`) REFERENCES `shiptoinfo` (`shipto_id`),
  CONSTRAINT `cohead_cohead_taxzone_id_fkey` FOREIGN KEY (`cohead_taxzone_id`) REFERENCES `taxzone` (`taxzone_id`),
  CONSTRAINT `cohead_cohead_terms_id_fkey` FOREIGN KEY (`cohead_terms_id`) REFERENCES `terms` (`terms_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Sales Order header information';

CREATE TABLE `coitem` (
  `coitem_id` INT NOT NULL AUTO_INCREMENT,
  `coitem_cohead_id` INT,
  `coitem_linenumber` INT NOT NULL,
  `coitem_itemsite_id` INT,
  `coitem_status` CHAR(1),
  `coitem_scheddate` DATE,
  `coitem_promdate` DATE,
  `coitem_qtyord` DECIMAL(18,6) NOT NULL,
  `coitem_unitcost` DECIMAL(16,6) NOT NULL,
  `coitem_price` DECIMAL(16,4) NOT NULL,
  `coitem_custprice` DECIMAL(16,4) NOT NULL,
  `coitem_qtyshipped` DECIMAL(18,6) NOT NULL,
  `coitem_order_id` INT,
  `coitem_memo` TEXT,
  `coitem_imported` TINYINT(1) DEFAULT 0,
  `coitem_qtyreturned` DECIMAL(18,6),
  `coitem_closedate` DATETIME,
  `coitem_custpn` TEXT,
  `coitem_order_type` CHAR(1),
  `coitem_close_username` TEXT,
  `coitem_lastupdated` DATETIME NOT NULL,
  `coitem_substitute_item_id` INT,
  `coitem_created` DATETIME,
  `coitem_creator` TEXT,
  `coitem_prcost` DECIMAL(16,6),
  `coitem_qty_uom_id` INT NOT NULL,
  `coitem_qty_invuomratio` DECIMAL(20,10) NOT NULL,
  `coitem_price_uom_id` INT NOT NULL,
  `coitem_price_invuomratio` DECIMAL(20,10) NOT NULL,
  `coitem_warranty` TINYINT(1) NOT NULL DEFAULT 0,
  `coitem_cos_accnt_id` INT,
  `coitem_qtyreserved` DECIMAL(18,6) NOT NULL DEFAULT 0.0,
  `coitem_subnumber` INT NOT NULL DEFAULT 0,
  `coitem_firm` TINYINT(1) NOT NULL DEFAULT 0,
  `coitem_taxtype_id` INT,
  `coitem_rev_accnt_id` INT,
  `coitem_pricemode` CHAR(1) NOT NULL DEFAULT 'D' COMMENT 'Pricing mode for sales order item.  Valid values are D-discount, and M-markup',
  `coitem_qtyreserved_uom_id` INT COMMENT 'UOM of qtyreserved (same as Item Inv UOM).',
  `coitem_listprice` DECIMAL(16,4),
  `coitem_dropship` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`coitem_id`),
  CONSTRAINT `coitem_coitem_cohead_id_fkey` FOREIGN KEY (`coitem_cohead_id`) REFERENCES `cohead` (`cohead_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Sales Order Line Item information';

CREATE TABLE `aropen` (
  `aropen_id` INT NOT NULL AUTO_INCREMENT,
  `aropen_docdate` DATE NOT NULL,
  `aropen_duedate` DATE NOT NULL,
  `aropen_terms_id` INT,
  `aropen_cust_id` INT,
  `aropen_doctype` CHAR(1),
  `aropen_docnumber` TEXT,
  `aropen_applyto` TEXT,
  `aropen_ponumber` TEXT,
  `aropen_amount` DECIMAL(20,2) NOT NULL,
  `aropen_notes` TEXT,
  `aropen_posted` TINYINT(1) NOT NULL DEFAULT 0,
  `aropen_salesrep_id` INT,
  `aropen_commission_due` DECIMAL(20,2),
  `aropen_commission_paid` TINYINT(1) DEFAULT 0,
  `aropen_ordernumber` TEXT,
  `aropen_cobmisc_id` INT DEFAULT -1,
  `aropen_journalnumber` INT,
  `aropen_paid` DECIMAL(20,2) DEFAULT 0,
  `aropen_open` TINYINT(1),
  `aropen_username` TEXT,
  `aropen_rsncode_id` INT,
  `aropen_salescat_id` INT DEFAULT -1,
  `aropen_accnt_id` INT DEFAULT -1,
  `aropen_curr_id` INT,
  `aropen_closedate` DATE,
  `aropen_distdate` DATE,
  `aropen_curr_rate` DECIMAL(30,10) NOT NULL,
  `aropen_discount` TINYINT(1) NOT NULL DEFAULT 0,
  `aropen_fincharg_date` DATE,
  `aropen_fincharg_amount` DECIMAL(20,2),
  `aropen_taxzone_id` INT,
  PRIMARY KEY (`aropen_id`),
  CONSTRAINT `aropen_aropen_cust_id_fkey` FOREIGN KEY (`aropen_cust_id`) REFERENCES `custinfo` (`cust_id`),
  CONSTRAINT `aropen_aropen_salesrep_id_fkey` FOREIGN KEY (`aropen_salesrep_id`) REFERENCES `salesrep` (`salesrep_id`),
  CONSTRAINT `aropen_taxzone_id_fkey` FOREIGN KEY (`aropen_taxzone_id`) REFERENCES `taxzone` (`taxzone_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Accounts Receivable (A/R) open Items information';

CREATE TABLE `incdt` (
  `incdt_id` INT NOT NULL AUTO_INCREMENT,
  `incdt_number` INT NOT NULL,
  `incdt_crmacct_id` INT,
  `incdt_cntct_id` INT,
  `incdt_summary` TEXT,
  `incdt_descrip` TEXT,
  `incdt_item_id` INT,
  `incdt_timestamp` DATETIME NOT NULL,
  `incdt_status` CHAR(1) NOT NULL DEFAULT 'N',
  `incdt_assigned_username` TEXT,
  `incdt_incdtcat_id` INT,
  `incdt_incdtseverity_id` INT,
  `incdt_incdtpriority_id` INT,
  `incdt_incdtresolution_id` INT,
  `incdt_lotserial` TEXT COMMENT 'incdt_lotserial is deprecated',
  `incdt_ls_id` INT,
  `incdt_aropen_id` INT,
  `incdt_owner_username` TEXT,
  `incdt_recurring_incdt_id` INT COMMENT 'The first incdt record in the series if this is a recurring Incident. If the incdt_recurring_incdt_id is the same as the incdt_id, this record is the first in the series.',
  `incdt_updated` DATETIME NOT NULL,
  `incdt_prj_id` INT,
  `incdt_public` TINYINT(1),
  `incdt_created` DATETIME,
  `incdt_lastupdated` DATETIME,
  PRIMARY KEY (`incdt_id`),
  UNIQUE KEY `incdt_incdt_number_key` (`incdt_number`),
  CONSTRAINT `incdt_incdt_aropen_id_fkey` FOREIGN KEY (`incdt_aropen_id`) REFERENCES `aropen` (`aropen_id`),
  CONSTRAINT `incdt_incdt_cntct_id_fkey` FOREIGN KEY (`incdt_cntct_id`) REFERENCES `cntct` (`cntct_id`),
  CONSTRAINT `incdt_incdt_crmacct_id_fkey` FOREIGN KEY (`incdt_crmacct_id`) REFERENCES `crmacct` (`crmacct_id`),
  CONSTRAINT `incdt_incdt_incdtcat_id_fkey` FOREIGN KEY (`incdt_incdtcat_id`) REFERENCES `incdtcat` (`incdtcat_id`),
  CONSTRAINT `incdt_incdt_incdtpriority_id_fkey` FOREIGN KEY (`incdt_incdtpriority_id`) REFERENCES `incdtpriority` (`incdtpriority_id`),
  CONSTRAINT `incdt_incdt_recurring_incdt_id_fkey` FOREIGN KEY (`incdt_recurring_incdt_id`) REFERENCES `incdt` (`incdt_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Incident table';

CREATE TABLE `todoitem` (
  `todoitem_id` INT NOT NULL AUTO_INCREMENT,
  `todoitem_name` TEXT NOT NULL,
  `todoitem_description` TEXT,
  `todoitem_incdt_id` INT,
  `todoitem_creator_username` TEXT NOT NULL,
  `todoitem_status` CHAR(1),
  `todoitem_active` TINYINT(1) NOT NULL DEFAULT 1,
  `todoitem_start_date` DATE,
  `todoitem_due_date` DATE,
  `todoitem_assigned_date` DATE,
  `todoitem_completed_date` DATE,
  `todoitem_seq` INT NOT NULL DEFAULT 0,
  `todoitem_notes` TEXT,
  `todoitem_crmacct_id` INT,
  `todoitem_ophead_id` INT,
  `todoitem_owner_username` TEXT,
  `todoitem_priority_id` INT,
  `todoitem_username` TEXT,
  `todoitem_recurring_todoitem_id` INT COMMENT 'The first todoitem record in the series if this is a recurring To-Do item. If the todoitem_recurring_todoitem_id is the same as the todoitem_id, this record is the first in the series.',
  `todoitem_cntct_id` INT,
  PRIMARY KEY (`todoitem_id`),
  CONSTRAINT `todoitem_todoitem_cntct_id_fkey` FOREIGN KEY (`todoitem_cntct_id`) REFERENCES `cntct` (`cntct_id`),
  CONSTRAINT `todoitem_todoitem_crmacct_id_fkey` FOREIGN KEY (`todoitem_crmacct_id`) REFERENCES `crmacct` (`crmacct_id`),
  CONSTRAINT `todoitem_todoitem_incdt_id_fkey` FOREIGN KEY (`todoitem_incdt_id`) REFERENCES `incdt` (`incdt_id`),
  CONSTRAINT `todoitem_todoitem_ophead_id_fkey` FOREIGN KEY (`todoitem_ophead_id`) REFERENCES `ophead` (`ophead_id`) ON UPDATE RESTRICT ON DELETE RESTRICT,
  CONSTRAINT `todoitem_todoitem_recurring_todoitem_id_fkey` FOREIGN KEY (`todoitem_recurring_todoitem_id`) REFERENCES `todoitem` (`todoitem_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='To-Do List items.';

CREATE TABLE `incdthist` (
  `incdthist_id` INT NOT NULL AUTO_INCREMENT,
  `incdthist_incdt_id` INT NOT NULL,
  `incdthist_change` CHAR(1),
  `incdthist_target_id` INT,
  `incdthist_timestamp` DATETIME NOT NULL,
  `incdthist_username` TEXT NOT NULL,
  `incdthist_descrip` TEXT,
  PRIMARY KEY (`incdthist_id`),
  CONSTRAINT `incdthist_incdthist_incdt_id_fkey` FOREIGN KEY (`incdthist_incdt_id`) REFERENCES `incdt` (`incdt_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Incident history changes';

CREATE TABLE `cashrcpt` (
  `cashrcpt_id` INT NOT NULL AUTO_INCREMENT,
  `cashrcpt_cust_id` INT NOT NULL,
  `cashrcpt_amount` DECIMAL(20,2) NOT NULL,
  `cashrcpt_fundstype` CHAR(1) NOT NULL,
  `cashrcpt_docnumber` TEXT,
  `cashrcpt_bankaccnt_id` INT NOT NULL,
  `cashrcpt_notes` TEXT,
  `cashrcpt_distdate` DATE,
  `cashrcpt_salescat_id` INT DEFAULT -1,
  `cashrcpt_curr_id` INT,
  `cashrcpt_usecustdeposit` TINYINT(1) NOT NULL DEFAULT 0,
  `cashrcpt_void` TINYINT(1) NOT NULL DEFAULT 0,
  `cashrcpt_number` VARCHAR(255) NOT NULL,
  `cashrcpt_docdate` DATE,
  `cashrcpt_posted` TINYINT(1) NOT NULL DEFAULT 0,
  `cashrcpt_posteddate` DATE,
  `cashrcpt_postedby` TEXT,
  `cashrcpt_applydate` DATE,
  `cashrcpt_discount` DECIMAL(20,2) NOT NULL DEFAULT 0.00,
  `cashrcpt_curr_rate` DECIMAL(30,10) NOT NULL,
  `cashrcpt_alt_curr_rate` DECIMAL(30,10),
  `cashrcpt_custgrp_id` INT,
  `cashrcpt_prj_id` INT,
  PRIMARY KEY (`cashrcpt_id`),
  UNIQUE KEY `cashrcpt_cashrcpt_number_key` (`cashrcpt_number`),
  CONSTRAINT `cashrcpt_cust_cust_id_fkey` FOREIGN KEY (`cashrcpt_cust_id`) REFERENCES `custinfo` (`cust_id`),
  CONSTRAINT `fk_cashrcpt_custgrp_id` FOREIGN KEY (`cashrcpt_custgrp_id`) REFERENCES `custgrp` (`custgrp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Temporary table for storing Cash Receipt information before Cash Receipts are posted';

CREATE TABLE `ccard` (
  `ccard_id` INT NOT NULL AUTO_INCREMENT,
  `ccard_seq` INT NOT NULL DEFAULT 10,
  `ccard_cust_id` INT NOT NULL,
  `ccard_active` TINYINT(1) DEFAULT 1,
  `ccard_name` BLOB,
  `ccard_address1` BLOB,
  `ccard_address2` BLOB,
  `ccard_city` BLOB,
  `ccard_state` BLOB,
  `ccard_zip` BLOB,
  `ccard_country` BLOB,
  `ccard_number` BLOB,
  `ccard_debit` TINYINT(1) DEFAULT 0,
  `ccard_month_expired` BLOB,
  `ccard_year_expired` BLOB,
  `ccard_type` CHAR(1) NOT NULL,
  `ccard_date_added` DATETIME NOT NULL,
  `ccard_lastupdated` DATETIME NOT NULL,
  `ccard_added_by_username` TEXT NOT NULL,
  `ccard_last_updated_by_username` TEXT NOT NULL,
  PRIMARY KEY (`ccard_id`),
  CONSTRAINT `ccard_ccard_cust_id_fkey` FOREIGN KEY (`ccard_cust_id`) REFERENCES `custinfo` (`cust_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Credit Card Information - all bytea data is encrypted';

CREATE TABLE `ccpay` (
  `ccpay_id` INT NOT NULL AUTO_INCREMENT COMMENT 'Internal ID of this ccpay record.',
  `ccpay_ccard_id` INT COMMENT 'Internal ID of the Credit Card used for this transaction.',
  `ccpay_cust_id` INT COMMENT 'Internal ID of the Customer owning the Credit Card',
  `ccpay_amount` DECIMAL(20,2) NOT NULL DEFAULT 0.00 COMMENT 'Actual amount of this transaction.',
  `ccpay_auth` TINYINT(1) NOT NULL DEFAULT 1 COMMENT 'Boolean indicator of whether this transaction started out as a pre-authorization or not.',
  `ccpay_status` CHAR(1) NOT NULL COMMENT 'The status of the last attempted transaction for this record. Values include A = Authorized, C = Charged, D = Declined or otherwise rejected, V = Voided, X = Error.',
  `ccpay_type` CHAR(1) NOT NULL COMMENT 'The most recent type of transaction attempted with this record. Values include A = Authorize, C = Capture or Charge, R = cRedit, V = reVerse or Void.',
  `ccpay_auth_charge` CHAR(1) NOT NULL COMMENT 'The original type of transaction attempted with this record. Values are the same as for ccpay_type.',
  `ccpay_order_number` TEXT COMMENT 'The original xTuple ERP order for which this credit card transaction applies. This will usually be either a Sales Order number or Credit Memo number.',
  `ccpay_order_number_seq` INT COMMENT 'A sequence number to differentiate between different transactions for the same ccpay_order_number. For example, if a Customer makes a down payment and a final payment for a single order, there will be two distinct ccpay records with the same ccpay_order_number but different ccpay_order_number_seq values (1 and 2, respectively).',
  `ccpay_r_avs` TEXT COMMENT 'The Address Verification System code returned by the credit card processing company.',
  `ccpay_r_ordernum` TEXT COMMENT 'A transaction ID returned by the credit card processing company to be used when referring to this transaction later. It may be used for voiding, crediting, or capturing previous transactions.',
  `ccpay_r_error` TEXT COMMENT 'Error message, if any, describing why this record failed to be processed properly.',
  `ccpay_r_approved` TEXT COMMENT 'English text stating whether the transaction was approved, declined, hit an error, or was held for review. Specific values differ depending on the credit card processor.',
  `ccpay_r_code` TEXT COMMENT 'The transaction Approval code returned by the credit card processor. Specific values differ depending on the credit card processor.',
  `ccpay_r_message` TEXT COMMENT 'Additional text that describes the status of the transaction. This may be empty.',
  `ccpay_yp_r_time` DATETIME COMMENT 'The time the transaction was posted according to the credit card processing company. May be blank.',
  `ccpay_r_ref` TEXT COMMENT 'An additional reference number assigned to this transaction by the credit card processing company.',
  `ccpay_yp_r_tdate` TEXT COMMENT 'The date the transaction was posted according to the credit card processing company. May be blank.',
  `ccpay_r_tax` TEXT COMMENT '[ deprecated ]',
  `ccpay_r_shipping` TEXT COMMENT '[ deprecated ]',
  `ccpay_yp_r_score` INT COMMENT 'A potential fraud score returned by the credit card company. May be blank.',
  `ccpay_transaction_datetime` DATETIME NOT NULL COMMENT 'The date and time this record was created, unless explicitly set by the application.',
  `ccpay_by_username` TEXT NOT NULL COMMENT 'The user who created this record, unless explicitly set by the application.',
  `ccpay_curr_id` INT COMMENT 'The internal ID of the currency of the ccpay_amount.',
  `ccpay_ccpay_id` INT COMMENT 'Foreign key to another ccpay record. This will have a value if a new ccpay record is created to record a Refund for part or all of another ccpay record.',
  `ccpay_card_pan_trunc` TEXT COMMENT 'External Pre-Auth truncated PAN. Last four digits of the card.',
  `ccpay_card_type` TEXT COMMENT 'External Pre-Auth card type: V=Visa, M=MasterCard, A=American Express, D=Discover',
  PRIMARY KEY (`ccpay_id`),
  CONSTRAINT `ccpay_ccpay_ccard_id_fkey` FOREIGN KEY (`ccpay_ccard_id`) REFERENCES `ccard` (`ccard_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Track Credit Card PAYments, although really this table tracs communications with Credit Card processing companies. Records in this table may progress from preauthorizations through captures to credits, or they may simply remain in their original state if there is no further processing.';

ALTER TABLE `crmacct` ADD CONSTRAINT `crmacct_crmacct_cntct_id_1_fkey` FOREIGN KEY (`crmacct_cntct_id_1`) REFERENCES `cntct` (`cntct_id`);

ALTER TABLE `crmacct` ADD CONSTRAINT `crmacct_crmacct_cntct_id_2_fkey` FOREIGN KEY (`crmacct_cntct_id_2`) REFERENCES `cntct` (`cntct_id`);

ALTER TABLE `crmacct` ADD CONSTRAINT `crmacct_crmacct_cust_id_fkey` FOREIGN KEY (`crmacct_cust_id`) REFERENCES `custinfo` (`cust_id`);

ALTER TABLE `crmacct` ADD CONSTRAINT `crmacct_crmacct_emp_id_fkey` FOREIGN KEY (`crmacct_emp_id`) REFERENCES `emp` (`emp_id`);

ALTER TABLE `crmacct` ADD CONSTRAINT `crmacct_crmacct_prospect_id_fkey` FOREIGN KEY (`crmacct_prospect_id`) REFERENCES `prospect` (`prospect_id`);

ALTER TABLE `crmacct` ADD CONSTRAINT `crmacct_crmacct_salesrep_id_fkey` FOREIGN KEY (`crmacct_salesrep_id`) REFERENCES `salesrep` (`salesrep_id`);

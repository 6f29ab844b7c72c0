-- Aimeos e-commerce framework (aimeos-core), trimmed MySQL DDL
-- Upstream: github.com/aimeos/aimeos-core  setup/default/schema/*.php (Upscheme/Doctrine table definitions,
--   macros from Setup.php: code/type VARCHAR(64) utf8mb4_bin, refid VARCHAR(36), config/i18n TEXT NULL,
--   meta = mtime/ctime/editor, startend = start/end), commit 72b23df5fbe9541e99d604b335a18dfa2be7a06d
-- Licence: LGPL-3.0
-- Rendered as Doctrine DBAL renders them for MySQL (string -> VARCHAR, float -> DOUBLE PRECISION,
-- decimal -> NUMERIC, text > 64 KiB -> MEDIUMTEXT); indexes left out, foreign keys kept where both tables are kept.
-- 39 of the 83 upstream tables.

CREATE TABLE `mshop_locale_site` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `parentid` INT NOT NULL DEFAULT 0,
  `siteid` VARCHAR(255) NOT NULL DEFAULT '',
  `code` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `label` VARCHAR(255) NOT NULL DEFAULT '',
  `icon` VARCHAR(255) NOT NULL DEFAULT '',
  `logo` VARCHAR(255) NOT NULL DEFAULT '{}',
  `config` TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL,
  `refid` VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `theme` VARCHAR(32) NULL,
  `level` SMALLINT NOT NULL DEFAULT 0,
  `rating` NUMERIC(4, 2) NOT NULL DEFAULT 0,
  `ratings` INT NOT NULL DEFAULT 0,
  `invoiceno` INT NOT NULL DEFAULT 1,
  `nleft` INT NOT NULL,
  `nright` INT NOT NULL,
  `status` SMALLINT NOT NULL DEFAULT 1,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_locale_language` (
  `id` VARCHAR(5) NOT NULL,
  `label` VARCHAR(255) NOT NULL DEFAULT '',
  `status` SMALLINT NOT NULL DEFAULT 1,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_locale_currency` (
  `id` VARCHAR(3) NOT NULL,
  `label` VARCHAR(255) NOT NULL DEFAULT '',
  `status` SMALLINT NOT NULL DEFAULT 1,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_locale` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `site_id` INT NOT NULL,
  `siteid` VARCHAR(255) NOT NULL,
  `langid` VARCHAR(5) NOT NULL,
  `currencyid` VARCHAR(3) NOT NULL,
  `pos` INT NOT NULL DEFAULT 0,
  `status` SMALLINT NOT NULL DEFAULT 1,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_msloc_siteid` FOREIGN KEY (`site_id`) REFERENCES `mshop_locale_site` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_msloc_langid` FOREIGN KEY (`langid`) REFERENCES `mshop_locale_language` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_msloc_currid` FOREIGN KEY (`currencyid`) REFERENCES `mshop_locale_currency` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_customer` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `label` VARCHAR(255) NOT NULL DEFAULT '',
  `salutation` VARCHAR(8) NOT NULL DEFAULT '',
  `company` VARCHAR(100) NOT NULL DEFAULT '',
  `vatid` VARCHAR(32) NOT NULL DEFAULT '',
  `title` VARCHAR(64) NOT NULL DEFAULT '',
  `firstname` VARCHAR(64) NOT NULL DEFAULT '',
  `lastname` VARCHAR(64) NOT NULL DEFAULT '',
  `address1` VARCHAR(200) NOT NULL DEFAULT '',
  `address2` VARCHAR(200) NOT NULL DEFAULT '',
  `address3` VARCHAR(200) NOT NULL DEFAULT '',
  `postal` VARCHAR(16) NOT NULL DEFAULT '',
  `city` VARCHAR(200) NOT NULL DEFAULT '',
  `state` VARCHAR(200) NOT NULL DEFAULT '',
  `langid` VARCHAR(5) NULL,
  `countryid` VARCHAR(2) NULL,
  `mobile` VARCHAR(32) NOT NULL DEFAULT '',
  `telephone` VARCHAR(32) NOT NULL DEFAULT '',
  `telefax` VARCHAR(32) NOT NULL DEFAULT '',
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `website` VARCHAR(255) NOT NULL DEFAULT '',
  `longitude` DOUBLE PRECISION NULL,
  `latitude` DOUBLE PRECISION NULL,
  `birthday` DATE NULL,
  `vdate` DATE NULL,
  `password` VARCHAR(255) NOT NULL,
  `status` SMALLINT NOT NULL DEFAULT 1,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_customer_address` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `parentid` INT NOT NULL,
  `type` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT 'delivery',
  `company` VARCHAR(100) NOT NULL DEFAULT '',
  `vatid` VARCHAR(32) NOT NULL DEFAULT '',
  `salutation` VARCHAR(8) NOT NULL DEFAULT '',
  `title` VARCHAR(64) NOT NULL DEFAULT '',
  `firstname` VARCHAR(64) NOT NULL DEFAULT '',
  `lastname` VARCHAR(64) NOT NULL DEFAULT '',
  `address1` VARCHAR(200) NOT NULL DEFAULT '',
  `address2` VARCHAR(200) NOT NULL DEFAULT '',
  `address3` VARCHAR(200) NOT NULL DEFAULT '',
  `postal` VARCHAR(16) NOT NULL DEFAULT '',
  `city` VARCHAR(200) NOT NULL DEFAULT '',
  `state` VARCHAR(200) NOT NULL DEFAULT '',
  `langid` VARCHAR(5) NULL,
  `countryid` VARCHAR(2) NULL,
  `mobile` VARCHAR(32) NOT NULL DEFAULT '',
  `telephone` VARCHAR(32) NOT NULL DEFAULT '',
  `telefax` VARCHAR(32) NOT NULL DEFAULT '',
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `website` VARCHAR(255) NOT NULL DEFAULT '',
  `longitude` DOUBLE PRECISION NULL,
  `latitude` DOUBLE PRECISION NULL,
  `birthday` DATE NULL,
  `pos` SMALLINT NOT NULL DEFAULT 0,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_mscusad_pid` FOREIGN KEY (`parentid`) REFERENCES `mshop_customer` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_customer_list_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `domain` VARCHAR(32) NOT NULL,
  `code` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `label` VARCHAR(255) NOT NULL DEFAULT '',
  `i18n` TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  `pos` INT NOT NULL DEFAULT 0,
  `status` SMALLINT NOT NULL DEFAULT 1,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_customer_list` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `parentid` INT NOT NULL,
  `key` VARCHAR(134) NOT NULL DEFAULT '',
  `type` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `domain` VARCHAR(32) NOT NULL,
  `refid` VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `start` DATETIME NULL,
  `end` DATETIME NULL,
  `config` TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL,
  `pos` INT NOT NULL DEFAULT 0,
  `status` SMALLINT NOT NULL DEFAULT 1,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_mscusli_pid` FOREIGN KEY (`parentid`) REFERENCES `mshop_customer` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_customer_property_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `domain` VARCHAR(32) NOT NULL,
  `code` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `label` VARCHAR(255) NOT NULL DEFAULT '',
  `i18n` TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  `pos` INT NOT NULL DEFAULT 0,
  `status` SMALLINT NOT NULL DEFAULT 1,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_customer_property` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `parentid` INT NOT NULL,
  `key` VARCHAR(255) NOT NULL DEFAULT '',
  `type` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `langid` VARCHAR(5) NULL,
  `value` VARCHAR(255) NOT NULL,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_mcuspr_pid` FOREIGN KEY (`parentid`) REFERENCES `mshop_customer` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `code` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `label` VARCHAR(255) NOT NULL DEFAULT '',
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_order` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `sitecode` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `customerid` VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `relatedid` VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `channel` VARCHAR(16) NOT NULL DEFAULT '',
  `invoiceno` VARCHAR(32) NOT NULL DEFAULT '',
  `datepayment` DATETIME NULL,
  `datedelivery` DATETIME NULL,
  `statuspayment` SMALLINT NOT NULL DEFAULT -1,
  `statusdelivery` SMALLINT NOT NULL DEFAULT -1,
  `cdate` VARCHAR(10) NOT NULL DEFAULT '',
  `cmonth` VARCHAR(7) NOT NULL DEFAULT '',
  `cweek` VARCHAR(7) NOT NULL DEFAULT '',
  `cwday` VARCHAR(1) NOT NULL DEFAULT '',
  `chour` VARCHAR(2) NOT NULL DEFAULT '',
  `langid` VARCHAR(5) NOT NULL DEFAULT '',
  `currencyid` VARCHAR(3) NOT NULL DEFAULT '',
  `price` NUMERIC(12, 2) NOT NULL DEFAULT '0.00',
  `costs` NUMERIC(12, 2) NOT NULL DEFAULT '0.00',
  `rebate` NUMERIC(12, 2) NOT NULL DEFAULT '0.00',
  `tax` NUMERIC(14, 4) NOT NULL DEFAULT '0.0000',
  `taxflag` SMALLINT NOT NULL DEFAULT 1,
  `customerref` VARCHAR(255) NULL,
  `comment` TEXT NOT NULL,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_order_address` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `parentid` BIGINT NOT NULL,
  `addrid` VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `type` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `salutation` VARCHAR(8) NOT NULL DEFAULT '',
  `company` VARCHAR(100) NOT NULL DEFAULT '',
  `vatid` VARCHAR(32) NOT NULL DEFAULT '',
  `title` VARCHAR(64) NOT NULL DEFAULT '',
  `firstname` VARCHAR(64) NOT NULL DEFAULT '',
  `lastname` VARCHAR(64) NOT NULL DEFAULT '',
  `address1` VARCHAR(200) NOT NULL DEFAULT '',
  `address2` VARCHAR(200) NOT NULL DEFAULT '',
  `address3` VARCHAR(200) NOT NULL DEFAULT '',
  `postal` VARCHAR(16) NOT NULL DEFAULT '',
  `city` VARCHAR(200) NOT NULL DEFAULT '',
  `state` VARCHAR(200) NOT NULL DEFAULT '',
  `langid` VARCHAR(5) NULL,
  `countryid` VARCHAR(2) NULL,
  `mobile` VARCHAR(32) NOT NULL DEFAULT '',
  `telephone` VARCHAR(32) NOT NULL DEFAULT '',
  `telefax` VARCHAR(32) NOT NULL DEFAULT '',
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `website` VARCHAR(255) NOT NULL DEFAULT '',
  `longitude` DOUBLE PRECISION NULL,
  `latitude` DOUBLE PRECISION NULL,
  `birthday` DATE NULL,
  `pos` INT NOT NULL DEFAULT 0,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_msordad_parentid` FOREIGN KEY (`parentid`) REFERENCES `mshop_order` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_order_product` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `parentid` BIGINT NOT NULL,
  `ordprodid` BIGINT NULL,
  `ordaddrid` BIGINT NULL,
  `type` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `prodid` VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `parentprodid` VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `prodcode` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `stocktype` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT 'default',
  `vendor` VARCHAR(255) NOT NULL DEFAULT '',
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `description` TEXT NOT NULL,
  `mediaurl` VARCHAR(255) NOT NULL DEFAULT '',
  `target` VARCHAR(255) NOT NULL DEFAULT '',
  `timeframe` VARCHAR(16) NOT NULL DEFAULT '',
  `quantity` DOUBLE PRECISION NOT NULL DEFAULT 1,
  `qtyopen` DOUBLE PRECISION NOT NULL DEFAULT 0,
  `scale` DOUBLE PRECISION NOT NULL DEFAULT 1,
  `currencyid` VARCHAR(3) NOT NULL,
  `price` NUMERIC(12, 2) NULL,
  `costs` NUMERIC(12, 2) NOT NULL DEFAULT '0.00',
  `rebate` NUMERIC(12, 2) NOT NULL DEFAULT '0.00',
  `tax` NUMERIC(14, 4) NOT NULL DEFAULT '0.0000',
  `taxrate` VARCHAR(255) NOT NULL DEFAULT '{}',
  `taxflag` SMALLINT NOT NULL DEFAULT 1,
  `flags` INT NOT NULL DEFAULT 0,
  `pos` INT NOT NULL DEFAULT 0,
  `statuspayment` SMALLINT NOT NULL DEFAULT -1,
  `statusdelivery` SMALLINT NOT NULL DEFAULT -1,
  `notes` TEXT NOT NULL,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_msordpr_parentid` FOREIGN KEY (`parentid`) REFERENCES `mshop_order` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_order_product_attr` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `parentid` BIGINT NOT NULL,
  `attrid` VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `type` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `code` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `quantity` DOUBLE PRECISION NOT NULL DEFAULT 1,
  `price` NUMERIC(12, 2) NULL,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `value` TEXT NOT NULL,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_msordprat_parentid` FOREIGN KEY (`parentid`) REFERENCES `mshop_order_product` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_order_service` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `parentid` BIGINT NOT NULL,
  `servid` VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `type` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `code` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `mediaurl` VARCHAR(255) NOT NULL DEFAULT '',
  `currencyid` VARCHAR(3) NOT NULL,
  `price` NUMERIC(12, 2) NULL,
  `costs` NUMERIC(12, 2) NOT NULL DEFAULT '0.00',
  `rebate` NUMERIC(12, 2) NOT NULL DEFAULT '0.00',
  `tax` NUMERIC(14, 4) NOT NULL DEFAULT '0.0000',
  `taxrate` VARCHAR(255) NOT NULL DEFAULT '{}',
  `taxflag` SMALLINT NOT NULL DEFAULT 1,
  `pos` INT NOT NULL DEFAULT 0,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_msordse_parentid` FOREIGN KEY (`parentid`) REFERENCES `mshop_order` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_order_service_attr` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `parentid` BIGINT NOT NULL,
  `attrid` VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `type` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `code` VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `quantity` DOUBLE PRECISION NOT NULL DEFAULT 1,
  `price` NUMERIC(12, 2) NULL,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `value` TEXT NOT NULL,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_msordseat_parentid` FOREIGN KEY (`parentid`) REFERENCES `mshop_order_service` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_order_service_tx` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `parentid` BIGINT NOT NULL,
  `type` VARCHAR(16) NOT NULL DEFAULT '',
  `currencyid` VARCHAR(3) NOT NULL,
  `price` NUMERIC(12, 2) NOT NULL DEFAULT '0.00',
  `costs` NUMERIC(12, 2) NOT NULL DEFAULT '0.00',
  `rebate` NUMERIC(12, 2) NOT NULL DEFAULT '0.00',
  `tax` NUMERIC(14, 4) NOT NULL DEFAULT '0.0000',
  `taxflag` SMALLINT NOT NULL DEFAULT 1,
  `status` SMALLINT NOT NULL DEFAULT -1,
  `config` TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_msordsetx_parentid` FOREIGN KEY (`parentid`) REFERENCES `mshop_order_service` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_order_coupon` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `parentid` BIGINT NOT NULL,
  `ordprodid` BIGINT NULL,
  `code` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_msordco_parentid` FOREIGN KEY (`parentid`) REFERENCES `mshop_order` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_order_status` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `parentid` BIGINT NOT NULL,
  `type` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `value` VARCHAR(64) NOT NULL,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_msordst_pid` FOREIGN KEY (`parentid`) REFERENCES `mshop_order` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_subscription` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `orderid` BIGINT NOT NULL,
  `ordprodid` BIGINT NOT NULL,
  `next` DATETIME NULL,
  `end` DATETIME NULL,
  `productid` VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `interval` VARCHAR(32) NOT NULL,
  `reason` SMALLINT NULL,
  `period` SMALLINT NOT NULL DEFAULT 0,
  `status` SMALLINT NOT NULL DEFAULT 0,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_review` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `domain` VARCHAR(32) NOT NULL,
  `refid` VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `customerid` VARCHAR(36) NULL,
  `ordprodid` VARCHAR(36) NOT NULL DEFAULT '',
  `name` VARCHAR(32) NOT NULL DEFAULT '',
  `status` SMALLINT NOT NULL DEFAULT -1,
  `rating` SMALLINT NOT NULL,
  `comment` TEXT NOT NULL,
  `response` TEXT NOT NULL,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_basket` (
  `id` VARCHAR(255) NOT NULL,
  `siteid` VARCHAR(255) NOT NULL,
  `customerid` VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `content` MEDIUMTEXT NOT NULL,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_product_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `domain` VARCHAR(32) NOT NULL,
  `code` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `label` VARCHAR(255) NOT NULL DEFAULT '',
  `i18n` TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  `pos` INT NOT NULL DEFAULT 0,
  `status` SMALLINT NOT NULL DEFAULT 1,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_product` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `dataset` VARCHAR(64) NOT NULL DEFAULT '',
  `type` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `code` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `label` VARCHAR(255) NOT NULL DEFAULT '',
  `url` VARCHAR(255) NOT NULL DEFAULT '',
  `config` TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL,
  `start` DATETIME NULL,
  `end` DATETIME NULL,
  `scale` DOUBLE PRECISION NOT NULL DEFAULT 0,
  `rating` NUMERIC(4, 2) NOT NULL DEFAULT 0,
  `ratings` INT NOT NULL DEFAULT 0,
  `instock` SMALLINT NOT NULL DEFAULT 0,
  `target` VARCHAR(255) NOT NULL DEFAULT '',
  `boost` DOUBLE PRECISION NOT NULL DEFAULT 1,
  `status` SMALLINT NOT NULL DEFAULT 1,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_product_list` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `parentid` INT NOT NULL,
  `key` VARCHAR(134) NOT NULL DEFAULT '',
  `type` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `domain` VARCHAR(32) NOT NULL,
  `refid` VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `start` DATETIME NULL,
  `end` DATETIME NULL,
  `config` TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL,
  `pos` INT NOT NULL DEFAULT 0,
  `status` SMALLINT NOT NULL DEFAULT 1,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_msproli_pid` FOREIGN KEY (`parentid`) REFERENCES `mshop_product` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_service_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `domain` VARCHAR(32) NOT NULL,
  `code` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `label` VARCHAR(255) NOT NULL DEFAULT '',
  `i18n` TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  `pos` INT NOT NULL DEFAULT 0,
  `status` SMALLINT NOT NULL DEFAULT 1,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_service` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `type` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `code` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `provider` VARCHAR(255) NOT NULL,
  `label` VARCHAR(255) NOT NULL DEFAULT '',
  `start` DATETIME NULL,
  `end` DATETIME NULL,
  `config` TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL,
  `pos` INT NOT NULL DEFAULT 0,
  `status` SMALLINT NOT NULL DEFAULT 1,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_coupon` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `label` VARCHAR(255) NOT NULL DEFAULT '',
  `provider` VARCHAR(255) NOT NULL,
  `config` TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL,
  `start` DATETIME NULL,
  `end` DATETIME NULL,
  `status` SMALLINT NOT NULL DEFAULT 1,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_coupon_code` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `parentid` INT NOT NULL,
  `code` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `count` INT NULL DEFAULT 0,
  `start` DATETIME NULL,
  `end` DATETIME NULL,
  `ref` VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_mscouco_pid` FOREIGN KEY (`parentid`) REFERENCES `mshop_coupon` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_supplier` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `code` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `label` VARCHAR(255) NOT NULL DEFAULT '',
  `status` SMALLINT NOT NULL DEFAULT 1,
  `pos` INT NOT NULL DEFAULT 0,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_supplier_address` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `parentid` INT NOT NULL,
  `type` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `company` VARCHAR(100) NOT NULL DEFAULT '',
  `vatid` VARCHAR(32) NOT NULL DEFAULT '',
  `salutation` VARCHAR(8) NOT NULL DEFAULT '',
  `title` VARCHAR(64) NOT NULL DEFAULT '',
  `firstname` VARCHAR(64) NOT NULL DEFAULT '',
  `lastname` VARCHAR(64) NOT NULL DEFAULT '',
  `address1` VARCHAR(200) NOT NULL DEFAULT '',
  `address2` VARCHAR(200) NOT NULL DEFAULT '',
  `address3` VARCHAR(200) NOT NULL DEFAULT '',
  `postal` VARCHAR(16) NOT NULL DEFAULT '',
  `city` VARCHAR(200) NOT NULL DEFAULT '',
  `state` VARCHAR(200) NOT NULL DEFAULT '',
  `langid` VARCHAR(5) NULL,
  `countryid` VARCHAR(2) NULL,
  `telephone` VARCHAR(32) NOT NULL DEFAULT '',
  `telefax` VARCHAR(32) NOT NULL DEFAULT '',
  `mobile` VARCHAR(32) NOT NULL DEFAULT '',
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `website` VARCHAR(255) NOT NULL DEFAULT '',
  `longitude` DOUBLE PRECISION NULL,
  `latitude` DOUBLE PRECISION NULL,
  `birthday` DATE NULL,
  `pos` SMALLINT NOT NULL DEFAULT 0,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_mssupad_pid` FOREIGN KEY (`parentid`) REFERENCES `mshop_supplier` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_stock` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `prodid` VARCHAR(36) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `type` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `stocklevel` DOUBLE PRECISION NULL,
  `backdate` DATETIME NULL,
  `timeframe` VARCHAR(16) NOT NULL DEFAULT '',
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `mshop_plugin` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `type` VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `provider` VARCHAR(255) NOT NULL,
  `label` VARCHAR(255) NOT NULL DEFAULT '',
  `config` TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL,
  `pos` INT NOT NULL DEFAULT 0,
  `status` SMALLINT NOT NULL DEFAULT 1,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `madmin_log` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL DEFAULT '',
  `timestamp` DATETIME NOT NULL,
  `priority` SMALLINT NOT NULL DEFAULT 3,
  `facility` VARCHAR(32) NOT NULL DEFAULT '',
  `request` VARCHAR(32) NOT NULL DEFAULT '',
  `message` MEDIUMTEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `madmin_job` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `siteid` VARCHAR(255) NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `label` VARCHAR(255) NOT NULL DEFAULT '',
  `status` SMALLINT NOT NULL DEFAULT 1,
  `mtime` DATETIME NOT NULL,
  `ctime` DATETIME NOT NULL,
  `editor` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `madmin_queue` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `queue` VARCHAR(255) NOT NULL,
  `cname` VARCHAR(32) NOT NULL,
  `rtime` DATETIME NOT NULL,
  `message` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `madmin_cache` (
  `id` VARCHAR(255) NOT NULL,
  `expire` DATETIME NULL,
  `value` MEDIUMTEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `madmin_cache_tag` (
  `tid` VARCHAR(255) NOT NULL,
  `tname` VARCHAR(255) NOT NULL,
  CONSTRAINT `fk_macacta_tid` FOREIGN KEY (`tid`) REFERENCES `madmin_cache` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;


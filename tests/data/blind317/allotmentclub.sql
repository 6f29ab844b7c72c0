-- sw.allotmentclub (Vereinsverwaltung der Leuna-Bungalowgemeinschaft Roter See; allotment / bungalow club
-- administration, Python / Pyramid / SQLAlchemy on PostgreSQL), github.com/sweh/sw.allotmentclub.backend,
-- commit 6ce8d4072c9b0d119dea69706cf9505adf86febf (ZPL-2.1, LICENSE.rst; the README badge says MIT).
-- Upstream has no SQL file: its schema is the SQLAlchemy declarative models in src/sw/allotmentclub/{model,
-- account,assignment,bulletins,depot,electricity,keylist,mail,protocol,user}.py (its Alembic history starts from an
-- existing database). The models were imported with SQLAlchemy 1.4.45, risclog.sqlalchemy 8.0 (table name = class
-- name in lower case, `id` and `organization_id` from the ObjectBase mixin) and gocept.loginuser 1.3 (the `user`
-- login columns `username`, `password`, `failed_logins`, `is_locked`, `last_login`), as pinned in requirements.lock,
-- and each Table was written in MySQL: String without length -> text, Boolean -> tinyint(1), DateTime -> datetime,
-- LargeBinary -> longblob, Float(1) -> float; NOT NULL, server defaults, unique, primary and foreign keys as the
-- models declare them (Python-side defaults are not part of the DDL). Column order is the models' order.
-- `member` and `allotment` refer to each other, so `member.passive_allotment_id`'s foreign key is added at the end.
-- No table was left out.

CREATE TABLE `member` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `title` varchar(20),
  `appellation` varchar(20),
  `organization` varchar(100),
  `firstname` varchar(50),
  `lastname` varchar(50),
  `street` varchar(100),
  `zip` varchar(6),
  `city` varchar(50),
  `country` varchar(50),
  `phone` varchar(50),
  `mobile` varchar(50),
  `email` varchar(100),
  `birthday` date,
  `iban` varchar(34),
  `bic` varchar(11),
  `direct_debit_account_holder` varchar(100),
  `direct_debit` tinyint(1),
  `direct_debit_date` datetime,
  `note` text,
  `get_post` tinyint(1),
  `leaving_year` int(11),
  `passive_allotment_id` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `allotment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `number` int(11) NOT NULL,
  `member_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assignmenttodo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `description` text,
  `priority` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bankingaccount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `number` varchar(10),
  `name` varchar(30),
  `last_import` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `energyprice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `year` int(11),
  `value` int(11),
  `bill` int(11),
  `usage_hauptzaehler` int(11),
  `usage_members` int(11),
  `leakage_current` int(11),
  `price` int(11),
  `normal_fee` int(11),
  `power_fee` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `externalrecipient` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `title` varchar(20),
  `appellation` varchar(20),
  `organization` varchar(100),
  `firstname` varchar(50),
  `lastname` varchar(50),
  `street` varchar(100),
  `zip` varchar(6),
  `city` varchar(50),
  `country` varchar(50),
  `email` varchar(100),
  `phone` varchar(50),
  `deleted` tinyint(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keylist` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `subject` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `protocol` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `title` varchar(254),
  `location` varchar(254),
  `attendees` varchar(254),
  `day` datetime,
  `accounting_year` int(11),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `salehistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `seller_id` int(11) NOT NULL,
  `buyer_id` int(11) NOT NULL,
  `date` date NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `username` varchar(254),
  `password` varchar(80),
  `failed_logins` int(11) NOT NULL DEFAULT '0',
  `is_locked` varchar(50),
  `last_login` datetime,
  `unrestricted_access` tinyint(1) NOT NULL,
  `anrede` varchar(20),
  `titel` varchar(20),
  `vorname` varchar(50),
  `nachname` varchar(50),
  `handynummer` varchar(25),
  `ort` varchar(50),
  `position` varchar(50),
  `signature` text,
  `email` varchar(50),
  PRIMARY KEY (`id`),
  UNIQUE KEY (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accessauthority` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `viewname` text,
  `user_id` int(11),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assignment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `purpose` varchar(254),
  `responsible_id` int(11),
  `day` datetime,
  `accounting_year` int(11),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`responsible_id`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bookingkind` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `title` varchar(50) NOT NULL,
  `shorttitle` varchar(10),
  `banking_account_id` int(11),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`banking_account_id`) REFERENCES `bankingaccount` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `bulletin` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `subject` text,
  `content` text,
  `mimetype` varchar(30),
  `size` varchar(20),
  `data` longblob,
  `date` datetime NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `depot` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `name` varchar(100),
  `category` varchar(100),
  `mimetype` varchar(100),
  `size` varchar(20),
  `data` longblob,
  `date` datetime NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `electricmeter` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `allotment_id` int(11) NOT NULL,
  `number` text,
  `electric_power` tinyint(1),
  `disconnected` tinyint(1),
  `comment` text,
  `replaced_by_id` int(11),
  `discount_to_id` int(11),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`allotment_id`) REFERENCES `allotment` (`id`),
  FOREIGN KEY (`replaced_by_id`) REFERENCES `electricmeter` (`id`),
  FOREIGN KEY (`discount_to_id`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `user_id` int(11),
  `category` text,
  `title` text,
  `description` text,
  `start` datetime,
  `end` datetime,
  `allday` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `key` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `keylist_id` int(11) NOT NULL,
  `serial` text,
  `member_id` int(11),
  `rent` datetime,
  `note` text,
  `lost` tinyint(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`keylist_id`) REFERENCES `keylist` (`id`) ON DELETE CASCADE,
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keylistattachment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `keylist_id` int(11) NOT NULL,
  `name` varchar(100),
  `mimetype` varchar(30),
  `size` varchar(20),
  `data` longblob,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`keylist_id`) REFERENCES `keylist` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `name` varchar(16),
  `level` varchar(8),
  `created` datetime,
  `msg` varchar(2000),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `memberattachment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `member_id` int(11) NOT NULL,
  `name` varchar(100),
  `mimetype` varchar(30),
  `size` varchar(20),
  `data` longblob,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `inbound` tinyint(1) NOT NULL,
  `subject` varchar(255),
  `body` text,
  `user_id` int(11) NOT NULL,
  `printed` datetime,
  `sent` datetime,
  `accounting_year` int(11),
  `in_reply_to_id` int(11),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`in_reply_to_id`) REFERENCES `message` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parcel` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `number` int(11) NOT NULL,
  `leased` tinyint(1) NOT NULL,
  `tap_water` tinyint(1) NOT NULL,
  `size` int(11),
  `allotment_id` int(11) NOT NULL,
  `map_mimetype` varchar(100),
  `map_size` varchar(20),
  `map_data` longblob,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`allotment_id`) REFERENCES `allotment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `protocolattachment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `protocol_id` int(11) NOT NULL,
  `name` varchar(100),
  `mimetype` varchar(30),
  `size` varchar(20),
  `data` longblob,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`protocol_id`) REFERENCES `protocol` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `protocolcommitment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `protocol_id` int(11) NOT NULL,
  `who` varchar(254),
  `what` varchar(254),
  `when` varchar(254),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`protocol_id`) REFERENCES `protocol` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `protocoldetail` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `protocol_id` int(11) NOT NULL,
  `duration` int(11) NOT NULL DEFAULT '0',
  `message` text NOT NULL DEFAULT '',
  `responsible` varchar(2) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`protocol_id`) REFERENCES `protocol` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `abwasser` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `parcel_id` int(11) NOT NULL,
  `value` int(11),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`parcel_id`) REFERENCES `parcel` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assignmentattendee` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `assignment_id` int(11) NOT NULL,
  `member_id` int(11),
  `hours` float,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`assignment_id`) REFERENCES `assignment` (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `attachment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `message_id` int(11) NOT NULL,
  `filename` varchar(100),
  `mimetype` varchar(100),
  `size` varchar(20),
  `data` longblob,
  `white_page_before` tinyint(1) NOT NULL,
  `date` datetime,
  `user_id` int(11),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`message_id`) REFERENCES `message` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `booking` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `banking_account_id` int(11) NOT NULL,
  `booking_day` date,
  `booking_text` text,
  `purpose` text,
  `recipient` text,
  `iban` varchar(34),
  `bic` varchar(11),
  `value` int(11),
  `is_splitted` tinyint(1) NOT NULL,
  `splitted_from_id` int(11),
  `accounting_year` int(11),
  `ignore_in_reporting` tinyint(1) NOT NULL,
  `member_id` int(11),
  `kind_id` int(11),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`banking_account_id`) REFERENCES `bankingaccount` (`id`),
  FOREIGN KEY (`splitted_from_id`) REFERENCES `booking` (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`),
  FOREIGN KEY (`kind_id`) REFERENCES `bookingkind` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `budget` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `value` int(11),
  `accounting_year` int(11),
  `booking_kind_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`booking_kind_id`) REFERENCES `bookingkind` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `energyvalue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `electric_meter_id` int(11) NOT NULL,
  `year` int(11),
  `value` int(11),
  `estimated_value` tinyint(1),
  `member_id` int(11),
  `usage` int(11),
  `price` int(11),
  `fee` int(11),
  `whole_price` int(11),
  `to_pay` int(11),
  `advance_pay` int(11),
  `discounted` tinyint(1),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`electric_meter_id`) REFERENCES `electricmeter` (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `externals_messages` (
  `external_id` int(11),
  `message_id` int(11),
  FOREIGN KEY (`external_id`) REFERENCES `externalrecipient` (`id`),
  FOREIGN KEY (`message_id`) REFERENCES `message` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `grundsteuerb` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `parcel_id` int(11) NOT NULL,
  `value` int(11),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`parcel_id`) REFERENCES `parcel` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keyattachment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `key_id` int(11) NOT NULL,
  `filename` varchar(100),
  `mimetype` varchar(30),
  `size` varchar(20),
  `data` longblob,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`key_id`) REFERENCES `key` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `members_messages` (
  `member_id` int(11),
  `message_id` int(11),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`),
  FOREIGN KEY (`message_id`) REFERENCES `message` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sentmessageinfo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `message_id` int(11) NOT NULL,
  `tag` varchar(150),
  `address` varchar(100),
  `status` varchar(255),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`message_id`) REFERENCES `message` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sepasammler` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `pmtinfid` varchar(100),
  `booking_day` date,
  `accounting_year` int(11),
  `kind_id` int(11),
  `is_ueberweisung` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`kind_id`) REFERENCES `bookingkind` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sepasammlerentry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `sepa_sammler_id` int(11),
  `ignore_in_reporting` tinyint(1) NOT NULL,
  `member_id` int(11),
  `value` int(11),
  PRIMARY KEY (`id`),
  FOREIGN KEY (`sepa_sammler_id`) REFERENCES `sepasammler` (`id`),
  FOREIGN KEY (`member_id`) REFERENCES `member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `member` ADD FOREIGN KEY (`passive_allotment_id`) REFERENCES `allotment` (`id`);

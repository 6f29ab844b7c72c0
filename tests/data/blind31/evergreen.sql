-- Evergreen ILS — trimmed schema (44 of the tables of schemas actor, money, action, permission, config)
-- Upstream: github.com/evergreen-library-system/Evergreen, Open-ILS/src/sql/Pg/005.schema.actors.sql,
--   006.schema.permissions.sql, 080.schema.money.sql, 090.schema.action.sql, 002.schema.config.sql
--   at commit 921164cbfe938ca0ea3865f8cabaa4bc21a88e35 (GPL-2.0-or-later).
-- PostgreSQL DDL written as MySQL: table names keep their schema ("actor.usr"); inherited columns
-- (INHERITS money.billable_xact / money.payment / money.bnm_payment / money.bnm_desk_payment) are written
-- out in PostgreSQL's order; SERIAL -> INT AUTO_INCREMENT, TIMESTAMPTZ -> DATETIME, BOOL -> BOOLEAN,
-- NUMERIC -> DECIMAL, INTERVAL -> VARCHAR(64), TSVECTOR -> TEXT; column comments are upstream's inline
-- SQL comments; CHECK, UNIQUE and expression defaults left out; foreign keys kept between kept tables.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `actor.usr` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `card` INT COMMENT 'active card',
  `profile` INT NOT NULL COMMENT 'patron profile',
  `usrname` TEXT NOT NULL,
  `email` TEXT,
  `passwd` TEXT,
  `standing` INT NOT NULL DEFAULT 1,
  `ident_type` INT NOT NULL,
  `ident_value` TEXT,
  `ident_type2` INT,
  `ident_value2` TEXT,
  `net_access_level` INT NOT NULL DEFAULT 1,
  `photo_url` TEXT,
  `prefix` TEXT,
  `first_given_name` TEXT NOT NULL,
  `second_given_name` TEXT,
  `family_name` TEXT NOT NULL,
  `suffix` TEXT,
  `guardian` TEXT,
  `guardian_email` TEXT,
  `pref_prefix` TEXT,
  `pref_first_given_name` TEXT,
  `pref_second_given_name` TEXT,
  `pref_family_name` TEXT,
  `pref_suffix` TEXT,
  `name_keywords` TEXT,
  `name_kw_tsvector` TEXT,
  `alias` TEXT,
  `day_phone` TEXT,
  `evening_phone` TEXT,
  `other_phone` TEXT,
  `mailing_address` INT,
  `billing_address` INT,
  `home_ou` INT NOT NULL,
  `dob` DATE,
  `active` BOOLEAN NOT NULL DEFAULT TRUE,
  `master_account` BOOLEAN NOT NULL DEFAULT FALSE,
  `super_user` BOOLEAN NOT NULL DEFAULT FALSE,
  `barred` BOOLEAN NOT NULL DEFAULT FALSE,
  `deleted` BOOLEAN NOT NULL DEFAULT FALSE,
  `juvenile` BOOLEAN NOT NULL DEFAULT FALSE,
  `usrgroup` INT NOT NULL,
  `claims_returned_count` INT NOT NULL DEFAULT 0,
  `credit_forward_balance` DECIMAL(6,2) NOT NULL DEFAULT 0.00,
  `last_xact_id` TEXT NOT NULL,
  `create_date` DATETIME NOT NULL,
  `expire_date` DATETIME NOT NULL,
  `claims_never_checked_out_count` INT NOT NULL DEFAULT 0,
  `last_update_time` DATETIME,
  `locale` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`ident_type`) REFERENCES `config.identification_type` (`id`),
  FOREIGN KEY (`ident_type2`) REFERENCES `config.identification_type` (`id`)
);

CREATE TABLE `actor.usr_setting` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `usr` INT NOT NULL,
  `name` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`usr`) REFERENCES `actor.usr` (`id`)
);

CREATE TABLE `actor.stat_cat` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner` INT NOT NULL,
  `name` TEXT NOT NULL,
  `opac_visible` BOOLEAN NOT NULL DEFAULT FALSE,
  `usr_summary` BOOLEAN NOT NULL DEFAULT FALSE,
  `sip_field` CHAR(2),
  `sip_format` TEXT,
  `checkout_archive` BOOLEAN NOT NULL DEFAULT FALSE,
  `required` BOOLEAN NOT NULL DEFAULT FALSE,
  `allow_freetext` BOOLEAN NOT NULL DEFAULT TRUE,
  PRIMARY KEY (`id`)
);

CREATE TABLE `actor.stat_cat_entry_usr_map` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `stat_cat_entry` TEXT NOT NULL,
  `stat_cat` INT NOT NULL,
  `target_usr` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `actor.card` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `usr` INT NOT NULL,
  `barcode` TEXT NOT NULL,
  `active` BOOLEAN NOT NULL DEFAULT TRUE,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`usr`) REFERENCES `actor.usr` (`id`)
);

CREATE TABLE `actor.org_unit` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `parent_ou` INT,
  `ou_type` INT NOT NULL,
  `ill_address` INT,
  `holds_address` INT,
  `mailing_address` INT,
  `billing_address` INT,
  `shortname` TEXT NOT NULL,
  `name` TEXT NOT NULL,
  `email` TEXT,
  `phone` TEXT,
  `opac_visible` BOOLEAN NOT NULL DEFAULT TRUE,
  `staff_catalog_visible` BOOLEAN NOT NULL DEFAULT TRUE,
  `fiscal_calendar` INT NOT NULL DEFAULT 1 COMMENT 'foreign key constraint to be added later',
  PRIMARY KEY (`id`),
  FOREIGN KEY (`parent_ou`) REFERENCES `actor.org_unit` (`id`)
);

CREATE TABLE `actor.workstation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `owning_lib` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owning_lib`) REFERENCES `actor.org_unit` (`id`)
);

CREATE TABLE `actor.usr_org_unit_opt_in` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `org_unit` INT NOT NULL,
  `usr` INT NOT NULL,
  `staff` INT NOT NULL,
  `opt_in_ts` DATETIME NOT NULL,
  `opt_in_ws` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`org_unit`) REFERENCES `actor.org_unit` (`id`),
  FOREIGN KEY (`usr`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`staff`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`opt_in_ws`) REFERENCES `actor.workstation` (`id`)
);

CREATE TABLE `actor.org_unit_setting` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `org_unit` INT NOT NULL,
  `name` TEXT NOT NULL,
  `value` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`org_unit`) REFERENCES `actor.org_unit` (`id`)
);

CREATE TABLE `actor.usr_address` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `valid` BOOLEAN NOT NULL DEFAULT TRUE,
  `within_city_limits` BOOLEAN NOT NULL DEFAULT TRUE,
  `address_type` TEXT NOT NULL,
  `usr` INT NOT NULL,
  `street1` TEXT NOT NULL,
  `street2` TEXT,
  `city` TEXT NOT NULL,
  `county` TEXT,
  `state` TEXT,
  `country` TEXT NOT NULL,
  `post_code` TEXT NOT NULL,
  `pending` BOOLEAN NOT NULL DEFAULT FALSE,
  `replaces` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`usr`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`replaces`) REFERENCES `actor.usr_address` (`id`)
);

CREATE TABLE `actor.usr_password_reset` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` TEXT NOT NULL,
  `usr` BIGINT NOT NULL,
  `request_time` DATETIME NOT NULL,
  `has_been_reset` BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`id`)
);

CREATE TABLE `actor.org_address` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `valid` BOOLEAN NOT NULL DEFAULT TRUE,
  `address_type` TEXT NOT NULL,
  `org_unit` INT NOT NULL,
  `street1` TEXT NOT NULL,
  `street2` TEXT,
  `city` TEXT NOT NULL,
  `county` TEXT,
  `state` TEXT,
  `country` TEXT NOT NULL,
  `post_code` TEXT NOT NULL,
  `san` TEXT,
  `latitude` DOUBLE,
  `longitude` DOUBLE,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`org_unit`) REFERENCES `actor.org_unit` (`id`)
);

CREATE TABLE `actor.usr_standing_penalty` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `org_unit` INT NOT NULL,
  `usr` INT NOT NULL,
  `standing_penalty` INT NOT NULL,
  `staff` INT,
  `set_date` DATETIME,
  `stop_date` DATETIME,
  `usr_message` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`org_unit`) REFERENCES `actor.org_unit` (`id`),
  FOREIGN KEY (`usr`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`standing_penalty`) REFERENCES `config.standing_penalty` (`id`),
  FOREIGN KEY (`staff`) REFERENCES `actor.usr` (`id`)
);

CREATE TABLE `actor.usr_saved_search` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner` INT NOT NULL,
  `name` TEXT NOT NULL,
  `create_date` DATETIME NOT NULL,
  `query_text` TEXT NOT NULL,
  `query_type` TEXT NOT NULL COMMENT 'we may add other types someday',
  `target` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner`) REFERENCES `actor.usr` (`id`)
);

CREATE TABLE `actor.address_alert` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner` INT NOT NULL,
  `active` BOOLEAN NOT NULL DEFAULT TRUE,
  `match_all` BOOLEAN NOT NULL DEFAULT TRUE,
  `alert_message` TEXT NOT NULL,
  `street1` TEXT,
  `street2` TEXT,
  `city` TEXT,
  `county` TEXT,
  `state` TEXT,
  `country` TEXT,
  `post_code` TEXT,
  `mailing_address` BOOLEAN NOT NULL DEFAULT FALSE,
  `billing_address` BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner`) REFERENCES `actor.org_unit` (`id`)
);

CREATE TABLE `actor.usr_activity` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `usr` INT,
  `etype` INT NOT NULL,
  `event_time` DATETIME NOT NULL,
  `event_data` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`usr`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`etype`) REFERENCES `config.usr_activity_type` (`id`)
);

CREATE TABLE `actor.usr_message` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `usr` INT NOT NULL,
  `title` TEXT,
  `message` TEXT NOT NULL,
  `create_date` DATETIME NOT NULL,
  `deleted` BOOLEAN NOT NULL DEFAULT FALSE,
  `read_date` DATETIME,
  `sending_lib` INT NOT NULL,
  `pub` BOOLEAN NOT NULL DEFAULT FALSE,
  `stop_date` DATETIME,
  `editor` BIGINT,
  `edit_date` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`usr`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`sending_lib`) REFERENCES `actor.org_unit` (`id`)
);

CREATE TABLE `actor.passwd_type` (
  `code` VARCHAR(255) NOT NULL,
  `name` TEXT NOT NULL,
  `login` BOOLEAN NOT NULL DEFAULT FALSE,
  `regex` TEXT COMMENT 'pending',
  `crypt_algo` TEXT COMMENT 'e.g. ''bf''',
  `iter_count` INT,
  PRIMARY KEY (`code`)
);

CREATE TABLE `actor.passwd` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `usr` INT NOT NULL,
  `salt` TEXT COMMENT 'will be NULL for non-crypt''ed passwords',
  `passwd` TEXT NOT NULL,
  `passwd_type` TEXT NOT NULL,
  `create_date` DATETIME NOT NULL,
  `edit_date` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`usr`) REFERENCES `actor.usr` (`id`)
);

CREATE TABLE `actor.usr_privacy_waiver` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `usr` BIGINT NOT NULL,
  `name` TEXT NOT NULL,
  `place_holds` BOOLEAN DEFAULT FALSE,
  `pickup_holds` BOOLEAN DEFAULT FALSE,
  `view_history` BOOLEAN DEFAULT FALSE,
  `checkout_items` BOOLEAN DEFAULT FALSE,
  PRIMARY KEY (`id`)
);

CREATE TABLE `money.collections_tracker` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `usr` INT NOT NULL COMMENT 'actor.usr.id',
  `collector` INT NOT NULL,
  `location` INT NOT NULL,
  `enter_time` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`usr`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`collector`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`location`) REFERENCES `actor.org_unit` (`id`)
);

CREATE TABLE `money.billable_xact` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `usr` INT NOT NULL COMMENT 'actor.usr.id',
  `xact_start` DATETIME NOT NULL,
  `xact_finish` DATETIME,
  `unrecovered` BOOLEAN,
  PRIMARY KEY (`id`)
);

CREATE TABLE `money.grocery` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `usr` INT NOT NULL COMMENT 'actor.usr.id',
  `xact_start` DATETIME NOT NULL,
  `xact_finish` DATETIME,
  `unrecovered` BOOLEAN,
  `billing_location` INT NOT NULL COMMENT 'library creating transaction',
  `note` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `money.billing` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `xact` BIGINT NOT NULL COMMENT 'money.billable_xact.id',
  `billing_ts` DATETIME NOT NULL COMMENT 'DEPRECATED, legacy only',
  `voided` BOOLEAN NOT NULL DEFAULT FALSE,
  `voider` INT,
  `void_time` DATETIME,
  `amount` DECIMAL(6,2) NOT NULL,
  `billing_type` TEXT NOT NULL,
  `btype` INT NOT NULL,
  `note` TEXT,
  `create_date` DATETIME NOT NULL,
  `period_start` DATETIME,
  `period_end` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`btype`) REFERENCES `config.billing_type` (`id`)
);

CREATE TABLE `money.payment` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `xact` BIGINT NOT NULL COMMENT 'money.billable_xact.id',
  `payment_ts` DATETIME NOT NULL,
  `voided` BOOLEAN NOT NULL DEFAULT FALSE,
  `amount` DECIMAL(6,2) NOT NULL,
  `note` TEXT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `money.cash_payment` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `xact` BIGINT NOT NULL COMMENT 'money.billable_xact.id',
  `payment_ts` DATETIME NOT NULL,
  `voided` BOOLEAN NOT NULL DEFAULT FALSE,
  `amount` DECIMAL(6,2) NOT NULL,
  `note` TEXT,
  `amount_collected` DECIMAL(6,2) NOT NULL,
  `accepting_usr` INT NOT NULL,
  `cash_drawer` INT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cash_drawer`) REFERENCES `actor.workstation` (`id`)
);

CREATE TABLE `money.credit_card_payment` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `xact` BIGINT NOT NULL COMMENT 'money.billable_xact.id',
  `payment_ts` DATETIME NOT NULL,
  `voided` BOOLEAN NOT NULL DEFAULT FALSE,
  `amount` DECIMAL(6,2) NOT NULL,
  `note` TEXT,
  `amount_collected` DECIMAL(6,2) NOT NULL,
  `accepting_usr` INT NOT NULL,
  `cash_drawer` INT,
  `cc_number` TEXT,
  `cc_processor` TEXT,
  `cc_order_number` TEXT,
  `approval_code` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cash_drawer`) REFERENCES `actor.workstation` (`id`)
);

CREATE TABLE `money.check_payment` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `xact` BIGINT NOT NULL COMMENT 'money.billable_xact.id',
  `payment_ts` DATETIME NOT NULL,
  `voided` BOOLEAN NOT NULL DEFAULT FALSE,
  `amount` DECIMAL(6,2) NOT NULL,
  `note` TEXT,
  `amount_collected` DECIMAL(6,2) NOT NULL,
  `accepting_usr` INT NOT NULL,
  `cash_drawer` INT,
  `check_number` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`cash_drawer`) REFERENCES `actor.workstation` (`id`)
);

CREATE TABLE `money.forgive_payment` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `xact` BIGINT NOT NULL COMMENT 'money.billable_xact.id',
  `payment_ts` DATETIME NOT NULL,
  `voided` BOOLEAN NOT NULL DEFAULT FALSE,
  `amount` DECIMAL(6,2) NOT NULL,
  `note` TEXT,
  `amount_collected` DECIMAL(6,2) NOT NULL,
  `accepting_usr` INT NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `action.circulation` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `usr` INT NOT NULL COMMENT 'actor.usr.id',
  `xact_start` DATETIME NOT NULL,
  `xact_finish` DATETIME,
  `unrecovered` BOOLEAN,
  `target_copy` BIGINT NOT NULL COMMENT 'asset.copy.id',
  `circ_lib` INT NOT NULL COMMENT 'actor.org_unit.id',
  `circ_staff` INT NOT NULL COMMENT 'actor.usr.id',
  `checkin_staff` INT COMMENT 'actor.usr.id',
  `checkin_lib` INT COMMENT 'actor.org_unit.id',
  `renewal_remaining` INT NOT NULL COMMENT 'derived from "circ duration" rule',
  `grace_period` VARCHAR(64) NOT NULL COMMENT 'derived from "circ fine" rule',
  `due_date` DATETIME,
  `stop_fines_time` DATETIME,
  `checkin_time` DATETIME,
  `create_time` DATETIME NOT NULL,
  `duration` VARCHAR(64) COMMENT 'derived from "circ duration" rule',
  `fine_interval` VARCHAR(64) NOT NULL COMMENT 'derived from "circ fine" rule',
  `recurring_fine` DECIMAL(6,2) COMMENT 'derived from "circ fine" rule',
  `max_fine` DECIMAL(6,2) COMMENT 'derived from "max fine" rule',
  `phone_renewal` BOOLEAN NOT NULL DEFAULT FALSE,
  `desk_renewal` BOOLEAN NOT NULL DEFAULT FALSE,
  `opac_renewal` BOOLEAN NOT NULL DEFAULT FALSE,
  `duration_rule` TEXT NOT NULL COMMENT 'name of "circ duration" rule',
  `recurring_fine_rule` TEXT NOT NULL COMMENT 'name of "circ fine" rule',
  `max_fine_rule` TEXT NOT NULL COMMENT 'name of "max fine" rule',
  `stop_fines` TEXT,
  `workstation` INT,
  `checkin_workstation` INT,
  `copy_location` INT NOT NULL DEFAULT 1,
  `checkin_scan_time` DATETIME,
  `auto_renewal` BOOLEAN NOT NULL DEFAULT FALSE,
  `auto_renewal_remaining` INT,
  `parent_circ` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`workstation`) REFERENCES `actor.workstation` (`id`),
  FOREIGN KEY (`checkin_workstation`) REFERENCES `actor.workstation` (`id`)
);

CREATE TABLE `action.hold_request` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `request_time` DATETIME NOT NULL,
  `capture_time` DATETIME,
  `fulfillment_time` DATETIME,
  `checkin_time` DATETIME,
  `return_time` DATETIME,
  `prev_check_time` DATETIME,
  `expire_time` DATETIME,
  `cancel_time` DATETIME,
  `cancel_cause` INT,
  `cancel_note` TEXT,
  `canceled_by` INT,
  `canceling_ws` INT,
  `target` BIGINT NOT NULL COMMENT 'see hold_type',
  `current_copy` BIGINT COMMENT 'REFERENCES asset.copy (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,  -- XXX could be an serial.unit now...',
  `fulfillment_staff` INT,
  `fulfillment_lib` INT,
  `request_lib` INT NOT NULL,
  `requestor` INT NOT NULL,
  `usr` INT NOT NULL,
  `selection_ou` INT NOT NULL,
  `selection_depth` INT NOT NULL DEFAULT 0,
  `pickup_lib` INT NOT NULL,
  `hold_type` TEXT,
  `holdable_formats` TEXT,
  `phone_notify` TEXT,
  `email_notify` BOOLEAN NOT NULL DEFAULT FALSE,
  `sms_notify` TEXT,
  `sms_carrier` INT,
  `frozen` BOOLEAN NOT NULL DEFAULT FALSE,
  `thaw_date` DATETIME,
  `shelf_time` DATETIME,
  `cut_in_line` BOOLEAN,
  `mint_condition` BOOLEAN NOT NULL DEFAULT TRUE,
  `shelf_expire_time` DATETIME,
  `current_shelf_lib` INT,
  `behind_desk` BOOLEAN NOT NULL DEFAULT FALSE,
  `hopeless_date` DATETIME,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`canceled_by`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`canceling_ws`) REFERENCES `actor.workstation` (`id`),
  FOREIGN KEY (`fulfillment_staff`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`fulfillment_lib`) REFERENCES `actor.org_unit` (`id`),
  FOREIGN KEY (`request_lib`) REFERENCES `actor.org_unit` (`id`),
  FOREIGN KEY (`requestor`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`usr`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`selection_ou`) REFERENCES `actor.org_unit` (`id`),
  FOREIGN KEY (`pickup_lib`) REFERENCES `actor.org_unit` (`id`),
  FOREIGN KEY (`current_shelf_lib`) REFERENCES `actor.org_unit` (`id`)
);

CREATE TABLE `action.hold_request_note` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `hold` BIGINT NOT NULL,
  `title` TEXT NOT NULL,
  `body` TEXT NOT NULL,
  `slip` BOOLEAN NOT NULL DEFAULT FALSE,
  `pub` BOOLEAN NOT NULL DEFAULT FALSE,
  `staff` BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'created by staff',
  PRIMARY KEY (`id`)
);

CREATE TABLE `action.hold_notification` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `hold` INT NOT NULL,
  `notify_staff` INT,
  `notify_time` DATETIME NOT NULL,
  `method` TEXT NOT NULL COMMENT 'email address or phone number',
  `note` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`hold`) REFERENCES `action.hold_request` (`id`),
  FOREIGN KEY (`notify_staff`) REFERENCES `actor.usr` (`id`)
);

CREATE TABLE `action.non_cataloged_circulation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `patron` INT NOT NULL,
  `staff` INT NOT NULL,
  `circ_lib` INT NOT NULL,
  `item_type` INT NOT NULL,
  `circ_time` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patron`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`staff`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`circ_lib`) REFERENCES `actor.org_unit` (`id`)
);

CREATE TABLE `action.survey` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `owner` INT NOT NULL,
  `start_date` DATETIME NOT NULL,
  `end_date` DATETIME NOT NULL,
  `usr_summary` BOOLEAN NOT NULL DEFAULT FALSE,
  `opac` BOOLEAN NOT NULL DEFAULT FALSE,
  `poll` BOOLEAN NOT NULL DEFAULT FALSE,
  `required` BOOLEAN NOT NULL DEFAULT FALSE,
  `name` TEXT NOT NULL,
  `description` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner`) REFERENCES `actor.org_unit` (`id`)
);

CREATE TABLE `action.survey_response` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `response_group_id` INT,
  `usr` INT COMMENT 'REFERENCES actor.usr',
  `survey` INT NOT NULL,
  `question` INT NOT NULL,
  `answer` INT NOT NULL,
  `answer_date` DATETIME,
  `effective_date` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`survey`) REFERENCES `action.survey` (`id`)
);

CREATE TABLE `action.usr_circ_history` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `usr` INT NOT NULL,
  `xact_start` DATETIME NOT NULL,
  `target_copy` BIGINT NOT NULL COMMENT 'asset.copy.id / serial.unit.id',
  `due_date` DATETIME NOT NULL,
  `checkin_time` DATETIME,
  `source_circ` BIGINT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`usr`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`source_circ`) REFERENCES `action.circulation` (`id`)
);

CREATE TABLE `action.curbside` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `patron` INT NOT NULL,
  `org` INT NOT NULL,
  `slot` DATETIME,
  `staged` DATETIME,
  `stage_staff` INT,
  `arrival` DATETIME,
  `delivered` DATETIME,
  `delivery_staff` INT,
  `notes` TEXT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`patron`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`org`) REFERENCES `actor.org_unit` (`id`),
  FOREIGN KEY (`stage_staff`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`delivery_staff`) REFERENCES `actor.usr` (`id`)
);

CREATE TABLE `permission.grp_tree` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `parent` INT,
  `usergroup` BOOLEAN NOT NULL DEFAULT TRUE,
  `perm_interval` VARCHAR(64) NOT NULL,
  `temporary_perm_interval` VARCHAR(64),
  `description` TEXT,
  `application_perm` TEXT,
  `hold_priority` INT NOT NULL DEFAULT 0,
  `mfa_allowed` BOOLEAN NOT NULL DEFAULT FALSE,
  `mfa_required` BOOLEAN NOT NULL DEFAULT FALSE,
  `erenew` BOOLEAN NOT NULL DEFAULT TRUE,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`parent`) REFERENCES `permission.grp_tree` (`id`)
);

CREATE TABLE `permission.usr_grp_map` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `usr` INT NOT NULL,
  `grp` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`usr`) REFERENCES `actor.usr` (`id`),
  FOREIGN KEY (`grp`) REFERENCES `permission.grp_tree` (`id`)
);

CREATE TABLE `config.standing_penalty` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `label` TEXT NOT NULL,
  `block_list` TEXT,
  `staff_alert` BOOLEAN NOT NULL DEFAULT FALSE,
  `org_depth` INT,
  `ignore_proximity` INT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `config.billing_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  `owner` INT NOT NULL COMMENT 'REFERENCES actor.org_unit (id)',
  `default_price` DECIMAL(6,2),
  PRIMARY KEY (`id`)
);

CREATE TABLE `config.usr_activity_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `ewho` TEXT,
  `ewhat` TEXT,
  `ehow` TEXT,
  `label` TEXT NOT NULL COMMENT 'i18n',
  `egroup` ENUM('authen','authz','circ','hold','search','mfa') NOT NULL,
  `enabled` BOOLEAN NOT NULL DEFAULT TRUE,
  `transient` BOOLEAN NOT NULL DEFAULT TRUE,
  PRIMARY KEY (`id`)
);

CREATE TABLE `config.identification_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` TEXT NOT NULL,
  PRIMARY KEY (`id`)
);

-- A2Billing (VoIP telecom billing / calling-card platform on Asterisk: customer accounts called "cards" with their
-- identity, contact, portal login, balance, call plan and notification settings; their SIP accounts (Asterisk SIP
-- peers), caller IDs, speed dials, DIDs (phone numbers) and DID forwarding; call detail records; refills, payments,
-- e-payment (card) logs, charges and invoices; support tickets and their comments; status history; reseller agents
-- and administrator users with their activity log; and the call plans, trunks, carriers, countries, currencies,
-- time zones, mail templates and configuration), trimmed from github.com/Star2Billing/a2billing
-- DataBase/mysql-5.x/a2billing-schema-v1.4.0.sql with every UPDATE-a2billing-v1.4.0-to-…-v2.3.0.sql script that
-- DataBase/mysql-5.x/install-db.sh applies, replayed into MariaDB (sql_mode '') and dumped, commit 8dd474c6
-- (2019-02-05), AGPL-3.0. Column names and types as dumped (upstream has no column comments and declares no
-- foreign keys: MyISAM tables); ENGINE/CHARSET table options, non-unique indexes and the seed INSERTs left out.
-- Left out (67 of 97 tables): the archives (cc_call_archive, cc_card_archive), IAX peers (cc_iax_buddies, the IAX
-- twin of cc_sip_buddies) and cc_sip_buddies_empty, the DID inventory and rate tables (cc_did, cc_ratecard,
-- cc_tariffplan, cc_prefix …), callback queue, predictive-dialer campaigns and phone books, PayPal/e-commerce order
-- tables, agent payments, commissions and remittances, receipts, vouchers, packages, subscriptions, services,
-- alarms, notifications, monitors, backups, servers and the remaining lookups.
-- Glossary: `cc_` = "calling card". A card (`cc_card`) is a customer (subscriber) account; `id_cc_card`,
-- `card_id`, `cardid`, `id_card` refer to it. On cc_card, `username` is the account (card) number, which is also
-- the number/PIN a caller types at the IVR, `useralias` the customer-portal ("WEB UI") login and `uipass` its
-- password, `loginkey` the sign-up activation key, `tariff` the call plan (cc_tariffgroup), `typepaid` 0 prepaid /
-- 1 postpaid, `credit` the balance, `redial` the last number dialled (redial feature), `inuse` the calls in
-- progress, `nbused` the calls made, `lastuse` the last call, `mac_addr` the customer's device, `traffic` /
-- `traffic_target` the expected monthly traffic and its destinations, `id_seria`/`serial` the card batch and
-- serial number, `tag` a batch label, `block`/`lock_pin`/`lock_date` a PIN lock on calls, `email_notification` /
-- `notify_email` / `credit_notification` the low-balance e-mail alert (address, opt-in, threshold).
-- An agent (`cc_agent`) is a reseller who sells cards and earns commission; `cc_ui_authen` are the administrators
-- (staff) of the installation (`direction` = postal address). "Buddies" are Asterisk SIP peers: the customer's SIP
-- account and the phone registered on it (`ipaddr`, `port`, `fullcontact`, `useragent`, `regseconds` are set when
-- the device registers). A DID is a phone number sold to a customer (`cc_did_use` the assignment, `cc_did_destination`
-- the number or SIP address its calls are forwarded to). `cc_call` is the CDR: `src` caller id, `calledstation`
-- number called, `dnid` number dialled to reach the platform, `sessiontime` billed seconds, `sessionbill` sale
-- price, `buycost` carrier cost, `terminatecauseid` the dial status (1 ANSWER, 2 BUSY, 3 NOANSWER …), `sipiax` call type (standard, SIP/IAX,
-- DID, callback …), `destination` the matched dialling prefix, `nasipaddress` the Asterisk server. A refill is a
-- top-up of credit (cc_logrefill), cc_logpayment the payment recorded with it, cc_charge an extra charge (DID or
-- subscription fee, manual charge). Tickets: `creator_type` 0 customer, 1 agent on cc_ticket; 0 customer,
-- 1 administrator, 2 agent on cc_ticket_comment. cc_system_log is the administrators' and agents' activity log
-- (`agent` = 1 when `iduser` is an agent). A trunk is a route to a carrier (cc_provider).

CREATE TABLE `cc_agent` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `datecreation` timestamp NOT NULL DEFAULT current_timestamp(),
  `active` char(1) NOT NULL DEFAULT 'f',
  `login` char(20) NOT NULL,
  `passwd` char(40) DEFAULT NULL,
  `location` text DEFAULT NULL,
  `language` char(5) DEFAULT 'en',
  `id_tariffgroup` int(11) DEFAULT NULL,
  `options` int(11) NOT NULL DEFAULT 0,
  `credit` decimal(15,5) NOT NULL DEFAULT 0.00000,
  `currency` char(3) DEFAULT 'USD',
  `locale` char(10) DEFAULT 'C',
  `commission` decimal(10,4) NOT NULL DEFAULT 0.0000,
  `vat` decimal(10,4) NOT NULL DEFAULT 0.0000,
  `banner` text DEFAULT NULL,
  `perms` int(11) DEFAULT NULL,
  `lastname` char(50) DEFAULT NULL,
  `firstname` char(50) DEFAULT NULL,
  `address` char(100) DEFAULT NULL,
  `city` char(40) DEFAULT NULL,
  `state` char(40) DEFAULT NULL,
  `country` char(40) DEFAULT NULL,
  `zipcode` char(20) DEFAULT NULL,
  `phone` char(20) DEFAULT NULL,
  `email` char(70) DEFAULT NULL,
  `fax` char(20) DEFAULT NULL,
  `company` varchar(50) DEFAULT NULL,
  `com_balance` decimal(15,5) NOT NULL,
  `threshold_remittance` decimal(15,5) NOT NULL,
  `bank_info` mediumtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `login` (`login`)
);

CREATE TABLE `cc_call` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `sessionid` varchar(40) NOT NULL,
  `uniqueid` varchar(30) NOT NULL,
  `card_id` bigint(20) NOT NULL,
  `nasipaddress` varchar(30) NOT NULL,
  `starttime` timestamp NOT NULL DEFAULT current_timestamp(),
  `stoptime` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  `sessiontime` int(11) DEFAULT NULL,
  `calledstation` varchar(100) NOT NULL,
  `sessionbill` float DEFAULT NULL,
  `id_tariffgroup` int(11) DEFAULT NULL,
  `id_tariffplan` int(11) DEFAULT NULL,
  `id_ratecard` int(11) DEFAULT NULL,
  `id_trunk` int(11) DEFAULT NULL,
  `sipiax` int(11) DEFAULT 0,
  `src` varchar(40) NOT NULL,
  `id_did` int(11) DEFAULT NULL,
  `buycost` decimal(15,5) DEFAULT 0.00000,
  `id_card_package_offer` int(11) DEFAULT 0,
  `real_sessiontime` int(11) DEFAULT NULL,
  `dnid` varchar(40) NOT NULL,
  `terminatecauseid` int(1) DEFAULT 1,
  `destination` int(11) DEFAULT 0,
  `a2b_custom1` varchar(20) DEFAULT NULL,
  `a2b_custom2` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_callerid` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `cid` varchar(100) NOT NULL,
  `id_cc_card` bigint(20) NOT NULL,
  `activated` char(1) NOT NULL DEFAULT 't',
  PRIMARY KEY (`id`),
  UNIQUE KEY `cons_cc_callerid_cid` (`cid`)
);

CREATE TABLE `cc_card` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `creationdate` timestamp NOT NULL DEFAULT current_timestamp(),
  `firstusedate` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  `expirationdate` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  `enableexpire` int(11) DEFAULT 0,
  `expiredays` int(11) DEFAULT 0,
  `username` varchar(50) NOT NULL,
  `useralias` varchar(50) NOT NULL,
  `uipass` varchar(50) NOT NULL,
  `credit` decimal(15,5) NOT NULL DEFAULT 0.00000,
  `tariff` int(11) DEFAULT 0,
  `id_didgroup` int(11) DEFAULT 0,
  `activated` char(1) NOT NULL DEFAULT 'f',
  `status` int(11) NOT NULL DEFAULT 1,
  `lastname` varchar(50) NOT NULL,
  `firstname` varchar(50) NOT NULL,
  `address` varchar(100) NOT NULL,
  `city` varchar(40) NOT NULL,
  `state` varchar(40) NOT NULL,
  `country` varchar(40) NOT NULL,
  `zipcode` varchar(20) NOT NULL,
  `phone` varchar(20) NOT NULL,
  `email` varchar(70) NOT NULL,
  `fax` varchar(20) NOT NULL,
  `inuse` int(11) DEFAULT 0,
  `simultaccess` int(11) DEFAULT 0,
  `currency` char(3) DEFAULT 'USD',
  `lastuse` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  `nbused` int(11) DEFAULT 0,
  `typepaid` int(11) DEFAULT 0,
  `creditlimit` int(11) DEFAULT 0,
  `voipcall` int(11) DEFAULT 0,
  `sip_buddy` int(11) DEFAULT 0,
  `iax_buddy` int(11) DEFAULT 0,
  `language` char(5) DEFAULT 'en',
  `redial` varchar(50) NOT NULL,
  `runservice` int(11) DEFAULT 0,
  `nbservice` int(11) DEFAULT 0,
  `id_campaign` int(11) DEFAULT 0,
  `num_trials_done` bigint(20) DEFAULT 0,
  `vat` float NOT NULL DEFAULT 0,
  `servicelastrun` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  `initialbalance` decimal(15,5) NOT NULL DEFAULT 0.00000,
  `invoiceday` int(11) DEFAULT 1,
  `autorefill` int(11) DEFAULT 0,
  `loginkey` varchar(40) NOT NULL,
  `mac_addr` char(17) NOT NULL DEFAULT '00-00-00-00-00-00',
  `id_timezone` int(11) DEFAULT 0,
  `tag` varchar(50) NOT NULL,
  `voicemail_permitted` int(11) NOT NULL DEFAULT 0,
  `voicemail_activated` smallint(6) NOT NULL DEFAULT 0,
  `last_notification` timestamp NULL DEFAULT NULL,
  `email_notification` varchar(70) NOT NULL,
  `notify_email` smallint(6) NOT NULL DEFAULT 0,
  `credit_notification` int(11) NOT NULL DEFAULT -1,
  `id_group` int(11) NOT NULL DEFAULT 1,
  `company_name` varchar(50) NOT NULL,
  `company_website` varchar(60) NOT NULL,
  `vat_rn` varchar(40) DEFAULT NULL,
  `traffic` bigint(20) DEFAULT NULL,
  `traffic_target` varchar(300) NOT NULL,
  `discount` decimal(5,2) NOT NULL DEFAULT 0.00,
  `restriction` tinyint(4) NOT NULL DEFAULT 0,
  `id_seria` int(11) DEFAULT NULL,
  `serial` bigint(20) DEFAULT NULL,
  `block` tinyint(4) NOT NULL DEFAULT 0,
  `lock_pin` varchar(15) DEFAULT NULL,
  `lock_date` timestamp NULL DEFAULT NULL,
  `max_concurrent` int(11) NOT NULL DEFAULT 10,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cons_cc_card_username` (`username`),
  UNIQUE KEY `cons_cc_card_useralias` (`useralias`)
);

CREATE TABLE `cc_card_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT NULL,
  `description` varchar(400) DEFAULT NULL,
  `users_perms` int(11) NOT NULL DEFAULT 0,
  `id_agent` int(11) DEFAULT NULL,
  `provisioning` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_card_history` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `id_cc_card` bigint(20) DEFAULT NULL,
  `datecreated` timestamp NOT NULL DEFAULT current_timestamp(),
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_charge` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `id_cc_card` bigint(20) NOT NULL,
  `iduser` int(11) NOT NULL DEFAULT 0,
  `creationdate` timestamp NOT NULL DEFAULT current_timestamp(),
  `amount` float NOT NULL DEFAULT 0,
  `chargetype` int(11) DEFAULT 0,
  `description` mediumtext DEFAULT NULL,
  `id_cc_did` bigint(20) DEFAULT 0,
  `id_cc_card_subscription` bigint(20) DEFAULT NULL,
  `cover_from` date DEFAULT NULL,
  `cover_to` date DEFAULT NULL,
  `charged_status` tinyint(4) NOT NULL DEFAULT 0,
  `invoiced_status` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_config` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `config_title` varchar(100) DEFAULT NULL,
  `config_key` varchar(100) DEFAULT NULL,
  `config_value` varchar(200) DEFAULT NULL,
  `config_description` varchar(500) DEFAULT NULL,
  `config_valuetype` int(11) NOT NULL DEFAULT 0,
  `config_listvalues` varchar(100) DEFAULT NULL,
  `config_group_title` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_country` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `countrycode` char(80) NOT NULL,
  `countryprefix` char(80) NOT NULL,
  `countryname` char(80) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_currencies` (
  `id` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `currency` char(3) NOT NULL DEFAULT '',
  `name` varchar(30) NOT NULL DEFAULT '',
  `value` decimal(12,5) unsigned NOT NULL DEFAULT 0.00000,
  `lastupdate` timestamp NOT NULL DEFAULT current_timestamp(),
  `basecurrency` char(3) NOT NULL DEFAULT 'USD',
  PRIMARY KEY (`id`),
  UNIQUE KEY `cons_cc_currencies_currency` (`currency`)
);

CREATE TABLE `cc_did_destination` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `destination` varchar(100) DEFAULT NULL,
  `priority` int(11) NOT NULL DEFAULT 0,
  `id_cc_card` bigint(20) NOT NULL,
  `id_cc_did` bigint(20) NOT NULL,
  `creationdate` timestamp NOT NULL DEFAULT current_timestamp(),
  `activated` int(11) NOT NULL DEFAULT 1,
  `secondusedreal` int(11) DEFAULT 0,
  `voip_call` int(11) DEFAULT 0,
  `validated` int(11) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_did_use` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `id_cc_card` bigint(20) DEFAULT NULL,
  `id_did` bigint(20) NOT NULL,
  `reservationdate` timestamp NOT NULL DEFAULT current_timestamp(),
  `releasedate` timestamp NOT NULL DEFAULT '0000-00-00 00:00:00',
  `activated` int(11) DEFAULT 0,
  `month_payed` int(11) DEFAULT 0,
  `reminded` tinyint(4) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_didgroup` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `didgroupname` char(50) NOT NULL,
  `creationdate` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_epayment_log` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `cardid` bigint(20) NOT NULL DEFAULT 0,
  `amount` varchar(50) NOT NULL DEFAULT '0',
  `vat` float NOT NULL DEFAULT 0,
  `paymentmethod` char(50) NOT NULL,
  `cc_owner` varchar(64) DEFAULT NULL,
  `cc_number` varchar(32) DEFAULT NULL,
  `cc_expires` varchar(7) DEFAULT NULL,
  `creationdate` timestamp NOT NULL DEFAULT current_timestamp(),
  `status` int(11) NOT NULL DEFAULT 0,
  `cvv` varchar(4) DEFAULT NULL,
  `credit_card_type` varchar(20) DEFAULT NULL,
  `currency` varchar(4) DEFAULT NULL,
  `transaction_detail` longtext DEFAULT NULL,
  `item_type` varchar(30) DEFAULT NULL,
  `item_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_invoice` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `reference` varchar(30) DEFAULT NULL,
  `id_card` bigint(20) NOT NULL,
  `date` timestamp NOT NULL DEFAULT current_timestamp(),
  `paid_status` tinyint(4) NOT NULL DEFAULT 0,
  `status` tinyint(4) NOT NULL DEFAULT 0,
  `title` varchar(50) NOT NULL,
  `description` mediumtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reference` (`reference`)
);

CREATE TABLE `cc_invoice_item` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `id_invoice` bigint(20) NOT NULL,
  `date` timestamp NOT NULL DEFAULT current_timestamp(),
  `price` decimal(15,5) NOT NULL DEFAULT 0.00000,
  `VAT` decimal(4,2) NOT NULL DEFAULT 0.00,
  `description` mediumtext NOT NULL,
  `id_ext` bigint(20) DEFAULT NULL,
  `type_ext` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_logpayment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` timestamp NOT NULL DEFAULT current_timestamp(),
  `payment` decimal(15,5) NOT NULL,
  `card_id` bigint(20) NOT NULL,
  `id_logrefill` bigint(20) DEFAULT NULL,
  `description` mediumtext DEFAULT NULL,
  `added_refill` smallint(6) NOT NULL DEFAULT 0,
  `payment_type` tinyint(4) NOT NULL DEFAULT 0,
  `added_commission` tinyint(4) NOT NULL DEFAULT 0,
  `agent_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_logrefill` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `date` timestamp NOT NULL DEFAULT current_timestamp(),
  `credit` decimal(15,5) NOT NULL,
  `card_id` bigint(20) NOT NULL,
  `description` mediumtext DEFAULT NULL,
  `refill_type` tinyint(4) NOT NULL DEFAULT 0,
  `added_invoice` tinyint(4) NOT NULL DEFAULT 0,
  `agent_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_provider` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider_name` char(30) NOT NULL,
  `creationdate` timestamp NOT NULL DEFAULT current_timestamp(),
  `description` mediumtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cons_cc_provider_provider_name` (`provider_name`)
);

CREATE TABLE `cc_sip_buddies` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_cc_card` int(11) NOT NULL DEFAULT 0,
  `name` varchar(80) NOT NULL,
  `accountcode` varchar(20) NOT NULL,
  `regexten` varchar(20) NOT NULL,
  `amaflags` char(7) DEFAULT NULL,
  `callgroup` char(10) DEFAULT NULL,
  `callerid` varchar(80) NOT NULL,
  `canreinvite` varchar(20) NOT NULL DEFAULT 'YES',
  `context` varchar(80) NOT NULL,
  `DEFAULTip` char(50) DEFAULT NULL,
  `dtmfmode` char(7) NOT NULL DEFAULT 'RFC2833',
  `fromuser` varchar(80) NOT NULL,
  `fromdomain` varchar(80) NOT NULL,
  `host` varchar(50) NOT NULL,
  `insecure` varchar(20) NOT NULL,
  `language` char(2) DEFAULT NULL,
  `mailbox` varchar(50) NOT NULL,
  `md5secret` varchar(80) NOT NULL,
  `nat` char(30) DEFAULT 'yes',
  `deny` varchar(95) NOT NULL,
  `permit` varchar(95) DEFAULT NULL,
  `mask` varchar(95) NOT NULL,
  `pickupgroup` char(10) DEFAULT NULL,
  `port` char(5) NOT NULL DEFAULT '',
  `qualify` char(7) DEFAULT 'yes',
  `restrictcid` char(1) DEFAULT NULL,
  `rtptimeout` char(3) DEFAULT NULL,
  `rtpholdtimeout` char(3) DEFAULT NULL,
  `secret` varchar(80) NOT NULL,
  `type` char(6) NOT NULL DEFAULT 'friend',
  `username` varchar(80) NOT NULL,
  `disallow` varchar(100) NOT NULL DEFAULT 'ALL',
  `allow` varchar(100) NOT NULL,
  `musiconhold` varchar(100) NOT NULL,
  `regseconds` int(11) NOT NULL DEFAULT 0,
  `ipaddr` char(50) NOT NULL DEFAULT '',
  `cancallforward` char(3) DEFAULT 'yes',
  `fullcontact` varchar(80) NOT NULL,
  `setvar` varchar(100) NOT NULL,
  `regserver` varchar(20) DEFAULT NULL,
  `lastms` varchar(11) DEFAULT NULL,
  `defaultuser` varchar(40) NOT NULL DEFAULT '',
  `auth` varchar(10) NOT NULL DEFAULT '',
  `subscribemwi` varchar(10) NOT NULL DEFAULT '',
  `vmexten` varchar(20) NOT NULL DEFAULT '',
  `cid_number` varchar(40) NOT NULL DEFAULT '',
  `callingpres` varchar(20) NOT NULL DEFAULT '',
  `usereqphone` varchar(10) NOT NULL DEFAULT '',
  `incominglimit` varchar(10) NOT NULL DEFAULT '',
  `subscribecontext` varchar(40) NOT NULL DEFAULT '',
  `musicclass` varchar(20) NOT NULL DEFAULT '',
  `mohsuggest` varchar(20) NOT NULL DEFAULT '',
  `allowtransfer` varchar(20) NOT NULL DEFAULT '',
  `autoframing` varchar(10) NOT NULL DEFAULT '',
  `maxcallbitrate` varchar(15) NOT NULL DEFAULT '',
  `outboundproxy` varchar(40) NOT NULL DEFAULT '',
  `rtpkeepalive` varchar(15) NOT NULL DEFAULT '0',
  `useragent` varchar(80) DEFAULT NULL,
  `callbackextension` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cons_cc_sip_buddies_name` (`name`)
);

CREATE TABLE `cc_speeddial` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `id_cc_card` bigint(20) NOT NULL DEFAULT 0,
  `phone` varchar(100) NOT NULL,
  `name` varchar(100) NOT NULL,
  `speeddial` int(11) DEFAULT 0,
  `creationdate` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `cons_cc_speeddial_id_cc_card_speeddial` (`id_cc_card`,`speeddial`)
);

CREATE TABLE `cc_status_log` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` int(11) NOT NULL,
  `id_cc_card` bigint(20) NOT NULL,
  `updated_date` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_system_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `iduser` int(11) NOT NULL DEFAULT 0,
  `loglevel` int(11) NOT NULL DEFAULT 0,
  `action` text NOT NULL,
  `description` mediumtext DEFAULT NULL,
  `data` blob DEFAULT NULL,
  `tablename` varchar(255) DEFAULT NULL,
  `pagename` varchar(255) DEFAULT NULL,
  `ipaddress` varchar(255) DEFAULT NULL,
  `creationdate` timestamp NOT NULL DEFAULT current_timestamp(),
  `agent` tinyint(4) DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_tariffgroup` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `iduser` int(11) NOT NULL DEFAULT 0,
  `idtariffplan` int(11) NOT NULL DEFAULT 0,
  `tariffgroupname` char(50) NOT NULL,
  `lcrtype` int(11) NOT NULL DEFAULT 0,
  `creationdate` timestamp NOT NULL DEFAULT current_timestamp(),
  `removeinterprefix` int(11) NOT NULL DEFAULT 0,
  `id_cc_package_offer` bigint(20) NOT NULL DEFAULT -1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_templatemail` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `id_language` char(20) NOT NULL DEFAULT 'en',
  `mailtype` char(50) DEFAULT NULL,
  `fromemail` char(70) DEFAULT NULL,
  `fromname` char(70) DEFAULT NULL,
  `subject` varchar(130) DEFAULT NULL,
  `messagetext` varchar(3000) DEFAULT NULL,
  `messagehtml` varchar(3000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cons_cc_templatemail_id_language` (`mailtype`,`id_language`)
);

CREATE TABLE `cc_ticket` (
  `id` bigint(10) NOT NULL AUTO_INCREMENT,
  `id_component` smallint(5) NOT NULL,
  `title` varchar(100) NOT NULL,
  `description` text DEFAULT NULL,
  `priority` smallint(6) NOT NULL DEFAULT 0,
  `creationdate` timestamp NOT NULL DEFAULT current_timestamp(),
  `creator` bigint(20) NOT NULL,
  `status` smallint(6) NOT NULL DEFAULT 0,
  `creator_type` tinyint(4) NOT NULL DEFAULT 0,
  `viewed_cust` tinyint(4) NOT NULL DEFAULT 1,
  `viewed_agent` tinyint(4) NOT NULL DEFAULT 1,
  `viewed_admin` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_ticket_comment` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `date` timestamp NOT NULL DEFAULT current_timestamp(),
  `id_ticket` bigint(10) NOT NULL,
  `description` text DEFAULT NULL,
  `creator` bigint(20) NOT NULL,
  `creator_type` tinyint(4) NOT NULL DEFAULT 0,
  `viewed_cust` tinyint(4) NOT NULL DEFAULT 1,
  `viewed_agent` tinyint(4) NOT NULL DEFAULT 1,
  `viewed_admin` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_timezone` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `gmtzone` varchar(255) DEFAULT NULL,
  `gmttime` varchar(255) DEFAULT NULL,
  `gmtoffset` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `cc_trunk` (
  `id_trunk` int(11) NOT NULL AUTO_INCREMENT,
  `trunkcode` varchar(50) DEFAULT NULL,
  `trunkprefix` char(20) DEFAULT NULL,
  `providertech` char(20) NOT NULL,
  `providerip` char(80) NOT NULL,
  `removeprefix` char(20) DEFAULT NULL,
  `secondusedreal` int(11) DEFAULT 0,
  `secondusedcarrier` int(11) DEFAULT 0,
  `secondusedratecard` int(11) DEFAULT 0,
  `creationdate` timestamp NOT NULL DEFAULT current_timestamp(),
  `failover_trunk` int(11) DEFAULT NULL,
  `addparameter` char(120) DEFAULT NULL,
  `id_provider` int(11) DEFAULT NULL,
  `inuse` int(11) DEFAULT 0,
  `maxuse` int(11) DEFAULT -1,
  `status` int(11) DEFAULT 1,
  `if_max_use` int(11) DEFAULT 0,
  PRIMARY KEY (`id_trunk`)
);

CREATE TABLE `cc_ui_authen` (
  `userid` bigint(20) NOT NULL AUTO_INCREMENT,
  `login` char(50) NOT NULL,
  `pwd_encoded` varchar(250) NOT NULL,
  `groupid` int(11) DEFAULT NULL,
  `perms` int(11) DEFAULT NULL,
  `confaddcust` int(11) DEFAULT NULL,
  `name` char(50) DEFAULT NULL,
  `direction` char(80) DEFAULT NULL,
  `zipcode` char(20) DEFAULT NULL,
  `state` char(20) DEFAULT NULL,
  `phone` char(30) DEFAULT NULL,
  `fax` char(30) DEFAULT NULL,
  `datecreation` timestamp NOT NULL DEFAULT current_timestamp(),
  `email` varchar(70) DEFAULT NULL,
  `country` varchar(40) DEFAULT NULL,
  `city` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`userid`),
  UNIQUE KEY `cons_cc_ui_authen_login` (`login`),
  UNIQUE KEY `login` (`login`)
);

-- NMS Prime (OS Provisioning community version, cablelabs/os-provisioning), default database schema
-- Source: github.com/cablelabs/os-provisioning, file Install/files/nmsprime.pgsql (pg_dump of schema `nmsprime`,
-- PostgreSQL 13.6), at commit 3b2ed0729dc47ec246a1189daf867203555a0ca0 (2024-02-16). Licence: Apache-2.0.
-- Written as MySQL/MariaDB DDL by a small script: column names, order, NOT NULL, primary keys, unique constraints
-- and unique indexes, and upstream's two foreign keys kept; PostgreSQL types mapped (see nmsprime.md).
-- Tables left out: mibfile, oid, parameter, indices, mpr, mprgeopos, provmon, hfcreq, netelementtype, provvoip,
-- ccc, ekpcode, sla, domain, ticket_type, ticketsystem, modem_option, jobs, failed_jobs,
-- websockets_statistics_entries.

CREATE TABLE `roles` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(150),
  `title` varchar(191),
  `description` varchar(191),
  `rank` bigint,
  `level` bigint,
  `scope` bigint,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_17867_roles_name_unique` (`name`, `scope`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `abilities` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(150),
  `title` varchar(191),
  `entity_id` bigint,
  `entity_type` varchar(150),
  `only_owned` tinyint(1) DEFAULT 0,
  `scope` bigint,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accountingrecord` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `contract_id` bigint,
  `name` varchar(191),
  `product_id` bigint,
  `ratio` double,
  `count` smallint,
  `charge` double,
  `sepaaccount_id` bigint,
  `invoice_nr` bigint,
  `settlementrun_id` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `apartment` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `realty_id` bigint,
  `number` varchar(191),
  `floor` smallint,
  `connected` tinyint(1),
  `occupied` tinyint(1),
  `description` varchar(191),
  `connection_type` varchar(191),
  `code` varchar(191),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `assigned_roles` (
  `role_id` bigint,
  `entity_id` bigint,
  `entity_type` varchar(150),
  `scope` bigint,
  `created_at` datetime,
  `updated_at` datetime,
  CONSTRAINT `assigned_roles_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authreminders` (
  `email` varchar(191),
  `token` varchar(191),
  `created_at` datetime
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `billingbase` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `rcd` smallint,
  `currency` varchar(191),
  `tax` double,
  `mandate_ref_template` varchar(191),
  `split` tinyint(1),
  `termination_fix` tinyint(1),
  `userlang` enum('de','en') DEFAULT 'de',
  `cdr_offset` smallint,
  `voip_extracharge_default` double,
  `voip_extracharge_mobile_national` double,
  `cdr_retention_period` smallint,
  `fluid_valid_dates` tinyint(1),
  `show_ags` tinyint(1) DEFAULT 0,
  `adapt_item_start` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `carriercode` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `carrier_code` varchar(4),
  `company` varchar(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_17303_carriercode_carrier_code_unique` (`carrier_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comment` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `user_id` bigint,
  `ticket_id` bigint,
  `comment` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `company` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `name` varchar(191),
  `street` varchar(191),
  `zip` varchar(16),
  `city` varchar(191),
  `phone` varchar(191),
  `fax` varchar(191),
  `web` varchar(191),
  `mail` varchar(191),
  `registration_court_1` varchar(191),
  `registration_court_2` varchar(191),
  `registration_court_3` varchar(191),
  `management` varchar(191),
  `directorate` varchar(191),
  `tax_id_nr` varchar(191),
  `tax_nr` varchar(191),
  `transfer_reason` varchar(191),
  `logo` varchar(191),
  `conn_info_template_fn` varchar(191),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configfile` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `name` varchar(191),
  `text` text,
  `device` enum('cm','mta','tr069'),
  `public` enum('yes','no'),
  `parent_id` bigint,
  `firmware` varchar(191) DEFAULT '',
  `is_dummy` tinyint(1) DEFAULT 0,
  `monitoring` text,
  `dashboard` varchar(191) DEFAULT '/grafana/d/3-42DM6Gk/cablemodem',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `firstname1` varchar(191),
  `lastname1` varchar(191),
  `firstname2` varchar(191),
  `lastname2` varchar(191),
  `company` varchar(191),
  `tel` varchar(191),
  `tel_private` varchar(191),
  `email1` varchar(191),
  `email2` varchar(191),
  `street` varchar(191),
  `house_nr` varchar(191),
  `city` varchar(191),
  `zip` varchar(191),
  `district` varchar(191),
  `administration` tinyint(1),
  `invoice_text1` text,
  `invoice_text2` text,
  `invoice_text3` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contract` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `number` varchar(32),
  `number2` varchar(32),
  `number3` varchar(32),
  `number4` varchar(32),
  `customer_external_id` varchar(60),
  `company` varchar(191),
  `department` varchar(191),
  `salutation` varchar(191),
  `academic_degree` varchar(191),
  `firstname` varchar(191),
  `lastname` varchar(191),
  `street` varchar(191),
  `house_number` varchar(20),
  `zip` varchar(16),
  `city` varchar(191),
  `district` varchar(191),
  `country_id` bigint,
  `country_code` varchar(2),
  `phone` varchar(100),
  `fax` varchar(100),
  `email` varchar(191),
  `birthday` date,
  `contract_start` date,
  `contract_end` date,
  `internet_access` tinyint(1),
  `purchase_tariff` bigint,
  `next_purchase_tariff` bigint,
  `qos_id` bigint,
  `next_qos_id` bigint,
  `voip_id` bigint,
  `next_voip_id` bigint,
  `sepa_iban` varchar(34),
  `sepa_bic` varchar(11),
  `sepa_holder` varchar(191),
  `sepa_institute` varchar(191),
  `create_invoice` tinyint(1),
  `login` varchar(32),
  `password` varchar(64),
  `net` bigint,
  `cluster` bigint,
  `description` text,
  `costcenter_id` bigint,
  `salesman_id` bigint,
  `has_telephony` tinyint(1),
  `apartment_nr` varchar(191),
  `additional` varchar(191),
  `ground_for_dismissal` varchar(191),
  `group_contract` tinyint(1),
  `contact` bigint,
  `value_date` smallint,
  `apartment_id` bigint,
  `contact_id` bigint,
  `last_amendment` date,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `costcenter` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `name` varchar(191),
  `number` varchar(191),
  `sepaaccount_id` bigint,
  `billing_month` smallint,
  `description` varchar(191),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `debt` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `contract_id` bigint,
  `sepamandate_id` bigint,
  `invoice_id` bigint,
  `date` date,
  `amount` decimal(10,2),
  `bank_fee` decimal(10,2),
  `total_fee` decimal(10,2),
  `description` text,
  `number` varchar(191),
  `voucher_nr` varchar(191),
  `due_date` date,
  `cleared` tinyint(1) DEFAULT 0,
  `indicator` smallint,
  `dunning_date` date,
  `parent_id` bigint,
  `missing_amount` decimal(10,2),
  `extra_fee` decimal(10,2),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `endpoint` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `hostname` varchar(63),
  `mac` varchar(191),
  `description` text,
  `fixed_ip` tinyint(1),
  `modem_id` bigint,
  `ip` varchar(191),
  `add_reverse` varchar(191),
  `version` varchar(1) DEFAULT '4',
  `prefix` varchar(191),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enviacontract` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `external_creation_date` datetime,
  `external_termination_date` datetime,
  `envia_customer_reference` varchar(60),
  `envia_contract_reference` varchar(60),
  `state` varchar(60),
  `start_date` date,
  `end_date` date,
  `next_id` bigint,
  `prev_id` bigint,
  `end_reason` varchar(60),
  `lock_level` bigint,
  `method` varchar(4),
  `sla_id` bigint,
  `tariff_id` varchar(64),
  `variation_id` varchar(64),
  `contract_id` bigint,
  `modem_id` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enviaorder` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `orderid` bigint,
  `method` varchar(191),
  `ordertype_id` bigint,
  `ordertype` varchar(191),
  `orderstatus_id` bigint,
  `orderstatus` varchar(191),
  `orderdate` date,
  `ordercomment` varchar(191),
  `related_order_id` bigint,
  `customerreference` varchar(60),
  `contractreference` varchar(60),
  `contract_id` bigint,
  `modem_id` bigint,
  `enviacontract_id` bigint,
  `last_user_interaction` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_17413_enviaorder_orderid_unique` (`orderid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enviaorder_phonenumber` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `enviaorder_id` bigint,
  `phonenumber_id` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enviaorderdocument` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `document_type` enum('Auftrag','Insolvenz','Kommunikation','NachweisUnternehmer','Portierungsformblatt','Telefonbucheintrag','Vertrag','Vertragsbeend','Vollmacht'),
  `mime_type` varchar(191),
  `filename` varchar(191),
  `enviaorder_id` bigint,
  `upload_order_id` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `favorite_netelements` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint,
  `netelement_id` bigint,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_17444_favorite_netelements_user_id_netelement_id_unique` (`user_id`, `netelement_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `global_config` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `name` varchar(191),
  `street` varchar(191),
  `city` varchar(191),
  `phone` varchar(191),
  `mail` varchar(191),
  `log_level` bigint,
  `headline1` varchar(191),
  `headline2` varchar(191),
  `default_country_code` varchar(2),
  `passwordresetinterval` bigint DEFAULT '120',
  `alert1` varchar(191),
  `alert2` varchar(191),
  `alert3` varchar(191),
  `isallnetssidebarenabled` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `guilog` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `user_id` bigint,
  `username` varchar(191),
  `method` varchar(191),
  `model` varchar(191),
  `model_id` varchar(191),
  `text` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `contract_id` bigint,
  `settlementrun_id` bigint,
  `sepaaccount_id` bigint,
  `year` smallint,
  `month` smallint,
  `filename` varchar(191),
  `type` enum('Invoice','CDR'),
  `number` varchar(191),
  `charge` double,
  `charge_gross` decimal(8,2),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ippool` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `netgw_id` bigint,
  `type` enum('CM','CPEPub','CPEPriv','MTA'),
  `net` varchar(191),
  `netmask` varchar(191),
  `ip_pool_start` varchar(191),
  `ip_pool_end` varchar(191),
  `router_ip` varchar(191),
  `broadcast_ip` varchar(191),
  `dns1_ip` varchar(191),
  `dns2_ip` varchar(191),
  `dns3_ip` varchar(191),
  `optional` text,
  `description` text,
  `version` varchar(1) DEFAULT '4',
  `prefix` varchar(191),
  `prefix_len` varchar(191),
  `delegated_len` varchar(191),
  `active` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `item` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `contract_id` bigint,
  `product_id` bigint,
  `count` bigint DEFAULT '1',
  `valid_from` date,
  `valid_from_fixed` tinyint(1) DEFAULT 1,
  `valid_to` date,
  `valid_to_fixed` tinyint(1) DEFAULT 1,
  `credit_amount` decimal(13,4),
  `costcenter_id` bigint,
  `accounting_text` text,
  `payed_month` smallint,
  `smartcardids` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `migrations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `migration` varchar(255),
  `batch` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `modem` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `name` varchar(191),
  `hostname` varchar(191),
  `contract_id` bigint,
  `contract_external_id` varchar(191),
  `contract_ext_creation_date` date,
  `contract_ext_termination_date` date,
  `salutation` varchar(191),
  `company` varchar(191),
  `department` varchar(191),
  `firstname` varchar(191),
  `lastname` varchar(191),
  `street` varchar(191),
  `house_number` varchar(8),
  `zip` varchar(16),
  `city` varchar(191),
  `district` varchar(191),
  `birthday` varchar(191),
  `country_id` bigint,
  `country_code` varchar(2),
  `installation_address_change_date` date,
  `mac` varchar(191),
  `us_pwr` bigint,
  `us_snr` bigint,
  `ds_pwr` bigint,
  `ds_snr` bigint,
  `public` tinyint(1),
  `internet_access` tinyint(1),
  `serial_num` varchar(191),
  `inventar_num` varchar(191),
  `description` text,
  `parent` bigint,
  `configfile_id` bigint,
  `netelement_id` bigint,
  `qos_id` bigint,
  `lng` decimal(9,6),
  `lat` decimal(9,6),
  `geocode_source` varchar(191),
  `number` varchar(32),
  `tdr` double,
  `fft_max` double,
  `model` varchar(191),
  `sw_rev` varchar(191),
  `support_state` varchar(30) DEFAULT 'verifying',
  `ppp_username` varchar(64),
  `ppp_password` varchar(191),
  `apartment_nr` varchar(191),
  `next_passive_id` bigint,
  `phy_updated_at` datetime,
  `ipv4` bigint,
  `address_to_invoice` tinyint(1),
  `apartment_id` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mta` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `modem_id` bigint DEFAULT '1',
  `mac` varchar(191),
  `hostname` varchar(191),
  `configfile_id` bigint DEFAULT '1',
  `type` enum('sip','packetcable'),
  `is_dummy` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `netelement` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `name` varchar(191),
  `series` bigint,
  `options` bigint,
  `ip` varchar(191),
  `lng` decimal(9,6),
  `lat` decimal(9,6),
  `link` varchar(191),
  `user` bigint,
  `access` bigint,
  `net` bigint,
  `cluster` bigint,
  `layer` bigint,
  `descr` text,
  `infrastructure_file` varchar(191),
  `draw` varchar(191),
  `line` varchar(191),
  `parent_id` bigint,
  `netelementtype_id` bigint,
  `community_ro` varchar(45),
  `community_rw` varchar(45),
  `address1` varchar(191),
  `address2` varchar(191),
  `controlling_link` varchar(191),
  `prov_device_id` bigint,
  `netgw_id` bigint,
  `agc_offset` double,
  `rkm_line_number` bigint,
  `state` varchar(191),
  `_lft` bigint,
  `_rgt` bigint,
  `apartment_id` bigint,
  `id_name` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `netgw` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `hostname` varchar(191),
  `series` varchar(191),
  `ip` varchar(191),
  `community_rw` varchar(191),
  `community_ro` varchar(191),
  `company` varchar(191),
  `network` bigint,
  `state` bigint,
  `monitoring` bigint,
  `support_state` varchar(30) DEFAULT 'verifying',
  `type` varchar(191) DEFAULT 'cmts',
  `username` varchar(191),
  `password` varchar(191),
  `ssh_port` int,
  `ssh_auto_prov` tinyint(1) DEFAULT 0,
  `coa_port` int,
  `ipv6` varchar(191),
  `nas_secret` varchar(191),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `node` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `netelement_id` bigint,
  `name` varchar(191),
  `street` varchar(191),
  `house_nr` varchar(191),
  `zip` varchar(191),
  `city` varchar(191),
  `type` varchar(191),
  `headend` tinyint(1),
  `description` varchar(191),
  `lng` decimal(9,6),
  `lat` decimal(9,6),
  `country_code` varchar(191),
  `geocode_source` varchar(191),
  `district` varchar(191),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications` (
  `id` char(36),
  `type` varchar(191),
  `notifiable_type` varchar(191),
  `notifiable_id` decimal(65,30),
  `data` text,
  `read_at` datetime,
  `created_at` datetime,
  `updated_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `numberrange` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `name` varchar(191),
  `start` bigint,
  `end` bigint,
  `prefix` varchar(191) DEFAULT '',
  `suffix` varchar(191) DEFAULT '',
  `costcenter_id` bigint,
  `type` enum('contract','invoice'),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `overduedebts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `fee` decimal(10,4),
  `total` tinyint(1),
  `dunning_charge1` double,
  `dunning_charge2` double,
  `dunning_charge3` double,
  `dunning_text1` text,
  `dunning_text2` text,
  `dunning_text3` text,
  `payment_period` varchar(191),
  `import_inet_block_amount` double,
  `import_inet_block_debts` smallint,
  `import_inet_block_indicator` smallint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `ability_id` bigint NOT NULL,
  `entity_id` bigint,
  `entity_type` varchar(150),
  `forbidden` tinyint(1) DEFAULT 0,
  `scope` bigint,
  `created_at` datetime,
  `updated_at` datetime,
  CONSTRAINT `permissions_ability_id_foreign` FOREIGN KEY (`ability_id`) REFERENCES `abilities` (`id`) ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phonebookentry` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `phonenumbermanagement_id` bigint,
  `reverse_search` char(1),
  `publish_in_print_media` char(1),
  `publish_in_electronic_media` char(1),
  `directory_assistance` char(1),
  `entry_type` char(1),
  `publish_address` char(1),
  `company` varchar(191),
  `salutation` varchar(191),
  `academic_degree` varchar(191),
  `noble_rank` varchar(191),
  `nobiliary_particle` varchar(191),
  `lastname` varchar(191),
  `other_name_suffix` varchar(191),
  `firstname` varchar(191),
  `street` varchar(191),
  `houseno` varchar(191),
  `zipcode` varchar(191),
  `city` varchar(191),
  `urban_district` varchar(191),
  `business` varchar(191),
  `usage` char(1),
  `tag` varchar(191),
  `external_creation_date` date,
  `external_update_date` date,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phonenumber` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `mta_id` bigint DEFAULT '1',
  `port` smallint,
  `country_code` varchar(191),
  `prefix_number` varchar(191),
  `number` varchar(191),
  `username` varchar(191),
  `password` varchar(191),
  `sipdomain` varchar(191),
  `active` tinyint(1),
  `is_dummy` tinyint(1) DEFAULT 0,
  `contract_external_id` varchar(191),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phonenumbermanagement` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `phonenumber_id` bigint DEFAULT '1',
  `trcclass` bigint,
  `voipaccount_ext_creation_date` datetime,
  `activation_date` date,
  `external_activation_date` date,
  `porting_in` tinyint(1) DEFAULT 0,
  `carrier_in` bigint,
  `ekp_in` bigint,
  `deactivation_date` date,
  `external_deactivation_date` date,
  `voipaccount_ext_termination_date` datetime,
  `porting_out` tinyint(1) DEFAULT 0,
  `carrier_out` bigint,
  `ekp_out` bigint,
  `subscriber_company` varchar(191),
  `subscriber_department` varchar(191),
  `subscriber_salutation` varchar(191),
  `subscriber_academic_degree` varchar(191),
  `subscriber_firstname` varchar(191),
  `subscriber_lastname` varchar(191),
  `subscriber_street` varchar(191),
  `subscriber_house_number` varchar(8),
  `subscriber_zip` varchar(16),
  `subscriber_city` varchar(191),
  `subscriber_district` varchar(191),
  `subscriber_country` bigint,
  `autogenerated` tinyint(1) DEFAULT 0,
  `enviacontract_id` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `phonetariff` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `external_identifier` varchar(191),
  `name` varchar(191),
  `type` enum('purchase','sale','basic','landlineflat','allnetflat'),
  `description` varchar(191),
  `usable` tinyint(1) DEFAULT 1,
  `voip_protocol` enum('MGCP','SIP'),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `name` varchar(191),
  `type` enum('Internet','TV','Voip','Device','Credit','Other','Postal'),
  `qos_id` smallint,
  `voip_sales_tariff_id` bigint,
  `voip_purchase_tariff_id` bigint,
  `billing_cycle` enum('Once','Monthly','Quarterly','Yearly'),
  `maturity` varchar(20),
  `costcenter_id` bigint,
  `price` decimal(13,4),
  `tax` tinyint(1),
  `bundled_with_voip` tinyint(1) DEFAULT 0,
  `email_count` bigint,
  `period_of_notice` varchar(20),
  `maturity_min` varchar(20),
  `proportional` tinyint(1),
  `record_monthly` tinyint(1),
  `deprecated` tinyint(1),
  `markon` decimal(8,2),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `provbase` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `provisioning_server` varchar(191),
  `ro_community` varchar(191),
  `rw_community` varchar(191),
  `domain_name` varchar(191),
  `dns_password` varchar(191),
  `notif_mail` varchar(191),
  `dhcp_def_lease_time` bigint,
  `dhcp_max_lease_time` bigint,
  `startid_contract` bigint,
  `startid_modem` bigint,
  `startid_endpoint` bigint,
  `max_cpe` smallint,
  `ds_rate_coefficient` double,
  `us_rate_coefficient` double,
  `multiple_provisioning_systems` tinyint(1),
  `additional_modem_reset` tinyint(1),
  `modem_edit_page_new_tab` tinyint(1),
  `random_ip_allocation` tinyint(1) DEFAULT 0,
  `ppp_session_timeout` bigint DEFAULT '86400',
  `auto_factory_reset` tinyint(1) DEFAULT 0,
  `acct_interim_interval` bigint DEFAULT '300',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `qos` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `ds_rate_max` double,
  `us_rate_max` double,
  `ds_rate_max_help` bigint,
  `us_rate_max_help` bigint,
  `name` varchar(191),
  `ds_name` varchar(191),
  `us_name` varchar(191),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `realty` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `node_id` bigint,
  `name` varchar(191),
  `number` varchar(191),
  `street` varchar(191),
  `house_nr` varchar(191),
  `district` varchar(191),
  `zip` varchar(191),
  `city` varchar(191),
  `expansion_degree` varchar(191),
  `concession_agreement` varchar(191),
  `agreement_from` date,
  `agreement_to` date,
  `last_restoration_on` date,
  `description` varchar(191),
  `contact_id` bigint,
  `contact_local_id` bigint,
  `lng` decimal(9,6),
  `lat` decimal(9,6),
  `geocode_source` varchar(191),
  `country_code` varchar(191),
  `contract_id` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `salesman` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `firstname` varchar(191),
  `lastname` varchar(191),
  `commission` double,
  `products` varchar(191),
  `description` varchar(191),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sepaaccount` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `name` varchar(191),
  `holder` varchar(191),
  `creditorid` varchar(35),
  `iban` varchar(34),
  `bic` varchar(11),
  `institute` varchar(191),
  `company_id` bigint,
  `invoice_headline` varchar(191),
  `invoice_text` varchar(191),
  `invoice_text_negativ` varchar(191),
  `invoice_text_sepa` varchar(191),
  `invoice_text_sepa_negativ` varchar(191),
  `template_invoice` varchar(191),
  `template_cdr` varchar(191),
  `description` varchar(191),
  `invoice_nr_start` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sepamandate` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `contract_id` bigint,
  `reference` varchar(191),
  `signature_date` date,
  `holder` varchar(191),
  `iban` varchar(34),
  `bic` varchar(11),
  `institute` varchar(191),
  `valid_from` date,
  `valid_to` date,
  `state` enum('FRST','RCUR','OOFF','FNAL'),
  `costcenter_id` bigint,
  `disable` tinyint(1),
  `description` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `settlementrun` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `executed_at` datetime,
  `uploaded_at` datetime,
  `year` smallint,
  `month` smallint,
  `path` varchar(191),
  `description` varchar(191),
  `verified` tinyint(1),
  `fullrun` tinyint(1),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `supportrequest` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `category` varchar(191),
  `priority` varchar(191),
  `mail` varchar(191),
  `phone` varchar(191),
  `text` varchar(191),
  `sla_name` varchar(191),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `name` varchar(191),
  `description` text,
  `user_id` bigint,
  `state` varchar(191),
  `priority` enum('Trivial','Minor','Major','Critical'),
  `duedate` datetime,
  `ticketable_type` varchar(191),
  `ticketable_id` decimal(65,30),
  `started_at` datetime,
  `finished_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket_type_ticket` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `ticket_type_id` bigint,
  `ticket_id` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ticket_user` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `user_id` bigint,
  `ticket_id` bigint,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `trcclass` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `trc_id` bigint,
  `trc_short` varchar(191),
  `trc_description` varchar(191),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_17960_trc_id` (`trc_id`),
  UNIQUE KEY `idx_17960_trcclass_trc_id_unique` (`trc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `created_at` datetime,
  `updated_at` datetime,
  `deleted_at` datetime,
  `first_name` varchar(191),
  `last_name` varchar(191),
  `email` varchar(191),
  `phonenumber` varchar(191),
  `login_name` varchar(191),
  `password` varchar(60),
  `api_token` varchar(80),
  `description` varchar(191),
  `active` tinyint(1) DEFAULT 1,
  `remember_token` varchar(100),
  `language` varchar(191) DEFAULT 'en',
  `last_login_at` datetime,
  `password_changed_at` datetime,
  `initial_dashboard` varchar(191),
  `geopos_updated_at` datetime,
  `lng` decimal(9,6),
  `lat` decimal(9,6),
  `hastruck` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_17966_users_api_token_unique` (`api_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- FRED (CZ.NIC's Free Registry for ENUM and Domains: the registry back end of .cz and of several other ccTLDs, with its
-- EPP, WHOIS/RDAP, public-request, mojeID and web-admin services), database package github.com/CZ-NIC/fred-db at
-- commit 17d4562d5006452ea71ecdf9757d4af99ecd69a5 (2022-11-02, after release 2.52.0) (GPL-3.0-or-later).
-- Built as upstream says (`./orderedsql.sh | psql`, the full install including the logger tables) into PostgreSQL 15
-- (extensions unaccent and pg_trgm present), then 93 of its 162 tables read back from the catalogue and written as
-- MySQL by a script: column names and order as upstream; integer/bigint/smallint kept, boolean -> tinyint(1),
-- varchar(n) -> varchar(n) (varchar(255) where a longer one is in a key, text above 2048), varchar/text -> text
-- (varchar(191) in a key), char(n) kept, timestamp -> datetime(6), numeric -> decimal, uuid -> char(36),
-- inet -> varchar(45), jsonb -> json, arrays -> text, PostgreSQL enum types -> ENUM(...) with the same labels, the
-- domain classification_type -> its base type int, serial/bigserial -> AUTO_INCREMENT, now()/CURRENT_TIMESTAMP
-- defaults kept; primary keys, UNIQUE constraints, full unique indexes and foreign keys as upstream, except foreign
-- keys whose two columns differ in integer width (PostgreSQL allows them, MariaDB does not: object_registry.type,
-- contact_identity.contact_id, registrar_credit.registrar_id/zone_id, notify_outzone_unguarded_domain_additional_email
-- .domain_id/state_id); non-unique, partial and expression indexes, CHECK constraints, triggers, functions and seed
-- rows left out; the table notification.object_state_additional_contact is written as
-- `notification_object_state_additional_contact`; tables ordered so that every referenced table comes first.


CREATE TABLE `enum_object_type` (
  `id` int NOT NULL,
  `name` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `enum_object_type_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `history` (
  `id` int NOT NULL AUTO_INCREMENT,
  `valid_from` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `valid_to` datetime(6) DEFAULT NULL,
  `next` int DEFAULT NULL,
  `request_id` bigint DEFAULT NULL,
  `uuid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `history_uuid_key` (`uuid`),
  UNIQUE KEY `history_next_idx` (`next`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enum_country` (
  `id` char(2) NOT NULL,
  `country` varchar(255) NOT NULL,
  `country_cs` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `enum_country_country_cs_key` (`country_cs`),
  UNIQUE KEY `enum_country_country_key` (`country`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registrar` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ico` varchar(50) DEFAULT NULL,
  `dic` varchar(50) NOT NULL,
  `varsymb` char(10) DEFAULT NULL,
  `vat` tinyint(1) NOT NULL DEFAULT 1,
  `handle` varchar(255) NOT NULL,
  `name` varchar(1024) NOT NULL,
  `organization` varchar(1024) NOT NULL,
  `street1` varchar(1024) NOT NULL,
  `street2` varchar(1024) DEFAULT NULL,
  `street3` varchar(1024) DEFAULT NULL,
  `city` varchar(1024) NOT NULL,
  `stateorprovince` varchar(1024) DEFAULT NULL,
  `postalcode` varchar(32) NOT NULL,
  `country` char(2) DEFAULT NULL,
  `telephone` varchar(32) NOT NULL,
  `fax` varchar(32) DEFAULT NULL,
  `email` varchar(1024) NOT NULL,
  `url` varchar(1024) NOT NULL,
  `system` tinyint(1) NOT NULL DEFAULT 0,
  `regex` varchar(30) DEFAULT NULL,
  `is_internal` tinyint(1) NOT NULL DEFAULT 0,
  `uuid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registrar_handle_key` (`handle`),
  UNIQUE KEY `registrar_uuid_key` (`uuid`),
  UNIQUE KEY `registrar_varsymb_key` (`varsymb`),
  CONSTRAINT `registrar_country_fkey` FOREIGN KEY (`country`) REFERENCES `enum_country` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `object_registry` (
  `id` int NOT NULL AUTO_INCREMENT,
  `roid` varchar(255) NOT NULL,
  `type` smallint DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `crid` int NOT NULL,
  `crdate` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `erdate` datetime(6) DEFAULT NULL,
  `crhistoryid` int DEFAULT NULL,
  `historyid` int DEFAULT NULL,
  `uuid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `object_registry_roid_key` (`roid`),
  UNIQUE KEY `object_registry_uuid_key` (`uuid`),
  CONSTRAINT `object_registry_crhistoryid_fkey` FOREIGN KEY (`crhistoryid`) REFERENCES `history` (`id`),
  CONSTRAINT `object_registry_crid_fkey` FOREIGN KEY (`crid`) REFERENCES `registrar` (`id`),
  CONSTRAINT `object_registry_historyid_fkey` FOREIGN KEY (`historyid`) REFERENCES `history` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `object` (
  `id` int NOT NULL,
  `clid` int NOT NULL,
  `upid` int DEFAULT NULL,
  `trdate` datetime(6) DEFAULT NULL,
  `update` datetime(6) DEFAULT NULL,
  `authinfopw` varchar(300) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `object_clid_fkey` FOREIGN KEY (`clid`) REFERENCES `registrar` (`id`),
  CONSTRAINT `object_id_fkey` FOREIGN KEY (`id`) REFERENCES `object_registry` (`id`),
  CONSTRAINT `object_upid_fkey` FOREIGN KEY (`upid`) REFERENCES `registrar` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `object_history` (
  `historyid` int NOT NULL,
  `id` int DEFAULT NULL,
  `clid` int NOT NULL,
  `upid` int DEFAULT NULL,
  `trdate` datetime(6) DEFAULT NULL,
  `update` datetime(6) DEFAULT NULL,
  `authinfopw` varchar(300) DEFAULT NULL,
  PRIMARY KEY (`historyid`),
  CONSTRAINT `object_history_clid_fkey` FOREIGN KEY (`clid`) REFERENCES `registrar` (`id`),
  CONSTRAINT `object_history_historyid_fkey` FOREIGN KEY (`historyid`) REFERENCES `history` (`id`),
  CONSTRAINT `object_history_id_fkey` FOREIGN KEY (`id`) REFERENCES `object_registry` (`id`),
  CONSTRAINT `object_history_upid_fkey` FOREIGN KEY (`upid`) REFERENCES `registrar` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enum_ssntype` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(8) NOT NULL,
  `description` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `enum_ssntype_description_key` (`description`),
  UNIQUE KEY `enum_ssntype_type_key` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact` (
  `id` int NOT NULL,
  `name` varchar(1024) DEFAULT NULL,
  `organization` varchar(1024) DEFAULT NULL,
  `street1` varchar(1024) DEFAULT NULL,
  `street2` varchar(1024) DEFAULT NULL,
  `street3` varchar(1024) DEFAULT NULL,
  `city` varchar(1024) DEFAULT NULL,
  `stateorprovince` varchar(1024) DEFAULT NULL,
  `postalcode` varchar(32) DEFAULT NULL,
  `country` char(2) DEFAULT NULL,
  `telephone` varchar(64) DEFAULT NULL,
  `fax` varchar(64) DEFAULT NULL,
  `email` varchar(1024) DEFAULT NULL,
  `disclosename` tinyint(1) NOT NULL DEFAULT 1,
  `discloseorganization` tinyint(1) NOT NULL DEFAULT 1,
  `discloseaddress` tinyint(1) NOT NULL DEFAULT 1,
  `disclosetelephone` tinyint(1) NOT NULL DEFAULT 0,
  `disclosefax` tinyint(1) NOT NULL DEFAULT 0,
  `discloseemail` tinyint(1) NOT NULL DEFAULT 0,
  `notifyemail` varchar(1024) DEFAULT NULL,
  `vat` varchar(32) DEFAULT NULL,
  `ssn` varchar(64) DEFAULT NULL,
  `ssntype` int DEFAULT NULL,
  `disclosevat` tinyint(1) NOT NULL DEFAULT 0,
  `discloseident` tinyint(1) NOT NULL DEFAULT 0,
  `disclosenotifyemail` tinyint(1) NOT NULL DEFAULT 0,
  `warning_letter` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `contact_country_fkey` FOREIGN KEY (`country`) REFERENCES `enum_country` (`id`),
  CONSTRAINT `contact_id_fkey` FOREIGN KEY (`id`) REFERENCES `object` (`id`),
  CONSTRAINT `contact_ssntype_fkey` FOREIGN KEY (`ssntype`) REFERENCES `enum_ssntype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_history` (
  `historyid` int NOT NULL,
  `id` int DEFAULT NULL,
  `name` varchar(1024) DEFAULT NULL,
  `organization` varchar(1024) DEFAULT NULL,
  `street1` varchar(1024) DEFAULT NULL,
  `street2` varchar(1024) DEFAULT NULL,
  `street3` varchar(1024) DEFAULT NULL,
  `city` varchar(1024) DEFAULT NULL,
  `stateorprovince` varchar(1024) DEFAULT NULL,
  `postalcode` varchar(32) DEFAULT NULL,
  `country` char(2) DEFAULT NULL,
  `telephone` varchar(64) DEFAULT NULL,
  `fax` varchar(64) DEFAULT NULL,
  `email` varchar(1024) DEFAULT NULL,
  `disclosename` tinyint(1) NOT NULL,
  `discloseorganization` tinyint(1) NOT NULL,
  `discloseaddress` tinyint(1) NOT NULL,
  `disclosetelephone` tinyint(1) NOT NULL,
  `disclosefax` tinyint(1) NOT NULL,
  `discloseemail` tinyint(1) NOT NULL,
  `notifyemail` varchar(1024) DEFAULT NULL,
  `vat` varchar(32) DEFAULT NULL,
  `ssn` varchar(64) DEFAULT NULL,
  `ssntype` int DEFAULT NULL,
  `disclosevat` tinyint(1) NOT NULL,
  `discloseident` tinyint(1) NOT NULL,
  `disclosenotifyemail` tinyint(1) NOT NULL,
  `warning_letter` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`historyid`),
  CONSTRAINT `contact_history_country_fkey` FOREIGN KEY (`country`) REFERENCES `enum_country` (`id`),
  CONSTRAINT `contact_history_historyid_fkey` FOREIGN KEY (`historyid`) REFERENCES `history` (`id`),
  CONSTRAINT `contact_history_id_fkey` FOREIGN KEY (`id`) REFERENCES `object_registry` (`id`),
  CONSTRAINT `contact_history_ssntype_fkey` FOREIGN KEY (`ssntype`) REFERENCES `enum_ssntype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_address` (
  `id` int NOT NULL AUTO_INCREMENT,
  `contactid` int NOT NULL,
  `type` enum('MAILING','BILLING','SHIPPING','SHIPPING_2','SHIPPING_3') NOT NULL,
  `company_name` varchar(1024) DEFAULT NULL,
  `street1` varchar(1024) DEFAULT NULL,
  `street2` varchar(1024) DEFAULT NULL,
  `street3` varchar(1024) DEFAULT NULL,
  `city` varchar(1024) DEFAULT NULL,
  `stateorprovince` varchar(1024) DEFAULT NULL,
  `postalcode` varchar(32) DEFAULT NULL,
  `country` char(2) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `contact_address_contactid_type_key` (`contactid`, `type`),
  CONSTRAINT `contact_address_contactid_fkey` FOREIGN KEY (`contactid`) REFERENCES `contact` (`id`),
  CONSTRAINT `contact_address_country_fkey` FOREIGN KEY (`country`) REFERENCES `enum_country` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_address_history` (
  `historyid` int NOT NULL,
  `id` int NOT NULL,
  `contactid` int NOT NULL,
  `type` enum('MAILING','BILLING','SHIPPING','SHIPPING_2','SHIPPING_3') NOT NULL,
  `company_name` varchar(1024) DEFAULT NULL,
  `street1` varchar(1024) DEFAULT NULL,
  `street2` varchar(1024) DEFAULT NULL,
  `street3` varchar(1024) DEFAULT NULL,
  `city` varchar(1024) DEFAULT NULL,
  `stateorprovince` varchar(1024) DEFAULT NULL,
  `postalcode` varchar(32) DEFAULT NULL,
  `country` char(2) DEFAULT NULL,
  PRIMARY KEY (`id`, `historyid`),
  CONSTRAINT `contact_address_history_contactid_fkey` FOREIGN KEY (`contactid`) REFERENCES `object_registry` (`id`),
  CONSTRAINT `contact_address_history_country_fkey` FOREIGN KEY (`country`) REFERENCES `enum_country` (`id`),
  CONSTRAINT `contact_address_history_historyid_fkey` FOREIGN KEY (`historyid`) REFERENCES `history` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_identity` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `contact_id` bigint NOT NULL,
  `identity_provider` text NOT NULL,
  `subject` text NOT NULL,
  `valid_from` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `valid_to` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keyset` (
  `id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `keyset_id_fkey` FOREIGN KEY (`id`) REFERENCES `object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nsset` (
  `id` int NOT NULL,
  `checklevel` smallint DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `nsset_id_fkey` FOREIGN KEY (`id`) REFERENCES `object` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zone` (
  `id` int NOT NULL AUTO_INCREMENT,
  `fqdn` varchar(255) NOT NULL,
  `ex_period_min` int NOT NULL,
  `ex_period_max` int NOT NULL,
  `val_period` int NOT NULL,
  `dots_max` int NOT NULL DEFAULT 1,
  `enum_zone` tinyint(1) DEFAULT 0,
  `warning_letter` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `zone_fqdn_key` (`fqdn`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain` (
  `id` int NOT NULL,
  `zone` int NOT NULL,
  `registrant` int NOT NULL,
  `nsset` int DEFAULT NULL,
  `exdate` date NOT NULL,
  `keyset` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `domain_id_fkey` FOREIGN KEY (`id`) REFERENCES `object` (`id`),
  CONSTRAINT `domain_keyset_fkey` FOREIGN KEY (`keyset`) REFERENCES `keyset` (`id`),
  CONSTRAINT `domain_nsset_fkey` FOREIGN KEY (`nsset`) REFERENCES `nsset` (`id`),
  CONSTRAINT `domain_registrant_fkey` FOREIGN KEY (`registrant`) REFERENCES `contact` (`id`),
  CONSTRAINT `domain_zone_fkey` FOREIGN KEY (`zone`) REFERENCES `zone` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain_history` (
  `historyid` int NOT NULL,
  `zone` int NOT NULL,
  `id` int DEFAULT NULL,
  `exdate` date NOT NULL,
  `registrant` int DEFAULT NULL,
  `nsset` int DEFAULT NULL,
  `keyset` int DEFAULT NULL,
  PRIMARY KEY (`historyid`),
  CONSTRAINT `domain_history_historyid_fkey` FOREIGN KEY (`historyid`) REFERENCES `history` (`id`),
  CONSTRAINT `domain_history_id_fkey` FOREIGN KEY (`id`) REFERENCES `object_registry` (`id`),
  CONSTRAINT `domain_history_zone_fkey` FOREIGN KEY (`zone`) REFERENCES `zone` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain_contact_map` (
  `domainid` int NOT NULL,
  `contactid` int NOT NULL,
  `role` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`domainid`, `contactid`),
  CONSTRAINT `domain_contact_map_contactid_fkey` FOREIGN KEY (`contactid`) REFERENCES `contact` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `domain_contact_map_domainid_fkey` FOREIGN KEY (`domainid`) REFERENCES `domain` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain_contact_map_history` (
  `historyid` int NOT NULL,
  `domainid` int NOT NULL,
  `contactid` int NOT NULL,
  `role` int NOT NULL,
  PRIMARY KEY (`historyid`, `domainid`, `contactid`),
  CONSTRAINT `domain_contact_map_history_contactid_fkey` FOREIGN KEY (`contactid`) REFERENCES `object_registry` (`id`),
  CONSTRAINT `domain_contact_map_history_domainid_fkey` FOREIGN KEY (`domainid`) REFERENCES `object_registry` (`id`),
  CONSTRAINT `domain_contact_map_history_historyid_fkey` FOREIGN KEY (`historyid`) REFERENCES `history` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enumval` (
  `domainid` int NOT NULL,
  `exdate` date NOT NULL,
  `publish` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`domainid`),
  CONSTRAINT `enumval_domainid_fkey` FOREIGN KEY (`domainid`) REFERENCES `domain` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nsset_contact_map` (
  `nssetid` int NOT NULL,
  `contactid` int NOT NULL,
  PRIMARY KEY (`nssetid`, `contactid`),
  CONSTRAINT `nsset_contact_map_contactid_fkey` FOREIGN KEY (`contactid`) REFERENCES `contact` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `nsset_contact_map_nssetid_fkey` FOREIGN KEY (`nssetid`) REFERENCES `nsset` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `host` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nssetid` int DEFAULT NULL,
  `fqdn` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `host_nssetid_fqdn_key` (`nssetid`, `fqdn`),
  CONSTRAINT `host_nssetid_fkey` FOREIGN KEY (`nssetid`) REFERENCES `nsset` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `host_ipaddr_map` (
  `id` int NOT NULL AUTO_INCREMENT,
  `hostid` int NOT NULL,
  `nssetid` int NOT NULL,
  `ipaddr` varchar(45) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `host_ipaddr_map_hostid_fkey` FOREIGN KEY (`hostid`) REFERENCES `host` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `host_ipaddr_map_nssetid_fkey` FOREIGN KEY (`nssetid`) REFERENCES `nsset` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keyset_contact_map` (
  `keysetid` int NOT NULL,
  `contactid` int NOT NULL,
  PRIMARY KEY (`contactid`, `keysetid`),
  CONSTRAINT `keyset_contact_map_contactid_fkey` FOREIGN KEY (`contactid`) REFERENCES `contact` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `keyset_contact_map_keysetid_fkey` FOREIGN KEY (`keysetid`) REFERENCES `keyset` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dnssec_algorithm` (
  `id` int NOT NULL,
  `handle` varchar(64) DEFAULT NULL,
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dnssec_algorithm_handle_idx` (`handle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dnskey` (
  `id` int NOT NULL AUTO_INCREMENT,
  `keysetid` int NOT NULL,
  `flags` int NOT NULL,
  `protocol` int NOT NULL,
  `alg` int NOT NULL,
  `key` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dnskey_unique_key` (`keysetid`, `flags`, `protocol`, `alg`, `key`),
  CONSTRAINT `dnskey_alg_fkey` FOREIGN KEY (`alg`) REFERENCES `dnssec_algorithm` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `dnskey_keysetid_fkey` FOREIGN KEY (`keysetid`) REFERENCES `keyset` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dsrecord` (
  `id` int NOT NULL AUTO_INCREMENT,
  `keysetid` int NOT NULL,
  `keytag` int NOT NULL,
  `alg` int NOT NULL,
  `digesttype` int NOT NULL,
  `digest` varchar(255) NOT NULL,
  `maxsiglife` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `dsrecord_keysetid_fkey` FOREIGN KEY (`keysetid`) REFERENCES `keyset` (`id`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `object_authinfo` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `object_id` int NOT NULL,
  `registrar_id` int NOT NULL,
  `password` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `expires_at` datetime(6) NOT NULL,
  `canceled_at` datetime(6) DEFAULT NULL,
  `use_count` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `object_authinfo_object_id_fkey` FOREIGN KEY (`object_id`) REFERENCES `object_registry` (`id`),
  CONSTRAINT `object_authinfo_registrar_id_fkey` FOREIGN KEY (`registrar_id`) REFERENCES `registrar` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enum_object_states` (
  `id` int NOT NULL,
  `name` varchar(50) NOT NULL,
  `types` text NOT NULL,
  `manual` tinyint(1) NOT NULL,
  `external` tinyint(1) NOT NULL,
  `importance` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `object_state` (
  `id` int NOT NULL AUTO_INCREMENT,
  `object_id` int NOT NULL,
  `state_id` int NOT NULL,
  `valid_from` datetime(6) NOT NULL,
  `valid_to` datetime(6) DEFAULT NULL,
  `ohid_from` int DEFAULT NULL,
  `ohid_to` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `object_state_object_id_fkey` FOREIGN KEY (`object_id`) REFERENCES `object_registry` (`id`),
  CONSTRAINT `object_state_ohid_from_fkey` FOREIGN KEY (`ohid_from`) REFERENCES `object_history` (`historyid`),
  CONSTRAINT `object_state_ohid_to_fkey` FOREIGN KEY (`ohid_to`) REFERENCES `object_history` (`historyid`),
  CONSTRAINT `object_state_state_id_fkey` FOREIGN KEY (`state_id`) REFERENCES `enum_object_states` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `object_state_request` (
  `id` int NOT NULL AUTO_INCREMENT,
  `object_id` int NOT NULL,
  `state_id` int NOT NULL,
  `valid_from` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `valid_to` datetime(6) DEFAULT NULL,
  `crdate` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `canceled` datetime(6) DEFAULT NULL,
  `uuid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `object_state_request_uuid_key` (`uuid`),
  CONSTRAINT `object_state_request_object_id_fkey` FOREIGN KEY (`object_id`) REFERENCES `object_registry` (`id`),
  CONSTRAINT `object_state_request_state_id_fkey` FOREIGN KEY (`state_id`) REFERENCES `enum_object_states` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enum_object_state_request_reason_external` (
  `id` int NOT NULL,
  `description` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `object_state_request_reason` (
  `object_state_request_id` int NOT NULL,
  `reason_creation` varchar(300) DEFAULT NULL,
  `reason_cancellation` varchar(300) DEFAULT NULL,
  `reason_creation_external_id` int DEFAULT NULL,
  PRIMARY KEY (`object_state_request_id`),
  CONSTRAINT `object_state_request_reason_object_state_request_id_fkey` FOREIGN KEY (`object_state_request_id`) REFERENCES `object_state_request` (`id`),
  CONSTRAINT `object_state_request_reason_reason_creation_external_id_fkey` FOREIGN KEY (`reason_creation_external_id`) REFERENCES `enum_object_state_request_reason_external` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_object_state_additional_contact` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `object_id` int NOT NULL,
  `state_flag_id` int NOT NULL,
  `valid_from` datetime(6) NOT NULL,
  `type` enum('email_address','phone_number') NOT NULL,
  `contacts` text NOT NULL,
  `object_state_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `object_state_additional_conta_object_id_state_flag_id_valid_idx` (`object_id`, `state_flag_id`, `valid_from`, `type`),
  CONSTRAINT `object_state_additional_contact_object_id_fkey` FOREIGN KEY (`object_id`) REFERENCES `object_registry` (`id`),
  CONSTRAINT `object_state_additional_contact_object_state_id_fkey` FOREIGN KEY (`object_state_id`) REFERENCES `object_state` (`id`),
  CONSTRAINT `object_state_additional_contact_state_flag_id_fkey` FOREIGN KEY (`state_flag_id`) REFERENCES `enum_object_states` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zone_soa` (
  `zone` int NOT NULL,
  `ttl` int NOT NULL,
  `hostmaster` varchar(255) NOT NULL,
  `serial` int DEFAULT NULL,
  `refresh` int NOT NULL,
  `update_retr` int NOT NULL,
  `expiry` int NOT NULL,
  `minimum` int NOT NULL,
  `ns_fqdn` varchar(255) NOT NULL,
  PRIMARY KEY (`zone`),
  CONSTRAINT `zone_soa_zone_fkey` FOREIGN KEY (`zone`) REFERENCES `zone` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `zone_ns` (
  `id` int NOT NULL AUTO_INCREMENT,
  `zone` int DEFAULT NULL,
  `fqdn` varchar(255) NOT NULL,
  `addrs` text NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `zone_ns_zone_fkey` FOREIGN KEY (`zone`) REFERENCES `zone` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registraracl` (
  `id` int NOT NULL AUTO_INCREMENT,
  `registrarid` int NOT NULL,
  `cert` varchar(255) NOT NULL,
  `password` varchar(1024) NOT NULL,
  `uuid` char(36) NOT NULL,
  `create_time` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `cert_data_pem` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registraracl_registrarid_cert_fkey` (`registrarid`, `cert`),
  UNIQUE KEY `registraracl_uuid_key` (`uuid`),
  CONSTRAINT `registraracl_registrarid_fkey` FOREIGN KEY (`registrarid`) REFERENCES `registrar` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enum_filetype` (
  `id` smallint NOT NULL,
  `name` varchar(300) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  `path` varchar(300) NOT NULL,
  `mimetype` varchar(100) NOT NULL DEFAULT 'application/octet-stream',
  `crdate` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `filesize` int NOT NULL,
  `filetype` smallint DEFAULT NULL,
  `uuid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_uuid_key` (`uuid`),
  CONSTRAINT `files_filetype_fkey` FOREIGN KEY (`filetype`) REFERENCES `enum_filetype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registrar_certification` (
  `id` int NOT NULL AUTO_INCREMENT,
  `registrar_id` int NOT NULL,
  `valid_from` date NOT NULL,
  `valid_until` date DEFAULT NULL,
  `classification` int NOT NULL,
  `eval_file_id` int NOT NULL,
  `uuid` char(36) NOT NULL,
  `eval_file_uuid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registrar_certification_uuid_key` (`uuid`),
  CONSTRAINT `registrar_certification_eval_file_id_fkey` FOREIGN KEY (`eval_file_id`) REFERENCES `files` (`id`),
  CONSTRAINT `registrar_certification_registrar_id_fkey` FOREIGN KEY (`registrar_id`) REFERENCES `registrar` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registrar_credit` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `credit` decimal(30,2) NOT NULL DEFAULT 0,
  `registrar_id` bigint NOT NULL,
  `zone_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `registrar_credit_unique_key` (`registrar_id`, `zone_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `registrar_credit_transaction` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `balance_change` decimal(10,2) NOT NULL,
  `registrar_credit_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `registrar_credit_transaction_registrar_credit_id_fkey` FOREIGN KEY (`registrar_credit_id`) REFERENCES `registrar_credit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_prefix` (
  `id` int NOT NULL AUTO_INCREMENT,
  `zone_id` int DEFAULT NULL,
  `typ` int DEFAULT NULL,
  `year` decimal(65,30) NOT NULL,
  `prefix` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invoice_prefix_zone_key` (`zone_id`, `typ`, `year`),
  CONSTRAINT `invoice_prefix_typ_fkey` FOREIGN KEY (`typ`) REFERENCES `invoice_type` (`id`),
  CONSTRAINT `invoice_prefix_zone_id_fkey` FOREIGN KEY (`zone_id`) REFERENCES `zone` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice` (
  `id` int NOT NULL AUTO_INCREMENT,
  `zone_id` int DEFAULT NULL,
  `crdate` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `taxdate` date NOT NULL,
  `prefix` bigint NOT NULL,
  `registrar_id` int NOT NULL,
  `balance` decimal(10,2) DEFAULT 0.0,
  `operations_price` decimal(10,2) DEFAULT 0.0,
  `vat` decimal(65,30) NOT NULL,
  `total` decimal(10,2) NOT NULL DEFAULT 0.0,
  `totalvat` decimal(10,2) NOT NULL DEFAULT 0.0,
  `invoice_prefix_id` int NOT NULL,
  `file_uuid` char(36) DEFAULT NULL,
  `file_xml_uuid` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invoice_prefix_key` (`prefix`),
  CONSTRAINT `invoice_invoice_prefix_id_fkey` FOREIGN KEY (`invoice_prefix_id`) REFERENCES `invoice_prefix` (`id`),
  CONSTRAINT `invoice_registrar_id_fkey` FOREIGN KEY (`registrar_id`) REFERENCES `registrar` (`id`),
  CONSTRAINT `invoice_zone_id_fkey` FOREIGN KEY (`zone_id`) REFERENCES `zone` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enum_operation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `operation` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `enum_operation_operation_key` (`operation`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `invoice_operation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ac_invoice_id` int DEFAULT NULL,
  `crdate` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `object_id` int DEFAULT NULL,
  `zone_id` int DEFAULT NULL,
  `registrar_id` int NOT NULL,
  `operation_id` int NOT NULL,
  `date_from` date DEFAULT NULL,
  `date_to` date DEFAULT NULL,
  `quantity` int DEFAULT 0,
  `registrar_credit_transaction_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invoice_operation_registrar_credit_transaction_id_key` (`registrar_credit_transaction_id`),
  CONSTRAINT `invoice_operation_ac_invoice_id_fkey` FOREIGN KEY (`ac_invoice_id`) REFERENCES `invoice` (`id`),
  CONSTRAINT `invoice_operation_object_id_fkey` FOREIGN KEY (`object_id`) REFERENCES `object_registry` (`id`),
  CONSTRAINT `invoice_operation_operation_id_fkey` FOREIGN KEY (`operation_id`) REFERENCES `enum_operation` (`id`),
  CONSTRAINT `invoice_operation_registrar_credit_transaction_id_fkey` FOREIGN KEY (`registrar_credit_transaction_id`) REFERENCES `registrar_credit_transaction` (`id`),
  CONSTRAINT `invoice_operation_registrar_id_fkey` FOREIGN KEY (`registrar_id`) REFERENCES `registrar` (`id`),
  CONSTRAINT `invoice_operation_zone_id_fkey` FOREIGN KEY (`zone_id`) REFERENCES `zone` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `price_list` (
  `id` int NOT NULL AUTO_INCREMENT,
  `zone_id` int NOT NULL,
  `operation_id` int NOT NULL,
  `valid_from` datetime(6) NOT NULL,
  `valid_to` datetime(6) DEFAULT NULL,
  `price` decimal(10,2) NOT NULL DEFAULT 0,
  `quantity` int NOT NULL DEFAULT 12,
  `enable_postpaid_operation` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `price_list_operation_id_fkey` FOREIGN KEY (`operation_id`) REFERENCES `enum_operation` (`id`),
  CONSTRAINT `price_list_zone_id_fkey` FOREIGN KEY (`zone_id`) REFERENCES `zone` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_header_default` (
  `id` int NOT NULL AUTO_INCREMENT,
  `h_from` varchar(300) DEFAULT NULL,
  `h_replyto` varchar(300) DEFAULT NULL,
  `h_errorsto` varchar(300) DEFAULT NULL,
  `h_organization` varchar(300) DEFAULT NULL,
  `h_contentencoding` varchar(300) DEFAULT NULL,
  `h_messageidserver` varchar(300) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_template_default` (
  `id` int NOT NULL AUTO_INCREMENT,
  `params` json DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_template_footer` (
  `id` int NOT NULL,
  `footer` text NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_type` (
  `id` int NOT NULL,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail_type_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_template` (
  `mail_type_id` int NOT NULL,
  `version` int NOT NULL,
  `subject` text NOT NULL,
  `body_template` text NOT NULL,
  `body_template_content_type` varchar(100) NOT NULL,
  `mail_template_footer_id` int NOT NULL,
  `mail_template_default_id` int NOT NULL,
  `mail_header_default_id` int NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`mail_type_id`, `version`),
  CONSTRAINT `mail_template_mail_header_default_id_fkey` FOREIGN KEY (`mail_header_default_id`) REFERENCES `mail_header_default` (`id`),
  CONSTRAINT `mail_template_mail_template_default_id_fkey` FOREIGN KEY (`mail_template_default_id`) REFERENCES `mail_template_default` (`id`),
  CONSTRAINT `mail_template_mail_template_footer_id_fkey` FOREIGN KEY (`mail_template_footer_id`) REFERENCES `mail_template_footer` (`id`),
  CONSTRAINT `mail_template_mail_type_id_fkey` FOREIGN KEY (`mail_type_id`) REFERENCES `mail_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_archive` (
  `id` int NOT NULL AUTO_INCREMENT,
  `crdate` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `moddate` datetime(6) DEFAULT NULL,
  `status` int DEFAULT NULL,
  `attempt` smallint NOT NULL DEFAULT 0,
  `mail_type_id` int NOT NULL,
  `mail_template_version` int NOT NULL,
  `message_params` json NOT NULL,
  `response_header` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mail_archive_mail_type_id_fkey` FOREIGN KEY (`mail_type_id`) REFERENCES `mail_type` (`id`),
  CONSTRAINT `mail_archive_mail_type_template_version_fkey` FOREIGN KEY (`mail_type_id`, `mail_template_version`) REFERENCES `mail_template` (`mail_type_id`, `version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `public_request` (
  `id` int NOT NULL AUTO_INCREMENT,
  `request_type` smallint NOT NULL,
  `create_time` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `status` smallint NOT NULL,
  `resolve_time` datetime(6) DEFAULT NULL,
  `reason` varchar(512) DEFAULT NULL,
  `email_to_answer` varchar(255) DEFAULT NULL,
  `answer_email_id` int DEFAULT NULL,
  `registrar_id` int DEFAULT NULL,
  `create_request_id` bigint DEFAULT NULL,
  `resolve_request_id` bigint DEFAULT NULL,
  `on_status_action` enum('scheduled','processed','failed') NOT NULL,
  `uuid` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `public_request_uuid_key` (`uuid`),
  CONSTRAINT `public_request_answer_email_id_fkey` FOREIGN KEY (`answer_email_id`) REFERENCES `mail_archive` (`id`),
  CONSTRAINT `public_request_registrar_id_fkey` FOREIGN KEY (`registrar_id`) REFERENCES `registrar` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `public_request_auth` (
  `id` int NOT NULL,
  `identification` varchar(32) NOT NULL,
  `password` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `public_request_auth_identification_key` (`identification`),
  CONSTRAINT `public_request_auth_id_fkey` FOREIGN KEY (`id`) REFERENCES `public_request` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `public_request_objects_map` (
  `request_id` int NOT NULL,
  `object_id` int DEFAULT NULL,
  PRIMARY KEY (`request_id`),
  CONSTRAINT `public_request_objects_map_object_id_fkey` FOREIGN KEY (`object_id`) REFERENCES `object_registry` (`id`),
  CONSTRAINT `public_request_objects_map_request_id_fkey` FOREIGN KEY (`request_id`) REFERENCES `public_request` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `public_request_messages_map` (
  `id` int NOT NULL AUTO_INCREMENT,
  `public_request_id` int DEFAULT NULL,
  `message_archive_id` int DEFAULT NULL,
  `mail_archive_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `public_request_messages_map_public_request_id_mail_archive__key` (`public_request_id`, `mail_archive_id`),
  UNIQUE KEY `public_request_messages_map_public_request_id_message_archi_key` (`public_request_id`, `message_archive_id`),
  CONSTRAINT `public_request_messages_map_public_request_id_fkey` FOREIGN KEY (`public_request_id`) REFERENCES `public_request` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enum_public_request_type` (
  `id` int NOT NULL,
  `name` varchar(64) NOT NULL,
  `description` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `enum_public_request_type_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enum_public_request_status` (
  `id` int NOT NULL,
  `name` varchar(32) NOT NULL,
  `description` varchar(128) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `enum_public_request_status_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_handles` (
  `id` int NOT NULL AUTO_INCREMENT,
  `mailid` int DEFAULT NULL,
  `associd` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `mail_handles_mailid_fkey` FOREIGN KEY (`mailid`) REFERENCES `mail_archive` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `comm_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enum_send_status` (
  `id` int NOT NULL,
  `status_name` varchar(64) DEFAULT NULL,
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `enum_send_status_status_name_key` (`status_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_archive` (
  `id` int NOT NULL AUTO_INCREMENT,
  `crdate` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `moddate` datetime(6) DEFAULT NULL,
  `attempt` smallint NOT NULL DEFAULT 0,
  `status_id` int DEFAULT NULL,
  `comm_type_id` int DEFAULT NULL,
  `message_type_id` int DEFAULT NULL,
  `service_handle` enum('MOBILEM','POSTSERVIS','OPTYS','MANUAL') NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `message_archive_comm_type_id_fkey` FOREIGN KEY (`comm_type_id`) REFERENCES `comm_type` (`id`),
  CONSTRAINT `message_archive_message_type_id_fkey` FOREIGN KEY (`message_type_id`) REFERENCES `message_type` (`id`),
  CONSTRAINT `message_archive_status_id_fkey` FOREIGN KEY (`status_id`) REFERENCES `enum_send_status` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sms_archive` (
  `id` int NOT NULL,
  `phone_number` varchar(64) NOT NULL,
  `phone_number_id` int DEFAULT NULL,
  `content` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `sms_archive_id_fkey` FOREIGN KEY (`id`) REFERENCES `message_archive` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `letter_archive` (
  `id` int NOT NULL,
  `file_id` int DEFAULT NULL,
  `batch_id` varchar(64) DEFAULT NULL,
  `postal_address_name` varchar(1024) DEFAULT NULL,
  `postal_address_organization` varchar(1024) DEFAULT NULL,
  `postal_address_street1` varchar(1024) DEFAULT NULL,
  `postal_address_street2` varchar(1024) DEFAULT NULL,
  `postal_address_street3` varchar(1024) DEFAULT NULL,
  `postal_address_city` varchar(1024) DEFAULT NULL,
  `postal_address_stateorprovince` varchar(1024) DEFAULT NULL,
  `postal_address_postalcode` varchar(32) DEFAULT NULL,
  `postal_address_country` varchar(255) DEFAULT NULL,
  `postal_address_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `letter_archive_file_id_fkey` FOREIGN KEY (`file_id`) REFERENCES `files` (`id`),
  CONSTRAINT `letter_archive_id_fkey` FOREIGN KEY (`id`) REFERENCES `message_archive` (`id`),
  CONSTRAINT `letter_archive_postal_address_country_fkey` FOREIGN KEY (`postal_address_country`) REFERENCES `enum_country` (`country`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message_contact_history_map` (
  `id` int NOT NULL AUTO_INCREMENT,
  `contact_object_registry_id` int DEFAULT NULL,
  `contact_history_historyid` int DEFAULT NULL,
  `message_archive_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `message_contact_history_map_message_archive_id_fkey` FOREIGN KEY (`message_archive_id`) REFERENCES `message_archive` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notify_statechange_map` (
  `id` int NOT NULL,
  `state_id` int NOT NULL,
  `obj_type` int NOT NULL,
  `mail_type_id` int NOT NULL,
  `emails` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `notify_statechange_map_mail_type_id_fkey` FOREIGN KEY (`mail_type_id`) REFERENCES `mail_type` (`id`),
  CONSTRAINT `notify_statechange_map_state_id_fkey` FOREIGN KEY (`state_id`) REFERENCES `enum_object_states` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notify_statechange` (
  `state_id` int NOT NULL,
  `type` int NOT NULL,
  `mail_id` int DEFAULT NULL,
  PRIMARY KEY (`state_id`, `type`),
  CONSTRAINT `notify_statechange_mail_id_fkey` FOREIGN KEY (`mail_id`) REFERENCES `mail_archive` (`id`),
  CONSTRAINT `notify_statechange_state_id_fkey` FOREIGN KEY (`state_id`) REFERENCES `object_state` (`id`),
  CONSTRAINT `notify_statechange_type_fkey` FOREIGN KEY (`type`) REFERENCES `notify_statechange_map` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notify_outzone_unguarded_domain_additional_email` (
  `id` int NOT NULL AUTO_INCREMENT,
  `crdate` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `state_id` bigint DEFAULT NULL,
  `domain_id` bigint NOT NULL,
  `email` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notify_outzone_unguarded_domain_additional_email_unique_key` (`state_id`, `domain_id`, `email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enum_contact_check_status` (
  `id` int NOT NULL,
  `handle` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_enum_contact_check_status_handle` (`handle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enum_contact_testsuite` (
  `id` int NOT NULL,
  `handle` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_enum_contact_testsuite_handle` (`handle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_check` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `create_time` datetime(6) NOT NULL,
  `contact_history_id` int NOT NULL,
  `logd_request_id` bigint DEFAULT NULL,
  `enum_contact_testsuite_id` int NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `enum_contact_check_status_id` int NOT NULL,
  `handle` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_contact_check_handle` (`handle`),
  CONSTRAINT `contact_check_fk_enum_contact_check_status_id` FOREIGN KEY (`enum_contact_check_status_id`) REFERENCES `enum_contact_check_status` (`id`),
  CONSTRAINT `contact_check_fk_enum_contact_testsuite_id` FOREIGN KEY (`enum_contact_testsuite_id`) REFERENCES `enum_contact_testsuite` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enum_contact_test` (
  `id` int NOT NULL,
  `handle` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_enum_contact_test_handle` (`handle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enum_contact_test_status` (
  `id` int NOT NULL,
  `handle` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_enum_contact_test_status_handle` (`handle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `contact_test_result` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `contact_check_id` bigint NOT NULL,
  `enum_contact_test_id` int NOT NULL,
  `error_msg` text DEFAULT NULL,
  `logd_request_id` bigint DEFAULT NULL,
  `enum_contact_test_status_id` int NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_contact_test_result_unique_check_test_pair` (`contact_check_id`, `enum_contact_test_id`),
  CONSTRAINT `contact_test_result_fk_contact_check_id` FOREIGN KEY (`contact_check_id`) REFERENCES `contact_check` (`id`),
  CONSTRAINT `contact_test_result_fk_enum_contact_test_id` FOREIGN KEY (`enum_contact_test_id`) REFERENCES `enum_contact_test` (`id`),
  CONSTRAINT `contact_test_result_fk_enum_contact_test_status_id` FOREIGN KEY (`enum_contact_test_status_id`) REFERENCES `enum_contact_test_status` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reminder_contact_message_map` (
  `reminder_date` date NOT NULL,
  `contact_id` int NOT NULL,
  `message_id` int DEFAULT NULL,
  PRIMARY KEY (`reminder_date`, `contact_id`),
  CONSTRAINT `reminder_contact_message_map_contact_id_fkey` FOREIGN KEY (`contact_id`) REFERENCES `object_registry` (`id`),
  CONSTRAINT `reminder_contact_message_map_message_id_fkey` FOREIGN KEY (`message_id`) REFERENCES `mail_archive` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messagetype` (
  `id` int NOT NULL,
  `name` varchar(30) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `message` (
  `id` int NOT NULL AUTO_INCREMENT,
  `clid` int NOT NULL,
  `crdate` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `exdate` datetime(6) DEFAULT NULL,
  `seen` tinyint(1) NOT NULL DEFAULT 0,
  `msgtype` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `message_clid_fkey` FOREIGN KEY (`clid`) REFERENCES `registrar` (`id`) ON UPDATE CASCADE,
  CONSTRAINT `message_msgtype_fkey` FOREIGN KEY (`msgtype`) REFERENCES `messagetype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domain_blacklist` (
  `id` int NOT NULL AUTO_INCREMENT,
  `regexp` varchar(255) NOT NULL,
  `valid_from` datetime(6) NOT NULL,
  `valid_to` datetime(6) DEFAULT NULL,
  `reason` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `service` (
  `id` int NOT NULL AUTO_INCREMENT,
  `partition_postfix` varchar(10) NOT NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `request_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `service_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `request_type_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `service` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `result_code` (
  `id` int NOT NULL AUTO_INCREMENT,
  `service_id` int DEFAULT NULL,
  `result_code` int NOT NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `result_code_unique_code` (`service_id`, `result_code`),
  CONSTRAINT `result_code_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `service` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_name` varchar(255) NOT NULL,
  `login_date` datetime(6) NOT NULL,
  `logout_date` datetime(6) DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `request` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `time_begin` datetime(6) NOT NULL,
  `time_end` datetime(6) DEFAULT NULL,
  `source_ip` varchar(45) DEFAULT NULL,
  `service_id` int NOT NULL,
  `request_type_id` int DEFAULT 1000,
  `session_id` bigint DEFAULT NULL,
  `user_name` varchar(255) DEFAULT NULL,
  `is_monitoring` tinyint(1) NOT NULL,
  `result_code_id` int DEFAULT NULL,
  `user_id` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `request_request_type_id_fkey` FOREIGN KEY (`request_type_id`) REFERENCES `request_type` (`id`),
  CONSTRAINT `request_result_code_id_fkey` FOREIGN KEY (`result_code_id`) REFERENCES `result_code` (`id`),
  CONSTRAINT `request_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `service` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `request_data` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `request_time_begin` datetime(6) NOT NULL,
  `request_service_id` int NOT NULL,
  `request_monitoring` tinyint(1) NOT NULL,
  `request_id` bigint NOT NULL,
  `content` text NOT NULL,
  `is_response` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `request_data_request_id_fkey` FOREIGN KEY (`request_id`) REFERENCES `request` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `request_property_name` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `request_property_name_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `request_property_value` (
  `request_time_begin` datetime(6) NOT NULL,
  `request_service_id` int NOT NULL,
  `request_monitoring` tinyint(1) NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `request_id` bigint NOT NULL,
  `property_name_id` int NOT NULL,
  `value` text NOT NULL,
  `output` tinyint(1) DEFAULT 0,
  `parent_id` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `request_property_value_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `request_property_value` (`id`),
  CONSTRAINT `request_property_value_property_name_id_fkey` FOREIGN KEY (`property_name_id`) REFERENCES `request_property_name` (`id`),
  CONSTRAINT `request_property_value_request_id_fkey` FOREIGN KEY (`request_id`) REFERENCES `request` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `request_object_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `request_object_ref` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `request_time_begin` datetime(6) NOT NULL,
  `request_service_id` int NOT NULL,
  `request_monitoring` tinyint(1) NOT NULL,
  `request_id` bigint NOT NULL,
  `object_type_id` int NOT NULL,
  `object_id` bigint NOT NULL,
  `object_ident` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `request_object_ref_object_type_id_fkey` FOREIGN KEY (`object_type_id`) REFERENCES `request_object_type` (`id`),
  CONSTRAINT `request_object_ref_request_id_fkey` FOREIGN KEY (`request_id`) REFERENCES `request` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `enum_parameters` (
  `id` int NOT NULL,
  `name` varchar(100) NOT NULL,
  `val` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `enum_parameters_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

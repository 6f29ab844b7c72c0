-- RCCN — Rhizomatica Community Cellular Network (Rhizomatica/rccn), the PostgreSQL database of a community GSM
-- operator's core (subscribers and their prepaid balances, CDRs, SMS, credit top-ups and resellers, DIDs and
-- VoIP providers, rates, the distributed HLR of the federated sites, dashboard users and their locations).
-- Source: github.com/Rhizomatica/rccn, default branch `unmaintained`, commit 104a74a51c3b748e1d6c86d8e5a8c0a008eeb024
-- (licence AGPL-3.0): db/database.sql (schema revision 11) with the two later migrations replayed in order,
-- db/migration/012_model_and_roaming_flag.sql (subscribers re-created with `roaming` and `equipment`) and
-- 013_provider_prefix_and_location_users.sql (providers re-created with `prefix`; user_location added).
-- Written as MySQL/MariaDB DDL by hand: serial -> int AUTO_INCREMENT primary key, unbounded varchar -> varchar(255),
-- unbounded decimal -> decimal(65,30), inet -> varchar(45), uuid -> char(36), timestamp [with time zone] ->
-- datetime; unique indexes kept, plain indexes, triggers and functions left out. The unique index msisdn_index of
-- database.sql is not kept: migration 012 renames the table it is on and drops it.

CREATE TABLE `meta` (
  `id` int NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cdr` (
  `id` int NOT NULL AUTO_INCREMENT,
  `local_ip_v4` varchar(45) NOT NULL,
  `caller_id_name` varchar(255),
  `caller_id_number` varchar(255),
  `destination_number` varchar(255) NOT NULL,
  `context` varchar(255) NOT NULL,
  `start_stamp` datetime NOT NULL,
  `answer_stamp` datetime,
  `end_stamp` datetime NOT NULL,
  `duration` int NOT NULL,
  `billsec` int NOT NULL,
  `hangup_cause` varchar(255) NOT NULL,
  `uuid` char(36) NOT NULL,
  `bleg_uuid` char(36),
  `accountcode` varchar(255),
  `read_codec` varchar(255),
  `write_codec` varchar(255),
  `sip_hangup_disposition` varchar(255),
  `ani` varchar(255),
  `destination_name` varchar(255),
  `cost` decimal(65,30),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sms` (
  `id` int NOT NULL AUTO_INCREMENT,
  `source_addr` varchar(255) NOT NULL,
  `destination_addr` varchar(255) NOT NULL,
  `context` varchar(255),
  `send_stamp` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscribers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `msisdn` varchar(255),
  `name` varchar(255),
  `authorized` smallint NOT NULL DEFAULT 0,
  `balance` decimal(65,30) NOT NULL DEFAULT 0.00,
  `subscription_status` smallint NOT NULL DEFAULT 0,
  `subscription_date` datetime DEFAULT CURRENT_TIMESTAMP,
  `location` varchar(255),
  `roaming` smallint NOT NULL DEFAULT 0,
  `equipment` varchar(255),
  `created` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `credit_history` (
  `id` int NOT NULL AUTO_INCREMENT,
  `receipt_id` varchar(255) NOT NULL,
  `msisdn` varchar(255) NOT NULL,
  `previous_balance` decimal(65,30) NOT NULL,
  `current_balance` decimal(65,30) NOT NULL,
  `amount` decimal(65,30) NOT NULL,
  `created` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `site` (
  `site_name` varchar(255) NOT NULL,
  `postcode` varchar(255) NOT NULL,
  `pbxcode` varchar(255) NOT NULL,
  `network_name` varchar(255) NOT NULL,
  `ip_address` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `providers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `provider_name` varchar(255) NOT NULL,
  `prefix` varchar(255) NOT NULL,
  `username` varchar(255) NOT NULL,
  `fromuser` varchar(255),
  `password` varchar(255) NOT NULL,
  `proxy` varchar(255) NOT NULL,
  `active` smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dids` (
  `id` int NOT NULL AUTO_INCREMENT,
  `provider_id` int NOT NULL,
  `subscriber_number` varchar(255),
  `phonenumber` varchar(255) NOT NULL,
  `callerid` varchar(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rates` (
  `id` int NOT NULL AUTO_INCREMENT,
  `destination` varchar(255) NOT NULL,
  `prefix` varchar(255) NOT NULL,
  `cost` decimal(65,30) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locations` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `configuration` (
  `limit_local_calls` smallint NOT NULL DEFAULT 0,
  `limit_local_minutes` int,
  `charge_local_calls` smallint NOT NULL DEFAULT 0,
  `charge_local_rate` decimal(65,30),
  `charge_local_rate_type` varchar(255),
  `charge_internal_calls` smallint NOT NULL DEFAULT 0,
  `charge_internal_rate` decimal(65,30),
  `charge_internal_rate_type` varchar(255),
  `charge_inbound_calls` smallint NOT NULL DEFAULT 0,
  `charge_inbound_rate` decimal(65,30),
  `charge_inbound_rate_type` varchar(255),
  `smsc_shortcode` varchar(255) NOT NULL DEFAULT '10000',
  `sms_sender_unauthorized` varchar(255),
  `sms_destination_unauthorized` varchar(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` int NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `role` varchar(255),
  `created` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resellers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime DEFAULT CURRENT_TIMESTAMP,
  `msisdn` varchar(255) NOT NULL,
  `pin` varchar(255) NOT NULL,
  `balance` decimal(65,30) NOT NULL,
  `total_sales` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reseller_msisdn_index` (`msisdn`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resellers_credit_history` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime DEFAULT CURRENT_TIMESTAMP,
  `receipt_id` varchar(255) NOT NULL,
  `msisdn` varchar(255) NOT NULL,
  `previous_balance` decimal(65,30),
  `current_balance` decimal(65,30),
  `amount` decimal(65,30),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resellers_transactions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime DEFAULT CURRENT_TIMESTAMP,
  `reseller_msisdn` varchar(255) NOT NULL,
  `subscriber_msisdn` varchar(255) NOT NULL,
  `amount` decimal(65,30) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resellers_configuration` (
  `message1` varchar(255),
  `message2` varchar(255),
  `message3` varchar(255),
  `message4` varchar(255),
  `message5` varchar(255),
  `message6` varchar(255)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hlr` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime DEFAULT CURRENT_TIMESTAMP,
  `msisdn` varchar(255) NOT NULL,
  `home_bts` varchar(255) NOT NULL,
  `current_bts` varchar(255) NOT NULL,
  `authorized` int NOT NULL DEFAULT 1,
  `updated` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `msisdn_hlr_index` (`msisdn`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `user_location` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `location_id` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

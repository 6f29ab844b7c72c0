-- Pycroft (AG DSN, student dormitory network of Dresden): github.com/agdsn/pycroft, commit d0cc2c77baf6de8b71ff17b739c8f42ab7a9cd08 (Apache-2.0)
-- SQLAlchemy models of pycroft/model/*.py (PostgreSQL) written as MySQL DDL from the loaded metadata; see pycroft.md

CREATE TABLE `account` (
  `name` VARCHAR(255) NOT NULL,
  `type` ENUM('ASSET', 'USER_ASSET', 'BANK_ASSET', 'LIABILITY', 'EXPENSE', 'REVENUE') NOT NULL,
  `legacy` TINYINT(1) NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `address` (
  `street` VARCHAR(255) NOT NULL,
  `number` VARCHAR(255) NOT NULL,
  `addition` VARCHAR(255) NOT NULL DEFAULT '',
  `zip_code` VARCHAR(255) NOT NULL,
  `city` VARCHAR(255) NOT NULL DEFAULT 'Dresden',
  `state` VARCHAR(255) NOT NULL DEFAULT '',
  `country` VARCHAR(255) NOT NULL DEFAULT 'Germany',
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`street`, `number`, `addition`, `zip_code`, `city`, `state`, `country`)
);

CREATE TABLE `bank_account` (
  `name` VARCHAR(255) NOT NULL,
  `bank` VARCHAR(255) NOT NULL,
  `owner` VARCHAR(255) NOT NULL,
  `account_number` VARCHAR(10) NOT NULL,
  `routing_number` VARCHAR(8) NOT NULL,
  `iban` VARCHAR(34) NOT NULL,
  `bic` VARCHAR(11) NOT NULL,
  `fints_endpoint` VARCHAR(255) NOT NULL,
  `account_id` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`account_id`),
  UNIQUE KEY (`account_number`, `routing_number`),
  UNIQUE KEY (`iban`),
  UNIQUE KEY (`account_id`),
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`)
);

CREATE TABLE `site` (
  `name` VARCHAR(255) NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `building` (
  `site_id` INT NOT NULL,
  `number` VARCHAR(255) NOT NULL,
  `short_name` VARCHAR(255) NOT NULL,
  `street` VARCHAR(255) NOT NULL,
  `wifi_available` TINYINT(1) NOT NULL,
  `fee_account_id` INT NOT NULL,
  `swdd_haus_id` INT,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`short_name`),
  UNIQUE KEY (`street`, `number`),
  UNIQUE KEY (`short_name`),
  FOREIGN KEY (`fee_account_id`) REFERENCES `account` (`id`),
  FOREIGN KEY (`site_id`) REFERENCES `site` (`id`)
);

CREATE TABLE `room` (
  `number` VARCHAR(255) NOT NULL,
  `level` INT NOT NULL,
  `inhabitable` TINYINT(1) NOT NULL,
  `building_id` INT NOT NULL,
  `address_id` INT NOT NULL,
  `swdd_vo_suchname` VARCHAR(255),
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`swdd_vo_suchname`),
  FOREIGN KEY (`address_id`) REFERENCES `address` (`id`),
  FOREIGN KEY (`building_id`) REFERENCES `building` (`id`)
);

CREATE TABLE `unix_tombstone` (
  `uid` INT,
  `login_hash` VARBINARY(255),
  UNIQUE KEY (`uid`),
  UNIQUE KEY (`uid`, `login_hash`),
  UNIQUE KEY (`login_hash`),
  UNIQUE KEY (`uid`),
  UNIQUE KEY (`login_hash`)
);

CREATE TABLE `unix_account` (
  `uid` INT NOT NULL,
  `gid` INT NOT NULL,
  `login_shell` VARCHAR(255) NOT NULL,
  `home_directory` VARCHAR(255) NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`uid`),
  UNIQUE KEY (`home_directory`),
  UNIQUE KEY (`uid`),
  UNIQUE KEY (`home_directory`),
  FOREIGN KEY (`uid`) REFERENCES `unix_tombstone` (`uid`)
);

CREATE TABLE `user` (
  `wifi_passwd_hash` VARCHAR(255),
  `account_id` INT NOT NULL,
  `unix_account_id` INT,
  `address_id` INT NOT NULL,
  `email_forwarded` TINYINT(1) NOT NULL DEFAULT 1,
  `password_reset_token` VARCHAR(255),
  `login` VARCHAR(40) NOT NULL,
  `login_hash` VARBINARY(255),
  `name` VARCHAR(255) NOT NULL,
  `registered_at` DATETIME NOT NULL,
  `passwd_hash` VARCHAR(255),
  `email` VARCHAR(255),
  `email_confirmed` TINYINT(1) NOT NULL DEFAULT 0,
  `email_confirmation_key` VARCHAR(255),
  `birthdate` DATE,
  `swdd_person_id` INT,
  `room_id` INT,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`swdd_person_id`),
  UNIQUE KEY (`unix_account_id`),
  UNIQUE KEY (`login`),
  UNIQUE KEY (`unix_account_id`),
  UNIQUE KEY (`login`),
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`),
  FOREIGN KEY (`address_id`) REFERENCES `address` (`id`),
  FOREIGN KEY (`login_hash`) REFERENCES `unix_tombstone` (`login_hash`),
  FOREIGN KEY (`room_id`) REFERENCES `room` (`id`),
  FOREIGN KEY (`unix_account_id`) REFERENCES `unix_account` (`id`)
);

CREATE TABLE `transaction` (
  `description` TEXT NOT NULL,
  `author_id` INT,
  `posted_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `valid_on` DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `confirmed` TINYINT(1) NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `split` (
  `amount` INT NOT NULL,
  `account_id` INT NOT NULL,
  `transaction_id` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`transaction_id`, `account_id`),
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`),
  FOREIGN KEY (`transaction_id`) REFERENCES `transaction` (`id`)
);

CREATE TABLE `bank_account_activity` (
  `bank_account_id` INT NOT NULL,
  `amount` INT NOT NULL,
  `reference` TEXT NOT NULL,
  `other_account_number` VARCHAR(255) NOT NULL,
  `other_routing_number` VARCHAR(255) NOT NULL,
  `other_name` VARCHAR(255) NOT NULL,
  `imported_at` DATETIME NOT NULL,
  `posted_on` DATE NOT NULL,
  `valid_on` DATE NOT NULL,
  `transaction_id` INT,
  `account_id` INT,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`transaction_id`, `account_id`),
  FOREIGN KEY (`account_id`) REFERENCES `account` (`id`),
  FOREIGN KEY (`bank_account_id`) REFERENCES `bank_account` (`id`),
  FOREIGN KEY (`transaction_id`) REFERENCES `transaction` (`id`),
  FOREIGN KEY (`transaction_id`, `account_id`) REFERENCES `split` (`transaction_id`, `account_id`)
);

CREATE TABLE `group` (
  `name` VARCHAR(255) NOT NULL,
  `type` VARCHAR(17) NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `property_group` (
  `id` INT NOT NULL,
  `permission_level` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id`) REFERENCES `group` (`id`)
);

CREATE TABLE `config` (
  `member_group_id` INT NOT NULL,
  `network_access_group_id` INT NOT NULL,
  `violation_group_id` INT NOT NULL,
  `external_group_id` INT NOT NULL,
  `blocked_group_id` INT NOT NULL,
  `caretaker_group_id` INT NOT NULL,
  `treasurer_group_id` INT NOT NULL,
  `pre_member_group_id` INT NOT NULL,
  `traffic_limit_exceeded_group_id` INT NOT NULL,
  `payment_in_default_group_id` INT NOT NULL,
  `membership_fee_account_id` INT NOT NULL,
  `membership_fee_bank_account_id` INT NOT NULL,
  `non_attributable_transactions_account_id` INT NOT NULL,
  `fints_product_id` VARCHAR(255),
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`blocked_group_id`) REFERENCES `property_group` (`id`),
  FOREIGN KEY (`caretaker_group_id`) REFERENCES `property_group` (`id`),
  FOREIGN KEY (`external_group_id`) REFERENCES `property_group` (`id`),
  FOREIGN KEY (`member_group_id`) REFERENCES `property_group` (`id`),
  FOREIGN KEY (`membership_fee_account_id`) REFERENCES `account` (`id`),
  FOREIGN KEY (`membership_fee_bank_account_id`) REFERENCES `bank_account` (`id`),
  FOREIGN KEY (`network_access_group_id`) REFERENCES `property_group` (`id`),
  FOREIGN KEY (`non_attributable_transactions_account_id`) REFERENCES `account` (`id`),
  FOREIGN KEY (`payment_in_default_group_id`) REFERENCES `property_group` (`id`),
  FOREIGN KEY (`pre_member_group_id`) REFERENCES `property_group` (`id`),
  FOREIGN KEY (`traffic_limit_exceeded_group_id`) REFERENCES `property_group` (`id`),
  FOREIGN KEY (`treasurer_group_id`) REFERENCES `property_group` (`id`),
  FOREIGN KEY (`violation_group_id`) REFERENCES `property_group` (`id`)
);

CREATE TABLE `host` (
  `name` VARCHAR(255),
  `owner_id` INT,
  `room_id` INT,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `user` (`id`),
  FOREIGN KEY (`room_id`) REFERENCES `room` (`id`)
);

CREATE TABLE `interface` (
  `name` VARCHAR(255),
  `mac` VARCHAR(17) NOT NULL,
  `host_id` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`mac`),
  UNIQUE KEY (`mac`),
  FOREIGN KEY (`host_id`) REFERENCES `host` (`id`)
);

CREATE TABLE `vlan` (
  `name` VARCHAR(255) NOT NULL,
  `vid` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `subnet` (
  `address` VARCHAR(49) NOT NULL,
  `gateway` VARCHAR(49),
  `reserved_addresses_bottom` INT NOT NULL DEFAULT 0,
  `reserved_addresses_top` INT NOT NULL DEFAULT 0,
  `description` VARCHAR(50),
  `vlan_id` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`vlan_id`) REFERENCES `vlan` (`id`)
);

CREATE TABLE `ip` (
  `address` VARCHAR(49) NOT NULL,
  `interface_id` INT NOT NULL,
  `subnet_id` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`address`),
  UNIQUE KEY (`address`),
  FOREIGN KEY (`interface_id`) REFERENCES `interface` (`id`),
  FOREIGN KEY (`subnet_id`) REFERENCES `subnet` (`id`)
);

CREATE TABLE `log_entry` (
  `type` VARCHAR(50),
  `message` TEXT NOT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `author_id` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`author_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `membership` (
  `active_during` VARCHAR(100) NOT NULL,
  `group_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `group` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `membership_fee` (
  `name` VARCHAR(255) NOT NULL,
  `regular_fee` INT NOT NULL,
  `booking_begin` VARCHAR(50) NOT NULL,
  `booking_end` VARCHAR(50) NOT NULL,
  `payment_deadline` VARCHAR(50) NOT NULL,
  `payment_deadline_final` VARCHAR(50) NOT NULL,
  `begins_on` DATE NOT NULL,
  `ends_on` DATE NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `mpsk_client` (
  `name` VARCHAR(255) NOT NULL,
  `owner_id` INT NOT NULL,
  `mac` VARCHAR(17) NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`mac`),
  UNIQUE KEY (`mac`),
  FOREIGN KEY (`owner_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `switch` (
  `host_id` INT NOT NULL,
  `management_ip` VARCHAR(49) NOT NULL,
  PRIMARY KEY (`host_id`),
  FOREIGN KEY (`host_id`) REFERENCES `host` (`id`)
);

CREATE TABLE `switch_port` (
  `switch_id` INT NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`name`, `switch_id`),
  FOREIGN KEY (`switch_id`) REFERENCES `switch` (`host_id`)
);

CREATE TABLE `patch_port` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `switch_port_id` INT,
  `room_id` INT NOT NULL,
  `switch_room_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY (`switch_port_id`),
  UNIQUE KEY (`switch_port_id`),
  FOREIGN KEY (`room_id`) REFERENCES `room` (`id`),
  FOREIGN KEY (`switch_port_id`) REFERENCES `switch_port` (`id`),
  FOREIGN KEY (`switch_room_id`) REFERENCES `room` (`id`)
);

CREATE TABLE `pre_member` (
  `login` VARCHAR(40) NOT NULL,
  `move_in_date` DATE,
  `previous_dorm` VARCHAR(255),
  `login_hash` VARBINARY(255),
  `name` VARCHAR(255) NOT NULL,
  `registered_at` DATETIME NOT NULL,
  `passwd_hash` VARCHAR(255),
  `email` VARCHAR(255),
  `email_confirmed` TINYINT(1) NOT NULL DEFAULT 0,
  `email_confirmation_key` VARCHAR(255),
  `birthdate` DATE,
  `swdd_person_id` INT,
  `room_id` INT,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`room_id`) REFERENCES `room` (`id`)
);

CREATE TABLE `property` (
  `name` VARCHAR(255) NOT NULL,
  `granted` TINYINT(1) NOT NULL,
  `property_group_id` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`property_group_id`) REFERENCES `property_group` (`id`)
);

CREATE TABLE `radreply` (
  `Priority` INT NOT NULL,
  `UserName` VARCHAR(64) NOT NULL,
  `NASIPAddress` VARCHAR(15) NOT NULL,
  `NASPortId` VARCHAR(50) NOT NULL,
  `Attribute` VARCHAR(64) NOT NULL,
  `Op` VARCHAR(2) NOT NULL,
  `Value` VARCHAR(253) NOT NULL,
  PRIMARY KEY (`UserName`, `NASIPAddress`, `NASPortId`, `Priority`)
);

CREATE TABLE `room_history_entry` (
  `active_during` VARCHAR(100) NOT NULL,
  `room_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`room_id`) REFERENCES `room` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `room_log_entry` (
  `id` INT NOT NULL,
  `room_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id`) REFERENCES `log_entry` (`id`),
  FOREIGN KEY (`room_id`) REFERENCES `room` (`id`)
);

CREATE TABLE `scrub_log` (
  `executed_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `scrubber` VARCHAR(50) NOT NULL,
  `info` JSON NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `semester` (
  `name` VARCHAR(255) NOT NULL,
  `registration_fee` INT NOT NULL,
  `regular_semester_fee` INT NOT NULL,
  `reduced_semester_fee` INT NOT NULL,
  `late_fee` INT NOT NULL,
  `grace_period` VARCHAR(50) NOT NULL,
  `reduced_semester_fee_threshold` VARCHAR(50) NOT NULL,
  `payment_deadline` VARCHAR(50) NOT NULL,
  `allowed_overdraft` INT NOT NULL,
  `begins_on` DATE NOT NULL,
  `ends_on` DATE NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

CREATE TABLE `swdd_vo` (
  `vo_id` INT NOT NULL,
  `suchname` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `voart_id` INT,
  `nutzungsart_id` INT,
  `nutzbarvon` DATE NOT NULL,
  `nutzbarbis` DATE NOT NULL,
  `status` INT,
  `wohneim_id` INT,
  `wohneim_suchname` INT,
  `wohneim_name` VARCHAR(255) NOT NULL,
  `stockwerk_id` INT,
  `stockwerk` VARCHAR(255) NOT NULL,
  `stockwerk_name` VARCHAR(255) NOT NULL,
  `haus_id` INT,
  `haus_name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`vo_id`)
);

CREATE TABLE `swdd_vv` (
  `persvv_id` INT NOT NULL,
  `person_id` INT,
  `vo_suchname` VARCHAR(255) NOT NULL,
  `person_hash` VARCHAR(255) NOT NULL,
  `mietbeginn` DATE NOT NULL,
  `mietende` DATE NOT NULL,
  `status_id` INT NOT NULL,
  PRIMARY KEY (`persvv_id`),
  FOREIGN KEY (`vo_suchname`) REFERENCES `room` (`swdd_vo_suchname`)
);

CREATE TABLE `task` (
  `task_type` VARCHAR(50) NOT NULL,
  `type` ENUM('USER_MOVE_OUT', 'USER_MOVE_IN', 'USER_MOVE') NOT NULL,
  `due` DATETIME NOT NULL,
  `parameters` JSON NOT NULL,
  `created` DATETIME NOT NULL,
  `creator_id` INT NOT NULL,
  `status` ENUM('OPEN', 'EXECUTED', 'FAILED', 'CANCELLED') NOT NULL,
  `errors` JSON,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`creator_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `task_log_entry` (
  `id` INT NOT NULL,
  `task_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id`) REFERENCES `log_entry` (`id`),
  FOREIGN KEY (`task_id`) REFERENCES `task` (`id`)
);

CREATE TABLE `traffic_volume` (
  `timestamp` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `amount` BIGINT NOT NULL,
  `type` ENUM('Ingress', 'Egress') NOT NULL,
  `ip_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  `packets` INT NOT NULL,
  PRIMARY KEY (`ip_id`, `type`, `timestamp`),
  FOREIGN KEY (`ip_id`) REFERENCES `ip` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `user_log_entry` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id`) REFERENCES `log_entry` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `user_task` (
  `id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  FOREIGN KEY (`id`) REFERENCES `task` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `web_storage` (
  `data` LONGBLOB NOT NULL,
  `expiry` DATETIME NOT NULL,
  `id` INT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`)
);

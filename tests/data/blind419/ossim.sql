-- AlienVault OSSIM 5.8.11 (AT&T Cybersecurity; open-source SIEM: OSSIM server, sensors and web console), three of its
-- MySQL databases written as one file: `alienvault` (configuration, assets, correlation, alarms, incidents, users),
-- `alienvault_siem` (the SIEM event store) and `alienvault_api` (the REST API's log and permissions).
-- Source: the published OSSIM source tree in github.com/jpalanco/alienvault-ossim, commit
-- a1a449d0cf487f9eafe6e907d1acd55a85973523 (os-sim/debian/changelog 1:5.8.11-0) (GPL-2.0):
-- os-sim/ossim-mysql/db/00-create_alienvault_tbls_mysql.sql, 00-create_alienvault_siem_tbls_mysql.sql and
-- 00-create_alienvault_api_tbls_mysql.sql (MySQL Workbench forward-engineered, upstream's own MySQL, copied verbatim).
-- 58 of the 224 tables of the four databases kept (alienvault 204, alienvault_siem 13, alienvault_api 6,
-- alienvault_asec 1; the datawarehouse script is empty; ossim.md lists the ones left out). Where `alienvault` and
-- `alienvault_siem` both have a table of the same name (`extra_data`, `idm_data`), the table is written once: `extra_data` as alienvault_siem's
-- (15 columns; alienvault's holds only event_id, data_payload, binary_data), `idm_data` as alienvault's (identical
-- in both). Upstream declares no foreign keys. The stored procedures, triggers, views and seed data are left out.

-- ===== database `alienvault` =====

CREATE TABLE IF NOT EXISTS `users` (
  `login` VARCHAR(64) NOT NULL,
  `ctx` BINARY(16) NOT NULL DEFAULT 0x0,
  `name` VARCHAR(128) NOT NULL,
  `pass` VARCHAR(128) NOT NULL,
  `email` VARCHAR(255) NULL DEFAULT NULL,
  `company` VARCHAR(128) NULL DEFAULT NULL,
  `department` VARCHAR(128) NULL DEFAULT NULL,
  `language` VARCHAR(12) NOT NULL DEFAULT 'en_GB',
  `enabled` TINYINT(1) NOT NULL DEFAULT '1',
  `first_login` TINYINT(1) NOT NULL DEFAULT '1',
  `timezone` VARCHAR(64) NOT NULL DEFAULT 'GMT',
  `last_pass_change` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `last_logon_try` DATETIME NOT NULL,
  `is_admin` TINYINT(1) NOT NULL DEFAULT '0',
  `template_id` BINARY(16) NOT NULL DEFAULT 0x0,
  `uuid` BINARY(16) NOT NULL DEFAULT 0x0,
  `expires` DATETIME NOT NULL DEFAULT '2200-01-01 00:00:00',
  `login_method` VARCHAR(4) NOT NULL,
  `salt` text NOT NULL,
  PRIMARY KEY (`login`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `user_config` (
  `login` VARCHAR(64) NOT NULL,
  `category` VARCHAR(64) NOT NULL DEFAULT 'main',
  `name` VARCHAR(255) NOT NULL,
  `value` MEDIUMTEXT NULL DEFAULT NULL,
  PRIMARY KEY (`login`, `category`, `name`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `pass_history` (
  `id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `ctx` BINARY(16) NOT NULL,
  `user` VARCHAR(64) NOT NULL,
  `hist_number` INT(11) NULL DEFAULT NULL,
  `pass` VARCHAR(64) NOT NULL,
  `salt` text NOT NULL,
  PRIMARY KEY (`id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `sessions` (
  `id` VARCHAR(64) NOT NULL,
  `login` VARCHAR(64) NOT NULL,
  `ip` VARCHAR(40) NOT NULL,
  `agent` VARCHAR(255) NOT NULL,
  `logon_date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  `activity` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id`, `login`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `log_action` (
  `ctx` BINARY(16) NOT NULL,
  `date` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `code` INT(10) UNSIGNED NOT NULL,
  `info` VARCHAR(255) NOT NULL,
  `login` VARCHAR(255) NOT NULL,
  `ipfrom` VARBINARY(16) NOT NULL,
  PRIMARY KEY (`ctx`, `date`, `code`, `info`),
  INDEX `info` (`info` ASC, `date` ASC),
  INDEX `date` (`date` DESC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `log_config` (
  `ctx` BINARY(16) NOT NULL,
  `code` INT(10) UNSIGNED NOT NULL,
  `log` TINYINT(1) NULL DEFAULT '0',
  `descr` VARCHAR(255) NOT NULL,
  `priority` INT(10) UNSIGNED NOT NULL,
  PRIMARY KEY (`ctx`, `code`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `acl_entities` (
  `id` BINARY(16) NOT NULL,
  `server_id` BINARY(16) NOT NULL DEFAULT 0x0,
  `name` VARCHAR(128) NULL DEFAULT NULL,
  `admin_user` VARCHAR(64) NOT NULL,
  `address` TINYTEXT NULL DEFAULT NULL,
  `timezone` VARCHAR(64) NOT NULL DEFAULT 'GMT',
  `parent_id` BINARY(16) NOT NULL DEFAULT 0x0,
  `entity_type` ENUM('logical','context','engine') NOT NULL DEFAULT 'logical',
  PRIMARY KEY (`id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `acl_entities_users` (
  `entity_id` BINARY(16) NOT NULL,
  `login` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`entity_id`, `login`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `user_sensor_perm` (
  `login` VARCHAR(64) NOT NULL,
  `sensor_id` BINARY(16) NOT NULL,
  PRIMARY KEY (`login`, `sensor_id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `acl_assets` (
  `login` VARCHAR(64) NOT NULL,
  `asset_id` BINARY(16) NOT NULL,
  PRIMARY KEY (`login`, `asset_id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `dashboard_tab_config` (
  `id` INT(11) NOT NULL,
  `user` VARCHAR(64) NOT NULL,
  `title` VARCHAR(128) NULL DEFAULT NULL,
  `layout` INT(11) NULL DEFAULT '1',
  `icon` VARCHAR(128) NULL DEFAULT NULL,
  PRIMARY KEY (`id`, `user`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `notes` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `type` ENUM('host','net', 'host_group', 'net_group') NOT NULL,
  `date` DATETIME NOT NULL,
  `user` VARCHAR(64) NOT NULL,
  `asset_id` BINARY(16) NOT NULL,
  `note` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `type` (`type` ASC, `asset_id` ASC, `date` ASC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `host_group_history` (
  `host_group_id` BINARY(16) NOT NULL,
  `date` DATETIME NOT NULL,
  `login` VARCHAR(64) NOT NULL,
  `action` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`host_group_id`, `date`, `login`, `action`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `incident` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` BINARY(16) NOT NULL,
  `ctx` BINARY(16) NOT NULL,
  `title` VARCHAR(512) NOT NULL,
  `date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  `ref` ENUM('Alarm','Alert','Event','Metric','Anomaly','Vulnerability','Custom') NOT NULL DEFAULT 'Alarm',
  `type_id` VARCHAR(64) NOT NULL DEFAULT 0,
  `priority` INT(2) UNSIGNED NOT NULL DEFAULT 1,
  `status` ENUM('Open','Assigned','Studying','Waiting','Testing','Closed') NOT NULL DEFAULT 'Open',
  `last_update` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  `in_charge` VARCHAR(64) NOT NULL,
  `submitter` VARCHAR(64) NOT NULL,
  `event_start` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  `event_end` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  PRIMARY KEY (`id`),
  INDEX `in_charge` (`in_charge` ASC),
  INDEX `status` (`status` ASC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `incident_type` (
  `id` VARCHAR(64) NOT NULL,
  `descr` VARCHAR(255) NOT NULL DEFAULT '',
  `keywords` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `incident_alarm` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `incident_id` INT NOT NULL,
  `src_ips` VARCHAR(255) NOT NULL,
  `src_ports` VARCHAR(255) NOT NULL,
  `dst_ips` VARCHAR(255) NOT NULL,
  `dst_ports` VARCHAR(255) NOT NULL,
  `backlog_id` BINARY(16) NOT NULL,
  `event_id` BINARY(16) NOT NULL,
  `alarm_group_id` BINARY(16) NULL DEFAULT NULL,
  PRIMARY KEY (`id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `incident_event` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `incident_id` INT NOT NULL,
  `src_ips` VARCHAR(255) NOT NULL,
  `src_ports` VARCHAR(255) NOT NULL,
  `dst_ips` VARCHAR(255) NOT NULL,
  `dst_ports` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `incident_ticket` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `incident_id` INT NOT NULL,
  `date` DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00',
  `status` ENUM('Open','Assigned','Studying','Waiting','Testing','Closed') NOT NULL DEFAULT 'Open',
  `priority` INT(11) NOT NULL,
  `users` VARCHAR(64) NOT NULL,
  `description` TEXT NULL DEFAULT NULL,
  `action` TEXT NULL DEFAULT NULL,
  `in_charge` VARCHAR(64) NULL DEFAULT NULL,
  `transferred` VARCHAR(64) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `users` (`incident_id` ASC, `users` ASC, `in_charge` ASC, `transferred` ASC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `incident_file` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `incident_id` INT NOT NULL,
  `incident_ticket` INT NOT NULL,
  `name` VARCHAR(50) NULL DEFAULT NULL,
  `type` VARCHAR(50) NULL DEFAULT NULL,
  `content` MEDIUMBLOB NULL DEFAULT NULL,
  PRIMARY KEY (`id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `incident_subscrip` (
  `login` VARCHAR(64) NOT NULL,
  `incident_id` INT NOT NULL,
  PRIMARY KEY (`login`, `incident_id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `incident_tag` (
  `tag_id` INT NOT NULL,
  `incident_id` INT NOT NULL,
  PRIMARY KEY (`tag_id`, `incident_id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `incident_tag_descr` (
  `id` INT NOT NULL,
  `name` VARCHAR(64) NULL DEFAULT NULL,
  `descr` TEXT NULL DEFAULT NULL,
  `class` text NOT NULL,
  PRIMARY KEY (`id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `incident_vulns` (
  `id` INT NOT NULL,
  `incident_id` INT NOT NULL,
  `ip` VARCHAR(40) NOT NULL,
  `ctx` BINARY(16) NOT NULL,
  `port` VARCHAR(255) NOT NULL,
  `nessus_id` VARCHAR(255) NOT NULL,
  `risk` VARCHAR(255) NOT NULL,
  `description` TEXT NULL DEFAULT NULL,
  PRIMARY KEY (`id`, `incident_id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `incident_tmp_email` (
  `incident_id` INT NOT NULL,
  `ticket_id` INT NOT NULL,
  `subscribers` TEXT NULL DEFAULT '',
  `type` TEXT,
  PRIMARY KEY (`incident_id`, `ticket_id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `alarm` (
  `backlog_id` BINARY(16) NOT NULL,
  `event_id` BINARY(16) NOT NULL,
  `corr_engine_ctx` BINARY(16) NOT NULL,
  `timestamp` TIMESTAMP NULL DEFAULT NULL,
  `status` ENUM('open','closed') NULL DEFAULT 'open',
  `plugin_id` INT(11) NOT NULL,
  `plugin_sid` INT(11) NOT NULL,
  `protocol` INT(11) NULL DEFAULT NULL,
  `src_ip` VARBINARY(16) NULL DEFAULT NULL,
  `dst_ip` VARBINARY(16) NULL DEFAULT NULL,
  `src_port` INT(11) NULL DEFAULT NULL,
  `dst_port` INT(11) NULL DEFAULT NULL,
  `risk` INT(11) NULL DEFAULT NULL,
  `efr` INT(11) NOT NULL DEFAULT 0,
  `similar` VARCHAR(40) NOT NULL DEFAULT '0000000000000000000000000000000000000000',
  `stats` MEDIUMTEXT NOT NULL,
  `removable` TINYINT(1) NOT NULL DEFAULT 0,
  `in_file` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`backlog_id`),
  INDEX `src_ip` (`src_ip` ASC),
  INDEX `dst_ip` (`dst_ip` ASC),
  INDEX `status` (`status` ASC, `timestamp` ASC),
  INDEX `similar` (`status` ASC, `similar` ASC),
  INDEX `risk` (`status` ASC, `risk` ASC),
  INDEX `event_id` (`event_id` ASC),
  INDEX `plugins` (`plugin_id` ASC, `plugin_sid` ASC),
  INDEX `removable` (`removable` ASC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `backlog` (
  `id` BINARY(16) NOT NULL DEFAULT '0',
  `corr_engine_ctx` BINARY(16) NOT NULL,
  `directive_id` INT(11) NOT NULL,
  `timestamp` DATETIME NULL DEFAULT NULL,
  `last` DATETIME NULL DEFAULT NULL,
  `matched` TINYINT(4) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `directive_id` (`directive_id` ASC),
  INDEX `timestamp` (`timestamp` ASC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `backlog_event` (
  `backlog_id` BINARY(16) NOT NULL,
  `event_id` BINARY(16) NOT NULL,
  `time_out` INT(11) NULL DEFAULT NULL,
  `occurrence` INT(11) NULL DEFAULT NULL,
  `rule_level` INT(11) NULL DEFAULT NULL,
  `matched` TINYINT(4) NULL DEFAULT NULL,
  PRIMARY KEY (`backlog_id`, `event_id`),
  INDEX `event_idx` (`event_id` ASC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `event` (
  `id` BINARY(16) NOT NULL,
  `agent_ctx` BINARY(16) NOT NULL,
  `timestamp` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `tzone` FLOAT NOT NULL DEFAULT '0',
  `sensor_id` BINARY(16) NULL,
  `interface` VARCHAR(32) NOT NULL,
  `type` INT(11) NOT NULL,
  `plugin_id` INT(11) NOT NULL,
  `plugin_sid` INT(11) NOT NULL,
  `protocol` INT(11) NULL DEFAULT NULL,
  `src_ip` VARBINARY(16) NULL DEFAULT NULL,
  `dst_ip` VARBINARY(16) NULL DEFAULT NULL,
  `src_port` INT(11) NULL DEFAULT NULL,
  `dst_port` INT(11) NULL DEFAULT NULL,
  `event_condition` INT(11) NULL DEFAULT NULL,
  `value` TEXT NULL DEFAULT NULL,
  `time_interval` INT(11) NULL DEFAULT NULL,
  `absolute` TINYINT(4) NULL DEFAULT NULL,
  `priority` INT(11) NULL DEFAULT 1,
  `reliability` INT(11) NULL DEFAULT 1,
  `asset_src` INT(11) NULL DEFAULT 1,
  `asset_dst` INT(11) NULL DEFAULT 1,
  `risk_a` INT(11) NULL DEFAULT 0,
  `risk_c` INT(11) NULL DEFAULT 0,
  `alarm` TINYINT(4) NULL DEFAULT 0,
  `filename` VARCHAR(256) NULL DEFAULT NULL,
  `username` VARCHAR(64) NULL DEFAULT NULL,
  `password` VARCHAR(64) NULL DEFAULT NULL,
  `userdata1` VARCHAR(1024) NULL DEFAULT NULL,
  `userdata2` VARCHAR(1024) NULL DEFAULT NULL,
  `userdata3` VARCHAR(1024) NULL DEFAULT NULL,
  `userdata4` VARCHAR(1024) NULL DEFAULT NULL,
  `userdata5` VARCHAR(1024) NULL DEFAULT NULL,
  `userdata6` VARCHAR(1024) NULL DEFAULT NULL,
  `userdata7` VARCHAR(1024) NULL DEFAULT NULL,
  `userdata8` VARCHAR(1024) NULL DEFAULT NULL,
  `userdata9` VARCHAR(1024) NULL DEFAULT NULL,
  `rulename` TEXT NULL DEFAULT NULL,
  `rep_prio_src` INT(10) UNSIGNED NULL DEFAULT NULL,
  `rep_prio_dst` INT(10) UNSIGNED NULL DEFAULT NULL,
  `rep_rel_src` INT(10) UNSIGNED NULL DEFAULT NULL,
  `rep_rel_dst` INT(10) UNSIGNED NULL DEFAULT NULL,
  `rep_act_src` VARCHAR(64) NULL DEFAULT NULL,
  `rep_act_dst` VARCHAR(64) NULL DEFAULT NULL,
  `src_hostname` VARCHAR(64) NULL DEFAULT NULL,
  `dst_hostname` VARCHAR(64) NULL DEFAULT NULL,
  `src_mac` BINARY(6) NULL DEFAULT NULL,
  `dst_mac` BINARY(6) NULL DEFAULT NULL,
  `src_host` BINARY(16) NULL DEFAULT NULL,
  `dst_host` BINARY(16) NULL DEFAULT NULL,
  `src_net` BINARY(16) NULL DEFAULT NULL,
  `dst_net` BINARY(16) NULL DEFAULT NULL,
  `refs` INT NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `event_idx` (`timestamp` ASC),
  INDEX `src_ip` (`src_ip` ASC),
  INDEX `dst_ip` (`dst_ip` ASC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `action` (
  `id` BINARY(16) NOT NULL,
  `ctx` BINARY(16) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `action_type` INT NOT NULL,
  `cond` VARCHAR(255) NOT NULL,
  `on_risk` TINYINT(1) NOT NULL,
  `descr` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `action_email` (
  `action_id` BINARY(16) NOT NULL,
  `_from` VARCHAR(255) NOT NULL,
  `_to` VARCHAR(255) NOT NULL,
  `subject` TEXT NULL DEFAULT NULL,
  `message` TEXT NULL DEFAULT NULL,
  `message_suffix` tinyint unsigned NOT NULL default 1,
  PRIMARY KEY (`action_id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `action_type` (
  `type` INT NOT NULL,
  `descr` VARCHAR(255) NOT NULL,
  `name` ENUM('email','exec','ticket') NOT NULL,
  PRIMARY KEY (`type`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `host` (
  `id` BINARY(16) NOT NULL,
  `ctx` BINARY(16) NOT NULL,
  `hostname` VARCHAR(128) NOT NULL,
  `fqdns` VARCHAR(255) NOT NULL,
  `asset` SMALLINT(6) NOT NULL,
  `threshold_c` INT(11) NOT NULL,
  `threshold_a` INT(11) NOT NULL,
  `alert` INT(11) NOT NULL,
  `persistence` INT(11) NOT NULL,
  `nat` VARCHAR(15) NULL DEFAULT NULL,
  `rrd_profile` VARCHAR(64) NULL DEFAULT NULL,
  `descr` VARCHAR(255) NULL DEFAULT NULL,
  `lat` VARCHAR(255) NULL DEFAULT '0',
  `lon` VARCHAR(255) NULL DEFAULT '0',
  `icon` MEDIUMBLOB NULL DEFAULT NULL,
  `country` VARCHAR(64) NULL,
  `external_host` TINYINT(1) NOT NULL DEFAULT FALSE,
  `permissions` BINARY(8) NOT NULL DEFAULT 0x0,
  `av_component` TINYINT(1) NOT NULL DEFAULT FALSE,
  `created` DATETIME NULL DEFAULT NULL,
  `updated` DATETIME NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `search` (`hostname` ASC, `fqdns` ASC),
  INDEX `ctx` (`ctx` ASC),
  INDEX `created` (`created` ASC),
  INDEX `updated` (`updated` ASC),
  INDEX `asset` (`asset` ASC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `host_ip` (
  `host_id` BINARY(16) NOT NULL,
  `ip` VARBINARY(16) NOT NULL,
  `mac` BINARY(6) NULL,
  `interface` VARCHAR(32) NULL,
  INDEX `ip_index` USING BTREE (`ip` ASC),
  INDEX `mac_index` (`mac` ASC),
  PRIMARY KEY (`host_id`, `ip`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `host_properties` (
  `host_id` BINARY(16) NOT NULL,
  `property_ref` INT NOT NULL,
  `last_modified` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `source_id` INT NULL DEFAULT NULL,
  `value` TEXT NOT NULL,
  `extra` TEXT NULL DEFAULT NULL,
  `tzone` FLOAT NOT NULL DEFAULT 0,
  INDEX `date` (`last_modified` ASC),
  INDEX `property_ref` (`property_ref` ASC, `value`(255) ASC),
  PRIMARY KEY (`host_id`, `property_ref`, `value`(255)))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `host_property_reference` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NULL DEFAULT NULL,
  `ord` INT(11) NOT NULL DEFAULT '0',
  `description` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `host_services` (
  `host_id` BINARY(16) NOT NULL,
  `host_ip` VARBINARY(16) NOT NULL,
  `port` INT(11) NOT NULL,
  `protocol` INT(11) NOT NULL,
  `service` VARCHAR(128) NULL DEFAULT 'unknown',
  `version` TEXT NULL,
  `last_modified` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `source_id` INT(11) NULL,
  `nagios` TINYINT(1) NULL DEFAULT 0,
  `nagios_status` TINYINT(4) NOT NULL DEFAULT 3,
  `tzone` FLOAT NULL DEFAULT 0,
  PRIMARY KEY (`host_id`, `host_ip`, `port`, `protocol`))
ENGINE = InnoDB;

CREATE TABLE IF NOT EXISTS `host_software` (
  `host_id` BINARY(16) NOT NULL,
  `cpe` VARCHAR(255) NOT NULL,
  `banner` TEXT NULL DEFAULT NULL,
  `last_modified` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `source_id` INT(11) NULL DEFAULT NULL,
  `extra` TEXT NULL DEFAULT NULL,
  PRIMARY KEY (`host_id`, `cpe`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `net` (
  `id` BINARY(16) NOT NULL,
  `ctx` BINARY(16) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `ips` TEXT NOT NULL,
  `asset` INT(11) NOT NULL,
  `threshold_c` INT(11) NOT NULL,
  `threshold_a` INT(11) NOT NULL,
  `alert` INT(11) NOT NULL,
  `persistence` INT(11) NOT NULL,
  `rrd_profile` VARCHAR(64) NULL DEFAULT NULL,
  `descr` VARCHAR(255) NULL DEFAULT NULL,
  `icon` MEDIUMBLOB NULL DEFAULT NULL,
  `external_net` TINYINT(1) NOT NULL DEFAULT FALSE,
  `permissions` BINARY(8) NOT NULL DEFAULT 0x0,
  `owner` VARCHAR(128) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `name` (`name` ASC),
  INDEX `ctx` (`ctx` ASC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `sensor` (
  `id` BINARY(16) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `ip` VARBINARY(16) NULL DEFAULT NULL,
  `priority` SMALLINT(6) NOT NULL,
  `port` INT(11) NOT NULL,
  `connect` SMALLINT(6) NOT NULL,
  `descr` VARCHAR(255) NOT NULL,
  `tzone` FLOAT NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `server` (
  `id` BINARY(16) NOT NULL,
  `name` VARCHAR(64) NOT NULL,
  `ip` VARBINARY(16) NULL DEFAULT NULL,
  `port` INT(11) NOT NULL,
  `descr` VARCHAR(255) NOT NULL,
  `remoteadmin` VARCHAR(64) NOT NULL,
  `remotepass` VARCHAR(128) CHARACTER SET 'latin1' COLLATE 'latin1_general_ci' NOT NULL,
  `remoteurl` VARCHAR(128) NOT NULL,
  PRIMARY KEY (`id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `hids_agents` (
  `sensor_id` BINARY(16) NOT NULL,
  `agent_id` VARCHAR(5) NOT NULL,
  `agent_name` VARCHAR(128) NULL,
  `agent_ip` VARCHAR(32) NULL,
  `agent_status` TINYINT(1) NULL,
  `host_id` BINARY(16) NULL,
  PRIMARY KEY (`sensor_id`, `agent_id`),
  INDEX `status` (`agent_status` ASC),
  INDEX `host_id` (`host_id` ASC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `credentials` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `type` INT(11) NULL DEFAULT NULL,
  `username` TEXT NULL DEFAULT NULL,
  `password` TEXT CHARACTER SET 'latin1' COLLATE 'latin1_general_ci' NULL DEFAULT NULL,
  `extra` TEXT NULL DEFAULT NULL,
  `sensor_ip` VARBINARY(16) NOT NULL,
  `host_id` BINARY(16) NOT NULL,
  PRIMARY KEY (`id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `locations` (
  `id` BINARY(16) NOT NULL,
  `ctx` BINARY(16) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `desc` VARCHAR(255) NOT NULL,
  `location` VARCHAR(255) NOT NULL,
  `lat` FLOAT NOT NULL,
  `lon` FLOAT NOT NULL,
  `country` VARCHAR(2) NOT NULL,
  `checks` BINARY(3) NOT NULL,
  PRIMARY KEY (`id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `repository` (
  `id` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `creator` VARCHAR(64) NOT NULL DEFAULT '0',
  `title` VARCHAR(256) NOT NULL,
  `text` TEXT NOT NULL,
  `date` DATE NOT NULL,
  `in_charge` VARCHAR(64) NOT NULL,
  `keywords` VARCHAR(256) NOT NULL COMMENT 'Comma separated',
  PRIMARY KEY (`id`),
  INDEX `title` (`title`(200) ASC),
  INDEX `keywords` (`keywords`(200) ASC))
ENGINE = InnoDB
AUTO_INCREMENT = 100000
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `plugin` (
  `ctx` BINARY(16) NOT NULL,
  `id` INT NOT NULL,
  `type` SMALLINT(6) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `description` TEXT NULL DEFAULT NULL,
  `product_type` INT(11) NOT NULL DEFAULT '0',
  `vendor` TEXT NULL DEFAULT NULL,
  PRIMARY KEY (`id`, `ctx`),
  INDEX `product_type` (`product_type` ASC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `plugin_sid` (
  `plugin_ctx` BINARY(16) NOT NULL,
  `plugin_id` INT NOT NULL,
  `sid` INT NOT NULL,
  `class_id` INT(11) NULL DEFAULT NULL,
  `reliability` INT(11) NULL DEFAULT '1',
  `priority` INT(11) NULL DEFAULT '1',
  `name` VARCHAR(512) NOT NULL,
  `aro` DECIMAL(11,4) NOT NULL DEFAULT '0.0000',
  `subcategory_id` INT NULL DEFAULT NULL,
  `category_id` INT NULL DEFAULT NULL,
  INDEX `search` (`plugin_id` ASC, `name`(255) ASC),
  PRIMARY KEY (`plugin_id`, `sid`, `plugin_ctx`),
  INDEX `category_id` (`category_id` ASC, `subcategory_id` ASC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `classification` (
  `id` INT(11) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `description` TEXT NULL DEFAULT NULL,
  `priority` INT(11) NULL DEFAULT NULL,
  PRIMARY KEY (`id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `config` (
  `conf` VARCHAR(255) NOT NULL,
  `value` TEXT CHARACTER SET 'latin1' COLLATE 'latin1_general_ci' NULL DEFAULT NULL,
  PRIMARY KEY (`conf`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `vuln_jobs` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL DEFAULT '',
  `username` VARCHAR(64) NOT NULL DEFAULT '',
  `fk_name` VARCHAR(50) NULL DEFAULT NULL,
  `job_TYPE` CHAR(1) NOT NULL DEFAULT 'M',
  `meth_SCHED` CHAR(1) NOT NULL DEFAULT 'N',
  `meth_TARGET` TEXT NULL DEFAULT NULL,
  `only_alive_hosts` TINYINT(1) NOT NULL DEFAULT '0',
  `profile_id` VARCHAR (32) NOT NULL,
  `meth_CUSTOM` ENUM('N','A','R') NOT NULL DEFAULT 'N',
  `task_id` TEXT NULL DEFAULT NULL,
  `meth_Wcheck` TEXT NULL DEFAULT NULL,
  `send_email` TINYINT(1) NOT NULL DEFAULT '0',
  `scan_locally` TINYINT(1) NOT NULL DEFAULT '0',
  `meth_TIMEOUT` INT(6) NOT NULL DEFAULT '172800',
  `scan_ASSIGNED` VARCHAR(64) NULL DEFAULT NULL,
  `scan_SERVER` INT(11) NOT NULL DEFAULT '0',
  `scan_START` DATETIME NULL DEFAULT NULL,
  `scan_END` DATETIME NULL DEFAULT NULL,
  `scan_SUBMIT` DATETIME NULL DEFAULT NULL,
  `scan_NEXT` VARCHAR(14) NULL DEFAULT NULL,
  `scan_PID` INT(11) NOT NULL DEFAULT '0',
  `scan_PRIORITY` TINYINT(1) NOT NULL DEFAULT '3',
  `status` CHAR(1) NOT NULL DEFAULT 'S' COMMENT 'values: C => Completed, D => Delayed (No available Scan Slots), F => Failed, S => Scheduled, H => Invalid Scan Config, R => Running, K => Kill, T => Timeout expired, I => Incomplete',
  `notify` TEXT NOT NULL,
  `report_id` INT(11) NOT NULL DEFAULT '0',
  `tracker_id` INT(11) NULL DEFAULT NULL,
  `failed_attempts` TINYINT(1) NOT NULL DEFAULT '0',
  `authorized` TINYINT(1) NOT NULL DEFAULT '0',
  `IP_ctx` MEDIUMTEXT NULL DEFAULT NULL,
  `resolve_names` TINYINT(1) NOT NULL DEFAULT '1',
  `credentials` VARCHAR(128) NOT NULL,
  `exclude_ports` TEXT NOT NULL,
  `ssh_credential_port` INT(11) NOT NULL DEFAULT '22',
  PRIMARY KEY (`id`, `name`),
  INDEX `name` (`name` ASC),
  INDEX `scan_END` (`scan_END` ASC),
  INDEX `report_id` (`report_id` ASC),
  INDEX `subnet` (`fk_name` ASC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `vuln_nessus_results` (
  `result_id` INT(11) NOT NULL AUTO_INCREMENT,
  `report_id` INT(11) NOT NULL DEFAULT '0',
  `scantime` VARCHAR(14) NOT NULL DEFAULT '',
  `record_type` CHAR(1) NOT NULL DEFAULT 'N',
  `hostIP` VARCHAR(40) NOT NULL DEFAULT '',
  `ctx` BINARY(16) NOT NULL,
  `hostname` VARCHAR(100) NULL DEFAULT NULL,
  `service` VARCHAR(40) NOT NULL DEFAULT '',
  `port` INT(11) NULL DEFAULT NULL,
  `protocol` VARCHAR(5) NULL DEFAULT NULL,
  `app` VARCHAR(20) NULL DEFAULT NULL,
  `scriptid` VARCHAR(40) NOT NULL DEFAULT '',
  `risk` ENUM('1','2','3','4','5','6','7') NOT NULL DEFAULT '1',
  `msg` TEXT NULL DEFAULT NULL,
  `falsepositive` CHAR(1) NULL DEFAULT 'N',
  PRIMARY KEY (`result_id`),
  INDEX `report_id` (`report_id` ASC),
  INDEX `scantime` (`scantime` ASC),
  INDEX `scriptid` (`scriptid` ASC, `falsepositive` ASC),
  INDEX `hostIP` (`hostIP` ASC),
  INDEX `risk` (`risk` ASC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `custom_report_scheduler` (
  `id` INT(11) NOT NULL AUTO_INCREMENT,
  `ctx` BINARY(16) NOT NULL,
  `schedule_type` VARCHAR(5) NOT NULL,
  `schedule_name` VARCHAR(20) NOT NULL,
  `schedule` TEXT NOT NULL,
  `next_launch` DATETIME NOT NULL,
  `id_report` VARCHAR(512) NOT NULL,
  `name_report` VARCHAR(512) NOT NULL,
  `user` VARCHAR(64) NOT NULL,
  `email` VARCHAR(255) NULL DEFAULT NULL,
  `date_from` DATE NULL DEFAULT NULL,
  `date_to` DATE NULL DEFAULT NULL,
  `date_range` VARCHAR(30) NULL DEFAULT NULL,
  `assets` TINYTEXT NULL DEFAULT NULL,
  `save_in_repository` TINYINT(1) NOT NULL,
  `file_type` varchar(8) NOT NULL DEFAULT 'pdf',
  PRIMARY KEY (`id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `idm_data` (
  `event_id` BINARY(16) NOT NULL,
  `username` VARCHAR(64) NULL,
  `domain` VARCHAR(64) NULL,
  `from_src` TINYINT(1) NULL,
  INDEX `event_id` (`event_id` ASC),
  INDEX `usrdmn` (`username` ASC, `domain` ASC),
  INDEX `domain` (`domain` ASC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

-- ===== database `alienvault_siem` =====

CREATE TABLE IF NOT EXISTS `acid_event` (
  `id` BINARY(16) NOT NULL,
  `device_id` INT UNSIGNED NOT NULL,
  `ctx` BINARY(16) NOT NULL DEFAULT 0x0,
  `timestamp` DATETIME NOT NULL,
  `ip_src` VARBINARY(16) NULL DEFAULT NULL,
  `ip_dst` VARBINARY(16) NULL DEFAULT NULL,
  `ip_proto` INT NULL DEFAULT NULL,
  `layer4_sport` SMALLINT UNSIGNED NULL DEFAULT NULL,
  `layer4_dport` SMALLINT UNSIGNED NULL DEFAULT NULL,
  `ossim_priority` TINYINT NULL DEFAULT '1',
  `ossim_reliability` TINYINT NULL DEFAULT '1',
  `ossim_asset_src` TINYINT NULL DEFAULT '1',
  `ossim_asset_dst` TINYINT NULL DEFAULT '1',
  `ossim_risk_c` TINYINT NULL DEFAULT '1',
  `ossim_risk_a` TINYINT NULL DEFAULT '1',
  `plugin_id` INT UNSIGNED NULL DEFAULT NULL,
  `plugin_sid` INT UNSIGNED NULL DEFAULT NULL,
  `tzone` FLOAT NOT NULL DEFAULT '0',
  `ossim_correlation` TINYINT NULL DEFAULT '0',
  `src_hostname` VARCHAR(64) NULL DEFAULT NULL,
  `dst_hostname` VARCHAR(64) NULL DEFAULT NULL,
  `src_mac` BINARY(6) NULL DEFAULT NULL,
  `dst_mac` BINARY(6) NULL DEFAULT NULL,
  `src_host` BINARY(16) NULL DEFAULT NULL,
  `dst_host` BINARY(16) NULL DEFAULT NULL,
  `src_net` BINARY(16) NULL DEFAULT NULL,
  `dst_net` BINARY(16) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  INDEX `timestamp` (`timestamp` ASC,`plugin_id`,`plugin_sid`),
  INDEX `layer4_dport` (`layer4_dport` ASC),
  INDEX `ip_src` (`ip_src` ASC),
  INDEX `ip_dst` (`ip_dst` ASC),
  INDEX `acid_event_ossim_risk_a` (`ossim_risk_a` ASC),
  INDEX `plugin` (`plugin_id` ASC, `plugin_sid` ASC),
  INDEX `src_host` (`src_host` ASC),
  INDEX `dst_host` (`dst_host` ASC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `extra_data` (
  `event_id` BINARY(16) NOT NULL,
  `filename` VARCHAR(256) NULL DEFAULT NULL,
  `username` VARCHAR(64) NULL DEFAULT NULL,
  `password` VARCHAR(64) NULL DEFAULT NULL,
  `userdata1` VARCHAR(1024) NULL DEFAULT NULL,
  `userdata2` VARCHAR(1024) NULL DEFAULT NULL,
  `userdata3` VARCHAR(1024) NULL DEFAULT NULL,
  `userdata4` VARCHAR(1024) NULL DEFAULT NULL,
  `userdata5` VARCHAR(1024) NULL DEFAULT NULL,
  `userdata6` VARCHAR(1024) NULL DEFAULT NULL,
  `userdata7` VARCHAR(1024) NULL DEFAULT NULL,
  `userdata8` VARCHAR(1024) NULL DEFAULT NULL,
  `userdata9` VARCHAR(1024) NULL DEFAULT NULL,
  `data_payload` TEXT NULL DEFAULT NULL,
  `binary_data` BLOB NULL DEFAULT NULL,
  PRIMARY KEY (`event_id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `reputation_data` (
  `event_id` BINARY(16) NOT NULL,
  `rep_ip_src` VARBINARY(16) NULL DEFAULT NULL,
  `rep_ip_dst` VARBINARY(16) NULL DEFAULT NULL,
  `rep_prio_src` TINYINT UNSIGNED NULL DEFAULT NULL,
  `rep_prio_dst` TINYINT UNSIGNED NULL DEFAULT NULL,
  `rep_rel_src` TINYINT UNSIGNED NULL DEFAULT NULL,
  `rep_rel_dst` TINYINT UNSIGNED NULL DEFAULT NULL,
  `rep_act_src` VARCHAR(64) NULL DEFAULT NULL,
  `rep_act_dst` VARCHAR(64) NULL DEFAULT NULL,
  PRIMARY KEY (`event_id`))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

CREATE TABLE IF NOT EXISTS `device` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `device_ip` VARBINARY(16) NULL DEFAULT NULL,
  `interface` TEXT NULL DEFAULT NULL,
  `sensor_id` BINARY(16) NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `sensor_ip` (`sensor_id` ASC),
  INDEX `ip` (`device_ip` ASC))
ENGINE = InnoDB
DEFAULT CHARACTER SET = utf8;

-- ===== database `alienvault_api` =====

CREATE TABLE IF NOT EXISTS `logged_actions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `logged_user` VARCHAR(45) NULL,
  `datetime` TIMESTAMP NULL,
  `action_description` VARCHAR(255) NULL,
  PRIMARY KEY (`id`))
ENGINE = InnoDB;

CREATE TABLE IF NOT EXISTS `user_perms` (
  `login` VARCHAR(64) NOT NULL,
  `component_id` BINARY(16) NOT NULL,
  PRIMARY KEY (`login`, `component_id`))
ENGINE = InnoDB;

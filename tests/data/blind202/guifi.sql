-- guifi.net (guifi/drupal-guifi), the Drupal 6 module that runs the guifi.net community network's provisioning
-- and inventory web (zones, nodes/locations, devices, radios, interfaces, links, IPv4 allocations, services, the
-- proxy/service user accounts of each node, maintainers and funders, DNS, device models and firmwares).
-- Source: github.com/guifi/drupal-guifi, guifi.install (hook_schema guifi_schema()), commit
-- 78654e97b2aa8dc5711aa6f9c9879fb4cca12349 (2019-12-12). Licence: GPL-2.0 (as stated in the module's sources).
-- Written as MySQL DDL the way Drupal 6's MySQL schema layer creates it (see guifi.md): all 25 tables of the module;
-- Drupal core's own tables (users, node, ...) that user_created/uid and node ids point at are not part of the module
-- and are not included.

CREATE TABLE `guifi_notify` (
  `id` smallint unsigned NOT NULL,
  `timestamp` int unsigned NOT NULL,
  `who_id` mediumint unsigned NOT NULL,
  `who_name` varchar(255) NOT NULL,
  `to_array` varchar(1024) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `body` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_location` (
  `id` mediumint NOT NULL AUTO_INCREMENT,
  `nick` varchar(40) NOT NULL DEFAULT '',
  `zone_id` mediumint,
  `zone_description` varchar(255),
  `location_type` varchar(10) NOT NULL DEFAULT 'node',
  `lat` decimal(10,6),
  `lon` decimal(10,6),
  `elevation` tinyint,
  `notification` varchar(1024) NOT NULL,
  `status_flag` varchar(40) NOT NULL DEFAULT 'Planned',
  `project_id` mediumint NOT NULL,
  `stable` varchar(25) NOT NULL DEFAULT 'Yes',
  `graph_server` mediumint NOT NULL DEFAULT 0,
  `user_created` mediumint NOT NULL DEFAULT 0,
  `user_changed` mediumint,
  `timestamp_created` int NOT NULL DEFAULT 0,
  `timestamp_changed` int,
  PRIMARY KEY (`id`),
  KEY `lat_index` (`lat`),
  KEY `lon_index` (`lon`),
  KEY `zcs_index` (`zone_id`, `timestamp_created`, `status_flag`),
  KEY `year_index` (`timestamp_created`),
  KEY `status_index` (`status_flag`),
  KEY `project_index` (`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_networks` (
  `id` smallint unsigned NOT NULL AUTO_INCREMENT,
  `base` varchar(255) NOT NULL DEFAULT '',
  `mask` varchar(255) NOT NULL DEFAULT '255.255.255.0',
  `zone` mediumint unsigned NOT NULL,
  `network_type` varchar(10) NOT NULL DEFAULT 'public',
  `user_created` mediumint NOT NULL DEFAULT 0,
  `user_changed` mediumint NOT NULL DEFAULT 0,
  `timestamp_created` int NOT NULL DEFAULT 0,
  `timestamp_changed` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `networks` (`base`(16), `mask`(16)),
  KEY `net_zone` (`zone`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_zone` (
  `id` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL DEFAULT '',
  `nick` varchar(10),
  `body` longtext NOT NULL,
  `master` mediumint unsigned NOT NULL,
  `graph_server` varchar(40),
  `proxy_id` mediumint NOT NULL DEFAULT 0,
  `voip_id` mediumint NOT NULL DEFAULT 0,
  `time_zone` varchar(15) NOT NULL,
  `dns_servers` varchar(255),
  `ntp_servers` varchar(255),
  `homepage` varchar(255),
  `notification` varchar(1024) NOT NULL,
  `ospf_zone` varchar(255),
  `minx` decimal(10,6),
  `miny` decimal(10,6),
  `maxx` decimal(10,6),
  `maxy` decimal(10,6),
  `local` varchar(5) NOT NULL DEFAULT 'Yes',
  `nodexchange_url` varchar(255),
  `refresh` int,
  `remote_server_id` mediumint,
  `host_nodes` smallint DEFAULT 0,
  `weight` tinyint NOT NULL DEFAULT 0,
  `user_created` mediumint NOT NULL DEFAULT 0,
  `user_changed` mediumint NOT NULL DEFAULT 0,
  `timestamp_created` int NOT NULL DEFAULT 0,
  `timestamp_changed` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `name` (`title`(10)),
  KEY `master_index` (`master`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_devices` (
  `id` mediumint NOT NULL AUTO_INCREMENT,
  `nid` mediumint NOT NULL,
  `nick` varchar(40) NOT NULL,
  `type` varchar(40) NOT NULL,
  `notification` varchar(1024) NOT NULL,
  `mac` varchar(20) NOT NULL DEFAULT '00:00:00:00:00:00',
  `mainipv4` varchar(20),
  `comment` longtext,
  `flag` varchar(40) NOT NULL DEFAULT 'Planned',
  `extra` longtext,
  `usc_id` int NOT NULL,
  `mid` int NOT NULL,
  `fid` int NOT NULL,
  `graph_server` mediumint NOT NULL DEFAULT 0,
  `logserver` varchar(60) NOT NULL,
  `last_online` int NOT NULL DEFAULT 0,
  `last_flag` varchar(40) NOT NULL DEFAULT 'N/A',
  `ly_availability` decimal(11,2) DEFAULT NULL,
  `last_stats` int NOT NULL DEFAULT 0,
  `latency_avg` smallint NOT NULL DEFAULT 0,
  `latency_max` smallint NOT NULL DEFAULT 0,
  `user_created` int NOT NULL DEFAULT 0,
  `user_changed` int NOT NULL DEFAULT 0,
  `timestamp_created` int NOT NULL DEFAULT 0,
  `timestamp_changed` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `nick` (`nick`),
  KEY `nid_index` (`nid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_links` (
  `id` mediumint NOT NULL,
  `nid` mediumint NOT NULL,
  `device_id` mediumint NOT NULL,
  `interface_id` mediumint NOT NULL,
  `ipv4_id` tinyint NOT NULL,
  `link_type` varchar(40) NOT NULL,
  `routing` varchar(40),
  `flag` varchar(40) NOT NULL DEFAULT 'Planned',
  `hybrid` tinyint NOT NULL DEFAULT 0,
  PRIMARY KEY (`device_id`, `id`),
  KEY `id` (`id`),
  KEY `device_index` (`device_id`),
  KEY `nid_index` (`nid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_interfaces` (
  `id` mediumint NOT NULL AUTO_INCREMENT,
  `device_id` mediumint NOT NULL,
  `radiodev_counter` tinyint,
  `etherdev_counter` tinyint,
  `interface_class` varchar(40),
  `interface_type` varchar(40) NOT NULL,
  `related_interfaces` varchar(120),
  `mac` varchar(20) NOT NULL DEFAULT '00:00:00:00:00:00',
  `connector_type` varchar(10),
  `vlan` varchar(10),
  `comments` varchar(64),
  `connto_did` mediumint,
  `connto_iid` mediumint,
  PRIMARY KEY (`device_id`, `id`),
  KEY `id` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_radios` (
  `id` int NOT NULL AUTO_INCREMENT,
  `radiodev_counter` tinyint NOT NULL DEFAULT 0,
  `etherdev_counter` tinyint,
  `nid` int NOT NULL,
  `model_id` int NOT NULL,
  `ssid` varchar(128) NOT NULL DEFAULT '',
  `mode` varchar(40) NOT NULL,
  `protocol` varchar(40) NOT NULL DEFAULT '802.11bg',
  `channel` int,
  `chbandwith` varchar(8) NOT NULL DEFAULT '20Mhz',
  `antenna_angle` int DEFAULT 0,
  `antenna_gain` int,
  `antenna_azimuth` int DEFAULT 360,
  `antenna_mode` varchar(5) NOT NULL,
  `mac` varchar(20),
  `ly_mb_in` decimal(10,0) DEFAULT NULL,
  `ly_mb_out` decimal(10,0) DEFAULT NULL,
  `clients_accepted` varchar(5) DEFAULT 'Yes',
  `fund_required` varchar(5),
  `fund_amount` decimal(10,2) NOT NULL DEFAULT 0,
  `fund_currency` varchar(10) NOT NULL DEFAULT 'Euros',
  PRIMARY KEY (`id`, `radiodev_counter`),
  KEY `nid` (`nid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_types` (
  `id` int NOT NULL AUTO_INCREMENT,
  `type` varchar(15) NOT NULL,
  `text` varchar(24) NOT NULL,
  `description` longtext NOT NULL,
  `relations` longtext,
  PRIMARY KEY (`id`, `type`),
  KEY `text` (`text`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_services` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nick` varchar(40) NOT NULL DEFAULT '',
  `service_type` varchar(40) NOT NULL DEFAULT '',
  `zone_id` int,
  `device_id` int,
  `notification` varchar(1024),
  `status_flag` varchar(40) NOT NULL DEFAULT 'Planned',
  `extra` longtext,
  `user_created` int NOT NULL DEFAULT 0,
  `user_changed` int DEFAULT 0,
  `timestamp_created` int NOT NULL DEFAULT 0,
  `timestamp_changed` int,
  PRIMARY KEY (`id`),
  KEY `zone_index` (`zone_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `nid` int unsigned NOT NULL DEFAULT 0,
  `services` longtext NOT NULL,
  `firstname` varchar(60) NOT NULL DEFAULT '',
  `lastname` varchar(60) NOT NULL DEFAULT '',
  `username` varchar(40) NOT NULL DEFAULT '',
  `password` varchar(128) NOT NULL DEFAULT '',
  `notification` varchar(1024),
  `extra` longtext,
  `user_created` int NOT NULL DEFAULT 0,
  `user_changed` int NOT NULL DEFAULT 0,
  `timestamp_created` int NOT NULL DEFAULT 0,
  `timestamp_changed` int NOT NULL DEFAULT 0,
  `status` varchar(25) NOT NULL DEFAULT 'new',
  `content_filters` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_ipv4` (
  `id` int NOT NULL,
  `interface_id` int NOT NULL DEFAULT 0,
  `ipv4` varchar(16),
  `netmask` varchar(16) NOT NULL DEFAULT '255.255.255.0',
  `ipv4_type` int NOT NULL DEFAULT 0,
  `zone_id` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`interface_id`, `id`),
  UNIQUE KEY `ipv4` (`ipv4`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_manufacturer` (
  `fid` int NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL DEFAULT '',
  `url` varchar(40),
  `notification` varchar(1024) NOT NULL,
  `user_created` mediumint NOT NULL DEFAULT 0,
  `user_changed` mediumint NOT NULL DEFAULT 0,
  `timestamp_created` int NOT NULL DEFAULT 0,
  `timestamp_changed` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`fid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_model_specs` (
  `mid` int NOT NULL AUTO_INCREMENT,
  `fid` int NOT NULL DEFAULT 0,
  `model` varchar(40) NOT NULL DEFAULT '',
  `model_class` varchar(240) NOT NULL DEFAULT 'wireless|router',
  `type` varchar(10),
  `radiodev_max` tinyint NOT NULL DEFAULT 1,
  `etherdev_max` tinyint NOT NULL DEFAULT 1,
  `optoports_max` tinyint NOT NULL DEFAULT 0,
  `rackeable` tinyint NOT NULL DEFAULT 0,
  `AP` varchar(5),
  `virtualAP` varchar(5) NOT NULL DEFAULT 'No',
  `client` varchar(5),
  `interfaces` varchar(240),
  `winterfaces` varchar(240),
  `opto_interfaces` varchar(240),
  `url` varchar(240),
  `comments` varchar(240),
  `supported` varchar(25) NOT NULL DEFAULT 'Yes',
  `notification` varchar(1024) NOT NULL,
  `user_created` mediumint NOT NULL,
  `user_changed` mediumint NOT NULL,
  `timestamp_created` int NOT NULL,
  `timestamp_changed` int NOT NULL,
  PRIMARY KEY (`mid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_dns_domains` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sid` int NOT NULL,
  `name` varchar(40) NOT NULL,
  `type` varchar(16) NOT NULL,
  `public` varchar(5) NOT NULL DEFAULT 'yes',
  `ipv4` varchar(16) NOT NULL,
  `defipv4` varchar(16) NOT NULL,
  `defipv6` varchar(128) NOT NULL,
  `mname` varchar(32) NOT NULL,
  `scope` varchar(16) NOT NULL,
  `management` varchar(16) NOT NULL,
  `allow` varchar(24) NOT NULL,
  `externalmx` varchar(128) NOT NULL,
  `externalns` varchar(128) NOT NULL,
  `notification` varchar(1024) NOT NULL,
  `comment` longtext,
  `user_created` int NOT NULL,
  `user_changed` int NOT NULL,
  `timestamp_created` int NOT NULL,
  `timestamp_changed` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_dns_hosts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `counter` int NOT NULL,
  `host` varchar(128) NOT NULL,
  `ipv4` varchar(16) NOT NULL,
  `ipv6` varchar(128) NOT NULL,
  `aliases` varchar(1024) NOT NULL,
  `options` varchar(1024) NOT NULL,
  `user_created` int NOT NULL,
  `user_changed` int NOT NULL,
  `timestamp_created` int NOT NULL,
  `timestamp_changed` int NOT NULL,
  PRIMARY KEY (`id`, `counter`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_api_tokens` (
  `uid` int unsigned NOT NULL,
  `token` varchar(255) NOT NULL,
  `created` int NOT NULL DEFAULT 0,
  `rand_key` int NOT NULL,
  PRIMARY KEY (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_firmware` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nom` varchar(45) NOT NULL,
  `descripcio` varchar(45) NOT NULL,
  `relations` varchar(45),
  `managed` varchar(100),
  `enabled` tinyint DEFAULT 0,
  `notification` varchar(1024) NOT NULL,
  `user_created` mediumint NOT NULL,
  `user_changed` mediumint NOT NULL,
  `timestamp_created` int NOT NULL,
  `timestamp_changed` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_maintainers` (
  `id` int NOT NULL DEFAULT 0,
  `supplier_id` int unsigned NOT NULL DEFAULT 0,
  `subject_id` int unsigned NOT NULL DEFAULT 0,
  `subject_type` varchar(15) NOT NULL DEFAULT '',
  `commitment` varchar(15) NOT NULL DEFAULT '',
  `sla` varchar(15) NOT NULL DEFAULT '',
  `sla_resp` smallint,
  `sla_fix` smallint,
  `weight` smallint,
  `comment` text,
  `user_created` mediumint NOT NULL DEFAULT 0,
  `user_changed` mediumint,
  `timestamp_created` int NOT NULL DEFAULT 0,
  `timestamp_changed` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_funders` (
  `id` int NOT NULL DEFAULT 0,
  `supplier_id` int unsigned DEFAULT 0,
  `user_id` mediumint unsigned DEFAULT 0,
  `comment` text NOT NULL,
  `subject_id` int unsigned NOT NULL DEFAULT 0,
  `subject_type` varchar(15) NOT NULL DEFAULT '',
  `weight` smallint,
  `user_created` mediumint NOT NULL DEFAULT 0,
  `user_changed` mediumint,
  `timestamp_created` int NOT NULL DEFAULT 0,
  `timestamp_changed` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_caracteristica` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nom` varchar(45) NOT NULL,
  `tipus` varchar(11) NOT NULL,
  `notification` varchar(1024) NOT NULL,
  `user_created` mediumint NOT NULL,
  `user_changed` mediumint NOT NULL,
  `timestamp_created` int NOT NULL,
  `timestamp_changed` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_configuracioUnSolclic` (
  `id` int NOT NULL AUTO_INCREMENT,
  `mid` int NOT NULL,
  `fid` int NOT NULL,
  `enabled` tinyint unsigned DEFAULT 0,
  `snmp_id` varchar(32) NOT NULL DEFAULT 0,
  `plantilla` text,
  `tipologia` tinyint unsigned NOT NULL DEFAULT 0,
  `notification` varchar(1024) NOT NULL,
  `user_created` mediumint NOT NULL DEFAULT 0,
  `user_changed` mediumint NOT NULL DEFAULT 0,
  `timestamp_created` int NOT NULL DEFAULT 0,
  `timestamp_changed` int NOT NULL DEFAULT 0,
  `template_file` varchar(45),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_parametresConfiguracioUnsolclic` (
  `id` int NOT NULL AUTO_INCREMENT,
  `pid` int NOT NULL,
  `uscid` int NOT NULL,
  `valor` varchar(255) NOT NULL,
  `dinamic` tinyint unsigned NOT NULL DEFAULT 0,
  `notification` varchar(1024) NOT NULL,
  `user_created` mediumint NOT NULL,
  `user_changed` mediumint,
  `timestamp_created` int,
  `timestamp_changed` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_parametres` (
  `id` int NOT NULL AUTO_INCREMENT,
  `nom` varchar(45),
  `default_value` varchar(45),
  `origen` varchar(80),
  `dinamic` tinyint DEFAULT 0,
  `notification` varchar(1024) NOT NULL,
  `user_created` mediumint NOT NULL,
  `user_changed` mediumint NOT NULL,
  `timestamp_created` int NOT NULL,
  `timestamp_changed` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `guifi_parametresFirmware` (
  `id` int NOT NULL AUTO_INCREMENT,
  `fid` int,
  `pid` int,
  `notification` varchar(1024) NOT NULL,
  `user_created` mediumint NOT NULL,
  `user_changed` mediumint NOT NULL,
  `timestamp_created` int NOT NULL,
  `timestamp_changed` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- Netdisco (App::Netdisco), github.com/netdisco/netdisco, commit 9e66f4a3bd79698f0fc538d48fbefccd1c7181e0, BSD-3-Clause (LICENSE.md)
-- Converted from the DBIx::Class result classes lib/App/Netdisco/DB/Result/*.pm (PostgreSQL types written as MySQL:
-- inet varchar(45), cidr varchar(49), macaddr varchar(17), timestamp datetime, jsonb json, text[] text);
-- column names, order and primary keys as upstream; upstream declares no foreign keys in the classes;
-- a serial column without a primary key gets a plain KEY (MySQL requires one for AUTO_INCREMENT).
-- Left out: access_control_list_map, access_control_list_name, enterprise, manufacturer, snmp_filter.

-- AccessControlList.pm
CREATE TABLE `access_control_list` (
  `id` int NOT NULL AUTO_INCREMENT,
  `rules` text NOT NULL,
  PRIMARY KEY (`id`)
);

-- Admin.pm
CREATE TABLE `admin` (
  `job` int NOT NULL AUTO_INCREMENT,
  `entered` datetime DEFAULT CURRENT_TIMESTAMP,
  `started` datetime,
  `finished` datetime,
  `device` varchar(45),
  `port` text,
  `action` text,
  `subaction` text,
  `status` text,
  `username` text,
  `userip` varchar(45),
  `log` text,
  `debug` boolean,
  `device_key` text,
  `backend` text,
  PRIMARY KEY (`job`)
);

-- Community.pm
CREATE TABLE `community` (
  `ip` varchar(45) NOT NULL,
  `snmp_comm_rw` text,
  `snmp_auth_tag_read` text,
  `snmp_auth_tag_write` text,
  PRIMARY KEY (`ip`)
);

-- Device.pm
CREATE TABLE `device` (
  `ip` varchar(45) NOT NULL,
  `creation` datetime DEFAULT CURRENT_TIMESTAMP,
  `dns` text,
  `description` text,
  `uptime` bigint,
  `contact` text,
  `name` text,
  `location` text,
  `layers` varchar(8),
  `num_ports` int,
  `mac` varchar(17),
  `serial` text,
  `chassis_id` text,
  `model` text,
  `ps1_type` text,
  `ps2_type` text,
  `ps1_status` text,
  `ps2_status` text,
  `fan` text,
  `slots` int,
  `vendor` text,
  `os` text,
  `os_ver` text,
  `log` text,
  `snmp_ver` int,
  `snmp_comm` text,
  `snmp_class` text,
  `snmp_engineid` text,
  `vtp_domain` text,
  `vtp_mode` text,
  `last_discover` datetime,
  `last_macsuck` datetime,
  `last_arpnip` datetime,
  `is_pseudo` boolean NOT NULL DEFAULT 0,
  `pae_is_enabled` boolean,
  `custom_fields` json NOT NULL,
  `tags` text NOT NULL,
  PRIMARY KEY (`ip`)
);

-- DeviceBrowser.pm
CREATE TABLE `device_browser` (
  `ip` varchar(45) NOT NULL,
  `oid` text NOT NULL,
  `oid_parts` text NOT NULL,
  `value` json,
  PRIMARY KEY (`ip`, `oid`(191))
);

-- DeviceIp.pm
CREATE TABLE `device_ip` (
  `ip` varchar(45) NOT NULL,
  `alias` varchar(45) NOT NULL,
  `subnet` varchar(49),
  `port` text,
  `dns` text,
  `creation` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ip`, `alias`)
);

-- DeviceModule.pm
CREATE TABLE `device_module` (
  `ip` varchar(45) NOT NULL,
  `index` int NOT NULL,
  `description` text,
  `type` text,
  `parent` int,
  `name` text,
  `class` text,
  `pos` int,
  `hw_ver` text,
  `fw_ver` text,
  `sw_ver` text,
  `serial` text,
  `model` text,
  `fru` boolean,
  `creation` datetime DEFAULT CURRENT_TIMESTAMP,
  `last_discover` datetime,
  PRIMARY KEY (`ip`, `index`)
);

-- DevicePort.pm
CREATE TABLE `device_port` (
  `ip` varchar(45) NOT NULL,
  `port` text NOT NULL,
  `creation` datetime DEFAULT CURRENT_TIMESTAMP,
  `descr` text,
  `up` text,
  `up_admin` text,
  `type` text,
  `duplex` text,
  `duplex_admin` text,
  `speed` text,
  `speed_admin` text,
  `name` text,
  `mac` varchar(17),
  `mtu` int,
  `stp` text,
  `remote_ip` varchar(45),
  `remote_port` text,
  `remote_type` text,
  `remote_id` text,
  `has_subinterfaces` boolean NOT NULL DEFAULT 0,
  `is_master` boolean NOT NULL DEFAULT 0,
  `slave_of` text,
  `manual_topo` boolean NOT NULL DEFAULT 0,
  `is_uplink` boolean,
  `vlan` text,
  `pvid` int,
  `lastchange` bigint,
  `custom_fields` json NOT NULL,
  `tags` text NOT NULL,
  PRIMARY KEY (`port`(191), `ip`)
);

-- DevicePortLog.pm
CREATE TABLE `device_port_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ip` varchar(45),
  `port` text,
  `reason` text,
  `log` text,
  `username` text,
  `userip` varchar(45),
  `action` text,
  `creation` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
);

-- DevicePortPower.pm
CREATE TABLE `device_port_power` (
  `ip` varchar(45) NOT NULL,
  `port` text NOT NULL,
  `module` int,
  `admin` text,
  `status` text,
  `class` text,
  `power` int,
  PRIMARY KEY (`port`(191), `ip`)
);

-- DevicePortProperties.pm
CREATE TABLE `device_port_properties` (
  `ip` varchar(45) NOT NULL,
  `port` text NOT NULL,
  `error_disable_cause` text,
  `remote_is_discoverable` boolean DEFAULT 1,
  `remote_is_wap` boolean DEFAULT 0,
  `remote_is_phone` boolean DEFAULT 0,
  `remote_vendor` text,
  `remote_model` text,
  `remote_os_ver` text,
  `remote_serial` text,
  `remote_dns` text,
  `raw_speed` bigint DEFAULT 0,
  `faststart` boolean DEFAULT 0,
  `ifindex` bigint,
  `pae_authconfig_state` text,
  `pae_authconfig_port_control` text,
  `pae_authconfig_port_status` text,
  `pae_authsess_user` text,
  `pae_authsess_mab` text,
  `pae_last_eapol_frame_source` text,
  `pae_is_authenticator` boolean DEFAULT 0,
  `pae_is_supplicant` boolean DEFAULT 0,
  PRIMARY KEY (`port`(191), `ip`)
);

-- DevicePortSsid.pm
CREATE TABLE `device_port_ssid` (
  `ip` varchar(45) NOT NULL,
  `port` text NOT NULL,
  `ssid` text,
  `broadcast` boolean,
  `bssid` varchar(17) NOT NULL,
  PRIMARY KEY (`ip`, `bssid`, `port`(191))
);

-- DevicePortVlan.pm
CREATE TABLE `device_port_vlan` (
  `ip` varchar(45) NOT NULL,
  `port` text NOT NULL,
  `vlan` int NOT NULL,
  `native` boolean NOT NULL DEFAULT 0,
  `egress_tag` boolean NOT NULL DEFAULT 1,
  `creation` datetime DEFAULT CURRENT_TIMESTAMP,
  `last_discover` datetime DEFAULT CURRENT_TIMESTAMP,
  `vlantype` text,
  PRIMARY KEY (`ip`, `port`(191), `vlan`, `native`)
);

-- DevicePortWireless.pm
CREATE TABLE `device_port_wireless` (
  `ip` varchar(45) NOT NULL,
  `port` text NOT NULL,
  `channel` int,
  `power` int,
  PRIMARY KEY (`port`(191), `ip`)
);

-- DevicePower.pm
CREATE TABLE `device_power` (
  `ip` varchar(45) NOT NULL,
  `module` int NOT NULL,
  `power` int,
  `status` text,
  PRIMARY KEY (`ip`, `module`)
);

-- DeviceSkip.pm
CREATE TABLE `device_skip` (
  `backend` text NOT NULL,
  `device` varchar(45) NOT NULL,
  `actionset` text,
  `deferrals` int DEFAULT 0,
  `last_defer` datetime,
  PRIMARY KEY (`backend`(191), `device`)
);

-- DeviceVlan.pm
CREATE TABLE `device_vlan` (
  `ip` varchar(45) NOT NULL,
  `vlan` int NOT NULL,
  `description` text,
  `creation` datetime DEFAULT CURRENT_TIMESTAMP,
  `last_discover` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`ip`, `vlan`)
);

-- Log.pm
CREATE TABLE `log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `creation` datetime DEFAULT CURRENT_TIMESTAMP,
  `class` text,
  `entry` text,
  `logfile` text,
  KEY (`id`)
);

-- NetmapPositions.pm
CREATE TABLE `netmap_positions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `device` varchar(45),
  `host_groups` text NOT NULL,
  `locations` text NOT NULL,
  `vlan` int NOT NULL,
  `depth` int NOT NULL,
  `positions` text NOT NULL,
  PRIMARY KEY (`id`)
);

-- Node.pm
CREATE TABLE `node` (
  `mac` varchar(17) NOT NULL,
  `switch` varchar(45) NOT NULL,
  `port` text NOT NULL,
  `active` boolean,
  `oui` varchar(9),
  `time_first` datetime DEFAULT CURRENT_TIMESTAMP,
  `time_recent` datetime DEFAULT CURRENT_TIMESTAMP,
  `time_last` datetime DEFAULT CURRENT_TIMESTAMP,
  `vlan` text NOT NULL DEFAULT 0,
  PRIMARY KEY (`mac`, `switch`, `port`(191), `vlan`(191))
);

-- NodeIp.pm
CREATE TABLE `node_ip` (
  `mac` varchar(17) NOT NULL,
  `ip` varchar(45) NOT NULL,
  `dns` text,
  `active` boolean,
  `time_first` datetime DEFAULT CURRENT_TIMESTAMP,
  `time_last` datetime DEFAULT CURRENT_TIMESTAMP,
  `seen_on_router_first` json NOT NULL,
  `seen_on_router_last` json NOT NULL,
  `vrf` text NOT NULL,
  PRIMARY KEY (`mac`, `ip`, `vrf`(191))
);

-- NodeMonitor.pm
CREATE TABLE `node_monitor` (
  `mac` varchar(17) NOT NULL,
  `matchoui` boolean,
  `active` boolean,
  `why` text,
  `cc` text,
  `date` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`mac`)
);

-- NodeNbt.pm
CREATE TABLE `node_nbt` (
  `mac` varchar(17) NOT NULL,
  `ip` varchar(45),
  `nbname` text,
  `domain` text,
  `server` boolean,
  `nbuser` text,
  `active` boolean,
  `time_first` datetime DEFAULT CURRENT_TIMESTAMP,
  `time_last` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`mac`)
);

-- NodeWireless.pm
CREATE TABLE `node_wireless` (
  `mac` varchar(17) NOT NULL,
  `uptime` int,
  `maxrate` int,
  `txrate` int,
  `sigstrength` int,
  `sigqual` int,
  `rxpkt` bigint,
  `txpkt` bigint,
  `rxbyte` bigint,
  `txbyte` bigint,
  `time_last` datetime DEFAULT CURRENT_TIMESTAMP,
  `ssid` text NOT NULL,
  PRIMARY KEY (`mac`, `ssid`(191))
);

-- Oui.pm
CREATE TABLE `oui` (
  `oui` varchar(8) NOT NULL,
  `company` text,
  `abbrev` text,
  PRIMARY KEY (`oui`)
);

-- Process.pm
CREATE TABLE `process` (
  `controller` int NOT NULL,
  `device` varchar(45) NOT NULL,
  `action` text NOT NULL,
  `status` text,
  `count` int,
  `creation` datetime DEFAULT CURRENT_TIMESTAMP
);

-- Product.pm
CREATE TABLE `product` (
  `oid` text NOT NULL,
  `mib` text NOT NULL,
  `leaf` text NOT NULL,
  `descr` text,
  PRIMARY KEY (`oid`(191))
);

-- SNMPObject.pm
CREATE TABLE `snmp_object` (
  `oid` text NOT NULL,
  `oid_parts` text NOT NULL,
  `mib` text NOT NULL,
  `leaf` text NOT NULL,
  `type` text,
  `access` text,
  `index` text,
  `num_children` int NOT NULL,
  `status` text,
  `enum` text,
  `descr` text,
  PRIMARY KEY (`oid`(191))
);

-- Session.pm
CREATE TABLE `sessions` (
  `id` char(32) NOT NULL,
  `creation` datetime DEFAULT CURRENT_TIMESTAMP,
  `a_session` text,
  PRIMARY KEY (`id`)
);

-- Statistics.pm
CREATE TABLE `statistics` (
  `day` date NOT NULL,
  `device_count` int NOT NULL,
  `device_ip_count` int NOT NULL,
  `device_link_count` int NOT NULL,
  `device_port_count` int NOT NULL,
  `device_port_up_count` int NOT NULL,
  `ip_table_count` int NOT NULL,
  `ip_active_count` int NOT NULL,
  `node_table_count` int NOT NULL,
  `node_active_count` int NOT NULL,
  `phone_count` int NOT NULL,
  `wap_count` int NOT NULL,
  `netdisco_ver` text,
  `snmpinfo_ver` text,
  `schema_ver` text,
  `perl_ver` text,
  `python_ver` text,
  `pg_ver` text,
  PRIMARY KEY (`day`)
);

-- Subnet.pm
CREATE TABLE `subnets` (
  `net` varchar(49) NOT NULL,
  `creation` datetime DEFAULT CURRENT_TIMESTAMP,
  `last_discover` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`net`)
);

-- Topology.pm
CREATE TABLE `topology` (
  `dev1` varchar(45) NOT NULL,
  `port1` text NOT NULL,
  `dev2` varchar(45) NOT NULL,
  `port2` text NOT NULL
);

-- User.pm
CREATE TABLE `users` (
  `username` varchar(50) NOT NULL,
  `password` text,
  `token` text,
  `token_from` int,
  `creation` datetime DEFAULT CURRENT_TIMESTAMP,
  `last_on` datetime,
  `port_control` boolean DEFAULT 0,
  `portctl_role` text,
  `ldap` boolean DEFAULT 0,
  `radius` boolean DEFAULT 0,
  `tacacs` boolean DEFAULT 0,
  `admin` boolean DEFAULT 0,
  `fullname` text,
  `note` text,
  `token_no_expire` boolean DEFAULT 0,
  `token_allowed_ips` text,
  `token_auth_only` boolean DEFAULT 0,
  PRIMARY KEY (`username`)
);

-- UserLog.pm
CREATE TABLE `user_log` (
  `entry` int NOT NULL AUTO_INCREMENT,
  `username` varchar(50),
  `userip` varchar(45),
  `event` text,
  `details` text,
  `creation` datetime DEFAULT CURRENT_TIMESTAMP,
  KEY (`entry`)
);

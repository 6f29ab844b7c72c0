-- PacketFence 14.0 (Inverse / Akamai), github.com/inverse-inc/packetfence, commit 40ec83b1bd260d1325c34fe4262431e00ee284ea (devel), GPL-2.0 (COPYING)
-- db/pf-schema-14.0.sql: CREATE TABLE statements as upstream has them (BIGINT SIGNED written BIGINT); triggers, stored procedures and seed rows left out;
-- tables ip4log_archive, ip6log_history, ip6log_archive, pki_revoked_certs and keyed left out (twins of tables kept).

CREATE TABLE class (
  `security_event_id` int(11) NOT NULL,
  `description` varchar(255) NOT NULL default "none",
  `auto_enable` char(1) NOT NULL default "Y",
  `max_enables` int(11) NOT NULL default 0,
  `grace_period` int(11) NOT NULL,
  `window` varchar(255) NOT NULL default 0,
  `vclose` int(11),
  `priority` int(11) NOT NULL,
  `template` varchar(255),
  `max_enable_url` varchar(255),
  `redirect_url` varchar(255),
  `button_text` varchar(255),
  `enabled` char(1) NOT NULL default "N",
  `vlan` varchar(255),
  `target_category` varchar(255),
  `delay_by` int(11) NOT NULL default 0,
  `external_command` varchar(255) DEFAULT NULL,
  PRIMARY KEY (security_event_id),
  KEY password_target_category (target_category)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE person (
  `pid` varchar(255) NOT NULL,
  `firstname` varchar(255) default NULL,
  `lastname` varchar(255) default NULL,
  `email` varchar(255) default NULL,
  `telephone` varchar(255) default NULL,
  `company` varchar(255) default NULL,
  `address` varchar(255) default NULL,
  `notes` varchar(255),
  `sponsor` varchar(255) default NULL,
  `anniversary` varchar(255) default NULL,
  `birthday` varchar(255) default NULL,
  `gender` char(1) default NULL,
  `lang` varchar(255) default NULL,
  `nickname` varchar(255) default NULL,
  `cell_phone` varchar(255) default NULL,
  `work_phone` varchar(255) default NULL,
  `title` varchar(255) default NULL,
  `building_number` varchar(255) default NULL,
  `apartment_number` varchar(255) default NULL,
  `room_number` varchar(255) default NULL,
  `custom_field_1` varchar(255) default NULL,
  `custom_field_2` varchar(255) default NULL,
  `custom_field_3` varchar(255) default NULL,
  `custom_field_4` varchar(255) default NULL,
  `custom_field_5` varchar(255) default NULL,
  `custom_field_6` varchar(255) default NULL,
  `custom_field_7` varchar(255) default NULL,
  `custom_field_8` varchar(255) default NULL,
  `custom_field_9` varchar(255) default NULL,
  `portal` varchar(255) default NULL,
  `source` varchar(255) default NULL,
  `psk` varchar(255) NULL DEFAULT NULL,
  `potd` enum('no','yes') NOT NULL DEFAULT 'no',
  `otp` MEDIUMTEXT NULL DEFAULT NULL,
  `sponsored_date` DATETIME DEFAULT NULL,
  PRIMARY KEY (`pid`)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE `node_category` (
  `category_id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `max_nodes_per_pid` int default 0,
  `notes` varchar(255) default NULL,
  `include_parent_acls` varchar(255) default NULL,
  `fingerbank_dynamic_access_list` varchar(255) default NULL,
  `acls` MEDIUMTEXT NOT NULL default '',
  `inherit_vlan` varchar(50) default NULL,
  `inherit_role` varchar(50) default NULL,
  `inherit_web_auth_url` varchar(50) default NULL,
  PRIMARY KEY (`category_id`),
  UNIQUE KEY node_category_name (`name`)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE node (
  `mac` varchar(17) NOT NULL,
  `pid` varchar(255) NOT NULL default "default",
  `category_id` bigint default NULL,
  `detect_date` datetime NOT NULL default "0000-00-00 00:00:00",
  `regdate` datetime NOT NULL default "0000-00-00 00:00:00",
  `unregdate` datetime NOT NULL default "0000-00-00 00:00:00",
  `time_balance` int(10) unsigned DEFAULT NULL,
  `bandwidth_balance` bigint(20) unsigned DEFAULT NULL,
  `status` varchar(15) NOT NULL default "unreg",
  `user_agent` varchar(255) default NULL,
  `computername` varchar(255) default NULL,
  `notes` varchar(255) default NULL,
  `last_arp` datetime NOT NULL default "0000-00-00 00:00:00",
  `last_dhcp` datetime NOT NULL default "0000-00-00 00:00:00",
  `dhcp_fingerprint` varchar(255) default NULL,
  `dhcp6_fingerprint` varchar(255) default NULL,
  `dhcp_vendor` varchar(255) default NULL,
  `dhcp6_enterprise` varchar(255) default NULL,
  `device_type` varchar(255) default NULL,
  `device_class` varchar(255) default NULL,
  `device_version` varchar(255) DEFAULT NULL,
  `device_score` int DEFAULT NULL,
  `device_manufacturer` varchar(255) DEFAULT NULL,
  `bypass_vlan` varchar(50) default NULL,
  `voip` enum('no','yes') NOT NULL DEFAULT 'no',
  `autoreg` enum('no','yes') NOT NULL DEFAULT 'no',
  `sessionid` varchar(30) default NULL,
  `machine_account` varchar(255) default NULL,
  `bypass_role_id` int default NULL,
  `last_seen` DATETIME NOT NULL DEFAULT "0000-00-00 00:00:00",
  `bypass_acls` MEDIUMTEXT DEFAULT NULL,
  PRIMARY KEY (mac),
  KEY pid (pid),
  KEY category_id (category_id),
  KEY `node_status` (`status`, `unregdate`),
  KEY `node_dhcpfingerprint` (`dhcp_fingerprint`),
  KEY `node_last_seen` (`last_seen`),
  KEY `node_bypass_role_id` (`bypass_role_id`),
  CONSTRAINT `0_57` FOREIGN KEY (`pid`) REFERENCES `person` ( `pid`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `node_category_key` FOREIGN KEY (`category_id`) REFERENCES `node_category` (`category_id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE node_current_session (
  `mac` varchar(17) NOT NULL,
  `updated` DATETIME DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `last_session_id` BIGINT UNSIGNED NOT NULL DEFAULT 0,
  `is_online` BOOLEAN DEFAULT 1,
  PRIMARY KEY (mac)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE node_meta (
    `name` varchar(255) NOT NULL,
    `mac` varchar(17) NOT NULL,
    `value` MEDIUMBLOB NULL,
    PRIMARY KEY(name, mac)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci' ROW_FORMAT=COMPRESSED;

CREATE TABLE action (
  `security_event_id` int(11) NOT NULL,
  `action` varchar(255) NOT NULL,
  PRIMARY KEY (security_event_id,action),
  CONSTRAINT `FOREIGN` FOREIGN KEY (`security_event_id`) REFERENCES `class` (`security_event_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE security_event (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `mac` varchar(17) NOT NULL,
  `security_event_id` int(11) NOT NULL,
  `start_date` datetime NOT NULL,
  `release_date` datetime default "0000-00-00 00:00:00",
  `status` varchar(10) default "open",
  `ticket_ref` varchar(255) default NULL,
  `notes` MEDIUMTEXT,
  KEY security_event_id (security_event_id),
  KEY status (status),
  KEY uniq_mac_status_id (mac,status,security_event_id),
  KEY security_event_release_date (release_date),
  CONSTRAINT `mac_fkey_node` FOREIGN KEY (`mac`) REFERENCES `node` (`mac`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `security_event_id_fkey_class` FOREIGN KEY (`security_event_id`) REFERENCES `class` (`security_event_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE ip4log (
  `mac` varchar(17) NOT NULL,
  `ip` varchar(45) NOT NULL,
  `start_time` datetime NOT NULL,
  `end_time` datetime default "0000-00-00 00:00:00",
  PRIMARY KEY (`ip`),
  KEY ip4log_mac_end_time (mac,end_time),
  KEY ip4log_mac_start_time (mac, start_time),
  KEY ip4log_end_time (end_time)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE ip4log_history (
  `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `mac` varchar(17) NOT NULL,
  `ip` varchar(45) NOT NULL,
  `start_time` datetime NOT NULL,
  `end_time` datetime NOT NULL,
  KEY ip4log_history_mac_end_time (mac,end_time),
  KEY end_time (end_time),
  KEY start_time (start_time)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE ip6log (
  `mac` varchar(17) NOT NULL,
  `ip` varchar(45) NOT NULL,
  `type` varchar(32) DEFAULT NULL,
  `start_time` datetime NOT NULL,
  `end_time` datetime default "0000-00-00 00:00:00",
  PRIMARY KEY (ip),
  KEY ip6log_mac_end_time (mac,end_time),
  KEY ip6log_end_time (end_time)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE `locationlog` (
  `mac` varchar(17) NOT NULL,
  `switch` varchar(17) NOT NULL default '',
  `port` varchar(20) NOT NULL default '',
  `vlan` varchar(50) default NULL,
  `role` varchar(255) default NULL,
  `connection_type` varchar(50) NOT NULL default '',
  `connection_sub_type` varchar(50) default NULL,
  `dot1x_username` varchar(255) NOT NULL default '',
  `ssid` varchar(32) NOT NULL default '',
  `start_time` datetime NOT NULL default '0000-00-00 00:00:00',
  `end_time` datetime NOT NULL default '0000-00-00 00:00:00',
  `switch_ip` varchar(17) DEFAULT NULL,
  `switch_ip_int` int(10) unsigned AS (INET_ATON(`switch_ip`)) STORED,
  `switch_mac` varchar(17) DEFAULT NULL,
  `stripped_user_name` varchar (255) DEFAULT NULL,
  `realm`  varchar (255) DEFAULT NULL,
  `session_id` VARCHAR(255) DEFAULT NULL,
  `ifDesc` VARCHAR(255) DEFAULT NULL,
  `voip` enum('no','yes') NOT NULL DEFAULT 'no',
  PRIMARY KEY (`mac`),
  KEY `locationlog_end_time` ( `end_time`),
  KEY `locationlog_view_switchport` (`switch`,`port`,`vlan`),
  KEY `locationlog_ssid` (`ssid`),
  KEY `locationlog_session_id_end_time` (`session_id`, `end_time`),
  KEY `locationlog_switch_ip_int` (`switch_ip_int`)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE `locationlog_history` (
  `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `mac` varchar(17) default NULL,
  `switch` varchar(17) NOT NULL default '',
  `port` varchar(20) NOT NULL default '',
  `vlan` varchar(50) default NULL,
  `role` varchar(255) default NULL,
  `connection_type` varchar(50) NOT NULL default '',
  `connection_sub_type` varchar(50) default NULL,
  `dot1x_username` varchar(255) NOT NULL default '',
  `ssid` varchar(32) NOT NULL default '',
  `start_time` datetime NOT NULL default '0000-00-00 00:00:00',
  `end_time` datetime NOT NULL default '0000-00-00 00:00:00',
  `switch_ip` varchar(17) DEFAULT NULL,
  `switch_ip_int` int(10) unsigned AS (INET_ATON(`switch_ip`)) STORED,
  `switch_mac` varchar(17) DEFAULT NULL,
  `stripped_user_name` varchar (255) DEFAULT NULL,
  `realm`  varchar (255) DEFAULT NULL,
  `session_id` VARCHAR(255) DEFAULT NULL,
  `ifDesc` VARCHAR(255) DEFAULT NULL,
  `voip` enum('no','yes') NOT NULL DEFAULT 'no',
  KEY `locationlog_view_mac` (`mac`, `end_time`),
  KEY `locationlog_end_time` ( `end_time`),
  KEY `locationlog_view_switchport` (`switch`,`port`,`end_time`,`vlan`),
  KEY `locationlog_ssid` (`ssid`),
  KEY `locationlog_session_id_end_time` (`session_id`, `end_time`),
  KEY `locationlog_switch_ip_int` (`switch_ip_int`)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE `password` (
  `pid` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  `valid_from` datetime NOT NULL DEFAULT "0000-00-00 00:00:00",
  `expiration` datetime NOT NULL,
  `access_duration` varchar(255) default NULL,
  `access_level` varchar(255) DEFAULT 'NONE',
  `category` int DEFAULT NULL,
  `sponsor` tinyint(1) NOT NULL default 0,
  `unregdate` datetime NOT NULL default "0000-00-00 00:00:00",
  `login_remaining` int DEFAULT NULL,
  PRIMARY KEY (pid),
  KEY password_category (category),
  UNIQUE KEY pid_password_unique (pid)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE sms_carrier (
    `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT comment 'primary key for SMS carrier',
    `name` varchar(64) unique key comment 'name of the carrier',
    `email_pattern` varchar(255) not null comment 'sprintf pattern for making an email address from a phone number',
    `created` datetime not null comment 'date this record was created',
    `modified` timestamp comment 'date this record was modified'
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci' AUTO_INCREMENT = 100056;

CREATE TABLE radius_nas (
  `id` int(10) NOT NULL auto_increment,
  `nasname` varchar(128) NOT NULL,
  `shortname` varchar(32),
  `type` varchar(30) default 'other',
  `ports` int(5),
  `secret` varchar(60) default 'secret' NOT NULL,
  `server` varchar(64),
  `community` varchar(50),
  `description` varchar(200) default 'RADIUS Client',
  `config_timestamp` BIGINT,
  `start_ip` INT UNSIGNED DEFAULT 0,
  `end_ip` INT UNSIGNED DEFAULT 0,
  `range_length` INT DEFAULT 0,
  `unique_session_attributes` varchar(255),
  PRIMARY KEY nasname (nasname),
  KEY id (id),
  INDEX radius_nas_start_ip_end_ip (start_ip, end_ip)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE radacct (
  `radacctid` bigint(21) NOT NULL AUTO_INCREMENT,
  `acctsessionid` varchar(64) NOT NULL DEFAULT '',
  `acctuniqueid` varchar(32) NOT NULL DEFAULT '',
  `username` varchar(64) NOT NULL DEFAULT '',
  `groupname` varchar(64) NOT NULL DEFAULT '',
  `realm` varchar(64) DEFAULT '',
  `nasipaddress` varchar(15) NOT NULL DEFAULT '',
  `nasportid` varchar(32) DEFAULT NULL,
  `nasporttype` varchar(32) DEFAULT NULL,
  `acctstarttime` datetime DEFAULT NULL,
  `acctupdatetime` datetime DEFAULT NULL,
  `acctstoptime` datetime DEFAULT NULL,
  `acctinterval` int(12) DEFAULT NULL,
  `acctsessiontime` int(12) unsigned DEFAULT NULL,
  `acctauthentic` varchar(32) DEFAULT NULL,
  `connectinfo_start` varchar(50) DEFAULT NULL,
  `connectinfo_stop` varchar(50) DEFAULT NULL,
  `acctinputoctets` bigint(20) DEFAULT NULL,
  `acctoutputoctets` bigint(20) DEFAULT NULL,
  `calledstationid` varchar(50) NOT NULL DEFAULT '',
  `callingstationid` varchar(50) NOT NULL DEFAULT '',
  `acctterminatecause` varchar(32) NOT NULL DEFAULT '',
  `servicetype` varchar(32) DEFAULT NULL,
  `framedprotocol` varchar(32) DEFAULT NULL,
  `framedipaddress` varchar(15) NOT NULL DEFAULT '',
  `nasidentifier` varchar(64) DEFAULT NULL,
  `calledstationssid` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`radacctid`),
  KEY `acctuniqueid` (`acctuniqueid`),
  KEY `username` (`username`),
  KEY `framedipaddress` (`framedipaddress`),
  KEY `acctsessionid` (`acctsessionid`),
  KEY `acctsessiontime` (`acctsessiontime`),
  KEY `acctinterval` (`acctinterval`),
  KEY `acctstoptime` (`acctstoptime`),
  KEY `nasipaddress` (`nasipaddress`),
  KEY `callingstationid` (`callingstationid`),
  KEY `acctstart_acctstop` (`acctstarttime`,`acctstoptime`)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE radacct_log (
  `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `acctsessionid` varchar(64) NOT NULL default '',
  `username` varchar(64) NOT NULL default '',
  `nasipaddress` varchar(15) NOT NULL default '',
  `acctstatustype` varchar(25) NOT NULL default '',
  `timestamp` datetime NULL default NULL,
  `acctinputoctets` bigint(20) default NULL,
  `acctoutputoctets` bigint(20) default NULL,
  `acctsessiontime` int(12) default NULL,
  `acctuniqueid` varchar(32) NOT NULL default '',
  KEY acctsessionid (acctsessionid),
  KEY username (username),
  KEY nasipaddress (nasipaddress),
  KEY timestamp (timestamp),
  KEY acctuniqueid (acctuniqueid)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE radreply (
  `id` int(11) unsigned NOT NULL auto_increment,
  `username` varchar(64) NOT NULL default '',
  `attribute` varchar(64) NOT NULL default '',
  `op` char(2) NOT NULL DEFAULT ':=',
  `value` varchar(253) NOT NULL default '',
  PRIMARY KEY (id),
  KEY (`username`)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE scan (
  `id` varchar(20) NOT NULL,
  `ip` varchar(255) NOT NULL,
  `mac` varchar(17) NOT NULL,
  `type` varchar(255) NOT NULL,
  `start_date` datetime NOT NULL,
  `update_date` timestamp NOT NULL ON UPDATE CURRENT_TIMESTAMP,
  `status` varchar(255) NOT NULL,
  `report_id` varchar(255) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE billing (
  `id` varchar(20) NOT NULL,
  `ip` varchar(255) NOT NULL,
  `mac` varchar(17) NOT NULL,
  `type` varchar(255) NOT NULL,
  `start_date` datetime NOT NULL,
  `update_date` timestamp NOT NULL ON UPDATE CURRENT_TIMESTAMP,
  `status` varchar(255) NOT NULL,
  `item` varchar(255) NOT NULL,
  `price` varchar(255) NOT NULL,
  `person` varchar(255) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE wrix (
  `id` varchar(255) NOT NULL,
  `Provider_Identifier` varchar(64) NULL DEFAULT NULL,
  `Location_Identifier` varchar(64) NULL DEFAULT NULL,
  `Service_Provider_Brand` varchar(64) NULL DEFAULT NULL,
  `Location_Type` varchar(64) NULL DEFAULT NULL,
  `Sub_Location_Type` varchar(64) NULL DEFAULT NULL,
  `English_Location_Name` MEDIUMTEXT NULL DEFAULT NULL,
  `Location_Address1` varchar(128) NULL DEFAULT NULL,
  `Location_Address2` varchar(128) NULL DEFAULT NULL,
  `English_Location_City` varchar(64) NULL DEFAULT NULL,
  `Location_Zip_Postal_Code` varchar(32) NULL DEFAULT NULL,
  `Location_State_Province_Name` varchar(64) NULL DEFAULT NULL,
  `Location_Country_Name` varchar(16) NULL DEFAULT NULL,
  `Location_Phone_Number` varchar(32) NULL DEFAULT NULL,
  `SSID_Open_Auth` varchar(32) NULL DEFAULT NULL,
  `SSID_Broadcasted` char(1) NULL DEFAULT NULL,
  `WEP_Key` varchar(128) NULL DEFAULT NULL,
  `WEP_Key_Entry_Method` varchar(32) NULL DEFAULT NULL,
  `WEP_Key_Size` varchar(32) NULL DEFAULT NULL,
  `SSID_1X` varchar(32) NULL DEFAULT NULL,
  `SSID_1X_Broadcasted` varchar(1) NULL DEFAULT NULL,
  `Security_Protocol_1X` varchar(16) NULL DEFAULT NULL,
  `Client_Support` varchar(128) NULL DEFAULT NULL,
  `Restricted_Access` varchar(1) NULL DEFAULT NULL,
  `Location_URL` varchar(128) NULL DEFAULT NULL,
  `Coverage_Area` varchar(255) NULL DEFAULT NULL,
  `Open_Monday` varchar(32) NULL DEFAULT NULL,
  `Open_Tuesday` varchar(32) NULL DEFAULT NULL,
  `Open_Wednesday` varchar(32) NULL DEFAULT NULL,
  `Open_Thursday` varchar(32) NULL DEFAULT NULL,
  `Open_Friday` varchar(32) NULL DEFAULT NULL,
  `Open_Saturday` varchar(32) NULL DEFAULT NULL,
  `Open_Sunday` varchar(32) NULL DEFAULT NULL,
  `Longitude` varchar(32) NULL DEFAULT NULL,
  `Latitude` varchar(32) NULL DEFAULT NULL,
  `UTC_Timezone` varchar(16) NULL DEFAULT NULL,
  `MAC_Address` varchar(32) NULL DEFAULT NULL,
   PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE activation (
  `code_id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `pid` varchar(255) default NULL,
  `mac` varchar(17) default NULL,
  `contact_info` varchar(255) NOT NULL, -- email or phone number were approbation request is sent
  `carrier_id` int(11) NULL,
  `activation_code` varchar(255) NOT NULL,
  `expiration` datetime NOT NULL,
  `unregdate` datetime default NULL,
  `category_id` int default NULL,
  `status` varchar(60) default NULL,
  `type` varchar(60) NOT NULL,
  `portal` varchar(255) default NULL,
  `source_id` varchar(255) default NULL,
  KEY `mac` (mac),
  KEY `identifier` (pid, mac),
  KEY `activation` (activation_code, status)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE pf_version (`id` INT NOT NULL PRIMARY KEY, `version` VARCHAR(11) NOT NULL UNIQUE KEY, `created_at` DATETIME DEFAULT CURRENT_TIMESTAMP) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE radius_audit_log (
  `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `created_at` TIMESTAMP NOT NULL,
  `mac` char(17) NOT NULL,
  `ip` varchar(255) NULL,
  `computer_name` varchar(255) NULL,
  `user_name` varchar(255) NULL,
  `stripped_user_name` varchar(255) NULL,
  `realm` varchar(255) NULL,
  `event_type` varchar(255) NULL,
  `switch_id` varchar(255) NULL,
  `switch_mac` varchar(255) NULL,
  `switch_ip_address` varchar(255) NULL,
  `radius_source_ip_address` varchar(255),
  `called_station_id` varchar(255) NULL,
  `calling_station_id` varchar(255) NULL,
  `nas_port_type` varchar(255) NULL,
  `ssid` varchar(255) NULL,
  `nas_port_id` varchar(255) NULL,
  `ifindex` varchar(255) NULL,
  `nas_port` varchar(255) NULL,
  `connection_type` varchar(255) NULL,
  `nas_ip_address` varchar(255) NULL,
  `nas_identifier` varchar(255) NULL,
  `auth_status` varchar(255) NULL,
  `reason` MEDIUMTEXT NULL,
  `auth_type` varchar(255) NULL,
  `eap_type` varchar(255) NULL,
  `role` varchar(255) NULL,
  `node_status` varchar(255) NULL,
  `profile` varchar(255) NULL,
  `source` varchar(255) NULL,
  `auto_reg` char(1) NULL,
  `is_phone` char(1) NULL,
  `pf_domain` varchar(255) NULL,
  `uuid` varchar(255) NULL,
  `radius_request` MEDIUMTEXT,
  `radius_reply` MEDIUMTEXT,
  `request_time` int(11) DEFAULT NULL,
  `radius_ip` varchar(45) NULL,
  KEY `created_at` (created_at),
  KEY `mac` (mac),
  KEY `ip` (ip),
  KEY `user_name` (user_name),
  KEY `auth_status` (auth_status, created_at)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE `dhcp_option82` (
  `mac` varchar(17) NOT NULL PRIMARY KEY,
  `created_at` TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
  `option82_switch` varchar(17) NULL,
  `switch_id` varchar(17) NULL,
  `port` varchar(8) NOT NULL default '',
  `vlan` varchar(255) default NULL,
  `circuit_id_string` varchar(255) default NULL,
  `module` varchar(255) default NULL,
  `host` varchar(255) default NULL,
  UNIQUE KEY mac (mac)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE `dhcp_option82_history` (
  `dhcp_option82_history_id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `mac` varchar(17) NOT NULL,
  `created_at` TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
  `option82_switch` varchar(17) NULL,
  `switch_id` varchar(17) NULL,
  `port` varchar(8) NOT NULL default '',
  `vlan` varchar(255) default NULL,
  `circuit_id_string` varchar(255) default NULL,
  `module` varchar(255) default NULL,
  `host` varchar(255) default NULL,
  INDEX (mac)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE auth_log (
  `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `process_name` varchar(255) NOT NULL,
  `mac` varchar(17) NOT NULL,
  `pid` varchar(255) NOT NULL default "default",
  `status` varchar(255) NOT NULL default "incomplete",
  `attempted_at` datetime NOT NULL,
  `completed_at` datetime,
  `source` varchar(255) NOT NULL,
  `profile` VARCHAR(255) DEFAULT NULL,
  KEY pid (pid),
  KEY attempted_at (attempted_at),
  KEY completed_at (completed_at)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE `chi_cache` (
  `key` VARCHAR(767),
  `value` LONGBLOB,
  `expires_at` REAL,
  PRIMARY KEY (`key`),
  KEY chi_cache_expires_at (expires_at)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE key_value_storage (
  `id` VARCHAR(255),
  `value` BLOB,
  PRIMARY KEY(id)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE user_preference (
  `pid` varchar(255) NOT NULL,
  `id` varchar(255) NOT NULL,
  `value` LONGBLOB,
  PRIMARY KEY ( `pid`, `id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE `dns_audit_log` (
  `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `ip` varchar(45) NOT NULL,
  `mac` char(17) NOT NULL,
  `qname` varchar(255) DEFAULT NULL,
  `qtype` varchar(255) DEFAULT NULL,
  `scope` varchar(22) DEFAULT NULL,
  `answer` varchar(255) DEFAULT NULL,
   KEY `created_at` (`created_at`),
   KEY `mac` (`mac`),
   KEY `ip` (`ip`)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE `admin_api_audit_log` (
  `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_name` varchar(255) DEFAULT NULL,
  `action` varchar(255) DEFAULT NULL,
  `object_id` varchar(255) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `method` varchar(10) DEFAULT NULL,
  `request` MEDIUMTEXT,
  `status` smallint(5) NOT NULL,
   KEY `action` (`action`),
   KEY `user_name` (`user_name`),
   KEY `object_id_action` (`object_id`, `action`),
   KEY `created_at` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci ROW_FORMAT=COMPRESSED;

CREATE TABLE dhcppool (
  `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
  `pool_name`             varchar(30) NOT NULL,
  `idx`                   int(11) NOT NULL,
  `mac`                   VARCHAR(30) NOT NULL,
  `free`                  BOOLEAN NOT NULL default '1',
  `released`              DATETIME(6) NULL default NULL,
  UNIQUE KEY dhcppool_poolname_idx (pool_name, idx),
  KEY mac (mac),
  KEY released (released)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE `pki_scep_servers` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) DEFAULT NULL,
  `updated_at` datetime(3) DEFAULT NULL,
  `deleted_at` datetime(3) DEFAULT NULL,
  `name` varchar(191) DEFAULT NULL,
  `url` longtext DEFAULT NULL,
  `shared_secret` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `idx_pki_scep_servers_deleted_at` (`deleted_at`)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE `pki_cas` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) DEFAULT NULL,
  `updated_at` datetime(3) DEFAULT NULL,
  `deleted_at` datetime(3) DEFAULT NULL,
  `cn` varchar(191) DEFAULT NULL,
  `mail` varchar(191) DEFAULT NULL,
  `organisation` varchar(191) DEFAULT NULL,
  `organisational_unit` longtext DEFAULT NULL,
  `country` longtext DEFAULT NULL,
  `state` longtext DEFAULT NULL,
  `locality` longtext DEFAULT NULL,
  `street_address` longtext DEFAULT NULL,
  `postal_code` longtext DEFAULT NULL,
  `key_type` bigint(20) DEFAULT NULL,
  `key_size` bigint(20) DEFAULT NULL,
  `digest` bigint(20) DEFAULT NULL,
  `key_usage` longtext DEFAULT NULL,
  `extended_key_usage` longtext DEFAULT NULL,
  `days` bigint(20) DEFAULT NULL,
  `key` longtext DEFAULT NULL,
  `cert` longtext DEFAULT NULL,
  `issuer_key_hash` longtext DEFAULT NULL,
  `issuer_name_hash` longtext DEFAULT NULL,
  `ocsp_url` longtext DEFAULT NULL,
  `serial_number` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cn` (`cn`),
  KEY `idx_pki_cas_deleted_at` (`deleted_at`),
  KEY `mail` (`mail`),
  KEY `organisation` (`organisation`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE `pki_profiles` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) DEFAULT NULL,
  `updated_at` datetime(3) DEFAULT NULL,
  `deleted_at` datetime(3) DEFAULT NULL,
  `name` varchar(191) DEFAULT NULL,
  `mail` varchar(191) DEFAULT NULL,
  `organisation` varchar(191) DEFAULT NULL,
  `organisational_unit` longtext DEFAULT NULL,
  `country` longtext DEFAULT NULL,
  `state` longtext DEFAULT NULL,
  `locality` longtext DEFAULT NULL,
  `street_address` longtext DEFAULT NULL,
  `postal_code` longtext DEFAULT NULL,
  `ca_id` bigint(20) unsigned DEFAULT NULL,
  `ca_name` varchar(191) DEFAULT NULL,
  `validity` bigint(20) DEFAULT NULL,
  `key_type` bigint(20) DEFAULT NULL,
  `key_size` bigint(20) DEFAULT NULL,
  `digest` bigint(20) DEFAULT NULL,
  `key_usage` longtext DEFAULT NULL,
  `extended_key_usage` longtext DEFAULT NULL,
  `ocsp_url` longtext DEFAULT NULL,
  `p12_mail_password` bigint(20) DEFAULT NULL,
  `p12_mail_subject` longtext DEFAULT NULL,
  `p12_mail_from` longtext DEFAULT NULL,
  `p12_mail_header` longtext DEFAULT NULL,
  `p12_mail_footer` longtext DEFAULT NULL,
  `scep_enabled` bigint(20) DEFAULT NULL,
  `scep_challenge_password` longtext DEFAULT NULL,
  `scep_days_before_renewal` bigint(20) DEFAULT 14,
  `days_before_renewal` bigint(20) DEFAULT 14,
  `renewal_mail` bigint(20) DEFAULT 1,
  `days_before_renewal_mail` bigint(20) DEFAULT 14,
  `renewal_mail_subject` varchar(191) DEFAULT 'Certificate expiration',
  `renewal_mail_from` longtext DEFAULT NULL,
  `renewal_mail_header` longtext DEFAULT NULL,
  `renewal_mail_footer` longtext DEFAULT NULL,
  `revoked_valid_until` bigint(20) DEFAULT 14,
  `cloud_enabled` bigint(20) DEFAULT NULL,
  `cloud_service` longtext DEFAULT NULL,
  `scep_server_id` bigint(20) unsigned DEFAULT NULL,
  `scep_server_enabled` bigint(20) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `idx_pki_profiles_deleted_at` (`deleted_at`),
  KEY `mail` (`mail`),
  KEY `organisation` (`organisation`),
  KEY `ca_id` (`ca_id`),
  KEY `ca_name` (`ca_name`),
  KEY `scep_server__id` (`scep_server_id`),
  CONSTRAINT `fk_pki_profiles_ca` FOREIGN KEY (`ca_id`) REFERENCES `pki_cas` (`id`),
  CONSTRAINT `fk_pki_profiles_scep_server` FOREIGN KEY (`scep_server_id`) REFERENCES `pki_scep_servers` (`id`)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE `pki_certs` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `created_at` datetime(3) DEFAULT NULL,
  `updated_at` datetime(3) DEFAULT NULL,
  `deleted_at` datetime(3) DEFAULT NULL,
  `cn` longtext DEFAULT NULL,
  `mail` varchar(191) DEFAULT NULL,
  `ca_id` bigint(20) unsigned DEFAULT NULL,
  `ca_name` varchar(191) DEFAULT NULL,
  `street_address` longtext DEFAULT NULL,
  `organisation` varchar(191) DEFAULT NULL,
  `organisational_unit` longtext DEFAULT NULL,
  `country` longtext DEFAULT NULL,
  `state` longtext DEFAULT NULL,
  `locality` longtext DEFAULT NULL,
  `postal_code` longtext DEFAULT NULL,
  `key` longtext DEFAULT NULL,
  `cert` longtext DEFAULT NULL,
  `profile_id` bigint(20) unsigned DEFAULT NULL,
  `profile_name` varchar(191) DEFAULT NULL,
  `valid_until` datetime(3) DEFAULT NULL,
  `not_before` datetime(3) DEFAULT NULL,
  `date` datetime(3) DEFAULT current_timestamp(3),
  `serial_number` longtext DEFAULT NULL,
  `dns_names` longtext DEFAULT NULL,
  `ip_addresses` longtext DEFAULT NULL,
  `scep` tinyint(1) DEFAULT 0,
  `csr` tinyint(1) DEFAULT 0,
  `alert` tinyint(1) DEFAULT 0,
  `subject` varchar(191) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `subject` (`subject`),
  KEY `idx_pki_certs_deleted_at` (`deleted_at`),
  KEY `mail` (`mail`),
  KEY `profile_id` (`profile_id`),
  KEY `valid_until` (`valid_until`),
  KEY `not_before` (`not_before`),
  KEY `ca_id` (`ca_id`),
  KEY `ca_name` (`ca_name`),
  KEY `organisation` (`organisation`),
  KEY `profile_name` (`profile_name`),
  CONSTRAINT `fk_pki_certs_ca` FOREIGN KEY (`ca_id`) REFERENCES `pki_cas` (`id`),
  CONSTRAINT `fk_pki_certs_profile` FOREIGN KEY (`profile_id`) REFERENCES `pki_profiles` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE bandwidth_accounting (
    `node_id` BIGINT UNSIGNED NOT NULL,
    `unique_session_id` BIGINT UNSIGNED NOT NULL,
    `time_bucket` DATETIME NOT NULL,
    `source_type` ENUM('net_flow','radius') NOT NULL,
    `in_bytes` BIGINT NOT NULL,
    `out_bytes` BIGINT NOT NULL,
    `mac` CHAR(17) NOT NULL,
    `last_updated` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    `total_bytes` BIGINT AS (in_bytes + out_bytes) VIRTUAL,
    PRIMARY KEY (node_id, time_bucket, unique_session_id),
    KEY bandwidth_aggregate_buckets (time_bucket, node_id, unique_session_id, in_bytes, out_bytes),
    KEY bandwidth_source_type_time_bucket (source_type, time_bucket),
    KEY bandwidth_last_updated_source_type_time_bucket (last_updated, source_type, time_bucket),
    KEY bandwidth_node_id_unique_session_id_last_updated (node_id, unique_session_id, last_updated),
    KEY bandwidth_accounting_mac_last_updated (mac, last_updated)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

CREATE TABLE bandwidth_accounting_history (
    `node_id` BIGINT UNSIGNED NOT NULL,
    `time_bucket` DATETIME NOT NULL,
    `in_bytes` BIGINT NOT NULL,
    `out_bytes` BIGINT NOT NULL,
    `total_bytes` BIGINT AS (in_bytes + out_bytes) VIRTUAL,
    `mac` CHAR(17) NOT NULL,
    PRIMARY KEY (node_id, time_bucket),
    KEY bandwidth_aggregate_buckets (time_bucket, node_id, in_bytes, out_bytes),
    KEY bandwidth_accounting_mac (mac)
) ENGINE=InnoDB DEFAULT CHARACTER SET = 'utf8mb4' COLLATE = 'utf8mb4_general_ci';

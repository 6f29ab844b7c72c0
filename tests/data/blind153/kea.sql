-- ISC Kea DHCP 3.3 (isc-projects/kea), lease, host-reservation and configuration-backend tables of the MySQL schema
-- src/share/database/scripts/mysql/dhcpdb_create.mysql at commit d179a1e32a1391f635e187b8b4f8cf6c7b144c29 (MPL-2.0).
-- The upstream script (initial schema + in-place upgrades) was run into MariaDB 10.11 and the final CREATE TABLE of
-- the 28 kept tables taken with SHOW CREATE TABLE; triggers, stored procedures and foreign keys to left-out tables dropped.

CREATE TABLE `schema_version` (
  `version` int(11) NOT NULL,
  `minor` int(11) DEFAULT NULL,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lease_state` (
  `state` int(10) unsigned NOT NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lease_hwaddr_source` (
  `hwaddr_source` int(10) unsigned NOT NULL,
  `name` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`hwaddr_source`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lease6_types` (
  `lease_type` tinyint(4) NOT NULL,
  `name` varchar(5) DEFAULT NULL,
  PRIMARY KEY (`lease_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `host_identifier_type` (
  `type` tinyint(4) NOT NULL,
  `name` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dhcp_option_scope` (
  `scope_id` tinyint(3) unsigned NOT NULL,
  `scope_name` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`scope_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `modification` (
  `id` tinyint(3) NOT NULL,
  `modification_type` varchar(32) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `logs` (
  `timestamp` timestamp NULL DEFAULT current_timestamp(),
  `address` varchar(43) DEFAULT NULL,
  `log` text NOT NULL,
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`id`),
  KEY `timestamp_index` (`timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lease4` (
  `address` int(10) unsigned NOT NULL,
  `hwaddr` varbinary(20) DEFAULT NULL,
  `client_id` varbinary(255) DEFAULT NULL,
  `valid_lifetime` int(10) unsigned DEFAULT NULL,
  `expire` timestamp NULL DEFAULT NULL,
  `subnet_id` int(10) unsigned DEFAULT NULL,
  `fqdn_fwd` tinyint(1) DEFAULT NULL,
  `fqdn_rev` tinyint(1) DEFAULT NULL,
  `hostname` varchar(255) DEFAULT NULL,
  `state` int(10) unsigned DEFAULT 0,
  `user_context` text DEFAULT NULL,
  `relay_id` varbinary(255) DEFAULT NULL,
  `remote_id` varbinary(255) DEFAULT NULL,
  `pool_id` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`address`),
  KEY `lease4_by_hwaddr_subnet_id` (`hwaddr`,`subnet_id`),
  KEY `lease4_by_client_id_subnet_id` (`client_id`,`subnet_id`),
  KEY `lease4_by_subnet_id` (`subnet_id`),
  KEY `lease4_by_hostname` (`hostname`),
  KEY `lease4_by_expire_state` (`expire`,`state`),
  KEY `lease4_by_relay_id` (`relay_id`),
  KEY `lease4_by_remote_id` (`remote_id`),
  KEY `lease4_by_state` (`state`,`subnet_id`),
  CONSTRAINT `fk_lease4_state` FOREIGN KEY (`state`) REFERENCES `lease_state` (`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lease6` (
  `address` binary(16) NOT NULL,
  `duid` varbinary(130) DEFAULT NULL,
  `valid_lifetime` int(10) unsigned DEFAULT NULL,
  `expire` timestamp NULL DEFAULT NULL,
  `subnet_id` int(10) unsigned DEFAULT NULL,
  `pref_lifetime` int(10) unsigned DEFAULT NULL,
  `lease_type` tinyint(4) DEFAULT NULL,
  `iaid` int(10) unsigned DEFAULT NULL,
  `prefix_len` tinyint(3) unsigned DEFAULT NULL,
  `fqdn_fwd` tinyint(1) DEFAULT NULL,
  `fqdn_rev` tinyint(1) DEFAULT NULL,
  `hostname` varchar(255) DEFAULT NULL,
  `hwaddr` varbinary(20) DEFAULT NULL,
  `hwtype` smallint(5) unsigned DEFAULT NULL,
  `hwaddr_source` int(10) unsigned DEFAULT NULL,
  `state` int(10) unsigned DEFAULT 0,
  `user_context` text DEFAULT NULL,
  `pool_id` int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`address`),
  KEY `fk_lease6_type` (`lease_type`),
  KEY `fk_lease6_hwaddr_source` (`hwaddr_source`),
  KEY `lease6_by_subnet_id_lease_type` (`subnet_id`,`lease_type`),
  KEY `lease6_by_duid_iaid_subnet_id` (`duid`,`iaid`,`subnet_id`),
  KEY `lease6_by_hostname` (`hostname`),
  KEY `lease6_by_expire_state` (`expire`,`state`),
  KEY `lease6_by_subnet_id_address` (`subnet_id`,`address`),
  KEY `lease6_by_hwaddr` (`hwaddr`),
  KEY `lease6_by_state` (`state`,`subnet_id`),
  CONSTRAINT `fk_lease6_hwaddr_source` FOREIGN KEY (`hwaddr_source`) REFERENCES `lease_hwaddr_source` (`hwaddr_source`),
  CONSTRAINT `fk_lease6_state` FOREIGN KEY (`state`) REFERENCES `lease_state` (`state`),
  CONSTRAINT `fk_lease6_type` FOREIGN KEY (`lease_type`) REFERENCES `lease6_types` (`lease_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lease6_relay_id` (
  `extended_info_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `relay_id` varbinary(130) NOT NULL,
  `lease_addr` binary(16) NOT NULL,
  PRIMARY KEY (`extended_info_id`),
  KEY `key_lease6_relay_id_by_id` (`relay_id`,`lease_addr`),
  KEY `key_lease6_relay_id_by_address` (`lease_addr`),
  CONSTRAINT `fk_lease6_relay_id_addr` FOREIGN KEY (`lease_addr`) REFERENCES `lease6` (`address`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lease6_remote_id` (
  `extended_info_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `remote_id` varbinary(255) NOT NULL,
  `lease_addr` binary(16) NOT NULL,
  PRIMARY KEY (`extended_info_id`),
  KEY `key_lease6_remote_id_by_id` (`remote_id`,`lease_addr`),
  KEY `key_lease6_remote_id_by_address` (`lease_addr`),
  CONSTRAINT `fk_lease6_remote_id_addr` FOREIGN KEY (`lease_addr`) REFERENCES `lease6` (`address`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lease4_stat` (
  `subnet_id` int(10) unsigned NOT NULL,
  `state` int(10) unsigned NOT NULL,
  `leases` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`subnet_id`,`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lease6_stat` (
  `subnet_id` int(10) unsigned NOT NULL,
  `lease_type` int(10) unsigned NOT NULL,
  `state` int(10) unsigned NOT NULL,
  `leases` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`subnet_id`,`lease_type`,`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `lease4_pool_stat` (
  `subnet_id` int(10) unsigned NOT NULL,
  `pool_id` int(10) unsigned NOT NULL,
  `state` int(10) unsigned NOT NULL,
  `leases` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`subnet_id`,`pool_id`,`state`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dhcp4_server` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `tag` varchar(64) NOT NULL,
  `description` text DEFAULT NULL,
  `modification_ts` timestamp NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dhcp4_server_tag_UNIQUE` (`tag`),
  KEY `key_dhcp4_server_modification_ts` (`modification_ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dhcp4_audit_revision` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `modification_ts` timestamp NOT NULL,
  `log_message` text DEFAULT NULL,
  `server_id` bigint(10) unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `key_dhcp4_audit_revision_by_modification_ts` (`modification_ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dhcp4_audit` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `object_type` varchar(256) NOT NULL,
  `object_id` bigint(20) unsigned NOT NULL,
  `modification_type` tinyint(1) NOT NULL,
  `revision_id` bigint(20) unsigned NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_dhcp4_audit_modification_type` (`modification_type`),
  KEY `fk_dhcp4_audit_revision` (`revision_id`),
  CONSTRAINT `fk_dhcp4_audit_modification_type` FOREIGN KEY (`modification_type`) REFERENCES `modification` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION,
  CONSTRAINT `fk_dhcp4_audit_revision` FOREIGN KEY (`revision_id`) REFERENCES `dhcp4_audit_revision` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dhcp4_client_class` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `test` text DEFAULT NULL,
  `next_server` int(10) unsigned DEFAULT NULL,
  `server_hostname` varchar(128) DEFAULT NULL,
  `boot_file_name` varchar(512) DEFAULT NULL,
  `only_in_additional_list` tinyint(4) NOT NULL DEFAULT 0,
  `valid_lifetime` int(11) DEFAULT NULL,
  `min_valid_lifetime` int(11) DEFAULT NULL,
  `max_valid_lifetime` int(11) DEFAULT NULL,
  `depend_on_known_directly` tinyint(4) NOT NULL DEFAULT 0,
  `follow_class_name` varchar(128) DEFAULT NULL,
  `modification_ts` timestamp NOT NULL,
  `user_context` longtext DEFAULT NULL,
  `offer_lifetime` int(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `id_UNIQUE` (`id`),
  UNIQUE KEY `name_UNIQUE` (`name`),
  KEY `key_dhcp4_client_class_modification_ts` (`modification_ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dhcp4_subnet` (
  `subnet_id` int(10) unsigned NOT NULL,
  `subnet_prefix` varchar(32) NOT NULL,
  `4o6_interface` varchar(128) DEFAULT NULL,
  `4o6_interface_id` varchar(128) DEFAULT NULL,
  `4o6_subnet` varchar(64) DEFAULT NULL,
  `boot_file_name` varchar(512) DEFAULT NULL,
  `client_classes` longtext DEFAULT NULL,
  `interface` varchar(128) DEFAULT NULL,
  `match_client_id` tinyint(1) DEFAULT NULL,
  `modification_ts` timestamp NOT NULL,
  `next_server` int(10) unsigned DEFAULT NULL,
  `rebind_timer` int(10) DEFAULT NULL,
  `relay` longtext DEFAULT NULL,
  `renew_timer` int(10) DEFAULT NULL,
  `evaluate_additional_classes` longtext DEFAULT NULL,
  `server_hostname` varchar(512) DEFAULT NULL,
  `shared_network_name` varchar(128) DEFAULT NULL,
  `user_context` longtext DEFAULT NULL,
  `valid_lifetime` int(10) DEFAULT NULL,
  `authoritative` tinyint(1) DEFAULT NULL,
  `calculate_tee_times` tinyint(1) DEFAULT NULL,
  `t1_percent` float DEFAULT NULL,
  `t2_percent` float DEFAULT NULL,
  `min_valid_lifetime` int(10) DEFAULT NULL,
  `max_valid_lifetime` int(10) DEFAULT NULL,
  `ddns_send_updates` tinyint(1) DEFAULT NULL,
  `ddns_override_no_update` tinyint(1) DEFAULT NULL,
  `ddns_override_client_update` tinyint(1) DEFAULT NULL,
  `ddns_replace_client_name` tinyint(3) DEFAULT NULL,
  `ddns_generated_prefix` varchar(255) DEFAULT NULL,
  `ddns_qualifying_suffix` varchar(255) DEFAULT NULL,
  `reservations_global` tinyint(1) DEFAULT NULL,
  `reservations_in_subnet` tinyint(1) DEFAULT NULL,
  `reservations_out_of_pool` tinyint(1) DEFAULT NULL,
  `cache_threshold` float DEFAULT NULL,
  `cache_max_age` int(10) DEFAULT NULL,
  `offer_lifetime` int(10) DEFAULT NULL,
  `allocator` text DEFAULT NULL,
  `ddns_ttl_percent` float DEFAULT NULL,
  `ddns_ttl` int(10) DEFAULT NULL,
  `ddns_ttl_min` int(10) DEFAULT NULL,
  `ddns_ttl_max` int(10) DEFAULT NULL,
  PRIMARY KEY (`subnet_id`),
  UNIQUE KEY `subnet4_subnet_prefix` (`subnet_prefix`),
  KEY `key_dhcp4_subnet_modification_ts` (`modification_ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dhcp4_pool` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `start_address` int(10) unsigned NOT NULL,
  `end_address` int(10) unsigned NOT NULL,
  `subnet_id` int(10) unsigned NOT NULL,
  `modification_ts` timestamp NOT NULL,
  `client_classes` longtext DEFAULT NULL,
  `evaluate_additional_classes` longtext DEFAULT NULL,
  `user_context` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `key_dhcp4_pool_modification_ts` (`modification_ts`),
  KEY `fk_dhcp4_pool_subnet_id` (`subnet_id`),
  CONSTRAINT `fk_dhcp4_pool_subnet_id` FOREIGN KEY (`subnet_id`) REFERENCES `dhcp4_subnet` (`subnet_id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dhcp6_subnet` (
  `subnet_id` int(10) unsigned NOT NULL,
  `subnet_prefix` varchar(64) NOT NULL,
  `client_classes` longtext DEFAULT NULL,
  `interface` varchar(128) DEFAULT NULL,
  `modification_ts` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `preferred_lifetime` int(10) DEFAULT NULL,
  `rapid_commit` tinyint(1) DEFAULT NULL,
  `rebind_timer` int(10) DEFAULT NULL,
  `relay` longtext DEFAULT NULL,
  `renew_timer` int(10) DEFAULT NULL,
  `evaluate_additional_classes` longtext DEFAULT NULL,
  `shared_network_name` varchar(128) DEFAULT NULL,
  `user_context` longtext DEFAULT NULL,
  `valid_lifetime` int(10) DEFAULT NULL,
  `calculate_tee_times` tinyint(1) DEFAULT NULL,
  `t1_percent` float DEFAULT NULL,
  `t2_percent` float DEFAULT NULL,
  `interface_id` varbinary(128) DEFAULT NULL,
  `min_preferred_lifetime` int(10) DEFAULT NULL,
  `max_preferred_lifetime` int(10) DEFAULT NULL,
  `min_valid_lifetime` int(10) DEFAULT NULL,
  `max_valid_lifetime` int(10) DEFAULT NULL,
  `ddns_send_updates` tinyint(1) DEFAULT NULL,
  `ddns_override_no_update` tinyint(1) DEFAULT NULL,
  `ddns_override_client_update` tinyint(1) DEFAULT NULL,
  `ddns_replace_client_name` tinyint(3) DEFAULT NULL,
  `ddns_generated_prefix` varchar(255) DEFAULT NULL,
  `ddns_qualifying_suffix` varchar(255) DEFAULT NULL,
  `reservations_global` tinyint(1) DEFAULT NULL,
  `reservations_in_subnet` tinyint(1) DEFAULT NULL,
  `reservations_out_of_pool` tinyint(1) DEFAULT NULL,
  `cache_threshold` float DEFAULT NULL,
  `cache_max_age` int(10) DEFAULT NULL,
  `allocator` text DEFAULT NULL,
  `pd_allocator` text DEFAULT NULL,
  `ddns_ttl_percent` float DEFAULT NULL,
  `ddns_ttl` int(10) DEFAULT NULL,
  `ddns_ttl_min` int(10) DEFAULT NULL,
  `ddns_ttl_max` int(10) DEFAULT NULL,
  PRIMARY KEY (`subnet_id`),
  UNIQUE KEY `subnet_prefix_UNIQUE` (`subnet_prefix`),
  KEY `subnet6_subnet_prefix` (`subnet_prefix`),
  KEY `key_dhcp6_subnet_modification_ts` (`modification_ts`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dhcp6_pool` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `start_address` varchar(45) NOT NULL,
  `end_address` varchar(45) NOT NULL,
  `subnet_id` int(10) unsigned NOT NULL,
  `modification_ts` timestamp NOT NULL,
  `client_classes` longtext DEFAULT NULL,
  `evaluate_additional_classes` longtext DEFAULT NULL,
  `user_context` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `key_dhcp6_pool_modification_ts` (`modification_ts`),
  KEY `fk_dhcp6_pool_subnet_id` (`subnet_id`),
  CONSTRAINT `fk_dhcp6_pool_subnet_id` FOREIGN KEY (`subnet_id`) REFERENCES `dhcp6_subnet` (`subnet_id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dhcp6_pd_pool` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `prefix` varchar(45) NOT NULL,
  `prefix_length` tinyint(3) NOT NULL,
  `delegated_prefix_length` tinyint(3) NOT NULL,
  `subnet_id` int(10) unsigned NOT NULL,
  `modification_ts` timestamp NOT NULL,
  `excluded_prefix` varchar(45) DEFAULT NULL,
  `excluded_prefix_length` tinyint(3) NOT NULL,
  `client_classes` longtext DEFAULT NULL,
  `evaluate_additional_classes` longtext DEFAULT NULL,
  `user_context` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `key_dhcp6_pd_pool_modification_ts` (`modification_ts`),
  KEY `fk_dhcp6_pd_pool_subnet_id` (`subnet_id`),
  CONSTRAINT `fk_dhcp6_pd_pool_subnet_id` FOREIGN KEY (`subnet_id`) REFERENCES `dhcp6_subnet` (`subnet_id`) ON DELETE NO ACTION ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `hosts` (
  `host_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `dhcp_identifier` varbinary(255) NOT NULL,
  `dhcp_identifier_type` tinyint(4) NOT NULL,
  `dhcp4_subnet_id` int(10) unsigned DEFAULT NULL,
  `dhcp6_subnet_id` int(10) unsigned DEFAULT NULL,
  `ipv4_address` int(10) unsigned DEFAULT NULL,
  `hostname` varchar(255) DEFAULT NULL,
  `dhcp4_client_classes` varchar(255) DEFAULT NULL,
  `dhcp6_client_classes` varchar(255) DEFAULT NULL,
  `dhcp4_next_server` int(10) unsigned DEFAULT NULL,
  `dhcp4_server_hostname` varchar(64) DEFAULT NULL,
  `dhcp4_boot_file_name` varchar(128) DEFAULT NULL,
  `user_context` text DEFAULT NULL,
  `auth_key` varchar(32) DEFAULT NULL,
  PRIMARY KEY (`host_id`),
  UNIQUE KEY `key_dhcp4_identifier_subnet_id` (`dhcp_identifier`,`dhcp_identifier_type`,`dhcp4_subnet_id`),
  UNIQUE KEY `key_dhcp6_identifier_subnet_id` (`dhcp_identifier`,`dhcp_identifier_type`,`dhcp6_subnet_id`),
  KEY `fk_host_identifier_type` (`dhcp_identifier_type`),
  KEY `hosts_by_hostname` (`hostname`),
  KEY `key_dhcp4_ipv4_address_subnet_id_identifier` (`ipv4_address`,`dhcp4_subnet_id`),
  CONSTRAINT `fk_host_identifier_type` FOREIGN KEY (`dhcp_identifier_type`) REFERENCES `host_identifier_type` (`type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ipv6_reservations` (
  `reservation_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `address` binary(16) NOT NULL,
  `prefix_len` tinyint(3) unsigned NOT NULL DEFAULT 128,
  `type` tinyint(4) unsigned NOT NULL DEFAULT 0,
  `dhcp6_iaid` int(10) unsigned DEFAULT NULL,
  `host_id` int(10) unsigned NOT NULL,
  `excluded_prefix` binary(16) DEFAULT NULL,
  `excluded_prefix_len` tinyint(3) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (`reservation_id`),
  KEY `fk_ipv6_reservations_host_idx` (`host_id`),
  KEY `key_dhcp6_address_prefix_len` (`address`,`prefix_len`),
  CONSTRAINT `fk_ipv6_reservations_Host` FOREIGN KEY (`host_id`) REFERENCES `hosts` (`host_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dhcp4_options` (
  `option_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `code` tinyint(3) unsigned NOT NULL,
  `value` blob DEFAULT NULL,
  `formatted_value` text DEFAULT NULL,
  `space` varchar(128) DEFAULT NULL,
  `persistent` tinyint(1) NOT NULL DEFAULT 0,
  `dhcp_client_class` varchar(128) DEFAULT NULL,
  `dhcp4_subnet_id` int(10) unsigned DEFAULT NULL,
  `host_id` int(10) unsigned DEFAULT NULL,
  `scope_id` tinyint(3) unsigned NOT NULL,
  `user_context` text DEFAULT NULL,
  `shared_network_name` varchar(128) DEFAULT NULL,
  `pool_id` bigint(20) unsigned DEFAULT NULL,
  `modification_ts` timestamp NOT NULL DEFAULT current_timestamp(),
  `cancelled` tinyint(1) NOT NULL DEFAULT 0,
  `client_classes` longtext NOT NULL,
  PRIMARY KEY (`option_id`),
  UNIQUE KEY `option_id_UNIQUE` (`option_id`),
  KEY `fk_options_host1_idx` (`host_id`),
  KEY `fk_dhcp4_option_scope` (`scope_id`),
  KEY `fk_dhcp4_options_subnet` (`dhcp4_subnet_id`),
  KEY `fk_dhcp4_options_pool` (`pool_id`),
  KEY `fk_dhcp4_options_client_class` (`dhcp_client_class`),
  CONSTRAINT `fk_dhcp4_option_scope` FOREIGN KEY (`scope_id`) REFERENCES `dhcp_option_scope` (`scope_id`),
  CONSTRAINT `fk_dhcp4_options_Host` FOREIGN KEY (`host_id`) REFERENCES `hosts` (`host_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_dhcp4_options_client_class` FOREIGN KEY (`dhcp_client_class`) REFERENCES `dhcp4_client_class` (`name`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_dhcp4_options_pool` FOREIGN KEY (`pool_id`) REFERENCES `dhcp4_pool` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_dhcp4_options_subnet` FOREIGN KEY (`dhcp4_subnet_id`) REFERENCES `dhcp4_subnet` (`subnet_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_options_host1` FOREIGN KEY (`host_id`) REFERENCES `hosts` (`host_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dhcp6_options` (
  `option_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `code` smallint(5) unsigned NOT NULL,
  `value` blob DEFAULT NULL,
  `formatted_value` text DEFAULT NULL,
  `space` varchar(128) DEFAULT NULL,
  `persistent` tinyint(1) NOT NULL DEFAULT 0,
  `dhcp_client_class` varchar(128) DEFAULT NULL,
  `dhcp6_subnet_id` int(10) unsigned DEFAULT NULL,
  `host_id` int(10) unsigned DEFAULT NULL,
  `scope_id` tinyint(3) unsigned NOT NULL,
  `user_context` text DEFAULT NULL,
  `shared_network_name` varchar(128) DEFAULT NULL,
  `pool_id` bigint(20) unsigned DEFAULT NULL,
  `pd_pool_id` bigint(20) unsigned DEFAULT NULL,
  `modification_ts` timestamp NOT NULL DEFAULT current_timestamp(),
  `cancelled` tinyint(1) NOT NULL DEFAULT 0,
  `client_classes` longtext NOT NULL,
  PRIMARY KEY (`option_id`),
  UNIQUE KEY `option_id_UNIQUE` (`option_id`),
  KEY `fk_options_host1_idx` (`host_id`),
  KEY `fk_dhcp6_option_scope` (`scope_id`),
  KEY `fk_dhcp6_options_subnet` (`dhcp6_subnet_id`),
  KEY `fk_dhcp6_options_pool` (`pool_id`),
  KEY `fk_dhcp6_options_pd_pool` (`pd_pool_id`),
  CONSTRAINT `fk_dhcp6_option_scope` FOREIGN KEY (`scope_id`) REFERENCES `dhcp_option_scope` (`scope_id`),
  CONSTRAINT `fk_dhcp6_options_Host` FOREIGN KEY (`host_id`) REFERENCES `hosts` (`host_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_dhcp6_options_pd_pool` FOREIGN KEY (`pd_pool_id`) REFERENCES `dhcp6_pd_pool` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_dhcp6_options_pool` FOREIGN KEY (`pool_id`) REFERENCES `dhcp6_pool` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_dhcp6_options_subnet` FOREIGN KEY (`dhcp6_subnet_id`) REFERENCES `dhcp6_subnet` (`subnet_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `fk_options_host10` FOREIGN KEY (`host_id`) REFERENCES `hosts` (`host_id`) ON DELETE NO ACTION ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;


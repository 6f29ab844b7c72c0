SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `users_user` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` bool NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  UNIQUE (`username`)
);

CREATE TABLE `users_group` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(150) NOT NULL,
  `description` varchar(200) NOT NULL,
  UNIQUE (`name`)
);

CREATE TABLE `users_user_groups` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` bigint NOT NULL,
  `group_id` bigint NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`group_id`) REFERENCES `users_group` (`id`),
  UNIQUE (`user_id`, `group_id`)
);

CREATE TABLE `users_token` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `expires` datetime(6) NULL,
  `plaintext` varchar(40) NULL,
  `write_enabled` bool NOT NULL,
  `description` varchar(200) NOT NULL,
  `user_id` bigint NOT NULL,
  `allowed_ips` json NULL,
  `last_used` datetime(6) NULL,
  `enabled` bool NOT NULL,
  `version` smallint UNSIGNED NOT NULL,
  `key` varchar(12) NULL,
  `pepper_id` smallint UNSIGNED NULL,
  `hmac_digest` varchar(64) NULL,
  UNIQUE (`plaintext`),
  UNIQUE (`key`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `users_userconfig` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `data` json NOT NULL,
  `user_id` bigint NOT NULL,
  UNIQUE (`user_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `users_objectpermission` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `description` varchar(200) NOT NULL,
  `enabled` bool NOT NULL,
  `actions` json NOT NULL,
  `constraints` json NULL
);

CREATE TABLE `users_owner` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `description` varchar(200) NOT NULL,
  `group_id` bigint NULL,
  UNIQUE (`name`)
);

CREATE TABLE `users_owner_users` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `owner_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  UNIQUE (`owner_id`, `user_id`)
);

CREATE TABLE `core_objectchange` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `time` datetime(6) NOT NULL,
  `user_name` varchar(150) NOT NULL,
  `request_id` char(32) NOT NULL,
  `action` varchar(50) NOT NULL,
  `changed_object_id` bigint UNSIGNED NOT NULL,
  `related_object_id` bigint UNSIGNED NULL,
  `object_repr` varchar(200) NOT NULL,
  `prechange_data` json NULL,
  `postchange_data` json NULL,
  `changed_object_type_id` integer NOT NULL,
  `related_object_type_id` integer NULL,
  `user_id` bigint NULL,
  `message` varchar(200) NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `core_job` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `object_id` bigint UNSIGNED NULL,
  `name` varchar(200) NOT NULL,
  `created` datetime(6) NOT NULL,
  `scheduled` datetime(6) NULL,
  `interval` integer UNSIGNED NULL,
  `started` datetime(6) NULL,
  `completed` datetime(6) NULL,
  `status` varchar(30) NOT NULL,
  `data` json NULL,
  `job_id` char(32) NOT NULL,
  `object_type_id` integer NULL,
  `user_id` bigint NULL,
  `error` longtext NOT NULL,
  `log_entries` json NOT NULL,
  `queue_name` varchar(100) NOT NULL,
  `notifications` varchar(30) NOT NULL,
  UNIQUE (`job_id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `tenancy_tenantgroup` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `description` varchar(200) NOT NULL,
  `lft` integer UNSIGNED NOT NULL,
  `rght` integer UNSIGNED NOT NULL,
  `tree_id` integer UNSIGNED NOT NULL,
  `level` integer UNSIGNED NOT NULL,
  `parent_id` bigint NULL,
  `comments` longtext NOT NULL,
  `owner_id` bigint NULL,
  UNIQUE (`name`),
  UNIQUE (`slug`),
  FOREIGN KEY (`parent_id`) REFERENCES `tenancy_tenantgroup` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `tenancy_tenant` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `description` varchar(200) NOT NULL,
  `comments` longtext NOT NULL,
  `group_id` bigint NULL,
  `owner_id` bigint NULL,
  FOREIGN KEY (`group_id`) REFERENCES `tenancy_tenantgroup` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `tenancy_contactgroup` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `description` varchar(200) NOT NULL,
  `lft` integer UNSIGNED NOT NULL,
  `rght` integer UNSIGNED NOT NULL,
  `tree_id` integer UNSIGNED NOT NULL,
  `level` integer UNSIGNED NOT NULL,
  `parent_id` bigint NULL,
  `comments` longtext NOT NULL,
  `owner_id` bigint NULL,
  FOREIGN KEY (`parent_id`) REFERENCES `tenancy_contactgroup` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `tenancy_contactrole` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `description` varchar(200) NOT NULL,
  `owner_id` bigint NULL,
  `comments` longtext NOT NULL,
  UNIQUE (`name`),
  UNIQUE (`slug`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `tenancy_contact` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `title` varchar(100) NOT NULL,
  `phone` varchar(50) NOT NULL,
  `email` varchar(254) NOT NULL,
  `address` varchar(200) NOT NULL,
  `comments` longtext NOT NULL,
  `link` varchar(200) NOT NULL,
  `description` varchar(200) NOT NULL,
  `owner_id` bigint NULL,
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `tenancy_contact_groups` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `contact_id` bigint NOT NULL,
  `contactgroup_id` bigint NOT NULL,
  FOREIGN KEY (`contact_id`) REFERENCES `tenancy_contact` (`id`),
  FOREIGN KEY (`contactgroup_id`) REFERENCES `tenancy_contactgroup` (`id`),
  UNIQUE (`contact_id`, `contactgroup_id`)
);

CREATE TABLE `tenancy_contactassignment` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `object_id` bigint UNSIGNED NOT NULL,
  `priority` varchar(50) NULL,
  `contact_id` bigint NOT NULL,
  `object_type_id` integer NOT NULL,
  `role_id` bigint NOT NULL,
  `custom_field_data` json NOT NULL,
  FOREIGN KEY (`contact_id`) REFERENCES `tenancy_contact` (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `tenancy_contactrole` (`id`)
);

CREATE TABLE `dcim_region` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `description` varchar(200) NOT NULL,
  `lft` integer UNSIGNED NOT NULL,
  `rght` integer UNSIGNED NOT NULL,
  `tree_id` integer UNSIGNED NOT NULL,
  `level` integer UNSIGNED NOT NULL,
  `parent_id` bigint NULL,
  `comments` longtext NOT NULL,
  `owner_id` bigint NULL,
  FOREIGN KEY (`parent_id`) REFERENCES `dcim_region` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `dcim_site` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `status` varchar(50) NOT NULL,
  `facility` varchar(50) NOT NULL,
  `time_zone` varchar(63) NULL,
  `description` varchar(200) NOT NULL,
  `physical_address` varchar(200) NOT NULL,
  `shipping_address` varchar(200) NOT NULL,
  `latitude` numeric(8, 6) NULL,
  `longitude` numeric(9, 6) NULL,
  `comments` longtext NOT NULL,
  `group_id` bigint NULL,
  `region_id` bigint NULL,
  `tenant_id` bigint NULL,
  `owner_id` bigint NULL,
  UNIQUE (`name`),
  UNIQUE (`slug`),
  FOREIGN KEY (`region_id`) REFERENCES `dcim_region` (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenancy_tenant` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `dcim_location` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `description` varchar(200) NOT NULL,
  `lft` integer UNSIGNED NOT NULL,
  `rght` integer UNSIGNED NOT NULL,
  `tree_id` integer UNSIGNED NOT NULL,
  `level` integer UNSIGNED NOT NULL,
  `parent_id` bigint NULL,
  `site_id` bigint NOT NULL,
  `tenant_id` bigint NULL,
  `status` varchar(50) NOT NULL,
  `facility` varchar(50) NOT NULL,
  `comments` longtext NOT NULL,
  `owner_id` bigint NULL,
  FOREIGN KEY (`parent_id`) REFERENCES `dcim_location` (`id`),
  FOREIGN KEY (`site_id`) REFERENCES `dcim_site` (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenancy_tenant` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `dcim_rack` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `facility_id` varchar(50) NULL,
  `status` varchar(50) NOT NULL,
  `serial` varchar(50) NOT NULL,
  `asset_tag` varchar(50) NULL,
  `form_factor` varchar(50) NULL,
  `width` smallint UNSIGNED NOT NULL,
  `u_height` smallint UNSIGNED NOT NULL,
  `desc_units` bool NOT NULL,
  `outer_width` smallint UNSIGNED NULL,
  `outer_depth` smallint UNSIGNED NULL,
  `outer_unit` varchar(50) NULL,
  `comments` longtext NOT NULL,
  `location_id` bigint NULL,
  `role_id` bigint NULL,
  `site_id` bigint NOT NULL,
  `tenant_id` bigint NULL,
  `weight` numeric(8, 2) NULL,
  `max_weight` integer UNSIGNED NULL,
  `weight_unit` varchar(50) NULL,
  `_abs_weight` bigint UNSIGNED NULL,
  `_abs_max_weight` bigint UNSIGNED NULL,
  `mounting_depth` smallint UNSIGNED NULL,
  `description` varchar(200) NOT NULL,
  `starting_unit` smallint UNSIGNED NOT NULL,
  `rack_type_id` bigint NULL,
  `airflow` varchar(50) NULL,
  `outer_height` smallint UNSIGNED NULL,
  `owner_id` bigint NULL,
  `group_id` bigint NULL,
  UNIQUE (`asset_tag`),
  FOREIGN KEY (`location_id`) REFERENCES `dcim_location` (`id`),
  FOREIGN KEY (`site_id`) REFERENCES `dcim_site` (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenancy_tenant` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `dcim_rackreservation` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `units` json NOT NULL,
  `description` varchar(200) NOT NULL,
  `rack_id` bigint NOT NULL,
  `tenant_id` bigint NULL,
  `user_id` bigint NOT NULL,
  `comments` longtext NOT NULL,
  `status` varchar(50) NOT NULL,
  `owner_id` bigint NULL,
  FOREIGN KEY (`rack_id`) REFERENCES `dcim_rack` (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenancy_tenant` (`id`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `dcim_manufacturer` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `description` varchar(200) NOT NULL,
  `owner_id` bigint NULL,
  `comments` longtext NOT NULL,
  UNIQUE (`name`),
  UNIQUE (`slug`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `dcim_devicetype` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `model` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `part_number` varchar(50) NOT NULL,
  `u_height` numeric(4, 1) NOT NULL,
  `is_full_depth` bool NOT NULL,
  `subdevice_role` varchar(50) NULL,
  `front_image` varchar(100) NOT NULL,
  `rear_image` varchar(100) NOT NULL,
  `comments` longtext NOT NULL,
  `manufacturer_id` bigint NOT NULL,
  `airflow` varchar(50) NULL,
  `weight` numeric(8, 2) NULL,
  `weight_unit` varchar(50) NULL,
  `_abs_weight` bigint UNSIGNED NULL,
  `description` varchar(200) NOT NULL,
  `default_platform_id` bigint NULL,
  `console_port_template_count` integer UNSIGNED NOT NULL,
  `console_server_port_template_count` integer UNSIGNED NOT NULL,
  `power_port_template_count` integer UNSIGNED NOT NULL,
  `power_outlet_template_count` integer UNSIGNED NOT NULL,
  `interface_template_count` integer UNSIGNED NOT NULL,
  `front_port_template_count` integer UNSIGNED NOT NULL,
  `rear_port_template_count` integer UNSIGNED NOT NULL,
  `device_bay_template_count` integer UNSIGNED NOT NULL,
  `module_bay_template_count` integer UNSIGNED NOT NULL,
  `inventory_item_template_count` integer UNSIGNED NOT NULL,
  `exclude_from_utilization` bool NOT NULL,
  `owner_id` bigint NULL,
  `device_count` integer UNSIGNED NOT NULL,
  FOREIGN KEY (`manufacturer_id`) REFERENCES `dcim_manufacturer` (`id`),
  FOREIGN KEY (`default_platform_id`) REFERENCES `dcim_platform` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `dcim_devicerole` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `color` varchar(6) NOT NULL,
  `vm_role` bool NOT NULL,
  `description` varchar(200) NOT NULL,
  `config_template_id` bigint NULL,
  `level` integer UNSIGNED NOT NULL,
  `lft` integer UNSIGNED NOT NULL,
  `rght` integer UNSIGNED NOT NULL,
  `tree_id` integer UNSIGNED NOT NULL,
  `parent_id` bigint NULL,
  `comments` longtext NOT NULL,
  `owner_id` bigint NULL,
  FOREIGN KEY (`parent_id`) REFERENCES `dcim_devicerole` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `dcim_platform` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `description` varchar(200) NOT NULL,
  `manufacturer_id` bigint NULL,
  `config_template_id` bigint NULL,
  `parent_id` bigint NULL,
  `level` integer UNSIGNED NOT NULL,
  `lft` integer UNSIGNED NOT NULL,
  `rght` integer UNSIGNED NOT NULL,
  `tree_id` integer UNSIGNED NOT NULL,
  `comments` longtext NOT NULL,
  `owner_id` bigint NULL,
  FOREIGN KEY (`manufacturer_id`) REFERENCES `dcim_manufacturer` (`id`),
  FOREIGN KEY (`parent_id`) REFERENCES `dcim_platform` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `dcim_device` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `local_context_data` json NULL,
  `name` varchar(64) NULL,
  `serial` varchar(50) NOT NULL,
  `asset_tag` varchar(50) NULL,
  `position` numeric(4, 1) NULL,
  `face` varchar(50) NULL,
  `status` varchar(50) NOT NULL,
  `vc_position` integer UNSIGNED NULL,
  `vc_priority` smallint UNSIGNED NULL,
  `comments` longtext NOT NULL,
  `cluster_id` bigint NULL,
  `role_id` bigint NOT NULL,
  `device_type_id` bigint NOT NULL,
  `location_id` bigint NULL,
  `platform_id` bigint NULL,
  `primary_ip4_id` bigint NULL,
  `primary_ip6_id` bigint NULL,
  `rack_id` bigint NULL,
  `site_id` bigint NOT NULL,
  `tenant_id` bigint NULL,
  `virtual_chassis_id` bigint NULL,
  `airflow` varchar(50) NULL,
  `description` varchar(200) NOT NULL,
  `config_template_id` bigint NULL,
  `latitude` numeric(8, 6) NULL,
  `longitude` numeric(9, 6) NULL,
  `oob_ip_id` bigint NULL,
  `console_port_count` integer UNSIGNED NOT NULL,
  `console_server_port_count` integer UNSIGNED NOT NULL,
  `power_port_count` integer UNSIGNED NOT NULL,
  `power_outlet_count` integer UNSIGNED NOT NULL,
  `interface_count` integer UNSIGNED NOT NULL,
  `front_port_count` integer UNSIGNED NOT NULL,
  `rear_port_count` integer UNSIGNED NOT NULL,
  `device_bay_count` integer UNSIGNED NOT NULL,
  `module_bay_count` integer UNSIGNED NOT NULL,
  `inventory_item_count` integer UNSIGNED NOT NULL,
  `owner_id` bigint NULL,
  UNIQUE (`asset_tag`),
  UNIQUE (`primary_ip4_id`),
  UNIQUE (`primary_ip6_id`),
  UNIQUE (`oob_ip_id`),
  FOREIGN KEY (`role_id`) REFERENCES `dcim_devicerole` (`id`),
  FOREIGN KEY (`device_type_id`) REFERENCES `dcim_devicetype` (`id`),
  FOREIGN KEY (`location_id`) REFERENCES `dcim_location` (`id`),
  FOREIGN KEY (`platform_id`) REFERENCES `dcim_platform` (`id`),
  FOREIGN KEY (`primary_ip4_id`) REFERENCES `ipam_ipaddress` (`id`),
  FOREIGN KEY (`primary_ip6_id`) REFERENCES `ipam_ipaddress` (`id`),
  FOREIGN KEY (`rack_id`) REFERENCES `dcim_rack` (`id`),
  FOREIGN KEY (`site_id`) REFERENCES `dcim_site` (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenancy_tenant` (`id`),
  FOREIGN KEY (`oob_ip_id`) REFERENCES `ipam_ipaddress` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `dcim_interface` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(64) NOT NULL,
  `label` varchar(64) NOT NULL,
  `description` varchar(200) NOT NULL,
  `mark_connected` bool NOT NULL,
  `enabled` bool NOT NULL,
  `mtu` integer UNSIGNED NULL,
  `mode` varchar(50) NULL,
  `_name` varchar(100) NOT NULL,
  `type` varchar(50) NOT NULL,
  `mgmt_only` bool NOT NULL,
  `_path_id` bigint NULL,
  `cable_id` bigint NULL,
  `device_id` bigint NOT NULL,
  `lag_id` bigint NULL,
  `parent_id` bigint NULL,
  `untagged_vlan_id` bigint NULL,
  `wwn` varchar(23) NULL,
  `bridge_id` bigint NULL,
  `rf_role` varchar(30) NULL,
  `rf_channel` varchar(50) NULL,
  `rf_channel_frequency` numeric(8, 3) NULL,
  `rf_channel_width` numeric(7, 3) NULL,
  `tx_power` smallint NULL,
  `wireless_link_id` bigint NULL,
  `module_id` bigint NULL,
  `vrf_id` bigint NULL,
  `duplex` varchar(50) NULL,
  `speed` bigint UNSIGNED NULL,
  `poe_mode` varchar(50) NULL,
  `poe_type` varchar(50) NULL,
  `cable_end` varchar(1) NULL,
  `vlan_translation_policy_id` bigint NULL,
  `qinq_svlan_id` bigint NULL,
  `primary_mac_address_id` bigint NULL,
  `_location_id` bigint NULL,
  `_rack_id` bigint NULL,
  `_site_id` bigint NULL,
  `owner_id` bigint NULL,
  `cable_connector` smallint UNSIGNED NULL,
  `cable_positions` json NULL,
  UNIQUE (`primary_mac_address_id`),
  FOREIGN KEY (`cable_id`) REFERENCES `dcim_cable` (`id`),
  FOREIGN KEY (`device_id`) REFERENCES `dcim_device` (`id`),
  FOREIGN KEY (`lag_id`) REFERENCES `dcim_interface` (`id`),
  FOREIGN KEY (`parent_id`) REFERENCES `dcim_interface` (`id`),
  FOREIGN KEY (`untagged_vlan_id`) REFERENCES `ipam_vlan` (`id`),
  FOREIGN KEY (`bridge_id`) REFERENCES `dcim_interface` (`id`),
  FOREIGN KEY (`qinq_svlan_id`) REFERENCES `ipam_vlan` (`id`),
  FOREIGN KEY (`primary_mac_address_id`) REFERENCES `dcim_macaddress` (`id`),
  FOREIGN KEY (`_location_id`) REFERENCES `dcim_location` (`id`),
  FOREIGN KEY (`_rack_id`) REFERENCES `dcim_rack` (`id`),
  FOREIGN KEY (`_site_id`) REFERENCES `dcim_site` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `dcim_cable` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `type` varchar(50) NULL,
  `status` varchar(50) NOT NULL,
  `label` varchar(100) NOT NULL,
  `color` varchar(6) NOT NULL,
  `length` numeric(8, 2) NULL,
  `length_unit` varchar(50) NULL,
  `_abs_length` numeric(14, 4) NULL,
  `tenant_id` bigint NULL,
  `comments` longtext NOT NULL,
  `description` varchar(200) NOT NULL,
  `owner_id` bigint NULL,
  `profile` varchar(50) NOT NULL,
  `bundle_id` bigint NULL,
  FOREIGN KEY (`tenant_id`) REFERENCES `tenancy_tenant` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `dcim_macaddress` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `description` varchar(200) NOT NULL,
  `comments` longtext NOT NULL,
  `mac_address` varchar(17) NOT NULL,
  `assigned_object_id` bigint UNSIGNED NULL,
  `assigned_object_type_id` integer NULL,
  `owner_id` bigint NULL,
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `ipam_prefix` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `prefix` varchar(50) NOT NULL,
  `status` varchar(50) NOT NULL,
  `is_pool` bool NOT NULL,
  `description` varchar(200) NOT NULL,
  `role_id` bigint NULL,
  `tenant_id` bigint NULL,
  `vlan_id` bigint NULL,
  `vrf_id` bigint NULL,
  `_children` bigint UNSIGNED NOT NULL,
  `_depth` smallint UNSIGNED NOT NULL,
  `mark_utilized` bool NOT NULL,
  `comments` longtext NOT NULL,
  `scope_id` bigint UNSIGNED NULL,
  `scope_type_id` integer NULL,
  `_location_id` bigint NULL,
  `_region_id` bigint NULL,
  `_site_id` bigint NULL,
  `_site_group_id` bigint NULL,
  `owner_id` bigint NULL,
  FOREIGN KEY (`tenant_id`) REFERENCES `tenancy_tenant` (`id`),
  FOREIGN KEY (`vlan_id`) REFERENCES `ipam_vlan` (`id`),
  FOREIGN KEY (`_location_id`) REFERENCES `dcim_location` (`id`),
  FOREIGN KEY (`_region_id`) REFERENCES `dcim_region` (`id`),
  FOREIGN KEY (`_site_id`) REFERENCES `dcim_site` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `ipam_ipaddress` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `address` varchar(50) NOT NULL,
  `status` varchar(50) NOT NULL,
  `role` varchar(50) NULL,
  `assigned_object_id` bigint UNSIGNED NULL,
  `dns_name` varchar(255) NOT NULL,
  `description` varchar(200) NOT NULL,
  `assigned_object_type_id` integer NULL,
  `nat_inside_id` bigint NULL,
  `tenant_id` bigint NULL,
  `vrf_id` bigint NULL,
  `comments` longtext NOT NULL,
  `owner_id` bigint NULL,
  FOREIGN KEY (`nat_inside_id`) REFERENCES `ipam_ipaddress` (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenancy_tenant` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `ipam_vlan` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `vid` smallint UNSIGNED NOT NULL,
  `name` varchar(64) NOT NULL,
  `status` varchar(50) NOT NULL,
  `description` varchar(200) NOT NULL,
  `group_id` bigint NULL,
  `role_id` bigint NULL,
  `site_id` bigint NULL,
  `tenant_id` bigint NULL,
  `comments` longtext NOT NULL,
  `qinq_role` varchar(50) NULL,
  `qinq_svlan_id` bigint NULL,
  `owner_id` bigint NULL,
  FOREIGN KEY (`site_id`) REFERENCES `dcim_site` (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenancy_tenant` (`id`),
  FOREIGN KEY (`qinq_svlan_id`) REFERENCES `ipam_vlan` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `circuits_provider` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `comments` longtext NOT NULL,
  `description` varchar(200) NOT NULL,
  `owner_id` bigint NULL,
  UNIQUE (`name`),
  UNIQUE (`slug`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `circuits_circuit` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `cid` varchar(100) NOT NULL,
  `status` varchar(50) NOT NULL,
  `install_date` date NULL,
  `commit_rate` integer UNSIGNED NULL,
  `description` varchar(200) NOT NULL,
  `comments` longtext NOT NULL,
  `provider_id` bigint NOT NULL,
  `tenant_id` bigint NULL,
  `termination_a_id` bigint NULL,
  `termination_z_id` bigint NULL,
  `type_id` bigint NOT NULL,
  `termination_date` date NULL,
  `provider_account_id` bigint NULL,
  `_abs_distance` numeric(13, 4) NULL,
  `distance` numeric(8, 2) NULL,
  `distance_unit` varchar(50) NULL,
  `owner_id` bigint NULL,
  FOREIGN KEY (`provider_id`) REFERENCES `circuits_provider` (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenancy_tenant` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `virtualization_virtualmachine` (
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `custom_field_data` json NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `local_context_data` json NULL,
  `name` varchar(64) NOT NULL,
  `status` varchar(50) NOT NULL,
  `vcpus` numeric(6, 2) NULL,
  `memory` integer UNSIGNED NULL,
  `disk` integer UNSIGNED NULL,
  `comments` longtext NOT NULL,
  `cluster_id` bigint NULL,
  `platform_id` bigint NULL,
  `primary_ip4_id` bigint NULL,
  `primary_ip6_id` bigint NULL,
  `role_id` bigint NULL,
  `tenant_id` bigint NULL,
  `site_id` bigint NULL,
  `device_id` bigint NULL,
  `description` varchar(200) NOT NULL,
  `interface_count` integer UNSIGNED NOT NULL,
  `config_template_id` bigint NULL,
  `virtual_disk_count` integer UNSIGNED NOT NULL,
  `serial` varchar(50) NOT NULL,
  `owner_id` bigint NULL,
  `start_on_boot` varchar(32) NOT NULL,
  `virtual_machine_type_id` bigint NULL,
  UNIQUE (`primary_ip4_id`),
  UNIQUE (`primary_ip6_id`),
  FOREIGN KEY (`platform_id`) REFERENCES `dcim_platform` (`id`),
  FOREIGN KEY (`primary_ip4_id`) REFERENCES `ipam_ipaddress` (`id`),
  FOREIGN KEY (`primary_ip6_id`) REFERENCES `ipam_ipaddress` (`id`),
  FOREIGN KEY (`role_id`) REFERENCES `dcim_devicerole` (`id`),
  FOREIGN KEY (`tenant_id`) REFERENCES `tenancy_tenant` (`id`),
  FOREIGN KEY (`site_id`) REFERENCES `dcim_site` (`id`),
  FOREIGN KEY (`device_id`) REFERENCES `dcim_device` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `extras_tag` (
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `color` varchar(6) NOT NULL,
  `description` varchar(200) NOT NULL,
  `weight` smallint UNSIGNED NOT NULL,
  `owner_id` bigint NULL,
  UNIQUE (`name`),
  UNIQUE (`slug`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `extras_taggeditem` (
  `object_id` integer NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `content_type_id` integer NOT NULL,
  `tag_id` bigint NOT NULL,
  FOREIGN KEY (`tag_id`) REFERENCES `extras_tag` (`id`)
);

CREATE TABLE `extras_journalentry` (
  `last_updated` datetime(6) NULL,
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `assigned_object_id` bigint UNSIGNED NOT NULL,
  `created` datetime(6) NULL,
  `kind` varchar(30) NOT NULL,
  `comments` longtext NOT NULL,
  `assigned_object_type_id` integer NOT NULL,
  `created_by_id` bigint NULL,
  `custom_field_data` json NOT NULL,
  FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `extras_savedfilter` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime(6) NULL,
  `last_updated` datetime(6) NULL,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `description` varchar(200) NOT NULL,
  `weight` smallint UNSIGNED NOT NULL,
  `enabled` bool NOT NULL,
  `shared` bool NOT NULL,
  `parameters` json NOT NULL,
  `user_id` bigint NULL,
  `owner_id` bigint NULL,
  UNIQUE (`name`),
  UNIQUE (`slug`),
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`),
  FOREIGN KEY (`owner_id`) REFERENCES `users_owner` (`id`)
);

CREATE TABLE `extras_bookmark` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `object_id` bigint UNSIGNED NOT NULL,
  `object_type_id` integer NOT NULL,
  `user_id` bigint NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `extras_notification` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `read` datetime(6) NULL,
  `object_id` bigint UNSIGNED NOT NULL,
  `event_type` varchar(50) NOT NULL,
  `object_type_id` integer NOT NULL,
  `object_repr` varchar(200) NOT NULL,
  `user_id` bigint NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `extras_subscription` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `object_id` bigint UNSIGNED NOT NULL,
  `object_type_id` integer NOT NULL,
  `user_id` bigint NOT NULL,
  FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
);

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL PRIMARY KEY,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL
);

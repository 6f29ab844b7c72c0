-- Zentral (zentralopensource/zentral, Apache-2.0 core), Django migrations run into PostgreSQL 15, written as MySQL

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `accounts_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6),
  `is_superuser` TINYINT(1) NOT NULL,
  `username` VARCHAR(150) NOT NULL,
  `first_name` VARCHAR(150) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  `is_remote` TINYINT(1) NOT NULL,
  `password_updated_at` DATETIME(6),
  `is_service_account` TINYINT(1) NOT NULL,
  `description` LONGTEXT NOT NULL,
  `items_per_page` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_email_b2644a56_uniq` (`email`),
  UNIQUE KEY `accounts_user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_groups_user_id_group_id_59c0b32f_uniq` (`user_id`, `group_id`),
  CONSTRAINT `accounts_user_groups_group_id_bd11a704_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `accounts_user_groups_user_id_52b62117_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_apitoken` (
  `hashed_key` VARCHAR(64) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  `expiry` DATETIME(6),
  `id` CHAR(36) NOT NULL,
  `name` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `accounts_apitoken_user_id_bbee13e0_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_usertotp` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(256) NOT NULL,
  `secret` VARCHAR(256) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_usertotp_user_id_name_a99c0ceb_uniq` (`user_id`, `name`),
  CONSTRAINT `accounts_usertotp_user_id_f59b28d6_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_userwebauthn` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(256) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  `key_handle` VARCHAR(255) NOT NULL,
  `public_key` LONGBLOB NOT NULL,
  `rp_id` LONGTEXT NOT NULL,
  `sign_count` INT NOT NULL,
  `transports` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_useru2f_user_id_name_544ae5b6_uniq` (`user_id`, `name`),
  UNIQUE KEY `accounts_userwebauthn_user_id_key_handle_bed311d0_uniq` (`user_id`, `key_handle`),
  CONSTRAINT `accounts_useru2f_user_id_1cc3898b_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_userpasswordhistory` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `accounts_userpasswor_user_id_ee971168_fk_accounts_` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `realms_realm` (
  `uuid` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `enabled_for_login` TINYINT(1) NOT NULL,
  `backend` VARCHAR(255) NOT NULL,
  `config` JSON NOT NULL,
  `username_claim` VARCHAR(255) NOT NULL,
  `email_claim` VARCHAR(255) NOT NULL,
  `first_name_claim` VARCHAR(255) NOT NULL,
  `last_name_claim` VARCHAR(255) NOT NULL,
  `full_name_claim` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `login_session_expiry` INT,
  `custom_attr_1_claim` VARCHAR(255) NOT NULL,
  `custom_attr_2_claim` VARCHAR(255) NOT NULL,
  `scim_enabled` TINYINT(1) NOT NULL,
  `user_portal` TINYINT(1) NOT NULL,
  PRIMARY KEY (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `realms_realmuser` (
  `uuid` CHAR(36) NOT NULL,
  `claims` JSON NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `first_name` VARCHAR(255) NOT NULL,
  `last_name` VARCHAR(255) NOT NULL,
  `full_name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `realm_id` CHAR(36) NOT NULL,
  `password_hash` JSON,
  `custom_attr_1` VARCHAR(255) NOT NULL,
  `custom_attr_2` VARCHAR(255) NOT NULL,
  `scim_active` TINYINT(1) NOT NULL,
  `scim_external_id` VARCHAR(255),
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `realms_realmuser_realm_id_scim_external_id_5e7f5de9_uniq` (`realm_id`, `scim_external_id`),
  UNIQUE KEY `realms_realmuser_realm_id_username_82f3d037_uniq` (`realm_id`, `username`),
  CONSTRAINT `realms_realmuser_realm_id_43452509_fk_realms_realm_uuid` FOREIGN KEY (`realm_id`) REFERENCES `realms_realm` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `realms_realmemail` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `primary` TINYINT(1) NOT NULL,
  `type` VARCHAR(255) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `realms_realmemail_user_id_802f5834_fk_realms_realmuser_uuid` FOREIGN KEY (`user_id`) REFERENCES `realms_realmuser` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `realms_realmgroup` (
  `uuid` CHAR(36) NOT NULL,
  `scim_external_id` VARCHAR(255),
  `display_name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `parent_id` CHAR(36),
  `realm_id` CHAR(36) NOT NULL,
  `scim_managed` TINYINT(1) NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `realms_realmgroup_realm_id_display_name_8e58c5a7_uniq` (`realm_id`, `display_name`),
  UNIQUE KEY `realms_realmgroup_realm_id_scim_external_id_8b2255e3_uniq` (`realm_id`, `scim_external_id`),
  CONSTRAINT `realms_realmgroup_parent_id_41af189f_fk_realms_realmgroup_uuid` FOREIGN KEY (`parent_id`) REFERENCES `realms_realmgroup` (`uuid`),
  CONSTRAINT `realms_realmgroup_realm_id_64bc3cdb_fk_realms_realm_uuid` FOREIGN KEY (`realm_id`) REFERENCES `realms_realm` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `realms_realmusergroupmembership` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `group_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `realms_realmusergrou_group_id_284547c3_fk_realms_re` FOREIGN KEY (`group_id`) REFERENCES `realms_realmgroup` (`uuid`),
  CONSTRAINT `realms_realmusergrou_user_id_85992c3c_fk_realms_re` FOREIGN KEY (`user_id`) REFERENCES `realms_realmuser` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `realms_realmauthenticationsession` (
  `uuid` CHAR(36) NOT NULL,
  `callback` VARCHAR(255) NOT NULL,
  `callback_kwargs` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `realm_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36),
  `backend_state` JSON,
  `save_password_hash` TINYINT(1) NOT NULL,
  `expires_at` DATETIME(6),
  PRIMARY KEY (`uuid`),
  CONSTRAINT `realms_realmauthenti_realm_id_76a41bc7_fk_realms_re` FOREIGN KEY (`realm_id`) REFERENCES `realms_realm` (`uuid`),
  CONSTRAINT `realms_realmauthenti_user_id_1cb95b48_fk_realms_re` FOREIGN KEY (`user_id`) REFERENCES `realms_realmuser` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `realms_realmgroupmapping` (
  `uuid` CHAR(36) NOT NULL,
  `claim` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `separator` VARCHAR(64) NOT NULL,
  `realm_group_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `realms_realmgroupmapping_claim_value_realm_group__fe76cf0c_uniq` (`claim`, `value`, `realm_group_id`),
  CONSTRAINT `realms_realmgroupmap_realm_group_id_8fabccec_fk_realms_re` FOREIGN KEY (`realm_group_id`) REFERENCES `realms_realmgroup` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `realms_rolemapping` (
  `uuid` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `group_id` INT NOT NULL,
  `realm_group_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `realms_rolemapping_realm_group_id_group_id_0f0c94ad_uniq` (`realm_group_id`, `group_id`),
  CONSTRAINT `realms_rolemapping_group_id_1a4e440a_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `realms_rolemapping_realm_group_id_98a3696b_fk_realms_re` FOREIGN KEY (`realm_group_id`) REFERENCES `realms_realmgroup` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_metabusinessunit` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_metabusinessunit_name_f22c8f61_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_source` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mt_hash` VARCHAR(40) NOT NULL,
  `mt_created_at` DATETIME(6) NOT NULL,
  `module` LONGTEXT NOT NULL,
  `name` LONGTEXT NOT NULL,
  `config` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_source_mt_hash_2ad0f8c8_uniq` (`mt_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_businessunit` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mt_hash` VARCHAR(40) NOT NULL,
  `mt_created_at` DATETIME(6) NOT NULL,
  `reference` LONGTEXT NOT NULL,
  `key` VARCHAR(40) NOT NULL,
  `name` LONGTEXT NOT NULL,
  `meta_business_unit_id` INT NOT NULL,
  `source_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_businessunit_mt_hash_0fe1ad77_uniq` (`mt_hash`),
  CONSTRAINT `inventory_businessun_meta_business_unit_i_2b63dbc2_fk_inventory` FOREIGN KEY (`meta_business_unit_id`) REFERENCES `inventory_metabusinessunit` (`id`),
  CONSTRAINT `inventory_businessun_source_id_710df234_fk_inventory` FOREIGN KEY (`source_id`) REFERENCES `inventory_source` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_osversion` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mt_hash` VARCHAR(40) NOT NULL,
  `mt_created_at` DATETIME(6) NOT NULL,
  `name` LONGTEXT,
  `major` INT NOT NULL,
  `minor` INT,
  `patch` INT,
  `build` LONGTEXT,
  `version` LONGTEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_osversion_mt_hash_ba54cdb8_uniq` (`mt_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_principalusersource` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mt_hash` VARCHAR(40) NOT NULL,
  `mt_created_at` DATETIME(6) NOT NULL,
  `type` VARCHAR(64) NOT NULL,
  `properties` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_principalusersource_mt_hash_key` (`mt_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_principaluser` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mt_hash` VARCHAR(40) NOT NULL,
  `mt_created_at` DATETIME(6) NOT NULL,
  `unique_id` LONGTEXT NOT NULL,
  `principal_name` LONGTEXT NOT NULL,
  `display_name` LONGTEXT,
  `source_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_principaluser_mt_hash_key` (`mt_hash`),
  CONSTRAINT `inventory_principalu_source_id_d77cd880_fk_inventory` FOREIGN KEY (`source_id`) REFERENCES `inventory_principalusersource` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_systeminfo` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mt_hash` VARCHAR(40) NOT NULL,
  `mt_created_at` DATETIME(6) NOT NULL,
  `computer_name` LONGTEXT,
  `hostname` LONGTEXT,
  `hardware_model` LONGTEXT,
  `hardware_serial` LONGTEXT,
  `cpu_type` LONGTEXT,
  `cpu_subtype` LONGTEXT,
  `cpu_brand` LONGTEXT,
  `cpu_physical_cores` INT,
  `cpu_logical_cores` INT,
  `physical_memory` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_systeminfo_mt_hash_2b6daea0_uniq` (`mt_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_teamviewer` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mt_hash` VARCHAR(40) NOT NULL,
  `mt_created_at` DATETIME(6) NOT NULL,
  `teamviewer_id` LONGTEXT NOT NULL,
  `release` LONGTEXT,
  `unattended` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_teamviewer_mt_hash_87e26e12_uniq` (`mt_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_machinesnapshot` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mt_hash` VARCHAR(40) NOT NULL,
  `mt_created_at` DATETIME(6) NOT NULL,
  `reference` LONGTEXT,
  `business_unit_id` INT,
  `os_version_id` INT,
  `source_id` INT NOT NULL,
  `system_info_id` INT,
  `teamviewer_id` INT,
  `public_ip_address` VARCHAR(39),
  `platform` VARCHAR(32),
  `type` VARCHAR(32),
  `serial_number` LONGTEXT NOT NULL,
  `puppet_node_id` INT,
  `imei` VARCHAR(18),
  `meid` VARCHAR(18),
  `principal_user_id` INT,
  `extra_facts` JSON,
  `ec2_instance_metadata_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_machinesnapshot_mt_hash_10ea2df5_uniq` (`mt_hash`),
  CONSTRAINT `inventory_machinesna_business_unit_id_52c53022_fk_inventory` FOREIGN KEY (`business_unit_id`) REFERENCES `inventory_businessunit` (`id`),
  CONSTRAINT `inventory_machinesna_os_version_id_f795b5f0_fk_inventory` FOREIGN KEY (`os_version_id`) REFERENCES `inventory_osversion` (`id`),
  CONSTRAINT `inventory_machinesna_principal_user_id_f649ec78_fk_inventory` FOREIGN KEY (`principal_user_id`) REFERENCES `inventory_principaluser` (`id`),
  CONSTRAINT `inventory_machinesna_source_id_231d5330_fk_inventory` FOREIGN KEY (`source_id`) REFERENCES `inventory_source` (`id`),
  CONSTRAINT `inventory_machinesna_system_info_id_1907c698_fk_inventory` FOREIGN KEY (`system_info_id`) REFERENCES `inventory_systeminfo` (`id`),
  CONSTRAINT `inventory_machinesna_teamviewer_id_854567f8_fk_inventory` FOREIGN KEY (`teamviewer_id`) REFERENCES `inventory_teamviewer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_currentmachinesnapshot` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `serial_number` VARCHAR(255) NOT NULL,
  `machine_snapshot_id` INT NOT NULL,
  `source_id` INT NOT NULL,
  `last_seen` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_currentmachine_serial_number_source_id_96bd63f7_uniq` (`serial_number`, `source_id`),
  CONSTRAINT `inventory_currentmac_machine_snapshot_id_b49581ff_fk_inventory` FOREIGN KEY (`machine_snapshot_id`) REFERENCES `inventory_machinesnapshot` (`id`) ON DELETE CASCADE,
  CONSTRAINT `inventory_currentmac_source_id_6f24c447_fk_inventory` FOREIGN KEY (`source_id`) REFERENCES `inventory_source` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_machinesnapshotcommit` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `serial_number` VARCHAR(255) NOT NULL,
  `version` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `machine_snapshot_id` INT NOT NULL,
  `parent_id` INT,
  `source_id` INT NOT NULL,
  `last_seen` DATETIME(6),
  `system_uptime` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_machinesnapsho_serial_number_source_id__f9fee8fa_uniq` (`serial_number`, `source_id`, `version`),
  CONSTRAINT `inventory_machinesna_machine_snapshot_id_4eb24b54_fk_inventory` FOREIGN KEY (`machine_snapshot_id`) REFERENCES `inventory_machinesnapshot` (`id`),
  CONSTRAINT `inventory_machinesna_parent_id_27332f54_fk_inventory` FOREIGN KEY (`parent_id`) REFERENCES `inventory_machinesnapshotcommit` (`id`) ON DELETE SET NULL,
  CONSTRAINT `inventory_machinesna_source_id_50efeaf7_fk_inventory` FOREIGN KEY (`source_id`) REFERENCES `inventory_source` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_networkinterface` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mt_hash` VARCHAR(40) NOT NULL,
  `mt_created_at` DATETIME(6) NOT NULL,
  `interface` LONGTEXT NOT NULL,
  `mac` VARCHAR(23) NOT NULL,
  `address` VARCHAR(39),
  `mask` VARCHAR(39),
  `broadcast` VARCHAR(39),
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_networkinterface_mt_hash_4e3df451_uniq` (`mt_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_machinesnapshot_network_interfaces` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `machinesnapshot_id` INT NOT NULL,
  `networkinterface_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_machinesnapsho_machinesnapshot_id_netwo_7e7b3deb_uniq` (`machinesnapshot_id`, `networkinterface_id`),
  CONSTRAINT `inventory_machinesna_machinesnapshot_id_bbd08eb3_fk_inventory` FOREIGN KEY (`machinesnapshot_id`) REFERENCES `inventory_machinesnapshot` (`id`) ON DELETE CASCADE,
  CONSTRAINT `inventory_machinesna_networkinterface_id_f55f2709_fk_inventory` FOREIGN KEY (`networkinterface_id`) REFERENCES `inventory_networkinterface` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_certificate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mt_hash` VARCHAR(40) NOT NULL,
  `mt_created_at` DATETIME(6) NOT NULL,
  `common_name` LONGTEXT,
  `organization` LONGTEXT,
  `organizational_unit` LONGTEXT,
  `sha_1` VARCHAR(40),
  `sha_256` VARCHAR(64),
  `valid_from` DATETIME(6),
  `valid_until` DATETIME(6),
  `signed_by_id` INT,
  `domain` LONGTEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_certificate_mt_hash_f0b4c58f_uniq` (`mt_hash`),
  CONSTRAINT `inventory_certificat_signed_by_id_275b530e_fk_inventory` FOREIGN KEY (`signed_by_id`) REFERENCES `inventory_certificate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_machinesnapshot_certificates` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `machinesnapshot_id` INT NOT NULL,
  `certificate_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_machinesnapsho_machinesnapshot_id_certi_6605f504_uniq` (`machinesnapshot_id`, `certificate_id`),
  CONSTRAINT `inventory_machinesna_certificate_id_e90aabc3_fk_inventory` FOREIGN KEY (`certificate_id`) REFERENCES `inventory_certificate` (`id`),
  CONSTRAINT `inventory_machinesna_machinesnapshot_id_ee80800a_fk_inventory` FOREIGN KEY (`machinesnapshot_id`) REFERENCES `inventory_machinesnapshot` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_disk` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mt_hash` VARCHAR(40) NOT NULL,
  `mt_created_at` DATETIME(6) NOT NULL,
  `name` LONGTEXT NOT NULL,
  `size` BIGINT NOT NULL,
  `encryption_status` LONGTEXT,
  `filevault_status` LONGTEXT,
  `label` LONGTEXT,
  `path` LONGTEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_disk_mt_hash_key` (`mt_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_machinesnapshot_disks` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `machinesnapshot_id` INT NOT NULL,
  `disk_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_machinesnapsho_machinesnapshot_id_disk__080ba537_uniq` (`machinesnapshot_id`, `disk_id`),
  CONSTRAINT `inventory_machinesna_disk_id_6258367d_fk_inventory` FOREIGN KEY (`disk_id`) REFERENCES `inventory_disk` (`id`),
  CONSTRAINT `inventory_machinesna_machinesnapshot_id_633f9abc_fk_inventory` FOREIGN KEY (`machinesnapshot_id`) REFERENCES `inventory_machinesnapshot` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_taxonomy` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(256) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `meta_business_unit_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_taxonomy_name_key` (`name`),
  CONSTRAINT `inventory_taxonomy_meta_business_unit_i_b8c5720d_fk_inventory` FOREIGN KEY (`meta_business_unit_id`) REFERENCES `inventory_metabusinessunit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_tag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `color` VARCHAR(6) NOT NULL,
  `meta_business_unit_id` INT,
  `slug` VARCHAR(255) NOT NULL,
  `taxonomy_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_tag_name_6120b3d1_uniq` (`name`),
  UNIQUE KEY `inventory_tag_slug_f001d4ed_uniq` (`slug`),
  CONSTRAINT `inventory_tag_meta_business_unit_i_dae11205_fk_inventory` FOREIGN KEY (`meta_business_unit_id`) REFERENCES `inventory_metabusinessunit` (`id`),
  CONSTRAINT `inventory_tag_taxonomy_id_ab3ed32d_fk_inventory_taxonomy_id` FOREIGN KEY (`taxonomy_id`) REFERENCES `inventory_taxonomy` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_machinetag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `serial_number` VARCHAR(255) NOT NULL,
  `tag_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_machinetag_serial_number_tag_id_38746cf0_uniq` (`serial_number`, `tag_id`),
  CONSTRAINT `inventory_machinetag_tag_id_e1972764_fk_inventory_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `inventory_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_enrollmentsecret` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `secret` VARCHAR(256) NOT NULL,
  `serial_numbers` JSON,
  `udids` JSON,
  `quota` INT,
  `revoked_at` DATETIME(6),
  `expired_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `meta_business_unit_id` INT NOT NULL,
  `request_count` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_enrollmentsecret_secret_key` (`secret`),
  CONSTRAINT `inventory_enrollment_meta_business_unit_i_cf01c207_fk_inventory` FOREIGN KEY (`meta_business_unit_id`) REFERENCES `inventory_metabusinessunit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_enrollmentsecretrequest` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `public_ip_address` VARCHAR(39) NOT NULL,
  `user_agent` LONGTEXT NOT NULL,
  `udid` LONGTEXT,
  `serial_number` LONGTEXT,
  `created_at` DATETIME(6) NOT NULL,
  `enrollment_secret_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `inventory_enrollment_enrollment_secret_id_9cbd2425_fk_inventory` FOREIGN KEY (`enrollment_secret_id`) REFERENCES `inventory_enrollmentsecret` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_osxapp` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mt_hash` VARCHAR(40) NOT NULL,
  `mt_created_at` DATETIME(6) NOT NULL,
  `bundle_id` LONGTEXT,
  `bundle_name` LONGTEXT,
  `bundle_version` LONGTEXT,
  `bundle_version_str` LONGTEXT,
  `bundle_display_name` LONGTEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_osxapp_mt_hash_87e0d4b9_uniq` (`mt_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_osxappinstance` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `mt_hash` VARCHAR(40) NOT NULL,
  `mt_created_at` DATETIME(6) NOT NULL,
  `bundle_path` LONGTEXT,
  `path` LONGTEXT,
  `sha_1` VARCHAR(40),
  `sha_256` VARCHAR(64),
  `type` LONGTEXT,
  `app_id` INT NOT NULL,
  `signed_by_id` INT,
  `cd_hash` LONGTEXT,
  `entitlements` JSON,
  `secure_signing_time` DATETIME(6),
  `signing_time` DATETIME(6),
  `team_id` LONGTEXT,
  `executable_path` LONGTEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_osxappinstance_mt_hash_ec0a4deb_uniq` (`mt_hash`),
  CONSTRAINT `inventory_osxappinst_signed_by_id_05807052_fk_inventory` FOREIGN KEY (`signed_by_id`) REFERENCES `inventory_certificate` (`id`),
  CONSTRAINT `inventory_osxappinstance_app_id_a168b9df_fk_inventory_osxapp_id` FOREIGN KEY (`app_id`) REFERENCES `inventory_osxapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inventory_machinesnapshot_osx_app_instances` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `machinesnapshot_id` INT NOT NULL,
  `osxappinstance_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `inventory_machinesnapsho_machinesnapshot_id_osxap_5deebd3b_uniq` (`machinesnapshot_id`, `osxappinstance_id`),
  CONSTRAINT `inventory_machinesna_machinesnapshot_id_995b6e95_fk_inventory` FOREIGN KEY (`machinesnapshot_id`) REFERENCES `inventory_machinesnapshot` (`id`) ON DELETE CASCADE,
  CONSTRAINT `inventory_machinesna_osxappinstance_id_137ea661_fk_inventory` FOREIGN KEY (`osxappinstance_id`) REFERENCES `inventory_osxappinstance` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_pushcertificate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(256) NOT NULL,
  `topic` VARCHAR(256),
  `not_before` DATETIME(6),
  `not_after` DATETIME(6),
  `certificate` LONGBLOB,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `private_key` LONGTEXT NOT NULL,
  `provisioning_uid` VARCHAR(256),
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_pushcertificate_name_key` (`name`),
  UNIQUE KEY `mdm_pushcertificate_provisioning_uid_key` (`provisioning_uid`),
  UNIQUE KEY `mdm_pushcertificate_topic_key` (`topic`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_location` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `server_token_hash` VARCHAR(40) NOT NULL,
  `server_token` LONGTEXT,
  `server_token_expiration_date` DATETIME(6) NOT NULL,
  `organization_name` LONGTEXT NOT NULL,
  `name` LONGTEXT NOT NULL,
  `country_code` VARCHAR(2) NOT NULL,
  `library_uid` LONGTEXT NOT NULL,
  `platform` LONGTEXT NOT NULL,
  `website_url` VARCHAR(200) NOT NULL,
  `mdm_info_id` CHAR(36) NOT NULL,
  `notification_auth_token_hash` VARCHAR(64) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_location_mdm_info_id_key` (`mdm_info_id`),
  UNIQUE KEY `mdm_location_server_token_hash_key` (`server_token_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_filevaultconfig` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(256) NOT NULL,
  `escrow_location_display_name` VARCHAR(256) NOT NULL,
  `at_login_only` TINYINT(1) NOT NULL,
  `bypass_attempts` INT NOT NULL,
  `show_recovery_key` TINYINT(1) NOT NULL,
  `destroy_key_on_standby` TINYINT(1) NOT NULL,
  `prk_rotation_interval_days` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `prk_reveal_rotation_delay` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_filevaultconfig_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_recoverypasswordconfig` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(256) NOT NULL,
  `dynamic_password` TINYINT(1) NOT NULL,
  `static_password` LONGTEXT,
  `rotation_interval_days` INT NOT NULL,
  `rotate_firmware_password` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `reveal_rotation_delay` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_recoverypasswordconfig_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_blueprint` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(256) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `collect_apps` INT NOT NULL,
  `collect_certificates` INT NOT NULL,
  `collect_profiles` INT NOT NULL,
  `inventory_interval` INT NOT NULL,
  `serialized_artifacts` JSON NOT NULL,
  `filevault_config_id` INT,
  `recovery_password_config_id` INT,
  `default_location_id` INT,
  `legacy_profiles_via_ddm` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_blueprint_name_key` (`name`),
  CONSTRAINT `mdm_blueprint_default_location_id_18dfad64_fk_mdm_location_id` FOREIGN KEY (`default_location_id`) REFERENCES `mdm_location` (`id`),
  CONSTRAINT `mdm_blueprint_filevault_config_id_2c96136d_fk_mdm_filev` FOREIGN KEY (`filevault_config_id`) REFERENCES `mdm_filevaultconfig` (`id`),
  CONSTRAINT `mdm_blueprint_recovery_password_co_8ddb3ca1_fk_mdm_recov` FOREIGN KEY (`recovery_password_config_id`) REFERENCES `mdm_recoverypasswordconfig` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_deporganization` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `identifier` VARCHAR(128) NOT NULL,
  `admin_id` VARCHAR(254) NOT NULL,
  `name` LONGTEXT NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `phone` LONGTEXT NOT NULL,
  `address` LONGTEXT NOT NULL,
  `type` VARCHAR(3) NOT NULL,
  `version` VARCHAR(2) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_deptoken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `certificate` LONGBLOB NOT NULL,
  `consumer_key` VARCHAR(128),
  `consumer_secret` LONGTEXT,
  `access_token` VARCHAR(128),
  `access_secret` LONGTEXT,
  `access_token_expiry` DATETIME(6),
  `sync_cursor` VARCHAR(128),
  `last_synced_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `private_key` LONGTEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_acmeissuer` (
  `name` VARCHAR(255) NOT NULL,
  `description` LONGTEXT NOT NULL,
  `backend_kwargs` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `provisioning_uid` VARCHAR(256),
  `backend` TEXT NOT NULL,
  `version` INT NOT NULL,
  `directory_url` VARCHAR(200) NOT NULL,
  `key_size` INT NOT NULL,
  `key_type` TEXT NOT NULL,
  `usage_flags` INT NOT NULL,
  `extended_key_usage` JSON NOT NULL,
  `hardware_bound` TINYINT(1) NOT NULL,
  `attest` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_acmeissuer_name_key` (`name`),
  UNIQUE KEY `mdm_acmeissuer_provisioning_uid_key` (`provisioning_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_scepissuer` (
  `name` VARCHAR(255) NOT NULL,
  `description` LONGTEXT NOT NULL,
  `backend_kwargs` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `provisioning_uid` VARCHAR(256),
  `backend` TEXT NOT NULL,
  `version` INT NOT NULL,
  `url` VARCHAR(200) NOT NULL,
  `key_size` INT NOT NULL,
  `key_usage` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_scepissuer_name_key` (`name`),
  UNIQUE KEY `mdm_scepissuer_provisioning_uid_key` (`provisioning_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_depenrollment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `use_realm_user` TINYINT(1) NOT NULL,
  `realm_user_is_admin` TINYINT(1) NOT NULL,
  `admin_full_name` VARCHAR(80),
  `admin_short_name` VARCHAR(32),
  `name` VARCHAR(125) NOT NULL,
  `allow_pairing` TINYINT(1) NOT NULL,
  `auto_advance_setup` TINYINT(1) NOT NULL,
  `await_device_configured` TINYINT(1) NOT NULL,
  `department` VARCHAR(125) NOT NULL,
  `is_mandatory` TINYINT(1) NOT NULL,
  `is_mdm_removable` TINYINT(1) NOT NULL,
  `is_multi_user` TINYINT(1) NOT NULL,
  `is_supervised` TINYINT(1) NOT NULL,
  `language` VARCHAR(3) NOT NULL,
  `org_magic` VARCHAR(256) NOT NULL,
  `region` VARCHAR(2) NOT NULL,
  `skip_setup_items` JSON NOT NULL,
  `support_email_address` VARCHAR(250) NOT NULL,
  `support_phone_number` VARCHAR(50) NOT NULL,
  `include_tls_certificates` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `blueprint_id` INT,
  `enrollment_secret_id` INT NOT NULL,
  `push_certificate_id` INT NOT NULL,
  `realm_id` CHAR(36),
  `virtual_server_id` INT NOT NULL,
  `ios_min_version` VARCHAR(32) NOT NULL,
  `macos_min_version` VARCHAR(32) NOT NULL,
  `ios_max_version` VARCHAR(32) NOT NULL,
  `macos_max_version` VARCHAR(32) NOT NULL,
  `username_pattern` VARCHAR(255) NOT NULL,
  `display_name` VARCHAR(128) NOT NULL,
  `acme_issuer_id` CHAR(36),
  `scep_issuer_id` CHAR(36) NOT NULL,
  `admin_password_complexity` INT NOT NULL,
  `admin_password_rotation_delay` INT NOT NULL,
  `hidden_admin` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_depenrollment_enrollment_secret_id_key` (`enrollment_secret_id`),
  UNIQUE KEY `mdm_depenrollment_name_key` (`name`),
  UNIQUE KEY `mdm_depenrollment_uuid_key` (`uuid`),
  CONSTRAINT `mdm_depenrollment_acme_issuer_id_626ca435_fk_mdm_acmeissuer_id` FOREIGN KEY (`acme_issuer_id`) REFERENCES `mdm_acmeissuer` (`id`),
  CONSTRAINT `mdm_depenrollment_blueprint_id_cdc0017c_fk_mdm_blueprint_id` FOREIGN KEY (`blueprint_id`) REFERENCES `mdm_blueprint` (`id`),
  CONSTRAINT `mdm_depenrollment_enrollment_secret_id_101b2d2e_fk_inventory` FOREIGN KEY (`enrollment_secret_id`) REFERENCES `inventory_enrollmentsecret` (`id`),
  CONSTRAINT `mdm_depenrollment_push_certificate_id_34267129_fk_mdm_pushc` FOREIGN KEY (`push_certificate_id`) REFERENCES `mdm_pushcertificate` (`id`),
  CONSTRAINT `mdm_depenrollment_realm_id_49fd3688_fk_realms_realm_uuid` FOREIGN KEY (`realm_id`) REFERENCES `realms_realm` (`uuid`),
  CONSTRAINT `mdm_depenrollment_scep_issuer_id_2ab9c2f8_fk_mdm_scepissuer_id` FOREIGN KEY (`scep_issuer_id`) REFERENCES `mdm_scepissuer` (`id`),
  CONSTRAINT `mdm_depenrollment_virtual_server_id_c31c7b85_fk_mdm_depvi` FOREIGN KEY (`virtual_server_id`) REFERENCES `mdm_depvirtualserver` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_depvirtualserver` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` LONGTEXT NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `organization_id` INT NOT NULL,
  `token_id` INT,
  `default_enrollment_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_depvirtualserver_token_id_key` (`token_id`),
  UNIQUE KEY `mdm_depvirtualserver_uuid_key` (`uuid`),
  CONSTRAINT `mdm_depvirtualserver_default_enrollment_i_a35fa24d_fk_mdm_depen` FOREIGN KEY (`default_enrollment_id`) REFERENCES `mdm_depenrollment` (`id`),
  CONSTRAINT `mdm_depvirtualserver_organization_id_4523ab11_fk_mdm_depor` FOREIGN KEY (`organization_id`) REFERENCES `mdm_deporganization` (`id`),
  CONSTRAINT `mdm_depvirtualserver_token_id_50d9910b_fk_mdm_deptoken_id` FOREIGN KEY (`token_id`) REFERENCES `mdm_deptoken` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_depdevice` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `serial_number` VARCHAR(255) NOT NULL,
  `device_assigned_by` VARCHAR(254) NOT NULL,
  `device_assigned_date` DATETIME(6) NOT NULL,
  `last_op_type` VARCHAR(64),
  `last_op_date` DATETIME(6),
  `profile_status` VARCHAR(64) NOT NULL,
  `profile_uuid` CHAR(36),
  `profile_assign_time` DATETIME(6),
  `profile_push_time` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `virtual_server_id` INT NOT NULL,
  `enrollment_id` INT,
  `asset_tag` LONGTEXT NOT NULL,
  `color` VARCHAR(256) NOT NULL,
  `description` VARCHAR(256) NOT NULL,
  `device_family` VARCHAR(256) NOT NULL,
  `model` VARCHAR(256) NOT NULL,
  `os` VARCHAR(256) NOT NULL,
  `disowned_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_depdevice_virtual_server_id_serial_number_002e2a0c_uniq` (`virtual_server_id`, `serial_number`),
  CONSTRAINT `mdm_depdevice_enrollment_id_da1c32d1_fk_mdm_depenrollment_id` FOREIGN KEY (`enrollment_id`) REFERENCES `mdm_depenrollment` (`id`),
  CONSTRAINT `mdm_depdevice_virtual_server_id_7f98a89a_fk_mdm_depvi` FOREIGN KEY (`virtual_server_id`) REFERENCES `mdm_depvirtualserver` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_enrolleddevice` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `serial_number` LONGTEXT NOT NULL,
  `udid` VARCHAR(255) NOT NULL,
  `token` LONGBLOB,
  `push_magic` LONGTEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `push_certificate_id` INT NOT NULL,
  `checkout_at` DATETIME(6),
  `awaiting_configuration` TINYINT(1),
  `enrollment_id` LONGTEXT,
  `cert_fingerprint` LONGBLOB,
  `cert_not_valid_after` DATETIME(6),
  `platform` VARCHAR(64) NOT NULL,
  `blueprint_id` INT,
  `declarative_management` TINYINT(1) NOT NULL,
  `declarations_token` VARCHAR(40) NOT NULL,
  `bootstrap_token` LONGTEXT,
  `unlock_token` LONGTEXT,
  `last_notified_at` DATETIME(6),
  `last_seen_at` DATETIME(6),
  `notification_queued_at` DATETIME(6),
  `activation_lock_manageable` TINYINT(1),
  `apple_silicon` TINYINT(1),
  `apps_updated_at` DATETIME(6),
  `bootstrap_token_allowed_for_authentication` TINYINT(1),
  `bootstrap_token_required_for_kext_approval` TINYINT(1),
  `bootstrap_token_required_for_software_update` TINYINT(1),
  `certificates_updated_at` DATETIME(6),
  `dep_enrollment` TINYINT(1),
  `device_information` JSON,
  `device_information_updated_at` DATETIME(6),
  `os_version` VARCHAR(64),
  `profiles_updated_at` DATETIME(6),
  `security_info` JSON,
  `security_info_updated_at` DATETIME(6),
  `supervised` TINYINT(1),
  `user_approved_enrollment` TINYINT(1),
  `user_enrollment` TINYINT(1),
  `build_version` VARCHAR(32),
  `build_version_extra` VARCHAR(32),
  `os_version_extra` VARCHAR(32),
  `client_capabilities` JSON,
  `blocked_at` DATETIME(6),
  `model` LONGTEXT,
  `name` LONGTEXT,
  `filevault_config_uuid` CHAR(36),
  `filevault_escrow_key` LONGTEXT,
  `filevault_prk` LONGTEXT,
  `filevault_prk_updated_at` DATETIME(6),
  `recovery_password` LONGTEXT,
  `recovery_password_updated_at` DATETIME(6),
  `pending_firmware_password` LONGTEXT,
  `pending_firmware_password_created_at` DATETIME(6),
  `cert_att_serial_number` LONGTEXT,
  `cert_att_udid` LONGTEXT,
  `admin_password` LONGTEXT,
  `admin_password_updated_at` DATETIME(6),
  `last_ip` VARCHAR(39),
  `device_lock_pin` LONGTEXT,
  `device_lock_pin_updated_at` DATETIME(6),
  `declaration_items_snapshot` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_enrolleddevice_udid_key` (`udid`),
  CONSTRAINT `mdm_enrolleddevice_blueprint_id_a17d4886_fk_mdm_blueprint_id` FOREIGN KEY (`blueprint_id`) REFERENCES `mdm_blueprint` (`id`),
  CONSTRAINT `mdm_enrolleddevice_push_certificate_id_afde7e65_fk_mdm_pushc` FOREIGN KEY (`push_certificate_id`) REFERENCES `mdm_pushcertificate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_depenrollmentsession` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `status` VARCHAR(64) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `enrolled_device_id` INT,
  `enrollment_secret_id` INT NOT NULL,
  `scep_request_id` INT,
  `realm_user_id` CHAR(36),
  `dep_enrollment_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_depenrollmentsession_enrollment_secret_id_key` (`enrollment_secret_id`),
  CONSTRAINT `mdm_depenrollmentses_dep_enrollment_id_f27a7542_fk_mdm_depen` FOREIGN KEY (`dep_enrollment_id`) REFERENCES `mdm_depenrollment` (`id`),
  CONSTRAINT `mdm_depenrollmentses_enrolled_device_id_a71c933b_fk_mdm_enrol` FOREIGN KEY (`enrolled_device_id`) REFERENCES `mdm_enrolleddevice` (`id`),
  CONSTRAINT `mdm_depenrollmentses_enrollment_secret_id_e6592bb4_fk_inventory` FOREIGN KEY (`enrollment_secret_id`) REFERENCES `inventory_enrollmentsecret` (`id`),
  CONSTRAINT `mdm_depenrollmentses_realm_user_id_01d1f614_fk_realms_re` FOREIGN KEY (`realm_user_id`) REFERENCES `realms_realmuser` (`uuid`),
  CONSTRAINT `mdm_depenrollmentses_scep_request_id_52db6c73_fk_inventory` FOREIGN KEY (`scep_request_id`) REFERENCES `inventory_enrollmentsecretrequest` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_otaenrollment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `enrollment_secret_id` INT NOT NULL,
  `name` VARCHAR(256) NOT NULL,
  `realm_id` CHAR(36),
  `push_certificate_id` INT NOT NULL,
  `blueprint_id` INT,
  `display_name` VARCHAR(128) NOT NULL,
  `acme_issuer_id` CHAR(36),
  `scep_issuer_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_otaenrollment_enrollment_secret_id_key` (`enrollment_secret_id`),
  UNIQUE KEY `mdm_otaenrollment_name_key` (`name`),
  CONSTRAINT `mdm_otaenrollment_acme_issuer_id_2b916227_fk_mdm_acmeissuer_id` FOREIGN KEY (`acme_issuer_id`) REFERENCES `mdm_acmeissuer` (`id`),
  CONSTRAINT `mdm_otaenrollment_blueprint_id_a48a57a5_fk_mdm_blueprint_id` FOREIGN KEY (`blueprint_id`) REFERENCES `mdm_blueprint` (`id`),
  CONSTRAINT `mdm_otaenrollment_enrollment_secret_id_27e76c5b_fk_inventory` FOREIGN KEY (`enrollment_secret_id`) REFERENCES `inventory_enrollmentsecret` (`id`),
  CONSTRAINT `mdm_otaenrollment_push_certificate_id_8235b9e6_fk_mdm_pushc` FOREIGN KEY (`push_certificate_id`) REFERENCES `mdm_pushcertificate` (`id`),
  CONSTRAINT `mdm_otaenrollment_realm_id_56e50825_fk_realms_realm_uuid` FOREIGN KEY (`realm_id`) REFERENCES `realms_realm` (`uuid`),
  CONSTRAINT `mdm_otaenrollment_scep_issuer_id_30ba943e_fk_mdm_scepissuer_id` FOREIGN KEY (`scep_issuer_id`) REFERENCES `mdm_scepissuer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_otaenrollmentsession` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `status` VARCHAR(64) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `enrolled_device_id` INT,
  `enrollment_secret_id` INT NOT NULL,
  `ota_enrollment_id` INT NOT NULL,
  `phase2_scep_request_id` INT,
  `phase3_scep_request_id` INT,
  `phase2_request_id` INT,
  `realm_user_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_otaenrollmentsession_enrollment_secret_id_key` (`enrollment_secret_id`),
  CONSTRAINT `mdm_otaenrollmentses_enrolled_device_id_49c8e050_fk_mdm_enrol` FOREIGN KEY (`enrolled_device_id`) REFERENCES `mdm_enrolleddevice` (`id`),
  CONSTRAINT `mdm_otaenrollmentses_enrollment_secret_id_d5fb0567_fk_inventory` FOREIGN KEY (`enrollment_secret_id`) REFERENCES `inventory_enrollmentsecret` (`id`),
  CONSTRAINT `mdm_otaenrollmentses_ota_enrollment_id_5f2db445_fk_mdm_otaen` FOREIGN KEY (`ota_enrollment_id`) REFERENCES `mdm_otaenrollment` (`id`),
  CONSTRAINT `mdm_otaenrollmentses_phase2_request_id_f3a7d483_fk_inventory` FOREIGN KEY (`phase2_request_id`) REFERENCES `inventory_enrollmentsecretrequest` (`id`),
  CONSTRAINT `mdm_otaenrollmentses_phase2_scep_request__15437304_fk_inventory` FOREIGN KEY (`phase2_scep_request_id`) REFERENCES `inventory_enrollmentsecretrequest` (`id`),
  CONSTRAINT `mdm_otaenrollmentses_phase3_scep_request__0c5f7d97_fk_inventory` FOREIGN KEY (`phase3_scep_request_id`) REFERENCES `inventory_enrollmentsecretrequest` (`id`),
  CONSTRAINT `mdm_otaenrollmentses_realm_user_id_24485883_fk_realms_re` FOREIGN KEY (`realm_user_id`) REFERENCES `realms_realmuser` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_userenrollment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(256) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `blueprint_id` INT,
  `enrollment_secret_id` INT NOT NULL,
  `push_certificate_id` INT NOT NULL,
  `realm_id` CHAR(36),
  `display_name` VARCHAR(128) NOT NULL,
  `acme_issuer_id` CHAR(36),
  `scep_issuer_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_userenrollment_enrollment_secret_id_key` (`enrollment_secret_id`),
  UNIQUE KEY `mdm_userenrollment_name_key` (`name`),
  CONSTRAINT `mdm_userenrollment_acme_issuer_id_c746a589_fk_mdm_acmeissuer_id` FOREIGN KEY (`acme_issuer_id`) REFERENCES `mdm_acmeissuer` (`id`),
  CONSTRAINT `mdm_userenrollment_blueprint_id_0a1de470_fk_mdm_blueprint_id` FOREIGN KEY (`blueprint_id`) REFERENCES `mdm_blueprint` (`id`),
  CONSTRAINT `mdm_userenrollment_enrollment_secret_id_accf0082_fk_inventory` FOREIGN KEY (`enrollment_secret_id`) REFERENCES `inventory_enrollmentsecret` (`id`),
  CONSTRAINT `mdm_userenrollment_push_certificate_id_79a7de11_fk_mdm_pushc` FOREIGN KEY (`push_certificate_id`) REFERENCES `mdm_pushcertificate` (`id`),
  CONSTRAINT `mdm_userenrollment_realm_id_710ef1ec_fk_realms_realm_uuid` FOREIGN KEY (`realm_id`) REFERENCES `realms_realm` (`uuid`),
  CONSTRAINT `mdm_userenrollment_scep_issuer_id_557f657c_fk_mdm_scepissuer_id` FOREIGN KEY (`scep_issuer_id`) REFERENCES `mdm_scepissuer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_userenrollmentsession` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `managed_apple_id` VARCHAR(254),
  `enrolled_device_id` INT,
  `enrollment_secret_id` INT NOT NULL,
  `realm_user_id` CHAR(36),
  `scep_request_id` INT,
  `user_enrollment_id` INT NOT NULL,
  `access_token` VARCHAR(40),
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_userenrollmentsession_access_token_key` (`access_token`),
  UNIQUE KEY `mdm_userenrollmentsession_enrollment_secret_id_key` (`enrollment_secret_id`),
  CONSTRAINT `mdm_userenrollmentse_enrolled_device_id_618e8c31_fk_mdm_enrol` FOREIGN KEY (`enrolled_device_id`) REFERENCES `mdm_enrolleddevice` (`id`),
  CONSTRAINT `mdm_userenrollmentse_enrollment_secret_id_6be9a010_fk_inventory` FOREIGN KEY (`enrollment_secret_id`) REFERENCES `inventory_enrollmentsecret` (`id`),
  CONSTRAINT `mdm_userenrollmentse_realm_user_id_8441b1e5_fk_realms_re` FOREIGN KEY (`realm_user_id`) REFERENCES `realms_realmuser` (`uuid`),
  CONSTRAINT `mdm_userenrollmentse_scep_request_id_194aab6e_fk_inventory` FOREIGN KEY (`scep_request_id`) REFERENCES `inventory_enrollmentsecretrequest` (`id`),
  CONSTRAINT `mdm_userenrollmentse_user_enrollment_id_574c8c56_fk_mdm_usere` FOREIGN KEY (`user_enrollment_id`) REFERENCES `mdm_userenrollment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_reenrollmentsession` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `dep_enrollment_id` INT,
  `enrolled_device_id` INT,
  `enrollment_secret_id` INT NOT NULL,
  `ota_enrollment_id` INT,
  `realm_user_id` CHAR(36),
  `scep_request_id` INT,
  `user_enrollment_id` INT,
  `first_enrolled_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_reenrollmentsession_enrollment_secret_id_key` (`enrollment_secret_id`),
  CONSTRAINT `mdm_reenrollmentsess_dep_enrollment_id_3635235c_fk_mdm_depen` FOREIGN KEY (`dep_enrollment_id`) REFERENCES `mdm_depenrollment` (`id`),
  CONSTRAINT `mdm_reenrollmentsess_enrolled_device_id_cb9b174a_fk_mdm_enrol` FOREIGN KEY (`enrolled_device_id`) REFERENCES `mdm_enrolleddevice` (`id`),
  CONSTRAINT `mdm_reenrollmentsess_enrollment_secret_id_735e02e0_fk_inventory` FOREIGN KEY (`enrollment_secret_id`) REFERENCES `inventory_enrollmentsecret` (`id`),
  CONSTRAINT `mdm_reenrollmentsess_ota_enrollment_id_2ae69607_fk_mdm_otaen` FOREIGN KEY (`ota_enrollment_id`) REFERENCES `mdm_otaenrollment` (`id`),
  CONSTRAINT `mdm_reenrollmentsess_realm_user_id_a8977bda_fk_realms_re` FOREIGN KEY (`realm_user_id`) REFERENCES `realms_realmuser` (`uuid`),
  CONSTRAINT `mdm_reenrollmentsess_scep_request_id_dde68cd7_fk_inventory` FOREIGN KEY (`scep_request_id`) REFERENCES `inventory_enrollmentsecretrequest` (`id`),
  CONSTRAINT `mdm_reenrollmentsess_user_enrollment_id_fa94f212_fk_mdm_usere` FOREIGN KEY (`user_enrollment_id`) REFERENCES `mdm_userenrollment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_enrolleduser` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` VARCHAR(255) NOT NULL,
  `long_name` LONGTEXT NOT NULL,
  `short_name` LONGTEXT NOT NULL,
  `token` LONGBLOB NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `enrolled_device_id` INT NOT NULL,
  `enrollment_id` LONGTEXT,
  `last_notified_at` DATETIME(6),
  `last_seen_at` DATETIME(6),
  `notification_queued_at` DATETIME(6),
  `declarations_token` VARCHAR(40) NOT NULL,
  `declarative_management` TINYINT(1) NOT NULL,
  `client_capabilities` JSON,
  `last_ip` VARCHAR(39),
  `declaration_items_snapshot` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_enrolleduser_user_id_key` (`user_id`),
  CONSTRAINT `mdm_enrolleduser_enrolled_device_id_9dafda49_fk_mdm_enrol` FOREIGN KEY (`enrolled_device_id`) REFERENCES `mdm_enrolleddevice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_artifact` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(256) NOT NULL,
  `type` VARCHAR(64) NOT NULL,
  `channel` VARCHAR(64) NOT NULL,
  `platforms` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `auto_update` TINYINT(1) NOT NULL,
  `install_during_setup_assistant` TINYINT(1) NOT NULL,
  `reinstall_interval` INT NOT NULL,
  `reinstall_on_os_update` VARCHAR(5) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_artifact_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_artifactversion` (
  `id` CHAR(36) NOT NULL,
  `version` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `artifact_id` CHAR(36) NOT NULL,
  `default_shard` INT NOT NULL,
  `ios` TINYINT(1) NOT NULL,
  `ios_max_version` VARCHAR(32) NOT NULL,
  `ios_min_version` VARCHAR(32) NOT NULL,
  `ipados` TINYINT(1) NOT NULL,
  `ipados_max_version` VARCHAR(32) NOT NULL,
  `ipados_min_version` VARCHAR(32) NOT NULL,
  `macos` TINYINT(1) NOT NULL,
  `macos_max_version` VARCHAR(32) NOT NULL,
  `macos_min_version` VARCHAR(32) NOT NULL,
  `shard_modulo` INT NOT NULL,
  `tvos` TINYINT(1) NOT NULL,
  `tvos_max_version` VARCHAR(32) NOT NULL,
  `tvos_min_version` VARCHAR(32) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_artifactversion_artifact_id_version_77a5215a_uniq` (`artifact_id`, `version`),
  CONSTRAINT `mdm_artifactversion_artifact_id_c02665e5_fk_mdm_artifact_id` FOREIGN KEY (`artifact_id`) REFERENCES `mdm_artifact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_devicecommand` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `time` DATETIME(6),
  `result_time` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `enrolled_device_id` INT NOT NULL,
  `kwargs` JSON NOT NULL,
  `status` VARCHAR(64),
  `artifact_version_id` CHAR(36),
  `artifact_operation` VARCHAR(64),
  `error_chain` JSON,
  `not_before` DATETIME(6),
  `result` LONGBLOB,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_devicecommand_uuid_key` (`uuid`),
  CONSTRAINT `mdm_devicecommand_artifact_version_id_5805377e_fk_mdm_artif` FOREIGN KEY (`artifact_version_id`) REFERENCES `mdm_artifactversion` (`id`),
  CONSTRAINT `mdm_devicecommand_enrolled_device_id_8eabb86f_fk_mdm_enrol` FOREIGN KEY (`enrolled_device_id`) REFERENCES `mdm_enrolleddevice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_usercommand` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `name` VARCHAR(128) NOT NULL,
  `kwargs` JSON NOT NULL,
  `time` DATETIME(6),
  `result_time` DATETIME(6),
  `status` VARCHAR(64),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `artifact_version_id` CHAR(36),
  `enrolled_user_id` INT NOT NULL,
  `artifact_operation` VARCHAR(64),
  `error_chain` JSON,
  `not_before` DATETIME(6),
  `result` LONGBLOB,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_usercommand_uuid_key` (`uuid`),
  CONSTRAINT `mdm_usercommand_artifact_version_id_771cc0a7_fk_mdm_artif` FOREIGN KEY (`artifact_version_id`) REFERENCES `mdm_artifactversion` (`id`),
  CONSTRAINT `mdm_usercommand_enrolled_user_id_022b4b90_fk_mdm_enrol` FOREIGN KEY (`enrolled_user_id`) REFERENCES `mdm_enrolleduser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_deviceartifact` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `artifact_version_id` CHAR(36) NOT NULL,
  `enrolled_device_id` INT NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `extra_info` JSON NOT NULL,
  `installed_at` DATETIME(6),
  `os_version_at_install_time` VARCHAR(64),
  `unique_install_identifier` VARCHAR(256) NOT NULL,
  `install_count` INT NOT NULL,
  `max_retry_count` INT NOT NULL,
  `retry_count` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_deviceartifact_enrolled_device_id_artif_cba1fb58_uniq` (`enrolled_device_id`, `artifact_version_id`),
  CONSTRAINT `mdm_deviceartifact_artifact_version_id_6f27c524_fk_mdm_artif` FOREIGN KEY (`artifact_version_id`) REFERENCES `mdm_artifactversion` (`id`),
  CONSTRAINT `mdm_deviceartifact_enrolled_device_id_91acf2c9_fk_mdm_enrol` FOREIGN KEY (`enrolled_device_id`) REFERENCES `mdm_enrolleddevice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_userartifact` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `artifact_version_id` CHAR(36) NOT NULL,
  `enrolled_user_id` INT NOT NULL,
  `status` VARCHAR(64) NOT NULL,
  `extra_info` JSON NOT NULL,
  `installed_at` DATETIME(6),
  `os_version_at_install_time` VARCHAR(64),
  `unique_install_identifier` VARCHAR(256) NOT NULL,
  `install_count` INT NOT NULL,
  `max_retry_count` INT NOT NULL,
  `retry_count` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_userartifact_enrolled_user_id_artifac_d055f937_uniq` (`enrolled_user_id`, `artifact_version_id`),
  CONSTRAINT `mdm_userartifact_artifact_version_id_27c94191_fk_mdm_artif` FOREIGN KEY (`artifact_version_id`) REFERENCES `mdm_artifactversion` (`id`),
  CONSTRAINT `mdm_userartifact_enrolled_user_id_0a98ba4f_fk_mdm_enrol` FOREIGN KEY (`enrolled_user_id`) REFERENCES `mdm_enrolleduser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_asset` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `adam_id` VARCHAR(64) NOT NULL,
  `pricing_param` VARCHAR(16) NOT NULL,
  `product_type` VARCHAR(4) NOT NULL,
  `device_assignable` TINYINT(1) NOT NULL,
  `revocable` TINYINT(1) NOT NULL,
  `supported_platforms` JSON NOT NULL,
  `metadata` JSON,
  `name` LONGTEXT,
  `bundle_id` LONGTEXT,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_asset_adam_id_pricing_param_2b47503e_uniq` (`adam_id`, `pricing_param`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_locationasset` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `assigned_count` INT NOT NULL,
  `available_count` INT NOT NULL,
  `retired_count` INT NOT NULL,
  `total_count` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `asset_id` INT NOT NULL,
  `location_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_locationasset_asset_id_location_id_9a96f7e2_uniq` (`asset_id`, `location_id`),
  CONSTRAINT `mdm_locationasset_asset_id_ecd43c20_fk_mdm_asset_id` FOREIGN KEY (`asset_id`) REFERENCES `mdm_asset` (`id`),
  CONSTRAINT `mdm_locationasset_location_id_5dadf8d2_fk_mdm_location_id` FOREIGN KEY (`location_id`) REFERENCES `mdm_location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_deviceassignment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `serial_number` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `location_asset_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_deviceassignment_location_asset_id_serial_f02d85f5_uniq` (`location_asset_id`, `serial_number`),
  CONSTRAINT `mdm_deviceassignment_location_asset_id_d0340261_fk_mdm_locat` FOREIGN KEY (`location_asset_id`) REFERENCES `mdm_locationasset` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_storeapp` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `associated_domains` JSON NOT NULL,
  `associated_domains_enable_direct_downloads` TINYINT(1) NOT NULL,
  `removable` TINYINT(1) NOT NULL,
  `vpn_uuid` LONGTEXT,
  `content_filter_uuid` LONGTEXT,
  `dns_proxy_uuid` LONGTEXT,
  `configuration` LONGBLOB,
  `remove_on_unenroll` TINYINT(1) NOT NULL,
  `prevent_backup` TINYINT(1) NOT NULL,
  `artifact_version_id` CHAR(36) NOT NULL,
  `location_asset_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_storeapp_artifact_version_id_key` (`artifact_version_id`),
  CONSTRAINT `mdm_storeapp_artifact_version_id_462080a8_fk_mdm_artif` FOREIGN KEY (`artifact_version_id`) REFERENCES `mdm_artifactversion` (`id`),
  CONSTRAINT `mdm_storeapp_location_asset_id_6a112806_fk_mdm_locationasset_id` FOREIGN KEY (`location_asset_id`) REFERENCES `mdm_locationasset` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_enterpriseapp` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `package` VARCHAR(100) NOT NULL,
  `product_id` LONGTEXT NOT NULL,
  `product_version` LONGTEXT NOT NULL,
  `manifest` JSON NOT NULL,
  `artifact_version_id` CHAR(36) NOT NULL,
  `filename` LONGTEXT NOT NULL,
  `bundles` JSON NOT NULL,
  `configuration` LONGBLOB,
  `install_as_managed` TINYINT(1) NOT NULL,
  `ios_app` TINYINT(1) NOT NULL,
  `remove_on_unenroll` TINYINT(1) NOT NULL,
  `package_sha256` VARCHAR(64) NOT NULL,
  `package_size` BIGINT NOT NULL,
  `package_uri` LONGTEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_enterpriseapp_artifact_version_id_key` (`artifact_version_id`),
  CONSTRAINT `mdm_enterpriseapp_artifact_version_id_24730fee_fk_mdm_artif` FOREIGN KEY (`artifact_version_id`) REFERENCES `mdm_artifactversion` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_profile` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `source` LONGBLOB NOT NULL,
  `filename` LONGTEXT NOT NULL,
  `payload_identifier` LONGTEXT NOT NULL,
  `payload_uuid` LONGTEXT NOT NULL,
  `payload_display_name` LONGTEXT NOT NULL,
  `payload_description` LONGTEXT NOT NULL,
  `artifact_version_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_profile_artifact_version_id_key` (`artifact_version_id`),
  CONSTRAINT `mdm_profile_artifact_version_id_65113421_fk_mdm_artif` FOREIGN KEY (`artifact_version_id`) REFERENCES `mdm_artifactversion` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_realmgrouptagmapping` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `realm_group_id` CHAR(36) NOT NULL,
  `tag_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_realmgrouptagmapping_realm_group_id_tag_id_9d75399c_uniq` (`realm_group_id`, `tag_id`),
  CONSTRAINT `mdm_realmgrouptagmap_realm_group_id_e5fd687c_fk_realms_re` FOREIGN KEY (`realm_group_id`) REFERENCES `realms_realmgroup` (`uuid`),
  CONSTRAINT `mdm_realmgrouptagmapping_tag_id_d2a7fa6a_fk_inventory_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `inventory_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_softwareupdate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `platform` VARCHAR(64) NOT NULL,
  `major` INT NOT NULL,
  `minor` INT NOT NULL,
  `patch` INT NOT NULL,
  `public` TINYINT(1) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `availability` VARCHAR(64) NOT NULL,
  `extra` VARCHAR(32) NOT NULL,
  `prerequisite_build` VARCHAR(32) NOT NULL,
  `build` VARCHAR(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_softwareupdate_platform_major_minor_pat_9fad63b2_uniq` (`platform`, `major`, `minor`, `patch`, `extra`, `build`, `prerequisite_build`, `public`, `availability`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mdm_softwareupdatedeviceid` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `device_id` VARCHAR(32) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `software_update_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mdm_softwareupdatedevice_software_update_id_devic_e884355a_uniq` (`software_update_id`, `device_id`),
  CONSTRAINT `mdm_softwareupdatede_software_update_id_bd33a074_fk_mdm_softw` FOREIGN KEY (`software_update_id`) REFERENCES `mdm_softwareupdate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` LONGTEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

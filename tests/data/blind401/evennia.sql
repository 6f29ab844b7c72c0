-- Evennia 6.1 (v6.1.0-25-ge174e49f5), the Python MUD/MU* server framework (Django + Twisted)
-- Upstream: github.com/evennia/evennia, commit e174e49f5711a6cdc607d262a9464fd9c3673b7b (BSD-3-Clause)
-- Made by running upstream's Django migrations (evennia/*/migrations plus the Django contrib apps of
-- evennia/settings_default.py INSTALLED_APPS) with Django 6.0 into MariaDB 10.11 and dumping the schema
-- (mysqldump --no-data). Tables are ordered so that every foreign key refers to a table created before it;
-- dump-only table options (AUTO_INCREMENT counters) are left out. Nothing else was changed.

CREATE TABLE `accounts_accountdb` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `db_key` varchar(255) NOT NULL,
  `db_typeclass_path` varchar(255) DEFAULT NULL,
  `db_date_created` datetime(6) NOT NULL,
  `db_lock_storage` longtext NOT NULL,
  `db_is_connected` tinyint(1) NOT NULL,
  `db_cmdset_storage` varchar(255) DEFAULT NULL,
  `db_is_bot` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  KEY `accounts_accountdb_db_key_0d7ba060` (`db_key`),
  KEY `accounts_accountdb_db_typeclass_path_863aa1bb` (`db_typeclass_path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `typeclasses_attribute` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `db_key` varchar(255) NOT NULL,
  `db_value` longtext DEFAULT NULL,
  `db_strvalue` longtext DEFAULT NULL,
  `db_category` varchar(128) DEFAULT NULL,
  `db_lock_storage` longtext NOT NULL,
  `db_model` varchar(32) DEFAULT NULL,
  `db_attrtype` varchar(16) DEFAULT NULL,
  `db_date_created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `typeclasses_attribute_db_key_ee5432c6` (`db_key`),
  KEY `typeclasses_attribute_db_category_671d63d2` (`db_category`),
  KEY `typeclasses_attribute_db_model_d7e84e2c` (`db_model`),
  KEY `typeclasses_attribute_db_attrtype_aa067848` (`db_attrtype`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `accounts_accountdb_db_attributes` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `accountdb_id` bigint(20) NOT NULL,
  `attribute_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_accountdb_db_at_accountdb_id_attribute_i_ab12c02a_uniq` (`accountdb_id`,`attribute_id`),
  KEY `accounts_accountdb_db_attributes_attribute_id_edd47830_fk` (`attribute_id`),
  CONSTRAINT `accounts_accountdb_db_attributes_accountdb_id_a782c4f9_fk` FOREIGN KEY (`accountdb_id`) REFERENCES `accounts_accountdb` (`id`),
  CONSTRAINT `accounts_accountdb_db_attributes_attribute_id_edd47830_fk` FOREIGN KEY (`attribute_id`) REFERENCES `typeclasses_attribute` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `typeclasses_tag` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `db_key` varchar(255) DEFAULT NULL,
  `db_category` varchar(64) DEFAULT NULL,
  `db_data` longtext DEFAULT NULL,
  `db_model` varchar(32) DEFAULT NULL,
  `db_tagtype` varchar(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `typeclasses_tag_db_key_db_category_db_ta_a5623212_uniq` (`db_key`,`db_category`,`db_tagtype`,`db_model`),
  KEY `typeclasses_tag_db_key_58638479` (`db_key`),
  KEY `typeclasses_tag_db_category_7d48901d` (`db_category`),
  KEY `typeclasses_tag_db_model_926cc7a7` (`db_model`),
  KEY `typeclasses_tag_db_tagtype_312bb78c` (`db_tagtype`),
  KEY `typeclasses_tag_db_key_db_category_db_tag_a5623212_idx` (`db_key`,`db_category`,`db_tagtype`,`db_model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `accounts_accountdb_db_tags` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `accountdb_id` bigint(20) NOT NULL,
  `tag_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_accountdb_db_tags_accountdb_id_tag_id_fc11620f_uniq` (`accountdb_id`,`tag_id`),
  KEY `accounts_accountdb_db_tags_tag_id_672cf844_fk` (`tag_id`),
  CONSTRAINT `accounts_accountdb_db_tags_accountdb_id_2a0b367a_fk` FOREIGN KEY (`accountdb_id`) REFERENCES `accounts_accountdb` (`id`),
  CONSTRAINT `accounts_accountdb_db_tags_tag_id_672cf844_fk` FOREIGN KEY (`tag_id`) REFERENCES `typeclasses_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `accounts_accountdb_groups` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `accountdb_id` bigint(20) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_accountdb_groups_accountdb_id_group_id_2bef3314_uniq` (`accountdb_id`,`group_id`),
  KEY `accounts_accountdb_groups_group_id_e05e415b_fk_auth_group_id` (`group_id`),
  CONSTRAINT `accounts_accountdb_groups_accountdb_id_1dc086bd_fk` FOREIGN KEY (`accountdb_id`) REFERENCES `accounts_accountdb` (`id`),
  CONSTRAINT `accounts_accountdb_groups_group_id_e05e415b_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `accounts_accountdb_user_permissions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `accountdb_id` bigint(20) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_accountdb_user__accountdb_id_permission__2de5a7ff_uniq` (`accountdb_id`,`permission_id`),
  KEY `accounts_accountdb_u_permission_id_f5131f19_fk_auth_perm` (`permission_id`),
  CONSTRAINT `accounts_accountdb_u_permission_id_f5131f19_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `accounts_accountdb_user_permissions_accountdb_id_d7799804_fk` FOREIGN KEY (`accountdb_id`) REFERENCES `accounts_accountdb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_group_permissions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comms_channeldb` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `db_key` varchar(255) NOT NULL,
  `db_typeclass_path` varchar(255) DEFAULT NULL,
  `db_date_created` datetime(6) NOT NULL,
  `db_lock_storage` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `comms_channeldb_db_key_ced5a55f` (`db_key`),
  KEY `comms_channeldb_db_typeclass_path_f6814fcd` (`db_typeclass_path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comms_channeldb_db_account_subscriptions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `channeldb_id` bigint(20) NOT NULL,
  `accountdb_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comms_channeldb_db_accou_channeldb_id_accountdb_i_101a8d57_uniq` (`channeldb_id`,`accountdb_id`),
  KEY `comms_channeldb_db_a_accountdb_id_f5023c1b_fk_accounts_` (`accountdb_id`),
  CONSTRAINT `comms_channeldb_db_a_accountdb_id_f5023c1b_fk_accounts_` FOREIGN KEY (`accountdb_id`) REFERENCES `accounts_accountdb` (`id`),
  CONSTRAINT `comms_channeldb_db_accoun_channeldb_id_09265a46_fk` FOREIGN KEY (`channeldb_id`) REFERENCES `comms_channeldb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comms_channeldb_db_attributes` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `channeldb_id` bigint(20) NOT NULL,
  `attribute_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comms_channeldb_db_attri_channeldb_id_attribute_i_a8ffb2bc_uniq` (`channeldb_id`,`attribute_id`),
  KEY `comms_channeldb_db_attributes_attribute_id_d4931dc3_fk` (`attribute_id`),
  CONSTRAINT `comms_channeldb_db_attributes_attribute_id_d4931dc3_fk` FOREIGN KEY (`attribute_id`) REFERENCES `typeclasses_attribute` (`id`),
  CONSTRAINT `comms_channeldb_db_attributes_channeldb_id_cfbbc4a6_fk` FOREIGN KEY (`channeldb_id`) REFERENCES `comms_channeldb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `objects_objectdb` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `db_key` varchar(255) NOT NULL,
  `db_typeclass_path` varchar(255) DEFAULT NULL,
  `db_date_created` datetime(6) NOT NULL,
  `db_lock_storage` longtext NOT NULL,
  `db_sessid` varchar(32) DEFAULT NULL,
  `db_cmdset_storage` varchar(255) DEFAULT NULL,
  `db_destination_id` bigint(20) DEFAULT NULL,
  `db_home_id` bigint(20) DEFAULT NULL,
  `db_location_id` bigint(20) DEFAULT NULL,
  `db_account_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `objects_objectdb_db_key_c88c70fb` (`db_key`),
  KEY `objects_objectdb_db_account_id_96637bfb_fk_accounts_accountdb_id` (`db_account_id`),
  KEY `objects_objectdb_db_typeclass_path_02311f24` (`db_typeclass_path`),
  KEY `objects_objectdb_db_destination_id_edc3185d_fk` (`db_destination_id`),
  KEY `objects_objectdb_db_home_id_096f4455_fk` (`db_home_id`),
  KEY `objects_objectdb_db_location_id_e5833ec0_fk` (`db_location_id`),
  CONSTRAINT `objects_objectdb_db_account_id_96637bfb_fk_accounts_accountdb_id` FOREIGN KEY (`db_account_id`) REFERENCES `accounts_accountdb` (`id`),
  CONSTRAINT `objects_objectdb_db_destination_id_edc3185d_fk` FOREIGN KEY (`db_destination_id`) REFERENCES `objects_objectdb` (`id`),
  CONSTRAINT `objects_objectdb_db_home_id_096f4455_fk` FOREIGN KEY (`db_home_id`) REFERENCES `objects_objectdb` (`id`),
  CONSTRAINT `objects_objectdb_db_location_id_e5833ec0_fk` FOREIGN KEY (`db_location_id`) REFERENCES `objects_objectdb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comms_channeldb_db_object_subscriptions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `channeldb_id` bigint(20) NOT NULL,
  `objectdb_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comms_channeldb_db_objec_channeldb_id_objectdb_id_a9b10012_uniq` (`channeldb_id`,`objectdb_id`),
  KEY `comms_channeldb_db_object_subscriptions_objectdb_id_f70fda44_fk` (`objectdb_id`),
  CONSTRAINT `comms_channeldb_db_object_subscriptions_channeldb_id_8b7528bf_fk` FOREIGN KEY (`channeldb_id`) REFERENCES `comms_channeldb` (`id`),
  CONSTRAINT `comms_channeldb_db_object_subscriptions_objectdb_id_f70fda44_fk` FOREIGN KEY (`objectdb_id`) REFERENCES `objects_objectdb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comms_channeldb_db_tags` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `channeldb_id` bigint(20) NOT NULL,
  `tag_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comms_channeldb_db_tags_channeldb_id_tag_id_f3af0898_uniq` (`channeldb_id`,`tag_id`),
  KEY `comms_channeldb_db_tags_tag_id_2a20974d_fk` (`tag_id`),
  CONSTRAINT `comms_channeldb_db_tags_channeldb_id_1bca5ec1_fk` FOREIGN KEY (`channeldb_id`) REFERENCES `comms_channeldb` (`id`),
  CONSTRAINT `comms_channeldb_db_tags_tag_id_2a20974d_fk` FOREIGN KEY (`tag_id`) REFERENCES `typeclasses_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comms_msg` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `db_sender_external` varchar(255) DEFAULT NULL,
  `db_header` longtext DEFAULT NULL,
  `db_message` longtext NOT NULL,
  `db_date_created` datetime(6) NOT NULL,
  `db_lock_storage` longtext NOT NULL,
  `db_receiver_external` varchar(1024) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `comms_msg_db_sender_external_6f34d0c7` (`db_sender_external`),
  KEY `comms_msg_db_date_sent_6971d29a` (`db_date_created`),
  KEY `comms_msg_db_receiver_external_b3b181e7` (`db_receiver_external`(768))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comms_msg_db_hide_from_accounts` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `msg_id` bigint(20) NOT NULL,
  `accountdb_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comms_msg_db_hide_from_a_msg_id_accountdb_id_6e8183d3_uniq` (`msg_id`,`accountdb_id`),
  KEY `comms_msg_db_hide_fr_accountdb_id_c2a76ce5_fk_accounts_` (`accountdb_id`),
  CONSTRAINT `comms_msg_db_hide_fr_accountdb_id_c2a76ce5_fk_accounts_` FOREIGN KEY (`accountdb_id`) REFERENCES `accounts_accountdb` (`id`),
  CONSTRAINT `comms_msg_db_hide_from_accounts_msg_id_aa39f267_fk` FOREIGN KEY (`msg_id`) REFERENCES `comms_msg` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comms_msg_db_hide_from_objects` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `msg_id` bigint(20) NOT NULL,
  `objectdb_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comms_msg_db_hide_from_objects_msg_id_objectdb_id_d6854ed0_uniq` (`msg_id`,`objectdb_id`),
  KEY `comms_msg_db_hide_from_objects_objectdb_id_69109a84_fk` (`objectdb_id`),
  CONSTRAINT `comms_msg_db_hide_from_objects_msg_id_cfb3ddd6_fk` FOREIGN KEY (`msg_id`) REFERENCES `comms_msg` (`id`),
  CONSTRAINT `comms_msg_db_hide_from_objects_objectdb_id_69109a84_fk` FOREIGN KEY (`objectdb_id`) REFERENCES `objects_objectdb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comms_msg_db_receivers_accounts` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `msg_id` bigint(20) NOT NULL,
  `accountdb_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comms_msg_db_receivers_a_msg_id_accountdb_id_692885cb_uniq` (`msg_id`,`accountdb_id`),
  KEY `comms_msg_db_receive_accountdb_id_b138b136_fk_accounts_` (`accountdb_id`),
  CONSTRAINT `comms_msg_db_receive_accountdb_id_b138b136_fk_accounts_` FOREIGN KEY (`accountdb_id`) REFERENCES `accounts_accountdb` (`id`),
  CONSTRAINT `comms_msg_db_receivers_accounts_msg_id_cd3e3323_fk` FOREIGN KEY (`msg_id`) REFERENCES `comms_msg` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comms_msg_db_receivers_objects` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `msg_id` bigint(20) NOT NULL,
  `objectdb_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comms_msg_db_receivers_objects_msg_id_objectdb_id_254c57bd_uniq` (`msg_id`,`objectdb_id`),
  KEY `comms_msg_db_receivers_objects_objectdb_id_10acf402_fk` (`objectdb_id`),
  CONSTRAINT `comms_msg_db_receivers_objects_msg_id_0c223504_fk` FOREIGN KEY (`msg_id`) REFERENCES `comms_msg` (`id`),
  CONSTRAINT `comms_msg_db_receivers_objects_objectdb_id_10acf402_fk` FOREIGN KEY (`objectdb_id`) REFERENCES `objects_objectdb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `scripts_scriptdb` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `db_key` varchar(255) NOT NULL,
  `db_typeclass_path` varchar(255) DEFAULT NULL,
  `db_date_created` datetime(6) NOT NULL,
  `db_lock_storage` longtext NOT NULL,
  `db_desc` varchar(255) NOT NULL,
  `db_interval` int(11) NOT NULL,
  `db_start_delay` tinyint(1) NOT NULL,
  `db_repeats` int(11) NOT NULL,
  `db_persistent` tinyint(1) NOT NULL,
  `db_is_active` tinyint(1) NOT NULL,
  `db_obj_id` bigint(20) DEFAULT NULL,
  `db_account_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `scripts_scriptdb_db_account_id_60456dd6_fk_accounts_accountdb_id` (`db_account_id`),
  KEY `scripts_scriptdb_db_key_3b6297e4` (`db_key`),
  KEY `scripts_scriptdb_db_typeclass_path_91f0fbf0` (`db_typeclass_path`),
  KEY `scripts_scriptdb_db_obj_id_10f66d5c_fk` (`db_obj_id`),
  CONSTRAINT `scripts_scriptdb_db_account_id_60456dd6_fk_accounts_accountdb_id` FOREIGN KEY (`db_account_id`) REFERENCES `accounts_accountdb` (`id`),
  CONSTRAINT `scripts_scriptdb_db_obj_id_10f66d5c_fk` FOREIGN KEY (`db_obj_id`) REFERENCES `objects_objectdb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comms_msg_db_receivers_scripts` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `msg_id` bigint(20) NOT NULL,
  `scriptdb_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comms_msg_db_receivers_scripts_msg_id_scriptdb_id_f915f32c_uniq` (`msg_id`,`scriptdb_id`),
  KEY `comms_msg_db_receivers_scripts_scriptdb_id_0ed1004f_fk` (`scriptdb_id`),
  CONSTRAINT `comms_msg_db_receivers_scripts_msg_id_c5a8729b_fk` FOREIGN KEY (`msg_id`) REFERENCES `comms_msg` (`id`),
  CONSTRAINT `comms_msg_db_receivers_scripts_scriptdb_id_0ed1004f_fk` FOREIGN KEY (`scriptdb_id`) REFERENCES `scripts_scriptdb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comms_msg_db_sender_accounts` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `msg_id` bigint(20) NOT NULL,
  `accountdb_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comms_msg_db_sender_accounts_msg_id_accountdb_id_ea182e73_uniq` (`msg_id`,`accountdb_id`),
  KEY `comms_msg_db_sender__accountdb_id_701223ec_fk_accounts_` (`accountdb_id`),
  CONSTRAINT `comms_msg_db_sender__accountdb_id_701223ec_fk_accounts_` FOREIGN KEY (`accountdb_id`) REFERENCES `accounts_accountdb` (`id`),
  CONSTRAINT `comms_msg_db_sender_accounts_msg_id_0ff952c1_fk` FOREIGN KEY (`msg_id`) REFERENCES `comms_msg` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comms_msg_db_sender_objects` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `msg_id` bigint(20) NOT NULL,
  `objectdb_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comms_msg_db_sender_objects_msg_id_objectdb_id_8d288d22_uniq` (`msg_id`,`objectdb_id`),
  KEY `comms_msg_db_sender_objects_objectdb_id_0ea870e7_fk` (`objectdb_id`),
  CONSTRAINT `comms_msg_db_sender_objects_msg_id_a3a82f7a_fk` FOREIGN KEY (`msg_id`) REFERENCES `comms_msg` (`id`),
  CONSTRAINT `comms_msg_db_sender_objects_objectdb_id_0ea870e7_fk` FOREIGN KEY (`objectdb_id`) REFERENCES `objects_objectdb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comms_msg_db_sender_scripts` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `msg_id` bigint(20) NOT NULL,
  `scriptdb_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comms_msg_db_sender_scripts_msg_id_scriptdb_id_d8574252_uniq` (`msg_id`,`scriptdb_id`),
  KEY `comms_msg_db_sender_scripts_scriptdb_id_4e30d8ee_fk` (`scriptdb_id`),
  CONSTRAINT `comms_msg_db_sender_scripts_msg_id_75aa2d84_fk` FOREIGN KEY (`msg_id`) REFERENCES `comms_msg` (`id`),
  CONSTRAINT `comms_msg_db_sender_scripts_scriptdb_id_4e30d8ee_fk` FOREIGN KEY (`scriptdb_id`) REFERENCES `scripts_scriptdb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `comms_msg_db_tags` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `msg_id` bigint(20) NOT NULL,
  `tag_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `comms_msg_db_tags_msg_id_tag_id_5e5605ea_uniq` (`msg_id`,`tag_id`),
  KEY `comms_msg_db_tags_tag_id_71aaf1a5_fk` (`tag_id`),
  CONSTRAINT `comms_msg_db_tags_msg_id_49acb248_fk` FOREIGN KEY (`msg_id`) REFERENCES `comms_msg` (`id`),
  CONSTRAINT `comms_msg_db_tags_tag_id_71aaf1a5_fk` FOREIGN KEY (`tag_id`) REFERENCES `typeclasses_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_accounts_accountdb_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_accounts_accountdb_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_accountdb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_flatpage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url` varchar(100) NOT NULL,
  `title` varchar(200) NOT NULL,
  `content` longtext NOT NULL,
  `enable_comments` tinyint(1) NOT NULL,
  `template_name` varchar(70) NOT NULL,
  `registration_required` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_flatpage_url_41612362` (`url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_flatpage_sites` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `flatpage_id` int(11) NOT NULL,
  `site_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_flatpage_sites_flatpage_id_site_id_0d29d9d1_uniq` (`flatpage_id`,`site_id`),
  KEY `django_flatpage_sites_site_id_bfd8ea84_fk_django_site_id` (`site_id`),
  CONSTRAINT `django_flatpage_sites_flatpage_id_078bbc8b_fk_django_flatpage_id` FOREIGN KEY (`flatpage_id`) REFERENCES `django_flatpage` (`id`),
  CONSTRAINT `django_flatpage_sites_site_id_bfd8ea84_fk_django_site_id` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_migrations` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `help_helpentry` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `db_key` varchar(255) NOT NULL,
  `db_help_category` varchar(255) NOT NULL,
  `db_entrytext` longtext NOT NULL,
  `db_lock_storage` longtext NOT NULL,
  `db_date_created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `db_key` (`db_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `help_helpentry_db_tags` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `helpentry_id` bigint(20) NOT NULL,
  `tag_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `help_helpentry_db_tags_helpentry_id_tag_id_00c13484_uniq` (`helpentry_id`,`tag_id`),
  KEY `help_helpentry_db_tags_tag_id_7fcfd401_fk` (`tag_id`),
  CONSTRAINT `help_helpentry_db_tags_helpentry_id_53b7bf69_fk` FOREIGN KEY (`helpentry_id`) REFERENCES `help_helpentry` (`id`),
  CONSTRAINT `help_helpentry_db_tags_tag_id_7fcfd401_fk` FOREIGN KEY (`tag_id`) REFERENCES `typeclasses_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `objects_objectdb_db_attributes` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `objectdb_id` bigint(20) NOT NULL,
  `attribute_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `objects_objectdb_db_attr_objectdb_id_attribute_id_d76ecf7b_uniq` (`objectdb_id`,`attribute_id`),
  KEY `objects_objectdb_db_attributes_attribute_id_3a0e096b_fk` (`attribute_id`),
  CONSTRAINT `objects_objectdb_db_attributes_attribute_id_3a0e096b_fk` FOREIGN KEY (`attribute_id`) REFERENCES `typeclasses_attribute` (`id`),
  CONSTRAINT `objects_objectdb_db_attributes_objectdb_id_b49d6b9b_fk` FOREIGN KEY (`objectdb_id`) REFERENCES `objects_objectdb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `objects_objectdb_db_tags` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `objectdb_id` bigint(20) NOT NULL,
  `tag_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `objects_objectdb_db_tags_objectdb_id_tag_id_82874216_uniq` (`objectdb_id`,`tag_id`),
  KEY `objects_objectdb_db_tags_tag_id_2d9e616b_fk` (`tag_id`),
  CONSTRAINT `objects_objectdb_db_tags_objectdb_id_d310598c_fk` FOREIGN KEY (`objectdb_id`) REFERENCES `objects_objectdb` (`id`),
  CONSTRAINT `objects_objectdb_db_tags_tag_id_2d9e616b_fk` FOREIGN KEY (`tag_id`) REFERENCES `typeclasses_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `scripts_scriptdb_db_attributes` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `scriptdb_id` bigint(20) NOT NULL,
  `attribute_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `scripts_scriptdb_db_attr_scriptdb_id_attribute_id_01385e2e_uniq` (`scriptdb_id`,`attribute_id`),
  KEY `scripts_scriptdb_db_attributes_attribute_id_fa74d664_fk` (`attribute_id`),
  CONSTRAINT `scripts_scriptdb_db_attributes_attribute_id_fa74d664_fk` FOREIGN KEY (`attribute_id`) REFERENCES `typeclasses_attribute` (`id`),
  CONSTRAINT `scripts_scriptdb_db_attributes_scriptdb_id_dba58268_fk` FOREIGN KEY (`scriptdb_id`) REFERENCES `scripts_scriptdb` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `scripts_scriptdb_db_tags` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `scriptdb_id` bigint(20) NOT NULL,
  `tag_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `scripts_scriptdb_db_tags_scriptdb_id_tag_id_dfa8dc52_uniq` (`scriptdb_id`,`tag_id`),
  KEY `scripts_scriptdb_db_tags_tag_id_8557446e_fk` (`tag_id`),
  CONSTRAINT `scripts_scriptdb_db_tags_scriptdb_id_49276b8b_fk` FOREIGN KEY (`scriptdb_id`) REFERENCES `scripts_scriptdb` (`id`),
  CONSTRAINT `scripts_scriptdb_db_tags_tag_id_8557446e_fk` FOREIGN KEY (`tag_id`) REFERENCES `typeclasses_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `server_serverconfig` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `db_key` varchar(64) NOT NULL,
  `db_value` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `db_key` (`db_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- MeshDB (NYC Mesh's member, install and network database), github.com/nycmeshnet/meshdb, commit
-- 6d4603df2c904c2178f4030aa3f2448f32f3caec (MIT licence). Upstream runs on PostgreSQL through Django 4.2 migrations
-- (src/meshapi/migrations 0001-0014, src/meshapi_hooks/migrations 0001-0002); this DDL is the final state of those
-- migrations written by Django 4.2's own MySQL schema editor (see meshdb.md), with the Django contrib, Django REST
-- framework authtoken and django-simple-history tables the application installs. Column names and order are the
-- migrations'; PostgreSQL-only types mapped: unbounded varchar -> varchar(255), ArrayField -> json, the identity
-- column install_number -> integer.

CREATE TABLE `django_content_type` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `content_type_id` integer NOT NULL,
  `codename` varchar(100) NOT NULL,
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(150) NOT NULL UNIQUE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `group_id` integer NOT NULL,
  `permission_id` integer NOT NULL,
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` bool NOT NULL,
  `username` varchar(150) NOT NULL UNIQUE,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `group_id` integer NOT NULL,
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `user_id` integer NOT NULL,
  `permission_id` integer NOT NULL,
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint UNSIGNED NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` integer NULL,
  `user_id` integer NOT NULL,
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL PRIMARY KEY,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `user_id` integer NOT NULL UNIQUE,
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_node` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `network_number` integer NULL UNIQUE,
  `name` varchar(255) NULL,
  `status` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `latitude` double NOT NULL,
  `longitude` double NOT NULL,
  `altitude` double NULL,
  `install_date` date NULL,
  `abandon_date` date NULL,
  `notes` longtext NULL,
  `placement` varchar(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_building` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `bin` integer NULL,
  `street_address` varchar(255) NULL,
  `city` varchar(255) NULL,
  `state` varchar(255) NULL,
  `zip_code` varchar(255) NULL,
  `address_truth_sources` json NOT NULL,
  `latitude` double NOT NULL,
  `longitude` double NOT NULL,
  `altitude` double NULL,
  `notes` longtext NULL,
  `panoramas` json NULL,
  `primary_node_id` char(32) NULL,
  CONSTRAINT `meshapi_building_primary_node_id_9e9c5b31_fk_meshapi_node_id` FOREIGN KEY (`primary_node_id`) REFERENCES `meshapi_node` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_building_nodes` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `building_id` char(32) NOT NULL,
  `node_id` char(32) NOT NULL,
  UNIQUE KEY `meshapi_building_nodes_building_id_node_id_7b8ad31c_uniq` (`building_id`, `node_id`),
  CONSTRAINT `meshapi_building_nod_building_id_dbfb686d_fk_meshapi_b` FOREIGN KEY (`building_id`) REFERENCES `meshapi_building` (`id`),
  CONSTRAINT `meshapi_building_nodes_node_id_d84bf212_fk_meshapi_node_id` FOREIGN KEY (`node_id`) REFERENCES `meshapi_node` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_member` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `primary_email_address` varchar(254) NULL,
  `stripe_email_address` varchar(254) NULL,
  `additional_email_addresses` json NULL,
  `phone_number` varchar(255) NULL,
  `additional_phone_numbers` json NULL,
  `slack_handle` varchar(255) NULL,
  `notes` longtext NULL,
  `payment_preference` varchar(255) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_install` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `install_number` integer NOT NULL UNIQUE,
  `status` varchar(255) NOT NULL,
  `ticket_number` varchar(255) NULL,
  `request_date` datetime(6) NOT NULL,
  `install_date` date NULL,
  `abandon_date` date NULL,
  `unit` varchar(255) NULL,
  `roof_access` bool NOT NULL,
  `referral` longtext NULL,
  `notes` longtext NULL,
  `diy` bool NULL,
  `building_id` char(32) NOT NULL,
  `member_id` char(32) NOT NULL,
  `node_id` char(32) NULL,
  `stripe_subscription_id` varchar(255) NULL,
  CONSTRAINT `meshapi_install_building_id_34417ad4_fk_meshapi_building_id` FOREIGN KEY (`building_id`) REFERENCES `meshapi_building` (`id`),
  CONSTRAINT `meshapi_install_member_id_1e5b17fb_fk_meshapi_member_id` FOREIGN KEY (`member_id`) REFERENCES `meshapi_member` (`id`),
  CONSTRAINT `meshapi_install_node_id_9a70672b_fk_meshapi_node_id` FOREIGN KEY (`node_id`) REFERENCES `meshapi_node` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_install_additional_members` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `install_id` char(32) NOT NULL,
  `member_id` char(32) NOT NULL,
  UNIQUE KEY `meshapi_install_addition_install_id_member_id_2171098b_uniq` (`install_id`, `member_id`),
  CONSTRAINT `meshapi_install_addi_install_id_10543d7b_fk_meshapi_i` FOREIGN KEY (`install_id`) REFERENCES `meshapi_install` (`id`),
  CONSTRAINT `meshapi_install_addi_member_id_df17138c_fk_meshapi_m` FOREIGN KEY (`member_id`) REFERENCES `meshapi_member` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_installfeebillingdatum` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `status` varchar(255) NOT NULL,
  `billing_date` date NULL,
  `invoice_number` varchar(255) NULL,
  `notes` longtext NULL,
  `install_id` char(32) NOT NULL UNIQUE,
  CONSTRAINT `meshapi_installfeebi_install_id_db686472_fk_meshapi_i` FOREIGN KEY (`install_id`) REFERENCES `meshapi_install` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_device` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `name` varchar(255) NULL,
  `status` varchar(255) NOT NULL,
  `install_date` date NULL,
  `abandon_date` date NULL,
  `notes` longtext NULL,
  `uisp_id` varchar(255) NULL,
  `node_id` char(32) NOT NULL,
  CONSTRAINT `meshapi_device_node_id_f04143b0_fk_meshapi_node_id` FOREIGN KEY (`node_id`) REFERENCES `meshapi_node` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_sector` (
  `device_ptr_id` char(32) NOT NULL PRIMARY KEY,
  `radius` double NOT NULL,
  `azimuth` integer NOT NULL,
  `width` integer NOT NULL,
  CONSTRAINT `meshapi_sector_device_ptr_id_f181a5cc_fk_meshapi_device_id` FOREIGN KEY (`device_ptr_id`) REFERENCES `meshapi_device` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_accesspoint` (
  `device_ptr_id` char(32) NOT NULL PRIMARY KEY,
  `latitude` double NOT NULL,
  `longitude` double NOT NULL,
  `altitude` double NULL,
  CONSTRAINT `meshapi_accesspoint_device_ptr_id_90267eaa_fk_meshapi_device_id` FOREIGN KEY (`device_ptr_id`) REFERENCES `meshapi_device` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_link` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `status` varchar(255) NOT NULL,
  `type` varchar(255) NULL,
  `install_date` date NULL,
  `abandon_date` date NULL,
  `description` varchar(255) NULL,
  `notes` longtext NULL,
  `uisp_id` varchar(255) NULL,
  `from_device_id` char(32) NOT NULL,
  `to_device_id` char(32) NOT NULL,
  CONSTRAINT `meshapi_link_from_device_id_68875bc2_fk_meshapi_device_id` FOREIGN KEY (`from_device_id`) REFERENCES `meshapi_device` (`id`),
  CONSTRAINT `meshapi_link_to_device_id_35ebe6cc_fk_meshapi_device_id` FOREIGN KEY (`to_device_id`) REFERENCES `meshapi_device` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_los` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `analysis_date` date NULL,
  `source` varchar(255) NOT NULL,
  `notes` longtext NULL,
  `from_building_id` char(32) NOT NULL,
  `to_building_id` char(32) NOT NULL,
  CONSTRAINT `meshapi_los_from_building_id_c89159ed_fk_meshapi_building_id` FOREIGN KEY (`from_building_id`) REFERENCES `meshapi_building` (`id`),
  CONSTRAINT `meshapi_los_to_building_id_7f29c8a1_fk_meshapi_building_id` FOREIGN KEY (`to_building_id`) REFERENCES `meshapi_building` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_permission` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_historicalmember` (
  `id` char(32) NOT NULL,
  `name` varchar(255) NOT NULL,
  `primary_email_address` varchar(254) NULL,
  `stripe_email_address` varchar(254) NULL,
  `additional_email_addresses` json NULL,
  `phone_number` varchar(255) NULL,
  `additional_phone_numbers` json NULL,
  `slack_handle` varchar(255) NULL,
  `notes` longtext NULL,
  `history_id` char(32) NOT NULL PRIMARY KEY,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` integer NULL,
  `payment_preference` varchar(255) NULL,
  CONSTRAINT `meshapi_historicalme_history_user_id_b6e7b799_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_historicalbuilding` (
  `id` char(32) NOT NULL,
  `bin` integer NULL,
  `street_address` varchar(255) NULL,
  `city` varchar(255) NULL,
  `state` varchar(255) NULL,
  `zip_code` varchar(255) NULL,
  `address_truth_sources` json NOT NULL,
  `latitude` double NOT NULL,
  `longitude` double NOT NULL,
  `altitude` double NULL,
  `notes` longtext NULL,
  `panoramas` json NULL,
  `history_id` char(32) NOT NULL PRIMARY KEY,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` integer NULL,
  `primary_node_id` char(32) NULL,
  CONSTRAINT `meshapi_historicalbu_history_user_id_48c2fa56_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_historicalbuilding_nodes` (
  `id` bigint NOT NULL,
  `m2m_history_id` char(32) NOT NULL PRIMARY KEY,
  `building_id` char(32) NULL,
  `history_id` char(32) NOT NULL,
  `node_id` char(32) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_historicalinstall` (
  `id` char(32) NOT NULL,
  `install_number` integer NOT NULL,
  `status` varchar(255) NOT NULL,
  `ticket_number` varchar(255) NULL,
  `request_date` datetime(6) NOT NULL,
  `install_date` date NULL,
  `abandon_date` date NULL,
  `unit` varchar(255) NULL,
  `roof_access` bool NOT NULL,
  `referral` longtext NULL,
  `notes` longtext NULL,
  `diy` bool NULL,
  `history_id` char(32) NOT NULL PRIMARY KEY,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `history_type` varchar(1) NOT NULL,
  `building_id` char(32) NULL,
  `history_user_id` integer NULL,
  `member_id` char(32) NULL,
  `node_id` char(32) NULL,
  `stripe_subscription_id` varchar(255) NULL,
  CONSTRAINT `meshapi_historicalin_history_user_id_0ac30e9b_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_historicalinstallfeebillingdatum` (
  `id` char(32) NOT NULL,
  `status` varchar(255) NOT NULL,
  `billing_date` date NULL,
  `invoice_number` varchar(255) NULL,
  `notes` longtext NULL,
  `history_id` char(32) NOT NULL PRIMARY KEY,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` integer NULL,
  `install_id` char(32) NULL,
  CONSTRAINT `meshapi_historicalin_history_user_id_22dc3cf6_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_historicalnode` (
  `id` char(32) NOT NULL,
  `network_number` integer NULL,
  `name` varchar(255) NULL,
  `status` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `latitude` double NOT NULL,
  `longitude` double NOT NULL,
  `altitude` double NULL,
  `install_date` date NULL,
  `abandon_date` date NULL,
  `notes` longtext NULL,
  `history_id` char(32) NOT NULL PRIMARY KEY,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` integer NULL,
  `placement` varchar(255) NOT NULL,
  CONSTRAINT `meshapi_historicalnode_history_user_id_1e4a7cff_fk_auth_user_id` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_historicaldevice` (
  `id` char(32) NOT NULL,
  `name` varchar(255) NULL,
  `status` varchar(255) NOT NULL,
  `install_date` date NULL,
  `abandon_date` date NULL,
  `notes` longtext NULL,
  `uisp_id` varchar(255) NULL,
  `history_id` char(32) NOT NULL PRIMARY KEY,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` integer NULL,
  `node_id` char(32) NULL,
  CONSTRAINT `meshapi_historicalde_history_user_id_c005fb8c_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_historicalsector` (
  `device_ptr_id` char(32) NULL,
  `id` char(32) NOT NULL,
  `name` varchar(255) NULL,
  `status` varchar(255) NOT NULL,
  `install_date` date NULL,
  `abandon_date` date NULL,
  `notes` longtext NULL,
  `uisp_id` varchar(255) NULL,
  `radius` double NOT NULL,
  `azimuth` integer NOT NULL,
  `width` integer NOT NULL,
  `history_id` char(32) NOT NULL PRIMARY KEY,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` integer NULL,
  `node_id` char(32) NULL,
  CONSTRAINT `meshapi_historicalse_history_user_id_8353b29a_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_historicalaccesspoint` (
  `device_ptr_id` char(32) NULL,
  `id` char(32) NOT NULL,
  `name` varchar(255) NULL,
  `status` varchar(255) NOT NULL,
  `install_date` date NULL,
  `abandon_date` date NULL,
  `notes` longtext NULL,
  `uisp_id` varchar(255) NULL,
  `latitude` double NOT NULL,
  `longitude` double NOT NULL,
  `altitude` double NULL,
  `history_id` char(32) NOT NULL PRIMARY KEY,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` integer NULL,
  `node_id` char(32) NULL,
  CONSTRAINT `meshapi_historicalac_history_user_id_34b99b06_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_historicallink` (
  `id` char(32) NOT NULL,
  `status` varchar(255) NOT NULL,
  `type` varchar(255) NULL,
  `install_date` date NULL,
  `abandon_date` date NULL,
  `description` varchar(255) NULL,
  `notes` longtext NULL,
  `uisp_id` varchar(255) NULL,
  `history_id` char(32) NOT NULL PRIMARY KEY,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `history_type` varchar(1) NOT NULL,
  `from_device_id` char(32) NULL,
  `history_user_id` integer NULL,
  `to_device_id` char(32) NULL,
  CONSTRAINT `meshapi_historicallink_history_user_id_a7a02d34_fk_auth_user_id` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_historicallos` (
  `id` char(32) NOT NULL,
  `analysis_date` date NULL,
  `source` varchar(255) NOT NULL,
  `notes` longtext NULL,
  `history_id` char(32) NOT NULL PRIMARY KEY,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) NULL,
  `history_type` varchar(1) NOT NULL,
  `from_building_id` char(32) NULL,
  `history_user_id` integer NULL,
  `to_building_id` char(32) NULL,
  CONSTRAINT `meshapi_historicallos_history_user_id_29975364_fk_auth_user_id` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `meshapi_hooks_celeryserializerhook` (
  `id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `event` varchar(64) NOT NULL,
  `target` varchar(255) NOT NULL,
  `headers` json NOT NULL,
  `enabled` bool NOT NULL,
  `consecutive_failures` integer NOT NULL,
  `user_id` integer NOT NULL,
  CONSTRAINT `meshapi_hooks_celery_user_id_d0952874_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

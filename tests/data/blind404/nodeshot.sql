-- Nodeshot (Ninux.org; community-network node registry and map)
-- Upstream: github.com/ninuxorg/nodeshot, commit 2466f0a55f522b2696026f196436ce7ba3f1e5c6 (GPL-3.0)
-- Made from upstream's Django migrations (16 files of 13 apps): Django 4.2's MigrationLoader built the final
-- project state and Django's own MySQL schema editor wrote the statements (nothing executed).
-- PostgreSQL/PostGIS-only types mapped: PostGIS geometry, point and linestring fields -> MySQL's generic
-- `geometry` type (holds any shape; the parser of the checks reads no other spatial type name); hstore (DictionaryField, ReferencesField) and jsonfield -> longtext; netfields inet -> varchar(39),
-- cidr -> varchar(43), macaddr -> varchar(17). Framework tables (contenttypes, auth group/permission, admin log,
-- sessions, django-reversion 6.4.0) written from their own migrations. Plain (non-unique) indexes left out.

CREATE TABLE `django_admin_log` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint UNSIGNED NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  `content_type_id` integer NULL,
  `user_id` integer NOT NULL
);

CREATE TABLE `auth_permission` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(255) NOT NULL,
  `content_type_id` integer NOT NULL,
  `codename` varchar(100) NOT NULL
);

CREATE TABLE `auth_group` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `name` varchar(150) NOT NULL UNIQUE
);

CREATE TABLE `cms_menuitem` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `access_level` smallint NOT NULL,
  `order` integer UNSIGNED NOT NULL CHECK (`order` >= 0),
  `name` varchar(50) NOT NULL,
  `url` varchar(255) NOT NULL,
  `classes` varchar(50) NOT NULL,
  `is_published` bool NOT NULL,
  `parent_id` integer NULL
);

CREATE TABLE `cms_page` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `access_level` smallint NOT NULL,
  `title` varchar(50) NOT NULL,
  `slug` varchar(50) NOT NULL UNIQUE,
  `content` longtext NOT NULL,
  `is_published` bool NOT NULL,
  `meta_description` varchar(255) NOT NULL,
  `meta_keywords` varchar(255) NOT NULL,
  `meta_robots` varchar(50) NOT NULL
);

CREATE TABLE `connectors_deviceconnector` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `order` integer UNSIGNED NOT NULL CHECK (`order` >= 0),
  `backend` varchar(128) NOT NULL,
  `host` varchar(128) NOT NULL,
  `config` longtext NULL,
  `port` integer NULL,
  `store` bool NOT NULL,
  `device_id` integer NULL,
  `node_id` integer NOT NULL
);

CREATE TABLE `django_content_type` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL
);

CREATE TABLE `hardware_antenna` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `polarization` smallint NULL,
  `azimuth` double precision NULL,
  `inclination` double precision NULL,
  `device_id` integer NOT NULL,
  `model_id` integer NOT NULL,
  `radio_id` integer NULL
);

CREATE TABLE `hardware_antenna_model` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL UNIQUE,
  `gain` numeric(4, 1) NOT NULL,
  `polarization` smallint NULL,
  `freq_range_lower` integer NOT NULL,
  `freq_range_higher` integer NOT NULL,
  `beamwidth_h` numeric(4, 1) NOT NULL,
  `beamwidth_v` numeric(4, 1) NOT NULL,
  `image` varchar(100) NOT NULL,
  `datasheet` varchar(100) NOT NULL,
  `device_model_id` integer NULL UNIQUE,
  `manufacturer_id` integer NOT NULL
);

CREATE TABLE `hardware_device_model` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL UNIQUE,
  `image` varchar(100) NOT NULL,
  `datasheet` varchar(100) NOT NULL,
  `cpu` varchar(255) NOT NULL,
  `ram` integer NOT NULL,
  `manufacturer_id` integer NOT NULL
);

CREATE TABLE `hardware_device_to_model` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `cpu` varchar(255) NOT NULL,
  `ram` integer NOT NULL,
  `device_id` integer NOT NULL UNIQUE,
  `model_id` integer NOT NULL
);

CREATE TABLE `hardware_macprefix` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `prefix` varchar(8) NOT NULL UNIQUE,
  `manufacturer_id` integer NOT NULL
);

CREATE TABLE `hardware_manufacturer` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL UNIQUE,
  `url` varchar(200) NOT NULL,
  `image` varchar(100) NOT NULL
);

CREATE TABLE `hardware_radiation_pattern` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `type` varchar(30) NOT NULL,
  `image` varchar(100) NOT NULL,
  `antenna_model_id` integer NOT NULL
);

CREATE TABLE `layers_layer` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL UNIQUE,
  `slug` varchar(50) NOT NULL UNIQUE,
  `description` varchar(250) NULL,
  `text` longtext NULL,
  `is_published` bool NOT NULL,
  `is_external` bool NOT NULL,
  `area` geometry NOT NULL,
  `organization` varchar(255) NOT NULL,
  `website` varchar(200) NULL,
  `email` varchar(254) NOT NULL,
  `nodes_minimum_distance` integer NOT NULL,
  `new_nodes_allowed` bool NOT NULL,
  `data` longtext NULL
);

CREATE TABLE `layers_layer_mantainers` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `layer_id` integer NOT NULL,
  `profile_id` integer NOT NULL
);

CREATE TABLE `links_link` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `access_level` smallint NOT NULL,
  `type` smallint NULL,
  `line` geometry NULL,
  `status` smallint NOT NULL,
  `first_seen` datetime(6) NULL,
  `last_seen` datetime(6) NULL,
  `metric_type` varchar(6) NULL,
  `metric_value` double precision NULL,
  `max_rate` integer NULL,
  `min_rate` integer NULL,
  `dbm` integer NULL,
  `noise` integer NULL,
  `data` longtext NULL,
  `shortcuts` longtext NULL,
  `interface_a_id` integer NULL,
  `interface_b_id` integer NULL,
  `layer_id` integer NULL,
  `node_a_id` integer NULL,
  `node_b_id` integer NULL,
  `topology_id` integer NULL
);

CREATE TABLE `links_topology` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `name` varchar(75) NOT NULL UNIQUE,
  `format` varchar(128) NOT NULL,
  `url` varchar(200) NOT NULL
);

CREATE TABLE `mailing_inward` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `status` integer NOT NULL,
  `object_id` integer UNSIGNED NOT NULL CHECK (`object_id` >= 0),
  `from_name` varchar(50) NOT NULL,
  `from_email` varchar(50) NOT NULL,
  `message` longtext NOT NULL,
  `ip` char(39) NULL,
  `user_agent` varchar(255) NOT NULL,
  `accept_language` varchar(255) NOT NULL,
  `content_type_id` integer NOT NULL,
  `user_id` integer NULL
);

CREATE TABLE `mailing_outward` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `status` integer NOT NULL,
  `subject` varchar(50) NOT NULL,
  `message` longtext NOT NULL,
  `is_scheduled` smallint NOT NULL,
  `scheduled_date` date NULL,
  `scheduled_time` varchar(20) NOT NULL,
  `is_filtered` smallint NOT NULL,
  `filters` varchar(255) NOT NULL,
  `groups` varchar(255) NOT NULL
);

CREATE TABLE `mailing_outward_layers` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `outward_id` integer NOT NULL,
  `layer_id` integer NOT NULL
);

CREATE TABLE `mailing_outward_users` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `outward_id` integer NOT NULL,
  `profile_id` integer NOT NULL
);

CREATE TABLE `metrics_metric` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `name` varchar(75) NOT NULL,
  `object_id` integer UNSIGNED NULL CHECK (`object_id` >= 0),
  `tags` longtext NOT NULL,
  `query` varchar(255) NOT NULL,
  `content_type_id` integer NULL
);

CREATE TABLE `net_device` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `access_level` smallint NOT NULL,
  `name` varchar(50) NOT NULL,
  `type` varchar(50) NOT NULL,
  `status` smallint NOT NULL,
  `location` geometry NULL,
  `elev` double precision NULL,
  `os` varchar(128) NULL,
  `os_version` varchar(128) NULL,
  `first_seen` datetime(6) NULL,
  `last_seen` datetime(6) NULL,
  `description` varchar(255) NULL,
  `notes` longtext NULL,
  `data` longtext NULL,
  `shortcuts` longtext NULL,
  `node_id` integer NOT NULL
);

CREATE TABLE `net_device_routing_protocols` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `device_id` integer NOT NULL,
  `routingprotocol_id` integer NOT NULL
);

CREATE TABLE `net_interface` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `access_level` smallint NOT NULL,
  `type` integer NOT NULL,
  `name` varchar(10) NULL,
  `mac` varchar(17) NULL UNIQUE,
  `mtu` integer NULL,
  `tx_rate` integer NULL,
  `rx_rate` integer NULL,
  `data` longtext NULL,
  `shortcuts` longtext NULL,
  `device_id` integer NOT NULL
);

CREATE TABLE `net_ip` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `access_level` smallint NOT NULL,
  `address` varchar(39) NOT NULL UNIQUE,
  `protocol` varchar(4) NOT NULL,
  `netmask` varchar(43) NULL,
  `interface_id` integer NOT NULL
);

CREATE TABLE `net_routing_protocol` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  `version` varchar(128) NOT NULL
);

CREATE TABLE `net_interface_vap` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `essid` varchar(50) NULL,
  `bssid` varchar(50) NULL,
  `encryption` varchar(50) NULL,
  `key` varchar(100) NULL,
  `auth_server` varchar(50) NULL,
  `auth_port` integer NULL,
  `accounting_server` varchar(50) NULL,
  `accounting_port` integer NULL,
  `interface_id` integer NOT NULL
);

CREATE TABLE `net_interface_bridge` (
  `interface_ptr_id` integer NOT NULL PRIMARY KEY
);

CREATE TABLE `net_interface_bridge_interfaces` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `bridge_id` integer NOT NULL,
  `interface_id` integer NOT NULL
);

CREATE TABLE `net_interface_ethernet` (
  `interface_ptr_id` integer NOT NULL PRIMARY KEY,
  `standard` varchar(15) NOT NULL,
  `duplex` varchar(15) NOT NULL
);

CREATE TABLE `net_interface_tunnel` (
  `interface_ptr_id` integer NOT NULL PRIMARY KEY,
  `sap` varchar(10) NULL,
  `protocol` varchar(10) NULL,
  `endpoint` varchar(39) NULL
);

CREATE TABLE `net_interface_vlan` (
  `interface_ptr_id` integer NOT NULL PRIMARY KEY,
  `tag` varchar(10) NOT NULL
);

CREATE TABLE `net_interface_wireless` (
  `interface_ptr_id` integer NOT NULL PRIMARY KEY,
  `mode` varchar(5) NULL,
  `standard` varchar(7) NULL,
  `channel` varchar(4) NULL,
  `channel_width` varchar(6) NULL,
  `output_power` integer NULL,
  `dbm` integer NULL,
  `noise` integer NULL
);

CREATE TABLE `nodes_image` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `access_level` smallint NOT NULL,
  `order` integer UNSIGNED NOT NULL CHECK (`order` >= 0),
  `file` varchar(100) NOT NULL,
  `description` varchar(255) NULL,
  `node_id` integer NOT NULL
);

CREATE TABLE `nodes_node` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `access_level` smallint NOT NULL,
  `name` varchar(75) NOT NULL UNIQUE,
  `slug` varchar(75) NOT NULL UNIQUE,
  `is_published` bool NOT NULL,
  `geometry` geometry NOT NULL,
  `elev` double precision NULL,
  `address` varchar(150) NULL,
  `description` longtext NULL,
  `notes` longtext NULL,
  `data` longtext NULL,
  `layer_id` integer NOT NULL,
  `status_id` integer NULL,
  `user_id` integer NULL
);

CREATE TABLE `nodes_status` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `order` integer UNSIGNED NOT NULL CHECK (`order` >= 0),
  `name` varchar(255) NOT NULL,
  `slug` varchar(75) NOT NULL UNIQUE,
  `description` varchar(255) NOT NULL,
  `is_default` bool NOT NULL,
  `stroke_width` smallint NOT NULL,
  `fill_color` varchar(7) NOT NULL,
  `stroke_color` varchar(7) NOT NULL,
  `text_color` varchar(7) NOT NULL
);

CREATE TABLE `notifications_notification` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `type` varchar(64) NOT NULL,
  `object_id` integer UNSIGNED NULL CHECK (`object_id` >= 0),
  `text` varchar(120) NOT NULL,
  `is_read` bool NOT NULL,
  `content_type_id` integer NULL,
  `from_user_id` integer NULL,
  `to_user_id` integer NOT NULL
);

CREATE TABLE `notifications_user_email_settings` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `node_created` integer NOT NULL,
  `node_status_changed` integer NOT NULL,
  `node_own_status_changed` bool NOT NULL,
  `node_deleted` integer NOT NULL,
  `user_id` integer NOT NULL UNIQUE
);

CREATE TABLE `notifications_user_web_settings` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `node_created` integer NOT NULL,
  `node_status_changed` integer NOT NULL,
  `node_own_status_changed` bool NOT NULL,
  `node_deleted` integer NOT NULL,
  `user_id` integer NOT NULL UNIQUE
);

CREATE TABLE `participation_comment` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `text` varchar(255) NOT NULL,
  `node_id` integer NOT NULL,
  `user_id` integer NOT NULL
);

CREATE TABLE `participation_layer_settings` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `voting_allowed` bool NOT NULL,
  `rating_allowed` bool NOT NULL,
  `comments_allowed` bool NOT NULL,
  `layer_id` integer NOT NULL UNIQUE
);

CREATE TABLE `participation_node_settings` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `voting_allowed` bool NOT NULL,
  `rating_allowed` bool NOT NULL,
  `comments_allowed` bool NOT NULL,
  `node_id` integer NOT NULL UNIQUE
);

CREATE TABLE `participation_node_counts` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `likes` integer NOT NULL,
  `dislikes` integer NOT NULL,
  `rating_count` integer NOT NULL,
  `rating_avg` double precision NOT NULL,
  `comment_count` integer NOT NULL,
  `node_id` integer NOT NULL UNIQUE
);

CREATE TABLE `participation_rating` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `value` integer NOT NULL,
  `node_id` integer NOT NULL,
  `user_id` integer NOT NULL
);

CREATE TABLE `participation_vote` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `vote` integer NOT NULL,
  `node_id` integer NOT NULL,
  `user_id` integer NOT NULL
);

CREATE TABLE `profiles_profile` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` bool NOT NULL,
  `username` varchar(254) NOT NULL UNIQUE,
  `email` varchar(254) NOT NULL UNIQUE,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(30) NOT NULL,
  `about` longtext NOT NULL,
  `gender` varchar(1) NOT NULL,
  `birth_date` date NULL,
  `address` varchar(150) NOT NULL,
  `city` varchar(30) NOT NULL,
  `country` varchar(30) NOT NULL,
  `is_staff` bool NOT NULL,
  `is_active` bool NOT NULL,
  `date_joined` datetime(6) NOT NULL
);

CREATE TABLE `profiles_profile_groups` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `profile_id` integer NOT NULL,
  `group_id` integer NOT NULL
);

CREATE TABLE `profiles_profile_user_permissions` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `profile_id` integer NOT NULL,
  `permission_id` integer NOT NULL
);

CREATE TABLE `profiles_emailaddress` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `email` varchar(254) NOT NULL UNIQUE,
  `verified` bool NOT NULL,
  `primary` bool NOT NULL,
  `user_id` integer NOT NULL
);

CREATE TABLE `profiles_emailconfirmation` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `created_at` datetime(6) NOT NULL,
  `key` varchar(40) NOT NULL,
  `email_address_id` integer NOT NULL
);

CREATE TABLE `profiles_passwordreset` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `temp_key` varchar(100) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `reset` bool NOT NULL,
  `user_id` integer NOT NULL
);

CREATE TABLE `profiles_social_links` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `added` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `url` varchar(200) NOT NULL,
  `description` varchar(128) NOT NULL,
  `user_id` integer NOT NULL
);

CREATE TABLE `reversion_revision` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `date_created` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `user_id` integer NULL
);

CREATE TABLE `reversion_version` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `object_id` varchar(191) NOT NULL,
  `format` varchar(255) NOT NULL,
  `serialized_data` longtext NOT NULL,
  `object_repr` longtext NOT NULL,
  `content_type_id` integer NOT NULL,
  `revision_id` integer NOT NULL,
  `db` varchar(191) NOT NULL
);

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL PRIMARY KEY,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL
);

CREATE TABLE `layers_external` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `layer_id` integer NOT NULL UNIQUE,
  `synchronizer_path` varchar(128) NOT NULL,
  `config` longtext NULL
);

CREATE TABLE `nodes_external` (
  `id` integer AUTO_INCREMENT NOT NULL PRIMARY KEY,
  `node_id` integer NOT NULL UNIQUE,
  `external_id` varchar(255) NOT NULL
);

ALTER TABLE `django_admin_log` ADD CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `django_admin_log` ADD CONSTRAINT `django_admin_log_user_id_c564eba6_fk_profiles_profile_id` FOREIGN KEY (`user_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `auth_permission` ADD CONSTRAINT `auth_permission_content_type_id_codename_01ab375a_uniq` UNIQUE (`content_type_id`, `codename`);
ALTER TABLE `auth_permission` ADD CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `cms_menuitem` ADD CONSTRAINT `cms_menuitem_parent_id_84199ea4_fk_cms_menuitem_id` FOREIGN KEY (`parent_id`) REFERENCES `cms_menuitem` (`id`);
ALTER TABLE `connectors_deviceconnector` ADD CONSTRAINT `connectors_deviceconnector_device_id_94233783_fk_net_device_id` FOREIGN KEY (`device_id`) REFERENCES `net_device` (`id`);
ALTER TABLE `connectors_deviceconnector` ADD CONSTRAINT `connectors_deviceconnector_node_id_5d181b91_fk_nodes_node_id` FOREIGN KEY (`node_id`) REFERENCES `nodes_node` (`id`);
ALTER TABLE `django_content_type` ADD CONSTRAINT `django_content_type_app_label_model_76bd3d3b_uniq` UNIQUE (`app_label`, `model`);
ALTER TABLE `hardware_antenna` ADD CONSTRAINT `hardware_antenna_device_id_7d088b97_fk_net_device_id` FOREIGN KEY (`device_id`) REFERENCES `net_device` (`id`);
ALTER TABLE `hardware_antenna` ADD CONSTRAINT `hardware_antenna_model_id_b5771576_fk_hardware_antenna_model_id` FOREIGN KEY (`model_id`) REFERENCES `hardware_antenna_model` (`id`);
ALTER TABLE `hardware_antenna` ADD CONSTRAINT `hardware_antenna_radio_id_e9c8b09c_fk_net_interface_id` FOREIGN KEY (`radio_id`) REFERENCES `net_interface` (`id`);
ALTER TABLE `hardware_antenna_model` ADD CONSTRAINT `hardware_antenna_mod_device_model_id_c89a4108_fk_hardware_` FOREIGN KEY (`device_model_id`) REFERENCES `hardware_device_model` (`id`);
ALTER TABLE `hardware_antenna_model` ADD CONSTRAINT `hardware_antenna_mod_manufacturer_id_7e8aa105_fk_hardware_` FOREIGN KEY (`manufacturer_id`) REFERENCES `hardware_manufacturer` (`id`);
ALTER TABLE `hardware_device_model` ADD CONSTRAINT `hardware_device_mode_manufacturer_id_ecd557df_fk_hardware_` FOREIGN KEY (`manufacturer_id`) REFERENCES `hardware_manufacturer` (`id`);
ALTER TABLE `hardware_device_to_model` ADD CONSTRAINT `hardware_device_to_model_device_id_75a717f8_fk_net_device_id` FOREIGN KEY (`device_id`) REFERENCES `net_device` (`id`);
ALTER TABLE `hardware_device_to_model` ADD CONSTRAINT `hardware_device_to_m_model_id_45323b3d_fk_hardware_` FOREIGN KEY (`model_id`) REFERENCES `hardware_device_model` (`id`);
ALTER TABLE `hardware_macprefix` ADD CONSTRAINT `hardware_macprefix_manufacturer_id_d2cb5abf_fk_hardware_` FOREIGN KEY (`manufacturer_id`) REFERENCES `hardware_manufacturer` (`id`);
ALTER TABLE `hardware_radiation_pattern` ADD CONSTRAINT `hardware_radiation_p_antenna_model_id_7e2d1b78_fk_hardware_` FOREIGN KEY (`antenna_model_id`) REFERENCES `hardware_antenna_model` (`id`);
ALTER TABLE `layers_layer_mantainers` ADD CONSTRAINT `layers_layer_mantainers_layer_id_profile_id_d68c15e8_uniq` UNIQUE (`layer_id`, `profile_id`);
ALTER TABLE `layers_layer_mantainers` ADD CONSTRAINT `layers_layer_mantainers_layer_id_4bed6064_fk_layers_layer_id` FOREIGN KEY (`layer_id`) REFERENCES `layers_layer` (`id`);
ALTER TABLE `layers_layer_mantainers` ADD CONSTRAINT `layers_layer_mantain_profile_id_f0280375_fk_profiles_` FOREIGN KEY (`profile_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `links_link` ADD CONSTRAINT `links_link_interface_a_id_93f7e8fd_fk_net_interface_id` FOREIGN KEY (`interface_a_id`) REFERENCES `net_interface` (`id`);
ALTER TABLE `links_link` ADD CONSTRAINT `links_link_interface_b_id_e20f2dd7_fk_net_interface_id` FOREIGN KEY (`interface_b_id`) REFERENCES `net_interface` (`id`);
ALTER TABLE `links_link` ADD CONSTRAINT `links_link_layer_id_463cae72_fk_layers_layer_id` FOREIGN KEY (`layer_id`) REFERENCES `layers_layer` (`id`);
ALTER TABLE `links_link` ADD CONSTRAINT `links_link_node_a_id_a6d4766d_fk_nodes_node_id` FOREIGN KEY (`node_a_id`) REFERENCES `nodes_node` (`id`);
ALTER TABLE `links_link` ADD CONSTRAINT `links_link_node_b_id_0ae05464_fk_nodes_node_id` FOREIGN KEY (`node_b_id`) REFERENCES `nodes_node` (`id`);
ALTER TABLE `links_link` ADD CONSTRAINT `links_link_topology_id_6db5c37c_fk_links_topology_id` FOREIGN KEY (`topology_id`) REFERENCES `links_topology` (`id`);
ALTER TABLE `mailing_inward` ADD CONSTRAINT `mailing_inward_content_type_id_5fe71e6e_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `mailing_inward` ADD CONSTRAINT `mailing_inward_user_id_a9d728c1_fk_profiles_profile_id` FOREIGN KEY (`user_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `mailing_outward_layers` ADD CONSTRAINT `mailing_outward_layers_outward_id_layer_id_8629621e_uniq` UNIQUE (`outward_id`, `layer_id`);
ALTER TABLE `mailing_outward_layers` ADD CONSTRAINT `mailing_outward_layers_outward_id_8aa6c208_fk_mailing_outward_id` FOREIGN KEY (`outward_id`) REFERENCES `mailing_outward` (`id`);
ALTER TABLE `mailing_outward_layers` ADD CONSTRAINT `mailing_outward_layers_layer_id_b5ccb533_fk_layers_layer_id` FOREIGN KEY (`layer_id`) REFERENCES `layers_layer` (`id`);
ALTER TABLE `mailing_outward_users` ADD CONSTRAINT `mailing_outward_users_outward_id_profile_id_fb5d002b_uniq` UNIQUE (`outward_id`, `profile_id`);
ALTER TABLE `mailing_outward_users` ADD CONSTRAINT `mailing_outward_users_outward_id_e20fbaf0_fk_mailing_outward_id` FOREIGN KEY (`outward_id`) REFERENCES `mailing_outward` (`id`);
ALTER TABLE `mailing_outward_users` ADD CONSTRAINT `mailing_outward_users_profile_id_a8f31fd7_fk_profiles_profile_id` FOREIGN KEY (`profile_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `metrics_metric` ADD CONSTRAINT `metrics_metric_name_tags_content_type_id_object_id_a1f998fd_uniq` UNIQUE (`name`, `tags`, `content_type_id`, `object_id`);
ALTER TABLE `metrics_metric` ADD CONSTRAINT `metrics_metric_content_type_id_c0ee7e34_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `net_device` ADD CONSTRAINT `net_device_node_id_7a5d7b73_fk_nodes_node_id` FOREIGN KEY (`node_id`) REFERENCES `nodes_node` (`id`);
ALTER TABLE `net_device_routing_protocols` ADD CONSTRAINT `net_device_routing_proto_device_id_routingprotoco_9ff275de_uniq` UNIQUE (`device_id`, `routingprotocol_id`);
ALTER TABLE `net_device_routing_protocols` ADD CONSTRAINT `net_device_routing_protocols_device_id_ccfa30b3_fk_net_device_id` FOREIGN KEY (`device_id`) REFERENCES `net_device` (`id`);
ALTER TABLE `net_device_routing_protocols` ADD CONSTRAINT `net_device_routing_p_routingprotocol_id_7b16b80c_fk_net_routi` FOREIGN KEY (`routingprotocol_id`) REFERENCES `net_routing_protocol` (`id`);
ALTER TABLE `net_interface` ADD CONSTRAINT `net_interface_device_id_7f2f6a52_fk_net_device_id` FOREIGN KEY (`device_id`) REFERENCES `net_device` (`id`);
ALTER TABLE `net_ip` ADD CONSTRAINT `net_ip_interface_id_5b5ec850_fk_net_interface_id` FOREIGN KEY (`interface_id`) REFERENCES `net_interface` (`id`);
ALTER TABLE `net_routing_protocol` ADD CONSTRAINT `net_routing_protocol_name_version_880e9f35_uniq` UNIQUE (`name`, `version`);
ALTER TABLE `net_interface_vap` ADD CONSTRAINT `net_interface_vap_interface_id_6ed2e9ef_fk_net_inter` FOREIGN KEY (`interface_id`) REFERENCES `net_interface_wireless` (`interface_ptr_id`);
ALTER TABLE `net_interface_bridge` ADD CONSTRAINT `net_interface_bridge_interface_ptr_id_7080f08d_fk_net_inter` FOREIGN KEY (`interface_ptr_id`) REFERENCES `net_interface` (`id`);
ALTER TABLE `net_interface_bridge_interfaces` ADD CONSTRAINT `net_interface_bridge_int_bridge_id_interface_id_fe71c64a_uniq` UNIQUE (`bridge_id`, `interface_id`);
ALTER TABLE `net_interface_bridge_interfaces` ADD CONSTRAINT `net_interface_bridge_bridge_id_4b578d86_fk_net_inter` FOREIGN KEY (`bridge_id`) REFERENCES `net_interface_bridge` (`interface_ptr_id`);
ALTER TABLE `net_interface_bridge_interfaces` ADD CONSTRAINT `net_interface_bridge_interface_id_130ec2d0_fk_net_inter` FOREIGN KEY (`interface_id`) REFERENCES `net_interface` (`id`);
ALTER TABLE `net_interface_ethernet` ADD CONSTRAINT `net_interface_ethern_interface_ptr_id_817c3237_fk_net_inter` FOREIGN KEY (`interface_ptr_id`) REFERENCES `net_interface` (`id`);
ALTER TABLE `net_interface_tunnel` ADD CONSTRAINT `net_interface_tunnel_interface_ptr_id_3343e936_fk_net_inter` FOREIGN KEY (`interface_ptr_id`) REFERENCES `net_interface` (`id`);
ALTER TABLE `net_interface_vlan` ADD CONSTRAINT `net_interface_vlan_interface_ptr_id_cbad4e6e_fk_net_interface_id` FOREIGN KEY (`interface_ptr_id`) REFERENCES `net_interface` (`id`);
ALTER TABLE `net_interface_wireless` ADD CONSTRAINT `net_interface_wirele_interface_ptr_id_cf652bae_fk_net_inter` FOREIGN KEY (`interface_ptr_id`) REFERENCES `net_interface` (`id`);
ALTER TABLE `nodes_image` ADD CONSTRAINT `nodes_image_node_id_12d74d47_fk_nodes_node_id` FOREIGN KEY (`node_id`) REFERENCES `nodes_node` (`id`);
ALTER TABLE `nodes_node` ADD CONSTRAINT `nodes_node_layer_id_accdf392_fk_layers_layer_id` FOREIGN KEY (`layer_id`) REFERENCES `layers_layer` (`id`);
ALTER TABLE `nodes_node` ADD CONSTRAINT `nodes_node_status_id_70348ccb_fk_nodes_status_id` FOREIGN KEY (`status_id`) REFERENCES `nodes_status` (`id`);
ALTER TABLE `nodes_node` ADD CONSTRAINT `nodes_node_user_id_a8d6e41d_fk_profiles_profile_id` FOREIGN KEY (`user_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `notifications_notification` ADD CONSTRAINT `notifications_notifi_content_type_id_74ab3a2c_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `notifications_notification` ADD CONSTRAINT `notifications_notifi_from_user_id_4f1e70d0_fk_profiles_` FOREIGN KEY (`from_user_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `notifications_notification` ADD CONSTRAINT `notifications_notifi_to_user_id_17192cb7_fk_profiles_` FOREIGN KEY (`to_user_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `notifications_user_email_settings` ADD CONSTRAINT `notifications_user_e_user_id_a850292d_fk_profiles_` FOREIGN KEY (`user_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `notifications_user_web_settings` ADD CONSTRAINT `notifications_user_w_user_id_66c38152_fk_profiles_` FOREIGN KEY (`user_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `participation_comment` ADD CONSTRAINT `participation_comment_node_id_11f892b9_fk_nodes_node_id` FOREIGN KEY (`node_id`) REFERENCES `nodes_node` (`id`);
ALTER TABLE `participation_comment` ADD CONSTRAINT `participation_comment_user_id_b045edf1_fk_profiles_profile_id` FOREIGN KEY (`user_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `participation_layer_settings` ADD CONSTRAINT `participation_layer__layer_id_83dd0700_fk_layers_la` FOREIGN KEY (`layer_id`) REFERENCES `layers_layer` (`id`);
ALTER TABLE `participation_node_settings` ADD CONSTRAINT `participation_node_settings_node_id_ac1c05ac_fk_nodes_node_id` FOREIGN KEY (`node_id`) REFERENCES `nodes_node` (`id`);
ALTER TABLE `participation_node_counts` ADD CONSTRAINT `participation_node_counts_node_id_76f39f07_fk_nodes_node_id` FOREIGN KEY (`node_id`) REFERENCES `nodes_node` (`id`);
ALTER TABLE `participation_rating` ADD CONSTRAINT `participation_rating_node_id_f209eeb0_fk_nodes_node_id` FOREIGN KEY (`node_id`) REFERENCES `nodes_node` (`id`);
ALTER TABLE `participation_rating` ADD CONSTRAINT `participation_rating_user_id_06d2941b_fk_profiles_profile_id` FOREIGN KEY (`user_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `participation_vote` ADD CONSTRAINT `participation_vote_node_id_8a33bb8e_fk_nodes_node_id` FOREIGN KEY (`node_id`) REFERENCES `nodes_node` (`id`);
ALTER TABLE `participation_vote` ADD CONSTRAINT `participation_vote_user_id_c41ae580_fk_profiles_profile_id` FOREIGN KEY (`user_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `profiles_profile_groups` ADD CONSTRAINT `profiles_profile_groups_profile_id_group_id_25b08c5a_uniq` UNIQUE (`profile_id`, `group_id`);
ALTER TABLE `profiles_profile_groups` ADD CONSTRAINT `profiles_profile_gro_profile_id_5d49c9a3_fk_profiles_` FOREIGN KEY (`profile_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `profiles_profile_groups` ADD CONSTRAINT `profiles_profile_groups_group_id_76a76a80_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`);
ALTER TABLE `profiles_profile_user_permissions` ADD CONSTRAINT `profiles_profile_user_pe_profile_id_permission_id_80af95c2_uniq` UNIQUE (`profile_id`, `permission_id`);
ALTER TABLE `profiles_profile_user_permissions` ADD CONSTRAINT `profiles_profile_use_profile_id_fd4f3b6f_fk_profiles_` FOREIGN KEY (`profile_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `profiles_profile_user_permissions` ADD CONSTRAINT `profiles_profile_use_permission_id_9006f0b0_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`);
ALTER TABLE `profiles_emailaddress` ADD CONSTRAINT `profiles_emailaddress_user_id_email_416d40e3_uniq` UNIQUE (`user_id`, `email`);
ALTER TABLE `profiles_emailaddress` ADD CONSTRAINT `profiles_emailaddress_user_id_f5112a62_fk_profiles_profile_id` FOREIGN KEY (`user_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `profiles_emailconfirmation` ADD CONSTRAINT `profiles_emailconfir_email_address_id_3749766f_fk_profiles_` FOREIGN KEY (`email_address_id`) REFERENCES `profiles_emailaddress` (`id`);
ALTER TABLE `profiles_passwordreset` ADD CONSTRAINT `profiles_passwordreset_user_id_d6380411_fk_profiles_profile_id` FOREIGN KEY (`user_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `profiles_social_links` ADD CONSTRAINT `profiles_social_links_user_id_url_33eb9c2c_uniq` UNIQUE (`user_id`, `url`);
ALTER TABLE `profiles_social_links` ADD CONSTRAINT `profiles_social_links_user_id_b0be9430_fk_profiles_profile_id` FOREIGN KEY (`user_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `reversion_revision` ADD CONSTRAINT `reversion_revision_user_id_17095f45_fk_profiles_profile_id` FOREIGN KEY (`user_id`) REFERENCES `profiles_profile` (`id`);
ALTER TABLE `reversion_version` ADD CONSTRAINT `reversion_version_db_content_type_id_objec_b2c54f65_uniq` UNIQUE (`db`, `content_type_id`, `object_id`, `revision_id`);
ALTER TABLE `reversion_version` ADD CONSTRAINT `reversion_version_content_type_id_7d0ff25c_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`);
ALTER TABLE `reversion_version` ADD CONSTRAINT `reversion_version_revision_id_af9f6a9d_fk_reversion_revision_id` FOREIGN KEY (`revision_id`) REFERENCES `reversion_revision` (`id`);
ALTER TABLE `layers_external` ADD CONSTRAINT `layers_external_layer_id_222733f0_fk_layers_layer_id` FOREIGN KEY (`layer_id`) REFERENCES `layers_layer` (`id`);
ALTER TABLE `nodes_external` ADD CONSTRAINT `nodes_external_node_id_d07d8169_fk_nodes_node_id` FOREIGN KEY (`node_id`) REFERENCES `nodes_node` (`id`);

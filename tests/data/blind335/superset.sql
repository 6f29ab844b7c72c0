-- Apache Superset 6.1.0 (business-intelligence and dashboard platform; Python / Flask-AppBuilder / SQLAlchemy).
-- Upstream: github.com/apache/superset tag 6.1.0, commit c83fb2bb1dcfac41ac51bcebd82471f4a7180d18, as released on
-- PyPI (apache-superset 6.1.0, with Flask-AppBuilder's security models); licence Apache-2.0.
-- How made: `superset db upgrade` of the released package was run against an empty MariaDB 10.11 database
-- (utf8mb4, pymysql driver, SQLAlchemy 1.4.54), as a MySQL installation is set up: Flask-AppBuilder creates its
-- ab_* security tables at start-up and the 344 Alembic migrations of superset/migrations/versions/ bring the
-- schema to head 4b2a8c9d3e1f. For MariaDB, SQLAlchemy would have given the ab_* keys sequences; the dialect was
-- told not to, so the keys are AUTO_INCREMENT as on MySQL. The result was dumped with mysqldump --no-data: all 54
-- tables are kept with upstream's column names, order, types, primary, unique and foreign keys and indexes
-- (AUTO_INCREMENT counters removed).

CREATE TABLE `ab_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `first_name` varchar(64) NOT NULL,
  `last_name` varchar(64) NOT NULL,
  `username` varchar(128) NOT NULL,
  `password` varchar(256) DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `email` varchar(320) NOT NULL,
  `last_login` datetime DEFAULT NULL,
  `login_count` int(11) DEFAULT NULL,
  `fail_login_count` int(11) DEFAULT NULL,
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  UNIQUE KEY `email` (`email`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `changed_by_fk` (`changed_by_fk`),
  CONSTRAINT `ab_user_ibfk_1` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `ab_user_ibfk_2` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ab_api_key` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uuid` varchar(36) NOT NULL,
  `name` varchar(256) NOT NULL,
  `key_hash` varchar(256) NOT NULL,
  `lookup_hash` varchar(256) DEFAULT NULL,
  `key_prefix` varchar(16) NOT NULL,
  `user_id` int(11) NOT NULL,
  `scopes` text DEFAULT NULL,
  `active` tinyint(1) NOT NULL,
  `created_on` datetime DEFAULT NULL,
  `expires_on` datetime DEFAULT NULL,
  `revoked_on` datetime DEFAULT NULL,
  `last_used_on` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `lookup_hash` (`lookup_hash`),
  UNIQUE KEY `idx_api_key_lookup_hash` (`lookup_hash`),
  KEY `idx_api_key_user_id` (`user_id`),
  KEY `idx_api_key_prefix` (`key_prefix`),
  CONSTRAINT `ab_api_key_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ab_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `label` varchar(150) DEFAULT NULL,
  `description` varchar(512) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ab_role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ab_group_role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_id` (`group_id`,`role_id`),
  KEY `idx_group_role_id` (`role_id`),
  KEY `idx_group_id` (`group_id`),
  CONSTRAINT `ab_group_role_ibfk_1` FOREIGN KEY (`group_id`) REFERENCES `ab_group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ab_group_role_ibfk_2` FOREIGN KEY (`role_id`) REFERENCES `ab_role` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ab_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ab_view_menu` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ab_permission_view` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `permission_id` int(11) DEFAULT NULL,
  `view_menu_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `permission_id` (`permission_id`,`view_menu_id`),
  KEY `idx_view_menu_id` (`view_menu_id`),
  KEY `idx_permission_id` (`permission_id`),
  CONSTRAINT `ab_permission_view_ibfk_1` FOREIGN KEY (`permission_id`) REFERENCES `ab_permission` (`id`),
  CONSTRAINT `ab_permission_view_ibfk_2` FOREIGN KEY (`view_menu_id`) REFERENCES `ab_view_menu` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ab_permission_view_role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `permission_view_id` int(11) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `permission_view_id` (`permission_view_id`,`role_id`),
  KEY `idx_role_id` (`role_id`),
  KEY `idx_permission_view_id` (`permission_view_id`),
  CONSTRAINT `ab_permission_view_role_ibfk_1` FOREIGN KEY (`permission_view_id`) REFERENCES `ab_permission_view` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ab_permission_view_role_ibfk_2` FOREIGN KEY (`role_id`) REFERENCES `ab_role` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ab_permission_view_role_permission_view_id_fkey` FOREIGN KEY (`permission_view_id`) REFERENCES `ab_permission_view` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ab_permission_view_role_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `ab_role` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ab_register_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `first_name` varchar(64) NOT NULL,
  `last_name` varchar(64) NOT NULL,
  `username` varchar(128) NOT NULL,
  `password` varchar(256) DEFAULT NULL,
  `email` varchar(320) NOT NULL,
  `registration_date` datetime DEFAULT NULL,
  `registration_hash` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ab_user_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `group_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`,`group_id`),
  KEY `idx_user_id` (`user_id`),
  KEY `idx_user_group_id` (`group_id`),
  CONSTRAINT `ab_user_group_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ab_user_group_ibfk_2` FOREIGN KEY (`group_id`) REFERENCES `ab_group` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ab_user_role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`,`role_id`),
  KEY `ab_user_role_role_id_fkey` (`role_id`),
  CONSTRAINT `ab_user_role_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ab_user_role_ibfk_2` FOREIGN KEY (`role_id`) REFERENCES `ab_role` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ab_user_role_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `ab_role` (`id`) ON DELETE CASCADE,
  CONSTRAINT `ab_user_role_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `alembic_version` (
  `version_num` varchar(32) NOT NULL,
  PRIMARY KEY (`version_num`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `annotation_layer` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) DEFAULT NULL,
  `descr` text DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `created_by_fk` (`created_by_fk`),
  CONSTRAINT `annotation_layer_ibfk_1` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `annotation_layer_ibfk_2` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `annotation` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start_dttm` datetime DEFAULT NULL,
  `end_dttm` datetime DEFAULT NULL,
  `layer_id` int(11) DEFAULT NULL,
  `short_descr` varchar(500) DEFAULT NULL,
  `long_descr` text DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `json_metadata` mediumtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `ti_dag_state` (`layer_id`,`start_dttm`,`end_dttm`),
  CONSTRAINT `annotation_ibfk_1` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `annotation_ibfk_2` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `annotation_ibfk_3` FOREIGN KEY (`layer_id`) REFERENCES `annotation_layer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cache_keys` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cache_key` varchar(256) NOT NULL,
  `cache_timeout` int(11) DEFAULT NULL,
  `datasource_uid` varchar(64) NOT NULL,
  `created_on` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_cache_keys_datasource_uid` (`datasource_uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `css_templates` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `template_name` varchar(250) DEFAULT NULL,
  `css` mediumtext DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `uuid` binary(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `created_by_fk` (`created_by_fk`),
  CONSTRAINT `css_templates_ibfk_1` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `css_templates_ibfk_2` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `themes` (
  `uuid` binary(16) DEFAULT NULL,
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `theme_name` varchar(250) DEFAULT NULL,
  `json_data` mediumtext DEFAULT NULL,
  `is_system` tinyint(1) NOT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `is_system_default` tinyint(1) NOT NULL,
  `is_system_dark` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  KEY `fk_themes_created_by_fk_ab_user` (`created_by_fk`),
  KEY `fk_themes_changed_by_fk_ab_user` (`changed_by_fk`),
  KEY `idx_theme_is_system_default` (`is_system_default`),
  KEY `idx_theme_is_system_dark` (`is_system_dark`),
  CONSTRAINT `fk_themes_changed_by_fk_ab_user` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `fk_themes_created_by_fk_ab_user` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dashboards` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `dashboard_title` varchar(500) DEFAULT NULL,
  `position_json` mediumtext DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `css` mediumtext DEFAULT NULL,
  `description` text DEFAULT NULL,
  `slug` varchar(255) DEFAULT NULL,
  `json_metadata` mediumtext DEFAULT NULL,
  `published` tinyint(1) DEFAULT NULL,
  `uuid` binary(16) DEFAULT NULL,
  `certified_by` text DEFAULT NULL,
  `certification_details` text DEFAULT NULL,
  `is_managed_externally` tinyint(1) NOT NULL DEFAULT 0,
  `external_url` text DEFAULT NULL,
  `theme_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_unique_slug` (`slug`),
  UNIQUE KEY `uq_dashboards_uuid` (`uuid`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `fk_dashboards_theme_id_themes` (`theme_id`),
  CONSTRAINT `dashboards_ibfk_1` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `dashboards_ibfk_2` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `fk_dashboards_theme_id_themes` FOREIGN KEY (`theme_id`) REFERENCES `themes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dashboard_roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role_id` int(11) NOT NULL,
  `dashboard_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_dashboard_roles_dashboard_id_dashboards` (`dashboard_id`),
  KEY `fk_dashboard_roles_role_id_ab_role` (`role_id`),
  CONSTRAINT `fk_dashboard_roles_dashboard_id_dashboards` FOREIGN KEY (`dashboard_id`) REFERENCES `dashboards` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_dashboard_roles_role_id_ab_role` FOREIGN KEY (`role_id`) REFERENCES `ab_role` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `slices` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `slice_name` varchar(250) DEFAULT NULL,
  `datasource_type` varchar(200) DEFAULT NULL,
  `datasource_name` varchar(2000) DEFAULT NULL,
  `viz_type` varchar(250) DEFAULT NULL,
  `params` mediumtext DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `cache_timeout` int(11) DEFAULT NULL,
  `perm` varchar(2000) DEFAULT NULL,
  `datasource_id` int(11) DEFAULT NULL,
  `schema_perm` varchar(1000) DEFAULT NULL,
  `uuid` binary(16) DEFAULT NULL,
  `query_context` mediumtext DEFAULT NULL,
  `last_saved_at` datetime DEFAULT NULL,
  `last_saved_by_fk` int(11) DEFAULT NULL,
  `certified_by` text DEFAULT NULL,
  `certification_details` text DEFAULT NULL,
  `is_managed_externally` tinyint(1) NOT NULL DEFAULT 0,
  `external_url` text DEFAULT NULL,
  `catalog_perm` varchar(1000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_slices_uuid` (`uuid`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `slices_last_saved_by_fk` (`last_saved_by_fk`),
  CONSTRAINT `slices_ibfk_3` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `slices_ibfk_4` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `slices_last_saved_by_fk` FOREIGN KEY (`last_saved_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `ck_chart_datasource` CHECK (`datasource_type` = 'table')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dashboard_slices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `dashboard_id` int(11) DEFAULT NULL,
  `slice_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_dashboard_slice` (`dashboard_id`,`slice_id`),
  KEY `fk_dashboard_slices_slice_id_slices` (`slice_id`),
  CONSTRAINT `fk_dashboard_slices_dashboard_id_dashboards` FOREIGN KEY (`dashboard_id`) REFERENCES `dashboards` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_dashboard_slices_slice_id_slices` FOREIGN KEY (`slice_id`) REFERENCES `slices` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dashboard_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `dashboard_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_dashboard_user_user_id_ab_user` (`user_id`),
  KEY `fk_dashboard_user_dashboard_id_dashboards` (`dashboard_id`),
  CONSTRAINT `fk_dashboard_user_dashboard_id_dashboards` FOREIGN KEY (`dashboard_id`) REFERENCES `dashboards` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_dashboard_user_user_id_ab_user` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dbs` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `database_name` varchar(250) NOT NULL,
  `sqlalchemy_uri` varchar(1024) NOT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `password` blob DEFAULT NULL,
  `cache_timeout` int(11) DEFAULT NULL,
  `extra` text DEFAULT NULL,
  `select_as_create_table_as` tinyint(1) DEFAULT NULL,
  `allow_ctas` tinyint(1) DEFAULT NULL,
  `expose_in_sqllab` tinyint(1) DEFAULT NULL,
  `force_ctas_schema` varchar(250) DEFAULT NULL,
  `allow_run_async` tinyint(1) DEFAULT NULL,
  `allow_dml` tinyint(1) DEFAULT NULL,
  `verbose_name` varchar(250) DEFAULT NULL,
  `impersonate_user` tinyint(1) DEFAULT NULL,
  `allow_file_upload` tinyint(1) DEFAULT NULL,
  `encrypted_extra` blob DEFAULT NULL,
  `server_cert` blob DEFAULT NULL,
  `allow_cvas` tinyint(1) DEFAULT NULL,
  `uuid` binary(16) DEFAULT NULL,
  `configuration_method` varchar(255) DEFAULT 'sqlalchemy_form',
  `is_managed_externally` tinyint(1) NOT NULL DEFAULT 0,
  `external_url` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `database_name` (`database_name`),
  UNIQUE KEY `verbose_name` (`verbose_name`),
  UNIQUE KEY `uq_dbs_uuid` (`uuid`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `changed_by_fk` (`changed_by_fk`),
  CONSTRAINT `dbs_ibfk_1` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `dbs_ibfk_2` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_user_oauth2_tokens` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `database_id` int(11) NOT NULL,
  `access_token` blob DEFAULT NULL,
  `access_token_expiration` datetime DEFAULT NULL,
  `refresh_token` blob DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `database_id` (`database_id`),
  KEY `idx_user_id_database_id` (`user_id`,`database_id`),
  CONSTRAINT `database_user_oauth2_tokens_ibfk_1` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `database_user_oauth2_tokens_ibfk_2` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `database_user_oauth2_tokens_ibfk_3` FOREIGN KEY (`database_id`) REFERENCES `dbs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `database_user_oauth2_tokens_ibfk_4` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dynamic_plugin` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `key` varchar(50) NOT NULL,
  `bundle_url` varchar(1000) NOT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  UNIQUE KEY `name` (`name`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `created_by_fk` (`created_by_fk`),
  CONSTRAINT `dynamic_plugin_ibfk_1` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `dynamic_plugin_ibfk_2` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `embedded_dashboards` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `allow_domain_list` text DEFAULT NULL,
  `uuid` binary(16) DEFAULT NULL,
  `dashboard_id` int(11) NOT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  KEY `fk_embedded_dashboards_dashboard_id_dashboards` (`dashboard_id`),
  CONSTRAINT `fk_embedded_dashboards_dashboard_id_dashboards` FOREIGN KEY (`dashboard_id`) REFERENCES `dashboards` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `favstar` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `class_name` varchar(50) DEFAULT NULL,
  `obj_id` int(11) DEFAULT NULL,
  `dttm` datetime DEFAULT NULL,
  `uuid` binary(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `favstar_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `key_value` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `resource` varchar(32) NOT NULL,
  `value` mediumblob NOT NULL,
  `uuid` binary(16) DEFAULT NULL,
  `created_on` datetime DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `expires_on` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_key_value_uuid` (`uuid`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `ix_key_value_expires_on` (`expires_on`),
  CONSTRAINT `key_value_ibfk_1` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `key_value_ibfk_2` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `keyvalue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value` mediumtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `logs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action` varchar(512) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `json` mediumtext DEFAULT NULL,
  `dttm` datetime DEFAULT NULL,
  `dashboard_id` int(11) DEFAULT NULL,
  `slice_id` int(11) DEFAULT NULL,
  `duration_ms` int(11) DEFAULT NULL,
  `referrer` varchar(1024) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_logs_user_id_dttm` (`user_id`,`dttm`),
  CONSTRAINT `logs_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `query` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` varchar(11) NOT NULL,
  `database_id` int(11) NOT NULL,
  `tmp_table_name` varchar(256) DEFAULT NULL,
  `tab_name` varchar(256) DEFAULT NULL,
  `sql_editor_id` varchar(256) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `status` varchar(16) DEFAULT NULL,
  `schema` varchar(256) DEFAULT NULL,
  `sql` longtext DEFAULT NULL,
  `select_sql` longtext DEFAULT NULL,
  `executed_sql` longtext DEFAULT NULL,
  `limit` int(11) DEFAULT NULL,
  `select_as_cta` tinyint(1) DEFAULT NULL,
  `select_as_cta_used` tinyint(1) DEFAULT NULL,
  `progress` int(11) DEFAULT NULL,
  `rows` int(11) DEFAULT NULL,
  `error_message` text DEFAULT NULL,
  `start_time` decimal(20,6) DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `end_time` decimal(20,6) DEFAULT NULL,
  `results_key` varchar(64) DEFAULT NULL,
  `start_running_time` decimal(20,6) DEFAULT NULL,
  `end_result_backend_time` decimal(20,6) DEFAULT NULL,
  `tracking_url` text DEFAULT NULL,
  `extra_json` mediumtext DEFAULT NULL,
  `tmp_schema_name` varchar(256) DEFAULT NULL,
  `ctas_method` varchar(16) DEFAULT NULL,
  `limiting_factor` varchar(255) DEFAULT 'UNKNOWN',
  `catalog` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `client_id` (`client_id`),
  KEY `database_id` (`database_id`),
  KEY `ti_user_id_changed_on` (`user_id`,`changed_on`),
  KEY `ix_query_results_key` (`results_key`),
  KEY `ix_sql_editor_id` (`sql_editor_id`),
  CONSTRAINT `query_ibfk_1` FOREIGN KEY (`database_id`) REFERENCES `dbs` (`id`),
  CONSTRAINT `query_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `report_schedule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(50) NOT NULL,
  `name` varchar(150) NOT NULL,
  `description` text DEFAULT NULL,
  `context_markdown` text DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `crontab` varchar(1000) NOT NULL,
  `sql` mediumtext DEFAULT NULL,
  `chart_id` int(11) DEFAULT NULL,
  `dashboard_id` int(11) DEFAULT NULL,
  `database_id` int(11) DEFAULT NULL,
  `last_eval_dttm` datetime DEFAULT NULL,
  `last_state` varchar(50) DEFAULT NULL,
  `last_value` float DEFAULT NULL,
  `last_value_row_json` mediumtext DEFAULT NULL,
  `validator_type` varchar(100) DEFAULT NULL,
  `validator_config_json` mediumtext DEFAULT NULL,
  `log_retention` int(11) DEFAULT NULL,
  `grace_period` int(11) DEFAULT NULL,
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `working_timeout` int(11) DEFAULT NULL,
  `report_format` varchar(50) DEFAULT 'PNG',
  `creation_method` varchar(255) DEFAULT 'alerts_reports',
  `timezone` varchar(100) NOT NULL DEFAULT 'UTC',
  `extra_json` mediumtext DEFAULT NULL,
  `force_screenshot` tinyint(1) DEFAULT NULL,
  `custom_width` int(11) DEFAULT NULL,
  `custom_height` int(11) DEFAULT NULL,
  `email_subject` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_report_schedule_name_type` (`name`,`type`),
  KEY `chart_id` (`chart_id`),
  KEY `dashboard_id` (`dashboard_id`),
  KEY `database_id` (`database_id`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `ix_report_schedule_active` (`active`),
  KEY `ix_creation_method` (`creation_method`),
  CONSTRAINT `report_schedule_ibfk_1` FOREIGN KEY (`chart_id`) REFERENCES `slices` (`id`),
  CONSTRAINT `report_schedule_ibfk_2` FOREIGN KEY (`dashboard_id`) REFERENCES `dashboards` (`id`),
  CONSTRAINT `report_schedule_ibfk_3` FOREIGN KEY (`database_id`) REFERENCES `dbs` (`id`),
  CONSTRAINT `report_schedule_ibfk_4` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `report_schedule_ibfk_5` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `report_execution_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `scheduled_dttm` datetime NOT NULL,
  `start_dttm` datetime DEFAULT NULL,
  `end_dttm` datetime DEFAULT NULL,
  `value` float DEFAULT NULL,
  `value_row_json` mediumtext DEFAULT NULL,
  `state` varchar(50) NOT NULL,
  `error_message` text DEFAULT NULL,
  `report_schedule_id` int(11) NOT NULL,
  `uuid` binary(16) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_report_execution_log_report_schedule_id` (`report_schedule_id`),
  KEY `ix_report_execution_log_start_dttm` (`start_dttm`),
  CONSTRAINT `report_execution_log_ibfk_1` FOREIGN KEY (`report_schedule_id`) REFERENCES `report_schedule` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `report_recipient` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(50) NOT NULL,
  `recipient_config_json` mediumtext DEFAULT NULL,
  `report_schedule_id` int(11) NOT NULL,
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `ix_report_recipient_report_schedule_id` (`report_schedule_id`),
  CONSTRAINT `report_recipient_ibfk_1` FOREIGN KEY (`report_schedule_id`) REFERENCES `report_schedule` (`id`),
  CONSTRAINT `report_recipient_ibfk_2` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `report_recipient_ibfk_3` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `report_schedule_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `report_schedule_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_report_schedule_user_user_id_ab_user` (`user_id`),
  KEY `fk_report_schedule_user_report_schedule_id_report_schedule` (`report_schedule_id`),
  CONSTRAINT `fk_report_schedule_user_report_schedule_id_report_schedule` FOREIGN KEY (`report_schedule_id`) REFERENCES `report_schedule` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_report_schedule_user_user_id_ab_user` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `row_level_security_filters` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `clause` mediumtext NOT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `filter_type` varchar(255) DEFAULT NULL,
  `group_key` varchar(255) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_rls_name` (`name`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `ix_row_level_security_filters_filter_type` (`filter_type`),
  CONSTRAINT `row_level_security_filters_ibfk_1` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `row_level_security_filters_ibfk_2` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rls_filter_roles` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role_id` int(11) NOT NULL,
  `rls_filter_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `rls_filter_id` (`rls_filter_id`),
  KEY `role_id` (`role_id`),
  CONSTRAINT `rls_filter_roles_ibfk_1` FOREIGN KEY (`rls_filter_id`) REFERENCES `row_level_security_filters` (`id`),
  CONSTRAINT `rls_filter_roles_ibfk_2` FOREIGN KEY (`role_id`) REFERENCES `ab_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tables` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `table_name` varchar(250) NOT NULL,
  `main_dttm_col` varchar(250) DEFAULT NULL,
  `default_endpoint` text DEFAULT NULL,
  `database_id` int(11) NOT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `offset` int(11) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `is_featured` tinyint(1) DEFAULT NULL,
  `cache_timeout` int(11) DEFAULT NULL,
  `schema` varchar(255) DEFAULT NULL,
  `sql` text DEFAULT NULL,
  `params` text DEFAULT NULL,
  `perm` varchar(1000) DEFAULT NULL,
  `filter_select_enabled` tinyint(1) DEFAULT NULL,
  `fetch_values_predicate` text DEFAULT NULL,
  `is_sqllab_view` tinyint(1) DEFAULT 0,
  `template_params` text DEFAULT NULL,
  `schema_perm` varchar(1000) DEFAULT NULL,
  `extra` text DEFAULT NULL,
  `uuid` binary(16) DEFAULT NULL,
  `is_managed_externally` tinyint(1) NOT NULL DEFAULT 0,
  `external_url` text DEFAULT NULL,
  `normalize_columns` tinyint(1) DEFAULT 0,
  `always_filter_main_dttm` tinyint(1) DEFAULT 0,
  `catalog` varchar(256) DEFAULT NULL,
  `catalog_perm` varchar(1000) DEFAULT NULL,
  `folders` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`folders`)),
  `currency_code_column` varchar(250) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_tables_uuid` (`uuid`),
  KEY `database_id` (`database_id`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `changed_by_fk` (`changed_by_fk`),
  CONSTRAINT `tables_ibfk_1` FOREIGN KEY (`database_id`) REFERENCES `dbs` (`id`),
  CONSTRAINT `tables_ibfk_2` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `tables_ibfk_3` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rls_filter_tables` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `table_id` int(11) DEFAULT NULL,
  `rls_filter_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `rls_filter_id` (`rls_filter_id`),
  KEY `table_id` (`table_id`),
  CONSTRAINT `rls_filter_tables_ibfk_1` FOREIGN KEY (`rls_filter_id`) REFERENCES `row_level_security_filters` (`id`),
  CONSTRAINT `rls_filter_tables_ibfk_2` FOREIGN KEY (`table_id`) REFERENCES `tables` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `saved_query` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `db_id` int(11) DEFAULT NULL,
  `label` varchar(256) DEFAULT NULL,
  `schema` varchar(128) DEFAULT NULL,
  `sql` mediumtext DEFAULT NULL,
  `description` text DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `extra_json` mediumtext DEFAULT NULL,
  `last_run` datetime DEFAULT NULL,
  `rows` int(11) DEFAULT NULL,
  `uuid` binary(16) DEFAULT NULL,
  `template_parameters` text DEFAULT NULL,
  `catalog` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_saved_query_uuid` (`uuid`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `user_id` (`user_id`),
  KEY `db_id` (`db_id`),
  CONSTRAINT `saved_query_ibfk_1` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `saved_query_ibfk_2` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `saved_query_ibfk_3` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `saved_query_ibfk_4` FOREIGN KEY (`db_id`) REFERENCES `dbs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `slice_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `slice_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_slice_user_user_id_ab_user` (`user_id`),
  KEY `fk_slice_user_slice_id_slices` (`slice_id`),
  CONSTRAINT `fk_slice_user_slice_id_slices` FOREIGN KEY (`slice_id`) REFERENCES `slices` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_slice_user_user_id_ab_user` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sql_metrics` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `metric_name` varchar(255) NOT NULL,
  `verbose_name` varchar(1024) DEFAULT NULL,
  `metric_type` varchar(32) DEFAULT NULL,
  `table_id` int(11) DEFAULT NULL,
  `expression` text NOT NULL,
  `description` text DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `d3format` varchar(128) DEFAULT NULL,
  `warning_text` text DEFAULT NULL,
  `extra` text DEFAULT NULL,
  `uuid` binary(16) DEFAULT NULL,
  `currency` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`currency`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_sql_metrics_metric_name` (`metric_name`,`table_id`),
  UNIQUE KEY `uq_sql_metrics_uuid` (`uuid`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `fk_sql_metrics_table_id_tables` (`table_id`),
  CONSTRAINT `fk_sql_metrics_table_id_tables` FOREIGN KEY (`table_id`) REFERENCES `tables` (`id`) ON DELETE CASCADE,
  CONSTRAINT `sql_metrics_ibfk_2` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `sql_metrics_ibfk_3` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sqlatable_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `table_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_sqlatable_user_user_id_ab_user` (`user_id`),
  KEY `fk_sqlatable_user_table_id_tables` (`table_id`),
  CONSTRAINT `fk_sqlatable_user_table_id_tables` FOREIGN KEY (`table_id`) REFERENCES `tables` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_sqlatable_user_user_id_ab_user` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ssh_tunnels` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `extra_json` mediumtext DEFAULT NULL,
  `uuid` binary(16) DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `database_id` int(11) DEFAULT NULL,
  `server_address` varchar(256) DEFAULT NULL,
  `server_port` int(11) DEFAULT NULL,
  `username` blob DEFAULT NULL,
  `password` blob DEFAULT NULL,
  `private_key` blob DEFAULT NULL,
  `private_key_password` blob DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_ssh_tunnels_database_id` (`database_id`),
  UNIQUE KEY `ix_ssh_tunnels_uuid` (`uuid`),
  CONSTRAINT `ssh_tunnels_ibfk_1` FOREIGN KEY (`database_id`) REFERENCES `dbs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tab_state` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `extra_json` mediumtext DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `label` varchar(256) DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `database_id` int(11) DEFAULT NULL,
  `schema` varchar(256) DEFAULT NULL,
  `sql` mediumtext DEFAULT NULL,
  `query_limit` int(11) DEFAULT NULL,
  `latest_query_id` varchar(11) DEFAULT NULL,
  `autorun` tinyint(1) NOT NULL,
  `template_params` text DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `hide_left_bar` tinyint(1) NOT NULL DEFAULT 0,
  `saved_query_id` int(11) DEFAULT NULL,
  `catalog` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_tab_state_id` (`id`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `user_id` (`user_id`),
  KEY `saved_query_id` (`saved_query_id`),
  KEY `tab_state_database_id_fkey` (`database_id`),
  KEY `tab_state_latest_query_id_fkey` (`latest_query_id`),
  CONSTRAINT `saved_query_id` FOREIGN KEY (`saved_query_id`) REFERENCES `saved_query` (`id`) ON DELETE SET NULL,
  CONSTRAINT `tab_state_database_id_fkey` FOREIGN KEY (`database_id`) REFERENCES `dbs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `tab_state_ibfk_1` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `tab_state_ibfk_2` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `tab_state_ibfk_5` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `tab_state_latest_query_id_fkey` FOREIGN KEY (`latest_query_id`) REFERENCES `query` (`client_id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `table_columns` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `table_id` int(11) DEFAULT NULL,
  `column_name` varchar(255) NOT NULL,
  `is_dttm` tinyint(1) DEFAULT NULL,
  `is_active` tinyint(1) DEFAULT NULL,
  `type` text DEFAULT NULL,
  `groupby` tinyint(1) DEFAULT NULL,
  `filterable` tinyint(1) DEFAULT NULL,
  `description` text DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `expression` text DEFAULT NULL,
  `verbose_name` varchar(1024) DEFAULT NULL,
  `python_date_format` varchar(255) DEFAULT NULL,
  `uuid` binary(16) DEFAULT NULL,
  `extra` text DEFAULT NULL,
  `advanced_data_type` varchar(255) DEFAULT NULL,
  `datetime_format` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_table_columns_column_name` (`column_name`,`table_id`),
  UNIQUE KEY `uq_table_columns_uuid` (`uuid`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `fk_table_columns_table_id_tables` (`table_id`),
  CONSTRAINT `fk_table_columns_table_id_tables` FOREIGN KEY (`table_id`) REFERENCES `tables` (`id`) ON DELETE CASCADE,
  CONSTRAINT `table_columns_ibfk_2` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `table_columns_ibfk_3` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `table_schema` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `extra_json` mediumtext DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tab_state_id` int(11) DEFAULT NULL,
  `database_id` int(11) NOT NULL,
  `schema` varchar(256) DEFAULT NULL,
  `table` varchar(256) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `expanded` tinyint(1) DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `catalog` varchar(256) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ix_table_schema_id` (`id`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `tab_state_id` (`tab_state_id`),
  KEY `table_schema_database_id_fkey` (`database_id`),
  CONSTRAINT `table_schema_database_id_fkey` FOREIGN KEY (`database_id`) REFERENCES `dbs` (`id`) ON DELETE CASCADE,
  CONSTRAINT `table_schema_ibfk_1` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `table_schema_ibfk_2` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `table_schema_ibfk_4` FOREIGN KEY (`tab_state_id`) REFERENCES `tab_state` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tag` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(250) DEFAULT NULL,
  `type` enum('custom','type','owner','favorited_by') DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `description` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `changed_by_fk` (`changed_by_fk`),
  CONSTRAINT `tag_ibfk_1` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `tag_ibfk_2` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tagged_object` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tag_id` int(11) DEFAULT NULL,
  `object_id` int(11) DEFAULT NULL,
  `object_type` enum('query','chart','dashboard','dataset') DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uix_tagged_object` (`tag_id`,`object_id`,`object_type`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `ix_tagged_object_object_id` (`object_id`),
  CONSTRAINT `tagged_object_ibfk_1` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `tagged_object_ibfk_2` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `tagged_object_ibfk_3` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tasks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `uuid` binary(16) NOT NULL,
  `task_key` varchar(256) NOT NULL,
  `task_type` varchar(100) NOT NULL,
  `task_name` varchar(256) DEFAULT NULL,
  `scope` varchar(20) NOT NULL DEFAULT 'private',
  `status` varchar(50) NOT NULL,
  `dedup_key` varchar(64) NOT NULL,
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `started_at` datetime DEFAULT NULL,
  `ended_at` datetime DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `payload` text DEFAULT NULL,
  `properties` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uuid` (`uuid`),
  UNIQUE KEY `idx_tasks_dedup_key` (`dedup_key`),
  UNIQUE KEY `idx_tasks_uuid` (`uuid`),
  KEY `idx_tasks_status` (`status`),
  KEY `idx_tasks_scope` (`scope`),
  KEY `idx_tasks_ended_at` (`ended_at`),
  KEY `idx_tasks_created_by` (`created_by_fk`),
  KEY `idx_tasks_created_on` (`created_on`),
  KEY `idx_tasks_task_key` (`task_key`),
  KEY `idx_tasks_task_type` (`task_type`),
  KEY `fk_tasks_changed_by_fk_ab_user` (`changed_by_fk`),
  KEY `fk_tasks_user_id_ab_user` (`user_id`),
  CONSTRAINT `fk_tasks_changed_by_fk_ab_user` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_tasks_created_by_fk_ab_user` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_tasks_user_id_ab_user` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `task_subscribers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `task_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `subscribed_at` datetime NOT NULL,
  `created_on` datetime DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_task_subscribers_task_user` (`task_id`,`user_id`),
  KEY `idx_task_subscribers_user_id` (`user_id`),
  KEY `fk_task_subscribers_created_by_fk_ab_user` (`created_by_fk`),
  KEY `fk_task_subscribers_changed_by_fk_ab_user` (`changed_by_fk`),
  CONSTRAINT `fk_task_subscribers_changed_by_fk_ab_user` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_task_subscribers_created_by_fk_ab_user` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_task_subscribers_task_id_tasks` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_task_subscribers_user_id_ab_user` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_attribute` (
  `created_on` datetime DEFAULT NULL,
  `changed_on` datetime DEFAULT NULL,
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `welcome_dashboard_id` int(11) DEFAULT NULL,
  `created_by_fk` int(11) DEFAULT NULL,
  `changed_by_fk` int(11) DEFAULT NULL,
  `avatar_url` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `changed_by_fk` (`changed_by_fk`),
  KEY `created_by_fk` (`created_by_fk`),
  KEY `user_id` (`user_id`),
  KEY `welcome_dashboard_id` (`welcome_dashboard_id`),
  CONSTRAINT `user_attribute_ibfk_1` FOREIGN KEY (`changed_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `user_attribute_ibfk_2` FOREIGN KEY (`created_by_fk`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `user_attribute_ibfk_3` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`),
  CONSTRAINT `user_attribute_ibfk_4` FOREIGN KEY (`welcome_dashboard_id`) REFERENCES `dashboards` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_favorite_tag` (
  `user_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  KEY `tag_id` (`tag_id`),
  KEY `user_id` (`user_id`),
  CONSTRAINT `user_favorite_tag_ibfk_1` FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`),
  CONSTRAINT `user_favorite_tag_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `ab_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- DejaCode 5.8.1 (AboutCode / nexB; open source licence compliance and supply-chain management; Django on
-- PostgreSQL), github.com/aboutcode-org/dejacode, commit 1ddc61979d397950f5d8286809ede9c8a6bfa229 (AGPL-3.0-only).
-- Tables of DejaCode's ten apps from their own Django migrations (dje 0001-0015, organization, license_library,
-- component_catalog, product_portfolio, workflow, reporting, policy, notification, vulnerabilities), plus the
-- migrations of the Django and third-party apps DejaCode installs (auth, contenttypes, sessions, admin,
-- django-guardian 3.5.2, django-axes 8.3.1, django-otp 1.7.5 TOTP, django-rest-hooks 1.5.0, and
-- django-notifications-hq 1.8.3 standing in for upstream's pinned fork django_notifications_patched 2.0.0).
-- Upstream pins Django 6.0 on Python 3.14; the migrations were applied with Django 5.2 to a scratch PostgreSQL 15
-- with the migration files as they are (the model modules they import were replaced by stubs giving only the
-- mixins, field classes and upload-path functions the migrations name) and the catalog written as MySQL by a
-- script: columns in PostgreSQL's order, names unchanged; varchar(n) -> VARCHAR(n) (TEXT above 1024), text ->
-- TEXT (VARCHAR in a key), timestamp with time zone -> DATETIME(6), jsonb -> JSON, uuid -> CHAR(36), boolean ->
-- TINYINT(1), numeric(p,s) -> DECIMAL(p,s), inet -> VARCHAR(45); NOT NULL and literal defaults kept, serial and
-- identity keys -> AUTO_INCREMENT; the generated columns vulnerabilities_vulnerability.fixed_packages_count and
-- risk_level written as plain columns; primary keys, unique constraints, plain unique indexes and foreign keys
-- kept (Django's DEFERRABLE constraints as plain ones); plain indexes and CHECK constraints not. The two foreign
-- keys of reporting_cardlayout to dje_dejacodeuser close a cycle (dje_dejacodeuser.homepage_layout_id refers to
-- reporting_cardlayout) and are added by ALTER TABLE at the end.
-- Kept: 73 of the 88 tables. Left out: django_migrations and the join, tag-group and layout tables
-- component_catalog_acceptablelinkage, component_catalog_componentkeyword,
-- component_catalog_subcomponentassignedlicense, license_library_licenseprofileassignedtag,
-- license_library_licensetaggroup, license_library_licensetaggroupassignedtag,
-- product_portfolio_codebaseresourceusage, product_portfolio_productcomponentassignedlicense,
-- product_portfolio_productpackageassignedlicense, reporting_card, reporting_columntemplateassignedfield,
-- reporting_filter, reporting_layoutassignedcard, reporting_orderfield.

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dje_dataspace` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `name` VARCHAR(20) NOT NULL,
  `homepage_url` VARCHAR(1024) NOT NULL,
  `contact_info` VARCHAR(500) NOT NULL,
  `notes` TEXT NOT NULL,
  `show_license_profile_in_license_list_view` TINYINT(1) NOT NULL,
  `show_license_type_in_license_list_view` TINYINT(1) NOT NULL,
  `show_spdx_short_identifier_in_license_list_view` TINYINT(1) NOT NULL,
  `show_usage_policy_in_user_views` TINYINT(1) NOT NULL,
  `show_type_in_component_list_view` TINYINT(1) NOT NULL,
  `hide_empty_fields_in_component_details_view` TINYINT(1) NOT NULL,
  `set_usage_policy_on_new_component_from_licenses` TINYINT(1) NOT NULL,
  `logo_url` VARCHAR(1024) NOT NULL,
  `full_name` VARCHAR(100) NOT NULL,
  `address` TEXT NOT NULL,
  `open_source_information_url` VARCHAR(1024) NOT NULL,
  `open_source_download_url` VARCHAR(1024) NOT NULL,
  `home_page_announcements` TEXT NOT NULL,
  `enable_package_scanning` TINYINT(1) NOT NULL,
  `update_packages_from_scan` TINYINT(1) NOT NULL,
  `enable_purldb_access` TINYINT(1) NOT NULL,
  `enable_vulnerablecodedb_access` TINYINT(1) NOT NULL,
  `vulnerabilities_updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `dje_dataspace_name_key` (`name`),
  UNIQUE KEY `dje_dataspace_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reporting_cardlayout` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `last_modified_by_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reporting_cardlayout_dataspace_id_name_75fb0aae_uniq` (`dataspace_id`, `name`),
  CONSTRAINT `reporting_cardlayout_dataspace_id_e922c7a1_fk_dje_dataspace_id` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dje_dejacodeuser` (
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
  `uuid` CHAR(36) NOT NULL,
  `data_email_notification` TINYINT(1) NOT NULL,
  `workflow_email_notification` TINYINT(1) NOT NULL,
  `updates_email_notification` TINYINT(1) NOT NULL,
  `company` VARCHAR(30) NOT NULL,
  `last_api_access` DATETIME(6),
  `dataspace_id` INT NOT NULL,
  `homepage_layout_id` INT,
  `vulnerability_impact_notification` TINYINT(1) NOT NULL,
  `timezone` VARCHAR(50),
  PRIMARY KEY (`id`),
  UNIQUE KEY `dje_dejacodeuser_username_key` (`username`),
  UNIQUE KEY `dje_dejacodeuser_uuid_key` (`uuid`),
  CONSTRAINT `dje_dejacodeuser_dataspace_id_e550ef01_fk_dje_dataspace_id` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `dje_dejacodeuser_homepage_layout_id_432c5806_fk_reporting` FOREIGN KEY (`homepage_layout_id`) REFERENCES `reporting_cardlayout` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dje_history` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `serialized_data` TEXT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` TEXT,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT NOT NULL,
  `change_message` TEXT NOT NULL,
  `content_type_id` INT,
  `object_dataspace_id` INT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `dje_history_content_type_id_c9a03851_fk_django_content_type_id` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `dje_history_object_dataspace_id_2abd7f8a_fk_dje_dataspace_id` FOREIGN KEY (`object_dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `dje_history_user_id_90e9d492_fk_dje_dejacodeuser_id` FOREIGN KEY (`user_id`) REFERENCES `dje_dejacodeuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dje_externalsource` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `label` VARCHAR(50) NOT NULL,
  `notes` TEXT NOT NULL,
  `homepage_url` VARCHAR(1024) NOT NULL,
  `dataspace_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dje_externalsource_dataspace_id_label_97554e63_uniq` (`dataspace_id`, `label`),
  UNIQUE KEY `dje_externalsource_dataspace_id_uuid_44ef0db0_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `dje_externalsource_dataspace_id_98d9b149_fk_dje_dataspace_id` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dje_externalreference` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `object_id` INT NOT NULL,
  `external_id` VARCHAR(500) NOT NULL,
  `external_url` VARCHAR(1024) NOT NULL,
  `content_type_id` INT NOT NULL,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `external_source_id` INT NOT NULL,
  `last_modified_by_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dje_externalreference_dataspace_id_uuid_e08a9806_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `dje_externalreferenc_content_type_id_b216a905_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `dje_externalreferenc_created_by_id_e44dcb6d_fk_dje_dejac` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `dje_externalreferenc_external_source_id_067ec03f_fk_dje_exter` FOREIGN KEY (`external_source_id`) REFERENCES `dje_externalsource` (`id`),
  CONSTRAINT `dje_externalreferenc_last_modified_by_id_ffab2ded_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `dje_externalreference_dataspace_id_da51cb59_fk_dje_dataspace_id` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dje_dataspaceconfiguration` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `tab_permissions` JSON NOT NULL,
  `copy_defaults` JSON,
  `scancodeio_url` VARCHAR(1024) NOT NULL,
  `scancodeio_api_key` VARCHAR(255) NOT NULL,
  `vulnerablecode_url` VARCHAR(1024) NOT NULL,
  `vulnerablecode_api_key` VARCHAR(255) NOT NULL,
  `purldb_url` VARCHAR(1024) NOT NULL,
  `purldb_api_key` VARCHAR(255) NOT NULL,
  `dataspace_id` INT NOT NULL,
  `homepage_layout_id` INT,
  `vulnerabilities_risk_threshold` DECIMAL(3,1),
  `github_token` VARCHAR(255) NOT NULL,
  `gitlab_token` VARCHAR(255) NOT NULL,
  `jira_token` VARCHAR(255) NOT NULL,
  `jira_user` VARCHAR(255) NOT NULL,
  `forgejo_token` VARCHAR(255) NOT NULL,
  `sourcehut_token` TEXT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dje_dataspaceconfiguration_dataspace_id_key` (`dataspace_id`),
  CONSTRAINT `dje_dataspaceconfigu_dataspace_id_60a20b03_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `dje_dataspaceconfigu_homepage_layout_id_c81341f3_fk_reporting` FOREIGN KEY (`homepage_layout_id`) REFERENCES `reporting_cardlayout` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` TEXT,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT NOT NULL,
  `change_message` TEXT NOT NULL,
  `content_type_id` INT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_dje_dejacodeuser_id` FOREIGN KEY (`user_id`) REFERENCES `dje_dejacodeuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `content_type_id` INT NOT NULL,
  `codename` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `axes_accessattempt` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_agent` VARCHAR(255) NOT NULL,
  `ip_address` VARCHAR(45),
  `username` VARCHAR(255),
  `http_accept` TEXT NOT NULL,
  `path_info` VARCHAR(255) NOT NULL,
  `attempt_time` DATETIME(6) NOT NULL,
  `get_data` TEXT NOT NULL,
  `post_data` TEXT NOT NULL,
  `failures_since_start` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq` (`username`, `ip_address`, `user_agent`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `axes_accesslog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_agent` VARCHAR(255) NOT NULL,
  `ip_address` VARCHAR(45),
  `username` VARCHAR(255),
  `http_accept` TEXT NOT NULL,
  `path_info` VARCHAR(255) NOT NULL,
  `attempt_time` DATETIME(6) NOT NULL,
  `logout_time` DATETIME(6),
  `session_hash` VARCHAR(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `axes_accessfailurelog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_agent` VARCHAR(255) NOT NULL,
  `ip_address` VARCHAR(45),
  `username` VARCHAR(255),
  `http_accept` TEXT NOT NULL,
  `path_info` VARCHAR(255) NOT NULL,
  `attempt_time` DATETIME(6) NOT NULL,
  `locked_out` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `axes_accessattemptexpiration` (
  `access_attempt_id` INT NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`access_attempt_id`),
  CONSTRAINT `axes_accessattemptex_access_attempt_id_6b73a47a_fk_axes_acce` FOREIGN KEY (`access_attempt_id`) REFERENCES `axes_accessattempt` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_owner` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `name` VARCHAR(70) NOT NULL,
  `homepage_url` VARCHAR(1024) NOT NULL,
  `contact_info` VARCHAR(500) NOT NULL,
  `notes` TEXT NOT NULL,
  `alias` VARCHAR(500) NOT NULL,
  `type` VARCHAR(20) NOT NULL,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `last_modified_by_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_owner_dataspace_id_name_bb5ee099_uniq` (`dataspace_id`, `name`),
  UNIQUE KEY `organization_owner_dataspace_id_uuid_077f53b8_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `organization_owner_created_by_id_ac4c50ad_fk_dje_dejac` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `organization_owner_dataspace_id_262c18fe_fk_dje_dataspace_id` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `organization_owner_last_modified_by_id_e07edf68_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `organization_subowner` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `notes` TEXT NOT NULL,
  `start_date` DATE,
  `end_date` DATE,
  `child_id` INT NOT NULL,
  `dataspace_id` INT NOT NULL,
  `parent_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_subowner_dataspace_id_uuid_40cffd3f_uniq` (`dataspace_id`, `uuid`),
  UNIQUE KEY `organization_subowner_parent_id_child_id_start_67df8ff5_uniq` (`parent_id`, `child_id`, `start_date`, `end_date`),
  CONSTRAINT `organization_subowne_child_id_6349d6af_fk_organizat` FOREIGN KEY (`child_id`) REFERENCES `organization_owner` (`id`),
  CONSTRAINT `organization_subowne_parent_id_6ea3cd96_fk_organizat` FOREIGN KEY (`parent_id`) REFERENCES `organization_owner` (`id`),
  CONSTRAINT `organization_subowner_dataspace_id_69b09877_fk_dje_dataspace_id` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reporting_columntemplate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `description` TEXT NOT NULL,
  `content_type_id` INT NOT NULL,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `last_modified_by_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reporting_columntemplate_dataspace_id_name_eb4f7b3f_uniq` (`dataspace_id`, `name`),
  UNIQUE KEY `reporting_columntemplate_dataspace_id_uuid_b9bcab0c_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `reporting_columntemp_content_type_id_6e2d7f40_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `reporting_columntemp_created_by_id_3de9976a_fk_dje_dejac` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `reporting_columntemp_dataspace_id_72e992f2_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `reporting_columntemp_last_modified_by_id_6801de96_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reporting_query` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `description` TEXT NOT NULL,
  `operator` VARCHAR(5) NOT NULL,
  `content_type_id` INT NOT NULL,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `last_modified_by_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reporting_query_dataspace_id_name_9ead4bda_uniq` (`dataspace_id`, `name`),
  UNIQUE KEY `reporting_query_dataspace_id_uuid_40296feb_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `reporting_query_content_type_id_7c11b78a_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `reporting_query_created_by_id_5830efe2_fk_dje_dejacodeuser_id` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `reporting_query_dataspace_id_d94e5fe2_fk_dje_dataspace_id` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `reporting_query_last_modified_by_id_bd58bce2_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `reporting_report` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `description` TEXT NOT NULL,
  `user_available` TINYINT(1) NOT NULL,
  `report_context` TEXT NOT NULL,
  `group` VARCHAR(100) NOT NULL,
  `column_template_id` INT NOT NULL,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `last_modified_by_id` INT,
  `query_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reporting_report_dataspace_id_name_d155384f_uniq` (`dataspace_id`, `name`),
  UNIQUE KEY `reporting_report_dataspace_id_uuid_285ae941_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `reporting_report_column_template_id_a5c0cd77_fk_reporting` FOREIGN KEY (`column_template_id`) REFERENCES `reporting_columntemplate` (`id`),
  CONSTRAINT `reporting_report_created_by_id_1c6d7e8d_fk_dje_dejacodeuser_id` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `reporting_report_dataspace_id_72f978fa_fk_dje_dataspace_id` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `reporting_report_last_modified_by_id_9f545eea_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `reporting_report_query_id_bb5272f3_fk_reporting_query_id` FOREIGN KEY (`query_id`) REFERENCES `reporting_query` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dje_dejacodeuser_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `dejacodeuser_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dje_dejacodeuser_groups_dejacodeuser_id_group_id_d229d2b4_uniq` (`dejacodeuser_id`, `group_id`),
  CONSTRAINT `dje_dejacodeuser_gro_dejacodeuser_id_ef5bdbb7_fk_dje_dejac` FOREIGN KEY (`dejacodeuser_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `dje_dejacodeuser_groups_group_id_9d86d626_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dje_dejacodeuser_user_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `dejacodeuser_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dje_dejacodeuser_user_pe_dejacodeuser_id_permissi_b0b955f8_uniq` (`dejacodeuser_id`, `permission_id`),
  CONSTRAINT `dje_dejacodeuser_use_dejacodeuser_id_0fbc5150_fk_dje_dejac` FOREIGN KEY (`dejacodeuser_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `dje_dejacodeuser_use_permission_id_4503449e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vulnerabilities_vulnerability` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `summary` TEXT NOT NULL,
  `aliases` JSON NOT NULL,
  `fixed_packages` JSON NOT NULL,
  `fixed_packages_count` INT,
  `resource_url` VARCHAR(1024) NOT NULL,
  `dataspace_id` INT NOT NULL,
  `exploitability` DECIMAL(2,1),
  `risk_score` DECIMAL(3,1),
  `weighted_severity` DECIMAL(3,1),
  `risk_level` VARCHAR(8),
  `advisory_id` VARCHAR(200) NOT NULL,
  `advisory_uid` VARCHAR(250) NOT NULL,
  `ssvc_trees` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `vulnerabilities_vulnerab_dataspace_id_advisory_ui_c6b1e772_uniq` (`dataspace_id`, `advisory_uid`),
  UNIQUE KEY `vulnerabilities_vulnerability_dataspace_id_uuid_b94c9689_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `vulnerabilities_vuln_dataspace_id_3ded6c72_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_requesttemplate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `description` TEXT NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `include_applies_to` TINYINT(1) NOT NULL,
  `include_product` TINYINT(1) NOT NULL,
  `content_type_id` INT NOT NULL,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `default_assignee_id` INT,
  `last_modified_by_id` INT,
  `issue_tracker_id` VARCHAR(1000) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workflow_requesttemplate_dataspace_id_name_7d1aaee8_uniq` (`dataspace_id`, `name`),
  UNIQUE KEY `workflow_requesttemplate_dataspace_id_uuid_cd8fc988_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `workflow_requesttemp_content_type_id_61b58336_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `workflow_requesttemp_created_by_id_e020c500_fk_dje_dejac` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `workflow_requesttemp_dataspace_id_7ab1744c_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `workflow_requesttemp_default_assignee_id_d787c3fc_fk_dje_dejac` FOREIGN KEY (`default_assignee_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `workflow_requesttemp_last_modified_by_id_a9de06f2_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_portfolio_productstatus` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `default_on_addition` TINYINT(1) NOT NULL,
  `label` VARCHAR(50) NOT NULL,
  `text` TEXT NOT NULL,
  `dataspace_id` INT NOT NULL,
  `request_to_generate_id` INT,
  `is_locked` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_portfolio_produc_dataspace_id_label_26ca4eaf_uniq` (`dataspace_id`, `label`),
  UNIQUE KEY `product_portfolio_productstatus_dataspace_id_uuid_58729ea7_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `product_portfolio_pr_dataspace_id_3b603639_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `product_portfolio_pr_request_to_generate__a3ce65f7_fk_workflow_` FOREIGN KEY (`request_to_generate_id`) REFERENCES `workflow_requesttemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_portfolio_product` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `request_count` SMALLINT,
  `keywords` JSON NOT NULL,
  `vcs_url` VARCHAR(1024) NOT NULL,
  `code_view_url` VARCHAR(1024) NOT NULL,
  `bug_tracking_url` VARCHAR(1024) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `version` VARCHAR(100) NOT NULL,
  `release_date` DATE,
  `description` TEXT NOT NULL,
  `copyright` TEXT NOT NULL,
  `homepage_url` VARCHAR(1024) NOT NULL,
  `primary_language` VARCHAR(50) NOT NULL,
  `admin_notes` TEXT NOT NULL,
  `notice_text` TEXT NOT NULL,
  `license_expression` VARCHAR(1024) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `contact` VARCHAR(255) NOT NULL,
  `configuration_status_id` INT,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `last_modified_by_id` INT,
  `owner_id` INT,
  `vulnerabilities_risk_threshold` DECIMAL(3,1),
  `risk_score` DECIMAL(3,1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_portfolio_produc_dataspace_id_name_versio_3ccce8ee_uniq` (`dataspace_id`, `name`, `version`),
  UNIQUE KEY `product_portfolio_product_dataspace_id_uuid_737b3abb_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `product_portfolio_pr_configuration_status_64d1408e_fk_product_p` FOREIGN KEY (`configuration_status_id`) REFERENCES `product_portfolio_productstatus` (`id`),
  CONSTRAINT `product_portfolio_pr_created_by_id_37223c4a_fk_dje_dejac` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `product_portfolio_pr_dataspace_id_6454d88b_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `product_portfolio_pr_last_modified_by_id_2637ea0c_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `product_portfolio_pr_owner_id_8341e5f4_fk_organizat` FOREIGN KEY (`owner_id`) REFERENCES `organization_owner` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_portfolio_productrelationstatus` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `default_on_addition` TINYINT(1) NOT NULL,
  `label` VARCHAR(50) NOT NULL,
  `text` TEXT NOT NULL,
  `dataspace_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_portfolio_produc_dataspace_id_label_1d013e62_uniq` (`dataspace_id`, `label`),
  UNIQUE KEY `product_portfolio_produc_dataspace_id_uuid_f245b94d_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `product_portfolio_pr_dataspace_id_57f688cf_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `policy_usagepolicy` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `icon` VARCHAR(50) NOT NULL,
  `color_code` VARCHAR(7) NOT NULL,
  `label` VARCHAR(50) NOT NULL,
  `guidelines` TEXT NOT NULL,
  `compliance_alert` VARCHAR(20) NOT NULL,
  `associated_product_relation_status_id` INT,
  `content_type_id` INT NOT NULL,
  `dataspace_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `policy_usagepolicy_dataspace_id_content_typ_a1509312_uniq` (`dataspace_id`, `content_type_id`, `label`),
  UNIQUE KEY `policy_usagepolicy_dataspace_id_uuid_b92d1bbb_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `policy_usagepolicy_associated_product_r_33eb9bb7_fk_product_p` FOREIGN KEY (`associated_product_relation_status_id`) REFERENCES `product_portfolio_productrelationstatus` (`id`),
  CONSTRAINT `policy_usagepolicy_content_type_id_9568e15d_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `policy_usagepolicy_dataspace_id_60cad4da_fk_dje_dataspace_id` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_library_licenseprofile` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  `examples` TEXT NOT NULL,
  `notes` TEXT NOT NULL,
  `dataspace_id` INT NOT NULL,
  `default_usage_policy_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `license_library_licenseprofile_dataspace_id_name_342a2563_uniq` (`dataspace_id`, `name`),
  UNIQUE KEY `license_library_licenseprofile_dataspace_id_uuid_59733f5f_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `license_library_lice_dataspace_id_38af2438_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `license_library_lice_default_usage_policy_df159132_fk_policy_us` FOREIGN KEY (`default_usage_policy_id`) REFERENCES `policy_usagepolicy` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_library_licensestyle` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  `notes` TEXT NOT NULL,
  `dataspace_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `license_library_licensestyle_dataspace_id_name_fe9b0367_uniq` (`dataspace_id`, `name`),
  UNIQUE KEY `license_library_licensestyle_dataspace_id_uuid_388086c1_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `license_library_lice_dataspace_id_2a0d4c43_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_library_licensestatus` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `code` VARCHAR(50) NOT NULL,
  `text` TEXT NOT NULL,
  `dataspace_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `license_library_licensestatus_dataspace_id_code_7ee0d0f5_uniq` (`dataspace_id`, `code`),
  UNIQUE KEY `license_library_licensestatus_dataspace_id_uuid_1b84bcc1_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `license_library_lice_dataspace_id_75ac06d8_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_library_licensecategory` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `label` VARCHAR(50) NOT NULL,
  `text` TEXT NOT NULL,
  `license_type` VARCHAR(100),
  `dataspace_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `license_library_licensec_dataspace_id_label_ba0691c7_uniq` (`dataspace_id`, `label`),
  UNIQUE KEY `license_library_licensecategory_dataspace_id_uuid_b544d136_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `license_library_lice_dataspace_id_2c89354b_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_library_license` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `reference_notes` TEXT NOT NULL,
  `request_count` SMALLINT,
  `key` VARCHAR(50) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `short_name` VARCHAR(50) NOT NULL,
  `keywords` VARCHAR(500) NOT NULL,
  `homepage_url` VARCHAR(1024) NOT NULL,
  `full_text` TEXT NOT NULL,
  `standard_notice` TEXT NOT NULL,
  `text_urls` TEXT NOT NULL,
  `faq_url` VARCHAR(1024) NOT NULL,
  `osi_url` VARCHAR(1024) NOT NULL,
  `other_urls` TEXT NOT NULL,
  `reviewed` TINYINT(1) NOT NULL,
  `publication_year` VARCHAR(4) NOT NULL,
  `spdx_license_key` VARCHAR(50) NOT NULL,
  `is_active` TINYINT(1),
  `curation_level` SMALLINT NOT NULL,
  `admin_notes` TEXT NOT NULL,
  `guidance` TEXT NOT NULL,
  `special_obligations` TEXT NOT NULL,
  `is_component_license` TINYINT(1) NOT NULL,
  `is_exception` TINYINT(1) NOT NULL,
  `guidance_url` VARCHAR(1024) NOT NULL,
  `popularity` SMALLINT NOT NULL,
  `language` VARCHAR(10) NOT NULL,
  `category_id` INT,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `last_modified_by_id` INT,
  `license_profile_id` INT,
  `license_status_id` INT,
  `license_style_id` INT,
  `owner_id` INT NOT NULL,
  `usage_policy_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `license_library_license_dataspace_id_key_3ef3f0c1_uniq` (`dataspace_id`, `key`),
  UNIQUE KEY `license_library_license_dataspace_id_name_4c83e0d6_uniq` (`dataspace_id`, `name`),
  UNIQUE KEY `license_library_license_dataspace_id_short_name_99e6dad7_uniq` (`dataspace_id`, `short_name`),
  UNIQUE KEY `license_library_license_dataspace_id_uuid_08784fad_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `license_library_lice_category_id_08c5f5a5_fk_license_l` FOREIGN KEY (`category_id`) REFERENCES `license_library_licensecategory` (`id`),
  CONSTRAINT `license_library_lice_created_by_id_b0e85962_fk_dje_dejac` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `license_library_lice_dataspace_id_6822cbbe_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `license_library_lice_last_modified_by_id_20975cea_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `license_library_lice_license_profile_id_c884b008_fk_license_l` FOREIGN KEY (`license_profile_id`) REFERENCES `license_library_licenseprofile` (`id`),
  CONSTRAINT `license_library_lice_license_status_id_bc002a7a_fk_license_l` FOREIGN KEY (`license_status_id`) REFERENCES `license_library_licensestatus` (`id`),
  CONSTRAINT `license_library_lice_license_style_id_a18e7d50_fk_license_l` FOREIGN KEY (`license_style_id`) REFERENCES `license_library_licensestyle` (`id`),
  CONSTRAINT `license_library_lice_owner_id_f0c3d070_fk_organizat` FOREIGN KEY (`owner_id`) REFERENCES `organization_owner` (`id`),
  CONSTRAINT `license_library_lice_usage_policy_id_19b66918_fk_policy_us` FOREIGN KEY (`usage_policy_id`) REFERENCES `policy_usagepolicy` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_portfolio_productassignedlicense` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `dataspace_id` INT NOT NULL,
  `license_id` INT NOT NULL,
  `product_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_portfolio_produc_dataspace_id_uuid_36b02506_uniq` (`dataspace_id`, `uuid`),
  UNIQUE KEY `product_portfolio_produc_product_id_license_id_bc2cce13_uniq` (`product_id`, `license_id`),
  CONSTRAINT `product_portfolio_pr_dataspace_id_048b4245_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `product_portfolio_pr_license_id_c46a964e_fk_license_l` FOREIGN KEY (`license_id`) REFERENCES `license_library_license` (`id`),
  CONSTRAINT `product_portfolio_pr_product_id_d88033b9_fk_product_p` FOREIGN KEY (`product_id`) REFERENCES `product_portfolio_product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_portfolio_productitempurpose` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `default_on_addition` TINYINT(1) NOT NULL,
  `icon` VARCHAR(50) NOT NULL,
  `color_code` VARCHAR(7) NOT NULL,
  `label` VARCHAR(50) NOT NULL,
  `text` TEXT NOT NULL,
  `dataspace_id` INT NOT NULL,
  `exposure_factor` DECIMAL(2,1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_portfolio_produc_dataspace_id_label_9411be6c_uniq` (`dataspace_id`, `label`),
  UNIQUE KEY `product_portfolio_produc_dataspace_id_uuid_521d6357_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `product_portfolio_pr_dataspace_id_81ded833_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `component_catalog_componentstatus` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `default_on_addition` TINYINT(1) NOT NULL,
  `label` VARCHAR(50) NOT NULL,
  `text` TEXT NOT NULL,
  `dataspace_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `component_catalog_compon_dataspace_id_label_a0ab6d2c_uniq` (`dataspace_id`, `label`),
  UNIQUE KEY `component_catalog_compon_dataspace_id_uuid_c9d83b0b_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `component_catalog_co_dataspace_id_46130e95_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `component_catalog_componenttype` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `label` VARCHAR(50) NOT NULL,
  `notes` TEXT NOT NULL,
  `dataspace_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `component_catalog_compon_dataspace_id_label_47a426fd_uniq` (`dataspace_id`, `label`),
  UNIQUE KEY `component_catalog_componenttype_dataspace_id_uuid_ee21ffe3_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `component_catalog_co_dataspace_id_53037023_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `component_catalog_component` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `reference_notes` TEXT NOT NULL,
  `request_count` SMALLINT,
  `holder` TEXT NOT NULL,
  `keywords` JSON NOT NULL,
  `cpe` VARCHAR(1024) NOT NULL,
  `vcs_url` VARCHAR(1024) NOT NULL,
  `code_view_url` VARCHAR(1024) NOT NULL,
  `bug_tracking_url` VARCHAR(1024) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `version` VARCHAR(100) NOT NULL,
  `release_date` DATE,
  `description` TEXT NOT NULL,
  `copyright` TEXT NOT NULL,
  `homepage_url` VARCHAR(1024) NOT NULL,
  `primary_language` VARCHAR(50) NOT NULL,
  `admin_notes` TEXT NOT NULL,
  `notice_text` TEXT NOT NULL,
  `license_expression` VARCHAR(1024) NOT NULL,
  `approval_reference` VARCHAR(200) NOT NULL,
  `guidance` TEXT NOT NULL,
  `is_active` TINYINT(1),
  `curation_level` SMALLINT NOT NULL,
  `completion_level` SMALLINT NOT NULL,
  `is_license_notice` TINYINT(1),
  `is_copyright_notice` TINYINT(1),
  `is_notice_in_codebase` TINYINT(1),
  `notice_filename` VARCHAR(255) NOT NULL,
  `notice_url` VARCHAR(1024) NOT NULL,
  `dependencies` JSON NOT NULL,
  `project` VARCHAR(50) NOT NULL,
  `codescan_identifier` VARCHAR(1024) NOT NULL,
  `website_terms_of_use` TEXT NOT NULL,
  `ip_sensitivity_approved` TINYINT(1) NOT NULL,
  `affiliate_obligations` TINYINT(1) NOT NULL,
  `affiliate_obligation_triggers` TEXT NOT NULL,
  `legal_comments` TEXT NOT NULL,
  `sublicense_allowed` TINYINT(1),
  `express_patent_grant` TINYINT(1),
  `covenant_not_to_assert` TINYINT(1),
  `indemnification` TINYINT(1),
  `legal_reviewed` TINYINT(1) NOT NULL,
  `distribution_formats_allowed` VARCHAR(30) NOT NULL,
  `acceptable_linkages` JSON,
  `export_restrictions` TEXT NOT NULL,
  `approved_download_location` VARCHAR(1024) NOT NULL,
  `approved_community_interaction` TEXT NOT NULL,
  `configuration_status_id` INT,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `last_modified_by_id` INT,
  `owner_id` INT,
  `type_id` INT,
  `usage_policy_id` INT,
  `declared_license_expression` TEXT NOT NULL,
  `other_license_expression` TEXT NOT NULL,
  `risk_score` DECIMAL(3,1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `component_catalog_compon_dataspace_id_name_versio_296cb7ff_uniq` (`dataspace_id`, `name`, `version`),
  UNIQUE KEY `component_catalog_component_dataspace_id_uuid_3705a8cc_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `component_catalog_co_configuration_status_03854133_fk_component` FOREIGN KEY (`configuration_status_id`) REFERENCES `component_catalog_componentstatus` (`id`),
  CONSTRAINT `component_catalog_co_created_by_id_592b7bf9_fk_dje_dejac` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `component_catalog_co_dataspace_id_0336f62b_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `component_catalog_co_last_modified_by_id_d7c756f4_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `component_catalog_co_owner_id_a073dec8_fk_organizat` FOREIGN KEY (`owner_id`) REFERENCES `organization_owner` (`id`),
  CONSTRAINT `component_catalog_co_type_id_d4a4f874_fk_component` FOREIGN KEY (`type_id`) REFERENCES `component_catalog_componenttype` (`id`),
  CONSTRAINT `component_catalog_co_usage_policy_id_7502f43b_fk_policy_us` FOREIGN KEY (`usage_policy_id`) REFERENCES `policy_usagepolicy` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_portfolio_productcomponent` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `reference_notes` TEXT NOT NULL,
  `notes` TEXT NOT NULL,
  `is_deployed` TINYINT(1) NOT NULL,
  `is_modified` TINYINT(1) NOT NULL,
  `extra_attribution_text` TEXT NOT NULL,
  `package_paths` TEXT NOT NULL,
  `product_id` INT NOT NULL,
  `feature` VARCHAR(70) NOT NULL,
  `issue_ref` VARCHAR(40) NOT NULL,
  `license_expression` VARCHAR(1024) NOT NULL,
  `name` VARCHAR(70) NOT NULL,
  `version` VARCHAR(50) NOT NULL,
  `owner` VARCHAR(70) NOT NULL,
  `copyright` TEXT NOT NULL,
  `homepage_url` VARCHAR(1024) NOT NULL,
  `download_url` VARCHAR(1024) NOT NULL,
  `primary_language` VARCHAR(50) NOT NULL,
  `component_id` INT,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `last_modified_by_id` INT,
  `purpose_id` INT,
  `review_status_id` INT,
  `weighted_risk_score` DECIMAL(3,1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_portfolio_produc_dataspace_id_uuid_91d426cc_uniq` (`dataspace_id`, `uuid`),
  UNIQUE KEY `product_portfolio_produc_product_id_component_id_244898d1_uniq` (`product_id`, `component_id`),
  CONSTRAINT `product_portfolio_pr_component_id_f18293d2_fk_component` FOREIGN KEY (`component_id`) REFERENCES `component_catalog_component` (`id`),
  CONSTRAINT `product_portfolio_pr_created_by_id_c2e856e3_fk_dje_dejac` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `product_portfolio_pr_dataspace_id_867b78d0_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `product_portfolio_pr_last_modified_by_id_af526e67_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `product_portfolio_pr_product_id_d8e40034_fk_product_p` FOREIGN KEY (`product_id`) REFERENCES `product_portfolio_product` (`id`),
  CONSTRAINT `product_portfolio_pr_purpose_id_8ec7003f_fk_product_p` FOREIGN KEY (`purpose_id`) REFERENCES `product_portfolio_productitempurpose` (`id`),
  CONSTRAINT `product_portfolio_pr_review_status_id_4159439e_fk_product_p` FOREIGN KEY (`review_status_id`) REFERENCES `product_portfolio_productrelationstatus` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `component_catalog_package` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `reference_notes` TEXT NOT NULL,
  `request_count` SMALLINT,
  `type` VARCHAR(16) NOT NULL,
  `namespace` VARCHAR(255) NOT NULL,
  `name` VARCHAR(100) NOT NULL,
  `version` VARCHAR(100) NOT NULL,
  `qualifiers` VARCHAR(1024) NOT NULL,
  `subpath` VARCHAR(200) NOT NULL,
  `holder` TEXT NOT NULL,
  `keywords` JSON NOT NULL,
  `cpe` VARCHAR(1024) NOT NULL,
  `homepage_url` VARCHAR(1024) NOT NULL,
  `vcs_url` VARCHAR(1024) NOT NULL,
  `code_view_url` VARCHAR(1024) NOT NULL,
  `bug_tracking_url` VARCHAR(1024) NOT NULL,
  `sha256` VARCHAR(64) NOT NULL,
  `sha512` VARCHAR(128) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `download_url` VARCHAR(1024) NOT NULL,
  `sha1` VARCHAR(40) NOT NULL,
  `md5` VARCHAR(32) NOT NULL,
  `size` BIGINT,
  `release_date` DATE,
  `primary_language` VARCHAR(50) NOT NULL,
  `description` TEXT NOT NULL,
  `project` VARCHAR(50) NOT NULL,
  `notes` TEXT NOT NULL,
  `license_expression` VARCHAR(1024) NOT NULL,
  `copyright` TEXT NOT NULL,
  `notice_text` TEXT NOT NULL,
  `author` TEXT NOT NULL,
  `dependencies` JSON NOT NULL,
  `repository_homepage_url` VARCHAR(1024) NOT NULL,
  `repository_download_url` VARCHAR(1024) NOT NULL,
  `api_data_url` VARCHAR(1024) NOT NULL,
  `datasource_id` VARCHAR(64) NOT NULL,
  `file_references` JSON NOT NULL,
  `parties` JSON NOT NULL,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `last_modified_by_id` INT,
  `usage_policy_id` INT,
  `declared_license_expression` TEXT NOT NULL,
  `other_license_expression` TEXT NOT NULL,
  `risk_score` DECIMAL(3,1),
  `package_content` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `component_catalog_packag_dataspace_id_type_namesp_c6620419_uniq` (`dataspace_id`, `type`, `namespace`, `name`, `version`, `qualifiers`, `subpath`, `download_url`, `filename`),
  UNIQUE KEY `component_catalog_package_dataspace_id_uuid_7c9512e7_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `component_catalog_pa_created_by_id_3ba0cbef_fk_dje_dejac` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `component_catalog_pa_dataspace_id_ed0c082a_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `component_catalog_pa_last_modified_by_id_5d6ee844_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `component_catalog_pa_usage_policy_id_df28c70c_fk_policy_us` FOREIGN KEY (`usage_policy_id`) REFERENCES `policy_usagepolicy` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_portfolio_productpackage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `reference_notes` TEXT NOT NULL,
  `notes` TEXT NOT NULL,
  `is_deployed` TINYINT(1) NOT NULL,
  `is_modified` TINYINT(1) NOT NULL,
  `extra_attribution_text` TEXT NOT NULL,
  `package_paths` TEXT NOT NULL,
  `product_id` INT NOT NULL,
  `feature` VARCHAR(70) NOT NULL,
  `issue_ref` VARCHAR(40) NOT NULL,
  `license_expression` VARCHAR(1024) NOT NULL,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `last_modified_by_id` INT,
  `package_id` INT NOT NULL,
  `purpose_id` INT,
  `review_status_id` INT,
  `weighted_risk_score` DECIMAL(3,1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_portfolio_produc_dataspace_id_uuid_71c9dffc_uniq` (`dataspace_id`, `uuid`),
  UNIQUE KEY `product_portfolio_produc_product_id_package_id_e0d6ded2_uniq` (`product_id`, `package_id`),
  CONSTRAINT `product_portfolio_pr_created_by_id_43099d84_fk_dje_dejac` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `product_portfolio_pr_dataspace_id_4bf6c7bb_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `product_portfolio_pr_last_modified_by_id_931211e8_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `product_portfolio_pr_package_id_d3835ef8_fk_component` FOREIGN KEY (`package_id`) REFERENCES `component_catalog_package` (`id`),
  CONSTRAINT `product_portfolio_pr_product_id_844f4be3_fk_product_p` FOREIGN KEY (`product_id`) REFERENCES `product_portfolio_product` (`id`),
  CONSTRAINT `product_portfolio_pr_purpose_id_69c94c0b_fk_product_p` FOREIGN KEY (`purpose_id`) REFERENCES `product_portfolio_productitempurpose` (`id`),
  CONSTRAINT `product_portfolio_pr_review_status_id_93f33691_fk_product_p` FOREIGN KEY (`review_status_id`) REFERENCES `product_portfolio_productrelationstatus` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_portfolio_scancodeproject` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `uuid` CHAR(36) NOT NULL,
  `type` VARCHAR(50) NOT NULL,
  `project_uuid` CHAR(36),
  `input_file` VARCHAR(350) NOT NULL,
  `update_existing_packages` TINYINT(1) NOT NULL,
  `scan_all_packages` TINYINT(1) NOT NULL,
  `status` VARCHAR(10) NOT NULL,
  `import_log` JSON NOT NULL,
  `results` JSON NOT NULL,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `last_modified_by_id` INT,
  `product_id` INT NOT NULL,
  `infer_download_urls` TINYINT(1) NOT NULL,
  `import_options` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_portfolio_scanco_dataspace_id_uuid_9d1145f9_uniq` (`dataspace_id`, `uuid`),
  UNIQUE KEY `product_portfolio_scancodeproject_uuid_key` (`uuid`),
  CONSTRAINT `product_portfolio_sc_created_by_id_a5ed5dc7_fk_dje_dejac` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `product_portfolio_sc_dataspace_id_5ab14240_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `product_portfolio_sc_last_modified_by_id_f589db6c_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `product_portfolio_sc_product_id_747894f3_fk_product_p` FOREIGN KEY (`product_id`) REFERENCES `product_portfolio_product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `policy_associatedpolicy` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `dataspace_id` INT NOT NULL,
  `from_policy_id` INT NOT NULL,
  `to_policy_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `policy_associatedpolicy_dataspace_id_uuid_92afacef_uniq` (`dataspace_id`, `uuid`),
  UNIQUE KEY `policy_associatedpolicy_from_policy_id_to_policy_0decf171_uniq` (`from_policy_id`, `to_policy_id`),
  CONSTRAINT `policy_associatedpol_dataspace_id_4b5afcb6_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `policy_associatedpol_from_policy_id_027510f8_fk_policy_us` FOREIGN KEY (`from_policy_id`) REFERENCES `policy_usagepolicy` (`id`),
  CONSTRAINT `policy_associatedpol_to_policy_id_2d613b0e_fk_policy_us` FOREIGN KEY (`to_policy_id`) REFERENCES `policy_usagepolicy` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_library_licensetag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `label` VARCHAR(50) NOT NULL,
  `text` TEXT NOT NULL,
  `guidance` TEXT NOT NULL,
  `default_value` TINYINT(1),
  `show_in_license_list_view` TINYINT(1) NOT NULL,
  `attribution_required` TINYINT(1) NOT NULL,
  `redistribution_required` TINYINT(1) NOT NULL,
  `change_tracking_required` TINYINT(1) NOT NULL,
  `dataspace_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `license_library_licensetag_dataspace_id_label_6221d351_uniq` (`dataspace_id`, `label`),
  UNIQUE KEY `license_library_licensetag_dataspace_id_uuid_064f8219_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `license_library_lice_dataspace_id_0364aa96_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_library_licensechoice` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `from_expression` VARCHAR(1024) NOT NULL,
  `to_expression` VARCHAR(1024) NOT NULL,
  `seq` SMALLINT NOT NULL,
  `notes` TEXT NOT NULL,
  `dataspace_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `license_library_licensechoice_dataspace_id_uuid_97cbc8bd_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `license_library_lice_dataspace_id_7674b085_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_library_licenseassignedtag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `value` TINYINT(1),
  `dataspace_id` INT NOT NULL,
  `license_id` INT NOT NULL,
  `license_tag_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `license_library_licensea_dataspace_id_uuid_cd11ff33_uniq` (`dataspace_id`, `uuid`),
  UNIQUE KEY `license_library_licensea_license_id_license_tag_i_ac9791f6_uniq` (`license_id`, `license_tag_id`),
  CONSTRAINT `license_library_lice_dataspace_id_101d286b_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `license_library_lice_license_id_8237d067_fk_license_l` FOREIGN KEY (`license_id`) REFERENCES `license_library_license` (`id`),
  CONSTRAINT `license_library_lice_license_tag_id_b8de833b_fk_license_l` FOREIGN KEY (`license_tag_id`) REFERENCES `license_library_licensetag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_library_licenseannotation` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `text` TEXT NOT NULL,
  `quote` TEXT NOT NULL,
  `range_start_offset` INT NOT NULL,
  `range_end_offset` INT NOT NULL,
  `assigned_tag_id` INT,
  `dataspace_id` INT NOT NULL,
  `license_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `license_library_licensea_dataspace_id_uuid_a0ac5ff5_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `license_library_lice_assigned_tag_id_818b2bfb_fk_license_l` FOREIGN KEY (`assigned_tag_id`) REFERENCES `license_library_licenseassignedtag` (`id`),
  CONSTRAINT `license_library_lice_dataspace_id_6f6ab9ad_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `license_library_lice_license_id_478deef2_fk_license_l` FOREIGN KEY (`license_id`) REFERENCES `license_library_license` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `component_catalog_componentassignedlicense` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `component_id` INT NOT NULL,
  `dataspace_id` INT NOT NULL,
  `license_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `component_catalog_compon_component_id_license_id_60ff3361_uniq` (`component_id`, `license_id`),
  UNIQUE KEY `component_catalog_compon_dataspace_id_uuid_6a628d27_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `component_catalog_co_component_id_2ab793a4_fk_component` FOREIGN KEY (`component_id`) REFERENCES `component_catalog_component` (`id`),
  CONSTRAINT `component_catalog_co_dataspace_id_25b81359_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `component_catalog_co_license_id_026ab8ee_fk_license_l` FOREIGN KEY (`license_id`) REFERENCES `license_library_license` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `component_catalog_componentassignedpackage` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `component_id` INT NOT NULL,
  `dataspace_id` INT NOT NULL,
  `package_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `component_catalog_compon_component_id_package_id_641d4659_uniq` (`component_id`, `package_id`),
  UNIQUE KEY `component_catalog_compon_dataspace_id_uuid_c946ddc1_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `component_catalog_co_component_id_c38b58c8_fk_component` FOREIGN KEY (`component_id`) REFERENCES `component_catalog_component` (`id`),
  CONSTRAINT `component_catalog_co_dataspace_id_9244955d_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `component_catalog_co_package_id_9d393355_fk_component` FOREIGN KEY (`package_id`) REFERENCES `component_catalog_package` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `component_catalog_packageassignedlicense` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `dataspace_id` INT NOT NULL,
  `license_id` INT NOT NULL,
  `package_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `component_catalog_packag_dataspace_id_uuid_bd62fd82_uniq` (`dataspace_id`, `uuid`),
  UNIQUE KEY `component_catalog_packag_package_id_license_id_9ae53ae4_uniq` (`package_id`, `license_id`),
  CONSTRAINT `component_catalog_pa_dataspace_id_4ec90559_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `component_catalog_pa_license_id_256a1b68_fk_license_l` FOREIGN KEY (`license_id`) REFERENCES `license_library_license` (`id`),
  CONSTRAINT `component_catalog_pa_package_id_1628a2df_fk_component` FOREIGN KEY (`package_id`) REFERENCES `component_catalog_package` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `component_catalog_subcomponent` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `reference_notes` TEXT NOT NULL,
  `notes` TEXT NOT NULL,
  `is_deployed` TINYINT(1) NOT NULL,
  `is_modified` TINYINT(1) NOT NULL,
  `extra_attribution_text` TEXT NOT NULL,
  `package_paths` TEXT NOT NULL,
  `license_expression` VARCHAR(1024) NOT NULL,
  `purpose` VARCHAR(50) NOT NULL,
  `child_id` INT NOT NULL,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `last_modified_by_id` INT,
  `parent_id` INT NOT NULL,
  `usage_policy_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `component_catalog_subcomponent_dataspace_id_uuid_df2ebe25_uniq` (`dataspace_id`, `uuid`),
  UNIQUE KEY `component_catalog_subcomponent_parent_id_child_id_463e65a8_uniq` (`parent_id`, `child_id`),
  CONSTRAINT `component_catalog_su_child_id_11021cc4_fk_component` FOREIGN KEY (`child_id`) REFERENCES `component_catalog_component` (`id`),
  CONSTRAINT `component_catalog_su_created_by_id_81ea1cb6_fk_dje_dejac` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `component_catalog_su_dataspace_id_9190e331_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `component_catalog_su_last_modified_by_id_26ddc618_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `component_catalog_su_parent_id_1f7153f6_fk_component` FOREIGN KEY (`parent_id`) REFERENCES `component_catalog_component` (`id`),
  CONSTRAINT `component_catalog_su_usage_policy_id_d75041e6_fk_policy_us` FOREIGN KEY (`usage_policy_id`) REFERENCES `policy_usagepolicy` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `component_catalog_componentaffectedbyvulnerability` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `component_id` INT NOT NULL,
  `dataspace_id` INT NOT NULL,
  `vulnerability_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `component_catalog_compon_component_id_vulnerabili_1de3bd5e_uniq` (`component_id`, `vulnerability_id`),
  UNIQUE KEY `component_catalog_compon_dataspace_id_uuid_f59f8c40_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `component_catalog_co_component_id_ab807e95_fk_component` FOREIGN KEY (`component_id`) REFERENCES `component_catalog_component` (`id`),
  CONSTRAINT `component_catalog_co_dataspace_id_12f87151_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `component_catalog_co_vulnerability_id_4842bffa_fk_vulnerabi` FOREIGN KEY (`vulnerability_id`) REFERENCES `vulnerabilities_vulnerability` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `component_catalog_packageaffectedbyvulnerability` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `dataspace_id` INT NOT NULL,
  `package_id` INT NOT NULL,
  `vulnerability_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `component_catalog_packag_dataspace_id_uuid_dd077a9a_uniq` (`dataspace_id`, `uuid`),
  UNIQUE KEY `component_catalog_packag_package_id_vulnerability_c941f5d8_uniq` (`package_id`, `vulnerability_id`),
  CONSTRAINT `component_catalog_pa_dataspace_id_0b3d8034_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `component_catalog_pa_package_id_786599db_fk_component` FOREIGN KEY (`package_id`) REFERENCES `component_catalog_package` (`id`),
  CONSTRAINT `component_catalog_pa_vulnerability_id_2dc6f880_fk_vulnerabi` FOREIGN KEY (`vulnerability_id`) REFERENCES `vulnerabilities_vulnerability` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dje_apitoken` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key_hash` VARCHAR(128) NOT NULL,
  `prefix` VARCHAR(8) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dje_apitoken_prefix_key` (`prefix`),
  UNIQUE KEY `dje_apitoken_user_id_key` (`user_id`),
  CONSTRAINT `dje_apitoken_user_id_025b533b_fk_dje_dejacodeuser_id` FOREIGN KEY (`user_id`) REFERENCES `dje_dejacodeuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `guardian_groupobjectpermission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `object_pk` VARCHAR(255) NOT NULL,
  `content_type_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guardian_groupobjectperm_group_id_permission_id_o_3f189f7c_uniq` (`group_id`, `permission_id`, `object_pk`),
  CONSTRAINT `guardian_groupobject_content_type_id_7ade36b8_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `guardian_groupobject_group_id_4bbbfb62_fk_auth_grou` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `guardian_groupobject_permission_id_36572738_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `guardian_userobjectpermission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `object_pk` VARCHAR(255) NOT NULL,
  `content_type_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guardian_userobjectpermi_user_id_permission_id_ob_b0b3d2fc_uniq` (`user_id`, `permission_id`, `object_pk`),
  CONSTRAINT `guardian_userobjectp_content_type_id_2e892405_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `guardian_userobjectp_permission_id_71807bfc_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `guardian_userobjectp_user_id_d5c1e964_fk_dje_dejac` FOREIGN KEY (`user_id`) REFERENCES `dje_dejacodeuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notification_webhook` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `event` VARCHAR(64) NOT NULL,
  `target` VARCHAR(255) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `extra_payload` JSON NOT NULL,
  `extra_headers` JSON NOT NULL,
  `dataspace_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notification_webhook_dataspace_id_uuid_a5c8da25_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `notification_webhook_dataspace_id_721997c5_fk_dje_dataspace_id` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `notification_webhook_user_id_33816d80_fk_dje_dejacodeuser_id` FOREIGN KEY (`user_id`) REFERENCES `dje_dejacodeuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifications_notification` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `level` VARCHAR(20) NOT NULL,
  `unread` TINYINT(1) NOT NULL,
  `actor_object_id` VARCHAR(255) NOT NULL,
  `verb` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `target_object_id` VARCHAR(255),
  `action_object_object_id` VARCHAR(255),
  `timestamp` DATETIME(6) NOT NULL,
  `public` TINYINT(1) NOT NULL,
  `action_object_content_type_id` INT,
  `actor_content_type_id` INT NOT NULL,
  `recipient_id` INT NOT NULL,
  `target_content_type_id` INT,
  `deleted` TINYINT(1) NOT NULL,
  `emailed` TINYINT(1) NOT NULL,
  `data` TEXT,
  PRIMARY KEY (`id`),
  CONSTRAINT `notifications_notifi_action_object_conten_7d2b8ee9_fk_django_co` FOREIGN KEY (`action_object_content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `notifications_notifi_actor_content_type_i_0c69d7b7_fk_django_co` FOREIGN KEY (`actor_content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `notifications_notifi_recipient_id_d055f3f0_fk_dje_dejac` FOREIGN KEY (`recipient_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `notifications_notifi_target_content_type__ccb24d88_fk_django_co` FOREIGN KEY (`target_content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `otp_totp_totpdevice` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64) NOT NULL,
  `confirmed` TINYINT(1) NOT NULL,
  `key` VARCHAR(80) NOT NULL,
  `step` SMALLINT NOT NULL,
  `t0` BIGINT NOT NULL,
  `digits` SMALLINT NOT NULL,
  `tolerance` SMALLINT NOT NULL,
  `drift` SMALLINT NOT NULL,
  `last_t` BIGINT NOT NULL,
  `user_id` INT NOT NULL,
  `throttling_failure_count` INT NOT NULL,
  `throttling_failure_timestamp` DATETIME(6),
  `created_at` DATETIME(6),
  `last_used_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `otp_totp_totpdevice_user_id_0fb18292_fk_dje_dejacodeuser_id` FOREIGN KEY (`user_id`) REFERENCES `dje_dejacodeuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_priority` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `label` VARCHAR(50) NOT NULL,
  `position` SMALLINT,
  `color_code` VARCHAR(7) NOT NULL,
  `dataspace_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workflow_priority_dataspace_id_label_5f12ac3c_uniq` (`dataspace_id`, `label`),
  UNIQUE KEY `workflow_priority_dataspace_id_uuid_35480142_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `workflow_priority_dataspace_id_c70376d0_fk_dje_dataspace_id` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_externalissuelink` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `platform` VARCHAR(20) NOT NULL,
  `repo` VARCHAR(100) NOT NULL,
  `issue_id` VARCHAR(100) NOT NULL,
  `dataspace_id` INT NOT NULL,
  `base_url` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `workflow_externalissueli_dataspace_id_platform_re_b7773b03_uniq` (`dataspace_id`, `platform`, `repo`, `issue_id`),
  UNIQUE KEY `workflow_externalissuelink_dataspace_id_uuid_690be461_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `workflow_externaliss_dataspace_id_101c1930_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_request` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `status` VARCHAR(10) NOT NULL,
  `is_private` TINYINT(1) NOT NULL,
  `notes` TEXT NOT NULL,
  `product_context_id` INT,
  `serialized_data` TEXT NOT NULL,
  `object_id` INT,
  `content_object_repr` VARCHAR(1000) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `cc_emails` JSON,
  `assignee_id` INT,
  `content_type_id` INT NOT NULL,
  `dataspace_id` INT NOT NULL,
  `last_modified_by_id` INT,
  `priority_id` INT,
  `request_template_id` INT NOT NULL,
  `requester_id` INT NOT NULL,
  `external_issue_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workflow_request_dataspace_id_uuid_7dd92ee2_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `workflow_request_assignee_id_0d764b26_fk_dje_dejacodeuser_id` FOREIGN KEY (`assignee_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `workflow_request_content_type_id_3209b368_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `workflow_request_dataspace_id_ddad861f_fk_dje_dataspace_id` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `workflow_request_external_issue_id_b92b7309_fk_workflow_` FOREIGN KEY (`external_issue_id`) REFERENCES `workflow_externalissuelink` (`id`),
  CONSTRAINT `workflow_request_last_modified_by_id_0b0ddf16_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `workflow_request_priority_id_267f1537_fk_workflow_priority_id` FOREIGN KEY (`priority_id`) REFERENCES `workflow_priority` (`id`),
  CONSTRAINT `workflow_request_product_context_id_e1534221_fk_product_p` FOREIGN KEY (`product_context_id`) REFERENCES `product_portfolio_product` (`id`),
  CONSTRAINT `workflow_request_request_template_id_e98e67f3_fk_workflow_` FOREIGN KEY (`request_template_id`) REFERENCES `workflow_requesttemplate` (`id`),
  CONSTRAINT `workflow_request_requester_id_5a2b8d04_fk_dje_dejacodeuser_id` FOREIGN KEY (`requester_id`) REFERENCES `dje_dejacodeuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_requestevent` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `text` TEXT NOT NULL,
  `event_type` INT NOT NULL,
  `dataspace_id` INT NOT NULL,
  `request_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workflow_requestevent_dataspace_id_uuid_59fc6dfb_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `workflow_requesteven_request_id_75055186_fk_workflow_` FOREIGN KEY (`request_id`) REFERENCES `workflow_request` (`id`),
  CONSTRAINT `workflow_requestevent_dataspace_id_05d525fb_fk_dje_dataspace_id` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `workflow_requestevent_user_id_65371670_fk_dje_dejacodeuser_id` FOREIGN KEY (`user_id`) REFERENCES `dje_dejacodeuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_requestcomment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `text` TEXT NOT NULL,
  `dataspace_id` INT NOT NULL,
  `request_id` INT NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workflow_requestcomment_dataspace_id_uuid_6ae708f8_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `workflow_requestcomm_dataspace_id_e9d6ed0b_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `workflow_requestcomm_request_id_d2506b18_fk_workflow_` FOREIGN KEY (`request_id`) REFERENCES `workflow_request` (`id`),
  CONSTRAINT `workflow_requestcomment_user_id_51e838d5_fk_dje_dejacodeuser_id` FOREIGN KEY (`user_id`) REFERENCES `dje_dejacodeuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_requestattachment` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `file` VARCHAR(350) NOT NULL,
  `dataspace_id` INT NOT NULL,
  `request_id` INT NOT NULL,
  `uploader_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workflow_requestattachment_dataspace_id_uuid_83203684_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `workflow_requestatta_dataspace_id_30f94712_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `workflow_requestatta_request_id_69e56461_fk_workflow_` FOREIGN KEY (`request_id`) REFERENCES `workflow_request` (`id`),
  CONSTRAINT `workflow_requestatta_uploader_id_e543210a_fk_dje_dejac` FOREIGN KEY (`uploader_id`) REFERENCES `dje_dejacodeuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workflow_question` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `label` VARCHAR(255) NOT NULL,
  `help_text` TEXT NOT NULL,
  `input_type` VARCHAR(30) NOT NULL,
  `is_required` TINYINT(1) NOT NULL,
  `position` SMALLINT NOT NULL,
  `dataspace_id` INT NOT NULL,
  `template_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `workflow_question_dataspace_id_uuid_e36cd9ff_uniq` (`dataspace_id`, `uuid`),
  CONSTRAINT `workflow_question_dataspace_id_4917d4aa_fk_dje_dataspace_id` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `workflow_question_template_id_ecd6ff69_fk_workflow_` FOREIGN KEY (`template_id`) REFERENCES `workflow_requesttemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_portfolio_codebaseresource` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `product_id` INT NOT NULL,
  `path` VARCHAR(2000) NOT NULL,
  `is_deployment_path` TINYINT(1) NOT NULL,
  `additional_details` JSON NOT NULL,
  `admin_notes` TEXT NOT NULL,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `last_modified_by_id` INT,
  `product_component_id` INT,
  `product_package_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_portfolio_codeba_dataspace_id_uuid_0329ed86_uniq` (`dataspace_id`, `uuid`),
  UNIQUE KEY `product_portfolio_codeba_product_id_path_941f8ce9_uniq` (`product_id`, `path`),
  CONSTRAINT `product_portfolio_co_created_by_id_c1428378_fk_dje_dejac` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `product_portfolio_co_dataspace_id_3399cbbc_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `product_portfolio_co_last_modified_by_id_d7c4341f_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `product_portfolio_co_product_component_id_db0f4805_fk_product_p` FOREIGN KEY (`product_component_id`) REFERENCES `product_portfolio_productcomponent` (`id`),
  CONSTRAINT `product_portfolio_co_product_id_07fa9cfe_fk_product_p` FOREIGN KEY (`product_id`) REFERENCES `product_portfolio_product` (`id`),
  CONSTRAINT `product_portfolio_co_product_package_id_f6fd8c2b_fk_product_p` FOREIGN KEY (`product_package_id`) REFERENCES `product_portfolio_productpackage` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_portfolio_productdependency` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `created_date` DATETIME(6) NOT NULL,
  `last_modified_date` DATETIME(6) NOT NULL,
  `dependency_uid` VARCHAR(1024) NOT NULL,
  `declared_dependency` VARCHAR(1024) NOT NULL,
  `extracted_requirement` VARCHAR(256) NOT NULL,
  `scope` VARCHAR(64) NOT NULL,
  `datasource_id` VARCHAR(64) NOT NULL,
  `is_runtime` TINYINT(1) NOT NULL,
  `is_optional` TINYINT(1) NOT NULL,
  `is_pinned` TINYINT(1) NOT NULL,
  `is_direct` TINYINT(1) NOT NULL,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `for_package_id` INT,
  `last_modified_by_id` INT,
  `product_id` INT NOT NULL,
  `resolved_to_package_id` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_portfolio_produc_dataspace_id_uuid_ff78e3ac_uniq` (`dataspace_id`, `uuid`),
  UNIQUE KEY `product_portfolio_produc_product_id_dependency_ui_d41a91b9_uniq` (`product_id`, `dependency_uid`),
  CONSTRAINT `product_portfolio_pr_created_by_id_87172198_fk_dje_dejac` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `product_portfolio_pr_dataspace_id_df79fdb7_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `product_portfolio_pr_for_package_id_5837857e_fk_component` FOREIGN KEY (`for_package_id`) REFERENCES `component_catalog_package` (`id`),
  CONSTRAINT `product_portfolio_pr_last_modified_by_id_4cc252fe_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `product_portfolio_pr_product_id_053e8dae_fk_product_p` FOREIGN KEY (`product_id`) REFERENCES `product_portfolio_product` (`id`),
  CONSTRAINT `product_portfolio_pr_resolved_to_package__7f5a9765_fk_component` FOREIGN KEY (`resolved_to_package_id`) REFERENCES `component_catalog_package` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vulnerabilities_vulnerabilityanalysis` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `state` VARCHAR(25) NOT NULL,
  `justification` VARCHAR(35) NOT NULL,
  `responses` JSON,
  `detail` TEXT NOT NULL,
  `first_issued` DATETIME(6) NOT NULL,
  `last_updated` DATETIME(6) NOT NULL,
  `created_by_id` INT,
  `dataspace_id` INT NOT NULL,
  `last_modified_by_id` INT,
  `package_id` INT NOT NULL,
  `product_id` INT NOT NULL,
  `product_package_id` INT NOT NULL,
  `vulnerability_id` INT NOT NULL,
  `is_reachable` TINYINT(1),
  PRIMARY KEY (`id`),
  UNIQUE KEY `vulnerabilities_vulnerab_dataspace_id_uuid_90365dc1_uniq` (`dataspace_id`, `uuid`),
  UNIQUE KEY `vulnerabilities_vulnerab_product_package_id_vulne_bf43d24e_uniq` (`product_package_id`, `vulnerability_id`),
  CONSTRAINT `vulnerabilities_vuln_created_by_id_c834e9e3_fk_dje_dejac` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `vulnerabilities_vuln_dataspace_id_d6443c84_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `vulnerabilities_vuln_last_modified_by_id_eebb590d_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`),
  CONSTRAINT `vulnerabilities_vuln_package_id_8eb8b10c_fk_component` FOREIGN KEY (`package_id`) REFERENCES `component_catalog_package` (`id`),
  CONSTRAINT `vulnerabilities_vuln_product_id_b3c8f29e_fk_product_p` FOREIGN KEY (`product_id`) REFERENCES `product_portfolio_product` (`id`),
  CONSTRAINT `vulnerabilities_vuln_product_package_id_6aa464d2_fk_product_p` FOREIGN KEY (`product_package_id`) REFERENCES `product_portfolio_productpackage` (`id`),
  CONSTRAINT `vulnerabilities_vuln_vulnerability_id_d85008fa_fk_vulnerabi` FOREIGN KEY (`vulnerability_id`) REFERENCES `vulnerabilities_vulnerability` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `product_portfolio_productaffectedbyvulnerability` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `uuid` CHAR(36) NOT NULL,
  `dataspace_id` INT NOT NULL,
  `product_id` INT NOT NULL,
  `vulnerability_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_portfolio_produc_dataspace_id_uuid_ae9df1a8_uniq` (`dataspace_id`, `uuid`),
  UNIQUE KEY `product_portfolio_produc_product_id_vulnerability_bf81dc35_uniq` (`product_id`, `vulnerability_id`),
  CONSTRAINT `product_portfolio_pr_dataspace_id_bb8ea483_fk_dje_datas` FOREIGN KEY (`dataspace_id`) REFERENCES `dje_dataspace` (`id`),
  CONSTRAINT `product_portfolio_pr_product_id_0f2cfaf9_fk_product_p` FOREIGN KEY (`product_id`) REFERENCES `product_portfolio_product` (`id`),
  CONSTRAINT `product_portfolio_pr_vulnerability_id_11ec9fb2_fk_vulnerabi` FOREIGN KEY (`vulnerability_id`) REFERENCES `vulnerabilities_vulnerability` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rest_hooks_hook` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `updated` DATETIME(6) NOT NULL,
  `event` VARCHAR(64) NOT NULL,
  `target` VARCHAR(255) NOT NULL,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `rest_hooks_hook_user_id_94046fce_fk_dje_dejacodeuser_id` FOREIGN KEY (`user_id`) REFERENCES `dje_dejacodeuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` TEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `reporting_cardlayout` ADD CONSTRAINT `reporting_cardlayout_created_by_id_e3de5407_fk_dje_dejac` FOREIGN KEY (`created_by_id`) REFERENCES `dje_dejacodeuser` (`id`);
ALTER TABLE `reporting_cardlayout` ADD CONSTRAINT `reporting_cardlayout_last_modified_by_id_61b707db_fk_dje_dejac` FOREIGN KEY (`last_modified_by_id`) REFERENCES `dje_dejacodeuser` (`id`);

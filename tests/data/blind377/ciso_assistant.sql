-- CISO Assistant (intuitem, community edition; Django on PostgreSQL) — trimmed schema for blind exam 377.
-- Upstream: github.com/intuitem/ciso-assistant-community, commit f990d7b1b9a9f56e391acbc247c9076262a11412
-- (2026-08-08), backend/ (AGPL-3.0; the enterprise/ directory, not used here, is under intuitem's commercial licence).
-- Made by running upstream's `manage.py migrate` (389 Django migrations of 29 apps, Django 6.0.8 and the
-- django-allauth / DRF / knox / auditlog / huey versions of backend/uv.lock) into PostgreSQL 15, then writing the
-- kept tables as MySQL from the catalogue: column names and order as the migrations created them, primary and unique
-- keys, and the foreign keys between kept tables. 70 of the 403 tables are kept; see ciso_assistant.md.

CREATE TABLE `django_content_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_folder` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `content_type` varchar(2) NOT NULL,
  `builtin` tinyint(1) NOT NULL,
  `parent_folder_id` char(36),
  `create_iam_groups` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `iam_folder_parent_folder_id_ba0a1c9c_fk_iam_folder_id` FOREIGN KEY (`parent_folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_usergroup` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `builtin` tinyint(1) NOT NULL,
  `folder_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `iam_usergroup_folder_id_8116a9ca_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_role` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `builtin` tinyint(1) NOT NULL,
  `folder_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `iam_role_folder_id_5cbf600d_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_user` (
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6),
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `email` varchar(100) NOT NULL,
  `first_login` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `folder_id` char(36) NOT NULL,
  `is_third_party` tinyint(1) NOT NULL,
  `preferences` json NOT NULL,
  `keep_local_login` tinyint(1) NOT NULL,
  `observation` longtext,
  `expiry_date` date,
  `is_scim_managed` tinyint(1) NOT NULL,
  `scim_external_id` varchar(512),
  PRIMARY KEY (`id`),
  UNIQUE KEY `iam_user_email_key` (`email`),
  UNIQUE KEY `iam_user_scim_external_id_key` (`scim_external_id`),
  CONSTRAINT `iam_user_folder_id_0a515163_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_user_user_groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` char(36) NOT NULL,
  `usergroup_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `iam_user_user_groups_user_id_usergroup_id_e254873e_uniq` (`user_id`, `usergroup_id`),
  CONSTRAINT `iam_user_user_groups_user_id_ab799d64_fk_iam_user_id` FOREIGN KEY (`user_id`) REFERENCES `iam_user` (`id`),
  CONSTRAINT `iam_user_user_groups_usergroup_id_984d8b54_fk_iam_usergroup_id` FOREIGN KEY (`usergroup_id`) REFERENCES `iam_usergroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_roleassignment` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `is_recursive` tinyint(1) NOT NULL,
  `builtin` tinyint(1) NOT NULL,
  `folder_id` char(36) NOT NULL,
  `role_id` char(36) NOT NULL,
  `user_id` char(36),
  `user_group_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `iam_roleassignment_folder_id_d01bb46d_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `iam_roleassignment_role_id_7b4a84fe_fk_iam_role_id` FOREIGN KEY (`role_id`) REFERENCES `iam_role` (`id`),
  CONSTRAINT `iam_roleassignment_user_group_id_5d7b5bb0_fk_iam_usergroup_id` FOREIGN KEY (`user_group_id`) REFERENCES `iam_usergroup` (`id`),
  CONSTRAINT `iam_roleassignment_user_id_12efc1fe_fk_iam_user_id` FOREIGN KEY (`user_id`) REFERENCES `iam_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_serviceaccount` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `name` varchar(100) NOT NULL,
  `description` longtext,
  `is_active` tinyint(1) NOT NULL,
  `expiry_date` date,
  `previous_secret_hash` varchar(200),
  `previous_secret_expires_at` datetime(6),
  `secret_preview` varchar(32) NOT NULL,
  `client_id` varchar(100) NOT NULL,
  `created_by_id` char(36),
  `role_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `iam_serviceaccount_client_id_key` (`client_id`),
  UNIQUE KEY `iam_serviceaccount_name_key` (`name`),
  UNIQUE KEY `iam_serviceaccount_user_id_key` (`user_id`),
  CONSTRAINT `iam_serviceaccount_created_by_id_4abea74e_fk_iam_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `iam_user` (`id`),
  CONSTRAINT `iam_serviceaccount_role_id_7e3dd10f_fk_iam_role_id` FOREIGN KEY (`role_id`) REFERENCES `iam_role` (`id`),
  CONSTRAINT `iam_serviceaccount_user_id_4104629b_fk_iam_user_id` FOREIGN KEY (`user_id`) REFERENCES `iam_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `knox_authtoken` (
  `digest` varchar(128) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` char(36) NOT NULL,
  `expiry` datetime(6),
  `token_key` varchar(25) NOT NULL,
  PRIMARY KEY (`digest`),
  CONSTRAINT `knox_authtoken_user_id_e5a5d899_fk_iam_user_id` FOREIGN KEY (`user_id`) REFERENCES `iam_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `iam_personalaccesstoken` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `auth_token_id` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `iam_personalaccessto_auth_token_id_659d075f_fk_knox_auth` FOREIGN KEY (`auth_token_id`) REFERENCES `knox_authtoken` (`digest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailaddress` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailaddress_user_id_email_987c8728_uniq` (`user_id`, `email`),
  CONSTRAINT `account_emailaddress_user_id_2c513194_fk_iam_user_id` FOREIGN KEY (`user_id`) REFERENCES `iam_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailconfirmation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6),
  `key` varchar(64) NOT NULL,
  `email_address_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailconfirmation_key_key` (`key`),
  CONSTRAINT `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mfa_authenticator` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `type` varchar(20) NOT NULL,
  `data` json NOT NULL,
  `user_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `last_used_at` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `mfa_authenticator_user_id_0c3a50c0_fk_iam_user_id` FOREIGN KEY (`user_id`) REFERENCES `iam_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialapp` (
  `id` int NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `name` varchar(40) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `key` varchar(191) NOT NULL,
  `provider_id` varchar(200) NOT NULL,
  `settings` json NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialaccount` (
  `id` int NOT NULL AUTO_INCREMENT,
  `provider` varchar(200) NOT NULL,
  `uid` varchar(191) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `extra_data` json NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_fc810c6e_uniq` (`provider`, `uid`),
  CONSTRAINT `socialaccount_socialaccount_user_id_8146e70c_fk_iam_user_id` FOREIGN KEY (`user_id`) REFERENCES `iam_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auditlog_logentry` (
  `id` int NOT NULL AUTO_INCREMENT,
  `object_pk` varchar(255) NOT NULL,
  `object_id` bigint,
  `object_repr` longtext NOT NULL,
  `action` smallint NOT NULL,
  `changes` json,
  `timestamp` datetime(6) NOT NULL,
  `actor_id` char(36),
  `content_type_id` int NOT NULL,
  `remote_addr` varchar(43),
  `additional_data` json,
  `serialized_data` json,
  `cid` varchar(255),
  `changes_text` longtext NOT NULL,
  `remote_port` int,
  `actor_email` varchar(254),
  PRIMARY KEY (`id`),
  CONSTRAINT `auditlog_logentry_actor_id_959271d2_fk_iam_user_id` FOREIGN KEY (`actor_id`) REFERENCES `iam_user` (`id`),
  CONSTRAINT `auditlog_logentry_content_type_id_75830218_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `global_settings_globalsettings` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `name` varchar(30) NOT NULL,
  `value` json NOT NULL,
  `folder_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `global_settings_globalsettings_name_key` (`name`),
  CONSTRAINT `global_settings_glob_folder_id_a41ce8a1_fk_iam_folde` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_team` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `team_email` varchar(254),
  `folder_id` char(36) NOT NULL,
  `leader_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `core_team_folder_id_19735661_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `core_team_leader_id_8c8a2fb8_fk_iam_user_id` FOREIGN KEY (`leader_id`) REFERENCES `iam_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tprm_entity` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `mission` longtext NOT NULL,
  `reference_link` varchar(2048),
  `builtin` tinyint(1) NOT NULL,
  `folder_id` char(36) NOT NULL,
  `country` varchar(3) NOT NULL,
  `currency` varchar(3) NOT NULL,
  `default_dependency` smallint NOT NULL,
  `default_maturity` smallint NOT NULL,
  `default_penetration` smallint NOT NULL,
  `default_trust` smallint NOT NULL,
  `dora_assets_value` double,
  `dora_competent_authority` varchar(255) NOT NULL,
  `dora_entity_hierarchy` varchar(20) NOT NULL,
  `dora_entity_type` varchar(20) NOT NULL,
  `dora_provider_person_type` varchar(20) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `legal_identifiers` json NOT NULL,
  `parent_entity_id` char(36),
  `ref_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tprm_entity_folder_id_736dad9d_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `tprm_entity_parent_entity_id_4b95d47a_fk_tprm_entity_id` FOREIGN KEY (`parent_entity_id`) REFERENCES `tprm_entity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_actor` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `entity_id` char(36),
  `user_id` char(36),
  `team_id` char(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_actor_entity_id_key` (`entity_id`),
  UNIQUE KEY `core_actor_team_id_key` (`team_id`),
  UNIQUE KEY `core_actor_user_id_key` (`user_id`),
  CONSTRAINT `core_actor_entity_id_53639458_fk_tprm_entity_id` FOREIGN KEY (`entity_id`) REFERENCES `tprm_entity` (`id`),
  CONSTRAINT `core_actor_team_id_b14714a9_fk_core_team_id` FOREIGN KEY (`team_id`) REFERENCES `core_team` (`id`),
  CONSTRAINT `core_actor_user_id_f155df91_fk_iam_user_id` FOREIGN KEY (`user_id`) REFERENCES `iam_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhooks_webhookendpoint` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `payload_format` varchar(10) NOT NULL,
  `url` varchar(2048) NOT NULL,
  `secret` varchar(100) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `folder_id` char(36) NOT NULL,
  `owner_id` char(36),
  `body_format` varchar(20) NOT NULL,
  `headers` json NOT NULL,
  `kafka_config` json NOT NULL,
  `kind` varchar(20) NOT NULL,
  `transport` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `webhooks_webhookendpoint_folder_id_68024334_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `webhooks_webhookendpoint_owner_id_f054aa8b_fk_core_actor_id` FOREIGN KEY (`owner_id`) REFERENCES `core_actor` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_team_members` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `team_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_team_members_team_id_user_id_5fa88203_uniq` (`team_id`, `user_id`),
  CONSTRAINT `core_team_members_team_id_7c3bab59_fk_core_team_id` FOREIGN KEY (`team_id`) REFERENCES `core_team` (`id`),
  CONSTRAINT `core_team_members_user_id_be6629f5_fk_iam_user_id` FOREIGN KEY (`user_id`) REFERENCES `iam_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_team_deputies` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `team_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_team_deputies_team_id_user_id_455b00a4_uniq` (`team_id`, `user_id`),
  CONSTRAINT `core_team_deputies_team_id_f8706f7f_fk_core_team_id` FOREIGN KEY (`team_id`) REFERENCES `core_team` (`id`),
  CONSTRAINT `core_team_deputies_user_id_650a6f27_fk_iam_user_id` FOREIGN KEY (`user_id`) REFERENCES `iam_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tprm_representative` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `email` varchar(254) NOT NULL,
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `phone` varchar(255) NOT NULL,
  `role` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `entity_id` char(36) NOT NULL,
  `user_id` char(36),
  `ref_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tprm_representative_email_key` (`email`),
  CONSTRAINT `tprm_representative_entity_id_18aaa04c_fk_tprm_entity_id` FOREIGN KEY (`entity_id`) REFERENCES `tprm_entity` (`id`),
  CONSTRAINT `tprm_representative_user_id_83fd8304_fk_iam_user_id` FOREIGN KEY (`user_id`) REFERENCES `iam_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_perimeter` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `ref_id` varchar(100),
  `lc_status` varchar(20) NOT NULL,
  `folder_id` char(36) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `core_project_folder_id_f84ed32a_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_assetclass` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `folder_id` char(36) NOT NULL,
  `parent_id` char(36),
  `builtin` tinyint(1) NOT NULL,
  `is_visible` tinyint(1) NOT NULL,
  `translations` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_assetclass_name_parent_id_7b3045e5_uniq` (`name`, `parent_id`),
  CONSTRAINT `core_assetclass_folder_id_791293f0_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `core_assetclass_parent_id_58e2fbbd_fk_core_assetclass_id` FOREIGN KEY (`parent_id`) REFERENCES `core_assetclass` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_asset` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `business_value` varchar(200) NOT NULL,
  `type` varchar(2) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `folder_id` char(36) NOT NULL,
  `disaster_recovery_objectives` json NOT NULL,
  `reference_link` varchar(2048),
  `security_objectives` json NOT NULL,
  `ref_id` varchar(100) NOT NULL,
  `asset_class_id` char(36),
  `observation` longtext,
  `recovery_capabilities` json NOT NULL,
  `security_capabilities` json NOT NULL,
  `dora_criticality_assessment` varchar(50),
  `dora_criticality_justification` longtext,
  `dora_discontinuing_impact` varchar(50),
  `dora_licenced_activity` varchar(50),
  `is_business_function` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `core_asset_asset_class_id_b08ded3d_fk_core_assetclass_id` FOREIGN KEY (`asset_class_id`) REFERENCES `core_assetclass` (`id`),
  CONSTRAINT `core_asset_folder_id_372024ae_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_asset_owner` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `asset_id` char(36) NOT NULL,
  `actor_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_asset_new_owner_asset_id_actor_id_c5af5b4b_uniq` (`asset_id`, `actor_id`),
  CONSTRAINT `core_asset_new_owner_actor_id_fecad15c_fk_core_actor_id` FOREIGN KEY (`actor_id`) REFERENCES `core_actor` (`id`),
  CONSTRAINT `core_asset_new_owner_asset_id_f36f2cc7_fk_core_asset_id` FOREIGN KEY (`asset_id`) REFERENCES `core_asset` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_loadedlibrary` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `urn` varchar(255),
  `ref_id` varchar(100),
  `locale` varchar(100) NOT NULL,
  `default_locale` tinyint(1) NOT NULL,
  `name` varchar(200),
  `description` longtext,
  `annotation` longtext,
  `copyright` varchar(4096),
  `version` int NOT NULL,
  `provider` varchar(200),
  `packager` varchar(100),
  `folder_id` char(36) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `builtin` tinyint(1) NOT NULL,
  `objects_meta` json NOT NULL,
  `translations` json,
  `publication_date` date,
  PRIMARY KEY (`id`),
  CONSTRAINT `core_loadedlibrary_folder_id_a8070526_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_threat` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `urn` varchar(255),
  `ref_id` varchar(100),
  `locale` varchar(100) NOT NULL,
  `default_locale` tinyint(1) NOT NULL,
  `provider` varchar(200),
  `name` varchar(200),
  `description` longtext,
  `annotation` longtext,
  `is_published` tinyint(1) NOT NULL,
  `folder_id` char(36) NOT NULL,
  `library_id` char(36),
  `translations` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_threat_urn_key` (`urn`),
  CONSTRAINT `core_threat_folder_id_7ba22091_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `core_threat_library_id_f738badc_fk_core_loadedlibrary_id` FOREIGN KEY (`library_id`) REFERENCES `core_loadedlibrary` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_framework` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `urn` varchar(255),
  `ref_id` varchar(100),
  `locale` varchar(100) NOT NULL,
  `default_locale` tinyint(1) NOT NULL,
  `provider` varchar(200),
  `name` varchar(200),
  `description` longtext,
  `annotation` longtext,
  `folder_id` char(36) NOT NULL,
  `library_id` char(36),
  `is_published` tinyint(1) NOT NULL,
  `max_score` int NOT NULL,
  `min_score` int NOT NULL,
  `scores_definition` json,
  `implementation_groups_definition` json,
  `translations` json,
  `outcomes_definition` json NOT NULL,
  `field_visibility` json NOT NULL,
  `urn_namespace` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_framework_urn_key` (`urn`),
  CONSTRAINT `core_framework_folder_id_001b6c1d_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `core_framework_library_id_60196fdc_fk_core_loadedlibrary_id` FOREIGN KEY (`library_id`) REFERENCES `core_loadedlibrary` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_riskmatrix` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `urn` varchar(255),
  `ref_id` varchar(100),
  `locale` varchar(100) NOT NULL,
  `default_locale` tinyint(1) NOT NULL,
  `name` varchar(200),
  `description` longtext,
  `annotation` longtext,
  `json_definition` json NOT NULL,
  `is_enabled` tinyint(1) NOT NULL,
  `provider` varchar(200),
  `folder_id` char(36) NOT NULL,
  `library_id` char(36),
  `is_published` tinyint(1) NOT NULL,
  `translations` json,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_riskmatrix_urn_key` (`urn`),
  CONSTRAINT `core_riskmatrix_folder_id_79142f58_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `core_riskmatrix_library_id_ba339581_fk_core_loadedlibrary_id` FOREIGN KEY (`library_id`) REFERENCES `core_loadedlibrary` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_riskassessment` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `version` varchar(100),
  `status` varchar(100),
  `eta` date,
  `due_date` date,
  `perimeter_id` char(36),
  `risk_matrix_id` char(36) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `folder_id` char(36) NOT NULL,
  `observation` longtext,
  `ref_id` varchar(100),
  `ebios_rm_study_id` char(36),
  `risk_tolerance` smallint NOT NULL,
  `is_locked` tinyint(1),
  `auto_sync` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `core_riskassessment_folder_id_a2e70132_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `core_riskassessment_perimeter_id_9cb4e28c_fk_core_perimeter_id` FOREIGN KEY (`perimeter_id`) REFERENCES `core_perimeter` (`id`),
  CONSTRAINT `core_riskassessment_risk_matrix_id_2d5924fe_fk_core_risk` FOREIGN KEY (`risk_matrix_id`) REFERENCES `core_riskmatrix` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_riskassessment_authors` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `riskassessment_id` char(36) NOT NULL,
  `actor_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_riskassessment_new__riskassessment_id_actor__20c14d33_uniq` (`riskassessment_id`, `actor_id`),
  CONSTRAINT `core_riskassessment__actor_id_b3bbd917_fk_core_acto` FOREIGN KEY (`actor_id`) REFERENCES `core_actor` (`id`),
  CONSTRAINT `core_riskassessment__riskassessment_id_21b89c30_fk_core_risk` FOREIGN KEY (`riskassessment_id`) REFERENCES `core_riskassessment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_riskassessment_reviewers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `riskassessment_id` char(36) NOT NULL,
  `actor_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_riskassessment_new__riskassessment_id_actor__590dc3ab_uniq` (`riskassessment_id`, `actor_id`),
  CONSTRAINT `core_riskassessment__actor_id_dd200f6f_fk_core_acto` FOREIGN KEY (`actor_id`) REFERENCES `core_actor` (`id`),
  CONSTRAINT `core_riskassessment__riskassessment_id_0633116c_fk_core_risk` FOREIGN KEY (`riskassessment_id`) REFERENCES `core_riskassessment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_riskscenario` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `existing_controls` longtext NOT NULL,
  `current_proba` smallint NOT NULL,
  `current_impact` smallint NOT NULL,
  `current_level` smallint NOT NULL,
  `residual_proba` smallint NOT NULL,
  `residual_impact` smallint NOT NULL,
  `residual_level` smallint NOT NULL,
  `treatment` varchar(20) NOT NULL,
  `strength_of_knowledge` int NOT NULL,
  `justification` varchar(2000),
  `risk_assessment_id` char(36) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `ref_id` varchar(100) NOT NULL,
  `inherent_impact` smallint NOT NULL,
  `inherent_level` smallint NOT NULL,
  `inherent_proba` smallint NOT NULL,
  `operational_scenario_id` char(36),
  `risk_origin_id` char(36),
  `folder_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `core_riskscenario_folder_id_95744a52_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `core_riskscenario_risk_assessment_id_15130201_fk_core_risk` FOREIGN KEY (`risk_assessment_id`) REFERENCES `core_riskassessment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_riskscenario_owner` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `riskscenario_id` char(36) NOT NULL,
  `actor_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_riskscenario_new_ow_riskscenario_id_actor_id_9fdf0140_uniq` (`riskscenario_id`, `actor_id`),
  CONSTRAINT `core_riskscenario_ne_riskscenario_id_b5d26fc2_fk_core_risk` FOREIGN KEY (`riskscenario_id`) REFERENCES `core_riskscenario` (`id`),
  CONSTRAINT `core_riskscenario_new_owner_actor_id_dd3a10fe_fk_core_actor_id` FOREIGN KEY (`actor_id`) REFERENCES `core_actor` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_riskacceptance` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `state` varchar(20) NOT NULL,
  `expiry_date` date,
  `accepted_at` datetime(6),
  `rejected_at` datetime(6),
  `revoked_at` datetime(6),
  `justification` varchar(500),
  `approver_id` char(36),
  `folder_id` char(36) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `core_riskacceptance_approver_id_b08d1f65_fk_iam_user_id` FOREIGN KEY (`approver_id`) REFERENCES `iam_user` (`id`),
  CONSTRAINT `core_riskacceptance_folder_id_ce1f4bce_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_riskacceptance_risk_scenarios` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `riskacceptance_id` char(36) NOT NULL,
  `riskscenario_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_riskacceptance_risk_riskacceptance_id_risksc_f2e1745c_uniq` (`riskacceptance_id`, `riskscenario_id`),
  CONSTRAINT `core_riskacceptance__riskacceptance_id_6c6243c8_fk_core_risk` FOREIGN KEY (`riskacceptance_id`) REFERENCES `core_riskacceptance` (`id`),
  CONSTRAINT `core_riskacceptance__riskscenario_id_8764726a_fk_core_risk` FOREIGN KEY (`riskscenario_id`) REFERENCES `core_riskscenario` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_referencecontrol` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `urn` varchar(255),
  `ref_id` varchar(100),
  `locale` varchar(100) NOT NULL,
  `default_locale` tinyint(1) NOT NULL,
  `provider` varchar(200),
  `name` varchar(200),
  `description` longtext,
  `annotation` longtext,
  `category` varchar(20),
  `typical_evidence` json,
  `is_published` tinyint(1) NOT NULL,
  `folder_id` char(36) NOT NULL,
  `library_id` char(36),
  `translations` json,
  `csf_function` varchar(20),
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_securityfunction_urn_key` (`urn`),
  CONSTRAINT `core_referencecontro_library_id_1c3426ce_fk_core_load` FOREIGN KEY (`library_id`) REFERENCES `core_loadedlibrary` (`id`),
  CONSTRAINT `core_referencecontrol_folder_id_7ced5605_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_appliedcontrol` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `category` varchar(20),
  `status` varchar(20) NOT NULL,
  `eta` date,
  `expiry_date` date,
  `link` varchar(2048),
  `effort` varchar(2),
  `folder_id` char(36) NOT NULL,
  `reference_control_id` char(36),
  `is_published` tinyint(1) NOT NULL,
  `csf_function` varchar(20),
  `start_date` date,
  `priority` smallint,
  `ref_id` varchar(100),
  `progress_field` int NOT NULL,
  `control_impact` smallint,
  `observation` longtext,
  `cost` json,
  PRIMARY KEY (`id`),
  CONSTRAINT `core_appliedcontrol_folder_id_fe6a4e99_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `core_appliedcontrol_reference_control_id_e6c89552_fk_core_refe` FOREIGN KEY (`reference_control_id`) REFERENCES `core_referencecontrol` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_appliedcontrol_owner` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `appliedcontrol_id` char(36) NOT NULL,
  `actor_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_appliedcontrol_new__appliedcontrol_id_actor__f1940b46_uniq` (`appliedcontrol_id`, `actor_id`),
  CONSTRAINT `core_appliedcontrol__actor_id_e3ae5f6b_fk_core_acto` FOREIGN KEY (`actor_id`) REFERENCES `core_actor` (`id`),
  CONSTRAINT `core_appliedcontrol__appliedcontrol_id_30c211a7_fk_core_appl` FOREIGN KEY (`appliedcontrol_id`) REFERENCES `core_appliedcontrol` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_complianceassessment` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `version` varchar(100),
  `status` varchar(100),
  `eta` date,
  `due_date` date,
  `framework_id` char(36) NOT NULL,
  `perimeter_id` char(36),
  `is_published` tinyint(1) NOT NULL,
  `max_score` int,
  `min_score` int,
  `scores_definition` json,
  `selected_implementation_groups` json,
  `folder_id` char(36) NOT NULL,
  `observation` longtext,
  `ref_id` varchar(100),
  `campaign_id` char(36),
  `is_locked` tinyint(1),
  `score_calculation_method` varchar(100) NOT NULL,
  `auto_sync` tinyint(1) NOT NULL,
  `computed_outcome` json,
  `field_visibility` json NOT NULL,
  `anchor_na_to_target` tinyint(1) NOT NULL,
  `target_score` double,
  PRIMARY KEY (`id`),
  CONSTRAINT `core_complianceasses_framework_id_e5395de5_fk_core_fram` FOREIGN KEY (`framework_id`) REFERENCES `core_framework` (`id`),
  CONSTRAINT `core_complianceasses_perimeter_id_bbb83f65_fk_core_peri` FOREIGN KEY (`perimeter_id`) REFERENCES `core_perimeter` (`id`),
  CONSTRAINT `core_complianceassessment_folder_id_be0a8e4e_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_complianceassessment_authors` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `complianceassessment_id` char(36) NOT NULL,
  `actor_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_complianceassessmen_complianceassessment_id__8938ff07_uniq` (`complianceassessment_id`, `actor_id`),
  CONSTRAINT `core_complianceasses_actor_id_b2acdc14_fk_core_acto` FOREIGN KEY (`actor_id`) REFERENCES `core_actor` (`id`),
  CONSTRAINT `core_complianceasses_complianceassessment_065b45d0_fk_core_comp` FOREIGN KEY (`complianceassessment_id`) REFERENCES `core_complianceassessment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_complianceassessment_reviewers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `complianceassessment_id` char(36) NOT NULL,
  `actor_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_complianceassessmen_complianceassessment_id__b5079520_uniq` (`complianceassessment_id`, `actor_id`),
  CONSTRAINT `core_complianceasses_actor_id_0313510c_fk_core_acto` FOREIGN KEY (`actor_id`) REFERENCES `core_actor` (`id`),
  CONSTRAINT `core_complianceasses_complianceassessment_29f5f097_fk_core_comp` FOREIGN KEY (`complianceassessment_id`) REFERENCES `core_complianceassessment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_requirementnode` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `urn` varchar(255),
  `ref_id` varchar(100),
  `locale` varchar(100) NOT NULL,
  `default_locale` tinyint(1) NOT NULL,
  `provider` varchar(200),
  `name` varchar(200),
  `description` longtext,
  `annotation` longtext,
  `parent_urn` varchar(255),
  `order_id` int,
  `assessable` tinyint(1) NOT NULL,
  `folder_id` char(36) NOT NULL,
  `framework_id` char(36),
  `is_published` tinyint(1) NOT NULL,
  `implementation_groups` json,
  `typical_evidence` longtext,
  `translations` json,
  `importance` varchar(20) NOT NULL,
  `weight` int NOT NULL,
  `display_mode` varchar(20) NOT NULL,
  `visibility_expression` longtext,
  `max_score` int,
  `min_score` int,
  `scores_definition_ref` varchar(100),
  `target_score` double,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_requirementnode_urn_key` (`urn`),
  CONSTRAINT `core_requirementnode_folder_id_48f0ba00_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `core_requirementnode_framework_id_2bffc952_fk_core_framework_id` FOREIGN KEY (`framework_id`) REFERENCES `core_framework` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_requirementassessment` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `status` varchar(100) NOT NULL,
  `observation` longtext,
  `compliance_assessment_id` char(36) NOT NULL,
  `folder_id` char(36) NOT NULL,
  `requirement_id` char(36) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `is_scored` tinyint(1) NOT NULL,
  `score` int,
  `selected` tinyint(1) NOT NULL,
  `due_date` date,
  `eta` date,
  `result` varchar(64) NOT NULL,
  `mapping_inference` json NOT NULL,
  `documentation_score` int,
  `extended_result` varchar(64),
  `respondent_alignment` varchar(32),
  `target_score` double,
  PRIMARY KEY (`id`),
  CONSTRAINT `core_requirementasse_compliance_assessmen_88199604_fk_core_comp` FOREIGN KEY (`compliance_assessment_id`) REFERENCES `core_complianceassessment` (`id`),
  CONSTRAINT `core_requirementasse_requirement_id_4ee7e9b7_fk_core_requ` FOREIGN KEY (`requirement_id`) REFERENCES `core_requirementnode` (`id`),
  CONSTRAINT `core_requirementassessment_folder_id_673aa9fc_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_evidence` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `folder_id` char(36) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `expiry_date` date,
  `status` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `core_evidence_folder_id_3fbba5b0_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_evidence_owner` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `evidence_id` char(36) NOT NULL,
  `actor_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_evidence_new_owner_evidence_id_actor_id_f7e5777c_uniq` (`evidence_id`, `actor_id`),
  CONSTRAINT `core_evidence_new_ow_evidence_id_3f686d27_fk_core_evid` FOREIGN KEY (`evidence_id`) REFERENCES `core_evidence` (`id`),
  CONSTRAINT `core_evidence_new_owner_actor_id_a6a13a3f_fk_core_actor_id` FOREIGN KEY (`actor_id`) REFERENCES `core_actor` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_tasktemplate` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `task_date` date,
  `is_recurrent` tinyint(1) NOT NULL,
  `ref_id` varchar(100),
  `schedule` json,
  `enabled` tinyint(1) NOT NULL,
  `folder_id` char(36) NOT NULL,
  `link` varchar(2048),
  PRIMARY KEY (`id`),
  CONSTRAINT `core_tasktemplate_folder_id_4342139e_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_tasknode` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `due_date` date,
  `status` varchar(50) NOT NULL,
  `observation` longtext,
  `to_delete` tinyint(1) NOT NULL,
  `folder_id` char(36) NOT NULL,
  `task_template_id` char(36),
  `scheduled_date` date,
  PRIMARY KEY (`id`),
  CONSTRAINT `core_tasknode_folder_id_892cd27c_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `core_tasknode_task_template_id_71eac287_fk_core_tasktemplate_id` FOREIGN KEY (`task_template_id`) REFERENCES `core_tasktemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_evidencerevision` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `version` int NOT NULL,
  `attachment` varchar(500),
  `link` varchar(2048),
  `observation` longtext,
  `evidence_id` char(36) NOT NULL,
  `folder_id` char(36) NOT NULL,
  `task_node_id` char(36),
  `attachment_hash` varchar(64),
  PRIMARY KEY (`id`),
  CONSTRAINT `core_evidencerevision_evidence_id_dc0a0d3c_fk_core_evidence_id` FOREIGN KEY (`evidence_id`) REFERENCES `core_evidence` (`id`),
  CONSTRAINT `core_evidencerevision_folder_id_1cdc3be2_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `core_evidencerevision_task_node_id_277bf3b1_fk_core_tasknode_id` FOREIGN KEY (`task_node_id`) REFERENCES `core_tasknode` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_securityexception` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `ref_id` varchar(100),
  `severity` smallint NOT NULL,
  `status` varchar(20) NOT NULL,
  `expiration_date` date,
  `approver_id` char(36),
  `folder_id` char(36) NOT NULL,
  `observation` longtext,
  `link` varchar(2048),
  PRIMARY KEY (`id`),
  CONSTRAINT `core_securityexception_approver_id_0873c541_fk_iam_user_id` FOREIGN KEY (`approver_id`) REFERENCES `iam_user` (`id`),
  CONSTRAINT `core_securityexception_folder_id_2f1ad64a_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_securityexception_owners` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `securityexception_id` char(36) NOT NULL,
  `actor_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_securityexception_n_securityexception_id_act_81302a58_uniq` (`securityexception_id`, `actor_id`),
  CONSTRAINT `core_securityexcepti_actor_id_d3e335bf_fk_core_acto` FOREIGN KEY (`actor_id`) REFERENCES `core_actor` (`id`),
  CONSTRAINT `core_securityexcepti_securityexception_id_d6076580_fk_core_secu` FOREIGN KEY (`securityexception_id`) REFERENCES `core_securityexception` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_incident` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `ref_id` varchar(100) NOT NULL,
  `status` varchar(20) NOT NULL,
  `severity` smallint NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `folder_id` char(36) NOT NULL,
  `detection` varchar(30),
  `reported_at` datetime(6),
  `link` varchar(2048),
  `is_bcp_activated` tinyint(1),
  `occurred_at` datetime(6),
  `resolution` longtext,
  `resolved_at` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `core_incident_folder_id_9add31a1_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_incident_owners` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `incident_id` char(36) NOT NULL,
  `actor_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_incident_new_owners_incident_id_actor_id_985c8721_uniq` (`incident_id`, `actor_id`),
  CONSTRAINT `core_incident_new_ow_incident_id_fdc96a6c_fk_core_inci` FOREIGN KEY (`incident_id`) REFERENCES `core_incident` (`id`),
  CONSTRAINT `core_incident_new_owners_actor_id_a11e9ae9_fk_core_actor_id` FOREIGN KEY (`actor_id`) REFERENCES `core_actor` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_timelineentry` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `entry` varchar(200) NOT NULL,
  `entry_type` varchar(20) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `observation` longtext,
  `is_published` tinyint(1) NOT NULL,
  `folder_id` char(36) NOT NULL,
  `incident_id` char(36) NOT NULL,
  `author_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `core_timelineentry_author_id_4e0d9989_fk_core_actor_id` FOREIGN KEY (`author_id`) REFERENCES `core_actor` (`id`),
  CONSTRAINT `core_timelineentry_folder_id_c06dc414_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `core_timelineentry_incident_id_e112f2cc_fk_core_incident_id` FOREIGN KEY (`incident_id`) REFERENCES `core_incident` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_comment` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `body` longtext NOT NULL,
  `is_tainted` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `applied_control_id` char(36),
  `author_id` char(36),
  `finding_id` char(36),
  `folder_id` char(36) NOT NULL,
  `requirement_assessment_id` char(36),
  `risk_scenario_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `core_comment_applied_control_id_f6b40c0e_fk_core_appl` FOREIGN KEY (`applied_control_id`) REFERENCES `core_appliedcontrol` (`id`),
  CONSTRAINT `core_comment_author_id_f7066c5e_fk_iam_user_id` FOREIGN KEY (`author_id`) REFERENCES `iam_user` (`id`),
  CONSTRAINT `core_comment_folder_id_4298b670_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `core_comment_requirement_assessme_58c3c096_fk_core_requ` FOREIGN KEY (`requirement_assessment_id`) REFERENCES `core_requirementassessment` (`id`),
  CONSTRAINT `core_comment_risk_scenario_id_dc1aa34b_fk_core_riskscenario_id` FOREIGN KEY (`risk_scenario_id`) REFERENCES `core_riskscenario` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_tasktemplate_assigned_to` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tasktemplate_id` char(36) NOT NULL,
  `actor_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_tasktemplate_new_as_tasktemplate_id_actor_id_31390e7a_uniq` (`tasktemplate_id`, `actor_id`),
  CONSTRAINT `core_tasktemplate_ne_actor_id_ba40e971_fk_core_acto` FOREIGN KEY (`actor_id`) REFERENCES `core_actor` (`id`),
  CONSTRAINT `core_tasktemplate_ne_tasktemplate_id_5ee8dffe_fk_core_task` FOREIGN KEY (`tasktemplate_id`) REFERENCES `core_tasktemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_validationflow` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `request_notes` longtext,
  `ref_id` varchar(100),
  `status` varchar(20) NOT NULL,
  `validation_deadline` date,
  `approver_id` char(36),
  `folder_id` char(36) NOT NULL,
  `requester_id` char(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_validationflow_ref_id_key` (`ref_id`),
  CONSTRAINT `core_validationflow_approver_id_c8c5f97d_fk_iam_user_id` FOREIGN KEY (`approver_id`) REFERENCES `iam_user` (`id`),
  CONSTRAINT `core_validationflow_folder_id_216fdd69_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `core_validationflow_requester_id_11117d21_fk_iam_user_id` FOREIGN KEY (`requester_id`) REFERENCES `iam_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `core_flowevent` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `event_type` varchar(50) NOT NULL,
  `event_notes` longtext,
  `is_tainted` tinyint(1) NOT NULL,
  `event_actor_id` char(36),
  `folder_id` char(36) NOT NULL,
  `validation_flow_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `core_flowevent_event_actor_id_8a99bbf6_fk_iam_user_id` FOREIGN KEY (`event_actor_id`) REFERENCES `iam_user` (`id`),
  CONSTRAINT `core_flowevent_folder_id_d3d81fa3_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `core_flowevent_validation_flow_id_e8d043bb_fk_core_vali` FOREIGN KEY (`validation_flow_id`) REFERENCES `core_validationflow` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tprm_entityassessment` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `eta` date,
  `due_date` date,
  `version` varchar(100),
  `status` varchar(100),
  `observation` longtext,
  `criticality` int NOT NULL,
  `penetration` int NOT NULL,
  `dependency` int NOT NULL,
  `maturity` int NOT NULL,
  `trust` int NOT NULL,
  `conclusion` varchar(14),
  `compliance_assessment_id` char(36),
  `entity_id` char(36) NOT NULL,
  `evidence_id` char(36),
  `folder_id` char(36) NOT NULL,
  `perimeter_id` char(36),
  `is_locked` tinyint(1),
  `reference_link` varchar(2048),
  PRIMARY KEY (`id`),
  CONSTRAINT `tprm_entityassessmen_compliance_assessmen_9787dfb4_fk_core_comp` FOREIGN KEY (`compliance_assessment_id`) REFERENCES `core_complianceassessment` (`id`),
  CONSTRAINT `tprm_entityassessmen_perimeter_id_b32071fd_fk_core_peri` FOREIGN KEY (`perimeter_id`) REFERENCES `core_perimeter` (`id`),
  CONSTRAINT `tprm_entityassessment_entity_id_2db15767_fk_tprm_entity_id` FOREIGN KEY (`entity_id`) REFERENCES `tprm_entity` (`id`),
  CONSTRAINT `tprm_entityassessment_evidence_id_c7ad403b_fk_core_evidence_id` FOREIGN KEY (`evidence_id`) REFERENCES `core_evidence` (`id`),
  CONSTRAINT `tprm_entityassessment_folder_id_02d56a62_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tprm_entityassessment_representatives` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `entityassessment_id` char(36) NOT NULL,
  `user_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tprm_entityassessment_re_entityassessment_id_user_a0732c39_uniq` (`entityassessment_id`, `user_id`),
  CONSTRAINT `tprm_entityassessmen_entityassessment_id_1eaf4297_fk_tprm_enti` FOREIGN KEY (`entityassessment_id`) REFERENCES `tprm_entityassessment` (`id`),
  CONSTRAINT `tprm_entityassessmen_user_id_2251bb08_fk_iam_user_` FOREIGN KEY (`user_id`) REFERENCES `iam_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tprm_contract` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `status` varchar(20) NOT NULL,
  `start_date` date,
  `end_date` date,
  `ref_id` varchar(255) NOT NULL,
  `dora_contractual_arrangement` varchar(20) NOT NULL,
  `currency` varchar(3) NOT NULL,
  `annual_expense` double,
  `termination_reason` varchar(20) NOT NULL,
  `is_intragroup` tinyint(1) NOT NULL,
  `governing_law_country` varchar(3) NOT NULL,
  `notice_period_entity` int,
  `notice_period_provider` int,
  `beneficiary_entity_id` char(36),
  `folder_id` char(36) NOT NULL,
  `overarching_contract_id` char(36),
  `provider_entity_id` char(36),
  `dora_exclude` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tprm_contract_beneficiary_entity_id_879cc644_fk_tprm_entity_id` FOREIGN KEY (`beneficiary_entity_id`) REFERENCES `tprm_entity` (`id`),
  CONSTRAINT `tprm_contract_folder_id_bb25df8c_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `tprm_contract_overarching_contract_1638a567_fk_tprm_cont` FOREIGN KEY (`overarching_contract_id`) REFERENCES `tprm_contract` (`id`),
  CONSTRAINT `tprm_contract_provider_entity_id_c5253916_fk_tprm_entity_id` FOREIGN KEY (`provider_entity_id`) REFERENCES `tprm_entity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacy_processing` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `ref_id` varchar(100) NOT NULL,
  `status` varchar(20) NOT NULL,
  `information_channel` varchar(255) NOT NULL,
  `usage_channel` varchar(255) NOT NULL,
  `dpia_required` tinyint(1) NOT NULL,
  `dpia_reference` varchar(255) NOT NULL,
  `has_sensitive_personal_data` tinyint(1) NOT NULL,
  `folder_id` char(36) NOT NULL,
  `author_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `privacy_processing_author_id_17367f39_fk_core_actor_id` FOREIGN KEY (`author_id`) REFERENCES `core_actor` (`id`),
  CONSTRAINT `privacy_processing_folder_id_e198b54e_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacy_rightrequest` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `ref_id` varchar(100) NOT NULL,
  `requested_on` date NOT NULL,
  `due_date` date,
  `request_type` varchar(30) NOT NULL,
  `status` varchar(20) NOT NULL,
  `observation` longtext NOT NULL,
  `folder_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `privacy_rightrequest_folder_id_b992c4f4_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacy_rightrequest_owner` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rightrequest_id` char(36) NOT NULL,
  `actor_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `privacy_rightrequest_new_rightrequest_id_actor_id_895e100d_uniq` (`rightrequest_id`, `actor_id`),
  CONSTRAINT `privacy_rightrequest_actor_id_a18a935f_fk_core_acto` FOREIGN KEY (`actor_id`) REFERENCES `core_actor` (`id`),
  CONSTRAINT `privacy_rightrequest_rightrequest_id_494159a4_fk_privacy_r` FOREIGN KEY (`rightrequest_id`) REFERENCES `privacy_rightrequest` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `privacy_databreach` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `name` varchar(200) NOT NULL,
  `description` longtext,
  `ref_id` varchar(100) NOT NULL,
  `discovered_on` datetime(6) NOT NULL,
  `breach_type` varchar(50) NOT NULL,
  `risk_level` varchar(30) NOT NULL,
  `status` varchar(50) NOT NULL,
  `affected_subjects_count` int NOT NULL,
  `affected_personal_data_count` int NOT NULL,
  `authority_notified_on` datetime(6),
  `authority_notification_ref` varchar(255) NOT NULL,
  `subjects_notified_on` datetime(6),
  `potential_consequences` longtext NOT NULL,
  `reference_link` varchar(2048),
  `observation` longtext NOT NULL,
  `folder_id` char(36) NOT NULL,
  `incident_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `privacy_databreach_folder_id_8cc40831_fk_iam_folder_id` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `privacy_databreach_incident_id_e331e236_fk_core_incident_id` FOREIGN KEY (`incident_id`) REFERENCES `core_incident` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resilience_doraincidentreport` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_published` tinyint(1) NOT NULL,
  `incident_submission` varchar(60) NOT NULL,
  `report_currency` varchar(3) NOT NULL,
  `primary_contact_name` varchar(255) NOT NULL,
  `primary_contact_email` varchar(254) NOT NULL,
  `primary_contact_phone` varchar(255) NOT NULL,
  `secondary_contact_name` varchar(255) NOT NULL,
  `secondary_contact_email` varchar(254) NOT NULL,
  `secondary_contact_phone` varchar(255) NOT NULL,
  `financial_entity_code` varchar(255) NOT NULL,
  `detection_date_time` datetime(6),
  `classification_date_time` datetime(6),
  `incident_description` longtext NOT NULL,
  `other_information` longtext NOT NULL,
  `incident_duration` varchar(20) NOT NULL,
  `originates_from_third_party_provider` longtext NOT NULL,
  `incident_discovery` varchar(60) NOT NULL,
  `competent_authority_code` varchar(255) NOT NULL,
  `classification_types` json NOT NULL,
  `incident_type` json NOT NULL,
  `root_cause_hl_classification` json NOT NULL,
  `root_causes_detailed_classification` json NOT NULL,
  `root_causes_additional_classification` json NOT NULL,
  `root_causes_other` longtext NOT NULL,
  `root_causes_information` longtext NOT NULL,
  `root_cause_addressing_date_time` datetime(6),
  `incident_resolution_vs_planned` longtext NOT NULL,
  `assessment_of_risk_to_critical_functions` longtext NOT NULL,
  `information_relevant_to_resolution_authorities` longtext NOT NULL,
  `financial_recoveries_amount` decimal(19,2),
  `gross_amount_indirect_direct_costs` decimal(19,2),
  `recurring_non_major_incidents_description` longtext NOT NULL,
  `recurring_incident_date` datetime(6),
  `impact_assessment` json NOT NULL,
  `reporting_to_other_authorities` json NOT NULL,
  `reporting_to_other_authorities_other` longtext NOT NULL,
  `info_duration_service_downtime_actual_or_estimate` varchar(50) NOT NULL,
  `is_submitted` tinyint(1) NOT NULL,
  `submitted_at` datetime(6),
  `folder_id` char(36) NOT NULL,
  `incident_id` char(36) NOT NULL,
  `submitting_entity_id` char(36),
  `ultimate_parent_entity_id` char(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `resilience_doraincid_folder_id_81fb6852_fk_iam_folde` FOREIGN KEY (`folder_id`) REFERENCES `iam_folder` (`id`),
  CONSTRAINT `resilience_doraincid_incident_id_be3ab3b4_fk_core_inci` FOREIGN KEY (`incident_id`) REFERENCES `core_incident` (`id`),
  CONSTRAINT `resilience_doraincid_submitting_entity_id_3685ea92_fk_tprm_enti` FOREIGN KEY (`submitting_entity_id`) REFERENCES `tprm_entity` (`id`),
  CONSTRAINT `resilience_doraincid_ultimate_parent_enti_64c37d08_fk_tprm_enti` FOREIGN KEY (`ultimate_parent_entity_id`) REFERENCES `tprm_entity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

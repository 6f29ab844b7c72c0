-- DefectDojo 2.58.4 (OWASP DefectDojo; Django), trimmed to 69 tables.
-- Upstream: github.com/DefectDojo/django-DefectDojo, commit 5b1d60e8d59b3fd8df638e7dcdfa279a5cb815af
-- (merge of release/2.58.4, the last release before the RBAC models left the open-source tree), BSD-3-Clause.
-- Made by loading upstream's Django models (dojo/*, with the third-party apps of dojo/settings/settings.dist.py)
-- and creating every model's table with Django 5.2's MySQL schema editor in a scratch MariaDB database, then
-- SHOW CREATE TABLE of the kept tables. Two partial indexes, one expression index and a conditional check
-- constraint (PostgreSQL-only) are left out.
-- Foreign keys are kept between kept tables only; tables are in dependency order.

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
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
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_user_id_c564eba6_fk_auth_user_id` (`user_id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `social_auth_usersocialauth` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `provider` varchar(32) NOT NULL,
  `id_key` varchar(255) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `extra_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_data`)),
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_auth_usersocialauth_provider_uid_e6b5e668_uniq` (`provider`,`uid`),
  KEY `social_auth_usersocialauth_user_id_17d28448_fk_auth_user_id` (`user_id`),
  KEY `social_auth_usersocialauth_uid_796e51dc` (`uid`),
  CONSTRAINT `social_auth_usersocialauth_user_id_17d28448_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `single_session_usersession` (
  `session_id` varchar(40) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`session_id`),
  KEY `single_session_usersession_user_id_934d203c_fk_auth_user_id` (`user_id`),
  CONSTRAINT `single_session_users_session_id_916243fd_fk_django_se` FOREIGN KEY (`session_id`) REFERENCES `django_session` (`session_key`),
  CONSTRAINT `single_session_usersession_user_id_934d203c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_usercontactinfo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `title` varchar(150) DEFAULT NULL,
  `phone_number` varchar(15) NOT NULL,
  `cell_number` varchar(15) NOT NULL,
  `twitter_username` varchar(150) DEFAULT NULL,
  `github_username` varchar(150) DEFAULT NULL,
  `slack_username` varchar(150) DEFAULT NULL,
  `slack_user_id` varchar(25) DEFAULT NULL,
  `block_execution` tinyint(1) NOT NULL,
  `force_password_reset` tinyint(1) NOT NULL,
  `token_last_reset` datetime(6) DEFAULT NULL,
  `password_last_reset` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `dojo_usercontactinfo_user_id_de596942_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_contact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `email` varchar(254) NOT NULL,
  `team` varchar(100) NOT NULL,
  `is_admin` tinyint(1) NOT NULL,
  `is_globally_read_only` tinyint(1) NOT NULL,
  `updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_dojo_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` varchar(4000) DEFAULT NULL,
  `auth_group_id` int(11) DEFAULT NULL,
  `social_provider` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `dojo_dojo_group_auth_group_id_d8d5f8b0_fk_auth_group_id` (`auth_group_id`),
  CONSTRAINT `dojo_dojo_group_auth_group_id_d8d5f8b0_fk_auth_group_id` FOREIGN KEY (`auth_group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `is_owner` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_dojo_group_member` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_dojo_group_member_group_id_75cf0659_fk_dojo_dojo_group_id` (`group_id`),
  KEY `dojo_dojo_group_member_user_id_135475e3_fk_auth_user_id` (`user_id`),
  KEY `dojo_dojo_group_member_role_id_34fc2c82_fk_dojo_role_id` (`role_id`),
  CONSTRAINT `dojo_dojo_group_member_group_id_75cf0659_fk_dojo_dojo_group_id` FOREIGN KEY (`group_id`) REFERENCES `dojo_dojo_group` (`id`),
  CONSTRAINT `dojo_dojo_group_member_role_id_34fc2c82_fk_dojo_role_id` FOREIGN KEY (`role_id`) REFERENCES `dojo_role` (`id`),
  CONSTRAINT `dojo_dojo_group_member_user_id_135475e3_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_global_role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `group_id` int(11) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  UNIQUE KEY `group_id` (`group_id`),
  KEY `dojo_global_role_role_id_6a06947a_fk_dojo_role_id` (`role_id`),
  CONSTRAINT `dojo_global_role_group_id_9b17504b_fk_dojo_dojo_group_id` FOREIGN KEY (`group_id`) REFERENCES `dojo_dojo_group` (`id`),
  CONSTRAINT `dojo_global_role_role_id_6a06947a_fk_dojo_role_id` FOREIGN KEY (`role_id`) REFERENCES `dojo_role` (`id`),
  CONSTRAINT `dojo_global_role_user_id_e9e0fa75_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_product_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(4000) DEFAULT NULL,
  `critical_product` tinyint(1) NOT NULL,
  `key_product` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_product_type_member` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `product_type_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_product_type_me_product_type_id_13556620_fk_dojo_prod` (`product_type_id`),
  KEY `dojo_product_type_member_user_id_08509830_fk_auth_user_id` (`user_id`),
  KEY `dojo_product_type_member_role_id_be01ac7a_fk_dojo_role_id` (`role_id`),
  CONSTRAINT `dojo_product_type_me_product_type_id_13556620_fk_dojo_prod` FOREIGN KEY (`product_type_id`) REFERENCES `dojo_product_type` (`id`),
  CONSTRAINT `dojo_product_type_member_role_id_be01ac7a_fk_dojo_role_id` FOREIGN KEY (`role_id`) REFERENCES `dojo_role` (`id`),
  CONSTRAINT `dojo_product_type_member_user_id_08509830_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_product_type_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `product_type_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_product_type_gr_product_type_id_1b254dbb_fk_dojo_prod` (`product_type_id`),
  KEY `dojo_product_type_group_group_id_085f4284_fk_dojo_dojo_group_id` (`group_id`),
  KEY `dojo_product_type_group_role_id_357b8a04_fk_dojo_role_id` (`role_id`),
  CONSTRAINT `dojo_product_type_gr_product_type_id_1b254dbb_fk_dojo_prod` FOREIGN KEY (`product_type_id`) REFERENCES `dojo_product_type` (`id`),
  CONSTRAINT `dojo_product_type_group_group_id_085f4284_fk_dojo_dojo_group_id` FOREIGN KEY (`group_id`) REFERENCES `dojo_dojo_group` (`id`),
  CONSTRAINT `dojo_product_type_group_role_id_357b8a04_fk_dojo_role_id` FOREIGN KEY (`role_id`) REFERENCES `dojo_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_sla_configuration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `description` varchar(512) DEFAULT NULL,
  `critical` int(11) NOT NULL,
  `enforce_critical` tinyint(1) NOT NULL,
  `high` int(11) NOT NULL,
  `enforce_high` tinyint(1) NOT NULL,
  `medium` int(11) NOT NULL,
  `enforce_medium` tinyint(1) NOT NULL,
  `low` int(11) NOT NULL,
  `enforce_low` tinyint(1) NOT NULL,
  `restart_sla_on_reactivation` tinyint(1) NOT NULL,
  `async_updating` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_product` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `description` varchar(4000) NOT NULL,
  `product_manager_id` int(11) DEFAULT NULL,
  `technical_contact_id` int(11) DEFAULT NULL,
  `team_manager_id` int(11) DEFAULT NULL,
  `prod_type_id` int(11) NOT NULL,
  `sla_configuration_id` int(11) NOT NULL,
  `tid` int(11) NOT NULL,
  `prod_numeric_grade` int(11) DEFAULT NULL,
  `business_criticality` varchar(9) DEFAULT NULL,
  `platform` varchar(11) DEFAULT NULL,
  `lifecycle` varchar(12) DEFAULT NULL,
  `origin` varchar(19) DEFAULT NULL,
  `user_records` int(10) unsigned DEFAULT NULL CHECK (`user_records` >= 0),
  `revenue` decimal(15,2) DEFAULT NULL,
  `external_audience` tinyint(1) NOT NULL,
  `internet_accessible` tinyint(1) NOT NULL,
  `enable_product_tag_inheritance` tinyint(1) NOT NULL,
  `enable_simple_risk_acceptance` tinyint(1) NOT NULL,
  `enable_full_risk_acceptance` tinyint(1) NOT NULL,
  `disable_sla_breach_notifications` tinyint(1) NOT NULL,
  `async_updating` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `dojo_product_product_manager_id_c901fc76_fk_auth_user_id` (`product_manager_id`),
  KEY `dojo_product_technical_contact_id_b85df8dd_fk_auth_user_id` (`technical_contact_id`),
  KEY `dojo_product_team_manager_id_bc210ec1_fk_auth_user_id` (`team_manager_id`),
  KEY `dojo_product_prod_type_id_a20da098_fk_dojo_product_type_id` (`prod_type_id`),
  KEY `dojo_product_sla_configuration_id_05c25ab1_fk_dojo_sla_` (`sla_configuration_id`),
  CONSTRAINT `dojo_product_prod_type_id_a20da098_fk_dojo_product_type_id` FOREIGN KEY (`prod_type_id`) REFERENCES `dojo_product_type` (`id`),
  CONSTRAINT `dojo_product_product_manager_id_c901fc76_fk_auth_user_id` FOREIGN KEY (`product_manager_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dojo_product_sla_configuration_id_05c25ab1_fk_dojo_sla_` FOREIGN KEY (`sla_configuration_id`) REFERENCES `dojo_sla_configuration` (`id`),
  CONSTRAINT `dojo_product_team_manager_id_bc210ec1_fk_auth_user_id` FOREIGN KEY (`team_manager_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dojo_product_technical_contact_id_b85df8dd_fk_auth_user_id` FOREIGN KEY (`technical_contact_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_product_member` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `product_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_product_member_product_id_69b9569c_fk_dojo_product_id` (`product_id`),
  KEY `dojo_product_member_user_id_62cb91ba_fk_auth_user_id` (`user_id`),
  KEY `dojo_product_member_role_id_6005512c_fk_dojo_role_id` (`role_id`),
  CONSTRAINT `dojo_product_member_product_id_69b9569c_fk_dojo_product_id` FOREIGN KEY (`product_id`) REFERENCES `dojo_product` (`id`),
  CONSTRAINT `dojo_product_member_role_id_6005512c_fk_dojo_role_id` FOREIGN KEY (`role_id`) REFERENCES `dojo_role` (`id`),
  CONSTRAINT `dojo_product_member_user_id_62cb91ba_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_product_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `product_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_product_group_product_id_d912c63c_fk_dojo_product_id` (`product_id`),
  KEY `dojo_product_group_group_id_a36c8613_fk_dojo_dojo_group_id` (`group_id`),
  KEY `dojo_product_group_role_id_4e4caa48_fk_dojo_role_id` (`role_id`),
  CONSTRAINT `dojo_product_group_group_id_a36c8613_fk_dojo_dojo_group_id` FOREIGN KEY (`group_id`) REFERENCES `dojo_dojo_group` (`id`),
  CONSTRAINT `dojo_product_group_product_id_d912c63c_fk_dojo_product_id` FOREIGN KEY (`product_id`) REFERENCES `dojo_product` (`id`),
  CONSTRAINT `dojo_product_group_role_id_4e4caa48_fk_dojo_role_id` FOREIGN KEY (`role_id`) REFERENCES `dojo_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_development_environment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_report_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_tool_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `description` varchar(2000) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_tool_configuration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `description` varchar(2000) DEFAULT NULL,
  `url` varchar(2000) DEFAULT NULL,
  `tool_type_id` int(11) NOT NULL,
  `authentication_type` varchar(15) DEFAULT NULL,
  `extras` varchar(255) DEFAULT NULL,
  `username` varchar(200) DEFAULT NULL,
  `password` varchar(600) DEFAULT NULL,
  `auth_title` varchar(200) DEFAULT NULL,
  `ssh` varchar(6000) DEFAULT NULL,
  `api_key` varchar(600) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_tool_configurat_tool_type_id_9b38ecad_fk_dojo_tool` (`tool_type_id`),
  CONSTRAINT `dojo_tool_configurat_tool_type_id_9b38ecad_fk_dojo_tool` FOREIGN KEY (`tool_type_id`) REFERENCES `dojo_tool_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_engagement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `name` varchar(300) DEFAULT NULL,
  `description` varchar(2000) DEFAULT NULL,
  `version` varchar(100) DEFAULT NULL,
  `first_contacted` date DEFAULT NULL,
  `target_start` date NOT NULL,
  `target_end` date NOT NULL,
  `lead_id` int(11) DEFAULT NULL,
  `requester_id` int(11) DEFAULT NULL,
  `preset_id` int(11) DEFAULT NULL,
  `reason` varchar(2000) DEFAULT NULL,
  `report_type_id` int(11) DEFAULT NULL,
  `product_id` int(11) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `tracker` varchar(200) DEFAULT NULL,
  `test_strategy` varchar(200) DEFAULT NULL,
  `threat_model` tinyint(1) NOT NULL,
  `api_test` tinyint(1) NOT NULL,
  `pen_test` tinyint(1) NOT NULL,
  `check_list` tinyint(1) NOT NULL,
  `status` varchar(2000) DEFAULT NULL,
  `progress` varchar(100) NOT NULL,
  `tmodel_path` varchar(1000) DEFAULT NULL,
  `done_testing` tinyint(1) NOT NULL,
  `engagement_type` varchar(30) DEFAULT NULL,
  `build_id` varchar(150) DEFAULT NULL,
  `commit_hash` varchar(150) DEFAULT NULL,
  `branch_tag` varchar(150) DEFAULT NULL,
  `build_server_id` int(11) DEFAULT NULL,
  `source_code_management_server_id` int(11) DEFAULT NULL,
  `source_code_management_uri` varchar(600) DEFAULT NULL,
  `orchestration_engine_id` int(11) DEFAULT NULL,
  `deduplication_on_engagement` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_engagement_lead_id_9e4157e6_fk_auth_user_id` (`lead_id`),
  KEY `dojo_engagement_requester_id_10b1f365_fk_dojo_contact_id` (`requester_id`),
  KEY `dojo_engagement_preset_id_23b34ce6_fk_dojo_engagement_presets_id` (`preset_id`),
  KEY `dojo_engagement_report_type_id_7d9d1533_fk_dojo_report_type_id` (`report_type_id`),
  KEY `dojo_engagement_build_server_id_853213a1_fk_dojo_tool` (`build_server_id`),
  KEY `dojo_engagement_source_code_manageme_6b0edb25_fk_dojo_tool` (`source_code_management_server_id`),
  KEY `dojo_engagement_orchestration_engine_a6819398_fk_dojo_tool` (`orchestration_engine_id`),
  KEY `dojo_engage_product_16b039_idx` (`product_id`,`active`),
  CONSTRAINT `dojo_engagement_build_server_id_853213a1_fk_dojo_tool` FOREIGN KEY (`build_server_id`) REFERENCES `dojo_tool_configuration` (`id`),
  CONSTRAINT `dojo_engagement_lead_id_9e4157e6_fk_auth_user_id` FOREIGN KEY (`lead_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dojo_engagement_orchestration_engine_a6819398_fk_dojo_tool` FOREIGN KEY (`orchestration_engine_id`) REFERENCES `dojo_tool_configuration` (`id`),
  CONSTRAINT `dojo_engagement_product_id_c46b1b11_fk_dojo_product_id` FOREIGN KEY (`product_id`) REFERENCES `dojo_product` (`id`),
  CONSTRAINT `dojo_engagement_report_type_id_7d9d1533_fk_dojo_report_type_id` FOREIGN KEY (`report_type_id`) REFERENCES `dojo_report_type` (`id`),
  CONSTRAINT `dojo_engagement_requester_id_10b1f365_fk_dojo_contact_id` FOREIGN KEY (`requester_id`) REFERENCES `dojo_contact` (`id`),
  CONSTRAINT `dojo_engagement_source_code_manageme_6b0edb25_fk_dojo_tool` FOREIGN KEY (`source_code_management_server_id`) REFERENCES `dojo_tool_configuration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_check_list` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `session_management` varchar(50) NOT NULL,
  `encryption_crypto` varchar(50) NOT NULL,
  `configuration_management` varchar(50) NOT NULL,
  `authentication` varchar(50) NOT NULL,
  `authorization_and_access_control` varchar(50) NOT NULL,
  `data_input_sanitization_validation` varchar(50) NOT NULL,
  `sensitive_data` varchar(50) NOT NULL,
  `other` varchar(50) NOT NULL,
  `engagement_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_check_list_engagement_id_b355442d_fk_dojo_engagement_id` (`engagement_id`),
  CONSTRAINT `dojo_check_list_engagement_id_b355442d_fk_dojo_engagement_id` FOREIGN KEY (`engagement_id`) REFERENCES `dojo_engagement` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_test_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `static_tool` tinyint(1) NOT NULL,
  `dynamic_tool` tinyint(1) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `dynamically_generated` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_test` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `engagement_id` int(11) NOT NULL,
  `lead_id` int(11) DEFAULT NULL,
  `test_type_id` int(11) NOT NULL,
  `scan_type` longtext DEFAULT NULL,
  `title` varchar(255) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `target_start` datetime(6) NOT NULL,
  `target_end` datetime(6) NOT NULL,
  `percent_complete` int(11) DEFAULT NULL,
  `environment_id` int(11) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `created` datetime(6) DEFAULT NULL,
  `version` varchar(100) DEFAULT NULL,
  `build_id` varchar(150) DEFAULT NULL,
  `commit_hash` varchar(150) DEFAULT NULL,
  `branch_tag` varchar(150) DEFAULT NULL,
  `api_scan_configuration_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_test_lead_id_6b38617c_fk_auth_user_id` (`lead_id`),
  KEY `dojo_test_test_type_id_d0f5d576_fk_dojo_test_type_id` (`test_type_id`),
  KEY `dojo_test_environment_id_619c73f4_fk_dojo_deve` (`environment_id`),
  KEY `dojo_test_api_scan_configurati_4d6ccb07_fk_dojo_prod` (`api_scan_configuration_id`),
  KEY `dojo_test_engagem_bb6b41_idx` (`engagement_id`,`test_type_id`),
  CONSTRAINT `dojo_test_engagement_id_46ff752d_fk_dojo_engagement_id` FOREIGN KEY (`engagement_id`) REFERENCES `dojo_engagement` (`id`),
  CONSTRAINT `dojo_test_environment_id_619c73f4_fk_dojo_deve` FOREIGN KEY (`environment_id`) REFERENCES `dojo_development_environment` (`id`),
  CONSTRAINT `dojo_test_lead_id_6b38617c_fk_auth_user_id` FOREIGN KEY (`lead_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dojo_test_test_type_id_d0f5d576_fk_dojo_test_type_id` FOREIGN KEY (`test_type_id`) REFERENCES `dojo_test_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_test_import` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `test_id` int(11) NOT NULL,
  `import_settings` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`import_settings`)),
  `type` varchar(64) NOT NULL,
  `version` varchar(100) DEFAULT NULL,
  `build_id` varchar(150) DEFAULT NULL,
  `commit_hash` varchar(150) DEFAULT NULL,
  `branch_tag` varchar(150) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_test_import_test_id_e8dc3f37_fk_dojo_test_id` (`test_id`),
  KEY `dojo_test_i_created_951f4e_idx` (`created`,`test_id`,`type`),
  CONSTRAINT `dojo_test_import_test_id_e8dc3f37_fk_dojo_test_id` FOREIGN KEY (`test_id`) REFERENCES `dojo_test` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_finding` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) DEFAULT NULL,
  `updated` datetime(6) DEFAULT NULL,
  `title` varchar(511) NOT NULL,
  `date` date NOT NULL,
  `sla_start_date` date DEFAULT NULL,
  `sla_expiration_date` date DEFAULT NULL,
  `cwe` int(11) DEFAULT NULL,
  `cve` varchar(50) DEFAULT NULL,
  `epss_score` double DEFAULT NULL,
  `epss_percentile` double DEFAULT NULL,
  `known_exploited` tinyint(1) NOT NULL,
  `ransomware_used` tinyint(1) NOT NULL,
  `kev_date` date DEFAULT NULL,
  `cvssv3` longtext DEFAULT NULL,
  `cvssv3_score` double DEFAULT NULL,
  `cvssv4` longtext DEFAULT NULL,
  `cvssv4_score` double DEFAULT NULL,
  `url` longtext DEFAULT NULL,
  `severity` varchar(200) NOT NULL,
  `description` longtext NOT NULL,
  `mitigation` longtext DEFAULT NULL,
  `fix_available` tinyint(1) DEFAULT NULL,
  `fix_version` varchar(100) DEFAULT NULL,
  `impact` longtext DEFAULT NULL,
  `steps_to_reproduce` longtext DEFAULT NULL,
  `severity_justification` longtext DEFAULT NULL,
  `refs` longtext DEFAULT NULL,
  `test_id` int(11) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `false_p` tinyint(1) NOT NULL,
  `duplicate` tinyint(1) NOT NULL,
  `duplicate_finding_id` int(11) DEFAULT NULL,
  `out_of_scope` tinyint(1) NOT NULL,
  `risk_accepted` tinyint(1) NOT NULL,
  `under_review` tinyint(1) NOT NULL,
  `last_status_update` datetime(6) DEFAULT NULL,
  `review_requested_by_id` int(11) DEFAULT NULL,
  `under_defect_review` tinyint(1) NOT NULL,
  `defect_review_requested_by_id` int(11) DEFAULT NULL,
  `is_mitigated` tinyint(1) NOT NULL,
  `thread_id` int(11) NOT NULL,
  `mitigated` datetime(6) DEFAULT NULL,
  `mitigated_by_id` int(11) DEFAULT NULL,
  `reporter_id` int(11) NOT NULL,
  `numerical_severity` varchar(4) NOT NULL,
  `last_reviewed` datetime(6) DEFAULT NULL,
  `last_reviewed_by_id` int(11) DEFAULT NULL,
  `param` longtext DEFAULT NULL,
  `payload` longtext DEFAULT NULL,
  `hash_code` varchar(64) DEFAULT NULL,
  `line` int(11) DEFAULT NULL,
  `file_path` varchar(4000) DEFAULT NULL,
  `component_name` varchar(500) DEFAULT NULL,
  `component_version` varchar(100) DEFAULT NULL,
  `static_finding` tinyint(1) NOT NULL,
  `dynamic_finding` tinyint(1) NOT NULL,
  `scanner_confidence` int(11) DEFAULT NULL,
  `sonarqube_issue_id` int(11) DEFAULT NULL,
  `unique_id_from_tool` varchar(500) DEFAULT NULL,
  `vuln_id_from_tool` varchar(500) DEFAULT NULL,
  `sast_source_object` varchar(500) DEFAULT NULL,
  `sast_sink_object` varchar(500) DEFAULT NULL,
  `sast_source_line` int(11) DEFAULT NULL,
  `sast_source_file_path` varchar(4000) DEFAULT NULL,
  `nb_occurences` int(11) DEFAULT NULL,
  `publish_date` date DEFAULT NULL,
  `service` varchar(200) DEFAULT NULL,
  `planned_remediation_date` date DEFAULT NULL,
  `planned_remediation_version` varchar(99) DEFAULT NULL,
  `effort_for_fixing` varchar(99) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_finding_review_requested_by_id_f9160cdd_fk_auth_user_id` (`review_requested_by_id`),
  KEY `dojo_finding_defect_review_reques_430aded6_fk_auth_user` (`defect_review_requested_by_id`),
  KEY `dojo_finding_mitigated_by_id_8798e688_fk_auth_user_id` (`mitigated_by_id`),
  KEY `dojo_finding_reporter_id_dec2fe8c_fk_auth_user_id` (`reporter_id`),
  KEY `dojo_finding_last_reviewed_by_id_59206af6_fk_auth_user_id` (`last_reviewed_by_id`),
  KEY `dojo_finding_sonarqube_issue_id_48bb7cfd_fk_dojo_sona` (`sonarqube_issue_id`),
  KEY `dojo_findin_test_id_bfc47c_idx` (`test_id`,`active`,`verified`),
  KEY `dojo_findin_test_id_cc0f9b_idx` (`test_id`,`is_mitigated`),
  KEY `dojo_findin_test_id_52d78d_idx` (`test_id`,`duplicate`),
  KEY `dojo_findin_test_id_742a6f_idx` (`test_id`,`out_of_scope`),
  KEY `dojo_findin_test_id_188e8a_idx` (`test_id`,`false_p`),
  KEY `dojo_findin_test_id_269acb_idx` (`test_id`,`unique_id_from_tool`,`duplicate`),
  KEY `dojo_findin_test_id_e54563_idx` (`test_id`,`hash_code`,`duplicate`),
  KEY `dojo_findin_test_id_396336_idx` (`test_id`,`component_name`),
  KEY `dojo_findin_cve_dccd4b_idx` (`cve`),
  KEY `dojo_findin_epss_sc_e40540_idx` (`epss_score`),
  KEY `dojo_findin_epss_pe_567499_idx` (`epss_percentile`),
  KEY `dojo_findin_cwe_a8da22_idx` (`cwe`),
  KEY `dojo_findin_out_of__26856e_idx` (`out_of_scope`),
  KEY `dojo_findin_false_p_aac0c7_idx` (`false_p`),
  KEY `dojo_findin_verifie_beb0fc_idx` (`verified`),
  KEY `dojo_findin_mitigat_946a13_idx` (`mitigated`),
  KEY `dojo_findin_active_d51077_idx` (`active`),
  KEY `dojo_findin_numeric_83d93b_idx` (`numerical_severity`),
  KEY `dojo_findin_date_8e9143_idx` (`date`),
  KEY `dojo_findin_title_78f900_idx` (`title`),
  KEY `dojo_findin_hash_co_09df6a_idx` (`hash_code`),
  KEY `dojo_findin_unique__f76d47_idx` (`unique_id_from_tool`),
  KEY `dojo_findin_line_fea329_idx` (`line`),
  KEY `dojo_findin_compone_920323_idx` (`component_name`),
  KEY `dojo_findin_duplica_f60788_idx` (`duplicate`),
  KEY `dojo_findin_is_miti_c0f5c1_idx` (`is_mitigated`),
  KEY `dojo_findin_duplica_94e6c5_idx` (`duplicate_finding_id`,`id`),
  KEY `dojo_findin_known_e_8c584e_idx` (`known_exploited`),
  KEY `dojo_findin_ransomw_c185c6_idx` (`ransomware_used`),
  KEY `dojo_findin_kev_dat_b54260_idx` (`kev_date`),
  CONSTRAINT `dojo_finding_defect_review_reques_430aded6_fk_auth_user` FOREIGN KEY (`defect_review_requested_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dojo_finding_duplicate_finding_id_9ff391c5_fk_dojo_finding_id` FOREIGN KEY (`duplicate_finding_id`) REFERENCES `dojo_finding` (`id`),
  CONSTRAINT `dojo_finding_last_reviewed_by_id_59206af6_fk_auth_user_id` FOREIGN KEY (`last_reviewed_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dojo_finding_mitigated_by_id_8798e688_fk_auth_user_id` FOREIGN KEY (`mitigated_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dojo_finding_reporter_id_dec2fe8c_fk_auth_user_id` FOREIGN KEY (`reporter_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dojo_finding_review_requested_by_id_f9160cdd_fk_auth_user_id` FOREIGN KEY (`review_requested_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dojo_finding_test_id_ef8ec5fc_fk_dojo_test_id` FOREIGN KEY (`test_id`) REFERENCES `dojo_test` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_finding_reviewers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `finding_id` int(11) NOT NULL,
  `dojo_user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dojo_finding_reviewers_finding_id_dojo_user_id_0dda9723_uniq` (`finding_id`,`dojo_user_id`),
  KEY `dojo_finding_reviewers_dojo_user_id_0825fee4_fk_auth_user_id` (`dojo_user_id`),
  CONSTRAINT `dojo_finding_reviewers_dojo_user_id_0825fee4_fk_auth_user_id` FOREIGN KEY (`dojo_user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dojo_finding_reviewers_finding_id_2586a449_fk_dojo_finding_id` FOREIGN KEY (`finding_id`) REFERENCES `dojo_finding` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_stub_finding` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` longtext NOT NULL,
  `date` date NOT NULL,
  `severity` varchar(200) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `test_id` int(11) NOT NULL,
  `reporter_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_stub_finding_test_id_90eb0c4e_fk_dojo_test_id` (`test_id`),
  KEY `dojo_stub_finding_reporter_id_332cdb8d_fk_auth_user_id` (`reporter_id`),
  CONSTRAINT `dojo_stub_finding_reporter_id_332cdb8d_fk_auth_user_id` FOREIGN KEY (`reporter_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dojo_stub_finding_test_id_90eb0c4e_fk_dojo_test_id` FOREIGN KEY (`test_id`) REFERENCES `dojo_test` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_finding_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `test_id` int(11) NOT NULL,
  `creator_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_finding_group_test_id_841ea653_fk_dojo_test_id` (`test_id`),
  KEY `dojo_finding_group_creator_id_545b5b1b_fk_auth_user_id` (`creator_id`),
  CONSTRAINT `dojo_finding_group_creator_id_545b5b1b_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dojo_finding_group_test_id_841ea653_fk_dojo_test_id` FOREIGN KEY (`test_id`) REFERENCES `dojo_test` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_finding_template` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` longtext NOT NULL,
  `cwe` int(11) DEFAULT NULL,
  `cve` varchar(50) DEFAULT NULL,
  `cvssv3` longtext DEFAULT NULL,
  `cvssv3_score` double DEFAULT NULL,
  `cvssv4` longtext DEFAULT NULL,
  `cvssv4_score` double DEFAULT NULL,
  `severity` varchar(200) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `mitigation` longtext DEFAULT NULL,
  `impact` longtext DEFAULT NULL,
  `refs` longtext DEFAULT NULL,
  `last_used` datetime(6) DEFAULT NULL,
  `numerical_severity` varchar(4) DEFAULT NULL,
  `fix_available` tinyint(1) DEFAULT NULL,
  `fix_version` varchar(100) DEFAULT NULL,
  `planned_remediation_version` varchar(99) DEFAULT NULL,
  `effort_for_fixing` varchar(99) DEFAULT NULL,
  `steps_to_reproduce` longtext DEFAULT NULL,
  `severity_justification` longtext DEFAULT NULL,
  `component_name` varchar(500) DEFAULT NULL,
  `component_version` varchar(100) DEFAULT NULL,
  `notes` longtext DEFAULT NULL,
  `vulnerability_ids_text` longtext DEFAULT NULL,
  `endpoints_text` longtext DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_endpoint` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `protocol` varchar(20) DEFAULT NULL,
  `userinfo` varchar(500) DEFAULT NULL,
  `host` varchar(500) DEFAULT NULL,
  `port` int(11) DEFAULT NULL,
  `path` varchar(500) DEFAULT NULL,
  `query` varchar(1000) DEFAULT NULL,
  `fragment` varchar(500) DEFAULT NULL,
  `product_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_endpoi_product_d53fb3_idx` (`product_id`),
  CONSTRAINT `dojo_endpoint_product_id_b86dc143_fk_dojo_product_id` FOREIGN KEY (`product_id`) REFERENCES `dojo_product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_endpoint_status` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `last_modified` datetime(6) DEFAULT NULL,
  `mitigated` tinyint(1) NOT NULL,
  `mitigated_time` datetime(6) DEFAULT NULL,
  `mitigated_by_id` int(11) DEFAULT NULL,
  `false_positive` tinyint(1) NOT NULL,
  `out_of_scope` tinyint(1) NOT NULL,
  `risk_accepted` tinyint(1) NOT NULL,
  `endpoint_id` int(11) NOT NULL,
  `finding_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `endpoint-finding relation` (`finding_id`,`endpoint_id`),
  KEY `dojo_endpoint_status_mitigated_by_id_2b3764a0_fk_auth_user_id` (`mitigated_by_id`),
  KEY `dojo_endpoi_finding_0fa5ce_idx` (`finding_id`,`mitigated`),
  KEY `dojo_endpoi_endpoin_d85400_idx` (`endpoint_id`,`mitigated`),
  CONSTRAINT `dojo_endpoint_status_endpoint_id_8dbac69c_fk_dojo_endpoint_id` FOREIGN KEY (`endpoint_id`) REFERENCES `dojo_endpoint` (`id`),
  CONSTRAINT `dojo_endpoint_status_finding_id_394d34c7_fk_dojo_finding_id` FOREIGN KEY (`finding_id`) REFERENCES `dojo_finding` (`id`),
  CONSTRAINT `dojo_endpoint_status_mitigated_by_id_2b3764a0_fk_auth_user_id` FOREIGN KEY (`mitigated_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_note_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `description` varchar(200) NOT NULL,
  `is_single` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `is_mandatory` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_notes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `note_type_id` int(11) DEFAULT NULL,
  `entry` longtext NOT NULL,
  `date` datetime(6) NOT NULL,
  `author_id` int(11) NOT NULL,
  `private` tinyint(1) NOT NULL,
  `edited` tinyint(1) NOT NULL,
  `editor_id` int(11) DEFAULT NULL,
  `edit_time` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_notes_note_type_id_fa51439f_fk_dojo_note_type_id` (`note_type_id`),
  KEY `dojo_notes_author_id_58e606cd_fk_auth_user_id` (`author_id`),
  KEY `dojo_notes_editor_id_f9df331b_fk_auth_user_id` (`editor_id`),
  CONSTRAINT `dojo_notes_author_id_58e606cd_fk_auth_user_id` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dojo_notes_editor_id_f9df331b_fk_auth_user_id` FOREIGN KEY (`editor_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dojo_notes_note_type_id_fa51439f_fk_dojo_note_type_id` FOREIGN KEY (`note_type_id`) REFERENCES `dojo_note_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_notehistory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `note_type_id` int(11) DEFAULT NULL,
  `data` longtext NOT NULL,
  `time` datetime(6) DEFAULT NULL,
  `current_editor_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_notehistory_note_type_id_068f6e41_fk_dojo_note_type_id` (`note_type_id`),
  KEY `dojo_notehistory_current_editor_id_e42c528b_fk_auth_user_id` (`current_editor_id`),
  CONSTRAINT `dojo_notehistory_current_editor_id_e42c528b_fk_auth_user_id` FOREIGN KEY (`current_editor_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dojo_notehistory_note_type_id_068f6e41_fk_dojo_note_type_id` FOREIGN KEY (`note_type_id`) REFERENCES `dojo_note_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_finding_notes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `finding_id` int(11) NOT NULL,
  `notes_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dojo_finding_notes_finding_id_notes_id_c7e27224_uniq` (`finding_id`,`notes_id`),
  KEY `dojo_finding_notes_notes_id_7dc9c8d8_fk_dojo_notes_id` (`notes_id`),
  CONSTRAINT `dojo_finding_notes_finding_id_701fd3e2_fk_dojo_finding_id` FOREIGN KEY (`finding_id`) REFERENCES `dojo_finding` (`id`),
  CONSTRAINT `dojo_finding_notes_notes_id_7dc9c8d8_fk_dojo_notes_id` FOREIGN KEY (`notes_id`) REFERENCES `dojo_notes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_engagement_notes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `engagement_id` int(11) NOT NULL,
  `notes_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dojo_engagement_notes_engagement_id_notes_id_83509bc8_uniq` (`engagement_id`,`notes_id`),
  KEY `dojo_engagement_notes_notes_id_339d985b_fk_dojo_notes_id` (`notes_id`),
  CONSTRAINT `dojo_engagement_note_engagement_id_6d165427_fk_dojo_enga` FOREIGN KEY (`engagement_id`) REFERENCES `dojo_engagement` (`id`),
  CONSTRAINT `dojo_engagement_notes_notes_id_339d985b_fk_dojo_notes_id` FOREIGN KEY (`notes_id`) REFERENCES `dojo_notes` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_risk_acceptance` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  `recommendation` varchar(2) NOT NULL,
  `recommendation_details` longtext DEFAULT NULL,
  `decision` varchar(2) NOT NULL,
  `decision_details` longtext DEFAULT NULL,
  `accepted_by` varchar(200) DEFAULT NULL,
  `path` varchar(100) DEFAULT NULL,
  `owner_id` int(11) NOT NULL,
  `expiration_date` datetime(6) DEFAULT NULL,
  `expiration_date_warned` datetime(6) DEFAULT NULL,
  `expiration_date_handled` datetime(6) DEFAULT NULL,
  `reactivate_expired` tinyint(1) NOT NULL,
  `restart_sla_expired` tinyint(1) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_risk_acceptance_owner_id_a9a7a3bf_fk_auth_user_id` (`owner_id`),
  CONSTRAINT `dojo_risk_acceptance_owner_id_a9a7a3bf_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_risk_acceptance_accepted_findings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `risk_acceptance_id` int(11) NOT NULL,
  `finding_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dojo_risk_acceptance_acc_risk_acceptance_id_findi_652baae0_uniq` (`risk_acceptance_id`,`finding_id`),
  KEY `dojo_risk_acceptance_finding_id_4dee47f3_fk_dojo_find` (`finding_id`),
  CONSTRAINT `dojo_risk_acceptance_finding_id_4dee47f3_fk_dojo_find` FOREIGN KEY (`finding_id`) REFERENCES `dojo_finding` (`id`),
  CONSTRAINT `dojo_risk_acceptance_risk_acceptance_id_9be38374_fk_dojo_risk` FOREIGN KEY (`risk_acceptance_id`) REFERENCES `dojo_risk_acceptance` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_cred_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `username` varchar(200) NOT NULL,
  `password` varchar(600) NOT NULL,
  `role` varchar(200) NOT NULL,
  `authentication` varchar(15) NOT NULL,
  `http_authentication` varchar(15) DEFAULT NULL,
  `description` varchar(2000) DEFAULT NULL,
  `url` varchar(2000) NOT NULL,
  `environment_id` int(11) NOT NULL,
  `login_regex` varchar(200) DEFAULT NULL,
  `logout_regex` varchar(200) DEFAULT NULL,
  `is_valid` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_cred_user_environment_id_d71dccd3_fk_dojo_deve` (`environment_id`),
  CONSTRAINT `dojo_cred_user_environment_id_d71dccd3_fk_dojo_deve` FOREIGN KEY (`environment_id`) REFERENCES `dojo_development_environment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_cred_mapping` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cred_id_id` int(11) NOT NULL,
  `product_id` int(11) DEFAULT NULL,
  `finding_id` int(11) DEFAULT NULL,
  `engagement_id` int(11) DEFAULT NULL,
  `test_id` int(11) DEFAULT NULL,
  `is_authn_provider` tinyint(1) NOT NULL,
  `url` varchar(2000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_cred_mapping_cred_id_id_78730a86_fk_dojo_cred_user_id` (`cred_id_id`),
  KEY `dojo_cred_mapping_product_id_4340a500_fk_dojo_product_id` (`product_id`),
  KEY `dojo_cred_mapping_finding_id_21c79f3f_fk_dojo_finding_id` (`finding_id`),
  KEY `dojo_cred_mapping_engagement_id_7e4d1759_fk_dojo_engagement_id` (`engagement_id`),
  KEY `dojo_cred_mapping_test_id_3e91c3e5_fk_dojo_test_id` (`test_id`),
  CONSTRAINT `dojo_cred_mapping_cred_id_id_78730a86_fk_dojo_cred_user_id` FOREIGN KEY (`cred_id_id`) REFERENCES `dojo_cred_user` (`id`),
  CONSTRAINT `dojo_cred_mapping_engagement_id_7e4d1759_fk_dojo_engagement_id` FOREIGN KEY (`engagement_id`) REFERENCES `dojo_engagement` (`id`),
  CONSTRAINT `dojo_cred_mapping_finding_id_21c79f3f_fk_dojo_finding_id` FOREIGN KEY (`finding_id`) REFERENCES `dojo_finding` (`id`),
  CONSTRAINT `dojo_cred_mapping_product_id_4340a500_fk_dojo_product_id` FOREIGN KEY (`product_id`) REFERENCES `dojo_product` (`id`),
  CONSTRAINT `dojo_cred_mapping_test_id_3e91c3e5_fk_dojo_test_id` FOREIGN KEY (`test_id`) REFERENCES `dojo_test` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_jira_instance` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `configuration_name` varchar(2000) NOT NULL,
  `url` varchar(2000) NOT NULL,
  `username` varchar(2000) NOT NULL,
  `password` varchar(2000) NOT NULL,
  `default_issue_type` varchar(255) NOT NULL,
  `issue_template_dir` varchar(255) DEFAULT NULL,
  `epic_name_id` int(11) NOT NULL,
  `open_status_key` int(11) NOT NULL,
  `close_status_key` int(11) NOT NULL,
  `info_mapping_severity` varchar(200) NOT NULL,
  `low_mapping_severity` varchar(200) NOT NULL,
  `medium_mapping_severity` varchar(200) NOT NULL,
  `high_mapping_severity` varchar(200) NOT NULL,
  `critical_mapping_severity` varchar(200) NOT NULL,
  `finding_text` longtext DEFAULT NULL,
  `accepted_mapping_resolution` varchar(300) DEFAULT NULL,
  `false_positive_mapping_resolution` varchar(300) DEFAULT NULL,
  `global_jira_sla_notification` tinyint(1) NOT NULL,
  `finding_jira_sync` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_jira_project` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `jira_instance_id` int(11) DEFAULT NULL,
  `project_key` varchar(200) NOT NULL,
  `product_id` int(11) DEFAULT NULL,
  `issue_template_dir` varchar(255) DEFAULT NULL,
  `engagement_id` int(11) DEFAULT NULL,
  `component` varchar(200) NOT NULL,
  `custom_fields` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`custom_fields`)),
  `default_assignee` varchar(200) DEFAULT NULL,
  `jira_labels` varchar(200) DEFAULT NULL,
  `add_vulnerability_id_to_jira_label` tinyint(1) NOT NULL,
  `push_all_issues` tinyint(1) NOT NULL,
  `enable_engagement_epic_mapping` tinyint(1) NOT NULL,
  `epic_issue_type_name` varchar(64) NOT NULL,
  `push_notes` tinyint(1) NOT NULL,
  `product_jira_sla_notification` tinyint(1) NOT NULL,
  `risk_acceptance_expiration_notification` tinyint(1) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `engagement_id` (`engagement_id`),
  KEY `dojo_jira_project_jira_instance_id_ec195a23_fk_dojo_jira` (`jira_instance_id`),
  KEY `dojo_jira_project_product_id_09dbb3c4_fk_dojo_product_id` (`product_id`),
  CONSTRAINT `dojo_jira_project_engagement_id_ec2af868_fk_dojo_engagement_id` FOREIGN KEY (`engagement_id`) REFERENCES `dojo_engagement` (`id`),
  CONSTRAINT `dojo_jira_project_jira_instance_id_ec195a23_fk_dojo_jira` FOREIGN KEY (`jira_instance_id`) REFERENCES `dojo_jira_instance` (`id`),
  CONSTRAINT `dojo_jira_project_product_id_09dbb3c4_fk_dojo_product_id` FOREIGN KEY (`product_id`) REFERENCES `dojo_product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_jira_issue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `jira_project_id` int(11) DEFAULT NULL,
  `jira_id` varchar(200) NOT NULL,
  `jira_key` varchar(200) NOT NULL,
  `finding_id` int(11) DEFAULT NULL,
  `engagement_id` int(11) DEFAULT NULL,
  `finding_group_id` int(11) DEFAULT NULL,
  `jira_creation` datetime(6) DEFAULT NULL,
  `jira_change` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `finding_id` (`finding_id`),
  UNIQUE KEY `engagement_id` (`engagement_id`),
  UNIQUE KEY `finding_group_id` (`finding_group_id`),
  KEY `dojo_jira_issue_jira_project_id_25e3d8e6_fk_dojo_jira_project_id` (`jira_project_id`),
  CONSTRAINT `dojo_jira_issue_engagement_id_7a0ee6d2_fk_dojo_engagement_id` FOREIGN KEY (`engagement_id`) REFERENCES `dojo_engagement` (`id`),
  CONSTRAINT `dojo_jira_issue_finding_group_id_4b9f02ab_fk_dojo_find` FOREIGN KEY (`finding_group_id`) REFERENCES `dojo_finding_group` (`id`),
  CONSTRAINT `dojo_jira_issue_finding_id_b39928b0_fk_dojo_finding_id` FOREIGN KEY (`finding_id`) REFERENCES `dojo_finding` (`id`),
  CONSTRAINT `dojo_jira_issue_jira_project_id_25e3d8e6_fk_dojo_jira_project_id` FOREIGN KEY (`jira_project_id`) REFERENCES `dojo_jira_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_github_conf` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `configuration_name` varchar(2000) NOT NULL,
  `api_key` varchar(2000) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_engagement_survey` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `description` longtext NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_question` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `polymorphic_ctype_id` int(11) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `order` int(10) unsigned NOT NULL CHECK (`order` >= 0),
  `optional` tinyint(1) NOT NULL,
  `text` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_question_polymorphic_ctype_id_73e9e2c1_fk_django_co` (`polymorphic_ctype_id`),
  CONSTRAINT `dojo_question_polymorphic_ctype_id_73e9e2c1_fk_django_co` FOREIGN KEY (`polymorphic_ctype_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_answered_survey` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `engagement_id` int(11) DEFAULT NULL,
  `survey_id` int(11) NOT NULL,
  `assignee_id` int(11) DEFAULT NULL,
  `responder_id` int(11) DEFAULT NULL,
  `completed` tinyint(1) NOT NULL,
  `answered_on` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_answered_survey_engagement_id_af2662e6_fk_dojo_enga` (`engagement_id`),
  KEY `dojo_answered_survey_survey_id_bf9be736_fk_dojo_enga` (`survey_id`),
  KEY `dojo_answered_survey_assignee_id_16fbe300_fk_auth_user_id` (`assignee_id`),
  KEY `dojo_answered_survey_responder_id_58c240b2_fk_auth_user_id` (`responder_id`),
  CONSTRAINT `dojo_answered_survey_assignee_id_16fbe300_fk_auth_user_id` FOREIGN KEY (`assignee_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dojo_answered_survey_engagement_id_af2662e6_fk_dojo_enga` FOREIGN KEY (`engagement_id`) REFERENCES `dojo_engagement` (`id`),
  CONSTRAINT `dojo_answered_survey_responder_id_58c240b2_fk_auth_user_id` FOREIGN KEY (`responder_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `dojo_answered_survey_survey_id_bf9be736_fk_dojo_enga` FOREIGN KEY (`survey_id`) REFERENCES `dojo_engagement_survey` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_answer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `polymorphic_ctype_id` int(11) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `question_id` int(11) NOT NULL,
  `answered_survey_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_answer_polymorphic_ctype_id_2d5e4049_fk_django_co` (`polymorphic_ctype_id`),
  KEY `dojo_answer_question_id_d01edef0_fk_dojo_question_id` (`question_id`),
  KEY `dojo_answer_answered_survey_id_e56eb444_fk_dojo_answ` (`answered_survey_id`),
  CONSTRAINT `dojo_answer_answered_survey_id_e56eb444_fk_dojo_answ` FOREIGN KEY (`answered_survey_id`) REFERENCES `dojo_answered_survey` (`id`),
  CONSTRAINT `dojo_answer_polymorphic_ctype_id_2d5e4049_fk_django_co` FOREIGN KEY (`polymorphic_ctype_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `dojo_answer_question_id_d01edef0_fk_dojo_question_id` FOREIGN KEY (`question_id`) REFERENCES `dojo_question` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_textanswer` (
  `answer_ptr_id` int(11) NOT NULL,
  `answer` longtext NOT NULL,
  PRIMARY KEY (`answer_ptr_id`),
  CONSTRAINT `dojo_textanswer_answer_ptr_id_8e61ff51_fk_dojo_answer_id` FOREIGN KEY (`answer_ptr_id`) REFERENCES `dojo_answer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_fileupload` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(100) NOT NULL,
  `file` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `title` (`title`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_fileaccesstoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `file_id` int(11) NOT NULL,
  `token` varchar(255) NOT NULL,
  `size` varchar(9) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_fileaccesstoken_user_id_19f50064_fk_auth_user_id` (`user_id`),
  KEY `dojo_fileaccesstoken_file_id_3da1bff3_fk_dojo_fileupload_id` (`file_id`),
  CONSTRAINT `dojo_fileaccesstoken_file_id_3da1bff3_fk_dojo_fileupload_id` FOREIGN KEY (`file_id`) REFERENCES `dojo_fileupload` (`id`),
  CONSTRAINT `dojo_fileaccesstoken_user_id_19f50064_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_alerts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(250) NOT NULL,
  `description` varchar(2000) DEFAULT NULL,
  `url` varchar(2000) DEFAULT NULL,
  `source` varchar(100) NOT NULL,
  `icon` varchar(25) NOT NULL,
  `user_id_id` int(11) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_alerts_user_id_id_e1383cf6_fk_auth_user_id` (`user_id_id`),
  CONSTRAINT `dojo_alerts_user_id_id_e1383cf6_fk_auth_user_id` FOREIGN KEY (`user_id_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_notifications` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `product_type_added` varchar(33) NOT NULL,
  `product_added` varchar(33) NOT NULL,
  `engagement_added` varchar(33) NOT NULL,
  `test_added` varchar(33) NOT NULL,
  `scan_added` varchar(33) NOT NULL,
  `scan_added_empty` varchar(33) NOT NULL,
  `jira_update` varchar(33) NOT NULL,
  `upcoming_engagement` varchar(33) NOT NULL,
  `stale_engagement` varchar(33) NOT NULL,
  `auto_close_engagement` varchar(33) NOT NULL,
  `close_engagement` varchar(33) NOT NULL,
  `user_mentioned` varchar(33) NOT NULL,
  `code_review` varchar(33) NOT NULL,
  `review_requested` varchar(33) NOT NULL,
  `other` varchar(33) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `product_id` int(11) DEFAULT NULL,
  `template` tinyint(1) NOT NULL,
  `sla_breach` varchar(33) NOT NULL,
  `risk_acceptance_expiration` varchar(33) NOT NULL,
  `sla_breach_combined` varchar(33) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notifications_user_product` (`user_id`,`product_id`),
  KEY `dojo_notifications_product_id_5c8ed571_fk_dojo_product_id` (`product_id`),
  KEY `dojo_notifi_user_id_575989_idx` (`user_id`,`product_id`),
  CONSTRAINT `dojo_notifications_product_id_5c8ed571_fk_dojo_product_id` FOREIGN KEY (`product_id`) REFERENCES `dojo_product` (`id`),
  CONSTRAINT `dojo_notifications_user_id_cc05e2b1_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_notification_webhooks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `url` varchar(200) NOT NULL,
  `header_name` varchar(100) DEFAULT NULL,
  `header_value` varchar(100) DEFAULT NULL,
  `status` varchar(20) NOT NULL,
  `first_error` datetime(6) DEFAULT NULL,
  `last_error` datetime(6) DEFAULT NULL,
  `note` varchar(1000) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `dojo_notification_webhooks_owner_id_0a8e3fb5_fk_auth_user_id` (`owner_id`),
  CONSTRAINT `dojo_notification_webhooks_owner_id_0a8e3fb5_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_announcement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message` varchar(500) NOT NULL,
  `style` varchar(64) NOT NULL,
  `dismissable` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_userannouncement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `announcement_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_userannouncemen_announcement_id_a3a06ce6_fk_dojo_anno` (`announcement_id`),
  KEY `dojo_userannouncement_user_id_640dd354_fk_auth_user_id` (`user_id`),
  CONSTRAINT `dojo_userannouncemen_announcement_id_a3a06ce6_fk_dojo_anno` FOREIGN KEY (`announcement_id`) REFERENCES `dojo_announcement` (`id`),
  CONSTRAINT `dojo_userannouncement_user_id_640dd354_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_bannerconf` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `banner_enable` tinyint(1) DEFAULT NULL,
  `banner_message` varchar(500) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_regulation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `acronym` varchar(20) NOT NULL,
  `category` varchar(16) NOT NULL,
  `jurisdiction` varchar(64) NOT NULL,
  `description` longtext NOT NULL,
  `reference` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `acronym` (`acronym`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_system_settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `enable_deduplication` tinyint(1) NOT NULL,
  `delete_duplicates` tinyint(1) NOT NULL,
  `max_dupes` int(11) DEFAULT NULL,
  `email_from` varchar(200) NOT NULL,
  `enable_jira` tinyint(1) NOT NULL,
  `enable_jira_web_hook` tinyint(1) NOT NULL,
  `disable_jira_webhook_secret` tinyint(1) NOT NULL,
  `jira_webhook_secret` varchar(64) DEFAULT NULL,
  `jira_minimum_severity` varchar(20) DEFAULT NULL,
  `jira_labels` varchar(200) DEFAULT NULL,
  `add_vulnerability_id_to_jira_label` tinyint(1) NOT NULL,
  `enable_github` tinyint(1) NOT NULL,
  `enable_slack_notifications` tinyint(1) NOT NULL,
  `slack_channel` varchar(100) NOT NULL,
  `slack_token` varchar(100) NOT NULL,
  `slack_username` varchar(100) NOT NULL,
  `enable_msteams_notifications` tinyint(1) NOT NULL,
  `msteams_url` varchar(400) NOT NULL,
  `enable_mail_notifications` tinyint(1) NOT NULL,
  `mail_notifications_to` varchar(200) NOT NULL,
  `enable_webhooks_notifications` tinyint(1) NOT NULL,
  `webhooks_notifications_timeout` int(11) NOT NULL,
  `enforce_verified_status` tinyint(1) NOT NULL,
  `enforce_verified_status_jira` tinyint(1) NOT NULL,
  `enforce_verified_status_product_grading` tinyint(1) NOT NULL,
  `enforce_verified_status_metrics` tinyint(1) NOT NULL,
  `false_positive_history` tinyint(1) NOT NULL,
  `retroactive_false_positive_history` tinyint(1) NOT NULL,
  `url_prefix` varchar(300) NOT NULL,
  `team_name` varchar(100) NOT NULL,
  `enable_product_grade` tinyint(1) NOT NULL,
  `product_grade_a` int(11) NOT NULL,
  `product_grade_b` int(11) NOT NULL,
  `product_grade_c` int(11) NOT NULL,
  `product_grade_d` int(11) NOT NULL,
  `product_grade_f` int(11) NOT NULL,
  `enable_product_tag_inheritance` tinyint(1) NOT NULL,
  `enable_benchmark` tinyint(1) NOT NULL,
  `enable_similar_findings` tinyint(1) NOT NULL,
  `engagement_auto_close` tinyint(1) NOT NULL,
  `engagement_auto_close_days` int(11) NOT NULL,
  `enable_finding_sla` tinyint(1) NOT NULL,
  `enable_notify_sla_active` tinyint(1) NOT NULL,
  `enable_notify_sla_active_verified` tinyint(1) NOT NULL,
  `enable_notify_sla_jira_only` tinyint(1) NOT NULL,
  `enable_notify_sla_exponential_backoff` tinyint(1) NOT NULL,
  `allow_anonymous_survey_repsonse` tinyint(1) NOT NULL,
  `disclaimer_notifications` longtext NOT NULL,
  `disclaimer_reports` longtext NOT NULL,
  `disclaimer_reports_forced` tinyint(1) NOT NULL,
  `disclaimer_notes` longtext NOT NULL,
  `risk_acceptance_form_default_days` int(11) DEFAULT NULL,
  `risk_acceptance_notify_before_expiration` int(11) DEFAULT NULL,
  `enable_credentials` tinyint(1) NOT NULL,
  `enable_questionnaires` tinyint(1) NOT NULL,
  `enable_checklists` tinyint(1) NOT NULL,
  `enable_endpoint_metadata_import` tinyint(1) NOT NULL,
  `enable_user_profile_editable` tinyint(1) NOT NULL,
  `enable_product_tracking_files` tinyint(1) NOT NULL,
  `enable_finding_groups` tinyint(1) NOT NULL,
  `enable_ui_table_based_searching` tinyint(1) NOT NULL,
  `enable_calendar` tinyint(1) NOT NULL,
  `enable_cvss3_display` tinyint(1) NOT NULL,
  `enable_cvss4_display` tinyint(1) NOT NULL,
  `default_group_id` int(11) DEFAULT NULL,
  `default_group_role_id` int(11) DEFAULT NULL,
  `default_group_email_pattern` varchar(200) NOT NULL,
  `minimum_password_length` int(11) NOT NULL,
  `maximum_password_length` int(11) NOT NULL,
  `number_character_required` tinyint(1) NOT NULL,
  `special_character_required` tinyint(1) NOT NULL,
  `lowercase_character_required` tinyint(1) NOT NULL,
  `uppercase_character_required` tinyint(1) NOT NULL,
  `non_common_password_required` tinyint(1) NOT NULL,
  `api_expose_error_details` tinyint(1) NOT NULL,
  `filter_string_matching` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dojo_system_settings_default_group_id_39878a57_fk_dojo_dojo` (`default_group_id`),
  KEY `dojo_system_settings_default_group_role_i_a7bf2b75_fk_dojo_role` (`default_group_role_id`),
  CONSTRAINT `dojo_system_settings_default_group_id_39878a57_fk_dojo_dojo` FOREIGN KEY (`default_group_id`) REFERENCES `dojo_dojo_group` (`id`),
  CONSTRAINT `dojo_system_settings_default_group_role_i_a7bf2b75_fk_dojo_role` FOREIGN KEY (`default_group_role_id`) REFERENCES `dojo_role` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auditlog_logentry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `content_type_id` int(11) NOT NULL,
  `object_pk` varchar(255) NOT NULL,
  `object_id` bigint(20) DEFAULT NULL,
  `object_repr` longtext NOT NULL,
  `serialized_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`serialized_data`)),
  `action` smallint(5) unsigned NOT NULL CHECK (`action` >= 0),
  `changes_text` longtext NOT NULL,
  `changes` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`changes`)),
  `actor_id` int(11) DEFAULT NULL,
  `cid` varchar(255) DEFAULT NULL,
  `remote_addr` char(39) DEFAULT NULL,
  `remote_port` int(10) unsigned DEFAULT NULL CHECK (`remote_port` >= 0),
  `timestamp` datetime(6) NOT NULL,
  `additional_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`additional_data`)),
  `actor_email` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `auditlog_logentry_content_type_id_75830218_fk_django_co` (`content_type_id`),
  KEY `auditlog_logentry_actor_id_959271d2_fk_auth_user_id` (`actor_id`),
  KEY `auditlog_logentry_object_pk_6e3219c0` (`object_pk`),
  KEY `auditlog_logentry_object_id_09c2eee8` (`object_id`),
  KEY `auditlog_logentry_action_229afe39` (`action`),
  KEY `auditlog_logentry_cid_9f467263` (`cid`),
  KEY `auditlog_logentry_timestamp_37867bb0` (`timestamp`),
  CONSTRAINT `auditlog_logentry_actor_id_959271d2_fk_auth_user_id` FOREIGN KEY (`actor_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auditlog_logentry_content_type_id_75830218_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pghistory_context` (
  `id` uuid NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `metadata` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`metadata`)),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dojo_dojo_userevent` (
  `pgh_id` int(11) NOT NULL AUTO_INCREMENT,
  `pgh_created_at` datetime(6) NOT NULL,
  `pgh_label` longtext NOT NULL,
  `pgh_obj_id` int(11) NOT NULL,
  `pgh_context_id` uuid DEFAULT NULL,
  `id` int(11) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`pgh_id`),
  KEY `dojo_dojo_userevent_pgh_obj_id_dd73265c` (`pgh_obj_id`),
  KEY `dojo_dojo_userevent_pgh_context_id_8c9e5ad1` (`pgh_context_id`),
  KEY `dojo_dojo_u_pgh_cre_dd25e9_idx` (`pgh_created_at`),
  KEY `dojo_dojo_u_pgh_lab_5e3d06_idx` (`pgh_label`(768)),
  KEY `dojo_dojo_u_pgh_con_29c3a1_idx` (`pgh_context_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

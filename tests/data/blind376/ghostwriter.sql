-- Ghostwriter v7.2.5 (SpecterOps), github.com/GhostManager/Ghostwriter commit 0a8d74cf20384415ffef4e9da222f964e332e700 (BSD-3-Clause).
-- Django models (config.settings.base INSTALLED_APPS) created with Django 5.2.14's MySQL schema editor in MariaDB 10.11,
-- written out with SHOW CREATE TABLE. Adapted for MySQL: shepherd_transientserver.aux_address (PostgreSQL ArrayField) as json;
-- oplog_oplogentry.entry_identifier (CharField max_length=65535) as longtext, its index with a 255-character prefix.
-- Left out: django_q_ormq, django_q_schedule, django_q_task (task queue).

CREATE TABLE `users_user` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `timezone` varchar(63) NOT NULL,
  `phone` varchar(50) DEFAULT NULL,
  `role` varchar(120) NOT NULL,
  `enable_finding_create` tinyint(1) NOT NULL,
  `enable_finding_edit` tinyint(1) NOT NULL,
  `enable_finding_delete` tinyint(1) NOT NULL,
  `enable_observation_create` tinyint(1) NOT NULL,
  `enable_observation_edit` tinyint(1) NOT NULL,
  `enable_observation_delete` tinyint(1) NOT NULL,
  `enable_template_management` tinyint(1) NOT NULL,
  `require_2fa` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_emailaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `email` varchar(254) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailaddress_user_id_email_987c8728_uniq` (`user_id`,`email`),
  KEY `account_emailaddress_email_03be32b2` (`email`),
  CONSTRAINT `account_emailaddress_user_id_2c513194_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_emailconfirmation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email_address_id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6) DEFAULT NULL,
  `key` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  KEY `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` (`email_address_id`),
  CONSTRAINT `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_apikey` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `identifier` uuid NOT NULL,
  `token_prefix` varchar(24) DEFAULT NULL,
  `secret_hash` varchar(255) DEFAULT NULL,
  `token` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `expiry_date` datetime(6) DEFAULT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  `revoked` tinyint(1) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identifier` (`identifier`),
  UNIQUE KEY `token_prefix` (`token_prefix`),
  KEY `api_apikey_user_id_7ebe0e24_fk_users_user_id` (`user_id`),
  KEY `api_apikey_created_9c07f10e` (`created`),
  CONSTRAINT `api_apikey_user_id_7ebe0e24_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_serviceprincipal` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `service_type` varchar(64) NOT NULL,
  `created` datetime(6) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `created_by_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `api_serviceprincipal_created_by_id_43ea5309_fk_users_user_id` (`created_by_id`),
  KEY `api_serviceprincipal_created_1ff15739` (`created`),
  CONSTRAINT `api_serviceprincipal_created_by_id_43ea5309_fk_users_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_servicetoken` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `token_prefix` varchar(24) NOT NULL,
  `secret_hash` varchar(255) NOT NULL,
  `created` datetime(6) NOT NULL,
  `expiry_date` datetime(6) DEFAULT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  `revoked` tinyint(1) NOT NULL,
  `created_by_id` bigint(20) NOT NULL,
  `service_principal_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token_prefix` (`token_prefix`),
  KEY `api_servicetoken_created_by_id_1a75c5c5_fk_users_user_id` (`created_by_id`),
  KEY `api_servicetoken_service_principal_id_20d29b38_fk_api_servi` (`service_principal_id`),
  KEY `api_servicetoken_created_f6cc86d1` (`created`),
  CONSTRAINT `api_servicetoken_created_by_id_1a75c5c5_fk_users_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `api_servicetoken_service_principal_id_20d29b38_fk_api_servi` FOREIGN KEY (`service_principal_id`) REFERENCES `api_serviceprincipal` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_servicetokenpermission` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `token_id` bigint(20) NOT NULL,
  `resource_type` varchar(64) NOT NULL,
  `resource_id` int(10) unsigned DEFAULT NULL CHECK (`resource_id` >= 0),
  `action` varchar(64) NOT NULL,
  `constraints` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`constraints`)),
  PRIMARY KEY (`id`),
  KEY `api_servicetokenperm_token_id_2f2d82a0_fk_api_servi` (`token_id`),
  CONSTRAINT `api_servicetokenperm_token_id_2f2d82a0_fk_api_servi` FOREIGN KEY (`token_id`) REFERENCES `api_servicetoken` (`id`),
  CONSTRAINT `api_stp_allowed_resource_action` CHECK (`action` in ('read','create','update','delete') and `resource_type` = 'oplog' or `action` = 'read' and `resource_type` = 'project' or `action` = 'read' and `resource_type` = 'client'),
  CONSTRAINT `api_stp_allowed_scope_shape` CHECK (json_unquote(`constraints`) = json_extract('{}','$') and `resource_id` is not null or `action` = 'read' and json_unquote(`constraints`) = json_extract('{"scope": "all_accessible_projects"}','$') and `resource_id` is null and `resource_type` = 'project')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_usersession` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `identifier` uuid NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `created` datetime(6) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `revoked_at` datetime(6) DEFAULT NULL,
  `revoked_by_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identifier` (`identifier`),
  KEY `api_usersession_user_id_f6102055_fk_users_user_id` (`user_id`),
  KEY `api_usersession_revoked_by_id_615ad17d_fk_users_user_id` (`revoked_by_id`),
  KEY `api_usersession_created_8660004a` (`created`),
  KEY `api_usersession_expires_at_0f19df4e` (`expires_at`),
  KEY `api_usersession_revoked_at_548c15e1` (`revoked_at`),
  CONSTRAINT `api_usersession_revoked_by_id_615ad17d_fk_users_user_id` FOREIGN KEY (`revoked_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `api_usersession_user_id_f6102055_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
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

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `commandcenter_bannerconfiguration` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `enable_banner` tinyint(1) NOT NULL,
  `banner_title` varchar(255) NOT NULL,
  `banner_message` varchar(255) NOT NULL,
  `banner_link` varchar(255) NOT NULL,
  `public_banner` tinyint(1) NOT NULL,
  `expiry_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `commandcenter_bloodhoundconfiguration` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `allow_project_fallback` tinyint(1) NOT NULL,
  `bloodhound_api_root_url` varchar(255) NOT NULL,
  `bloodhound_api_key_id` varchar(255) NOT NULL,
  `bloodhound_api_key_token` varchar(255) NOT NULL,
  `bloodhound_results` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`bloodhound_results`)),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `commandcenter_cloudservicesconfiguration` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `enable` tinyint(1) NOT NULL,
  `aws_key` varchar(255) NOT NULL,
  `aws_secret` varchar(255) NOT NULL,
  `do_api_key` varchar(255) NOT NULL,
  `ignore_tag` varchar(255) NOT NULL,
  `notification_delay` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `commandcenter_companyinformation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `company_name` varchar(255) NOT NULL,
  `company_short_name` varchar(255) NOT NULL,
  `company_address` longtext NOT NULL,
  `company_twitter` varchar(255) NOT NULL,
  `company_email` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `commandcenter_extrafieldmodel` (
  `model_internal_name` varchar(255) NOT NULL,
  `model_display_name` varchar(255) NOT NULL,
  `is_collab_editable` tinyint(1) NOT NULL,
  PRIMARY KEY (`model_internal_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `commandcenter_extrafieldspec` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `target_model_id` varchar(255) NOT NULL,
  `internal_name` varchar(255) NOT NULL,
  `display_name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `position` int(10) unsigned DEFAULT NULL CHECK (`position` >= 0),
  `type` varchar(255) NOT NULL,
  `user_default_value` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `commandcenter_extrafield_target_model_id_internal_75bb84ca_uniq` (`target_model_id`,`internal_name`),
  UNIQUE KEY `commandcenter_extrafieldspec_unique_position_per_model` (`target_model_id`,`position`),
  CONSTRAINT `commandcenter_extraf_target_model_id_9542c716_fk_commandce` FOREIGN KEY (`target_model_id`) REFERENCES `commandcenter_extrafieldmodel` (`model_internal_name`),
  CONSTRAINT `commandcenter_extrafieldspec_position_gte_1` CHECK (`position` >= 1 or `position` is null)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `commandcenter_generalconfiguration` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `default_timezone` varchar(63) NOT NULL,
  `hostname` varchar(255) NOT NULL,
  `token_extend_requires_rotation` tinyint(1) NOT NULL,
  `token_max_lifetime_days` int(10) unsigned NOT NULL CHECK (`token_max_lifetime_days` >= 0),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `commandcenter_namecheapconfiguration` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `enable` tinyint(1) NOT NULL,
  `api_key` varchar(255) NOT NULL,
  `username` varchar(255) NOT NULL,
  `api_username` varchar(255) NOT NULL,
  `client_ip` varchar(255) NOT NULL,
  `page_size` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reporting_doctype` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `doc_type` varchar(20) NOT NULL,
  `extension` varchar(10) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `doc_type` (`doc_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_client` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `short_name` varchar(255) NOT NULL,
  `codename` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `timezone` varchar(63) NOT NULL,
  `address` longtext NOT NULL,
  `logo_width` int(11) DEFAULT NULL,
  `logo_height` int(11) DEFAULT NULL,
  `logo` varchar(100) DEFAULT NULL,
  `extra_fields` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_fields`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reporting_reporttemplate` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `document` varchar(100) NOT NULL,
  `name` varchar(255) NOT NULL,
  `upload_date` date NOT NULL,
  `last_update` date NOT NULL,
  `description` longtext NOT NULL,
  `protected` tinyint(1) NOT NULL,
  `lint_result` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`lint_result`)),
  `changelog` longtext NOT NULL,
  `landscape` tinyint(1) NOT NULL,
  `filename_override` varchar(255) NOT NULL,
  `bloodhound_heading_offset` smallint(6) NOT NULL,
  `contains_bloodhound_data` tinyint(1) NOT NULL,
  `p_style` varchar(255) NOT NULL,
  `evidence_image_width` double DEFAULT NULL,
  `evidence_image_alignment` varchar(16) NOT NULL,
  `uploaded_by_id` bigint(20) DEFAULT NULL,
  `client_id` bigint(20) DEFAULT NULL,
  `doc_type_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `reporting_reporttemp_uploaded_by_id_03b1497c_fk_users_use` (`uploaded_by_id`),
  KEY `reporting_reporttemplate_client_id_119d84a5_fk_rolodex_client_id` (`client_id`),
  KEY `reporting_reporttemp_doc_type_id_6e8237de_fk_reporting` (`doc_type_id`),
  CONSTRAINT `reporting_reporttemp_doc_type_id_6e8237de_fk_reporting` FOREIGN KEY (`doc_type_id`) REFERENCES `reporting_doctype` (`id`),
  CONSTRAINT `reporting_reporttemp_uploaded_by_id_03b1497c_fk_users_use` FOREIGN KEY (`uploaded_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `reporting_reporttemplate_client_id_119d84a5_fk_rolodex_client_id` FOREIGN KEY (`client_id`) REFERENCES `rolodex_client` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `commandcenter_reportconfiguration` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `enable_borders` tinyint(1) NOT NULL,
  `border_weight` int(11) NOT NULL,
  `border_color` varchar(6) NOT NULL,
  `prefix_figure` varchar(255) NOT NULL,
  `label_figure` varchar(255) NOT NULL,
  `figure_caption_location` varchar(10) NOT NULL,
  `evidence_image_alignment` varchar(16) NOT NULL,
  `evidence_image_width` double DEFAULT NULL,
  `prefix_table` varchar(255) NOT NULL,
  `label_table` varchar(255) NOT NULL,
  `table_caption_location` varchar(10) NOT NULL,
  `report_filename` varchar(255) NOT NULL,
  `project_filename` varchar(255) NOT NULL,
  `title_case_captions` tinyint(1) NOT NULL,
  `title_case_exceptions` varchar(255) NOT NULL,
  `target_delivery_date` int(11) NOT NULL,
  `default_cvss_version` varchar(10) NOT NULL,
  `outline_tags` varchar(255) NOT NULL,
  `default_docx_template_id` bigint(20) DEFAULT NULL,
  `default_pptx_template_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `commandcenter_report_default_docx_templat_f383cbd0_fk_reporting` (`default_docx_template_id`),
  KEY `commandcenter_report_default_pptx_templat_9fc0d6e9_fk_reporting` (`default_pptx_template_id`),
  CONSTRAINT `commandcenter_report_default_docx_templat_f383cbd0_fk_reporting` FOREIGN KEY (`default_docx_template_id`) REFERENCES `reporting_reporttemplate` (`id`),
  CONSTRAINT `commandcenter_report_default_pptx_templat_9fc0d6e9_fk_reporting` FOREIGN KEY (`default_pptx_template_id`) REFERENCES `reporting_reporttemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `commandcenter_slackconfiguration` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `enable` tinyint(1) NOT NULL,
  `webhook_url` varchar(255) NOT NULL,
  `slack_emoji` varchar(255) NOT NULL,
  `slack_channel` varchar(255) NOT NULL,
  `slack_username` varchar(255) NOT NULL,
  `slack_alert_target` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `commandcenter_virustotalconfiguration` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `enable` tinyint(1) NOT NULL,
  `api_key` varchar(255) NOT NULL,
  `sleep_time` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_user_id_c564eba6_fk_users_user_id` (`user_id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `domain` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `home_userprofile` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `avatar` varchar(100) NOT NULL,
  `hide_quickstart` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `home_userprofile_user_id_d1f7b466_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mfa_authenticator` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `type` varchar(20) NOT NULL,
  `data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`data`)),
  `created_at` datetime(6) NOT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `mfa_authenticator_user_id_0c3a50c0_fk_users_user_id` (`user_id`),
  CONSTRAINT `mfa_authenticator_user_id_0c3a50c0_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_projecttype` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `project_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_type` (`project_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_project` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `codename` varchar(255) NOT NULL,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `description` longtext NOT NULL,
  `slack_channel` varchar(255) NOT NULL,
  `complete` tinyint(1) NOT NULL,
  `timezone` varchar(63) NOT NULL,
  `start_time` time(6) DEFAULT NULL,
  `end_time` time(6) DEFAULT NULL,
  `collab_note` longtext DEFAULT NULL,
  `bloodhound_api_root_url` varchar(255) DEFAULT NULL,
  `bloodhound_api_key_id` varchar(255) DEFAULT NULL,
  `bloodhound_api_key_token` varchar(255) DEFAULT NULL,
  `bloodhound_results` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`bloodhound_results`)),
  `client_id` bigint(20) NOT NULL,
  `operator_id` bigint(20) DEFAULT NULL,
  `project_type_id` bigint(20) NOT NULL,
  `extra_fields` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_fields`)),
  PRIMARY KEY (`id`),
  KEY `rolodex_project_client_id_ebd2cbf5_fk_rolodex_client_id` (`client_id`),
  KEY `rolodex_project_operator_id_9e407adf_fk_users_user_id` (`operator_id`),
  KEY `rolodex_project_project_type_id_07953f1d_fk_rolodex_p` (`project_type_id`),
  CONSTRAINT `rolodex_project_client_id_ebd2cbf5_fk_rolodex_client_id` FOREIGN KEY (`client_id`) REFERENCES `rolodex_client` (`id`),
  CONSTRAINT `rolodex_project_operator_id_9e407adf_fk_users_user_id` FOREIGN KEY (`operator_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `rolodex_project_project_type_id_07953f1d_fk_rolodex_p` FOREIGN KEY (`project_type_id`) REFERENCES `rolodex_projecttype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oplog_oplog` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` longtext NOT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  `mute_notifications` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oplog_oplog_name_project_id_cf3103ee_uniq` (`name`,`project_id`) USING HASH,
  KEY `oplog_oplog_project_id_fe4a93f0_fk_rolodex_project_id` (`project_id`),
  CONSTRAINT `oplog_oplog_project_id_fe4a93f0_fk_rolodex_project_id` FOREIGN KEY (`project_id`) REFERENCES `rolodex_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oplog_oplogentry` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `entry_identifier` longtext NOT NULL,
  `start_date` datetime(6) DEFAULT NULL,
  `end_date` datetime(6) DEFAULT NULL,
  `source_ip` longtext DEFAULT NULL,
  `dest_ip` longtext DEFAULT NULL,
  `tool` longtext DEFAULT NULL,
  `user_context` longtext DEFAULT NULL,
  `command` longtext NOT NULL,
  `description` longtext NOT NULL,
  `output` longtext NOT NULL,
  `comments` longtext NOT NULL,
  `operator_name` longtext DEFAULT NULL,
  `extra_fields` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_fields`)),
  `updated_at` datetime(6) NOT NULL,
  `oplog_id_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `oplog_oplog_oplog_i_0e03f5_idx` (`oplog_id_id`,`entry_identifier`(255)),
  KEY `oplog_oplog_oplog_i_0bf5d6_idx` (`oplog_id_id`,`updated_at` DESC),
  CONSTRAINT `oplog_oplogentry_oplog_id_id_18ef13d0_fk_oplog_oplog_id` FOREIGN KEY (`oplog_id_id`) REFERENCES `oplog_oplog` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reporting_report` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `creation` date NOT NULL,
  `last_update` date NOT NULL,
  `complete` tinyint(1) NOT NULL,
  `archived` tinyint(1) NOT NULL,
  `extra_fields` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_fields`)),
  `project_id` bigint(20) NOT NULL,
  `docx_template_id` bigint(20) DEFAULT NULL,
  `pptx_template_id` bigint(20) DEFAULT NULL,
  `created_by_id` bigint(20) DEFAULT NULL,
  `delivered` tinyint(1) NOT NULL,
  `include_bloodhound_data` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `reporting_report_project_id_8d586862_fk_rolodex_project_id` (`project_id`),
  KEY `reporting_report_docx_template_id_f9bf3a47_fk_reporting` (`docx_template_id`),
  KEY `reporting_report_pptx_template_id_b818b902_fk_reporting` (`pptx_template_id`),
  KEY `reporting_report_created_by_id_1c6d7e8d_fk_users_user_id` (`created_by_id`),
  CONSTRAINT `reporting_report_created_by_id_1c6d7e8d_fk_users_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `reporting_report_docx_template_id_f9bf3a47_fk_reporting` FOREIGN KEY (`docx_template_id`) REFERENCES `reporting_reporttemplate` (`id`),
  CONSTRAINT `reporting_report_pptx_template_id_b818b902_fk_reporting` FOREIGN KEY (`pptx_template_id`) REFERENCES `reporting_reporttemplate` (`id`),
  CONSTRAINT `reporting_report_project_id_8d586862_fk_rolodex_project_id` FOREIGN KEY (`project_id`) REFERENCES `rolodex_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reporting_evidence` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `document` varchar(255) NOT NULL,
  `friendly_name` varchar(255) NOT NULL,
  `upload_date` date NOT NULL,
  `caption` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `report_id` bigint(20) NOT NULL,
  `uploaded_by_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reporting_evidence_unique_report_friendly_name` (`report_id`,`friendly_name`),
  KEY `reporting_evidence_uploaded_by_id_71b7b76f_fk_users_user_id` (`uploaded_by_id`),
  CONSTRAINT `reporting_evidence_report_id_e9637ec2_fk_reporting_report_id` FOREIGN KEY (`report_id`) REFERENCES `reporting_report` (`id`),
  CONSTRAINT `reporting_evidence_uploaded_by_id_71b7b76f_fk_users_user_id` FOREIGN KEY (`uploaded_by_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oplog_oplogentryevidence` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `oplog_entry_id` bigint(20) NOT NULL,
  `evidence_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oplog_oplogentryevidence_oplog_entry_id_evidence__8003540d_uniq` (`oplog_entry_id`,`evidence_id`),
  KEY `oplog_oplogentryevid_evidence_id_1362613a_fk_reporting` (`evidence_id`),
  CONSTRAINT `oplog_oplogentryevid_evidence_id_1362613a_fk_reporting` FOREIGN KEY (`evidence_id`) REFERENCES `reporting_evidence` (`id`),
  CONSTRAINT `oplog_oplogentryevid_oplog_entry_id_0e37c272_fk_oplog_opl` FOREIGN KEY (`oplog_entry_id`) REFERENCES `oplog_oplogentry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oplog_oplogentryrecording` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `oplog_entry_id` bigint(20) NOT NULL,
  `recording_file` varchar(255) NOT NULL,
  `recording_text` longtext NOT NULL,
  `uploaded_date` datetime(6) NOT NULL,
  `uploaded_by_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oplog_entry_id` (`oplog_entry_id`),
  KEY `oplog_oplogentryreco_uploaded_by_id_a16c3789_fk_users_use` (`uploaded_by_id`),
  CONSTRAINT `oplog_oplogentryreco_oplog_entry_id_6fb348d7_fk_oplog_opl` FOREIGN KEY (`oplog_entry_id`) REFERENCES `oplog_oplogentry` (`id`),
  CONSTRAINT `oplog_oplogentryreco_uploaded_by_id_a16c3789_fk_users_use` FOREIGN KEY (`uploaded_by_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `oplog_oplogsanitization` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `oplog_id` bigint(20) NOT NULL,
  `sanitized_at` datetime(6) NOT NULL,
  `sanitized_by_id` bigint(20) DEFAULT NULL,
  `sanitized_by_name` varchar(255) NOT NULL,
  `fields` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`fields`)),
  PRIMARY KEY (`id`),
  KEY `oplog_oplogsanitizat_sanitized_by_id_28adb5c5_fk_users_use` (`sanitized_by_id`),
  KEY `oplog_oplog_oplog_i_824f5e_idx` (`oplog_id`,`sanitized_at` DESC),
  CONSTRAINT `oplog_oplogsanitizat_sanitized_by_id_28adb5c5_fk_users_use` FOREIGN KEY (`sanitized_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `oplog_oplogsanitization_oplog_id_80aee34c_fk_oplog_oplog_id` FOREIGN KEY (`oplog_id`) REFERENCES `oplog_oplog` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `otp_static_staticdevice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `name` varchar(64) NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `throttling_failure_timestamp` datetime(6) DEFAULT NULL,
  `throttling_failure_count` int(10) unsigned NOT NULL CHECK (`throttling_failure_count` >= 0),
  `created_at` datetime(6) DEFAULT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `otp_static_staticdevice_user_id_7f9cff2b_fk_users_user_id` (`user_id`),
  CONSTRAINT `otp_static_staticdevice_user_id_7f9cff2b_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `otp_static_statictoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `device_id` int(11) NOT NULL,
  `token` varchar(16) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `otp_static_statictok_device_id_74b7c7d1_fk_otp_stati` (`device_id`),
  KEY `otp_static_statictoken_token_d0a51866` (`token`),
  CONSTRAINT `otp_static_statictok_device_id_74b7c7d1_fk_otp_stati` FOREIGN KEY (`device_id`) REFERENCES `otp_static_staticdevice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `otp_totp_totpdevice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `name` varchar(64) NOT NULL,
  `confirmed` tinyint(1) NOT NULL,
  `throttling_failure_timestamp` datetime(6) DEFAULT NULL,
  `throttling_failure_count` int(10) unsigned NOT NULL CHECK (`throttling_failure_count` >= 0),
  `created_at` datetime(6) DEFAULT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  `key` varchar(80) NOT NULL,
  `step` smallint(5) unsigned NOT NULL CHECK (`step` >= 0),
  `t0` bigint(20) NOT NULL,
  `digits` smallint(5) unsigned NOT NULL CHECK (`digits` >= 0),
  `tolerance` smallint(5) unsigned NOT NULL CHECK (`tolerance` >= 0),
  `drift` smallint(6) NOT NULL,
  `last_t` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `otp_totp_totpdevice_user_id_0fb18292_fk_users_user_id` (`user_id`),
  CONSTRAINT `otp_totp_totpdevice_user_id_0fb18292_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reporting_archive` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `report_archive` varchar(100) NOT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `reporting_archive_project_id_e00a60e1_fk_rolodex_project_id` (`project_id`),
  CONSTRAINT `reporting_archive_project_id_e00a60e1_fk_rolodex_project_id` FOREIGN KEY (`project_id`) REFERENCES `rolodex_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reporting_findingtype` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `finding_type` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `finding_type` (`finding_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reporting_severity` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `severity` varchar(255) NOT NULL,
  `weight` int(11) NOT NULL,
  `color` varchar(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `severity` (`severity`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reporting_finding` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `title` longtext NOT NULL,
  `description` longtext NOT NULL,
  `impact` longtext NOT NULL,
  `mitigation` longtext NOT NULL,
  `replication_steps` longtext NOT NULL,
  `host_detection_techniques` longtext NOT NULL,
  `network_detection_techniques` longtext NOT NULL,
  `references` longtext NOT NULL,
  `finding_guidance` longtext NOT NULL,
  `cvss_score` double DEFAULT NULL,
  `cvss_vector` varchar(255) NOT NULL,
  `severity_id` bigint(20) NOT NULL,
  `finding_type_id` bigint(20) NOT NULL,
  `extra_fields` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_fields`)),
  PRIMARY KEY (`id`),
  KEY `reporting_finding_severity_id_c4aea0a2_fk_reporting_severity_id` (`severity_id`),
  KEY `reporting_finding_finding_type_id_576232af_fk_reporting` (`finding_type_id`),
  CONSTRAINT `reporting_finding_finding_type_id_576232af_fk_reporting` FOREIGN KEY (`finding_type_id`) REFERENCES `reporting_findingtype` (`id`),
  CONSTRAINT `reporting_finding_severity_id_c4aea0a2_fk_reporting_severity_id` FOREIGN KEY (`severity_id`) REFERENCES `reporting_severity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reporting_findingnote` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `timestamp` date NOT NULL,
  `note` longtext NOT NULL,
  `finding_id` bigint(20) NOT NULL,
  `operator_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `reporting_findingnot_finding_id_e9bb21d2_fk_reporting` (`finding_id`),
  KEY `reporting_findingnote_operator_id_ec6a14fc_fk_users_user_id` (`operator_id`),
  CONSTRAINT `reporting_findingnot_finding_id_e9bb21d2_fk_reporting` FOREIGN KEY (`finding_id`) REFERENCES `reporting_finding` (`id`),
  CONSTRAINT `reporting_findingnote_operator_id_ec6a14fc_fk_users_user_id` FOREIGN KEY (`operator_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reporting_reportfindinglink` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `title` longtext NOT NULL,
  `position` int(11) NOT NULL,
  `affected_entities` longtext NOT NULL,
  `description` longtext NOT NULL,
  `impact` longtext NOT NULL,
  `mitigation` longtext NOT NULL,
  `replication_steps` longtext NOT NULL,
  `host_detection_techniques` longtext NOT NULL,
  `network_detection_techniques` longtext NOT NULL,
  `references` longtext NOT NULL,
  `finding_guidance` longtext NOT NULL,
  `complete` tinyint(1) NOT NULL,
  `added_as_blank` tinyint(1) NOT NULL,
  `severity_id` bigint(20) NOT NULL,
  `finding_type_id` bigint(20) NOT NULL,
  `report_id` bigint(20) DEFAULT NULL,
  `assigned_to_id` bigint(20) DEFAULT NULL,
  `cvss_score` double DEFAULT NULL,
  `cvss_vector` varchar(255) NOT NULL,
  `extra_fields` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_fields`)),
  PRIMARY KEY (`id`),
  KEY `reporting_reportfind_severity_id_ed92c09e_fk_reporting` (`severity_id`),
  KEY `reporting_reportfind_finding_type_id_b165acad_fk_reporting` (`finding_type_id`),
  KEY `reporting_reportfind_report_id_173cdfe4_fk_reporting` (`report_id`),
  KEY `reporting_reportfind_assigned_to_id_586a64f4_fk_users_use` (`assigned_to_id`),
  CONSTRAINT `reporting_reportfind_assigned_to_id_586a64f4_fk_users_use` FOREIGN KEY (`assigned_to_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `reporting_reportfind_finding_type_id_b165acad_fk_reporting` FOREIGN KEY (`finding_type_id`) REFERENCES `reporting_findingtype` (`id`),
  CONSTRAINT `reporting_reportfind_report_id_173cdfe4_fk_reporting` FOREIGN KEY (`report_id`) REFERENCES `reporting_report` (`id`),
  CONSTRAINT `reporting_reportfind_severity_id_ed92c09e_fk_reporting` FOREIGN KEY (`severity_id`) REFERENCES `reporting_severity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reporting_localfindingnote` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `timestamp` date NOT NULL,
  `note` longtext NOT NULL,
  `finding_id` bigint(20) NOT NULL,
  `operator_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `reporting_localfindi_finding_id_667858fe_fk_reporting` (`finding_id`),
  KEY `reporting_localfindingnote_operator_id_ccc74743_fk_users_user_id` (`operator_id`),
  CONSTRAINT `reporting_localfindi_finding_id_667858fe_fk_reporting` FOREIGN KEY (`finding_id`) REFERENCES `reporting_reportfindinglink` (`id`),
  CONSTRAINT `reporting_localfindingnote_operator_id_ccc74743_fk_users_user_id` FOREIGN KEY (`operator_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reporting_observation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `title` longtext NOT NULL,
  `description` longtext NOT NULL,
  `extra_fields` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_fields`)),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reporting_reportobservationlink` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `position` int(11) NOT NULL,
  `description` longtext NOT NULL,
  `added_as_blank` tinyint(1) NOT NULL,
  `extra_fields` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_fields`)),
  `complete` tinyint(1) NOT NULL,
  `report_id` bigint(20) DEFAULT NULL,
  `assigned_to_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `reporting_reportobse_report_id_bf40bf64_fk_reporting` (`report_id`),
  KEY `reporting_reportobse_assigned_to_id_a155d68d_fk_users_use` (`assigned_to_id`),
  CONSTRAINT `reporting_reportobse_assigned_to_id_a155d68d_fk_users_use` FOREIGN KEY (`assigned_to_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `reporting_reportobse_report_id_bf40bf64_fk_reporting` FOREIGN KEY (`report_id`) REFERENCES `reporting_report` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rest_framework_api_key_apikey` (
  `id` varchar(150) NOT NULL,
  `prefix` varchar(8) NOT NULL,
  `hashed_key` varchar(150) NOT NULL,
  `created` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  `expiry_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `prefix` (`prefix`),
  KEY `rest_framework_api_key_apikey_created_c61872d9` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_clientcontact` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `job_title` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `phone` varchar(50) NOT NULL,
  `timezone` varchar(63) NOT NULL,
  `description` longtext NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `client_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rolodex_clientcontact_name_client_id_f6ee6e36_uniq` (`name`,`client_id`),
  KEY `rolodex_clientcontact_client_id_48f1bd5e_fk_rolodex_client_id` (`client_id`),
  CONSTRAINT `rolodex_clientcontact_client_id_48f1bd5e_fk_rolodex_client_id` FOREIGN KEY (`client_id`) REFERENCES `rolodex_client` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_clientinvite` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `comment` longtext NOT NULL,
  `client_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `rolodex_clientinvite_client_id_5d0aef60_fk_rolodex_client_id` (`client_id`),
  KEY `rolodex_clientinvite_user_id_7ca0ba49_fk_users_user_id` (`user_id`),
  CONSTRAINT `rolodex_clientinvite_client_id_5d0aef60_fk_rolodex_client_id` FOREIGN KEY (`client_id`) REFERENCES `rolodex_client` (`id`),
  CONSTRAINT `rolodex_clientinvite_user_id_7ca0ba49_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_clientnote` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `timestamp` date NOT NULL,
  `note` longtext NOT NULL,
  `client_id` bigint(20) NOT NULL,
  `operator_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `rolodex_clientnote_client_id_c2ca9488_fk_rolodex_client_id` (`client_id`),
  KEY `rolodex_clientnote_operator_id_739d4005_fk_users_user_id` (`operator_id`),
  CONSTRAINT `rolodex_clientnote_client_id_c2ca9488_fk_rolodex_client_id` FOREIGN KEY (`client_id`) REFERENCES `rolodex_client` (`id`),
  CONSTRAINT `rolodex_clientnote_operator_id_739d4005_fk_users_user_id` FOREIGN KEY (`operator_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_deconflictionstatus` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` varchar(255) NOT NULL,
  `weight` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_deconfliction` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `report_timestamp` datetime(6) NOT NULL,
  `alert_timestamp` datetime(6) DEFAULT NULL,
  `response_timestamp` datetime(6) DEFAULT NULL,
  `title` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `alert_source` varchar(255) NOT NULL,
  `project_id` bigint(20) NOT NULL,
  `status_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `rolodex_deconfliction_project_id_be3e6403_fk_rolodex_project_id` (`project_id`),
  KEY `rolodex_deconflictio_status_id_a282790f_fk_rolodex_d` (`status_id`),
  CONSTRAINT `rolodex_deconflictio_status_id_a282790f_fk_rolodex_d` FOREIGN KEY (`status_id`) REFERENCES `rolodex_deconflictionstatus` (`id`),
  CONSTRAINT `rolodex_deconfliction_project_id_be3e6403_fk_rolodex_project_id` FOREIGN KEY (`project_id`) REFERENCES `rolodex_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_objectivepriority` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `weight` int(11) NOT NULL,
  `priority` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `priority` (`priority`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_objectivestatus` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `objective_status` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `objective_status` (`objective_status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_projectrole` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `project_role` varchar(255) NOT NULL,
  `position` int(10) unsigned NOT NULL CHECK (`position` >= 0),
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_role` (`project_role`),
  UNIQUE KEY `rolodex_projectrole_unique_position` (`position`),
  CONSTRAINT `rolodex_projectrole_position_gte_1` CHECK (`position` >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_projectassignment` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `start_date` date DEFAULT NULL,
  `end_date` date DEFAULT NULL,
  `description` longtext NOT NULL,
  `operator_id` bigint(20) DEFAULT NULL,
  `project_id` bigint(20) NOT NULL,
  `role_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `rolodex_projectassignment_operator_id_c4c462d8_fk_users_user_id` (`operator_id`),
  KEY `rolodex_projectassig_project_id_ce701acc_fk_rolodex_p` (`project_id`),
  KEY `rolodex_projectassig_role_id_cbab79b0_fk_rolodex_p` (`role_id`),
  CONSTRAINT `rolodex_projectassig_project_id_ce701acc_fk_rolodex_p` FOREIGN KEY (`project_id`) REFERENCES `rolodex_project` (`id`),
  CONSTRAINT `rolodex_projectassig_role_id_cbab79b0_fk_rolodex_p` FOREIGN KEY (`role_id`) REFERENCES `rolodex_projectrole` (`id`),
  CONSTRAINT `rolodex_projectassignment_operator_id_c4c462d8_fk_users_user_id` FOREIGN KEY (`operator_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_projectcontact` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `job_title` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `phone` varchar(50) NOT NULL,
  `timezone` varchar(63) NOT NULL,
  `description` longtext NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `project_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rolodex_projectcontact_name_project_id_bb480f62_uniq` (`name`,`project_id`),
  KEY `rolodex_projectcontact_project_id_f7320727_fk_rolodex_project_id` (`project_id`),
  CONSTRAINT `rolodex_projectcontact_project_id_f7320727_fk_rolodex_project_id` FOREIGN KEY (`project_id`) REFERENCES `rolodex_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_projectinvite` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `comment` longtext NOT NULL,
  `project_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `rolodex_projectinvite_project_id_d510b642_fk_rolodex_project_id` (`project_id`),
  KEY `rolodex_projectinvite_user_id_13704bd9_fk_users_user_id` (`user_id`),
  CONSTRAINT `rolodex_projectinvite_project_id_d510b642_fk_rolodex_project_id` FOREIGN KEY (`project_id`) REFERENCES `rolodex_project` (`id`),
  CONSTRAINT `rolodex_projectinvite_user_id_13704bd9_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_projectnote` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `timestamp` date NOT NULL,
  `note` longtext NOT NULL,
  `project_id` bigint(20) NOT NULL,
  `operator_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `rolodex_projectnote_project_id_79acb8a5_fk_rolodex_project_id` (`project_id`),
  KEY `rolodex_projectnote_operator_id_5b9299b1_fk_users_user_id` (`operator_id`),
  CONSTRAINT `rolodex_projectnote_operator_id_5b9299b1_fk_users_user_id` FOREIGN KEY (`operator_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `rolodex_projectnote_project_id_79acb8a5_fk_rolodex_project_id` FOREIGN KEY (`project_id`) REFERENCES `rolodex_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_projectobjective` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `objective` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `complete` tinyint(1) NOT NULL,
  `deadline` date DEFAULT NULL,
  `marked_complete` date DEFAULT NULL,
  `position` int(11) NOT NULL,
  `result` longtext NOT NULL,
  `project_id` bigint(20) NOT NULL,
  `status_id` bigint(20) NOT NULL,
  `priority_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `rolodex_projectobjec_project_id_62b27a4b_fk_rolodex_p` (`project_id`),
  KEY `rolodex_projectobjec_status_id_98de9086_fk_rolodex_o` (`status_id`),
  KEY `rolodex_projectobjec_priority_id_cf6de852_fk_rolodex_o` (`priority_id`),
  CONSTRAINT `rolodex_projectobjec_priority_id_cf6de852_fk_rolodex_o` FOREIGN KEY (`priority_id`) REFERENCES `rolodex_objectivepriority` (`id`),
  CONSTRAINT `rolodex_projectobjec_project_id_62b27a4b_fk_rolodex_p` FOREIGN KEY (`project_id`) REFERENCES `rolodex_project` (`id`),
  CONSTRAINT `rolodex_projectobjec_status_id_98de9086_fk_rolodex_o` FOREIGN KEY (`status_id`) REFERENCES `rolodex_objectivestatus` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_projectscope` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `scope` longtext NOT NULL,
  `description` longtext NOT NULL,
  `disallowed` tinyint(1) NOT NULL,
  `requires_caution` tinyint(1) NOT NULL,
  `project_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `rolodex_projectscope_project_id_dcf53f05_fk_rolodex_project_id` (`project_id`),
  CONSTRAINT `rolodex_projectscope_project_id_dcf53f05_fk_rolodex_project_id` FOREIGN KEY (`project_id`) REFERENCES `rolodex_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_projectsubtask` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `task` longtext NOT NULL,
  `complete` tinyint(1) NOT NULL,
  `deadline` date DEFAULT NULL,
  `marked_complete` date DEFAULT NULL,
  `parent_id` bigint(20) NOT NULL,
  `status_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `rolodex_projectsubta_parent_id_63a99f77_fk_rolodex_p` (`parent_id`),
  KEY `rolodex_projectsubta_status_id_c5e132c9_fk_rolodex_o` (`status_id`),
  CONSTRAINT `rolodex_projectsubta_parent_id_63a99f77_fk_rolodex_p` FOREIGN KEY (`parent_id`) REFERENCES `rolodex_projectobjective` (`id`),
  CONSTRAINT `rolodex_projectsubta_status_id_c5e132c9_fk_rolodex_o` FOREIGN KEY (`status_id`) REFERENCES `rolodex_objectivestatus` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_projecttarget` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `ip_address` varchar(45) NOT NULL,
  `hostname` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `compromised` tinyint(1) NOT NULL,
  `project_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `rolodex_projecttarget_project_id_69dd3e2f_fk_rolodex_project_id` (`project_id`),
  CONSTRAINT `rolodex_projecttarget_project_id_69dd3e2f_fk_rolodex_project_id` FOREIGN KEY (`project_id`) REFERENCES `rolodex_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `rolodex_whitecard` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `issued` datetime(6) DEFAULT NULL,
  `title` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `project_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `rolodex_whitecard_project_id_772a701c_fk_rolodex_project_id` (`project_id`),
  CONSTRAINT `rolodex_whitecard_project_id_772a701c_fk_rolodex_project_id` FOREIGN KEY (`project_id`) REFERENCES `rolodex_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shepherd_activitytype` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `activity` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `activity` (`activity`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shepherd_serverprovider` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `server_provider` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `server_provider` (`server_provider`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shepherd_serverstatus` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `server_status` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `server_status` (`server_status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shepherd_staticserver` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `ip_address` char(39) NOT NULL,
  `description` longtext NOT NULL,
  `name` varchar(255) NOT NULL,
  `extra_fields` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_fields`)),
  `server_status_id` bigint(20) DEFAULT NULL,
  `server_provider_id` bigint(20) DEFAULT NULL,
  `last_used_by_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ip_address` (`ip_address`),
  KEY `shepherd_staticserve_server_status_id_d41f1ab4_fk_shepherd_` (`server_status_id`),
  KEY `shepherd_staticserve_server_provider_id_11a19799_fk_shepherd_` (`server_provider_id`),
  KEY `shepherd_staticserver_last_used_by_id_442a30d9_fk_users_user_id` (`last_used_by_id`),
  CONSTRAINT `shepherd_staticserve_server_provider_id_11a19799_fk_shepherd_` FOREIGN KEY (`server_provider_id`) REFERENCES `shepherd_serverprovider` (`id`),
  CONSTRAINT `shepherd_staticserve_server_status_id_d41f1ab4_fk_shepherd_` FOREIGN KEY (`server_status_id`) REFERENCES `shepherd_serverstatus` (`id`),
  CONSTRAINT `shepherd_staticserver_last_used_by_id_442a30d9_fk_users_user_id` FOREIGN KEY (`last_used_by_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shepherd_auxserveraddress` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `ip_address` char(39) DEFAULT NULL,
  `primary` tinyint(1) NOT NULL,
  `static_server_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `shepherd_auxserverad_static_server_id_5112503d_fk_shepherd_` (`static_server_id`),
  CONSTRAINT `shepherd_auxserverad_static_server_id_5112503d_fk_shepherd_` FOREIGN KEY (`static_server_id`) REFERENCES `shepherd_staticserver` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shepherd_domainstatus` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `domain_status` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `domain_status` (`domain_status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shepherd_healthstatus` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `health_status` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `health_status` (`health_status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shepherd_whoisstatus` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `whois_status` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `whois_status` (`whois_status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shepherd_domain` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `registrar` varchar(255) NOT NULL,
  `dns` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`dns`)),
  `creation` date NOT NULL,
  `expiration` date NOT NULL,
  `last_health_check` date DEFAULT NULL,
  `vt_permalink` varchar(255) NOT NULL,
  `categorization` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`categorization`)),
  `description` longtext NOT NULL,
  `burned_explanation` longtext NOT NULL,
  `auto_renew` tinyint(1) NOT NULL,
  `expired` tinyint(1) NOT NULL,
  `reset_dns` tinyint(1) NOT NULL,
  `extra_fields` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_fields`)),
  `whois_status_id` bigint(20) DEFAULT NULL,
  `health_status_id` bigint(20) DEFAULT NULL,
  `domain_status_id` bigint(20) DEFAULT NULL,
  `last_used_by_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `shepherd_domain_whois_status_id_a0721cb6_fk_shepherd_` (`whois_status_id`),
  KEY `shepherd_domain_health_status_id_cebe65d3_fk_shepherd_` (`health_status_id`),
  KEY `shepherd_domain_domain_status_id_a2fa7330_fk_shepherd_` (`domain_status_id`),
  KEY `shepherd_domain_last_used_by_id_119db0c5_fk_users_user_id` (`last_used_by_id`),
  CONSTRAINT `shepherd_domain_domain_status_id_a2fa7330_fk_shepherd_` FOREIGN KEY (`domain_status_id`) REFERENCES `shepherd_domainstatus` (`id`),
  CONSTRAINT `shepherd_domain_health_status_id_cebe65d3_fk_shepherd_` FOREIGN KEY (`health_status_id`) REFERENCES `shepherd_healthstatus` (`id`),
  CONSTRAINT `shepherd_domain_last_used_by_id_119db0c5_fk_users_user_id` FOREIGN KEY (`last_used_by_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `shepherd_domain_whois_status_id_a0721cb6_fk_shepherd_` FOREIGN KEY (`whois_status_id`) REFERENCES `shepherd_whoisstatus` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shepherd_domainnote` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `timestamp` date NOT NULL,
  `note` longtext NOT NULL,
  `domain_id` bigint(20) NOT NULL,
  `operator_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `shepherd_domainnote_domain_id_9e6a4961_fk_shepherd_domain_id` (`domain_id`),
  KEY `shepherd_domainnote_operator_id_040fcb51_fk_users_user_id` (`operator_id`),
  CONSTRAINT `shepherd_domainnote_domain_id_9e6a4961_fk_shepherd_domain_id` FOREIGN KEY (`domain_id`) REFERENCES `shepherd_domain` (`id`),
  CONSTRAINT `shepherd_domainnote_operator_id_040fcb51_fk_users_user_id` FOREIGN KEY (`operator_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shepherd_history` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `description` longtext NOT NULL,
  `domain_id` bigint(20) NOT NULL,
  `client_id` bigint(20) NOT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  `operator_id` bigint(20) DEFAULT NULL,
  `activity_type_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `shepherd_history_domain_id_5ac2c2ca_fk_shepherd_domain_id` (`domain_id`),
  KEY `shepherd_history_client_id_89d8cfd3_fk_rolodex_client_id` (`client_id`),
  KEY `shepherd_history_project_id_1fe0dabb_fk_rolodex_project_id` (`project_id`),
  KEY `shepherd_history_operator_id_0acb0189_fk_users_user_id` (`operator_id`),
  KEY `shepherd_history_activity_type_id_a2669c34_fk_shepherd_` (`activity_type_id`),
  CONSTRAINT `shepherd_history_activity_type_id_a2669c34_fk_shepherd_` FOREIGN KEY (`activity_type_id`) REFERENCES `shepherd_activitytype` (`id`),
  CONSTRAINT `shepherd_history_client_id_89d8cfd3_fk_rolodex_client_id` FOREIGN KEY (`client_id`) REFERENCES `rolodex_client` (`id`),
  CONSTRAINT `shepherd_history_domain_id_5ac2c2ca_fk_shepherd_domain_id` FOREIGN KEY (`domain_id`) REFERENCES `shepherd_domain` (`id`),
  CONSTRAINT `shepherd_history_operator_id_0acb0189_fk_users_user_id` FOREIGN KEY (`operator_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `shepherd_history_project_id_1fe0dabb_fk_rolodex_project_id` FOREIGN KEY (`project_id`) REFERENCES `rolodex_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shepherd_serverrole` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `server_role` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `server_role` (`server_role`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shepherd_serverhistory` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `description` longtext NOT NULL,
  `server_id` bigint(20) NOT NULL,
  `client_id` bigint(20) NOT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  `operator_id` bigint(20) DEFAULT NULL,
  `server_role_id` bigint(20) NOT NULL,
  `activity_type_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `shepherd_serverhisto_server_id_cd484fac_fk_shepherd_` (`server_id`),
  KEY `shepherd_serverhistory_client_id_132ff5c2_fk_rolodex_client_id` (`client_id`),
  KEY `shepherd_serverhistory_project_id_1c40d316_fk_rolodex_project_id` (`project_id`),
  KEY `shepherd_serverhistory_operator_id_34e8e348_fk_users_user_id` (`operator_id`),
  KEY `shepherd_serverhisto_server_role_id_d6b6cc81_fk_shepherd_` (`server_role_id`),
  KEY `shepherd_serverhisto_activity_type_id_b8698fb0_fk_shepherd_` (`activity_type_id`),
  CONSTRAINT `shepherd_serverhisto_activity_type_id_b8698fb0_fk_shepherd_` FOREIGN KEY (`activity_type_id`) REFERENCES `shepherd_activitytype` (`id`),
  CONSTRAINT `shepherd_serverhisto_server_id_cd484fac_fk_shepherd_` FOREIGN KEY (`server_id`) REFERENCES `shepherd_staticserver` (`id`),
  CONSTRAINT `shepherd_serverhisto_server_role_id_d6b6cc81_fk_shepherd_` FOREIGN KEY (`server_role_id`) REFERENCES `shepherd_serverrole` (`id`),
  CONSTRAINT `shepherd_serverhistory_client_id_132ff5c2_fk_rolodex_client_id` FOREIGN KEY (`client_id`) REFERENCES `rolodex_client` (`id`),
  CONSTRAINT `shepherd_serverhistory_operator_id_34e8e348_fk_users_user_id` FOREIGN KEY (`operator_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `shepherd_serverhistory_project_id_1c40d316_fk_rolodex_project_id` FOREIGN KEY (`project_id`) REFERENCES `rolodex_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shepherd_transientserver` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `ip_address` char(39) NOT NULL,
  `aux_address` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`aux_address`)),
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  `operator_id` bigint(20) DEFAULT NULL,
  `server_provider_id` bigint(20) DEFAULT NULL,
  `server_role_id` bigint(20) NOT NULL,
  `activity_type_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `shepherd_transientse_project_id_f0e29dd2_fk_rolodex_p` (`project_id`),
  KEY `shepherd_transientserver_operator_id_d2301a78_fk_users_user_id` (`operator_id`),
  KEY `shepherd_transientse_server_provider_id_e89609a9_fk_shepherd_` (`server_provider_id`),
  KEY `shepherd_transientse_server_role_id_7e24d482_fk_shepherd_` (`server_role_id`),
  KEY `shepherd_transientse_activity_type_id_97b100c2_fk_shepherd_` (`activity_type_id`),
  CONSTRAINT `shepherd_transientse_activity_type_id_97b100c2_fk_shepherd_` FOREIGN KEY (`activity_type_id`) REFERENCES `shepherd_activitytype` (`id`),
  CONSTRAINT `shepherd_transientse_project_id_f0e29dd2_fk_rolodex_p` FOREIGN KEY (`project_id`) REFERENCES `rolodex_project` (`id`),
  CONSTRAINT `shepherd_transientse_server_provider_id_e89609a9_fk_shepherd_` FOREIGN KEY (`server_provider_id`) REFERENCES `shepherd_serverprovider` (`id`),
  CONSTRAINT `shepherd_transientse_server_role_id_7e24d482_fk_shepherd_` FOREIGN KEY (`server_role_id`) REFERENCES `shepherd_serverrole` (`id`),
  CONSTRAINT `shepherd_transientserver_operator_id_d2301a78_fk_users_user_id` FOREIGN KEY (`operator_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shepherd_domainserverconnection` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `endpoint` varchar(255) NOT NULL,
  `subdomain` varchar(255) NOT NULL,
  `project_id` bigint(20) NOT NULL,
  `domain_id` bigint(20) NOT NULL,
  `static_server_id` bigint(20) DEFAULT NULL,
  `transient_server_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `shepherd_domainserve_project_id_35af0efe_fk_rolodex_p` (`project_id`),
  KEY `shepherd_domainserve_domain_id_398e22e4_fk_shepherd_` (`domain_id`),
  KEY `shepherd_domainserve_static_server_id_2ab6ed26_fk_shepherd_` (`static_server_id`),
  KEY `shepherd_domainserve_transient_server_id_48f0ff5a_fk_shepherd_` (`transient_server_id`),
  CONSTRAINT `shepherd_domainserve_domain_id_398e22e4_fk_shepherd_` FOREIGN KEY (`domain_id`) REFERENCES `shepherd_history` (`id`),
  CONSTRAINT `shepherd_domainserve_project_id_35af0efe_fk_rolodex_p` FOREIGN KEY (`project_id`) REFERENCES `rolodex_project` (`id`),
  CONSTRAINT `shepherd_domainserve_static_server_id_2ab6ed26_fk_shepherd_` FOREIGN KEY (`static_server_id`) REFERENCES `shepherd_serverhistory` (`id`),
  CONSTRAINT `shepherd_domainserve_transient_server_id_48f0ff5a_fk_shepherd_` FOREIGN KEY (`transient_server_id`) REFERENCES `shepherd_transientserver` (`id`),
  CONSTRAINT `only_one_server` CHECK (`static_server_id` is not null and `transient_server_id` is null or `static_server_id` is null and `transient_server_id` is not null)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `shepherd_servernote` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `timestamp` date NOT NULL,
  `note` longtext NOT NULL,
  `server_id` bigint(20) NOT NULL,
  `operator_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `shepherd_servernote_server_id_30ba51f2_fk_shepherd_` (`server_id`),
  KEY `shepherd_servernote_operator_id_0645b3ab_fk_users_user_id` (`operator_id`),
  CONSTRAINT `shepherd_servernote_operator_id_0645b3ab_fk_users_user_id` FOREIGN KEY (`operator_id`) REFERENCES `users_user` (`id`),
  CONSTRAINT `shepherd_servernote_server_id_30ba51f2_fk_shepherd_` FOREIGN KEY (`server_id`) REFERENCES `shepherd_staticserver` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialaccount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `provider` varchar(200) NOT NULL,
  `uid` varchar(191) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `extra_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_data`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_fc810c6e_uniq` (`provider`,`uid`),
  KEY `socialaccount_socialaccount_user_id_8146e70c_fk_users_user_id` (`user_id`),
  CONSTRAINT `socialaccount_socialaccount_user_id_8146e70c_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialapp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `provider_id` varchar(200) NOT NULL,
  `name` varchar(40) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `key` varchar(191) NOT NULL,
  `settings` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`settings`)),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialapp_sites` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `socialapp_id` int(11) NOT NULL,
  `site_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialapp_sites_socialapp_id_site_id_71a9a768_uniq` (`socialapp_id`,`site_id`),
  KEY `socialaccount_socialapp_sites_site_id_2579dee5_fk_django_site_id` (`site_id`),
  CONSTRAINT `socialaccount_social_socialapp_id_97fb6e7d_fk_socialacc` FOREIGN KEY (`socialapp_id`) REFERENCES `socialaccount_socialapp` (`id`),
  CONSTRAINT `socialaccount_socialapp_sites_site_id_2579dee5_fk_django_site_id` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialtoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_id` int(11) DEFAULT NULL,
  `account_id` int(11) NOT NULL,
  `token` longtext NOT NULL,
  `token_secret` longtext NOT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq` (`app_id`,`account_id`),
  KEY `socialaccount_social_account_id_951f210e_fk_socialacc` (`account_id`),
  CONSTRAINT `socialaccount_social_account_id_951f210e_fk_socialacc` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`),
  CONSTRAINT `socialaccount_social_app_id_636a42d7_fk_socialacc` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `taggit_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `taggit_taggeditem` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tag_id` int(11) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `object_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `taggit_taggeditem_content_type_id_object_id_tag_id_4bb97a8e_uniq` (`content_type_id`,`object_id`,`tag_id`),
  KEY `taggit_taggeditem_tag_id_f4f5b767_fk_taggit_tag_id` (`tag_id`),
  KEY `taggit_taggeditem_object_id_e2d7d1df` (`object_id`),
  KEY `taggit_tagg_content_8fc721_idx` (`content_type_id`,`object_id`),
  CONSTRAINT `taggit_taggeditem_content_type_id_9957a03c_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `taggit_taggeditem_tag_id_f4f5b767_fk_taggit_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `taggit_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users_user_groups` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_groups_user_id_group_id_b88eab82_uniq` (`user_id`,`group_id`),
  KEY `users_user_groups_group_id_9afc8d0e_fk_auth_group_id` (`group_id`),
  CONSTRAINT `users_user_groups_group_id_9afc8d0e_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `users_user_groups_user_id_5f6f5a90_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users_user_user_permissions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_user_permissions_user_id_permission_id_43338c45_uniq` (`user_id`,`permission_id`),
  KEY `users_user_user_perm_permission_id_0b93982e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `users_user_user_perm_permission_id_0b93982e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `users_user_user_permissions_user_id_20aca447_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;


-- VarFish server (Berlin Institute of Health at Charité; variant filtration and interpretation of rare-disease cases),
-- github.com/varfish-org/varfish-server, commit eaefffd5b99d373c5a117cd627f7eef05a836098 (MIT, LICENSE).
-- The Django models of backend/ (apps variants, svs, cases, cases_analysis, cases_files, cases_import, cases_qc, cohorts,
-- beaconsite, genepanels, importer, seqmeta, geneinfo, varfish.users) and of the installed apps they use (Django 4.2.30
-- auth / contenttypes / sessions / sites / admin, django-sodar-core 1.0.6 projectroles / timeline / appalerts /
-- adminalerts / bgjobs, django-plugins-bihealth 0.5.2, django-rest-knox 4.2.0, social-auth-app-django 5.4.3, the
-- versions of backend/Pipfile.lock), created with Django's own MySQL schema editor (django.db.backends.mysql,
-- schema_editor.create_model) in MariaDB 10.11 and dumped with mysqldump --no-data; column names and order are the models'.
-- Upstream runs on PostgreSQL: ArrayField is written as json, a CharField without max_length (PostgreSQL varchar) as
-- longtext. variants_smallvariant and svs_structuralvariant are unmanaged outside tests (partitioned tables created by
-- RunSQL migrations); they are written from their models like the others. Two composite indexes on variant coordinates
-- (of variants_smallvariantcomment and variants_smallvariantflags) exceed MariaDB's 3072-byte key limit and are left out;
-- variants_kioskannotatebgjob (left out) exceeds MariaDB's row size.
-- 80 of the 209 tables created are kept. Left out (129): the seqvars query engine (27 tables: presets and settings that
-- reference each other, queries, executions, results), the cases_qc metric tables but cases_qc_samtoolsstatsmainmetrics
-- (26), the internal-file tables of cases_files (2), 35 variants tables (background jobs, query presets, score caches,
-- exports, project-wide queries and statistics, sync messages), 11 svs tables (background SV sets, SV queries and jobs, gene
-- annotation, release info), 13 geneinfo reference tables (geneinfo_hpo and geneinfo_hponame kept), 8 importer tables,
-- varannos (2), ext_gestaltmatcher (2), social_auth_association / _nonce / _partial and auth_group_permissions.
-- The djangoplugins registry is kept because projectroles_appsetting references it.
-- Tables ordered so that every foreign key points at an earlier table; the two foreign keys closing the
-- variants_case / variant-set cycles are added by ALTER TABLE at the end.

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

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
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

CREATE TABLE `users_user` (
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
  `name` varchar(255) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`)
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
  KEY `django_admin_log_user_id_c564eba6_fk_users_user_id` (`user_id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `djangoplugins_pluginpoint` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `pythonpath` varchar(255) NOT NULL,
  `title` varchar(255) NOT NULL,
  `status` smallint(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `djangoplugins_plugin` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `point_id` bigint(20) NOT NULL,
  `pythonpath` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `title` varchar(255) NOT NULL,
  `index` int(11) NOT NULL,
  `status` smallint(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pythonpath` (`pythonpath`),
  UNIQUE KEY `djangoplugins_plugin_point_id_name_de37c5d2_uniq` (`point_id`,`name`),
  CONSTRAINT `djangoplugins_plugin_point_id_aeda9639_fk_djangoplu` FOREIGN KEY (`point_id`) REFERENCES `djangoplugins_pluginpoint` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `knox_authtoken` (
  `digest` varchar(128) NOT NULL,
  `token_key` varchar(8) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `expiry` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`digest`),
  KEY `knox_authtoken_user_id_e5a5d899_fk_users_user_id` (`user_id`),
  KEY `knox_authtoken_token_key_8f4f7d47` (`token_key`),
  CONSTRAINT `knox_authtoken_user_id_e5a5d899_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `social_auth_usersocialauth` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `provider` varchar(32) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `extra_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_data`)),
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_auth_usersocialauth_provider_uid_e6b5e668_uniq` (`provider`,`uid`),
  KEY `social_auth_usersocialauth_user_id_17d28448_fk_users_user_id` (`user_id`),
  KEY `social_auth_usersocialauth_uid_796e51dc` (`uid`),
  CONSTRAINT `social_auth_usersocialauth_user_id_17d28448_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `social_auth_code` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `code` varchar(32) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_auth_code_email_code_801b2d02_uniq` (`email`,`code`),
  KEY `social_auth_code_code_a2393167` (`code`),
  KEY `social_auth_code_timestamp_176b341f` (`timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `adminalerts_adminalert` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message` varchar(255) NOT NULL,
  `user_id` int(11) NOT NULL,
  `description` longtext DEFAULT NULL,
  `description_markup_type` varchar(30) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `_description_rendered` longtext DEFAULT NULL,
  `date_expire` datetime(6) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `require_auth` tinyint(1) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `adminalerts_adminalert_user_id_ac752543_fk_users_user_id` (`user_id`),
  CONSTRAINT `adminalerts_adminalert_user_id_ac752543_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `projectroles_project` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) NOT NULL,
  `type` varchar(64) NOT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `description` varchar(512) DEFAULT NULL,
  `readme` longtext DEFAULT NULL,
  `readme_markup_type` varchar(30) NOT NULL,
  `public_guest_access` tinyint(1) NOT NULL,
  `_readme_rendered` longtext DEFAULT NULL,
  `archive` tinyint(1) NOT NULL,
  `full_title` varchar(4096) DEFAULT NULL,
  `has_public_children` tinyint(1) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `projectroles_project_title_parent_id_cdc9eb4b_uniq` (`title`,`parent_id`),
  KEY `projectroles_project_parent_id_46e1ac99_fk_projectro` (`parent_id`),
  CONSTRAINT `projectroles_project_parent_id_46e1ac99_fk_projectro` FOREIGN KEY (`parent_id`) REFERENCES `projectroles_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `projectroles_role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `rank` int(11) NOT NULL,
  `project_types` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`project_types`)),
  `description` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `projectroles_roleassignment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `projectroles_roleass_project_id_e4d6c0b1_fk_projectro` (`project_id`),
  KEY `projectroles_roleassignment_user_id_cca0f216_fk_users_user_id` (`user_id`),
  KEY `projectroles_roleass_role_id_4b90893c_fk_projectro` (`role_id`),
  CONSTRAINT `projectroles_roleass_project_id_e4d6c0b1_fk_projectro` FOREIGN KEY (`project_id`) REFERENCES `projectroles_project` (`id`),
  CONSTRAINT `projectroles_roleass_role_id_4b90893c_fk_projectro` FOREIGN KEY (`role_id`) REFERENCES `projectroles_role` (`id`),
  CONSTRAINT `projectroles_roleassignment_user_id_cca0f216_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `projectroles_appsetting` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_plugin_id` bigint(20) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `name` varchar(255) NOT NULL,
  `type` varchar(64) NOT NULL,
  `value` longtext DEFAULT NULL,
  `value_json` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`value_json`)),
  `user_modifiable` tinyint(1) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `projectroles_appsetting_project_id_user_id_app_p_54864d3e_uniq` (`project_id`,`user_id`,`app_plugin_id`,`name`),
  KEY `projectroles_appsett_app_plugin_id_a6b54d79_fk_djangoplu` (`app_plugin_id`),
  KEY `projectroles_appsetting_user_id_d9cc634c_fk_users_user_id` (`user_id`),
  CONSTRAINT `projectroles_appsett_app_plugin_id_a6b54d79_fk_djangoplu` FOREIGN KEY (`app_plugin_id`) REFERENCES `djangoplugins_plugin` (`id`),
  CONSTRAINT `projectroles_appsett_project_id_ec6c8ee7_fk_projectro` FOREIGN KEY (`project_id`) REFERENCES `projectroles_project` (`id`),
  CONSTRAINT `projectroles_appsetting_user_id_d9cc634c_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `projectroles_projectinvite` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `project_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  `issuer_id` int(11) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_expire` datetime(6) NOT NULL,
  `message` longtext NOT NULL,
  `secret` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `secret` (`secret`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `projectroles_project_project_id_29215ab5_fk_projectro` (`project_id`),
  KEY `projectroles_project_role_id_d86f0ad3_fk_projectro` (`role_id`),
  KEY `projectroles_projectinvite_issuer_id_c539c7e4_fk_users_user_id` (`issuer_id`),
  CONSTRAINT `projectroles_project_project_id_29215ab5_fk_projectro` FOREIGN KEY (`project_id`) REFERENCES `projectroles_project` (`id`),
  CONSTRAINT `projectroles_project_role_id_d86f0ad3_fk_projectro` FOREIGN KEY (`role_id`) REFERENCES `projectroles_role` (`id`),
  CONSTRAINT `projectroles_projectinvite_issuer_id_c539c7e4_fk_users_user_id` FOREIGN KEY (`issuer_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `projectroles_remotesite` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `url` varchar(2000) NOT NULL,
  `mode` varchar(64) NOT NULL,
  `description` longtext NOT NULL,
  `secret` varchar(255) DEFAULT NULL,
  `user_display` tinyint(1) NOT NULL,
  `owner_modifiable` tinyint(1) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `projectroles_remotesite_url_mode_secret_c4a647d4_uniq` (`url`,`mode`,`secret`) USING HASH
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `projectroles_remoteproject` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_uuid` char(32) NOT NULL,
  `project_id` int(11) DEFAULT NULL,
  `site_id` int(11) NOT NULL,
  `level` varchar(255) NOT NULL,
  `date_access` datetime(6) DEFAULT NULL,
  `sodar_uuid` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `projectroles_remotep_project_id_2e20483e_fk_projectro` (`project_id`),
  KEY `projectroles_remotep_site_id_7fd91364_fk_projectro` (`site_id`),
  CONSTRAINT `projectroles_remotep_project_id_2e20483e_fk_projectro` FOREIGN KEY (`project_id`) REFERENCES `projectroles_project` (`id`),
  CONSTRAINT `projectroles_remotep_site_id_7fd91364_fk_projectro` FOREIGN KEY (`site_id`) REFERENCES `projectroles_remotesite` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `projectroles_sodaruseradditionalemail` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `email` varchar(254) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `secret` (`secret`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `projectroles_sodaruserad_user_id_email_1e4e95ff_uniq` (`user_id`,`email`),
  CONSTRAINT `projectroles_sodarus_user_id_85de7c6b_fk_users_use` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `appalerts_appalert` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_plugin_id` bigint(20) DEFAULT NULL,
  `alert_name` varchar(255) NOT NULL,
  `user_id` int(11) NOT NULL,
  `message` longtext NOT NULL,
  `level` varchar(64) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `url` varchar(2000) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  `date_created` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `appalerts_appalert_app_plugin_id_a563eb06_fk_djangoplu` (`app_plugin_id`),
  KEY `appalerts_appalert_user_id_165e1d64_fk_users_user_id` (`user_id`),
  KEY `appalerts_appalert_project_id_86083317_fk_projectro` (`project_id`),
  CONSTRAINT `appalerts_appalert_app_plugin_id_a563eb06_fk_djangoplu` FOREIGN KEY (`app_plugin_id`) REFERENCES `djangoplugins_plugin` (`id`),
  CONSTRAINT `appalerts_appalert_project_id_86083317_fk_projectro` FOREIGN KEY (`project_id`) REFERENCES `projectroles_project` (`id`),
  CONSTRAINT `appalerts_appalert_user_id_165e1d64_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `timeline_timelineevent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `project_id` int(11) DEFAULT NULL,
  `app` varchar(255) NOT NULL,
  `plugin` varchar(255) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  `event_name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `extra_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_data`)),
  `classified` tinyint(1) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `timeline_timelineeve_project_id_89332652_fk_projectro` (`project_id`),
  KEY `timeline_timelineevent_user_id_16748630_fk_users_user_id` (`user_id`),
  CONSTRAINT `timeline_timelineeve_project_id_89332652_fk_projectro` FOREIGN KEY (`project_id`) REFERENCES `projectroles_project` (`id`),
  CONSTRAINT `timeline_timelineevent_user_id_16748630_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `timeline_timelineeventobjectref` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `label` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `object_model` varchar(255) NOT NULL,
  `object_uuid` char(32) DEFAULT NULL,
  `extra_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_data`)),
  `sodar_uuid` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `timeline_timelineeve_event_id_3a19fe1b_fk_timeline_` (`event_id`),
  CONSTRAINT `timeline_timelineeve_event_id_3a19fe1b_fk_timeline_` FOREIGN KEY (`event_id`) REFERENCES `timeline_timelineevent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `timeline_timelineeventstatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  `status_type` varchar(64) NOT NULL,
  `description` longtext NOT NULL,
  `extra_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_data`)),
  `sodar_uuid` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `timeline_timelineeve_event_id_221dc4fb_fk_timeline_` (`event_id`),
  CONSTRAINT `timeline_timelineeve_event_id_221dc4fb_fk_timeline_` FOREIGN KEY (`event_id`) REFERENCES `timeline_timelineevent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_groups_user_id_group_id_b88eab82_uniq` (`user_id`,`group_id`),
  KEY `users_user_groups_group_id_9afc8d0e_fk_auth_group_id` (`group_id`),
  CONSTRAINT `users_user_groups_group_id_9afc8d0e_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `users_user_groups_user_id_5f6f5a90_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_user_permissions_user_id_permission_id_43338c45_uniq` (`user_id`,`permission_id`),
  KEY `users_user_user_perm_permission_id_0b93982e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `users_user_user_perm_permission_id_0b93982e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `users_user_user_permissions_user_id_20aca447_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqmeta_enrichmentkit` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `identifier` varchar(128) NOT NULL,
  `title` varchar(128) NOT NULL,
  `description` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `identifier` (`identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqmeta_targetbedfile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `enrichmentkit_id` int(11) NOT NULL,
  `file_uri` varchar(512) NOT NULL,
  `genome_release` varchar(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `seqmeta_targetbedfile_enrichmentkit_id_genome__8eb8157b_uniq` (`enrichmentkit_id`,`genome_release`),
  KEY `seqmeta_tar_file_ur_9f92c4_idx` (`file_uri`),
  CONSTRAINT `seqmeta_targetbedfil_enrichmentkit_id_e351f69e_fk_seqmeta_e` FOREIGN KEY (`enrichmentkit_id`) REFERENCES `seqmeta_enrichmentkit` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `svs_structuralvariantset` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `case_id` int(11) NOT NULL,
  `release` varchar(32) DEFAULT NULL,
  `state` varchar(16) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `svs_structuralvariantset_case_id_687759db_fk_variants_case_id` (`case_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_presetset` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `project_id` int(11) NOT NULL,
  `state` varchar(32) NOT NULL,
  `version_major` int(11) NOT NULL,
  `version_minor` int(11) NOT NULL,
  `signed_off_by_id` int(11) DEFAULT NULL,
  `label` varchar(64) NOT NULL,
  `description` longtext DEFAULT NULL,
  `database` varchar(32) NOT NULL,
  `default_presetset` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `variants_presetset_project_id_6e6ddecd_fk_projectro` (`project_id`),
  KEY `variants_presetset_signed_off_by_id_d993fc30_fk_users_user_id` (`signed_off_by_id`),
  CONSTRAINT `variants_presetset_project_id_6e6ddecd_fk_projectro` FOREIGN KEY (`project_id`) REFERENCES `projectroles_project` (`id`),
  CONSTRAINT `variants_presetset_signed_off_by_id_d993fc30_fk_users_user_id` FOREIGN KEY (`signed_off_by_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_smallvariantset` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `case_id` int(11) NOT NULL,
  `release` varchar(32) DEFAULT NULL,
  `state` varchar(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `variants_smallvariantset_case_id_9f2fee9c_fk_variants_case_id` (`case_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_case` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `release` varchar(32) DEFAULT NULL,
  `name` varchar(512) NOT NULL,
  `index` varchar(512) NOT NULL,
  `pedigree` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`pedigree`)),
  `notes` longtext DEFAULT NULL,
  `status` varchar(32) NOT NULL,
  `tags` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`tags`)),
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `case_version` int(11) NOT NULL,
  `state` varchar(128) DEFAULT NULL,
  `num_small_vars` int(11) DEFAULT NULL,
  `num_svs` int(11) DEFAULT NULL,
  `project_id` int(11) NOT NULL,
  `search_tokens` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`search_tokens`)),
  `presetset_id` int(11) DEFAULT NULL,
  `latest_variant_set_id` int(11) DEFAULT NULL,
  `latest_structural_variant_set_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `variants_case_project_id_64ceb9ce_fk_projectroles_project_id` (`project_id`),
  KEY `variants_case_presetset_id_80f63bff_fk_variants_presetset_id` (`presetset_id`),
  KEY `variants_case_latest_variant_set_i_65a85e18_fk_variants_` (`latest_variant_set_id`),
  KEY `variants_case_latest_structural_va_c92f9810_fk_svs_struc` (`latest_structural_variant_set_id`),
  KEY `variants_ca_name_89b7c1_idx` (`name`),
  CONSTRAINT `variants_case_latest_structural_va_c92f9810_fk_svs_struc` FOREIGN KEY (`latest_structural_variant_set_id`) REFERENCES `svs_structuralvariantset` (`id`),
  CONSTRAINT `variants_case_latest_variant_set_i_65a85e18_fk_variants_` FOREIGN KEY (`latest_variant_set_id`) REFERENCES `variants_smallvariantset` (`id`),
  CONSTRAINT `variants_case_presetset_id_80f63bff_fk_variants_presetset_id` FOREIGN KEY (`presetset_id`) REFERENCES `variants_presetset` (`id`),
  CONSTRAINT `variants_case_project_id_64ceb9ce_fk_projectroles_project_id` FOREIGN KEY (`project_id`) REFERENCES `projectroles_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cases_pedigree` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `case_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `case_id` (`case_id`),
  CONSTRAINT `cases_pedigree_case_id_90e76964_fk_variants_case_id` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cases_individual` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `pedigree_id` int(11) NOT NULL,
  `name` varchar(128) NOT NULL,
  `father` varchar(128) DEFAULT NULL,
  `mother` varchar(128) DEFAULT NULL,
  `affected` tinyint(1) NOT NULL,
  `sex` varchar(128) NOT NULL,
  `karyotypic_sex` varchar(128) NOT NULL,
  `assay` varchar(128) DEFAULT NULL,
  `enrichmentkit_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `cases_individual_pedigree_id_61a3a9ca_fk_cases_pedigree_id` (`pedigree_id`),
  KEY `cases_individual_enrichmentkit_id_cb08e211_fk_seqmeta_e` (`enrichmentkit_id`),
  CONSTRAINT `cases_individual_enrichmentkit_id_cb08e211_fk_seqmeta_e` FOREIGN KEY (`enrichmentkit_id`) REFERENCES `seqmeta_enrichmentkit` (`id`),
  CONSTRAINT `cases_individual_pedigree_id_61a3a9ca_fk_cases_pedigree_id` FOREIGN KEY (`pedigree_id`) REFERENCES `cases_pedigree` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cases_disease` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `individual_id` int(11) NOT NULL,
  `term_id` varchar(128) NOT NULL,
  `term_label` varchar(128) NOT NULL,
  `excluded` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `cases_disease_individual_id_term_id_64129f29_uniq` (`individual_id`,`term_id`),
  CONSTRAINT `cases_disease_individual_id_6fdb80e4_fk_cases_individual_id` FOREIGN KEY (`individual_id`) REFERENCES `cases_individual` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cases_phenotypicfeature` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `individual_id` int(11) NOT NULL,
  `term_id` varchar(128) NOT NULL,
  `term_label` varchar(128) NOT NULL,
  `excluded` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `cases_phenotypicfeature_individual_id_term_id_1984ede5_uniq` (`individual_id`,`term_id`),
  CONSTRAINT `cases_phenotypicfeat_individual_id_f0098986_fk_cases_ind` FOREIGN KEY (`individual_id`) REFERENCES `cases_individual` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cases_analysis_caseanalysis` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `case_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `case_id` (`case_id`),
  CONSTRAINT `cases_analysis_caseanalysis_case_id_c5ace579_fk_variants_case_id` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cases_analysis_caseanalysissession` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `caseanalysis_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `cases_analysis_caseanaly_caseanalysis_id_user_id_5774766c_uniq` (`caseanalysis_id`,`user_id`),
  KEY `cases_analysis_casea_user_id_ddcccf3e_fk_users_use` (`user_id`),
  CONSTRAINT `cases_analysis_casea_caseanalysis_id_1f353568_fk_cases_ana` FOREIGN KEY (`caseanalysis_id`) REFERENCES `cases_analysis_caseanalysis` (`id`),
  CONSTRAINT `cases_analysis_casea_user_id_ddcccf3e_fk_users_use` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cases_files_individualexternalfile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `case_id` int(11) NOT NULL,
  `path` varchar(1024) NOT NULL,
  `genomebuild` varchar(128) DEFAULT NULL,
  `mimetype` varchar(256) NOT NULL,
  `designation` varchar(128) NOT NULL,
  `available` tinyint(1) DEFAULT NULL,
  `last_checked` datetime(6) DEFAULT NULL,
  `file_attributes` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`file_attributes`)),
  `identifier_map` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`identifier_map`)),
  `individual_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `cases_files_individualex_individual_id_path_8f6deeb5_uniq` (`individual_id`,`path`) USING HASH,
  KEY `cases_files_individu_case_id_56c174da_fk_variants_` (`case_id`),
  KEY `cases_files_individu_individual_id_410a3c98_fk_cases_ind` (`individual_id`),
  CONSTRAINT `cases_files_individu_case_id_56c174da_fk_variants_` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`),
  CONSTRAINT `cases_files_individu_individual_id_410a3c98_fk_cases_ind` FOREIGN KEY (`individual_id`) REFERENCES `cases_individual` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cases_files_pedigreeexternalfile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `case_id` int(11) NOT NULL,
  `path` varchar(1024) NOT NULL,
  `genomebuild` varchar(128) DEFAULT NULL,
  `mimetype` varchar(256) NOT NULL,
  `designation` varchar(128) NOT NULL,
  `available` tinyint(1) DEFAULT NULL,
  `last_checked` datetime(6) DEFAULT NULL,
  `file_attributes` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`file_attributes`)),
  `identifier_map` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`identifier_map`)),
  `pedigree_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `cases_files_pedigreeexternalfile_pedigree_id_path_35c7f2e0_uniq` (`pedigree_id`,`path`) USING HASH,
  KEY `cases_files_pedigree_case_id_32606d02_fk_variants_` (`case_id`),
  KEY `cases_files_pedigree_pedigree_id_e50bc4a0_fk_cases_ped` (`pedigree_id`),
  CONSTRAINT `cases_files_pedigree_case_id_32606d02_fk_variants_` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`),
  CONSTRAINT `cases_files_pedigree_pedigree_id_e50bc4a0_fk_cases_ped` FOREIGN KEY (`pedigree_id`) REFERENCES `cases_pedigree` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cases_import_caseimportaction` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `project_id` int(11) NOT NULL,
  `action` varchar(32) NOT NULL,
  `state` varchar(32) NOT NULL,
  `payload` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`payload`)),
  `overwrite_terms` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `cases_import_caseimp_project_id_e5ccf305_fk_projectro` (`project_id`),
  CONSTRAINT `cases_import_caseimp_project_id_e5ccf305_fk_projectro` FOREIGN KEY (`project_id`) REFERENCES `projectroles_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `bgjobs_backgroundjob` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `project_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `job_type` varchar(512) NOT NULL,
  `name` varchar(512) NOT NULL,
  `description` longtext NOT NULL,
  `status` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `bgjobs_backgroundjob_project_id_bd3b5f09_fk_projectro` (`project_id`),
  KEY `bgjobs_backgroundjob_user_id_2a63542f_fk_users_user_id` (`user_id`),
  CONSTRAINT `bgjobs_backgroundjob_project_id_bd3b5f09_fk_projectro` FOREIGN KEY (`project_id`) REFERENCES `projectroles_project` (`id`),
  CONSTRAINT `bgjobs_backgroundjob_user_id_2a63542f_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cases_import_caseimportbackgroundjob` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `project_id` int(11) NOT NULL,
  `bg_job_id` int(11) NOT NULL,
  `caseimportaction_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `cases_import_caseimp_project_id_e83964bc_fk_projectro` (`project_id`),
  KEY `cases_import_caseimp_bg_job_id_eb50c079_fk_bgjobs_ba` (`bg_job_id`),
  KEY `cases_import_caseimp_caseimportaction_id_e3059f48_fk_cases_imp` (`caseimportaction_id`),
  CONSTRAINT `cases_import_caseimp_bg_job_id_eb50c079_fk_bgjobs_ba` FOREIGN KEY (`bg_job_id`) REFERENCES `bgjobs_backgroundjob` (`id`),
  CONSTRAINT `cases_import_caseimp_caseimportaction_id_e3059f48_fk_cases_imp` FOREIGN KEY (`caseimportaction_id`) REFERENCES `cases_import_caseimportaction` (`id`),
  CONSTRAINT `cases_import_caseimp_project_id_e83964bc_fk_projectro` FOREIGN KEY (`project_id`) REFERENCES `projectroles_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cases_qc_caseqc` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `state` varchar(50) NOT NULL,
  `case_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `cases_qc_caseqc_case_id_9c1629de_fk_variants_case_id` (`case_id`),
  CONSTRAINT `cases_qc_caseqc_case_id_9c1629de_fk_variants_case_id` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cases_qc_samtoolsstatsmainmetrics` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `caseqc_id` int(11) NOT NULL,
  `sample` varchar(200) NOT NULL,
  `sn` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`sn`)),
  `chk` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`chk`)),
  `isize` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`isize`)),
  `cov` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`cov`)),
  `gcd` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`gcd`)),
  `frl` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`frl`)),
  `lrl` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`lrl`)),
  `idd` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`idd`)),
  `ffq` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`ffq`)),
  `lfq` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`lfq`)),
  `fbc` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`fbc`)),
  `lbc` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`lbc`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `cases_qc_samtoolssta_caseqc_id_c19e59d3_fk_cases_qc_` (`caseqc_id`),
  CONSTRAINT `cases_qc_samtoolssta_caseqc_id_c19e59d3_fk_cases_qc_` FOREIGN KEY (`caseqc_id`) REFERENCES `cases_qc_caseqc` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_smallvariant` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `release` varchar(32) NOT NULL,
  `chromosome` varchar(32) NOT NULL,
  `chromosome_no` int(11) NOT NULL,
  `start` int(11) NOT NULL,
  `end` int(11) NOT NULL,
  `bin` int(11) NOT NULL,
  `reference` varchar(512) NOT NULL,
  `alternative` varchar(512) NOT NULL,
  `var_type` varchar(8) NOT NULL,
  `case_id` int(11) NOT NULL,
  `set_id` int(11) NOT NULL,
  `info` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`info`)),
  `genotype` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`genotype`)),
  `num_hom_alt` int(11) NOT NULL,
  `num_hom_ref` int(11) NOT NULL,
  `num_het` int(11) NOT NULL,
  `num_hemi_alt` int(11) NOT NULL,
  `num_hemi_ref` int(11) NOT NULL,
  `in_clinvar` tinyint(1) DEFAULT NULL,
  `exac_frequency` double DEFAULT NULL,
  `exac_homozygous` int(11) DEFAULT NULL,
  `exac_heterozygous` int(11) DEFAULT NULL,
  `exac_hemizygous` int(11) DEFAULT NULL,
  `thousand_genomes_frequency` double DEFAULT NULL,
  `thousand_genomes_homozygous` int(11) DEFAULT NULL,
  `thousand_genomes_heterozygous` int(11) DEFAULT NULL,
  `thousand_genomes_hemizygous` int(11) DEFAULT NULL,
  `gnomad_exomes_frequency` double DEFAULT NULL,
  `gnomad_exomes_homozygous` int(11) DEFAULT NULL,
  `gnomad_exomes_heterozygous` int(11) DEFAULT NULL,
  `gnomad_exomes_hemizygous` int(11) DEFAULT NULL,
  `gnomad_genomes_frequency` double DEFAULT NULL,
  `gnomad_genomes_homozygous` int(11) DEFAULT NULL,
  `gnomad_genomes_heterozygous` int(11) DEFAULT NULL,
  `gnomad_genomes_hemizygous` int(11) DEFAULT NULL,
  `refseq_gene_id` varchar(16) DEFAULT NULL,
  `refseq_transcript_id` varchar(16) DEFAULT NULL,
  `refseq_transcript_coding` tinyint(1) DEFAULT NULL,
  `refseq_hgvs_c` varchar(512) DEFAULT NULL,
  `refseq_hgvs_p` varchar(512) DEFAULT NULL,
  `refseq_effect` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`refseq_effect`)),
  `refseq_exon_dist` int(11) DEFAULT NULL,
  `ensembl_gene_id` varchar(16) DEFAULT NULL,
  `ensembl_transcript_id` varchar(32) DEFAULT NULL,
  `ensembl_transcript_coding` tinyint(1) DEFAULT NULL,
  `ensembl_hgvs_c` varchar(512) DEFAULT NULL,
  `ensembl_hgvs_p` varchar(512) DEFAULT NULL,
  `ensembl_effect` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`ensembl_effect`)),
  `ensembl_exon_dist` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_casephenotypeterms` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `case_id` int(11) NOT NULL,
  `individual` varchar(128) NOT NULL,
  `terms` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`terms`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `variants_casephenotypeterms_case_id_individual_bf08e1bf_uniq` (`case_id`,`individual`),
  CONSTRAINT `variants_casephenotypeterms_case_id_ced25570_fk_variants_case_id` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_casecomments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `case_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `comment` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `variants_casecomments_case_id_5e2bc3d0_fk_variants_case_id` (`case_id`),
  KEY `variants_casecomments_user_id_9a85fc2a_fk_users_user_id` (`user_id`),
  CONSTRAINT `variants_casecomments_case_id_5e2bc3d0_fk_variants_case_id` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`),
  CONSTRAINT `variants_casecomments_user_id_9a85fc2a_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_casealignmentstats` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `case_id` int(11) NOT NULL,
  `variant_set_id` int(11) NOT NULL,
  `bam_stats` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`bam_stats`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `variant_set_id` (`variant_set_id`),
  KEY `variants_ca_case_id_42432f_idx` (`case_id`),
  CONSTRAINT `variants_casealignme_variant_set_id_eee3aafb_fk_variants_` FOREIGN KEY (`variant_set_id`) REFERENCES `variants_smallvariantset` (`id`),
  CONSTRAINT `variants_casealignmentstats_case_id_eb29390a_fk_variants_case_id` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_casegeneannotationentry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `case_id` int(11) NOT NULL,
  `gene_symbol` varchar(32) NOT NULL,
  `entrez_id` varchar(32) NOT NULL,
  `ensembl_gene_id` varchar(32) NOT NULL,
  `annotation` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`annotation`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `variants_casegeneann_case_id_0339d98e_fk_variants_` (`case_id`),
  CONSTRAINT `variants_casegeneann_case_id_0339d98e_fk_variants_` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_importvariantsbgjob` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `project_id` int(11) NOT NULL,
  `bg_job_id` int(11) NOT NULL,
  `case_name` varchar(128) NOT NULL,
  `index_name` varchar(128) NOT NULL,
  `path_ped` varchar(4096) NOT NULL,
  `path_genotypes` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`path_genotypes`)),
  `path_db_info` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`path_db_info`)),
  `path_bam_qc` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`path_bam_qc`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `variants_importvaria_project_id_bbdddbd4_fk_projectro` (`project_id`),
  KEY `variants_importvaria_bg_job_id_fbe1f9ec_fk_bgjobs_ba` (`bg_job_id`),
  CONSTRAINT `variants_importvaria_bg_job_id_fbe1f9ec_fk_bgjobs_ba` FOREIGN KEY (`bg_job_id`) REFERENCES `bgjobs_backgroundjob` (`id`),
  CONSTRAINT `variants_importvaria_project_id_bbdddbd4_fk_projectro` FOREIGN KEY (`project_id`) REFERENCES `projectroles_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_smallvariantquery` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `query_settings` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`query_settings`)),
  `query_settings_version_major` int(11) NOT NULL,
  `query_settings_version_minor` int(11) NOT NULL,
  `query_state` varchar(64) NOT NULL,
  `query_state_msg` longtext DEFAULT NULL,
  `name` varchar(100) DEFAULT NULL,
  `public` tinyint(1) NOT NULL,
  `case_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `variants_smallvariantquery_user_id_08275dcc_fk_users_user_id` (`user_id`),
  KEY `variants_smallvariantquery_case_id_84e3eda8_fk_variants_case_id` (`case_id`),
  CONSTRAINT `variants_smallvariantquery_case_id_84e3eda8_fk_variants_case_id` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`),
  CONSTRAINT `variants_smallvariantquery_user_id_08275dcc_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_smallvariantqueryresultset` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `smallvariantquery_id` int(11) DEFAULT NULL,
  `result_row_count` int(11) NOT NULL,
  `start_time` datetime(6) NOT NULL,
  `end_time` datetime(6) NOT NULL,
  `elapsed_seconds` double NOT NULL,
  `case_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `variants_smallvarian_smallvariantquery_id_b7da786e_fk_variants_` (`smallvariantquery_id`),
  KEY `variants_smallvarian_case_id_1ddc221c_fk_variants_` (`case_id`),
  CONSTRAINT `variants_smallvarian_case_id_1ddc221c_fk_variants_` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`),
  CONSTRAINT `variants_smallvarian_smallvariantquery_id_b7da786e_fk_variants_` FOREIGN KEY (`smallvariantquery_id`) REFERENCES `variants_smallvariantquery` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_smallvariantqueryresultrow` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `smallvariantqueryresultset_id` int(11) NOT NULL,
  `release` varchar(32) NOT NULL,
  `chromosome` varchar(32) NOT NULL,
  `chromosome_no` int(11) NOT NULL,
  `bin` int(11) NOT NULL,
  `start` int(11) NOT NULL,
  `end` int(11) NOT NULL,
  `reference` varchar(512) NOT NULL,
  `alternative` varchar(512) NOT NULL,
  `payload` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`payload`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `variants_smallvarian_smallvariantqueryres_15554382_fk_variants_` (`smallvariantqueryresultset_id`),
  CONSTRAINT `variants_smallvarian_smallvariantqueryres_15554382_fk_variants_` FOREIGN KEY (`smallvariantqueryresultset_id`) REFERENCES `variants_smallvariantqueryresultset` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_casevariantstats` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `variant_set_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `variant_set_id` (`variant_set_id`),
  CONSTRAINT `variants_casevariant_variant_set_id_e9e78861_fk_variants_` FOREIGN KEY (`variant_set_id`) REFERENCES `variants_smallvariantset` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_samplevariantstatistics` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `stats_id` int(11) NOT NULL,
  `sample_name` varchar(200) NOT NULL,
  `ontarget_transitions` int(11) NOT NULL,
  `ontarget_transversions` int(11) NOT NULL,
  `ontarget_snvs` int(11) NOT NULL,
  `ontarget_indels` int(11) NOT NULL,
  `ontarget_mnvs` int(11) NOT NULL,
  `ontarget_effect_counts` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`ontarget_effect_counts`)),
  `ontarget_indel_sizes` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`ontarget_indel_sizes`)),
  `ontarget_dps` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`ontarget_dps`)),
  `ontarget_dp_quantiles` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`ontarget_dp_quantiles`)),
  `het_ratio` double NOT NULL,
  `chrx_het_hom` double NOT NULL,
  PRIMARY KEY (`id`),
  KEY `variants_samplevaria_stats_id_e118d0ff_fk_variants_` (`stats_id`),
  CONSTRAINT `variants_samplevaria_stats_id_e118d0ff_fk_variants_` FOREIGN KEY (`stats_id`) REFERENCES `variants_casevariantstats` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_pedigreerelatedness` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sample1` varchar(200) NOT NULL,
  `sample2` varchar(200) NOT NULL,
  `het_1_2` int(11) NOT NULL,
  `het_1` int(11) NOT NULL,
  `het_2` int(11) NOT NULL,
  `n_ibs0` int(11) NOT NULL,
  `n_ibs1` int(11) NOT NULL,
  `n_ibs2` int(11) NOT NULL,
  `stats_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `variants_pedigreerel_stats_id_22119cb8_fk_variants_` (`stats_id`),
  CONSTRAINT `variants_pedigreerel_stats_id_22119cb8_fk_variants_` FOREIGN KEY (`stats_id`) REFERENCES `variants_casevariantstats` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_smallvariantcomment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `release` varchar(32) NOT NULL,
  `chromosome` varchar(32) NOT NULL,
  `chromosome_no` int(11) NOT NULL,
  `start` int(11) NOT NULL,
  `end` int(11) NOT NULL,
  `bin` int(11) NOT NULL,
  `reference` varchar(512) NOT NULL,
  `alternative` varchar(512) NOT NULL,
  `case_id` int(11) NOT NULL,
  `text` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `variants_smallvariantcomment_user_id_5a28c180_fk_users_user_id` (`user_id`),
  KEY `variants_smallvarian_case_id_8907fc34_fk_variants_` (`case_id`),
  CONSTRAINT `variants_smallvarian_case_id_8907fc34_fk_variants_` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`),
  CONSTRAINT `variants_smallvariantcomment_user_id_5a28c180_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_smallvariantflags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `release` varchar(32) NOT NULL,
  `chromosome` varchar(32) NOT NULL,
  `chromosome_no` int(11) NOT NULL,
  `start` int(11) NOT NULL,
  `end` int(11) NOT NULL,
  `bin` int(11) NOT NULL,
  `reference` varchar(512) NOT NULL,
  `alternative` varchar(512) NOT NULL,
  `case_id` int(11) NOT NULL,
  `flag_bookmarked` tinyint(1) NOT NULL,
  `flag_incidental` tinyint(1) NOT NULL,
  `flag_candidate` tinyint(1) NOT NULL,
  `flag_final_causative` tinyint(1) NOT NULL,
  `flag_for_validation` tinyint(1) NOT NULL,
  `flag_no_disease_association` tinyint(1) NOT NULL,
  `flag_segregates` tinyint(1) NOT NULL,
  `flag_doesnt_segregate` tinyint(1) NOT NULL,
  `flag_visual` varchar(32) NOT NULL,
  `flag_molecular` varchar(32) NOT NULL,
  `flag_validation` varchar(32) NOT NULL,
  `flag_phenotype_match` varchar(32) NOT NULL,
  `flag_summary` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `variants_smallvariantfla_release_chromosome_start_dd5ad51f_uniq` (`release`,`chromosome`,`start`,`end`,`reference`,`alternative`,`case_id`) USING HASH,
  KEY `variants_smallvariantflags_case_id_d45d4026_fk_variants_case_id` (`case_id`),
  CONSTRAINT `variants_smallvariantflags_case_id_d45d4026_fk_variants_case_id` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `variants_acmgcriteriarating` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `case_id` int(11) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `release` varchar(32) NOT NULL,
  `chromosome` varchar(32) NOT NULL,
  `start` int(11) NOT NULL,
  `end` int(11) NOT NULL,
  `bin` int(11) NOT NULL,
  `reference` varchar(512) NOT NULL,
  `alternative` varchar(512) NOT NULL,
  `pvs1` int(11) NOT NULL,
  `ps1` int(11) NOT NULL,
  `ps2` int(11) NOT NULL,
  `ps3` int(11) NOT NULL,
  `ps4` int(11) NOT NULL,
  `pm1` int(11) NOT NULL,
  `pm2` int(11) NOT NULL,
  `pm3` int(11) NOT NULL,
  `pm4` int(11) NOT NULL,
  `pm5` int(11) NOT NULL,
  `pm6` int(11) NOT NULL,
  `pp1` int(11) NOT NULL,
  `pp2` int(11) NOT NULL,
  `pp3` int(11) NOT NULL,
  `pp4` int(11) NOT NULL,
  `pp5` int(11) NOT NULL,
  `ba1` int(11) NOT NULL,
  `bs1` int(11) NOT NULL,
  `bs2` int(11) NOT NULL,
  `bs3` int(11) NOT NULL,
  `bs4` int(11) NOT NULL,
  `bp1` int(11) NOT NULL,
  `bp2` int(11) NOT NULL,
  `bp3` int(11) NOT NULL,
  `bp4` int(11) NOT NULL,
  `bp5` int(11) NOT NULL,
  `bp6` int(11) NOT NULL,
  `bp7` int(11) NOT NULL,
  `class_auto` int(11) DEFAULT NULL,
  `class_override` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `variants_acmgcriteriarating_user_id_7e38414d_fk_users_user_id` (`user_id`),
  KEY `variants_acmgcriteriarating_case_id_e21d17d1_fk_variants_case_id` (`case_id`),
  CONSTRAINT `variants_acmgcriteriarating_case_id_e21d17d1_fk_variants_case_id` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`),
  CONSTRAINT `variants_acmgcriteriarating_user_id_7e38414d_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `svs_structuralvariant` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `release` varchar(32) NOT NULL,
  `chromosome` varchar(32) NOT NULL,
  `chromosome_no` int(11) NOT NULL,
  `bin` int(11) NOT NULL,
  `chromosome2` varchar(32) DEFAULT NULL,
  `chromosome_no2` int(11) DEFAULT NULL,
  `bin2` int(11) DEFAULT NULL,
  `start` int(11) NOT NULL,
  `end` int(11) NOT NULL,
  `pe_orientation` varchar(32) DEFAULT NULL,
  `start_ci_left` int(11) NOT NULL,
  `start_ci_right` int(11) NOT NULL,
  `end_ci_left` int(11) NOT NULL,
  `end_ci_right` int(11) NOT NULL,
  `case_id` int(11) NOT NULL,
  `set_id` int(11) NOT NULL,
  `sv_uuid` char(32) NOT NULL,
  `caller` varchar(128) NOT NULL,
  `sv_type` varchar(32) NOT NULL,
  `sv_sub_type` varchar(32) NOT NULL,
  `info` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`info`)),
  `num_hom_alt` int(11) DEFAULT NULL,
  `num_hom_ref` int(11) DEFAULT NULL,
  `num_het` int(11) DEFAULT NULL,
  `num_hemi_alt` int(11) DEFAULT NULL,
  `num_hemi_ref` int(11) DEFAULT NULL,
  `genotype` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`genotype`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `sv_uuid` (`sv_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `svs_structuralvariantcomment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `bin` int(11) NOT NULL,
  `release` varchar(32) NOT NULL,
  `chromosome` varchar(32) NOT NULL,
  `start` int(11) NOT NULL,
  `end` int(11) NOT NULL,
  `sv_type` varchar(32) NOT NULL,
  `sv_sub_type` varchar(32) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `case_id` int(11) NOT NULL,
  `text` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `svs_structuralvariantcomment_user_id_ecebde0c_fk_users_user_id` (`user_id`),
  KEY `svs_structu_case_id_7fdf69_idx` (`case_id`,`release`,`bin`),
  CONSTRAINT `svs_structuralvarian_case_id_4fdfdf6e_fk_variants_` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`),
  CONSTRAINT `svs_structuralvariantcomment_user_id_ecebde0c_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `svs_structuralvariantflags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `bin` int(11) NOT NULL,
  `release` varchar(32) NOT NULL,
  `chromosome` varchar(32) NOT NULL,
  `start` int(11) NOT NULL,
  `end` int(11) NOT NULL,
  `sv_type` varchar(32) NOT NULL,
  `sv_sub_type` varchar(32) NOT NULL,
  `case_id` int(11) NOT NULL,
  `flag_bookmarked` tinyint(1) NOT NULL,
  `flag_candidate` tinyint(1) NOT NULL,
  `flag_final_causative` tinyint(1) NOT NULL,
  `flag_for_validation` tinyint(1) NOT NULL,
  `flag_no_disease_association` tinyint(1) NOT NULL,
  `flag_segregates` tinyint(1) NOT NULL,
  `flag_doesnt_segregate` tinyint(1) NOT NULL,
  `flag_incidental` tinyint(1) NOT NULL,
  `flag_molecular` varchar(32) NOT NULL,
  `flag_visual` varchar(32) NOT NULL,
  `flag_validation` varchar(32) NOT NULL,
  `flag_phenotype_match` varchar(32) NOT NULL,
  `flag_summary` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `svs_structu_case_id_94fcb3_idx` (`case_id`,`release`,`bin`),
  CONSTRAINT `svs_structuralvariantflags_case_id_7dfc8c20_fk_variants_case_id` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `svs_structuralvariantacmgrating` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `bin` int(11) NOT NULL,
  `release` varchar(32) NOT NULL,
  `chromosome` varchar(32) NOT NULL,
  `start` int(11) NOT NULL,
  `end` int(11) NOT NULL,
  `sv_type` varchar(32) NOT NULL,
  `sv_sub_type` varchar(32) NOT NULL,
  `case_id` int(11) NOT NULL,
  `class_override` double DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `svs_structu_case_id_943501_idx` (`case_id`,`release`,`bin`),
  CONSTRAINT `svs_structuralvarian_case_id_bacfb29e_fk_variants_` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cohorts_cohort` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `name` varchar(512) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `cohorts_cohort_user_id_e6e5586e_fk_users_user_id` (`user_id`),
  KEY `cohorts_cohort_project_id_03d835cb_fk_projectroles_project_id` (`project_id`),
  CONSTRAINT `cohorts_cohort_project_id_03d835cb_fk_projectroles_project_id` FOREIGN KEY (`project_id`) REFERENCES `projectroles_project` (`id`),
  CONSTRAINT `cohorts_cohort_user_id_e6e5586e_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `cohorts_cohortcase` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sodar_uuid` char(32) NOT NULL,
  `cohort_id` int(11) NOT NULL,
  `case_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `cohorts_cohortcase_cohort_id_case_id_52f0af52_uniq` (`cohort_id`,`case_id`),
  KEY `cohorts_cohortcase_case_id_129354bf_fk_variants_case_id` (`case_id`),
  CONSTRAINT `cohorts_cohortcase_case_id_129354bf_fk_variants_case_id` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`),
  CONSTRAINT `cohorts_cohortcase_cohort_id_b675e4f6_fk_cohorts_cohort_id` FOREIGN KEY (`cohort_id`) REFERENCES `cohorts_cohort` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `beaconsite_consortium` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `identifier` varchar(128) NOT NULL,
  `title` varchar(128) NOT NULL,
  `description` longtext DEFAULT NULL,
  `state` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `identifier` (`identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `beaconsite_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `role` varchar(100) NOT NULL,
  `state` varchar(100) NOT NULL,
  `identifier` varchar(128) NOT NULL,
  `title` varchar(128) NOT NULL,
  `description` longtext DEFAULT NULL,
  `entrypoint_url` longtext NOT NULL,
  `key_algo` varchar(64) NOT NULL,
  `max_clock_skew` int(11) NOT NULL,
  `private_key` longtext DEFAULT NULL,
  `public_key` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `identifier` (`identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `beaconsite_consortiummember` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `site_id` int(11) NOT NULL,
  `consortium_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `beaconsite_consortiu_site_id_cc68b5c1_fk_beaconsit` (`site_id`),
  KEY `beaconsite_consortiu_consortium_id_39d73b8b_fk_beaconsit` (`consortium_id`),
  CONSTRAINT `beaconsite_consortiu_consortium_id_39d73b8b_fk_beaconsit` FOREIGN KEY (`consortium_id`) REFERENCES `beaconsite_consortium` (`id`),
  CONSTRAINT `beaconsite_consortiu_site_id_cc68b5c1_fk_beaconsit` FOREIGN KEY (`site_id`) REFERENCES `beaconsite_site` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `beaconsite_consortiumassignment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `consortium_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `beaconsite_consortiu_consortium_id_bd346229_fk_beaconsit` (`consortium_id`),
  KEY `beaconsite_consortiu_project_id_43802c79_fk_projectro` (`project_id`),
  CONSTRAINT `beaconsite_consortiu_consortium_id_bd346229_fk_beaconsit` FOREIGN KEY (`consortium_id`) REFERENCES `beaconsite_consortium` (`id`),
  CONSTRAINT `beaconsite_consortiu_project_id_43802c79_fk_projectro` FOREIGN KEY (`project_id`) REFERENCES `projectroles_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `beaconsite_query` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `src_site_id` int(11) NOT NULL,
  `dst_site_id` int(11) NOT NULL,
  `http_url` longtext NOT NULL,
  `http_method` varchar(64) NOT NULL,
  `http_header` longtext NOT NULL,
  `http_body` longtext DEFAULT NULL,
  `src_project_id` int(11) DEFAULT NULL,
  `src_case_id` int(11) DEFAULT NULL,
  `src_user_username` varchar(128) DEFAULT NULL,
  `src_user_identifier` varchar(128) DEFAULT NULL,
  `src_user_id` int(11) DEFAULT NULL,
  `var_release` varchar(64) NOT NULL,
  `var_chrom` varchar(64) NOT NULL,
  `var_start` int(11) NOT NULL,
  `var_end` int(11) NOT NULL,
  `var_reference` longtext NOT NULL,
  `var_alternative` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `beaconsite_query_src_site_id_afb4b7f7_fk_beaconsite_site_id` (`src_site_id`),
  KEY `beaconsite_query_dst_site_id_3d10c82c_fk_beaconsite_site_id` (`dst_site_id`),
  KEY `beaconsite_query_src_project_id_dfcddc11_fk_projectro` (`src_project_id`),
  KEY `beaconsite_query_src_case_id_ff5c0b5f_fk_variants_case_id` (`src_case_id`),
  KEY `beaconsite_query_src_user_id_c3c778c7_fk_users_user_id` (`src_user_id`),
  CONSTRAINT `beaconsite_query_dst_site_id_3d10c82c_fk_beaconsite_site_id` FOREIGN KEY (`dst_site_id`) REFERENCES `beaconsite_site` (`id`),
  CONSTRAINT `beaconsite_query_src_case_id_ff5c0b5f_fk_variants_case_id` FOREIGN KEY (`src_case_id`) REFERENCES `variants_case` (`id`),
  CONSTRAINT `beaconsite_query_src_project_id_dfcddc11_fk_projectro` FOREIGN KEY (`src_project_id`) REFERENCES `projectroles_project` (`id`),
  CONSTRAINT `beaconsite_query_src_site_id_afb4b7f7_fk_beaconsite_site_id` FOREIGN KEY (`src_site_id`) REFERENCES `beaconsite_site` (`id`),
  CONSTRAINT `beaconsite_query_src_user_id_c3c778c7_fk_users_user_id` FOREIGN KEY (`src_user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `beaconsite_response` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `query_id` int(11) NOT NULL,
  `http_header` longtext NOT NULL,
  `http_body` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `beaconsite_response_query_id_a5049e81_fk_beaconsite_query_id` (`query_id`),
  CONSTRAINT `beaconsite_response_query_id_a5049e81_fk_beaconsite_query_id` FOREIGN KEY (`query_id`) REFERENCES `beaconsite_query` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `genepanels_genepanelcategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `title` varchar(128) NOT NULL,
  `description` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `genepanels_genepanel` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `identifier` varchar(128) NOT NULL,
  `state` varchar(32) NOT NULL,
  `version_major` int(11) NOT NULL,
  `version_minor` int(11) NOT NULL,
  `signed_off_by_id` int(11) DEFAULT NULL,
  `category_id` int(11) NOT NULL,
  `title` varchar(128) NOT NULL,
  `description` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `genepanels_genepanel_identifier_version_major_539dacf4_uniq` (`identifier`,`version_major`,`version_minor`),
  KEY `genepanels_genepanel_signed_off_by_id_a5cc8cdf_fk_users_user_id` (`signed_off_by_id`),
  KEY `genepanels_genepanel_category_id_eae020e6_fk_genepanel` (`category_id`),
  CONSTRAINT `genepanels_genepanel_category_id_eae020e6_fk_genepanel` FOREIGN KEY (`category_id`) REFERENCES `genepanels_genepanelcategory` (`id`),
  CONSTRAINT `genepanels_genepanel_signed_off_by_id_a5cc8cdf_fk_users_user_id` FOREIGN KEY (`signed_off_by_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `genepanels_genepanelentry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `sodar_uuid` char(32) NOT NULL,
  `panel_id` int(11) NOT NULL,
  `symbol` varchar(128) NOT NULL,
  `hgnc_id` varchar(64) NOT NULL,
  `ensembl_id` varchar(64) NOT NULL,
  `ncbi_id` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  KEY `genepanels_genepanel_panel_id_d1ae2bfb_fk_genepanel` (`panel_id`),
  CONSTRAINT `genepanels_genepanel_panel_id_d1ae2bfb_fk_genepanel` FOREIGN KEY (`panel_id`) REFERENCES `genepanels_genepanel` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `importer_caseimportinfo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `release` varchar(32) DEFAULT NULL,
  `name` varchar(512) NOT NULL,
  `index` varchar(512) NOT NULL,
  `pedigree` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`pedigree`)),
  `notes` longtext DEFAULT NULL,
  `status` varchar(32) NOT NULL,
  `tags` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`tags`)),
  `sodar_uuid` char(32) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_modified` datetime(6) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `project_id` int(11) NOT NULL,
  `case_id` int(11) DEFAULT NULL,
  `state` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sodar_uuid` (`sodar_uuid`),
  UNIQUE KEY `importer_caseimportinfo_project_id_name_b4d834f1_uniq` (`project_id`,`name`),
  UNIQUE KEY `case_id` (`case_id`),
  KEY `importer_caseimportinfo_owner_id_2f7df661_fk_users_user_id` (`owner_id`),
  CONSTRAINT `importer_caseimporti_project_id_75eed108_fk_projectro` FOREIGN KEY (`project_id`) REFERENCES `projectroles_project` (`id`),
  CONSTRAINT `importer_caseimportinfo_case_id_961c2a8d_fk_variants_case_id` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`),
  CONSTRAINT `importer_caseimportinfo_owner_id_2f7df661_fk_users_user_id` FOREIGN KEY (`owner_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `bgjobs_backgroundjoblogentry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `job_id` int(11) NOT NULL,
  `level` varchar(50) NOT NULL,
  `message` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `bgjobs_backgroundjob_job_id_ae9c1f29_fk_bgjobs_ba` (`job_id`),
  CONSTRAINT `bgjobs_backgroundjob_job_id_ae9c1f29_fk_bgjobs_ba` FOREIGN KEY (`job_id`) REFERENCES `bgjobs_backgroundjob` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `geneinfo_hpo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `database_id` varchar(16) NOT NULL,
  `name` varchar(1024) DEFAULT NULL,
  `qualifier` varchar(4) DEFAULT NULL,
  `hpo_id` varchar(16) DEFAULT NULL,
  `reference` varchar(128) DEFAULT NULL,
  `evidence` varchar(4) DEFAULT NULL,
  `onset` varchar(16) DEFAULT NULL,
  `frequency` varchar(16) DEFAULT NULL,
  `sex` varchar(8) DEFAULT NULL,
  `modifier` varchar(16) DEFAULT NULL,
  `aspect` varchar(1) DEFAULT NULL,
  `biocuration` varchar(32) DEFAULT NULL,
  `omim_id` int(11) DEFAULT NULL,
  `decipher_id` int(11) DEFAULT NULL,
  `orpha_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `geneinfo_hp_databas_ab9ccc_idx` (`database_id`),
  KEY `geneinfo_hp_omim_id_b96394_idx` (`omim_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `geneinfo_hponame` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `hpo_id` varchar(16) DEFAULT NULL,
  `name` varchar(512) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `geneinfo_hp_hpo_id_5b82f3_idx` (`hpo_id`),
  KEY `geneinfo_hp_name_922635_idx` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

ALTER TABLE `svs_structuralvariantset` ADD CONSTRAINT `svs_structuralvariantset_case_id_687759db_fk_variants_case_id` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`);
ALTER TABLE `variants_smallvariantset` ADD CONSTRAINT `variants_smallvariantset_case_id_9f2fee9c_fk_variants_case_id` FOREIGN KEY (`case_id`) REFERENCES `variants_case` (`id`);

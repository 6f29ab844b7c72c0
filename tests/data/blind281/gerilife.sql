-- GeriLife Caregiving (GeriLife; a shared activity notebook for elder-care homes, begun by volunteers in a Finnish
-- care home: residents and their residencies in homes, the life-enriching activities logged for each resident with
-- the caregiver's role — family, friend, nurse, volunteer … — caregiving work per home, caregivers' logins and the
-- homes they may see) — MySQL/MariaDB DDL.
-- Source: github.com/GeriLife/caregiving, commit 55a6aef307f8aaa89f6bff689cc29400ba9ed148, the Django models of accounts/, caregivers/,
-- homes/, residents/, metrics/ and work/ with their migrations (EUPL-1.2).
-- Upstream runs on PostgreSQL. The tables were made by replaying all migrations with Django 5.1.7 (the version in
-- uv.lock) into a MariaDB 10.11 scratch database through Django's own MySQL backend (upstream settings
-- core/settings.py, only DATABASES pointed at the scratch database). Django's MariaDB backend would use MariaDB's
-- native UUID type, into which migration residents.0002 (UUID -> bigint primary key) cannot convert; the backend
-- was told to use its CHAR(32) UUID form instead, as on MySQL — this changes only the type of
-- resident_activity.group_activity_id. makemigrations --check reported no model change. Each table was read back
-- with SHOW CREATE TABLE; AUTO_INCREMENT counters removed. Tables appear in foreign-key order; column order and keys
-- are as Django created them. Nothing was left out (the activities app's model was deleted by its migration 0005).

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
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `caregiver_role` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(25) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user` (
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
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
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
  KEY `django_admin_log_user_id_c564eba6_fk_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
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

CREATE TABLE `home_group` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(25) NOT NULL,
  `url_uuid` varchar(22) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `home` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(25) NOT NULL,
  `url_uuid` varchar(22) NOT NULL,
  `home_group_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `home_home_group_id_43244007_fk_home_group_id` (`home_group_id`),
  CONSTRAINT `home_home_group_id_43244007_fk_home_group_id` FOREIGN KEY (`home_group_id`) REFERENCES `home_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `home_user_relation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `home_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `home_user_relation_user_id_home_id_d92bec82_uniq` (`user_id`,`home_id`),
  KEY `home_user_relation_home_id_d79c8d10_fk_home_id` (`home_id`),
  CONSTRAINT `home_user_relation_home_id_d79c8d10_fk_home_id` FOREIGN KEY (`home_id`) REFERENCES `home` (`id`),
  CONSTRAINT `home_user_relation_user_id_805c1d39_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `resident` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `first_name` varchar(255) NOT NULL,
  `last_initial` varchar(1) NOT NULL,
  `on_hiatus` tinyint(1) NOT NULL,
  `url_uuid` varchar(22) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `residency` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `move_in` date NOT NULL,
  `move_out` date DEFAULT NULL,
  `home_id` bigint(20) NOT NULL,
  `resident_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `residency_home_id_0d626289_fk_home_id` (`home_id`),
  KEY `residency_resident_id_2c153139_fk` (`resident_id`),
  CONSTRAINT `residency_home_id_0d626289_fk_home_id` FOREIGN KEY (`home_id`) REFERENCES `home` (`id`),
  CONSTRAINT `residency_resident_id_2c153139_fk` FOREIGN KEY (`resident_id`) REFERENCES `resident` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `resident_activity` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `activity_type` varchar(20) NOT NULL,
  `activity_minutes` int(10) unsigned NOT NULL CHECK (`activity_minutes` >= 0),
  `caregiver_role` varchar(20) NOT NULL,
  `home_id` bigint(20) NOT NULL,
  `residency_id` bigint(20) NOT NULL,
  `resident_id` bigint(20) NOT NULL,
  `activity_date` date DEFAULT NULL,
  `group_activity_id` char(32) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `resident_activity_home_id_a697eebc_fk_home_id` (`home_id`),
  KEY `resident_activity_residency_id_e86dd767_fk_residency_id` (`residency_id`),
  KEY `resident_activity_resident_id_0348f912_fk_resident_id` (`resident_id`),
  CONSTRAINT `resident_activity_home_id_a697eebc_fk_home_id` FOREIGN KEY (`home_id`) REFERENCES `home` (`id`),
  CONSTRAINT `resident_activity_residency_id_e86dd767_fk_residency_id` FOREIGN KEY (`residency_id`) REFERENCES `residency` (`id`),
  CONSTRAINT `resident_activity_resident_id_0348f912_fk_resident_id` FOREIGN KEY (`resident_id`) REFERENCES `resident` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_groups` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_groups_user_id_group_id_59c0b32f_uniq` (`user_id`,`group_id`),
  KEY `accounts_user_groups_group_id_bd11a704_fk_auth_group_id` (`group_id`),
  CONSTRAINT `accounts_user_groups_group_id_bd11a704_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `accounts_user_groups_user_id_52b62117_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_user_permissions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_user_permi_user_id_permission_id_2ab516c2_uniq` (`user_id`,`permission_id`),
  KEY `accounts_user_user_p_permission_id_113bb443_fk_auth_perm` (`permission_id`),
  CONSTRAINT `accounts_user_user_p_permission_id_113bb443_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `accounts_user_user_p_user_id_e4f0a161_fk_accounts_` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `work_type` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(25) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `work` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `duration_minutes` int(10) unsigned NOT NULL CHECK (`duration_minutes` >= 0),
  `caregiver_role_id` bigint(20) NOT NULL,
  `home_id` bigint(20) NOT NULL,
  `type_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `work_work_caregiver_role_id_c7726382_fk_caregiver_role_id` (`caregiver_role_id`),
  KEY `work_work_home_id_5a51574b_fk_home_id` (`home_id`),
  KEY `work_work_type_id_166754b2_fk_work_worktype_id` (`type_id`),
  CONSTRAINT `work_work_caregiver_role_id_c7726382_fk_caregiver_role_id` FOREIGN KEY (`caregiver_role_id`) REFERENCES `caregiver_role` (`id`),
  CONSTRAINT `work_work_home_id_5a51574b_fk_home_id` FOREIGN KEY (`home_id`) REFERENCES `home` (`id`),
  CONSTRAINT `work_work_type_id_166754b2_fk_work_worktype_id` FOREIGN KEY (`type_id`) REFERENCES `work_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;


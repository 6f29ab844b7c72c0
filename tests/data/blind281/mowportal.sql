-- Meals on Wheels Portal (Code for Charlottesville / University of Virginia capstone; the portal of Meals on Wheels of
-- Charlottesville/Albemarle, Virginia: home-delivered meals for older and homebound residents — customers with diets,
-- pets and meal schedules, delivery routes and run feedback, volunteer drivers and packers with recurring assignments
-- and substitutions, and the tables of the earlier portal kept for its data import) — MySQL/MariaDB DDL.
-- Source: github.com/code-for-charlottesville/MoW-Portal, commit c7785f83020b426a8eb953a885f5f313a11d931b, the Django models of
-- src/models/models.py and src/legacy/models.py with their migrations, plus the models of the packages the project
-- installs (Django 4.0.4 auth/admin/sessions/contenttypes, django-address 0.2.6, django-recurrence 1.11.1, Django REST
-- framework 3.13.1 authtoken) (GPL-3.0, license.md).
-- Upstream runs on PostgreSQL. The tables were made by replaying all migrations with the versions pinned in
-- src/requirements.txt into a MariaDB 10.11 scratch database through Django's own MySQL backend (upstream settings
-- src/meals/settings.py, only DATABASES pointed at the scratch database); makemigrations --check reported no model
-- change. Each table was read back with SHOW CREATE TABLE; AUTO_INCREMENT counters removed. Tables appear in
-- foreign-key order (referenced tables first); column order and keys are as Django created them.
-- Left out: nine tables of the legacy app that copy the old portal's Django system tables (legacy_legacydjangoadminlog,
-- legacy_legacydjangocontenttype, legacy_legacydjangomigrations, legacy_legacydjangosession, legacy_legacydjangosite,
-- legacy_legacygroup, legacy_legacygrouppermissions, legacy_legacypermission, legacy_legacyusergroups); the legacy
-- tables of people, routes, jobs, substitutions, access logs and mail queues are kept.

CREATE TABLE `address_country` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(40) NOT NULL,
  `code` varchar(2) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `address_state` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(165) NOT NULL,
  `code` varchar(8) NOT NULL,
  `country_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `address_state_name_country_id_a46a5987_uniq` (`name`,`country_id`),
  KEY `address_state_country_id_0a4efd43_fk_address_country_id` (`country_id`),
  CONSTRAINT `address_state_country_id_0a4efd43_fk_address_country_id` FOREIGN KEY (`country_id`) REFERENCES `address_country` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `address_locality` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(165) NOT NULL,
  `postal_code` varchar(10) NOT NULL,
  `state_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `address_locality_name_postal_code_state_id_d1e927c2_uniq` (`name`,`postal_code`,`state_id`),
  KEY `address_locality_state_id_8dc32b8e_fk_address_state_id` (`state_id`),
  CONSTRAINT `address_locality_state_id_8dc32b8e_fk_address_state_id` FOREIGN KEY (`state_id`) REFERENCES `address_state` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `address_address` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `street_number` varchar(20) NOT NULL,
  `route` varchar(100) NOT NULL,
  `raw` varchar(200) NOT NULL,
  `formatted` varchar(200) NOT NULL,
  `latitude` double DEFAULT NULL,
  `longitude` double DEFAULT NULL,
  `locality_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `address_address_locality_id_5dd79609_fk_address_locality_id` (`locality_id`),
  CONSTRAINT `address_address_locality_id_5dd79609_fk_address_locality_id` FOREIGN KEY (`locality_id`) REFERENCES `address_locality` (`id`)
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

CREATE TABLE `auth_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`,`permission_id`),
  KEY `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_auth_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
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

CREATE TABLE `legacy_legacyaccessattempt` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` varchar(39) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `trusted` int(11) NOT NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `get_data` longtext NOT NULL,
  `post_data` longtext NOT NULL,
  `failures_since_start` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacyaccesslog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` varchar(39) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `trusted` int(11) NOT NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `logout_time` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacypayment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacypetfood` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `code` varchar(5) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacydiet` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `code` varchar(5) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacypet` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacyroute` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `route` int(11) NOT NULL,
  `calendarId` varchar(200) NOT NULL,
  `description` varchar(400) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacycustomer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `route_order` int(11) NOT NULL,
  `join_date` date NOT NULL,
  `active` int(11) NOT NULL,
  `first_name` varchar(100) NOT NULL,
  `last_name` varchar(100) NOT NULL,
  `address` varchar(200) NOT NULL,
  `city` varchar(100) NOT NULL,
  `state` varchar(100) NOT NULL,
  `zip` varchar(100) NOT NULL,
  `phone` varchar(50) NOT NULL,
  `printed_notes` longtext NOT NULL,
  `place_of_worship` varchar(100) NOT NULL,
  `birth_date` date DEFAULT NULL,
  `sex` varchar(50) NOT NULL,
  `contact` varchar(200) NOT NULL,
  `contact_phone` varchar(50) NOT NULL,
  `doctor` varchar(200) NOT NULL,
  `hospital` varchar(200) NOT NULL,
  `cold_diet_restrictions` varchar(200) NOT NULL,
  `hot_diet_restrictions` varchar(200) NOT NULL,
  `end_date` date DEFAULT NULL,
  `referred` varchar(200) NOT NULL,
  `ref_phone` varchar(50) NOT NULL,
  `agency` varchar(200) NOT NULL,
  `in_care_of` varchar(200) NOT NULL,
  `bill_to` varchar(200) NOT NULL,
  `notes` longtext NOT NULL,
  `recurrences` longtext DEFAULT NULL,
  `num_weekend_meals` int(11) NOT NULL,
  `location` varchar(42) DEFAULT NULL,
  `death_date` date DEFAULT NULL,
  `diet_id` int(11) DEFAULT NULL,
  `pays_id` int(11) DEFAULT NULL,
  `pet_id` int(11) DEFAULT NULL,
  `petfood_id` int(11) DEFAULT NULL,
  `route_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `legacy_legacycustomer_diet_id_11f887f3_fk_legacy_legacydiet_id` (`diet_id`),
  KEY `legacy_legacycustome_pays_id_f1f9222f_fk_legacy_le` (`pays_id`),
  KEY `legacy_legacycustomer_pet_id_b4b57656_fk_legacy_legacypet_id` (`pet_id`),
  KEY `legacy_legacycustome_petfood_id_e693ad98_fk_legacy_le` (`petfood_id`),
  KEY `legacy_legacycustomer_route_id_0117c18f_fk_legacy_legacyroute_id` (`route_id`),
  CONSTRAINT `legacy_legacycustome_pays_id_f1f9222f_fk_legacy_le` FOREIGN KEY (`pays_id`) REFERENCES `legacy_legacypayment` (`id`),
  CONSTRAINT `legacy_legacycustome_petfood_id_e693ad98_fk_legacy_le` FOREIGN KEY (`petfood_id`) REFERENCES `legacy_legacypetfood` (`id`),
  CONSTRAINT `legacy_legacycustomer_diet_id_11f887f3_fk_legacy_legacydiet_id` FOREIGN KEY (`diet_id`) REFERENCES `legacy_legacydiet` (`id`),
  CONSTRAINT `legacy_legacycustomer_pet_id_b4b57656_fk_legacy_legacypet_id` FOREIGN KEY (`pet_id`) REFERENCES `legacy_legacypet` (`id`),
  CONSTRAINT `legacy_legacycustomer_route_id_0117c18f_fk_legacy_legacyroute_id` FOREIGN KEY (`route_id`) REFERENCES `legacy_legacyroute` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacydaterange` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `customer_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `legacy_legacydateran_customer_id_ebfd7507_fk_legacy_le` (`customer_id`),
  CONSTRAINT `legacy_legacydateran_customer_id_ebfd7507_fk_legacy_le` FOREIGN KEY (`customer_id`) REFERENCES `legacy_legacycustomer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacydontsendentry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `to_address` varchar(254) NOT NULL,
  `when_added` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacyuser` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(30) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacymanagerannouncement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `display_until` date NOT NULL,
  `date_created` date NOT NULL,
  `announcement` longtext NOT NULL,
  `display` int(11) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `legacy_legacymanager_created_by_id_beded097_fk_legacy_le` (`created_by_id`),
  CONSTRAINT `legacy_legacymanager_created_by_id_beded097_fk_legacy_le` FOREIGN KEY (`created_by_id`) REFERENCES `legacy_legacyuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacymessage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_data` longtext NOT NULL,
  `when_added` datetime(6) NOT NULL,
  `priority` varchar(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacymessagelog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_data` longtext NOT NULL,
  `when_added` datetime(6) NOT NULL,
  `priority` varchar(1) NOT NULL,
  `when_attempted` datetime(6) NOT NULL,
  `result` varchar(1) NOT NULL,
  `log_message` longtext NOT NULL,
  `message_id` longtext DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacypackerjob` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacyvolunteer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `first_name` varchar(100) NOT NULL,
  `last_name` varchar(100) NOT NULL,
  `organization` varchar(100) NOT NULL,
  `address` varchar(200) NOT NULL,
  `city` varchar(100) NOT NULL,
  `state` varchar(100) NOT NULL,
  `zip` varchar(100) NOT NULL,
  `home_phone` varchar(50) NOT NULL,
  `email` varchar(100) NOT NULL,
  `cell_phone` varchar(50) NOT NULL,
  `work_phone` varchar(50) NOT NULL,
  `birth_date` date DEFAULT NULL,
  `notes` longtext NOT NULL,
  `join_date` date NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `legacy_legacyvolunteer_user_id_31769379_fk_legacy_legacyuser_id` FOREIGN KEY (`user_id`) REFERENCES `legacy_legacyuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacypackerjobsubstitution` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `packer_job_id` int(11) NOT NULL,
  `requested_user_id` int(11) DEFAULT NULL,
  `volunteer_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `legacy_legacypackerj_packer_job_id_d06f7ebf_fk_legacy_le` (`packer_job_id`),
  KEY `legacy_legacypackerj_requested_user_id_f18b80f0_fk_legacy_le` (`requested_user_id`),
  KEY `legacy_legacypackerj_volunteer_id_b89b29c8_fk_legacy_le` (`volunteer_id`),
  CONSTRAINT `legacy_legacypackerj_packer_job_id_d06f7ebf_fk_legacy_le` FOREIGN KEY (`packer_job_id`) REFERENCES `legacy_legacypackerjob` (`id`),
  CONSTRAINT `legacy_legacypackerj_requested_user_id_f18b80f0_fk_legacy_le` FOREIGN KEY (`requested_user_id`) REFERENCES `legacy_legacyuser` (`id`),
  CONSTRAINT `legacy_legacypackerj_volunteer_id_b89b29c8_fk_legacy_le` FOREIGN KEY (`volunteer_id`) REFERENCES `legacy_legacyvolunteer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacypackerjobsubstitutionrequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `packer_job_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `legacy_legacypackerj_created_by_id_0eaad158_fk_legacy_le` (`created_by_id`),
  KEY `legacy_legacypackerj_packer_job_id_ca322d48_fk_legacy_le` (`packer_job_id`),
  CONSTRAINT `legacy_legacypackerj_created_by_id_0eaad158_fk_legacy_le` FOREIGN KEY (`created_by_id`) REFERENCES `legacy_legacyuser` (`id`),
  CONSTRAINT `legacy_legacypackerj_packer_job_id_ca322d48_fk_legacy_le` FOREIGN KEY (`packer_job_id`) REFERENCES `legacy_legacypackerjob` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacyreportday` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `num_meals` int(11) NOT NULL,
  `customer_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `legacy_legacyreportd_customer_id_3188366d_fk_legacy_le` (`customer_id`),
  CONSTRAINT `legacy_legacyreportd_customer_id_3188366d_fk_legacy_le` FOREIGN KEY (`customer_id`) REFERENCES `legacy_legacycustomer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacyshuttleroute` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacyshuttleroutesubstitution` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `requested_user_id` int(11) DEFAULT NULL,
  `shuttle_route_id` int(11) NOT NULL,
  `volunteer_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `legacy_legacyshuttle_requested_user_id_92932c0e_fk_legacy_le` (`requested_user_id`),
  KEY `legacy_legacyshuttle_shuttle_route_id_9e766980_fk_legacy_le` (`shuttle_route_id`),
  KEY `legacy_legacyshuttle_volunteer_id_9903e1a7_fk_legacy_le` (`volunteer_id`),
  CONSTRAINT `legacy_legacyshuttle_requested_user_id_92932c0e_fk_legacy_le` FOREIGN KEY (`requested_user_id`) REFERENCES `legacy_legacyuser` (`id`),
  CONSTRAINT `legacy_legacyshuttle_shuttle_route_id_9e766980_fk_legacy_le` FOREIGN KEY (`shuttle_route_id`) REFERENCES `legacy_legacyshuttleroute` (`id`),
  CONSTRAINT `legacy_legacyshuttle_volunteer_id_9903e1a7_fk_legacy_le` FOREIGN KEY (`volunteer_id`) REFERENCES `legacy_legacyvolunteer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacyshuttleroutesubstitutionrequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `shuttle_route_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `legacy_legacyshuttle_created_by_id_fb2d257c_fk_legacy_le` (`created_by_id`),
  KEY `legacy_legacyshuttle_shuttle_route_id_fad00116_fk_legacy_le` (`shuttle_route_id`),
  CONSTRAINT `legacy_legacyshuttle_created_by_id_fb2d257c_fk_legacy_le` FOREIGN KEY (`created_by_id`) REFERENCES `legacy_legacyuser` (`id`),
  CONSTRAINT `legacy_legacyshuttle_shuttle_route_id_fad00116_fk_legacy_le` FOREIGN KEY (`shuttle_route_id`) REFERENCES `legacy_legacyshuttleroute` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacysubstitution` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `requested_user_id` int(11) DEFAULT NULL,
  `route_id` int(11) NOT NULL,
  `volunteer_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `legacy_legacysubstit_requested_user_id_56e95e11_fk_legacy_le` (`requested_user_id`),
  KEY `legacy_legacysubstit_route_id_648d8abb_fk_legacy_le` (`route_id`),
  KEY `legacy_legacysubstit_volunteer_id_bed896e7_fk_legacy_le` (`volunteer_id`),
  CONSTRAINT `legacy_legacysubstit_requested_user_id_56e95e11_fk_legacy_le` FOREIGN KEY (`requested_user_id`) REFERENCES `legacy_legacyuser` (`id`),
  CONSTRAINT `legacy_legacysubstit_route_id_648d8abb_fk_legacy_le` FOREIGN KEY (`route_id`) REFERENCES `legacy_legacyroute` (`id`),
  CONSTRAINT `legacy_legacysubstit_volunteer_id_bed896e7_fk_legacy_le` FOREIGN KEY (`volunteer_id`) REFERENCES `legacy_legacyvolunteer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacysubstitutionrequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `route_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `legacy_legacysubstit_created_by_id_6d9069d2_fk_legacy_le` (`created_by_id`),
  KEY `legacy_legacysubstit_route_id_e179a2eb_fk_legacy_le` (`route_id`),
  CONSTRAINT `legacy_legacysubstit_created_by_id_6d9069d2_fk_legacy_le` FOREIGN KEY (`created_by_id`) REFERENCES `legacy_legacyuser` (`id`),
  CONSTRAINT `legacy_legacysubstit_route_id_e179a2eb_fk_legacy_le` FOREIGN KEY (`route_id`) REFERENCES `legacy_legacyroute` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacyuserinfo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `calendarId` varchar(200) NOT NULL,
  `username` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacyvolunteerpackerjob` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `recurrences` longtext NOT NULL,
  `packer_job_id` int(11) NOT NULL,
  `volunteer_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `legacy_legacyvolunte_packer_job_id_4dcd6b22_fk_legacy_le` (`packer_job_id`),
  KEY `legacy_legacyvolunte_volunteer_id_5c577374_fk_legacy_le` (`volunteer_id`),
  CONSTRAINT `legacy_legacyvolunte_packer_job_id_4dcd6b22_fk_legacy_le` FOREIGN KEY (`packer_job_id`) REFERENCES `legacy_legacypackerjob` (`id`),
  CONSTRAINT `legacy_legacyvolunte_volunteer_id_5c577374_fk_legacy_le` FOREIGN KEY (`volunteer_id`) REFERENCES `legacy_legacyvolunteer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacyvolunteerroute` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `recurrences` longtext NOT NULL,
  `route_id` int(11) NOT NULL,
  `volunteer_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `legacy_legacyvolunte_route_id_f3df626d_fk_legacy_le` (`route_id`),
  KEY `legacy_legacyvolunte_volunteer_id_29819f54_fk_legacy_le` (`volunteer_id`),
  CONSTRAINT `legacy_legacyvolunte_route_id_f3df626d_fk_legacy_le` FOREIGN KEY (`route_id`) REFERENCES `legacy_legacyroute` (`id`),
  CONSTRAINT `legacy_legacyvolunte_volunteer_id_29819f54_fk_legacy_le` FOREIGN KEY (`volunteer_id`) REFERENCES `legacy_legacyvolunteer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `legacy_legacyvolunteershuttleroute` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `recurrences` longtext NOT NULL,
  `shuttle_route_id` int(11) NOT NULL,
  `volunteer_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `legacy_legacyvolunte_shuttle_route_id_e24bf2e6_fk_legacy_le` (`shuttle_route_id`),
  KEY `legacy_legacyvolunte_volunteer_id_36eddf88_fk_legacy_le` (`volunteer_id`),
  CONSTRAINT `legacy_legacyvolunte_shuttle_route_id_e24bf2e6_fk_legacy_le` FOREIGN KEY (`shuttle_route_id`) REFERENCES `legacy_legacyshuttleroute` (`id`),
  CONSTRAINT `legacy_legacyvolunte_volunteer_id_36eddf88_fk_legacy_le` FOREIGN KEY (`volunteer_id`) REFERENCES `legacy_legacyvolunteer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `models_jobtype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `models_job` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `num_vols_required` smallint(6) NOT NULL,
  `recurrence` longtext NOT NULL,
  `job_type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `models_job_job_type_id_56f986e5_fk_models_jobtype_id` (`job_type_id`),
  CONSTRAINT `models_job_job_type_id_56f986e5_fk_models_jobtype_id` FOREIGN KEY (`job_type_id`) REFERENCES `models_jobtype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `models_volunteer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization` varchar(100) NOT NULL,
  `home_phone` varchar(50) NOT NULL,
  `cell_phone` varchar(50) NOT NULL,
  `work_phone` varchar(50) NOT NULL,
  `birth_date` date DEFAULT NULL,
  `notes` longtext NOT NULL,
  `join_date` date NOT NULL,
  `number_of_people` int(11) NOT NULL,
  `address_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `dont_email` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `models_volunteer_address_id_9d2a9eaa` (`address_id`),
  CONSTRAINT `models_volunteer_address_id_9d2a9eaa_fk_address_address_id` FOREIGN KEY (`address_id`) REFERENCES `address_address` (`id`),
  CONSTRAINT `models_volunteer_user_id_6349dd86_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `models_assignment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `day_of_week` smallint(6) DEFAULT NULL,
  `week_of_month` smallint(6) DEFAULT NULL,
  `job_id` int(11) NOT NULL,
  `volunteer_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `models_assignment_job_id_volunteer_id_day__cba74793_uniq` (`job_id`,`volunteer_id`,`day_of_week`,`week_of_month`),
  KEY `models_assignment_volunteer_id_e1d2cff0_fk_models_volunteer_id` (`volunteer_id`),
  CONSTRAINT `models_assignment_job_id_56d41ea3_fk_models_job_id` FOREIGN KEY (`job_id`) REFERENCES `models_job` (`id`),
  CONSTRAINT `models_assignment_volunteer_id_e1d2cff0_fk_models_volunteer_id` FOREIGN KEY (`volunteer_id`) REFERENCES `models_volunteer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `models_diet` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `code` varchar(5) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `models_payment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `models_pet` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `models_petfood` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `code` varchar(5) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `models_route` (
  `job_ptr_id` int(11) NOT NULL,
  `description` longtext NOT NULL,
  `number` int(11) NOT NULL,
  `bonusRoute_id` int(11) DEFAULT NULL,
  `family_friendly_route` tinyint(1) NOT NULL,
  PRIMARY KEY (`job_ptr_id`),
  UNIQUE KEY `number` (`number`),
  UNIQUE KEY `bonusRoute_id` (`bonusRoute_id`),
  CONSTRAINT `models_route_bonusRoute_id_e2df817a_fk_models_route_job_ptr_id` FOREIGN KEY (`bonusRoute_id`) REFERENCES `models_route` (`job_ptr_id`),
  CONSTRAINT `models_route_job_ptr_id_e3fef722_fk_models_job_id` FOREIGN KEY (`job_ptr_id`) REFERENCES `models_job` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `models_customer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `join_date` date NOT NULL,
  `active` tinyint(1) NOT NULL,
  `first_name` varchar(100) NOT NULL,
  `last_name` varchar(100) NOT NULL,
  `phone` varchar(50) NOT NULL,
  `printed_notes` longtext NOT NULL,
  `birth_date` date DEFAULT NULL,
  `sex` varchar(50) NOT NULL,
  `contact` varchar(200) NOT NULL,
  `contact_phone` varchar(50) NOT NULL,
  `cold_diet_restrictions` varchar(200) NOT NULL,
  `hot_diet_restrictions` varchar(200) NOT NULL,
  `end_date` date DEFAULT NULL,
  `end_reason` varchar(200) DEFAULT NULL,
  `referred` varchar(200) NOT NULL,
  `ref_phone` varchar(50) NOT NULL,
  `bill_to` varchar(200) NOT NULL,
  `notes` longtext NOT NULL,
  `meal_recurrence` longtext DEFAULT NULL,
  `num_weekend_meals` int(10) unsigned NOT NULL CHECK (`num_weekend_meals` >= 0),
  `address_id` int(11) NOT NULL,
  `diet_id` int(11) DEFAULT NULL,
  `pays_id` int(11) DEFAULT NULL,
  `pet_id` int(11) DEFAULT NULL,
  `petfood_id` int(11) DEFAULT NULL,
  `route_id` int(11) DEFAULT NULL,
  `_order` int(11) NOT NULL,
  `dont_email` tinyint(1) NOT NULL,
  `historical_route` varchar(100) NOT NULL,
  `lat` double DEFAULT NULL,
  `lon` double DEFAULT NULL,
  `receivesBonusPantryDelivery` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `models_customer_first_name_last_name_con_126fc243_uniq` (`first_name`,`last_name`,`contact`,`contact_phone`),
  KEY `models_customer_diet_id_5ce7bd35_fk_models_diet_id` (`diet_id`),
  KEY `models_customer_pays_id_f52db040_fk_models_payment_id` (`pays_id`),
  KEY `models_customer_pet_id_da69a068_fk_models_pet_id` (`pet_id`),
  KEY `models_customer_petfood_id_c23cd6c2_fk_models_petfood_id` (`petfood_id`),
  KEY `models_customer_route_id_cfbd6e5e_fk_models_route_job_ptr_id` (`route_id`),
  KEY `models_customer_first_name_2e308ace` (`first_name`),
  KEY `models_customer_last_name_c80e6045` (`last_name`),
  KEY `models_customer_address_id_6a19c165` (`address_id`),
  CONSTRAINT `models_customer_address_id_6a19c165_fk_address_address_id` FOREIGN KEY (`address_id`) REFERENCES `address_address` (`id`),
  CONSTRAINT `models_customer_diet_id_5ce7bd35_fk_models_diet_id` FOREIGN KEY (`diet_id`) REFERENCES `models_diet` (`id`),
  CONSTRAINT `models_customer_pays_id_f52db040_fk_models_payment_id` FOREIGN KEY (`pays_id`) REFERENCES `models_payment` (`id`),
  CONSTRAINT `models_customer_pet_id_da69a068_fk_models_pet_id` FOREIGN KEY (`pet_id`) REFERENCES `models_pet` (`id`),
  CONSTRAINT `models_customer_petfood_id_c23cd6c2_fk_models_petfood_id` FOREIGN KEY (`petfood_id`) REFERENCES `models_petfood` (`id`),
  CONSTRAINT `models_customer_route_id_cfbd6e5e_fk_models_route_job_ptr_id` FOREIGN KEY (`route_id`) REFERENCES `models_route` (`job_ptr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `models_customerrecord` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `num_meals` int(11) NOT NULL,
  `customer_id` int(11) DEFAULT NULL,
  `payment_type_id` int(11) DEFAULT NULL,
  `route_assigned_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `models_customerrecord_customer_id_date_c362cdc0_uniq` (`customer_id`,`date`),
  KEY `models_customerrecor_payment_type_id_62adec7a_fk_models_pa` (`payment_type_id`),
  KEY `models_customerrecor_route_assigned_id_9b549873_fk_models_ro` (`route_assigned_id`),
  CONSTRAINT `models_customerrecor_payment_type_id_62adec7a_fk_models_pa` FOREIGN KEY (`payment_type_id`) REFERENCES `models_payment` (`id`),
  CONSTRAINT `models_customerrecor_route_assigned_id_9b549873_fk_models_ro` FOREIGN KEY (`route_assigned_id`) REFERENCES `models_route` (`job_ptr_id`),
  CONSTRAINT `models_customerrecord_customer_id_a3031fae_fk_models_customer_id` FOREIGN KEY (`customer_id`) REFERENCES `models_customer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `models_daterange` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start_date` date NOT NULL,
  `end_date` date NOT NULL,
  `customer_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `models_daterange_customer_id_85e53a2d_fk_models_customer_id` (`customer_id`),
  CONSTRAINT `models_daterange_customer_id_85e53a2d_fk_models_customer_id` FOREIGN KEY (`customer_id`) REFERENCES `models_customer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `models_managerannouncement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `display_until` date DEFAULT NULL,
  `date_created` date NOT NULL,
  `announcement` longtext NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `models_managerannoun_created_by_id_ac7b879a_fk_models_vo` (`created_by_id`),
  CONSTRAINT `models_managerannoun_created_by_id_ac7b879a_fk_models_vo` FOREIGN KEY (`created_by_id`) REFERENCES `models_volunteer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `models_run` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `run_date` date NOT NULL,
  `delivery_status` varchar(50) DEFAULT NULL,
  `customer_status` varchar(50) DEFAULT NULL,
  `notes` varchar(250) DEFAULT NULL,
  `customer_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `customer_rundate` (`customer_id`,`run_date`),
  CONSTRAINT `models_run_customer_id_9c9f3d4d_fk_models_customer_id` FOREIGN KEY (`customer_id`) REFERENCES `models_customer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `models_substitution` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `assignment_id` int(11) DEFAULT NULL,
  `volunteer_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `models_substitution_volunteer_id_assignment__134b1a81_uniq` (`volunteer_id`,`assignment_id`,`date`),
  KEY `models_substitution_assignment_id_229f5bee_fk_models_as` (`assignment_id`),
  CONSTRAINT `models_substitution_assignment_id_229f5bee_fk_models_as` FOREIGN KEY (`assignment_id`) REFERENCES `models_assignment` (`id`),
  CONSTRAINT `models_substitution_volunteer_id_ee50afcd_fk_models_volunteer_id` FOREIGN KEY (`volunteer_id`) REFERENCES `models_volunteer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `models_volunteerrecord` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `job_id` int(11) DEFAULT NULL,
  `volunteer_id` int(11) DEFAULT NULL,
  `original_id` int(11) DEFAULT NULL,
  `is_substitution` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `models_volunteerrecord_volunteer_id_job_id_date_02915656_uniq` (`volunteer_id`,`job_id`,`date`),
  KEY `models_volunteerrecord_job_id_031145f0_fk_models_job_id` (`job_id`),
  KEY `models_volunteerreco_original_id_9ddc92b3_fk_models_vo` (`original_id`),
  CONSTRAINT `models_volunteerreco_original_id_9ddc92b3_fk_models_vo` FOREIGN KEY (`original_id`) REFERENCES `models_volunteer` (`id`),
  CONSTRAINT `models_volunteerreco_volunteer_id_6352de2a_fk_models_vo` FOREIGN KEY (`volunteer_id`) REFERENCES `models_volunteer` (`id`),
  CONSTRAINT `models_volunteerrecord_job_id_031145f0_fk_models_job_id` FOREIGN KEY (`job_id`) REFERENCES `models_job` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `recurrence_recurrence` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `dtstart` datetime(6) DEFAULT NULL,
  `dtend` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `recurrence_date` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mode` tinyint(1) NOT NULL,
  `dt` datetime(6) NOT NULL,
  `recurrence_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `recurrence_date_recurrence_id_eb6cafba_fk_recurrenc` (`recurrence_id`),
  CONSTRAINT `recurrence_date_recurrence_id_eb6cafba_fk_recurrenc` FOREIGN KEY (`recurrence_id`) REFERENCES `recurrence_recurrence` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `recurrence_rule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `mode` tinyint(1) NOT NULL,
  `freq` int(10) unsigned NOT NULL CHECK (`freq` >= 0),
  `interval` int(10) unsigned NOT NULL CHECK (`interval` >= 0),
  `wkst` int(10) unsigned DEFAULT NULL CHECK (`wkst` >= 0),
  `count` int(10) unsigned DEFAULT NULL CHECK (`count` >= 0),
  `until` datetime(6) DEFAULT NULL,
  `recurrence_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `recurrence_rule_recurrence_id_b9b6b296_fk_recurrenc` (`recurrence_id`),
  CONSTRAINT `recurrence_rule_recurrence_id_b9b6b296_fk_recurrenc` FOREIGN KEY (`recurrence_id`) REFERENCES `recurrence_recurrence` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `recurrence_param` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `param` varchar(16) NOT NULL,
  `value` int(11) NOT NULL,
  `index` int(11) NOT NULL,
  `rule_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `recurrence_param_rule_id_89d093fd_fk_recurrence_rule_id` (`rule_id`),
  CONSTRAINT `recurrence_param_rule_id_89d093fd_fk_recurrence_rule_id` FOREIGN KEY (`rule_id`) REFERENCES `recurrence_rule` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;


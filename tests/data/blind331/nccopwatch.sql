-- NC CopWatch, formerly Open Data Policing NC (Forward Justice with Caktus Group; North Carolina traffic-stop data:
-- stops, the drivers and passengers stopped, searches, search bases and contraband, agencies, census profiles, imports).
-- Source: github.com/caktus/Traffic-Stops `nc/models.py` + `tsdata/models.py` (Django models) at commit
-- 5d6edef5b5c8f02a301ad642d168a40a71de296a (MIT), with the Django contrib apps upstream installs (auth, contenttypes,
-- sessions, admin). The models were loaded unchanged in Django 5.2 (as upstream requires) and created in MariaDB with
-- `migrate --run-syncdb`; the tables were written as MySQL DDL from information_schema. Column names and order as the
-- models; primary, unique and foreign keys kept. Left out: the two materialized views `nc_stopsummary` and
-- `nc_contrabandsummary` (django-pgviews, unmanaged, PostgreSQL SQL) and `django_migrations`.

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL DEFAULT NULL,
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
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`, `permission_id`),
  KEY `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  `content_type_id` int(11) NULL DEFAULT NULL,
  `object_id` longtext NULL DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL,
  `change_message` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_auth_user_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nc_agency` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `census_profile_id` varchar(16) NOT NULL,
  `last_reported_stop` date NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nc_nccensusprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `acs_id` varchar(32) NOT NULL,
  `location` varchar(64) NOT NULL,
  `geography` varchar(16) NOT NULL,
  `year` int(10) unsigned NOT NULL,
  `source` varchar(64) NOT NULL,
  `race` varchar(32) NOT NULL,
  `population` bigint(20) NOT NULL,
  `population_total` bigint(20) NOT NULL,
  `population_percent` double NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nc_resource` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_date` datetime(6) NOT NULL,
  `publication_date` date NULL DEFAULT NULL,
  `title` varchar(500) NOT NULL,
  `description` longtext NULL DEFAULT NULL,
  `image` varchar(200) NULL DEFAULT NULL,
  `view_more_link` varchar(200) NULL DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nc_resource_agencies` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `resource_id` int(11) NOT NULL,
  `agency_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `nc_resource_agencies_agency_id_8c3b63f4_fk_nc_agency_id` (`agency_id`),
  UNIQUE KEY `nc_resource_agencies_resource_id_agency_id_2d682e8a_uniq` (`resource_id`, `agency_id`),
  CONSTRAINT `nc_resource_agencies_agency_id_8c3b63f4_fk_nc_agency_id` FOREIGN KEY (`agency_id`) REFERENCES `nc_agency` (`id`),
  CONSTRAINT `nc_resource_agencies_resource_id_bc214f15_fk_nc_resource_id` FOREIGN KEY (`resource_id`) REFERENCES `nc_resource` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nc_resourcefile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_date` datetime(6) NOT NULL,
  `name` varchar(200) NOT NULL,
  `file` varchar(100) NOT NULL,
  `resource_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `nc_resourcefile_resource_id_a7328626_fk_nc_resource_id` (`resource_id`),
  CONSTRAINT `nc_resourcefile_resource_id_a7328626_fk_nc_resource_id` FOREIGN KEY (`resource_id`) REFERENCES `nc_resource` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nc_stop` (
  `stop_id` int(10) unsigned NOT NULL,
  `agency_description` varchar(100) NOT NULL,
  `agency_id` int(11) NULL DEFAULT NULL,
  `date` datetime(6) NOT NULL,
  `purpose` smallint(5) unsigned NOT NULL,
  `action` smallint(5) unsigned NOT NULL,
  `driver_arrest` tinyint(1) NOT NULL,
  `passenger_arrest` tinyint(1) NOT NULL,
  `encounter_force` tinyint(1) NOT NULL,
  `engage_force` tinyint(1) NOT NULL,
  `officer_injury` tinyint(1) NOT NULL,
  `driver_injury` tinyint(1) NOT NULL,
  `passenger_injury` tinyint(1) NOT NULL,
  `officer_id` varchar(15) NOT NULL,
  `stop_location` varchar(15) NOT NULL,
  `stop_city` varchar(20) NOT NULL,
  PRIMARY KEY (`stop_id`),
  KEY `nc_stop_agency_id_0ed9c64b_fk_nc_agency_id` (`agency_id`),
  KEY `nc_stop_date_93d0aa88` (`date`),
  CONSTRAINT `nc_stop_agency_id_0ed9c64b_fk_nc_agency_id` FOREIGN KEY (`agency_id`) REFERENCES `nc_agency` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nc_person` (
  `person_id` int(11) NOT NULL,
  `stop_id` int(10) unsigned NOT NULL,
  `type` varchar(2) NOT NULL,
  `age` smallint(5) unsigned NOT NULL,
  `gender` varchar(2) NOT NULL,
  `ethnicity` varchar(2) NOT NULL,
  `race` varchar(2) NOT NULL,
  PRIMARY KEY (`person_id`),
  KEY `nc_person_stop_id_d5e98218_fk_nc_stop_stop_id` (`stop_id`),
  CONSTRAINT `nc_person_stop_id_d5e98218_fk_nc_stop_stop_id` FOREIGN KEY (`stop_id`) REFERENCES `nc_stop` (`stop_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nc_search` (
  `search_id` int(11) NOT NULL,
  `stop_id` int(10) unsigned NOT NULL,
  `person_id` int(11) NOT NULL,
  `type` smallint(5) unsigned NOT NULL,
  `vehicle_search` tinyint(1) NOT NULL,
  `driver_search` tinyint(1) NOT NULL,
  `passenger_search` tinyint(1) NOT NULL,
  `property_search` tinyint(1) NOT NULL,
  `vehicle_siezed` tinyint(1) NOT NULL,
  `personal_property_siezed` tinyint(1) NOT NULL,
  `other_property_sized` tinyint(1) NOT NULL,
  PRIMARY KEY (`search_id`),
  KEY `nc_search_person_id_e55401ab_fk_nc_person_person_id` (`person_id`),
  KEY `nc_search_stop_id_f8a66a2f_fk_nc_stop_stop_id` (`stop_id`),
  CONSTRAINT `nc_search_person_id_e55401ab_fk_nc_person_person_id` FOREIGN KEY (`person_id`) REFERENCES `nc_person` (`person_id`),
  CONSTRAINT `nc_search_stop_id_f8a66a2f_fk_nc_stop_stop_id` FOREIGN KEY (`stop_id`) REFERENCES `nc_stop` (`stop_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nc_contraband` (
  `contraband_id` int(11) NOT NULL,
  `search_id` int(11) NOT NULL,
  `person_id` int(11) NOT NULL,
  `stop_id` int(10) unsigned NOT NULL,
  `ounces` double NULL DEFAULT NULL,
  `pounds` double NULL DEFAULT NULL,
  `pints` double NULL DEFAULT NULL,
  `gallons` double NULL DEFAULT NULL,
  `dosages` double NULL DEFAULT NULL,
  `grams` double NULL DEFAULT NULL,
  `kilos` double NULL DEFAULT NULL,
  `money` double NULL DEFAULT NULL,
  `weapons` double NULL DEFAULT NULL,
  `dollar_amount` double NULL DEFAULT NULL,
  PRIMARY KEY (`contraband_id`),
  KEY `nc_contraband_person_id_9599b92c_fk_nc_person_person_id` (`person_id`),
  KEY `nc_contraband_search_id_20c8e178_fk_nc_search_search_id` (`search_id`),
  KEY `nc_contraband_stop_id_9d2a8ab8_fk_nc_stop_stop_id` (`stop_id`),
  CONSTRAINT `nc_contraband_person_id_9599b92c_fk_nc_person_person_id` FOREIGN KEY (`person_id`) REFERENCES `nc_person` (`person_id`),
  CONSTRAINT `nc_contraband_search_id_20c8e178_fk_nc_search_search_id` FOREIGN KEY (`search_id`) REFERENCES `nc_search` (`search_id`),
  CONSTRAINT `nc_contraband_stop_id_9d2a8ab8_fk_nc_stop_stop_id` FOREIGN KEY (`stop_id`) REFERENCES `nc_stop` (`stop_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `nc_searchbasis` (
  `search_basis_id` int(11) NOT NULL,
  `search_id` int(11) NOT NULL,
  `person_id` int(11) NOT NULL,
  `stop_id` int(10) unsigned NOT NULL,
  `basis` varchar(4) NOT NULL,
  PRIMARY KEY (`search_basis_id`),
  KEY `nc_searchbasis_person_id_48eaa779_fk_nc_person_person_id` (`person_id`),
  KEY `nc_searchbasis_search_id_9a766e2a_fk_nc_search_search_id` (`search_id`),
  KEY `nc_searchbasis_stop_id_1267a155_fk_nc_stop_stop_id` (`stop_id`),
  CONSTRAINT `nc_searchbasis_person_id_48eaa779_fk_nc_person_person_id` FOREIGN KEY (`person_id`) REFERENCES `nc_person` (`person_id`),
  CONSTRAINT `nc_searchbasis_search_id_9a766e2a_fk_nc_search_search_id` FOREIGN KEY (`search_id`) REFERENCES `nc_search` (`search_id`),
  CONSTRAINT `nc_searchbasis_stop_id_1267a155_fk_nc_stop_stop_id` FOREIGN KEY (`stop_id`) REFERENCES `nc_stop` (`stop_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tsdata_censusprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `acs_id` varchar(16) NOT NULL,
  `location` varchar(255) NOT NULL,
  `geography` varchar(16) NOT NULL,
  `state` varchar(2) NOT NULL,
  `source` varchar(255) NOT NULL,
  `year` smallint(5) unsigned NOT NULL,
  `white` int(10) unsigned NOT NULL,
  `black` int(10) unsigned NOT NULL,
  `native_american` int(10) unsigned NOT NULL,
  `asian` int(10) unsigned NOT NULL,
  `native_hawaiian` int(10) unsigned NOT NULL,
  `other` int(10) unsigned NOT NULL,
  `two_or_more_races` int(10) unsigned NOT NULL,
  `hispanic` int(10) unsigned NOT NULL,
  `non_hispanic` int(10) unsigned NOT NULL,
  `total` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tsdata_dataset` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `state` varchar(2) NOT NULL,
  `name` varchar(255) NOT NULL,
  `date_added` datetime(6) NOT NULL,
  `date_received` date NOT NULL,
  `url` varchar(200) NOT NULL,
  `destination` varchar(1024) NOT NULL,
  `report_email_1` varchar(254) NOT NULL,
  `report_email_2` varchar(254) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `url` (`url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tsdata_import` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `dataset_id` int(11) NOT NULL,
  `date_started` datetime(6) NOT NULL,
  `date_finished` datetime(6) NULL DEFAULT NULL,
  `successful` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `tsdata_import_dataset_id_4a83f538_fk_tsdata_dataset_id` (`dataset_id`),
  CONSTRAINT `tsdata_import_dataset_id_4a83f538_fk_tsdata_dataset_id` FOREIGN KEY (`dataset_id`) REFERENCES `tsdata_dataset` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tsdata_statefacts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `state_key` varchar(2) NOT NULL,
  `total_stops` int(10) unsigned NOT NULL,
  `total_stops_millions` int(10) unsigned NOT NULL,
  `total_searches` int(10) unsigned NOT NULL,
  `total_agencies` int(10) unsigned NOT NULL,
  `start_date` varchar(20) NOT NULL,
  `end_date` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `state_key` (`state_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tsdata_topagencyfacts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `state_facts_id` int(11) NOT NULL,
  `rank` smallint(6) NOT NULL,
  `agency_id` int(10) unsigned NOT NULL,
  `stops` int(10) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `tsdata_topagencyfacts_state_facts_id_rank_8939789a_uniq` (`state_facts_id`, `rank`),
  CONSTRAINT `tsdata_topagencyfact_state_facts_id_42f35c4f_fk_tsdata_st` FOREIGN KEY (`state_facts_id`) REFERENCES `tsdata_statefacts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- FIR — Fast Incident Response (CERT Société Générale): incident management platform of CSIRTs / CERTs / SOCs
-- (events and incidents with categories, business lines, severity and TLP, comments, artifacts / observables,
-- files, forensic nuggets, to-dos, abuse e-mails to hosting providers' abuse contacts, alert e-mails to
-- business-line recipients, notifications, audit log, login throttling).
-- Upstream: github.com/certsocietegenerale/FIR, commit bdaf3f507d83c1b958797ebea32540b957e5a38c (2026-08-07),
-- licence GPL-3.0.
-- Made by running upstream's Django migrations into a scratch MariaDB 10.11 database (utf8mb4) and dumping every
-- table with SHOW CREATE TABLE, in foreign-key dependency order. The installed apps are those of the
-- distributed configuration (fir/config/base.py + fir/config/installed_apps.txt.sample, as the Dockerfile
-- installs them): Django's auth, contenttypes, sessions, sites and admin, Django REST framework's authtoken,
-- django-axes, incidents, fir_artifacts, fir_api, fir_notifications, fir_alerting, fir_todos, fir_nuggets,
-- fir_artifacts_enrichment, fir_abuse, fir_stats, fir_relations (fir_api and fir_stats have no tables). The
-- requirements are unpinned upstream; with Python 3.11 available the libraries were Django 5.2.19,
-- djangorestframework 3.18.3, django-axes 8.3.1, django-treebeard 7.0.3, django-colorfield 0.14.0 (the upstream
-- Dockerfile uses Python 3.13 and the newest Django; the contrib tables are the same). 98 migrations applied;
-- all 57 tables and all 73 foreign keys kept, column order as the migrations left it.

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

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
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

CREATE TABLE `axes_accessattempt` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` char(39) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `get_data` longtext NOT NULL,
  `post_data` longtext NOT NULL,
  `failures_since_start` int(10) unsigned NOT NULL CHECK (`failures_since_start` >= 0),
  PRIMARY KEY (`id`),
  UNIQUE KEY `axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq` (`username`,`ip_address`,`user_agent`),
  KEY `axes_accessattempt_ip_address_10922d9c` (`ip_address`),
  KEY `axes_accessattempt_user_agent_ad89678b` (`user_agent`),
  KEY `axes_accessattempt_username_3f2d4ca0` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `axes_accessattemptexpiration` (
  `access_attempt_id` int(11) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  PRIMARY KEY (`access_attempt_id`),
  CONSTRAINT `axes_accessattemptex_access_attempt_id_6b73a47a_fk_axes_acce` FOREIGN KEY (`access_attempt_id`) REFERENCES `axes_accessattempt` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `axes_accessfailurelog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` char(39) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `locked_out` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `axes_accessfailurelog_user_agent_ea145dda` (`user_agent`),
  KEY `axes_accessfailurelog_ip_address_2e9f5a7f` (`ip_address`),
  KEY `axes_accessfailurelog_username_a8b7e8a4` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `axes_accesslog` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_agent` varchar(255) NOT NULL,
  `ip_address` char(39) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `http_accept` varchar(1025) NOT NULL,
  `path_info` varchar(255) NOT NULL,
  `attempt_time` datetime(6) NOT NULL,
  `logout_time` datetime(6) DEFAULT NULL,
  `session_hash` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `axes_accesslog_ip_address_86b417e5` (`ip_address`),
  KEY `axes_accesslog_user_agent_0e659004` (`user_agent`),
  KEY `axes_accesslog_username_df93064b` (`username`)
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

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_balecategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `description` longtext DEFAULT NULL,
  `category_number` int(11) NOT NULL,
  `parent_category_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `incidents_balecatego_parent_category_id_3d5f8f57_fk_incidents` (`parent_category_id`),
  CONSTRAINT `incidents_balecatego_parent_category_id_3d5f8f57_fk_incidents` FOREIGN KEY (`parent_category_id`) REFERENCES `incidents_balecategory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_incidentcategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `is_major` tinyint(1) NOT NULL,
  `bale_subcategory_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `incidents_incidentca_bale_subcategory_id_02d47935_fk_incidents` (`bale_subcategory_id`),
  CONSTRAINT `incidents_incidentca_bale_subcategory_id_02d47935_fk_incidents` FOREIGN KEY (`bale_subcategory_id`) REFERENCES `incidents_balecategory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_abuse_abusecontact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `to` varchar(100) NOT NULL,
  `cc` varchar(100) NOT NULL,
  `bcc` varchar(100) NOT NULL,
  `type` varchar(100) NOT NULL,
  `incident_category_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fir_abuse_abuseconta_incident_category_id_b22ee767_fk_incidents` (`incident_category_id`),
  CONSTRAINT `fir_abuse_abuseconta_incident_category_id_b22ee767_fk_incidents` FOREIGN KEY (`incident_category_id`) REFERENCES `incidents_incidentcategory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_abuse_abusetemplate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `type` varchar(100) NOT NULL,
  `body` longtext NOT NULL,
  `subject` longtext NOT NULL,
  `incident_category_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fir_abuse_abusetempl_incident_category_id_53b2f1a1_fk_incidents` (`incident_category_id`),
  CONSTRAINT `fir_abuse_abusetempl_incident_category_id_53b2f1a1_fk_incidents` FOREIGN KEY (`incident_category_id`) REFERENCES `incidents_incidentcategory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_artifacts_artifact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(20) NOT NULL,
  `value` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_artifacts_artifactblacklistitem` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(20) NOT NULL,
  `value` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_artifacts_enrichment_artifactenrichment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(100) DEFAULT NULL,
  `name` varchar(100) NOT NULL,
  `raw` longtext NOT NULL,
  `artifact_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fir_artifacts_enrich_artifact_id_084f08cc_fk_fir_artif` (`artifact_id`),
  CONSTRAINT `fir_artifacts_enrich_artifact_id_084f08cc_fk_fir_artif` FOREIGN KEY (`artifact_id`) REFERENCES `fir_artifacts_artifact` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_labelgroup` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_label` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `incidents_label_group_id_8a62b202_fk_incidents_labelgroup_id` (`group_id`),
  CONSTRAINT `incidents_label_group_id_8a62b202_fk_incidents_labelgroup_id` FOREIGN KEY (`group_id`) REFERENCES `incidents_labelgroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_incidentstatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `icon` varchar(50) NOT NULL,
  `flag` varchar(50) DEFAULT NULL,
  `associated_action_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `incidents_incidentst_associated_action_id_ef5e7881_fk_incidents` (`associated_action_id`),
  CONSTRAINT `incidents_incidentst_associated_action_id_ef5e7881_fk_incidents` FOREIGN KEY (`associated_action_id`) REFERENCES `incidents_label` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_severitychoice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `color` varchar(25) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_tlp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_incident` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime(6) NOT NULL,
  `is_starred` tinyint(1) NOT NULL,
  `subject` varchar(256) NOT NULL,
  `description` longtext NOT NULL,
  `severity_id` int(11) DEFAULT NULL,
  `is_incident` tinyint(1) NOT NULL,
  `is_major` tinyint(1) NOT NULL,
  `status_id` int(11) NOT NULL,
  `tlp_id` int(11) NOT NULL,
  `actor_id` int(11) DEFAULT NULL,
  `category_id` int(11) NOT NULL,
  `detection_id` int(11) NOT NULL,
  `opened_by_id` int(11) NOT NULL,
  `plan_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `incidents_incident_actor_id_133372ff_fk_incidents_label_id` (`actor_id`),
  KEY `incidents_incident_category_id_adb8aa70_fk_incidents` (`category_id`),
  KEY `incidents_incident_detection_id_1bc307a4_fk_incidents_label_id` (`detection_id`),
  KEY `incidents_incident_opened_by_id_06ceaa88_fk_auth_user_id` (`opened_by_id`),
  KEY `incidents_incident_plan_id_02219b64_fk_incidents_label_id` (`plan_id`),
  KEY `incidents_incident_severity_id_880448e4` (`severity_id`),
  KEY `incidents_incident_status_id_311d19ae` (`status_id`),
  KEY `incidents_incident_confidentiality_id_edad8a2d` (`tlp_id`),
  CONSTRAINT `incidents_incident_actor_id_133372ff_fk_incidents_label_id` FOREIGN KEY (`actor_id`) REFERENCES `incidents_label` (`id`),
  CONSTRAINT `incidents_incident_category_id_adb8aa70_fk_incidents` FOREIGN KEY (`category_id`) REFERENCES `incidents_incidentcategory` (`id`),
  CONSTRAINT `incidents_incident_detection_id_1bc307a4_fk_incidents_label_id` FOREIGN KEY (`detection_id`) REFERENCES `incidents_label` (`id`),
  CONSTRAINT `incidents_incident_opened_by_id_06ceaa88_fk_auth_user_id` FOREIGN KEY (`opened_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `incidents_incident_plan_id_02219b64_fk_incidents_label_id` FOREIGN KEY (`plan_id`) REFERENCES `incidents_label` (`id`),
  CONSTRAINT `incidents_incident_severity_id_880448e4_fk_incidents` FOREIGN KEY (`severity_id`) REFERENCES `incidents_severitychoice` (`id`),
  CONSTRAINT `incidents_incident_status_id_311d19ae_fk_incidents` FOREIGN KEY (`status_id`) REFERENCES `incidents_incidentstatus` (`id`),
  CONSTRAINT `incidents_incident_tlp_id_6cbffc79_fk_incidents_tlp_id` FOREIGN KEY (`tlp_id`) REFERENCES `incidents_tlp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_artifacts_file` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` varchar(256) NOT NULL,
  `file` varchar(100) NOT NULL,
  `date` datetime(6) NOT NULL,
  `incident_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fir_artifacts_file_incident_id_4edc574e_fk_incidents_incident_id` (`incident_id`),
  CONSTRAINT `fir_artifacts_file_incident_id_4edc574e_fk_incidents_incident_id` FOREIGN KEY (`incident_id`) REFERENCES `incidents_incident` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_artifacts_file_hashes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `file_id` int(11) NOT NULL,
  `artifact_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fir_artifacts_file_hashes_file_id_artifact_id_aebbabbe_uniq` (`file_id`,`artifact_id`),
  KEY `fir_artifacts_file_h_artifact_id_c43f7df5_fk_fir_artif` (`artifact_id`),
  CONSTRAINT `fir_artifacts_file_h_artifact_id_c43f7df5_fk_fir_artif` FOREIGN KEY (`artifact_id`) REFERENCES `fir_artifacts_artifact` (`id`),
  CONSTRAINT `fir_artifacts_file_h_file_id_eb54b011_fk_fir_artif` FOREIGN KEY (`file_id`) REFERENCES `fir_artifacts_file` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_notifications_methodconfiguration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `method` varchar(60) NOT NULL,
  `value` longtext NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fir_notifications_methodconfiguration_user_id_key_83639da3_uniq` (`user_id`,`method`),
  KEY `fir_notific_user_id_111447_idx` (`user_id`,`method`),
  CONSTRAINT `fir_notifications_me_user_id_fdef31ea_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_notifications_notificationpreference` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event` varchar(60) NOT NULL,
  `method` varchar(60) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fir_notifications_notifi_user_id_event_method_0986a5ec_uniq` (`user_id`,`event`,`method`),
  KEY `fir_notific_user_id_6291de_idx` (`user_id`,`event`,`method`),
  CONSTRAINT `fir_notifications_no_user_id_16602e33_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_businessline` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `depth` int(10) unsigned NOT NULL CHECK (`depth` >= 0),
  `numchild` int(10) unsigned NOT NULL CHECK (`numchild` >= 0),
  `path` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `incidents_businessline_path_51784f9f_uniq` (`path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_notifications_notificationpreference_business_lines` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `notificationpreference_id` int(11) NOT NULL,
  `businessline_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fir_notifications_notifi_notificationpreference_i_5a00672c_uniq` (`notificationpreference_id`,`businessline_id`),
  KEY `fir_notifications_no_businessline_id_9d971fb0_fk_incidents` (`businessline_id`),
  CONSTRAINT `fir_notifications_no_businessline_id_9d971fb0_fk_incidents` FOREIGN KEY (`businessline_id`) REFERENCES `incidents_businessline` (`id`),
  CONSTRAINT `fir_notifications_no_notificationpreferen_f94b7a97_fk_fir_notif` FOREIGN KEY (`notificationpreference_id`) REFERENCES `fir_notifications_notificationpreference` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_notifications_notificationtemplate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event` varchar(60) NOT NULL,
  `subject` varchar(200) NOT NULL,
  `short_description` longtext NOT NULL,
  `description` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_notifications_notificationtemplate_business_lines` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `notificationtemplate_id` int(11) NOT NULL,
  `businessline_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fir_notifications_notifi_notificationtemplate_id__bfe1de03_uniq` (`notificationtemplate_id`,`businessline_id`),
  KEY `fir_notifications_no_businessline_id_dcb94824_fk_incidents` (`businessline_id`),
  CONSTRAINT `fir_notifications_no_businessline_id_dcb94824_fk_incidents` FOREIGN KEY (`businessline_id`) REFERENCES `incidents_businessline` (`id`),
  CONSTRAINT `fir_notifications_no_notificationtemplate_1a52d768_fk_fir_notif` FOREIGN KEY (`notificationtemplate_id`) REFERENCES `fir_notifications_notificationtemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_nuggets_nugget` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime(6) NOT NULL,
  `raw_data` longtext NOT NULL,
  `source` longtext NOT NULL,
  `start_timestamp` datetime(6) DEFAULT NULL,
  `end_timestamp` datetime(6) DEFAULT NULL,
  `interpretation` longtext NOT NULL,
  `found_by_id` int(11) NOT NULL,
  `incident_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fir_nuggets_nugget_found_by_id_03b5c370_fk_auth_user_id` (`found_by_id`),
  KEY `fir_nuggets_nugget_incident_id_4150d57a_fk_incidents_incident_id` (`incident_id`),
  CONSTRAINT `fir_nuggets_nugget_found_by_id_03b5c370_fk_auth_user_id` FOREIGN KEY (`found_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `fir_nuggets_nugget_incident_id_4150d57a_fk_incidents_incident_id` FOREIGN KEY (`incident_id`) REFERENCES `incidents_incident` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_relations_relation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `src_object_id` int(10) unsigned NOT NULL CHECK (`src_object_id` >= 0),
  `tgt_object_id` int(10) unsigned NOT NULL CHECK (`tgt_object_id` >= 0),
  `src_content_type_id` int(11) NOT NULL,
  `tgt_content_type_id` int(11) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fir_relations_relati_src_content_type_id_9e88d68b_fk_django_co` (`src_content_type_id`),
  KEY `fir_relations_relati_tgt_content_type_id_a8dd2673_fk_django_co` (`tgt_content_type_id`),
  CONSTRAINT `fir_relations_relati_src_content_type_id_9e88d68b_fk_django_co` FOREIGN KEY (`src_content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `fir_relations_relati_tgt_content_type_id_a8dd2673_fk_django_co` FOREIGN KEY (`tgt_content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_todos_todoitem` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` varchar(140) NOT NULL,
  `done` tinyint(1) NOT NULL,
  `done_time` datetime(6) DEFAULT NULL,
  `deadline` date DEFAULT NULL,
  `business_line_id` int(11) DEFAULT NULL,
  `category_id` int(11) DEFAULT NULL,
  `incident_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fir_todos_todoitem_incident_id_a1155664_fk_incidents_incident_id` (`incident_id`),
  KEY `fir_todos_todoitem_business_line_id_b67c803b_fk_incidents` (`business_line_id`),
  KEY `fir_todos_todoitem_category_id_cc0fe314_fk_incidents` (`category_id`),
  CONSTRAINT `fir_todos_todoitem_business_line_id_b67c803b_fk_incidents` FOREIGN KEY (`business_line_id`) REFERENCES `incidents_businessline` (`id`),
  CONSTRAINT `fir_todos_todoitem_category_id_cc0fe314_fk_incidents` FOREIGN KEY (`category_id`) REFERENCES `incidents_incidentcategory` (`id`),
  CONSTRAINT `fir_todos_todoitem_incident_id_a1155664_fk_incidents_incident_id` FOREIGN KEY (`incident_id`) REFERENCES `incidents_incident` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_todos_todolisttemplate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `category_id` int(11) DEFAULT NULL,
  `detection_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fir_todos_todolistte_category_id_5836ad07_fk_incidents` (`category_id`),
  KEY `fir_todos_todolistte_detection_id_04ca9f9a_fk_incidents` (`detection_id`),
  CONSTRAINT `fir_todos_todolistte_category_id_5836ad07_fk_incidents` FOREIGN KEY (`category_id`) REFERENCES `incidents_incidentcategory` (`id`),
  CONSTRAINT `fir_todos_todolistte_detection_id_04ca9f9a_fk_incidents` FOREIGN KEY (`detection_id`) REFERENCES `incidents_label` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_todos_todolisttemplate_concerned_business_lines` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `todolisttemplate_id` int(11) NOT NULL,
  `businessline_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fir_todos_todolisttempla_todolisttemplate_id_busi_cca60f7c_uniq` (`todolisttemplate_id`,`businessline_id`),
  KEY `fir_todos_todolistte_businessline_id_f9aab105_fk_incidents` (`businessline_id`),
  CONSTRAINT `fir_todos_todolistte_businessline_id_f9aab105_fk_incidents` FOREIGN KEY (`businessline_id`) REFERENCES `incidents_businessline` (`id`),
  CONSTRAINT `fir_todos_todolistte_todolisttemplate_id_c1fb1871_fk_fir_todos` FOREIGN KEY (`todolisttemplate_id`) REFERENCES `fir_todos_todolisttemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `fir_todos_todolisttemplate_todolist` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `todolisttemplate_id` int(11) NOT NULL,
  `todoitem_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `fir_todos_todolisttempla_todolisttemplate_id_todo_f7cdc417_uniq` (`todolisttemplate_id`,`todoitem_id`),
  KEY `fir_todos_todolistte_todoitem_id_814a9ddd_fk_fir_todos` (`todoitem_id`),
  CONSTRAINT `fir_todos_todolistte_todoitem_id_814a9ddd_fk_fir_todos` FOREIGN KEY (`todoitem_id`) REFERENCES `fir_todos_todoitem` (`id`),
  CONSTRAINT `fir_todos_todolistte_todolisttemplate_id_e61c1fc1_fk_fir_todos` FOREIGN KEY (`todolisttemplate_id`) REFERENCES `fir_todos_todolisttemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_accesscontrolentry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `business_line_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `incidents_accesscont_business_line_id_09ccae95_fk_incidents` (`business_line_id`),
  KEY `incidents_accesscontrolentry_role_id_a7eeaf52_fk_auth_group_id` (`role_id`),
  KEY `incidents_accesscontrolentry_user_id_75653108_fk_auth_user_id` (`user_id`),
  CONSTRAINT `incidents_accesscont_business_line_id_09ccae95_fk_incidents` FOREIGN KEY (`business_line_id`) REFERENCES `incidents_businessline` (`id`),
  CONSTRAINT `incidents_accesscontrolentry_role_id_a7eeaf52_fk_auth_group_id` FOREIGN KEY (`role_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `incidents_accesscontrolentry_user_id_75653108_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_attribute` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `value` varchar(200) NOT NULL,
  `incident_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `incidents_attribute_incident_id_393a93bc_fk_incidents` (`incident_id`),
  CONSTRAINT `incidents_attribute_incident_id_393a93bc_fk_incidents` FOREIGN KEY (`incident_id`) REFERENCES `incidents_incident` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_categorytemplate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `type` varchar(100) NOT NULL,
  `body` longtext NOT NULL,
  `subject` longtext NOT NULL,
  `incident_category_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `incidents_categoryte_incident_category_id_cf01d921_fk_incidents` (`incident_category_id`),
  CONSTRAINT `incidents_categoryte_incident_category_id_cf01d921_fk_incidents` FOREIGN KEY (`incident_category_id`) REFERENCES `incidents_incidentcategory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `action_id` int(11) NOT NULL,
  `incident_id` int(11) NOT NULL,
  `opened_by_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `incidents_comments_action_id_7f733666_fk_incidents_label_id` (`action_id`),
  KEY `incidents_comments_incident_id_f24c4232_fk_incidents_incident_id` (`incident_id`),
  KEY `incidents_comments_opened_by_id_56d4ae65_fk_auth_user_id` (`opened_by_id`),
  CONSTRAINT `incidents_comments_action_id_7f733666_fk_incidents_label_id` FOREIGN KEY (`action_id`) REFERENCES `incidents_label` (`id`),
  CONSTRAINT `incidents_comments_incident_id_f24c4232_fk_incidents_incident_id` FOREIGN KEY (`incident_id`) REFERENCES `incidents_incident` (`id`),
  CONSTRAINT `incidents_comments_opened_by_id_56d4ae65_fk_auth_user_id` FOREIGN KEY (`opened_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_incidenttemplate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `subject` varchar(256) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `severity_id` int(11) DEFAULT NULL,
  `is_incident` tinyint(1) NOT NULL,
  `actor_id` int(11) DEFAULT NULL,
  `category_id` int(11) DEFAULT NULL,
  `detection_id` int(11) DEFAULT NULL,
  `plan_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `incidents_incidentte_actor_id_998d238b_fk_incidents` (`actor_id`),
  KEY `incidents_incidentte_category_id_bd81bc0d_fk_incidents` (`category_id`),
  KEY `incidents_incidentte_detection_id_abc08d54_fk_incidents` (`detection_id`),
  KEY `incidents_incidentte_plan_id_153164b9_fk_incidents` (`plan_id`),
  KEY `incidents_incidenttemplate_severity_id_4efd94f2` (`severity_id`),
  CONSTRAINT `incidents_incidentte_actor_id_998d238b_fk_incidents` FOREIGN KEY (`actor_id`) REFERENCES `incidents_label` (`id`),
  CONSTRAINT `incidents_incidentte_category_id_bd81bc0d_fk_incidents` FOREIGN KEY (`category_id`) REFERENCES `incidents_incidentcategory` (`id`),
  CONSTRAINT `incidents_incidentte_detection_id_abc08d54_fk_incidents` FOREIGN KEY (`detection_id`) REFERENCES `incidents_label` (`id`),
  CONSTRAINT `incidents_incidentte_plan_id_153164b9_fk_incidents` FOREIGN KEY (`plan_id`) REFERENCES `incidents_label` (`id`),
  CONSTRAINT `incidents_incidentte_severity_id_4efd94f2_fk_incidents` FOREIGN KEY (`severity_id`) REFERENCES `incidents_severitychoice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_incidenttemplate_concerned_business_lines` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `incidenttemplate_id` int(11) NOT NULL,
  `businessline_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `incidents_incidenttempla_incidenttemplate_id_busi_1a2614a7_uniq` (`incidenttemplate_id`,`businessline_id`),
  KEY `incidents_incidentte_businessline_id_e4f770ef_fk_incidents` (`businessline_id`),
  CONSTRAINT `incidents_incidentte_businessline_id_e4f770ef_fk_incidents` FOREIGN KEY (`businessline_id`) REFERENCES `incidents_businessline` (`id`),
  CONSTRAINT `incidents_incidentte_incidenttemplate_id_5260cd1c_fk_incidents` FOREIGN KEY (`incidenttemplate_id`) REFERENCES `incidents_incidenttemplate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_incident_artifacts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `incident_id` int(11) NOT NULL,
  `artifact_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `incidents_incident_artif_incident_id_artifact_id_9aeba472_uniq` (`incident_id`,`artifact_id`),
  KEY `incidents_incident_a_artifact_id_bfc700d4_fk_fir_artif` (`artifact_id`),
  CONSTRAINT `incidents_incident_a_artifact_id_bfc700d4_fk_fir_artif` FOREIGN KEY (`artifact_id`) REFERENCES `fir_artifacts_artifact` (`id`),
  CONSTRAINT `incidents_incident_a_incident_id_53790538_fk_incidents` FOREIGN KEY (`incident_id`) REFERENCES `incidents_incident` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_incident_concerned_business_lines` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `incident_id` int(11) NOT NULL,
  `businessline_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `incidents_incident_conce_incident_id_businessline_ab75b184_uniq` (`incident_id`,`businessline_id`),
  KEY `incidents_incident_c_businessline_id_51e64a6a_fk_incidents` (`businessline_id`),
  CONSTRAINT `incidents_incident_c_businessline_id_51e64a6a_fk_incidents` FOREIGN KEY (`businessline_id`) REFERENCES `incidents_businessline` (`id`),
  CONSTRAINT `incidents_incident_c_incident_id_b84e689b_fk_incidents` FOREIGN KEY (`incident_id`) REFERENCES `incidents_incident` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_incident_main_business_lines` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `incident_id` int(11) NOT NULL,
  `businessline_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `incidents_incident_main__incident_id_businessline_6d4b6f40_uniq` (`incident_id`,`businessline_id`),
  KEY `incidents_incident_m_businessline_id_44c2cf68_fk_incidents` (`businessline_id`),
  CONSTRAINT `incidents_incident_m_businessline_id_44c2cf68_fk_incidents` FOREIGN KEY (`businessline_id`) REFERENCES `incidents_businessline` (`id`),
  CONSTRAINT `incidents_incident_m_incident_id_2b63283c_fk_incidents` FOREIGN KEY (`incident_id`) REFERENCES `incidents_incident` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `what` varchar(100) NOT NULL,
  `when` datetime(6) NOT NULL,
  `comment_id` int(11) DEFAULT NULL,
  `incident_id` int(11) DEFAULT NULL,
  `who_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `incidents_log_comment_id_ee1e2248_fk_incidents_comments_id` (`comment_id`),
  KEY `incidents_log_incident_id_6078291a_fk_incidents_incident_id` (`incident_id`),
  KEY `incidents_log_who_id_c460946c_fk_auth_user_id` (`who_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_profile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `incident_number` int(11) NOT NULL,
  `hide_closed` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  `light_mode` varchar(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `incidents_profile_user_id_480cb75b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_recipienttemplate` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `type` varchar(100) NOT NULL,
  `behalf` varchar(100) NOT NULL,
  `recipient_to` longtext NOT NULL,
  `recipient_cc` longtext NOT NULL,
  `recipient_bcc` longtext DEFAULT NULL,
  `business_line_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `incidents_recipientt_business_line_id_10a50070_fk_incidents` (`business_line_id`),
  CONSTRAINT `incidents_recipientt_business_line_id_10a50070_fk_incidents` FOREIGN KEY (`business_line_id`) REFERENCES `incidents_businessline` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_validattribute` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  `unit` varchar(50) DEFAULT NULL,
  `description` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `incidents_validattribute_categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `validattribute_id` int(11) NOT NULL,
  `incidentcategory_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `incidents_validattribute_validattribute_id_incide_f4075762_uniq` (`validattribute_id`,`incidentcategory_id`),
  KEY `incidents_validattri_incidentcategory_id_f2c31159_fk_incidents` (`incidentcategory_id`),
  CONSTRAINT `incidents_validattri_incidentcategory_id_f2c31159_fk_incidents` FOREIGN KEY (`incidentcategory_id`) REFERENCES `incidents_incidentcategory` (`id`),
  CONSTRAINT `incidents_validattri_validattribute_id_b353e8ef_fk_incidents` FOREIGN KEY (`validattribute_id`) REFERENCES `incidents_validattribute` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- LabCIRS 7.0 (Charité – Universitätsmedizin Berlin, Sebastian Major; "A Laboratory Critical Incident and Error
-- Reporting System for Experimental Biomedicine", PLOS Biology 2016): an anonymous critical-incident / near-miss
-- reporting system for research laboratories — departments with a shared reporter account and reviewers, critical
-- incident reports with photo, review and risk classification, comments exchanged through a comment code, publishable
-- (anonymised, translated) incident summaries, per-department configuration and notification recipients, plus
-- Django's auth, admin log and sessions and django-registration-redux's registration profiles.
-- Upstream: github.com/major-s/labcirs commit 36e0ed7276f5875e6df76013b278716dba8087bd (tag v7.0, AGPL-3.0).
-- How it was made: upstream's requirements (Django 4.2.20, django-parler 2.3, django-multiselectfield 0.1.13,
-- django-registration-redux 2.13) were installed in a scratch virtualenv and `manage.py migrate` (upstream's
-- migrations, cirs 0001_squashed_0019_reinitialized, and the apps' own) was run against a scratch MariaDB 10.11
-- database with upstream's production settings; the schema was dumped with `mysqldump --no-data` and the database
-- dropped. Kept as dumped (column order, types, keys and constraint names are Django's); only the table options,
-- mysqldump's comments and its alphabetical order were changed: tables are ordered so that every foreign key points
-- to a table already created.

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
);

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
);

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
);

CREATE TABLE `auth_group_permissions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
);

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
);

CREATE TABLE `auth_user_groups` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `auth_user_user_permissions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`,`permission_id`),
  KEY `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `cirs_reporter` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `cirs_reporter_user_id_2845b458_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `cirs_reviewer` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `cirs_reviewer_user_id_92a4e3c1_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `cirs_department` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `label` varchar(32) NOT NULL,
  `name` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `reporter_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `label` (`label`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `reporter_id` (`reporter_id`),
  CONSTRAINT `cirs_department_reporter_id_9efc7ba8_fk_cirs_reporter_id` FOREIGN KEY (`reporter_id`) REFERENCES `cirs_reporter` (`id`)
);

CREATE TABLE `cirs_department_reviewers` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `department_id` bigint(20) NOT NULL,
  `reviewer_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cirs_department_reviewer_department_id_reviewer_i_950cc597_uniq` (`department_id`,`reviewer_id`),
  KEY `cirs_department_revi_reviewer_id_1a1fb0f1_fk_cirs_revi` (`reviewer_id`),
  CONSTRAINT `cirs_department_revi_department_id_1daaa75c_fk_cirs_depa` FOREIGN KEY (`department_id`) REFERENCES `cirs_department` (`id`),
  CONSTRAINT `cirs_department_revi_reviewer_id_1a1fb0f1_fk_cirs_revi` FOREIGN KEY (`reviewer_id`) REFERENCES `cirs_reviewer` (`id`)
);

CREATE TABLE `cirs_criticalincident` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `date` date NOT NULL,
  `incident` longtext NOT NULL,
  `reason` longtext NOT NULL,
  `immediate_action` longtext NOT NULL,
  `preventability` varchar(255) NOT NULL,
  `photo` varchar(100) DEFAULT NULL,
  `public` tinyint(1) NOT NULL,
  `comment_code` varchar(16) NOT NULL,
  `reported` date NOT NULL,
  `action` longtext NOT NULL,
  `responsibilty` varchar(255) NOT NULL,
  `review_date` date DEFAULT NULL,
  `status` varchar(255) NOT NULL,
  `risk` varchar(255) NOT NULL,
  `frequency` varchar(255) NOT NULL,
  `hazard` varchar(255) NOT NULL,
  `category` varchar(255) NOT NULL,
  `department_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `cirs_criticalinciden_department_id_23ad80c0_fk_cirs_depa` (`department_id`),
  CONSTRAINT `cirs_criticalinciden_department_id_23ad80c0_fk_cirs_depa` FOREIGN KEY (`department_id`) REFERENCES `cirs_department` (`id`)
);

CREATE TABLE `cirs_comment` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` date NOT NULL,
  `text` longtext NOT NULL,
  `status` varchar(255) NOT NULL,
  `author_id` int(11) NOT NULL,
  `critical_incident_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `cirs_comment_author_id_814e6baf_fk_auth_user_id` (`author_id`),
  KEY `cirs_comment_critical_incident_id_a56a83a3_fk_cirs_crit` (`critical_incident_id`),
  CONSTRAINT `cirs_comment_author_id_814e6baf_fk_auth_user_id` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `cirs_comment_critical_incident_id_a56a83a3_fk_cirs_crit` FOREIGN KEY (`critical_incident_id`) REFERENCES `cirs_criticalincident` (`id`)
);

CREATE TABLE `cirs_publishableincident` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `publish` tinyint(1) NOT NULL,
  `critical_incident_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `critical_incident_id` (`critical_incident_id`),
  CONSTRAINT `cirs_publishableinci_critical_incident_id_3969b64d_fk_cirs_crit` FOREIGN KEY (`critical_incident_id`) REFERENCES `cirs_criticalincident` (`id`)
);

CREATE TABLE `cirs_publishableincident_translation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `language_code` varchar(15) NOT NULL,
  `incident` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `measures_and_consequences` longtext NOT NULL,
  `master_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cirs_publishableincident_language_code_master_id_82ecfe76_uniq` (`language_code`,`master_id`),
  KEY `cirs_publishableincident_translation_language_code_308cd867` (`language_code`),
  KEY `cirs_publishableincident_translation_master_id_a2d2e3c2` (`master_id`),
  CONSTRAINT `cirs_publishableinci_master_id_a2d2e3c2_fk_cirs_publ` FOREIGN KEY (`master_id`) REFERENCES `cirs_publishableincident` (`id`)
);

CREATE TABLE `cirs_labcirsconfig` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `mandatory_languages` varchar(255) NOT NULL,
  `login_info_url` varchar(200) NOT NULL,
  `send_notification` tinyint(1) NOT NULL,
  `notification_sender_email` varchar(254) NOT NULL,
  `notification_text` longtext NOT NULL,
  `department_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `department_id` (`department_id`),
  CONSTRAINT `cirs_labcirsconfig_department_id_d39446d7_fk_cirs_department_id` FOREIGN KEY (`department_id`) REFERENCES `cirs_department` (`id`)
);

CREATE TABLE `cirs_labcirsconfig_notification_recipients` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `labcirsconfig_id` bigint(20) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cirs_labcirsconfig_notif_labcirsconfig_id_user_id_324f57ae_uniq` (`labcirsconfig_id`,`user_id`),
  KEY `cirs_labcirsconfig_n_user_id_fe4d8765_fk_auth_user` (`user_id`),
  CONSTRAINT `cirs_labcirsconfig_n_labcirsconfig_id_b277d050_fk_cirs_labc` FOREIGN KEY (`labcirsconfig_id`) REFERENCES `cirs_labcirsconfig` (`id`),
  CONSTRAINT `cirs_labcirsconfig_n_user_id_fe4d8765_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `cirs_labcirsconfig_translation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `language_code` varchar(15) NOT NULL,
  `login_info` longtext NOT NULL,
  `login_info_link_text` varchar(255) NOT NULL,
  `master_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cirs_labcirsconfig_trans_language_code_master_id_3860ac6d_uniq` (`language_code`,`master_id`),
  KEY `cirs_labcirsconfig_translation_language_code_3ddc3c60` (`language_code`),
  KEY `cirs_labcirsconfig_translation_master_id_0354b119` (`master_id`),
  CONSTRAINT `cirs_labcirsconfig_t_master_id_0354b119_fk_cirs_labc` FOREIGN KEY (`master_id`) REFERENCES `cirs_labcirsconfig` (`id`)
);

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
);

CREATE TABLE `django_migrations` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
);

CREATE TABLE `registration_registrationprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `activation_key` varchar(64) NOT NULL,
  `user_id` int(11) NOT NULL,
  `activated` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `registration_registr_user_id_5fcbf725_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
);

CREATE TABLE `registration_supervisedregistrationprofile` (
  `registrationprofile_ptr_id` int(11) NOT NULL,
  PRIMARY KEY (`registrationprofile_ptr_id`),
  CONSTRAINT `registration_supervi_registrationprofile__0a59f3b2_fk_registrat` FOREIGN KEY (`registrationprofile_ptr_id`) REFERENCES `registration_registrationprofile` (`id`)
);

-- django-ca (Mathias Ertl): certificate authority and certificate-management server on Django — CAs, issued
-- certificates, revocation and CRLs, OCSP, ACMEv2 accounts / orders / authorizations / challenges, certificate
-- orders through its REST API, watchers notified before expiry, and the Django admin used to run it.
-- Source: github.com/mathiasertl/django-ca at commit 1803f81cff16950576b877f88795534b803b6fc6 (version 3.2.0,
-- migrations up to 0058_certificate_ocsp_response_and_more). Licence: GPL-3.0-or-later.
-- How: the apps of upstream's ca/ca/settings.py INSTALLED_APPS (django.contrib auth, contenttypes, sessions,
-- messages, staticfiles, admin; django_object_actions; django_ca) migrated with `manage.py migrate` from that
-- commit's source (Django 5.2.19) into a scratch MariaDB 10.11 database, read back with mysqldump --no-data;
-- AUTO_INCREMENT counters and mysqldump's /*!...*/ session lines removed, tables ordered so that every table comes
-- after the tables its foreign keys refer to. Columns in the order the migrations left them. No table left out.

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
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_user_user_permissions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`,`permission_id`),
  KEY `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
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

CREATE TABLE `django_ca_certificateauthority` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `not_after` datetime(6) NOT NULL,
  `cn` varchar(128) NOT NULL,
  `serial` varchar(64) NOT NULL,
  `name` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `parent_id` bigint(20) DEFAULT NULL,
  `revoked` tinyint(1) NOT NULL,
  `revoked_date` datetime(6) DEFAULT NULL,
  `revoked_reason` varchar(32) NOT NULL,
  `not_before` datetime(6) NOT NULL,
  `compromised` datetime(6) DEFAULT NULL,
  `acme_enabled` tinyint(1) NOT NULL,
  `acme_requires_contact` tinyint(1) NOT NULL,
  `caa_identity` varchar(32) NOT NULL,
  `terms_of_service` varchar(200) NOT NULL,
  `website` varchar(200) NOT NULL,
  `pub` longblob NOT NULL,
  `acme_profile` varchar(32) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `sign_certificate_policies` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`sign_certificate_policies`)),
  `ocsp_responder_key_validity` smallint(5) unsigned NOT NULL CHECK (`ocsp_responder_key_validity` >= 0),
  `ocsp_response_validity` int(10) unsigned NOT NULL CHECK (`ocsp_response_validity` >= 0),
  `acme_registration` tinyint(1) NOT NULL,
  `api_enabled` tinyint(1) NOT NULL,
  `sign_authority_information_access` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`sign_authority_information_access`)),
  `sign_crl_distribution_points` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`sign_crl_distribution_points`)),
  `sign_issuer_alternative_name` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`sign_issuer_alternative_name`)),
  `key_backend_options` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`key_backend_options`)),
  `key_backend_alias` varchar(256) NOT NULL,
  `ocsp_key_backend_alias` varchar(256) NOT NULL,
  `ocsp_key_backend_options` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`ocsp_key_backend_options`)),
  `ocsp_response` longblob DEFAULT NULL,
  `ocsp_response_expires` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `serial` (`serial`),
  UNIQUE KEY `name` (`name`),
  KEY `django_ca_certificat_parent_id_8291fc0a_fk_django_ca` (`parent_id`),
  CONSTRAINT `django_ca_certificat_parent_id_8291fc0a_fk_django_ca` FOREIGN KEY (`parent_id`) REFERENCES `django_ca_certificateauthority` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_ca_acmeaccount` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `pem` longtext NOT NULL,
  `thumbprint` varchar(64) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `kid` varchar(200) NOT NULL,
  `status` varchar(12) NOT NULL,
  `contact` longtext NOT NULL,
  `terms_of_service_agreed` tinyint(1) NOT NULL,
  `ca_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `thumbprint` (`thumbprint`),
  UNIQUE KEY `slug` (`slug`),
  UNIQUE KEY `kid` (`kid`),
  UNIQUE KEY `django_ca_acmeaccount_ca_id_thumbprint_3a22dad9_uniq` (`ca_id`,`thumbprint`),
  CONSTRAINT `django_ca_acmeaccoun_ca_id_bdfff16a_fk_django_ca` FOREIGN KEY (`ca_id`) REFERENCES `django_ca_certificateauthority` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_ca_acmeorder` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `slug` varchar(50) NOT NULL,
  `status` varchar(10) NOT NULL,
  `expires` datetime(6) NOT NULL,
  `not_before` datetime(6) DEFAULT NULL,
  `not_after` datetime(6) DEFAULT NULL,
  `account_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  KEY `django_ca_acmeorder_account_id_fe38e8bc_fk_django_ca` (`account_id`),
  CONSTRAINT `django_ca_acmeorder_account_id_fe38e8bc_fk_django_ca` FOREIGN KEY (`account_id`) REFERENCES `django_ca_acmeaccount` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_ca_acmeauthorization` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `slug` varchar(50) NOT NULL,
  `type` varchar(8) NOT NULL,
  `value` varchar(255) NOT NULL,
  `status` varchar(12) NOT NULL,
  `wildcard` tinyint(1) NOT NULL,
  `order_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  UNIQUE KEY `django_ca_acmeauthorization_order_id_type_value_1f4d0d35_uniq` (`order_id`,`type`,`value`),
  CONSTRAINT `django_ca_acmeauthor_order_id_84743ce8_fk_django_ca` FOREIGN KEY (`order_id`) REFERENCES `django_ca_acmeorder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_ca_certificate` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `not_after` datetime(6) NOT NULL,
  `cn` varchar(128) NOT NULL,
  `serial` varchar(64) NOT NULL,
  `revoked` tinyint(1) NOT NULL,
  `revoked_date` datetime(6) DEFAULT NULL,
  `revoked_reason` varchar(32) NOT NULL,
  `ca_id` bigint(20) NOT NULL,
  `not_before` datetime(6) NOT NULL,
  `compromised` datetime(6) DEFAULT NULL,
  `profile` varchar(32) NOT NULL,
  `autogenerated` tinyint(1) NOT NULL,
  `csr` longblob DEFAULT NULL,
  `pub` longblob NOT NULL,
  `updated` datetime(6) NOT NULL,
  `ocsp_response` longblob DEFAULT NULL,
  `ocsp_response_expires` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `serial` (`serial`),
  KEY `django_ca_certificat_ca_id_3ad86157_fk_django_ca` (`ca_id`),
  CONSTRAINT `django_ca_certificat_ca_id_3ad86157_fk_django_ca` FOREIGN KEY (`ca_id`) REFERENCES `django_ca_certificateauthority` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_ca_acmecertificate` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `slug` varchar(50) NOT NULL,
  `csr` longtext NOT NULL,
  `cert_id` bigint(20) DEFAULT NULL,
  `order_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  UNIQUE KEY `order_id` (`order_id`),
  UNIQUE KEY `cert_id` (`cert_id`),
  CONSTRAINT `django_ca_acmecertif_cert_id_07b4770a_fk_django_ca` FOREIGN KEY (`cert_id`) REFERENCES `django_ca_certificate` (`id`),
  CONSTRAINT `django_ca_acmecertif_order_id_3fb94723_fk_django_ca` FOREIGN KEY (`order_id`) REFERENCES `django_ca_acmeorder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_ca_acmechallenge` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `slug` varchar(50) NOT NULL,
  `type` varchar(12) NOT NULL,
  `status` varchar(12) NOT NULL,
  `validated` datetime(6) DEFAULT NULL,
  `error` varchar(64) NOT NULL,
  `token` varchar(64) NOT NULL,
  `auth_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  UNIQUE KEY `django_ca_acmechallenge_auth_id_type_04974262_uniq` (`auth_id`,`type`),
  CONSTRAINT `django_ca_acmechalle_auth_id_5a7bc0c8_fk_django_ca` FOREIGN KEY (`auth_id`) REFERENCES `django_ca_acmeauthorization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_ca_watcher` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `mail` varchar(254) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mail` (`mail`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_ca_certificate_watchers` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `certificate_id` bigint(20) NOT NULL,
  `watcher_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_ca_certificate_wa_certificate_id_watcher_i_2a07103e_uniq` (`certificate_id`,`watcher_id`),
  KEY `django_ca_certificat_watcher_id_2a343b78_fk_django_ca` (`watcher_id`),
  CONSTRAINT `django_ca_certificat_certificate_id_134019d0_fk_django_ca` FOREIGN KEY (`certificate_id`) REFERENCES `django_ca_certificate` (`id`),
  CONSTRAINT `django_ca_certificat_watcher_id_2a343b78_fk_django_ca` FOREIGN KEY (`watcher_id`) REFERENCES `django_ca_watcher` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_ca_certificateexpirynotification` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `days` smallint(5) unsigned NOT NULL CHECK (`days` >= 0),
  `certificate_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_ca_certificat_certificate_id_35f86c33_fk_django_ca` (`certificate_id`),
  CONSTRAINT `django_ca_certificat_certificate_id_35f86c33_fk_django_ca` FOREIGN KEY (`certificate_id`) REFERENCES `django_ca_certificate` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_ca_certificateorder` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `status` varchar(8) NOT NULL,
  `error_code` smallint(5) unsigned DEFAULT NULL CHECK (`error_code` >= 0),
  `error` varchar(256) NOT NULL,
  `certificate_id` bigint(20) DEFAULT NULL,
  `certificate_authority_id` bigint(20) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  UNIQUE KEY `certificate_id` (`certificate_id`),
  KEY `django_ca_certificat_certificate_authorit_155967bf_fk_django_ca` (`certificate_authority_id`),
  KEY `django_ca_certificateorder_user_id_104d44da_fk_auth_user_id` (`user_id`),
  CONSTRAINT `django_ca_certificat_certificate_authorit_155967bf_fk_django_ca` FOREIGN KEY (`certificate_authority_id`) REFERENCES `django_ca_certificateauthority` (`id`),
  CONSTRAINT `django_ca_certificat_certificate_id_2ad40c77_fk_django_ca` FOREIGN KEY (`certificate_id`) REFERENCES `django_ca_certificate` (`id`),
  CONSTRAINT `django_ca_certificateorder_user_id_104d44da_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_ca_certificaterevocationlist` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `number` int(10) unsigned NOT NULL CHECK (`number` >= 0),
  `last_update` datetime(6) NOT NULL,
  `next_update` datetime(6) NOT NULL,
  `only_contains_ca_certs` tinyint(1) NOT NULL,
  `only_contains_user_certs` tinyint(1) NOT NULL,
  `only_contains_attribute_certs` tinyint(1) NOT NULL,
  `only_some_reasons` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`only_some_reasons`)),
  `data` longblob DEFAULT NULL,
  `ca_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_ca_certificaterevocationlist_number_69903762` (`number`),
  KEY `django_ca_c_ca_id_c93eda_idx` (`ca_id`,`number`,`only_contains_user_certs`,`only_contains_ca_certs`,`only_contains_attribute_certs`),
  CONSTRAINT `django_ca_certificat_ca_id_91675476_fk_django_ca` FOREIGN KEY (`ca_id`) REFERENCES `django_ca_certificateauthority` (`id`)
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

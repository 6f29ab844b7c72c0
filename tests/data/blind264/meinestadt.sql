-- Meine Stadt Transparent (council information system / local-parliament monitor built on OParl)
-- Source: github.com/meine-stadt-transparent/meine-stadt-transparent, commit 100582aea6fd1475b38d7054729eb34af7d7d721 (MIT).
-- Made by replaying upstream's Django migrations (mainapp 0001-0031, importer 0001-0002) and those of the pinned
-- third-party apps (poetry.lock: Django 4.1.8, django-allauth 0.53.1, django-simple-history 3.3.0) into MariaDB
-- 10.11 and dumping the schema with mysqldump --no-data. 50 of the 60 tables kept (see meinestadt.md); AUTO_INCREMENT
-- counters removed, tables ordered so that referenced tables come first.

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

CREATE TABLE `account_emailaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`),
  KEY `account_emailaddress_user_id_2c513194_fk_auth_user_id` (`user_id`),
  CONSTRAINT `account_emailaddress_user_id_2c513194_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `account_emailconfirmation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6) DEFAULT NULL,
  `key` varchar(64) NOT NULL,
  `email_address_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  KEY `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` (`email_address_id`),
  CONSTRAINT `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialapp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `name` varchar(40) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `key` varchar(191) NOT NULL,
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

CREATE TABLE `socialaccount_socialaccount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `uid` varchar(191) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `extra_data` longtext NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_fc810c6e_uniq` (`provider`,`uid`),
  KEY `socialaccount_socialaccount_user_id_8146e70c_fk_auth_user_id` (`user_id`),
  CONSTRAINT `socialaccount_socialaccount_user_id_8146e70c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialtoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` longtext NOT NULL,
  `token_secret` longtext NOT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `account_id` int(11) NOT NULL,
  `app_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq` (`app_id`,`account_id`),
  KEY `socialaccount_social_account_id_951f210e_fk_socialacc` (`account_id`),
  CONSTRAINT `socialaccount_social_account_id_951f210e_fk_socialacc` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`),
  CONSTRAINT `socialaccount_social_app_id_636a42d7_fk_socialacc` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_userprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) DEFAULT NULL,
  `pgp_key_fingerprint` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `mainapp_userprofile_user_id_c68a7d79_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_useralert` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `search_string` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `last_match` datetime(6) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `mainapp_useralert_user_id_b1f62553_fk_auth_user_id` (`user_id`),
  CONSTRAINT `mainapp_useralert_user_id_b1f62553_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_location` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `oparl_id` varchar(255) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `description` longtext DEFAULT NULL,
  `is_official` tinyint(1) NOT NULL,
  `osm_id` bigint(20) DEFAULT NULL,
  `geometry` longtext NOT NULL,
  `locality` varchar(512) DEFAULT NULL,
  `postal_code` varchar(512) DEFAULT NULL,
  `room` varchar(512) DEFAULT NULL,
  `street_address` varchar(512) DEFAULT NULL,
  `search_str` varchar(767) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oparl_id` (`oparl_id`),
  UNIQUE KEY `search_str` (`search_str`),
  KEY `mainapp_location_deleted_3ecd3538` (`deleted`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_legislativeterm` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `oparl_id` varchar(255) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `name` longtext NOT NULL,
  `short_name` varchar(50) NOT NULL,
  `start` date NOT NULL,
  `end` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oparl_id` (`oparl_id`),
  KEY `mainapp_legislativeterm_deleted_e9345e17` (`deleted`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_body` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `oparl_id` varchar(255) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `name` longtext NOT NULL,
  `short_name` varchar(50) NOT NULL,
  `center_id` int(11) DEFAULT NULL,
  `outline_id` int(11) DEFAULT NULL,
  `ags` varchar(8) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oparl_id` (`oparl_id`),
  KEY `mainapp_body_center_id_fa7a57c5_fk_mainapp_location_id` (`center_id`),
  KEY `mainapp_body_outline_id_904bebcf_fk_mainapp_location_id` (`outline_id`),
  KEY `mainapp_body_deleted_54ff0293` (`deleted`),
  CONSTRAINT `mainapp_body_center_id_fa7a57c5_fk_mainapp_location_id` FOREIGN KEY (`center_id`) REFERENCES `mainapp_location` (`id`),
  CONSTRAINT `mainapp_body_outline_id_904bebcf_fk_mainapp_location_id` FOREIGN KEY (`outline_id`) REFERENCES `mainapp_location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_body_legislative_terms` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `body_id` int(11) NOT NULL,
  `legislativeterm_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mainapp_body_legislative_body_id_legislativeterm__fb9965b0_uniq` (`body_id`,`legislativeterm_id`),
  KEY `mainapp_body_legisla_legislativeterm_id_4709060d_fk_mainapp_l` (`legislativeterm_id`),
  CONSTRAINT `mainapp_body_legisla_body_id_7a94dec4_fk_mainapp_b` FOREIGN KEY (`body_id`) REFERENCES `mainapp_body` (`id`),
  CONSTRAINT `mainapp_body_legisla_legislativeterm_id_4709060d_fk_mainapp_l` FOREIGN KEY (`legislativeterm_id`) REFERENCES `mainapp_legislativeterm` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_organizationtype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_organization` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `oparl_id` varchar(255) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `name` longtext NOT NULL,
  `short_name` varchar(50) NOT NULL,
  `start` date DEFAULT NULL,
  `end` date DEFAULT NULL,
  `color` varchar(6) DEFAULT NULL,
  `logo` varchar(255) DEFAULT NULL,
  `body_id` int(11) NOT NULL,
  `location_id` int(11) DEFAULT NULL,
  `organization_type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oparl_id` (`oparl_id`),
  KEY `mainapp_organization_organization_type_id_f78fd252_fk_mainapp_o` (`organization_type_id`),
  KEY `mainapp_organization_body_id_ac40f6ad_fk_mainapp_body_id` (`body_id`),
  KEY `mainapp_organization_location_id_5b20591f_fk_mainapp_location_id` (`location_id`),
  KEY `mainapp_organization_deleted_f002e53d` (`deleted`),
  CONSTRAINT `mainapp_organization_body_id_ac40f6ad_fk_mainapp_body_id` FOREIGN KEY (`body_id`) REFERENCES `mainapp_body` (`id`),
  CONSTRAINT `mainapp_organization_location_id_5b20591f_fk_mainapp_location_id` FOREIGN KEY (`location_id`) REFERENCES `mainapp_location` (`id`),
  CONSTRAINT `mainapp_organization_organization_type_id_f78fd252_fk_mainapp_o` FOREIGN KEY (`organization_type_id`) REFERENCES `mainapp_organizationtype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_organization_legislative_terms` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `organization_id` int(11) NOT NULL,
  `legislativeterm_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mainapp_organization_leg_organization_id_legislat_3ac72df6_uniq` (`organization_id`,`legislativeterm_id`),
  KEY `mainapp_organization_legislativeterm_id_55bd15bc_fk_mainapp_l` (`legislativeterm_id`),
  CONSTRAINT `mainapp_organization_legislativeterm_id_55bd15bc_fk_mainapp_l` FOREIGN KEY (`legislativeterm_id`) REFERENCES `mainapp_legislativeterm` (`id`),
  CONSTRAINT `mainapp_organization_organization_id_a0e7c3d7_fk_mainapp_o` FOREIGN KEY (`organization_id`) REFERENCES `mainapp_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_person` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `oparl_id` varchar(255) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `name` varchar(100) NOT NULL,
  `given_name` varchar(100) NOT NULL,
  `family_name` varchar(100) NOT NULL,
  `location_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oparl_id` (`oparl_id`),
  KEY `mainapp_person_location_id_d43bd56a_fk_mainapp_location_id` (`location_id`),
  KEY `mainapp_person_deleted_0fb41383` (`deleted`),
  CONSTRAINT `mainapp_person_location_id_d43bd56a_fk_mainapp_location_id` FOREIGN KEY (`location_id`) REFERENCES `mainapp_location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_membership` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `oparl_id` varchar(255) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `start` date DEFAULT NULL,
  `end` date DEFAULT NULL,
  `role` varchar(200) DEFAULT NULL,
  `organization_id` int(11) NOT NULL,
  `person_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oparl_id` (`oparl_id`),
  KEY `mainapp_organization_person_id_a981132a_fk_mainapp_p` (`person_id`),
  KEY `mainapp_organization_organization_id_1eb81864_fk_mainapp_o` (`organization_id`),
  KEY `mainapp_organizationmembership_deleted_202f7377` (`deleted`),
  CONSTRAINT `mainapp_organization_organization_id_1eb81864_fk_mainapp_o` FOREIGN KEY (`organization_id`) REFERENCES `mainapp_organization` (`id`),
  CONSTRAINT `mainapp_organization_person_id_a981132a_fk_mainapp_p` FOREIGN KEY (`person_id`) REFERENCES `mainapp_person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_file` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `oparl_id` varchar(255) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `name` varchar(200) NOT NULL,
  `filename` varchar(200) NOT NULL,
  `mime_type` varchar(255) NOT NULL,
  `legal_date` date DEFAULT NULL,
  `filesize` int(11) DEFAULT NULL,
  `page_count` int(11) DEFAULT NULL,
  `parsed_text` longtext DEFAULT NULL,
  `license` varchar(200) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `sort_date` datetime(6) NOT NULL,
  `oparl_access_url` varchar(512) DEFAULT NULL,
  `oparl_download_url` varchar(512) DEFAULT NULL,
  `manually_deleted` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oparl_id` (`oparl_id`),
  KEY `mainapp_file_deleted_fc028cf8` (`deleted`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_file_locations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `file_id` int(11) NOT NULL,
  `location_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mainapp_file_locations_file_id_location_id_2bf6a06d_uniq` (`file_id`,`location_id`),
  KEY `mainapp_file_locatio_location_id_5800a291_fk_mainapp_l` (`location_id`),
  CONSTRAINT `mainapp_file_locatio_location_id_5800a291_fk_mainapp_l` FOREIGN KEY (`location_id`) REFERENCES `mainapp_location` (`id`),
  CONSTRAINT `mainapp_file_locations_file_id_18924d1a_fk_mainapp_file_id` FOREIGN KEY (`file_id`) REFERENCES `mainapp_file` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_file_mentioned_persons` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `file_id` int(11) NOT NULL,
  `person_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mainapp_file_mentioned_persons_file_id_person_id_49ef9c07_uniq` (`file_id`,`person_id`),
  KEY `mainapp_file_mention_person_id_40f3c7c6_fk_mainapp_p` (`person_id`),
  CONSTRAINT `mainapp_file_mention_file_id_c7695405_fk_mainapp_f` FOREIGN KEY (`file_id`) REFERENCES `mainapp_file` (`id`),
  CONSTRAINT `mainapp_file_mention_person_id_40f3c7c6_fk_mainapp_p` FOREIGN KEY (`person_id`) REFERENCES `mainapp_person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_papertype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `paper_type` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `paper_type` (`paper_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_paper` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `oparl_id` varchar(255) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `name` longtext NOT NULL,
  `short_name` varchar(50) NOT NULL,
  `reference_number` varchar(50) DEFAULT NULL,
  `legal_date` date DEFAULT NULL,
  `change_request_of_id` int(11) DEFAULT NULL,
  `main_file_id` int(11) DEFAULT NULL,
  `paper_type_id` int(11) DEFAULT NULL,
  `sort_date` datetime(6) NOT NULL,
  `display_date` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oparl_id` (`oparl_id`),
  KEY `mainapp_paper_paper_type_id_546ecf61_fk_mainapp_papertype_id` (`paper_type_id`),
  KEY `mainapp_paper_change_request_of_id_fcbd8900_fk_mainapp_paper_id` (`change_request_of_id`),
  KEY `mainapp_paper_main_file_id_25154a79_fk_mainapp_file_id` (`main_file_id`),
  KEY `mainapp_paper_deleted_a0e668b8` (`deleted`),
  KEY `mainapp_pap_sort_da_45833e_idx` (`sort_date` DESC),
  CONSTRAINT `mainapp_paper_change_request_of_id_fcbd8900_fk_mainapp_paper_id` FOREIGN KEY (`change_request_of_id`) REFERENCES `mainapp_paper` (`id`),
  CONSTRAINT `mainapp_paper_main_file_id_25154a79_fk_mainapp_file_id` FOREIGN KEY (`main_file_id`) REFERENCES `mainapp_file` (`id`),
  CONSTRAINT `mainapp_paper_paper_type_id_546ecf61_fk_mainapp_papertype_id` FOREIGN KEY (`paper_type_id`) REFERENCES `mainapp_papertype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_paper_files` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `paper_id` int(11) NOT NULL,
  `file_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mainapp_paper_files_paper_id_file_id_b5b5e796_uniq` (`paper_id`,`file_id`),
  KEY `mainapp_paper_files_file_id_0ce09fe7_fk_mainapp_file_id` (`file_id`),
  CONSTRAINT `mainapp_paper_files_file_id_0ce09fe7_fk_mainapp_file_id` FOREIGN KEY (`file_id`) REFERENCES `mainapp_file` (`id`),
  CONSTRAINT `mainapp_paper_files_paper_id_5b492225_fk_mainapp_paper_id` FOREIGN KEY (`paper_id`) REFERENCES `mainapp_paper` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_paper_organizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `paper_id` int(11) NOT NULL,
  `organization_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mainapp_paper_organizati_paper_id_organization_id_a8f92c2f_uniq` (`paper_id`,`organization_id`),
  KEY `mainapp_paper_organi_organization_id_9a05a19b_fk_mainapp_o` (`organization_id`),
  CONSTRAINT `mainapp_paper_organi_organization_id_9a05a19b_fk_mainapp_o` FOREIGN KEY (`organization_id`) REFERENCES `mainapp_organization` (`id`),
  CONSTRAINT `mainapp_paper_organi_paper_id_7132816b_fk_mainapp_p` FOREIGN KEY (`paper_id`) REFERENCES `mainapp_paper` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_paper_persons` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `paper_id` int(11) NOT NULL,
  `person_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mainapp_paper_persons_paper_id_person_id_7948459c_uniq` (`paper_id`,`person_id`),
  KEY `mainapp_paper_persons_person_id_78e3c2ca_fk_mainapp_person_id` (`person_id`),
  CONSTRAINT `mainapp_paper_persons_paper_id_8179b72d_fk_mainapp_paper_id` FOREIGN KEY (`paper_id`) REFERENCES `mainapp_paper` (`id`),
  CONSTRAINT `mainapp_paper_persons_person_id_78e3c2ca_fk_mainapp_person_id` FOREIGN KEY (`person_id`) REFERENCES `mainapp_person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_meeting` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `oparl_id` varchar(255) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `name` longtext NOT NULL,
  `short_name` varchar(50) NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  `start` datetime(6) NOT NULL,
  `end` datetime(6) DEFAULT NULL,
  `public` int(11) NOT NULL,
  `invitation_id` int(11) DEFAULT NULL,
  `location_id` int(11) DEFAULT NULL,
  `results_protocol_id` int(11) DEFAULT NULL,
  `verbatim_protocol_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oparl_id` (`oparl_id`),
  KEY `mainapp_meeting_results_protocol_id_486de8c4_fk_mainapp_file_id` (`results_protocol_id`),
  KEY `mainapp_meeting_verbatim_protocol_id_e544f707_fk_mainapp_file_id` (`verbatim_protocol_id`),
  KEY `mainapp_meeting_invitation_id_593ca6c3_fk_mainapp_file_id` (`invitation_id`),
  KEY `mainapp_meeting_location_id_37edf4e0_fk_mainapp_location_id` (`location_id`),
  KEY `mainapp_meeting_deleted_3d792e89` (`deleted`),
  CONSTRAINT `mainapp_meeting_invitation_id_593ca6c3_fk_mainapp_file_id` FOREIGN KEY (`invitation_id`) REFERENCES `mainapp_file` (`id`),
  CONSTRAINT `mainapp_meeting_location_id_37edf4e0_fk_mainapp_location_id` FOREIGN KEY (`location_id`) REFERENCES `mainapp_location` (`id`),
  CONSTRAINT `mainapp_meeting_results_protocol_id_486de8c4_fk_mainapp_file_id` FOREIGN KEY (`results_protocol_id`) REFERENCES `mainapp_file` (`id`),
  CONSTRAINT `mainapp_meeting_verbatim_protocol_id_e544f707_fk_mainapp_file_id` FOREIGN KEY (`verbatim_protocol_id`) REFERENCES `mainapp_file` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_meeting_persons` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `meeting_id` int(11) NOT NULL,
  `person_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mainapp_meeting_persons_meeting_id_person_id_80906f14_uniq` (`meeting_id`,`person_id`),
  KEY `mainapp_meeting_persons_person_id_4fb4577c_fk_mainapp_person_id` (`person_id`),
  CONSTRAINT `mainapp_meeting_pers_meeting_id_94dc2293_fk_mainapp_m` FOREIGN KEY (`meeting_id`) REFERENCES `mainapp_meeting` (`id`),
  CONSTRAINT `mainapp_meeting_persons_person_id_4fb4577c_fk_mainapp_person_id` FOREIGN KEY (`person_id`) REFERENCES `mainapp_person` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_meeting_organizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `meeting_id` int(11) NOT NULL,
  `organization_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mainapp_meeting_organiza_meeting_id_organization__0bd1773e_uniq` (`meeting_id`,`organization_id`),
  KEY `mainapp_meeting_orga_organization_id_c8efde28_fk_mainapp_o` (`organization_id`),
  CONSTRAINT `mainapp_meeting_orga_meeting_id_53181dcd_fk_mainapp_m` FOREIGN KEY (`meeting_id`) REFERENCES `mainapp_meeting` (`id`),
  CONSTRAINT `mainapp_meeting_orga_organization_id_c8efde28_fk_mainapp_o` FOREIGN KEY (`organization_id`) REFERENCES `mainapp_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_meeting_auxiliary_files` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `meeting_id` int(11) NOT NULL,
  `file_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mainapp_meeting_auxiliary_files_meeting_id_file_id_e8d445d2_uniq` (`meeting_id`,`file_id`),
  KEY `mainapp_meeting_auxi_file_id_062ef9b3_fk_mainapp_f` (`file_id`),
  CONSTRAINT `mainapp_meeting_auxi_file_id_062ef9b3_fk_mainapp_f` FOREIGN KEY (`file_id`) REFERENCES `mainapp_file` (`id`),
  CONSTRAINT `mainapp_meeting_auxi_meeting_id_6ae76824_fk_mainapp_m` FOREIGN KEY (`meeting_id`) REFERENCES `mainapp_meeting` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_consultation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `oparl_id` varchar(255) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `authoritative` tinyint(1) DEFAULT NULL,
  `role` varchar(200) DEFAULT NULL,
  `meeting_id` int(11) DEFAULT NULL,
  `paper_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oparl_id` (`oparl_id`),
  KEY `mainapp_consultation_meeting_id_c3fb11ce_fk_mainapp_meeting_id` (`meeting_id`),
  KEY `mainapp_consultation_paper_id_ba9ff0b4_fk_mainapp_paper_id` (`paper_id`),
  KEY `mainapp_consultation_deleted_a661f14d` (`deleted`),
  CONSTRAINT `mainapp_consultation_meeting_id_c3fb11ce_fk_mainapp_meeting_id` FOREIGN KEY (`meeting_id`) REFERENCES `mainapp_meeting` (`id`),
  CONSTRAINT `mainapp_consultation_paper_id_ba9ff0b4_fk_mainapp_paper_id` FOREIGN KEY (`paper_id`) REFERENCES `mainapp_paper` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_consultation_organizations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `consultation_id` int(11) NOT NULL,
  `organization_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mainapp_consultation_org_consultation_id_organiza_5b0b67a1_uniq` (`consultation_id`,`organization_id`),
  KEY `mainapp_consultation_organization_id_ac455ba3_fk_mainapp_o` (`organization_id`),
  CONSTRAINT `mainapp_consultation_consultation_id_f95d0be5_fk_mainapp_c` FOREIGN KEY (`consultation_id`) REFERENCES `mainapp_consultation` (`id`),
  CONSTRAINT `mainapp_consultation_organization_id_ac455ba3_fk_mainapp_o` FOREIGN KEY (`organization_id`) REFERENCES `mainapp_organization` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_agendaitem` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `oparl_id` varchar(255) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `key` varchar(20) DEFAULT NULL,
  `name` longtext NOT NULL,
  `position` int(11) NOT NULL,
  `public` tinyint(1) DEFAULT NULL,
  `result` longtext DEFAULT NULL,
  `resolution_text` longtext DEFAULT NULL,
  `start` datetime(6) DEFAULT NULL,
  `end` datetime(6) DEFAULT NULL,
  `consultation_id` int(11) DEFAULT NULL,
  `meeting_id` int(11) NOT NULL,
  `resolution_file_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oparl_id` (`oparl_id`),
  KEY `mainapp_agendaitem_consultation_id_f19cf3e1_fk_mainapp_c` (`consultation_id`),
  KEY `mainapp_agendaitem_meeting_id_7c8fdb58_fk_mainapp_meeting_id` (`meeting_id`),
  KEY `mainapp_agendaitem_resolution_file_id_10684d93_fk_mainapp_f` (`resolution_file_id`),
  KEY `mainapp_agendaitem_deleted_ef04a6e9` (`deleted`),
  CONSTRAINT `mainapp_agendaitem_consultation_id_f19cf3e1_fk_mainapp_c` FOREIGN KEY (`consultation_id`) REFERENCES `mainapp_consultation` (`id`),
  CONSTRAINT `mainapp_agendaitem_meeting_id_7c8fdb58_fk_mainapp_meeting_id` FOREIGN KEY (`meeting_id`) REFERENCES `mainapp_meeting` (`id`),
  CONSTRAINT `mainapp_agendaitem_resolution_file_id_10684d93_fk_mainapp_f` FOREIGN KEY (`resolution_file_id`) REFERENCES `mainapp_file` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_agendaitem_auxiliary_file` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `agendaitem_id` int(11) NOT NULL,
  `file_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mainapp_agendaitem_auxil_agendaitem_id_file_id_320f3ce4_uniq` (`agendaitem_id`,`file_id`),
  KEY `mainapp_agendaitem_a_file_id_9394d85e_fk_mainapp_f` (`file_id`),
  CONSTRAINT `mainapp_agendaitem_a_agendaitem_id_19544f41_fk_mainapp_a` FOREIGN KEY (`agendaitem_id`) REFERENCES `mainapp_agendaitem` (`id`),
  CONSTRAINT `mainapp_agendaitem_a_file_id_9394d85e_fk_mainapp_f` FOREIGN KEY (`file_id`) REFERENCES `mainapp_file` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_searchstreet` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `oparl_id` varchar(255) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `displayed_name` varchar(1000) NOT NULL,
  `osm_id` bigint(20) DEFAULT NULL,
  `exclude_from_search` tinyint(1) NOT NULL,
  `body_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oparl_id` (`oparl_id`),
  UNIQUE KEY `mainapp_searchstreet_osm_id_22d4e317_uniq` (`osm_id`),
  KEY `mainapp_searchstreet_deleted_2001aefb` (`deleted`),
  KEY `mainapp_sea_osm_id_a0c31a_idx` (`osm_id`),
  KEY `mainapp_searchstreet_body_id_3deafc8f_fk_mainapp_body_id` (`body_id`),
  CONSTRAINT `mainapp_searchstreet_body_id_3deafc8f_fk_mainapp_body_id` FOREIGN KEY (`body_id`) REFERENCES `mainapp_body` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_searchpoi` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `oparl_id` varchar(255) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `displayed_name` varchar(1000) NOT NULL,
  `osm_id` bigint(20) DEFAULT NULL,
  `osm_amenity` varchar(1000) DEFAULT NULL,
  `geometry` longtext DEFAULT NULL,
  `exclude_from_search` tinyint(1) NOT NULL,
  `body_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oparl_id` (`oparl_id`),
  KEY `mainapp_searchpoi_deleted_f2ae1561` (`deleted`),
  KEY `mainapp_searchpoi_body_id_ab53b9a8_fk_mainapp_body_id` (`body_id`),
  CONSTRAINT `mainapp_searchpoi_body_id_ab53b9a8_fk_mainapp_body_id` FOREIGN KEY (`body_id`) REFERENCES `mainapp_body` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_historicalperson` (
  `id` int(11) NOT NULL,
  `oparl_id` varchar(255) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `name` varchar(100) NOT NULL,
  `given_name` varchar(100) NOT NULL,
  `family_name` varchar(100) NOT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `location_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `mainapp_historicalpe_history_user_id_d6a94ab3_fk_auth_user` (`history_user_id`),
  KEY `mainapp_historicalperson_id_0484cadc` (`id`),
  KEY `mainapp_historicalperson_oparl_id_76f3f5de` (`oparl_id`),
  KEY `mainapp_historicalperson_location_id_7c212800` (`location_id`),
  KEY `mainapp_historicalperson_deleted_9a16dad9` (`deleted`),
  KEY `mainapp_historicalperson_history_date_09fcd232` (`history_date`),
  CONSTRAINT `mainapp_historicalpe_history_user_id_d6a94ab3_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_historicalmembership` (
  `id` int(11) NOT NULL,
  `oparl_id` varchar(255) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `start` date DEFAULT NULL,
  `end` date DEFAULT NULL,
  `role` varchar(200) DEFAULT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `organization_id` int(11) DEFAULT NULL,
  `person_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `mainapp_historicalor_history_user_id_8bb3a93c_fk_auth_user` (`history_user_id`),
  KEY `mainapp_historicalorganizationmembership_id_c76bc367` (`id`),
  KEY `mainapp_historicalorganizationmembership_oparl_id_d3d534df` (`oparl_id`),
  KEY `mainapp_historicalorganizat_organization_id_b4e7f6df` (`organization_id`),
  KEY `mainapp_historicalorganizationmembership_person_id_54da1733` (`person_id`),
  KEY `mainapp_historicalorganizationmembership_deleted_991f40c9` (`deleted`),
  KEY `mainapp_historicalmembership_history_date_22c0c5b3` (`history_date`),
  CONSTRAINT `mainapp_historicalor_history_user_id_8bb3a93c_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_historicalmeeting` (
  `id` int(11) NOT NULL,
  `oparl_id` varchar(255) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `name` longtext NOT NULL,
  `short_name` varchar(50) NOT NULL,
  `cancelled` tinyint(1) NOT NULL,
  `start` datetime(6) NOT NULL,
  `end` datetime(6) DEFAULT NULL,
  `public` int(11) NOT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `invitation_id` int(11) DEFAULT NULL,
  `location_id` int(11) DEFAULT NULL,
  `results_protocol_id` int(11) DEFAULT NULL,
  `verbatim_protocol_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `mainapp_historicalme_history_user_id_50f3beac_fk_auth_user` (`history_user_id`),
  KEY `mainapp_historicalmeeting_id_e0fb6eda` (`id`),
  KEY `mainapp_historicalmeeting_oparl_id_65cb5c7f` (`oparl_id`),
  KEY `mainapp_historicalmeeting_invitation_id_ce745697` (`invitation_id`),
  KEY `mainapp_historicalmeeting_location_id_c8e51061` (`location_id`),
  KEY `mainapp_historicalmeeting_results_protocol_id_d0c45843` (`results_protocol_id`),
  KEY `mainapp_historicalmeeting_verbatim_protocol_id_12f14883` (`verbatim_protocol_id`),
  KEY `mainapp_historicalmeeting_deleted_2d3ac365` (`deleted`),
  KEY `mainapp_historicalmeeting_history_date_de9cbda0` (`history_date`),
  CONSTRAINT `mainapp_historicalme_history_user_id_50f3beac_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mainapp_historicalpaper` (
  `id` int(11) NOT NULL,
  `oparl_id` varchar(255) DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `name` longtext NOT NULL,
  `short_name` varchar(50) NOT NULL,
  `reference_number` varchar(50) DEFAULT NULL,
  `legal_date` date DEFAULT NULL,
  `sort_date` datetime(6) NOT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `change_request_of_id` int(11) DEFAULT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `main_file_id` int(11) DEFAULT NULL,
  `paper_type_id` int(11) DEFAULT NULL,
  `display_date` date DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `mainapp_historicalpaper_history_user_id_e7d51b19_fk_auth_user_id` (`history_user_id`),
  KEY `mainapp_historicalpaper_id_3cbe3be6` (`id`),
  KEY `mainapp_historicalpaper_oparl_id_03e2a1ea` (`oparl_id`),
  KEY `mainapp_historicalpaper_change_request_of_id_8c327913` (`change_request_of_id`),
  KEY `mainapp_historicalpaper_main_file_id_d0c6dcd7` (`main_file_id`),
  KEY `mainapp_historicalpaper_paper_type_id_3a278152` (`paper_type_id`),
  KEY `mainapp_historicalpaper_deleted_af054391` (`deleted`),
  KEY `mainapp_historicalpaper_history_date_d841df82` (`history_date`),
  CONSTRAINT `mainapp_historicalpaper_history_user_id_e7d51b19_fk_auth_user_id` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `importer_cachedobject` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url` varchar(255) NOT NULL,
  `data` longtext NOT NULL,
  `oparl_type` varchar(100) NOT NULL,
  `to_import` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `url` (`url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `importer_externallist` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url` varchar(255) NOT NULL,
  `last_update` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `url` (`url`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

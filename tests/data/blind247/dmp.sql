-- Django Music Publisher (DMP): music publishing administration (writers, artists, works, recordings, releases, CWR registrations).
-- Upstream: github.com/matijakolaric-com/django-music-publisher, commit dd7ce7b3be37fbe2838a580b0bfbab2405d5e22f (MIT).
-- DDL built by upstream's own Django migrations (music_publisher 0001-0011 and Django's contrib apps, Django 4.2.30
-- within the pinned range Django>=4.2.17,<5.0) run into MariaDB, read back with SHOW CREATE TABLE, referenced
-- tables first; AUTO_INCREMENT counters removed.

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

CREATE TABLE `music_publisher_ackimport` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `filename` varchar(60) NOT NULL,
  `society_code` varchar(3) NOT NULL,
  `society_name` varchar(45) NOT NULL,
  `date` date NOT NULL,
  `report` longtext NOT NULL,
  `cwr` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `music_publisher_artist` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(45) NOT NULL,
  `isni` varchar(16) DEFAULT NULL,
  `notes` longtext NOT NULL,
  `description` longtext NOT NULL,
  `image` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `isni` (`isni`),
  KEY `music_publisher_artist_last_name_d1e0c829` (`last_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `music_publisher_label` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(60) NOT NULL,
  `notes` longtext NOT NULL,
  `description` longtext NOT NULL,
  `image` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `music_publisher_library` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(60) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `music_publisher_release` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cd_identifier` varchar(15) DEFAULT NULL,
  `release_date` date DEFAULT NULL,
  `release_title` varchar(60) DEFAULT NULL,
  `ean` varchar(13) DEFAULT NULL,
  `library_id` int(11) DEFAULT NULL,
  `release_label_id` int(11) DEFAULT NULL,
  `description` longtext NOT NULL,
  `image` varchar(255) NOT NULL,
  `artist_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cd_identifier` (`cd_identifier`),
  UNIQUE KEY `ean` (`ean`),
  KEY `music_publisher_release_release_label_id_3705606b_fk` (`release_label_id`),
  KEY `music_publisher_release_library_id_04e77383_fk` (`library_id`),
  KEY `music_publisher_rele_artist_id_c80eb592_fk_music_pub` (`artist_id`),
  CONSTRAINT `music_publisher_rele_artist_id_c80eb592_fk_music_pub` FOREIGN KEY (`artist_id`) REFERENCES `music_publisher_artist` (`id`),
  CONSTRAINT `music_publisher_release_library_id_04e77383_fk` FOREIGN KEY (`library_id`) REFERENCES `music_publisher_library` (`id`),
  CONSTRAINT `music_publisher_release_release_label_id_3705606b_fk` FOREIGN KEY (`release_label_id`) REFERENCES `music_publisher_label` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `music_publisher_work` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(60) NOT NULL,
  `_work_id` varchar(14) DEFAULT NULL,
  `iswc` varchar(15) DEFAULT NULL,
  `original_title` varchar(60) NOT NULL,
  `last_change` datetime(6) DEFAULT NULL,
  `library_release_id` int(11) DEFAULT NULL,
  `title_type` varchar(2) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `_work_id` (`_work_id`),
  UNIQUE KEY `iswc` (`iswc`),
  KEY `music_publisher_work_title_fc99faf7` (`title`),
  KEY `music_publisher_work_original_title_f34e6912` (`original_title`),
  KEY `music_publisher_work_library_release_id_c350e5fc_fk` (`library_release_id`),
  CONSTRAINT `music_publisher_work_library_release_id_c350e5fc_fk` FOREIGN KEY (`library_release_id`) REFERENCES `music_publisher_release` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `music_publisher_alternatetitle` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(60) NOT NULL,
  `suffix` tinyint(1) NOT NULL,
  `work_id` int(11) NOT NULL,
  `title_type` varchar(2) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `music_publisher_alternatetitle_title_cae11446` (`title`),
  KEY `music_publisher_alternatetitle_work_id_5a3a1027` (`work_id`),
  KEY `music_publi_work_id_bf054a_idx` (`work_id`,`title_type`,`title`),
  CONSTRAINT `music_publisher_alternatetitle_work_id_5a3a1027_fk` FOREIGN KEY (`work_id`) REFERENCES `music_publisher_work` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `music_publisher_artistinwork` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `artist_id` int(11) NOT NULL,
  `work_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `music_publisher_artistinwork_artist_id_48685c89_fk` (`artist_id`),
  KEY `music_publisher_artistinwork_work_id_2b12ccd1` (`work_id`),
  KEY `music_publi_work_id_bdf6c3_idx` (`work_id`,`artist_id`),
  CONSTRAINT `music_publisher_artistinwork_artist_id_48685c89_fk` FOREIGN KEY (`artist_id`) REFERENCES `music_publisher_artist` (`id`),
  CONSTRAINT `music_publisher_artistinwork_work_id_2b12ccd1_fk` FOREIGN KEY (`work_id`) REFERENCES `music_publisher_work` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `music_publisher_cwrexport` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `nwr_rev` varchar(3) NOT NULL,
  `cwr` longtext NOT NULL,
  `year` varchar(2) NOT NULL,
  `num_in_year` smallint(5) unsigned NOT NULL CHECK (`num_in_year` >= 0),
  `description` varchar(60) NOT NULL,
  `created_on` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `music_publisher_cwrexport_nwr_rev_4beb3aa4` (`nwr_rev`),
  KEY `music_publisher_cwrexport_year_7caadcea` (`year`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `music_publisher_cwrexport_works` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cwrexport_id` int(11) NOT NULL,
  `work_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `music_publisher_cwrexpor_cwrexport_id_work_id_9d8eabd2_uniq` (`cwrexport_id`,`work_id`),
  KEY `music_publisher_cwrexport_works_work_id_de080c72_fk` (`work_id`),
  CONSTRAINT `music_publisher_cwrexport_works_cwrexport_id_f5d3b7a6_fk` FOREIGN KEY (`cwrexport_id`) REFERENCES `music_publisher_cwrexport` (`id`),
  CONSTRAINT `music_publisher_cwrexport_works_work_id_de080c72_fk` FOREIGN KEY (`work_id`) REFERENCES `music_publisher_work` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `music_publisher_dataimport` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `filename` varchar(60) NOT NULL,
  `report` longtext NOT NULL,
  `date` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `music_publisher_recording` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `recording_title` varchar(60) NOT NULL,
  `recording_title_suffix` tinyint(1) NOT NULL,
  `version_title` varchar(60) NOT NULL,
  `version_title_suffix` tinyint(1) NOT NULL,
  `release_date` date DEFAULT NULL,
  `duration` bigint(20) DEFAULT NULL,
  `isrc` varchar(15) DEFAULT NULL,
  `artist_id` int(11) DEFAULT NULL,
  `record_label_id` int(11) DEFAULT NULL,
  `work_id` int(11) NOT NULL,
  `_recording_id` varchar(14) DEFAULT NULL,
  `audio_file` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `isrc` (`isrc`),
  UNIQUE KEY `_recording_id` (`_recording_id`),
  KEY `music_publisher_recording_artist_id_41d289ae_fk` (`artist_id`),
  KEY `music_publisher_recording_record_label_id_8fbaf619_fk` (`record_label_id`),
  KEY `music_publisher_recording_work_id_272b069e_fk` (`work_id`),
  CONSTRAINT `music_publisher_recording_artist_id_41d289ae_fk` FOREIGN KEY (`artist_id`) REFERENCES `music_publisher_artist` (`id`),
  CONSTRAINT `music_publisher_recording_record_label_id_8fbaf619_fk` FOREIGN KEY (`record_label_id`) REFERENCES `music_publisher_label` (`id`),
  CONSTRAINT `music_publisher_recording_work_id_272b069e_fk` FOREIGN KEY (`work_id`) REFERENCES `music_publisher_work` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `music_publisher_track` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `cut_number` smallint(5) unsigned DEFAULT NULL CHECK (`cut_number` >= 0),
  `recording_id` int(11) NOT NULL,
  `release_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `music_publisher_track_release_id_ae9544bf` (`release_id`),
  KEY `music_publisher_track_recording_id_86ca7787` (`recording_id`),
  KEY `music_publi_recordi_0f0a83_idx` (`recording_id`,`release_id`),
  KEY `music_publi_release_f5662c_idx` (`release_id`,`cut_number`),
  CONSTRAINT `music_publisher_track_recording_id_86ca7787_fk` FOREIGN KEY (`recording_id`) REFERENCES `music_publisher_recording` (`id`),
  CONSTRAINT `music_publisher_track_release_id_ae9544bf_fk` FOREIGN KEY (`release_id`) REFERENCES `music_publisher_release` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `music_publisher_workacknowledgement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `society_code` varchar(3) NOT NULL,
  `date` date NOT NULL,
  `status` varchar(2) NOT NULL,
  `remote_work_id` varchar(20) NOT NULL,
  `work_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `music_publisher_workacknowledgement_remote_work_id_3f0bdc46` (`remote_work_id`),
  KEY `music_publi_society_ebcad0_idx` (`society_code`,`remote_work_id`),
  KEY `music_publisher_workacknowledgement_work_id_c1af2912_fk` (`work_id`),
  CONSTRAINT `music_publisher_workacknowledgement_work_id_c1af2912_fk` FOREIGN KEY (`work_id`) REFERENCES `music_publisher_work` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `music_publisher_writer` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(45) NOT NULL,
  `pr_society` varchar(3) DEFAULT NULL,
  `mr_society` varchar(3) DEFAULT NULL,
  `sr_society` varchar(3) DEFAULT NULL,
  `ipi_name` varchar(11) DEFAULT NULL,
  `ipi_base` varchar(15) DEFAULT NULL,
  `_can_be_controlled` tinyint(1) NOT NULL,
  `saan` varchar(14) DEFAULT NULL,
  `generally_controlled` tinyint(1) NOT NULL,
  `publisher_fee` decimal(5,2) DEFAULT NULL,
  `notes` longtext NOT NULL,
  `description` longtext NOT NULL,
  `image` varchar(255) NOT NULL,
  `account_number` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ipi_name` (`ipi_name`),
  KEY `music_publisher_writer_last_name_a2e9a21c` (`last_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `music_publisher_writerinwork` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `saan` varchar(14) DEFAULT NULL,
  `controlled` tinyint(1) NOT NULL,
  `relative_share` decimal(5,2) NOT NULL,
  `capacity` varchar(2) NOT NULL,
  `publisher_fee` decimal(5,2) DEFAULT NULL,
  `work_id` int(11) NOT NULL,
  `writer_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `music_publisher_writerinwork_writer_id_fc794445_fk` (`writer_id`),
  KEY `music_publisher_writerinwork_work_id_dfb620e3` (`work_id`),
  KEY `music_publi_work_id_0a239a_idx` (`work_id`,`writer_id`,`controlled`),
  CONSTRAINT `music_publisher_writerinwork_work_id_dfb620e3_fk` FOREIGN KEY (`work_id`) REFERENCES `music_publisher_work` (`id`),
  CONSTRAINT `music_publisher_writerinwork_writer_id_fc794445_fk` FOREIGN KEY (`writer_id`) REFERENCES `music_publisher_writer` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;


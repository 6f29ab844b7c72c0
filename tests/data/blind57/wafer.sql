-- Wafer (conference management, used by DebConf: users and profiles, talk submissions and their authors,
-- reviews and scores, tickets, schedule, pages, sponsors, registration, change history)
-- Upstream: github.com/CTPUG/wafer, commit 6b38634f388169584ab5231a90e9b6b5c0ba60f4 (ISC)
-- Made by running upstream's Django migrations (wafer/*/migrations plus those of the Django contrib apps,
-- django-registration-redux and django-reversion it installs; Django 5.2) into MariaDB with
-- wafer/settings.py's INSTALLED_APPS, and dumping the kept tables (--no-data).
-- Trimmed to 44 tables (left out: django_migrations, django_redirect, sponsors_sponsorshippackage_files,
-- tickets_tickettype_tags); every column of a kept table kept.

SET FOREIGN_KEY_CHECKS=0;

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

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
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

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
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

CREATE TABLE `kv_keyvalue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(64) NOT NULL,
  `value` longtext NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `kv_keyvalue_group_id_b69badc2_fk_auth_group_id` (`group_id`),
  KEY `kv_keyvalue_key_9f54232e` (`key`),
  CONSTRAINT `kv_keyvalue_group_id_b69badc2_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pages_file` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `item` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pages_page` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `content` longtext NOT NULL,
  `include_in_menu` tinyint(1) NOT NULL,
  `exclude_from_static` tinyint(1) NOT NULL,
  `_content_rendered` longtext NOT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `cache_time` int(11) NOT NULL,
  `menu_order` smallint(5) unsigned DEFAULT NULL CHECK (`menu_order` >= 0),
  PRIMARY KEY (`id`),
  KEY `pages_page_parent_id_133fa4d3_fk_pages_page_id` (`parent_id`),
  KEY `pages_page_slug_770723b9` (`slug`),
  CONSTRAINT `pages_page_parent_id_133fa4d3_fk_pages_page_id` FOREIGN KEY (`parent_id`) REFERENCES `pages_page` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pages_page_files` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `page_id` int(11) NOT NULL,
  `file_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pages_page_files_page_id_file_id_a86391be_uniq` (`page_id`,`file_id`),
  KEY `pages_page_files_file_id_7d39ef9b_fk_pages_file_id` (`file_id`),
  CONSTRAINT `pages_page_files_file_id_7d39ef9b_fk_pages_file_id` FOREIGN KEY (`file_id`) REFERENCES `pages_file` (`id`),
  CONSTRAINT `pages_page_files_page_id_261f57e5_fk_pages_page_id` FOREIGN KEY (`page_id`) REFERENCES `pages_page` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pages_page_people` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `page_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pages_page_people_page_id_user_id_2171116c_uniq` (`page_id`,`user_id`),
  KEY `pages_page_people_user_id_f1c74f67_fk_auth_user_id` (`user_id`),
  CONSTRAINT `pages_page_people_page_id_06b359b4_fk_pages_page_id` FOREIGN KEY (`page_id`) REFERENCES `pages_page` (`id`),
  CONSTRAINT `pages_page_people_user_id_f1c74f67_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registration_registrationprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `activation_key` varchar(64) NOT NULL,
  `user_id` int(11) NOT NULL,
  `activated` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `registration_registr_user_id_5fcbf725_fk_auth_user` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `registration_supervisedregistrationprofile` (
  `registrationprofile_ptr_id` int(11) NOT NULL,
  PRIMARY KEY (`registrationprofile_ptr_id`),
  CONSTRAINT `registration_supervi_registrationprofile__0a59f3b2_fk_registrat` FOREIGN KEY (`registrationprofile_ptr_id`) REFERENCES `registration_registrationprofile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reversion_revision` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_created` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `reversion_revision_user_id_17095f45_fk_auth_user_id` (`user_id`),
  KEY `reversion_revision_date_created_96f7c20c` (`date_created`),
  CONSTRAINT `reversion_revision_user_id_17095f45_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reversion_version` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` varchar(191) NOT NULL,
  `format` varchar(255) NOT NULL,
  `serialized_data` longtext NOT NULL,
  `object_repr` longtext NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `revision_id` int(11) NOT NULL,
  `db` varchar(191) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reversion_version_db_content_type_id_objec_b2c54f65_uniq` (`db`,`content_type_id`,`object_id`,`revision_id`),
  KEY `reversion_version_revision_id_af9f6a9d_fk_reversion_revision_id` (`revision_id`),
  KEY `reversion_v_content_f95daf_idx` (`content_type_id`,`db`),
  CONSTRAINT `reversion_version_content_type_id_7d0ff25c_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `reversion_version_revision_id_af9f6a9d_fk_reversion_revision_id` FOREIGN KEY (`revision_id`) REFERENCES `reversion_revision` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `schedule_scheduleblock` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start_time` datetime(6) DEFAULT NULL,
  `end_time` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `schedule_scheduleitem` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `details` longtext NOT NULL,
  `notes` longtext NOT NULL,
  `css_class` varchar(128) NOT NULL,
  `details_html` longtext NOT NULL,
  `page_id` int(11) DEFAULT NULL,
  `talk_id` int(11) DEFAULT NULL,
  `venue_id` int(11) NOT NULL,
  `expand` tinyint(1) NOT NULL,
  `last_updated` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `schedule_scheduleitem_talk_id_a6ac27e7_fk_talks_talk_talk_id` (`talk_id`),
  KEY `schedule_scheduleitem_venue_id_9e219725_fk_schedule_venue_id` (`venue_id`),
  KEY `schedule_scheduleitem_page_id_3e508707_fk_pages_page_id` (`page_id`),
  CONSTRAINT `schedule_scheduleitem_page_id_3e508707_fk_pages_page_id` FOREIGN KEY (`page_id`) REFERENCES `pages_page` (`id`),
  CONSTRAINT `schedule_scheduleitem_talk_id_a6ac27e7_fk_talks_talk_talk_id` FOREIGN KEY (`talk_id`) REFERENCES `talks_talk` (`talk_id`),
  CONSTRAINT `schedule_scheduleitem_venue_id_9e219725_fk_schedule_venue_id` FOREIGN KEY (`venue_id`) REFERENCES `schedule_venue` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `schedule_scheduleitem_slots` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `scheduleitem_id` int(11) NOT NULL,
  `slot_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `schedule_scheduleitem_sl_scheduleitem_id_slot_id_63429ae1_uniq` (`scheduleitem_id`,`slot_id`),
  KEY `schedule_scheduleitem_slots_slot_id_596bb7e0_fk_schedule_slot_id` (`slot_id`),
  CONSTRAINT `schedule_scheduleite_scheduleitem_id_c3ed5f87_fk_schedule_` FOREIGN KEY (`scheduleitem_id`) REFERENCES `schedule_scheduleitem` (`id`),
  CONSTRAINT `schedule_scheduleitem_slots_slot_id_596bb7e0_fk_schedule_slot_id` FOREIGN KEY (`slot_id`) REFERENCES `schedule_slot` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `schedule_slot` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(1024) DEFAULT NULL,
  `previous_slot_id` int(11) DEFAULT NULL,
  `end_time` datetime(6) DEFAULT NULL,
  `start_time` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `schedule_slot_previous_slot_id_5f838601_fk_schedule_slot_id` (`previous_slot_id`),
  CONSTRAINT `schedule_slot_previous_slot_id_5f838601_fk_schedule_slot_id` FOREIGN KEY (`previous_slot_id`) REFERENCES `schedule_slot` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `schedule_venue` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order` int(11) NOT NULL,
  `name` varchar(1024) NOT NULL,
  `notes` longtext NOT NULL,
  `notes_html` longtext NOT NULL,
  `video` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `schedule_venue_blocks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `venue_id` int(11) NOT NULL,
  `scheduleblock_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `schedule_venue_blocks_venue_id_scheduleblock_id_072ee50f_uniq` (`venue_id`,`scheduleblock_id`),
  KEY `schedule_venue_block_scheduleblock_id_affc3458_fk_schedule_` (`scheduleblock_id`),
  CONSTRAINT `schedule_venue_block_scheduleblock_id_affc3458_fk_schedule_` FOREIGN KEY (`scheduleblock_id`) REFERENCES `schedule_scheduleblock` (`id`),
  CONSTRAINT `schedule_venue_blocks_venue_id_5b7dc1ae_fk_schedule_venue_id` FOREIGN KEY (`venue_id`) REFERENCES `schedule_venue` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sponsors_file` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `item` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sponsors_sponsor` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `_description_rendered` longtext NOT NULL,
  `order` int(11) NOT NULL,
  `url` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sponsors_sponsor_packages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sponsor_id` int(11) NOT NULL,
  `sponsorshippackage_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sponsors_sponsor_package_sponsor_id_sponsorshippa_e48f3a60_uniq` (`sponsor_id`,`sponsorshippackage_id`),
  KEY `sponsors_sponsor_pac_sponsorshippackage_i_9945ce1a_fk_sponsors_` (`sponsorshippackage_id`),
  CONSTRAINT `sponsors_sponsor_pac_sponsor_id_ebd85985_fk_sponsors_` FOREIGN KEY (`sponsor_id`) REFERENCES `sponsors_sponsor` (`id`),
  CONSTRAINT `sponsors_sponsor_pac_sponsorshippackage_i_9945ce1a_fk_sponsors_` FOREIGN KEY (`sponsorshippackage_id`) REFERENCES `sponsors_sponsorshippackage` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sponsors_sponsorshippackage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `order` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `number_available` int(11) DEFAULT NULL,
  `currency` varchar(16) NOT NULL,
  `price` decimal(12,2) NOT NULL,
  `short_description` longtext NOT NULL,
  `description` longtext NOT NULL,
  `_description_rendered` longtext NOT NULL,
  `symbol` varchar(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `sponsors_taggedfile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tag_name` varchar(255) NOT NULL,
  `sponsor_id` int(11) NOT NULL,
  `tagged_file_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `sponsors_taggedfile_sponsor_id_0f0ea1b9_fk_sponsors_sponsor_id` (`sponsor_id`),
  KEY `sponsors_taggedfile_tagged_file_id_9b9c5a01_fk_sponsors_file_id` (`tagged_file_id`),
  CONSTRAINT `sponsors_taggedfile_sponsor_id_0f0ea1b9_fk_sponsors_sponsor_id` FOREIGN KEY (`sponsor_id`) REFERENCES `sponsors_sponsor` (`id`),
  CONSTRAINT `sponsors_taggedfile_tagged_file_id_9b9c5a01_fk_sponsors_file_id` FOREIGN KEY (`tagged_file_id`) REFERENCES `sponsors_file` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `talks_review` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `notes` longtext DEFAULT NULL,
  `_notes_rendered` longtext NOT NULL,
  `reviewer_id` int(11) NOT NULL,
  `talk_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `talks_review_talk_id_reviewer_id_09d55ccd_uniq` (`talk_id`,`reviewer_id`),
  KEY `talks_review_reviewer_id_c691dcec_fk_auth_user_id` (`reviewer_id`),
  CONSTRAINT `talks_review_reviewer_id_c691dcec_fk_auth_user_id` FOREIGN KEY (`reviewer_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `talks_review_talk_id_0367d360_fk_talks_talk_talk_id` FOREIGN KEY (`talk_id`) REFERENCES `talks_talk` (`talk_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `talks_reviewaspect` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `talks_score` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value` int(11) NOT NULL,
  `aspect_id` int(11) NOT NULL,
  `review_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `talks_score_review_id_aspect_id_31409830_uniq` (`review_id`,`aspect_id`),
  KEY `talks_score_aspect_id_e71ba4be_fk_talks_reviewaspect_id` (`aspect_id`),
  CONSTRAINT `talks_score_aspect_id_e71ba4be_fk_talks_reviewaspect_id` FOREIGN KEY (`aspect_id`) REFERENCES `talks_reviewaspect` (`id`),
  CONSTRAINT `talks_score_review_id_c682425d_fk_talks_review_id` FOREIGN KEY (`review_id`) REFERENCES `talks_review` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `talks_talk` (
  `talk_id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(1024) NOT NULL,
  `abstract` longtext NOT NULL,
  `notes` longtext DEFAULT NULL,
  `status` varchar(1) NOT NULL,
  `_abstract_rendered` longtext NOT NULL,
  `corresponding_author_id` int(11) NOT NULL,
  `talk_type_id` int(11) DEFAULT NULL,
  `private_notes` longtext DEFAULT NULL,
  `track_id` int(11) DEFAULT NULL,
  `video` tinyint(1) NOT NULL,
  `video_reviewer` varchar(254) DEFAULT NULL,
  `submission_time` datetime(6) NOT NULL,
  `language` varchar(5) DEFAULT NULL,
  PRIMARY KEY (`talk_id`),
  KEY `talks_talk_talk_type_id_17f10187_fk_talks_talktype_id` (`talk_type_id`),
  KEY `talks_talk_corresponding_author_id_dd098afc_fk_auth_user_id` (`corresponding_author_id`),
  KEY `talks_talk_track_id_6c771224_fk_talks_track_id` (`track_id`),
  CONSTRAINT `talks_talk_corresponding_author_id_dd098afc_fk_auth_user_id` FOREIGN KEY (`corresponding_author_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `talks_talk_talk_type_id_17f10187_fk_talks_talktype_id` FOREIGN KEY (`talk_type_id`) REFERENCES `talks_talktype` (`id`),
  CONSTRAINT `talks_talk_track_id_6c771224_fk_talks_track_id` FOREIGN KEY (`track_id`) REFERENCES `talks_track` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `talks_talk_authors` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `talk_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `talks_talk_authors_talk_id_user_id_e1d6a8a2_uniq` (`talk_id`,`user_id`),
  KEY `talks_talk_authors_user_id_e90bcb48_fk_auth_user_id` (`user_id`),
  CONSTRAINT `talks_talk_authors_talk_id_9f9430c7_fk_talks_talk_talk_id` FOREIGN KEY (`talk_id`) REFERENCES `talks_talk` (`talk_id`),
  CONSTRAINT `talks_talk_authors_user_id_e90bcb48_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `talks_talk_kv` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `talk_id` int(11) NOT NULL,
  `keyvalue_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `talks_talk_kv_talk_id_keyvalue_id_431ca95e_uniq` (`talk_id`,`keyvalue_id`),
  KEY `talks_talk_kv_keyvalue_id_f6f03806_fk_kv_keyvalue_id` (`keyvalue_id`),
  CONSTRAINT `talks_talk_kv_keyvalue_id_f6f03806_fk_kv_keyvalue_id` FOREIGN KEY (`keyvalue_id`) REFERENCES `kv_keyvalue` (`id`),
  CONSTRAINT `talks_talk_kv_talk_id_3b54b21f_fk_talks_talk_talk_id` FOREIGN KEY (`talk_id`) REFERENCES `talks_talk` (`talk_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `talks_talktype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `disable_submission` tinyint(1) NOT NULL,
  `order` int(11) NOT NULL,
  `accept_late_submissions` tinyint(1) NOT NULL,
  `submission_deadline` datetime(6) DEFAULT NULL,
  `show_speakers` tinyint(1) NOT NULL,
  `show_pending_submissions` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `talks_talkurl` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `description` varchar(256) NOT NULL,
  `url` varchar(1024) NOT NULL,
  `talk_id` int(11) NOT NULL,
  `public` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `talks_talkurl_talk_id_55324929_fk_talks_talk_talk_id` (`talk_id`),
  CONSTRAINT `talks_talkurl_talk_id_55324929_fk_talks_talk_talk_id` FOREIGN KEY (`talk_id`) REFERENCES `talks_talk` (`talk_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `talks_track` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `order` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tickets_ticket` (
  `barcode` int(11) NOT NULL,
  `email` varchar(254) NOT NULL,
  `type_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`barcode`),
  KEY `tickets_ticket_type_id_13539d32_fk_tickets_tickettype_id` (`type_id`),
  KEY `tickets_ticket_user_id_6f5f1c69_fk_auth_user_id` (`user_id`),
  CONSTRAINT `tickets_ticket_type_id_13539d32_fk_tickets_tickettype_id` FOREIGN KEY (`type_id`) REFERENCES `tickets_tickettype` (`id`),
  CONSTRAINT `tickets_ticket_user_id_6f5f1c69_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tickets_tickettype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tickets_tickettypetag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(75) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users_userprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `contact_number` varchar(16) DEFAULT NULL,
  `bio` longtext DEFAULT NULL,
  `homepage` varchar(256) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `users_userprofile_user_id_87251ef1_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users_userprofile_kv` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userprofile_id` int(11) NOT NULL,
  `keyvalue_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_userprofile_kv_userprofile_id_keyvalue_id_110c0782_uniq` (`userprofile_id`,`keyvalue_id`),
  KEY `users_userprofile_kv_keyvalue_id_3088f773_fk_kv_keyvalue_id` (`keyvalue_id`),
  CONSTRAINT `users_userprofile_kv_keyvalue_id_3088f773_fk_kv_keyvalue_id` FOREIGN KEY (`keyvalue_id`) REFERENCES `kv_keyvalue` (`id`),
  CONSTRAINT `users_userprofile_kv_userprofile_id_47d68588_fk_users_use` FOREIGN KEY (`userprofile_id`) REFERENCES `users_userprofile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

SET FOREIGN_KEY_CHECKS=1;

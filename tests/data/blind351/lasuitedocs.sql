-- Docs, La Suite numerique (suitenumerique/docs, "impress"), commit 4111e4e5ed848b2e764837176851e1155ffca58a (MIT)
-- Upstream's Django migrations (core and the installed apps with models: auth, admin, contenttypes, sessions,
-- sites, easy_thumbnails, waffle, lasuite.malware_detection) applied with `migrate` to PostgreSQL 15, read back
-- from the catalogue and written as MySQL DDL (see lasuitedocs.md).

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `content_type_id` INT NOT NULL,
  `codename` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  KEY `auth_permission_content_type_id_2f476e4b` (`content_type_id`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissions_group_id_b120cbf9` (`group_id`),
  KEY `auth_group_permissions_permission_id_84c5c92e` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impress_user` (
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6),
  `is_superuser` TINYINT(1) NOT NULL,
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `sub` VARCHAR(255),
  `email` VARCHAR(254),
  `admin_email` VARCHAR(254),
  `language` VARCHAR(10),
  `timezone` VARCHAR(63) NOT NULL,
  `is_device` TINYINT(1) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `full_name` VARCHAR(100),
  `short_name` VARCHAR(100),
  `is_first_connection` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `impress_user_admin_email_key` (`admin_email`),
  UNIQUE KEY `impress_user_sub_key` (`sub`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` TEXT,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT NOT NULL,
  `change_message` TEXT NOT NULL,
  `content_type_id` INT,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_impress_user_id` FOREIGN KEY (`user_id`) REFERENCES `impress_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `applied` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` TEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_site` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `domain` VARCHAR(100) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `easy_thumbnails_source` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `storage_hash` VARCHAR(40) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `easy_thumbnails_source_storage_hash_name_481ce32d_uniq` (`storage_hash`,`name`),
  KEY `easy_thumbnails_source_name_5fe0edc6` (`name`),
  KEY `easy_thumbnails_source_storage_hash_946cbcc9` (`storage_hash`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `easy_thumbnails_thumbnail` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `storage_hash` VARCHAR(40) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `source_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `easy_thumbnails_thumbnai_storage_hash_name_source_fb375270_uniq` (`storage_hash`,`name`,`source_id`),
  KEY `easy_thumbnails_thumbnail_name_b5882c31` (`name`),
  KEY `easy_thumbnails_thumbnail_source_id_5b57bc77` (`source_id`),
  KEY `easy_thumbnails_thumbnail_storage_hash_f1435f49` (`storage_hash`),
  CONSTRAINT `easy_thumbnails_thum_source_id_5b57bc77_fk_easy_thum` FOREIGN KEY (`source_id`) REFERENCES `easy_thumbnails_source` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `easy_thumbnails_thumbnaildimensions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `thumbnail_id` INT NOT NULL,
  `width` INT,
  `height` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `easy_thumbnails_thumbnaildimensions_thumbnail_id_key` (`thumbnail_id`),
  CONSTRAINT `easy_thumbnails_thum_thumbnail_id_c3a0c549_fk_easy_thum` FOREIGN KEY (`thumbnail_id`) REFERENCES `easy_thumbnails_thumbnail` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impress_document` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `title` VARCHAR(255),
  `link_reach` VARCHAR(20) NOT NULL,
  `link_role` VARCHAR(20) NOT NULL,
  `creator_id` CHAR(36),
  `depth` INT NOT NULL,
  `numchild` INT NOT NULL,
  `path` VARCHAR(252) NOT NULL,
  `excerpt` TEXT,
  `ancestors_deleted_at` DATETIME(6),
  `deleted_at` DATETIME(6),
  `attachments` JSON,
  `duplicated_from_id` CHAR(36),
  `has_deleted_children` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `impress_document_path_key` (`path`),
  KEY `impress_document_creator_id_aa54e80e` (`creator_id`),
  KEY `impress_document_duplicated_from_id_14670c24` (`duplicated_from_id`),
  CONSTRAINT `impress_document_creator_id_aa54e80e_fk_impress_user_id` FOREIGN KEY (`creator_id`) REFERENCES `impress_user` (`id`),
  CONSTRAINT `impress_document_duplicated_from_id_14670c24_fk_impress_d` FOREIGN KEY (`duplicated_from_id`) REFERENCES `impress_document` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impress_thread` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `resolved` TINYINT(1) NOT NULL,
  `resolved_at` DATETIME(6),
  `metadata` JSON NOT NULL,
  `creator_id` CHAR(36),
  `document_id` CHAR(36) NOT NULL,
  `resolved_by_id` CHAR(36),
  PRIMARY KEY (`id`),
  KEY `impress_thread_creator_id_80a36df5` (`creator_id`),
  KEY `impress_thread_document_id_8b8a1d2b` (`document_id`),
  KEY `impress_thread_resolved_by_id_edc6a6be` (`resolved_by_id`),
  CONSTRAINT `impress_thread_creator_id_80a36df5_fk_impress_user_id` FOREIGN KEY (`creator_id`) REFERENCES `impress_user` (`id`),
  CONSTRAINT `impress_thread_document_id_8b8a1d2b_fk_impress_document_id` FOREIGN KEY (`document_id`) REFERENCES `impress_document` (`id`),
  CONSTRAINT `impress_thread_resolved_by_id_edc6a6be_fk_impress_user_id` FOREIGN KEY (`resolved_by_id`) REFERENCES `impress_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impress_comment` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `body` JSON NOT NULL,
  `metadata` JSON NOT NULL,
  `user_id` CHAR(36),
  `thread_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `impress_comment_thread_id_3df56b89` (`thread_id`),
  KEY `impress_comment_user_id_4d46ec4e` (`user_id`),
  CONSTRAINT `impress_comment_thread_id_3df56b89_fk_impress_thread_id` FOREIGN KEY (`thread_id`) REFERENCES `impress_thread` (`id`),
  CONSTRAINT `impress_comment_user_id_4d46ec4e_fk_impress_user_id` FOREIGN KEY (`user_id`) REFERENCES `impress_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impress_comment_reaction` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `emoji` VARCHAR(32) NOT NULL,
  `comment_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_comment_emoji` (`comment_id`,`emoji`),
  KEY `impress_comment_reaction_comment_id_6a6695a2` (`comment_id`),
  CONSTRAINT `impress_comment_reac_comment_id_6a6695a2_fk_impress_c` FOREIGN KEY (`comment_id`) REFERENCES `impress_comment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impress_comment_reaction_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `reaction_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `impress_comment_reaction_reaction_id_user_id_118d5fba_uniq` (`reaction_id`,`user_id`),
  KEY `impress_comment_reaction_users_reaction_id_5c0605c1` (`reaction_id`),
  KEY `impress_comment_reaction_users_user_id_8de698e4` (`user_id`),
  CONSTRAINT `impress_comment_reac_reaction_id_5c0605c1_fk_impress_c` FOREIGN KEY (`reaction_id`) REFERENCES `impress_comment_reaction` (`id`),
  CONSTRAINT `impress_comment_reac_user_id_8de698e4_fk_impress_u` FOREIGN KEY (`user_id`) REFERENCES `impress_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impress_document_access` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `team` VARCHAR(100) NOT NULL,
  `role` VARCHAR(20) NOT NULL,
  `document_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36),
  PRIMARY KEY (`id`),
  KEY `impress_document_access_document_id_ff366fc0` (`document_id`),
  KEY `impress_document_access_user_id_219ac91b` (`user_id`),
  KEY `unique_document_team` (`team`,`document_id`),
  KEY `unique_document_user` (`user_id`,`document_id`),
  CONSTRAINT `impress_document_acc_document_id_ff366fc0_fk_impress_d` FOREIGN KEY (`document_id`) REFERENCES `impress_document` (`id`),
  CONSTRAINT `impress_document_access_user_id_219ac91b_fk_impress_user_id` FOREIGN KEY (`user_id`) REFERENCES `impress_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impress_document_ask_for_access` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `role` VARCHAR(20) NOT NULL,
  `document_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_document_ask_for_access_user` (`user_id`,`document_id`),
  KEY `impress_document_ask_for_access_document_id_cc980a3f` (`document_id`),
  KEY `impress_document_ask_for_access_user_id_5cdcae6f` (`user_id`),
  CONSTRAINT `impress_document_ask_document_id_cc980a3f_fk_impress_d` FOREIGN KEY (`document_id`) REFERENCES `impress_document` (`id`),
  CONSTRAINT `impress_document_ask_user_id_5cdcae6f_fk_impress_u` FOREIGN KEY (`user_id`) REFERENCES `impress_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impress_document_favorite` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `document_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_document_favorite_user` (`user_id`,`document_id`),
  KEY `impress_document_favorite_document_id_c866792a` (`document_id`),
  KEY `impress_document_favorite_user_id_56f42ddc` (`user_id`),
  CONSTRAINT `impress_document_fav_document_id_c866792a_fk_impress_d` FOREIGN KEY (`document_id`) REFERENCES `impress_document` (`id`),
  CONSTRAINT `impress_document_favorite_user_id_56f42ddc_fk_impress_user_id` FOREIGN KEY (`user_id`) REFERENCES `impress_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impress_invitation` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `role` VARCHAR(20) NOT NULL,
  `document_id` CHAR(36) NOT NULL,
  `issuer_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_and_document_unique_together` (`email`,`document_id`),
  KEY `impress_invitation_document_id_a639a846` (`document_id`),
  KEY `impress_invitation_issuer_id_5ce29a46` (`issuer_id`),
  CONSTRAINT `impress_invitation_document_id_a639a846_fk_impress_document_id` FOREIGN KEY (`document_id`) REFERENCES `impress_document` (`id`),
  CONSTRAINT `impress_invitation_issuer_id_5ce29a46_fk_impress_user_id` FOREIGN KEY (`issuer_id`) REFERENCES `impress_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impress_link_trace` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `document_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_link_trace_document_user` (`user_id`,`document_id`),
  KEY `impress_link_trace_document_id_691d175c` (`document_id`),
  KEY `impress_link_trace_user_id_e4169f4f` (`user_id`),
  CONSTRAINT `impress_link_trace_document_id_691d175c_fk_impress_document_id` FOREIGN KEY (`document_id`) REFERENCES `impress_document` (`id`),
  CONSTRAINT `impress_link_trace_user_id_e4169f4f_fk_impress_user_id` FOREIGN KEY (`user_id`) REFERENCES `impress_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impress_user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` CHAR(36) NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `impress_user_groups_user_id_group_id_fd234155_uniq` (`user_id`,`group_id`),
  KEY `impress_user_groups_group_id_fa521a59` (`group_id`),
  KEY `impress_user_groups_user_id_19d4fc31` (`user_id`),
  CONSTRAINT `impress_user_groups_group_id_fa521a59_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `impress_user_groups_user_id_19d4fc31_fk_impress_user_id` FOREIGN KEY (`user_id`) REFERENCES `impress_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impress_user_reconciliation` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `active_email` VARCHAR(254) NOT NULL,
  `inactive_email` VARCHAR(254) NOT NULL,
  `active_email_checked` TINYINT(1) NOT NULL,
  `inactive_email_checked` TINYINT(1) NOT NULL,
  `active_email_confirmation_id` CHAR(36),
  `inactive_email_confirmation_id` CHAR(36),
  `source_unique_id` VARCHAR(100),
  `status` VARCHAR(20) NOT NULL,
  `logs` TEXT NOT NULL,
  `active_user_id` CHAR(36),
  `inactive_user_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `impress_user_reconciliation_active_email_confirmation_id_key` (`active_email_confirmation_id`),
  UNIQUE KEY `impress_user_reconciliation_inactive_email_confirmation_id_key` (`inactive_email_confirmation_id`),
  KEY `impress_user_reconciliation_active_user_id_68f90d0a` (`active_user_id`),
  KEY `impress_user_reconciliation_inactive_user_id_cd8e544f` (`inactive_user_id`),
  CONSTRAINT `impress_user_reconci_active_user_id_68f90d0a_fk_impress_u` FOREIGN KEY (`active_user_id`) REFERENCES `impress_user` (`id`),
  CONSTRAINT `impress_user_reconci_inactive_user_id_cd8e544f_fk_impress_u` FOREIGN KEY (`inactive_user_id`) REFERENCES `impress_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impress_user_reconciliation_csv_import` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `file` VARCHAR(100) NOT NULL,
  `status` VARCHAR(20) NOT NULL,
  `logs` TEXT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `impress_user_user_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` CHAR(36) NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `impress_user_user_permis_user_id_permission_id_5e6d4882_uniq` (`user_id`,`permission_id`),
  KEY `impress_user_user_permissions_permission_id_cbb8a7d5` (`permission_id`),
  KEY `impress_user_user_permissions_user_id_0bb159eb` (`user_id`),
  CONSTRAINT `impress_user_user_pe_permission_id_cbb8a7d5_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `impress_user_user_pe_user_id_0bb159eb_fk_impress_u` FOREIGN KEY (`user_id`) REFERENCES `impress_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `malware_detection_malwaredetection` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `path` VARCHAR(255) NOT NULL,
  `status` VARCHAR(255) NOT NULL,
  `parameters` JSON,
  `error_code` INT,
  `error_msg` TEXT NOT NULL,
  `backend` TEXT NOT NULL,
  `file_hash` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `malware_detection_malwaredetection_path_key` (`path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waffle_flag` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `everyone` TINYINT(1),
  `percent` DECIMAL(3,1),
  `testing` TINYINT(1) NOT NULL,
  `superusers` TINYINT(1) NOT NULL,
  `staff` TINYINT(1) NOT NULL,
  `authenticated` TINYINT(1) NOT NULL,
  `languages` TEXT NOT NULL,
  `rollout` TINYINT(1) NOT NULL,
  `note` TEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_flag_name_key` (`name`),
  KEY `waffle_flag_created_4a6e8cef` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waffle_flag_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `flag_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_flag_groups_flag_id_group_id_8ba0c71b_uniq` (`flag_id`,`group_id`),
  KEY `waffle_flag_groups_flag_id_c11c0c05` (`flag_id`),
  KEY `waffle_flag_groups_group_id_a97c4f66` (`group_id`),
  CONSTRAINT `waffle_flag_groups_flag_id_c11c0c05_fk_waffle_flag_id` FOREIGN KEY (`flag_id`) REFERENCES `waffle_flag` (`id`),
  CONSTRAINT `waffle_flag_groups_group_id_a97c4f66_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waffle_flag_users` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `flag_id` INT NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_flag_users_flag_id_user_id_b46f76b0_uniq` (`flag_id`,`user_id`),
  KEY `waffle_flag_users_flag_id_833c37b0` (`flag_id`),
  KEY `waffle_flag_users_user_id_8026df9b` (`user_id`),
  CONSTRAINT `waffle_flag_users_flag_id_833c37b0_fk_waffle_flag_id` FOREIGN KEY (`flag_id`) REFERENCES `waffle_flag` (`id`),
  CONSTRAINT `waffle_flag_users_user_id_8026df9b_fk_impress_user_id` FOREIGN KEY (`user_id`) REFERENCES `impress_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waffle_sample` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `percent` DECIMAL(4,1) NOT NULL,
  `note` TEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_sample_name_key` (`name`),
  KEY `waffle_sample_created_76198bd5` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `waffle_switch` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(100) NOT NULL,
  `active` TINYINT(1) NOT NULL,
  `note` TEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `waffle_switch_name_key` (`name`),
  KEY `waffle_switch_created_c004e77e` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

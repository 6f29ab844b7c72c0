-- Paperless-ngx (document management), trimmed MySQL DDL.
-- Upstream: github.com/paperless-ngx/paperless-ngx, commit b0e0e8a35373a5d9d588a507cb63c79e50a23403 (GPL-3.0).
-- Made by replaying upstream's Django migrations (src/documents, src/paperless, src/paperless_mail, with the
-- third-party apps paperless installs: django.contrib auth/sessions/admin, DRF authtoken, django-guardian 3.3,
-- django-allauth 65.16 account/socialaccount/mfa, django-auditlog 3.4) into a scratch MariaDB 10 database and
-- dumping the kept tables with `mysqldump --no-data` (AUTO_INCREMENT counters and /*!...*/ lines removed;
-- tables ordered so that referenced tables come first).

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

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
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

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
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

CREATE TABLE `account_emailaddress` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailaddress_user_id_email_987c8728_uniq` (`user_id`,`email`),
  KEY `account_emailaddress_email_03be32b2` (`email`),
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

CREATE TABLE `socialaccount_socialaccount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(200) NOT NULL,
  `uid` varchar(191) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `extra_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_data`)),
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_fc810c6e_uniq` (`provider`,`uid`),
  KEY `socialaccount_socialaccount_user_id_8146e70c_fk_auth_user_id` (`user_id`),
  CONSTRAINT `socialaccount_socialaccount_user_id_8146e70c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialapp` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `name` varchar(40) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `key` varchar(191) NOT NULL,
  `provider_id` varchar(200) NOT NULL,
  `settings` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`settings`)),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `socialaccount_socialtoken` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` longtext NOT NULL,
  `token_secret` longtext NOT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `account_id` int(11) NOT NULL,
  `app_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq` (`app_id`,`account_id`),
  KEY `socialaccount_social_account_id_951f210e_fk_socialacc` (`account_id`),
  CONSTRAINT `socialaccount_social_account_id_951f210e_fk_socialacc` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`),
  CONSTRAINT `socialaccount_social_app_id_636a42d7_fk_socialacc` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mfa_authenticator` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `type` varchar(20) NOT NULL,
  `data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`data`)),
  `user_id` int(11) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `mfa_authenticator_user_id_0c3a50c0` (`user_id`),
  CONSTRAINT `mfa_authenticator_user_id_0c3a50c0_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `guardian_userobjectpermission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_pk` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guardian_userobjectpermi_user_id_permission_id_ob_b0b3d2fc_uniq` (`user_id`,`permission_id`,`object_pk`),
  KEY `guardian_userobjectpermission_content_type_id_2e892405` (`content_type_id`),
  KEY `guardian_us_permiss_e5749c_idx` (`permission_id`,`user_id`,`content_type_id`,`object_pk`),
  KEY `guardian_us_user_id_8eae14_idx` (`user_id`,`content_type_id`,`object_pk`),
  CONSTRAINT `guardian_userobjectp_content_type_id_2e892405_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `guardian_userobjectp_permission_id_71807bfc_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `guardian_userobjectpermission_user_id_d5c1e964_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auditlog_logentry` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_pk` varchar(255) NOT NULL,
  `object_id` bigint(20) DEFAULT NULL,
  `object_repr` longtext NOT NULL,
  `action` smallint(5) unsigned NOT NULL CHECK (`action` >= 0),
  `changes` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`changes`)),
  `timestamp` datetime(6) NOT NULL,
  `actor_id` int(11) DEFAULT NULL,
  `content_type_id` int(11) NOT NULL,
  `remote_addr` char(39) DEFAULT NULL,
  `additional_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`additional_data`)),
  `serialized_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`serialized_data`)),
  `cid` varchar(255) DEFAULT NULL,
  `changes_text` longtext NOT NULL,
  `remote_port` int(10) unsigned DEFAULT NULL CHECK (`remote_port` >= 0),
  `actor_email` varchar(254) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `auditlog_logentry_actor_id_959271d2_fk_auth_user_id` (`actor_id`),
  KEY `auditlog_logentry_content_type_id_75830218_fk_django_co` (`content_type_id`),
  KEY `auditlog_logentry_object_id_09c2eee8` (`object_id`),
  KEY `auditlog_logentry_object_pk_6e3219c0` (`object_pk`),
  KEY `auditlog_logentry_action_229afe39` (`action`),
  KEY `auditlog_logentry_timestamp_37867bb0` (`timestamp`),
  KEY `auditlog_logentry_cid_9f467263` (`cid`),
  CONSTRAINT `auditlog_logentry_actor_id_959271d2_fk_auth_user_id` FOREIGN KEY (`actor_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `auditlog_logentry_content_type_id_75830218_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_correspondent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `match` varchar(256) NOT NULL,
  `matching_algorithm` smallint(5) unsigned NOT NULL,
  `is_insensitive` tinyint(1) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `documents_correspondent_unique_name_owner` (`name`,`owner_id`),
  KEY `documents_correspondent_owner_id_078f7f8a_fk_auth_user_id` (`owner_id`),
  CONSTRAINT `documents_correspondent_owner_id_078f7f8a_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_documenttype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `match` varchar(256) NOT NULL,
  `matching_algorithm` smallint(5) unsigned NOT NULL,
  `is_insensitive` tinyint(1) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `documents_documenttype_unique_name_owner` (`name`,`owner_id`),
  KEY `documents_documenttype_owner_id_a19f201d_fk_auth_user_id` (`owner_id`),
  CONSTRAINT `documents_documenttype_owner_id_a19f201d_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_storagepath` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `match` varchar(256) NOT NULL,
  `matching_algorithm` smallint(5) unsigned NOT NULL,
  `is_insensitive` tinyint(1) NOT NULL,
  `path` longtext NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `documents_storagepath_unique_name_owner` (`name`,`owner_id`),
  KEY `documents_storagepath_owner_id_c8f01fe8_fk_auth_user_id` (`owner_id`),
  CONSTRAINT `documents_storagepath_owner_id_c8f01fe8_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_document` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `deleted_at` datetime(6) DEFAULT NULL,
  `restored_at` datetime(6) DEFAULT NULL,
  `transaction_id` uuid DEFAULT NULL,
  `title` varchar(128) NOT NULL,
  `content` longtext NOT NULL,
  `mime_type` varchar(256) NOT NULL,
  `checksum` varchar(64) NOT NULL,
  `archive_checksum` varchar(64) DEFAULT NULL,
  `page_count` int(10) unsigned DEFAULT NULL CHECK (`page_count` >= 0),
  `created` date NOT NULL,
  `modified` datetime(6) NOT NULL,
  `added` datetime(6) NOT NULL,
  `filename` varchar(1024) DEFAULT NULL,
  `archive_filename` varchar(1024) DEFAULT NULL,
  `original_filename` varchar(1024) DEFAULT NULL,
  `archive_serial_number` int(10) unsigned DEFAULT NULL CHECK (`archive_serial_number` >= 0),
  `correspondent_id` int(11) DEFAULT NULL,
  `document_type_id` int(11) DEFAULT NULL,
  `storage_path_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `content_length` int(10) unsigned GENERATED ALWAYS AS (char_length(`content`)) STORED,
  `root_document_id` int(11) DEFAULT NULL,
  `version_label` varchar(64) DEFAULT NULL,
  `version_index` int(10) unsigned DEFAULT NULL CHECK (`version_index` >= 0),
  PRIMARY KEY (`id`),
  UNIQUE KEY `archive_serial_number` (`archive_serial_number`),
  UNIQUE KEY `filename` (`filename`) USING HASH,
  UNIQUE KEY `archive_filename` (`archive_filename`) USING HASH,
  KEY `documents_document_correspondent_id_6164eb0c_fk_documents` (`correspondent_id`),
  KEY `documents_document_document_type_id_1f88b50c_fk_documents` (`document_type_id`),
  KEY `documents_document_storage_path_id_07d27bdb_fk_documents` (`storage_path_id`),
  KEY `documents_document_title_6b08e02a` (`title`),
  KEY `documents_document_created_bedd0818` (`created`),
  KEY `documents_document_modified_2eae15bc` (`modified`),
  KEY `documents_document_added_28cfa360` (`added`),
  KEY `documents_document_root_document_id_78094bf2_fk_documents` (`root_document_id`),
  KEY `documents_document_version_index_febcbe7b` (`version_index`),
  KEY `documents_document_checksum_75209391` (`checksum`),
  KEY `documents_document_page_count_a5279e92` (`page_count`),
  KEY `documents_d_owner_i_ec6ab3_idx` (`owner_id`,`created`),
  CONSTRAINT `documents_document_correspondent_id_6164eb0c_fk_documents` FOREIGN KEY (`correspondent_id`) REFERENCES `documents_correspondent` (`id`),
  CONSTRAINT `documents_document_document_type_id_1f88b50c_fk_documents` FOREIGN KEY (`document_type_id`) REFERENCES `documents_documenttype` (`id`),
  CONSTRAINT `documents_document_owner_id_04d2b723_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `documents_document_root_document_id_78094bf2_fk_documents` FOREIGN KEY (`root_document_id`) REFERENCES `documents_document` (`id`),
  CONSTRAINT `documents_document_storage_path_id_07d27bdb_fk_documents` FOREIGN KEY (`storage_path_id`) REFERENCES `documents_storagepath` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tn_ancestors_pks` longtext NOT NULL,
  `tn_ancestors_count` int(10) unsigned NOT NULL CHECK (`tn_ancestors_count` >= 0),
  `tn_children_pks` longtext NOT NULL,
  `tn_children_count` int(10) unsigned NOT NULL CHECK (`tn_children_count` >= 0),
  `tn_depth` int(10) unsigned NOT NULL CHECK (`tn_depth` >= 0),
  `tn_descendants_pks` longtext NOT NULL,
  `tn_descendants_count` int(10) unsigned NOT NULL CHECK (`tn_descendants_count` >= 0),
  `tn_index` int(10) unsigned NOT NULL CHECK (`tn_index` >= 0),
  `tn_level` int(10) unsigned NOT NULL CHECK (`tn_level` >= 0),
  `tn_priority` int(10) unsigned NOT NULL CHECK (`tn_priority` >= 0),
  `tn_order` int(10) unsigned NOT NULL CHECK (`tn_order` >= 0),
  `tn_siblings_pks` longtext NOT NULL,
  `tn_siblings_count` int(10) unsigned NOT NULL CHECK (`tn_siblings_count` >= 0),
  `name` varchar(128) NOT NULL,
  `match` varchar(256) NOT NULL,
  `matching_algorithm` smallint(5) unsigned NOT NULL,
  `is_insensitive` tinyint(1) NOT NULL,
  `color` varchar(7) NOT NULL,
  `is_inbox_tag` tinyint(1) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `tn_parent_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `documents_tag_unique_name_owner` (`name`,`owner_id`),
  KEY `documents_tag_owner_id_f0875d77_fk_auth_user_id` (`owner_id`),
  KEY `documents_tag_tn_parent_id_59df9f7f_fk_documents_tag_id` (`tn_parent_id`),
  CONSTRAINT `documents_tag_owner_id_f0875d77_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `documents_tag_tn_parent_id_59df9f7f_fk_documents_tag_id` FOREIGN KEY (`tn_parent_id`) REFERENCES `documents_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_document_tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `document_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `documents_document_tags_document_id_tag_id_07e90502_uniq` (`document_id`,`tag_id`),
  KEY `documents_document_tags_tag_id_4f4a71e9_fk_documents_tag_id` (`tag_id`),
  CONSTRAINT `documents_document_t_document_id_006f35a8_fk_documents` FOREIGN KEY (`document_id`) REFERENCES `documents_document` (`id`),
  CONSTRAINT `documents_document_tags_tag_id_4f4a71e9_fk_documents_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `documents_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_note` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `deleted_at` datetime(6) DEFAULT NULL,
  `restored_at` datetime(6) DEFAULT NULL,
  `transaction_id` uuid DEFAULT NULL,
  `note` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `document_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `documents_note_document_id_ef90a624_fk_documents_document_id` (`document_id`),
  KEY `documents_note_user_id_cab59bae_fk_auth_user_id` (`user_id`),
  KEY `documents_note_created_398ee640` (`created`),
  CONSTRAINT `documents_note_document_id_ef90a624_fk_documents_document_id` FOREIGN KEY (`document_id`) REFERENCES `documents_document` (`id`),
  CONSTRAINT `documents_note_user_id_cab59bae_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_savedview` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `sort_field` varchar(128) DEFAULT NULL,
  `sort_reverse` tinyint(1) NOT NULL,
  `page_size` int(10) unsigned DEFAULT NULL CHECK (`page_size` >= 0),
  `display_mode` varchar(128) DEFAULT NULL,
  `display_fields` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`display_fields`)),
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `documents_savedview_owner_id_2df222ee_fk_auth_user_id` (`owner_id`),
  CONSTRAINT `documents_savedview_owner_id_2df222ee_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_savedviewfilterrule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `rule_type` smallint(5) unsigned NOT NULL,
  `value` varchar(255) DEFAULT NULL,
  `saved_view_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `documents_savedviewf_saved_view_id_038e2c89_fk_documents` (`saved_view_id`),
  CONSTRAINT `documents_savedviewf_saved_view_id_038e2c89_fk_documents` FOREIGN KEY (`saved_view_id`) REFERENCES `documents_savedview` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_uisettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `settings` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`settings`)),
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `documents_uisettings_user_id_2df2adc2_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_paperlesstask` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `owner_id` int(11) DEFAULT NULL,
  `task_id` varchar(72) NOT NULL,
  `task_type` varchar(50) NOT NULL,
  `trigger_source` varchar(50) NOT NULL,
  `status` varchar(30) NOT NULL,
  `date_created` datetime(6) NOT NULL,
  `date_started` datetime(6) DEFAULT NULL,
  `date_done` datetime(6) DEFAULT NULL,
  `duration_seconds` double DEFAULT NULL,
  `wait_time_seconds` double DEFAULT NULL,
  `input_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`input_data`)),
  `result_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`result_data`)),
  `acknowledged` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `task_id` (`task_id`),
  KEY `documents_p_status_8aa687_idx` (`status`,`date_created`),
  KEY `documents_p_task_ty_e4a93f_idx` (`task_type`,`status`),
  KEY `documents_p_owner_i_62c545_idx` (`owner_id`,`acknowledged`,`date_created`),
  KEY `documents_paperlesstask_task_type_8802cd7f` (`task_type`),
  KEY `documents_paperlesstask_trigger_source_71f17c67` (`trigger_source`),
  KEY `documents_paperlesstask_status_6748fa6c` (`status`),
  KEY `documents_paperlesstask_date_created_90b15f1f` (`date_created`),
  KEY `documents_paperlesstask_date_done_d2df1951` (`date_done`),
  KEY `documents_paperlesstask_acknowledged_d75e68ba` (`acknowledged`),
  CONSTRAINT `documents_paperlesstask_owner_id_e4512f84_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_sharelink` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `deleted_at` datetime(6) DEFAULT NULL,
  `restored_at` datetime(6) DEFAULT NULL,
  `transaction_id` uuid DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `expiration` datetime(6) DEFAULT NULL,
  `slug` varchar(50) NOT NULL,
  `file_version` varchar(50) NOT NULL,
  `document_id` int(11) NOT NULL,
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  KEY `documents_sharelink_document_id_1be5ab03_fk_documents` (`document_id`),
  KEY `documents_sharelink_owner_id_3fd35a08_fk_auth_user_id` (`owner_id`),
  KEY `documents_sharelink_created_23f24996` (`created`),
  KEY `documents_sharelink_expiration_152b32a7` (`expiration`),
  CONSTRAINT `documents_sharelink_document_id_1be5ab03_fk_documents` FOREIGN KEY (`document_id`) REFERENCES `documents_document` (`id`),
  CONSTRAINT `documents_sharelink_owner_id_3fd35a08_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_sharelinkbundle` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `expiration` datetime(6) DEFAULT NULL,
  `slug` varchar(50) NOT NULL,
  `file_version` varchar(50) NOT NULL,
  `status` varchar(50) NOT NULL,
  `size_bytes` int(10) unsigned DEFAULT NULL CHECK (`size_bytes` >= 0),
  `last_error` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`last_error`)),
  `file_path` varchar(512) NOT NULL,
  `built_at` datetime(6) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`),
  KEY `documents_sharelinkbundle_owner_id_9138d0af_fk_auth_user_id` (`owner_id`),
  KEY `documents_sharelinkbundle_created_34f0eb12` (`created`),
  KEY `documents_sharelinkbundle_expiration_158994e9` (`expiration`),
  CONSTRAINT `documents_sharelinkbundle_owner_id_9138d0af_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_customfield` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `name` varchar(128) NOT NULL,
  `data_type` varchar(50) NOT NULL,
  `extra_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`extra_data`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `documents_customfield_unique_name` (`name`),
  KEY `documents_customfield_created_501ef047` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_customfieldinstance` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `deleted_at` datetime(6) DEFAULT NULL,
  `restored_at` datetime(6) DEFAULT NULL,
  `transaction_id` uuid DEFAULT NULL,
  `created` datetime(6) NOT NULL,
  `value_text` varchar(128) DEFAULT NULL,
  `value_bool` tinyint(1) DEFAULT NULL,
  `value_url` varchar(200) DEFAULT NULL,
  `value_date` date DEFAULT NULL,
  `value_int` int(11) DEFAULT NULL,
  `value_float` double DEFAULT NULL,
  `value_monetary` varchar(128) DEFAULT NULL,
  `value_monetary_amount` decimal(65,2) GENERATED ALWAYS AS (case when `value_monetary` regexp cast('^\\d+' as char charset binary) then cast(substr(`value_monetary`,1) as decimal(65,2)) else cast(substr(`value_monetary`,4) as decimal(65,2)) end) STORED,
  `value_document_ids` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`value_document_ids`)),
  `value_select` varchar(16) DEFAULT NULL,
  `value_long_text` longtext DEFAULT NULL,
  `field_id` int(11) NOT NULL,
  `document_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `documents_customfieldinstance_unique_document_field` (`document_id`,`field_id`),
  KEY `documents_customfieldinstance_created_75f17f1d` (`created`),
  KEY `documents_c_field_i_30b51d_idx` (`field_id`,`value_date`),
  KEY `documents_c_field_i_d25ab0_idx` (`field_id`,`value_int`),
  KEY `documents_c_field_i_c35174_idx` (`field_id`,`value_float`),
  KEY `documents_c_field_i_53ce4e_idx` (`field_id`,`value_monetary_amount`),
  CONSTRAINT `documents_customfiel_document_id_610a968e_fk_documents` FOREIGN KEY (`document_id`) REFERENCES `documents_document` (`id`),
  CONSTRAINT `documents_customfiel_field_id_6c59e32f_fk_documents` FOREIGN KEY (`field_id`) REFERENCES `documents_customfield` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_workflow` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `order` int(11) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `paperless_mail_mailaccount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `imap_server` varchar(256) NOT NULL,
  `imap_port` int(10) unsigned DEFAULT NULL,
  `imap_security` smallint(5) unsigned NOT NULL,
  `username` varchar(256) NOT NULL,
  `password` longtext NOT NULL,
  `is_token` tinyint(1) NOT NULL,
  `character_set` varchar(256) NOT NULL,
  `account_type` smallint(5) unsigned NOT NULL,
  `refresh_token` longtext DEFAULT NULL,
  `expiration` datetime(6) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `paperless_mail_mailaccount_owner_id_a894e5ee_fk_auth_user_id` (`owner_id`),
  CONSTRAINT `paperless_mail_mailaccount_owner_id_a894e5ee_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `paperless_mail_mailaccount_imap_port_7cad02d2_check` CHECK (`imap_port` >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `paperless_mail_mailrule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(256) NOT NULL,
  `order` smallint(6) NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `folder` varchar(256) NOT NULL,
  `filter_from` varchar(256) DEFAULT NULL,
  `filter_to` varchar(256) DEFAULT NULL,
  `filter_subject` varchar(256) DEFAULT NULL,
  `filter_body` varchar(256) DEFAULT NULL,
  `filter_attachment_filename_include` varchar(256) DEFAULT NULL,
  `filter_attachment_filename_exclude` varchar(256) DEFAULT NULL,
  `maximum_age` smallint(5) unsigned NOT NULL,
  `attachment_type` smallint(5) unsigned NOT NULL,
  `consumption_scope` smallint(5) unsigned NOT NULL,
  `pdf_layout` smallint(5) unsigned NOT NULL,
  `action` smallint(5) unsigned NOT NULL,
  `action_parameter` varchar(256) DEFAULT NULL,
  `assign_title_from` smallint(5) unsigned NOT NULL,
  `assign_correspondent_from` smallint(5) unsigned NOT NULL,
  `assign_owner_from_rule` tinyint(1) NOT NULL,
  `account_id` int(11) NOT NULL,
  `assign_correspondent_id` int(11) DEFAULT NULL,
  `assign_document_type_id` int(11) DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `stop_processing` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `paperless_mail_mailrule_unique_name_owner` (`name`,`owner_id`),
  KEY `paperless_mail_mailr_account_id_461903f4_fk_paperless` (`account_id`),
  KEY `paperless_mail_mailr_assign_correspondent_d2651486_fk_documents` (`assign_correspondent_id`),
  KEY `paperless_mail_mailr_assign_document_type_cb809476_fk_documents` (`assign_document_type_id`),
  KEY `paperless_mail_mailrule_owner_id_05d1c50f_fk_auth_user_id` (`owner_id`),
  CONSTRAINT `paperless_mail_mailr_account_id_461903f4_fk_paperless` FOREIGN KEY (`account_id`) REFERENCES `paperless_mail_mailaccount` (`id`),
  CONSTRAINT `paperless_mail_mailr_assign_correspondent_d2651486_fk_documents` FOREIGN KEY (`assign_correspondent_id`) REFERENCES `documents_correspondent` (`id`),
  CONSTRAINT `paperless_mail_mailr_assign_document_type_cb809476_fk_documents` FOREIGN KEY (`assign_document_type_id`) REFERENCES `documents_documenttype` (`id`),
  CONSTRAINT `paperless_mail_mailrule_owner_id_05d1c50f_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_workflowtrigger` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` smallint(5) unsigned NOT NULL,
  `sources` varchar(7) NOT NULL,
  `filter_path` varchar(256) DEFAULT NULL,
  `filter_filename` varchar(256) DEFAULT NULL,
  `match` varchar(256) NOT NULL,
  `matching_algorithm` smallint(5) unsigned NOT NULL,
  `is_insensitive` tinyint(1) NOT NULL,
  `filter_custom_field_query` longtext DEFAULT NULL,
  `schedule_offset_days` int(11) NOT NULL,
  `schedule_is_recurring` tinyint(1) NOT NULL,
  `schedule_recurring_interval_days` int(10) unsigned NOT NULL CHECK (`schedule_recurring_interval_days` >= 0),
  `schedule_date_field` varchar(20) NOT NULL,
  `filter_has_correspondent_id` int(11) DEFAULT NULL,
  `filter_has_document_type_id` int(11) DEFAULT NULL,
  `filter_has_storage_path_id` int(11) DEFAULT NULL,
  `filter_mailrule_id` int(11) DEFAULT NULL,
  `schedule_date_custom_field_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `documents_workflowtr_filter_has_correspon_cd1d603d_fk_documents` (`filter_has_correspondent_id`),
  KEY `documents_workflowtr_filter_has_document__a7f7f504_fk_documents` (`filter_has_document_type_id`),
  KEY `documents_workflowtr_filter_has_storage_p_c4d7cab1_fk_documents` (`filter_has_storage_path_id`),
  KEY `documents_workflowtr_filter_mailrule_id_6e1798b1_fk_paperless` (`filter_mailrule_id`),
  KEY `documents_workflowtr_schedule_date_custom_450a569a_fk_documents` (`schedule_date_custom_field_id`),
  CONSTRAINT `documents_workflowtr_filter_has_correspon_cd1d603d_fk_documents` FOREIGN KEY (`filter_has_correspondent_id`) REFERENCES `documents_correspondent` (`id`),
  CONSTRAINT `documents_workflowtr_filter_has_document__a7f7f504_fk_documents` FOREIGN KEY (`filter_has_document_type_id`) REFERENCES `documents_documenttype` (`id`),
  CONSTRAINT `documents_workflowtr_filter_has_storage_p_c4d7cab1_fk_documents` FOREIGN KEY (`filter_has_storage_path_id`) REFERENCES `documents_storagepath` (`id`),
  CONSTRAINT `documents_workflowtr_filter_mailrule_id_6e1798b1_fk_paperless` FOREIGN KEY (`filter_mailrule_id`) REFERENCES `paperless_mail_mailrule` (`id`),
  CONSTRAINT `documents_workflowtr_schedule_date_custom_450a569a_fk_documents` FOREIGN KEY (`schedule_date_custom_field_id`) REFERENCES `documents_customfield` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_workflowactionemail` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `subject` varchar(256) NOT NULL,
  `body` longtext NOT NULL,
  `to` longtext NOT NULL,
  `include_document` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_workflowactionwebhook` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url` varchar(256) NOT NULL,
  `use_params` tinyint(1) NOT NULL,
  `as_json` tinyint(1) NOT NULL,
  `params` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`params`)),
  `body` longtext DEFAULT NULL,
  `headers` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`headers`)),
  `include_document` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_workflowaction` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` smallint(5) unsigned NOT NULL,
  `order` int(10) unsigned NOT NULL CHECK (`order` >= 0),
  `assign_title` longtext DEFAULT NULL,
  `assign_custom_fields_values` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`assign_custom_fields_values`)),
  `remove_all_tags` tinyint(1) NOT NULL,
  `remove_all_document_types` tinyint(1) NOT NULL,
  `remove_all_correspondents` tinyint(1) NOT NULL,
  `remove_all_storage_paths` tinyint(1) NOT NULL,
  `remove_all_owners` tinyint(1) NOT NULL,
  `remove_all_permissions` tinyint(1) NOT NULL,
  `remove_all_custom_fields` tinyint(1) NOT NULL,
  `assign_correspondent_id` int(11) DEFAULT NULL,
  `assign_document_type_id` int(11) DEFAULT NULL,
  `assign_owner_id` int(11) DEFAULT NULL,
  `assign_storage_path_id` int(11) DEFAULT NULL,
  `email_id` int(11) DEFAULT NULL,
  `webhook_id` int(11) DEFAULT NULL,
  `passwords` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`passwords`)),
  PRIMARY KEY (`id`),
  KEY `documents_workflowac_assign_correspondent_2292447e_fk_documents` (`assign_correspondent_id`),
  KEY `documents_workflowac_assign_document_type_4d37bd10_fk_documents` (`assign_document_type_id`),
  KEY `documents_workflowac_assign_owner_id_a409d275_fk_auth_user` (`assign_owner_id`),
  KEY `documents_workflowac_assign_storage_path__6fec4231_fk_documents` (`assign_storage_path_id`),
  KEY `documents_workflowac_email_id_3b59174d_fk_documents` (`email_id`),
  KEY `documents_workflowac_webhook_id_1011297c_fk_documents` (`webhook_id`),
  CONSTRAINT `documents_workflowac_assign_correspondent_2292447e_fk_documents` FOREIGN KEY (`assign_correspondent_id`) REFERENCES `documents_correspondent` (`id`),
  CONSTRAINT `documents_workflowac_assign_document_type_4d37bd10_fk_documents` FOREIGN KEY (`assign_document_type_id`) REFERENCES `documents_documenttype` (`id`),
  CONSTRAINT `documents_workflowac_assign_owner_id_a409d275_fk_auth_user` FOREIGN KEY (`assign_owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `documents_workflowac_assign_storage_path__6fec4231_fk_documents` FOREIGN KEY (`assign_storage_path_id`) REFERENCES `documents_storagepath` (`id`),
  CONSTRAINT `documents_workflowac_email_id_3b59174d_fk_documents` FOREIGN KEY (`email_id`) REFERENCES `documents_workflowactionemail` (`id`),
  CONSTRAINT `documents_workflowac_webhook_id_1011297c_fk_documents` FOREIGN KEY (`webhook_id`) REFERENCES `documents_workflowactionwebhook` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `documents_workflowrun` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `deleted_at` datetime(6) DEFAULT NULL,
  `restored_at` datetime(6) DEFAULT NULL,
  `transaction_id` uuid DEFAULT NULL,
  `type` smallint(5) unsigned DEFAULT NULL,
  `run_at` datetime(6) NOT NULL,
  `document_id` int(11) DEFAULT NULL,
  `workflow_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `documents_workflowru_document_id_dc6f429b_fk_documents` (`document_id`),
  KEY `documents_workflowru_workflow_id_bec88108_fk_documents` (`workflow_id`),
  KEY `documents_workflowrun_run_at_7b149df1` (`run_at`),
  CONSTRAINT `documents_workflowru_document_id_dc6f429b_fk_documents` FOREIGN KEY (`document_id`) REFERENCES `documents_document` (`id`),
  CONSTRAINT `documents_workflowru_workflow_id_bec88108_fk_documents` FOREIGN KEY (`workflow_id`) REFERENCES `documents_workflow` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `paperless_mail_processedmail` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `folder` varchar(256) NOT NULL,
  `uid` varchar(256) NOT NULL,
  `subject` varchar(256) NOT NULL,
  `received` datetime(6) NOT NULL,
  `processed` datetime(6) NOT NULL,
  `status` varchar(256) NOT NULL,
  `error` longtext DEFAULT NULL,
  `owner_id` int(11) DEFAULT NULL,
  `rule_id` int(11) NOT NULL,
  `uid_validity` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `paperless_mail_processedmail_owner_id_63d8ece4_fk_auth_user_id` (`owner_id`),
  KEY `paperless_mail_proce_rule_id_55bb3322_fk_paperless` (`rule_id`),
  CONSTRAINT `paperless_mail_proce_rule_id_55bb3322_fk_paperless` FOREIGN KEY (`rule_id`) REFERENCES `paperless_mail_mailrule` (`id`),
  CONSTRAINT `paperless_mail_processedmail_owner_id_63d8ece4_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `paperless_applicationconfiguration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `output_type` varchar(8) DEFAULT NULL,
  `pages` smallint(5) unsigned DEFAULT NULL,
  `language` varchar(32) DEFAULT NULL,
  `mode` varchar(16) DEFAULT NULL,
  `image_dpi` smallint(5) unsigned DEFAULT NULL,
  `unpaper_clean` varchar(16) DEFAULT NULL,
  `deskew` tinyint(1) DEFAULT NULL,
  `rotate_pages` tinyint(1) DEFAULT NULL,
  `rotate_pages_threshold` double DEFAULT NULL,
  `max_image_pixels` double DEFAULT NULL,
  `color_conversion_strategy` varchar(32) DEFAULT NULL,
  `user_args` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`user_args`)),
  `app_logo` varchar(100) DEFAULT NULL,
  `app_title` varchar(48) DEFAULT NULL,
  `barcode_asn_prefix` varchar(32) DEFAULT NULL,
  `barcode_dpi` smallint(5) unsigned DEFAULT NULL,
  `barcode_enable_asn` tinyint(1) DEFAULT NULL,
  `barcode_enable_tag` tinyint(1) DEFAULT NULL,
  `barcode_enable_tiff_support` tinyint(1) DEFAULT NULL,
  `barcode_max_pages` smallint(5) unsigned DEFAULT NULL,
  `barcode_retain_split_pages` tinyint(1) DEFAULT NULL,
  `barcode_string` varchar(32) DEFAULT NULL,
  `barcode_tag_mapping` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`barcode_tag_mapping`)),
  `barcode_upscale` double DEFAULT NULL,
  `barcodes_enabled` tinyint(1) DEFAULT NULL,
  `ai_enabled` tinyint(1) DEFAULT NULL,
  `llm_api_key` varchar(1024) DEFAULT NULL,
  `llm_backend` varchar(128) DEFAULT NULL,
  `llm_embedding_backend` varchar(128) DEFAULT NULL,
  `llm_embedding_model` varchar(128) DEFAULT NULL,
  `llm_endpoint` varchar(256) DEFAULT NULL,
  `llm_model` varchar(128) DEFAULT NULL,
  `barcode_tag_split` tinyint(1) DEFAULT NULL,
  `archive_file_generation` varchar(8) DEFAULT NULL,
  `llm_embedding_endpoint` varchar(256) DEFAULT NULL,
  `llm_embedding_chunk_size` smallint(5) unsigned DEFAULT NULL CHECK (`llm_embedding_chunk_size` >= 0),
  `llm_context_size` int(10) unsigned DEFAULT NULL CHECK (`llm_context_size` >= 0),
  `llm_output_language` varchar(32) DEFAULT NULL,
  `llm_request_timeout` smallint(5) unsigned DEFAULT NULL CHECK (`llm_request_timeout` >= 0),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;


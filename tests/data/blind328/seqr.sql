-- seqr (Broad Institute; rare-disease family analysis: projects, families, individuals with pedigree and HPO phenotypes,
-- saved variants, tags, notes, RNA-seq outliers, Matchmaker Exchange submissions), github.com/broadinstitute/seqr,
-- commit c5f3572bce3821cf907d2213dd637fada342226b (AGPL-3.0, LICENSE.txt).
-- The Django models of seqr/models.py, matchmaker/models.py, panelapp/models.py and reference_data/models.py and of the
-- installed apps they use (django.contrib auth / contenttypes / admin / sessions of Django 4.2.27, django-guardian 2.4.0,
-- django-notifications-hq 1.8.3, social-auth-app-django 5.4.1, the versions pinned in requirements.txt), created with
-- Django's own MySQL schema editor (django.db.backends.mysql, schema_editor.create_model) in MariaDB 10.11 and dumped with
-- mysqldump --no-data: column names and order are the models' (inherited ModelWithGUID columns first, the audit columns
-- the CustomModelBase metaclass adds last). Upstream runs on PostgreSQL: ArrayField is written as json (MariaDB: longtext
-- with a json_valid check), JSONField as Django's MySQL backend writes it. The ClickHouse tables of clickhouse_search
-- (variant store) are not part of this PostgreSQL schema and are left out.
-- Left out (11 of 75 tables): reference_data_transcriptinfo, _refseqtranscript, _geneconstraint,
-- _genecopynumbersensitivity, _geneshet, _dbnsfpgene, _primateai, _mgi, _gencc (more gene reference data),
-- social_auth_nonce, social_auth_association (OpenID bookkeeping). Tables ordered so that every foreign key points at
-- an earlier table.

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

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_user_id_c564eba6_fk_auth_user_id` (`user_id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `guardian_userobjectpermission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `permission_id` int(11) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `object_pk` varchar(255) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guardian_userobjectpermi_user_id_permission_id_ob_b0b3d2fc_uniq` (`user_id`,`permission_id`,`object_pk`),
  KEY `guardian_userobjectp_permission_id_71807bfc_fk_auth_perm` (`permission_id`),
  KEY `guardian_us_content_179ed2_idx` (`content_type_id`,`object_pk`),
  CONSTRAINT `guardian_userobjectp_content_type_id_2e892405_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `guardian_userobjectp_permission_id_71807bfc_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `guardian_userobjectpermission_user_id_d5c1e964_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `guardian_groupobjectpermission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `permission_id` int(11) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `object_pk` varchar(255) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guardian_groupobjectperm_group_id_permission_id_o_3f189f7c_uniq` (`group_id`,`permission_id`,`object_pk`),
  KEY `guardian_groupobject_permission_id_36572738_fk_auth_perm` (`permission_id`),
  KEY `guardian_gr_content_ae6aec_idx` (`content_type_id`,`object_pk`),
  CONSTRAINT `guardian_groupobject_content_type_id_7ade36b8_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `guardian_groupobject_group_id_4bbbfb62_fk_auth_grou` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `guardian_groupobject_permission_id_36572738_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notifications_notification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `level` varchar(20) NOT NULL,
  `recipient_id` int(11) NOT NULL,
  `unread` tinyint(1) NOT NULL,
  `actor_content_type_id` int(11) NOT NULL,
  `actor_object_id` varchar(255) NOT NULL,
  `verb` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `target_content_type_id` int(11) DEFAULT NULL,
  `target_object_id` varchar(255) DEFAULT NULL,
  `action_object_content_type_id` int(11) DEFAULT NULL,
  `action_object_object_id` varchar(255) DEFAULT NULL,
  `timestamp` datetime(6) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `deleted` tinyint(1) NOT NULL,
  `emailed` tinyint(1) NOT NULL,
  `data` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `notifications_notifi_actor_content_type_i_0c69d7b7_fk_django_co` (`actor_content_type_id`),
  KEY `notifications_notifi_target_content_type__ccb24d88_fk_django_co` (`target_content_type_id`),
  KEY `notifications_notifi_action_object_conten_7d2b8ee9_fk_django_co` (`action_object_content_type_id`),
  KEY `notifications_notification_unread_cce4be30` (`unread`),
  KEY `notifications_notification_timestamp_6a797bad` (`timestamp`),
  KEY `notifications_notification_public_1bc30b1c` (`public`),
  KEY `notifications_notification_deleted_b32b69e6` (`deleted`),
  KEY `notifications_notification_emailed_23a5ad81` (`emailed`),
  KEY `notifications_notification_recipient_id_unread_253aadc9_idx` (`recipient_id`,`unread`),
  CONSTRAINT `notifications_notifi_action_object_conten_7d2b8ee9_fk_django_co` FOREIGN KEY (`action_object_content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `notifications_notifi_actor_content_type_i_0c69d7b7_fk_django_co` FOREIGN KEY (`actor_content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `notifications_notifi_target_content_type__ccb24d88_fk_django_co` FOREIGN KEY (`target_content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `notifications_notification_recipient_id_d055f3f0_fk_auth_user_id` FOREIGN KEY (`recipient_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `social_auth_usersocialauth` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `provider` varchar(32) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `extra_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`extra_data`)),
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_auth_usersocialauth_provider_uid_e6b5e668_uniq` (`provider`,`uid`),
  KEY `social_auth_usersocialauth_user_id_17d28448_fk_auth_user_id` (`user_id`),
  KEY `social_auth_usersocialauth_uid_796e51dc` (`uid`),
  CONSTRAINT `social_auth_usersocialauth_user_id_17d28448_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `social_auth_code` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `code` varchar(32) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_auth_code_email_code_801b2d02_uniq` (`email`,`code`),
  KEY `social_auth_code_code_a2393167` (`code`),
  KEY `social_auth_code_timestamp_176b341f` (`timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `social_auth_partial` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `token` varchar(32) NOT NULL,
  `next_step` smallint(5) unsigned NOT NULL CHECK (`next_step` >= 0),
  `backend` varchar(32) NOT NULL,
  `data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`data`)),
  `timestamp` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `social_auth_partial_token_3017fea3` (`token`),
  KEY `social_auth_partial_timestamp_50f2119f` (`timestamp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_warningmessage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message` longtext NOT NULL,
  `header` longtext DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_userpolicy` (
  `user_id` int(11) NOT NULL,
  `privacy_version` double DEFAULT NULL,
  `tos_version` double DEFAULT NULL,
  PRIMARY KEY (`user_id`),
  CONSTRAINT `seqr_userpolicy_user_id_38195930_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_project` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `name` longtext NOT NULL,
  `description` longtext DEFAULT NULL,
  `can_edit_group_id` int(11) DEFAULT NULL,
  `can_view_group_id` int(11) DEFAULT NULL,
  `subscribers_id` int(11) NOT NULL,
  `genome_version` varchar(5) NOT NULL,
  `consent_code` varchar(1) DEFAULT NULL,
  `is_mme_enabled` tinyint(1) NOT NULL,
  `mme_primary_data_owner` longtext DEFAULT NULL,
  `mme_contact_url` longtext DEFAULT NULL,
  `mme_contact_institution` longtext DEFAULT NULL,
  `vlm_contact_email` longtext DEFAULT NULL,
  `recovery_email` longtext DEFAULT NULL,
  `restrict_sharing` tinyint(1) NOT NULL,
  `has_case_review` tinyint(1) NOT NULL,
  `enable_hgmd` tinyint(1) NOT NULL,
  `all_user_demo` tinyint(1) NOT NULL,
  `is_demo` tinyint(1) NOT NULL,
  `last_accessed_date` datetime(6) DEFAULT NULL,
  `workspace_namespace` longtext DEFAULT NULL,
  `workspace_name` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  KEY `seqr_project_created_by_id_223e5a75_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_project_can_edit_group_id_b2e516be_fk_auth_group_id` (`can_edit_group_id`),
  KEY `seqr_project_can_view_group_id_2de46edf_fk_auth_group_id` (`can_view_group_id`),
  KEY `seqr_project_subscribers_id_7bfe6174_fk_auth_group_id` (`subscribers_id`),
  KEY `seqr_project_created_date_058872d1` (`created_date`),
  KEY `seqr_project_last_modified_date_753cb8f3` (`last_modified_date`),
  KEY `seqr_project_last_accessed_date_92b70de9` (`last_accessed_date`),
  CONSTRAINT `seqr_project_can_edit_group_id_b2e516be_fk_auth_group_id` FOREIGN KEY (`can_edit_group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `seqr_project_can_view_group_id_2de46edf_fk_auth_group_id` FOREIGN KEY (`can_view_group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `seqr_project_created_by_id_223e5a75_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `seqr_project_subscribers_id_7bfe6174_fk_auth_group_id` FOREIGN KEY (`subscribers_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_projectcategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `name` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  KEY `seqr_projectcategory_created_by_id_cfaff617_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_projectcategory_created_date_e5391559` (`created_date`),
  KEY `seqr_projectcategory_last_modified_date_0ee594a5` (`last_modified_date`),
  CONSTRAINT `seqr_projectcategory_created_by_id_cfaff617_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_projectcategory_projects` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `projectcategory_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `seqr_projectcategory_pro_projectcategory_id_proje_612f790d_uniq` (`projectcategory_id`,`project_id`),
  KEY `seqr_projectcategory_project_id_55efbd4e_fk_seqr_proj` (`project_id`),
  CONSTRAINT `seqr_projectcategory_project_id_55efbd4e_fk_seqr_proj` FOREIGN KEY (`project_id`) REFERENCES `seqr_project` (`id`),
  CONSTRAINT `seqr_projectcategory_projectcategory_id_836050fd_fk_seqr_proj` FOREIGN KEY (`projectcategory_id`) REFERENCES `seqr_projectcategory` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_family` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `project_id` int(11) NOT NULL,
  `family_id` varchar(100) NOT NULL,
  `display_name` varchar(100) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `pedigree_image` varchar(100) DEFAULT NULL,
  `pedigree_dataset` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`pedigree_dataset`)),
  `assigned_analyst_id` int(11) DEFAULT NULL,
  `success_story_types` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`success_story_types`)),
  `success_story` longtext DEFAULT NULL,
  `external_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`external_data`)),
  `coded_phenotype` longtext DEFAULT NULL,
  `mondo_id` varchar(30) DEFAULT NULL,
  `post_discovery_mondo_id` varchar(30) DEFAULT NULL,
  `post_discovery_omim_numbers` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`post_discovery_omim_numbers`)),
  `pubmed_ids` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`pubmed_ids`)),
  `analysis_status` varchar(10) NOT NULL,
  `case_review_notes` longtext DEFAULT NULL,
  `case_review_summary` longtext DEFAULT NULL,
  `analysis_status_last_modified_date` datetime(6) DEFAULT NULL,
  `analysis_status_last_modified_by_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  UNIQUE KEY `seqr_family_project_id_family_id_c322b984_uniq` (`project_id`,`family_id`),
  KEY `seqr_family_created_by_id_36aeb4a6_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_family_assigned_analyst_id_56a0470f_fk_auth_user_id` (`assigned_analyst_id`),
  KEY `seqr_family_analysis_status_last_0183a22e_fk_auth_user` (`analysis_status_last_modified_by_id`),
  KEY `seqr_family_created_date_613fbbe0` (`created_date`),
  KEY `seqr_family_last_modified_date_9fbea39a` (`last_modified_date`),
  KEY `seqr_family_family_id_e73293fd` (`family_id`),
  KEY `seqr_family_display_name_c94390f0` (`display_name`),
  KEY `seqr_family_analysis_status_last_modified_date_f117f1da` (`analysis_status_last_modified_date`),
  CONSTRAINT `seqr_family_analysis_status_last_0183a22e_fk_auth_user` FOREIGN KEY (`analysis_status_last_modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `seqr_family_assigned_analyst_id_56a0470f_fk_auth_user_id` FOREIGN KEY (`assigned_analyst_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `seqr_family_created_by_id_36aeb4a6_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `seqr_family_project_id_3ec6cecd_fk_seqr_project_id` FOREIGN KEY (`project_id`) REFERENCES `seqr_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_familyanalysedby` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `family_id` int(11) NOT NULL,
  `data_type` varchar(3) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  KEY `seqr_familyanalysedby_created_by_id_c3b75a1f_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_familyanalysedby_family_id_314370a0_fk_seqr_family_id` (`family_id`),
  KEY `seqr_familyanalysedby_created_date_f69c1abe` (`created_date`),
  KEY `seqr_familyanalysedby_last_modified_date_ebe47f33` (`last_modified_date`),
  CONSTRAINT `seqr_familyanalysedby_created_by_id_c3b75a1f_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `seqr_familyanalysedby_family_id_314370a0_fk_seqr_family_id` FOREIGN KEY (`family_id`) REFERENCES `seqr_family` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_familynote` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `family_id` int(11) NOT NULL,
  `note` longtext NOT NULL,
  `note_type` varchar(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  KEY `seqr_familynote_created_by_id_8c3ae6ec_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_familynote_family_id_005c211c_fk_seqr_family_id` (`family_id`),
  KEY `seqr_familynote_created_date_212fa340` (`created_date`),
  KEY `seqr_familynote_last_modified_date_84921445` (`last_modified_date`),
  CONSTRAINT `seqr_familynote_created_by_id_8c3ae6ec_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `seqr_familynote_family_id_005c211c_fk_seqr_family_id` FOREIGN KEY (`family_id`) REFERENCES `seqr_family` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_individual` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `family_id` int(11) NOT NULL,
  `individual_id` longtext NOT NULL,
  `mother_id` int(11) DEFAULT NULL,
  `father_id` int(11) DEFAULT NULL,
  `sex` varchar(3) NOT NULL,
  `affected` varchar(1) NOT NULL,
  `display_name` longtext NOT NULL,
  `notes` longtext DEFAULT NULL,
  `case_review_status` varchar(2) NOT NULL,
  `case_review_discussion` longtext DEFAULT NULL,
  `solve_status` varchar(1) DEFAULT NULL,
  `proband_relationship` varchar(1) DEFAULT NULL,
  `primary_biosample` varchar(2) DEFAULT NULL,
  `analyte_type` varchar(1) DEFAULT NULL,
  `tissue_affected_status` tinyint(1) DEFAULT NULL,
  `birth_year` smallint(5) unsigned DEFAULT NULL CHECK (`birth_year` >= 0),
  `death_year` smallint(5) unsigned DEFAULT NULL CHECK (`death_year` >= 0),
  `onset_age` varchar(1) DEFAULT NULL,
  `maternal_ethnicity` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`maternal_ethnicity`)),
  `paternal_ethnicity` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`paternal_ethnicity`)),
  `consanguinity` tinyint(1) DEFAULT NULL,
  `affected_relatives` tinyint(1) DEFAULT NULL,
  `expected_inheritance` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`expected_inheritance`)),
  `features` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`features`)),
  `absent_features` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`absent_features`)),
  `nonstandard_features` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`nonstandard_features`)),
  `absent_nonstandard_features` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`absent_nonstandard_features`)),
  `disorders` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`disorders`)),
  `candidate_genes` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`candidate_genes`)),
  `rejected_genes` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`rejected_genes`)),
  `ar_fertility_meds` tinyint(1) DEFAULT NULL,
  `ar_iui` tinyint(1) DEFAULT NULL,
  `ar_ivf` tinyint(1) DEFAULT NULL,
  `ar_icsi` tinyint(1) DEFAULT NULL,
  `ar_surrogacy` tinyint(1) DEFAULT NULL,
  `ar_donoregg` tinyint(1) DEFAULT NULL,
  `ar_donorsperm` tinyint(1) DEFAULT NULL,
  `filter_flags` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`filter_flags`)),
  `pop_platform_filters` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`pop_platform_filters`)),
  `population` varchar(5) DEFAULT NULL,
  `sv_flags` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`sv_flags`)),
  `case_review_status_last_modified_date` datetime(6) DEFAULT NULL,
  `case_review_status_last_modified_by_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  UNIQUE KEY `seqr_individual_family_id_individual_id_ac20ccf3_uniq` (`family_id`,`individual_id`) USING HASH,
  KEY `seqr_individual_created_by_id_785c3451_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_individual_family_id_df875404_fk_seqr_family_id` (`family_id`),
  KEY `seqr_individual_mother_id_1d70e53d_fk_seqr_individual_id` (`mother_id`),
  KEY `seqr_individual_father_id_b025a9fd_fk_seqr_individual_id` (`father_id`),
  KEY `seqr_individual_case_review_status_l_166b773e_fk_auth_user` (`case_review_status_last_modified_by_id`),
  KEY `seqr_individual_created_date_5364a081` (`created_date`),
  KEY `seqr_individual_last_modified_date_3f7d9e7b` (`last_modified_date`),
  KEY `seqr_individual_case_review_status_last_modified_date_66504d59` (`case_review_status_last_modified_date`),
  CONSTRAINT `seqr_individual_case_review_status_l_166b773e_fk_auth_user` FOREIGN KEY (`case_review_status_last_modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `seqr_individual_created_by_id_785c3451_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `seqr_individual_family_id_df875404_fk_seqr_family_id` FOREIGN KEY (`family_id`) REFERENCES `seqr_family` (`id`),
  CONSTRAINT `seqr_individual_father_id_b025a9fd_fk_seqr_individual_id` FOREIGN KEY (`father_id`) REFERENCES `seqr_individual` (`id`),
  CONSTRAINT `seqr_individual_mother_id_1d70e53d_fk_seqr_individual_id` FOREIGN KEY (`mother_id`) REFERENCES `seqr_individual` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_dataset` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `sample_type` varchar(10) NOT NULL,
  `dataset_type` varchar(13) NOT NULL,
  `data_source` longtext NOT NULL,
  `loaded_date` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  KEY `seqr_dataset_created_by_id_d8cd37cf_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_dataset_created_date_ee46a8c0` (`created_date`),
  KEY `seqr_dataset_last_modified_date_8c2ba371` (`last_modified_date`),
  CONSTRAINT `seqr_dataset_created_by_id_d8cd37cf_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_dataset_active_individuals` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `dataset_id` int(11) NOT NULL,
  `individual_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `seqr_dataset_active_indi_dataset_id_individual_id_0bc6a620_uniq` (`dataset_id`,`individual_id`),
  KEY `seqr_dataset_active__individual_id_12f3c25e_fk_seqr_indi` (`individual_id`),
  CONSTRAINT `seqr_dataset_active__dataset_id_f2e2c806_fk_seqr_data` FOREIGN KEY (`dataset_id`) REFERENCES `seqr_dataset` (`id`),
  CONSTRAINT `seqr_dataset_active__individual_id_12f3c25e_fk_seqr_indi` FOREIGN KEY (`individual_id`) REFERENCES `seqr_individual` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_dataset_inactive_individuals` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `dataset_id` int(11) NOT NULL,
  `individual_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `seqr_dataset_inactive_in_dataset_id_individual_id_5316c0f3_uniq` (`dataset_id`,`individual_id`),
  KEY `seqr_dataset_inactiv_individual_id_f7a2f13e_fk_seqr_indi` (`individual_id`),
  CONSTRAINT `seqr_dataset_inactiv_dataset_id_cc3a6320_fk_seqr_data` FOREIGN KEY (`dataset_id`) REFERENCES `seqr_dataset` (`id`),
  CONSTRAINT `seqr_dataset_inactiv_individual_id_f7a2f13e_fk_seqr_indi` FOREIGN KEY (`individual_id`) REFERENCES `seqr_individual` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_rnasample` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `individual_id` int(11) NOT NULL,
  `data_type` varchar(1) NOT NULL,
  `tissue_type` varchar(2) NOT NULL,
  `sequencing_type` varchar(1) NOT NULL,
  `data_source` longtext NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  KEY `seqr_rnasample_created_by_id_a5066f01_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_rnasample_individual_id_8899059e_fk_seqr_individual_id` (`individual_id`),
  KEY `seqr_rnasample_created_date_ba68f158` (`created_date`),
  KEY `seqr_rnasample_last_modified_date_2f8da7c4` (`last_modified_date`),
  CONSTRAINT `seqr_rnasample_created_by_id_a5066f01_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `seqr_rnasample_individual_id_8899059e_fk_seqr_individual_id` FOREIGN KEY (`individual_id`) REFERENCES `seqr_individual` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_igvsample` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `individual_id` int(11) NOT NULL,
  `sample_type` varchar(15) NOT NULL,
  `file_path` longtext NOT NULL,
  `index_file_path` longtext DEFAULT NULL,
  `sample_id` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  UNIQUE KEY `seqr_igvsample_individual_id_sample_type_6d47d130_uniq` (`individual_id`,`sample_type`),
  KEY `seqr_igvsample_created_by_id_56b59fb4_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_igvsample_created_date_e5e88b0d` (`created_date`),
  KEY `seqr_igvsample_last_modified_date_bc7814ed` (`last_modified_date`),
  CONSTRAINT `seqr_igvsample_created_by_id_56b59fb4_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `seqr_igvsample_individual_id_8ed103ca_fk_seqr_individual_id` FOREIGN KEY (`individual_id`) REFERENCES `seqr_individual` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_savedvariant` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `family_id` int(11) NOT NULL,
  `xpos` bigint(20) NOT NULL,
  `xpos_end` bigint(20) DEFAULT NULL,
  `ref` longtext DEFAULT NULL,
  `alt` longtext DEFAULT NULL,
  `variant_id` longtext NOT NULL,
  `key` bigint(20) unsigned DEFAULT NULL CHECK (`key` >= 0),
  `selected_main_transcript_id` varchar(20) DEFAULT NULL,
  `genotypes` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`genotypes`)),
  `main_transcript` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`main_transcript`)),
  `gene_ids` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`gene_ids`)),
  `sv_type` varchar(15) DEFAULT NULL,
  `dataset_type` varchar(13) DEFAULT NULL,
  `acmg_classification` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`acmg_classification`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  UNIQUE KEY `seqr_savedvariant_xpos_xpos_end_variant_id_3fc75927_uniq` (`xpos`,`xpos_end`,`variant_id`,`family_id`) USING HASH,
  KEY `seqr_savedvariant_created_by_id_fefe35cd_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_savedvariant_family_id_4210c871_fk_seqr_family_id` (`family_id`),
  KEY `seqr_savedvariant_created_date_f0e61fa7` (`created_date`),
  KEY `seqr_savedvariant_last_modified_date_875f847e` (`last_modified_date`),
  CONSTRAINT `seqr_savedvariant_created_by_id_fefe35cd_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `seqr_savedvariant_family_id_4210c871_fk_seqr_family_id` FOREIGN KEY (`family_id`) REFERENCES `seqr_family` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_varianttagtype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  `name` longtext NOT NULL,
  `category` longtext DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `color` varchar(20) NOT NULL,
  `order` double DEFAULT NULL,
  `metadata_title` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  UNIQUE KEY `seqr_varianttagtype_project_id_name_color_80cd0809_uniq` (`project_id`,`name`,`color`) USING HASH,
  KEY `seqr_varianttagtype_created_by_id_c0ab7840_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_varianttagtype_project_id_20c4b663_fk_seqr_project_id` (`project_id`),
  KEY `seqr_varianttagtype_created_date_8fb9316c` (`created_date`),
  KEY `seqr_varianttagtype_last_modified_date_c7aed24e` (`last_modified_date`),
  CONSTRAINT `seqr_varianttagtype_created_by_id_c0ab7840_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `seqr_varianttagtype_project_id_20c4b663_fk_seqr_project_id` FOREIGN KEY (`project_id`) REFERENCES `seqr_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_varianttag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `variant_tag_type_id` int(11) NOT NULL,
  `metadata` longtext DEFAULT NULL,
  `search_hash` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  KEY `seqr_varianttag_created_by_id_df4c6edc_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_varianttag_variant_tag_type_id_36060942_fk_seqr_vari` (`variant_tag_type_id`),
  KEY `seqr_varianttag_created_date_3c6381a6` (`created_date`),
  KEY `seqr_varianttag_last_modified_date_ff6c231f` (`last_modified_date`),
  CONSTRAINT `seqr_varianttag_created_by_id_df4c6edc_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `seqr_varianttag_variant_tag_type_id_36060942_fk_seqr_vari` FOREIGN KEY (`variant_tag_type_id`) REFERENCES `seqr_varianttagtype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_varianttag_saved_variants` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `varianttag_id` int(11) NOT NULL,
  `savedvariant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `seqr_varianttag_saved_va_varianttag_id_savedvaria_f4ebbaf2_uniq` (`varianttag_id`,`savedvariant_id`),
  KEY `seqr_varianttag_save_savedvariant_id_81dbb1ea_fk_seqr_save` (`savedvariant_id`),
  CONSTRAINT `seqr_varianttag_save_savedvariant_id_81dbb1ea_fk_seqr_save` FOREIGN KEY (`savedvariant_id`) REFERENCES `seqr_savedvariant` (`id`),
  CONSTRAINT `seqr_varianttag_save_varianttag_id_a8935bef_fk_seqr_vari` FOREIGN KEY (`varianttag_id`) REFERENCES `seqr_varianttag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_variantnote` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `note` longtext NOT NULL,
  `report` tinyint(1) NOT NULL,
  `search_hash` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  KEY `seqr_variantnote_created_by_id_17fc2f54_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_variantnote_created_date_bf214759` (`created_date`),
  KEY `seqr_variantnote_last_modified_date_851ad9e3` (`last_modified_date`),
  CONSTRAINT `seqr_variantnote_created_by_id_17fc2f54_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_variantnote_saved_variants` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `variantnote_id` int(11) NOT NULL,
  `savedvariant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `seqr_variantnote_saved_v_variantnote_id_savedvari_9a3b7416_uniq` (`variantnote_id`,`savedvariant_id`),
  KEY `seqr_variantnote_sav_savedvariant_id_f69a0f4f_fk_seqr_save` (`savedvariant_id`),
  CONSTRAINT `seqr_variantnote_sav_savedvariant_id_f69a0f4f_fk_seqr_save` FOREIGN KEY (`savedvariant_id`) REFERENCES `seqr_savedvariant` (`id`),
  CONSTRAINT `seqr_variantnote_sav_variantnote_id_7d6364e6_fk_seqr_vari` FOREIGN KEY (`variantnote_id`) REFERENCES `seqr_variantnote` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_variantfunctionaldata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `functional_data_tag` longtext NOT NULL,
  `metadata` longtext DEFAULT NULL,
  `search_hash` varchar(50) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  KEY `seqr_variantfunction_created_by_id_217e7d61_fk_auth_user` (`created_by_id`),
  KEY `seqr_variantfunctionaldata_created_date_a2ca9ea4` (`created_date`),
  KEY `seqr_variantfunctionaldata_last_modified_date_c639757e` (`last_modified_date`),
  CONSTRAINT `seqr_variantfunction_created_by_id_217e7d61_fk_auth_user` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_variantfunctionaldata_saved_variants` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `variantfunctionaldata_id` int(11) NOT NULL,
  `savedvariant_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `seqr_variantfunctionalda_variantfunctionaldata_id_78f1039e_uniq` (`variantfunctionaldata_id`,`savedvariant_id`),
  KEY `seqr_variantfunction_savedvariant_id_c4a85b61_fk_seqr_save` (`savedvariant_id`),
  CONSTRAINT `seqr_variantfunction_savedvariant_id_c4a85b61_fk_seqr_save` FOREIGN KEY (`savedvariant_id`) REFERENCES `seqr_savedvariant` (`id`),
  CONSTRAINT `seqr_variantfunction_variantfunctionaldat_34145dc2_fk_seqr_vari` FOREIGN KEY (`variantfunctionaldata_id`) REFERENCES `seqr_variantfunctionaldata` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_genenote` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `note` longtext NOT NULL,
  `gene_id` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  KEY `seqr_genenote_created_by_id_da902b8f_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_genenote_created_date_141624fa` (`created_date`),
  KEY `seqr_genenote_last_modified_date_85c1b628` (`last_modified_date`),
  CONSTRAINT `seqr_genenote_created_by_id_da902b8f_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_locuslist` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `name` longtext NOT NULL,
  `description` longtext DEFAULT NULL,
  `is_public` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  UNIQUE KEY `seqr_locuslist_name_description_is_publ_5569b1df_uniq` (`name`,`description`,`is_public`,`created_by_id`) USING HASH,
  KEY `seqr_locuslist_created_by_id_078ac09f_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_locuslist_created_date_f23750a7` (`created_date`),
  KEY `seqr_locuslist_last_modified_date_79496b74` (`last_modified_date`),
  CONSTRAINT `seqr_locuslist_created_by_id_078ac09f_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_locuslist_projects` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `locuslist_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `seqr_locuslist_projects_locuslist_id_project_id_d5aeef3e_uniq` (`locuslist_id`,`project_id`),
  KEY `seqr_locuslist_projects_project_id_449b75a7_fk_seqr_project_id` (`project_id`),
  CONSTRAINT `seqr_locuslist_proje_locuslist_id_2c2b4e5f_fk_seqr_locu` FOREIGN KEY (`locuslist_id`) REFERENCES `seqr_locuslist` (`id`),
  CONSTRAINT `seqr_locuslist_projects_project_id_449b75a7_fk_seqr_project_id` FOREIGN KEY (`project_id`) REFERENCES `seqr_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_locuslistgene` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `locus_list_id` int(11) NOT NULL,
  `gene_id` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  UNIQUE KEY `seqr_locuslistgene_locus_list_id_gene_id_23867da8_uniq` (`locus_list_id`,`gene_id`) USING HASH,
  KEY `seqr_locuslistgene_created_by_id_2c4668c3_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_locuslistgene_locus_list_id_4fc126cb_fk_seqr_locuslist_id` (`locus_list_id`),
  KEY `seqr_locuslistgene_created_date_e93d9d47` (`created_date`),
  KEY `seqr_locuslistgene_last_modified_date_7a12209f` (`last_modified_date`),
  CONSTRAINT `seqr_locuslistgene_created_by_id_2c4668c3_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `seqr_locuslistgene_locus_list_id_4fc126cb_fk_seqr_locuslist_id` FOREIGN KEY (`locus_list_id`) REFERENCES `seqr_locuslist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_locuslistinterval` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `locus_list_id` int(11) NOT NULL,
  `genome_version` varchar(5) NOT NULL,
  `chrom` varchar(2) NOT NULL,
  `start` int(11) NOT NULL,
  `end` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  UNIQUE KEY `seqr_locuslistinterval_locus_list_id_genome_ver_f6f925a4_uniq` (`locus_list_id`,`genome_version`,`chrom`,`start`,`end`),
  KEY `seqr_locuslistinterval_created_by_id_54e1e85e_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_locuslistinterval_created_date_19ab66ae` (`created_date`),
  KEY `seqr_locuslistinterval_last_modified_date_e00f3379` (`last_modified_date`),
  CONSTRAINT `seqr_locuslistinterv_locus_list_id_a2e19168_fk_seqr_locu` FOREIGN KEY (`locus_list_id`) REFERENCES `seqr_locuslist` (`id`),
  CONSTRAINT `seqr_locuslistinterval_created_by_id_54e1e85e_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_analysisgroup` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `name` longtext NOT NULL,
  `description` longtext DEFAULT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  UNIQUE KEY `seqr_analysisgroup_project_id_name_fa0ec589_uniq` (`project_id`,`name`) USING HASH,
  KEY `seqr_analysisgroup_created_by_id_5aa5c380_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_analysisgroup_project_id_68d3b474_fk_seqr_project_id` (`project_id`),
  KEY `seqr_analysisgroup_created_date_449e5265` (`created_date`),
  KEY `seqr_analysisgroup_last_modified_date_fd54a61b` (`last_modified_date`),
  CONSTRAINT `seqr_analysisgroup_created_by_id_5aa5c380_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `seqr_analysisgroup_project_id_68d3b474_fk_seqr_project_id` FOREIGN KEY (`project_id`) REFERENCES `seqr_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_analysisgroup_families` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `analysisgroup_id` int(11) NOT NULL,
  `family_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `seqr_analysisgroup_famil_analysisgroup_id_family__7cc922a5_uniq` (`analysisgroup_id`,`family_id`),
  KEY `seqr_analysisgroup_families_family_id_d517cb20_fk_seqr_family_id` (`family_id`),
  CONSTRAINT `seqr_analysisgroup_f_analysisgroup_id_9288b34c_fk_seqr_anal` FOREIGN KEY (`analysisgroup_id`) REFERENCES `seqr_analysisgroup` (`id`),
  CONSTRAINT `seqr_analysisgroup_families_family_id_d517cb20_fk_seqr_family_id` FOREIGN KEY (`family_id`) REFERENCES `seqr_family` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_dynamicanalysisgroup` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  `name` longtext NOT NULL,
  `criteria` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`criteria`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  UNIQUE KEY `seqr_dynamicanalysisgroup_project_id_name_8a9fcf77_uniq` (`project_id`,`name`) USING HASH,
  KEY `seqr_dynamicanalysisgroup_created_by_id_14bcbb09_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_dynamicanalysisgroup_project_id_12f3ab03_fk_seqr_project_id` (`project_id`),
  KEY `seqr_dynamicanalysisgroup_created_date_1c51e969` (`created_date`),
  KEY `seqr_dynamicanalysisgroup_last_modified_date_dfaa836a` (`last_modified_date`),
  CONSTRAINT `seqr_dynamicanalysisgroup_created_by_id_14bcbb09_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `seqr_dynamicanalysisgroup_project_id_12f3ab03_fk_seqr_project_id` FOREIGN KEY (`project_id`) REFERENCES `seqr_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_variantsearch` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `name` varchar(200) DEFAULT NULL,
  `order` double DEFAULT NULL,
  `search` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`search`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  UNIQUE KEY `seqr_variantsearch_created_by_id_name_be397ba7_uniq` (`created_by_id`,`name`),
  KEY `seqr_variantsearch_created_date_d94a7915` (`created_date`),
  KEY `seqr_variantsearch_last_modified_date_dab5b54c` (`last_modified_date`),
  CONSTRAINT `seqr_variantsearch_created_by_id_66155ce2_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_variantsearchresults` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `variant_search_id` int(11) NOT NULL,
  `search_hash` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  UNIQUE KEY `search_hash` (`search_hash`),
  KEY `seqr_variantsearchresults_created_by_id_d3c7e6c1_fk_auth_user_id` (`created_by_id`),
  KEY `seqr_variantsearchre_variant_search_id_d921940d_fk_seqr_vari` (`variant_search_id`),
  KEY `seqr_variantsearchresults_created_date_5001a799` (`created_date`),
  KEY `seqr_variantsearchresults_last_modified_date_a7862036` (`last_modified_date`),
  CONSTRAINT `seqr_variantsearchre_variant_search_id_d921940d_fk_seqr_vari` FOREIGN KEY (`variant_search_id`) REFERENCES `seqr_variantsearch` (`id`),
  CONSTRAINT `seqr_variantsearchresults_created_by_id_d3c7e6c1_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_variantsearchresults_families` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `variantsearchresults_id` int(11) NOT NULL,
  `family_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `seqr_variantsearchresult_variantsearchresults_id__0fcc1456_uniq` (`variantsearchresults_id`,`family_id`),
  KEY `seqr_variantsearchre_family_id_599ac974_fk_seqr_fami` (`family_id`),
  CONSTRAINT `seqr_variantsearchre_family_id_599ac974_fk_seqr_fami` FOREIGN KEY (`family_id`) REFERENCES `seqr_family` (`id`),
  CONSTRAINT `seqr_variantsearchre_variantsearchresults_4450a1e7_fk_seqr_vari` FOREIGN KEY (`variantsearchresults_id`) REFERENCES `seqr_variantsearchresults` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_rnaseqoutlier` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sample_id` int(11) NOT NULL,
  `gene_id` varchar(20) NOT NULL,
  `p_value` double NOT NULL,
  `p_adjust` double NOT NULL,
  `z_score` double NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `seqr_rnaseqoutlier_sample_id_gene_id_1590ddf7_uniq` (`sample_id`,`gene_id`),
  KEY `seqr_rnaseq_sample__bdd363_idx` (`sample_id`,`gene_id`),
  KEY `seqr_rnaseq_p_adjus_59a417_idx` (`p_adjust`),
  CONSTRAINT `seqr_rnaseqoutlier_sample_id_d4c3581c_fk_seqr_rnasample_id` FOREIGN KEY (`sample_id`) REFERENCES `seqr_rnasample` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_rnaseqtpm` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sample_id` int(11) NOT NULL,
  `gene_id` varchar(20) NOT NULL,
  `tpm` double NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `seqr_rnaseqtpm_sample_id_gene_id_d5c55011_uniq` (`sample_id`,`gene_id`),
  KEY `seqr_rnaseq_sample__e7153a_idx` (`sample_id`,`gene_id`),
  CONSTRAINT `seqr_rnaseqtpm_sample_id_2a3eaacf_fk_seqr_rnasample_id` FOREIGN KEY (`sample_id`) REFERENCES `seqr_rnasample` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_rnaseqspliceoutlier` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sample_id` int(11) NOT NULL,
  `gene_id` varchar(20) NOT NULL,
  `p_value` double NOT NULL,
  `p_adjust` double NOT NULL,
  `chrom` varchar(2) NOT NULL,
  `start` int(11) NOT NULL,
  `end` int(11) NOT NULL,
  `strand` varchar(1) NOT NULL,
  `type` varchar(12) NOT NULL,
  `delta_intron_jaccard_index` double NOT NULL,
  `counts` int(11) NOT NULL,
  `mean_counts` double NOT NULL,
  `total_counts` int(11) NOT NULL,
  `mean_total_counts` double NOT NULL,
  `rare_disease_samples_with_this_junction` int(11) DEFAULT NULL,
  `rare_disease_samples_total` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `seqr_rnaseqspliceoutlier_sample_id_gene_id_chrom__e41534f4_uniq` (`sample_id`,`gene_id`,`chrom`,`start`,`end`,`strand`,`type`),
  CONSTRAINT `seqr_rnaseqspliceoutlier_sample_id_913484f8_fk_seqr_rnasample_id` FOREIGN KEY (`sample_id`) REFERENCES `seqr_rnasample` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `seqr_phenotypeprioritization` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `individual_id` int(11) NOT NULL,
  `gene_id` varchar(20) NOT NULL,
  `tool` varchar(20) NOT NULL,
  `rank` int(11) NOT NULL,
  `disease_id` varchar(32) NOT NULL,
  `disease_name` longtext NOT NULL,
  `scores` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`scores`)),
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  KEY `seqr_phenotypepriori_created_by_id_c9575d6c_fk_auth_user` (`created_by_id`),
  KEY `seqr_phenotypepriori_individual_id_d77fbc81_fk_seqr_indi` (`individual_id`),
  KEY `seqr_phenotypeprioritization_created_date_f7ac4c98` (`created_date`),
  KEY `seqr_phenotypeprioritization_last_modified_date_1d889db3` (`last_modified_date`),
  CONSTRAINT `seqr_phenotypepriori_created_by_id_c9575d6c_fk_auth_user` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `seqr_phenotypepriori_individual_id_d77fbc81_fk_seqr_indi` FOREIGN KEY (`individual_id`) REFERENCES `seqr_individual` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reference_data_humanphenotypeontology` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `hpo_id` varchar(20) NOT NULL,
  `parent_id` varchar(20) DEFAULT NULL,
  `category_id` varchar(50) DEFAULT NULL,
  `is_category` tinyint(1) NOT NULL,
  `name` longtext NOT NULL,
  `definition` longtext DEFAULT NULL,
  `comment` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `hpo_id` (`hpo_id`),
  KEY `reference_data_humanphenotypeontology_category_id_792f1ae6` (`category_id`),
  KEY `reference_data_humanphenotypeontology_is_category_20198eb0` (`is_category`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reference_data_geneinfo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `gene_id` varchar(20) NOT NULL,
  `gene_symbol` longtext DEFAULT NULL,
  `chrom_grch37` varchar(2) DEFAULT NULL,
  `start_grch37` int(11) DEFAULT NULL,
  `end_grch37` int(11) DEFAULT NULL,
  `strand_grch37` varchar(1) DEFAULT NULL,
  `coding_region_size_grch37` int(11) NOT NULL,
  `chrom_grch38` varchar(2) DEFAULT NULL,
  `start_grch38` int(11) DEFAULT NULL,
  `end_grch38` int(11) DEFAULT NULL,
  `strand_grch38` varchar(1) DEFAULT NULL,
  `coding_region_size_grch38` int(11) NOT NULL,
  `gencode_gene_type` longtext DEFAULT NULL,
  `gencode_release` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `gene_id` (`gene_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reference_data_omim` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `gene_id` int(11) DEFAULT NULL,
  `chrom` varchar(2) NOT NULL,
  `start` int(11) NOT NULL,
  `end` int(11) NOT NULL,
  `mim_number` int(11) NOT NULL,
  `gene_description` longtext DEFAULT NULL,
  `comments` longtext DEFAULT NULL,
  `phenotype_inheritance` longtext DEFAULT NULL,
  `phenotype_mim_number` int(11) DEFAULT NULL,
  `phenotype_description` longtext DEFAULT NULL,
  `phenotype_map_method` varchar(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `reference_data_omim_mim_number_phenotype_mim_58c02fa6_uniq` (`mim_number`,`phenotype_mim_number`,`phenotype_description`) USING HASH,
  KEY `reference_data_omim_gene_id_fbb7959b_fk_reference` (`gene_id`),
  CONSTRAINT `reference_data_omim_gene_id_fbb7959b_fk_reference` FOREIGN KEY (`gene_id`) REFERENCES `reference_data_geneinfo` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reference_data_clingen` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `gene_id` int(11) NOT NULL,
  `haploinsufficiency` longtext NOT NULL,
  `triplosensitivity` longtext NOT NULL,
  `href` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `reference_data_cling_gene_id_15befad5_fk_reference` (`gene_id`),
  CONSTRAINT `reference_data_cling_gene_id_15befad5_fk_reference` FOREIGN KEY (`gene_id`) REFERENCES `reference_data_geneinfo` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `reference_data_dataversions` (
  `data_model_name` varchar(30) NOT NULL,
  `version` varchar(40) NOT NULL,
  PRIMARY KEY (`data_model_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `matchmaker_matchmakersubmission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `individual_id` int(11) NOT NULL,
  `submission_id` varchar(255) NOT NULL,
  `label` varchar(255) DEFAULT NULL,
  `contacts` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`contacts`)),
  `features` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`features`)),
  `deleted_date` datetime(6) DEFAULT NULL,
  `deleted_by_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  UNIQUE KEY `individual_id` (`individual_id`),
  UNIQUE KEY `submission_id` (`submission_id`),
  KEY `matchmaker_matchmake_created_by_id_73277d44_fk_auth_user` (`created_by_id`),
  KEY `matchmaker_matchmake_deleted_by_id_8c06316a_fk_auth_user` (`deleted_by_id`),
  KEY `matchmaker_matchmakersubmission_created_date_cd0efc12` (`created_date`),
  KEY `matchmaker_matchmakersubmission_last_modified_date_9cc12157` (`last_modified_date`),
  CONSTRAINT `matchmaker_matchmake_created_by_id_73277d44_fk_auth_user` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `matchmaker_matchmake_deleted_by_id_8c06316a_fk_auth_user` FOREIGN KEY (`deleted_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `matchmaker_matchmake_individual_id_18b1894e_fk_seqr_indi` FOREIGN KEY (`individual_id`) REFERENCES `seqr_individual` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `matchmaker_matchmakersubmissiongenes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `matchmaker_submission_id` int(11) NOT NULL,
  `saved_variant_id` int(11) NOT NULL,
  `gene_id` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `matchmaker_matchmake_matchmaker_submissio_f7e9480c_fk_matchmake` (`matchmaker_submission_id`),
  KEY `matchmaker_matchmake_saved_variant_id_c6776729_fk_seqr_save` (`saved_variant_id`),
  CONSTRAINT `matchmaker_matchmake_matchmaker_submissio_f7e9480c_fk_matchmake` FOREIGN KEY (`matchmaker_submission_id`) REFERENCES `matchmaker_matchmakersubmission` (`id`),
  CONSTRAINT `matchmaker_matchmake_saved_variant_id_c6776729_fk_seqr_save` FOREIGN KEY (`saved_variant_id`) REFERENCES `seqr_savedvariant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `matchmaker_matchmakerincomingquery` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `institution` varchar(255) NOT NULL,
  `patient_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  KEY `matchmaker_matchmake_created_by_id_eba90eb0_fk_auth_user` (`created_by_id`),
  KEY `matchmaker_matchmakerincomingquery_created_date_657e920d` (`created_date`),
  KEY `matchmaker_matchmakerincomingquery_last_modified_date_e87194f7` (`last_modified_date`),
  CONSTRAINT `matchmaker_matchmake_created_by_id_eba90eb0_fk_auth_user` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `matchmaker_matchmakerresult` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `submission_id` int(11) DEFAULT NULL,
  `originating_submission_id` int(11) DEFAULT NULL,
  `originating_query_id` int(11) DEFAULT NULL,
  `result_data` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(`result_data`)),
  `last_modified_by_id` int(11) DEFAULT NULL,
  `we_contacted` tinyint(1) NOT NULL,
  `host_contacted` tinyint(1) NOT NULL,
  `deemed_irrelevant` tinyint(1) NOT NULL,
  `flag_for_analysis` tinyint(1) NOT NULL,
  `comments` longtext DEFAULT NULL,
  `match_removed` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  KEY `matchmaker_matchmake_created_by_id_e0ed5e3f_fk_auth_user` (`created_by_id`),
  KEY `matchmaker_matchmake_submission_id_58341713_fk_matchmake` (`submission_id`),
  KEY `matchmaker_matchmake_originating_submissi_32f5141c_fk_matchmake` (`originating_submission_id`),
  KEY `matchmaker_matchmake_originating_query_id_f750e617_fk_matchmake` (`originating_query_id`),
  KEY `matchmaker_matchmake_last_modified_by_id_304e4081_fk_auth_user` (`last_modified_by_id`),
  KEY `matchmaker_matchmakerresult_created_date_0f062fe3` (`created_date`),
  KEY `matchmaker_matchmakerresult_last_modified_date_dd7f4d97` (`last_modified_date`),
  CONSTRAINT `matchmaker_matchmake_created_by_id_e0ed5e3f_fk_auth_user` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `matchmaker_matchmake_last_modified_by_id_304e4081_fk_auth_user` FOREIGN KEY (`last_modified_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `matchmaker_matchmake_originating_query_id_f750e617_fk_matchmake` FOREIGN KEY (`originating_query_id`) REFERENCES `matchmaker_matchmakerincomingquery` (`id`),
  CONSTRAINT `matchmaker_matchmake_originating_submissi_32f5141c_fk_matchmake` FOREIGN KEY (`originating_submission_id`) REFERENCES `matchmaker_matchmakersubmission` (`id`),
  CONSTRAINT `matchmaker_matchmake_submission_id_58341713_fk_matchmake` FOREIGN KEY (`submission_id`) REFERENCES `matchmaker_matchmakersubmission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `matchmaker_matchmakercontactnotes` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `guid` varchar(30) NOT NULL,
  `created_date` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `last_modified_date` datetime(6) DEFAULT NULL,
  `institution` varchar(200) NOT NULL,
  `comments` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guid` (`guid`),
  UNIQUE KEY `institution` (`institution`),
  KEY `matchmaker_matchmake_created_by_id_f05552e1_fk_auth_user` (`created_by_id`),
  KEY `matchmaker_matchmakercontactnotes_created_date_4433ba42` (`created_date`),
  KEY `matchmaker_matchmakercontactnotes_last_modified_date_271e5940` (`last_modified_date`),
  CONSTRAINT `matchmaker_matchmake_created_by_id_f05552e1_fk_auth_user` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `panelapp_palocuslist` (
  `seqr_locus_list_id` int(11) NOT NULL,
  `source` varchar(2) NOT NULL,
  `panel_app_id` int(11) NOT NULL,
  `disease_group` longtext DEFAULT NULL,
  `disease_sub_group` longtext DEFAULT NULL,
  `status` longtext DEFAULT NULL,
  `version` longtext DEFAULT NULL,
  `version_created` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`seqr_locus_list_id`),
  UNIQUE KEY `panelapp_palocuslist_source_panel_app_id_1a218ec0_uniq` (`source`,`panel_app_id`),
  CONSTRAINT `panelapp_palocuslist_seqr_locus_list_id_351a3af5_fk_seqr_locu` FOREIGN KEY (`seqr_locus_list_id`) REFERENCES `seqr_locuslist` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `panelapp_palocuslistgene` (
  `seqr_locus_list_gene_id` int(11) NOT NULL,
  `confidence_level` varchar(1) NOT NULL,
  `biotype` longtext DEFAULT NULL,
  `penetrance` longtext DEFAULT NULL,
  `mode_of_pathogenicity` longtext DEFAULT NULL,
  `mode_of_inheritance` longtext DEFAULT NULL,
  PRIMARY KEY (`seqr_locus_list_gene_id`),
  CONSTRAINT `panelapp_palocuslist_seqr_locus_list_gene_bd5dc90d_fk_seqr_locu` FOREIGN KEY (`seqr_locus_list_gene_id`) REFERENCES `seqr_locuslistgene` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

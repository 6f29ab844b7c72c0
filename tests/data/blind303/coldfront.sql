-- ColdFront 1.1.9 (HPC resource allocation portal, University at Buffalo CCR and other research-computing
-- centres), github.com/coldfront/coldfront, commit 9323ce60b5faa31c29550c0cc9a48e6abb937ed6 (AGPL-3.0-or-later).
-- Django migrations of the default INSTALLED_APPS run into MariaDB 10.11 (Django 5.2.19, django-simple-history
-- 3.13.0, django-q2 1.11.1), SHOW CREATE TABLE of the 62 kept tables (of 80) (see coldfront.md).

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
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

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
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

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_q_task` (
  `name` varchar(100) NOT NULL,
  `func` varchar(256) NOT NULL,
  `hook` varchar(256) DEFAULT NULL,
  `args` longtext DEFAULT NULL,
  `kwargs` longtext DEFAULT NULL,
  `result` longtext DEFAULT NULL,
  `started` datetime(6) NOT NULL,
  `stopped` datetime(6) NOT NULL,
  `success` tinyint(1) NOT NULL,
  `id` varchar(32) NOT NULL,
  `group` varchar(100) DEFAULT NULL,
  `attempt_count` int(11) NOT NULL,
  `cluster` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `success_index` (`group`,`name`,`func`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_q_schedule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `func` varchar(256) NOT NULL,
  `hook` varchar(256) DEFAULT NULL,
  `args` longtext DEFAULT NULL,
  `kwargs` longtext DEFAULT NULL,
  `schedule_type` varchar(2) NOT NULL,
  `repeats` int(11) NOT NULL,
  `next_run` datetime(6) DEFAULT NULL,
  `task` varchar(100) DEFAULT NULL,
  `name` varchar(100) DEFAULT NULL,
  `minutes` smallint(5) unsigned DEFAULT NULL CHECK (`minutes` >= 0),
  `cron` varchar(100) DEFAULT NULL,
  `cluster` varchar(100) DEFAULT NULL,
  `intended_date_kwarg` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_userprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `is_pi` tinyint(1) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `user_userprofile_user_id_2474538d_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `field_of_science_fieldofscience` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `is_selectable` tinyint(1) NOT NULL,
  `description` varchar(255) NOT NULL,
  `fos_nsf_id` int(11) DEFAULT NULL,
  `fos_nsf_abbrev` varchar(10) DEFAULT NULL,
  `directorate_fos_id` int(11) DEFAULT NULL,
  `parent_id_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `field_of_science_fieldofscience_description_720b6e6c_uniq` (`description`),
  KEY `field_of_science_fie_parent_id_id_e239934a_fk_field_of_` (`parent_id_id`),
  CONSTRAINT `field_of_science_fie_parent_id_id_e239934a_fk_field_of_` FOREIGN KEY (`parent_id_id`) REFERENCES `field_of_science_fieldofscience` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_projectstatuschoice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_projectstatuschoice_name_1a819fdf_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_project` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `title` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `force_review` tinyint(1) NOT NULL,
  `requires_review` tinyint(1) NOT NULL,
  `field_of_science_id` int(11) NOT NULL,
  `pi_id` int(11) NOT NULL,
  `status_id` int(11) NOT NULL,
  `project_code` varchar(10) NOT NULL,
  `institution` varchar(80) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_project_title_pi_id_ca8788ed_uniq` (`title`,`pi_id`),
  KEY `project_project_status_id_78c6e3dd_fk_project_p` (`status_id`),
  KEY `project_project_field_of_science_id_08ebe013_fk_field_of_` (`field_of_science_id`),
  KEY `project_project_pi_id_d89a9e2f_fk_auth_user_id` (`pi_id`),
  CONSTRAINT `project_project_field_of_science_id_08ebe013_fk_field_of_` FOREIGN KEY (`field_of_science_id`) REFERENCES `field_of_science_fieldofscience` (`id`),
  CONSTRAINT `project_project_pi_id_d89a9e2f_fk_auth_user_id` FOREIGN KEY (`pi_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `project_project_status_id_78c6e3dd_fk_project_p` FOREIGN KEY (`status_id`) REFERENCES `project_projectstatuschoice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_historicalproject` (
  `id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `title` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `force_review` tinyint(1) NOT NULL,
  `requires_review` tinyint(1) NOT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `field_of_science_id` int(11) DEFAULT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `pi_id` int(11) DEFAULT NULL,
  `status_id` int(11) DEFAULT NULL,
  `project_code` varchar(10) NOT NULL,
  `institution` varchar(80) NOT NULL,
  PRIMARY KEY (`history_id`),
  KEY `project_historicalpr_history_user_id_e17300cc_fk_auth_user` (`history_user_id`),
  KEY `project_historicalproject_id_60dca169` (`id`),
  KEY `project_historicalproject_field_of_science_id_d081d0e2` (`field_of_science_id`),
  KEY `project_historicalproject_pi_id_eeac0a31` (`pi_id`),
  KEY `project_historicalproject_status_id_568bbfc1` (`status_id`),
  KEY `project_historicalproject_history_date_c01ad32d` (`history_date`),
  CONSTRAINT `project_historicalpr_history_user_id_e17300cc_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_projectuserrolechoice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_projectuserrolechoice_name_d4880685_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_projectuserstatuschoice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_projectuserstatuschoice_name_f1f049a7_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_projectuser` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `enable_notifications` tinyint(1) NOT NULL,
  `project_id` int(11) NOT NULL,
  `role_id` int(11) NOT NULL,
  `status_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_projectuser_user_id_project_id_fd102ced_uniq` (`user_id`,`project_id`),
  KEY `project_projectuser_project_id_6e972543_fk_project_project_id` (`project_id`),
  KEY `project_projectuser_role_id_70d4c1e5_fk_project_p` (`role_id`),
  KEY `project_projectuser_status_id_2b85da74_fk_project_p` (`status_id`),
  CONSTRAINT `project_projectuser_project_id_6e972543_fk_project_project_id` FOREIGN KEY (`project_id`) REFERENCES `project_project` (`id`),
  CONSTRAINT `project_projectuser_role_id_70d4c1e5_fk_project_p` FOREIGN KEY (`role_id`) REFERENCES `project_projectuserrolechoice` (`id`),
  CONSTRAINT `project_projectuser_status_id_2b85da74_fk_project_p` FOREIGN KEY (`status_id`) REFERENCES `project_projectuserstatuschoice` (`id`),
  CONSTRAINT `project_projectuser_user_id_b5f249d9_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_historicalprojectuser` (
  `id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `enable_notifications` tinyint(1) NOT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  `role_id` int(11) DEFAULT NULL,
  `status_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `project_historicalpr_history_user_id_fc0c52b2_fk_auth_user` (`history_user_id`),
  KEY `project_historicalprojectuser_id_0c642cb6` (`id`),
  KEY `project_historicalprojectuser_project_id_5a6bf8f6` (`project_id`),
  KEY `project_historicalprojectuser_role_id_65b74013` (`role_id`),
  KEY `project_historicalprojectuser_status_id_967d8a13` (`status_id`),
  KEY `project_historicalprojectuser_user_id_798e9dbb` (`user_id`),
  KEY `project_historicalprojectuser_history_date_5f8f8384` (`history_date`),
  CONSTRAINT `project_historicalpr_history_user_id_fc0c52b2_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_projectadmincomment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `comment` longtext NOT NULL,
  `author_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `project_projectadmincomment_author_id_e2b30f43_fk_auth_user_id` (`author_id`),
  KEY `project_projectadmin_project_id_3784c2f7_fk_project_p` (`project_id`),
  CONSTRAINT `project_projectadmin_project_id_3784c2f7_fk_project_p` FOREIGN KEY (`project_id`) REFERENCES `project_project` (`id`),
  CONSTRAINT `project_projectadmincomment_author_id_e2b30f43_fk_auth_user_id` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_projectusermessage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `message` longtext NOT NULL,
  `author_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  `is_private` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `project_projectusermessage_author_id_013403d2_fk_auth_user_id` (`author_id`),
  KEY `project_projectuserm_project_id_f126dfcc_fk_project_p` (`project_id`),
  CONSTRAINT `project_projectuserm_project_id_f126dfcc_fk_project_p` FOREIGN KEY (`project_id`) REFERENCES `project_project` (`id`),
  CONSTRAINT `project_projectusermessage_author_id_013403d2_fk_auth_user_id` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_projectreviewstatuschoice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_projectreview` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `reason_for_not_updating_project` longtext DEFAULT NULL,
  `project_id` int(11) NOT NULL,
  `status_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `project_projectreview_project_id_ce613a53_fk_project_project_id` (`project_id`),
  KEY `project_projectrevie_status_id_02648ea3_fk_project_p` (`status_id`),
  CONSTRAINT `project_projectrevie_status_id_02648ea3_fk_project_p` FOREIGN KEY (`status_id`) REFERENCES `project_projectreviewstatuschoice` (`id`),
  CONSTRAINT `project_projectreview_project_id_ce613a53_fk_project_project_id` FOREIGN KEY (`project_id`) REFERENCES `project_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_historicalprojectreview` (
  `id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `reason_for_not_updating_project` longtext DEFAULT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  `status_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `project_historicalpr_history_user_id_2b716e58_fk_auth_user` (`history_user_id`),
  KEY `project_historicalprojectreview_id_1953d490` (`id`),
  KEY `project_historicalprojectreview_project_id_1692a058` (`project_id`),
  KEY `project_historicalprojectreview_status_id_d0b59bed` (`status_id`),
  KEY `project_historicalprojectreview_history_date_4a91ff25` (`history_date`),
  CONSTRAINT `project_historicalpr_history_user_id_2b716e58_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_attributetype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_projectattributetype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  `has_usage` tinyint(1) NOT NULL,
  `is_required` tinyint(1) NOT NULL,
  `is_unique` tinyint(1) NOT NULL,
  `is_private` tinyint(1) NOT NULL,
  `is_changeable` tinyint(1) NOT NULL,
  `attribute_type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `project_projectattri_attribute_type_id_e7a260c5_fk_project_a` (`attribute_type_id`),
  CONSTRAINT `project_projectattri_attribute_type_id_e7a260c5_fk_project_a` FOREIGN KEY (`attribute_type_id`) REFERENCES `project_attributetype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_projectattribute` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `value` varchar(128) NOT NULL,
  `proj_attr_type_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `project_projectattri_proj_attr_type_id_6c39aa56_fk_project_p` (`proj_attr_type_id`),
  KEY `project_projectattri_project_id_8462900b_fk_project_p` (`project_id`),
  CONSTRAINT `project_projectattri_proj_attr_type_id_6c39aa56_fk_project_p` FOREIGN KEY (`proj_attr_type_id`) REFERENCES `project_projectattributetype` (`id`),
  CONSTRAINT `project_projectattri_project_id_8462900b_fk_project_p` FOREIGN KEY (`project_id`) REFERENCES `project_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_projectattributeusage` (
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `project_attribute_id` int(11) NOT NULL,
  `value` double NOT NULL,
  PRIMARY KEY (`project_attribute_id`),
  CONSTRAINT `project_projectattri_project_attribute_id_ae6948c2_fk_project_p` FOREIGN KEY (`project_attribute_id`) REFERENCES `project_projectattribute` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `resource_attributetype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `resource_resourcetype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(128) NOT NULL,
  `description` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `resource_resource` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(128) NOT NULL,
  `description` longtext NOT NULL,
  `is_available` tinyint(1) NOT NULL,
  `is_public` tinyint(1) NOT NULL,
  `is_allocatable` tinyint(1) NOT NULL,
  `requires_payment` tinyint(1) NOT NULL,
  `parent_resource_id` int(11) DEFAULT NULL,
  `resource_type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `resource_resource_parent_resource_id_4da996fe_fk_resource_` (`parent_resource_id`),
  KEY `resource_resource_resource_type_id_f6e3f0b8_fk_resource_` (`resource_type_id`),
  CONSTRAINT `resource_resource_parent_resource_id_4da996fe_fk_resource_` FOREIGN KEY (`parent_resource_id`) REFERENCES `resource_resource` (`id`),
  CONSTRAINT `resource_resource_resource_type_id_f6e3f0b8_fk_resource_` FOREIGN KEY (`resource_type_id`) REFERENCES `resource_resourcetype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `resource_resource_allowed_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `resource_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `resource_resource_allowe_resource_id_group_id_7e58382e_uniq` (`resource_id`,`group_id`),
  KEY `resource_resource_al_group_id_8b9ff1e8_fk_auth_grou` (`group_id`),
  CONSTRAINT `resource_resource_al_group_id_8b9ff1e8_fk_auth_grou` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `resource_resource_al_resource_id_d58f1ca5_fk_resource_` FOREIGN KEY (`resource_id`) REFERENCES `resource_resource` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `resource_resource_allowed_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `resource_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `resource_resource_allowe_resource_id_user_id_50070a52_uniq` (`resource_id`,`user_id`),
  KEY `resource_resource_allowed_users_user_id_abdf284c_fk_auth_user_id` (`user_id`),
  CONSTRAINT `resource_resource_al_resource_id_8b6b9078_fk_resource_` FOREIGN KEY (`resource_id`) REFERENCES `resource_resource` (`id`),
  CONSTRAINT `resource_resource_allowed_users_user_id_abdf284c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `resource_resource_linked_resources` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `from_resource_id` int(11) NOT NULL,
  `to_resource_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `resource_resource_linked_from_resource_id_to_reso_bf0716f9_uniq` (`from_resource_id`,`to_resource_id`),
  KEY `resource_resource_li_to_resource_id_7d66ce92_fk_resource_` (`to_resource_id`),
  CONSTRAINT `resource_resource_li_from_resource_id_5293faea_fk_resource_` FOREIGN KEY (`from_resource_id`) REFERENCES `resource_resource` (`id`),
  CONSTRAINT `resource_resource_li_to_resource_id_7d66ce92_fk_resource_` FOREIGN KEY (`to_resource_id`) REFERENCES `resource_resource` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `resource_resourceattributetype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(128) NOT NULL,
  `is_required` tinyint(1) NOT NULL,
  `is_unique_per_resource` tinyint(1) NOT NULL,
  `is_value_unique` tinyint(1) NOT NULL,
  `attribute_type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `resource_resourceatt_attribute_type_id_7116f06a_fk_resource_` (`attribute_type_id`),
  CONSTRAINT `resource_resourceatt_attribute_type_id_7116f06a_fk_resource_` FOREIGN KEY (`attribute_type_id`) REFERENCES `resource_attributetype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `resource_resourceattribute` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `value` longtext NOT NULL,
  `resource_id` int(11) NOT NULL,
  `resource_attribute_type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `resource_resourceattribu_resource_attribute_type__96aa4a91_uniq` (`resource_attribute_type_id`,`resource_id`),
  KEY `resource_resourceatt_resource_id_b14a0540_fk_resource_` (`resource_id`),
  CONSTRAINT `resource_resourceatt_resource_attribute_t_fef6d610_fk_resource_` FOREIGN KEY (`resource_attribute_type_id`) REFERENCES `resource_resourceattributetype` (`id`),
  CONSTRAINT `resource_resourceatt_resource_id_b14a0540_fk_resource_` FOREIGN KEY (`resource_id`) REFERENCES `resource_resource` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_allocationstatuschoice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_allocation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `quantity` int(11) NOT NULL,
  `start_date` date DEFAULT NULL,
  `end_date` date DEFAULT NULL,
  `justification` longtext NOT NULL,
  `description` varchar(512) DEFAULT NULL,
  `project_id` int(11) NOT NULL,
  `status_id` int(11) NOT NULL,
  `is_locked` tinyint(1) NOT NULL,
  `is_changeable` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `allocation_allocation_project_id_5e458dcd_fk_project_project_id` (`project_id`),
  KEY `allocation_allocatio_status_id_b406fc52_fk_allocatio` (`status_id`),
  CONSTRAINT `allocation_allocatio_status_id_b406fc52_fk_allocatio` FOREIGN KEY (`status_id`) REFERENCES `allocation_allocationstatuschoice` (`id`),
  CONSTRAINT `allocation_allocation_project_id_5e458dcd_fk_project_project_id` FOREIGN KEY (`project_id`) REFERENCES `project_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_allocation_resources` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `allocation_id` int(11) NOT NULL,
  `resource_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `allocation_allocation_re_allocation_id_resource_i_34baa7b3_uniq` (`allocation_id`,`resource_id`),
  KEY `allocation_allocatio_resource_id_9f98fde7_fk_resource_` (`resource_id`),
  CONSTRAINT `allocation_allocatio_allocation_id_48cd5368_fk_allocatio` FOREIGN KEY (`allocation_id`) REFERENCES `allocation_allocation` (`id`),
  CONSTRAINT `allocation_allocatio_resource_id_9f98fde7_fk_resource_` FOREIGN KEY (`resource_id`) REFERENCES `resource_resource` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_historicalallocation` (
  `id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `quantity` int(11) NOT NULL,
  `start_date` date DEFAULT NULL,
  `end_date` date DEFAULT NULL,
  `justification` longtext NOT NULL,
  `description` varchar(512) DEFAULT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `project_id` int(11) DEFAULT NULL,
  `status_id` int(11) DEFAULT NULL,
  `is_locked` tinyint(1) NOT NULL,
  `is_changeable` tinyint(1) NOT NULL,
  PRIMARY KEY (`history_id`),
  KEY `allocation_historica_history_user_id_61b290ba_fk_auth_user` (`history_user_id`),
  KEY `allocation_historicalallocation_id_d5cad58a` (`id`),
  KEY `allocation_historicalallocation_project_id_de9ddaae` (`project_id`),
  KEY `allocation_historicalallocation_status_id_2d61603b` (`status_id`),
  KEY `allocation_historicalallocation_history_date_419f6c54` (`history_date`),
  CONSTRAINT `allocation_historica_history_user_id_61b290ba_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_allocationadminnote` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `note` longtext NOT NULL,
  `allocation_id` int(11) NOT NULL,
  `author_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `allocation_allocatio_allocation_id_06fcb8a0_fk_allocatio` (`allocation_id`),
  KEY `allocation_allocatio_author_id_5bfce103_fk_auth_user` (`author_id`),
  CONSTRAINT `allocation_allocatio_allocation_id_06fcb8a0_fk_allocatio` FOREIGN KEY (`allocation_id`) REFERENCES `allocation_allocation` (`id`),
  CONSTRAINT `allocation_allocatio_author_id_5bfce103_fk_auth_user` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_allocationusernote` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `is_private` tinyint(1) NOT NULL,
  `note` longtext NOT NULL,
  `allocation_id` int(11) NOT NULL,
  `author_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `allocation_allocatio_allocation_id_9c4808b1_fk_allocatio` (`allocation_id`),
  KEY `allocation_allocationusernote_author_id_57b25b8f_fk_auth_user_id` (`author_id`),
  CONSTRAINT `allocation_allocatio_allocation_id_9c4808b1_fk_allocatio` FOREIGN KEY (`allocation_id`) REFERENCES `allocation_allocation` (`id`),
  CONSTRAINT `allocation_allocationusernote_author_id_57b25b8f_fk_auth_user_id` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_attributetype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_allocationattributetype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  `has_usage` tinyint(1) NOT NULL,
  `is_required` tinyint(1) NOT NULL,
  `is_unique` tinyint(1) NOT NULL,
  `is_private` tinyint(1) NOT NULL,
  `attribute_type_id` int(11) NOT NULL,
  `is_changeable` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `allocation_allocatio_attribute_type_id_732f910f_fk_allocatio` (`attribute_type_id`),
  CONSTRAINT `allocation_allocatio_attribute_type_id_732f910f_fk_allocatio` FOREIGN KEY (`attribute_type_id`) REFERENCES `allocation_attributetype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_allocationattribute` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `value` varchar(128) NOT NULL,
  `allocation_id` int(11) NOT NULL,
  `allocation_attribute_type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `allocation_allocatio_allocation_attribute_93461ad6_fk_allocatio` (`allocation_attribute_type_id`),
  KEY `allocation_allocatio_allocation_id_13033841_fk_allocatio` (`allocation_id`),
  CONSTRAINT `allocation_allocatio_allocation_attribute_93461ad6_fk_allocatio` FOREIGN KEY (`allocation_attribute_type_id`) REFERENCES `allocation_allocationattributetype` (`id`),
  CONSTRAINT `allocation_allocatio_allocation_id_13033841_fk_allocatio` FOREIGN KEY (`allocation_id`) REFERENCES `allocation_allocation` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_allocationattributeusage` (
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `allocation_attribute_id` int(11) NOT NULL,
  `value` double NOT NULL,
  PRIMARY KEY (`allocation_attribute_id`),
  CONSTRAINT `allocation_allocatio_allocation_attribute_179f0a2d_fk_allocatio` FOREIGN KEY (`allocation_attribute_id`) REFERENCES `allocation_allocationattribute` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_historicalallocationattributeusage` (
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `value` double NOT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `allocation_attribute_id` int(11) DEFAULT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `allocation_historica_history_user_id_842acff8_fk_auth_user` (`history_user_id`),
  KEY `allocation_historicalalloca_allocation_attribute_id_777fa750` (`allocation_attribute_id`),
  KEY `allocation_historicalalloca_history_date_14ba984b` (`history_date`),
  CONSTRAINT `allocation_historica_history_user_id_842acff8_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_allocationuserstatuschoice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_allocationuser` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `allocation_id` int(11) NOT NULL,
  `status_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `allocation_allocationuser_user_id_allocation_id_7228b95f_uniq` (`user_id`,`allocation_id`),
  KEY `allocation_allocatio_allocation_id_cbec4328_fk_allocatio` (`allocation_id`),
  KEY `allocation_allocatio_status_id_2118a472_fk_allocatio` (`status_id`),
  CONSTRAINT `allocation_allocatio_allocation_id_cbec4328_fk_allocatio` FOREIGN KEY (`allocation_id`) REFERENCES `allocation_allocation` (`id`),
  CONSTRAINT `allocation_allocatio_status_id_2118a472_fk_allocatio` FOREIGN KEY (`status_id`) REFERENCES `allocation_allocationuserstatuschoice` (`id`),
  CONSTRAINT `allocation_allocationuser_user_id_41de8fc3_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_historicalallocationuser` (
  `id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `allocation_id` int(11) DEFAULT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `status_id` int(11) DEFAULT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `allocation_historica_history_user_id_855d3b19_fk_auth_user` (`history_user_id`),
  KEY `allocation_historicalallocationuser_id_b8f3ad63` (`id`),
  KEY `allocation_historicalallocationuser_allocation_id_131d8e6b` (`allocation_id`),
  KEY `allocation_historicalallocationuser_status_id_8ba69c0f` (`status_id`),
  KEY `allocation_historicalallocationuser_user_id_64117d10` (`user_id`),
  KEY `allocation_historicalallocationuser_history_date_c696a461` (`history_date`),
  CONSTRAINT `allocation_historica_history_user_id_855d3b19_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_allocationaccount` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(64) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `allocation_allocationaccount_user_id_8783d9ae_fk_auth_user_id` (`user_id`),
  CONSTRAINT `allocation_allocationaccount_user_id_8783d9ae_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_allocationchangestatuschoice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_allocationchangerequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `end_date_extension` int(11) DEFAULT NULL,
  `justification` longtext NOT NULL,
  `notes` varchar(512) DEFAULT NULL,
  `allocation_id` int(11) NOT NULL,
  `status_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `allocation_allocatio_allocation_id_ad985bc4_fk_allocatio` (`allocation_id`),
  KEY `allocation_allocatio_status_id_76aa30bf_fk_allocatio` (`status_id`),
  CONSTRAINT `allocation_allocatio_allocation_id_ad985bc4_fk_allocatio` FOREIGN KEY (`allocation_id`) REFERENCES `allocation_allocation` (`id`),
  CONSTRAINT `allocation_allocatio_status_id_76aa30bf_fk_allocatio` FOREIGN KEY (`status_id`) REFERENCES `allocation_allocationchangestatuschoice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_historicalallocationchangerequest` (
  `id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `end_date_extension` int(11) DEFAULT NULL,
  `justification` longtext NOT NULL,
  `notes` varchar(512) DEFAULT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` varchar(100) DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `allocation_id` int(11) DEFAULT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `status_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `allocation_historica_history_user_id_089040a8_fk_auth_user` (`history_user_id`),
  KEY `allocation_historicalallocationchangerequest_id_da47945f` (`id`),
  KEY `allocation_historicalalloca_allocation_id_06dfdbf8` (`allocation_id`),
  KEY `allocation_historicalallocationchangerequest_status_id_e548aa4b` (`status_id`),
  KEY `allocation_historicalalloca_history_date_623b8466` (`history_date`),
  CONSTRAINT `allocation_historica_history_user_id_089040a8_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `allocation_allocationattributechangerequest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `new_value` varchar(128) NOT NULL,
  `allocation_attribute_id` int(11) NOT NULL,
  `allocation_change_request_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `allocation_allocatio_allocation_attribute_bc328b02_fk_allocatio` (`allocation_attribute_id`),
  KEY `allocation_allocatio_allocation_change_re_fc1fcc16_fk_allocatio` (`allocation_change_request_id`),
  CONSTRAINT `allocation_allocatio_allocation_attribute_bc328b02_fk_allocatio` FOREIGN KEY (`allocation_attribute_id`) REFERENCES `allocation_allocationattribute` (`id`),
  CONSTRAINT `allocation_allocatio_allocation_change_re_fc1fcc16_fk_allocatio` FOREIGN KEY (`allocation_change_request_id`) REFERENCES `allocation_allocationchangerequest` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `grant_grantfundingagency` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `grant_grantfundingagency_name_d31b3da3_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `grant_grantstatuschoice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `grant_grantstatuschoice_name_ed58e1d2_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `grant_grant` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `title` varchar(255) NOT NULL,
  `grant_number` varchar(255) NOT NULL,
  `role` varchar(10) NOT NULL,
  `grant_pi_full_name` varchar(255) NOT NULL,
  `other_funding_agency` varchar(255) NOT NULL,
  `other_award_number` varchar(255) NOT NULL,
  `grant_start` date NOT NULL,
  `grant_end` date NOT NULL,
  `percent_credit` varchar(100) NOT NULL,
  `direct_funding` varchar(100) NOT NULL,
  `total_amount_awarded` varchar(100) NOT NULL,
  `funding_agency_id` int(11) NOT NULL,
  `project_id` int(11) NOT NULL,
  `status_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `grant_grant_funding_agency_id_1a97c398_fk_grant_gra` (`funding_agency_id`),
  KEY `grant_grant_project_id_0253a10c_fk_project_project_id` (`project_id`),
  KEY `grant_grant_status_id_0f6d02ab_fk_grant_grantstatuschoice_id` (`status_id`),
  CONSTRAINT `grant_grant_funding_agency_id_1a97c398_fk_grant_gra` FOREIGN KEY (`funding_agency_id`) REFERENCES `grant_grantfundingagency` (`id`),
  CONSTRAINT `grant_grant_project_id_0253a10c_fk_project_project_id` FOREIGN KEY (`project_id`) REFERENCES `project_project` (`id`),
  CONSTRAINT `grant_grant_status_id_0f6d02ab_fk_grant_grantstatuschoice_id` FOREIGN KEY (`status_id`) REFERENCES `grant_grantstatuschoice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `publication_publicationsource` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `url` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `publication_publicationsource_name_da811deb_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `publication_publication` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `title` varchar(1024) NOT NULL,
  `author` varchar(1024) NOT NULL,
  `year` int(10) unsigned NOT NULL CHECK (`year` >= 0),
  `unique_id` varchar(255) DEFAULT NULL,
  `status` varchar(16) NOT NULL,
  `project_id` int(11) NOT NULL,
  `source_id` int(11) NOT NULL,
  `journal` varchar(1024) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `publication_publication_project_id_unique_id_3cca3e2b_uniq` (`project_id`,`unique_id`),
  KEY `publication_publicat_source_id_bad513c4_fk_publicati` (`source_id`),
  CONSTRAINT `publication_publicat_project_id_71866df3_fk_project_p` FOREIGN KEY (`project_id`) REFERENCES `project_project` (`id`),
  CONSTRAINT `publication_publicat_source_id_bad513c4_fk_publicati` FOREIGN KEY (`source_id`) REFERENCES `publication_publicationsource` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `research_output_researchoutput` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `modified` datetime(6) NOT NULL,
  `title` varchar(128) NOT NULL,
  `description` longtext NOT NULL,
  `created` datetime(6) NOT NULL,
  `created_by_id` int(11) DEFAULT NULL,
  `project_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `research_output_rese_created_by_id_7104bdb3_fk_auth_user` (`created_by_id`),
  KEY `research_output_rese_project_id_9515e307_fk_project_p` (`project_id`),
  CONSTRAINT `research_output_rese_created_by_id_7104bdb3_fk_auth_user` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `research_output_rese_project_id_9515e307_fk_project_p` FOREIGN KEY (`project_id`) REFERENCES `project_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- Kiwi TCMS, database schema on MariaDB (upstream's default database engine)
-- Source: github.com/kiwitcms/Kiwi, commit dfcf75920db11b4cb67bb66b37b378afda5cef32 (GPL-2.0); every Django
--   migration of the installed apps (Kiwi's own apps, django.contrib auth/admin/sessions/sites/contenttypes,
--   django-contrib-comments, django-guardian, django-simple-history, django-attachments, django-simple-captcha)
--   applied by `manage.py migrate` on MariaDB 10.11 and dumped with `mysqldump --no-data`; tables ordered so
--   that referenced tables come first.

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
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB AUTO_INCREMENT=59 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `attachments_attachment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_id` varchar(64) NOT NULL,
  `attachment_file` varchar(100) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `creator_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `attachments_attachme_content_type_id_35dd9d5d_fk_django_co` (`content_type_id`),
  KEY `attachments_attachment_creator_id_d471ef83_fk_auth_user_id` (`creator_id`),
  KEY `attachments_attachment_created_96fbcd43` (`created`),
  KEY `attachments_attachment_modified_1d39a3d7` (`modified`),
  KEY `attachments_attachment_object_id_102ce831` (`object_id`),
  CONSTRAINT `attachments_attachme_content_type_id_35dd9d5d_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `attachments_attachment_creator_id_d471ef83_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=235 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

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

CREATE TABLE `bugs_severity` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `weight` int(11) NOT NULL,
  `icon` varchar(64) NOT NULL,
  `color` varchar(25) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `management_classification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `management_product` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `classification_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `management_product_classification_id_e4e18e09_fk_managemen` (`classification_id`),
  CONSTRAINT `management_product_classification_id_e4e18e09_fk_managemen` FOREIGN KEY (`classification_id`) REFERENCES `management_classification` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `management_version` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value` varchar(192) NOT NULL,
  `product_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `management_version_product_id_value_97d2c1b8_uniq` (`product_id`,`value`),
  CONSTRAINT `management_version_product_id_f1cf2daf_fk_management_product_id` FOREIGN KEY (`product_id`) REFERENCES `management_product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `management_build` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `version_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `management_build_version_id_name_0ca02373_uniq` (`version_id`,`name`),
  KEY `management_build_version_id_b16465e8` (`version_id`),
  CONSTRAINT `management_build_version_id_b16465e8_fk_management_version_id` FOREIGN KEY (`version_id`) REFERENCES `management_version` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `bugs_bug` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `summary` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `status` tinyint(1) NOT NULL,
  `assignee_id` int(11) DEFAULT NULL,
  `build_id` int(11) NOT NULL,
  `product_id` int(11) NOT NULL,
  `reporter_id` int(11) NOT NULL,
  `version_id` int(11) NOT NULL,
  `severity_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `bugs_bug_assignee_id_2006cbf7_fk_auth_user_id` (`assignee_id`),
  KEY `bugs_bug_build_id_f3b6bc1b_fk_management_build_id` (`build_id`),
  KEY `bugs_bug_product_id_a052f422_fk_management_product_id` (`product_id`),
  KEY `bugs_bug_reporter_id_f3c433c0_fk_auth_user_id` (`reporter_id`),
  KEY `bugs_bug_version_id_9e5c9e9d_fk_management_version_id` (`version_id`),
  KEY `bugs_bug_summary_8321d37f` (`summary`),
  KEY `bugs_bug_created_at_f132529e` (`created_at`),
  KEY `bugs_bug_status_3e54f71f` (`status`),
  KEY `bugs_bug_severity_id_e3498925_fk_bugs_severity_id` (`severity_id`),
  CONSTRAINT `bugs_bug_assignee_id_2006cbf7_fk_auth_user_id` FOREIGN KEY (`assignee_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `bugs_bug_build_id_f3b6bc1b_fk_management_build_id` FOREIGN KEY (`build_id`) REFERENCES `management_build` (`id`),
  CONSTRAINT `bugs_bug_product_id_a052f422_fk_management_product_id` FOREIGN KEY (`product_id`) REFERENCES `management_product` (`id`),
  CONSTRAINT `bugs_bug_reporter_id_f3c433c0_fk_auth_user_id` FOREIGN KEY (`reporter_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `bugs_bug_severity_id_e3498925_fk_bugs_severity_id` FOREIGN KEY (`severity_id`) REFERENCES `bugs_severity` (`id`),
  CONSTRAINT `bugs_bug_version_id_9e5c9e9d_fk_management_version_id` FOREIGN KEY (`version_id`) REFERENCES `management_version` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `management_priority` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `value` varchar(64) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `value` (`value`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testcases_category` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `product_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `testcases_category_product_id_name_6f991fe0_uniq` (`product_id`,`name`),
  CONSTRAINT `testcases_category_product_id_f26067e7_fk_management_product_id` FOREIGN KEY (`product_id`) REFERENCES `management_product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testcases_testcasestatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` longtext DEFAULT NULL,
  `is_confirmed` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `testcases_testcasestatus_is_confirmed_ba7f915d` (`is_confirmed`)
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testcases_testcase` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `create_date` datetime(6) NOT NULL,
  `script` longtext DEFAULT NULL,
  `arguments` longtext DEFAULT NULL,
  `extra_link` varchar(1024) DEFAULT NULL,
  `summary` varchar(255) NOT NULL,
  `requirement` varchar(255) DEFAULT NULL,
  `notes` longtext DEFAULT NULL,
  `author_id` int(11) NOT NULL,
  `case_status_id` int(11) NOT NULL,
  `category_id` int(11) NOT NULL,
  `default_tester_id` int(11) DEFAULT NULL,
  `priority_id` int(11) NOT NULL,
  `reviewer_id` int(11) DEFAULT NULL,
  `text` longtext NOT NULL,
  `is_automated` tinyint(1) NOT NULL,
  `setup_duration` bigint(20) DEFAULT NULL,
  `testing_duration` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `testcases_testcase_author_id_40ee8140_fk_auth_user_id` (`author_id`),
  KEY `testcases_testcase_case_status_id_506e2b3f_fk_testcases` (`case_status_id`),
  KEY `testcases_testcase_category_id_f52a4b36_fk_testcases` (`category_id`),
  KEY `testcases_testcase_default_tester_id_d9c8faf2_fk_auth_user_id` (`default_tester_id`),
  KEY `testcases_testcase_priority_id_06e62b85_fk_managemen` (`priority_id`),
  KEY `testcases_testcase_reviewer_id_4be5756e_fk_auth_user_id` (`reviewer_id`),
  KEY `testcases_testcase_summary_511d8323` (`summary`),
  KEY `testcases_testcase_setup_duration_56e5887d` (`setup_duration`),
  KEY `testcases_testcase_testing_duration_3ae6ba2d` (`testing_duration`),
  CONSTRAINT `testcases_testcase_author_id_40ee8140_fk_auth_user_id` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `testcases_testcase_case_status_id_506e2b3f_fk_testcases` FOREIGN KEY (`case_status_id`) REFERENCES `testcases_testcasestatus` (`id`),
  CONSTRAINT `testcases_testcase_category_id_f52a4b36_fk_testcases` FOREIGN KEY (`category_id`) REFERENCES `testcases_category` (`id`),
  CONSTRAINT `testcases_testcase_default_tester_id_d9c8faf2_fk_auth_user_id` FOREIGN KEY (`default_tester_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `testcases_testcase_priority_id_06e62b85_fk_managemen` FOREIGN KEY (`priority_id`) REFERENCES `management_priority` (`id`),
  CONSTRAINT `testcases_testcase_reviewer_id_4be5756e_fk_auth_user_id` FOREIGN KEY (`reviewer_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testruns_testexecutionstatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(60) NOT NULL,
  `icon` varchar(64) NOT NULL,
  `color` varchar(25) NOT NULL,
  `weight` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testplans_plantype` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `description` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB AUTO_INCREMENT=12 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testplans_testplan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `text` longtext NOT NULL,
  `create_date` datetime(6) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `extra_link` varchar(1024) DEFAULT NULL,
  `author_id` int(11) NOT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `product_id` int(11) NOT NULL,
  `product_version_id` int(11) NOT NULL,
  `type_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `testplans_testplan_author_id_8fc1910b_fk_auth_user_id` (`author_id`),
  KEY `testplans_testplan_parent_id_c3460a73_fk_testplans` (`parent_id`),
  KEY `testplans_testplan_product_id_6e99180c_fk_management_product_id` (`product_id`),
  KEY `testplans_testplan_product_version_id_0ad731f7_fk_managemen` (`product_version_id`),
  KEY `testplans_testplan_type_id_b83ae87b_fk_testplans` (`type_id`),
  KEY `testplans_testplan_name_0bcb1318` (`name`),
  KEY `testplans_testplan_isactive_4efcc884` (`is_active`),
  CONSTRAINT `testplans_testplan_author_id_8fc1910b_fk_auth_user_id` FOREIGN KEY (`author_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `testplans_testplan_parent_id_c3460a73_fk_testplans` FOREIGN KEY (`parent_id`) REFERENCES `testplans_testplan` (`id`),
  CONSTRAINT `testplans_testplan_product_id_6e99180c_fk_management_product_id` FOREIGN KEY (`product_id`) REFERENCES `management_product` (`id`),
  CONSTRAINT `testplans_testplan_product_version_id_0ad731f7_fk_managemen` FOREIGN KEY (`product_version_id`) REFERENCES `management_version` (`id`),
  CONSTRAINT `testplans_testplan_type_id_b83ae87b_fk_testplans` FOREIGN KEY (`type_id`) REFERENCES `testplans_plantype` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testruns_testrun` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start_date` datetime(6) DEFAULT NULL,
  `stop_date` datetime(6) DEFAULT NULL,
  `summary` longtext NOT NULL,
  `notes` longtext NOT NULL,
  `build_id` int(11) NOT NULL,
  `default_tester_id` int(11) DEFAULT NULL,
  `manager_id` int(11) NOT NULL,
  `plan_id` int(11) NOT NULL,
  `planned_start` datetime(6) DEFAULT NULL,
  `planned_stop` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `testruns_testrun_default_tester_id_cfd29db3_fk_auth_user_id` (`default_tester_id`),
  KEY `testruns_testrun_manager_id_3b380cf6_fk_auth_user_id` (`manager_id`),
  KEY `testruns_testrun_plan_id_6c5c942a_fk_testplans_testplan_plan_id` (`plan_id`),
  KEY `testruns_testrun_build_id_fca012cf_fk_management_build_id` (`build_id`),
  KEY `testruns_testrun_start_date_069af648` (`start_date`),
  KEY `testruns_testrun_stop_date_ef2271e8` (`stop_date`),
  KEY `testruns_testrun_planned_start_ea8990da` (`planned_start`),
  KEY `testruns_testrun_planned_stop_db2c9977` (`planned_stop`),
  CONSTRAINT `testruns_testrun_build_id_fca012cf_fk_management_build_id` FOREIGN KEY (`build_id`) REFERENCES `management_build` (`id`),
  CONSTRAINT `testruns_testrun_default_tester_id_cfd29db3_fk_auth_user_id` FOREIGN KEY (`default_tester_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `testruns_testrun_manager_id_3b380cf6_fk_auth_user_id` FOREIGN KEY (`manager_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `testruns_testrun_plan_id_6c5c942a_fk_testplans_testplan_plan_id` FOREIGN KEY (`plan_id`) REFERENCES `testplans_testplan` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testruns_testexecution` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `case_text_version` int(11) NOT NULL,
  `stop_date` datetime(6) DEFAULT NULL,
  `sortkey` int(11) DEFAULT NULL,
  `assignee_id` int(11) DEFAULT NULL,
  `build_id` int(11) NOT NULL,
  `case_id` int(11) NOT NULL,
  `status_id` int(11) NOT NULL,
  `run_id` int(11) NOT NULL,
  `tested_by_id` int(11) DEFAULT NULL,
  `start_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `testruns_testcaserun_run_id_749e1f8b_fk_testruns_testrun_run_id` (`run_id`),
  KEY `testruns_testcaserun_tested_by_id_f03a7efe_fk_auth_user_id` (`tested_by_id`),
  KEY `testruns_testcaserun_assignee_id_0953e76e_fk_auth_user_id` (`assignee_id`),
  KEY `testruns_testcaserun_build_id_377936c9_fk_management_build_id` (`build_id`),
  KEY `testruns_testexecuti_status_id_82e677b4_fk_testruns_` (`status_id`),
  KEY `testruns_testexecution_stop_date_1e245a90` (`stop_date`),
  KEY `testruns_testexecution_start_date_d50373f5` (`start_date`),
  KEY `testruns_testexecution_case_id_24b74b89` (`case_id`),
  CONSTRAINT `testruns_testcaserun_assignee_id_0953e76e_fk_auth_user_id` FOREIGN KEY (`assignee_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `testruns_testcaserun_build_id_377936c9_fk_management_build_id` FOREIGN KEY (`build_id`) REFERENCES `management_build` (`id`),
  CONSTRAINT `testruns_testcaserun_case_id_391a4725_fk_testcases` FOREIGN KEY (`case_id`) REFERENCES `testcases_testcase` (`id`),
  CONSTRAINT `testruns_testcaserun_run_id_749e1f8b_fk_testruns_testrun_run_id` FOREIGN KEY (`run_id`) REFERENCES `testruns_testrun` (`id`),
  CONSTRAINT `testruns_testcaserun_tested_by_id_f03a7efe_fk_auth_user_id` FOREIGN KEY (`tested_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `testruns_testexecuti_status_id_82e677b4_fk_testruns_` FOREIGN KEY (`status_id`) REFERENCES `testruns_testexecutionstatus` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `bugs_bug_executions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `bug_id` int(11) NOT NULL,
  `testexecution_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bugs_bug_executions_bug_id_testexecution_id_0fd55cb1_uniq` (`bug_id`,`testexecution_id`),
  KEY `bugs_bug_executions_testexecution_id_b835d93d_fk_testruns_` (`testexecution_id`),
  CONSTRAINT `bugs_bug_executions_bug_id_3a87c570_fk_bugs_bug_id` FOREIGN KEY (`bug_id`) REFERENCES `bugs_bug` (`id`),
  CONSTRAINT `bugs_bug_executions_testexecution_id_b835d93d_fk_testruns_` FOREIGN KEY (`testexecution_id`) REFERENCES `testruns_testexecution` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `management_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `bugs_bug_tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `bug_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bugs_bug_tags_bug_id_tag_id_e88c85cd_uniq` (`bug_id`,`tag_id`),
  KEY `bugs_bug_tags_tag_id_c3ddee2f_fk_management_tag_id` (`tag_id`),
  CONSTRAINT `bugs_bug_tags_bug_id_d465bac2_fk_bugs_bug_id` FOREIGN KEY (`bug_id`) REFERENCES `bugs_bug` (`id`),
  CONSTRAINT `bugs_bug_tags_tag_id_c3ddee2f_fk_management_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `management_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `captcha_captchastore` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `challenge` varchar(32) NOT NULL,
  `response` varchar(32) NOT NULL,
  `hashkey` varchar(40) NOT NULL,
  `expiration` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `hashkey` (`hashkey`)
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

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_comments` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_pk` varchar(64) NOT NULL,
  `user_name` varchar(50) NOT NULL,
  `user_email` varchar(254) NOT NULL,
  `user_url` varchar(200) NOT NULL,
  `comment` longtext NOT NULL,
  `submit_date` datetime(6) NOT NULL,
  `ip_address` char(39) DEFAULT NULL,
  `is_public` tinyint(1) NOT NULL,
  `is_removed` tinyint(1) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `site_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `django_comments_content_type_id_c4afe962_fk_django_co` (`content_type_id`),
  KEY `django_comments_site_id_9dcf666e_fk_django_site_id` (`site_id`),
  KEY `django_comments_user_id_a0a440a1_fk_auth_user_id` (`user_id`),
  KEY `django_comments_submit_date_514ed2d9` (`submit_date`),
  KEY `django_comments_is_removed_52a03ae3` (`is_removed`),
  KEY `django_comments_object_pk_7fc98e83` (`object_pk`),
  CONSTRAINT `django_comments_content_type_id_c4afe962_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_comments_site_id_9dcf666e_fk_django_site_id` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`),
  CONSTRAINT `django_comments_user_id_a0a440a1_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_comment_flags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `flag` varchar(30) NOT NULL,
  `flag_date` datetime(6) NOT NULL,
  `comment_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_comment_flags_user_id_comment_id_flag_537f77a7_uniq` (`user_id`,`comment_id`,`flag`),
  KEY `django_comment_flags_comment_id_d8054933_fk_django_comments_id` (`comment_id`),
  KEY `django_comment_flags_flag_8b141fcb` (`flag`),
  CONSTRAINT `django_comment_flags_comment_id_d8054933_fk_django_comments_id` FOREIGN KEY (`comment_id`) REFERENCES `django_comments` (`id`),
  CONSTRAINT `django_comment_flags_user_id_f3f81f0a_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=101 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `guardian_groupobjectpermission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `object_pk` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guardian_groupobjectperm_group_id_permission_id_o_3f189f7c_uniq` (`group_id`,`permission_id`,`object_pk`),
  KEY `guardian_groupobjectpermission_content_type_id_7ade36b8` (`content_type_id`),
  KEY `guardian_gr_permiss_83545c_idx` (`permission_id`,`group_id`,`content_type_id`,`object_pk`),
  KEY `guardian_gr_group_i_9e7d12_idx` (`group_id`,`content_type_id`,`object_pk`),
  CONSTRAINT `guardian_groupobject_content_type_id_7ade36b8_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `guardian_groupobject_group_id_4bbbfb62_fk_auth_grou` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `guardian_groupobject_permission_id_36572738_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
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

CREATE TABLE `kiwi_auth_useractivationkey` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `activation_key` varchar(64) DEFAULT NULL,
  `key_expires` datetime(6) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `kiwi_auth_useractivationkey_user_id_cb6f6f73_fk_auth_user_id` (`user_id`),
  CONSTRAINT `kiwi_auth_useractivationkey_user_id_cb6f6f73_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `linkreference_linkreference` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `execution_id` int(11) NOT NULL,
  `name` varchar(64) NOT NULL,
  `url` varchar(200) NOT NULL,
  `created_on` datetime(6) NOT NULL,
  `is_defect` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `linkreference_linkre_execution_id_0f007e30_fk_testruns_` (`execution_id`),
  KEY `linkreference_linkreference_created_on_9a8e5281` (`created_on`),
  KEY `linkreference_linkreference_is_defect_1afb0f5c` (`is_defect`),
  KEY `linkreference_linkreference_url_a67ef7ca` (`url`),
  CONSTRAINT `linkreference_linkre_execution_id_0f007e30_fk_testruns_` FOREIGN KEY (`execution_id`) REFERENCES `testruns_testexecution` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `management_component` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL,
  `description` longtext NOT NULL,
  `initial_owner_id` int(11) DEFAULT NULL,
  `product_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `management_component_product_id_name_2bff48aa_uniq` (`product_id`,`name`),
  KEY `management_component_initial_owner_id_983a4de8_fk_auth_user_id` (`initial_owner_id`),
  CONSTRAINT `management_component_initial_owner_id_983a4de8_fk_auth_user_id` FOREIGN KEY (`initial_owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `management_component_product_id_82d6de7e_fk_managemen` FOREIGN KEY (`product_id`) REFERENCES `management_product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `management_historicalbuild` (
  `id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` longtext DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `version_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `management_historica_history_user_id_c21b0276_fk_auth_user` (`history_user_id`),
  KEY `management_historicalbuild_id_a3970dc3` (`id`),
  KEY `management_historicalbuild_history_date_a2dcbd09` (`history_date`),
  KEY `management_historicalbuild_version_id_b87f63cf` (`version_id`),
  CONSTRAINT `management_historica_history_user_id_c21b0276_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `management_historicalproduct` (
  `id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` longtext DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `classification_id` int(11) DEFAULT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `management_historica_history_user_id_5e0120bf_fk_auth_user` (`history_user_id`),
  KEY `management_historicalproduct_id_f0adce96` (`id`),
  KEY `management_historicalproduct_name_29262544` (`name`),
  KEY `management_historicalproduct_history_date_c3ab23c5` (`history_date`),
  KEY `management_historicalproduct_classification_id_4c3d1647` (`classification_id`),
  CONSTRAINT `management_historica_history_user_id_5e0120bf_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `management_historicalversion` (
  `id` int(11) NOT NULL,
  `value` varchar(192) NOT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` longtext DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `product_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `management_historica_history_user_id_4850e2a9_fk_auth_user` (`history_user_id`),
  KEY `management_historicalversion_id_07787525` (`id`),
  KEY `management_historicalversion_history_date_8bb1cbc8` (`history_date`),
  KEY `management_historicalversion_product_id_ddb6f29d` (`product_id`),
  CONSTRAINT `management_historica_history_user_id_4850e2a9_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testcases_bugsystem` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `api_url` varchar(1024) DEFAULT NULL,
  `api_password` varchar(256) DEFAULT NULL,
  `api_username` varchar(256) DEFAULT NULL,
  `tracker_type` varchar(128) NOT NULL,
  `base_url` varchar(1024) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testcases_historicaltemplate` (
  `id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `text` longtext NOT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_date` datetime(6) NOT NULL,
  `history_change_reason` longtext DEFAULT NULL,
  `history_type` varchar(1) NOT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `testcases_historical_history_user_id_0234739e_fk_auth_user` (`history_user_id`),
  KEY `testcases_historicaltemplate_id_75442f7f` (`id`),
  KEY `testcases_historicaltemplate_history_date_b1bbfd15` (`history_date`),
  CONSTRAINT `testcases_historical_history_user_id_0234739e_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testcases_historicaltestcase` (
  `id` int(11) NOT NULL,
  `create_date` datetime(6) NOT NULL,
  `script` longtext DEFAULT NULL,
  `arguments` longtext DEFAULT NULL,
  `extra_link` varchar(1024) DEFAULT NULL,
  `summary` varchar(255) NOT NULL,
  `requirement` varchar(255) DEFAULT NULL,
  `notes` longtext DEFAULT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_change_reason` longtext DEFAULT NULL,
  `history_date` datetime(6) NOT NULL,
  `history_type` varchar(1) NOT NULL,
  `author_id` int(11) DEFAULT NULL,
  `case_status_id` int(11) DEFAULT NULL,
  `category_id` int(11) DEFAULT NULL,
  `default_tester_id` int(11) DEFAULT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `priority_id` int(11) DEFAULT NULL,
  `reviewer_id` int(11) DEFAULT NULL,
  `text` longtext NOT NULL,
  `is_automated` tinyint(1) NOT NULL,
  `setup_duration` bigint(20) DEFAULT NULL,
  `testing_duration` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `testcases_historical_history_user_id_7091ce1e_fk_auth_user` (`history_user_id`),
  KEY `testcases_historicaltestcase_case_id_5aa11a82` (`id`),
  KEY `testcases_historicaltestcase_author_id_0cb2d010` (`author_id`),
  KEY `testcases_historicaltestcase_case_status_id_35c6b721` (`case_status_id`),
  KEY `testcases_historicaltestcase_category_id_05519a7a` (`category_id`),
  KEY `testcases_historicaltestcase_default_tester_id_4096f1c6` (`default_tester_id`),
  KEY `testcases_historicaltestcase_priority_id_defa02c4` (`priority_id`),
  KEY `testcases_historicaltestcase_reviewer_id_33c64d01` (`reviewer_id`),
  KEY `testcases_historicaltestcase_summary_92d50821` (`summary`),
  KEY `testcases_historicaltestcase_setup_duration_2342e865` (`setup_duration`),
  KEY `testcases_historicaltestcase_testing_duration_63c88e57` (`testing_duration`),
  KEY `testcases_historicaltestcase_history_date_fe588372` (`history_date`),
  CONSTRAINT `testcases_historical_history_user_id_7091ce1e_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testcases_property` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  `case_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `testcases_property_case_id_ce458207_fk_testcases_testcase_id` (`case_id`),
  CONSTRAINT `testcases_property_case_id_ce458207_fk_testcases_testcase_id` FOREIGN KEY (`case_id`) REFERENCES `testcases_testcase` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testcases_template` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `text` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testcases_testcasecomponent` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `case_id` int(11) NOT NULL,
  `component_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `testcases_testcaseco_case_id_fc27e38a_fk_testcases` (`case_id`),
  KEY `testcases_testcaseco_component_id_edd78178_fk_managemen` (`component_id`),
  CONSTRAINT `testcases_testcaseco_case_id_fc27e38a_fk_testcases` FOREIGN KEY (`case_id`) REFERENCES `testcases_testcase` (`id`),
  CONSTRAINT `testcases_testcaseco_component_id_edd78178_fk_managemen` FOREIGN KEY (`component_id`) REFERENCES `management_component` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testcases_testcaseemailsettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `notify_on_case_update` tinyint(1) NOT NULL,
  `notify_on_case_delete` tinyint(1) NOT NULL,
  `auto_to_case_author` tinyint(1) NOT NULL,
  `auto_to_case_tester` tinyint(1) NOT NULL,
  `auto_to_run_manager` tinyint(1) NOT NULL,
  `auto_to_run_tester` tinyint(1) NOT NULL,
  `auto_to_execution_assignee` tinyint(1) NOT NULL,
  `case_id` int(11) NOT NULL,
  `cc_list` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `case_id` (`case_id`),
  CONSTRAINT `testcases_testcaseem_case_id_76dfe19b_fk_testcases` FOREIGN KEY (`case_id`) REFERENCES `testcases_testcase` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testcases_testcaseplan` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `sortkey` int(11) DEFAULT NULL,
  `case_id` int(11) NOT NULL,
  `plan_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `testcases_testcaseplan_plan_id_case_id_16d50827_uniq` (`plan_id`,`case_id`),
  KEY `testcases_testcasepl_case_id_89f638fc_fk_testcases` (`case_id`),
  CONSTRAINT `testcases_testcasepl_case_id_89f638fc_fk_testcases` FOREIGN KEY (`case_id`) REFERENCES `testcases_testcase` (`id`),
  CONSTRAINT `testcases_testcasepl_plan_id_40b3d762_fk_testplans` FOREIGN KEY (`plan_id`) REFERENCES `testplans_testplan` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testcases_testcasetag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `case_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `testcases_testcaseta_case_id_338ecd07_fk_testcases` (`case_id`),
  KEY `testcases_testcasetag_tag_id_b16f414a_fk_management_tag_id` (`tag_id`),
  CONSTRAINT `testcases_testcaseta_case_id_338ecd07_fk_testcases` FOREIGN KEY (`case_id`) REFERENCES `testcases_testcase` (`id`),
  CONSTRAINT `testcases_testcasetag_tag_id_b16f414a_fk_management_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `management_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testplans_historicaltestplan` (
  `id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `create_date` datetime(6) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `extra_link` varchar(1024) DEFAULT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_change_reason` longtext DEFAULT NULL,
  `history_date` datetime(6) NOT NULL,
  `history_type` varchar(1) NOT NULL,
  `author_id` int(11) DEFAULT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `parent_id` int(11) DEFAULT NULL,
  `product_id` int(11) DEFAULT NULL,
  `product_version_id` int(11) DEFAULT NULL,
  `type_id` int(11) DEFAULT NULL,
  `text` longtext NOT NULL,
  PRIMARY KEY (`history_id`),
  KEY `testplans_historical_history_user_id_0b43ff14_fk_auth_user` (`history_user_id`),
  KEY `testplans_historicaltestplan_plan_id_91d31b13` (`id`),
  KEY `testplans_historicaltestplan_name_d1afc49f` (`name`),
  KEY `testplans_historicaltestplan_isactive_110bcb89` (`is_active`),
  KEY `testplans_historicaltestplan_author_id_7de6569d` (`author_id`),
  KEY `testplans_historicaltestplan_parent_id_4d7e6ee8` (`parent_id`),
  KEY `testplans_historicaltestplan_product_id_2410d78b` (`product_id`),
  KEY `testplans_historicaltestplan_product_version_id_4598a8b7` (`product_version_id`),
  KEY `testplans_historicaltestplan_type_id_65c12bbd` (`type_id`),
  KEY `testplans_historicaltestplan_history_date_3078d054` (`history_date`),
  CONSTRAINT `testplans_historical_history_user_id_0b43ff14_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testplans_testplanemailsettings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `auto_to_plan_author` tinyint(1) NOT NULL,
  `auto_to_case_owner` tinyint(1) NOT NULL,
  `auto_to_case_default_tester` tinyint(1) NOT NULL,
  `notify_on_plan_update` tinyint(1) NOT NULL,
  `notify_on_case_update` tinyint(1) NOT NULL,
  `plan_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `plan_id` (`plan_id`),
  CONSTRAINT `testplans_testplanem_plan_id_036c434f_fk_testplans` FOREIGN KEY (`plan_id`) REFERENCES `testplans_testplan` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testplans_testplantag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `plan_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `testplans_testplanta_plan_id_f5c9e46a_fk_testplans` (`plan_id`),
  KEY `testplans_testplantag_tag_id_4a5c61b6_fk_management_tag_id` (`tag_id`),
  CONSTRAINT `testplans_testplanta_plan_id_f5c9e46a_fk_testplans` FOREIGN KEY (`plan_id`) REFERENCES `testplans_testplan` (`id`),
  CONSTRAINT `testplans_testplantag_tag_id_4a5c61b6_fk_management_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `management_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testruns_environment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testruns_environmentproperty` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  `environment_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `testruns_environment_environment_id_f9ac7236_fk_testruns_` (`environment_id`),
  CONSTRAINT `testruns_environment_environment_id_f9ac7236_fk_testruns_` FOREIGN KEY (`environment_id`) REFERENCES `testruns_environment` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testruns_historicaltestexecution` (
  `id` int(11) NOT NULL,
  `case_text_version` int(11) NOT NULL,
  `stop_date` datetime(6) DEFAULT NULL,
  `sortkey` int(11) DEFAULT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_change_reason` longtext DEFAULT NULL,
  `history_date` datetime(6) NOT NULL,
  `history_type` varchar(1) NOT NULL,
  `assignee_id` int(11) DEFAULT NULL,
  `build_id` int(11) DEFAULT NULL,
  `case_id` int(11) DEFAULT NULL,
  `status_id` int(11) DEFAULT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `run_id` int(11) DEFAULT NULL,
  `tested_by_id` int(11) DEFAULT NULL,
  `start_date` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `testruns_historicalt_history_user_id_d11b82d1_fk_auth_user` (`history_user_id`),
  KEY `testruns_historicaltestcaserun_case_run_id_870e6917` (`id`),
  KEY `testruns_historicaltestcaserun_assignee_id_d29156d3` (`assignee_id`),
  KEY `testruns_historicaltestcaserun_build_id_a1f62a12` (`build_id`),
  KEY `testruns_historicaltestcaserun_case_id_4dad63dd` (`case_id`),
  KEY `testruns_historicaltestcaserun_case_run_status_id_8e094bc0` (`status_id`),
  KEY `testruns_historicaltestcaserun_run_id_cbe73584` (`run_id`),
  KEY `testruns_historicaltestcaserun_tested_by_id_58ab895b` (`tested_by_id`),
  KEY `testruns_historicaltestexecution_stop_date_d659f81c` (`stop_date`),
  KEY `testruns_historicaltestexecution_start_date_3e5ed561` (`start_date`),
  KEY `testruns_historicaltestexecution_history_date_035536b8` (`history_date`),
  CONSTRAINT `testruns_historicalt_history_user_id_d11b82d1_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testruns_historicaltestrun` (
  `id` int(11) NOT NULL,
  `start_date` datetime(6) DEFAULT NULL,
  `stop_date` datetime(6) DEFAULT NULL,
  `summary` longtext NOT NULL,
  `notes` longtext NOT NULL,
  `history_id` int(11) NOT NULL AUTO_INCREMENT,
  `history_change_reason` longtext DEFAULT NULL,
  `history_date` datetime(6) NOT NULL,
  `history_type` varchar(1) NOT NULL,
  `build_id` int(11) DEFAULT NULL,
  `default_tester_id` int(11) DEFAULT NULL,
  `history_user_id` int(11) DEFAULT NULL,
  `manager_id` int(11) DEFAULT NULL,
  `plan_id` int(11) DEFAULT NULL,
  `planned_start` datetime(6) DEFAULT NULL,
  `planned_stop` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`history_id`),
  KEY `testruns_historicalt_history_user_id_8021d038_fk_auth_user` (`history_user_id`),
  KEY `testruns_historicaltestrun_run_id_0ef66b6e` (`id`),
  KEY `testruns_historicaltestrun_start_date_2966e83c` (`start_date`),
  KEY `testruns_historicaltestrun_stop_date_df8f576c` (`stop_date`),
  KEY `testruns_historicaltestrun_build_id_83cb88d1` (`build_id`),
  KEY `testruns_historicaltestrun_default_tester_id_bfc251b2` (`default_tester_id`),
  KEY `testruns_historicaltestrun_manager_id_48e016d3` (`manager_id`),
  KEY `testruns_historicaltestrun_plan_id_adfcb9d1` (`plan_id`),
  KEY `testruns_historicaltestrun_planned_start_614a868d` (`planned_start`),
  KEY `testruns_historicaltestrun_planned_stop_f3a63beb` (`planned_stop`),
  KEY `testruns_historicaltestrun_history_date_c382be04` (`history_date`),
  CONSTRAINT `testruns_historicalt_history_user_id_8021d038_fk_auth_user` FOREIGN KEY (`history_user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testruns_property` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  `run_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `testruns_property_run_id_71808437_fk_testruns_testrun_id` (`run_id`),
  CONSTRAINT `testruns_property_run_id_71808437_fk_testruns_testrun_id` FOREIGN KEY (`run_id`) REFERENCES `testruns_testrun` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testruns_testexecutionproperty` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `value` varchar(255) NOT NULL,
  `execution_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `testruns_testexecuti_execution_id_5b7ba16e_fk_testruns_` (`execution_id`),
  CONSTRAINT `testruns_testexecuti_execution_id_5b7ba16e_fk_testruns_` FOREIGN KEY (`execution_id`) REFERENCES `testruns_testexecution` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testruns_testexecutiontag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `execution_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `testruns_testexecuti_execution_id_ce02da98_fk_testruns_` (`execution_id`),
  KEY `testruns_testexecutiontag_tag_id_c3a38bfd_fk_management_tag_id` (`tag_id`),
  CONSTRAINT `testruns_testexecuti_execution_id_ce02da98_fk_testruns_` FOREIGN KEY (`execution_id`) REFERENCES `testruns_testexecution` (`id`),
  CONSTRAINT `testruns_testexecutiontag_tag_id_c3a38bfd_fk_management_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `management_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testruns_testruncc` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `run_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `testruns_testruncc_run_id_who_c5339b99_uniq` (`run_id`,`user_id`),
  KEY `testruns_testruncc_user_id_d87465d8_fk_auth_user_id` (`user_id`),
  CONSTRAINT `testruns_testruncc_run_id_e1329c9b_fk_testruns_testrun_run_id` FOREIGN KEY (`run_id`) REFERENCES `testruns_testrun` (`id`),
  CONSTRAINT `testruns_testruncc_user_id_d87465d8_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `testruns_testruntag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `run_id` int(11) NOT NULL,
  `tag_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `testruns_testruntag_run_id_08efd935_fk_testruns_testrun_run_id` (`run_id`),
  KEY `testruns_testruntag_tag_id_71c717c0_fk_management_tag_id` (`tag_id`),
  CONSTRAINT `testruns_testruntag_run_id_08efd935_fk_testruns_testrun_run_id` FOREIGN KEY (`run_id`) REFERENCES `testruns_testrun` (`id`),
  CONSTRAINT `testruns_testruntag_tag_id_71c717c0_fk_management_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `management_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

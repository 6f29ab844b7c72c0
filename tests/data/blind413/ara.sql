-- ARA Records Ansible (ansible-community/ara): API server and reporting UI that records ansible-playbook runs
-- (playbooks with the controller and the user who ran them, plays, tasks, hosts and their facts, results,
-- files, records, labels) with Django's users, groups, permissions, sessions and admin log.
-- Upstream: github.com/ansible-community/ara, commit 17968ed567f98473341ac218d06a09c6d97b5a95 (GPL-3.0),
-- ara/api/migrations/0001..0019 with the Django 5.0.14 migrations of auth, contenttypes, sessions and admin
-- (the apps of ara/server/settings.py that have tables) applied with `django-admin migrate` to a scratch
-- PostgreSQL 15 database (ara.setup's pbr version lookup stubbed) and written as MySQL DDL as Django creates it on
-- MySQL/MariaDB: uuid as char(32) (ara.api.models.Char32UUIDField on MySQL), DurationField (interval) as
-- bigint(20), BinaryField as longblob, JSONField as longtext, timestamps as datetime(6). All tables kept.

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL,
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
  UNIQUE KEY `auth_user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` text NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `file_contents` (
  `id` bigint(20) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `sha1` varchar(40) NOT NULL,
  `contents` longblob NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `file_contents_sha1_key` (`sha1`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `labels` (
  `id` bigint(20) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `labels_name_f48deff7_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `playbooks` (
  `id` bigint(20) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `started` datetime(6) NOT NULL,
  `ended` datetime(6) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `ansible_version` varchar(255) NOT NULL,
  `status` varchar(25) NOT NULL,
  `arguments` longblob NOT NULL,
  `path` varchar(255) NOT NULL,
  `duration` bigint(20) DEFAULT NULL,
  `controller` varchar(255) DEFAULT NULL,
  `user` varchar(255) DEFAULT NULL,
  `client_version` varchar(255) DEFAULT NULL,
  `server_version` varchar(255) NOT NULL,
  `python_version` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL,
  `action_time` datetime(6) NOT NULL,
  `object_id` text,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(6) NOT NULL,
  `change_message` text NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `files` (
  `id` bigint(20) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `path` varchar(255) NOT NULL,
  `content_id` bigint(20) NOT NULL,
  `playbook_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `files_path_playbook_id_0eb834c6_uniq` (`path`,`playbook_id`),
  CONSTRAINT `files_content_id_8bafe2a1_fk_file_contents_id` FOREIGN KEY (`content_id`) REFERENCES `file_contents` (`id`),
  CONSTRAINT `files_playbook_id_56f57d57_fk_playbooks_id` FOREIGN KEY (`playbook_id`) REFERENCES `playbooks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hosts` (
  `id` bigint(20) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `name` varchar(255) NOT NULL,
  `facts` longblob NOT NULL,
  `changed` int(11) NOT NULL,
  `failed` int(11) NOT NULL,
  `ok` int(11) NOT NULL,
  `skipped` int(11) NOT NULL,
  `unreachable` int(11) NOT NULL,
  `playbook_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `hosts_name_playbook_id_9ac22a75_uniq` (`name`,`playbook_id`),
  CONSTRAINT `hosts_playbook_id_d73f2410_fk_playbooks_id` FOREIGN KEY (`playbook_id`) REFERENCES `playbooks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `playbooks_labels` (
  `id` int(11) NOT NULL,
  `playbook_id` bigint(20) NOT NULL,
  `label_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `playbooks_labels_playbook_id_label_id_1a0adbe5_uniq` (`playbook_id`,`label_id`),
  CONSTRAINT `playbooks_labels_label_id_a3b97e31_fk_labels_id` FOREIGN KEY (`label_id`) REFERENCES `labels` (`id`),
  CONSTRAINT `playbooks_labels_playbook_id_011131fc_fk_playbooks_id` FOREIGN KEY (`playbook_id`) REFERENCES `playbooks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plays` (
  `id` bigint(20) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `started` datetime(6) NOT NULL,
  `ended` datetime(6) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `uuid` char(32) NOT NULL,
  `status` varchar(25) NOT NULL,
  `playbook_id` bigint(20) NOT NULL,
  `duration` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `plays_playbook_id_cc61e267_fk_playbooks_id` FOREIGN KEY (`playbook_id`) REFERENCES `playbooks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `records` (
  `id` bigint(20) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `key` varchar(255) NOT NULL,
  `value` longblob NOT NULL,
  `type` varchar(255) NOT NULL,
  `playbook_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `records_key_playbook_id_a53f281f_uniq` (`key`,`playbook_id`),
  CONSTRAINT `records_playbook_id_613cde42_fk_playbooks_id` FOREIGN KEY (`playbook_id`) REFERENCES `playbooks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`,`permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `latest_hosts` (
  `name` varchar(255) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `host_id` bigint(20) NOT NULL,
  PRIMARY KEY (`name`),
  CONSTRAINT `latest_hosts_host_id_6cb5723d_fk_hosts_id` FOREIGN KEY (`host_id`) REFERENCES `hosts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks` (
  `id` bigint(20) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `started` datetime(6) NOT NULL,
  `ended` datetime(6) DEFAULT NULL,
  `name` text,
  `action` text NOT NULL,
  `lineno` int(11) NOT NULL,
  `tags` longblob NOT NULL,
  `handler` tinyint(1) NOT NULL,
  `status` varchar(25) NOT NULL,
  `file_id` bigint(20) NOT NULL,
  `play_id` bigint(20) NOT NULL,
  `playbook_id` bigint(20) NOT NULL,
  `duration` bigint(20) DEFAULT NULL,
  `uuid` char(32) DEFAULT NULL,
  `deprecations` longtext NOT NULL,
  `exceptions` longtext NOT NULL,
  `warnings` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tasks_file_id_fc41d624_fk_files_id` FOREIGN KEY (`file_id`) REFERENCES `files` (`id`),
  CONSTRAINT `tasks_play_id_8b47a0f3_fk_plays_id` FOREIGN KEY (`play_id`) REFERENCES `plays` (`id`),
  CONSTRAINT `tasks_playbook_id_0f283c3b_fk_playbooks_id` FOREIGN KEY (`playbook_id`) REFERENCES `playbooks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `results` (
  `id` bigint(20) NOT NULL,
  `created` datetime(6) NOT NULL,
  `updated` datetime(6) NOT NULL,
  `started` datetime(6) NOT NULL,
  `ended` datetime(6) DEFAULT NULL,
  `status` varchar(25) NOT NULL,
  `content` longblob NOT NULL,
  `host_id` bigint(20) NOT NULL,
  `play_id` bigint(20) NOT NULL,
  `playbook_id` bigint(20) NOT NULL,
  `task_id` bigint(20) NOT NULL,
  `changed` tinyint(1) NOT NULL,
  `ignore_errors` tinyint(1) NOT NULL,
  `duration` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `results_host_id_cc92081c_fk_hosts_id` FOREIGN KEY (`host_id`) REFERENCES `hosts` (`id`),
  CONSTRAINT `results_play_id_03eca33f_fk_plays_id` FOREIGN KEY (`play_id`) REFERENCES `plays` (`id`),
  CONSTRAINT `results_playbook_id_f7f12c61_fk_playbooks_id` FOREIGN KEY (`playbook_id`) REFERENCES `playbooks` (`id`),
  CONSTRAINT `results_task_id_3e4a3c27_fk_tasks_id` FOREIGN KEY (`task_id`) REFERENCES `tasks` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `results_delegated_to` (
  `id` int(11) NOT NULL,
  `result_id` bigint(20) NOT NULL,
  `host_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `results_delegated_to_result_id_host_id_42952cba_uniq` (`result_id`,`host_id`),
  CONSTRAINT `results_delegated_to_host_id_a66f4764_fk_hosts_id` FOREIGN KEY (`host_id`) REFERENCES `hosts` (`id`),
  CONSTRAINT `results_delegated_to_result_id_e52702c1_fk_results_id` FOREIGN KEY (`result_id`) REFERENCES `results` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


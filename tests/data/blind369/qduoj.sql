-- QDUOJ — OnlineJudge of Qingdao University (QingdaoU/OnlineJudge: Django online judge deployed by many universities
-- and schools — users with 2FA, SSO and open-API keys, profiles with real name, school, major, avatar, blog and
-- GitHub, announcements, contests and their announcements, ACM and OI contest ranks, problems and tags,
-- submissions, judge servers, system options, Django auth, sessions and the dramatiq task table),
-- commit df873278ab1b29510aa3a0979677d7aa9a53ca0e (MIT). QDUOJ runs on PostgreSQL only: upstream's Django migrations
-- (every app of INSTALLED_APPS, Django 3.2.25 as pinned in deploy/requirements.txt) were applied by `manage.py migrate`
-- to an empty PostgreSQL 15 database, and the resulting catalogue was written as MySQL / MariaDB DDL with the types
-- Django's MySQL backend uses for the same fields: serial integer -> INT AUTO_INCREMENT, text -> LONGTEXT (VARCHAR(255)
-- where the column is in a primary, unique or index key: submission.id, user.username, options_sysoptions.key,
-- problem._id), boolean -> TINYINT(1), timestamp with time zone -> DATETIME(6), jsonb -> JSON, double precision ->
-- DOUBLE, uuid -> CHAR(32), bytea -> LONGBLOB. Column order, primary and unique keys, indexes and foreign keys (names
-- included) are upstream's; PostgreSQL's DEFERRABLE INITIALLY DEFERRED on foreign keys and the two `*_like`
-- pattern-ops indexes have no MySQL counterpart and were dropped. All 20 tables, nothing left out.

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  KEY `auth_permission_content_type_id_2f476e4b` (`content_type_id`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissions_group_id_b120cbf9` (`group_id`),
  KEY `auth_group_permissions_permission_id_84c5c92e` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `django_dramatiq_task` (
  `id` char(32) NOT NULL,
  `status` varchar(8) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `message_data` longblob NOT NULL,
  `actor_name` varchar(300) DEFAULT NULL,
  `queue_name` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `django_dramatiq_task_updated_at_bb623596` (`updated_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `judge_server` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `hostname` longtext NOT NULL,
  `ip` longtext DEFAULT NULL,
  `judger_version` longtext NOT NULL,
  `cpu_core` int(11) NOT NULL,
  `memory_usage` double NOT NULL,
  `cpu_usage` double NOT NULL,
  `last_heartbeat` datetime(6) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `task_number` int(11) NOT NULL,
  `service_url` longtext DEFAULT NULL,
  `is_disabled` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `options_sysoptions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(255) NOT NULL,
  `value` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `options_sysoptions_key_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `problem_tag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) DEFAULT NULL,
  `username` varchar(255) NOT NULL,
  `email` longtext DEFAULT NULL,
  `create_time` datetime(6) DEFAULT NULL,
  `admin_type` longtext NOT NULL,
  `reset_password_token` longtext DEFAULT NULL,
  `reset_password_token_expire_time` datetime(6) DEFAULT NULL,
  `auth_token` longtext DEFAULT NULL,
  `two_factor_auth` tinyint(1) NOT NULL,
  `tfa_token` longtext DEFAULT NULL,
  `open_api` tinyint(1) NOT NULL,
  `open_api_appkey` longtext DEFAULT NULL,
  `is_disabled` tinyint(1) NOT NULL,
  `problem_permission` longtext NOT NULL,
  `session_keys` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `announcement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` longtext NOT NULL,
  `content` longtext NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `last_update_time` datetime(6) NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `announcement_created_by_id_359ccf50` (`created_by_id`),
  CONSTRAINT `announcement_created_by_id_359ccf50_fk_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `contest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` longtext NOT NULL,
  `description` longtext NOT NULL,
  `real_time_rank` tinyint(1) NOT NULL,
  `password` longtext DEFAULT NULL,
  `rule_type` longtext NOT NULL,
  `start_time` datetime(6) NOT NULL,
  `end_time` datetime(6) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `last_update_time` datetime(6) NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `allowed_ip_ranges` json NOT NULL,
  PRIMARY KEY (`id`),
  KEY `contest_created_by_id_a763ca7e` (`created_by_id`),
  CONSTRAINT `contest_created_by_id_a763ca7e_fk_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `acm_contest_rank` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `submission_number` int(11) NOT NULL,
  `accepted_number` int(11) NOT NULL,
  `total_time` int(11) NOT NULL,
  `submission_info` json NOT NULL,
  `contest_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `acm_contest_rank_user_id_contest_id_26151d10_uniq` (`user_id`,`contest_id`),
  KEY `acm_contest_rank_contest_id_21030ccd` (`contest_id`),
  KEY `acm_contest_rank_user_id_40391ab2` (`user_id`),
  CONSTRAINT `acm_contest_rank_contest_id_21030ccd_fk_contest_id` FOREIGN KEY (`contest_id`) REFERENCES `contest` (`id`),
  CONSTRAINT `acm_contest_rank_user_id_40391ab2_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `contest_announcement` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` longtext NOT NULL,
  `content` longtext NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `contest_id` int(11) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `visible` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `contest_announcement_contest_id_a8cb419f` (`contest_id`),
  KEY `contest_announcement_created_by_id_469a14ce` (`created_by_id`),
  CONSTRAINT `contest_announcement_contest_id_a8cb419f_fk_contest_id` FOREIGN KEY (`contest_id`) REFERENCES `contest` (`id`),
  CONSTRAINT `contest_announcement_created_by_id_469a14ce_fk_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `oi_contest_rank` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `submission_number` int(11) NOT NULL,
  `total_score` int(11) NOT NULL,
  `submission_info` json NOT NULL,
  `contest_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oi_contest_rank_user_id_contest_id_fe51a302_uniq` (`user_id`,`contest_id`),
  KEY `oi_contest_rank_contest_id_171fcdaf` (`contest_id`),
  KEY `oi_contest_rank_user_id_0ba36852` (`user_id`),
  CONSTRAINT `oi_contest_rank_contest_id_171fcdaf_fk_contest_id` FOREIGN KEY (`contest_id`) REFERENCES `contest` (`id`),
  CONSTRAINT `oi_contest_rank_user_id_0ba36852_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `problem` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` longtext NOT NULL,
  `description` longtext NOT NULL,
  `input_description` longtext NOT NULL,
  `output_description` longtext NOT NULL,
  `samples` json NOT NULL,
  `test_case_id` longtext NOT NULL,
  `test_case_score` json NOT NULL,
  `hint` longtext DEFAULT NULL,
  `languages` json NOT NULL,
  `template` json NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `last_update_time` datetime(6) DEFAULT NULL,
  `time_limit` int(11) NOT NULL,
  `memory_limit` int(11) NOT NULL,
  `spj` tinyint(1) NOT NULL,
  `spj_language` longtext DEFAULT NULL,
  `spj_code` longtext DEFAULT NULL,
  `spj_version` longtext DEFAULT NULL,
  `rule_type` longtext NOT NULL,
  `visible` tinyint(1) NOT NULL,
  `difficulty` longtext NOT NULL,
  `source` longtext DEFAULT NULL,
  `submission_number` bigint(20) NOT NULL,
  `accepted_number` bigint(20) NOT NULL,
  `created_by_id` int(11) NOT NULL,
  `_id` varchar(255) NOT NULL,
  `statistic_info` json NOT NULL,
  `total_score` int(11) NOT NULL,
  `contest_id` int(11) DEFAULT NULL,
  `is_public` tinyint(1) NOT NULL,
  `spj_compile_ok` tinyint(1) NOT NULL,
  `io_mode` json NOT NULL,
  `share_submission` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `problem__id_contest_id_346645fe_uniq` (`_id`,`contest_id`),
  KEY `problem__id_919b1d80` (`_id`),
  KEY `problem_contest_id_328e013a` (`contest_id`),
  KEY `problem_created_by_id_cb362143` (`created_by_id`),
  CONSTRAINT `problem_contest_id_328e013a_fk_contest_id` FOREIGN KEY (`contest_id`) REFERENCES `contest` (`id`),
  CONSTRAINT `problem_created_by_id_cb362143_fk_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `problem_tags` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `problem_id` int(11) NOT NULL,
  `problemtag_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `problem_tags_problem_id_problemtag_id_318459d1_uniq` (`problem_id`,`problemtag_id`),
  KEY `problem_tags_problem_id_866ecb8d` (`problem_id`),
  KEY `problem_tags_problemtag_id_72d20571` (`problemtag_id`),
  CONSTRAINT `problem_tags_problem_id_866ecb8d_fk_problem_id` FOREIGN KEY (`problem_id`) REFERENCES `problem` (`id`),
  CONSTRAINT `problem_tags_problemtag_id_72d20571_fk_problem_tag_id` FOREIGN KEY (`problemtag_id`) REFERENCES `problem_tag` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `submission` (
  `id` varchar(255) NOT NULL,
  `contest_id` int(11) DEFAULT NULL,
  `problem_id` int(11) NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  `code` longtext NOT NULL,
  `result` int(11) NOT NULL,
  `info` json NOT NULL,
  `language` longtext NOT NULL,
  `shared` tinyint(1) NOT NULL,
  `statistic_info` json NOT NULL,
  `username` longtext NOT NULL,
  `ip` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `submission_contest_id_775716d5` (`contest_id`),
  KEY `submission_problem_id_76847b55` (`problem_id`),
  KEY `submission_result_37e2f67a` (`result`),
  KEY `submission_user_id_3779a8c1` (`user_id`),
  CONSTRAINT `submission_contest_id_775716d5_fk_contest_id` FOREIGN KEY (`contest_id`) REFERENCES `contest` (`id`),
  CONSTRAINT `submission_problem_id_76847b55_fk_problem_id` FOREIGN KEY (`problem_id`) REFERENCES `problem` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_profile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `acm_problems_status` json NOT NULL,
  `avatar` longtext NOT NULL,
  `blog` varchar(200) DEFAULT NULL,
  `mood` longtext DEFAULT NULL,
  `accepted_number` int(11) NOT NULL,
  `submission_number` int(11) NOT NULL,
  `github` longtext DEFAULT NULL,
  `school` longtext DEFAULT NULL,
  `major` longtext DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `total_score` bigint(20) NOT NULL,
  `oi_problems_status` json NOT NULL,
  `real_name` longtext DEFAULT NULL,
  `language` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_profile_user_id_key` (`user_id`),
  CONSTRAINT `user_profile_user_id_8fdce8e2_fk_user_id` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Sequent Voting Platform (formerly nVotes / Agora Voting; Sequent Tech Inc.) — online elections for
-- organisations: its authentication and census service `iam` (formerly authapi) and its `ballot-box` service.
--
-- 1. iam: github.com/sequentech/iam, commit f302f60b36b169eda2f9a3b165cb4e8e9bc3910b (AGPL-3.0).
--    The Django 2.2 migrations of its apps api (0001-0055), authmethods (0001-0010), captcha (0001-0004) and
--    tasks (0001) and of the django.contrib apps in its INSTALLED_APPS (admin, auth, contenttypes, sessions)
--    were run with Django 2.2.28 into PostgreSQL 15 (upstream's database), the schema dumped with pg_dump -s and
--    written as the MySQL DDL Django's MySQL backend produces: integer serial -> INT AUTO_INCREMENT,
--    varchar(n) -> VARCHAR(n), text (TextField, jsonfield.JSONField) -> LONGTEXT, jsonb
--    (django.contrib.postgres JSONField) -> JSON, timestamp with time zone -> DATETIME(6), boolean -> TINYINT(1),
--    uuid -> CHAR(32), PositiveSmallIntegerField -> SMALLINT UNSIGNED. Primary keys, unique constraints, indexes and
--    foreign keys are the migrations' (Django's hashed names kept); PostgreSQL-only `_like` pattern indexes and the
--    btree index on the jsonb `tasks_task.metadata` are left out. The third-party apps django_celery_results,
--    corsheaders and django_nose were not installed for the replay (celery's result tables are left out).
-- 2. ballot-box (Scala / Play, Slick): github.com/sequentech/ballot-box conf/evolutions/default/1.sql ... 16.sql
--    (the "Ups"), commit c029dc5b38237e98da06b654ec6077fd1b00f3bd (AGPL-3.0), replayed into PostgreSQL 15 and
--    written as MySQL (bigserial -> BIGINT AUTO_INCREMENT, text -> TEXT, `vote.voter_id` text -> VARCHAR(255)
--    because it is indexed, timestamp -> DATETIME). Evolution 5 only rewrites JSON data and changes no column.

-- ===== iam =====
CREATE TABLE `api_authevent` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `auth_method` VARCHAR(255) NOT NULL,
  `auth_method_config` LONGTEXT NOT NULL,
  `extra_fields` LONGTEXT,
  `census` VARCHAR(5) NOT NULL,
  `status` VARCHAR(15) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `based_in` INT,
  `num_successful_logins_allowed` INT NOT NULL,
  `admin_fields` LONGTEXT,
  `has_ballot_boxes` TINYINT(1) NOT NULL,
  `allow_public_census_query` TINYINT(1) NOT NULL,
  `hide_default_login_lookup_field` TINYINT(1) NOT NULL,
  `children_election_info` LONGTEXT,
  `parent_id` INT,
  `tally_status` VARCHAR(15) NOT NULL,
  `support_otl_enabled` TINYINT(1) NOT NULL,
  `inside_authenticate_otl_period` TINYINT(1) NOT NULL,
  `tally_mode` VARCHAR(15) NOT NULL,
  `alternative_auth_methods` JSON,
  `scheduled_events` JSON,
  `oidc_providers` JSON,
  `refresh_token_duration_secs` INT NOT NULL,
  `access_token_duration_secs` INT NOT NULL,
  `force_census_query` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `api_authevent_parent_id_42a41f85` (`parent_id`),
  CONSTRAINT `api_authevent_parent_id_42a41f85_fk_api_authevent_id` FOREIGN KEY (`parent_id`) REFERENCES `api_authevent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6),
  `is_superuser` TINYINT(1) NOT NULL,
  `username` VARCHAR(150) NOT NULL,
  `first_name` VARCHAR(30) NOT NULL,
  `last_name` VARCHAR(150) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_userdata` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `metadata` JSON,
  `status` VARCHAR(255) NOT NULL,
  `event_id` INT,
  `user_id` INT NOT NULL,
  `tlf` VARCHAR(20),
  `draft_election` JSON,
  `children_event_id_list` LONGTEXT,
  `use_generated_auth_code` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_userdata_user_id_key` (`user_id`),
  KEY `api_userdata_event_id_fdb8a63c` (`event_id`),
  KEY `api_userdata_status_2a003ba0` (`status`),
  CONSTRAINT `api_userdata_event_id_fdb8a63c_fk_api_authevent_id` FOREIGN KEY (`event_id`) REFERENCES `api_authevent` (`id`),
  CONSTRAINT `api_userdata_user_id_afd981ee_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_acl` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `perm` VARCHAR(255) NOT NULL,
  `user_id` INT NOT NULL,
  `object_id` VARCHAR(255) NOT NULL,
  `object_type` VARCHAR(255),
  `created` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `api_acl_user_id_7206e263` (`user_id`),
  CONSTRAINT `api_acl_user_id_7206e263_fk_api_userdata_id` FOREIGN KEY (`user_id`) REFERENCES `api_userdata` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_action` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `action_name` VARCHAR(255) NOT NULL,
  `metadata` JSON NOT NULL,
  `event_id` INT,
  `executer_id` INT,
  `receiver_id` INT,
  PRIMARY KEY (`id`),
  KEY `api_action_action_name_fbc61335` (`action_name`),
  KEY `api_action_created_ffeac05d` (`created`),
  KEY `api_action_event_id_f00ee6b4` (`event_id`),
  KEY `api_action_executer_id_d71e25f2` (`executer_id`),
  KEY `api_action_receiver_id_b224067f` (`receiver_id`),
  CONSTRAINT `api_action_event_id_f00ee6b4_fk_api_authevent_id` FOREIGN KEY (`event_id`) REFERENCES `api_authevent` (`id`),
  CONSTRAINT `api_action_executer_id_d71e25f2_fk_auth_user_id` FOREIGN KEY (`executer_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `api_action_receiver_id_b224067f_fk_auth_user_id` FOREIGN KEY (`receiver_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_ballotbox` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `auth_event_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_ballotbox_auth_event_id_name_075ed266_uniq` (`auth_event_id`, `name`),
  KEY `api_ballotbox_auth_event_id_d37c1ac2` (`auth_event_id`),
  KEY `api_ballotbox_created_ac700b66` (`created`),
  KEY `api_ballotbox_name_c4ba6788` (`name`),
  CONSTRAINT `api_ballotbox_auth_event_id_d37c1ac2_fk_api_authevent_id` FOREIGN KEY (`auth_event_id`) REFERENCES `api_authevent` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_successfullogin` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `user_id` INT NOT NULL,
  `auth_event_id` INT,
  PRIMARY KEY (`id`),
  KEY `api_successfullogin_auth_event_id_413b58f8` (`auth_event_id`),
  KEY `api_successfullogin_user_id_d9f997c5` (`user_id`),
  CONSTRAINT `api_successfullogin_auth_event_id_413b58f8_fk_api_authevent_id` FOREIGN KEY (`auth_event_id`) REFERENCES `api_authevent` (`id`),
  CONSTRAINT `api_successfullogin_user_id_d9f997c5_fk_api_userdata_id` FOREIGN KEY (`user_id`) REFERENCES `api_userdata` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_tallysheet` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `data` LONGTEXT NOT NULL,
  `ballot_box_id` INT NOT NULL,
  `creator_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `api_tallysheet_ballot_box_id_ff1e228b` (`ballot_box_id`),
  KEY `api_tallysheet_created_01369a7e` (`created`),
  KEY `api_tallysheet_creator_id_2b241d30` (`creator_id`),
  CONSTRAINT `api_tallysheet_ballot_box_id_ff1e228b_fk_api_ballotbox_id` FOREIGN KEY (`ballot_box_id`) REFERENCES `api_ballotbox` (`id`),
  CONSTRAINT `api_tallysheet_creator_id_2b241d30_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

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
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `content_type_id` INT NOT NULL,
  `codename` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  KEY `auth_permission_content_type_id_2f476e4b` (`content_type_id`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  KEY `auth_group_permissions_group_id_b120cbf9` (`group_id`),
  KEY `auth_group_permissions_permission_id_84c5c92e` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`, `group_id`),
  KEY `auth_user_groups_group_id_97559544` (`group_id`),
  KEY `auth_user_groups_user_id_6a12ed8b` (`user_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`, `permission_id`),
  KEY `auth_user_user_permissions_permission_id_1fbb5f2c` (`permission_id`),
  KEY `auth_user_user_permissions_user_id_a95ead1b` (`user_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authmethods_code` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(64) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `user_id` INT NOT NULL,
  `auth_event_id` INT NOT NULL,
  `is_enabled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `authmethods_code_user_id_f4e257d0` (`user_id`),
  CONSTRAINT `authmethods_code_user_id_f4e257d0_fk_api_userdata_id` FOREIGN KEY (`user_id`) REFERENCES `api_userdata` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authmethods_colorlist` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(3) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  `action` VARCHAR(255) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `auth_event_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authmethods_connection` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `ip` VARCHAR(15) NOT NULL,
  `tlf` VARCHAR(20) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `auth_event_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authmethods_message` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `ip` VARCHAR(15) NOT NULL,
  `tlf` VARCHAR(20) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `auth_event_id` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authmethods_msglog` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `authevent_id` INT NOT NULL,
  `receiver` VARCHAR(255) NOT NULL,
  `msg` LONGTEXT NOT NULL,
  `created` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `authmethods_onetimelink` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `auth_event_id` INT NOT NULL,
  `secret` CHAR(32) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `used` DATETIME(6),
  `is_enabled` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `authmethods_onetimelink_secret_eaee8956` (`secret`),
  KEY `authmethods_onetimelink_user_id_6c191afd` (`user_id`),
  CONSTRAINT `authmethods_onetimelink_user_id_6c191afd_fk_api_userdata_id` FOREIGN KEY (`user_id`) REFERENCES `api_userdata` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `captcha_captcha` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(10) NOT NULL,
  `path` VARCHAR(100) NOT NULL,
  `challenge` VARCHAR(4) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `used` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` LONGTEXT,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT UNSIGNED NOT NULL,
  `change_message` LONGTEXT NOT NULL,
  `content_type_id` INT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
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
  `session_data` LONGTEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tasks_task` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `status` VARCHAR(255) NOT NULL,
  `metadata` JSON NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `input` JSON NOT NULL,
  `output` JSON NOT NULL,
  `executer_id` INT,
  PRIMARY KEY (`id`),
  KEY `tasks_task_executer_id_ae513d97` (`executer_id`),
  KEY `tasks_task_name_c493070a` (`name`),
  KEY `tasks_task_status_b001b23f` (`status`),
  CONSTRAINT `tasks_task_executer_id_ae513d97_fk_auth_user_id` FOREIGN KEY (`executer_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ===== ballot-box =====
CREATE TABLE `election` (
  `id` BIGINT NOT NULL,
  `configuration` TEXT NOT NULL,
  `state` VARCHAR(254) NOT NULL,
  `start_date` DATETIME,
  `end_date` DATETIME,
  `pks` TEXT,
  `results` TEXT,
  `results_updated` DATETIME,
  `results_config` TEXT,
  `virtual` TINYINT(1) DEFAULT 0,
  `logo_url` TEXT,
  `ballot_boxes_results_config` TEXT,
  `published_results` TEXT,
  `tally_allowed` TINYINT(1) DEFAULT 0,
  `public_candidates` TINYINT(1) DEFAULT 1,
  `trustee_keys_state` TEXT,
  `segmented_mixing` TINYINT(1) DEFAULT 0,
  `tally_state` VARCHAR(254) NOT NULL DEFAULT 'no_tally',
  `weighted_voting_field` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `vote` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `election_id` BIGINT NOT NULL,
  `voter_id` VARCHAR(255) NOT NULL,
  `vote` TEXT NOT NULL,
  `hash` TEXT NOT NULL,
  `created` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  KEY `voter_id_created_desc_idx` (`voter_id`, `created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- Omaha Server (omaha-consulting/omaha-server, formerly Crystalnix/omaha-server; Django server for Google Omaha
-- update clients and Sparkle appcasts, with crash-report (Breakpad minidump) and feedback collection: applications,
-- channels, platforms, versions, update requests and events with the client's OS and hardware, crashes, symbols,
-- feedback with screenshots and logs, admin users), github.com/omaha-consulting/omaha-server, commit
-- 5a9d1460662b7f0abfdc0e823361b2eb0321bf26 (Apache-2.0).
-- Schema as upstream's Django migrations create it: the migrations of omaha, crash, feedback and sparkle
-- (omaha_server/*/migrations) with those of Django 1.9.6 contrib (admin, auth, contenttypes, sessions, sites) and
-- django-dynamic-preferences 0.8.1, the versions of requirements/base.txt, were replayed with `manage.py migrate`
-- semantics on Python 2.7 into a scratch PostgreSQL 15 (upstream's database), with stand-ins only for imports that do
-- not touch the schema (celery, raven, clom, S3 storages) and the admin/preferences registries not loaded; then the
-- catalog was written as MySQL by a script: columns in PostgreSQL's order (fields added by later migrations come last),
-- names unchanged; serial -> INT AUTO_INCREMENT, varchar(n) -> VARCHAR(n) (TEXT above 1024 characters), text -> TEXT,
-- inet -> VARCHAR(45), timestamptz -> DATETIME(6), double precision -> DOUBLE, boolean -> TINYINT(1); primary keys,
-- unique constraints and foreign keys as replayed (plain indexes and the CHECK (>= 0) constraints of positive
-- integer fields not carried over). 30 of the 31 tables kept; left out: django_migrations.
CREATE TABLE `applications` (
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `id` VARCHAR(38) NOT NULL,
  `name` VARCHAR(30) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `applications_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `channels` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `name` VARCHAR(10) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `channels_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `platforms` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `name` VARCHAR(10) NOT NULL,
  `verbose_name` VARCHAR(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `platforms_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `versions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `version` BIGINT NOT NULL,
  `release_notes` TEXT,
  `file` VARCHAR(100),
  `file_hash` VARCHAR(140),
  `app_id` VARCHAR(38) NOT NULL,
  `channel_id` INT NOT NULL,
  `platform_id` INT NOT NULL,
  `is_enabled` TINYINT(1) NOT NULL,
  `file_size` INT,
  `is_critical` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `versions_app_id_2e25b6b2_uniq` (`app_id`, `platform_id`, `channel_id`, `version`),
  CONSTRAINT `versions_app_id_c08674ab_fk_applications_id` FOREIGN KEY (`app_id`) REFERENCES `applications` (`id`),
  CONSTRAINT `versions_channel_id_ac8bb716_fk_channels_id` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`),
  CONSTRAINT `versions_platform_id_ae64576e_fk_platforms_id` FOREIGN KEY (`platform_id`) REFERENCES `platforms` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `actions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `event` SMALLINT NOT NULL,
  `run` VARCHAR(255),
  `arguments` VARCHAR(255),
  `successurl` VARCHAR(200),
  `terminateallbrowsers` TINYINT(1) NOT NULL,
  `successsaction` VARCHAR(255),
  `other` TEXT,
  `version_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `actions_version_id_04ec1506_fk_versions_id` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(80) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `app_label` VARCHAR(100) NOT NULL,
  `model` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `content_type_id` INT NOT NULL,
  `codename` VARCHAR(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permiss_content_type_id_2f476e4b_fk_django_content_type_id` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `group_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permiss_permission_id_84c5c92e_fk_auth_permission_id` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `password` VARCHAR(128) NOT NULL,
  `last_login` DATETIME(6),
  `is_superuser` TINYINT(1) NOT NULL,
  `username` VARCHAR(30) NOT NULL,
  `first_name` VARCHAR(30) NOT NULL,
  `last_name` VARCHAR(30) NOT NULL,
  `email` VARCHAR(254) NOT NULL,
  `is_staff` TINYINT(1) NOT NULL,
  `is_active` TINYINT(1) NOT NULL,
  `date_joined` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_groups` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `group_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_94350c0c_uniq` (`user_id`, `group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_user_user_permissions` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `user_id` INT NOT NULL,
  `permission_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_14a6b632_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `auth_user_user_per_permission_id_1fbb5f2c_fk_auth_permission_id` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crash_crash` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `upload_file_minidump` VARCHAR(255),
  `appid` VARCHAR(38),
  `userid` VARCHAR(38),
  `meta` TEXT,
  `stacktrace` TEXT,
  `stacktrace_json` TEXT,
  `signature` VARCHAR(255),
  `archive` VARCHAR(255),
  `ip` VARCHAR(45),
  `archive_size` INT,
  `minidump_size` INT,
  `eventid` VARCHAR(38),
  `groupid` VARCHAR(38),
  `os` VARCHAR(32),
  `build_number` VARCHAR(32),
  `channel` VARCHAR(32),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crash_crashdescription` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `summary` VARCHAR(500) NOT NULL,
  `description` TEXT,
  `crash_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `crash_crashdescription_crash_id_key` (`crash_id`),
  CONSTRAINT `crash_crashdescription_crash_id_fdcc33e3_fk_crash_crash_id` FOREIGN KEY (`crash_id`) REFERENCES `crash_crash` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `crash_symbols` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `debug_id` VARCHAR(255),
  `debug_file` VARCHAR(140),
  `file` VARCHAR(100),
  `file_size` INT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `crash_symbols_debug_id_8d9b8fe1_uniq` (`debug_id`, `debug_file`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_admin_log` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `action_time` DATETIME(6) NOT NULL,
  `object_id` TEXT,
  `object_repr` VARCHAR(200) NOT NULL,
  `action_flag` SMALLINT NOT NULL,
  `change_message` TEXT NOT NULL,
  `content_type_id` INT,
  `user_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_content_type_id_c4bce8eb_fk_django_content_type_id` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` VARCHAR(40) NOT NULL,
  `session_data` TEXT NOT NULL,
  `expire_date` DATETIME(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_site` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `domain` VARCHAR(100) NOT NULL,
  `name` VARCHAR(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dynamic_preferences_globalpreferencemodel` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `section` VARCHAR(150),
  `name` VARCHAR(150) NOT NULL,
  `raw_value` TEXT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dynamic_preferences_globalpreferencemodel_section_f4a2439b_uniq` (`section`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dynamic_preferences_userpreferencemodel` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `section` VARCHAR(150),
  `name` VARCHAR(150) NOT NULL,
  `raw_value` TEXT,
  `instance_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `dynamic_preferences_userpreferencemod_instance_id_620205bb_uniq` (`instance_id`, `section`, `name`),
  CONSTRAINT `dynamic_preferences_userpr_instance_id_299d62f6_fk_auth_user_id` FOREIGN KEY (`instance_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `feedback_feedback` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `description` TEXT NOT NULL,
  `email` VARCHAR(500),
  `page_url` TEXT,
  `screenshot` VARCHAR(100),
  `blackbox` VARCHAR(100),
  `system_logs` VARCHAR(100),
  `attached_file` VARCHAR(100),
  `feedback_data` TEXT,
  `created_at` DATETIME(6) NOT NULL,
  `ip` VARCHAR(45),
  `updated_at` DATETIME(6) NOT NULL,
  `attached_file_size` INT,
  `blackbox_size` INT,
  `screenshot_size` INT,
  `system_logs_size` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `omaha_hw` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `sse` INT,
  `sse2` INT,
  `sse3` INT,
  `ssse3` INT,
  `sse41` INT,
  `sse42` INT,
  `avx` INT,
  `physmemory` INT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `omaha_os` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `platform` VARCHAR(10),
  `version` VARCHAR(16),
  `sp` VARCHAR(40),
  `arch` VARCHAR(10),
  PRIMARY KEY (`id`),
  UNIQUE KEY `omaha_os_platform_7a73d645_uniq` (`platform`, `version`, `sp`, `arch`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `omaha_request` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `version` BIGINT NOT NULL,
  `ismachine` SMALLINT,
  `sessionid` VARCHAR(40),
  `userid` VARCHAR(40),
  `installsource` VARCHAR(40),
  `originurl` VARCHAR(200),
  `testsource` VARCHAR(40),
  `updaterchannel` VARCHAR(10),
  `created` DATETIME(6) NOT NULL,
  `hw_id` INT,
  `os_id` INT,
  `ip` VARCHAR(45),
  PRIMARY KEY (`id`),
  CONSTRAINT `omaha_request_hw_id_5c3ffb5e_fk_omaha_hw_id` FOREIGN KEY (`hw_id`) REFERENCES `omaha_hw` (`id`),
  CONSTRAINT `omaha_request_os_id_f1cec5d9_fk_omaha_os_id` FOREIGN KEY (`os_id`) REFERENCES `omaha_os` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `omaha_apprequest` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `appid` VARCHAR(38) NOT NULL,
  `version` BIGINT,
  `nextversion` BIGINT,
  `lang` VARCHAR(40),
  `tag` VARCHAR(40),
  `installage` SMALLINT,
  `request_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `omaha_apprequest_request_id_1ebbf837_fk_omaha_request_id` FOREIGN KEY (`request_id`) REFERENCES `omaha_request` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `omaha_event` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `eventtype` SMALLINT NOT NULL,
  `eventresult` SMALLINT NOT NULL,
  `errorcode` INT,
  `extracode1` INT,
  `download_time_ms` INT,
  `downloaded` INT,
  `total` INT,
  `update_check_time_ms` INT,
  `install_time_ms` INT,
  `source_url_index` VARCHAR(200),
  `state_cancelled` INT,
  `time_since_update_available_ms` INT,
  `time_since_download_start_ms` INT,
  `nextversion` VARCHAR(40),
  `previousversion` VARCHAR(40),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `omaha_apprequest_events` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `apprequest_id` INT NOT NULL,
  `event_id` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `omaha_apprequest_events_apprequest_id_fe1d45b7_uniq` (`apprequest_id`, `event_id`),
  CONSTRAINT `omaha_apprequest__apprequest_id_8e2e379b_fk_omaha_apprequest_id` FOREIGN KEY (`apprequest_id`) REFERENCES `omaha_apprequest` (`id`),
  CONSTRAINT `omaha_apprequest_events_event_id_d95c98fe_fk_omaha_event_id` FOREIGN KEY (`event_id`) REFERENCES `omaha_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `omaha_data` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` SMALLINT NOT NULL,
  `index` VARCHAR(255),
  `value` TEXT,
  `app_id` VARCHAR(38) NOT NULL,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `omaha_data_app_id_31b2a5c5_fk_applications_id` FOREIGN KEY (`app_id`) REFERENCES `applications` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `omaha_partialupdate` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `is_enabled` TINYINT(1) NOT NULL,
  `percent` DOUBLE NOT NULL,
  `start_date` DATE NOT NULL,
  `end_date` DATE NOT NULL,
  `version_id` INT NOT NULL,
  `active_users` SMALLINT NOT NULL,
  `exclude_new_users` TINYINT(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `omaha_partialupdate_version_id_key` (`version_id`),
  CONSTRAINT `omaha_partialupdate_version_id_e47cbb9a_fk_versions_id` FOREIGN KEY (`version_id`) REFERENCES `versions` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sparkle_sparkleversion` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `created` DATETIME(6) NOT NULL,
  `modified` DATETIME(6) NOT NULL,
  `release_notes` TEXT,
  `file` VARCHAR(100),
  `file_size` INT,
  `dsa_signature` VARCHAR(140),
  `app_id` VARCHAR(38) NOT NULL,
  `channel_id` INT NOT NULL,
  `is_enabled` TINYINT(1) NOT NULL,
  `is_critical` TINYINT(1) NOT NULL,
  `short_version` BIGINT,
  `version` BIGINT NOT NULL,
  `minimum_system_version` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `sparkle_sparkleversion_app_id_87b6cf87_fk_applications_id` FOREIGN KEY (`app_id`) REFERENCES `applications` (`id`),
  CONSTRAINT `sparkle_sparkleversion_channel_id_9afedef4_fk_channels_id` FOREIGN KEY (`channel_id`) REFERENCES `channels` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


-- RadioCo (django-radio; Iago Veloso Abalo; radio station management: programmes and their announcers with roles,
-- episodes and their participants, podcasts of recorded episodes, schedule calendars with recurrences, user
-- profiles with biography and avatar, site, podcast-recorder and calendar configuration, REST API tokens),
-- github.com/iago1460/django-radio, commit 96c9b74df6a51320e3e36e718be06bcef4405a26 (GPL-3.0).
-- Source: upstream's own Django migrations (radioco/apps/{users,programmes,schedules,global_settings,radioco}/
-- migrations, 31 files) replayed with `manage.py migrate` into MariaDB 10.11, together with the migrations of the
-- installed framework apps (django.contrib auth, contenttypes, sessions, sites, admin; Django REST framework's
-- authtoken). Upstream pins Django 1.11, which does not run on the Python available here, so Django 4.2 replayed
-- the migrations, with two compatibility shims and no schema change: ugettext/ugettext_lazy aliased to
-- gettext/gettext_lazy, and ForeignKey/OneToOneField given on_delete=CASCADE where the 1.x migrations omit it
-- (Django 1.x's default). The framework tables are therefore Django 4.2's (e.g. auth_user.first_name and last_name
-- 150 characters where Django 1.11 had 30). The result dumped table by table (SHOW CREATE TABLE). Left out: the tables of the PyPI release of django-recurrence (recurrence_*), because upstream uses its
-- own fork of that library, whose field stores recurrences as text in schedules_schedule.recurrences.

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

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `authtoken_token` (
  `key` varchar(40) NOT NULL,
  `created` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`key`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `authtoken_token_user_id_35299eff_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `users_userprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `bio` longtext NOT NULL,
  `avatar` varchar(100) NOT NULL,
  `display_personal_page` tinyint(1) NOT NULL,
  `slug` varchar(30) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `users_userprofile_slug_e2ef062f` (`slug`),
  CONSTRAINT `users_userprofile_user_id_87251ef1_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `programmes_programme` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `start_date` date DEFAULT NULL,
  `end_date` date DEFAULT NULL,
  `synopsis` longtext NOT NULL,
  `photo` varchar(100) NOT NULL,
  `language` varchar(7) NOT NULL,
  `current_season` int(10) unsigned NOT NULL CHECK (`current_season` >= 0),
  `category` varchar(50) DEFAULT NULL,
  `slug` varchar(100) NOT NULL,
  `_runtime` int(10) unsigned NOT NULL CHECK (`_runtime` >= 0),
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `programmes_role` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role` varchar(60) DEFAULT NULL,
  `description` longtext NOT NULL,
  `date_joined` date NOT NULL,
  `person_id` int(11) NOT NULL,
  `programme_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `programmes_role_person_id_programme_id_3f90ac92_uniq` (`person_id`,`programme_id`),
  KEY `programmes_role_programme_id_2efc5d89_fk_programmes_programme_id` (`programme_id`),
  KEY `programmes_role_person_id_fd9f21d6` (`person_id`),
  CONSTRAINT `programmes_role_person_id_fd9f21d6_fk_auth_user_id` FOREIGN KEY (`person_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `programmes_role_programme_id_2efc5d89_fk_programmes_programme_id` FOREIGN KEY (`programme_id`) REFERENCES `programmes_programme` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `programmes_episode` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(100) DEFAULT NULL,
  `summary` longtext NOT NULL,
  `issue_date` datetime(6) DEFAULT NULL,
  `season` int(10) unsigned NOT NULL CHECK (`season` >= 0),
  `number_in_season` int(10) unsigned NOT NULL CHECK (`number_in_season` >= 0),
  `programme_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `programmes_episode_season_number_in_season__6368fdca_uniq` (`season`,`number_in_season`,`programme_id`),
  KEY `programmes_episode_programme_id_ba4177c6_fk_programme` (`programme_id`),
  KEY `programmes_episode_issue_date_596552c1` (`issue_date`),
  CONSTRAINT `programmes_episode_programme_id_ba4177c6_fk_programme` FOREIGN KEY (`programme_id`) REFERENCES `programmes_programme` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `programmes_participant` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `role` varchar(60) DEFAULT NULL,
  `description` longtext NOT NULL,
  `episode_id` int(11) NOT NULL,
  `person_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `programmes_participant_person_id_episode_id_e38bc01f_uniq` (`person_id`,`episode_id`),
  KEY `programmes_participa_episode_id_b755f49a_fk_programme` (`episode_id`),
  KEY `programmes_participant_person_id_2348c11d` (`person_id`),
  CONSTRAINT `programmes_participa_episode_id_b755f49a_fk_programme` FOREIGN KEY (`episode_id`) REFERENCES `programmes_episode` (`id`),
  CONSTRAINT `programmes_participant_person_id_2348c11d_fk_auth_user_id` FOREIGN KEY (`person_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `programmes_podcast` (
  `episode_id` int(11) NOT NULL,
  `url` varchar(2048) NOT NULL,
  `mime_type` varchar(20) NOT NULL,
  `length` int(10) unsigned NOT NULL CHECK (`length` >= 0),
  `duration` int(10) unsigned NOT NULL CHECK (`duration` >= 0),
  `podcast_file` varchar(100) NOT NULL,
  PRIMARY KEY (`episode_id`),
  CONSTRAINT `programmes_podcast_episode_id_d57a9d06_fk_programmes_episode_id` FOREIGN KEY (`episode_id`) REFERENCES `programmes_episode` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `schedules_calendar` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `schedules_schedule` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(1) NOT NULL,
  `programme_id` int(11) NOT NULL,
  `calendar_id` int(11) NOT NULL,
  `source_id` int(11) DEFAULT NULL,
  `from_collection_id` int(11) DEFAULT NULL,
  `recurrences` longtext NOT NULL,
  `start_dt` datetime(6) NOT NULL,
  `effective_end_dt` datetime(6) DEFAULT NULL,
  `effective_start_dt` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `schedules_schedule_source_id_77cb9ffc_fk_schedules_schedule_id` (`source_id`),
  KEY `schedules_schedule_programme_id_e937f244_fk_programme` (`programme_id`),
  KEY `schedules_schedule_calendar_id_0a4627ea_fk_schedules_calendar_id` (`calendar_id`),
  KEY `schedules_schedule_from_collection_id_4ca2e888_fk_schedules` (`from_collection_id`),
  CONSTRAINT `schedules_schedule_calendar_id_0a4627ea_fk_schedules_calendar_id` FOREIGN KEY (`calendar_id`) REFERENCES `schedules_calendar` (`id`),
  CONSTRAINT `schedules_schedule_from_collection_id_4ca2e888_fk_schedules` FOREIGN KEY (`from_collection_id`) REFERENCES `schedules_schedule` (`id`),
  CONSTRAINT `schedules_schedule_programme_id_e937f244_fk_programme` FOREIGN KEY (`programme_id`) REFERENCES `programmes_programme` (`id`),
  CONSTRAINT `schedules_schedule_source_id_77cb9ffc_fk_schedules_schedule_id` FOREIGN KEY (`source_id`) REFERENCES `schedules_schedule` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `schedules_excludeddates` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `datetime` datetime(6) NOT NULL,
  `schedule_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `schedules_excludedda_schedule_id_7da233ca_fk_schedules` (`schedule_id`),
  KEY `schedules_excludeddates_datetime_3e931471` (`datetime`),
  CONSTRAINT `schedules_excludedda_schedule_id_7da233ca_fk_schedules` FOREIGN KEY (`schedule_id`) REFERENCES `schedules_schedule` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `global_settings_siteconfiguration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site_name` varchar(255) NOT NULL,
  `about_footer` longtext NOT NULL,
  `address` longtext NOT NULL,
  `facebook_address` varchar(255) DEFAULT NULL,
  `google_analytics_id` varchar(255) NOT NULL,
  `twitter_address` varchar(255) DEFAULT NULL,
  `more_about_us` longtext NOT NULL,
  `site_color` varchar(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `global_settings_podcastconfiguration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url_source` varchar(500) NOT NULL,
  `start_delay` int(10) unsigned NOT NULL CHECK (`start_delay` >= 0),
  `end_delay` int(10) unsigned NOT NULL CHECK (`end_delay` >= 0),
  `next_events` int(10) unsigned NOT NULL CHECK (`next_events` >= 0),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `global_settings_calendarconfiguration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `first_day` int(11) NOT NULL,
  `min_time` time(6) NOT NULL,
  `max_time` time(6) NOT NULL,
  `slot_duration` bigint(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `global_settings_radiocomconfiguration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `station_name` varchar(255) NOT NULL,
  `icon_url` varchar(255) NOT NULL,
  `big_icon_url` varchar(255) NOT NULL,
  `history` longtext NOT NULL,
  `latitude` double NOT NULL,
  `longitude` double NOT NULL,
  `news_rss` varchar(255) NOT NULL,
  `station_photos` longtext NOT NULL,
  `stream_url` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;


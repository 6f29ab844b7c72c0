-- Mozilla Reps portal ("ReMo", reps.mozilla.org): the Mozilla Reps ambassador / community programme.
-- Upstream: github.com/mozilla/remo, commit 751c266a09ea560220029d95eb54359564f93d5e (2020-10-27), BSD-3-Clause.
-- Made by replaying upstream's Django migrations (remo/*/migrations, with Django's contrib apps and the
-- tastypie 0.12.2 and django-waffle 0.11 apps of INSTALLED_APPS) with upstream's pinned Django 1.8.19 into
-- MariaDB 10.11, read back with SHOW CREATE TABLE (AUTO_INCREMENT counters removed, foreign-key order).
-- All 55 tables kept.

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(80) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_45f3b1d93ec8c61c_uniq` (`app_label`,`model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `content_type_id` (`content_type_id`,`codename`),
  CONSTRAINT `auth__content_type_id_508cf46651277a81_fk_django_content_type_id` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_id` (`group_id`,`permission_id`),
  KEY `auth_group__permission_id_1f49ccbbdc69d2fc_fk_auth_permission_id` (`permission_id`),
  CONSTRAINT `auth_group__permission_id_1f49ccbbdc69d2fc_fk_auth_permission_id` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permission_group_id_689710a9a73b7457_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `auth_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime DEFAULT NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(30) NOT NULL,
  `first_name` varchar(30) NOT NULL,
  `last_name` varchar(30) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_33ac548dcf5f8e37_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_33ac548dcf5f8e37_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_4b5ed4ffdb8fd9b0_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `auth_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`,`permission_id`),
  KEY `auth_user_u_permission_id_384b62483d7071f0_fk_auth_permission_id` (`permission_id`),
  CONSTRAINT `auth_user_u_permission_id_384b62483d7071f0_fk_auth_permission_id` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissi_user_id_7f0938558328534a_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `dashboard_actionitem` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `created_on` datetime NOT NULL,
  `updated_on` datetime NOT NULL,
  `due_date` date DEFAULT NULL,
  `priority` int(11) NOT NULL,
  `resolved` tinyint(1) NOT NULL,
  `completed` tinyint(1) NOT NULL,
  `object_id` int(10) unsigned NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `dashb_content_type_id_60ac1e11c3a27dec_fk_django_content_type_id` (`content_type_id`),
  KEY `dashboard_actionitem_user_id_19192ec61a76060f_fk_auth_user_id` (`user_id`),
  CONSTRAINT `dashb_content_type_id_60ac1e11c3a27dec_fk_django_content_type_id` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `dashboard_actionitem_user_id_19192ec61a76060f_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `djang_content_type_id_697914295151027a_fk_django_content_type_id` (`content_type_id`),
  KEY `django_admin_log_user_id_52fdd58701c5f563_fk_auth_user_id` (`user_id`),
  CONSTRAINT `djang_content_type_id_697914295151027a_fk_django_content_type_id` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_52fdd58701c5f563_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_de54fa62` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `remozilla_bug` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime NOT NULL,
  `updated_on` datetime NOT NULL,
  `bug_id` int(10) unsigned NOT NULL,
  `bug_creation_time` datetime DEFAULT NULL,
  `bug_last_change_time` datetime DEFAULT NULL,
  `component` varchar(200) NOT NULL,
  `summary` varchar(500) NOT NULL,
  `whiteboard` varchar(500) NOT NULL,
  `status` varchar(30) NOT NULL,
  `resolution` varchar(30) NOT NULL,
  `first_comment` longtext NOT NULL,
  `council_vote_requested` tinyint(1) NOT NULL,
  `council_member_assigned` tinyint(1) NOT NULL,
  `pending_mentor_validation` tinyint(1) NOT NULL,
  `assigned_to_id` int(11) DEFAULT NULL,
  `creator_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bug_id` (`bug_id`),
  KEY `remozilla_bug_assigned_to_id_65567a9a69b7b492_fk_auth_user_id` (`assigned_to_id`),
  KEY `remozilla_bug_creator_id_120e56a34143a4ce_fk_auth_user_id` (`creator_id`),
  CONSTRAINT `remozilla_bug_assigned_to_id_65567a9a69b7b492_fk_auth_user_id` FOREIGN KEY (`assigned_to_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `remozilla_bug_creator_id_120e56a34143a4ce_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `reports_campaign` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `events_event` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `start` datetime NOT NULL,
  `end` datetime NOT NULL,
  `timezone` varchar(100) NOT NULL,
  `venue` varchar(150) NOT NULL,
  `city` varchar(50) NOT NULL,
  `region` varchar(50) NOT NULL,
  `country` varchar(50) NOT NULL,
  `lat` double NOT NULL,
  `lon` double NOT NULL,
  `external_link` varchar(300) DEFAULT NULL,
  `planning_pad_url` varchar(300) NOT NULL,
  `estimated_attendance` int(10) unsigned NOT NULL,
  `actual_attendance` int(10) unsigned DEFAULT NULL,
  `description` longtext NOT NULL,
  `extra_content` longtext NOT NULL,
  `mozilla_event` tinyint(1) NOT NULL,
  `hashtag` varchar(50) NOT NULL,
  `converted_visitors` int(10) unsigned NOT NULL,
  `times_edited` int(10) unsigned NOT NULL,
  `has_new_metrics` tinyint(1) NOT NULL,
  `created_on` datetime DEFAULT NULL,
  `updated_on` datetime DEFAULT NULL,
  `budget_bug_id` int(11) DEFAULT NULL,
  `campaign_id` int(11) DEFAULT NULL,
  `owner_id` int(11) NOT NULL,
  `swag_bug_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `events_event_budget_bug_id_1c3064b4e3a3ed86_fk_remozilla_bug_id` (`budget_bug_id`),
  KEY `events_event_2dbcba41` (`slug`),
  KEY `events_event_f14acec3` (`campaign_id`),
  KEY `events_event_5e7b1936` (`owner_id`),
  KEY `events_event_c7699d65` (`swag_bug_id`),
  CONSTRAINT `events_event_budget_bug_id_1c3064b4e3a3ed86_fk_remozilla_bug_id` FOREIGN KEY (`budget_bug_id`) REFERENCES `remozilla_bug` (`id`),
  CONSTRAINT `events_event_campaign_id_6123beffdb326732_fk_reports_campaign_id` FOREIGN KEY (`campaign_id`) REFERENCES `reports_campaign` (`id`),
  CONSTRAINT `events_event_owner_id_10d624615250883c_fk_auth_user_id` FOREIGN KEY (`owner_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `events_event_swag_bug_id_17158deca384114b_fk_remozilla_bug_id` FOREIGN KEY (`swag_bug_id`) REFERENCES `remozilla_bug` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `events_attendance` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` tinyint(1) NOT NULL,
  `date_subscribed` datetime NOT NULL,
  `event_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `events_attendance_4437cfac` (`event_id`),
  KEY `events_attendance_e8701ad4` (`user_id`),
  CONSTRAINT `events_attendance_event_id_44238bf3a3ab8da9_fk_events_event_id` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`),
  CONSTRAINT `events_attendance_user_id_301c3b98b0b9d563_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `events_eventcomment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime NOT NULL,
  `comment` longtext NOT NULL,
  `event_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `events_eventcomment_event_id_7538888b0180fa51_fk_events_event_id` (`event_id`),
  KEY `events_eventcomment_user_id_657b56ff57738075_fk_auth_user_id` (`user_id`),
  CONSTRAINT `events_eventcomment_event_id_7538888b0180fa51_fk_events_event_id` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`),
  CONSTRAINT `events_eventcomment_user_id_657b56ff57738075_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `events_eventgoal` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(127) NOT NULL,
  `slug` varchar(127) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `events_eventgoal_2dbcba41` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `events_eventmetric` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `events_eventmetricoutcome` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `expected_outcome` int(10) unsigned NOT NULL,
  `outcome` int(10) unsigned DEFAULT NULL,
  `details` longtext NOT NULL,
  `event_id` int(11) NOT NULL,
  `metric_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `events_eventmetrico_event_id_3937c967fbee5db8_fk_events_event_id` (`event_id`),
  KEY `events_event_metric_id_1066686052176b49_fk_events_eventmetric_id` (`metric_id`),
  CONSTRAINT `events_event_metric_id_1066686052176b49_fk_events_eventmetric_id` FOREIGN KEY (`metric_id`) REFERENCES `events_eventmetric` (`id`),
  CONSTRAINT `events_eventmetrico_event_id_3937c967fbee5db8_fk_events_event_id` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `profiles_functionalarea` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `profiles_functionalarea_2dbcba41` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `events_event_categories` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `functionalarea_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_id` (`event_id`,`functionalarea_id`),
  KEY `D7c23956b6cc3702ab253b3990af9c22` (`functionalarea_id`),
  CONSTRAINT `D7c23956b6cc3702ab253b3990af9c22` FOREIGN KEY (`functionalarea_id`) REFERENCES `profiles_functionalarea` (`id`),
  CONSTRAINT `events_event_catego_event_id_44fab71b8baceb9f_fk_events_event_id` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `events_event_goals` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `event_id` int(11) NOT NULL,
  `eventgoal_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `event_id` (`event_id`,`eventgoal_id`),
  KEY `events_even_eventgoal_id_179c7544b83afd85_fk_events_eventgoal_id` (`eventgoal_id`),
  CONSTRAINT `events_even_eventgoal_id_179c7544b83afd85_fk_events_eventgoal_id` FOREIGN KEY (`eventgoal_id`) REFERENCES `events_eventgoal` (`id`),
  CONSTRAINT `events_event_goals_event_id_61946b2dddeab93e_fk_events_event_id` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `events_metric` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(300) NOT NULL,
  `outcome` varchar(300) NOT NULL,
  `event_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `events_metric_event_id_6a4b66b101d7056c_fk_events_event_id` (`event_id`),
  CONSTRAINT `events_metric_event_id_6a4b66b101d7056c_fk_events_event_id` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `featuredrep_featuredrep` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime DEFAULT NULL,
  `updated_on` datetime DEFAULT NULL,
  `text` longtext NOT NULL,
  `created_by_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `featuredrep_featu_created_by_id_5c079022aa86797a_fk_auth_user_id` (`created_by_id`),
  CONSTRAINT `featuredrep_featu_created_by_id_5c079022aa86797a_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `featuredrep_featuredrep_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `featuredrep_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `featuredrep_id` (`featuredrep_id`,`user_id`),
  KEY `featuredrep_featuredrep_user_id_6972593a169df6de_fk_auth_user_id` (`user_id`),
  CONSTRAINT `fe_featuredrep_id_5698ecdebe0fdf6b_fk_featuredrep_featuredrep_id` FOREIGN KEY (`featuredrep_id`) REFERENCES `featuredrep_featuredrep` (`id`),
  CONSTRAINT `featuredrep_featuredrep_user_id_6972593a169df6de_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `profiles_mobilisinginterest` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `profiles_mobilisinginterest_2dbcba41` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `profiles_mobilisingskill` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `profiles_mobilisingskill_2dbcba41` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `profiles_useravatar` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `avatar_url` varchar(400) NOT NULL,
  `last_update` datetime NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `profiles_useravatar_user_id_68518b7f3102f663_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `profiles_userprofile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `registration_complete` tinyint(1) NOT NULL,
  `date_joined_program` date NOT NULL,
  `date_left_program` date DEFAULT NULL,
  `local_name` varchar(100) NOT NULL,
  `birth_date` date DEFAULT NULL,
  `city` varchar(50) NOT NULL,
  `region` varchar(50) NOT NULL,
  `country` varchar(50) NOT NULL,
  `lon` double DEFAULT NULL,
  `lat` double DEFAULT NULL,
  `display_name` varchar(50) NOT NULL,
  `private_email` varchar(254) DEFAULT NULL,
  `mozillians_profile_url` varchar(200) NOT NULL,
  `twitter_account` varchar(16) NOT NULL,
  `jabber_id` varchar(50) NOT NULL,
  `irc_name` varchar(50) NOT NULL,
  `irc_channels` longtext NOT NULL,
  `linkedin_url` varchar(200) NOT NULL,
  `facebook_url` varchar(200) NOT NULL,
  `diaspora_url` varchar(200) NOT NULL,
  `personal_website_url` varchar(200) NOT NULL,
  `personal_blog_feed` varchar(200) NOT NULL,
  `wiki_profile_url` varchar(200) NOT NULL,
  `bio` longtext NOT NULL,
  `gender` tinyint(1) DEFAULT NULL,
  `receive_email_on_add_comment` tinyint(1) NOT NULL,
  `receive_email_on_add_event_comment` tinyint(1) NOT NULL,
  `receive_email_on_add_voting_comment` tinyint(1) NOT NULL,
  `mozillian_username` varchar(40) NOT NULL,
  `current_streak_start` date DEFAULT NULL,
  `longest_streak_start` date DEFAULT NULL,
  `longest_streak_end` date DEFAULT NULL,
  `first_report_notification` date DEFAULT NULL,
  `second_report_notification` date DEFAULT NULL,
  `timezone` varchar(100) NOT NULL,
  `unavailability_task_id` varchar(256) DEFAULT NULL,
  `is_rotm_nominee` tinyint(1) NOT NULL,
  `added_by_id` int(11) DEFAULT NULL,
  `mentor_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  `rotm_nominated_by_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `display_name` (`display_name`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `profiles_userprofile_added_by_id_b7ecddc07e66405_fk_auth_user_id` (`added_by_id`),
  KEY `profiles_userprofile_mentor_id_2f846c15fb49a760_fk_auth_user_id` (`mentor_id`),
  KEY `profiles_userprofile_33712a64` (`rotm_nominated_by_id`),
  CONSTRAINT `profiles_u_rotm_nominated_by_id_4b58ff4956680fde_fk_auth_user_id` FOREIGN KEY (`rotm_nominated_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `profiles_userprofile_added_by_id_b7ecddc07e66405_fk_auth_user_id` FOREIGN KEY (`added_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `profiles_userprofile_mentor_id_2f846c15fb49a760_fk_auth_user_id` FOREIGN KEY (`mentor_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `profiles_userprofile_user_id_483a8de9a812fd8_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `profiles_userprofile_functional_areas` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userprofile_id` int(11) NOT NULL,
  `functionalarea_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `userprofile_id` (`userprofile_id`,`functionalarea_id`),
  KEY `D3f670713d59878663a553ad3a68a91f` (`functionalarea_id`),
  CONSTRAINT `D3f670713d59878663a553ad3a68a91f` FOREIGN KEY (`functionalarea_id`) REFERENCES `profiles_functionalarea` (`id`),
  CONSTRAINT `profi_userprofile_id_77a2ec8aa5308266_fk_profiles_userprofile_id` FOREIGN KEY (`userprofile_id`) REFERENCES `profiles_userprofile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `profiles_userprofile_mobilising_interests` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userprofile_id` int(11) NOT NULL,
  `mobilisinginterest_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `userprofile_id` (`userprofile_id`,`mobilisinginterest_id`),
  KEY `D522dfa6ac7fc04093946ed8575cb333` (`mobilisinginterest_id`),
  CONSTRAINT `D522dfa6ac7fc04093946ed8575cb333` FOREIGN KEY (`mobilisinginterest_id`) REFERENCES `profiles_mobilisinginterest` (`id`),
  CONSTRAINT `profi_userprofile_id_42ec1e97a617b5d5_fk_profiles_userprofile_id` FOREIGN KEY (`userprofile_id`) REFERENCES `profiles_userprofile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `profiles_userprofile_mobilising_skills` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userprofile_id` int(11) NOT NULL,
  `mobilisingskill_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `userprofile_id` (`userprofile_id`,`mobilisingskill_id`),
  KEY `D55f06b9174ed8ac7d37747e06f62285` (`mobilisingskill_id`),
  CONSTRAINT `D55f06b9174ed8ac7d37747e06f62285` FOREIGN KEY (`mobilisingskill_id`) REFERENCES `profiles_mobilisingskill` (`id`),
  CONSTRAINT `profi_userprofile_id_73ef56515e615533_fk_profiles_userprofile_id` FOREIGN KEY (`userprofile_id`) REFERENCES `profiles_userprofile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `profiles_userprofile_tracked_functional_areas` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `userprofile_id` int(11) NOT NULL,
  `functionalarea_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `userprofile_id` (`userprofile_id`,`functionalarea_id`),
  KEY `D6513741fad4a009d66a944a324c6312` (`functionalarea_id`),
  CONSTRAINT `D6513741fad4a009d66a944a324c6312` FOREIGN KEY (`functionalarea_id`) REFERENCES `profiles_functionalarea` (`id`),
  CONSTRAINT `profil_userprofile_id_37f7eba9d16f065_fk_profiles_userprofile_id` FOREIGN KEY (`userprofile_id`) REFERENCES `profiles_userprofile` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `profiles_userstatus` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `start_date` date NOT NULL,
  `expected_date` date DEFAULT NULL,
  `return_date` date DEFAULT NULL,
  `created_on` datetime NOT NULL,
  `is_unavailable` tinyint(1) NOT NULL,
  `replacement_rep_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `profiles_use_replacement_rep_id_4bf21a88f0c8495c_fk_auth_user_id` (`replacement_rep_id`),
  KEY `profiles_userstatus_user_id_2babf3f587313c26_fk_auth_user_id` (`user_id`),
  CONSTRAINT `profiles_use_replacement_rep_id_4bf21a88f0c8495c_fk_auth_user_id` FOREIGN KEY (`replacement_rep_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `profiles_userstatus_user_id_2babf3f587313c26_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `remozilla_bug_budget_needinfo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `bug_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bug_id` (`bug_id`,`user_id`),
  KEY `remozilla_bug_budget_ne_user_id_46e2d10812ae2963_fk_auth_user_id` (`user_id`),
  CONSTRAINT `remozilla_bug_budget_bug_id_1800d81ff4acc787_fk_remozilla_bug_id` FOREIGN KEY (`bug_id`) REFERENCES `remozilla_bug` (`id`),
  CONSTRAINT `remozilla_bug_budget_ne_user_id_46e2d10812ae2963_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `remozilla_bug_cc` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `bug_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `bug_id` (`bug_id`,`user_id`),
  KEY `remozilla_bug_cc_user_id_61c81fa6f0d92b0c_fk_auth_user_id` (`user_id`),
  CONSTRAINT `remozilla_bug_cc_bug_id_73389299d8c25c48_fk_remozilla_bug_id` FOREIGN KEY (`bug_id`) REFERENCES `remozilla_bug` (`id`),
  CONSTRAINT `remozilla_bug_cc_user_id_61c81fa6f0d92b0c_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `remozilla_status` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `last_updated` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `reports_activity` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `active` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `reports_ngreport` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `report_date` date NOT NULL,
  `created_on` datetime NOT NULL,
  `updated_on` datetime NOT NULL,
  `longitude` double DEFAULT NULL,
  `latitude` double DEFAULT NULL,
  `location` varchar(150) NOT NULL,
  `is_passive` tinyint(1) NOT NULL,
  `link` varchar(500) NOT NULL,
  `link_description` varchar(500) NOT NULL,
  `activity_description` longtext NOT NULL,
  `verified_activity` tinyint(1) NOT NULL,
  `country` varchar(50) NOT NULL,
  `activity_id` int(11) NOT NULL,
  `campaign_id` int(11) DEFAULT NULL,
  `event_id` int(11) DEFAULT NULL,
  `mentor_id` int(11) DEFAULT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `reports_ngre_activity_id_384fc3d84c6b03c6_fk_reports_activity_id` (`activity_id`),
  KEY `reports_ngre_campaign_id_4ba461a0d2755523_fk_reports_campaign_id` (`campaign_id`),
  KEY `reports_ngreport_event_id_7945611f17b986d4_fk_events_event_id` (`event_id`),
  KEY `reports_ngreport_mentor_id_361589bf90aa1590_fk_auth_user_id` (`mentor_id`),
  KEY `reports_ngreport_user_id_17130006eaea6e08_fk_auth_user_id` (`user_id`),
  KEY `reports_ngreport_e8334226` (`report_date`),
  CONSTRAINT `reports_ngre_activity_id_384fc3d84c6b03c6_fk_reports_activity_id` FOREIGN KEY (`activity_id`) REFERENCES `reports_activity` (`id`),
  CONSTRAINT `reports_ngre_campaign_id_4ba461a0d2755523_fk_reports_campaign_id` FOREIGN KEY (`campaign_id`) REFERENCES `reports_campaign` (`id`),
  CONSTRAINT `reports_ngreport_event_id_7945611f17b986d4_fk_events_event_id` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`),
  CONSTRAINT `reports_ngreport_mentor_id_361589bf90aa1590_fk_auth_user_id` FOREIGN KEY (`mentor_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `reports_ngreport_user_id_17130006eaea6e08_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `reports_ngreportcomment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime NOT NULL,
  `comment` longtext NOT NULL,
  `report_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `reports_ngrepo_report_id_642aa08afc2cefcd_fk_reports_ngreport_id` (`report_id`),
  KEY `reports_ngreportcomment_user_id_390aa36e410832_fk_auth_user_id` (`user_id`),
  CONSTRAINT `reports_ngrepo_report_id_642aa08afc2cefcd_fk_reports_ngreport_id` FOREIGN KEY (`report_id`) REFERENCES `reports_ngreport` (`id`),
  CONSTRAINT `reports_ngreportcomment_user_id_390aa36e410832_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `reports_ngreport_functional_areas` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `ngreport_id` int(11) NOT NULL,
  `functionalarea_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `ngreport_id` (`ngreport_id`,`functionalarea_id`),
  KEY `bb403ef5d29d48d05da98ec728874930` (`functionalarea_id`),
  CONSTRAINT `bb403ef5d29d48d05da98ec728874930` FOREIGN KEY (`functionalarea_id`) REFERENCES `profiles_functionalarea` (`id`),
  CONSTRAINT `reports_ngre_ngreport_id_5409634923016752_fk_reports_ngreport_id` FOREIGN KEY (`ngreport_id`) REFERENCES `reports_ngreport` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tastypie_apiaccess` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `identifier` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `request_method` varchar(10) NOT NULL,
  `accessed` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `tastypie_apikey` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `key` varchar(128) NOT NULL,
  `created` datetime NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `tastypie_apikey_3c6e0b8a` (`key`),
  CONSTRAINT `tastypie_apikey_user_id_ffeb4840e0b406b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `voting_poll` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  `slug` varchar(255) NOT NULL,
  `start` datetime NOT NULL,
  `end` datetime NOT NULL,
  `created_on` datetime NOT NULL,
  `description` longtext NOT NULL,
  `task_start_id` varchar(256) DEFAULT NULL,
  `task_end_id` varchar(256) DEFAULT NULL,
  `automated_poll` tinyint(1) NOT NULL,
  `comments_allowed` tinyint(1) NOT NULL,
  `is_extended` tinyint(1) NOT NULL,
  `bug_id` int(11) DEFAULT NULL,
  `created_by_id` int(11) NOT NULL,
  `valid_groups_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `voting_poll_bug_id_70d3ad68b9311b27_fk_remozilla_bug_id` (`bug_id`),
  KEY `voting_poll_created_by_id_4cda15b48fcefd04_fk_auth_user_id` (`created_by_id`),
  KEY `voting_poll_2dbcba41` (`slug`),
  KEY `voting_poll_4f06a0ce` (`valid_groups_id`),
  CONSTRAINT `voting_poll_bug_id_70d3ad68b9311b27_fk_remozilla_bug_id` FOREIGN KEY (`bug_id`) REFERENCES `remozilla_bug` (`id`),
  CONSTRAINT `voting_poll_created_by_id_4cda15b48fcefd04_fk_auth_user_id` FOREIGN KEY (`created_by_id`) REFERENCES `auth_user` (`id`),
  CONSTRAINT `voting_poll_valid_groups_id_1171bfe1efd59041_fk_auth_group_id` FOREIGN KEY (`valid_groups_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `voting_pollcomment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_on` datetime NOT NULL,
  `comment` longtext NOT NULL,
  `poll_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `voting_pollcomment_poll_id_24d62b5abf0e278f_fk_voting_poll_id` (`poll_id`),
  KEY `voting_pollcomment_user_id_6ed893f9ee64894f_fk_auth_user_id` (`user_id`),
  CONSTRAINT `voting_pollcomment_poll_id_24d62b5abf0e278f_fk_voting_poll_id` FOREIGN KEY (`poll_id`) REFERENCES `voting_poll` (`id`),
  CONSTRAINT `voting_pollcomment_user_id_6ed893f9ee64894f_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `voting_radiopoll` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `question` varchar(500) NOT NULL,
  `poll_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `voting_radiopoll_poll_id_3fcfd40fc8ad9017_fk_voting_poll_id` (`poll_id`),
  CONSTRAINT `voting_radiopoll_poll_id_3fcfd40fc8ad9017_fk_voting_poll_id` FOREIGN KEY (`poll_id`) REFERENCES `voting_poll` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `voting_radiopollchoice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `answer` varchar(500) NOT NULL,
  `votes` int(11) NOT NULL,
  `radio_poll_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `voting_rad_radio_poll_id_67b6fa77750bd12e_fk_voting_radiopoll_id` (`radio_poll_id`),
  CONSTRAINT `voting_rad_radio_poll_id_67b6fa77750bd12e_fk_voting_radiopoll_id` FOREIGN KEY (`radio_poll_id`) REFERENCES `voting_radiopoll` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `voting_rangepoll` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(500) NOT NULL,
  `poll_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `voting_rangepoll_poll_id_50aceb311e803449_fk_voting_poll_id` (`poll_id`),
  CONSTRAINT `voting_rangepoll_poll_id_50aceb311e803449_fk_voting_poll_id` FOREIGN KEY (`poll_id`) REFERENCES `voting_poll` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `voting_rangepollchoice` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `votes` int(11) NOT NULL,
  `nominee_id` int(11) NOT NULL,
  `range_poll_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `voting_rangepollchoi_nominee_id_63cd28e739e9ee99_fk_auth_user_id` (`nominee_id`),
  KEY `voting_ran_range_poll_id_2b504bb3e7daf42a_fk_voting_rangepoll_id` (`range_poll_id`),
  CONSTRAINT `voting_ran_range_poll_id_2b504bb3e7daf42a_fk_voting_rangepoll_id` FOREIGN KEY (`range_poll_id`) REFERENCES `voting_rangepoll` (`id`),
  CONSTRAINT `voting_rangepollchoi_nominee_id_63cd28e739e9ee99_fk_auth_user_id` FOREIGN KEY (`nominee_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `voting_vote` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `date_voted` date NOT NULL,
  `poll_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `voting_vote_poll_id_1454f68c829a0b6_fk_voting_poll_id` (`poll_id`),
  KEY `voting_vote_user_id_5949fa193ca86fd8_fk_auth_user_id` (`user_id`),
  CONSTRAINT `voting_vote_poll_id_1454f68c829a0b6_fk_voting_poll_id` FOREIGN KEY (`poll_id`) REFERENCES `voting_poll` (`id`),
  CONSTRAINT `voting_vote_user_id_5949fa193ca86fd8_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `waffle_flag` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `everyone` tinyint(1) DEFAULT NULL,
  `percent` decimal(3,1) DEFAULT NULL,
  `testing` tinyint(1) NOT NULL,
  `superusers` tinyint(1) NOT NULL,
  `staff` tinyint(1) NOT NULL,
  `authenticated` tinyint(1) NOT NULL,
  `languages` longtext NOT NULL,
  `rollout` tinyint(1) NOT NULL,
  `note` longtext NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `waffle_flag_e2fa5388` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `waffle_flag_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `flag_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `flag_id` (`flag_id`,`group_id`),
  KEY `waffle_flag_groups_group_id_1d214ce64ae3698d_fk_auth_group_id` (`group_id`),
  CONSTRAINT `waffle_flag_groups_flag_id_3d040eff1615da33_fk_waffle_flag_id` FOREIGN KEY (`flag_id`) REFERENCES `waffle_flag` (`id`),
  CONSTRAINT `waffle_flag_groups_group_id_1d214ce64ae3698d_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `waffle_flag_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `flag_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `flag_id` (`flag_id`,`user_id`),
  KEY `waffle_flag_users_user_id_3c8ba20de859cb5_fk_auth_user_id` (`user_id`),
  CONSTRAINT `waffle_flag_users_flag_id_fe9e88f3072acde_fk_waffle_flag_id` FOREIGN KEY (`flag_id`) REFERENCES `waffle_flag` (`id`),
  CONSTRAINT `waffle_flag_users_user_id_3c8ba20de859cb5_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `waffle_sample` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `percent` decimal(4,1) NOT NULL,
  `note` longtext NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `waffle_sample_e2fa5388` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;

CREATE TABLE `waffle_switch` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `active` tinyint(1) NOT NULL,
  `note` longtext NOT NULL,
  `created` datetime NOT NULL,
  `modified` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  KEY `waffle_switch_e2fa5388` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;


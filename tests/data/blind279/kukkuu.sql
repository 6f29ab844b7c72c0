-- Kukkuu (City of Helsinki; "Kulttuurin kummilapset" — Culture Kids: every child born in Helsinki in a given
-- year is offered free culture events until school age; guardians sign up their children, enrol them in event
-- occurrences, receive messages and tickets, staff mark attendance; Django, PostgreSQL).
-- Upstream: github.com/City-of-Helsinki/kukkuu, commit 547845f5bcc06366d88acd6c0312d9e1d81fdb97 (MIT),
-- the Django migrations of its apps (users, children, projects, events, venues, languages, subscriptions,
-- messaging, verification_tokens) replayed with Django 5.2.19, django-parler 2.3 (translation tables) and
-- django-helusers 1.2.0 (the user model's parent and its AD-group tables) into PostgreSQL 15 (data migrations
-- that load project fixtures skipped), then written as MySQL DDL from the PostgreSQL catalogue (uuid -> char(32)
-- as Django's MySQL backend, text -> longtext, boolean -> tinyint(1), timestamptz -> datetime(6)).
-- 35 tables kept (see kukkuu.md for what was left out).
CREATE TABLE `auth_group` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_content_type` (
  `id` int NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`, `model`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_permission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`, `codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_project` (
  `id` int NOT NULL AUTO_INCREMENT,
  `year` smallint NOT NULL,
  `single_events_allowed` tinyint(1) NOT NULL,
  `enrolment_limit` smallint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `projects_project_year_key` (`year`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `children_child` (
  `id` char(32) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(64) NOT NULL,
  `birthyear` int NOT NULL,
  `postal_code` varchar(5) NOT NULL,
  `project_id` int NOT NULL,
  `notes` longtext NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `children_child_project_id_a3fe375a_fk_projects_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `languages_language` (
  `id` int NOT NULL AUTO_INCREMENT,
  `alpha_3_code` varchar(3),
  PRIMARY KEY (`id`),
  UNIQUE KEY `languages_language_alpha_3_code_key` (`alpha_3_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `children_child_languages_spoken_at_home` (
  `id` int NOT NULL AUTO_INCREMENT,
  `child_id` char(32) NOT NULL,
  `language_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `children_child_languages_child_id_language_id_53215319_uniq` (`child_id`, `language_id`),
  CONSTRAINT `children_child_langu_child_id_32f4d74f_fk_children_` FOREIGN KEY (`child_id`) REFERENCES `children_child` (`id`),
  CONSTRAINT `children_child_langu_language_id_7dea97ba_fk_languages` FOREIGN KEY (`language_id`) REFERENCES `languages_language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user` (
  `id` int NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6),
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `uuid` char(32) NOT NULL,
  `department_name` varchar(50),
  `last_api_use` date,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_username_key` (`username`),
  UNIQUE KEY `users_user_uuid_key` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_guardian` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `id` char(32) NOT NULL,
  `first_name` varchar(64) NOT NULL,
  `last_name` varchar(64) NOT NULL,
  `phone_number` varchar(64) NOT NULL,
  `user_id` int NOT NULL,
  `language` varchar(10) NOT NULL,
  `email` varchar(254) NOT NULL,
  `has_accepted_communication` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_guardian_user_id_key` (`user_id`),
  CONSTRAINT `users_guardian_user_id_99d2c442_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `children_relationship` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `type` varchar(64),
  `child_id` char(32) NOT NULL,
  `guardian_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `children_relationship_child_id_780e6d75_fk_children_child_uuid` FOREIGN KEY (`child_id`) REFERENCES `children_child` (`id`),
  CONSTRAINT `children_relationship_guardian_id_bc7d10a8_fk_users_guardian_id` FOREIGN KEY (`guardian_id`) REFERENCES `users_guardian` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_eventgroup` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `image` varchar(100) NOT NULL,
  `published_at` datetime(6),
  `project_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `events_eventgroup_project_id_e08745e0_fk_projects_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_event` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `capacity_per_occurrence` smallint,
  `image` varchar(100) NOT NULL,
  `participants_per_invite` varchar(255) NOT NULL,
  `published_at` datetime(6),
  `duration` smallint,
  `project_id` int NOT NULL,
  `event_group_id` int,
  `ready_for_event_group_publishing` tinyint(1) NOT NULL,
  `ticket_system` varchar(32) NOT NULL,
  `ticket_system_url` varchar(200) NOT NULL,
  `ticket_system_end_time` datetime(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `events_event_event_group_id_093b8406_fk_events_eventgroup_id` FOREIGN KEY (`event_group_id`) REFERENCES `events_eventgroup` (`id`),
  CONSTRAINT `events_event_project_id_b9c378d4_fk_projects_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `venues_venue` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `project_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `venues_venue_project_id_ffaffb5f_fk_projects_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_occurrence` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `time` datetime(6) NOT NULL,
  `event_id` int NOT NULL,
  `venue_id` int NOT NULL,
  `occurrence_language` varchar(10) NOT NULL,
  `capacity_override` smallint,
  `ticket_system_url` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `events_occurrence_event_id_f506980f_fk_events_event_id` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`),
  CONSTRAINT `events_occurrence_venue_id_a5b40371_fk_venues_venue_id` FOREIGN KEY (`venue_id`) REFERENCES `venues_venue` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_enrolment` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `child_id` char(32),
  `occurrence_id` int NOT NULL,
  `attended` tinyint(1),
  `updated_at` datetime(6) NOT NULL,
  `reminder_sent_at` datetime(6),
  `feedback_notification_sent_at` datetime(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `unq_child_occurrence` (`child_id`, `occurrence_id`),
  CONSTRAINT `events_enrolment_child_id_b91f29d5_fk_children_child_id` FOREIGN KEY (`child_id`) REFERENCES `children_child` (`id`),
  CONSTRAINT `events_enrolment_occurrence_id_5d31dc78_fk_events_occurrence_id` FOREIGN KEY (`occurrence_id`) REFERENCES `events_occurrence` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_event_translation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `language_code` varchar(15) NOT NULL,
  `name` varchar(255) NOT NULL,
  `short_description` longtext NOT NULL,
  `description` longtext NOT NULL,
  `master_id` int,
  `image_alt_text` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `events_event_translation_language_code_master_id_68952bb5_uniq` (`language_code`, `master_id`),
  CONSTRAINT `events_event_translation_master_id_4781f04a_fk_events_event_id` FOREIGN KEY (`master_id`) REFERENCES `events_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_eventgroup_translation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `language_code` varchar(15) NOT NULL,
  `name` varchar(255) NOT NULL,
  `short_description` longtext NOT NULL,
  `description` longtext NOT NULL,
  `image_alt_text` varchar(255) NOT NULL,
  `master_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `events_eventgroup_transl_language_code_master_id_f74750c9_uniq` (`language_code`, `master_id`),
  CONSTRAINT `events_eventgroup_tr_master_id_6a540cb6_fk_events_ev` FOREIGN KEY (`master_id`) REFERENCES `events_eventgroup` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_ticketsystempassword` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `assigned_at` datetime(6),
  `value` varchar(64) NOT NULL,
  `child_id` char(32),
  `event_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_password_event_child` (`event_id`, `child_id`),
  UNIQUE KEY `unique_password_value_event` (`value`, `event_id`),
  CONSTRAINT `events_ticketsystemp_child_id_b0545f67_fk_children_` FOREIGN KEY (`child_id`) REFERENCES `children_child` (`id`),
  CONSTRAINT `events_ticketsystemp_event_id_4d1e1898_fk_events_ev` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `guardian_userobjectpermission` (
  `id` int NOT NULL AUTO_INCREMENT,
  `object_pk` varchar(255) NOT NULL,
  `content_type_id` int NOT NULL,
  `permission_id` int NOT NULL,
  `user_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `guardian_userobjectpermi_user_id_permission_id_ob_b0b3d2fc_uniq` (`user_id`, `permission_id`, `object_pk`),
  CONSTRAINT `guardian_userobjectp_content_type_id_2e892405_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `guardian_userobjectp_permission_id_71807bfc_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `guardian_userobjectpermission_user_id_d5c1e964_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `helusers_adgroup` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `display_name` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `helusers_adgroupmapping` (
  `id` int NOT NULL AUTO_INCREMENT,
  `ad_group_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `helusers_adgroupmapping_group_id_ad_group_id_5c4803af_uniq` (`group_id`, `ad_group_id`),
  CONSTRAINT `helusers_adgroupmapp_ad_group_id_51386ad7_fk_helusers_` FOREIGN KEY (`ad_group_id`) REFERENCES `helusers_adgroup` (`id`),
  CONSTRAINT `helusers_adgroupmapping_group_id_bf4c1c7c_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `helusers_oidcbackchannellogoutevent` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `iss` varchar(4096) NOT NULL,
  `sub` varchar(4096) NOT NULL,
  `sid` varchar(4096) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `helusers_oidcbackchannellogoutevent_iss_sub_sid_7df4dbdd_uniq` (`iss`, `sub`, `sid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `languages_language_translation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `language_code` varchar(15) NOT NULL,
  `name` varchar(255) NOT NULL,
  `master_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `languages_language_trans_language_code_master_id_dca69521_uniq` (`language_code`, `master_id`),
  CONSTRAINT `languages_language_t_master_id_c3d0b3d6_fk_languages` FOREIGN KEY (`master_id`) REFERENCES `languages_language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messaging_message` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `sent_at` datetime(6),
  `recipient_count` int,
  `recipient_selection` varchar(64) NOT NULL,
  `event_id` int,
  `project_id` int NOT NULL,
  `protocol` varchar(16) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `messaging_message_event_id_1c4eec3b_fk_events_event_id` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`),
  CONSTRAINT `messaging_message_project_id_5d220d34_fk_projects_project_id` FOREIGN KEY (`project_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messaging_message_occurrences` (
  `id` int NOT NULL AUTO_INCREMENT,
  `message_id` int NOT NULL,
  `occurrence_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `messaging_message_occurr_message_id_occurrence_id_9241ae48_uniq` (`message_id`, `occurrence_id`),
  CONSTRAINT `messaging_message_oc_message_id_6c73b141_fk_messaging` FOREIGN KEY (`message_id`) REFERENCES `messaging_message` (`id`),
  CONSTRAINT `messaging_message_oc_occurrence_id_e7c3fff7_fk_events_oc` FOREIGN KEY (`occurrence_id`) REFERENCES `events_occurrence` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `messaging_message_translation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `language_code` varchar(15) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `body_text` longtext NOT NULL,
  `master_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `messaging_message_transl_language_code_master_id_9f230bac_uniq` (`language_code`, `master_id`),
  CONSTRAINT `messaging_message_tr_master_id_af024ff9_fk_messaging` FOREIGN KEY (`master_id`) REFERENCES `messaging_message` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects_project_translation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `language_code` varchar(15) NOT NULL,
  `name` varchar(255) NOT NULL,
  `master_id` int,
  PRIMARY KEY (`id`),
  UNIQUE KEY `projects_project_transla_language_code_master_id_83140de4_uniq` (`language_code`, `master_id`),
  CONSTRAINT `projects_project_tra_master_id_6e7edfc3_fk_projects_` FOREIGN KEY (`master_id`) REFERENCES `projects_project` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `subscriptions_freespotnotificationsubscription` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `child_id` char(32) NOT NULL,
  `occurrence_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_free_spot_child_occurrence` (`child_id`, `occurrence_id`),
  CONSTRAINT `subscriptions_freesp_child_id_7eb8db67_fk_children_` FOREIGN KEY (`child_id`) REFERENCES `children_child` (`id`),
  CONSTRAINT `subscriptions_freesp_occurrence_id_89c00823_fk_events_oc` FOREIGN KEY (`occurrence_id`) REFERENCES `events_occurrence` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_guardian_languages_spoken_at_home` (
  `id` int NOT NULL AUTO_INCREMENT,
  `guardian_id` char(32) NOT NULL,
  `language_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_guardian_languages_guardian_id_language_id_c6f4cd2a_uniq` (`guardian_id`, `language_id`),
  CONSTRAINT `users_guardian_langu_guardian_id_8dab4a21_fk_users_gua` FOREIGN KEY (`guardian_id`) REFERENCES `users_guardian` (`id`),
  CONSTRAINT `users_guardian_langu_language_id_271a39b5_fk_languages` FOREIGN KEY (`language_id`) REFERENCES `languages_language` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user_ad_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `adgroup_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_ad_groups_user_id_adgroup_id_bb33179b_uniq` (`user_id`, `adgroup_id`),
  CONSTRAINT `users_user_ad_groups_adgroup_id_e3c68664_fk_helusers_adgroup_id` FOREIGN KEY (`adgroup_id`) REFERENCES `helusers_adgroup` (`id`),
  CONSTRAINT `users_user_ad_groups_user_id_e7f678df_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user_groups` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_groups_user_id_group_id_b88eab82_uniq` (`user_id`, `group_id`),
  CONSTRAINT `users_user_groups_group_id_9afc8d0e_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `users_user_groups_user_id_5f6f5a90_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users_user_user_permissions` (
  `id` int NOT NULL AUTO_INCREMENT,
  `user_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `users_user_user_permissions_user_id_permission_id_43338c45_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `users_user_user_perm_permission_id_0b93982e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `users_user_user_permissions_user_id_20aca447_fk_users_user_id` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `venues_venue_translation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `language_code` varchar(15) NOT NULL,
  `name` varchar(255) NOT NULL,
  `description` longtext NOT NULL,
  `master_id` int,
  `accessibility_info` longtext NOT NULL,
  `additional_info` longtext NOT NULL,
  `address` varchar(1000) NOT NULL,
  `arrival_instructions` longtext NOT NULL,
  `www_url` varchar(200) NOT NULL,
  `wc_and_facilities` longtext NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `venues_venue_translation_language_code_master_id_70b950ac_uniq` (`language_code`, `master_id`),
  CONSTRAINT `venues_venue_translation_master_id_298b3cae_fk_venues_venue_id` FOREIGN KEY (`master_id`) REFERENCES `venues_venue` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `verification_tokens_verificationtoken` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `object_id` longtext NOT NULL,
  `key` varchar(255) NOT NULL,
  `expiry_date` datetime(6),
  `verification_type` varchar(64) NOT NULL,
  `email` varchar(254),
  `is_active` tinyint(1) NOT NULL,
  `content_type_id` int NOT NULL,
  `user_id` int,
  PRIMARY KEY (`id`),
  CONSTRAINT `verification_tokens__content_type_id_982516a0_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `verification_tokens__user_id_4a25c7da_fk_users_use` FOREIGN KEY (`user_id`) REFERENCES `users_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


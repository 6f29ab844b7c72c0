-- Fiesta+ (ESN VUT Brno; "social network for helping international students - used by sections of Erasmus
-- Student Network": buddy and pickup requests of incoming exchange students, ESNcard applications, events,
-- section memberships, user profiles).
-- Upstream: github.com/esnvutbrno/fiesta-plus, commit f0722d9e6401e3ed4d2fe345d4ed7c5efd901a5b (GPL-3.0).
-- Made by replaying upstream's Django migrations (131 files of fiesta/apps/*/migrations + django-allauth 0.54.0,
-- django-mailer 2.3.2 and Django 4.2 contrib) into a private PostgreSQL 15 (the database upstream runs on),
-- reading the tables back from the catalog and writing them as MySQL DDL with the types Django's MySQL backend
-- uses (UUIDField char(32), TextField longtext, DateTimeField datetime(6), JSONField and ArrayField json,
-- positive integer fields UNSIGNED). Column names and order, primary keys, unique constraints and foreign keys
-- are the replayed database's. The unmanaged `wiki` table (a separate database filled by a DokuWiki dumper) is
-- left out.


CREATE TABLE `accounts_user` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `password` varchar(128) NOT NULL,
  `last_login` datetime(6) NULL,
  `is_superuser` tinyint(1) NOT NULL,
  `username` varchar(150) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `email` varchar(254) NOT NULL,
  `is_staff` tinyint(1) NOT NULL,
  `is_active` tinyint(1) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `state` varchar(16) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

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

CREATE TABLE `django_migrations` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `django_site` (
  `id` int NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailer_dontsendentry` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `to_address` varchar(254) NOT NULL,
  `when_added` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailer_message` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `message_data` longtext NOT NULL,
  `when_added` datetime(6) NOT NULL,
  `priority` smallint UNSIGNED NOT NULL,
  `retry_count` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mailer_messagelog` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `message_data` longtext NULL,
  `when_added` datetime(6) NOT NULL,
  `priority` smallint UNSIGNED NOT NULL,
  `when_attempted` datetime(6) NOT NULL,
  `result` varchar(1) NOT NULL,
  `log_message` longtext NOT NULL,
  `message_id` longtext NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sections_section` (
  `id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(64) NOT NULL,
  `country` varchar(2) NOT NULL,
  `code` varchar(50) NULL,
  `space_slug` varchar(50) NOT NULL,
  `system_state` varchar(16) NOT NULL,
  `allow_experimental_plugins` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sections_section_code_f350678a_uniq` (`code`),
  UNIQUE KEY `sections_section_name_key` (`name`),
  UNIQUE KEY `sections_section_space_slug_key` (`space_slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sections_sectionmembership` (
  `id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `role` varchar(16) NOT NULL,
  `state` varchar(16) NOT NULL,
  `section_id` char(32) NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sections_sectionmembership_user_id_section_id_3bbbcc61_uniq` (`user_id`, `section_id`),
  CONSTRAINT `sections_sectionmemb_section_id_e1fc5d66_fk_sections_` FOREIGN KEY (`section_id`) REFERENCES `sections_section` (`id`),
  CONSTRAINT `sections_sectionmembership_user_id_b5717f82_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialaccount` (
  `id` int NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `uid` varchar(191) NOT NULL,
  `last_login` datetime(6) NOT NULL,
  `date_joined` datetime(6) NOT NULL,
  `extra_data` longtext NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialaccount_provider_uid_fc810c6e_uniq` (`provider`, `uid`),
  CONSTRAINT `socialaccount_social_user_id_8146e70c_fk_accounts_` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialapp` (
  `id` int NOT NULL AUTO_INCREMENT,
  `provider` varchar(30) NOT NULL,
  `name` varchar(40) NOT NULL,
  `client_id` varchar(191) NOT NULL,
  `secret` varchar(191) NOT NULL,
  `key` varchar(191) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialapp_sites` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `socialapp_id` int NOT NULL,
  `site_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialapp__socialapp_id_site_id_71a9a768_uniq` (`socialapp_id`, `site_id`),
  CONSTRAINT `socialaccount_social_site_id_2579dee5_fk_django_si` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`),
  CONSTRAINT `socialaccount_social_socialapp_id_97fb6e7d_fk_socialacc` FOREIGN KEY (`socialapp_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `socialaccount_socialtoken` (
  `id` int NOT NULL AUTO_INCREMENT,
  `token` longtext NOT NULL,
  `token_secret` longtext NOT NULL,
  `expires_at` datetime(6) NULL,
  `account_id` int NOT NULL,
  `app_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `socialaccount_socialtoken_app_id_account_id_fca4e0ac_uniq` (`app_id`, `account_id`),
  CONSTRAINT `socialaccount_social_account_id_951f210e_fk_socialacc` FOREIGN KEY (`account_id`) REFERENCES `socialaccount_socialaccount` (`id`),
  CONSTRAINT `socialaccount_social_app_id_636a42d7_fk_socialacc` FOREIGN KEY (`app_id`) REFERENCES `socialaccount_socialapp` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `universities_university` (
  `id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(256) NOT NULL,
  `abbr` varchar(32) NOT NULL,
  `country` varchar(2) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailaddress` (
  `id` int NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `primary` tinyint(1) NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailaddress_email_key` (`email`),
  CONSTRAINT `account_emailaddress_user_id_2c513194_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_emailconfirmation` (
  `id` int NOT NULL AUTO_INCREMENT,
  `created` datetime(6) NOT NULL,
  `sent` datetime(6) NULL,
  `key` varchar(64) NOT NULL,
  `email_address_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_emailconfirmation_key_key` (`key`),
  CONSTRAINT `account_emailconfirm_email_address_id_5b7f8c58_fk_account_e` FOREIGN KEY (`email_address_id`) REFERENCES `account_emailaddress` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_user_groups` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `group_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_groups_user_id_group_id_59c0b32f_uniq` (`user_id`, `group_id`),
  CONSTRAINT `accounts_user_groups_group_id_bd11a704_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `accounts_user_groups_user_id_52b62117_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
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

CREATE TABLE `django_admin_log` (
  `id` int NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint UNSIGNED NOT NULL,
  `change_message` longtext NOT NULL,
  `content_type_id` int NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `esncards_esncardapplication` (
  `id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `first_name` varchar(150) NOT NULL,
  `last_name` varchar(150) NOT NULL,
  `nationality` varchar(2) NOT NULL,
  `birth_date` date NOT NULL,
  `state` longtext NOT NULL,
  `history` json NOT NULL,
  `section_id` char(32) NOT NULL,
  `university_id` char(32) NOT NULL,
  `user_id` bigint NOT NULL,
  `holder_photo` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `esncards_esncardappl_section_id_87794e59_fk_sections_` FOREIGN KEY (`section_id`) REFERENCES `sections_section` (`id`),
  CONSTRAINT `esncards_esncardappl_university_id_06a0b27c_fk_universit` FOREIGN KEY (`university_id`) REFERENCES `universities_university` (`id`),
  CONSTRAINT `esncards_esncardappl_user_id_cb6638c6_fk_accounts_` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_place` (
  `id` char(32) NOT NULL,
  `name` varchar(64) NOT NULL,
  `description` varchar(256) NOT NULL,
  `link` varchar(256) NOT NULL,
  `map_link` varchar(256) NOT NULL,
  `section_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `events_place_name_key` (`name`),
  UNIQUE KEY `events_place_section_id_name_488a112d_uniq` (`section_id`, `name`),
  CONSTRAINT `events_place_section_id_79548ed2_fk_sections_section_id` FOREIGN KEY (`section_id`) REFERENCES `sections_section` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages_page` (
  `id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `title` varchar(128) NOT NULL,
  `slug` varchar(50) NOT NULL,
  `content` json NOT NULL,
  `order` smallint UNSIGNED NOT NULL,
  `lft` int UNSIGNED NOT NULL,
  `rght` int UNSIGNED NOT NULL,
  `tree_id` int UNSIGNED NOT NULL,
  `level` int UNSIGNED NOT NULL,
  `parent_id` char(32) NULL,
  `section_id` char(32) NOT NULL,
  `default` tinyint(1) NULL,
  `slug_path` varchar(128) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pages_default_section_page_unique` (`section_id`, `default`),
  UNIQUE KEY `pages_slug_section_page_unique` (`section_id`, `slug`),
  CONSTRAINT `pages_page_parent_id_133fa4d3_fk_pages_page_id` FOREIGN KEY (`parent_id`) REFERENCES `pages_page` (`id`),
  CONSTRAINT `pages_page_section_id_5af00f56_fk_sections_section_id` FOREIGN KEY (`section_id`) REFERENCES `sections_section` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugins_basepluginconfiguration` (
  `id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(64) NOT NULL,
  `polymorphic_ctype_id` int NULL,
  `section_id` char(32) NULL,
  `shared` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `plugins_basepluginco_polymorphic_ctype_id_6836a22b_fk_django_co` FOREIGN KEY (`polymorphic_ctype_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `plugins_basepluginco_section_id_9ebdf348_fk_sections_` FOREIGN KEY (`section_id`) REFERENCES `sections_section` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugins_plugin` (
  `id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `state` varchar(16) NOT NULL,
  `app_label` varchar(256) NOT NULL,
  `configuration_id` char(32) NULL,
  `section_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `plugins_plugin_app_label_section_id_25a412dc_uniq` (`app_label`, `section_id`),
  CONSTRAINT `plugins_plugin_configuration_id_302fd48c_fk_plugins_b` FOREIGN KEY (`configuration_id`) REFERENCES `plugins_basepluginconfiguration` (`id`),
  CONSTRAINT `plugins_plugin_section_id_67b7550a_fk_sections_section_id` FOREIGN KEY (`section_id`) REFERENCES `sections_section` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sections_sectionsconfiguration` (
  `basepluginconfiguration_ptr_id` char(32) NOT NULL,
  `required_gender` tinyint(1) NULL,
  `required_nationality` tinyint(1) NULL,
  `required_picture` tinyint(1) NULL,
  `required_phone_number` tinyint(1) NULL,
  `auto_approved_membership_for_international` tinyint(1) NOT NULL,
  `required_interests` tinyint(1) NULL,
  `required_faculty` tinyint(1) NULL,
  `required_university` tinyint(1) NULL,
  `required_birth_date` tinyint(1) NULL,
  PRIMARY KEY (`basepluginconfiguration_ptr_id`),
  CONSTRAINT `sections_sectionscon_basepluginconfigurat_f23c2e4a_fk_plugins_b` FOREIGN KEY (`basepluginconfiguration_ptr_id`) REFERENCES `plugins_basepluginconfiguration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sections_sectionuniversity` (
  `id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `section_id` char(32) NOT NULL,
  `university_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sections_sectionuniversi_section_id_university_id_9515d714_uniq` (`section_id`, `university_id`),
  CONSTRAINT `sections_sectionuniv_section_id_841f3122_fk_sections_` FOREIGN KEY (`section_id`) REFERENCES `sections_section` (`id`),
  CONSTRAINT `sections_sectionuniv_university_id_4ec28419_fk_universit` FOREIGN KEY (`university_id`) REFERENCES `universities_university` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `universities_faculty` (
  `id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `name` varchar(128) NOT NULL,
  `abbr` varchar(16) NOT NULL,
  `university_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `universities_faculty_university_id_f110037c_fk_universit` FOREIGN KEY (`university_id`) REFERENCES `universities_university` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_user_user_permissions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_user_user_permi_user_id_permission_id_2ab516c2_uniq` (`user_id`, `permission_id`),
  CONSTRAINT `accounts_user_user_p_permission_id_113bb443_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `accounts_user_user_p_user_id_e4f0a161_fk_accounts_` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts_userprofile` (
  `id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `nationality` varchar(2) NULL,
  `preferences` smallint UNSIGNED NOT NULL,
  `user_id` bigint NOT NULL,
  `state` varchar(16) NOT NULL,
  `gender` varchar(16) NOT NULL,
  `picture` varchar(100) NULL,
  `phone_number` varchar(128) NULL,
  `interests` json NOT NULL,
  `facebook` longtext NOT NULL,
  `instagram` longtext NOT NULL,
  `telegram` longtext NOT NULL,
  `whatsapp` longtext NOT NULL,
  `faculty_id` char(32) NULL,
  `university_id` char(32) NULL,
  `enforce_revalidation` tinyint(1) NOT NULL,
  `birth_date` date NULL,
  `avatar_slug` varchar(64) NOT NULL,
  `picture_height` smallint UNSIGNED NULL,
  `picture_width` smallint UNSIGNED NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `accounts_userprofile_user_id_key` (`user_id`),
  CONSTRAINT `accounts_userprofile_faculty_id_1dcc167e_fk_universit` FOREIGN KEY (`faculty_id`) REFERENCES `universities_faculty` (`id`),
  CONSTRAINT `accounts_userprofile_university_id_3b0b476b_fk_universit` FOREIGN KEY (`university_id`) REFERENCES `universities_university` (`id`),
  CONSTRAINT `accounts_userprofile_user_id_92240672_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_group_permissions` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `group_id` int NOT NULL,
  `permission_id` int NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`, `permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buddy_system_buddyrequest` (
  `id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `state` varchar(16) NOT NULL,
  `issuer_id` bigint NOT NULL,
  `responsible_section_id` char(32) NOT NULL,
  `interests` json NOT NULL,
  `note` longtext NOT NULL,
  `issuer_faculty_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `buddy_system_buddyre_issuer_faculty_id_05d83efd_fk_universit` FOREIGN KEY (`issuer_faculty_id`) REFERENCES `universities_faculty` (`id`),
  CONSTRAINT `buddy_system_buddyre_issuer_id_2e116d03_fk_accounts_` FOREIGN KEY (`issuer_id`) REFERENCES `accounts_user` (`id`),
  CONSTRAINT `buddy_system_buddyre_responsible_section__ae4b1864_fk_sections_` FOREIGN KEY (`responsible_section_id`) REFERENCES `sections_section` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buddy_system_buddyrequestmatch` (
  `id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `note` longtext NOT NULL,
  `matcher_id` bigint NOT NULL,
  `request_id` char(32) NOT NULL,
  `matcher_faculty_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `buddy_system_buddyrequestmatch_request_id_key` (`request_id`),
  CONSTRAINT `buddy_system_buddyre_matcher_faculty_id_21cd121e_fk_universit` FOREIGN KEY (`matcher_faculty_id`) REFERENCES `universities_faculty` (`id`),
  CONSTRAINT `buddy_system_buddyre_matcher_id_ca9251ef_fk_accounts_` FOREIGN KEY (`matcher_id`) REFERENCES `accounts_user` (`id`),
  CONSTRAINT `buddy_system_buddyre_request_id_e25951db_fk_buddy_sys` FOREIGN KEY (`request_id`) REFERENCES `buddy_system_buddyrequest` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `buddy_system_buddysystemconfiguration` (
  `basepluginconfiguration_ptr_id` char(32) NOT NULL,
  `display_issuer_country` tinyint(1) NOT NULL,
  `display_issuer_faculty` tinyint(1) NOT NULL,
  `display_issuer_gender` tinyint(1) NOT NULL,
  `display_issuer_picture` tinyint(1) NOT NULL,
  `display_issuer_university` tinyint(1) NOT NULL,
  `matching_policy` varchar(32) NOT NULL,
  `rolling_limit` smallint UNSIGNED NOT NULL,
  `display_request_creation_date` tinyint(1) NOT NULL,
  `enable_note_from_matcher` tinyint(1) NOT NULL,
  `display_issuer_first_name` tinyint(1) NOT NULL,
  `display_issuer_last_name` tinyint(1) NOT NULL,
  `rolling_limit_window` bigint NOT NULL,
  PRIMARY KEY (`basepluginconfiguration_ptr_id`),
  CONSTRAINT `buddy_system_buddysy_basepluginconfigurat_0b4f8e27_fk_plugins_b` FOREIGN KEY (`basepluginconfiguration_ptr_id`) REFERENCES `plugins_basepluginconfiguration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `dashboard_dashboardconfiguration` (
  `basepluginconfiguration_ptr_id` char(32) NOT NULL,
  PRIMARY KEY (`basepluginconfiguration_ptr_id`),
  CONSTRAINT `dashboard_dashboardc_basepluginconfigurat_1899db3b_fk_plugins_b` FOREIGN KEY (`basepluginconfiguration_ptr_id`) REFERENCES `plugins_basepluginconfiguration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `esncards_esncardsconfiguration` (
  `basepluginconfiguration_ptr_id` char(32) NOT NULL,
  PRIMARY KEY (`basepluginconfiguration_ptr_id`),
  CONSTRAINT `esncards_esncardscon_basepluginconfigurat_7e6547c1_fk_plugins_b` FOREIGN KEY (`basepluginconfiguration_ptr_id`) REFERENCES `plugins_basepluginconfiguration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_event` (
  `id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `title` varchar(64) NOT NULL,
  `subtitle` longtext NOT NULL,
  `description` longtext NOT NULL,
  `capacity` smallint NOT NULL,
  `state` varchar(16) NOT NULL,
  `start` datetime(6) NOT NULL,
  `end` datetime(6) NULL,
  `landscape_cover` varchar(100) NULL,
  `portrait_cover` varchar(100) NULL,
  `author_id` bigint NULL,
  `place_id` char(32) NULL,
  `section_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `events_event_title_key` (`title`),
  CONSTRAINT `events_event_author_id_417d5c68_fk_accounts_user_id` FOREIGN KEY (`author_id`) REFERENCES `accounts_user` (`id`),
  CONSTRAINT `events_event_place_id_61ecc581_fk_events_place_id` FOREIGN KEY (`place_id`) REFERENCES `events_place` (`id`),
  CONSTRAINT `events_event_section_id_29dd629a_fk_sections_section_id` FOREIGN KEY (`section_id`) REFERENCES `sections_section` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_eventsconfiguration` (
  `basepluginconfiguration_ptr_id` char(32) NOT NULL,
  `require_confirmation` tinyint(1) NOT NULL,
  `members_can_create` tinyint(1) NOT NULL,
  `online_purchases` tinyint(1) NOT NULL,
  PRIMARY KEY (`basepluginconfiguration_ptr_id`),
  CONSTRAINT `events_eventsconfigu_basepluginconfigurat_c0b6559c_fk_plugins_b` FOREIGN KEY (`basepluginconfiguration_ptr_id`) REFERENCES `plugins_basepluginconfiguration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_organizer` (
  `id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `state` longtext NOT NULL,
  `event_id` char(32) NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `events_organizer_user_id_event_id_2a4a6126_uniq` (`user_id`, `event_id`),
  CONSTRAINT `events_organizer_event_id_dfab4811_fk_events_event_id` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`),
  CONSTRAINT `events_organizer_user_id_d4852da0_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_pricevariant` (
  `id` char(32) NOT NULL,
  `title` varchar(256) NOT NULL,
  `type` varchar(255) NOT NULL,
  `amount_currency` varchar(3) NOT NULL,
  `amount` decimal(10,2) NOT NULL,
  `available_from` datetime(6) NULL,
  `available_to` datetime(6) NULL,
  `data` json NOT NULL,
  `event_id` char(32) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `events_pricevariant_title_event_id_6165f13d_uniq` (`title`, `event_id`),
  CONSTRAINT `events_pricevariant_event_id_8139f6da_fk_events_event_id` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pages_pagesconfiguration` (
  `basepluginconfiguration_ptr_id` char(32) NOT NULL,
  PRIMARY KEY (`basepluginconfiguration_ptr_id`),
  CONSTRAINT `pages_pagesconfigura_basepluginconfigurat_2407acf2_fk_plugins_b` FOREIGN KEY (`basepluginconfiguration_ptr_id`) REFERENCES `plugins_basepluginconfiguration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pickup_system_pickuprequest` (
  `id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `state` varchar(16) NOT NULL,
  `note` longtext NOT NULL,
  `issuer_id` bigint NOT NULL,
  `issuer_faculty_id` char(32) NOT NULL,
  `responsible_section_id` char(32) NOT NULL,
  `location` varchar(63) NULL,
  `place` varchar(256) NOT NULL,
  `time` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `pickup_system_pickup_issuer_faculty_id_0cb05fbd_fk_universit` FOREIGN KEY (`issuer_faculty_id`) REFERENCES `universities_faculty` (`id`),
  CONSTRAINT `pickup_system_pickup_issuer_id_5c9b158a_fk_accounts_` FOREIGN KEY (`issuer_id`) REFERENCES `accounts_user` (`id`),
  CONSTRAINT `pickup_system_pickup_responsible_section__69b76d2d_fk_sections_` FOREIGN KEY (`responsible_section_id`) REFERENCES `sections_section` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pickup_system_pickuprequestmatch` (
  `id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  `note` longtext NOT NULL,
  `matcher_id` bigint NOT NULL,
  `matcher_faculty_id` char(32) NOT NULL,
  `request_id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pickup_system_pickuprequestmatch_request_id_key` (`request_id`),
  CONSTRAINT `pickup_system_pickup_matcher_faculty_id_9f92ef1e_fk_universit` FOREIGN KEY (`matcher_faculty_id`) REFERENCES `universities_faculty` (`id`),
  CONSTRAINT `pickup_system_pickup_matcher_id_9d1b9bbd_fk_accounts_` FOREIGN KEY (`matcher_id`) REFERENCES `accounts_user` (`id`),
  CONSTRAINT `pickup_system_pickup_request_id_5e0d2e9c_fk_pickup_sy` FOREIGN KEY (`request_id`) REFERENCES `pickup_system_pickuprequest` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pickup_system_pickupsystemconfiguration` (
  `basepluginconfiguration_ptr_id` char(32) NOT NULL,
  `display_issuer_picture` tinyint(1) NOT NULL,
  `display_issuer_gender` tinyint(1) NOT NULL,
  `display_issuer_country` tinyint(1) NOT NULL,
  `display_issuer_university` tinyint(1) NOT NULL,
  `display_issuer_faculty` tinyint(1) NOT NULL,
  `display_request_creation_date` tinyint(1) NOT NULL,
  `enable_note_from_matcher` tinyint(1) NOT NULL,
  `display_issuer_first_name` tinyint(1) NOT NULL,
  `display_issuer_last_name` tinyint(1) NOT NULL,
  `default_pickup_location` varchar(63) NULL,
  PRIMARY KEY (`basepluginconfiguration_ptr_id`),
  CONSTRAINT `pickup_system_pickup_basepluginconfigurat_57f60d47_fk_plugins_b` FOREIGN KEY (`basepluginconfiguration_ptr_id`) REFERENCES `plugins_basepluginconfiguration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events_participant` (
  `id` char(32) NOT NULL,
  `created` datetime(6) NOT NULL,
  `event_id` char(32) NULL,
  `price_id` char(32) NULL,
  `user_id` bigint NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `events_participant_event_id_user_id_83beb45c_uniq` (`event_id`, `user_id`),
  CONSTRAINT `events_participant_event_id_830b29bb_fk_events_event_id` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`),
  CONSTRAINT `events_participant_price_id_911d711c_fk_events_pricevariant_id` FOREIGN KEY (`price_id`) REFERENCES `events_pricevariant` (`id`),
  CONSTRAINT `events_participant_user_id_e8830a87_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


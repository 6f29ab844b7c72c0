SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `api_apikey` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `api_key` varchar(250) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `assessment_assessment` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(500) NOT NULL,
  `time_limit` int(11) DEFAULT NULL,
  `language` varchar(500) NOT NULL,
  `creator_id` int(11) NOT NULL,
  `theme_id` int(11) NOT NULL,
  `slug` varchar(500) DEFAULT NULL,
  `auth_required` tinyint(1) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `description` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `assessment_assessmen_theme_id_a8b59438_fk_assessmen` (`theme_id`),
  KEY `assessment_assessment_creator_id_32366ade_fk_auth_user_id` (`creator_id`),
  CONSTRAINT `assessment_assessmen_theme_id_a8b59438_fk_assessmen` FOREIGN KEY (`theme_id`) REFERENCES `assessment_assessmentcategory` (`id`),
  CONSTRAINT `assessment_assessment_creator_id_32366ade_fk_auth_user_id` FOREIGN KEY (`creator_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `assessment_assessmentcategory` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(500) NOT NULL,
  `slug` varchar(500) DEFAULT NULL,
  `description` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `assessment_punctuation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `correct_answer` tinyint(1) NOT NULL,
  `question_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `assessment_punctuation_user_id_question_id_89dd37b3_uniq` (`user_id`,`question_id`),
  KEY `assessment_punctuati_question_id_6e96f853_fk_assessmen` (`question_id`),
  CONSTRAINT `assessment_punctuati_question_id_6e96f853_fk_assessmen` FOREIGN KEY (`question_id`) REFERENCES `assessment_question` (`id`),
  CONSTRAINT `assessment_punctuation_user_id_874f0845_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `assessment_question` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `question` text NOT NULL,
  `correct_answer` text NOT NULL,
  `first_incorrect_answer` text NOT NULL,
  `second_incorrect_answer` text NOT NULL,
  `third_incorrect_answer` text NOT NULL,
  `forth_incorrect_answer` text NOT NULL,
  `assessment_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `assessment_question_assessment_id_d6f4776e_fk_assessmen` (`assessment_id`),
  CONSTRAINT `assessment_question_assessment_id_d6f4776e_fk_assessmen` FOREIGN KEY (`assessment_id`) REFERENCES `assessment_assessment` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `auth_group_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `auth_permission` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `content_type_id` int(11) NOT NULL,
  `codename` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_permission_content_type_id_codename_01ab375a_uniq` (`content_type_id`,`codename`),
  CONSTRAINT `auth_permission_content_type_id_2f476e4b_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`)
) ENGINE=InnoDB;

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
) ENGINE=InnoDB;

CREATE TABLE `auth_user_groups` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_groups_user_id_group_id_94350c0c_uniq` (`user_id`,`group_id`),
  KEY `auth_user_groups_group_id_97559544_fk_auth_group_id` (`group_id`),
  CONSTRAINT `auth_user_groups_group_id_97559544_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`),
  CONSTRAINT `auth_user_groups_user_id_6a12ed8b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `auth_user_user_permissions` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_user_user_permissions_user_id_permission_id_14a6b632_uniq` (`user_id`,`permission_id`),
  KEY `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_user_user_permi_permission_id_1fbb5f2c_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_user_user_permissions_user_id_a95ead1b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `core_country` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `core_currency` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(300) NOT NULL,
  `slug` varchar(300) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `core_job` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` text NOT NULL,
  `workplace` text NOT NULL,
  `company_name` text NOT NULL,
  `application_link` varchar(200) NOT NULL,
  `company_email` varchar(254) NOT NULL,
  `description` longtext NOT NULL,
  `premium` tinyint(1) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `public` tinyint(1) NOT NULL,
  `requirements` longtext NOT NULL,
  `ad_interested` tinyint(1) NOT NULL,
  `job_level` int(11) NOT NULL,
  `remote` tinyint(1) NOT NULL,
  `salary_range` int(11) NOT NULL,
  `state` int(11) NOT NULL,
  `is_open` tinyint(1) NOT NULL,
  `premium_at` datetime(6) DEFAULT NULL,
  `cellphone` varchar(16) DEFAULT NULL,
  `challenge` longtext DEFAULT NULL,
  `is_challenging` tinyint(1) NOT NULL,
  `challenge_interested` tinyint(1) NOT NULL,
  `receive_emails` tinyint(1) NOT NULL,
  `contract_form` int(11) NOT NULL,
  `consultancy` tinyint(1) NOT NULL,
  `issue_number` int(11) DEFAULT NULL,
  `country_id` int(11) NOT NULL,
  `currency_id` int(11) NOT NULL,
  `unique_slug` varchar(1000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `core_job_created_8e7744_idx` (`created_at`),
  KEY `core_job_country_id_15ab121b_fk_core_country_id` (`country_id`),
  KEY `core_job_currency_id_373b813d_fk_core_currency_id` (`currency_id`),
  CONSTRAINT `core_job_country_id_15ab121b_fk_core_country_id` FOREIGN KEY (`country_id`) REFERENCES `core_country` (`id`),
  CONSTRAINT `core_job_currency_id_373b813d_fk_core_currency_id` FOREIGN KEY (`currency_id`) REFERENCES `core_currency` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `core_job_skills` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `job_id` int(11) NOT NULL,
  `skill_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_job_skills_job_id_skills_id_c0c36a52_uniq` (`job_id`,`skill_id`),
  KEY `core_job_skills_skill_id_a10d7eb9_fk_core_skill_id` (`skill_id`),
  CONSTRAINT `core_job_skills_job_id_f62afd3a_fk_core_job_id` FOREIGN KEY (`job_id`) REFERENCES `core_job` (`id`),
  CONSTRAINT `core_job_skills_skill_id_a10d7eb9_fk_core_skill_id` FOREIGN KEY (`skill_id`) REFERENCES `core_skill` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `core_jobapplication` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `job_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `challenge_response_at` datetime(6) DEFAULT NULL,
  `challenge_response_link` varchar(200) DEFAULT NULL,
  `email_sent` tinyint(1) NOT NULL,
  `email_sent_at` datetime(6) DEFAULT NULL,
  `challenge_resent` tinyint(1) NOT NULL,
  `comment` longtext DEFAULT NULL,
  `output` longtext DEFAULT NULL,
  `output_sent` tinyint(1) NOT NULL,
  `company_feedback` varchar(3000) DEFAULT NULL,
  `company_feedback_type` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_jobapplication_user_id_job_id_5466eb45_uniq` (`user_id`,`job_id`),
  KEY `core_jobapplication_job_id_b1d0ac28` (`job_id`),
  KEY `core_jobapplication_user_id_967cd8c7` (`user_id`),
  CONSTRAINT `core_jobapplication_job_id_b1d0ac28_fk_core_job_id` FOREIGN KEY (`job_id`) REFERENCES `core_job` (`id`),
  CONSTRAINT `core_jobapplication_user_id_967cd8c7_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `core_profile` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `github` varchar(200) NOT NULL,
  `linkedin` varchar(200) NOT NULL,
  `portfolio` varchar(200) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `user_id` int(11) NOT NULL,
  `cellphone` varchar(16) NOT NULL,
  `bio` longtext NOT NULL,
  `job_level` int(11) NOT NULL,
  `salary_range` int(11) NOT NULL,
  `state` int(11) NOT NULL,
  `on_mailing_list` tinyint(1) NOT NULL,
  `agree_privacy_policy` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `core_profile_user_id_bf8ada58_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `core_profile_skills` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `profile_id` int(11) NOT NULL,
  `skill_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `core_profile_skills_profile_id_skills_id_9ffee040_uniq` (`profile_id`,`skill_id`),
  KEY `core_profile_skills_skill_id_a68c48ca_fk_core_skill_id` (`skill_id`),
  CONSTRAINT `core_profile_skills_profile_id_a73e138a_fk_core_profile_id` FOREIGN KEY (`profile_id`) REFERENCES `core_profile` (`id`),
  CONSTRAINT `core_profile_skills_skill_id_a68c48ca_fk_core_skill_id` FOREIGN KEY (`skill_id`) REFERENCES `core_skill` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `core_skill` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `unique_slug` varchar(1000) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `core_skillproficiency` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `experience` int(11) NOT NULL,
  `skill_id` int(11) NOT NULL,
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `core_skillproficiency_skill_id_c31f69b7_fk_core_skill_id` (`skill_id`),
  KEY `core_skillproficiency_user_id_0d95815b` (`user_id`),
  CONSTRAINT `core_skillproficiency_skill_id_c31f69b7_fk_core_skill_id` FOREIGN KEY (`skill_id`) REFERENCES `core_skill` (`id`),
  CONSTRAINT `core_skillproficiency_user_id_0d95815b_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

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
) ENGINE=InnoDB;

CREATE TABLE `django_content_type` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app_label` varchar(100) NOT NULL,
  `model` varchar(100) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_content_type_app_label_model_76bd3d3b_uniq` (`app_label`,`model`)
) ENGINE=InnoDB;

CREATE TABLE `django_migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `django_redirect` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `site_id` int(11) NOT NULL,
  `old_path` varchar(200) NOT NULL,
  `new_path` varchar(200) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_redirect_site_id_old_path_ac5dd16b_uniq` (`site_id`,`old_path`),
  KEY `django_redirect_old_path_c6cc94d3` (`old_path`),
  CONSTRAINT `django_redirect_site_id_c3e37341_fk_django_site_id` FOREIGN KEY (`site_id`) REFERENCES `django_site` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB;

CREATE TABLE `django_site` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `domain` varchar(100) NOT NULL,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `django_site_domain_a2e37b91_uniq` (`domain`)
) ENGINE=InnoDB;

CREATE TABLE `marketing_contact` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) NOT NULL,
  `subject` varchar(100) NOT NULL,
  `email` varchar(254) NOT NULL,
  `message` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `marketing_customerquote` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `customer_name` varchar(500) NOT NULL,
  `company_name` varchar(500) NOT NULL,
  `avatar_name` varchar(500) NOT NULL,
  `customer_quote` longtext NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `marketing_mailinglist` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `name` varchar(100) NOT NULL,
  `slug` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `marketing_messages` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `message_title` varchar(100) NOT NULL,
  `message_content` longtext NOT NULL,
  `message_type` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `marketing_pushmessage` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `head` varchar(2000) NOT NULL,
  `body` longtext NOT NULL,
  `url` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `marketing_share` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `user_receiving_email` varchar(254) NOT NULL,
  `job_id` int(11) NOT NULL,
  `user_sharing_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `marketing_share_job_id_6c68c90e_fk_core_job_id` (`job_id`),
  KEY `marketing_share_user_sharing_id_63034077_fk_auth_user_id` (`user_sharing_id`),
  CONSTRAINT `marketing_share_job_id_6c68c90e_fk_core_job_id` FOREIGN KEY (`job_id`) REFERENCES `core_job` (`id`),
  CONSTRAINT `marketing_share_user_sharing_id_63034077_fk_auth_user_id` FOREIGN KEY (`user_sharing_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `partners_partner` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `company_name` varchar(500) NOT NULL,
  `email` varchar(254) NOT NULL,
  `company_address` varchar(500) NOT NULL,
  `description` longtext NOT NULL,
  `logo_url` varchar(500) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `partners_partner_related_jobs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `partner_id` int(11) NOT NULL,
  `job_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `partners_partner_related_jobs_partner_id_job_id_dca15ee2_uniq` (`partner_id`,`job_id`),
  KEY `partners_partner_related_jobs_job_id_6ef4c349_fk_core_job_id` (`job_id`),
  CONSTRAINT `partners_partner_rel_partner_id_c797ee17_fk_partners_` FOREIGN KEY (`partner_id`) REFERENCES `partners_partner` (`id`),
  CONSTRAINT `partners_partner_related_jobs_job_id_6ef4c349_fk_core_job_id` FOREIGN KEY (`job_id`) REFERENCES `core_job` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `partners_partner_skills` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `partner_id` int(11) NOT NULL,
  `skill_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `partners_partner_skills_partner_id_skill_id_e0b507a0_uniq` (`partner_id`,`skill_id`),
  KEY `partners_partner_skills_skill_id_0e3d280b_fk_core_skill_id` (`skill_id`),
  CONSTRAINT `partners_partner_ski_partner_id_b0fb03ba_fk_partners_` FOREIGN KEY (`partner_id`) REFERENCES `partners_partner` (`id`),
  CONSTRAINT `partners_partner_skills_skill_id_0e3d280b_fk_core_skill_id` FOREIGN KEY (`skill_id`) REFERENCES `core_skill` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `profiler_profilerdata` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `github_data` longtext DEFAULT NULL CHECK (json_valid(`github_data`)),
  `linkedin_data` longtext DEFAULT NULL CHECK (json_valid(`linkedin_data`)),
  `user_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `profiler_profilerdata_user_id_c5042ca8_fk_auth_user_id` (`user_id`),
  CONSTRAINT `profiler_profilerdata_user_id_c5042ca8_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `social_auth_association` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `server_url` varchar(255) NOT NULL,
  `handle` varchar(255) NOT NULL,
  `secret` varchar(255) NOT NULL,
  `issued` int(11) NOT NULL,
  `lifetime` int(11) NOT NULL,
  `assoc_type` varchar(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_auth_association_server_url_handle_078befa2_uniq` (`server_url`,`handle`)
) ENGINE=InnoDB;

CREATE TABLE `social_auth_code` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `code` varchar(32) NOT NULL,
  `verified` tinyint(1) NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_auth_code_email_code_801b2d02_uniq` (`email`,`code`),
  KEY `social_auth_code_code_a2393167` (`code`),
  KEY `social_auth_code_timestamp_176b341f` (`timestamp`)
) ENGINE=InnoDB;

CREATE TABLE `social_auth_nonce` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `server_url` varchar(255) NOT NULL,
  `timestamp` int(11) NOT NULL,
  `salt` varchar(65) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_auth_nonce_server_url_timestamp_salt_f6284463_uniq` (`server_url`,`timestamp`,`salt`)
) ENGINE=InnoDB;

CREATE TABLE `social_auth_partial` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `token` varchar(32) NOT NULL,
  `next_step` smallint(5) unsigned NOT NULL CHECK (`next_step` >= 0),
  `backend` varchar(32) NOT NULL,
  `data` longtext NOT NULL,
  `timestamp` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `social_auth_partial_token_3017fea3` (`token`),
  KEY `social_auth_partial_timestamp_50f2119f` (`timestamp`)
) ENGINE=InnoDB;

CREATE TABLE `social_auth_usersocialauth` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `provider` varchar(32) NOT NULL,
  `uid` varchar(255) NOT NULL,
  `extra_data` longtext NOT NULL,
  `user_id` int(11) NOT NULL,
  `created` datetime(6) NOT NULL,
  `modified` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `social_auth_usersocialauth_provider_uid_e6b5e668_uniq` (`provider`,`uid`),
  KEY `social_auth_usersocialauth_user_id_17d28448_fk_auth_user_id` (`user_id`),
  KEY `social_auth_usersocialauth_uid_796e51dc` (`uid`),
  CONSTRAINT `social_auth_usersocialauth_user_id_17d28448_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `webpush_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `webpush_pushinformation` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) DEFAULT NULL,
  `subscription_id` int(11) NOT NULL,
  `user_id` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `webpush_pushinformat_subscription_id_7989aa34_fk_webpush_s` (`subscription_id`),
  KEY `webpush_pushinformation_user_id_5e083b7f_fk_auth_user_id` (`user_id`),
  KEY `webpush_pushinformation_group_id_262dcc9a_fk_webpush_group_id` (`group_id`),
  CONSTRAINT `webpush_pushinformat_subscription_id_7989aa34_fk_webpush_s` FOREIGN KEY (`subscription_id`) REFERENCES `webpush_subscriptioninfo` (`id`),
  CONSTRAINT `webpush_pushinformation_group_id_262dcc9a_fk_webpush_group_id` FOREIGN KEY (`group_id`) REFERENCES `webpush_group` (`id`),
  CONSTRAINT `webpush_pushinformation_user_id_5e083b7f_fk_auth_user_id` FOREIGN KEY (`user_id`) REFERENCES `auth_user` (`id`)
) ENGINE=InnoDB;

CREATE TABLE `webpush_subscriptioninfo` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `browser` varchar(100) NOT NULL,
  `endpoint` varchar(500) NOT NULL,
  `auth` varchar(100) NOT NULL,
  `p256dh` varchar(100) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

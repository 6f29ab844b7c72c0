-- Khoj (khoj-ai) -- open-source personal AI assistant ("AI second brain"): chat, agents, indexed notes, memories, automations
-- Upstream: github.com/khoj-ai/khoj `src/khoj/database/migrations/*.py` with `src/khoj/database/models/__init__.py`,
--   commit ae229ca894c0b80ad84664afcfdde523b5e87057 (AGPL-3.0), and the apps of `src/khoj/app/settings.py`
--   INSTALLED_APPS (Django 5.1.15 contrib auth / contenttypes / admin / sessions, django_apscheduler 0.7.0 as pinned).
-- Made by: every migration replayed with Django 5.1.15 into a scratch MariaDB 10.11 database (makemigrations --check:
--   no changes, so the models match) and the tables read back with SHOW CREATE TABLE, in foreign-key order.
--   Khoj runs on PostgreSQL only: django.contrib.postgres ArrayField was rendered as json, pgvector's VectorField as
--   longtext; the VectorExtension operation is a no-op off PostgreSQL; Django's MariaDB uuid columns are written as
--   char(32) as Django makes them on MySQL; JSONField as json. Column order is the install order (fields added by later
--   migrations come last). All 43 tables kept (khoj admin.py, which needs django-unfold, was not loaded: it has no models).

CREATE TABLE `auth_group` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

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

CREATE TABLE `auth_group_permissions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `group_id` int(11) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `auth_group_permissions_group_id_permission_id_0cd325b0_uniq` (`group_id`,`permission_id`),
  KEY `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` (`permission_id`),
  CONSTRAINT `auth_group_permissio_permission_id_84c5c92e_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`),
  CONSTRAINT `auth_group_permissions_group_id_b120cbf9_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_khojuser` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
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
  `uuid` char(32) NOT NULL,
  `phone_number` varchar(128) DEFAULT NULL,
  `verified_phone_number` tinyint(1) NOT NULL,
  `email_verification_code` varchar(200) DEFAULT NULL,
  `verified_email` tinyint(1) NOT NULL,
  `email_verification_code_expiry` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `username` (`username`),
  UNIQUE KEY `database_khojuser_uuid_0fa92022_uniq` (`uuid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_khojuser_groups` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `khojuser_id` bigint(20) NOT NULL,
  `group_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `database_khojuser_groups_khojuser_id_group_id_68f92238_uniq` (`khojuser_id`,`group_id`),
  KEY `database_khojuser_groups_group_id_14310679_fk_auth_group_id` (`group_id`),
  CONSTRAINT `database_khojuser_gr_khojuser_id_941d1ced_fk_database_` FOREIGN KEY (`khojuser_id`) REFERENCES `database_khojuser` (`id`),
  CONSTRAINT `database_khojuser_groups_group_id_14310679_fk_auth_group_id` FOREIGN KEY (`group_id`) REFERENCES `auth_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_migrations` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `app` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `applied` datetime(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_githubconfig` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `pat_token` varchar(200) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_githubconfig_user_id_5c6f2263_fk_database_khojuser_id` (`user_id`),
  CONSTRAINT `database_githubconfig_user_id_5c6f2263_fk_database_khojuser_id` FOREIGN KEY (`user_id`) REFERENCES `database_khojuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_githubrepoconfig` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(200) NOT NULL,
  `owner` varchar(200) NOT NULL,
  `branch` varchar(200) NOT NULL,
  `github_config_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_githubrepoc_github_config_id_4d4fe504_fk_database_` (`github_config_id`),
  CONSTRAINT `database_githubrepoc_github_config_id_4d4fe504_fk_database_` FOREIGN KEY (`github_config_id`) REFERENCES `database_githubconfig` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_khojuser_user_permissions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `khojuser_id` bigint(20) NOT NULL,
  `permission_id` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `database_khojuser_user_p_khojuser_id_permission_i_f7965c25_uniq` (`khojuser_id`,`permission_id`),
  KEY `database_khojuser_us_permission_id_09626882_fk_auth_perm` (`permission_id`),
  CONSTRAINT `database_khojuser_us_khojuser_id_89392b46_fk_database_` FOREIGN KEY (`khojuser_id`) REFERENCES `database_khojuser` (`id`),
  CONSTRAINT `database_khojuser_us_permission_id_09626882_fk_auth_perm` FOREIGN KEY (`permission_id`) REFERENCES `auth_permission` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_notionconfig` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `token` varchar(200) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_notionconfig_user_id_6fb198ff_fk_database_khojuser_id` (`user_id`),
  CONSTRAINT `database_notionconfig_user_id_6fb198ff_fk_database_khojuser_id` FOREIGN KEY (`user_id`) REFERENCES `database_khojuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_admin_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `action_time` datetime(6) NOT NULL,
  `object_id` longtext DEFAULT NULL,
  `object_repr` varchar(200) NOT NULL,
  `action_flag` smallint(5) unsigned NOT NULL CHECK (`action_flag` >= 0),
  `change_message` longtext NOT NULL,
  `content_type_id` int(11) DEFAULT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_admin_log_content_type_id_c4bce8eb_fk_django_co` (`content_type_id`),
  KEY `django_admin_log_user_id_c564eba6_fk_database_khojuser_id` (`user_id`),
  CONSTRAINT `django_admin_log_content_type_id_c4bce8eb_fk_django_co` FOREIGN KEY (`content_type_id`) REFERENCES `django_content_type` (`id`),
  CONSTRAINT `django_admin_log_user_id_c564eba6_fk_database_khojuser_id` FOREIGN KEY (`user_id`) REFERENCES `database_khojuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_aimodelapi` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `api_key` varchar(4000) NOT NULL,
  `api_base_url` varchar(200) DEFAULT NULL,
  `name` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_chatmodel` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `max_prompt_size` int(11) DEFAULT NULL,
  `tokenizer` varchar(200) DEFAULT NULL,
  `name` varchar(200) NOT NULL,
  `model_type` varchar(200) NOT NULL,
  `ai_model_api_id` bigint(20) DEFAULT NULL,
  `subscribed_max_prompt_size` int(11) DEFAULT NULL,
  `vision_enabled` tinyint(1) NOT NULL,
  `description` longtext DEFAULT NULL,
  `strengths` longtext DEFAULT NULL,
  `price_tier` varchar(20) NOT NULL,
  `friendly_name` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `database_chatmodelop_ai_model_api_id_97e4be2b_fk_database_` (`ai_model_api_id`),
  CONSTRAINT `database_chatmodelop_ai_model_api_id_97e4be2b_fk_database_` FOREIGN KEY (`ai_model_api_id`) REFERENCES `database_aimodelapi` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_agent` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(200) NOT NULL,
  `personality` longtext DEFAULT NULL,
  `managed_by_admin` tinyint(1) NOT NULL,
  `slug` varchar(200) NOT NULL,
  `chat_model_id` bigint(20) NOT NULL,
  `creator_id` bigint(20) DEFAULT NULL,
  `style_color` varchar(200) NOT NULL,
  `style_icon` varchar(200) NOT NULL,
  `privacy_level` varchar(30) NOT NULL,
  `input_tools` json DEFAULT NULL,
  `output_modes` json DEFAULT NULL,
  `is_hidden` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `database_agent_slug_569d2dbf_uniq` (`slug`),
  KEY `database_agent_creator_id_e73a3714_fk_database_khojuser_id` (`creator_id`),
  KEY `database_agent_chat_model_id_6e8ae402_fk_database_chatmodel_id` (`chat_model_id`),
  CONSTRAINT `database_agent_chat_model_id_6e8ae402_fk_database_chatmodel_id` FOREIGN KEY (`chat_model_id`) REFERENCES `database_chatmodel` (`id`),
  CONSTRAINT `database_agent_creator_id_e73a3714_fk_database_khojuser_id` FOREIGN KEY (`creator_id`) REFERENCES `database_khojuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_fileobject` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `file_name` varchar(400) DEFAULT NULL,
  `raw_text` longtext NOT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `agent_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `database_fileobject_user_id_f6773f55_fk_database_khojuser_id` (`user_id`),
  KEY `database_fileobject_agent_id_d9c037ec_fk_database_agent_id` (`agent_id`),
  CONSTRAINT `database_fileobject_agent_id_d9c037ec_fk_database_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `database_agent` (`id`),
  CONSTRAINT `database_fileobject_user_id_f6773f55_fk_database_khojuser_id` FOREIGN KEY (`user_id`) REFERENCES `database_khojuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_searchmodelconfig` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(200) NOT NULL,
  `model_type` varchar(200) NOT NULL,
  `bi_encoder` varchar(200) NOT NULL,
  `cross_encoder` varchar(200) NOT NULL,
  `embeddings_inference_endpoint` varchar(200) DEFAULT NULL,
  `embeddings_inference_endpoint_api_key` varchar(200) DEFAULT NULL,
  `cross_encoder_inference_endpoint` varchar(200) DEFAULT NULL,
  `cross_encoder_inference_endpoint_api_key` varchar(200) DEFAULT NULL,
  `bi_encoder_docs_encode_config` json NOT NULL,
  `bi_encoder_model_config` json NOT NULL,
  `bi_encoder_query_encode_config` json NOT NULL,
  `cross_encoder_model_config` json NOT NULL,
  `bi_encoder_confidence_threshold` double NOT NULL,
  `embeddings_inference_endpoint_type` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_entry` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `embeddings` longtext NOT NULL,
  `raw` longtext NOT NULL,
  `compiled` longtext NOT NULL,
  `heading` varchar(1000) DEFAULT NULL,
  `file_type` varchar(30) NOT NULL,
  `file_path` varchar(400) DEFAULT NULL,
  `file_name` varchar(400) DEFAULT NULL,
  `url` varchar(400) DEFAULT NULL,
  `hashed_value` varchar(100) NOT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `corpus_id` char(32) NOT NULL,
  `file_source` varchar(30) NOT NULL,
  `agent_id` bigint(20) DEFAULT NULL,
  `search_model_id` bigint(20) DEFAULT NULL,
  `file_object_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `database_embeddings_user_id_2b1a156e_fk_database_khojuser_id` (`user_id`),
  KEY `database_entry_agent_id_8f36c048_fk_database_agent_id` (`agent_id`),
  KEY `database_entry_search_model_id_71242af1_fk_database_` (`search_model_id`),
  KEY `database_entry_file_object_id_091254b4_fk_database_fileobject_id` (`file_object_id`),
  CONSTRAINT `database_embeddings_user_id_2b1a156e_fk_database_khojuser_id` FOREIGN KEY (`user_id`) REFERENCES `database_khojuser` (`id`),
  CONSTRAINT `database_entry_agent_id_8f36c048_fk_database_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `database_agent` (`id`),
  CONSTRAINT `database_entry_file_object_id_091254b4_fk_database_fileobject_id` FOREIGN KEY (`file_object_id`) REFERENCES `database_fileobject` (`id`),
  CONSTRAINT `database_entry_search_model_id_71242af1_fk_database_` FOREIGN KEY (`search_model_id`) REFERENCES `database_searchmodelconfig` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_entrydates` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `date` date NOT NULL,
  `entry_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_en_date_8d823c_idx` (`date`),
  KEY `database_entrydates_entry_id_a7981658_fk_database_entry_id` (`entry_id`),
  CONSTRAINT `database_entrydates_entry_id_a7981658_fk_database_entry_id` FOREIGN KEY (`entry_id`) REFERENCES `database_entry` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_khojapiuser` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `token` varchar(50) NOT NULL,
  `name` varchar(50) NOT NULL,
  `accessed_at` datetime(6) DEFAULT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  KEY `database_khojapiuser_user_id_405ab0a4_fk_database_khojuser_id` (`user_id`),
  CONSTRAINT `database_khojapiuser_user_id_405ab0a4_fk_database_khojuser_id` FOREIGN KEY (`user_id`) REFERENCES `database_khojuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_clientapplication` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(200) NOT NULL,
  `client_id` varchar(200) NOT NULL,
  `client_secret` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_googleuser` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `sub` varchar(200) NOT NULL,
  `azp` varchar(200) NOT NULL,
  `email` varchar(200) NOT NULL,
  `name` varchar(200) DEFAULT NULL,
  `given_name` varchar(200) DEFAULT NULL,
  `family_name` varchar(200) DEFAULT NULL,
  `picture` varchar(200) DEFAULT NULL,
  `locale` varchar(200) DEFAULT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `database_googleuser_user_id_65bee9c6_fk_database_khojuser_id` FOREIGN KEY (`user_id`) REFERENCES `database_khojuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_reflectivequestion` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `question` varchar(500) NOT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `database_reflectiveq_user_id_c52cd7fb_fk_database_` (`user_id`),
  CONSTRAINT `database_reflectiveq_user_id_c52cd7fb_fk_database_` FOREIGN KEY (`user_id`) REFERENCES `database_khojuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_userrequests` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `slug` varchar(200) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_userrequests_user_id_9c50c390_fk_database_khojuser_id` (`user_id`),
  CONSTRAINT `database_userrequests_user_id_9c50c390_fk_database_khojuser_id` FOREIGN KEY (`user_id`) REFERENCES `database_khojuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_processlock` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(200) NOT NULL,
  `started_at` datetime(6) NOT NULL,
  `max_duration_in_seconds` int(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `database_processlock_name_3490e10f_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_publicconversation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `conversation_log` json NOT NULL,
  `slug` varchar(200) DEFAULT NULL,
  `title` varchar(200) DEFAULT NULL,
  `agent_id` bigint(20) DEFAULT NULL,
  `source_owner_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_publicconve_agent_id_d6d0cbe2_fk_database_` (`agent_id`),
  KEY `database_publicconve_source_owner_id_8ba4459f_fk_database_` (`source_owner_id`),
  CONSTRAINT `database_publicconve_agent_id_d6d0cbe2_fk_database_` FOREIGN KEY (`agent_id`) REFERENCES `database_agent` (`id`),
  CONSTRAINT `database_publicconve_source_owner_id_8ba4459f_fk_database_` FOREIGN KEY (`source_owner_id`) REFERENCES `database_khojuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_datastore` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `key` varchar(200) NOT NULL,
  `value` json NOT NULL,
  `private` tinyint(1) NOT NULL,
  `owner_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `key` (`key`),
  KEY `database_datastore_owner_id_3d15153f_fk_database_khojuser_id` (`owner_id`),
  CONSTRAINT `database_datastore_owner_id_3d15153f_fk_database_khojuser_id` FOREIGN KEY (`owner_id`) REFERENCES `database_khojuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_voicemodeloption` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `model_id` varchar(200) NOT NULL,
  `name` varchar(200) NOT NULL,
  `price_tier` varchar(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_uservoicemodelconfig` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `setting_id` bigint(20) DEFAULT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `database_uservoicemo_setting_id_ae0f83b2_fk_database_` (`setting_id`),
  CONSTRAINT `database_uservoicemo_setting_id_ae0f83b2_fk_database_` FOREIGN KEY (`setting_id`) REFERENCES `database_voicemodeloption` (`id`),
  CONSTRAINT `database_uservoicemo_user_id_afe0c35a_fk_database_` FOREIGN KEY (`user_id`) REFERENCES `database_khojuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_texttoimagemodelconfig` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `model_name` varchar(200) NOT NULL,
  `model_type` varchar(200) NOT NULL,
  `api_key` varchar(200) DEFAULT NULL,
  `ai_model_api_id` bigint(20) DEFAULT NULL,
  `price_tier` varchar(20) NOT NULL,
  `friendly_name` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `database_texttoimage_ai_model_api_id_04905995_fk_database_` (`ai_model_api_id`),
  CONSTRAINT `database_texttoimage_ai_model_api_id_04905995_fk_database_` FOREIGN KEY (`ai_model_api_id`) REFERENCES `database_aimodelapi` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_usertexttoimagemodelconfig` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `setting_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `database_usertexttoi_setting_id_ffe1ce22_fk_database_` (`setting_id`),
  CONSTRAINT `database_usertexttoi_setting_id_ffe1ce22_fk_database_` FOREIGN KEY (`setting_id`) REFERENCES `database_texttoimagemodelconfig` (`id`),
  CONSTRAINT `database_usertexttoi_user_id_9ae3f16a_fk_database_` FOREIGN KEY (`user_id`) REFERENCES `database_khojuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_webscraper` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(200) DEFAULT NULL,
  `type` varchar(20) NOT NULL,
  `api_key` varchar(200) DEFAULT NULL,
  `api_url` varchar(200) DEFAULT NULL,
  `priority` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `priority` (`priority`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_conversation` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `conversation_log` json NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `client_id` bigint(20) DEFAULT NULL,
  `slug` varchar(200) DEFAULT NULL,
  `title` varchar(500) DEFAULT NULL,
  `agent_id` bigint(20) DEFAULT NULL,
  `file_filters` json NOT NULL,
  `id` char(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_conversation_user_id_7263b55d_fk_database_khojuser_id` (`user_id`),
  KEY `database_conversatio_client_id_a40f7521_fk_database_` (`client_id`),
  KEY `database_conversation_agent_id_4a0d2e46_fk_database_agent_id` (`agent_id`),
  CONSTRAINT `database_conversatio_client_id_a40f7521_fk_database_` FOREIGN KEY (`client_id`) REFERENCES `database_clientapplication` (`id`),
  CONSTRAINT `database_conversation_agent_id_4a0d2e46_fk_database_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `database_agent` (`id`),
  CONSTRAINT `database_conversation_user_id_7263b55d_fk_database_khojuser_id` FOREIGN KEY (`user_id`) REFERENCES `database_khojuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_subscription` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `type` varchar(20) NOT NULL,
  `is_recurring` tinyint(1) NOT NULL,
  `renewal_date` datetime(6) DEFAULT NULL,
  `user_id` bigint(20) NOT NULL,
  `enabled_trial_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  CONSTRAINT `database_subscription_user_id_4df9a2f7_fk_database_khojuser_id` FOREIGN KEY (`user_id`) REFERENCES `database_khojuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_ratelimitrecord` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `identifier` varchar(255) NOT NULL,
  `slug` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_ratelimitrecord_identifier_a70f8e21` (`identifier`),
  KEY `database_ratelimitrecord_slug_aeaf080d` (`slug`),
  KEY `database_ra_identif_031adf_idx` (`identifier`,`slug`,`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_speechtotextmodeloptions` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `model_name` varchar(200) NOT NULL,
  `model_type` varchar(200) NOT NULL,
  `ai_model_api_id` bigint(20) DEFAULT NULL,
  `price_tier` varchar(20) NOT NULL,
  `friendly_name` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `database_speechtotex_ai_model_api_id_c9baa555_fk_database_` (`ai_model_api_id`),
  CONSTRAINT `database_speechtotex_ai_model_api_id_c9baa555_fk_database_` FOREIGN KEY (`ai_model_api_id`) REFERENCES `database_aimodelapi` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_mcpserver` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(50) NOT NULL,
  `path` varchar(200) NOT NULL,
  `api_key` varchar(4000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name` (`name`),
  UNIQUE KEY `path` (`path`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_serverchatsettings` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `chat_default_id` bigint(20) DEFAULT NULL,
  `chat_advanced_id` bigint(20) DEFAULT NULL,
  `web_scraper_id` bigint(20) DEFAULT NULL,
  `think_free_deep_id` bigint(20) DEFAULT NULL,
  `think_free_fast_id` bigint(20) DEFAULT NULL,
  `think_paid_deep_id` bigint(20) DEFAULT NULL,
  `think_paid_fast_id` bigint(20) DEFAULT NULL,
  `priority` int(11) DEFAULT NULL,
  `memory_mode` varchar(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `priority` (`priority`),
  KEY `database_serverchats_web_scraper_id_075daff6_fk_database_` (`web_scraper_id`),
  KEY `database_serverchats_chat_default_id_0f203af0_fk_database_` (`chat_default_id`),
  KEY `database_serverchats_chat_advanced_id_b38daca2_fk_database_` (`chat_advanced_id`),
  KEY `database_serverchats_think_free_deep_id_5ee9480c_fk_database_` (`think_free_deep_id`),
  KEY `database_serverchats_think_free_fast_id_8028c812_fk_database_` (`think_free_fast_id`),
  KEY `database_serverchats_think_paid_deep_id_50e3525b_fk_database_` (`think_paid_deep_id`),
  KEY `database_serverchats_think_paid_fast_id_5534b38a_fk_database_` (`think_paid_fast_id`),
  CONSTRAINT `database_serverchats_chat_advanced_id_b38daca2_fk_database_` FOREIGN KEY (`chat_advanced_id`) REFERENCES `database_chatmodel` (`id`),
  CONSTRAINT `database_serverchats_chat_default_id_0f203af0_fk_database_` FOREIGN KEY (`chat_default_id`) REFERENCES `database_chatmodel` (`id`),
  CONSTRAINT `database_serverchats_think_free_deep_id_5ee9480c_fk_database_` FOREIGN KEY (`think_free_deep_id`) REFERENCES `database_chatmodel` (`id`),
  CONSTRAINT `database_serverchats_think_free_fast_id_8028c812_fk_database_` FOREIGN KEY (`think_free_fast_id`) REFERENCES `database_chatmodel` (`id`),
  CONSTRAINT `database_serverchats_think_paid_deep_id_50e3525b_fk_database_` FOREIGN KEY (`think_paid_deep_id`) REFERENCES `database_chatmodel` (`id`),
  CONSTRAINT `database_serverchats_think_paid_fast_id_5534b38a_fk_database_` FOREIGN KEY (`think_paid_fast_id`) REFERENCES `database_chatmodel` (`id`),
  CONSTRAINT `database_serverchats_web_scraper_id_075daff6_fk_database_` FOREIGN KEY (`web_scraper_id`) REFERENCES `database_webscraper` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_userconversationconfig` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `setting_id` bigint(20) DEFAULT NULL,
  `user_id` bigint(20) NOT NULL,
  `enable_memory` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `database_userconvers_setting_id_383c3f02_fk_database_` (`setting_id`),
  CONSTRAINT `database_userconvers_setting_id_383c3f02_fk_database_` FOREIGN KEY (`setting_id`) REFERENCES `database_chatmodel` (`id`),
  CONSTRAINT `database_userconvers_user_id_b6d7e32f_fk_database_` FOREIGN KEY (`user_id`) REFERENCES `database_khojuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `database_usermemory` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `embeddings` longtext NOT NULL,
  `raw` longtext NOT NULL,
  `agent_id` bigint(20) DEFAULT NULL,
  `search_model_id` bigint(20) DEFAULT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `database_usermemory_agent_id_acba5c99_fk_database_agent_id` (`agent_id`),
  KEY `database_usermemory_search_model_id_f8af81cf_fk_database_` (`search_model_id`),
  KEY `database_usermemory_user_id_a7dd48bf_fk_database_khojuser_id` (`user_id`),
  CONSTRAINT `database_usermemory_agent_id_acba5c99_fk_database_agent_id` FOREIGN KEY (`agent_id`) REFERENCES `database_agent` (`id`),
  CONSTRAINT `database_usermemory_search_model_id_f8af81cf_fk_database_` FOREIGN KEY (`search_model_id`) REFERENCES `database_searchmodelconfig` (`id`),
  CONSTRAINT `database_usermemory_user_id_a7dd48bf_fk_database_khojuser_id` FOREIGN KEY (`user_id`) REFERENCES `database_khojuser` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_apscheduler_djangojob` (
  `id` varchar(255) NOT NULL,
  `next_run_time` datetime(6) DEFAULT NULL,
  `job_state` longblob NOT NULL,
  PRIMARY KEY (`id`),
  KEY `django_apscheduler_djangojob_next_run_time_2f022619` (`next_run_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_apscheduler_djangojobexecution` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `status` varchar(50) NOT NULL,
  `run_time` datetime(6) NOT NULL,
  `duration` decimal(15,2) DEFAULT NULL,
  `finished` decimal(15,2) DEFAULT NULL,
  `exception` varchar(1000) DEFAULT NULL,
  `traceback` longtext DEFAULT NULL,
  `job_id` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_job_executions` (`job_id`,`run_time`),
  KEY `django_apscheduler_djangojobexecution_run_time_16edd96b` (`run_time`),
  CONSTRAINT `django_apscheduler_djangojobexecution_job_id_daf5090a_fk` FOREIGN KEY (`job_id`) REFERENCES `django_apscheduler_djangojob` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `django_session` (
  `session_key` varchar(40) NOT NULL,
  `session_data` longtext NOT NULL,
  `expire_date` datetime(6) NOT NULL,
  PRIMARY KEY (`session_key`),
  KEY `django_session_expire_date_a5c62663` (`expire_date`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

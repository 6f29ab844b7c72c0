-- MaxKB v2 (1Panel / FIT2CLOUD) — knowledge-base question-answering chatbot and agent platform: applications
-- (bots) with public access tokens and API keys, their chats and chat records with votes, chat users and
-- user groups with per-resource authorisation, platform users, operation log, knowledge bases, documents,
-- paragraphs, problems, embeddings, files, models, tools, folders.
-- Upstream: github.com/1Panel-dev/MaxKB, commit 121614fb81c0a72387974f3ebcb86cbf756a84af (GPL-3.0).
-- Made from upstream's own Django migrations (users 0001, system_manage 0001, models_provider 0001,
-- tools 0001-0002, knowledge 0001-0002, application 0001 under apps/*/migrations/), the models' fields in
-- migration order written as the MySQL DDL Django's MySQL backend emits: UUIDField -> char(32),
-- CharField(n) -> varchar(n) (longtext where n > 1024 or no max_length: MaxKB runs on PostgreSQL only),
-- EmailField -> varchar(254), DateTimeField -> datetime(6), BooleanField -> bool, IntegerField -> integer,
-- PositiveIntegerField -> integer UNSIGNED with CHECK >= 0, FloatField -> double precision, JSONField -> json;
-- the PostgreSQL-only ArrayField as json, pgvector's VectorField and SearchVectorField as longtext.
-- ForeignKey `x` -> column `x_id` with a FOREIGN KEY unless the field has db_constraint=False; db_index,
-- unique, unique_together and Meta.indexes as keys (names over 64 characters shortened with a hash).
-- Tables ordered so that every foreign key points backwards.

CREATE TABLE `user` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `email` varchar(254) NULL,
  `phone` varchar(20) NOT NULL,
  `nick_name` varchar(150) NOT NULL,
  `username` varchar(150) NOT NULL,
  `password` varchar(150) NOT NULL,
  `role` varchar(150) NOT NULL,
  `source` varchar(10) NOT NULL,
  `is_active` bool NOT NULL,
  `language` varchar(10) NULL,
  `create_time` datetime(6) NULL,
  `update_time` datetime(6) NULL,
  UNIQUE KEY `user_email_uniq` (`email`),
  KEY `user_phone_idx` (`phone`),
  UNIQUE KEY `user_nick_name_uniq` (`nick_name`),
  UNIQUE KEY `user_username_uniq` (`username`),
  KEY `user_source_idx` (`source`),
  KEY `user_is_active_idx` (`is_active`),
  KEY `user_create_time_idx` (`create_time`),
  KEY `user_update_time_idx` (`update_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `chat_user` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `email` varchar(254) NULL,
  `phone` varchar(20) NOT NULL,
  `nick_name` varchar(150) NOT NULL,
  `username` varchar(150) NOT NULL,
  `password` varchar(150) NOT NULL,
  `source` varchar(10) NOT NULL,
  `is_active` bool NOT NULL,
  `create_time` datetime(6) NULL,
  `update_time` datetime(6) NULL,
  KEY `chat_user_email_idx` (`email`),
  UNIQUE KEY `chat_user_nick_name_uniq` (`nick_name`),
  UNIQUE KEY `chat_user_username_uniq` (`username`),
  KEY `chat_user_source_idx` (`source`),
  KEY `chat_user_is_active_idx` (`is_active`),
  KEY `chat_user_create_time_idx` (`create_time`),
  KEY `chat_user_update_time_idx` (`update_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `log` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `menu` varchar(128) NOT NULL,
  `operate` varchar(128) NOT NULL,
  `operation_object` json NOT NULL,
  `user` json NOT NULL,
  `status` integer NOT NULL,
  `ip_address` varchar(128) NOT NULL,
  `details` json NOT NULL,
  `workspace_id` varchar(64) NOT NULL,
  KEY `log_create_time_idx` (`create_time`),
  KEY `log_update_time_idx` (`update_time`),
  KEY `log_operate_idx` (`operate`),
  KEY `log_status_idx` (`status`),
  KEY `log_workspace_id_idx` (`workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `system_setting` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `type` integer NOT NULL PRIMARY KEY,
  `meta` json NOT NULL,
  KEY `system_setting_create_time_idx` (`create_time`),
  KEY `system_setting_update_time_idx` (`update_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_group` (
  `id` varchar(128) NOT NULL PRIMARY KEY,
  `name` varchar(150) NOT NULL,
  UNIQUE KEY `user_group_name_uniq` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user_group_relation` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `group_id` varchar(128) NOT NULL,
  `user_id` char(32) NOT NULL,
  KEY `user_group_relation_group_id_idx` (`group_id`),
  KEY `user_group_relation_user_id_idx` (`user_id`),
  CONSTRAINT `user_group_relation_group_id_fk_user_group` FOREIGN KEY (`group_id`) REFERENCES `user_group` (`id`),
  CONSTRAINT `user_group_relation_user_id_fk_chat_user` FOREIGN KEY (`user_id`) REFERENCES `chat_user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `workspace_user_resource_permission` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `workspace_id` varchar(128) NOT NULL,
  `auth_target_type` varchar(128) NOT NULL,
  `target` char(32) NOT NULL,
  `auth_type` longtext NOT NULL,
  `permission_list` json NOT NULL,
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `user_id` char(32) NOT NULL,
  KEY `workspace_user_resource_permission_workspace_id_idx` (`workspace_id`),
  KEY `workspace_user_resource_permission_auth_target_type_idx` (`auth_target_type`),
  KEY `workspace_user_resource_permission_target_idx` (`target`),
  KEY `workspace_user_resource_permission_auth_type_idx` (`auth_type`(255)),
  KEY `workspace_user_resource_permission_create_time_idx` (`create_time`),
  KEY `workspace_user_resource_permission_update_time_idx` (`update_time`),
  KEY `workspace_user_resource_permission_user_id_idx` (`user_id`),
  CONSTRAINT `workspace_user_resource_permission_user_id_fk_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `resource_chat_user_group_authorize` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `workspace_id` varchar(64) NULL,
  `resource_id` char(32) NOT NULL,
  `resource_type` longtext NOT NULL,
  `is_auth` bool NOT NULL,
  `user_group_id` varchar(128) NOT NULL,
  KEY `resource_chat_user_group_authorize_workspace_id_idx` (`workspace_id`),
  KEY `resource_chat_user_group_authorize_resource_id_idx` (`resource_id`),
  KEY `resource_chat_user_group_authorize_resource_type_idx` (`resource_type`(255)),
  KEY `resource_chat_user_group_authorize_user_group_id_idx` (`user_group_id`),
  UNIQUE KEY `resource_chat_user_group_authorize_user_group_id_resour_8c1b0a8f` (`user_group_id`, `resource_type`, `resource_id`),
  CONSTRAINT `resource_chat_user_group_authorize_user_group_id_fk_user_group` FOREIGN KEY (`user_group_id`) REFERENCES `user_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `resource_chat_user_authorize` (
  `id` char(32) NOT NULL PRIMARY KEY,
  `workspace_id` varchar(64) NULL,
  `resource_id` char(32) NOT NULL,
  `resource_type` longtext NOT NULL,
  `is_auth` bool NOT NULL,
  `user_id` char(32) NOT NULL,
  `user_group_id` varchar(128) NOT NULL,
  KEY `resource_chat_user_authorize_workspace_id_idx` (`workspace_id`),
  KEY `resource_chat_user_authorize_resource_id_idx` (`resource_id`),
  KEY `resource_chat_user_authorize_resource_type_idx` (`resource_type`(255)),
  KEY `resource_chat_user_authorize_user_id_idx` (`user_id`),
  KEY `resource_chat_user_authorize_user_group_id_idx` (`user_group_id`),
  UNIQUE KEY `resource_chat_user_authorize_user_group_id_resource_typ_7adf81e2` (`user_group_id`, `resource_type`, `resource_id`, `user_id`),
  CONSTRAINT `resource_chat_user_authorize_user_id_fk_chat_user` FOREIGN KEY (`user_id`) REFERENCES `chat_user` (`id`),
  CONSTRAINT `resource_chat_user_authorize_user_group_id_fk_user_group` FOREIGN KEY (`user_group_id`) REFERENCES `user_group` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `model` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `name` varchar(128) NOT NULL,
  `status` varchar(20) NOT NULL,
  `model_type` varchar(128) NOT NULL,
  `model_name` varchar(128) NOT NULL,
  `provider` varchar(128) NOT NULL,
  `credential` longtext NOT NULL,
  `meta` json NOT NULL,
  `model_params_form` json NOT NULL,
  `workspace_id` varchar(64) NOT NULL,
  `user_id` char(32) NULL,
  KEY `model_create_time_idx` (`create_time`),
  KEY `model_update_time_idx` (`update_time`),
  KEY `model_name_idx` (`name`),
  KEY `model_status_idx` (`status`),
  KEY `model_model_type_idx` (`model_type`),
  KEY `model_model_name_idx` (`model_name`),
  KEY `model_provider_idx` (`provider`),
  KEY `model_workspace_id_idx` (`workspace_id`),
  KEY `model_user_id_idx` (`user_id`),
  UNIQUE KEY `model_name_workspace_id_uniq` (`name`, `workspace_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tool_folder` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` varchar(64) NOT NULL PRIMARY KEY,
  `name` varchar(64) NOT NULL,
  `desc` varchar(200) NULL,
  `workspace_id` varchar(64) NOT NULL,
  `lft` integer UNSIGNED NOT NULL CHECK (`lft` >= 0),
  `rght` integer UNSIGNED NOT NULL CHECK (`rght` >= 0),
  `tree_id` integer UNSIGNED NOT NULL CHECK (`tree_id` >= 0),
  `level` integer UNSIGNED NOT NULL CHECK (`level` >= 0),
  `parent_id` varchar(64) NULL,
  `user_id` char(32) NULL,
  KEY `tool_folder_create_time_idx` (`create_time`),
  KEY `tool_folder_update_time_idx` (`update_time`),
  KEY `tool_folder_name_idx` (`name`),
  KEY `tool_folder_workspace_id_idx` (`workspace_id`),
  KEY `tool_folder_tree_id_idx` (`tree_id`),
  KEY `tool_folder_parent_id_idx` (`parent_id`),
  KEY `tool_folder_user_id_idx` (`user_id`),
  CONSTRAINT `tool_folder_parent_id_fk_tool_folder` FOREIGN KEY (`parent_id`) REFERENCES `tool_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `tool` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `name` varchar(64) NOT NULL,
  `desc` varchar(128) NOT NULL,
  `code` longtext NOT NULL,
  `input_field_list` json NOT NULL,
  `init_field_list` json NOT NULL,
  `icon` varchar(256) NOT NULL,
  `is_active` bool NOT NULL,
  `scope` varchar(20) NOT NULL,
  `tool_type` varchar(20) NOT NULL,
  `template_id` char(32) NULL,
  `workspace_id` varchar(64) NOT NULL,
  `init_params` longtext NULL,
  `label` varchar(128) NULL,
  `user_id` char(32) NULL,
  `folder_id` varchar(64) NOT NULL,
  KEY `tool_create_time_idx` (`create_time`),
  KEY `tool_update_time_idx` (`update_time`),
  KEY `tool_name_idx` (`name`),
  KEY `tool_is_active_idx` (`is_active`),
  KEY `tool_scope_idx` (`scope`),
  KEY `tool_tool_type_idx` (`tool_type`),
  KEY `tool_template_id_idx` (`template_id`),
  KEY `tool_workspace_id_idx` (`workspace_id`),
  KEY `tool_label_idx` (`label`),
  KEY `tool_user_id_idx` (`user_id`),
  KEY `tool_folder_id_idx` (`folder_id`),
  CONSTRAINT `tool_folder_id_fk_tool_folder` FOREIGN KEY (`folder_id`) REFERENCES `tool_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `file` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `file_name` varchar(256) NOT NULL,
  `file_size` integer NOT NULL,
  `sha256_hash` longtext NOT NULL,
  `source_type` longtext NOT NULL,
  `source_id` longtext NOT NULL,
  `loid` integer NOT NULL,
  `meta` json NOT NULL,
  KEY `file_create_time_idx` (`create_time`),
  KEY `file_update_time_idx` (`update_time`),
  KEY `file_source_type_idx` (`source_type`(255)),
  KEY `file_source_id_idx` (`source_id`(255))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `knowledge_folder` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` varchar(64) NOT NULL PRIMARY KEY,
  `name` varchar(64) NOT NULL,
  `desc` varchar(200) NULL,
  `workspace_id` varchar(64) NOT NULL,
  `lft` integer UNSIGNED NOT NULL CHECK (`lft` >= 0),
  `rght` integer UNSIGNED NOT NULL CHECK (`rght` >= 0),
  `tree_id` integer UNSIGNED NOT NULL CHECK (`tree_id` >= 0),
  `level` integer UNSIGNED NOT NULL CHECK (`level` >= 0),
  `parent_id` varchar(64) NULL,
  `user_id` char(32) NULL,
  KEY `knowledge_folder_create_time_idx` (`create_time`),
  KEY `knowledge_folder_update_time_idx` (`update_time`),
  KEY `knowledge_folder_name_idx` (`name`),
  KEY `knowledge_folder_workspace_id_idx` (`workspace_id`),
  KEY `knowledge_folder_tree_id_idx` (`tree_id`),
  KEY `knowledge_folder_parent_id_idx` (`parent_id`),
  KEY `knowledge_folder_user_id_idx` (`user_id`),
  CONSTRAINT `knowledge_folder_parent_id_fk_knowledge_folder` FOREIGN KEY (`parent_id`) REFERENCES `knowledge_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `knowledge` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `name` varchar(150) NOT NULL,
  `workspace_id` varchar(64) NOT NULL,
  `desc` varchar(256) NOT NULL,
  `type` integer NOT NULL,
  `scope` varchar(20) NOT NULL,
  `file_size_limit` integer NOT NULL,
  `file_count_limit` integer NOT NULL,
  `meta` json NOT NULL,
  `embedding_model_id` char(32) NULL,
  `user_id` char(32) NULL,
  `folder_id` varchar(64) NOT NULL,
  KEY `knowledge_create_time_idx` (`create_time`),
  KEY `knowledge_update_time_idx` (`update_time`),
  KEY `knowledge_name_idx` (`name`),
  KEY `knowledge_workspace_id_idx` (`workspace_id`),
  KEY `knowledge_type_idx` (`type`),
  KEY `knowledge_scope_idx` (`scope`),
  KEY `knowledge_embedding_model_id_idx` (`embedding_model_id`),
  KEY `knowledge_user_id_idx` (`user_id`),
  KEY `knowledge_folder_id_idx` (`folder_id`),
  CONSTRAINT `knowledge_folder_id_fk_knowledge_folder` FOREIGN KEY (`folder_id`) REFERENCES `knowledge_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `document` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `name` varchar(150) NOT NULL,
  `char_length` integer NOT NULL,
  `status` varchar(20) NOT NULL,
  `status_meta` json NOT NULL,
  `is_active` bool NOT NULL,
  `type` integer NOT NULL,
  `hit_handling_method` varchar(20) NOT NULL,
  `directly_return_similarity` double precision NOT NULL,
  `meta` json NOT NULL,
  `knowledge_id` char(32) NOT NULL,
  KEY `document_create_time_idx` (`create_time`),
  KEY `document_update_time_idx` (`update_time`),
  KEY `document_name_idx` (`name`),
  KEY `document_status_idx` (`status`),
  KEY `document_is_active_idx` (`is_active`),
  KEY `document_type_idx` (`type`),
  KEY `document_knowledge_id_idx` (`knowledge_id`),
  CONSTRAINT `document_knowledge_id_fk_knowledge` FOREIGN KEY (`knowledge_id`) REFERENCES `knowledge` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `paragraph` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `content` longtext NOT NULL,
  `title` varchar(256) NOT NULL,
  `status` varchar(20) NOT NULL,
  `status_meta` json NOT NULL,
  `hit_num` integer NOT NULL,
  `is_active` bool NOT NULL,
  `position` integer NOT NULL,
  `document_id` char(32) NOT NULL,
  `knowledge_id` char(32) NOT NULL,
  KEY `paragraph_create_time_idx` (`create_time`),
  KEY `paragraph_update_time_idx` (`update_time`),
  KEY `paragraph_title_idx` (`title`),
  KEY `paragraph_status_idx` (`status`),
  KEY `paragraph_is_active_idx` (`is_active`),
  KEY `paragraph_position_idx` (`position`),
  KEY `paragraph_document_id_idx` (`document_id`),
  KEY `paragraph_knowledge_id_idx` (`knowledge_id`),
  CONSTRAINT `paragraph_knowledge_id_fk_knowledge` FOREIGN KEY (`knowledge_id`) REFERENCES `knowledge` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `embedding` (
  `id` varchar(128) NOT NULL PRIMARY KEY,
  `source_id` varchar(128) NOT NULL,
  `source_type` varchar(5) NOT NULL,
  `is_active` bool NOT NULL,
  `embedding` longtext NOT NULL,
  `search_vector` longtext NOT NULL,
  `meta` json NOT NULL,
  `document_id` char(32) NOT NULL,
  `knowledge_id` char(32) NOT NULL,
  `paragraph_id` char(32) NOT NULL,
  KEY `embedding_source_id_idx` (`source_id`),
  KEY `embedding_source_type_idx` (`source_type`),
  KEY `embedding_document_id_idx` (`document_id`),
  KEY `embedding_knowledge_id_idx` (`knowledge_id`),
  KEY `embedding_paragraph_id_idx` (`paragraph_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `problem` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `content` varchar(256) NOT NULL,
  `hit_num` integer NOT NULL,
  `knowledge_id` char(32) NOT NULL,
  KEY `problem_create_time_idx` (`create_time`),
  KEY `problem_update_time_idx` (`update_time`),
  KEY `problem_content_idx` (`content`),
  KEY `problem_knowledge_id_idx` (`knowledge_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `problem_paragraph_mapping` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `document_id` char(32) NOT NULL,
  `knowledge_id` char(32) NOT NULL,
  `paragraph_id` char(32) NOT NULL,
  `problem_id` char(32) NOT NULL,
  KEY `problem_paragraph_mapping_create_time_idx` (`create_time`),
  KEY `problem_paragraph_mapping_update_time_idx` (`update_time`),
  KEY `problem_paragraph_mapping_document_id_idx` (`document_id`),
  KEY `problem_paragraph_mapping_knowledge_id_idx` (`knowledge_id`),
  KEY `problem_paragraph_mapping_paragraph_id_idx` (`paragraph_id`),
  KEY `problem_paragraph_mapping_problem_id_idx` (`problem_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `application_folder` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` varchar(64) NOT NULL PRIMARY KEY,
  `name` varchar(64) NOT NULL,
  `desc` varchar(200) NULL,
  `workspace_id` varchar(64) NOT NULL,
  `lft` integer UNSIGNED NOT NULL CHECK (`lft` >= 0),
  `rght` integer UNSIGNED NOT NULL CHECK (`rght` >= 0),
  `tree_id` integer UNSIGNED NOT NULL CHECK (`tree_id` >= 0),
  `level` integer UNSIGNED NOT NULL CHECK (`level` >= 0),
  `parent_id` varchar(64) NULL,
  `user_id` char(32) NULL,
  KEY `application_folder_create_time_idx` (`create_time`),
  KEY `application_folder_update_time_idx` (`update_time`),
  KEY `application_folder_name_idx` (`name`),
  KEY `application_folder_workspace_id_idx` (`workspace_id`),
  KEY `application_folder_tree_id_idx` (`tree_id`),
  KEY `application_folder_parent_id_idx` (`parent_id`),
  KEY `application_folder_user_id_idx` (`user_id`),
  CONSTRAINT `application_folder_parent_id_fk_application_folder` FOREIGN KEY (`parent_id`) REFERENCES `application_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `application` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `workspace_id` varchar(64) NOT NULL,
  `is_publish` bool NOT NULL,
  `name` varchar(128) NOT NULL,
  `desc` varchar(512) NOT NULL,
  `prologue` longtext NOT NULL,
  `dialogue_number` integer NOT NULL,
  `knowledge_setting` json NOT NULL,
  `model_setting` json NOT NULL,
  `model_params_setting` json NOT NULL,
  `tts_model_params_setting` json NOT NULL,
  `problem_optimization` bool NOT NULL,
  `icon` varchar(256) NOT NULL,
  `work_flow` json NOT NULL,
  `type` varchar(256) NOT NULL,
  `problem_optimization_prompt` longtext NULL,
  `tts_model_enable` bool NOT NULL,
  `stt_model_enable` bool NOT NULL,
  `tts_type` varchar(20) NOT NULL,
  `tts_autoplay` bool NOT NULL,
  `stt_autosend` bool NOT NULL,
  `clean_time` integer NOT NULL,
  `publish_time` datetime(6) NULL,
  `file_upload_enable` bool NOT NULL,
  `file_upload_setting` json NOT NULL,
  `model_id` char(32) NULL,
  `stt_model_id` char(32) NULL,
  `tts_model_id` char(32) NULL,
  `user_id` char(32) NULL,
  `folder_id` varchar(64) NOT NULL,
  KEY `application_create_time_idx` (`create_time`),
  KEY `application_update_time_idx` (`update_time`),
  KEY `application_workspace_id_idx` (`workspace_id`),
  KEY `application_name_idx` (`name`),
  KEY `application_model_id_idx` (`model_id`),
  KEY `application_stt_model_id_idx` (`stt_model_id`),
  KEY `application_tts_model_id_idx` (`tts_model_id`),
  KEY `application_user_id_idx` (`user_id`),
  KEY `application_folder_id_idx` (`folder_id`),
  CONSTRAINT `application_folder_id_fk_application_folder` FOREIGN KEY (`folder_id`) REFERENCES `application_folder` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `application_access_token` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `application_id` char(32) NOT NULL PRIMARY KEY,
  `access_token` varchar(128) NOT NULL,
  `is_active` bool NOT NULL,
  `access_num` integer NOT NULL,
  `white_active` bool NOT NULL,
  `white_list` json NOT NULL,
  `show_source` bool NOT NULL,
  `show_exec` bool NOT NULL,
  `authentication` bool NOT NULL,
  `authentication_value` json NOT NULL,
  `language` varchar(10) NULL,
  KEY `application_access_token_create_time_idx` (`create_time`),
  KEY `application_access_token_update_time_idx` (`update_time`),
  UNIQUE KEY `application_access_token_access_token_uniq` (`access_token`),
  CONSTRAINT `application_access_token_application_id_fk_application` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `application_api_key` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `secret_key` varchar(1024) NOT NULL,
  `workspace_id` varchar(64) NOT NULL,
  `is_active` bool NOT NULL,
  `allow_cross_domain` bool NOT NULL,
  `cross_domain_list` json NOT NULL,
  `application_id` char(32) NOT NULL,
  `user_id` char(32) NOT NULL,
  KEY `application_api_key_create_time_idx` (`create_time`),
  KEY `application_api_key_update_time_idx` (`update_time`),
  UNIQUE KEY `application_api_key_secret_key_uniq` (`secret_key`),
  KEY `application_api_key_workspace_id_idx` (`workspace_id`),
  KEY `application_api_key_application_id_idx` (`application_id`),
  KEY `application_api_key_user_id_idx` (`user_id`),
  CONSTRAINT `application_api_key_application_id_fk_application` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`),
  CONSTRAINT `application_api_key_user_id_fk_user` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `application_knowledge_mapping` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `application_id` char(32) NOT NULL,
  `knowledge_id` char(32) NOT NULL,
  KEY `application_knowledge_mapping_create_time_idx` (`create_time`),
  KEY `application_knowledge_mapping_update_time_idx` (`update_time`),
  KEY `application_knowledge_mapping_application_id_idx` (`application_id`),
  KEY `application_knowledge_mapping_knowledge_id_idx` (`knowledge_id`),
  CONSTRAINT `application_knowledge_mapping_application_id_fk_application` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`),
  CONSTRAINT `application_knowledge_mapping_knowledge_id_fk_knowledge` FOREIGN KEY (`knowledge_id`) REFERENCES `knowledge` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `application_version` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `name` varchar(128) NOT NULL,
  `publish_user_id` char(32) NULL,
  `publish_user_name` varchar(128) NOT NULL,
  `workspace_id` varchar(64) NOT NULL,
  `application_name` varchar(128) NOT NULL,
  `desc` varchar(512) NOT NULL,
  `prologue` longtext NOT NULL,
  `dialogue_number` integer NOT NULL,
  `model_id` char(32) NULL,
  `knowledge_setting` json NOT NULL,
  `model_setting` json NOT NULL,
  `model_params_setting` json NOT NULL,
  `tts_model_params_setting` json NOT NULL,
  `problem_optimization` bool NOT NULL,
  `icon` varchar(256) NOT NULL,
  `work_flow` json NOT NULL,
  `type` varchar(256) NOT NULL,
  `problem_optimization_prompt` longtext NULL,
  `tts_model_id` char(32) NULL,
  `stt_model_id` char(32) NULL,
  `tts_model_enable` bool NOT NULL,
  `stt_model_enable` bool NOT NULL,
  `tts_type` varchar(20) NOT NULL,
  `tts_autoplay` bool NOT NULL,
  `stt_autosend` bool NOT NULL,
  `clean_time` integer NOT NULL,
  `file_upload_enable` bool NOT NULL,
  `file_upload_setting` json NOT NULL,
  `application_id` char(32) NOT NULL,
  `user_id` char(32) NULL,
  KEY `application_version_create_time_idx` (`create_time`),
  KEY `application_version_update_time_idx` (`update_time`),
  KEY `application_version_workspace_id_idx` (`workspace_id`),
  KEY `application_version_application_id_idx` (`application_id`),
  KEY `application_version_user_id_idx` (`user_id`),
  CONSTRAINT `application_version_application_id_fk_application` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `application_chat` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `abstract` varchar(1024) NOT NULL,
  `chat_user_id` longtext NULL,
  `chat_user_type` varchar(64) NOT NULL,
  `is_deleted` bool NOT NULL,
  `asker` json NOT NULL,
  `meta` json NOT NULL,
  `star_num` integer NOT NULL,
  `trample_num` integer NOT NULL,
  `chat_record_count` integer NOT NULL,
  `mark_sum` integer NOT NULL,
  `application_id` char(32) NOT NULL,
  KEY `application_chat_create_time_idx` (`create_time`),
  KEY `application_chat_update_time_idx` (`update_time`),
  KEY `application_chat_application_id_idx` (`application_id`),
  CONSTRAINT `application_chat_application_id_fk_application` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `application_chat_record` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `vote_status` varchar(10) NOT NULL,
  `problem_text` longtext NOT NULL,
  `answer_text` longtext NOT NULL,
  `answer_text_list` json NOT NULL,
  `message_tokens` integer NOT NULL,
  `answer_tokens` integer NOT NULL,
  `const` integer NOT NULL,
  `details` json NOT NULL,
  `improve_paragraph_id_list` json NOT NULL,
  `run_time` double precision NOT NULL,
  `index` integer NOT NULL,
  `chat_id` char(32) NOT NULL,
  KEY `application_chat_record_create_time_idx` (`create_time`),
  KEY `application_chat_record_update_time_idx` (`update_time`),
  KEY `application_chat_record_chat_id_idx` (`chat_id`),
  CONSTRAINT `application_chat_record_chat_id_fk_application_chat` FOREIGN KEY (`chat_id`) REFERENCES `application_chat` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `application_chat_user_stats` (
  `create_time` datetime(6) NOT NULL,
  `update_time` datetime(6) NOT NULL,
  `id` char(32) NOT NULL PRIMARY KEY,
  `chat_user_id` char(32) NOT NULL,
  `chat_user_type` varchar(64) NOT NULL,
  `access_num` integer NOT NULL,
  `intraday_access_num` integer NOT NULL,
  `application_id` char(32) NOT NULL,
  KEY `application_chat_user_stats_create_time_idx` (`create_time`),
  KEY `application_chat_user_stats_update_time_idx` (`update_time`),
  KEY `application_chat_user_stats_application_id_idx` (`application_id`),
  KEY `application_applica_1652ba_idx` (`application_id`, `chat_user_id`),
  CONSTRAINT `application_chat_user_stats_application_id_fk_application` FOREIGN KEY (`application_id`) REFERENCES `application` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

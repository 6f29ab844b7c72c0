-- Tolgee (open-source localisation platform, tolgee.io; Kotlin / Spring, PostgreSQL), github.com/tolgee/tolgee-platform,
-- commit dd7f5973a745c2002195ac3275155457cbc54850 (Apache-2.0 outside ee/). Built by replaying upstream's own Liquibase
-- changelog backend/data/src/main/resources/db/changelog/schema.xml (839 changeSets; the ee/ changelog, under the
-- Tolgee Enterprise licence, is not applied) into MariaDB in order: createTable, addColumn, dropColumn, renameColumn,
-- dropTable, modifyDataType, add/drop primary, unique and foreign keys, unique indexes, not-null constraints and
-- defaults, preconditions evaluated. Unquoted PostgreSQL identifiers folded to lower case, as PostgreSQL stores them;
-- PostgreSQL's default name <table>_<column>_key for unnamed unique constraints. Types: BIGINT/INT8 -> BIGINT,
-- INT4/INTEGER -> INT, BOOLEAN -> TINYINT(1), TIMESTAMP [WITHOUT TIME ZONE] -> DATETIME(6), TEXT/CLOB -> LONGTEXT,
-- JSONB and PostgreSQL arrays (VARCHAR[], TEXT[]) -> LONGTEXT, BYTEA -> LONGBLOB, FLOAT8 -> DOUBLE. Raw PostgreSQL
-- <sql> (partial and trigram indexes, functions, triggers, data updates, a CHECK constraint, a column default) left
-- out, except two ALTER COLUMN ... TYPE statements, applied as MODIFY. Sequences (hibernate_sequence) left out.
-- Exported with SHOW CREATE TABLE; foreign keys listed after the tables (those to left-out tables dropped).
-- Left out (tables): auto_translation_config, forced_server_date_time, import_file, import_file_issue,
-- import_file_issue_param, import_key, import_language, import_translation, keys_distance, key_screenshot_reference,
-- mt_service_config_enabled_services, permission_state_change_languages, permission_view_languages,
-- s3content_storage_config, tolgee_batch_job_chunk_execution, automation, automation_action, automation_trigger,
-- azure_content_storage_config, branch_key_meta_snapshot, branch_key_snapshot, branch_merge, branch_merge_change,
-- branch_translation_snapshot, content_delivery_config, content_storage, glossary_project, language_qa_config,
-- language_stats, permission_suggest_languages, permission_suggest_manage_languages, project_qa_config, prompt,
-- saved_slack_message, slack_config_preference, slack_message_info, translation_label, translation_memory_project,
-- translation_qa_issue.

CREATE TABLE `activity_describing_entity` (
  `entity_class` varchar(255) NOT NULL,
  `entity_id` bigint(20) NOT NULL,
  `data` longtext DEFAULT NULL,
  `describing_relations` longtext DEFAULT NULL,
  `revision_type` int(11) DEFAULT NULL,
  `activity_revision_id` bigint(20) NOT NULL,
  PRIMARY KEY (`activity_revision_id`,`entity_class`,`entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `activity_modified_entity` (
  `entity_class` varchar(255) NOT NULL,
  `entity_id` bigint(20) NOT NULL,
  `describing_data` longtext DEFAULT NULL,
  `describing_relations` longtext DEFAULT NULL,
  `modifications` longtext DEFAULT NULL,
  `revision_type` int(11) DEFAULT NULL,
  `activity_revision_id` bigint(20) NOT NULL,
  `branch_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`activity_revision_id`,`entity_class`,`entity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `activity_revision` (
  `id` bigint(20) NOT NULL,
  `author_id` bigint(20) DEFAULT NULL,
  `meta` longtext DEFAULT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  `timestamp` datetime(6) NOT NULL,
  `type` varchar(255) DEFAULT NULL,
  `batch_job_chunk_execution_id` bigint(20) DEFAULT NULL,
  `batch_job_id` bigint(20) DEFAULT NULL,
  `organization_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UC_ACTIVITY_REVISIONBATCH_JOB_CHUNK_EXECUTION_ID_COL` (`batch_job_chunk_execution_id`),
  UNIQUE KEY `UC_ACTIVITY_REVISIONBATCH_JOB_ID_COL` (`batch_job_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_key` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `key` varchar(255) DEFAULT NULL,
  `scopes` varchar(255) DEFAULT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  `user_account_id` bigint(20) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `key_hash` varchar(255) DEFAULT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_key_unique` (`key`),
  UNIQUE KEY `api_key_hash_unique` (`key_hash`),
  KEY `FKsryptvc972nlvw7we7fkr06mg` (`user_account_id`),
  KEY `FKe30ekt7igqooxef59tbedyfdj` (`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `api_key_scopes_enum` (
  `api_key_id` bigint(20) NOT NULL,
  `scopes_enum` varchar(255) NOT NULL,
  UNIQUE KEY `UKnkeo2sck9a20va0ygd3evj3yq` (`api_key_id`,`scopes_enum`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `dismissed_announcement` (
  `announcement` varchar(255) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`announcement`,`user_id`),
  KEY `FKovu46iiclpbyq98rtdshmabvb` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `email_verification` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `code` varchar(255) DEFAULT NULL,
  `user_account_id` bigint(20) NOT NULL,
  `new_email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK_cd9fw5vcfl5dll439ewlw42hd` (`user_account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `instance_id` (
  `id` int(11) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `instance_id` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `key_code_reference` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `from_import` tinyint(1) NOT NULL,
  `line` bigint(20) DEFAULT NULL,
  `path` varchar(300) DEFAULT NULL,
  `author_id` bigint(20) NOT NULL,
  `key_meta_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FKcrettb2iyas70c96411bncjb7` (`key_meta_id`),
  KEY `FKnus5ewftf9lxhm520whg3msnh` (`author_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `key_comment` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `from_import` tinyint(1) NOT NULL,
  `text` longtext DEFAULT NULL,
  `author_id` bigint(20) NOT NULL,
  `key_meta_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FKapx5aa95fl74isypara87i0oe` (`key_meta_id`),
  KEY `FKnhtysiwn7w2tn04nr4smmc6af` (`author_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `key_meta` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `import_key_id` bigint(20) DEFAULT NULL,
  `key_id` bigint(20) DEFAULT NULL,
  `description` longtext DEFAULT NULL,
  `custom` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UC_KEY_METAIMPORT_KEY_ID_COL` (`import_key_id`),
  UNIQUE KEY `UC_KEY_METAKEY_ID_COL` (`key_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `key_meta_tags` (
  `key_metas_id` bigint(20) NOT NULL,
  `tags_id` bigint(20) NOT NULL,
  PRIMARY KEY (`key_metas_id`,`tags_id`),
  KEY `FK1hhq8sx3mn7isckcoaq277ix6` (`tags_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `language` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `tag` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  `original_name` varchar(255) DEFAULT NULL,
  `flag_emoji` varchar(20) DEFAULT NULL,
  `ai_translator_prompt_description` longtext DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FKoknj6iem9tqstdembw2rrvvs1` (`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mt_credit_bucket` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `credits` bigint(20) NOT NULL,
  `refilled` datetime(6) DEFAULT NULL,
  `organization_id` bigint(20) DEFAULT NULL,
  `user_account_id` bigint(20) DEFAULT NULL,
  `bucket_size` bigint(20) NOT NULL,
  `extra_credits` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mt_credit_bucket_organization_unique` (`organization_id`),
  UNIQUE KEY `UC_MT_CREDIT_BUCKETUSER_ACCOUNT_ID_COL` (`user_account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `namespace` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `namespace_name_project` (`project_id`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `organization` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `address_part` varchar(255) DEFAULT NULL,
  `base_permissions` varchar(255) DEFAULT NULL,
  `description` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `third_party_billing_id` varchar(255) DEFAULT NULL,
  `avatar_hash` varchar(255) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_address_part_unique` (`address_part`),
  UNIQUE KEY `organization_third_party_billing_id_unique` (`third_party_billing_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `organization_role` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `type` int(11) DEFAULT NULL,
  `invitation_id` bigint(20) DEFAULT NULL,
  `organization_id` bigint(20) DEFAULT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `managed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_role_user_organization_unique` (`user_id`,`organization_id`),
  UNIQUE KEY `UC_ORGANIZATION_ROLEINVITATION_ID_COL` (`invitation_id`),
  KEY `FKqj2a0uojwh4p5rc9vfsu92fdk` (`organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `pat` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  `token_hash` varchar(255) DEFAULT NULL,
  `user_account_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `pat_token_hash_unique` (`token_hash`),
  KEY `FKdjjacqlrm6ps628vl2tgv6af9` (`user_account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `permission_languages` (
  `permission_id` bigint(20) NOT NULL,
  `languages_id` bigint(20) NOT NULL,
  PRIMARY KEY (`permission_id`,`languages_id`),
  KEY `FK209w4e9w8xrj3grtabgpuolnr` (`languages_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project_contributor` (
  `project_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  `first_contribution_at` datetime(6) NOT NULL,
  `last_contribution_at` datetime(6) NOT NULL,
  PRIMARY KEY (`project_id`,`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `screenshot` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `key_id` bigint(20) NOT NULL,
  `extension` varchar(255) DEFAULT 'jpg',
  `has_thumbnail` tinyint(1) NOT NULL,
  `path` varchar(255) DEFAULT NULL,
  `location` varchar(255) DEFAULT NULL,
  `height` int(11) NOT NULL DEFAULT 0,
  `width` int(11) NOT NULL DEFAULT 0,
  `has_middle_sized` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tag` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UKsyjijfmo4txo7n7qvpu5so0ej` (`project_id`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tolgee_batch_job` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `chunk_size` int(11) NOT NULL,
  `params` longtext DEFAULT NULL,
  `status` varchar(255) DEFAULT NULL,
  `target` longtext DEFAULT NULL,
  `total_chunks` int(11) NOT NULL,
  `total_items` int(11) NOT NULL,
  `type` varchar(255) DEFAULT NULL,
  `author_id` bigint(20) DEFAULT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  `job_character` varchar(255) DEFAULT NULL,
  `max_per_job_concurrency` int(11) NOT NULL,
  `hidden` tinyint(1) NOT NULL,
  `debounce_duration_in_ms` bigint(20) DEFAULT NULL,
  `debounce_max_wait_time_in_ms` bigint(20) DEFAULT NULL,
  `debouncing_key` longtext DEFAULT NULL,
  `last_debouncing_event` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FKettsnugxew2f00b76d42nx5e9` (`project_id`),
  KEY `FKrt8ahtsfk7phco5o4p5x7kaog` (`author_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `translation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `text` longtext DEFAULT NULL,
  `language_id` bigint(20) DEFAULT NULL,
  `key_id` bigint(20) NOT NULL,
  `state` int(11) DEFAULT 2,
  `auto` tinyint(1) NOT NULL DEFAULT 0,
  `mt_provider` int(11) DEFAULT NULL,
  `character_count` int(11) DEFAULT NULL,
  `word_count` int(11) DEFAULT NULL,
  `outdated` tinyint(1) NOT NULL DEFAULT 0,
  `prompt_id` bigint(20) DEFAULT NULL,
  `qa_checks_stale` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `translation_key_language` (`key_id`,`language_id`),
  KEY `FKc2d46w0v0yhqdf6nyel7g0b3u` (`language_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `translation_agency` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `avatar_hash` varchar(255) DEFAULT NULL,
  `description` varchar(2000) DEFAULT NULL,
  `services` longtext DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `email_bcc` longtext DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `translation_comment` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `state` int(11) DEFAULT NULL,
  `text` longtext DEFAULT NULL,
  `author_id` bigint(20) NOT NULL,
  `translation_id` bigint(20) DEFAULT NULL,
  `updated_by_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK9ac0dmcy0armtdh781gs8bq01` (`author_id`),
  KEY `FKfre351ty5rjdolc8qeq3tbdlg` (`translation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `uploaded_image` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `filename` varchar(255) DEFAULT NULL,
  `user_account_id` bigint(20) DEFAULT NULL,
  `extension` varchar(255) DEFAULT 'jpg',
  `original_height` int(11) NOT NULL,
  `original_width` int(11) NOT NULL,
  `height` int(11) NOT NULL,
  `width` int(11) NOT NULL,
  `location` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uploaded_image_filename` (`filename`),
  KEY `FKelfpas8y8t5pq40m57ttdcnf` (`user_account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_account` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `password` varchar(255) DEFAULT NULL,
  `reset_password_code` varchar(255) DEFAULT NULL,
  `role` varchar(255) DEFAULT NULL,
  `third_party_auth_id` varchar(255) DEFAULT NULL,
  `third_party_auth_type` varchar(255) DEFAULT NULL,
  `username` varchar(255) DEFAULT NULL,
  `avatar_hash` varchar(255) DEFAULT NULL,
  `totp_key` longblob DEFAULT NULL,
  `mfa_recovery_codes` longtext DEFAULT NULL,
  `account_type` varchar(255) DEFAULT NULL,
  `tokens_valid_not_before` datetime(6) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `disabled_at` datetime(6) DEFAULT NULL,
  `is_initial_user` tinyint(1) NOT NULL DEFAULT 0,
  `password_changed` tinyint(1) NOT NULL DEFAULT 1,
  `is_demo` tinyint(1) NOT NULL DEFAULT 0,
  `sso_refresh_token` longtext DEFAULT NULL,
  `sso_session_expiry` datetime(6) DEFAULT NULL,
  `totp_last_used_time_step` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `user_preferences` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `language` varchar(255) DEFAULT NULL,
  `user_account_id` bigint(20) NOT NULL,
  `preferred_organization_id` bigint(20) DEFAULT NULL,
  `storage_json` longtext DEFAULT NULL,
  PRIMARY KEY (`user_account_id`),
  KEY `FKhypy4dq2btwfhsifbvr1nvjt0` (`preferred_organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ai_playground_result` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `context_description` varchar(255) DEFAULT NULL,
  `translation` longtext DEFAULT NULL,
  `key_id` bigint(20) DEFAULT NULL,
  `language_id` bigint(20) DEFAULT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK4uqjckwgdycsmf5iotm0u86at` (`language_id`),
  KEY `FK5u8y4fsyys5gugxxafo7s0mf` (`project_id`),
  KEY `FK75olry8276x9p28o2yqxtt7wi` (`user_id`),
  KEY `FKjkuq1qx92i73y5nvme2uqpthh` (`key_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `auth_provider_change_request` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `account_type` varchar(255) DEFAULT NULL,
  `auth_id` varchar(255) DEFAULT NULL,
  `auth_type` varchar(255) DEFAULT NULL,
  `expiration_date` datetime(6) DEFAULT NULL,
  `sso_domain` varchar(255) DEFAULT NULL,
  `sso_expiration` datetime(6) DEFAULT NULL,
  `sso_refresh_token` longtext DEFAULT NULL,
  `user_account_id` bigint(20) NOT NULL,
  `identifier` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UC_AUTH_PROVIDER_CHANGE_REQUESTUSER_ACCOUNT_ID_COL` (`user_account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `branch` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `is_default` tinyint(1) NOT NULL,
  `is_protected` tinyint(1) NOT NULL,
  `name` varchar(200) DEFAULT NULL,
  `origin_branch_id` bigint(20) DEFAULT NULL,
  `project_id` bigint(20) NOT NULL,
  `pending` tinyint(1) DEFAULT NULL,
  `revision` int(11) DEFAULT 0,
  `author_id` bigint(20) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK1sg3b030lhwn3huugkpnja4sh` (`project_id`),
  KEY `FKr1rv3tnqib0bpad7mjna0qvo0` (`origin_branch_id`),
  KEY `FKcm1eh6bg6wx174vo1lsmr0s5f` (`author_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `glossary` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `base_language_tag` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `organization_owner_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `FKtiuusr7urs46e15gjy94jhdfm` (`organization_owner_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `glossary_term` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `description` longtext NOT NULL,
  `flag_abbreviation` tinyint(1) NOT NULL,
  `flag_case_sensitive` tinyint(1) NOT NULL,
  `flag_forbidden_term` tinyint(1) NOT NULL,
  `flag_non_translatable` tinyint(1) NOT NULL,
  `glossary_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FKqgqkew17tle3xkot7shvas8x1` (`glossary_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `glossary_term_translation` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `first_word_lowercased` varchar(127) DEFAULT NULL,
  `language_tag` varchar(255) DEFAULT NULL,
  `text` longtext NOT NULL,
  `term_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK7xx1elb7fl7qdj2qpf48p0w74` (`term_id`,`language_tag`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `import` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `author_id` bigint(20) NOT NULL,
  `project_id` bigint(20) NOT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `branch_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK2twe5erdt7yfludaoiq7gv3mf` (`author_id`),
  KEY `FK1egspeawij8o52ckn75n0di8u` (`project_id`),
  KEY `FKopvqh82o6l414c1s303md2pov` (`branch_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `import_settings` (
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `convert_placeholders_to_icu` tinyint(1) NOT NULL DEFAULT 1,
  `override_key_descriptions` tinyint(1) NOT NULL DEFAULT 0,
  `user_account_id` bigint(20) NOT NULL,
  `project_id` bigint(20) NOT NULL,
  `create_new_keys` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`project_id`,`user_account_id`),
  KEY `FK7soifoin7r9oo67hubts9x1k1` (`user_account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `invitation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `code` varchar(255) DEFAULT NULL,
  `email` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `created_by_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `invitation_code_unique` (`code`),
  KEY `FK2q6wi3un2qq40cgjoln871ak2` (`created_by_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `key` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(2000) DEFAULT NULL,
  `project_id` bigint(20) NOT NULL,
  `namespace_id` bigint(20) DEFAULT NULL,
  `is_plural` tinyint(1) NOT NULL DEFAULT 0,
  `plural_arg_name` varchar(255) DEFAULT NULL,
  `branch_id` bigint(20) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `deleted_by_id` bigint(20) DEFAULT NULL,
  `max_char_limit` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FKg12n5rjbnfoqlwpdkv3tql81p` (`project_id`),
  KEY `FK7ex52jk5v6xtvpbaojlmv9cas` (`namespace_id`),
  KEY `FKncoig3r2h5515bow46r0f8b67` (`branch_id`),
  KEY `fk_key_deleted_by_user_account` (`deleted_by_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `label` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `color` varchar(7) NOT NULL,
  `description` varchar(2000) DEFAULT NULL,
  `name` varchar(100) NOT NULL,
  `project_id` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UKo8irvuytfr0q29yc3f5c14eva` (`project_id`,`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `llm_provider` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `api_key` varchar(511) DEFAULT NULL,
  `api_url` varchar(2047) DEFAULT NULL,
  `deployment` varchar(255) DEFAULT NULL,
  `format` varchar(255) DEFAULT NULL,
  `keep_alive` varchar(255) DEFAULT NULL,
  `model` varchar(255) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `priority` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `organization_id` bigint(20) DEFAULT NULL,
  `reasoning_effort` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FKtky043854voywcr6m36rpiell` (`organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `mt_service_config` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `primary_service` varchar(255) DEFAULT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  `target_language_id` bigint(20) DEFAULT NULL,
  `aws_formality` varchar(255) DEFAULT 'DEFAULT',
  `deepl_formality` varchar(255) DEFAULT 'DEFAULT',
  `tolgee_formality` varchar(255) DEFAULT 'DEFAULT',
  `primary_service_formality` varchar(255) DEFAULT NULL,
  `prompt_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UC_MT_SERVICE_CONFIGTARGET_LANGUAGE_ID_COL` (`target_language_id`),
  KEY `FK7cklk7byifpo0jj5q58dwn6rt` (`project_id`),
  KEY `FKh8ryv9e4bam7ixyepewxldn3h` (`prompt_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `seen` tinyint(1) NOT NULL DEFAULT 0,
  `type` varchar(255) DEFAULT 'TASK_ASSIGNED',
  `linked_task_id` bigint(20) DEFAULT NULL,
  `originating_user_id` bigint(20) DEFAULT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FKequx0eq1uplra48lb6wvict34` (`user_id`),
  KEY `FKi35sfx0x08fonfxf2l8cp2xcp` (`project_id`),
  KEY `FKj06xil3dgg5920q5wmvbulaho` (`originating_user_id`),
  KEY `FKm1auuxar5ovwae9fqjp1eo05k` (`linked_task_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `notification_setting` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `channel` varchar(255) DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL,
  `group` varchar(255) DEFAULT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK3kf7ds88y13aru33m3na3o2co` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `organization_slack_workspace` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `access_token` varchar(255) DEFAULT NULL,
  `slack_team_id` varchar(255) DEFAULT NULL,
  `slack_team_name` varchar(255) DEFAULT NULL,
  `author_id` bigint(20) DEFAULT NULL,
  `organization_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `organization_slack_workspace_slack_team_id_unique` (`slack_team_id`),
  KEY `FK7u6veu2d9kqffmbu0i20j549d` (`author_id`),
  KEY `FKmtejc9d98nca9sb99p9exr5ep` (`organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `permission` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `type` varchar(255) DEFAULT NULL,
  `invitation_id` bigint(20) DEFAULT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  `user_id` bigint(20) DEFAULT NULL,
  `organization_id` bigint(20) DEFAULT NULL,
  `scopes` longtext DEFAULT NULL,
  `agency_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UC_PERMISSIONINVITATION_ID_COL` (`invitation_id`),
  UNIQUE KEY `UC_PERMISSIONORGANIZATION_ID_COL` (`organization_id`),
  KEY `FKd4loxn3vchrap5ulsueynd7m2` (`user_id`),
  KEY `FKb0ubhe0qiqd6er95wwhguincu` (`project_id`),
  KEY `FKmydwc5awkxhqr2d1apki4qrms` (`agency_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `project` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `description` varchar(2000) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `user_owner_id` bigint(20) DEFAULT NULL,
  `address_part` varchar(255) DEFAULT NULL,
  `organization_owner_id` bigint(20) DEFAULT NULL,
  `base_language_id` bigint(20) DEFAULT NULL,
  `avatar_hash` varchar(255) DEFAULT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `ai_translator_prompt_description` longtext DEFAULT NULL,
  `icu_placeholders` tinyint(1) NOT NULL DEFAULT 1,
  `base_namespace_id` bigint(20) DEFAULT NULL,
  `default_namespace_id` bigint(20) DEFAULT NULL,
  `last_task_number` bigint(20) NOT NULL DEFAULT 0,
  `use_namespaces` tinyint(1) NOT NULL DEFAULT 0,
  `suggestions_mode` varchar(255) DEFAULT 'DISABLED',
  `translation_protection` varchar(255) DEFAULT 'NONE',
  `use_branching` tinyint(1) NOT NULL DEFAULT 0,
  `use_qa_checks` tinyint(1) NOT NULL DEFAULT 0,
  `is_public` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UC_PROJECTBASE_LANGUAGE_ID_COL` (`base_language_id`),
  UNIQUE KEY `UC_PROJECTDEFAULT_NAMESPACE_ID_COL` (`default_namespace_id`),
  KEY `FKboemy1qcry5x32aoimycf6jrt` (`organization_owner_id`),
  KEY `FKno8mwmeoh2j8hv6yb6ghrepew` (`user_owner_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `quick_start` (
  `user_account_id` bigint(20) NOT NULL,
  `completed_steps` longtext DEFAULT NULL,
  `finished` tinyint(1) NOT NULL,
  `open` tinyint(1) NOT NULL,
  `organization_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`user_account_id`),
  KEY `FK2gbjbrkjgdy770vc1nyuvbfal` (`organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `slack_config` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `channel_id` varchar(255) DEFAULT NULL,
  `events` longtext DEFAULT NULL,
  `is_global_subscription` tinyint(1) DEFAULT 0,
  `language_tags` longtext DEFAULT NULL,
  `organization_slack_workspace_id` bigint(20) DEFAULT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  `user_account_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FK4e6cq2o917rdl9856a8g3p9i7` (`organization_slack_workspace_id`),
  KEY `FKdbwg4eia723x05dxak8kpbor4` (`user_account_id`),
  KEY `FKsgau8dxyxblao9sa16fnka0t1` (`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `slack_user_connection` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `slack_team_id` varchar(255) DEFAULT NULL,
  `slack_user_id` varchar(255) DEFAULT NULL,
  `user_account_id` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UK4r7181stej0g17fypltpiugak` (`user_account_id`,`slack_team_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `task` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `closed_at` datetime(6) DEFAULT NULL,
  `description` varchar(2000) DEFAULT NULL,
  `due_date` datetime(6) DEFAULT NULL,
  `name` varchar(255) DEFAULT NULL,
  `number` bigint(20) NOT NULL,
  `state` varchar(255) DEFAULT NULL,
  `type` varchar(255) DEFAULT NULL,
  `author_id` bigint(20) DEFAULT NULL,
  `language_id` bigint(20) DEFAULT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  `agency_id` bigint(20) DEFAULT NULL,
  `branch_id` bigint(20) DEFAULT NULL,
  `origin_branch_name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_number_unique` (`project_id`,`number`),
  KEY `FK7ixsl6anocypa3fn8wghhb6d1` (`author_id`),
  KEY `FKc1s19fj1byr8uwyb176qm0s2j` (`language_id`),
  KEY `FKsaa8x1vc3plx26t71br7dpe5v` (`agency_id`),
  KEY `FKnomxhqrycqxv0cyqtn9f0h39j` (`branch_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `task_assignees` (
  `tasks_id` bigint(20) NOT NULL,
  `assignees_id` bigint(20) NOT NULL,
  PRIMARY KEY (`tasks_id`,`assignees_id`),
  KEY `FKcpb7bbiipjo0kkvccsi4uflmk` (`assignees_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `task_key` (
  `done` tinyint(1) NOT NULL,
  `key_id` bigint(20) NOT NULL,
  `task_id` bigint(20) NOT NULL,
  `author_id` bigint(20) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `id` bigint(20) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `task_key_unique` (`task_id`,`key_id`),
  UNIQUE KEY `IX_task_keyPK` (`id`),
  KEY `FKeastey70m3vpk2vbh23kt01xl` (`author_id`),
  KEY `FKm50a9numg7m79ind8mraymtg9` (`key_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `tenant` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `authorization_uri` varchar(255) DEFAULT NULL,
  `client_id` varchar(255) DEFAULT NULL,
  `client_secret` varchar(255) DEFAULT NULL,
  `domain` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `token_uri` varchar(255) DEFAULT NULL,
  `organization_id` bigint(20) DEFAULT NULL,
  `force` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `UC_TENANTORGANIZATION_ID_COL` (`organization_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `translation_memory` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `source_language_tag` varchar(255) NOT NULL,
  `type` varchar(20) NOT NULL,
  `organization_owner_id` bigint(20) NOT NULL,
  `default_penalty` int(11) NOT NULL DEFAULT 0,
  `write_only_reviewed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `FKcyxqwdixhdllamiwqwqhsxtfq` (`organization_owner_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `translation_memory_entry` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `source_text` longtext NOT NULL,
  `target_language_tag` varchar(255) NOT NULL,
  `target_text` longtext NOT NULL,
  `translation_memory_id` bigint(20) NOT NULL,
  `tuid` longtext DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `FKn688qo7m3kq7uch9fn5s6rsdf` (`translation_memory_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `translation_suggestion` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `state` varchar(255) DEFAULT NULL,
  `translation` longtext NOT NULL,
  `author_id` bigint(20) NOT NULL,
  `key_id` bigint(20) NOT NULL,
  `language_id` bigint(20) NOT NULL,
  `project_id` bigint(20) NOT NULL,
  `is_plural` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `FKg53r94stb7kkuwj76eh5qbhw6` (`key_id`),
  KEY `FKlmklls7m68qcavm158uhg33dt` (`language_id`),
  KEY `FKni0hqfsfr866yr62dg0t82c75` (`project_id`),
  KEY `FKs89k165m4ci8qu42yg7xxh6er` (`author_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `webhook_config` (
  `id` bigint(20) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `first_failed` datetime(6) DEFAULT NULL,
  `last_executed` datetime(6) DEFAULT NULL,
  `url` varchar(255) DEFAULT NULL,
  `webhook_secret` varchar(255) DEFAULT NULL,
  `project_id` bigint(20) DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `auto_disable_notified` tinyint(1) NOT NULL DEFAULT 0,
  `auto_disabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `FKdatchev9n7hhuchdljdc5w692` (`project_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- Foreign keys (added after all tables, as upstream adds them after creating the tables)
ALTER TABLE `activity_describing_entity` ADD CONSTRAINT `FK9xs5a07fba5yqje5jqm6qrehs` FOREIGN KEY (`activity_revision_id`) REFERENCES `activity_revision` (`id`);
ALTER TABLE `activity_modified_entity` ADD CONSTRAINT `FKtqmx9nlfhcmio41b5xieb0ki4` FOREIGN KEY (`activity_revision_id`) REFERENCES `activity_revision` (`id`);
ALTER TABLE `activity_revision` ADD CONSTRAINT `FKnguyp4985yuoj8xuqsrd12b5y` FOREIGN KEY (`batch_job_id`) REFERENCES `tolgee_batch_job` (`id`);
ALTER TABLE `api_key` ADD CONSTRAINT `FKe30ekt7igqooxef59tbedyfdj` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);
ALTER TABLE `api_key` ADD CONSTRAINT `FKsryptvc972nlvw7we7fkr06mg` FOREIGN KEY (`user_account_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `api_key_scopes_enum` ADD CONSTRAINT `FKspqbeiygfq5lk5dw2sgt9pbml` FOREIGN KEY (`api_key_id`) REFERENCES `api_key` (`id`);
ALTER TABLE `dismissed_announcement` ADD CONSTRAINT `FKovu46iiclpbyq98rtdshmabvb` FOREIGN KEY (`user_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `email_verification` ADD CONSTRAINT `FKi6un5jx0t91rgwm8ah2bevcbj` FOREIGN KEY (`user_account_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `key_code_reference` ADD CONSTRAINT `FKcrettb2iyas70c96411bncjb7` FOREIGN KEY (`key_meta_id`) REFERENCES `key_meta` (`id`);
ALTER TABLE `key_code_reference` ADD CONSTRAINT `FKnus5ewftf9lxhm520whg3msnh` FOREIGN KEY (`author_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `key_comment` ADD CONSTRAINT `FKapx5aa95fl74isypara87i0oe` FOREIGN KEY (`key_meta_id`) REFERENCES `key_meta` (`id`);
ALTER TABLE `key_comment` ADD CONSTRAINT `FKnhtysiwn7w2tn04nr4smmc6af` FOREIGN KEY (`author_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `key_meta` ADD CONSTRAINT `FKgdb4y0up36tyubhysfpbru11b` FOREIGN KEY (`key_id`) REFERENCES `key` (`id`);
ALTER TABLE `key_meta_tags` ADD CONSTRAINT `FK1hhq8sx3mn7isckcoaq277ix6` FOREIGN KEY (`tags_id`) REFERENCES `tag` (`id`);
ALTER TABLE `key_meta_tags` ADD CONSTRAINT `FKsbnhi8xkxfybrf26ypraemrmk` FOREIGN KEY (`key_metas_id`) REFERENCES `key_meta` (`id`);
ALTER TABLE `language` ADD CONSTRAINT `FKoknj6iem9tqstdembw2rrvvs1` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);
ALTER TABLE `mt_credit_bucket` ADD CONSTRAINT `FKlgwarx2xdphg9imptapjv2p6j` FOREIGN KEY (`user_account_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `mt_credit_bucket` ADD CONSTRAINT `FKsx03b0rw40yo8jtqkklir7h04` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`);
ALTER TABLE `namespace` ADD CONSTRAINT `FKo9xwhbk7m02ohl0qnxk658hud` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);
ALTER TABLE `organization_role` ADD CONSTRAINT `FK581ryvy4rn9ey7rx3lestkuix` FOREIGN KEY (`invitation_id`) REFERENCES `invitation` (`id`);
ALTER TABLE `organization_role` ADD CONSTRAINT `FK6p6nbxihffjckr4tayum4x67v` FOREIGN KEY (`user_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `organization_role` ADD CONSTRAINT `FKqj2a0uojwh4p5rc9vfsu92fdk` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`);
ALTER TABLE `pat` ADD CONSTRAINT `FKdjjacqlrm6ps628vl2tgv6af9` FOREIGN KEY (`user_account_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `permission_languages` ADD CONSTRAINT `FK209w4e9w8xrj3grtabgpuolnr` FOREIGN KEY (`languages_id`) REFERENCES `language` (`id`);
ALTER TABLE `permission_languages` ADD CONSTRAINT `FKlppep3dcp1dexwwsrewxvtepj` FOREIGN KEY (`permission_id`) REFERENCES `permission` (`id`);
ALTER TABLE `tag` ADD CONSTRAINT `FKbyy56vice9njgl86752up8120` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);
ALTER TABLE `tolgee_batch_job` ADD CONSTRAINT `FKettsnugxew2f00b76d42nx5e9` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);
ALTER TABLE `tolgee_batch_job` ADD CONSTRAINT `FKrt8ahtsfk7phco5o4p5x7kaog` FOREIGN KEY (`author_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `translation` ADD CONSTRAINT `FKan8l57bdrd3yfsra16gy812nh` FOREIGN KEY (`key_id`) REFERENCES `key` (`id`);
ALTER TABLE `translation` ADD CONSTRAINT `FKc2d46w0v0yhqdf6nyel7g0b3u` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`);
ALTER TABLE `translation_comment` ADD CONSTRAINT `FK9ac0dmcy0armtdh781gs8bq01` FOREIGN KEY (`author_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `translation_comment` ADD CONSTRAINT `FKfre351ty5rjdolc8qeq3tbdlg` FOREIGN KEY (`translation_id`) REFERENCES `translation` (`id`);
ALTER TABLE `uploaded_image` ADD CONSTRAINT `FKelfpas8y8t5pq40m57ttdcnf` FOREIGN KEY (`user_account_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `user_preferences` ADD CONSTRAINT `FKdhlxchq1m65xxjrioelwhqrh7` FOREIGN KEY (`user_account_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `user_preferences` ADD CONSTRAINT `FKhypy4dq2btwfhsifbvr1nvjt0` FOREIGN KEY (`preferred_organization_id`) REFERENCES `organization` (`id`);
ALTER TABLE `ai_playground_result` ADD CONSTRAINT `FK4uqjckwgdycsmf5iotm0u86at` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`);
ALTER TABLE `ai_playground_result` ADD CONSTRAINT `FK5u8y4fsyys5gugxxafo7s0mf` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);
ALTER TABLE `ai_playground_result` ADD CONSTRAINT `FK75olry8276x9p28o2yqxtt7wi` FOREIGN KEY (`user_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `ai_playground_result` ADD CONSTRAINT `FKjkuq1qx92i73y5nvme2uqpthh` FOREIGN KEY (`key_id`) REFERENCES `key` (`id`);
ALTER TABLE `auth_provider_change_request` ADD CONSTRAINT `FKo6db96l21g8a86a9c0t50x32x` FOREIGN KEY (`user_account_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `branch` ADD CONSTRAINT `FK1sg3b030lhwn3huugkpnja4sh` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);
ALTER TABLE `branch` ADD CONSTRAINT `FKcm1eh6bg6wx174vo1lsmr0s5f` FOREIGN KEY (`author_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `branch` ADD CONSTRAINT `FKr1rv3tnqib0bpad7mjna0qvo0` FOREIGN KEY (`origin_branch_id`) REFERENCES `branch` (`id`);
ALTER TABLE `glossary` ADD CONSTRAINT `FKtiuusr7urs46e15gjy94jhdfm` FOREIGN KEY (`organization_owner_id`) REFERENCES `organization` (`id`);
ALTER TABLE `glossary_term` ADD CONSTRAINT `FKqgqkew17tle3xkot7shvas8x1` FOREIGN KEY (`glossary_id`) REFERENCES `glossary` (`id`);
ALTER TABLE `glossary_term_translation` ADD CONSTRAINT `FKi4r73bypqbg79v8vmxc08lv9q` FOREIGN KEY (`term_id`) REFERENCES `glossary_term` (`id`);
ALTER TABLE `import` ADD CONSTRAINT `FK1egspeawij8o52ckn75n0di8u` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);
ALTER TABLE `import` ADD CONSTRAINT `FK2twe5erdt7yfludaoiq7gv3mf` FOREIGN KEY (`author_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `import` ADD CONSTRAINT `FKopvqh82o6l414c1s303md2pov` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`);
ALTER TABLE `import_settings` ADD CONSTRAINT `FK7soifoin7r9oo67hubts9x1k1` FOREIGN KEY (`user_account_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `import_settings` ADD CONSTRAINT `FKh3y42gacmr9fm5emmte5oa8hc` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);
ALTER TABLE `invitation` ADD CONSTRAINT `FK2q6wi3un2qq40cgjoln871ak2` FOREIGN KEY (`created_by_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `key` ADD CONSTRAINT `FK7ex52jk5v6xtvpbaojlmv9cas` FOREIGN KEY (`namespace_id`) REFERENCES `namespace` (`id`);
ALTER TABLE `key` ADD CONSTRAINT `FKg12n5rjbnfoqlwpdkv3tql81p` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);
ALTER TABLE `key` ADD CONSTRAINT `FKncoig3r2h5515bow46r0f8b67` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`);
ALTER TABLE `key` ADD CONSTRAINT `fk_key_deleted_by_user_account` FOREIGN KEY (`deleted_by_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `label` ADD CONSTRAINT `FK4nf623d0nwyd4aqje3d3cxx1b` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);
ALTER TABLE `llm_provider` ADD CONSTRAINT `FKtky043854voywcr6m36rpiell` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`);
ALTER TABLE `mt_service_config` ADD CONSTRAINT `FK6dcse6i27cymn9au7m51etb43` FOREIGN KEY (`target_language_id`) REFERENCES `language` (`id`);
ALTER TABLE `mt_service_config` ADD CONSTRAINT `FK7cklk7byifpo0jj5q58dwn6rt` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);
ALTER TABLE `notification` ADD CONSTRAINT `FKequx0eq1uplra48lb6wvict34` FOREIGN KEY (`user_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `notification` ADD CONSTRAINT `FKi35sfx0x08fonfxf2l8cp2xcp` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);
ALTER TABLE `notification` ADD CONSTRAINT `FKj06xil3dgg5920q5wmvbulaho` FOREIGN KEY (`originating_user_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `notification` ADD CONSTRAINT `FKm1auuxar5ovwae9fqjp1eo05k` FOREIGN KEY (`linked_task_id`) REFERENCES `task` (`id`);
ALTER TABLE `notification_setting` ADD CONSTRAINT `FK3kf7ds88y13aru33m3na3o2co` FOREIGN KEY (`user_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `organization_slack_workspace` ADD CONSTRAINT `FK7u6veu2d9kqffmbu0i20j549d` FOREIGN KEY (`author_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `organization_slack_workspace` ADD CONSTRAINT `FKmtejc9d98nca9sb99p9exr5ep` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`);
ALTER TABLE `permission` ADD CONSTRAINT `FK1yntjh7ggi4te3ovft3q98vjh` FOREIGN KEY (`invitation_id`) REFERENCES `invitation` (`id`);
ALTER TABLE `permission` ADD CONSTRAINT `FKb0ubhe0qiqd6er95wwhguincu` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);
ALTER TABLE `permission` ADD CONSTRAINT `FKd4loxn3vchrap5ulsueynd7m2` FOREIGN KEY (`user_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `permission` ADD CONSTRAINT `FKmydwc5awkxhqr2d1apki4qrms` FOREIGN KEY (`agency_id`) REFERENCES `translation_agency` (`id`);
ALTER TABLE `permission` ADD CONSTRAINT `FKodqlqlhjgsfwnq418388o4vy7` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`);
ALTER TABLE `project` ADD CONSTRAINT `FK4pgl5uneh3it2odrc36nyubbx` FOREIGN KEY (`default_namespace_id`) REFERENCES `namespace` (`id`);
ALTER TABLE `project` ADD CONSTRAINT `FKboemy1qcry5x32aoimycf6jrt` FOREIGN KEY (`organization_owner_id`) REFERENCES `organization` (`id`);
ALTER TABLE `project` ADD CONSTRAINT `FKe87b2cgwpk3qttqh95tgrehlt` FOREIGN KEY (`base_language_id`) REFERENCES `language` (`id`);
ALTER TABLE `project` ADD CONSTRAINT `FKno8mwmeoh2j8hv6yb6ghrepew` FOREIGN KEY (`user_owner_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `quick_start` ADD CONSTRAINT `FK2gbjbrkjgdy770vc1nyuvbfal` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`);
ALTER TABLE `quick_start` ADD CONSTRAINT `FK946dggx61o0jyux1oo5gby8v0` FOREIGN KEY (`user_account_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `slack_config` ADD CONSTRAINT `FK4e6cq2o917rdl9856a8g3p9i7` FOREIGN KEY (`organization_slack_workspace_id`) REFERENCES `organization_slack_workspace` (`id`);
ALTER TABLE `slack_config` ADD CONSTRAINT `FKdbwg4eia723x05dxak8kpbor4` FOREIGN KEY (`user_account_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `slack_config` ADD CONSTRAINT `FKsgau8dxyxblao9sa16fnka0t1` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);
ALTER TABLE `slack_user_connection` ADD CONSTRAINT `FK6nxjrbgacl11u6dxoda2cud51` FOREIGN KEY (`user_account_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `task` ADD CONSTRAINT `FK7ixsl6anocypa3fn8wghhb6d1` FOREIGN KEY (`author_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `task` ADD CONSTRAINT `FKc1s19fj1byr8uwyb176qm0s2j` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`);
ALTER TABLE `task` ADD CONSTRAINT `FKk8qrwowg31kx7hp93sru1pdqa` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);
ALTER TABLE `task` ADD CONSTRAINT `FKnomxhqrycqxv0cyqtn9f0h39j` FOREIGN KEY (`branch_id`) REFERENCES `branch` (`id`);
ALTER TABLE `task` ADD CONSTRAINT `FKsaa8x1vc3plx26t71br7dpe5v` FOREIGN KEY (`agency_id`) REFERENCES `translation_agency` (`id`);
ALTER TABLE `task_assignees` ADD CONSTRAINT `FKcpb7bbiipjo0kkvccsi4uflmk` FOREIGN KEY (`assignees_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `task_assignees` ADD CONSTRAINT `FKn0exxrx5h7t0vc109xw9fc11s` FOREIGN KEY (`tasks_id`) REFERENCES `task` (`id`);
ALTER TABLE `task_key` ADD CONSTRAINT `FKeastey70m3vpk2vbh23kt01xl` FOREIGN KEY (`author_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `task_key` ADD CONSTRAINT `FKkvf74ngoesu5ld4unx462xyg8` FOREIGN KEY (`task_id`) REFERENCES `task` (`id`);
ALTER TABLE `task_key` ADD CONSTRAINT `FKm50a9numg7m79ind8mraymtg9` FOREIGN KEY (`key_id`) REFERENCES `key` (`id`);
ALTER TABLE `tenant` ADD CONSTRAINT `FKti8pr42oxjua5ym5d0mdpk2i0` FOREIGN KEY (`organization_id`) REFERENCES `organization` (`id`);
ALTER TABLE `translation_memory` ADD CONSTRAINT `FKcyxqwdixhdllamiwqwqhsxtfq` FOREIGN KEY (`organization_owner_id`) REFERENCES `organization` (`id`);
ALTER TABLE `translation_memory_entry` ADD CONSTRAINT `FKn688qo7m3kq7uch9fn5s6rsdf` FOREIGN KEY (`translation_memory_id`) REFERENCES `translation_memory` (`id`);
ALTER TABLE `translation_suggestion` ADD CONSTRAINT `FKg53r94stb7kkuwj76eh5qbhw6` FOREIGN KEY (`key_id`) REFERENCES `key` (`id`);
ALTER TABLE `translation_suggestion` ADD CONSTRAINT `FKlmklls7m68qcavm158uhg33dt` FOREIGN KEY (`language_id`) REFERENCES `language` (`id`);
ALTER TABLE `translation_suggestion` ADD CONSTRAINT `FKni0hqfsfr866yr62dg0t82c75` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);
ALTER TABLE `translation_suggestion` ADD CONSTRAINT `FKs89k165m4ci8qu42yg7xxh6er` FOREIGN KEY (`author_id`) REFERENCES `user_account` (`id`);
ALTER TABLE `webhook_config` ADD CONSTRAINT `FKdatchev9n7hhuchdljdc5w692` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`);

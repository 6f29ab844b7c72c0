-- TRAX LRS 2.0, Starter Edition (Sébastien Fraysse, traxlrs.com; Laravel 10), github.com/trax-project/trax2-starter-lrs
-- commit 509db06e1c1d11864378d812a5d22b208c15f2ae, which pins trax2/framework 2.0.4: the schema is the 31 Laravel
-- migrations of github.com/trax-project/trax2-framework `auth/database/migrations/*.php` and
-- `xapi-store/database/migrations/*.php`, commit 0f099d4411ba8e32d373e1e2142f0036afee1414 ("version 2.0.4")
-- (GPL-3.0-or-later; the framework is dual-licensed with the TRAX LRS Extended Edition licence).
-- PHP and Composer are not available here, so the migrations were replayed by hand, in Laravel's filename order,
-- into the MySQL DDL that Laravel's MySqlGrammar emits for each Blueprint call (bigIncrements = bigint unsigned
-- auto_increment primary key, uuid = char(36), string = varchar(255), json = json, boolean = tinyint(1),
-- timestamps() = created_at / updated_at timestamp null, rememberToken() = varchar(100) null, softDeletes() =
-- deleted_at timestamp null, foreignId = bigint unsigned); columns added by later migrations are appended in
-- migration order; Laravel's index, unique and foreign-key names. Laravel's own `migrations` table is left out.

CREATE TABLE `trax_owners` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `meta` json NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trax_owners_uuid_unique` (`uuid`),
  UNIQUE KEY `trax_owners_name_unique` (`name`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_entities` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `meta` json NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `owner_id` bigint unsigned NULL,
  `type` varchar(20) NULL,
  `parent_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trax_entities_uuid_unique` (`uuid`),
  KEY `trax_entities_owner_id_index` (`owner_id`),
  CONSTRAINT `trax_entities_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `trax_owners` (`id`) ON DELETE CASCADE,
  CONSTRAINT `trax_entities_parent_id_foreign` FOREIGN KEY (`parent_id`) REFERENCES `trax_entities` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_clients` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '1',
  `meta` json NOT NULL,
  `permissions` json NOT NULL,
  `admin` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `entity_id` bigint unsigned NULL,
  `owner_id` bigint unsigned NULL,
  `visible` tinyint(1) NOT NULL DEFAULT '1',
  `category` varchar(255) NULL,
  PRIMARY KEY (`id`),
  KEY `trax_clients_owner_id_index` (`owner_id`),
  CONSTRAINT `trax_clients_entity_id_foreign` FOREIGN KEY (`entity_id`) REFERENCES `trax_entities` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `trax_clients_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `trax_owners` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_accesses` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `name` varchar(255) NOT NULL,
  `cors` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '1',
  `meta` json NOT NULL,
  `permissions` json NOT NULL,
  `admin` tinyint(1) NOT NULL DEFAULT '0',
  `inherited_permissions` tinyint(1) NOT NULL DEFAULT '1',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `credentials_id` bigint unsigned NOT NULL,
  `credentials_type` varchar(255) NOT NULL,
  `client_id` bigint unsigned NOT NULL,
  `visible` tinyint(1) NOT NULL DEFAULT '1',
  `category` varchar(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trax_accesses_uuid_unique` (`uuid`),
  CONSTRAINT `trax_accesses_client_id_foreign` FOREIGN KEY (`client_id`) REFERENCES `trax_clients` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_basic_http` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `password` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_roles` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `description` longtext NULL,
  `meta` json NOT NULL,
  `permissions` json NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `owner_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  KEY `trax_roles_owner_id_index` (`owner_id`),
  CONSTRAINT `trax_roles_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `trax_owners` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_users` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `username` varchar(255) NOT NULL,
  `email` varchar(255) NOT NULL,
  `email_verified_at` timestamp NULL,
  `password` varchar(255) NOT NULL,
  `firstname` varchar(255) NOT NULL,
  `lastname` varchar(255) NOT NULL,
  `active` tinyint(1) NOT NULL DEFAULT '1',
  `admin` tinyint(1) NOT NULL DEFAULT '0',
  `source` varchar(20) NOT NULL DEFAULT 'internal',
  `meta` json NOT NULL,
  `remember_token` varchar(100) NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `role_id` bigint unsigned NULL,
  `entity_id` bigint unsigned NULL,
  `owner_id` bigint unsigned NULL,
  `password_changed_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trax_users_uuid_unique` (`uuid`),
  UNIQUE KEY `trax_users_username_unique` (`username`),
  UNIQUE KEY `trax_users_email_unique` (`email`),
  KEY `trax_users_source_index` (`source`),
  KEY `trax_users_owner_id_index` (`owner_id`),
  CONSTRAINT `trax_users_role_id_foreign` FOREIGN KEY (`role_id`) REFERENCES `trax_roles` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `trax_users_entity_id_foreign` FOREIGN KEY (`entity_id`) REFERENCES `trax_entities` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `trax_users_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `trax_owners` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_password_resets` (
  `email` varchar(255) NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  KEY `trax_password_resets_email_index` (`email`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_sessions` (
  `id` varchar(255) NOT NULL,
  `user_id` bigint unsigned NULL,
  `ip_address` varchar(45) NULL,
  `user_agent` text NULL,
  `payload` text NOT NULL,
  `last_activity` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `trax_sessions_user_id_index` (`user_id`),
  KEY `trax_sessions_last_activity_index` (`last_activity`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_xapi_statements` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `data` json NOT NULL,
  `voided` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `owner_id` bigint unsigned NULL,
  `entity_id` bigint unsigned NULL,
  `client_id` bigint unsigned NULL,
  `access_id` bigint unsigned NULL,
  `pending` tinyint(1) NOT NULL DEFAULT '0',
  `validation` tinyint NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `trax_xapi_statements_uuid_owner_id_unique` (`uuid`, `owner_id`),
  KEY `trax_xapi_statements_voided_index` (`voided`),
  KEY `trax_xapi_statements_owner_id_index` (`owner_id`),
  KEY `trax_xapi_statements_entity_id_index` (`entity_id`),
  KEY `trax_xapi_statements_client_id_index` (`client_id`),
  KEY `trax_xapi_statements_access_id_index` (`access_id`),
  KEY `trax_xapi_statements_pending_index` (`pending`),
  KEY `trax_xapi_statements_validation_index` (`validation`),
  CONSTRAINT `trax_xapi_statements_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `trax_owners` (`id`) ON DELETE CASCADE,
  CONSTRAINT `trax_xapi_statements_entity_id_foreign` FOREIGN KEY (`entity_id`) REFERENCES `trax_entities` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `trax_xapi_statements_client_id_foreign` FOREIGN KEY (`client_id`) REFERENCES `trax_clients` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `trax_xapi_statements_access_id_foreign` FOREIGN KEY (`access_id`) REFERENCES `trax_accesses` (`id`) ON DELETE RESTRICT
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_xapi_activities` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `iri` varchar(348) NOT NULL,
  `data` json NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `owner_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trax_xapi_activities_iri_owner_id_unique` (`iri`, `owner_id`),
  KEY `trax_xapi_activities_owner_id_index` (`owner_id`),
  CONSTRAINT `trax_xapi_activities_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `trax_owners` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_xapi_persons` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `uuid` char(36) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `owner_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trax_xapi_persons_uuid_owner_id_unique` (`uuid`, `owner_id`),
  KEY `trax_xapi_persons_owner_id_index` (`owner_id`),
  CONSTRAINT `trax_xapi_persons_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `trax_owners` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_xapi_agents` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `vid` varchar(191) NOT NULL,
  `name` varchar(255) NULL,
  `pseudonymized` tinyint(1) NOT NULL DEFAULT '0',
  `is_group` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `person_id` bigint unsigned NOT NULL,
  `pseudo_id` bigint unsigned NULL,
  `owner_id` bigint unsigned NULL,
  `deleted_at` timestamp NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trax_xapi_agents_vid_owner_id_unique` (`vid`, `owner_id`),
  KEY `trax_xapi_agents_pseudonymized_index` (`pseudonymized`),
  KEY `trax_xapi_agents_is_group_index` (`is_group`),
  KEY `trax_xapi_agents_person_id_index` (`person_id`),
  KEY `trax_xapi_agents_owner_id_index` (`owner_id`),
  CONSTRAINT `trax_xapi_agents_person_id_foreign` FOREIGN KEY (`person_id`) REFERENCES `trax_xapi_persons` (`id`) ON DELETE CASCADE,
  CONSTRAINT `trax_xapi_agents_pseudo_id_foreign` FOREIGN KEY (`pseudo_id`) REFERENCES `trax_xapi_agents` (`id`) ON DELETE SET NULL,
  CONSTRAINT `trax_xapi_agents_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `trax_owners` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_xapi_states` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `state_id` varchar(191) NOT NULL,
  `activity_id` varchar(348) NOT NULL,
  `vid` varchar(191) NOT NULL,
  `registration` char(36) NULL,
  `data` json NOT NULL,
  `timestamp` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `owner_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trax_xapi_states_unique` (`vid`, `activity_id`, `state_id`, `registration`, `owner_id`),
  KEY `trax_xapi_states_activity_id_index` (`activity_id`),
  KEY `trax_xapi_states_vid_index` (`vid`),
  KEY `trax_xapi_states_owner_id_index` (`owner_id`),
  CONSTRAINT `trax_xapi_states_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `trax_owners` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_xapi_activity_profiles` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `profile_id` varchar(255) NOT NULL,
  `activity_id` varchar(348) NOT NULL,
  `data` json NOT NULL,
  `timestamp` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `owner_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trax_xapi_activity_profiles_unique` (`activity_id`, `profile_id`, `owner_id`),
  KEY `trax_xapi_activity_profiles_activity_id_index` (`activity_id`),
  KEY `trax_xapi_activity_profiles_owner_id_index` (`owner_id`),
  CONSTRAINT `trax_xapi_activity_profiles_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `trax_owners` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_xapi_agent_profiles` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `profile_id` varchar(255) NOT NULL,
  `vid` varchar(191) NOT NULL,
  `data` json NOT NULL,
  `timestamp` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `owner_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trax_xapi_agent_profiles_vid_profile_id_owner_id_unique` (`vid`, `profile_id`, `owner_id`),
  KEY `trax_xapi_agent_profiles_vid_index` (`vid`),
  KEY `trax_xapi_agent_profiles_owner_id_index` (`owner_id`),
  CONSTRAINT `trax_xapi_agent_profiles_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `trax_owners` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_xapi_attachments` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `data` json NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `owner_id` bigint unsigned NULL,
  `entity_id` bigint unsigned NULL,
  `client_id` bigint unsigned NULL,
  `access_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  KEY `trax_xapi_attachments_owner_id_index` (`owner_id`),
  KEY `trax_xapi_attachments_entity_id_index` (`entity_id`),
  KEY `trax_xapi_attachments_client_id_index` (`client_id`),
  KEY `trax_xapi_attachments_access_id_index` (`access_id`),
  CONSTRAINT `trax_xapi_attachments_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `trax_owners` (`id`) ON DELETE CASCADE,
  CONSTRAINT `trax_xapi_attachments_entity_id_foreign` FOREIGN KEY (`entity_id`) REFERENCES `trax_entities` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `trax_xapi_attachments_client_id_foreign` FOREIGN KEY (`client_id`) REFERENCES `trax_clients` (`id`) ON DELETE RESTRICT,
  CONSTRAINT `trax_xapi_attachments_access_id_foreign` FOREIGN KEY (`access_id`) REFERENCES `trax_accesses` (`id`) ON DELETE RESTRICT
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_xapi_verbs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `iri` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `owner_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trax_xapi_verbs_iri_owner_id_unique` (`iri`, `owner_id`),
  KEY `trax_xapi_verbs_owner_id_index` (`owner_id`),
  CONSTRAINT `trax_xapi_verbs_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `trax_owners` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_xapi_statement_agent` (
  `type` tinyint NOT NULL,
  `sub` tinyint(1) NOT NULL DEFAULT '0',
  `group` tinyint(1) NOT NULL DEFAULT '0',
  `statement_id` bigint unsigned NOT NULL,
  `agent_id` bigint unsigned NOT NULL,
  KEY `trax_xapi_statement_agent_type_index` (`type`),
  KEY `trax_xapi_statement_agent_sub_index` (`sub`),
  KEY `trax_xapi_statement_agent_group_index` (`group`),
  KEY `trax_xapi_statement_agent_statement_id_index` (`statement_id`),
  KEY `trax_xapi_statement_agent_agent_id_index` (`agent_id`),
  CONSTRAINT `trax_xapi_statement_agent_statement_id_foreign` FOREIGN KEY (`statement_id`) REFERENCES `trax_xapi_statements` (`id`) ON DELETE CASCADE,
  CONSTRAINT `trax_xapi_statement_agent_agent_id_foreign` FOREIGN KEY (`agent_id`) REFERENCES `trax_xapi_agents` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_xapi_statement_verb` (
  `sub` tinyint(1) NOT NULL DEFAULT '0',
  `statement_id` bigint unsigned NOT NULL,
  `verb_id` bigint unsigned NOT NULL,
  KEY `trax_xapi_statement_verb_sub_index` (`sub`),
  KEY `trax_xapi_statement_verb_statement_id_index` (`statement_id`),
  KEY `trax_xapi_statement_verb_verb_id_index` (`verb_id`),
  CONSTRAINT `trax_xapi_statement_verb_statement_id_foreign` FOREIGN KEY (`statement_id`) REFERENCES `trax_xapi_statements` (`id`) ON DELETE CASCADE,
  CONSTRAINT `trax_xapi_statement_verb_verb_id_foreign` FOREIGN KEY (`verb_id`) REFERENCES `trax_xapi_verbs` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_xapi_statement_activity` (
  `type` tinyint NOT NULL,
  `sub` tinyint(1) NOT NULL DEFAULT '0',
  `statement_id` bigint unsigned NOT NULL,
  `activity_id` bigint unsigned NOT NULL,
  KEY `trax_xapi_statement_activity_type_index` (`type`),
  KEY `trax_xapi_statement_activity_sub_index` (`sub`),
  KEY `trax_xapi_statement_activity_statement_id_index` (`statement_id`),
  KEY `trax_xapi_statement_activity_activity_id_index` (`activity_id`),
  CONSTRAINT `trax_xapi_statement_activity_statement_id_foreign` FOREIGN KEY (`statement_id`) REFERENCES `trax_xapi_statements` (`id`) ON DELETE CASCADE,
  CONSTRAINT `trax_xapi_statement_activity_activity_id_foreign` FOREIGN KEY (`activity_id`) REFERENCES `trax_xapi_activities` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_xapi_logs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `api` varchar(255) NOT NULL,
  `method` varchar(255) NOT NULL,
  `count` int unsigned NULL,
  `error` tinyint(1) NOT NULL DEFAULT '0',
  `data` json NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `owner_id` bigint unsigned NULL,
  `entity_id` bigint unsigned NULL,
  `client_id` bigint unsigned NULL,
  `access_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  KEY `trax_xapi_logs_api_index` (`api`),
  KEY `trax_xapi_logs_method_index` (`method`),
  KEY `trax_xapi_logs_error_index` (`error`),
  KEY `trax_xapi_logs_owner_id_index` (`owner_id`),
  KEY `trax_xapi_logs_entity_id_index` (`entity_id`),
  KEY `trax_xapi_logs_client_id_index` (`client_id`),
  KEY `trax_xapi_logs_access_id_index` (`access_id`),
  CONSTRAINT `trax_xapi_logs_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `trax_owners` (`id`) ON DELETE CASCADE,
  CONSTRAINT `trax_xapi_logs_entity_id_foreign` FOREIGN KEY (`entity_id`) REFERENCES `trax_entities` (`id`) ON DELETE CASCADE,
  CONSTRAINT `trax_xapi_logs_client_id_foreign` FOREIGN KEY (`client_id`) REFERENCES `trax_clients` (`id`) ON DELETE CASCADE,
  CONSTRAINT `trax_xapi_logs_access_id_foreign` FOREIGN KEY (`access_id`) REFERENCES `trax_accesses` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_xapi_activity_types` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `iri` varchar(255) NOT NULL,
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `owner_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trax_xapi_activity_types_iri_owner_id_unique` (`iri`, `owner_id`),
  KEY `trax_xapi_activity_types_owner_id_index` (`owner_id`),
  CONSTRAINT `trax_xapi_activity_types_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `trax_owners` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

CREATE TABLE `trax_xapi_statement_categories` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `iri` varchar(255) NOT NULL,
  `profile` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NULL,
  `updated_at` timestamp NULL,
  `owner_id` bigint unsigned NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `trax_xapi_statement_categories_iri_owner_id_unique` (`iri`, `owner_id`),
  KEY `trax_xapi_statement_categories_owner_id_index` (`owner_id`),
  CONSTRAINT `trax_xapi_statement_categories_owner_id_foreign` FOREIGN KEY (`owner_id`) REFERENCES `trax_owners` (`id`) ON DELETE CASCADE
) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci';

-- Contember Engine 2.2.0-alpha.3 (open-source headless CMS / GraphQL content API platform on PostgreSQL): the
-- tenant schema (people — editors and administrators — with identities, global roles, session tokens and permanent
-- API keys, passwords, MFA secrets, backup codes, password-reset / passwordless / e-mail-verification tokens, single
-- sign-on identities and IdP sessions, the authentication audit log, project memberships with role variables,
-- projects, project secrets, mail templates, auth policies, rate-limit events and the tenant configuration) and a
-- project's system schema (the event log of every content change with the identity that made it, stages,
-- transactions, schema and migrations, and the Actions webhook event queue and variables).
-- Upstream: github.com/contember/contember commit 72c16095f875a032840096d2e7dca7cbaed870b8 (Apache-2.0),
--   packages/engine-tenant-api/src/migrations/snapshot.ts (the pg_dump snapshot of all tenant migrations up to
--   2026-06-18-120000-idp-claim-mapping), packages/engine-system-api/src/migrations/snapshot.ts and
--   packages/engine-actions/src/migrations/snapshot.ts (the Actions tables, which live in the system schema).
-- Made by loading those three snapshots into a scratch PostgreSQL 15 database (schemas `tenant` and `system`, as
-- the engine creates them; `${randomUuidFn}` as gen_random_uuid) and writing the resulting tables as MySQL/MariaDB
-- DDL, tenant schema first, with column names and order, NOT NULL, defaults, primary, unique and foreign keys and
-- plain indexes as PostgreSQL reports them: uuid -> char(36), text -> text, jsonb/json and text[] -> json,
-- timestamptz -> datetime(6), interval -> varchar(255), inet -> varchar(45), bytea -> longblob, boolean ->
-- tinyint(1), enum types -> ENUM(...), domains -> their base type; keys on text columns use a 191-character prefix;
-- expression indexes (lower(email) ...) are left out and partial unique indexes are written as plain keys.
-- Tables are ordered so that referenced tables come first. All 25 tables are kept. A project's own content tables
-- are generated from each project's schema and are not part of the engine.

CREATE TABLE `identity` (
  `id` char(36) NOT NULL,
  `parent_id` char(36) DEFAULT NULL,
  `roles` json NOT NULL,
  `description` text DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `identity_parent_id` (`parent_id`),
  CONSTRAINT `identity_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `identity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_key` (
  `id` char(36) NOT NULL,
  `token_hash` text NOT NULL,
  `type` text NOT NULL,
  `identity_id` char(36) NOT NULL,
  `expires_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL,
  `expiration` int DEFAULT NULL,
  `disabled_at` datetime(6) DEFAULT NULL,
  `last_ip` varchar(45) DEFAULT NULL,
  `last_user_agent` text DEFAULT NULL,
  `last_used_at` datetime(6) DEFAULT NULL,
  `created_ip` varchar(45) DEFAULT NULL,
  `created_user_agent` text DEFAULT NULL,
  `trust_forwarded_info` tinyint(1) NOT NULL DEFAULT 0,
  `issued_at` datetime(6) DEFAULT NULL,
  `idle_timeout` varchar(255) DEFAULT NULL,
  `max_expires_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `api_key_identity_id` (`identity_id`),
  UNIQUE KEY `api_key_token_hash` (`token_hash`(191)),
  CONSTRAINT `api_key_identity_id_fkey` FOREIGN KEY (`identity_id`) REFERENCES `identity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `slug` text NOT NULL,
  `config` json NOT NULL,
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_slug` (`slug`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `auth_policy` (
  `id` char(36) NOT NULL,
  `scope` text NOT NULL,
  `project_id` char(36) DEFAULT NULL,
  `roles` json NOT NULL,
  `mfa_required` tinyint(1) DEFAULT NULL,
  `token_expiration` varchar(255) DEFAULT NULL,
  `idle_timeout` varchar(255) DEFAULT NULL,
  `remember_me_allowed` tinyint(1) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `grace_duration` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `auth_policy_project_id_idx` (`project_id`),
  CONSTRAINT `auth_policy_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `config` (
  `id` enum('singleton') NOT NULL DEFAULT 'singleton',
  `passwordless_enabled` enum('always','never','optIn','optOut') NOT NULL DEFAULT 'never',
  `passwordless_url` text DEFAULT NULL,
  `passwordless_expiration` varchar(255) NOT NULL DEFAULT '00:05:00',
  `password_min_length` int NOT NULL DEFAULT 8,
  `password_require_uppercase` int NOT NULL DEFAULT 1,
  `password_require_lowercase` int NOT NULL DEFAULT 1,
  `password_require_digit` int NOT NULL DEFAULT 1,
  `password_require_special` int NOT NULL DEFAULT 0,
  `password_pattern` text DEFAULT NULL,
  `password_check_blacklist` tinyint(1) NOT NULL DEFAULT 1,
  `login_base_backoff` varchar(255) NOT NULL DEFAULT '00:00:01',
  `login_max_backoff` varchar(255) NOT NULL DEFAULT '00:01:00',
  `login_attempt_window` varchar(255) NOT NULL DEFAULT '00:05:00',
  `login_reveal_user_exits` tinyint(1) NOT NULL DEFAULT 1,
  `login_default_token_expiration` varchar(255) NOT NULL DEFAULT '00:30:00',
  `login_max_token_expiration` varchar(255) DEFAULT '6 mons',
  `password_check_hibp` tinyint(1) NOT NULL DEFAULT 0,
  `captcha_provider` text DEFAULT NULL,
  `captcha_secret` longblob DEFAULT NULL,
  `captcha_secret_version` int DEFAULT NULL,
  `captcha_threshold` double DEFAULT NULL,
  `rate_limit_sign_up_per_ip_limit` int NOT NULL DEFAULT 0,
  `rate_limit_sign_up_per_ip_window` varchar(255) NOT NULL DEFAULT '01:00:00',
  `rate_limit_login_per_ip_limit` int NOT NULL DEFAULT 0,
  `rate_limit_login_per_ip_window` varchar(255) NOT NULL DEFAULT '01:00:00',
  `rate_limit_password_reset_per_ip_limit` int NOT NULL DEFAULT 0,
  `rate_limit_password_reset_per_ip_window` varchar(255) NOT NULL DEFAULT '01:00:00',
  `rate_limit_passwordless_init_per_ip_limit` int NOT NULL DEFAULT 0,
  `rate_limit_passwordless_init_per_ip_window` varchar(255) NOT NULL DEFAULT '01:00:00',
  `login_reveal_login_method` tinyint(1) NOT NULL DEFAULT 1,
  `login_mfa_grace_duration` varchar(255) NOT NULL DEFAULT '00:00:00',
  `rate_limit_email_otp_per_person_limit` int NOT NULL DEFAULT 10,
  `rate_limit_email_otp_per_person_window` varchar(255) NOT NULL DEFAULT '00:10:00',
  `signup_require_email_verification` tinyint(1) NOT NULL DEFAULT 0,
  `require_email_change_verification` tinyint(1) NOT NULL DEFAULT 0,
  `rate_limit_email_verification_per_ip_limit` int NOT NULL DEFAULT 0,
  `rate_limit_email_verification_per_ip_window` varchar(255) NOT NULL DEFAULT '01:00:00',
  `captcha_protect_sign_up` tinyint(1) NOT NULL DEFAULT 1,
  `captcha_protect_password_reset` tinyint(1) NOT NULL DEFAULT 1,
  `captcha_protect_passwordless_init` tinyint(1) NOT NULL DEFAULT 1,
  `captcha_protect_email_verification` tinyint(1) NOT NULL DEFAULT 0,
  `login_anomaly_detection_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `login_anomaly_history_size` int NOT NULL DEFAULT 10,
  `login_anomaly_email_threshold` int NOT NULL DEFAULT 1,
  `login_anomaly_step_up_threshold` int NOT NULL DEFAULT 3,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `identity_provider` (
  `id` char(36) NOT NULL,
  `slug` text NOT NULL,
  `type` text NOT NULL,
  `configuration` json NOT NULL,
  `disabled_at` datetime(6) DEFAULT NULL,
  `auto_sign_up` tinyint(1) NOT NULL DEFAULT 0,
  `exclusive` tinyint(1) DEFAULT 0,
  `init_returns_config` tinyint(1) NOT NULL DEFAULT 0,
  `require_verified_email` tinyint(1) NOT NULL DEFAULT 0,
  `assume_email_verified` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_provider_slug_key` (`slug`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `idp_session` (
  `id` char(36) NOT NULL,
  `api_key_id` char(36) NOT NULL,
  `identity_provider_id` char(36) NOT NULL,
  `idp_session_id` text DEFAULT NULL,
  `tokens` longblob DEFAULT NULL,
  `tokens_version` int DEFAULT NULL,
  `idp_expires_at` datetime(6) DEFAULT NULL,
  `token_obtained_at` datetime(6) DEFAULT NULL,
  `last_validated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idp_session_api_key_id` (`api_key_id`),
  KEY `idp_session_sid` (`identity_provider_id`,`idp_session_id`(191)),
  CONSTRAINT `idp_session_api_key` FOREIGN KEY (`api_key_id`) REFERENCES `api_key` (`id`) ON DELETE CASCADE,
  CONSTRAINT `idp_session_idp` FOREIGN KEY (`identity_provider_id`) REFERENCES `identity_provider` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `mail_template` (
  `id` char(36) NOT NULL,
  `project_id` char(36) DEFAULT NULL,
  `mail_type` text NOT NULL,
  `variant` text NOT NULL,
  `subject` text NOT NULL,
  `content` text NOT NULL,
  `use_layout` tinyint(1) NOT NULL,
  `reply_to` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `mail_template_identifier` (`project_id`,`mail_type`(191),`variant`(191)),
  KEY `mail_template_identifier_global` (`mail_type`(191),`variant`(191)),
  KEY `mail_template_project_index` (`project_id`),
  CONSTRAINT `mail_template_project` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person` (
  `id` char(36) NOT NULL,
  `email` text DEFAULT NULL,
  `password_hash` text DEFAULT NULL,
  `identity_id` char(36) NOT NULL,
  `name` text DEFAULT NULL,
  `idp_only` tinyint(1) NOT NULL DEFAULT 0,
  `disabled_at` datetime(6) DEFAULT NULL,
  `passwordless_enabled` tinyint(1) DEFAULT NULL,
  `mfa_grace_until` datetime(6) DEFAULT NULL,
  `email_verified_at` datetime(6) DEFAULT NULL,
  `email_verification_required` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email_unique` (`email`(191)),
  UNIQUE KEY `person_identity_id_key` (`identity_id`),
  KEY `person_identity_id` (`identity_id`),
  CONSTRAINT `person_identity_id_fkey` FOREIGN KEY (`identity_id`) REFERENCES `identity` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_token` (
  `id` char(36) NOT NULL,
  `token_hash` text NOT NULL,
  `person_id` char(36) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `used_at` datetime(6) DEFAULT NULL,
  `type` enum('password_reset','passwordless','mfa_email_otp','email_verification','email_change') NOT NULL DEFAULT 'password_reset',
  `otp_hash` text DEFAULT NULL,
  `otp_attempts` int NOT NULL DEFAULT 0,
  `meta` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `person_password_reset_token` (`token_hash`(191)),
  CONSTRAINT `person_password_reset_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_auth_log` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `invoked_by_id` char(36) DEFAULT NULL,
  `person_id` char(36) DEFAULT NULL,
  `person_token_id` char(36) DEFAULT NULL,
  `person_input_identifier` text DEFAULT NULL,
  `type` enum('login','create_session_token','idp_login','password_reset_init','password_reset','password_change','email_change','2fa_disable','2fa_enable','passwordless_login_init','passwordless_login_exchange','passwordless_login','person_disable','session_revoked_by_user','forced_sign_out','global_role_grant','global_role_revoke','project_membership_create','project_membership_update','project_membership_remove','api_key_create','api_key_disable','idp_create','idp_update','idp_disable','idp_enable','project_create','project_update','project_secret_change','mail_template_change','tenant_config_change','person_invite','backup_code_generated','backup_code_used','backup_code_regenerated','email_otp_sent','mfa_enrollment_required','mfa_reset','session_expired_idle','session_policy_applied','auth_policy_change','email_verify_init','email_verify_complete','email_change_init','email_change_complete','idp_session_revalidated','idp_session_revoked','idp_session_revalidation_failed','unusual_login_detected','step_up_required','idp_logout_initiated','idp_backchannel_logout','idp_role_mapped','idp_role_mapping_failed') NOT NULL,
  `success` tinyint(1) NOT NULL,
  `error_code` text DEFAULT NULL,
  `error_message` text DEFAULT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `user_agent` text DEFAULT NULL,
  `identity_provider_id` char(36) DEFAULT NULL,
  `metadata` json DEFAULT NULL,
  `target_person_id` char(36) DEFAULT NULL,
  `event_data` json DEFAULT NULL,
  `geo_country` text DEFAULT NULL,
  `device_fingerprint` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `person_auth_log_person_id_created_at_idx` (`person_id`,`created_at`),
  KEY `person_auth_log_person_input_identifier_created_at_idx` (`person_input_identifier`(191),`created_at`),
  KEY `person_auth_log_target_person_id_created_at_idx` (`target_person_id`,`created_at`),
  CONSTRAINT `person_auth_log_identity_provider_id_fkey` FOREIGN KEY (`identity_provider_id`) REFERENCES `identity_provider` (`id`) ON DELETE SET NULL,
  CONSTRAINT `person_auth_log_invoked_by_id_fkey` FOREIGN KEY (`invoked_by_id`) REFERENCES `identity` (`id`) ON DELETE SET NULL,
  CONSTRAINT `person_auth_log_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE SET NULL,
  CONSTRAINT `person_auth_log_person_token_id_fkey` FOREIGN KEY (`person_token_id`) REFERENCES `person_token` (`id`) ON DELETE SET NULL,
  CONSTRAINT `person_auth_log_target_person_id_fkey` FOREIGN KEY (`target_person_id`) REFERENCES `person` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_backup_code` (
  `id` char(36) NOT NULL,
  `person_id` char(36) NOT NULL,
  `code_hash` text NOT NULL,
  `used_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`id`),
  KEY `person_backup_code_person_id_idx` (`person_id`),
  CONSTRAINT `person_backup_code_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_identity_provider` (
  `id` char(36) NOT NULL,
  `person_id` char(36) NOT NULL,
  `identity_provider_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `external_identifier` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `person_identity_provider_identifier` (`identity_provider_id`,`external_identifier`(191)),
  KEY `person_identity_provider_person_id` (`person_id`),
  CONSTRAINT `person_identity_provider_idp` FOREIGN KEY (`identity_provider_id`) REFERENCES `identity_provider` (`id`) ON DELETE CASCADE,
  CONSTRAINT `person_identity_provider_person` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `person_mfa` (
  `person_id` char(36) NOT NULL,
  `totp_secret` longblob DEFAULT NULL,
  `totp_secret_version` int DEFAULT NULL,
  `totp_activated_at` datetime(6) DEFAULT NULL,
  `totp_pending_secret` longblob DEFAULT NULL,
  `totp_pending_version` int DEFAULT NULL,
  `totp_pending_created_at` datetime(6) DEFAULT NULL,
  `email_otp_enabled` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`person_id`),
  CONSTRAINT `person_mfa_person_id_fkey` FOREIGN KEY (`person_id`) REFERENCES `person` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_membership` (
  `id` char(36) NOT NULL,
  `project_id` char(36) NOT NULL,
  `identity_id` char(36) NOT NULL,
  `role` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `project_membership_identity_index` (`identity_id`),
  UNIQUE KEY `project_membership_unique` (`project_id`,`identity_id`,`role`(191)),
  CONSTRAINT `project_membership_identity` FOREIGN KEY (`identity_id`) REFERENCES `identity` (`id`) ON DELETE CASCADE,
  CONSTRAINT `project_membership_project` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_membership_variable` (
  `id` char(36) NOT NULL,
  `membership_id` char(36) NOT NULL,
  `variable` text NOT NULL,
  `value` json NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `project_membership_variable_unique` (`membership_id`,`variable`(191)),
  CONSTRAINT `project_membership_variable_membership` FOREIGN KEY (`membership_id`) REFERENCES `project_membership` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_secret` (
  `id` char(36) NOT NULL,
  `project_id` char(36) NOT NULL,
  `key` text NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `value` longblob NOT NULL,
  `version` smallint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `project_secret_project_index` (`project_id`),
  UNIQUE KEY `project_secret_unique` (`project_id`,`key`(191)),
  CONSTRAINT `project_secret_project` FOREIGN KEY (`project_id`) REFERENCES `project` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rate_limit_event` (
  `id` char(36) NOT NULL,
  `scope` text NOT NULL,
  `key_hash` longblob NOT NULL,
  `occurred_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (`id`),
  KEY `rate_limit_event_lookup` (`scope`(191),`key_hash`(191),`occurred_at`),
  KEY `rate_limit_event_occurred_at_brin` (`occurred_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schema_migration` (
  `id` int NOT NULL,
  `version` varchar(20) NOT NULL,
  `name` varchar(255) NOT NULL,
  `migration` json NOT NULL,
  `checksum` char(32) DEFAULT NULL,
  `executed_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `type` enum('schema','content') NOT NULL DEFAULT 'schema',
  PRIMARY KEY (`id`),
  UNIQUE KEY `schema_migration_name_key` (`name`),
  UNIQUE KEY `schema_migration_version_key` (`version`),
  KEY `system_schema_migration_version` (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_data` (
  `id` char(36) NOT NULL,
  `type` text NOT NULL,
  `table_name` text DEFAULT NULL,
  `row_ids` json DEFAULT NULL,
  `values` json DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `schema_id` int NOT NULL,
  `identity_id` char(36) NOT NULL,
  `transaction_id` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `event_data_created` (`created_at`),
  KEY `system_event2_table_name` (`table_name`(191)),
  KEY `system_event2_transaction` (`transaction_id`),
  KEY `system_event2_type` (`type`(191)),
  CONSTRAINT `event_data_schema_id_fkey` FOREIGN KEY (`schema_id`) REFERENCES `schema_migration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schema` (
  `id` enum('single') NOT NULL DEFAULT 'single',
  `schema` json NOT NULL,
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `checksum` char(32) NOT NULL,
  `version` varchar(20) NOT NULL,
  `migration_id` int NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `schema_migration_id_fkey` FOREIGN KEY (`migration_id`) REFERENCES `schema_migration` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stage` (
  `id` char(36) NOT NULL,
  `name` text NOT NULL,
  `slug` text NOT NULL,
  `schema` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `stage_schema_key` (`schema`(191)),
  UNIQUE KEY `stage_slug_key` (`slug`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stage_transaction` (
  `transaction_id` char(36) NOT NULL,
  `stage_id` char(36) NOT NULL,
  `applied_at` datetime(6) NOT NULL,
  PRIMARY KEY (`transaction_id`,`stage_id`),
  KEY `transaction_applied` (`applied_at`),
  CONSTRAINT `stage_transaction_stage_id_fkey` FOREIGN KEY (`stage_id`) REFERENCES `stage` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `actions_event` (
  `id` char(36) NOT NULL,
  `transaction_id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `resolved_at` datetime(6) DEFAULT NULL,
  `visible_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `num_retries` int NOT NULL,
  `state` enum('created','retrying','processing','succeed','failed','stopped') NOT NULL DEFAULT 'created',
  `last_state_change` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `stage_id` char(36) NOT NULL,
  `schema_id` int NOT NULL,
  `target` text NOT NULL,
  `trigger` text NOT NULL,
  `priority` int NOT NULL DEFAULT 0,
  `payload` json NOT NULL,
  `log` json NOT NULL,
  `identity_id` char(36) DEFAULT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `user_agent` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `actions_event_priority_visible_at_idx` (`priority`,`visible_at`),
  CONSTRAINT `actions_event_schema_id_fkey` FOREIGN KEY (`schema_id`) REFERENCES `schema_migration` (`id`),
  CONSTRAINT `actions_event_stage_id_fkey` FOREIGN KEY (`stage_id`) REFERENCES `stage` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `actions_variable` (
  `id` char(36) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `updated_at` datetime(6) NOT NULL DEFAULT current_timestamp(6),
  `name` text NOT NULL,
  `value` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `actions_variable_name_key` (`name`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


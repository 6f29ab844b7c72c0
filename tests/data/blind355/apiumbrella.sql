-- API Umbrella (National Renewable Energy Laboratory; the API gateway behind api.data.gov), github.com/NREL/api-umbrella
-- commit eac5a7c32d971c7f193179da3469d3cbd561d590 (MIT), `db/schema.sql` (upstream's pg_dump of the migrated database,
-- last changed in 4995e3a266625cb6615e50f9cf0f7fa40b5cf347) loaded into PostgreSQL 15, read back from the catalogue and
-- written as MySQL (see apiumbrella.md). Schema `api_umbrella` keeps its table names; schema `audit` becomes the prefix
-- `audit_`. uuid -> CHAR(36), text -> TEXT (VARCHAR(255) where keyed), inet -> VARCHAR(45), arrays and jsonb -> JSON,
-- bytea -> LONGBLOB, point -> GEOMETRY, oid -> INT UNSIGNED, timestamptz -> DATETIME(6). The view `api_users_flattened` is left out.

CREATE TABLE `admin_groups` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `admin_groups_name_idx` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_permissions` (
  `id` VARCHAR(50) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `display_order` SMALLINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `admin_permissions_display_order_idx` (`display_order`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_groups_admin_permissions` (
  `admin_group_id` CHAR(36) NOT NULL,
  `admin_permission_id` VARCHAR(50) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`admin_group_id`,`admin_permission_id`),
  CONSTRAINT `admin_groups_admin_permissions_admin_group_id_fkey` FOREIGN KEY (`admin_group_id`) REFERENCES `admin_groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `admin_groups_admin_permissions_admin_permission_id_fkey` FOREIGN KEY (`admin_permission_id`) REFERENCES `admin_permissions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admins` (
  `id` CHAR(36) NOT NULL,
  `username` VARCHAR(255) NOT NULL,
  `email` VARCHAR(255),
  `name` VARCHAR(255),
  `notes` TEXT,
  `superuser` TINYINT(1) NOT NULL DEFAULT 0,
  `authentication_token_hash` VARCHAR(64) NOT NULL,
  `authentication_token_encrypted` VARCHAR(76) NOT NULL,
  `authentication_token_encrypted_iv` VARCHAR(12) NOT NULL,
  `current_sign_in_provider` VARCHAR(100),
  `last_sign_in_provider` VARCHAR(100),
  `password_hash` VARCHAR(60),
  `reset_password_token_hash` VARCHAR(64),
  `reset_password_sent_at` DATETIME(6),
  `remember_created_at` DATETIME(6),
  `sign_in_count` INT NOT NULL DEFAULT 0,
  `current_sign_in_at` DATETIME(6),
  `last_sign_in_at` DATETIME(6),
  `current_sign_in_ip` VARCHAR(45),
  `last_sign_in_ip` VARCHAR(45),
  `failed_attempts` INT NOT NULL DEFAULT 0,
  `unlock_token_hash` VARCHAR(64),
  `locked_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `admins_authentication_token_hash_idx` (`authentication_token_hash`),
  UNIQUE KEY `admins_reset_password_token_hash_idx` (`reset_password_token_hash`),
  UNIQUE KEY `admins_unlock_token_hash_idx` (`unlock_token_hash`),
  UNIQUE KEY `admins_username_idx` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_groups_admins` (
  `admin_group_id` CHAR(36) NOT NULL,
  `admin_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`admin_group_id`,`admin_id`),
  CONSTRAINT `admin_groups_admins_admin_group_id_fkey` FOREIGN KEY (`admin_group_id`) REFERENCES `admin_groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `admin_groups_admins_admin_id_fkey` FOREIGN KEY (`admin_id`) REFERENCES `admins` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_scopes` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `host` VARCHAR(255) NOT NULL,
  `path_prefix` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_scopes_host_path_prefix_idx` (`host`,`path_prefix`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `admin_groups_api_scopes` (
  `admin_group_id` CHAR(36) NOT NULL,
  `api_scope_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`admin_group_id`,`api_scope_id`),
  CONSTRAINT `admin_groups_api_scopes_admin_group_id_fkey` FOREIGN KEY (`admin_group_id`) REFERENCES `admin_groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `admin_groups_api_scopes_api_scope_id_fkey` FOREIGN KEY (`api_scope_id`) REFERENCES `api_scopes` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_cache` (
  `id` VARCHAR(64) NOT NULL,
  `id_data` JSON NOT NULL,
  `data` JSON NOT NULL,
  `expires_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `unique_user_ids` JSON,
  PRIMARY KEY (`id`),
  KEY `analytics_cache_expires_at_idx` (`expires_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `analytics_cities` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `country` VARCHAR(2) NOT NULL,
  `region` VARCHAR(3),
  `city` VARCHAR(200),
  `location` GEOMETRY NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `analytics_cities_country_region_city_idx` (`country`,`region`,`city`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_backends` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `backend_protocol` VARCHAR(5) NOT NULL,
  `frontend_host` VARCHAR(255) NOT NULL,
  `backend_host` VARCHAR(255),
  `balance_algorithm` VARCHAR(11) NOT NULL,
  `keepalive_connections` SMALLINT,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  `organization_name` VARCHAR(255),
  `status_description` VARCHAR(255),
  `created_order` INT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_backend_sub_url_settings` (
  `id` CHAR(36) NOT NULL,
  `api_backend_id` CHAR(36) NOT NULL,
  `http_method` VARCHAR(7) NOT NULL,
  `regex` VARCHAR(255) NOT NULL,
  `sort_order` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_backend_sub_url_settings_regex_uniq` (`api_backend_id`,`http_method`,`regex`),
  UNIQUE KEY `api_backend_sub_url_settings_sort_order_uniq` (`api_backend_id`,`sort_order`),
  CONSTRAINT `api_backend_sub_url_settings_api_backend_id_fkey` FOREIGN KEY (`api_backend_id`) REFERENCES `api_backends` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_backend_settings` (
  `id` CHAR(36) NOT NULL,
  `api_backend_id` CHAR(36),
  `api_backend_sub_url_settings_id` CHAR(36),
  `append_query_string` VARCHAR(255),
  `http_basic_auth` VARCHAR(255),
  `require_https` VARCHAR(23),
  `require_https_transition_start_at` DATETIME(6),
  `redirect_https` TINYINT(1) NOT NULL DEFAULT 0,
  `disable_api_key` TINYINT(1),
  `api_key_verification_level` VARCHAR(16),
  `api_key_verification_transition_start_at` DATETIME(6),
  `required_roles_override` TINYINT(1) NOT NULL DEFAULT 0,
  `pass_api_key_header` TINYINT(1) NOT NULL DEFAULT 0,
  `pass_api_key_query_param` TINYINT(1) NOT NULL DEFAULT 0,
  `rate_limit_bucket_name` VARCHAR(255),
  `rate_limit_mode` VARCHAR(9),
  `anonymous_rate_limit_behavior` VARCHAR(11),
  `authenticated_rate_limit_behavior` VARCHAR(12),
  `error_templates` JSON,
  `error_data` JSON,
  `allowed_ips` JSON,
  `allowed_referers` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_backend_settings_api_backend_id_idx` (`api_backend_id`),
  UNIQUE KEY `api_backend_settings_api_backend_sub_url_settings_id_idx` (`api_backend_sub_url_settings_id`),
  CONSTRAINT `api_backend_settings_api_backend_id_fkey` FOREIGN KEY (`api_backend_id`) REFERENCES `api_backends` (`id`) ON DELETE CASCADE,
  CONSTRAINT `api_backend_settings_api_backend_sub_url_settings_id_fkey` FOREIGN KEY (`api_backend_sub_url_settings_id`) REFERENCES `api_backend_sub_url_settings` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_backend_http_headers` (
  `id` CHAR(36) NOT NULL,
  `api_backend_settings_id` CHAR(36) NOT NULL,
  `header_type` VARCHAR(17) NOT NULL,
  `sort_order` INT NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `value` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_backend_http_headers_sort_order_uniq` (`api_backend_settings_id`,`header_type`,`sort_order`),
  CONSTRAINT `api_backend_http_headers_api_backend_settings_id_fkey` FOREIGN KEY (`api_backend_settings_id`) REFERENCES `api_backend_settings` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_backend_rewrites` (
  `id` CHAR(36) NOT NULL,
  `api_backend_id` CHAR(36) NOT NULL,
  `matcher_type` VARCHAR(5) NOT NULL,
  `http_method` VARCHAR(7) NOT NULL,
  `frontend_matcher` VARCHAR(255) NOT NULL,
  `backend_replacement` VARCHAR(255) NOT NULL,
  `sort_order` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_backend_rewrites_frontend_matcher_uniq` (`api_backend_id`,`matcher_type`,`http_method`,`frontend_matcher`),
  UNIQUE KEY `api_backend_rewrites_sort_order_uniq` (`api_backend_id`,`sort_order`),
  CONSTRAINT `api_backend_rewrites_api_backend_id_fkey` FOREIGN KEY (`api_backend_id`) REFERENCES `api_backends` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_backend_servers` (
  `id` CHAR(36) NOT NULL,
  `api_backend_id` CHAR(36) NOT NULL,
  `host` VARCHAR(255) NOT NULL,
  `port` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_backend_servers_host_port_uniq` (`api_backend_id`,`host`,`port`),
  CONSTRAINT `api_backend_servers_api_backend_id_fkey` FOREIGN KEY (`api_backend_id`) REFERENCES `api_backends` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_roles` (
  `id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_backend_settings_required_roles` (
  `api_backend_settings_id` CHAR(36) NOT NULL,
  `api_role_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`api_backend_settings_id`,`api_role_id`),
  UNIQUE KEY `api_backend_settings_required_api_backend_settings_id_api_r_idx` (`api_backend_settings_id`,`api_role_id`),
  CONSTRAINT `api_backend_settings_required_role_api_backend_settings_id_fkey` FOREIGN KEY (`api_backend_settings_id`) REFERENCES `api_backend_settings` (`id`) ON DELETE CASCADE,
  CONSTRAINT `api_backend_settings_required_roles_api_role_id_fkey` FOREIGN KEY (`api_role_id`) REFERENCES `api_roles` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_backend_url_matches` (
  `id` CHAR(36) NOT NULL,
  `api_backend_id` CHAR(36) NOT NULL,
  `frontend_prefix` VARCHAR(255) NOT NULL,
  `backend_prefix` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_backend_url_matches_frontend_prefix_uniq` (`api_backend_id`,`frontend_prefix`),
  CONSTRAINT `api_backend_url_matches_api_backend_id_fkey` FOREIGN KEY (`api_backend_id`) REFERENCES `api_backends` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_users` (
  `id` CHAR(36) NOT NULL,
  `version` BIGINT NOT NULL,
  `api_key_hash` VARCHAR(64) NOT NULL,
  `api_key_encrypted` VARCHAR(76) NOT NULL,
  `api_key_encrypted_iv` VARCHAR(12) NOT NULL,
  `api_key_prefix` VARCHAR(16) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `email_verified` TINYINT(1) NOT NULL DEFAULT 0,
  `first_name` VARCHAR(80),
  `last_name` VARCHAR(80),
  `use_description` VARCHAR(2000),
  `website` VARCHAR(255),
  `metadata` JSON,
  `registration_ip` VARCHAR(45),
  `registration_source` VARCHAR(255),
  `registration_user_agent` VARCHAR(1000),
  `registration_referer` VARCHAR(1000),
  `registration_origin` VARCHAR(1000),
  `throttle_by_ip` TINYINT(1) NOT NULL DEFAULT 0,
  `disabled_at` DATETIME(6),
  `imported` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  `cached_api_role_ids` JSON,
  `registration_key_creator_api_user_id` CHAR(36),
  `registration_recaptcha_v2_success` TINYINT(1),
  `registration_recaptcha_v2_error_codes` JSON,
  `registration_recaptcha_v3_success` TINYINT(1),
  `registration_recaptcha_v3_score` DECIMAL(2,1),
  `registration_recaptcha_v3_action` VARCHAR(255),
  `registration_recaptcha_v3_error_codes` JSON,
  `registration_recaptcha_v2_hostname` VARCHAR(255),
  `registration_recaptcha_v3_hostname` VARCHAR(255),
  `registration_options` JSON,
  `registration_input_options` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_users_api_key_hash_idx` (`api_key_hash`),
  UNIQUE KEY `api_users_api_key_prefix_idx` (`api_key_prefix`),
  KEY `api_users_created_at_idx` (`created_at`),
  UNIQUE KEY `api_users_version_idx` (`version`),
  CONSTRAINT `api_users_registration_key_creator_api_user_id_fkey` FOREIGN KEY (`registration_key_creator_api_user_id`) REFERENCES `api_users` (`id`) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_user_settings` (
  `id` CHAR(36) NOT NULL,
  `api_user_id` CHAR(36) NOT NULL,
  `rate_limit_mode` VARCHAR(9),
  `allowed_ips` JSON,
  `allowed_referers` JSON,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `api_user_settings_api_user_id_fkey` FOREIGN KEY (`api_user_id`) REFERENCES `api_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `rate_limits` (
  `id` CHAR(36) NOT NULL,
  `api_backend_settings_id` CHAR(36),
  `api_user_settings_id` CHAR(36),
  `duration` BIGINT NOT NULL,
  `limit_by` VARCHAR(7) NOT NULL,
  `limit_to` BIGINT NOT NULL,
  `distributed` TINYINT(1) NOT NULL DEFAULT 0,
  `response_headers` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rate_limits_duration_uniq` (`api_backend_settings_id`,`api_user_settings_id`,`limit_by`,`duration`),
  CONSTRAINT `rate_limits_api_backend_settings_id_fkey` FOREIGN KEY (`api_backend_settings_id`) REFERENCES `api_backend_settings` (`id`) ON DELETE CASCADE,
  CONSTRAINT `rate_limits_api_user_settings_id_fkey` FOREIGN KEY (`api_user_settings_id`) REFERENCES `api_user_settings` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_users_roles` (
  `api_user_id` CHAR(36) NOT NULL,
  `api_role_id` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`api_user_id`,`api_role_id`),
  UNIQUE KEY `api_users_roles_api_user_id_api_role_id_idx` (`api_user_id`,`api_role_id`),
  CONSTRAINT `api_users_roles_api_role_id_fkey` FOREIGN KEY (`api_role_id`) REFERENCES `api_roles` (`id`),
  CONSTRAINT `api_users_roles_api_user_id_fkey` FOREIGN KEY (`api_user_id`) REFERENCES `api_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cache` (
  `id` VARCHAR(255) NOT NULL,
  `data` LONGBLOB NOT NULL,
  `expires_at` DATETIME(6),
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `cache_expires_at_idx` (`expires_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `distributed_rate_limit_counters` (
  `id` VARCHAR(500) NOT NULL,
  `version` BIGINT NOT NULL,
  `value` BIGINT NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `distributed_rate_limit_counters_expires_at_idx` (`expires_at`),
  KEY `distributed_rate_limit_counters_version_expires_at_idx` (`version`,`expires_at`),
  UNIQUE KEY `distributed_rate_limit_counters_version_idx` (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `lapis_migrations` (
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `published_config` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `config` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id_hash` VARCHAR(64) NOT NULL,
  `data_encrypted` LONGBLOB NOT NULL,
  `data_encrypted_iv` VARCHAR(12) NOT NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id_hash`),
  KEY `sessions_expires_at_idx` (`expires_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `website_backends` (
  `id` CHAR(36) NOT NULL,
  `frontend_host` VARCHAR(255) NOT NULL,
  `backend_protocol` VARCHAR(5) NOT NULL,
  `server_host` VARCHAR(255) NOT NULL,
  `server_port` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_by_id` CHAR(36) NOT NULL,
  `created_by_username` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `updated_by_id` CHAR(36) NOT NULL,
  `updated_by_username` VARCHAR(255) NOT NULL,
  `created_order` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `website_backends_frontend_host_idx` (`frontend_host`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_legacy_log` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `version` BIGINT NOT NULL,
  `original_class` VARCHAR(255) NOT NULL,
  `original_class_id` VARCHAR(36) NOT NULL,
  `altered_attributes` JSON NOT NULL,
  `full_attributes` JSON NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `audit_log` (
  `id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'Unique identifier for each auditable event',
  `schema_name` VARCHAR(255) NOT NULL COMMENT 'Database schema audited table for this event is in',
  `table_name` VARCHAR(255) NOT NULL COMMENT 'Non-schema-qualified table name of table event occured in',
  `relid` INT UNSIGNED NOT NULL COMMENT 'Table OID. Changes with drop/create. Get with ''tablename''::REGCLASS',
  `session_user_name` TEXT NOT NULL COMMENT 'Login / session user whose statement caused the audited event',
  `current_user_name` TEXT NOT NULL COMMENT 'Effective user that cased audited event (if authorization level changed)',
  `action_tstamp_tx` DATETIME(6) NOT NULL COMMENT 'Transaction start timestamp for tx in which audited event occurred',
  `action_tstamp_stm` DATETIME(6) NOT NULL COMMENT 'Statement start timestamp for tx in which audited event occurred',
  `action_tstamp_clk` DATETIME(6) NOT NULL COMMENT 'Wall clock time at which audited event''s trigger call occurred',
  `transaction_id` BIGINT NOT NULL COMMENT 'Identifier of transaction that made the change. Unique when paired with action_tstamp_tx.',
  `application_name` TEXT COMMENT 'Client-set session application name when this audit event occurred.',
  `application_user_name` VARCHAR(255) COMMENT 'Client-set session application user when this audit event occurred.',
  `client_addr` VARCHAR(45) COMMENT 'IP address of client that issued query. Null for unix domain socket.',
  `client_port` INT COMMENT 'Port address of client that issued query. Undefined for unix socket.',
  `client_query` TEXT COMMENT 'Top-level query that caused this auditable event. May be more than one.',
  `action` VARCHAR(255) NOT NULL COMMENT 'Action type; I = insert, D = delete, U = update, T = truncate',
  `row_data` JSON COMMENT 'Record value. Null for statement-level trigger. For INSERT this is null. For DELETE and UPDATE it is the old tuple.',
  `changed_fields` JSON COMMENT 'New values of fields for INSERT or changed by UPDATE. Null for DELETE',
  `statement_only` TINYINT(1) NOT NULL COMMENT '''t'' if audit event is from an FOR EACH STATEMENT trigger, ''f'' for FOR EACH ROW',
  PRIMARY KEY (`id`),
  KEY `log_action_idx` (`action`),
  KEY `log_action_tstamp_tx_stm_idx` (`action_tstamp_stm`),
  KEY `log_application_user_name_idx` (`application_user_name`),
  KEY `log_relid_idx` (`relid`),
  KEY `log_schema_name_table_name_idx` (`schema_name`,`table_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


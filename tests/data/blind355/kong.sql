-- Kong Gateway (Kong Inc.; open-source gateway, 3.10 development line), github.com/Kong/kong commit 22246ef28c16842098369b494eef879222e30c7b (Apache-2.0)
-- Upstream's PostgreSQL migrations (kong/db/migrations/core/*.lua and the migrations of every bundled plugin that has
-- them, kong/plugins/*/migrations/*.lua), each `up` and `teardown` run in order on PostgreSQL 15 as
-- `kong migrations bootstrap` does, plus the `schema_meta` and `locks` tables the connector creates
-- (kong/db/strategies/postgres/connector.lua); read back from the catalogue and written as MySQL (see kong.md).
-- uuid -> CHAR(36), text -> TEXT (VARCHAR(255) where keyed), arrays and jsonb -> JSON, timestamptz -> DATETIME(6).

CREATE TABLE `cluster_events` (
  `id` CHAR(36) NOT NULL,
  `node_id` CHAR(36) NOT NULL,
  `at` DATETIME(6) NOT NULL,
  `nbf` DATETIME(6),
  `expire_at` DATETIME(6) NOT NULL,
  `channel` VARCHAR(255),
  `data` TEXT,
  PRIMARY KEY (`id`),
  KEY `cluster_events_at_idx` (`at`),
  KEY `cluster_events_channel_idx` (`channel`),
  KEY `cluster_events_expire_at_idx` (`expire_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `workspaces` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255),
  `comment` TEXT,
  `created_at` DATETIME(6),
  `meta` JSON,
  `config` JSON,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `workspaces_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `certificates` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `cert` TEXT,
  `key` TEXT,
  `tags` JSON,
  `ws_id` CHAR(36),
  `cert_alt` TEXT,
  `key_alt` TEXT,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `certificates_id_ws_id_unique` (`id`,`ws_id`),
  CONSTRAINT `certificates_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `services` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `name` VARCHAR(255),
  `retries` BIGINT,
  `protocol` TEXT,
  `host` TEXT,
  `port` BIGINT,
  `path` TEXT,
  `connect_timeout` BIGINT,
  `write_timeout` BIGINT,
  `read_timeout` BIGINT,
  `tags` JSON,
  `client_certificate_id` CHAR(36),
  `tls_verify` TINYINT(1),
  `tls_verify_depth` SMALLINT,
  `ca_certificates` JSON,
  `ws_id` CHAR(36),
  `enabled` TINYINT(1) DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `services_id_ws_id_unique` (`id`,`ws_id`),
  UNIQUE KEY `services_ws_id_name_unique` (`ws_id`,`name`),
  KEY `services_fkey_client_certificate` (`client_certificate_id`),
  CONSTRAINT `services_client_certificate_id_fkey` FOREIGN KEY (`client_certificate_id`,`ws_id`) REFERENCES `certificates` (`id`,`ws_id`),
  CONSTRAINT `services_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `routes` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `name` VARCHAR(255),
  `service_id` CHAR(36),
  `protocols` JSON,
  `methods` JSON,
  `hosts` JSON,
  `paths` JSON,
  `snis` JSON,
  `sources` JSON,
  `destinations` JSON,
  `regex_priority` BIGINT,
  `strip_path` TINYINT(1),
  `preserve_host` TINYINT(1),
  `tags` JSON,
  `https_redirect_status_code` INT,
  `headers` JSON,
  `path_handling` TEXT,
  `ws_id` CHAR(36),
  `request_buffering` TINYINT(1),
  `response_buffering` TINYINT(1),
  `expression` TEXT,
  `priority` BIGINT,
  PRIMARY KEY (`id`),
  UNIQUE KEY `routes_id_ws_id_unique` (`id`,`ws_id`),
  UNIQUE KEY `routes_ws_id_name_unique` (`ws_id`,`name`),
  KEY `routes_service_id_idx` (`service_id`),
  CONSTRAINT `routes_service_id_fkey` FOREIGN KEY (`service_id`,`ws_id`) REFERENCES `services` (`id`,`ws_id`),
  CONSTRAINT `routes_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `snis` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `name` VARCHAR(255) NOT NULL,
  `certificate_id` CHAR(36),
  `tags` JSON,
  `ws_id` CHAR(36),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `snis_id_ws_id_unique` (`id`,`ws_id`),
  UNIQUE KEY `snis_name_key` (`name`),
  KEY `snis_certificate_id_idx` (`certificate_id`),
  CONSTRAINT `snis_certificate_id_fkey` FOREIGN KEY (`certificate_id`,`ws_id`) REFERENCES `certificates` (`id`,`ws_id`),
  CONSTRAINT `snis_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `consumers` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `username` VARCHAR(255),
  `custom_id` VARCHAR(255),
  `tags` JSON,
  `ws_id` CHAR(36),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `consumers_id_ws_id_unique` (`id`,`ws_id`),
  UNIQUE KEY `consumers_ws_id_custom_id_unique` (`ws_id`,`custom_id`),
  UNIQUE KEY `consumers_ws_id_username_unique` (`ws_id`,`username`),
  CONSTRAINT `consumers_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plugins` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `name` VARCHAR(255) NOT NULL,
  `consumer_id` CHAR(36),
  `service_id` CHAR(36),
  `route_id` CHAR(36),
  `config` JSON NOT NULL,
  `enabled` TINYINT(1) NOT NULL,
  `cache_key` VARCHAR(255),
  `protocols` JSON,
  `tags` JSON,
  `ws_id` CHAR(36),
  `instance_name` VARCHAR(255),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `plugins_cache_key_key` (`cache_key`),
  UNIQUE KEY `plugins_id_ws_id_unique` (`id`,`ws_id`),
  UNIQUE KEY `plugins_ws_id_instance_name_unique` (`ws_id`,`instance_name`),
  KEY `plugins_consumer_id_idx` (`consumer_id`),
  KEY `plugins_name_idx` (`name`),
  KEY `plugins_route_id_idx` (`route_id`),
  KEY `plugins_service_id_idx` (`service_id`),
  CONSTRAINT `plugins_consumer_id_fkey` FOREIGN KEY (`consumer_id`,`ws_id`) REFERENCES `consumers` (`id`,`ws_id`) ON DELETE CASCADE,
  CONSTRAINT `plugins_route_id_fkey` FOREIGN KEY (`route_id`,`ws_id`) REFERENCES `routes` (`id`,`ws_id`) ON DELETE CASCADE,
  CONSTRAINT `plugins_service_id_fkey` FOREIGN KEY (`service_id`,`ws_id`) REFERENCES `services` (`id`,`ws_id`) ON DELETE CASCADE,
  CONSTRAINT `plugins_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `upstreams` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `name` VARCHAR(255),
  `hash_on` TEXT,
  `hash_fallback` TEXT,
  `hash_on_header` TEXT,
  `hash_fallback_header` TEXT,
  `hash_on_cookie` TEXT,
  `hash_on_cookie_path` TEXT,
  `slots` INT NOT NULL,
  `healthchecks` JSON,
  `tags` JSON,
  `algorithm` TEXT,
  `host_header` TEXT,
  `client_certificate_id` CHAR(36),
  `ws_id` CHAR(36),
  `hash_on_query_arg` TEXT,
  `hash_fallback_query_arg` TEXT,
  `hash_on_uri_capture` TEXT,
  `hash_fallback_uri_capture` TEXT,
  `use_srv_name` TINYINT(1) DEFAULT 0,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `upstreams_id_ws_id_unique` (`id`,`ws_id`),
  UNIQUE KEY `upstreams_ws_id_name_unique` (`ws_id`,`name`),
  KEY `upstreams_fkey_client_certificate` (`client_certificate_id`),
  CONSTRAINT `upstreams_client_certificate_id_fkey` FOREIGN KEY (`client_certificate_id`) REFERENCES `certificates` (`id`),
  CONSTRAINT `upstreams_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `targets` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `upstream_id` CHAR(36),
  `target` VARCHAR(255) NOT NULL,
  `weight` INT NOT NULL,
  `tags` JSON,
  `ws_id` CHAR(36),
  `cache_key` VARCHAR(255),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `targets_cache_key_key` (`cache_key`),
  UNIQUE KEY `targets_id_ws_id_unique` (`id`,`ws_id`),
  KEY `targets_target_idx` (`target`),
  KEY `targets_upstream_id_idx` (`upstream_id`),
  CONSTRAINT `targets_upstream_id_fkey` FOREIGN KEY (`upstream_id`,`ws_id`) REFERENCES `upstreams` (`id`,`ws_id`) ON DELETE CASCADE,
  CONSTRAINT `targets_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tags` (
  `entity_id` CHAR(36) NOT NULL,
  `entity_name` VARCHAR(255),
  `tags` JSON,
  PRIMARY KEY (`entity_id`),
  KEY `tags_entity_name_idx` (`entity_name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ca_certificates` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `cert` TEXT NOT NULL,
  `tags` JSON,
  `cert_digest` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `ca_certificates_cert_digest_key` (`cert_digest`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clustering_data_planes` (
  `id` CHAR(36) NOT NULL,
  `hostname` TEXT NOT NULL,
  `ip` TEXT NOT NULL,
  `last_seen` DATETIME(6),
  `config_hash` TEXT NOT NULL,
  `ttl` DATETIME(6),
  `version` TEXT,
  `sync_status` TEXT NOT NULL,
  `updated_at` DATETIME(6),
  `labels` JSON,
  `cert_details` JSON,
  `rpc_capabilities` JSON,
  PRIMARY KEY (`id`),
  KEY `clustering_data_planes_ttl_idx` (`ttl`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parameters` (
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT NOT NULL,
  `created_at` DATETIME(6),
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sm_vaults` (
  `id` CHAR(36) NOT NULL,
  `ws_id` CHAR(36),
  `prefix` VARCHAR(255),
  `name` TEXT NOT NULL,
  `description` TEXT,
  `config` JSON NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `tags` JSON,
  PRIMARY KEY (`id`),
  UNIQUE KEY `sm_vaults_id_ws_id_key` (`id`,`ws_id`),
  UNIQUE KEY `sm_vaults_prefix_key` (`prefix`),
  UNIQUE KEY `sm_vaults_prefix_ws_id_key` (`prefix`,`ws_id`),
  CONSTRAINT `sm_vaults_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `key_sets` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255),
  `tags` JSON,
  `ws_id` CHAR(36),
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `key_sets_name_key` (`name`),
  CONSTRAINT `key_sets_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keys` (
  `id` CHAR(36) NOT NULL,
  `set_id` CHAR(36),
  `name` VARCHAR(255),
  `cache_key` VARCHAR(255),
  `ws_id` CHAR(36),
  `kid` VARCHAR(255),
  `jwk` TEXT,
  `pem` JSON,
  `tags` JSON,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `keys_cache_key_key` (`cache_key`),
  UNIQUE KEY `keys_kid_set_id_key` (`kid`,`set_id`),
  UNIQUE KEY `keys_name_key` (`name`),
  KEY `keys_fkey_key_sets` (`set_id`),
  CONSTRAINT `keys_set_id_fkey` FOREIGN KEY (`set_id`) REFERENCES `key_sets` (`id`) ON DELETE CASCADE,
  CONSTRAINT `keys_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `filter_chains` (
  `id` CHAR(36) NOT NULL,
  `name` VARCHAR(255),
  `enabled` TINYINT(1) DEFAULT 1,
  `route_id` CHAR(36),
  `service_id` CHAR(36),
  `ws_id` CHAR(36),
  `cache_key` VARCHAR(255),
  `filters` JSON,
  `tags` JSON,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `filter_chains_cache_key_key` (`cache_key`),
  UNIQUE KEY `filter_chains_name_key` (`name`),
  UNIQUE KEY `filter_chains_cache_key_idx` (`cache_key`),
  UNIQUE KEY `filter_chains_name_idx` (`name`),
  CONSTRAINT `filter_chains_route_id_fkey` FOREIGN KEY (`route_id`) REFERENCES `routes` (`id`) ON DELETE CASCADE,
  CONSTRAINT `filter_chains_service_id_fkey` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE,
  CONSTRAINT `filter_chains_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clustering_rpc_requests` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `node_id` CHAR(36) NOT NULL,
  `reply_to` CHAR(36) NOT NULL,
  `ttl` DATETIME(6) NOT NULL,
  `payload` JSON NOT NULL,
  PRIMARY KEY (`id`),
  KEY `clustering_rpc_requests_node_id_idx` (`node_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clustering_sync_version` (
  `version` BIGINT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `jwt_secrets` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `consumer_id` CHAR(36),
  `key` VARCHAR(255),
  `secret` VARCHAR(255),
  `algorithm` TEXT,
  `rsa_public_key` TEXT,
  `tags` JSON,
  `ws_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `jwt_secrets_id_ws_id_unique` (`id`,`ws_id`),
  UNIQUE KEY `jwt_secrets_ws_id_key_unique` (`ws_id`,`key`),
  KEY `jwt_secrets_consumer_id_idx` (`consumer_id`),
  KEY `jwt_secrets_secret_idx` (`secret`),
  CONSTRAINT `jwt_secrets_consumer_id_fkey` FOREIGN KEY (`consumer_id`,`ws_id`) REFERENCES `consumers` (`id`,`ws_id`) ON DELETE CASCADE,
  CONSTRAINT `jwt_secrets_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `acls` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `consumer_id` CHAR(36),
  `group` VARCHAR(255),
  `cache_key` VARCHAR(255),
  `tags` JSON,
  `ws_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `acls_cache_key_key` (`cache_key`),
  UNIQUE KEY `acls_id_ws_id_unique` (`id`,`ws_id`),
  KEY `acls_consumer_id_idx` (`consumer_id`),
  KEY `acls_group_idx` (`group`),
  CONSTRAINT `acls_consumer_id_fkey` FOREIGN KEY (`consumer_id`,`ws_id`) REFERENCES `consumers` (`id`,`ws_id`) ON DELETE CASCADE,
  CONSTRAINT `acls_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_credentials` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `name` TEXT,
  `consumer_id` CHAR(36),
  `client_id` VARCHAR(255),
  `client_secret` VARCHAR(255),
  `redirect_uris` JSON,
  `tags` JSON,
  `client_type` TEXT,
  `hash_secret` TINYINT(1),
  `ws_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_credentials_id_ws_id_unique` (`id`,`ws_id`),
  UNIQUE KEY `oauth2_credentials_ws_id_client_id_unique` (`ws_id`,`client_id`),
  KEY `oauth2_credentials_consumer_id_idx` (`consumer_id`),
  KEY `oauth2_credentials_secret_idx` (`client_secret`),
  CONSTRAINT `oauth2_credentials_consumer_id_fkey` FOREIGN KEY (`consumer_id`,`ws_id`) REFERENCES `consumers` (`id`,`ws_id`) ON DELETE CASCADE,
  CONSTRAINT `oauth2_credentials_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_authorization_codes` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `credential_id` CHAR(36),
  `service_id` CHAR(36),
  `code` VARCHAR(255),
  `authenticated_userid` VARCHAR(255),
  `scope` TEXT,
  `ttl` DATETIME(6),
  `challenge` TEXT,
  `challenge_method` TEXT,
  `ws_id` CHAR(36),
  `plugin_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_authorization_codes_id_ws_id_unique` (`id`,`ws_id`),
  UNIQUE KEY `oauth2_authorization_codes_ws_id_code_unique` (`ws_id`,`code`),
  KEY `oauth2_authorization_codes_authenticated_userid_idx` (`authenticated_userid`),
  KEY `oauth2_authorization_codes_ttl_idx` (`ttl`),
  KEY `oauth2_authorization_credential_id_idx` (`credential_id`),
  KEY `oauth2_authorization_service_id_idx` (`service_id`),
  CONSTRAINT `oauth2_authorization_codes_credential_id_fkey` FOREIGN KEY (`credential_id`,`ws_id`) REFERENCES `oauth2_credentials` (`id`,`ws_id`) ON DELETE CASCADE,
  CONSTRAINT `oauth2_authorization_codes_plugin_id_fkey` FOREIGN KEY (`plugin_id`) REFERENCES `plugins` (`id`) ON DELETE CASCADE,
  CONSTRAINT `oauth2_authorization_codes_service_id_fkey` FOREIGN KEY (`service_id`,`ws_id`) REFERENCES `services` (`id`,`ws_id`) ON DELETE CASCADE,
  CONSTRAINT `oauth2_authorization_codes_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth2_tokens` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `credential_id` CHAR(36),
  `service_id` CHAR(36),
  `access_token` VARCHAR(255),
  `refresh_token` VARCHAR(255),
  `token_type` TEXT,
  `expires_in` INT,
  `authenticated_userid` VARCHAR(255),
  `scope` TEXT,
  `ttl` DATETIME(6),
  `ws_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_tokens_id_ws_id_unique` (`id`,`ws_id`),
  UNIQUE KEY `oauth2_tokens_ws_id_access_token_unique` (`ws_id`,`access_token`),
  UNIQUE KEY `oauth2_tokens_ws_id_refresh_token_unique` (`ws_id`,`refresh_token`),
  KEY `oauth2_tokens_authenticated_userid_idx` (`authenticated_userid`),
  KEY `oauth2_tokens_credential_id_idx` (`credential_id`),
  KEY `oauth2_tokens_service_id_idx` (`service_id`),
  KEY `oauth2_tokens_ttl_idx` (`ttl`),
  CONSTRAINT `oauth2_tokens_credential_id_fkey` FOREIGN KEY (`credential_id`,`ws_id`) REFERENCES `oauth2_credentials` (`id`,`ws_id`) ON DELETE CASCADE,
  CONSTRAINT `oauth2_tokens_service_id_fkey` FOREIGN KEY (`service_id`,`ws_id`) REFERENCES `services` (`id`,`ws_id`) ON DELETE CASCADE,
  CONSTRAINT `oauth2_tokens_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keyauth_credentials` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `consumer_id` CHAR(36),
  `key` VARCHAR(255),
  `tags` JSON,
  `ttl` DATETIME(6),
  `ws_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `keyauth_credentials_id_ws_id_unique` (`id`,`ws_id`),
  UNIQUE KEY `keyauth_credentials_ws_id_key_unique` (`ws_id`,`key`),
  KEY `keyauth_credentials_consumer_id_idx` (`consumer_id`),
  KEY `keyauth_credentials_ttl_idx` (`ttl`),
  CONSTRAINT `keyauth_credentials_consumer_id_fkey` FOREIGN KEY (`consumer_id`,`ws_id`) REFERENCES `consumers` (`id`,`ws_id`) ON DELETE CASCADE,
  CONSTRAINT `keyauth_credentials_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `hmacauth_credentials` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `consumer_id` CHAR(36),
  `username` VARCHAR(255),
  `secret` TEXT,
  `tags` JSON,
  `ws_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `hmacauth_credentials_id_ws_id_unique` (`id`,`ws_id`),
  UNIQUE KEY `hmacauth_credentials_ws_id_username_unique` (`ws_id`,`username`),
  KEY `hmacauth_credentials_consumer_id_idx` (`consumer_id`),
  CONSTRAINT `hmacauth_credentials_consumer_id_fkey` FOREIGN KEY (`consumer_id`,`ws_id`) REFERENCES `consumers` (`id`,`ws_id`) ON DELETE CASCADE,
  CONSTRAINT `hmacauth_credentials_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `basicauth_credentials` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6),
  `consumer_id` CHAR(36),
  `username` VARCHAR(255),
  `password` TEXT,
  `tags` JSON,
  `ws_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `basicauth_credentials_id_ws_id_unique` (`id`,`ws_id`),
  UNIQUE KEY `basicauth_credentials_ws_id_username_unique` (`ws_id`,`username`),
  KEY `basicauth_consumer_id_idx` (`consumer_id`),
  CONSTRAINT `basicauth_credentials_consumer_id_fkey` FOREIGN KEY (`consumer_id`,`ws_id`) REFERENCES `consumers` (`id`,`ws_id`) ON DELETE CASCADE,
  CONSTRAINT `basicauth_credentials_ws_id_fkey` FOREIGN KEY (`ws_id`) REFERENCES `workspaces` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ratelimiting_metrics` (
  `identifier` VARCHAR(255) NOT NULL,
  `period` VARCHAR(255) NOT NULL,
  `period_date` DATETIME(6) NOT NULL,
  `service_id` CHAR(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  `route_id` CHAR(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  `value` INT,
  `ttl` DATETIME(6),
  PRIMARY KEY (`identifier`,`period`,`period_date`,`service_id`,`route_id`),
  KEY `ratelimiting_metrics_idx` (`service_id`,`route_id`,`period_date`,`period`),
  KEY `ratelimiting_metrics_ttl_idx` (`ttl`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `response_ratelimiting_metrics` (
  `identifier` VARCHAR(255) NOT NULL,
  `period` VARCHAR(255) NOT NULL,
  `period_date` DATETIME(6) NOT NULL,
  `service_id` CHAR(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  `route_id` CHAR(36) NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
  `value` INT,
  PRIMARY KEY (`identifier`,`period`,`period_date`,`service_id`,`route_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` CHAR(36) NOT NULL,
  `session_id` VARCHAR(255),
  `expires` INT,
  `data` TEXT,
  `created_at` DATETIME(6),
  `ttl` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `sessions_session_id_key` (`session_id`),
  KEY `session_sessions_expires_idx` (`expires`),
  KEY `sessions_ttl_idx` (`ttl`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `session_metadatas` (
  `id` CHAR(36) NOT NULL,
  `session_id` CHAR(36),
  `sid` TEXT,
  `subject` VARCHAR(255),
  `audience` VARCHAR(255),
  `created_at` DATETIME(6),
  PRIMARY KEY (`id`),
  KEY `session_id_idx` (`session_id`),
  KEY `subject_audience_idx` (`subject`,`audience`),
  CONSTRAINT `session_metadatas_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `sessions` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `acme_storage` (
  `id` CHAR(36) NOT NULL,
  `key` VARCHAR(255),
  `value` TEXT,
  `created_at` DATETIME(6),
  `ttl` DATETIME(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `acme_storage_key_key` (`key`),
  KEY `acme_storage_ttl_idx` (`ttl`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `schema_meta` (
  `key` VARCHAR(255) NOT NULL,
  `subsystem` VARCHAR(255) NOT NULL,
  `last_executed` TEXT,
  `executed` JSON,
  `pending` JSON,
  PRIMARY KEY (`key`,`subsystem`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `locks` (
  `key` VARCHAR(255) NOT NULL,
  `owner` TEXT,
  `ttl` DATETIME(6),
  PRIMARY KEY (`key`),
  KEY `locks_ttl_idx` (`ttl`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;


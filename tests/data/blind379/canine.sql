-- Canine (CanineHQ; open-source Heroku-style PaaS on Kubernetes, Rails 7.2 on PostgreSQL), github.com/CanineHQ/canine
-- db/schema.rb (schema version 2026_08_16_000000), commit ba4ee3968d8513ee27d8583fbd3e854a8dd053f3 of 2026-08-20
-- (Apache-2.0).
-- schema.rb was rendered by a script as the DDL `bin/rails db:schema:load` runs on PostgreSQL (create_table with its
-- bigserial or uuid id, t.<type> columns with null/default/limit/array options, unique t.index entries as unique
-- constraints, add_foreign_key with Rails' fk_rails_<sha256> names and on_delete), loaded into a scratch PostgreSQL 15
-- database, and its catalog written as MySQL: columns in schema.rb's order, names unchanged; string -> VARCHAR(255) (as
-- Rails' MySQL adapter), text -> TEXT, datetime(6) -> DATETIME(6), integer limit 2 -> SMALLINT, jsonb and arrays -> JSON,
-- uuid -> CHAR(36), interval -> VARCHAR(255), boolean -> TINYINT(1); NOT NULL and literal defaults kept
-- (gen_random_uuid() defaults dropped); primary keys, unique indexes without a WHERE clause and all 54 foreign keys.
-- The foreign keys form a cycle (projects.current_deployment_id -> deployments -> builds -> projects), so the file runs
-- with FOREIGN_KEY_CHECKS=0. All 59 tables are kept.

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `active_storage_blobs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `filename` VARCHAR(255) NOT NULL,
  `content_type` VARCHAR(255) NULL,
  `metadata` TEXT NULL,
  `service_name` VARCHAR(255) NOT NULL,
  `byte_size` BIGINT NOT NULL,
  `checksum` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_blobs_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_variant_records` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `blob_id` BIGINT NOT NULL,
  `variation_digest` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_variant_records_uniqueness` (`blob_id`, `variation_digest`),
  CONSTRAINT `fk_rails_993965df05` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `announcements` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `published_at` DATETIME(6) NULL,
  `announcement_type` VARCHAR(255) NULL,
  `name` VARCHAR(255) NULL,
  `description` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `domains` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `domain_name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `status` INT NULL DEFAULT 0,
  `status_reason` VARCHAR(255) NULL,
  `auto_managed` TINYINT(1) NULL DEFAULT 0,
  `service_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NULL,
  `project_id` BIGINT NOT NULL,
  `eventable_type` VARCHAR(255) NOT NULL,
  `eventable_id` BIGINT NOT NULL,
  `event_action` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flipper_features` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_flipper_features_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `flipper_gates` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `feature_key` VARCHAR(255) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `value` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_flipper_gates_on_feature_key_and_key_and_value` (`feature_key`, `key`, `value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `friendly_id_slugs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(255) NOT NULL,
  `sluggable_id` INT NOT NULL,
  `sluggable_type` VARCHAR(50) NULL,
  `scope` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_friendly_id_slugs_on_slug_and_sluggable_type_and_scope` (`slug`, `sluggable_type`, `scope`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `good_job_batches` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `description` TEXT NULL,
  `serialized_properties` JSON NULL,
  `on_finish` TEXT NULL,
  `on_success` TEXT NULL,
  `on_discard` TEXT NULL,
  `callback_queue_name` TEXT NULL,
  `callback_priority` INT NULL,
  `enqueued_at` DATETIME(6) NULL,
  `discarded_at` DATETIME(6) NULL,
  `finished_at` DATETIME(6) NULL,
  `jobs_finished_at` DATETIME(6) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `good_job_executions` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `active_job_id` CHAR(36) NOT NULL,
  `job_class` TEXT NULL,
  `queue_name` TEXT NULL,
  `serialized_params` JSON NULL,
  `scheduled_at` DATETIME(6) NULL,
  `finished_at` DATETIME(6) NULL,
  `error` TEXT NULL,
  `error_event` SMALLINT NULL,
  `error_backtrace` JSON NULL,
  `process_id` CHAR(36) NULL,
  `duration` VARCHAR(255) NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `good_job_processes` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `state` JSON NULL,
  `lock_type` SMALLINT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `good_job_settings` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `key` TEXT NULL,
  `value` JSON NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_good_job_settings_on_key` (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `good_jobs` (
  `id` CHAR(36) NOT NULL,
  `queue_name` TEXT NULL,
  `priority` INT NULL,
  `serialized_params` JSON NULL,
  `scheduled_at` DATETIME(6) NULL,
  `performed_at` DATETIME(6) NULL,
  `finished_at` DATETIME(6) NULL,
  `error` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `active_job_id` CHAR(36) NULL,
  `concurrency_key` TEXT NULL,
  `cron_key` TEXT NULL,
  `retried_good_job_id` CHAR(36) NULL,
  `cron_at` DATETIME(6) NULL,
  `batch_id` CHAR(36) NULL,
  `batch_callback_id` CHAR(36) NULL,
  `is_discrete` TINYINT(1) NULL,
  `executions_count` INT NULL,
  `job_class` TEXT NULL,
  `error_event` SMALLINT NULL,
  `labels` JSON NULL,
  `locked_by_id` CHAR(36) NULL,
  `locked_at` DATETIME(6) NULL,
  `lock_type` SMALLINT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inbound_webhooks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `body` TEXT NULL,
  `status` INT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ldap_configurations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `host` VARCHAR(255) NOT NULL,
  `port` INT NOT NULL DEFAULT 389,
  `encryption` INT NOT NULL,
  `base_dn` VARCHAR(255) NOT NULL,
  `bind_dn` VARCHAR(255) NULL,
  `bind_password` VARCHAR(255) NULL,
  `uid_attribute` VARCHAR(255) NOT NULL DEFAULT 'uid',
  `email_attribute` VARCHAR(255) NULL DEFAULT 'mail',
  `name_attribute` VARCHAR(255) NULL DEFAULT 'cn',
  `filter` VARCHAR(255) NULL,
  `allow_anonymous_reads` TINYINT(1) NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `log_outputs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `loggable_id` BIGINT NOT NULL,
  `loggable_type` VARCHAR(255) NOT NULL,
  `output` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `metrics` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `metric_type` INT NOT NULL DEFAULT 0,
  `metadata` JSON NOT NULL DEFAULT '{}',
  `tags` JSON NOT NULL DEFAULT '[]',
  `cluster_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `noticed_events` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255) NULL,
  `record_type` VARCHAR(255) NULL,
  `record_id` BIGINT NULL,
  `params` JSON NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `notifications_count` INT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `noticed_notifications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `type` VARCHAR(255) NULL,
  `event_id` BIGINT NOT NULL,
  `recipient_type` VARCHAR(255) NOT NULL,
  `recipient_id` BIGINT NOT NULL,
  `read_at` DATETIME(6) NULL,
  `seen_at` DATETIME(6) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_applications` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `uid` VARCHAR(255) NOT NULL,
  `secret` VARCHAR(255) NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `scopes` VARCHAR(255) NOT NULL DEFAULT '',
  `confidential` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_applications_on_uid` (`uid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oidc_configurations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `issuer` VARCHAR(255) NOT NULL,
  `client_id` VARCHAR(255) NOT NULL,
  `client_secret` VARCHAR(255) NOT NULL,
  `authorization_endpoint` VARCHAR(255) NULL,
  `token_endpoint` VARCHAR(255) NULL,
  `userinfo_endpoint` VARCHAR(255) NULL,
  `jwks_uri` VARCHAR(255) NULL,
  `scopes` VARCHAR(255) NULL DEFAULT 'openid email profile',
  `uid_claim` VARCHAR(255) NOT NULL DEFAULT 'sub',
  `email_claim` VARCHAR(255) NULL DEFAULT 'email',
  `name_claim` VARCHAR(255) NULL DEFAULT 'name',
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `resource_constraints` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `service_id` BIGINT NOT NULL,
  `cpu_request` BIGINT NULL,
  `cpu_limit` BIGINT NULL,
  `memory_request` BIGINT NULL,
  `memory_limit` BIGINT NULL,
  `gpu_request` INT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `saml_configurations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `idp_entity_id` VARCHAR(255) NOT NULL,
  `idp_sso_service_url` VARCHAR(255) NOT NULL,
  `idp_cert` TEXT NOT NULL,
  `idp_slo_service_url` VARCHAR(255) NULL,
  `name_identifier_format` VARCHAR(255) NULL DEFAULT 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
  `uid_attribute` VARCHAR(255) NULL DEFAULT 'email',
  `email_attribute` VARCHAR(255) NULL DEFAULT 'email',
  `name_attribute` VARCHAR(255) NULL DEFAULT 'name',
  `groups_attribute` VARCHAR(255) NULL,
  `sp_entity_id` VARCHAR(255) NULL,
  `authn_requests_signed` TINYINT(1) NULL DEFAULT 0,
  `want_assertions_signed` TINYINT(1) NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL DEFAULT '',
  `encrypted_password` VARCHAR(255) NOT NULL DEFAULT '',
  `reset_password_token` VARCHAR(255) NULL,
  `reset_password_sent_at` DATETIME(6) NULL,
  `remember_created_at` DATETIME(6) NULL,
  `first_name` VARCHAR(255) NULL,
  `last_name` VARCHAR(255) NULL,
  `announcements_last_read_at` DATETIME(6) NULL,
  `admin` TINYINT(1) NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `invitation_token` VARCHAR(255) NULL,
  `invitation_created_at` DATETIME(6) NULL,
  `invitation_sent_at` DATETIME(6) NULL,
  `invitation_accepted_at` DATETIME(6) NULL,
  `invitation_limit` INT NULL,
  `invited_by_type` VARCHAR(255) NULL,
  `invited_by_id` BIGINT NULL,
  `invitations_count` INT NULL DEFAULT 0,
  `password_change_required` TINYINT(1) NULL DEFAULT 0,
  `otp_secret` VARCHAR(255) NULL,
  `otp_required_for_login` TINYINT(1) NULL,
  `consumed_timestep` INT NULL,
  `otp_backup_codes` JSON NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_email` (`email`),
  UNIQUE KEY `index_users_on_invitation_token` (`invitation_token`),
  UNIQUE KEY `index_users_on_reset_password_token` (`reset_password_token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `owner_id` BIGINT NULL,
  `name` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `allow_mcp` TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_accounts_on_slug` (`slug`),
  CONSTRAINT `fk_rails_37ced7af95` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `active_storage_attachments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `record_type` VARCHAR(255) NOT NULL,
  `record_id` BIGINT NOT NULL,
  `blob_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_active_storage_attachments_uniqueness` (`record_type`, `record_id`, `name`, `blob_id`),
  CONSTRAINT `fk_rails_c3b3935057` FOREIGN KEY (`blob_id`) REFERENCES `active_storage_blobs` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `api_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `access_token` VARCHAR(255) NOT NULL,
  `last_used_at` DATETIME(6) NULL,
  `expires_at` DATETIME(6) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_api_tokens_on_access_token` (`access_token`),
  CONSTRAINT `fk_rails_f16b5e0447` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `clusters` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `kubeconfig` JSON NULL DEFAULT '{}',
  `account_id` BIGINT NOT NULL,
  `status` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `cluster_type` INT NULL DEFAULT 0,
  `external_id` VARCHAR(255) NULL,
  `options` JSON NOT NULL DEFAULT '{}',
  `skip_tls_verify` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_clusters_on_account_id_and_name` (`account_id`, `name`),
  CONSTRAINT `fk_rails_77fc8fcb73` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `email_preferences` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `service_health` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_4d00725b8f` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `favorites` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `account_id` BIGINT NOT NULL,
  `favoriteable_type` VARCHAR(255) NOT NULL,
  `favoriteable_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_favorites_unique` (`user_id`, `account_id`, `favoriteable_type`, `favoriteable_id`),
  CONSTRAINT `fk_rails_ae7083c871` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_rails_d15744e438` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_grants` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `resource_owner_id` BIGINT NOT NULL,
  `application_id` BIGINT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `expires_in` INT NOT NULL,
  `redirect_uri` TEXT NOT NULL,
  `scopes` VARCHAR(255) NOT NULL DEFAULT '',
  `created_at` DATETIME(6) NOT NULL,
  `revoked_at` DATETIME(6) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_grants_on_token` (`token`),
  CONSTRAINT `fk_rails_b4b53e07b8` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`),
  CONSTRAINT `fk_rails_330c32d8d9` FOREIGN KEY (`resource_owner_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `oauth_access_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `resource_owner_id` BIGINT NULL,
  `application_id` BIGINT NOT NULL,
  `token` VARCHAR(255) NOT NULL,
  `refresh_token` VARCHAR(255) NULL,
  `expires_in` INT NULL,
  `scopes` VARCHAR(255) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `revoked_at` DATETIME(6) NULL,
  `previous_refresh_token` VARCHAR(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_oauth_access_tokens_on_refresh_token` (`refresh_token`),
  UNIQUE KEY `index_oauth_access_tokens_on_token` (`token`),
  CONSTRAINT `fk_rails_732cb83ab7` FOREIGN KEY (`application_id`) REFERENCES `oauth_applications` (`id`),
  CONSTRAINT `fk_rails_ee63f25419` FOREIGN KEY (`resource_owner_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `shell_tokens` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `token` VARCHAR(255) NOT NULL,
  `user_id` BIGINT NOT NULL,
  `cluster_id` BIGINT NOT NULL,
  `pod_name` VARCHAR(255) NOT NULL,
  `namespace` VARCHAR(255) NOT NULL,
  `container` VARCHAR(255) NULL,
  `expires_at` DATETIME(6) NOT NULL,
  `connected_at` DATETIME(6) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_shell_tokens_on_token` (`token`),
  CONSTRAINT `fk_rails_c93cb89253` FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  CONSTRAINT `fk_rails_0a6b5185a5` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sso_providers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `account_id` BIGINT NOT NULL,
  `configuration_type` VARCHAR(255) NOT NULL,
  `configuration_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `team_provisioning_mode` INT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_sso_providers_on_account_id` (`account_id`),
  CONSTRAINT `fk_rails_f50136b5e9` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `stack_managers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `provider_url` VARCHAR(255) NOT NULL,
  `stack_manager_type` INT NOT NULL DEFAULT 0,
  `account_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `access_token` VARCHAR(255) NULL,
  `enable_role_based_access_control` TINYINT(1) NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_stack_managers_on_account_id` (`account_id`),
  CONSTRAINT `fk_rails_6991001a90` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `teams` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255) NOT NULL,
  `account_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_teams_on_account_id_and_name` (`account_id`, `name`),
  UNIQUE KEY `index_teams_on_slug` (`slug`),
  CONSTRAINT `fk_rails_b4ac0a83f9` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `account_users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `account_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `role` INT NOT NULL DEFAULT 2,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_c96445f213` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`),
  CONSTRAINT `fk_rails_685e030c15` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `add_ons` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cluster_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `chart_type` VARCHAR(255) NULL,
  `status` INT NOT NULL DEFAULT 0,
  `metadata` JSON NULL DEFAULT '{}',
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `values` JSON NULL DEFAULT '{}',
  `chart_url` VARCHAR(255) NULL,
  `namespace` VARCHAR(255) NOT NULL,
  `managed_namespace` TINYINT(1) NULL DEFAULT 1,
  `version` VARCHAR(255) NOT NULL,
  `repository_url` VARCHAR(255) NOT NULL,
  `artifact_hub_package_id` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_add_ons_on_cluster_id_and_name` (`cluster_id`, `name`),
  CONSTRAINT `fk_rails_1c1ac59ded` FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build_clouds` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cluster_id` BIGINT NOT NULL,
  `namespace` VARCHAR(255) NOT NULL DEFAULT 'canine-k8s-builder',
  `status` INT NOT NULL DEFAULT 0,
  `driver_version` VARCHAR(255) NULL,
  `webhook_url` VARCHAR(255) NULL,
  `installation_metadata` JSON NULL DEFAULT '{}',
  `installed_at` DATETIME(6) NULL,
  `error_message` TEXT NULL,
  `replicas` INT NULL DEFAULT 2,
  `cpu_requests` BIGINT NULL DEFAULT 500,
  `cpu_limits` BIGINT NULL DEFAULT 2000,
  `memory_requests` BIGINT NULL DEFAULT 536870912,
  `memory_limits` BIGINT NULL DEFAULT '4294967296',
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_12cbed9ac8` FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cluster_packages` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cluster_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `status` INT NOT NULL DEFAULT 0,
  `config` JSON NULL DEFAULT '{}',
  `installed_at` DATETIME(6) NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_cluster_packages_on_cluster_id_and_name` (`cluster_id`, `name`),
  CONSTRAINT `fk_rails_7c5f00cd90` FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `providers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `provider` VARCHAR(255) NULL,
  `uid` VARCHAR(255) NULL,
  `access_token` VARCHAR(255) NULL,
  `access_token_secret` VARCHAR(255) NULL,
  `refresh_token` VARCHAR(255) NULL,
  `expires_at` DATETIME(6) NULL,
  `auth` TEXT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `last_used_at` DATETIME(6) NULL,
  `registry_url` VARCHAR(255) NULL,
  `external_id` VARCHAR(255) NULL,
  `sso_provider_id` BIGINT NULL,
  `name` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_c4ffd6bca0` FOREIGN KEY (`sso_provider_id`) REFERENCES `sso_providers` (`id`),
  CONSTRAINT `fk_rails_901136bfff` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_memberships` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  `team_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_team_memberships_on_user_id_and_team_id` (`user_id`, `team_id`),
  CONSTRAINT `fk_rails_61c29b529e` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`),
  CONSTRAINT `fk_rails_5aba9331a7` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `team_resources` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `team_id` BIGINT NOT NULL,
  `resourceable_type` VARCHAR(255) NOT NULL,
  `resourceable_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_team_resources_on_team_and_resourceable` (`team_id`, `resourceable_type`, `resourceable_id`),
  CONSTRAINT `fk_rails_b4bbedd58a` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build_configurations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_id` BIGINT NOT NULL,
  `driver` INT NOT NULL,
  `build_cloud_id` BIGINT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `provider_id` BIGINT NOT NULL,
  `image_repository` VARCHAR(255) NOT NULL,
  `buildpack_base_builder` VARCHAR(255) NULL,
  `context_directory` VARCHAR(255) NOT NULL DEFAULT './',
  `dockerfile_path` VARCHAR(255) NOT NULL DEFAULT './Dockerfile',
  `build_type` INT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_5f5b2da9a3` FOREIGN KEY (`build_cloud_id`) REFERENCES `build_clouds` (`id`),
  CONSTRAINT `fk_rails_874be07969` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `fk_rails_1e091c266c` FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `build_packs` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `build_configuration_id` BIGINT NOT NULL,
  `reference_type` INT NOT NULL,
  `namespace` VARCHAR(255) NULL,
  `name` VARCHAR(255) NULL,
  `version` VARCHAR(255) NULL,
  `build_order` INT NOT NULL,
  `uri` TEXT NULL,
  `details` JSON NULL DEFAULT '{}',
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_3c02aee16e` FOREIGN KEY (`build_configuration_id`) REFERENCES `build_configurations` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `builds` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_id` BIGINT NOT NULL,
  `repository_url` VARCHAR(255) NULL,
  `git_sha` VARCHAR(255) NULL,
  `commit_message` VARCHAR(255) NULL,
  `status` INT NULL DEFAULT 0,
  `commit_sha` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `digest` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_182d0b005e` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deployments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `build_id` BIGINT NOT NULL,
  `status` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `manifests` JSON NULL DEFAULT '{}',
  `version` VARCHAR(255) NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_deployments_on_build_id` (`build_id`),
  CONSTRAINT `fk_rails_8ca0d7baa5` FOREIGN KEY (`build_id`) REFERENCES `builds` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `projects` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `repository_url` VARCHAR(255) NOT NULL,
  `branch` VARCHAR(255) NOT NULL DEFAULT 'main',
  `cluster_id` BIGINT NOT NULL,
  `autodeploy` TINYINT(1) NOT NULL DEFAULT 1,
  `dockerfile_path` VARCHAR(255) NOT NULL DEFAULT './Dockerfile',
  `docker_build_context_directory` VARCHAR(255) NOT NULL DEFAULT '.',
  `predeploy_command` TEXT NULL,
  `status` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `container_registry_url` VARCHAR(255) NULL,
  `canine_config` JSON NULL DEFAULT '{}',
  `postdeploy_command` TEXT NULL,
  `predestroy_command` TEXT NULL,
  `postdestroy_command` TEXT NULL,
  `project_fork_cluster_id` BIGINT NULL,
  `project_fork_status` INT NULL DEFAULT 0,
  `namespace` VARCHAR(255) NOT NULL,
  `managed_namespace` TINYINT(1) NULL DEFAULT 1,
  `slug` VARCHAR(255) NOT NULL,
  `current_deployment_id` BIGINT NULL,
  `repository_base_url` VARCHAR(255) NULL,
  `provider_type` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_projects_on_slug` (`slug`),
  CONSTRAINT `fk_rails_f4c8aeaece` FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  CONSTRAINT `fk_rails_6e1b7d2f22` FOREIGN KEY (`project_fork_cluster_id`) REFERENCES `clusters` (`id`),
  CONSTRAINT `fk_rails_aa63c82d02` FOREIGN KEY (`current_deployment_id`) REFERENCES `deployments` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `services` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_id` BIGINT NOT NULL,
  `service_type` INT NOT NULL,
  `command` VARCHAR(255) NULL,
  `name` VARCHAR(255) NOT NULL,
  `replicas` INT NULL DEFAULT 1,
  `healthcheck_url` VARCHAR(255) NULL,
  `allow_public_networking` TINYINT(1) NULL DEFAULT 0,
  `status` INT NULL DEFAULT 0,
  `last_health_checked_at` DATETIME(6) NULL,
  `container_port` INT NULL DEFAULT 3000,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `description` TEXT NULL,
  `pod_yaml` JSON NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_services_on_project_id_and_name` (`project_id`, `name`),
  CONSTRAINT `fk_rails_71cce407f9` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `volumes` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `size` VARCHAR(255) NOT NULL DEFAULT '10Gi',
  `access_mode` INT NULL DEFAULT 0,
  `mount_path` VARCHAR(255) NOT NULL DEFAULT '/volumes/data',
  `status` INT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_volumes_on_project_id_and_mount_path` (`project_id`, `mount_path`),
  UNIQUE KEY `index_volumes_on_project_id_and_name` (`project_id`, `name`),
  CONSTRAINT `fk_rails_4e78e66fbc` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `cron_schedules` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `service_id` BIGINT NOT NULL,
  `schedule` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_946a6aafd2` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `deployment_configurations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_id` BIGINT NOT NULL,
  `deployment_method` INT NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_abe718e2f2` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `development_environment_configurations` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `cluster_id` BIGINT NOT NULL,
  `project_id` BIGINT NOT NULL,
  `dockerfile_path` VARCHAR(255) NOT NULL,
  `workspace_mount_path` VARCHAR(255) NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_development_environment_configurations_on_project_id` (`project_id`),
  CONSTRAINT `fk_rails_ef6fb93894` FOREIGN KEY (`cluster_id`) REFERENCES `clusters` (`id`),
  CONSTRAINT `fk_rails_4e945c209e` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `development_environments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `child_project_id` BIGINT NOT NULL,
  `parent_project_id` BIGINT NOT NULL,
  `git_provider_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `created_by_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_development_environments_on_child_project_id` (`child_project_id`),
  CONSTRAINT `fk_rails_e89dba2a6e` FOREIGN KEY (`child_project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `fk_rails_5a20ecd286` FOREIGN KEY (`parent_project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `fk_rails_91b669324e` FOREIGN KEY (`git_provider_id`) REFERENCES `providers` (`id`),
  CONSTRAINT `fk_rails_67e1da1f49` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `environment_variables` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(255) NOT NULL,
  `value` TEXT NULL,
  `project_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `storage_type` INT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_environment_variables_on_project_id_and_name` (`project_id`, `name`),
  CONSTRAINT `fk_rails_f4aba5ff64` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `notifiers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_id` BIGINT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `provider_type` INT NOT NULL DEFAULT 0,
  `webhook_url` VARCHAR(255) NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 1,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `notification_types` JSON NOT NULL DEFAULT '{build,deployment,health}',
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_b5ee491b49` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_add_ons` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_id` BIGINT NOT NULL,
  `add_on_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_rails_b766f5c4d5` FOREIGN KEY (`add_on_id`) REFERENCES `add_ons` (`id`),
  CONSTRAINT `fk_rails_0f625ce277` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_credential_providers` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `project_id` BIGINT NOT NULL,
  `provider_id` BIGINT NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_on_project_id_provider_id_92125f73e5` (`project_id`, `provider_id`),
  CONSTRAINT `fk_rails_948a3ccb1d` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `fk_rails_198d66272e` FOREIGN KEY (`provider_id`) REFERENCES `providers` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `project_forks` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `child_project_id` BIGINT NOT NULL,
  `parent_project_id` BIGINT NOT NULL,
  `external_id` VARCHAR(255) NOT NULL,
  `number` VARCHAR(255) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `url` VARCHAR(255) NOT NULL,
  `user` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_project_forks_on_child_project_id` (`child_project_id`),
  CONSTRAINT `fk_rails_d700a52d3a` FOREIGN KEY (`child_project_id`) REFERENCES `projects` (`id`),
  CONSTRAINT `fk_rails_67f4bd49df` FOREIGN KEY (`parent_project_id`) REFERENCES `projects` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SET FOREIGN_KEY_CHECKS=1;

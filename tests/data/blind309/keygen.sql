-- Keygen (keygen-sh/keygen-api; Keygen CE, the self-hostable software licensing and distribution API: licence keys,
-- policies, machine activations, heartbeats, entitlements, releases, users, tokens), github.com/keygen-sh/keygen-api
-- db/schema.rb (ActiveRecord schema version 2026_05_01_131644), commit f70c4f4e00bc6b3357a05d46bef52df5ccdb9da9
-- (Fair Core License FCL-1.0-ALv2: source-available, each version Apache-2.0 two years after its release).
-- Upstream runs on PostgreSQL; the Rails schema was written as MySQL by a script: columns in schema.rb's order (Rails
-- 8.1 dumps them sorted by name) after the uuid primary key `id`; uuid -> CHAR(36), string -> VARCHAR(255), text -> TEXT,
-- jsonb and string arrays -> JSON, datetime -> DATETIME (precision nil) / DATETIME(6), bigint/integer/boolean/float ->
-- BIGINT/INT/TINYINT(1)/DOUBLE, binary -> LONGBLOB; NOT NULL and literal defaults kept (uuid_generate_v4(), the array
-- defaults of accounts.sso_organization_domains and webhook_endpoints.subscriptions dropped); primary keys and unique
-- indexes on plain columns kept (expression, partial and gin/gist/hash indexes, the unique index on the TEXT
-- second_factors.secret and plain indexes not carried over). schema.rb declares no foreign keys, so none are written.
-- 39 of the 48 tables kept; left out: metrics (legacy, no model left), release_arches, release_descriptors,
-- release_engines, release_entitlement_constraints, release_filetypes, release_manifests, release_upgrade_links,
-- release_upload_links.
CREATE TABLE `account_settings` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `key` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `value` JSON NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_account_settings_on_account_id_and_key` (`account_id`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `accounts` (
  `id` CHAR(36) NOT NULL,
  `api_version` VARCHAR(255),
  `backend` VARCHAR(255),
  `cname` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `domain` VARCHAR(255),
  `ecdsa_private_key` TEXT,
  `ecdsa_public_key` TEXT,
  `ed25519_private_key` TEXT,
  `ed25519_public_key` TEXT,
  `last_license_limit_exceeded_sent_at` DATETIME,
  `last_low_activity_lifeline_sent_at` DATETIME,
  `last_prompt_for_review_sent_at` DATETIME,
  `last_request_limit_exceeded_sent_at` DATETIME,
  `last_trial_will_end_sent_at` DATETIME,
  `name` VARCHAR(255),
  `plan_id` CHAR(36),
  `private_key` TEXT,
  `protected` TINYINT(1) DEFAULT 0,
  `public_key` TEXT,
  `secret_key` TEXT,
  `slack_accepted_at` DATETIME(6),
  `slack_channel_id` VARCHAR(255),
  `slack_invited_at` DATETIME(6),
  `slack_team_id` VARCHAR(255),
  `slug` VARCHAR(255),
  `sso_external_authn` TINYINT(1) NOT NULL DEFAULT 0,
  `sso_idp_initiated_authn` TINYINT(1) NOT NULL DEFAULT 0,
  `sso_jit_provisioning` TINYINT(1) NOT NULL DEFAULT 0,
  `sso_organization_domains` JSON,
  `sso_organization_id` VARCHAR(255),
  `sso_session_duration` INT,
  `sso_sync_roles` TINYINT(1) NOT NULL DEFAULT 0,
  `subdomain` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_accounts_on_cname` (`cname`),
  UNIQUE KEY `index_accounts_on_domain` (`domain`),
  UNIQUE KEY `index_accounts_on_id_and_created_at` (`id`, `created_at`),
  UNIQUE KEY `index_accounts_on_slack_channel_id` (`slack_channel_id`),
  UNIQUE KEY `index_accounts_on_slack_team_id` (`slack_team_id`),
  UNIQUE KEY `index_accounts_on_slug_and_created_at` (`slug`, `created_at`),
  UNIQUE KEY `index_accounts_on_slug` (`slug`),
  UNIQUE KEY `index_accounts_on_sso_organization_id` (`sso_organization_id`),
  UNIQUE KEY `index_accounts_on_subdomain` (`subdomain`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `billings` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36),
  `card_added_at` DATETIME,
  `card_brand` VARCHAR(255),
  `card_expiry` DATETIME,
  `card_last4` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `customer_id` VARCHAR(255),
  `referral_id` VARCHAR(255),
  `state` VARCHAR(255),
  `subscription_id` VARCHAR(255),
  `subscription_period_end` DATETIME,
  `subscription_period_start` DATETIME,
  `subscription_status` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_billings_on_id_and_created_at` (`id`, `created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `entitlements` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `environment_id` CHAR(36),
  `metadata` JSON,
  `name` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_entitlements_on_account_id_and_code` (`account_id`, `code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `environments` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `code` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `isolation_strategy` VARCHAR(255) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_environments_on_account_id_and_code` (`account_id`, `code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_logs` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `created_date` DATE,
  `environment_id` CHAR(36),
  `event_type_id` CHAR(36) NOT NULL,
  `idempotency_key` VARCHAR(255),
  `metadata` JSON,
  `request_log_id` CHAR(36),
  `resource_id` CHAR(36) NOT NULL,
  `resource_type` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `whodunnit_id` CHAR(36),
  `whodunnit_type` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_event_logs_on_idempotency_key` (`idempotency_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `event_types` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `event` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_event_types_on_event` (`event`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_owners` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `environment_id` CHAR(36),
  `group_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_group_owners_on_group_id_and_user_id` (`group_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `group_permissions` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `group_id` CHAR(36) NOT NULL,
  `permission_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_group_permissions_on_group_id_and_permission_id` (`group_id`, `permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `groups` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `environment_id` CHAR(36),
  `max_licenses` INT,
  `max_machines` INT,
  `max_users` INT,
  `metadata` JSON,
  `name` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `keys` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36),
  `created_at` DATETIME NOT NULL,
  `environment_id` CHAR(36),
  `key` VARCHAR(255),
  `policy_id` CHAR(36),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_keys_on_account_id_and_key` (`account_id`, `key`),
  UNIQUE KEY `index_keys_on_id_and_created_at_and_account_id` (`id`, `created_at`, `account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_entitlements` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `entitlement_id` CHAR(36) NOT NULL,
  `environment_id` CHAR(36),
  `license_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `license_entitlements_acct_lic_ent_ids_idx` (`account_id`, `license_id`, `entitlement_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `license_users` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `environment_id` CHAR(36),
  `license_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_license_users_on_account_id_and_license_id_and_user_id` (`account_id`, `license_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `licenses` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `environment_id` CHAR(36),
  `expiry` DATETIME,
  `group_id` CHAR(36),
  `key` VARCHAR(255) NOT NULL,
  `last_check_in_at` DATETIME,
  `last_check_in_event_sent_at` DATETIME,
  `last_check_in_soon_event_sent_at` DATETIME,
  `last_check_out_at` DATETIME,
  `last_expiration_event_sent_at` DATETIME,
  `last_expiring_soon_event_sent_at` DATETIME,
  `last_validated_at` DATETIME,
  `last_validated_checksum` VARCHAR(255),
  `last_validated_version` VARCHAR(255),
  `license_users_count` INT NOT NULL DEFAULT 0,
  `machines_core_count` INT NOT NULL DEFAULT 0,
  `machines_count` INT DEFAULT 0,
  `machines_disk_count` BIGINT NOT NULL DEFAULT 0,
  `machines_memory_count` BIGINT NOT NULL DEFAULT 0,
  `max_cores_override` INT,
  `max_disk_override` BIGINT,
  `max_machines_override` INT,
  `max_memory_override` BIGINT,
  `max_processes_override` INT,
  `max_users_override` INT,
  `max_uses_override` INT,
  `metadata` JSON,
  `name` VARCHAR(255),
  `policy_id` CHAR(36) NOT NULL,
  `product_id` CHAR(36) NOT NULL,
  `protected` TINYINT(1),
  `suspended` TINYINT(1) DEFAULT 0,
  `updated_at` DATETIME NOT NULL,
  `user_id` CHAR(36),
  `uses` INT DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_licenses_on_account_id_and_product_id_and_id` (`account_id`, `product_id`, `id`),
  UNIQUE KEY `index_licenses_on_id_and_created_at_and_account_id` (`id`, `created_at`, `account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `machine_components` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `environment_id` CHAR(36),
  `fingerprint` VARCHAR(255) NOT NULL,
  `machine_id` CHAR(36) NOT NULL,
  `metadata` JSON,
  `name` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_machine_components_on_machine_id_and_fingerprint` (`machine_id`, `fingerprint`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `machine_processes` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `environment_id` CHAR(36),
  `heartbeat_jid` VARCHAR(255),
  `last_death_event_sent_at` DATETIME(6),
  `last_heartbeat_at` DATETIME(6) NOT NULL,
  `machine_id` CHAR(36) NOT NULL,
  `metadata` JSON,
  `pid` VARCHAR(255) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `machines` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `cores` INT,
  `created_at` DATETIME NOT NULL,
  `disk` BIGINT,
  `environment_id` CHAR(36),
  `fingerprint` VARCHAR(255),
  `group_id` CHAR(36),
  `heartbeat_jid` VARCHAR(255),
  `hostname` VARCHAR(255),
  `ip` VARCHAR(255),
  `last_check_out_at` DATETIME,
  `last_death_event_sent_at` DATETIME,
  `last_heartbeat_at` DATETIME,
  `license_id` CHAR(36) NOT NULL,
  `max_processes_override` INT,
  `memory` BIGINT,
  `metadata` JSON,
  `name` VARCHAR(255),
  `owner_id` CHAR(36),
  `platform` VARCHAR(255),
  `policy_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_machines_on_id_and_created_at_and_account_id` (`id`, `created_at`, `account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `permissions` (
  `id` CHAR(36) NOT NULL,
  `action` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_permissions_on_action` (`action`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `plans` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `event_log_retention_duration` INT,
  `interval` VARCHAR(255),
  `max_admins` INT,
  `max_licenses` INT,
  `max_policies` INT,
  `max_products` INT,
  `max_reqs` INT,
  `max_storage` BIGINT,
  `max_transfer` BIGINT,
  `max_upload` BIGINT,
  `max_users` INT,
  `name` VARCHAR(255),
  `plan_id` VARCHAR(255),
  `price` INT,
  `private` TINYINT(1) DEFAULT 0,
  `request_log_retention_duration` INT,
  `trial_duration` INT,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_plans_on_id_and_created_at` (`id`, `created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `policies` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `authentication_strategy` VARCHAR(255),
  `check_in_interval` VARCHAR(255),
  `check_in_interval_count` INT,
  `component_matching_strategy` VARCHAR(255),
  `component_uniqueness_strategy` VARCHAR(255),
  `concurrent` TINYINT(1) DEFAULT 1,
  `created_at` DATETIME NOT NULL,
  `duration` INT,
  `encrypted` TINYINT(1) DEFAULT 0,
  `environment_id` CHAR(36),
  `expiration_basis` VARCHAR(255),
  `expiration_strategy` VARCHAR(255),
  `fingerprint_matching_strategy` VARCHAR(255),
  `fingerprint_uniqueness_strategy` VARCHAR(255),
  `floating` TINYINT(1) DEFAULT 0,
  `heartbeat_basis` VARCHAR(255),
  `heartbeat_cull_strategy` VARCHAR(255),
  `heartbeat_duration` INT,
  `heartbeat_resurrection_strategy` VARCHAR(255),
  `leasing_strategy` VARCHAR(255),
  `lock_version` INT NOT NULL DEFAULT 0,
  `machine_leasing_strategy` VARCHAR(255),
  `machine_matching_strategy` VARCHAR(255),
  `machine_uniqueness_strategy` VARCHAR(255),
  `max_cores` INT,
  `max_disk` BIGINT,
  `max_machines` INT,
  `max_memory` BIGINT,
  `max_processes` INT,
  `max_users` INT,
  `max_uses` INT,
  `metadata` JSON,
  `name` VARCHAR(255),
  `overage_strategy` VARCHAR(255),
  `process_leasing_strategy` VARCHAR(255),
  `product_id` CHAR(36) NOT NULL,
  `protected` TINYINT(1),
  `renewal_basis` VARCHAR(255),
  `require_check_in` TINYINT(1) DEFAULT 0,
  `require_checksum_scope` TINYINT(1) NOT NULL DEFAULT 0,
  `require_components_scope` TINYINT(1) NOT NULL DEFAULT 0,
  `require_environment_scope` TINYINT(1) NOT NULL DEFAULT 0,
  `require_fingerprint_scope` TINYINT(1) DEFAULT 0,
  `require_heartbeat` TINYINT(1) NOT NULL DEFAULT 0,
  `require_machine_scope` TINYINT(1) DEFAULT 0,
  `require_policy_scope` TINYINT(1) DEFAULT 0,
  `require_product_scope` TINYINT(1) DEFAULT 0,
  `require_user_scope` TINYINT(1) NOT NULL DEFAULT 0,
  `require_version_scope` TINYINT(1) NOT NULL DEFAULT 0,
  `scheme` VARCHAR(255),
  `strict` TINYINT(1) DEFAULT 0,
  `transfer_strategy` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  `use_pool` TINYINT(1) DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_policies_on_id_and_created_at_and_account_id` (`id`, `created_at`, `account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `policy_entitlements` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `entitlement_id` CHAR(36) NOT NULL,
  `environment_id` CHAR(36),
  `policy_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `policy_entitlements_acct_lic_ent_ids_idx` (`account_id`, `policy_id`, `entitlement_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `products` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `code` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `distribution_strategy` VARCHAR(255),
  `environment_id` CHAR(36),
  `metadata` JSON,
  `name` VARCHAR(255),
  `platforms` JSON,
  `updated_at` DATETIME NOT NULL,
  `url` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_products_on_account_id_and_code` (`account_id`, `code`),
  UNIQUE KEY `index_products_on_id_and_created_at_and_account_id` (`id`, `created_at`, `account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `receipts` (
  `id` CHAR(36) NOT NULL,
  `amount` INT,
  `billing_id` CHAR(36),
  `created_at` DATETIME NOT NULL,
  `invoice_id` VARCHAR(255),
  `paid` TINYINT(1),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_receipts_on_id_and_created_at` (`id`, `created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_artifacts` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `backend` VARCHAR(255),
  `checksum` VARCHAR(255),
  `content_length` BIGINT,
  `content_type` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `environment_id` CHAR(36),
  `etag` VARCHAR(255),
  `filename` VARCHAR(255),
  `filesize` BIGINT,
  `metadata` JSON,
  `release_arch_id` CHAR(36),
  `release_filetype_id` CHAR(36),
  `release_id` CHAR(36) NOT NULL,
  `release_platform_id` CHAR(36),
  `signature` VARCHAR(255),
  `status` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_channels` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `key` VARCHAR(255),
  `name` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_release_channels_on_account_id_and_key` (`account_id`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_download_links` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `environment_id` CHAR(36),
  `release_id` CHAR(36) NOT NULL,
  `ttl` INT,
  `updated_at` DATETIME(6) NOT NULL,
  `url` TEXT,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_packages` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `environment_id` CHAR(36),
  `key` VARCHAR(255) NOT NULL,
  `metadata` JSON,
  `name` VARCHAR(255) NOT NULL,
  `product_id` CHAR(36) NOT NULL,
  `release_engine_id` CHAR(36),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_release_packages_on_account_id_and_key` (`account_id`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `release_platforms` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `key` VARCHAR(255),
  `metadata` JSON,
  `name` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_release_platforms_on_account_id_and_key` (`account_id`, `key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `releases` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `api_version` VARCHAR(255),
  `backdated_to` DATETIME,
  `checksum` VARCHAR(255),
  `created_at` DATETIME(6) NOT NULL,
  `description` TEXT,
  `download_count` BIGINT DEFAULT 0,
  `environment_id` CHAR(36),
  `filename` VARCHAR(255),
  `filesize` BIGINT,
  `metadata` JSON,
  `name` VARCHAR(255),
  `product_id` CHAR(36) NOT NULL,
  `release_channel_id` CHAR(36) NOT NULL,
  `release_filetype_id` CHAR(36),
  `release_package_id` CHAR(36),
  `release_platform_id` CHAR(36),
  `semver_build_num` BIGINT,
  `semver_build_word` VARCHAR(255),
  `semver_major` BIGINT,
  `semver_minor` BIGINT,
  `semver_patch` BIGINT,
  `semver_pre_num` BIGINT,
  `semver_pre_word` VARCHAR(255),
  `signature` VARCHAR(255),
  `status` VARCHAR(255),
  `tag` VARCHAR(255),
  `updated_at` DATETIME(6) NOT NULL,
  `upgrade_count` BIGINT DEFAULT 0,
  `version` VARCHAR(255),
  `yanked_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_releases_on_account_id_and_product_id_and_filename` (`account_id`, `product_id`, `filename`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `request_logs` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36),
  `created_at` DATETIME NOT NULL,
  `created_date` DATE NOT NULL,
  `environment_id` CHAR(36),
  `ip` VARCHAR(255),
  `method` VARCHAR(255),
  `queue_time` DOUBLE,
  `request_body` TEXT,
  `request_headers` JSON,
  `requestor_id` CHAR(36),
  `requestor_type` VARCHAR(255),
  `resource_id` CHAR(36),
  `resource_type` VARCHAR(255),
  `response_body` TEXT,
  `response_headers` JSON,
  `response_signature` TEXT,
  `run_time` DOUBLE,
  `status` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  `url` VARCHAR(255),
  `user_agent` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `role_permissions` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `permission_id` CHAR(36) NOT NULL,
  `role_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_role_permissions_on_role_id_and_permission_id` (`role_id`, `permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `roles` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME,
  `name` VARCHAR(255),
  `resource_id` CHAR(36),
  `resource_type` VARCHAR(255),
  `updated_at` DATETIME,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_roles_on_id_and_created_at` (`id`, `created_at`),
  UNIQUE KEY `index_roles_on_resource_id_and_resource_type` (`resource_id`, `resource_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `second_factors` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `created_at` DATETIME NOT NULL,
  `enabled` TINYINT(1) NOT NULL DEFAULT 0,
  `environment_id` CHAR(36),
  `last_verified_at` DATETIME,
  `secret` TEXT NOT NULL,
  `updated_at` DATETIME NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_second_factors_on_id_and_created_at` (`id`, `created_at`),
  UNIQUE KEY `index_second_factors_on_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `sessions` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `bearer_id` CHAR(36) NOT NULL,
  `bearer_type` VARCHAR(255) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `environment_id` CHAR(36),
  `expiry` DATETIME(6) NOT NULL,
  `ip` VARCHAR(255) NOT NULL,
  `last_used_at` DATETIME(6),
  `parent_id` CHAR(36),
  `token_id` CHAR(36),
  `updated_at` DATETIME(6) NOT NULL,
  `user_agent` VARCHAR(255),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `token_permissions` (
  `id` CHAR(36) NOT NULL,
  `created_at` DATETIME(6) NOT NULL,
  `permission_id` CHAR(36) NOT NULL,
  `token_id` CHAR(36) NOT NULL,
  `updated_at` DATETIME(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_token_permissions_on_token_id_and_permission_id` (`token_id`, `permission_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `tokens` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36),
  `activations` INT DEFAULT 0,
  `bearer_id` CHAR(36),
  `bearer_type` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `deactivations` INT DEFAULT 0,
  `digest` VARCHAR(255),
  `environment_id` CHAR(36),
  `expiry` DATETIME,
  `max_activations` INT,
  `max_deactivations` INT,
  `name` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_tokens_on_digest` (`digest`),
  UNIQUE KEY `index_tokens_on_id_and_created_at_and_account_id` (`id`, `created_at`, `account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36) NOT NULL,
  `banned_at` DATETIME,
  `created_at` DATETIME NOT NULL,
  `email` VARCHAR(255),
  `environment_id` CHAR(36),
  `first_name` VARCHAR(255),
  `group_id` CHAR(36),
  `last_name` VARCHAR(255),
  `metadata` JSON,
  `password_digest` VARCHAR(255),
  `password_reset_sent_at` DATETIME,
  `password_reset_token` VARCHAR(255),
  `sso_connection_id` VARCHAR(255),
  `sso_idp_id` VARCHAR(255),
  `sso_profile_id` VARCHAR(255),
  `stdout_last_sent_at` DATETIME,
  `stdout_unsubscribed_at` DATETIME,
  `updated_at` DATETIME NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_users_on_account_id_and_sso_profile_id` (`account_id`, `sso_profile_id`),
  UNIQUE KEY `index_users_on_email_and_account_id` (`email`, `account_id`),
  UNIQUE KEY `index_users_on_id_and_created_at_and_account_id` (`id`, `created_at`, `account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_endpoints` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36),
  `api_version` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `environment_id` CHAR(36),
  `product_id` CHAR(36),
  `signature_algorithm` VARCHAR(255) DEFAULT 'ed25519',
  `subscriptions` JSON,
  `updated_at` DATETIME NOT NULL,
  `url` VARCHAR(255),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_webhook_endpoints_on_id_and_created_at_and_account_id` (`id`, `created_at`, `account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `webhook_events` (
  `id` CHAR(36) NOT NULL,
  `account_id` CHAR(36),
  `api_version` VARCHAR(255),
  `created_at` DATETIME NOT NULL,
  `endpoint` VARCHAR(255),
  `environment_id` CHAR(36),
  `event_type_id` CHAR(36) NOT NULL,
  `idempotency_token` VARCHAR(255),
  `jid` VARCHAR(255),
  `last_response_body` TEXT,
  `last_response_code` INT,
  `payload` TEXT,
  `status` VARCHAR(255),
  `updated_at` DATETIME NOT NULL,
  `webhook_endpoint_id` CHAR(36),
  PRIMARY KEY (`id`),
  UNIQUE KEY `index_webhook_events_on_id_and_created_at_and_account_id` (`id`, `created_at`, `account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- NetBird (WireGuard-based overlay / mesh VPN with zero-trust access control): its management service's store
-- Upstream: github.com/netbirdio/netbird, snapshot commit ee253feddfd08a1b559d4014cbcf8d64cabed937.
-- Licence: management/ is AGPL-3.0 (the rest of the repository BSD-3-Clause).
-- How made: NetBird has no SQL schema file; its management server creates its tables with GORM's AutoMigrate
-- (management/server/store/sql_store.go, the list of models passed to db.AutoMigrate) and, for the activity
-- log, a second store (management/server/activity/store/sql_store.go: Event, DeletedUser). Each model struct
-- was written here as the MySQL DDL that GORM's MySQL dialector creates for it (NetBird supports a MySQL
-- store): columns in struct field order, embedded structs inlined at their place with their embeddedPrefix,
-- snake_case names by GORM's naming strategy (checked against the column lists of the store's raw SQL
-- queries), string -> longtext, or varchar(191) when a primary key, indexed or with a default, explicit
-- `type:` tags kept, bool -> tinyint(1), int/int64/time.Duration -> bigint, uint/uint64 -> bigint unsigned,
-- uint16 -> smallint unsigned, float64 -> double, time.Time -> datetime(3), json-serialised fields -> longtext,
-- json.RawMessage with type:json -> json. Indexes as the gorm tags name them (idx_<table>_<column> or the
-- given name); foreign keys of GORM's has-many / has-one relations (fk_<owner>_<field>); the three unique
-- indexes that NetBird's post-AutoMigrate migrations create on peers (store.go migratePostAuto), written with
-- the (64) prefix lengths NetBird uses on MySQL. Fields tagged gorm:"-" are not columns.
-- Left out: the agent-network (LLM gateway) module's ten tables (agent_network_providers, _policies,
-- _guardrails, _settings, _consumption, _budget_rules, _access_log, _access_log_group, _request_usage,
-- _request_usage_group) and the separate GeoNames lookup database (geonames).

CREATE TABLE `accounts` (
  `id` varchar(191) NOT NULL,
  `created_by` longtext,
  `created_at` datetime(3) DEFAULT NULL,
  `domain` varchar(191) DEFAULT NULL,
  `domain_category` longtext,
  `is_domain_primary_account` tinyint(1) DEFAULT NULL,
  `network_identifier` longtext,
  `network_net` longtext,
  `network_net_v6` longtext,
  `network_dns` longtext,
  `network_serial` bigint unsigned DEFAULT NULL,
  `dns_settings_disabled_management_groups` longtext,
  `settings_peer_login_expiration_enabled` tinyint(1) DEFAULT NULL,
  `settings_peer_login_expiration` bigint DEFAULT NULL,
  `settings_peer_inactivity_expiration_enabled` tinyint(1) DEFAULT NULL,
  `settings_peer_inactivity_expiration` bigint DEFAULT NULL,
  `settings_regular_users_view_blocked` tinyint(1) DEFAULT NULL,
  `settings_groups_propagation_enabled` tinyint(1) DEFAULT NULL,
  `settings_jwt_groups_enabled` tinyint(1) DEFAULT NULL,
  `settings_jwt_groups_claim_name` longtext,
  `settings_jwt_allow_groups` longtext,
  `settings_routing_peer_dns_resolution_enabled` tinyint(1) DEFAULT NULL,
  `settings_dns_domain` longtext,
  `settings_network_range` longtext,
  `settings_network_range_v6` longtext,
  `settings_peer_expose_enabled` tinyint(1) DEFAULT NULL,
  `settings_peer_expose_groups` longtext,
  `settings_extra_peer_approval_enabled` tinyint(1) DEFAULT NULL,
  `settings_extra_user_approval_required` tinyint(1) DEFAULT NULL,
  `settings_extra_integrated_validator` longtext,
  `settings_extra_integrated_validator_groups` longtext,
  `settings_lazy_connection_enabled` tinyint(1) DEFAULT false,
  `settings_auto_update_version` varchar(191) DEFAULT 'disabled',
  `settings_auto_update_always` tinyint(1) DEFAULT false,
  `settings_ipv6_enabled_groups` longtext,
  `settings_metrics_push_enabled` tinyint(1) DEFAULT false,
  `settings_agent_network_only` tinyint(1) DEFAULT false,
  `settings_dashboard_features` longtext,
  `settings_local_mfa_enabled` tinyint(1) DEFAULT NULL,
  `reverse_proxy_free_domain_nonce` longtext,
  PRIMARY KEY (`id`),
  KEY `idx_accounts_domain` (`domain`)
);

CREATE TABLE `setup_keys` (
  `id` varchar(191) NOT NULL,
  `account_id` varchar(191) DEFAULT NULL,
  `key` longtext,
  `key_secret` varchar(191) DEFAULT NULL,
  `name` longtext,
  `type` longtext,
  `created_at` datetime(3) DEFAULT NULL,
  `expires_at` datetime(3) DEFAULT NULL,
  `updated_at` datetime(3) DEFAULT NULL,
  `revoked` tinyint(1) DEFAULT NULL,
  `used_times` bigint DEFAULT NULL,
  `last_used` datetime(3) DEFAULT NULL,
  `auto_groups` longtext,
  `usage_limit` bigint DEFAULT NULL,
  `ephemeral` tinyint(1) DEFAULT NULL,
  `allow_extra_dns_labels` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_setup_keys_account_id` (`account_id`),
  KEY `idx_setup_keys_key_secret` (`key_secret`),
  CONSTRAINT `fk_accounts_setup_keys_g` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `peers` (
  `id` varchar(191) NOT NULL,
  `account_id` varchar(191) DEFAULT NULL,
  `key` longtext,
  `ip` longtext,
  `ipv6` longtext,
  `meta_hostname` longtext,
  `meta_go_os` longtext,
  `meta_kernel` longtext,
  `meta_core` longtext,
  `meta_platform` longtext,
  `meta_os` longtext,
  `meta_os_version` longtext,
  `meta_wt_version` longtext,
  `meta_ui_version` longtext,
  `meta_kernel_version` longtext,
  `meta_network_addresses` longtext,
  `meta_system_serial_number` longtext,
  `meta_system_product_name` longtext,
  `meta_system_manufacturer` longtext,
  `meta_environment` longtext,
  `meta_flags` longtext,
  `meta_files` longtext,
  `meta_capabilities` longtext,
  `meta_sync_message_version` bigint DEFAULT NULL,
  `proxy_meta_embedded` tinyint(1) DEFAULT NULL,
  `proxy_meta_cluster` varchar(191) DEFAULT NULL,
  `name` varchar(191) DEFAULT NULL,
  `dns_label` longtext,
  `peer_status_last_seen` datetime(3) DEFAULT NULL,
  `peer_status_session_started_at` bigint NOT NULL DEFAULT 0,
  `peer_status_connected` tinyint(1) DEFAULT NULL,
  `peer_status_login_expired` tinyint(1) DEFAULT NULL,
  `peer_status_requires_approval` tinyint(1) DEFAULT NULL,
  `user_id` longtext,
  `ssh_key` longtext,
  `ssh_enabled` tinyint(1) DEFAULT NULL,
  `login_expiration_enabled` tinyint(1) DEFAULT NULL,
  `inactivity_expiration_enabled` tinyint(1) DEFAULT NULL,
  `last_login` datetime(3) DEFAULT NULL,
  `created_at` datetime(3) DEFAULT NULL,
  `ephemeral` tinyint(1) DEFAULT NULL,
  `location_connection_ip` longtext,
  `location_country_code` longtext,
  `location_city_name` longtext,
  `location_geo_name_id` bigint unsigned DEFAULT NULL,
  `extra_dns_labels` longtext,
  `allow_extra_dns_labels` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_account_ip` (`account_id`, `ip`(64)),
  UNIQUE KEY `idx_account_dnslabel` (`account_id`, `dns_label`(64)),
  UNIQUE KEY `idx_peers_key_unique` (`key`(64)),
  KEY `idx_peers_account_id` (`account_id`),
  KEY `idx_peers_proxy_meta_embedded` (`proxy_meta_embedded`),
  KEY `idx_peers_proxy_meta_cluster` (`proxy_meta_cluster`),
  KEY `idx_peers_name` (`name`),
  KEY `idx_peers_ephemeral` (`ephemeral`),
  CONSTRAINT `fk_accounts_peers_g` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `users` (
  `id` varchar(191) NOT NULL,
  `account_id` varchar(191) DEFAULT NULL,
  `role` longtext,
  `is_service_user` tinyint(1) DEFAULT NULL,
  `non_deletable` tinyint(1) DEFAULT NULL,
  `service_user_name` longtext,
  `auto_groups` longtext,
  `blocked` tinyint(1) DEFAULT NULL,
  `pending_approval` tinyint(1) DEFAULT NULL,
  `last_login` datetime(3) DEFAULT NULL,
  `created_at` datetime(3) DEFAULT NULL,
  `issued` varchar(191) DEFAULT 'api',
  `integration_ref_id` bigint DEFAULT NULL,
  `integration_ref_integration_type` longtext,
  `name` varchar(191) DEFAULT '',
  `email` varchar(191) DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `idx_users_account_id` (`account_id`),
  CONSTRAINT `fk_accounts_users_g` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `personal_access_tokens` (
  `id` varchar(191) NOT NULL,
  `user_id` varchar(191) DEFAULT NULL,
  `name` longtext,
  `hashed_token` longtext,
  `expiration_date` datetime(3) DEFAULT NULL,
  `created_by` longtext,
  `created_at` datetime(3) DEFAULT NULL,
  `last_used` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_personal_access_tokens_user_id` (`user_id`),
  CONSTRAINT `fk_users_pa_ts_g` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
);

CREATE TABLE `proxy_access_tokens` (
  `id` varchar(191) NOT NULL,
  `name` longtext,
  `hashed_token` varchar(255) DEFAULT NULL,
  `account_id` varchar(191) DEFAULT NULL,
  `expires_at` datetime(3) DEFAULT NULL,
  `created_by` longtext,
  `created_at` datetime(3) DEFAULT NULL,
  `last_used` datetime(3) DEFAULT NULL,
  `revoked` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_proxy_access_tokens_hashed_token` (`hashed_token`),
  KEY `idx_proxy_access_tokens_account_id` (`account_id`)
);

CREATE TABLE `groups` (
  `id` varchar(191) NOT NULL,
  `account_id` varchar(191) DEFAULT NULL,
  `public_id` longtext,
  `name` longtext,
  `issued` longtext,
  `resources` longtext,
  `integration_ref_id` bigint DEFAULT NULL,
  `integration_ref_integration_type` longtext,
  PRIMARY KEY (`id`),
  KEY `idx_groups_account_id` (`account_id`),
  CONSTRAINT `fk_accounts_groups_g` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `group_peers` (
  `account_id` varchar(191) DEFAULT NULL,
  `group_id` varchar(191) NOT NULL,
  `peer_id` varchar(191) NOT NULL,
  PRIMARY KEY (`group_id`, `peer_id`),
  KEY `idx_group_peers_account_id` (`account_id`),
  CONSTRAINT `fk_groups_group_peers` FOREIGN KEY (`group_id`) REFERENCES `groups` (`id`) ON DELETE CASCADE
);

CREATE TABLE `policies` (
  `id` varchar(191) NOT NULL,
  `public_id` longtext,
  `account_id` varchar(191) DEFAULT NULL,
  `name` longtext,
  `description` longtext,
  `enabled` tinyint(1) DEFAULT NULL,
  `source_posture_checks` longtext,
  PRIMARY KEY (`id`),
  KEY `idx_policies_account_id` (`account_id`),
  CONSTRAINT `fk_accounts_policies` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `policy_rules` (
  `id` varchar(191) NOT NULL,
  `policy_id` varchar(191) DEFAULT NULL,
  `name` longtext,
  `description` longtext,
  `enabled` tinyint(1) DEFAULT NULL,
  `action` longtext,
  `destinations` longtext,
  `destination_resource` longtext,
  `sources` longtext,
  `source_resource` longtext,
  `bidirectional` tinyint(1) DEFAULT NULL,
  `protocol` longtext,
  `ports` longtext,
  `port_ranges` longtext,
  `authorized_groups` longtext,
  `authorized_user` longtext,
  PRIMARY KEY (`id`),
  KEY `idx_policy_rules_policy_id` (`policy_id`),
  CONSTRAINT `fk_policies_rules` FOREIGN KEY (`policy_id`) REFERENCES `policies` (`id`) ON DELETE CASCADE
);

CREATE TABLE `routes` (
  `id` varchar(191) NOT NULL,
  `account_id` varchar(191) DEFAULT NULL,
  `public_id` longtext,
  `network` longtext,
  `domains` longtext,
  `keep_route` tinyint(1) DEFAULT NULL,
  `net_id` longtext,
  `description` longtext,
  `peer` longtext,
  `peer_groups` longtext,
  `network_type` bigint DEFAULT NULL,
  `masquerade` tinyint(1) DEFAULT NULL,
  `metric` bigint DEFAULT NULL,
  `enabled` tinyint(1) DEFAULT NULL,
  `groups` longtext,
  `access_control_groups` longtext,
  `skip_auto_apply` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_routes_account_id` (`account_id`),
  CONSTRAINT `fk_accounts_routes_g` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `name_server_groups` (
  `id` varchar(191) NOT NULL,
  `account_id` varchar(191) DEFAULT NULL,
  `public_id` longtext,
  `name` longtext,
  `description` longtext,
  `name_servers` longtext,
  `groups` longtext,
  `primary` tinyint(1) DEFAULT NULL,
  `domains` longtext,
  `enabled` tinyint(1) DEFAULT NULL,
  `search_domains_enabled` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_name_server_groups_account_id` (`account_id`),
  CONSTRAINT `fk_accounts_name_server_groups_g` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `installations` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `installation_id_value` longtext,
  PRIMARY KEY (`id`)
);

CREATE TABLE `extra_settings` (
  `peer_approval_enabled` tinyint(1) DEFAULT NULL,
  `user_approval_required` tinyint(1) DEFAULT NULL,
  `integrated_validator` longtext,
  `integrated_validator_groups` longtext
);

CREATE TABLE `posture_checks` (
  `id` varchar(191) NOT NULL,
  `name` longtext,
  `description` longtext,
  `account_id` varchar(191) DEFAULT NULL,
  `public_id` longtext,
  `checks` longtext,
  PRIMARY KEY (`id`),
  KEY `idx_posture_checks_account_id` (`account_id`),
  CONSTRAINT `fk_accounts_posture_checks` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `network_addresses` (
  `net_ip` longtext,
  `mac` longtext
);

CREATE TABLE `networks` (
  `id` varchar(191) NOT NULL,
  `account_id` varchar(191) DEFAULT NULL,
  `public_id` longtext,
  `name` longtext,
  `description` longtext,
  PRIMARY KEY (`id`),
  KEY `idx_networks_account_id` (`account_id`),
  CONSTRAINT `fk_accounts_networks` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `network_routers` (
  `id` varchar(191) NOT NULL,
  `network_id` varchar(191) DEFAULT NULL,
  `account_id` varchar(191) DEFAULT NULL,
  `public_id` longtext,
  `peer` longtext,
  `peer_groups` longtext,
  `masquerade` tinyint(1) DEFAULT NULL,
  `metric` bigint DEFAULT NULL,
  `enabled` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_network_routers_network_id` (`network_id`),
  KEY `idx_network_routers_account_id` (`account_id`),
  CONSTRAINT `fk_accounts_network_routers` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `network_resources` (
  `id` varchar(191) NOT NULL,
  `network_id` varchar(191) DEFAULT NULL,
  `account_id` varchar(191) DEFAULT NULL,
  `public_id` longtext,
  `name` longtext,
  `description` longtext,
  `type` longtext,
  `domain` longtext,
  `prefix` longtext,
  `enabled` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_network_resources_network_id` (`network_id`),
  KEY `idx_network_resources_account_id` (`account_id`),
  CONSTRAINT `fk_accounts_network_resources` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `account_onboardings` (
  `account_id` varchar(191) NOT NULL,
  `onboarding_flow_pending` tinyint(1) DEFAULT NULL,
  `signup_form_pending` tinyint(1) DEFAULT NULL,
  `created_at` datetime(3) DEFAULT NULL,
  `updated_at` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`account_id`),
  CONSTRAINT `fk_accounts_onboarding` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE
);

CREATE TABLE `jobs` (
  `id` varchar(191) NOT NULL,
  `created_at` datetime(3) DEFAULT NULL,
  `completed_at` datetime(3) DEFAULT NULL,
  `triggered_by` varchar(191) DEFAULT NULL,
  `peer_id` varchar(191) DEFAULT NULL,
  `account_id` varchar(191) DEFAULT NULL,
  `status` varchar(50) DEFAULT NULL,
  `failed_reason` longtext,
  `workload_workload_type` varchar(50) DEFAULT NULL,
  `workload_parameters` json DEFAULT NULL,
  `workload_result` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_jobs_triggered_by` (`triggered_by`),
  KEY `idx_jobs_peer_id` (`peer_id`),
  KEY `idx_jobs_account_id` (`account_id`),
  KEY `idx_jobs_status` (`status`),
  KEY `idx_jobs_workload_workload_type` (`workload_workload_type`)
);

CREATE TABLE `zones` (
  `id` varchar(191) NOT NULL,
  `account_id` varchar(191) DEFAULT NULL,
  `name` longtext,
  `domain` longtext,
  `enabled` tinyint(1) DEFAULT NULL,
  `enable_search_domain` tinyint(1) DEFAULT NULL,
  `distribution_groups` longtext,
  PRIMARY KEY (`id`),
  KEY `idx_zones_account_id` (`account_id`)
);

CREATE TABLE `records` (
  `account_id` varchar(191) DEFAULT NULL,
  `zone_id` varchar(191) DEFAULT NULL,
  `id` varchar(191) NOT NULL,
  `name` longtext,
  `type` longtext,
  `content` longtext,
  `ttl` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_records_account_id` (`account_id`),
  KEY `idx_records_zone_id` (`zone_id`),
  CONSTRAINT `fk_zones_records` FOREIGN KEY (`zone_id`) REFERENCES `zones` (`id`)
);

CREATE TABLE `user_invites` (
  `id` varchar(191) NOT NULL,
  `account_id` varchar(191) NOT NULL,
  `email` varchar(191) NOT NULL,
  `name` longtext NOT NULL,
  `role` longtext NOT NULL,
  `auto_groups` longtext,
  `hashed_token` varchar(191) NOT NULL,
  `expires_at` datetime(3) NOT NULL,
  `created_at` datetime(3) NOT NULL,
  `created_by` longtext NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_user_invites_account_id` (`account_id`),
  KEY `idx_user_invites_email` (`email`),
  KEY `idx_user_invites_hashed_token` (`hashed_token`)
);

-- Reverse proxy: services published through NetBird peers, their targets, custom domains, proxy instances and
-- the access log of requests that reached them.
CREATE TABLE `services` (
  `id` varchar(191) NOT NULL,
  `account_id` varchar(191) DEFAULT NULL,
  `name` longtext,
  `domain` varchar(255) DEFAULT NULL,
  `proxy_cluster` varchar(191) DEFAULT NULL,
  `enabled` tinyint(1) DEFAULT NULL,
  `terminated` tinyint(1) DEFAULT NULL,
  `pass_host_header` tinyint(1) DEFAULT NULL,
  `rewrite_redirects` tinyint(1) DEFAULT NULL,
  `auth` longtext,
  `restrictions` longtext,
  `meta_created_at` datetime(3) DEFAULT NULL,
  `meta_certificate_issued_at` datetime(3) DEFAULT NULL,
  `meta_status` longtext,
  `meta_last_renewed_at` datetime(3) DEFAULT NULL,
  `session_private_key` longtext,
  `session_public_key` longtext,
  `source` varchar(191) DEFAULT 'permanent',
  `source_peer` varchar(191) DEFAULT NULL,
  `mode` varchar(191) DEFAULT 'http',
  `listen_port` smallint unsigned DEFAULT NULL,
  `port_auto_assigned` tinyint(1) DEFAULT NULL,
  `private` tinyint(1) DEFAULT NULL,
  `access_groups` longtext,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_services_domain` (`domain`),
  KEY `idx_services_account_id` (`account_id`),
  KEY `idx_services_proxy_cluster` (`proxy_cluster`),
  KEY `idx_service_source_peer` (`source`, `source_peer`),
  CONSTRAINT `fk_accounts_services` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `targets` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `account_id` varchar(191) NOT NULL,
  `service_id` varchar(191) NOT NULL,
  `path` longtext,
  `host` longtext,
  `port` smallint unsigned DEFAULT NULL,
  `protocol` varchar(191) DEFAULT NULL,
  `target_id` varchar(191) DEFAULT NULL,
  `target_type` varchar(191) DEFAULT NULL,
  `enabled` tinyint(1) DEFAULT NULL,
  `skip_tls_verify` tinyint(1) DEFAULT NULL,
  `request_timeout` bigint DEFAULT NULL,
  `session_idle_timeout` bigint DEFAULT NULL,
  `path_rewrite` longtext,
  `custom_headers` longtext,
  `direct_upstream` tinyint(1) DEFAULT NULL,
  `middlewares` longtext,
  `capture_max_request_bytes` bigint DEFAULT NULL,
  `capture_max_response_bytes` bigint DEFAULT NULL,
  `capture_content_types` longtext,
  `agent_network` tinyint(1) DEFAULT NULL,
  `disable_access_log` tinyint(1) DEFAULT NULL,
  `proxy_protocol` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_target_account` (`account_id`),
  KEY `idx_service_targets` (`service_id`),
  KEY `idx_target_port` (`port`),
  KEY `idx_target_protocol` (`protocol`),
  KEY `idx_target_id` (`target_id`),
  KEY `idx_target_type` (`target_type`),
  KEY `idx_target_enabled` (`enabled`),
  CONSTRAINT `fk_services_targets` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE
);

CREATE TABLE `domains` (
  `id` varchar(191) NOT NULL,
  `domain` varchar(191) DEFAULT NULL,
  `account_id` varchar(191) DEFAULT NULL,
  `target_cluster` longtext,
  `validated` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uni_domains_id` (`id`),
  UNIQUE KEY `uni_domains_domain` (`domain`),
  KEY `idx_domains_account_id` (`account_id`),
  CONSTRAINT `fk_accounts_domains` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`)
);

CREATE TABLE `access_log_entries` (
  `id` varchar(191) NOT NULL,
  `account_id` varchar(191) DEFAULT NULL,
  `service_id` varchar(191) DEFAULT NULL,
  `timestamp` datetime(3) DEFAULT NULL,
  `location_connection_ip` longtext,
  `location_country_code` longtext,
  `location_city_name` longtext,
  `location_geo_name_id` bigint unsigned DEFAULT NULL,
  `subdivision_code` longtext,
  `method` varchar(191) DEFAULT NULL,
  `host` varchar(191) DEFAULT NULL,
  `path` varchar(191) DEFAULT NULL,
  `duration` bigint DEFAULT NULL,
  `status_code` bigint DEFAULT NULL,
  `reason` longtext,
  `user_id` varchar(191) DEFAULT NULL,
  `auth_method_used` varchar(191) DEFAULT NULL,
  `bytes_upload` bigint DEFAULT NULL,
  `bytes_download` bigint DEFAULT NULL,
  `protocol` varchar(191) DEFAULT NULL,
  `metadata` longtext,
  `agent_network` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_access_log_entries_account_id` (`account_id`),
  KEY `idx_access_log_entries_service_id` (`service_id`),
  KEY `idx_access_log_entries_timestamp` (`timestamp`),
  KEY `idx_access_log_entries_method` (`method`),
  KEY `idx_access_log_entries_host` (`host`),
  KEY `idx_access_log_entries_path` (`path`),
  KEY `idx_access_log_entries_duration` (`duration`),
  KEY `idx_access_log_entries_status_code` (`status_code`),
  KEY `idx_access_log_entries_user_id` (`user_id`),
  KEY `idx_access_log_entries_auth_method_used` (`auth_method_used`),
  KEY `idx_access_log_entries_bytes_upload` (`bytes_upload`),
  KEY `idx_access_log_entries_bytes_download` (`bytes_download`),
  KEY `idx_access_log_entries_protocol` (`protocol`),
  KEY `idx_access_log_entries_agent_network` (`agent_network`)
);

CREATE TABLE `proxies` (
  `id` varchar(255) NOT NULL,
  `session_id` varchar(36) DEFAULT NULL,
  `cluster_address` varchar(255) NOT NULL,
  `ip_address` varchar(45) DEFAULT NULL,
  `account_id` varchar(255) DEFAULT NULL,
  `last_seen` datetime(3) NOT NULL,
  `connected_at` datetime(3) DEFAULT NULL,
  `disconnected_at` datetime(3) DEFAULT NULL,
  `status` varchar(20) NOT NULL,
  `supports_custom_ports` tinyint(1) DEFAULT NULL,
  `require_subdomain` tinyint(1) DEFAULT NULL,
  `supports_crowdsec` tinyint(1) DEFAULT NULL,
  `private` tinyint(1) DEFAULT NULL,
  `created_at` datetime(3) DEFAULT NULL,
  `updated_at` datetime(3) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_proxy_cluster_status` (`cluster_address`, `status`),
  KEY `idx_proxy_account_id` (`account_id`),
  KEY `idx_proxy_last_seen` (`last_seen`)
);

-- Activity store (a second database, events.db / the activity DSN): the audit trail of the account and the
-- encrypted e-mail and name of users deleted since, kept so that old events still show who acted.
CREATE TABLE `events` (
  `timestamp` datetime(3) DEFAULT NULL,
  `activity` int DEFAULT NULL,
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `initiator_id` longtext,
  `target_id` longtext,
  `account_id` varchar(191) DEFAULT NULL,
  `meta` longtext,
  PRIMARY KEY (`id`),
  KEY `idx_events_account_id` (`account_id`)
);

CREATE TABLE `deleted_users` (
  `id` varchar(191) NOT NULL,
  `email` longtext NOT NULL,
  `name` longtext,
  `enc_algo` longtext NOT NULL,
  PRIMARY KEY (`id`)
);

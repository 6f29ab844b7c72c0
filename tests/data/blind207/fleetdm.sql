-- Fleet (fleetdm/fleet; device management and IT asset inventory on osquery and MDM: hosts with their
-- hardware, serials, IPs and MACs, the people using them (device e-mails mapped from the identity
-- provider, SCIM users, local OS accounts, MDM IdP accounts), installed software, disks and encryption
-- keys, certificates, scripts run on hosts, calendar events booked for hosts' owners, admin users,
-- sessions, invites, password resets, activity log, teams, labels, policies, queries).
-- Source: github.com/fleetdm/fleet server/datastore/mysql/schema.sql (the schema dump upstream generates
-- from its migrations) at upstream commit db7a0fa43a2134e052d25af76ae848b26955d20d (2025-05-07; the file
-- is unchanged since db5444d6 of 2025-05-02). Read from the mirror github.com/robertsilen/fleetdm-fleet,
-- which carries upstream's history (its own later commits, MariaDB work-arounds, were not used).
-- Licence: MIT for the core (LICENSE; the ee/ directory is under the Fleet Enterprise licence).
-- Kept: 59 of upstream's 160 tables, each with every column in upstream's order and its primary, unique,
-- plain and foreign keys; left out: foreign keys to tables not kept, CHECK constraints, the
-- CHARACTER SET / COLLATE clauses, the TABLESPACE comments and the seed INSERT of app_config_json;
-- queries.is_scheduled (GENERATED ... STORED NOT NULL upstream) is written STORED: MariaDB refuses NOT NULL
-- on a generated column.
-- Tables are in upstream's (alphabetical) order, so forward references need FOREIGN_KEY_CHECKS=0.
SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `abm_tokens` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `organization_name` varchar(255) NOT NULL,
  `apple_id` varchar(255) NOT NULL,
  `terms_expired` tinyint(1) NOT NULL DEFAULT '0',
  `renew_at` timestamp NOT NULL,
  `token` blob NOT NULL,
  `macos_default_team_id` int unsigned DEFAULT NULL,
  `ios_default_team_id` int unsigned DEFAULT NULL,
  `ipados_default_team_id` int unsigned DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_abm_tokens_organization_name` (`organization_name`),
  KEY `fk_abm_tokens_macos_default_team_id` (`macos_default_team_id`),
  KEY `fk_abm_tokens_ios_default_team_id` (`ios_default_team_id`),
  KEY `fk_abm_tokens_ipados_default_team_id` (`ipados_default_team_id`),
  CONSTRAINT `fk_abm_tokens_ios_default_team_id` FOREIGN KEY (`ios_default_team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_abm_tokens_ipados_default_team_id` FOREIGN KEY (`ipados_default_team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_abm_tokens_macos_default_team_id` FOREIGN KEY (`macos_default_team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE `activities` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `user_id` int unsigned DEFAULT NULL,
  `user_name` varchar(255) DEFAULT NULL,
  `activity_type` varchar(255) NOT NULL,
  `details` json DEFAULT NULL,
  `streamed` tinyint(1) NOT NULL DEFAULT '0',
  `user_email` varchar(255) NOT NULL DEFAULT '',
  `fleet_initiated` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  KEY `fk_activities_user_id` (`user_id`),
  KEY `activities_streamed_idx` (`streamed`),
  KEY `activities_created_at_idx` (`created_at`),
  CONSTRAINT `activities_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE `app_config_json` (
  `id` int unsigned NOT NULL DEFAULT '1',
  `json_value` json NOT NULL,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `calendar_events` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL,
  `start_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `end_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `event` json NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `timezone` varchar(64) DEFAULT NULL,
  `uuid_bin` binary(16) NOT NULL,
  `uuid` varchar(36) GENERATED ALWAYS AS (insert(insert(insert(insert(hex(`uuid_bin`),9,0,_utf8mb4'-'),14,0,_utf8mb4'-'),19,0,_utf8mb4'-'),24,0,_utf8mb4'-')) VIRTUAL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_one_calendar_event_per_email` (`email`),
  UNIQUE KEY `idx_calendar_events_uuid_bin_unique` (`uuid_bin`)
) ENGINE=InnoDB;

CREATE TABLE `carve_metadata` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `host_id` int unsigned NOT NULL,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `name` varchar(255) DEFAULT NULL,
  `block_count` int unsigned NOT NULL,
  `block_size` int unsigned NOT NULL,
  `carve_size` bigint unsigned NOT NULL,
  `carve_id` varchar(64) NOT NULL,
  `request_id` varchar(64) NOT NULL,
  `session_id` varchar(255) NOT NULL,
  `expired` tinyint DEFAULT '0',
  `max_block` int DEFAULT '-1',
  `error` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_session_id` (`session_id`),
  UNIQUE KEY `idx_name` (`name`),
  KEY `host_id` (`host_id`),
  CONSTRAINT `carve_metadata_ibfk_1` FOREIGN KEY (`host_id`) REFERENCES `hosts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `cron_stats` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `instance` varchar(255) NOT NULL,
  `stats_type` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `errors` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_cron_stats_name_created_at` (`name`,`created_at`)
) ENGINE=InnoDB;

CREATE TABLE `email_changes` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int unsigned NOT NULL,
  `token` varchar(128) NOT NULL,
  `new_email` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_unique_email_changes_token` (`token`) USING BTREE,
  KEY `fk_email_changes_users` (`user_id`),
  CONSTRAINT `fk_email_changes_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `enroll_secrets` (
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `secret` varchar(255) NOT NULL,
  `team_id` int unsigned DEFAULT NULL,
  PRIMARY KEY (`secret`),
  KEY `fk_enroll_secrets_team_id` (`team_id`),
  CONSTRAINT `enroll_secrets_ibfk_1` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `host_activities` (
  `host_id` int unsigned NOT NULL,
  `activity_id` int unsigned NOT NULL,
  PRIMARY KEY (`host_id`,`activity_id`),
  KEY `fk_host_activities_activity_id` (`activity_id`),
  CONSTRAINT `host_activities_ibfk_1` FOREIGN KEY (`activity_id`) REFERENCES `activities` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `host_batteries` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `host_id` int unsigned NOT NULL,
  `serial_number` varchar(255) NOT NULL,
  `cycle_count` int NOT NULL,
  `health` varchar(40) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_host_batteries_host_id_serial_number` (`host_id`,`serial_number`)
) ENGINE=InnoDB;

CREATE TABLE `host_calendar_events` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `host_id` int unsigned NOT NULL,
  `calendar_event_id` int unsigned NOT NULL,
  `webhook_status` tinyint NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_one_calendar_event_per_host` (`host_id`),
  KEY `calendar_event_id` (`calendar_event_id`),
  CONSTRAINT `host_calendar_events_ibfk_1` FOREIGN KEY (`calendar_event_id`) REFERENCES `calendar_events` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `host_certificates` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `host_id` int unsigned NOT NULL,
  `not_valid_after` datetime(6) NOT NULL,
  `not_valid_before` datetime(6) NOT NULL,
  `certificate_authority` tinyint(1) NOT NULL,
  `common_name` varchar(255) NOT NULL,
  `key_algorithm` varchar(255) NOT NULL,
  `key_strength` int NOT NULL,
  `key_usage` varchar(255) NOT NULL,
  `serial` varchar(255) NOT NULL,
  `signing_algorithm` varchar(255) NOT NULL,
  `subject_country` varchar(2) NOT NULL,
  `subject_org` varchar(255) NOT NULL,
  `subject_org_unit` varchar(255) NOT NULL,
  `subject_common_name` varchar(255) NOT NULL,
  `issuer_country` varchar(2) NOT NULL,
  `issuer_org` varchar(255) NOT NULL,
  `issuer_org_unit` varchar(255) NOT NULL,
  `issuer_common_name` varchar(255) NOT NULL,
  `sha1_sum` binary(20) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `deleted_at` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_host_certs_hid_cn` (`host_id`,`common_name`),
  KEY `idx_host_certs_not_valid_after` (`host_id`,`not_valid_after`)
) ENGINE=InnoDB;

CREATE TABLE `host_device_auth` (
  `host_id` int unsigned NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`host_id`),
  UNIQUE KEY `idx_host_device_auth_token` (`token`)
) ENGINE=InnoDB;

CREATE TABLE `host_disk_encryption_keys` (
  `host_id` int unsigned NOT NULL,
  `base64_encrypted` text NOT NULL,
  `base64_encrypted_salt` varchar(255) NOT NULL DEFAULT '',
  `key_slot` tinyint unsigned DEFAULT NULL,
  `decryptable` tinyint(1) DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` timestamp(6) NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  `reset_requested` tinyint(1) NOT NULL DEFAULT '0',
  `client_error` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`host_id`),
  KEY `idx_host_disk_encryption_keys_decryptable` (`decryptable`)
) ENGINE=InnoDB;

CREATE TABLE `host_disks` (
  `host_id` int unsigned NOT NULL,
  `gigs_disk_space_available` decimal(10,2) NOT NULL DEFAULT '0.00',
  `percent_disk_space_available` decimal(10,2) NOT NULL DEFAULT '0.00',
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` timestamp(6) NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  `encrypted` tinyint(1) DEFAULT NULL,
  `gigs_total_disk_space` decimal(10,2) NOT NULL DEFAULT '0.00',
  PRIMARY KEY (`host_id`),
  KEY `idx_host_disks_gigs_disk_space_available` (`gigs_disk_space_available`)
) ENGINE=InnoDB;

CREATE TABLE `host_display_names` (
  `host_id` int unsigned NOT NULL,
  `display_name` varchar(255) NOT NULL,
  PRIMARY KEY (`host_id`),
  KEY `display_name` (`display_name`)
) ENGINE=InnoDB;

CREATE TABLE `host_emails` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `host_id` int unsigned NOT NULL,
  `email` varchar(255) NOT NULL,
  `source` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_host_emails_host_id_email` (`host_id`,`email`),
  KEY `idx_host_emails_email` (`email`)
) ENGINE=InnoDB;

CREATE TABLE `host_mdm` (
  `host_id` int unsigned NOT NULL,
  `enrolled` tinyint(1) NOT NULL DEFAULT '0',
  `server_url` varchar(255) NOT NULL DEFAULT '',
  `installed_from_dep` tinyint(1) NOT NULL DEFAULT '0',
  `mdm_id` int unsigned DEFAULT NULL,
  `is_server` tinyint(1) DEFAULT NULL,
  `fleet_enroll_ref` varchar(36) NOT NULL DEFAULT '',
  `enrollment_status` enum('On (manual)','On (automatic)','Pending','Off') GENERATED ALWAYS AS ((case when (`is_server` = 1) then NULL when ((`enrolled` = 1) and (`installed_from_dep` = 0)) then _utf8mb4'On (manual)' when ((`enrolled` = 1) and (`installed_from_dep` = 1)) then _utf8mb4'On (automatic)' when ((`enrolled` = 0) and (`installed_from_dep` = 1)) then _utf8mb4'Pending' when ((`enrolled` = 0) and (`installed_from_dep` = 0)) then _utf8mb4'Off' else NULL end)) VIRTUAL,
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`host_id`),
  KEY `host_mdm_mdm_id_idx` (`mdm_id`),
  KEY `host_mdm_enrolled_installed_from_dep_idx` (`enrolled`,`installed_from_dep`)
) ENGINE=InnoDB;

CREATE TABLE `host_mdm_actions` (
  `host_id` int unsigned NOT NULL,
  `lock_ref` varchar(36) DEFAULT NULL,
  `wipe_ref` varchar(36) DEFAULT NULL,
  `unlock_pin` varchar(6) DEFAULT NULL,
  `unlock_ref` varchar(36) DEFAULT NULL,
  `fleet_platform` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`host_id`)
) ENGINE=InnoDB;

CREATE TABLE `host_scim_user` (
  `host_id` int unsigned NOT NULL,
  `scim_user_id` int unsigned NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`host_id`,`scim_user_id`),
  KEY `fk_host_scim_scim_user_id` (`scim_user_id`),
  CONSTRAINT `fk_host_scim_scim_user_id` FOREIGN KEY (`scim_user_id`) REFERENCES `scim_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `host_script_results` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `host_id` int unsigned NOT NULL,
  `execution_id` varchar(255) NOT NULL,
  `output` text NOT NULL,
  `runtime` int unsigned NOT NULL DEFAULT '0',
  `exit_code` int DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `script_id` int unsigned DEFAULT NULL,
  `user_id` int unsigned DEFAULT NULL,
  `sync_request` tinyint(1) NOT NULL DEFAULT '0',
  `script_content_id` int unsigned DEFAULT NULL,
  `host_deleted_at` timestamp NULL DEFAULT NULL,
  `timeout` int DEFAULT NULL,
  `policy_id` int unsigned DEFAULT NULL,
  `setup_experience_script_id` int unsigned DEFAULT NULL,
  `is_internal` tinyint(1) DEFAULT '0',
  `canceled` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_host_script_results_execution_id` (`execution_id`),
  KEY `idx_host_script_results_host_exit_created` (`host_id`,`exit_code`,`created_at`),
  KEY `fk_host_script_results_script_id` (`script_id`),
  KEY `idx_host_script_created_at` (`host_id`,`script_id`,`created_at`),
  KEY `fk_host_script_results_user_id` (`user_id`),
  KEY `script_content_id` (`script_content_id`),
  KEY `fk_script_result_policy_id` (`policy_id`),
  KEY `fk_host_script_results_setup_experience_id` (`setup_experience_script_id`),
  CONSTRAINT `fk_host_script_results_script_id` FOREIGN KEY (`script_id`) REFERENCES `scripts` (`id`) ON DELETE SET NULL,
  CONSTRAINT `fk_host_script_results_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `host_script_results_ibfk_1` FOREIGN KEY (`script_content_id`) REFERENCES `script_contents` (`id`) ON DELETE CASCADE,
  CONSTRAINT `host_script_results_ibfk_2` FOREIGN KEY (`policy_id`) REFERENCES `policies` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE `host_seen_times` (
  `host_id` int unsigned NOT NULL,
  `seen_time` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`host_id`),
  KEY `idx_host_seen_times_seen_time` (`seen_time`)
) ENGINE=InnoDB;

CREATE TABLE `host_software` (
  `host_id` int unsigned NOT NULL,
  `software_id` bigint unsigned NOT NULL,
  `last_opened_at` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`host_id`,`software_id`),
  KEY `host_software_software_fk` (`software_id`)
) ENGINE=InnoDB;

CREATE TABLE `host_software_installed_paths` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `host_id` int unsigned NOT NULL,
  `software_id` bigint unsigned NOT NULL,
  `installed_path` text NOT NULL,
  `team_identifier` varchar(10) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `host_id_software_id_idx` (`host_id`,`software_id`)
) ENGINE=InnoDB;

CREATE TABLE `host_users` (
  `host_id` int unsigned NOT NULL,
  `uid` int unsigned NOT NULL,
  `username` varchar(255) NOT NULL,
  `groupname` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `removed_at` timestamp NULL DEFAULT NULL,
  `user_type` varchar(255) DEFAULT NULL,
  `shell` varchar(255) DEFAULT '',
  PRIMARY KEY (`host_id`,`uid`,`username`)
) ENGINE=InnoDB;

CREATE TABLE `hosts` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `osquery_host_id` varchar(255) DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `detail_updated_at` timestamp NULL DEFAULT NULL,
  `node_key` varchar(255) DEFAULT NULL,
  `hostname` varchar(255) NOT NULL DEFAULT '',
  `uuid` varchar(255) NOT NULL DEFAULT '',
  `platform` varchar(255) NOT NULL DEFAULT '',
  `osquery_version` varchar(255) NOT NULL DEFAULT '',
  `os_version` varchar(255) NOT NULL DEFAULT '',
  `build` varchar(255) NOT NULL DEFAULT '',
  `platform_like` varchar(255) NOT NULL DEFAULT '',
  `code_name` varchar(255) NOT NULL DEFAULT '',
  `uptime` bigint NOT NULL DEFAULT '0',
  `memory` bigint NOT NULL DEFAULT '0',
  `cpu_type` varchar(255) NOT NULL DEFAULT '',
  `cpu_subtype` varchar(255) NOT NULL DEFAULT '',
  `cpu_brand` varchar(255) NOT NULL DEFAULT '',
  `cpu_physical_cores` int NOT NULL DEFAULT '0',
  `cpu_logical_cores` int NOT NULL DEFAULT '0',
  `hardware_vendor` varchar(255) NOT NULL DEFAULT '',
  `hardware_model` varchar(255) NOT NULL DEFAULT '',
  `hardware_version` varchar(255) NOT NULL DEFAULT '',
  `hardware_serial` varchar(255) NOT NULL DEFAULT '',
  `computer_name` varchar(255) NOT NULL DEFAULT '',
  `primary_ip_id` int unsigned DEFAULT NULL,
  `distributed_interval` int DEFAULT '0',
  `logger_tls_period` int DEFAULT '0',
  `config_tls_refresh` int DEFAULT '0',
  `primary_ip` varchar(45) NOT NULL DEFAULT '',
  `primary_mac` varchar(17) NOT NULL DEFAULT '',
  `label_updated_at` timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  `last_enrolled_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `refetch_requested` tinyint(1) NOT NULL DEFAULT '0',
  `team_id` int unsigned DEFAULT NULL,
  `policy_updated_at` timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  `public_ip` varchar(45) NOT NULL DEFAULT '',
  `orbit_node_key` varchar(255) DEFAULT NULL,
  `refetch_critical_queries_until` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_osquery_host_id` (`osquery_host_id`),
  UNIQUE KEY `idx_host_unique_nodekey` (`node_key`),
  UNIQUE KEY `idx_host_unique_orbitnodekey` (`orbit_node_key`),
  KEY `fk_hosts_team_id` (`team_id`),
  KEY `hosts_platform_idx` (`platform`),
  KEY `idx_hosts_hardware_serial` (`hardware_serial`),
  KEY `idx_hosts_uuid` (`uuid`),
  CONSTRAINT `hosts_ibfk_1` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE `invite_teams` (
  `invite_id` int unsigned NOT NULL,
  `team_id` int unsigned NOT NULL,
  `role` varchar(64) NOT NULL,
  PRIMARY KEY (`invite_id`,`team_id`),
  KEY `fk_team_id` (`team_id`),
  CONSTRAINT `invite_teams_ibfk_1` FOREIGN KEY (`invite_id`) REFERENCES `invites` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `invite_teams_ibfk_2` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `invites` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `invited_by` int unsigned NOT NULL,
  `email` varchar(255) NOT NULL,
  `name` varchar(255) DEFAULT NULL,
  `position` varchar(255) DEFAULT NULL,
  `token` varchar(255) NOT NULL,
  `sso_enabled` tinyint(1) NOT NULL DEFAULT '0',
  `global_role` varchar(64) DEFAULT NULL,
  `mfa_enabled` tinyint(1) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_invite_unique_email` (`email`),
  UNIQUE KEY `idx_invite_unique_key` (`token`)
) ENGINE=InnoDB;

CREATE TABLE `jobs` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `name` varchar(255) NOT NULL,
  `args` json DEFAULT NULL,
  `state` varchar(255) NOT NULL,
  `retries` int NOT NULL DEFAULT '0',
  `error` text,
  `not_before` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_jobs_state_not_before_updated_at` (`state`,`not_before`,`updated_at`)
) ENGINE=InnoDB AUTO_INCREMENT=2;

CREATE TABLE `label_membership` (
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `label_id` int unsigned NOT NULL,
  `host_id` int unsigned NOT NULL,
  PRIMARY KEY (`host_id`,`label_id`),
  KEY `idx_lm_label_id` (`label_id`)
) ENGINE=InnoDB;

CREATE TABLE `labels` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `name` varchar(255) NOT NULL,
  `description` varchar(255) DEFAULT NULL,
  `query` mediumtext NOT NULL,
  `platform` varchar(255) DEFAULT NULL,
  `label_type` int unsigned NOT NULL DEFAULT '1',
  `label_membership_type` int unsigned NOT NULL DEFAULT '0',
  `author_id` int unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_label_unique_name` (`name`),
  KEY `author_id` (`author_id`),
  FULLTEXT KEY `labels_search` (`name`),
  CONSTRAINT `labels_ibfk_1` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB AUTO_INCREMENT=6;

CREATE TABLE `locks` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  `owner` varchar(255) DEFAULT NULL,
  `expires_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_name` (`name`)
) ENGINE=InnoDB AUTO_INCREMENT=2;

CREATE TABLE `mdm_idp_accounts` (
  `uuid` varchar(255) NOT NULL,
  `username` varchar(255) NOT NULL,
  `fullname` varchar(256) NOT NULL DEFAULT '',
  `email` varchar(255) NOT NULL DEFAULT '',
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`uuid`),
  UNIQUE KEY `unique_idp_email` (`email`)
) ENGINE=InnoDB;

CREATE TABLE `mdm_windows_enrollments` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `mdm_device_id` varchar(255) NOT NULL,
  `mdm_hardware_id` varchar(255) NOT NULL,
  `device_state` varchar(255) NOT NULL,
  `device_type` varchar(255) NOT NULL,
  `device_name` varchar(255) NOT NULL,
  `enroll_type` varchar(255) NOT NULL,
  `enroll_user_id` varchar(255) NOT NULL,
  `enroll_proto_version` varchar(255) NOT NULL,
  `enroll_client_version` varchar(255) NOT NULL,
  `not_in_oobe` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `host_uuid` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_type` (`mdm_hardware_id`),
  KEY `idx_mdm_windows_enrollments_mdm_device_id` (`mdm_device_id`),
  KEY `idx_mdm_windows_enrollments_host_uuid` (`host_uuid`)
) ENGINE=InnoDB;

CREATE TABLE `nano_devices` (
  `id` varchar(255) NOT NULL,
  `identity_cert` text,
  `serial_number` varchar(127) DEFAULT NULL,
  `unlock_token` mediumblob,
  `unlock_token_at` timestamp NULL DEFAULT NULL,
  `authenticate` text NOT NULL,
  `authenticate_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `token_update` text,
  `token_update_at` timestamp NULL DEFAULT NULL,
  `bootstrap_token_b64` text,
  `bootstrap_token_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `platform` varchar(255) NOT NULL DEFAULT '',
  `enroll_team_id` int unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `serial_number` (`serial_number`),
  KEY `fk_nano_devices_team_id` (`enroll_team_id`),
  CONSTRAINT `fk_nano_devices_team_id` FOREIGN KEY (`enroll_team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE `nano_enrollments` (
  `id` varchar(255) NOT NULL,
  `device_id` varchar(255) NOT NULL,
  `user_id` varchar(255) DEFAULT NULL,
  `type` varchar(31) NOT NULL,
  `topic` varchar(255) NOT NULL,
  `push_magic` varchar(127) NOT NULL,
  `token_hex` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT '1',
  `token_update_tally` int NOT NULL DEFAULT '1',
  `last_seen_at` timestamp NOT NULL,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `enrolled_from_migration` tinyint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `device_id` (`device_id`),
  KEY `type` (`type`),
  CONSTRAINT `nano_enrollments_ibfk_1` FOREIGN KEY (`device_id`) REFERENCES `nano_devices` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `nano_enrollments_ibfk_2` FOREIGN KEY (`user_id`) REFERENCES `nano_users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `nano_users` (
  `id` varchar(255) NOT NULL,
  `device_id` varchar(255) NOT NULL,
  `user_short_name` varchar(255) DEFAULT NULL,
  `user_long_name` varchar(255) DEFAULT NULL,
  `token_update` text,
  `token_update_at` timestamp NULL DEFAULT NULL,
  `user_authenticate` text,
  `user_authenticate_at` timestamp NULL DEFAULT NULL,
  `user_authenticate_digest` text,
  `user_authenticate_digest_at` timestamp NULL DEFAULT NULL,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`,`device_id`),
  UNIQUE KEY `idx_unique_id` (`id`),
  KEY `device_id` (`device_id`),
  CONSTRAINT `nano_users_ibfk_1` FOREIGN KEY (`device_id`) REFERENCES `nano_devices` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `network_interfaces` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `host_id` int unsigned NOT NULL,
  `mac` varchar(255) NOT NULL DEFAULT '',
  `ip_address` varchar(255) NOT NULL DEFAULT '',
  `broadcast` varchar(255) NOT NULL DEFAULT '',
  `ibytes` bigint NOT NULL DEFAULT '0',
  `interface` varchar(255) NOT NULL DEFAULT '',
  `ipackets` bigint NOT NULL DEFAULT '0',
  `last_change` bigint NOT NULL DEFAULT '0',
  `mask` varchar(255) NOT NULL DEFAULT '',
  `metric` int NOT NULL DEFAULT '0',
  `mtu` int NOT NULL DEFAULT '0',
  `obytes` bigint NOT NULL DEFAULT '0',
  `ierrors` bigint NOT NULL DEFAULT '0',
  `oerrors` bigint NOT NULL DEFAULT '0',
  `opackets` bigint NOT NULL DEFAULT '0',
  `point_to_point` varchar(255) NOT NULL DEFAULT '',
  `type` int NOT NULL DEFAULT '0',
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_network_interfaces_unique_ip_host_intf` (`ip_address`,`host_id`,`interface`),
  KEY `idx_network_interfaces_hosts_fk` (`host_id`),
  FULLTEXT KEY `ip_address_search` (`ip_address`),
  CONSTRAINT `network_interfaces_ibfk_1` FOREIGN KEY (`host_id`) REFERENCES `hosts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `operating_systems` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `version` varchar(150) NOT NULL,
  `arch` varchar(150) NOT NULL,
  `kernel_version` varchar(150) NOT NULL,
  `platform` varchar(50) NOT NULL,
  `display_version` varchar(10) NOT NULL DEFAULT '',
  `os_version_id` int unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_unique_os` (`name`,`version`,`arch`,`kernel_version`,`platform`,`display_version`)
) ENGINE=InnoDB;

CREATE TABLE `password_reset_requests` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `expires_at` timestamp NOT NULL,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `user_id` int unsigned NOT NULL,
  `token` varchar(1024) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `policies` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `team_id` int unsigned DEFAULT NULL,
  `resolution` text,
  `name` varchar(255) NOT NULL,
  `query` mediumtext NOT NULL,
  `description` mediumtext NOT NULL,
  `author_id` int unsigned DEFAULT NULL,
  `platforms` varchar(255) NOT NULL DEFAULT '',
  `critical` tinyint(1) NOT NULL DEFAULT '0',
  `checksum` binary(16) NOT NULL,
  `calendar_events_enabled` tinyint unsigned NOT NULL DEFAULT '0',
  `software_installer_id` int unsigned DEFAULT NULL,
  `script_id` int unsigned DEFAULT NULL,
  `vpp_apps_teams_id` int unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_policies_checksum` (`checksum`),
  KEY `idx_policies_author_id` (`author_id`),
  KEY `idx_policies_team_id` (`team_id`),
  KEY `fk_policies_software_installer_id` (`software_installer_id`),
  KEY `fk_policies_script_id` (`script_id`),
  KEY `fk_policies_vpp_apps_team_id` (`vpp_apps_teams_id`),
  CONSTRAINT `policies_ibfk_4` FOREIGN KEY (`script_id`) REFERENCES `scripts` (`id`),
  CONSTRAINT `policies_queries_ibfk_1` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE `policy_membership` (
  `policy_id` int unsigned NOT NULL,
  `host_id` int unsigned NOT NULL,
  `passes` tinyint(1) DEFAULT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `automation_iteration` int DEFAULT NULL,
  PRIMARY KEY (`policy_id`,`host_id`),
  KEY `idx_policy_membership_passes` (`passes`),
  KEY `idx_policy_membership_host_id_passes` (`host_id`,`passes`),
  CONSTRAINT `policy_membership_ibfk_1` FOREIGN KEY (`policy_id`) REFERENCES `policies` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `queries` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `saved` tinyint(1) NOT NULL DEFAULT '0',
  `name` varchar(255) NOT NULL,
  `description` mediumtext NOT NULL,
  `query` mediumtext NOT NULL,
  `author_id` int unsigned DEFAULT NULL,
  `observer_can_run` tinyint(1) NOT NULL DEFAULT '0',
  `team_id` int unsigned DEFAULT NULL,
  `team_id_char` char(10) NOT NULL DEFAULT '',
  `platform` varchar(255) NOT NULL DEFAULT '',
  `min_osquery_version` varchar(255) NOT NULL DEFAULT '',
  `schedule_interval` int unsigned NOT NULL DEFAULT '0',
  `automations_enabled` tinyint unsigned NOT NULL DEFAULT '0',
  `logging_type` varchar(255) NOT NULL DEFAULT 'snapshot',
  `discard_data` tinyint(1) NOT NULL DEFAULT '1',
  `is_scheduled` tinyint(1) GENERATED ALWAYS AS ((`schedule_interval` > 0)) STORED,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_team_id_name_unq` (`team_id_char`,`name`),
  UNIQUE KEY `idx_name_team_id_unq` (`name`,`team_id_char`),
  KEY `author_id` (`author_id`),
  KEY `idx_team_id_saved_auto_interval` (`team_id`,`saved`,`automations_enabled`,`schedule_interval`),
  KEY `idx_queries_schedule_automations` (`is_scheduled`,`automations_enabled`),
  CONSTRAINT `queries_ibfk_1` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE SET NULL,
  CONSTRAINT `queries_ibfk_2` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `query_results` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `query_id` int unsigned NOT NULL,
  `host_id` int unsigned NOT NULL,
  `osquery_version` varchar(50) DEFAULT NULL,
  `error` text,
  `last_fetched` timestamp NOT NULL,
  `data` json DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_query_id_host_id_last_fetched` (`query_id`,`host_id`,`last_fetched`)
) ENGINE=InnoDB;

CREATE TABLE `scim_groups` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `external_id` varchar(255) DEFAULT NULL,
  `display_name` varchar(255) NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_scim_groups_display_name` (`display_name`),
  KEY `idx_scim_groups_external_id` (`external_id`)
) ENGINE=InnoDB;

CREATE TABLE `scim_user_emails` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `scim_user_id` int unsigned NOT NULL,
  `email` varchar(255) NOT NULL,
  `primary` tinyint(1) DEFAULT NULL,
  `type` varchar(31) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  KEY `idx_scim_user_emails_email_type` (`type`,`email`),
  KEY `fk_scim_user_emails_scim_user_id` (`scim_user_id`),
  CONSTRAINT `fk_scim_user_emails_scim_user_id` FOREIGN KEY (`scim_user_id`) REFERENCES `scim_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `scim_user_group` (
  `scim_user_id` int unsigned NOT NULL,
  `group_id` int unsigned NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`scim_user_id`,`group_id`),
  KEY `fk_scim_user_group_group_id` (`group_id`),
  CONSTRAINT `fk_scim_user_group_group_id` FOREIGN KEY (`group_id`) REFERENCES `scim_groups` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_scim_user_group_scim_user_id` FOREIGN KEY (`scim_user_id`) REFERENCES `scim_users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `scim_users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `external_id` varchar(255) DEFAULT NULL,
  `user_name` varchar(255) NOT NULL,
  `given_name` varchar(255) DEFAULT NULL,
  `family_name` varchar(255) DEFAULT NULL,
  `active` tinyint(1) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_scim_users_user_name` (`user_name`),
  KEY `idx_scim_users_external_id` (`external_id`)
) ENGINE=InnoDB;

CREATE TABLE `script_contents` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `md5_checksum` binary(16) NOT NULL,
  `contents` mediumtext NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_script_contents_md5_checksum` (`md5_checksum`)
) ENGINE=InnoDB;

CREATE TABLE `scripts` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `team_id` int unsigned DEFAULT NULL,
  `global_or_team_id` int unsigned NOT NULL DEFAULT '0',
  `name` varchar(255) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `script_content_id` int unsigned DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_scripts_global_or_team_id_name` (`global_or_team_id`,`name`),
  UNIQUE KEY `idx_scripts_team_name` (`team_id`,`name`),
  KEY `script_content_id` (`script_content_id`),
  CONSTRAINT `scripts_ibfk_1` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `scripts_ibfk_2` FOREIGN KEY (`script_content_id`) REFERENCES `script_contents` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `sessions` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `accessed_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `user_id` int unsigned NOT NULL,
  `key` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_session_unique_key` (`key`)
) ENGINE=InnoDB;

CREATE TABLE `software` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `version` varchar(255) NOT NULL DEFAULT '',
  `source` varchar(64) NOT NULL,
  `bundle_identifier` varchar(255) DEFAULT '',
  `release` varchar(64) NOT NULL DEFAULT '',
  `vendor_old` varchar(32) NOT NULL DEFAULT '',
  `arch` varchar(16) NOT NULL DEFAULT '',
  `vendor` varchar(114) NOT NULL DEFAULT '',
  `browser` varchar(255) NOT NULL DEFAULT '',
  `extension_id` varchar(255) NOT NULL DEFAULT '',
  `title_id` int unsigned DEFAULT NULL,
  `checksum` binary(16) NOT NULL,
  `name_source` enum('basic','bundle_4.67') NOT NULL DEFAULT 'basic',
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_software_checksum` (`checksum`),
  KEY `software_source_vendor_idx` (`source`,`vendor_old`),
  KEY `title_id` (`title_id`),
  KEY `idx_sw_name_source_browser` (`name`,`source`,`browser`),
  KEY `software_listing_idx` (`name`)
) ENGINE=InnoDB;

CREATE TABLE `statistics` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `anonymous_identifier` varchar(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `teams` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `name` varchar(255) NOT NULL,
  `description` varchar(1023) NOT NULL DEFAULT '',
  `config` json DEFAULT NULL,
  `name_bin` varchar(255) GENERATED ALWAYS AS (`name`) VIRTUAL,
  `filename` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_teams_filename` (`filename`),
  UNIQUE KEY `idx_name_bin` (`name_bin`)
) ENGINE=InnoDB;

CREATE TABLE `upcoming_activities` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `host_id` int unsigned NOT NULL,
  `priority` int NOT NULL DEFAULT '0',
  `user_id` int unsigned DEFAULT NULL,
  `fleet_initiated` tinyint(1) NOT NULL DEFAULT '0',
  `activity_type` enum('script','software_install','software_uninstall','vpp_app_install') NOT NULL,
  `execution_id` varchar(255) NOT NULL,
  `payload` json NOT NULL,
  `activated_at` datetime(6) DEFAULT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_upcoming_activities_execution_id` (`execution_id`),
  KEY `idx_upcoming_activities_host_id_priority_created_at` (`host_id`,`priority`,`created_at`),
  KEY `idx_upcoming_activities_host_id_activity_type` (`activity_type`,`host_id`),
  KEY `fk_upcoming_activities_user_id` (`user_id`),
  CONSTRAINT `fk_upcoming_activities_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB;

CREATE TABLE `user_teams` (
  `user_id` int unsigned NOT NULL,
  `team_id` int unsigned NOT NULL,
  `role` varchar(64) NOT NULL,
  PRIMARY KEY (`user_id`,`team_id`),
  KEY `fk_user_teams_team_id` (`team_id`),
  CONSTRAINT `user_teams_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_teams_ibfk_2` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

CREATE TABLE `users` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `password` varbinary(255) NOT NULL,
  `salt` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL DEFAULT '',
  `email` varchar(255) NOT NULL,
  `admin_forced_password_reset` tinyint(1) NOT NULL DEFAULT '0',
  `gravatar_url` varchar(255) NOT NULL DEFAULT '',
  `position` varchar(255) NOT NULL DEFAULT '',
  `sso_enabled` tinyint NOT NULL DEFAULT '0',
  `global_role` varchar(64) DEFAULT NULL,
  `api_only` tinyint(1) NOT NULL DEFAULT '0',
  `mfa_enabled` tinyint(1) NOT NULL DEFAULT '0',
  `settings` json NOT NULL DEFAULT (json_object()),
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_user_unique_email` (`email`)
) ENGINE=InnoDB;

CREATE TABLE `users_deleted` (
  `id` int unsigned NOT NULL,
  `name` varchar(255) NOT NULL DEFAULT '',
  `email` varchar(255) NOT NULL,
  `created_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
  `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;

CREATE TABLE `verification_tokens` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `user_id` int unsigned NOT NULL,
  `token` varchar(255) NOT NULL,
  `created_at` timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  UNIQUE KEY `token` (`token`),
  KEY `verification_tokens_users` (`user_id`),
  CONSTRAINT `verification_tokens_users` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;

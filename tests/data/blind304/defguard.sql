-- defguard (WireGuard VPN with built-in identity provider: SSO/OpenID, MFA, enrolment, ACLs, VPN session log)
-- Upstream: github.com/DefGuard/defguard, the 96 sqlx migrations migrations/*.up.sql (PostgreSQL),
-- snapshot commit ea1a50c3120705d1cf56fdf136808d4a70eb2093 (release line 2.0). Licence: AGPL-3.0
-- (the enterprise directory's code under defguard's enterprise licence; the schema is in the open core).
-- How made: the migrations were replayed in order into a scratch PostgreSQL 15 database and the resulting
-- schema dumped (pg_dump -s); every one of its 45 tables is written here as MySQL/MariaDB DDL with every column
-- in upstream's order and every primary key, unique constraint, index and foreign key. Types: bigint/integer/
-- smallint kept, serial/identity ids -> AUTO_INCREMENT, boolean -> tinyint(1), timestamp -> datetime(6),
-- bytea -> blob, inet -> varchar(45), arrays (text[], inet[]) -> text, jsonb -> longtext, PostgreSQL enum types
-- -> ENUM(...) with the same values, text columns in a key -> varchar(255). Tables are ordered so that a table
-- comes after the tables its foreign keys reference. Not expressible in MySQL and left out: the expression
-- indexes user.email_unique_idx (unique lower(email)) and authentication_key.user_key_unique (user_id,
-- key_type, md5(key)); the partial unique index vpn_client_session_active_location_device_unique (one open
-- session per location and device) is written as a plain key; CHECK constraints and triggers are left out.

CREATE TABLE `aclalias` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `addresses` text NOT NULL,
  `ports` text NOT NULL,
  `protocols` text NOT NULL,
  `state` enum('applied','modified') NOT NULL DEFAULT 'applied',
  `parent_id` bigint DEFAULT NULL,
  `kind` enum('destination','component') NOT NULL,
  `any_address` tinyint(1) NOT NULL DEFAULT 0,
  `any_port` tinyint(1) NOT NULL DEFAULT 0,
  `any_protocol` tinyint(1) NOT NULL DEFAULT 0,
  `modified_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_by` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `alias_unique_parent_id` (`parent_id`),
  CONSTRAINT `alias_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `aclalias` (`id`)
);

CREATE TABLE `aclaliasdestinationrange` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `alias_id` bigint NOT NULL,
  `start` varchar(45) NOT NULL,
  `end` varchar(45) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `aclaliasdestinationrange_alias_id_fkey` FOREIGN KEY (`alias_id`) REFERENCES `aclalias` (`id`) ON DELETE CASCADE
);

CREATE TABLE `aclrule` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `allow_all_users` tinyint(1) NOT NULL,
  `deny_all_users` tinyint(1) NOT NULL,
  `all_locations` tinyint(1) NOT NULL,
  `addresses` text NOT NULL,
  `ports` text NOT NULL,
  `protocols` text NOT NULL,
  `expires` datetime(6) DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `state` enum('applied','new','modified','deleted','expired') NOT NULL DEFAULT 'new',
  `parent_id` bigint DEFAULT NULL,
  `allow_all_network_devices` tinyint(1) NOT NULL DEFAULT 0,
  `deny_all_network_devices` tinyint(1) NOT NULL DEFAULT 0,
  `any_address` tinyint(1) NOT NULL DEFAULT 0,
  `any_port` tinyint(1) NOT NULL DEFAULT 0,
  `any_protocol` tinyint(1) NOT NULL DEFAULT 0,
  `use_manual_destination_settings` tinyint(1) NOT NULL DEFAULT 1,
  `allow_all_groups` tinyint(1) NOT NULL DEFAULT 0,
  `deny_all_groups` tinyint(1) NOT NULL DEFAULT 0,
  `modified_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `modified_by` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_parent_id` (`parent_id`),
  CONSTRAINT `parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `aclrule` (`id`)
);

CREATE TABLE `aclrulealias` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rule_id` bigint NOT NULL,
  `alias_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rule_alias` (`rule_id`, `alias_id`),
  CONSTRAINT `aclrulealias_alias_id_fkey` FOREIGN KEY (`alias_id`) REFERENCES `aclalias` (`id`) ON DELETE CASCADE,
  CONSTRAINT `aclrulealias_rule_id_fkey` FOREIGN KEY (`rule_id`) REFERENCES `aclrule` (`id`) ON DELETE CASCADE
);

CREATE TABLE `aclruledestinationrange` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rule_id` bigint NOT NULL,
  `start` varchar(45) NOT NULL,
  `end` varchar(45) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `aclruledestinationrange_rule_id_fkey` FOREIGN KEY (`rule_id`) REFERENCES `aclrule` (`id`) ON DELETE CASCADE
);

CREATE TABLE `activity_log_event` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `timestamp` datetime(6) NOT NULL,
  `user_id` bigint NOT NULL,
  `username` varchar(255) NOT NULL,
  `ip` varchar(45) DEFAULT NULL,
  `event` varchar(255) NOT NULL,
  `module` enum('defguard','client','vpn','enrollment') NOT NULL,
  `device` text NOT NULL,
  `metadata` longtext,
  `description` text,
  `location` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `activity_log_event_event_idx` (`event`),
  KEY `activity_log_event_location_idx` (`location`),
  KEY `activity_log_event_module_idx` (`module`),
  KEY `activity_log_event_timestamp_idx` (`timestamp`),
  KEY `activity_log_event_username_idx` (`username`)
);

CREATE TABLE `activity_log_stream` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `stream_type` text NOT NULL,
  `config` longtext NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `certificates` (
  `id` int NOT NULL DEFAULT 1,
  `ca_cert_der` blob,
  `ca_key_der` blob,
  `ca_expiry` datetime(6) DEFAULT NULL,
  `proxy_http_cert_source` text NOT NULL,
  `proxy_http_cert_pem` text,
  `proxy_http_cert_key_pem` text,
  `proxy_http_cert_expiry` datetime(6) DEFAULT NULL,
  `acme_domain` text,
  `acme_account_credentials` text,
  `core_http_cert_source` text NOT NULL,
  `core_http_cert_pem` text,
  `core_http_cert_key_pem` text,
  `core_http_cert_expiry` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `enterprisesettings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `admin_device_management` tinyint(1) NOT NULL DEFAULT 0,
  `only_client_activation` tinyint(1) NOT NULL DEFAULT 0,
  `client_traffic_policy` enum('none','disable_all_traffic','force_all_traffic') NOT NULL DEFAULT 'none',
  PRIMARY KEY (`id`)
);

CREATE TABLE `group` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `is_admin` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `group_name_key` (`name`)
);

CREATE TABLE `aclrulegroup` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rule_id` bigint NOT NULL,
  `group_id` bigint NOT NULL,
  `allow` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rule_group` (`rule_id`, `group_id`, `allow`),
  CONSTRAINT `aclrulegroup_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `aclrulegroup_rule_id_fkey` FOREIGN KEY (`rule_id`) REFERENCES `aclrule` (`id`) ON DELETE CASCADE
);

CREATE TABLE `mail_context` (
  `template` text NOT NULL,
  `section` text NOT NULL,
  `language_tag` text NOT NULL,
  `text` text NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1
);

CREATE TABLE `oauth2authorizedapp` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `oauth2client_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `oauth2client` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `client_id` varchar(255) NOT NULL,
  `client_secret` text NOT NULL,
  `redirect_uri` text NOT NULL,
  `scope` text NOT NULL,
  `name` text NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2client_client_id_key` (`client_id`)
);

CREATE TABLE `oauth2token` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `access_token` varchar(255) NOT NULL,
  `refresh_token` varchar(255) NOT NULL,
  `redirect_uri` text NOT NULL,
  `scope` text NOT NULL,
  `expires_in` bigint NOT NULL,
  `oauth2authorizedapp_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2token_access_token_key` (`access_token`),
  UNIQUE KEY `oauth2token_refresh_token_key` (`refresh_token`),
  CONSTRAINT `oauth2token_oauth2authorizedapp_id_fkey` FOREIGN KEY (`oauth2authorizedapp_id`) REFERENCES `oauth2authorizedapp` (`id`) ON DELETE CASCADE
);

CREATE TABLE `openidprovider` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `base_url` text NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `client_secret` varchar(255) NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 0,
  `display_name` text,
  `google_service_account_key` text,
  `google_service_account_email` text,
  `admin_email` text,
  `directory_sync_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `directory_sync_interval` int NOT NULL DEFAULT 600,
  `directory_sync_user_behavior` enum('keep','disable','delete') NOT NULL DEFAULT 'keep',
  `directory_sync_admin_behavior` enum('keep','disable','delete') NOT NULL DEFAULT 'keep',
  `directory_sync_target` enum('all','users','groups') NOT NULL DEFAULT 'all',
  `okta_private_jwk` text,
  `okta_dirsync_client_id` text,
  `directory_sync_group_match` text NOT NULL,
  `jumpcloud_api_key` text,
  `prefetch_users` tinyint(1) NOT NULL DEFAULT 0,
  `kind` enum('Custom','Google','Microsoft','Okta','JumpCloud','Zitadel') NOT NULL DEFAULT 'Custom',
  PRIMARY KEY (`id`),
  UNIQUE KEY `openidprovider_client_id_unique` (`client_id`),
  UNIQUE KEY `openidprovider_client_secret_unique` (`client_secret`),
  UNIQUE KEY `openidprovider_name_unique` (`name`)
);

CREATE TABLE `proxy` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `address` varchar(255) NOT NULL,
  `port` int NOT NULL,
  `connected_at` datetime(6) DEFAULT NULL,
  `disconnected_at` datetime(6) DEFAULT NULL,
  `certificate_expiry` datetime(6) DEFAULT NULL,
  `version` text,
  `modified_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `certificate_serial` text,
  `modified_by` text NOT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `core_client_cert_der` blob,
  `core_client_cert_key_der` blob,
  `core_client_cert_expiry` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_address_port` (`address`, `port`)
);

CREATE TABLE `user` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `username` varchar(255) NOT NULL,
  `password_hash` text,
  `last_name` text NOT NULL,
  `first_name` text NOT NULL,
  `email` text NOT NULL,
  `phone` text,
  `totp_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `totp_secret` blob,
  `mfa_method` enum('none','one_time_password','webauthn','email') NOT NULL DEFAULT 'none',
  `recovery_codes` text NOT NULL,
  `mfa_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `email_mfa_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `email_mfa_secret` blob,
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  `openid_sub` varchar(255) DEFAULT NULL,
  `from_ldap` tinyint(1) NOT NULL DEFAULT 0,
  `ldap_pass_randomized` tinyint(1) NOT NULL DEFAULT 0,
  `ldap_rdn` varchar(255) DEFAULT NULL,
  `ldap_user_path` varchar(255) DEFAULT NULL,
  `enrollment_pending` tinyint(1) NOT NULL DEFAULT 0,
  `ldap_remote_enrollment_completed` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `unique_ldap_rdn_path` (`ldap_user_path`, `ldap_rdn`),
  UNIQUE KEY `user_openid_sub_key` (`openid_sub`),
  UNIQUE KEY `user_username_key` (`username`)
);

CREATE TABLE `aclruleuser` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rule_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `allow` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rule_user` (`rule_id`, `user_id`, `allow`),
  CONSTRAINT `aclruleuser_rule_id_fkey` FOREIGN KEY (`rule_id`) REFERENCES `aclrule` (`id`) ON DELETE CASCADE,
  CONSTRAINT `aclruleuser_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `api_token` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL,
  `name` text NOT NULL,
  `token_hash` varchar(255) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `api_token_token_hash_idx` (`token_hash`),
  CONSTRAINT `api_token_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `authorization_code` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `client_id` text NOT NULL,
  `code` varchar(255) NOT NULL,
  `redirect_uri` text NOT NULL,
  `scope` text NOT NULL,
  `auth_time` bigint NOT NULL,
  `nonce` text,
  `code_challenge` text,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `authorization_code_code_key` (`code`),
  CONSTRAINT `authorization_code_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `authorizedapps` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `client_id` text NOT NULL,
  `home_url` text NOT NULL,
  `date` text NOT NULL,
  `name` text NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `authorizedapps_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`)
);

CREATE TABLE `device` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `wireguard_pubkey` text NOT NULL,
  `user_id` bigint NOT NULL,
  `created` datetime(6) NOT NULL,
  `device_type` enum('user','network') NOT NULL DEFAULT 'user',
  `description` text,
  `configured` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id`),
  UNIQUE KEY `name_user` (`name`, `user_id`, `device_type`),
  KEY `device_user_id_device_type_id_idx` (`user_id`, `device_type`, `id`),
  CONSTRAINT `device_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `aclruledevice` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rule_id` bigint NOT NULL,
  `device_id` bigint NOT NULL,
  `allow` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rule_device` (`rule_id`, `device_id`, `allow`),
  CONSTRAINT `aclruledevice_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `device` (`id`) ON DELETE CASCADE,
  CONSTRAINT `aclruledevice_rule_id_fkey` FOREIGN KEY (`rule_id`) REFERENCES `aclrule` (`id`) ON DELETE CASCADE
);

CREATE TABLE `biometric_auth` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `pub_key` text NOT NULL,
  `device_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `biometric_auth_device` (`device_id`),
  CONSTRAINT `biometric_auth_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `device` (`id`) ON DELETE CASCADE
);

CREATE TABLE `device_login_event` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `ip_address` text NOT NULL,
  `model` text,
  `family` text NOT NULL,
  `brand` text,
  `browser` text NOT NULL,
  `os_family` text NOT NULL,
  `event_type` text NOT NULL,
  `created` datetime(6) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `device_login_event_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `group_user` (
  `group_id` bigint DEFAULT NULL,
  `user_id` bigint DEFAULT NULL,
  UNIQUE KEY `group_user_unique` (`group_id`, `user_id`),
  CONSTRAINT `group_user_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `group_user_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `pollingtoken` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `token` text NOT NULL,
  `device_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `pollingtoken_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `device` (`id`) ON DELETE CASCADE
);

CREATE TABLE `session` (
  `id` varchar(255) NOT NULL,
  `user_id` bigint NOT NULL,
  `state` smallint NOT NULL,
  `created` datetime(6) NOT NULL,
  `expires` datetime(6) NOT NULL,
  `webauthn_challenge` blob,
  `ip_address` text NOT NULL,
  `device_info` text,
  PRIMARY KEY (`id`),
  CONSTRAINT `session_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `settings` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `openid_enabled` tinyint(1) NOT NULL,
  `wireguard_enabled` tinyint(1) NOT NULL,
  `webhooks_enabled` tinyint(1) NOT NULL,
  `worker_enabled` tinyint(1) NOT NULL,
  `challenge_template` text NOT NULL,
  `instance_name` text NOT NULL,
  `nav_logo_url` text NOT NULL,
  `main_logo_url` text NOT NULL,
  `smtp_server` text,
  `smtp_port` int DEFAULT NULL,
  `smtp_encryption` enum('none','starttls','implicittls') NOT NULL DEFAULT 'starttls',
  `smtp_user` text,
  `smtp_password` text,
  `smtp_sender` text,
  `enrollment_vpn_step_optional` tinyint(1) NOT NULL DEFAULT 1,
  `enrollment_welcome_message` text,
  `enrollment_welcome_email` text,
  `enrollment_welcome_email_subject` text,
  `enrollment_use_welcome_message_as_email` tinyint(1) NOT NULL DEFAULT 1,
  `uuid` char(36) NOT NULL,
  `ldap_url` text,
  `ldap_bind_username` text,
  `ldap_bind_password` text,
  `ldap_group_member_attr` text,
  `ldap_group_search_base` text,
  `ldap_groupname_attr` text,
  `ldap_user_search_base` text,
  `ldap_user_obj_class` text,
  `ldap_group_obj_class` text,
  `ldap_username_attr` text,
  `ldap_member_attr` text,
  `openid_create_account` tinyint(1) NOT NULL DEFAULT 1,
  `license` text,
  `gateway_disconnect_notifications_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `gateway_disconnect_notifications_inactivity_threshold` int NOT NULL DEFAULT 5,
  `gateway_disconnect_notifications_reconnect_notification_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `ldap_sync_status` enum('insync','outofsync') NOT NULL DEFAULT 'outofsync',
  `ldap_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `ldap_sync_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `ldap_is_authoritative` tinyint(1) NOT NULL DEFAULT 0,
  `ldap_sync_interval` int NOT NULL DEFAULT 300,
  `ldap_user_auxiliary_obj_classes` text NOT NULL,
  `ldap_uses_ad` tinyint(1) NOT NULL DEFAULT 0,
  `ldap_use_starttls` tinyint(1) NOT NULL DEFAULT 0,
  `ldap_tls_verify_cert` tinyint(1) NOT NULL DEFAULT 1,
  `ldap_user_rdn_attr` text,
  `ldap_sync_groups` text NOT NULL,
  `openid_username_handling` enum('remove_forbidden','replace_forbidden','prune_email_domain') NOT NULL DEFAULT 'remove_forbidden',
  `defguard_url` text NOT NULL,
  `default_admin_group_name` text NOT NULL,
  `authentication_period_days` int NOT NULL DEFAULT 7,
  `mfa_code_timeout_seconds` int NOT NULL DEFAULT 60,
  `public_proxy_url` text NOT NULL,
  `default_admin_id` bigint DEFAULT NULL,
  `secret_key` text,
  `enable_stats_purge` tinyint(1) NOT NULL DEFAULT 1,
  `stats_purge_frequency_hours` int NOT NULL DEFAULT 24,
  `stats_purge_threshold_days` int NOT NULL DEFAULT 30,
  `enrollment_token_timeout_hours` int NOT NULL DEFAULT 24,
  `enrollment_send_welcome_email` tinyint(1) NOT NULL DEFAULT 1,
  `password_reset_token_timeout_hours` int NOT NULL DEFAULT 24,
  `enrollment_session_timeout_minutes` int NOT NULL DEFAULT 10,
  `password_reset_session_timeout_minutes` int NOT NULL DEFAULT 10,
  `ldap_remote_enrollment_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `ldap_remote_enrollment_send_invite` tinyint(1) NOT NULL DEFAULT 0,
  `openid_signing_key_der` blob,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_default_admin` FOREIGN KEY (`default_admin_id`) REFERENCES `user` (`id`) ON DELETE SET NULL
);

CREATE TABLE `token` (
  `id` varchar(255) NOT NULL,
  `user_id` bigint NOT NULL,
  `admin_id` bigint DEFAULT NULL,
  `email` text,
  `created_at` datetime(6) NOT NULL,
  `expires_at` datetime(6) NOT NULL,
  `used_at` datetime(6) DEFAULT NULL,
  `token_type` text,
  `device_id` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `enrollment_admin_id_fkey` FOREIGN KEY (`admin_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `enrollment_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `device` (`id`) ON DELETE CASCADE,
  CONSTRAINT `enrollment_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `webauthn` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `passkey` blob NOT NULL,
  `name` text NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `webauthn_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `webhook` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `url` varchar(255) NOT NULL,
  `description` text NOT NULL,
  `token` text NOT NULL,
  `enabled` tinyint(1) NOT NULL,
  `on_user_created` tinyint(1) NOT NULL DEFAULT 0,
  `on_user_deleted` tinyint(1) NOT NULL DEFAULT 0,
  `on_user_modified` tinyint(1) NOT NULL DEFAULT 0,
  `on_hwkey_provision` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `webhook_url_key` (`url`)
);

CREATE TABLE `wireguard_network` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` text NOT NULL,
  `address` text NOT NULL,
  `port` int NOT NULL,
  `pubkey` text NOT NULL,
  `prvkey` text NOT NULL,
  `endpoint` text NOT NULL,
  `dns` text,
  `allowed_ips` text NOT NULL,
  `connected_at` datetime(6) DEFAULT NULL,
  `keepalive_interval` int NOT NULL DEFAULT 25,
  `peer_disconnect_threshold` int NOT NULL DEFAULT 300,
  `acl_enabled` tinyint(1) NOT NULL DEFAULT 0,
  `acl_default_allow` tinyint(1) NOT NULL DEFAULT 0,
  `location_mfa_mode` enum('disabled','internal','external') NOT NULL DEFAULT 'disabled',
  `service_location_mode` enum('disabled','prelogon','alwayson') NOT NULL DEFAULT 'disabled',
  `mtu` int NOT NULL DEFAULT 1420,
  `fwmark` bigint NOT NULL DEFAULT 0,
  `allow_all_groups` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);

CREATE TABLE `aclrulenetwork` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rule_id` bigint NOT NULL,
  `network_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `rule_network` (`rule_id`, `network_id`),
  CONSTRAINT `aclrulenetwork_network_id_fkey` FOREIGN KEY (`network_id`) REFERENCES `wireguard_network` (`id`) ON DELETE CASCADE,
  CONSTRAINT `aclrulenetwork_rule_id_fkey` FOREIGN KEY (`rule_id`) REFERENCES `aclrule` (`id`) ON DELETE CASCADE
);

CREATE TABLE `gateway` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `location_id` bigint NOT NULL,
  `connected_at` datetime(6) DEFAULT NULL,
  `disconnected_at` datetime(6) DEFAULT NULL,
  `certificate_expiry` datetime(6) DEFAULT NULL,
  `version` text,
  `name` text NOT NULL,
  `certificate_serial` text,
  `address` text NOT NULL,
  `port` int NOT NULL DEFAULT 50051,
  `modified_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `modified_by` text NOT NULL,
  `core_client_cert_der` blob,
  `core_client_cert_key_der` blob,
  `core_client_cert_expiry` datetime(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `gateway_network_id_fkey` FOREIGN KEY (`location_id`) REFERENCES `wireguard_network` (`id`) ON DELETE CASCADE
);

CREATE TABLE `user_snat_binding` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `location_id` bigint NOT NULL,
  `public_ip` varchar(45) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_location` (`user_id`, `location_id`),
  CONSTRAINT `user_snat_binding_location_id_fkey` FOREIGN KEY (`location_id`) REFERENCES `wireguard_network` (`id`) ON DELETE CASCADE,
  CONSTRAINT `user_snat_binding_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `vpn_client_session` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `location_id` bigint NOT NULL,
  `user_id` bigint NOT NULL,
  `device_id` bigint NOT NULL,
  `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `connected_at` datetime(6) DEFAULT NULL,
  `disconnected_at` datetime(6) DEFAULT NULL,
  `mfa_method` enum('totp','email','oidc','biometric','mobileapprove') DEFAULT NULL,
  `preshared_key` text,
  `state` enum('new','connected','disconnected') NOT NULL DEFAULT 'new',
  PRIMARY KEY (`id`),
  KEY `idx_vpn_client_session_connected_at` (`connected_at`),
  KEY `idx_vpn_client_session_created_at` (`created_at`),
  KEY `idx_vpn_client_session_device_id` (`device_id`),
  KEY `idx_vpn_client_session_location_id` (`location_id`),
  KEY `idx_vpn_client_session_state` (`state`),
  KEY `idx_vpn_client_session_user_id` (`user_id`),
  KEY `vpn_client_session_active_location_device_unique` (`location_id`, `device_id`),
  CONSTRAINT `vpn_client_session_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `device` (`id`) ON DELETE CASCADE,
  CONSTRAINT `vpn_client_session_location_id_fkey` FOREIGN KEY (`location_id`) REFERENCES `wireguard_network` (`id`) ON DELETE CASCADE,
  CONSTRAINT `vpn_client_session_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `vpn_session_stats` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `session_id` bigint NOT NULL,
  `gateway_id` bigint NOT NULL,
  `collected_at` datetime(6) NOT NULL,
  `latest_handshake` datetime(6) NOT NULL,
  `endpoint` text NOT NULL,
  `total_upload` bigint NOT NULL,
  `total_download` bigint NOT NULL,
  `upload_diff` bigint NOT NULL,
  `download_diff` bigint NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_vpn_session_stats_collected_at` (`collected_at`),
  KEY `idx_vpn_session_stats_gateway_id` (`gateway_id`),
  KEY `idx_vpn_session_stats_latest_handshake` (`latest_handshake`),
  KEY `idx_vpn_session_stats_session_collected` (`session_id`, `collected_at`),
  KEY `idx_vpn_session_stats_session_id` (`session_id`),
  KEY `idx_vpn_session_stats_session_latest_handshake` (`session_id`, `latest_handshake`),
  CONSTRAINT `vpn_session_stats_gateway_id_fkey` FOREIGN KEY (`gateway_id`) REFERENCES `gateway` (`id`) ON DELETE CASCADE,
  CONSTRAINT `vpn_session_stats_session_id_fkey` FOREIGN KEY (`session_id`) REFERENCES `vpn_client_session` (`id`) ON DELETE CASCADE
);

CREATE TABLE `wireguard_network_allowed_group` (
  `network_id` bigint DEFAULT NULL,
  `group_id` bigint DEFAULT NULL,
  UNIQUE KEY `network_group_unique` (`network_id`, `group_id`),
  CONSTRAINT `wireguard_network_allowed_group_group_id_fkey` FOREIGN KEY (`group_id`) REFERENCES `group` (`id`) ON DELETE CASCADE,
  CONSTRAINT `wireguard_network_allowed_group_network_id_fkey` FOREIGN KEY (`network_id`) REFERENCES `wireguard_network` (`id`) ON DELETE CASCADE
);

CREATE TABLE `wireguard_network_device` (
  `device_id` bigint NOT NULL,
  `wireguard_network_id` bigint NOT NULL,
  `id` bigint NOT NULL AUTO_INCREMENT,
  `wireguard_ips` text NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `device_network` (`device_id`, `wireguard_network_id`),
  KEY `wireguard_network_device_network_id_device_id_idx` (`wireguard_network_id`, `device_id`),
  CONSTRAINT `wireguard_network_device_device_id_fkey` FOREIGN KEY (`device_id`) REFERENCES `device` (`id`) ON DELETE CASCADE,
  CONSTRAINT `wireguard_network_device_wireguard_network_id_fkey` FOREIGN KEY (`wireguard_network_id`) REFERENCES `wireguard_network` (`id`) ON DELETE CASCADE
);

CREATE TABLE `wireguard_stats_purge` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `started_at` datetime(6) NOT NULL,
  `finished_at` datetime(6) NOT NULL,
  `removal_threshold` datetime(6) NOT NULL,
  `records_removed` bigint NOT NULL,
  PRIMARY KEY (`id`)
);

CREATE TABLE `wizard` (
  `is_singleton` tinyint(1) NOT NULL DEFAULT 1,
  `active_wizard` enum('none','initial','auto_adoption','migration') NOT NULL DEFAULT 'none',
  `completed` tinyint(1) NOT NULL DEFAULT 0,
  `initial_setup_state` longtext,
  `auto_adoption_state` longtext,
  `migration_wizard_state` longtext,
  `last_version_migrated_to` text,
  PRIMARY KEY (`is_singleton`)
);

CREATE TABLE `yubikey` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `serial` text NOT NULL,
  `name` text NOT NULL,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `yubikey_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE
);

CREATE TABLE `authentication_key` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `key` text NOT NULL,
  `key_type` enum('ssh','gpg') NOT NULL,
  `name` text,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `yubikey_id` bigint DEFAULT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `authentication_key_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `user` (`id`) ON DELETE CASCADE,
  CONSTRAINT `authentication_key_yubikey_id_fkey` FOREIGN KEY (`yubikey_id`) REFERENCES `yubikey` (`id`) ON DELETE CASCADE
);

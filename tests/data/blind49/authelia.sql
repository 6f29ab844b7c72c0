-- Authelia — MySQL schema (all 25 tables, every column)
-- Upstream: https://github.com/authelia/authelia  internal/storage/migrations/mysql/V0001..V0026 *.up.sql
--   (replayed in MariaDB 10.11 in order, as Authelia's migrator sends them, and dumped with mysqldump --no-data)
-- Commit: 23572030b4048922a377ca40d59e804e0ed25fd7  Licence: Apache-2.0
-- (Replaces authentik in this exam: authentik's repository snapshot is over the fetch size limit.)

SET FOREIGN_KEY_CHECKS=0;

CREATE TABLE `authentication_logs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `time` timestamp NOT NULL DEFAULT current_timestamp(),
  `successful` tinyint(1) NOT NULL,
  `banned` tinyint(1) NOT NULL DEFAULT 0,
  `username` varchar(100) NOT NULL,
  `auth_type` varchar(8) NOT NULL DEFAULT '1FA',
  `remote_ip` varchar(39) DEFAULT NULL,
  `request_uri` text DEFAULT NULL,
  `request_method` varchar(8) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `authentication_logs_username_idx` (`time`,`username`,`auth_type`),
  KEY `authentication_logs_remote_ip_idx` (`time`,`remote_ip`,`auth_type`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `banned_ip` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `time` timestamp NOT NULL DEFAULT current_timestamp(),
  `expires` timestamp NULL DEFAULT NULL,
  `expired` timestamp NULL DEFAULT NULL,
  `revoked` tinyint(1) NOT NULL DEFAULT 0,
  `ip` varchar(39) NOT NULL,
  `source` varchar(10) NOT NULL,
  `reason` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `banned_ip_ip_idx` (`ip`),
  KEY `banned_ip_lookup_idx` (`ip`,`revoked`,`expires`,`expired`),
  KEY `banned_ip_list_idx` (`revoked`,`expires`,`expired`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `banned_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `time` timestamp NOT NULL DEFAULT current_timestamp(),
  `expires` timestamp NULL DEFAULT NULL,
  `expired` timestamp NULL DEFAULT NULL,
  `revoked` tinyint(1) NOT NULL DEFAULT 0,
  `username` varchar(100) NOT NULL,
  `source` varchar(10) NOT NULL,
  `reason` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `banned_user_username_idx` (`username`),
  KEY `banned_user_lookup_idx` (`username`,`revoked`,`expires`,`expired`),
  KEY `banned_user_list_idx` (`revoked`,`expires`,`expired`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `cached_data` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `updated_at` timestamp NOT NULL,
  `name` varchar(20) NOT NULL,
  `encrypted` tinyint(1) NOT NULL DEFAULT 0,
  `value` mediumblob DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `cached_data_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `duo_devices` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(100) NOT NULL,
  `device` varchar(32) NOT NULL,
  `method` varchar(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `duo_devices_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `encryption` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) DEFAULT NULL,
  `value` blob NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `encryption_name_key` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `identity_verification` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `jti` char(36) DEFAULT NULL,
  `iat` timestamp NOT NULL DEFAULT current_timestamp(),
  `issued_ip` varchar(39) NOT NULL,
  `exp` timestamp NOT NULL,
  `username` varchar(100) NOT NULL,
  `action` varchar(50) NOT NULL,
  `consumed` timestamp NULL DEFAULT NULL,
  `consumed_ip` varchar(39) DEFAULT NULL,
  `revoked` timestamp NULL DEFAULT NULL,
  `revoked_ip` varchar(39) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_verification_jti_key` (`jti`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `migrations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `applied` timestamp NOT NULL DEFAULT current_timestamp(),
  `version_before` int(11) DEFAULT NULL,
  `version_after` int(11) NOT NULL,
  `application_version` varchar(128) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `oauth2_access_token_session` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `challenge_id` char(36) DEFAULT NULL,
  `request_id` varchar(40) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `signature` varchar(768) NOT NULL,
  `subject` char(36) DEFAULT NULL,
  `requested_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `requested_scopes` text NOT NULL,
  `granted_scopes` text NOT NULL,
  `requested_audience` text DEFAULT NULL,
  `granted_audience` text DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `revoked` tinyint(1) NOT NULL DEFAULT 0,
  `form_data` text NOT NULL,
  `session_data` blob NOT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth2_access_token_session_request_id_idx` (`request_id`),
  KEY `oauth2_access_token_session_client_id_idx` (`client_id`),
  KEY `oauth2_access_token_session_client_id_subject_idx` (`client_id`,`subject`),
  KEY `oauth2_access_token_session_challenge_id_fkey` (`challenge_id`),
  KEY `oauth2_access_token_session_subject_fkey` (`subject`),
  CONSTRAINT `oauth2_access_token_session_challenge_id_fkey` FOREIGN KEY (`challenge_id`) REFERENCES `oauth2_consent_session` (`challenge_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `oauth2_access_token_session_subject_fkey` FOREIGN KEY (`subject`) REFERENCES `user_opaque_identifier` (`identifier`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `oauth2_authorization_code_session` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `challenge_id` char(36) NOT NULL,
  `request_id` varchar(40) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `signature` varchar(255) NOT NULL,
  `subject` char(36) NOT NULL,
  `requested_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `requested_scopes` text NOT NULL,
  `granted_scopes` text NOT NULL,
  `requested_audience` text DEFAULT NULL,
  `granted_audience` text DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `revoked` tinyint(1) NOT NULL DEFAULT 0,
  `form_data` text NOT NULL,
  `session_data` blob NOT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth2_authorization_code_session_request_id_idx` (`request_id`),
  KEY `oauth2_authorization_code_session_client_id_idx` (`client_id`),
  KEY `oauth2_authorization_code_session_client_id_subject_idx` (`client_id`,`subject`),
  KEY `oauth2_authorization_code_session_challenge_id_fkey` (`challenge_id`),
  KEY `oauth2_authorization_code_session_subject_fkey` (`subject`),
  CONSTRAINT `oauth2_authorization_code_session_challenge_id_fkey` FOREIGN KEY (`challenge_id`) REFERENCES `oauth2_consent_session` (`challenge_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `oauth2_authorization_code_session_subject_fkey` FOREIGN KEY (`subject`) REFERENCES `user_opaque_identifier` (`identifier`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `oauth2_blacklisted_jti` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `signature` varchar(64) NOT NULL,
  `expires_at` timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_blacklisted_jti_signature_key` (`signature`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `oauth2_consent_preconfiguration` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `client_id` varchar(255) NOT NULL,
  `subject` char(36) NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `expires_at` timestamp NULL DEFAULT NULL,
  `revoked` tinyint(1) NOT NULL DEFAULT 0,
  `scopes` text NOT NULL,
  `audience` text DEFAULT NULL,
  `requested_claims` text DEFAULT NULL,
  `signature_claims` char(64) DEFAULT NULL,
  `granted_claims` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth2_consent_preconfiguration_subject_fkey` (`subject`),
  CONSTRAINT `oauth2_consent_preconfiguration_subject_fkey` FOREIGN KEY (`subject`) REFERENCES `user_opaque_identifier` (`identifier`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `oauth2_consent_session` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `challenge_id` char(36) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `subject` char(36) DEFAULT NULL,
  `authorized` tinyint(1) NOT NULL DEFAULT 0,
  `granted` tinyint(1) NOT NULL DEFAULT 0,
  `requested_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `responded_at` timestamp NULL DEFAULT NULL,
  `form_data` text NOT NULL,
  `requested_scopes` text NOT NULL,
  `granted_scopes` text NOT NULL,
  `requested_audience` text DEFAULT NULL,
  `granted_audience` text DEFAULT NULL,
  `preconfiguration` int(11) DEFAULT NULL,
  `granted_claims` text DEFAULT NULL,
  `expires_at` timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_consent_session_challenge_id_key` (`challenge_id`),
  KEY `oauth2_consent_session_subject_fkey` (`subject`),
  KEY `oauth2_consent_session_preconfiguration_fkey` (`preconfiguration`),
  CONSTRAINT `oauth2_consent_session_preconfiguration_fkey` FOREIGN KEY (`preconfiguration`) REFERENCES `oauth2_consent_preconfiguration` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `oauth2_consent_session_subject_fkey` FOREIGN KEY (`subject`) REFERENCES `user_opaque_identifier` (`identifier`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `oauth2_device_code_session` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `challenge_id` char(36) DEFAULT NULL,
  `request_id` varchar(40) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `signature` varchar(255) NOT NULL,
  `user_code_signature` varchar(255) NOT NULL,
  `status` int(11) NOT NULL,
  `subject` char(36) DEFAULT NULL,
  `requested_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `checked_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `requested_scopes` text NOT NULL,
  `granted_scopes` text NOT NULL,
  `requested_audience` text DEFAULT NULL,
  `granted_audience` text DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `revoked` tinyint(1) NOT NULL DEFAULT 0,
  `form_data` text NOT NULL,
  `session_data` blob NOT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth2_device_code_session_request_id_idx` (`request_id`),
  KEY `oauth2_device_code_session_client_id_idx` (`client_id`),
  KEY `oauth2_device_code_session_client_id_subject_idx` (`client_id`,`subject`),
  KEY `oauth2_device_code_session_challenge_id_fkey` (`challenge_id`),
  KEY `oauth2_device_code_session_subject_fkey` (`subject`),
  CONSTRAINT `oauth2_device_code_session_challenge_id_fkey` FOREIGN KEY (`challenge_id`) REFERENCES `oauth2_consent_session` (`challenge_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `oauth2_device_code_session_subject_fkey` FOREIGN KEY (`subject`) REFERENCES `user_opaque_identifier` (`identifier`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `oauth2_openid_connect_session` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `challenge_id` char(36) NOT NULL,
  `request_id` varchar(40) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `signature` varchar(255) NOT NULL,
  `subject` char(36) NOT NULL,
  `requested_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `requested_scopes` text NOT NULL,
  `granted_scopes` text NOT NULL,
  `requested_audience` text DEFAULT NULL,
  `granted_audience` text DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `revoked` tinyint(1) NOT NULL DEFAULT 0,
  `form_data` text NOT NULL,
  `session_data` blob NOT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth2_openid_connect_session_request_id_idx` (`request_id`),
  KEY `oauth2_openid_connect_session_client_id_idx` (`client_id`),
  KEY `oauth2_openid_connect_session_client_id_subject_idx` (`client_id`,`subject`),
  KEY `oauth2_openid_connect_session_challenge_id_fkey` (`challenge_id`),
  KEY `oauth2_openid_connect_session_subject_fkey` (`subject`),
  CONSTRAINT `oauth2_openid_connect_session_challenge_id_fkey` FOREIGN KEY (`challenge_id`) REFERENCES `oauth2_consent_session` (`challenge_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `oauth2_openid_connect_session_subject_fkey` FOREIGN KEY (`subject`) REFERENCES `user_opaque_identifier` (`identifier`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `oauth2_par_context` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `request_id` varchar(40) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `signature` varchar(255) NOT NULL,
  `requested_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `scopes` text NOT NULL,
  `audience` text NOT NULL,
  `handled_response_types` text NOT NULL,
  `response_mode` text NOT NULL,
  `response_mode_default` text NOT NULL,
  `revoked` tinyint(1) NOT NULL DEFAULT 0,
  `form_data` text NOT NULL,
  `session_data` blob NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `oauth2_par_context_signature_key` (`signature`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `oauth2_pkce_request_session` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `challenge_id` char(36) NOT NULL,
  `request_id` varchar(40) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `signature` varchar(255) NOT NULL,
  `subject` char(36) NOT NULL,
  `requested_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `requested_scopes` text NOT NULL,
  `granted_scopes` text NOT NULL,
  `requested_audience` text DEFAULT NULL,
  `granted_audience` text DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `revoked` tinyint(1) NOT NULL DEFAULT 0,
  `form_data` text NOT NULL,
  `session_data` blob NOT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth2_pkce_request_session_request_id_idx` (`request_id`),
  KEY `oauth2_pkce_request_session_client_id_idx` (`client_id`),
  KEY `oauth2_pkce_request_session_client_id_subject_idx` (`client_id`,`subject`),
  KEY `oauth2_pkce_request_session_challenge_id_fkey` (`challenge_id`),
  KEY `oauth2_pkce_request_session_subject_fkey` (`subject`),
  CONSTRAINT `oauth2_pkce_request_session_challenge_id_fkey` FOREIGN KEY (`challenge_id`) REFERENCES `oauth2_consent_session` (`challenge_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `oauth2_pkce_request_session_subject_fkey` FOREIGN KEY (`subject`) REFERENCES `user_opaque_identifier` (`identifier`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `oauth2_refresh_token_session` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `challenge_id` char(36) NOT NULL,
  `request_id` varchar(40) NOT NULL,
  `client_id` varchar(255) NOT NULL,
  `signature` varchar(255) NOT NULL,
  `subject` char(36) NOT NULL,
  `requested_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `requested_scopes` text NOT NULL,
  `granted_scopes` text NOT NULL,
  `requested_audience` text DEFAULT NULL,
  `granted_audience` text DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 0,
  `revoked` tinyint(1) NOT NULL DEFAULT 0,
  `form_data` text NOT NULL,
  `session_data` blob NOT NULL,
  PRIMARY KEY (`id`),
  KEY `oauth2_refresh_token_session_request_id_idx` (`request_id`),
  KEY `oauth2_refresh_token_session_client_id_idx` (`client_id`),
  KEY `oauth2_refresh_token_session_client_id_subject_idx` (`client_id`,`subject`),
  KEY `oauth2_refresh_token_session_challenge_id_fkey` (`challenge_id`),
  KEY `oauth2_refresh_token_session_subject_fkey` (`subject`),
  CONSTRAINT `oauth2_refresh_token_session_challenge_id_fkey` FOREIGN KEY (`challenge_id`) REFERENCES `oauth2_consent_session` (`challenge_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `oauth2_refresh_token_session_subject_fkey` FOREIGN KEY (`subject`) REFERENCES `user_opaque_identifier` (`identifier`) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `one_time_code` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `public_id` char(36) NOT NULL,
  `signature` varchar(128) NOT NULL,
  `issued` timestamp NOT NULL DEFAULT current_timestamp(),
  `issued_ip` varchar(39) NOT NULL,
  `expires` timestamp NOT NULL,
  `username` varchar(100) NOT NULL,
  `intent` varchar(100) NOT NULL,
  `consumed` timestamp NULL DEFAULT NULL,
  `consumed_ip` varchar(39) DEFAULT NULL,
  `revoked` timestamp NULL DEFAULT NULL,
  `revoked_ip` varchar(39) DEFAULT NULL,
  `code` blob NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `one_time_code_signature` (`signature`,`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `totp_configurations` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `last_used_at` timestamp NULL DEFAULT NULL,
  `username` varchar(100) NOT NULL,
  `issuer` varchar(100) DEFAULT NULL,
  `algorithm` varchar(6) NOT NULL DEFAULT 'SHA1',
  `digits` int(11) NOT NULL DEFAULT 6,
  `period` int(11) NOT NULL DEFAULT 30,
  `secret` blob NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `totp_configurations_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `totp_history` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `username` varchar(100) NOT NULL,
  `step` char(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `totp_history_lookup_key` (`username`,`step`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `user_opaque_identifier` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `service` varchar(20) NOT NULL,
  `sector_id` varchar(255) NOT NULL,
  `username` varchar(100) NOT NULL,
  `identifier` char(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_opaque_identifier_identifier_key` (`identifier`),
  UNIQUE KEY `user_opaque_identifier_lookup_key` (`service`,`sector_id`,`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `user_preferences` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `username` varchar(100) NOT NULL,
  `second_factor_method` varchar(11) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_preferences_username_key` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `webauthn_credentials` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `created_at` timestamp NOT NULL DEFAULT current_timestamp(),
  `last_used_at` timestamp NULL DEFAULT NULL,
  `rpid` varchar(512) NOT NULL,
  `username` varchar(100) NOT NULL,
  `description` varchar(30) NOT NULL,
  `kid` varchar(512) NOT NULL,
  `aaguid` char(36) DEFAULT NULL,
  `attestation_format` varchar(32) DEFAULT NULL,
  `attachment` varchar(64) NOT NULL,
  `transport` varchar(64) DEFAULT '',
  `sign_count` int(11) DEFAULT 0,
  `clone_warning` tinyint(1) NOT NULL DEFAULT 0,
  `legacy` tinyint(1) NOT NULL DEFAULT 0,
  `discoverable` tinyint(1) NOT NULL,
  `present` tinyint(1) NOT NULL DEFAULT 0,
  `verified` tinyint(1) NOT NULL DEFAULT 0,
  `backup_eligible` tinyint(1) NOT NULL DEFAULT 0,
  `backup_state` tinyint(1) NOT NULL DEFAULT 0,
  `public_key` blob NOT NULL,
  `attestation` blob DEFAULT NULL,
  `attestation_type` varchar(32) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `webauthn_credentials_kid_key` (`kid`),
  UNIQUE KEY `webauthn_credentials_lookup_key` (`rpid`,`username`,`description`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE `webauthn_users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `rpid` varchar(512) NOT NULL,
  `username` varchar(100) NOT NULL,
  `userid` char(64) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `webauthn_users_lookup_key` (`rpid`,`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

SET FOREIGN_KEY_CHECKS=1;
